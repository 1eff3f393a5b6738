"""Digit strings from a portal: only ASCII digits become numbers, anything else none.

``str.isdigit`` is true for ``"²"`` and other scripts' digits, which ``int`` refuses; a
port, a channel key or a quality label written so must read as no number, never raise.
"""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import hostpaths, parse_body, servers
from custom_components.kutim_cctv.portal.values import digits_int

BASE = "https://cctv.dishub.kutimkab.example/api/cameras"


def _parse(text: str, base: str = BASE) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras


@pytest.mark.parametrize(
    ("text", "want"),
    [("8080", 8080), (" 554 ", 554), ("0", 0), ("65536", 65536), ("123456", None)],
)
def test_ascii_digits_read_as_a_number(text: str, want: int | None) -> None:
    assert digits_int(text, 5) == want


@pytest.mark.parametrize("text", ["²", "8080²", "٨٠٨٠", "８０８０", "", " ", "80a", "-80", "8 0"])
def test_other_digits_read_as_no_number(text: str) -> None:
    assert digits_int(text, 5) is None


@pytest.mark.parametrize("port", ["²", "٨٠٨٠", "８０８０"])
def test_a_port_in_other_digits_is_no_port(port: str) -> None:
    assert hostpaths._port(port) is None
    assert servers._port(port) is None
    assert hostpaths._port("8080") == servers._port("8080") == 8080


@pytest.mark.parametrize("port", ["²", "٨٠٨٠"])
def test_records_with_a_port_in_other_digits_parse_without_error(port: str) -> None:
    device = [
        {
            "idx": str(i),
            "Name": f"Kamera {i}",
            "Address": f"cam{i}.dishub.kutimkab.example",
            "Port": port,
            "Protocol": 0,
            "ImageURL": "image/jpeg.cgi",
        }
        for i in (1, 2)
    ]
    # The port cannot be read, so each picture path is dropped rather than guessed: no
    # camera is left, which is said as a clear error, never a ValueError.
    with pytest.raises(PortalFormatError, match="No camera list found"):
        _parse(json.dumps({"status": "OK", "title": "Cameras", "result": device}))
    hosted = [
        {
            "id": i,
            "name": f"Kamera {i}",
            "ip": f"cam{i}.dishub.kutimkab.example",
            "port": port,
            "snapshot_path": "/snap.jpg",
            "hls": f"https://cctv.dishub.kutimkab.example/hls/k{i}/index.m3u8",
        }
        for i in (1, 2)
    ]
    cams = _parse(json.dumps(hosted))
    assert [(c.raw_name, c.stream_url) for c in cams] == [
        ("Kamera 1", "https://cctv.dishub.kutimkab.example/hls/k1/index.m3u8"),
        ("Kamera 2", "https://cctv.dishub.kutimkab.example/hls/k2/index.m3u8"),
    ]


def test_a_quality_label_in_other_digits_ranks_as_text() -> None:
    page = (
        "<html><body><div class='cam'><h3>Simpang Tiga</h3><video>"
        "<source src='https://cctv.dishub.kutimkab.example/hls/sgt.m3u8' label='²'>"
        "</video></div></body></html>"
    )
    cams = _parse(page, "https://cctv.dishub.kutimkab.example/")
    assert [c.stream_url for c in cams] == ["https://cctv.dishub.kutimkab.example/hls/sgt.m3u8"]
