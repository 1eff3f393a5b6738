"""Ya/Tidak state letters (``enum('Y','T')``) and a camera's page under ``cam_url``."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://portal.kutim.example/api/cctv"


def cameras(payload: object) -> tuple[Camera, ...]:
    """Parse a JSON payload as an Automatic portal answer."""
    return parse_body(
        json.dumps(payload), profile=Profile.AUTO, base_url=BASE, prettify=False
    ).cameras


def _rows(key: str, values: list[str | None], **extra: str) -> list[dict[str, object]]:
    return [
        {
            "id": f"K-{n}",
            "nama": f"Simpang {n}",
            "hls": f"https://s.kutim.example/hls/k{n}/index.m3u8",
            key: value,
            **extra,
        }
        for n, value in enumerate(values, start=1)
    ]


def _states(found: tuple[Camera, ...]) -> dict[str | None, bool | None]:
    return {camera.id: camera.online for camera in found}


@pytest.mark.parametrize("key", ["aktif", "status_aktif", "is_active", "status"])
def test_ya_tidak_column_reads_t_as_offline(key: str) -> None:
    """A state column holding only Y and T is Indonesian ya/tidak: T is offline."""
    found = cameras({"data": _rows(key, ["Y", "T", "Y", None])})
    assert _states(found) == {"K-1": True, "K-2": False, "K-3": True, "K-4": None}


def test_lower_case_letters_and_nested_list() -> None:
    """Lower-case letters count, and so does a list nested in a table object."""
    table = {"type": "table", "name": "kamera", "data": _rows("status_aktif", ["y", "t", "t"])}
    found = cameras([{"type": "header"}, table])
    assert _states(found) == {"K-1": True, "K-2": False, "K-3": False}


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        # PostgreSQL's booleans: t is true beside f.
        (["t", "f", "t"], {"K-1": True, "K-2": False, "K-3": True}),
        # Y/N letters; T alone (no Y beside it) stays yes.
        (["Y", "N", "Y"], {"K-1": True, "K-2": False, "K-3": True}),
        (["T", "T", "T"], {"K-1": True, "K-2": True, "K-3": True}),
        # A column mixing Y, T and N is no ya/tidak column.
        (["Y", "T", "N"], {"K-1": True, "K-2": True, "K-3": False}),
    ],
)
def test_other_letter_columns_keep_their_reading(
    values: list[str], expected: dict[str, bool]
) -> None:
    """True/false, yes/no and lone T columns are read as before."""
    assert _states(cameras({"data": _rows("aktif", values)})) == expected


def test_ya_tidak_kind_column_is_no_state() -> None:
    """A Y/T column naming no state (a PTZ flag) leaves the state unknown."""
    rows = _rows("ptz", ["Y", "T", "T"])
    assert _states(cameras({"data": rows})) == {"K-1": None, "K-2": None, "K-3": None}


def _cams(key: str, pages: list[str], stills: list[str | None]) -> list[dict[str, object]]:
    return [
        {"camID": f"c{n}", "camTitle": f"Simpang {n}", "camImage": still, key: page}
        for n, (page, still) in enumerate(zip(pages, stills, strict=True), start=1)
    ]


PAGES = [f"https://lalin.kutim.example/kamera/lihat/c{n}.html" for n in (1, 2)]
STILL = "https://lalin.kutim.example/kamera/gambar/c1.jpg"


@pytest.mark.parametrize("key", ["camURL", "CAMURL", "cam_url", "camLink", "cam_page"])
def test_cam_page_stands_in_without_media(key: str) -> None:
    """A camera's page under ``cam_url`` is its stream only when it has no media."""
    found = {c.id: c for c in cameras({"cams": _cams(key, PAGES, [STILL, None])})}
    assert found["c1"].stream_url is None and found["c1"].snapshot_url == STILL
    assert found["c2"].stream_url == PAGES[1] and found["c2"].snapshot_url is None


@pytest.mark.parametrize("key", ["cam_map_url", "camurl_api", "campaign_url", "camera_detail"])
def test_other_cam_fields_never_stand_in(key: str) -> None:
    """A map, an API, a campaign or a detail page is no camera's page."""
    assert cameras({"cams": _cams(key, PAGES, [STILL, None])})[0].id == "c1"
    assert "c2" not in {c.id for c in cameras({"cams": _cams(key, PAGES, [STILL, None])})}


@pytest.mark.parametrize(
    "page",
    [
        "http://192.168.20.15/index.html",
        "http://127.0.0.1:8080/cam",
        "http://kamera/lihat",
        "https://admin:rahasia@10.1.2.3/view",
    ],
)
def test_cam_page_on_lan_or_with_login_is_none(page: str) -> None:
    """A page on a LAN, loopback or single-label host never stands in from a public answer.

    Beside two public cameras, so the LAN camera is the few a public list may not hold.
    """
    rows = _cams("cam_url", [*PAGES, page], [STILL, None, None])
    found = cameras({"cams": rows})
    assert [c.id for c in found] == ["c1", "c2"]
    assert all("rahasia" not in (c.stream_url or "") for c in found)
