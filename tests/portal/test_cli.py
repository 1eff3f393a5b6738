"""The probe CLI lists the fake portal in every profile and fails with one clear line."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from aiohttp import web
import pytest

from custom_components.kutim_cctv.portal.__main__ import main
from fake_portal import FakePortal
from fake_portal.serving import serving

KEYS = {
    "id",
    "name",
    "raw_name",
    "area",
    "latitude",
    "longitude",
    "online",
    "stream_url",
    "snapshot_url",
    "mjpeg_url",
}


async def run_cli(*argv: str) -> int:
    """Run the CLI in a thread (it starts its own event loop)."""
    return await asyncio.to_thread(main, list(argv))


@pytest.mark.parametrize(
    ("profile", "path", "fmt"),
    [
        ("kutim", "", "kutim"),
        ("auto", "/f2/cameras.json", "json"),
        ("json", "/f2/wrapped.json", "json"),
        ("geojson", "/f3/cameras.geojson", "geojson"),
        ("html", "/f4/index.html", "html"),
        ("snapshot", "/f5/cameras.json", "snapshot"),
    ],
)
async def test_list_every_profile(
    fake_portal: FakePortal,
    capsys: pytest.CaptureFixture[str],
    profile: str,
    path: str,
    fmt: str,
) -> None:
    code = await run_cli(
        "list", "--profile", profile, "--api", fake_portal.url + path, "--hls", fake_portal.url
    )
    out, err = capsys.readouterr()
    assert code == 0, err
    result = json.loads(out)
    assert result["format"] == fmt
    assert result["cameras"]
    assert all(set(camera) == KEYS for camera in result["cameras"])
    if profile == "kutim":
        first = result["cameras"][0]
        assert first["stream_url"] == f"{fake_portal.url}/hls/simpang-yossudarso-1/index.m3u8"
        assert first["name"] == "Simpang 3 Jl. Yos Sudarso"
        assert first["raw_name"] == "CCTV SIMP 3 JL. YOS SUDARSO"
        assert result["skipped"] == 1  # the fake portal's malformed item


async def test_list_error_is_one_line(
    fake_portal: FakePortal, capsys: pytest.CaptureFixture[str]
) -> None:
    fake_portal.faults.status = 503
    code = await run_cli("list", "--api", fake_portal.url, "--hls", fake_portal.url)
    out, err = capsys.readouterr()
    assert code == 1
    assert out == ""
    assert err.startswith("error: HTTP 503")
    assert err.count("\n") == 1
    assert "Traceback" not in err


async def test_list_needs_api_for_other_profiles(capsys: pytest.CaptureFixture[str]) -> None:
    assert await run_cli("list", "--profile", "json") == 1
    assert "--api is required" in capsys.readouterr().err


def test_parse_saved_body(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    body = tmp_path / "page.json"
    body.write_text(
        json.dumps(
            {
                "data": [
                    {
                        "id": 1,
                        "name": "CCTV JL. PENDIDIKAN SGT",
                        "lat": "0.5",
                        "lng": "117.5",
                        "streamKey": "a",
                    }
                ]
            }
        )
    )
    code = main(
        [
            "parse",
            str(body),
            "--base-url",
            "https://api.example.id/",
            "--profile",
            "kutim",
            "--hls",
            "https://hls.example.id",
        ]
    )
    result = json.loads(capsys.readouterr().out)
    assert code == 0
    assert result["cameras"][0]["stream_url"] == "https://hls.example.id/hls/a/index.m3u8"
    assert result["cameras"][0]["name"] == "Jl. Pendidikan Sangatta"
    secret = tmp_path / "secret.json"
    secret.write_text(json.dumps([{"id": 2, "name": "X", "url": "rtsp://admin:pw123@8.8.8.8/ch1"}]))
    assert main(["parse", str(secret), "--base-url", "https://api.example.id/"]) == 0
    assert "pw123" not in capsys.readouterr().out


def test_parse_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(tmp_path / "missing"), "--base-url", "https://x.example/"]) == 1
    assert "cannot read" in capsys.readouterr().err
    garbage = tmp_path / "garbage.html"
    garbage.write_text("<html><body>maintenance</body></html>")
    assert main(["parse", str(garbage), "--base-url", "https://x.example/"]) == 1
    assert capsys.readouterr().err.startswith("error: ")
    with pytest.raises(SystemExit):
        main(["list", "--header", "nocolon"])


async def test_list_extra_host(fake_portal: FakePortal, capsys: pytest.CaptureFixture[str]) -> None:
    """A local list whose stills live on another local port needs --extra-host for them."""
    still = f"{fake_portal.url}/snapshot/polder-im-1.jpg"

    async def listing(request: web.Request) -> web.Response:
        return web.json_response([{"id": 1, "name": "Tetangga", "thumbnail": still}])

    async with serving({"/list.json": listing}) as url:
        api = f"{url}/list.json"
        assert await run_cli("list", "--profile", "json", "--api", api) == 0
        refused = json.loads(capsys.readouterr().out)
        assert refused["cameras"] == []
        assert any("refused" in warning for warning in refused["warnings"])
        extra = fake_portal.url.removeprefix("http://")
        code = await run_cli("list", "--profile", "json", "--api", api, "--extra-host", extra)
        assert code == 0
        allowed = json.loads(capsys.readouterr().out)
        assert [camera["snapshot_url"] for camera in allowed["cameras"]] == [still]


async def test_list_resolve_reads_player_pages(
    fake_portal: FakePortal, capsys: pytest.CaptureFixture[str]
) -> None:
    """--resolve shows the playlist a player page names, or why a camera has none."""
    youtube_key = fake_portal.cameras[1].stream_key
    fake_portal.platform_players.add(youtube_key)
    api = f"{fake_portal.url}/f6/cameras.json"
    code = await run_cli("list", "--profile", "json", "--api", api, "--resolve")
    out, err = capsys.readouterr()
    assert code == 0, err
    cameras = json.loads(out)["cameras"]
    assert cameras[0]["stream_url"] == f"{fake_portal.url}/embed/simpang-yossudarso-1"
    assert cameras[0]["playable_stream"] == (
        f"{fake_portal.url}/hls/simpang-yossudarso-1/index.m3u8"
    )
    assert "YouTube" in cameras[1]["stream_error"]
    assert "playable_stream" not in cameras[1]
    resolved = [c for c in cameras if "playable_stream" in c or "stream_error" in c]
    assert len(resolved) == min(len(cameras), 10)
    # Only the cameras asked for, and nothing for the others.
    code = await run_cli(
        "list", "--profile", "json", "--api", api, "--resolve", "--camera", cameras[2]["id"]
    )
    out, _ = capsys.readouterr()
    assert code == 0
    only = [c for c in json.loads(out)["cameras"] if set(c) != KEYS]
    assert [c["id"] for c in only] == [cameras[2]["id"]]
    assert only[0]["playable_stream"].endswith("/index.m3u8")


async def test_list_resolve_never_wakes_kutim_streams(
    fake_portal: FakePortal, capsys: pytest.CaptureFixture[str]
) -> None:
    code = await run_cli("list", "--api", fake_portal.url, "--hls", fake_portal.url, "--resolve")
    out, err = capsys.readouterr()
    assert code == 0, err
    first = json.loads(out)["cameras"][0]
    assert first["playable_stream"] == f"{fake_portal.url}/hls/simpang-yossudarso-1/index.m3u8"
    assert fake_portal.counters.requests["start"] == 0
