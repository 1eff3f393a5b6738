"""A Home Assistant entity id under a media field is a name, never a relative address."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://dasbor.kutimkab.example/api/cams"
LIVE = "https://cctv.kutimkab.example/hls/pasar/index.m3u8"


def parse(cameras: list[dict[str, str]]) -> list[Camera]:
    body = json.dumps({"cameras": cameras})
    return parse_body(body, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("stream", "camera.front_door"),
        ("stream_url", "camera.simpang_tiga"),
        ("hls", "camera.gerbang"),
        ("snapshot", "image.bundaran_pelangi"),
        ("snapshot", "camera.gate"),
        ("stream", "media_player.ruang_tamu"),
    ],
)
def test_an_entity_id_gives_no_address(field: str, value: str) -> None:
    found = parse([{"name": "Depan", field: value}, {"name": "Pasar", "stream": LIVE}])
    assert [(c.name, c.stream_url, c.snapshot_url) for c in found] == [("Pasar", LIVE, None)]
    assert all(value not in (c.stream_url or "") + (c.snapshot_url or "") for c in found)


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        # Files named like an entity keep their reading as files next to the list.
        ("snapshot", "camera.jpg", "https://dasbor.kutimkab.example/api/camera.jpg"),
        ("snapshot", "image.php", "https://dasbor.kutimkab.example/api/image.php"),
        ("stream", "camera.m3u8", "https://dasbor.kutimkab.example/api/camera.m3u8"),
        # A relative path or another dotted file is an address as before.
        ("stream", "hls/camera.front/index.m3u8", None),
        ("stream", "gerbang.m3u8", "https://dasbor.kutimkab.example/api/gerbang.m3u8"),
    ],
)
def test_files_named_like_entities_stay_addresses(
    field: str, value: str, expected: str | None
) -> None:
    (depan,) = parse([{"name": "Depan", field: value}])
    address = depan.snapshot_url if field == "snapshot" else depan.stream_url
    want = expected or f"https://dasbor.kutimkab.example/api/{value}"
    assert address == want


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("snapshot", "image.pl"),
        ("snapshot", "image.jpe"),
        ("snapshot", "image.tif"),
        ("snapshot", "image.avif"),
        ("snapshot", "image.heic"),
        ("snapshot", "camera.cgi"),
        ("stream", "camera.rtsp"),
    ],
)
def test_files_of_other_media_and_script_types_stay_addresses(field: str, value: str) -> None:
    (depan,) = parse([{"name": "Depan", field: value}])
    address = depan.snapshot_url if field == "snapshot" else depan.stream_url
    assert address == f"https://dasbor.kutimkab.example/api/{value}"
