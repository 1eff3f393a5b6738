"""Map pages: ids a map library gives its markers (setId, set, id options, properties)."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://peta.kutim.example/cctv/"
HLS = "https://cctv.kutim.example/hls/{}/index.m3u8"


def _cams(script: str) -> tuple[Camera, ...]:
    page = (
        "<!doctype html><html><head><title>Peta</title></head><body><div id='map'></div>"
        f"<script>{script}</script></body></html>"
    )
    return parse_body(page, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _feature(var: str, name: str, lng: float, extra: str = "") -> str:
    return (
        f"var {var} = new ol.Feature({{geometry: new ol.geom.Point(ol.proj.fromLonLat([{lng}, 0.5])),"
        f" nama: '{name}', video: '{HLS.format(name)}'{extra}}});\n"
    )


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("f.setId('BGL-01');", "BGL-01"),
        ('f.setId("BGL-01")', "BGL-01"),
        ("f.setId(42);", "42"),
        ("f.set('kode', 'BGL-01');", "BGL-01"),
        ("f.id = 'BGL-01';", "BGL-01"),
    ],
)
def test_ol_feature_id_given_after_it(statement: str, expected: str) -> None:
    cams = _cams(_feature("f", "Sepaso", 117.82) + statement + "\nsource.addFeature(f);")
    assert [(c.id, c.name, c.latitude, c.longitude) for c in cams] == [
        (expected, "Sepaso", 0.5, 117.82)
    ]


def test_reused_variable_takes_the_id_written_after_each_feature() -> None:
    script = (
        _feature("f", "Sepaso", 117.82)
        + "f.setId('BGL-01'); fs.push(f);\n"
        + _feature("f", "Pasar", 117.85)
        + "f.setId('BGL-02'); fs.push(f);\n"
    )
    assert [(c.id, c.name) for c in _cams(script)] == [("BGL-01", "Sepaso"), ("BGL-02", "Pasar")]


def test_feature_properties_name_the_id() -> None:
    script = _feature("a", "Sepaso", 117.82, ", kode: 'BGL-01'") + _feature(
        "b", "Pasar", 117.85, ", kode: 'BGL-02'"
    )
    assert [c.id for c in _cams(script)] == ["BGL-01", "BGL-02"]


def test_set_id_beats_an_id_kept_in_the_properties() -> None:
    script = _feature("a", "Sepaso", 117.82, ", kode: 'X1'") + "a.setId('BGL-01');"
    assert [c.id for c in _cams(script)] == ["BGL-01"]


def test_leaflet_and_google_id_options() -> None:
    script = (
        f"L.marker([0.51, 117.55], {{id: 'SGT-3'}}).bindPopup('<b>Kabo</b>"
        f'<a href="{HLS.format("kabo")}">x</a>\');\n'
        "var m = new google.maps.Marker({position: {lat: 0.52, lng: 117.56}, title: 'Polder',"
        " id: 'SGT-4'});\n"
        f"var w = new google.maps.InfoWindow({{content: '<a href=\"{HLS.format('polder')}\">x</a>'}});"
    )
    assert [(c.id, c.name) for c in _cams(script)] == [("SGT-3", "Kabo"), ("SGT-4", "Polder")]


def test_generic_marker_given_an_id_property() -> None:
    script = (
        "var pin = new kakao.maps.Marker({position: new kakao.maps.LatLng(0.51, 117.55),"
        f" title: 'Kabo', content: '<a href=\"{HLS.format('kabo')}\">x</a>'}});\n"
        "pin.id = 'KB-1';"
    )
    assert [(c.id, c.name) for c in _cams(script)] == [("KB-1", "Kabo")]


@pytest.mark.parametrize(
    "statement",
    [
        "f.setId('b_' + kode);",  # an expression, not a literal
        "f.setStyle('merah');",  # another setter
        "f.set('warna', 'merah');",  # a field that is no id
        "el.id = 'marker-1';",  # a DOM element, no marker variable
        "f.setId('<b>x</b>');",  # markup is no id
    ],
)
def test_other_statements_give_no_id(statement: str) -> None:
    cams = _cams(_feature("f", "Sepaso", 117.82) + statement)
    assert len(cams) == 1
    assert cams[0].id.startswith("k-")


def test_id_statements_alone_are_no_cameras() -> None:
    with pytest.raises(PortalFormatError):
        _cams("var f = {}; f.setId('BGL-01'); f.set('kode', 'X');")


def test_many_id_statements_stay_bounded() -> None:
    script = _feature("f", "Sepaso", 117.82) + "f.setId('X');\n" * 40_000
    cams = _cams(script)
    assert [c.id for c in cams] == ["X"]
