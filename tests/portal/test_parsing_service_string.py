"""ASP.NET ``<string>`` answers whose text is an escaped XML document."""

from __future__ import annotations

from html import escape

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.servicestring import (
    MAX_WRAPPED_DOCUMENT,
    wrapped_xml,
)
from custom_components.kutim_cctv.portal.parsing.xmllist import looks_like_xml

BASE = "https://lalin.kutimkab.example/Service.asmx/GetCameraList"
_INNER = (
    '<?xml version="1.0" encoding="utf-16"?>'
    '<ArrayOfCamera><camera ID="SGT-01" description="Simpang Tiga Sangatta" '
    'CameraImageURL="https://cctv.lalin.kutimkab.example/snap/sgt01.jpg">'
    "<lat>0.50233</lat><lon>117.5231</lon>"
    "<StreamingURL>https://cctv.lalin.kutimkab.example/live/sgt01.m3u8</StreamingURL>"
    "</camera></ArrayOfCamera>"
)


def _wrapped(inner: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<string xmlns="http://tempuri.org/">{escape(inner, quote=False)}</string>'
    )


def _cameras(text: str) -> list[tuple[str | None, str | None, str | None]]:
    result = parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False)
    return [(c.id, c.stream_url, c.snapshot_url) for c in result.cameras]


def test_escaped_camera_document_is_read() -> None:
    assert _cameras(_wrapped(_INNER)) == [
        (
            "SGT-01",
            "https://cctv.lalin.kutimkab.example/live/sgt01.m3u8",
            "https://cctv.lalin.kutimkab.example/snap/sgt01.jpg",
        )
    ]


def test_json_text_is_still_read() -> None:
    inner = (
        '[{"id":"4604","nama":"Simpang Kabo",'
        '"hls":"https://cctv.dishub.kutimkab.example/live/4604/index.m3u8"}]'
    )
    assert _cameras(_wrapped(inner)) == [
        ("4604", "https://cctv.dishub.kutimkab.example/live/4604/index.m3u8", None)
    ]


def test_lan_media_inside_the_document_is_refused() -> None:
    inner = _INNER.replace("cctv.lalin.kutimkab.example", "192.168.1.20")
    with pytest.raises(PortalFormatError):
        _cameras(_wrapped(inner))


def test_only_one_level_is_unwrapped() -> None:
    twice = _wrapped(_wrapped(_INNER))
    with pytest.raises(PortalFormatError):
        _cameras(twice)
    assert wrapped_xml("string", _wrapped(_INNER), looks_like_xml) is not None


@pytest.mark.parametrize(
    "text",
    [
        "OK",
        "Camera list unavailable: https://cctv.lalin.kutimkab.example/snap/sgt01.jpg",
        '<html><body><img src="https://cctv.lalin.kutimkab.example/snap/a.jpg"></body></html>',
        "<!DOCTYPE html><html><body>Berita</body></html>",
        "",
    ],
)
def test_text_that_is_no_document_is_not_unwrapped(text: str) -> None:
    assert wrapped_xml("string", text, looks_like_xml) is None


def test_other_roots_and_element_values_are_not_unwrapped() -> None:
    assert wrapped_xml("message", _INNER, looks_like_xml) is None
    assert wrapped_xml("string", {"camera": _INNER}, looks_like_xml) is None
    assert wrapped_xml("string", None, looks_like_xml) is None


def test_oversized_text_is_not_unwrapped() -> None:
    huge = "<cameras>" + " " * MAX_WRAPPED_DOCUMENT + "</cameras>"
    assert wrapped_xml("string", huge, looks_like_xml) is None


def test_html_text_is_not_read_as_cameras_list() -> None:
    page = '<html><body><p>Peta CCTV</p><img src="/logo.png"></body></html>'
    with pytest.raises(PortalFormatError):
        _cameras(_wrapped(page))
