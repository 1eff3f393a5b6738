"""Map features carrying their media only in a description property, read after holdout 32.

An OpenLayers feature (or any marker whose options are read) whose media is written
only in a ``desc`` property holding HTML (``desc: '<b>…</b><img src=…>'``, shown by a
click handler with ``content.innerHTML = feature.get('desc')``) takes that markup as its
popup, as ``description`` already was: its pictures, videos and links are the camera's
media, its place line the area. A ``desc`` of plain text, or markup without media, gives
no camera; an icon is never media.
"""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://peta.cams.example/cctv/"


def cameras(text: str) -> tuple[Camera, ...]:
    """Parse a body as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _page(script: str) -> str:
    return f"<html><body><div id='map'></div><script>{script}</script></body></html>"


# OpenLayers features with a desc HTML property.


def _feature(fid: str, name: str, lon: float, lat: float, desc: str) -> str:
    return (
        "new ol.Feature({geometry: new ol.geom.Point(ol.proj.fromLonLat(["
        f"{lon}, {lat}])), id: '{fid}', name: '{name}', desc: '{desc}'}})"
    )


def test_a_feature_desc_markup_gives_its_media_and_area() -> None:
    script = (
        "var src = new ol.source.Vector({features: ["
        + _feature(
            "A-1",
            "Pos Satu",
            112.9,
            -8.1,
            '<b>Pos Satu</b><br><small>Kec. Candipuro</small><img src="/snap/a1.jpg">',
        )
        + ","
        + _feature(
            "A-2",
            "Pos Dua",
            113.0,
            -8.2,
            '<b>Pos Dua</b><video><source src="https://v.cams.example/a2/index.m3u8"></video>',
        )
        + "]}); map.on('click', function (e) { content.innerHTML = f.get('desc'); });"
    )
    found = cameras(_page(script))
    assert [(c.id, c.name) for c in found] == [("A-1", "Pos Satu"), ("A-2", "Pos Dua")]
    assert found[0].snapshot_url == "https://peta.cams.example/snap/a1.jpg"
    assert found[0].area == "Candipuro"
    assert (found[0].latitude, found[0].longitude) == (-8.1, 112.9)
    assert found[1].stream_url == "https://v.cams.example/a2/index.m3u8"


def test_a_feature_desc_without_media_is_no_camera() -> None:
    script = (
        "var src = new ol.source.Vector({features: ["
        + _feature("A-1", "Pos Satu", 112.9, -8.1, '<b>Pos Satu</b><img src="/snap/a1.jpg">')
        + ","
        + _feature("A-2", "Pos Dua", 113.0, -8.2, "<b>Pos Dua</b><i>Kamera offline</i>")
        + "]});"
    )
    assert [c.id for c in cameras(_page(script))] == ["A-1"]


def test_a_plain_text_desc_is_no_media() -> None:
    script = (
        "var src = new ol.source.Vector({features: ["
        + _feature("A-1", "Pos Satu", 112.9, -8.1, "Kamera pantau lalu lintas")
        + "], style: new ol.style.Style({image: new ol.style.Icon({src: '/img/cctv.png'})})});"
    )
    with pytest.raises(PortalFormatError):
        cameras(_page(script))
