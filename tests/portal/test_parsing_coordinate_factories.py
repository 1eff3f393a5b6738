"""Map pages: positions from coordinate factories and cards whose body is set afterwards."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://peta.kutim.example/cctv/"
HLS = "https://cctv.kutim.example/hls/{}/index.m3u8"
JPG = "https://cctv.kutim.example/still/{}.jpg"
MAP = (
    'var mapa = new SMap(JAK.gel("m"), SMap.Coords.fromWGS84(117.54, 0.50), 13);\n'
    "var vrstva = new SMap.Layer.Marker(); mapa.addLayer(vrstva).enable();\n"
)


def _cams(script: str) -> tuple[Camera, ...]:
    page = (
        "<!doctype html><html><head><title>Peta</title></head><body><div id='m'></div>"
        f"<script>{script}</script></body></html>"
    )
    return parse_body(page, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _summary(cams: tuple[Camera, ...]) -> list[tuple[str, str, float | None, float | None]]:
    return [(c.id, c.name, c.latitude, c.longitude) for c in cams]


def _body(name: str) -> str:
    return f"<img src='{JPG.format(name)}'><a href='{HLS.format(name)}'>Lihat</a>"


@pytest.mark.parametrize(
    "coords",
    [
        "SMap.Coords.fromWGS84(117.55, 0.51)",
        "bod",
    ],
)
def test_smap_marker_with_card_body_set_afterwards(coords: str) -> None:
    script = (
        MAP
        + "var bod = SMap.Coords.fromWGS84(117.55, 0.51);\n"
        + f'var z = new SMap.Marker({coords}, "cam-7", {{title: "Kabo"}});\n'
        + "var k = new SMap.Card();\n"
        + f'k.getBody().innerHTML = "{_body("kabo")}";\n'
        + "z.decorate(SMap.Marker.Feature.Card, k);\nvrstva.addMarker(z);"
    )
    cams = _cams(script)
    assert _summary(cams) == [("cam-7", "Kabo", 0.51, 117.55)]
    assert (cams[0].stream_url, cams[0].snapshot_url) == (HLS.format("kabo"), JPG.format("kabo"))


@pytest.mark.parametrize(
    "header",
    [
        'k.getHeader().innerHTML = "<strong>Polder</strong>";',
        'k.getHeader().innerHTML = "Polder";',
        'k.setHeader("Polder");',
    ],
)
def test_card_header_names_the_marker(header: str) -> None:
    script = (
        MAP
        + "var k = new SMap.Card();\n"
        + f"{header}\n"
        + f'k.setBody("{_body("polder")}");\n'
        + "var z = new SMap.Marker(SMap.Coords.fromWGS84(117.55, 0.51));\n"
        + "z.decorate(SMap.Marker.Feature.Card, k);"
    )
    cams = _cams(script)
    assert [(c.name, c.stream_url) for c in cams] == [("Polder", HLS.format("polder"))]
    assert cams[0].id.startswith("k-")


def test_each_marker_takes_the_card_it_is_decorated_with() -> None:
    script = MAP + "".join(
        f"var k{i} = new SMap.Card();\n"
        f"k{i}.getBody().innerHTML = '<b>{name}</b>' +\n  \"{_body(name)}\";\n"
        f"var z{i} = new SMap.Marker(SMap.Coords.fromWGS84(117.5{i}, 0.5{i}), 'c{i}');\n"
        for i, name in ((1, "satu"), (2, "dua"))
    )
    script += (
        "z2.decorate(SMap.Marker.Feature.Card, k2);\nz1.decorate(SMap.Marker.Feature.Card, k1);"
    )
    assert _summary(_cams(script)) == [("c1", "satu", 0.51, 117.51), ("c2", "dua", 0.52, 117.52)]


@pytest.mark.parametrize(
    ("setup", "marker"),
    [
        ("var t = L.latLng(0.51, 117.55);", "L.marker(t, {title: 'Kabo'}).bindPopup(p)"),
        ("var t = new L.LatLng(0.51, 117.55);", "L.marker(t, {title: 'Kabo'}).bindPopup(p)"),
        (
            "var t = ol.proj.fromLonLat([117.55, 0.51]);",
            f"new ol.Feature({{geometry: new ol.geom.Point(t), name: 'Kabo', video: '{HLS.format('kabo')}'}})",
        ),
    ],
)
def test_position_variables_from_factories(setup: str, marker: str) -> None:
    script = f'var p = "{_body("kabo")}";\n{setup}\nvar m = {marker};'
    cams = _cams(script)
    assert [(c.name, c.latitude, c.longitude, c.stream_url) for c in cams] == [
        ("Kabo", 0.51, 117.55, HLS.format("kabo"))
    ]


def test_cards_not_handed_to_a_marker_give_nothing() -> None:
    script = (
        MAP
        + "var k = new SMap.Card();\n"
        + f'k.getBody().innerHTML = "{_body("kabo")}";\n'
        + 'var z = new SMap.Marker(SMap.Coords.fromWGS84(117.55, 0.51), "c1", {title: "Kabo"});\n'
        + "vrstva.addMarker(z);\nother.decorate(SMap.Marker.Feature.Card, k);"
    )
    with pytest.raises(PortalFormatError):
        _cams(script)


def test_a_phrase_argument_is_no_id() -> None:
    script = (
        MAP
        + "var k = new SMap.Card();\n"
        + f'k.getBody().innerHTML = "{_body("kabo")}";\n'
        + 'var z = new SMap.Marker(SMap.Coords.fromWGS84(117.55, 0.51), "Dua kata", {});\n'
        + "z.decorate(SMap.Marker.Feature.Card, k);"
    )
    assert _cams(script)[0].id.startswith("k-")


def test_many_card_statements_stay_bounded() -> None:
    script = (
        MAP
        + "var k = new SMap.Card();\n"
        + f'k.getBody().innerHTML = "{_body("kabo")}";\n'
        + 'k.getFooter().innerHTML = "<i>x</i>";\n' * 20_000
        + 'var z = new SMap.Marker(SMap.Coords.fromWGS84(117.55, 0.51), "c1");\n'
        + "z.decorate(SMap.Marker.Feature.Card, k);\n" * 5_000
    )
    cams = _cams(script)
    assert [(c.id, c.latitude, c.longitude, c.stream_url) for c in cams] == [
        ("c1", 0.51, 117.55, HLS.format("kabo"))
    ]
