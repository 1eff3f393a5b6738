"""Map pages: chained marker and popup builders (setLngLat, setPopup, setHTML, templates)."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://peta.kutim.example/cctv/"
HLS = "https://cctv.kutim.example/hls/{}/index.m3u8"
JPG = "https://cctv.kutim.example/still/{}.jpg"


def _cams(script: str) -> tuple[Camera, ...]:
    page = (
        "<!doctype html><html><head><title>Peta</title></head><body><div id='map'></div>"
        f"<script>{script}</script></body></html>"
    )
    return parse_body(page, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _html(name: str) -> str:
    return f'<b>{name}</b><img src="{JPG.format(name)}"><a href="{HLS.format(name)}">Live</a>'


def _summary(cams: tuple[Camera, ...]) -> list[tuple[str, float | None, float | None, str | None]]:
    return [(c.name, c.latitude, c.longitude, c.stream_url) for c in cams]


@pytest.mark.parametrize("namespace", ["tt", "mapboxgl", "maplibregl", "maptilersdk"])
def test_popup_and_position_variables(namespace: str) -> None:
    script = (
        f"var pos = new {namespace}.LngLat(117.55, 0.51);\n"
        f"var pop = new {namespace}.Popup({{offset: 25}}).setHTML('{_html('kabo')}');\n"
        f"new {namespace}.Marker({{color: 'red'}}).setLngLat(pos).setPopup(pop).addTo(map);\n"
    )
    assert _summary(_cams(script)) == [("kabo", 0.51, 117.55, HLS.format("kabo"))]


@pytest.mark.parametrize(
    "position",
    ["[117.55, 0.51]", "{lng: 117.55, lat: 0.51}", "{lat: 0.51, lon: 117.55}", "posisi"],
)
def test_set_lnglat_forms(position: str) -> None:
    script = (
        "var posisi = [117.55, 0.51];\n"
        f"new tt.Marker().setLngLat({position})"
        f".setPopup(new tt.Popup().setHTML('{_html('kabo')}')).addTo(map);"
    )
    assert _summary(_cams(script)) == [("kabo", 0.51, 117.55, HLS.format("kabo"))]


def test_each_marker_takes_its_own_popup_not_the_next_one() -> None:
    script = (
        "var p1 = new tt.Popup();\n"
        f"p1.setHTML('{_html('satu')}');\n"
        "new tt.Marker().setLngLat([117.51, 0.51]).setPopup(p1).addTo(map);\n"
        "var p2 = new tt.Popup();\n"
        f"p2.setHTML('{_html('dua')}');\n"
        "var m2 = new tt.Marker();\n"
        "m2.setLngLat([117.52, 0.52]).setPopup(p2).addTo(map);\n"
    )
    assert _summary(_cams(script)) == [
        ("satu", 0.51, 117.51, HLS.format("satu")),
        ("dua", 0.52, 117.52, HLS.format("dua")),
    ]


@pytest.mark.parametrize(
    "template",
    [
        "function kartu(nama, src) { return '<h4>' + nama + '</h4><a href=\"' + src + '\">x</a>'; }",
        'var kartu = function (nama, src) {\n  return `<h4>${nama}</h4><a href="${src}">x</a>`;\n};',
        'const kartu = (nama, src) => `\n  <h4>${nama}</h4>\n  <a href="${src}">x</a>`;',
        "const kartu = (nama, src = '') => '<h4>' + nama + '</h4>' +\n  '<a href=\"' + src + '\">x</a>';",
    ],
)
def test_popup_template_functions(template: str) -> None:
    script = (
        f"{template}\n"
        "new tt.Marker().setLngLat([117.55, 0.51])"
        f".setPopup(bungkus(new tt.Popup().setHTML(kartu('Kabo', '{HLS.format('kabo')}'))))"
        ".addTo(map);\n"
        "function bungkus(p) { return p; }"
    )
    assert _summary(_cams(script)) == [("Kabo", 0.51, 117.55, HLS.format("kabo"))]


def test_template_in_leaflet_popup() -> None:
    script = (
        "function isi(n, u) { return '<b>' + n + '</b><a href=\"' + u + '\">x</a>'; }\n"
        f"L.marker([0.51, 117.55]).bindPopup(isi('Kabo', '{HLS.format('kabo')}'));"
    )
    assert _summary(_cams(script)) == [("Kabo", 0.51, 117.55, HLS.format("kabo"))]


@pytest.mark.parametrize(
    "call",
    [
        "kartu(cam.nama, cam.url)",  # arguments that are no literals: nothing known
        "lain('Kabo', 'https://cctv.kutim.example/hls/kabo/index.m3u8')",  # no template
    ],
)
def test_unknown_template_calls_give_no_camera(call: str) -> None:
    script = (
        "function kartu(nama, src) { var x = 1; return '<h4>' + nama + '</h4>' + src; }\n"
        f"new tt.Marker().setLngLat([117.55, 0.51]).setPopup(new tt.Popup().setHTML({call}));"
    )
    with pytest.raises(PortalFormatError):
        _cams(script)


def test_popups_without_markers_are_no_cameras() -> None:
    script = f"var p = new tt.Popup().setHTML('{_html('kabo')}'); p.setLngLat([117.5, 0.5]);"
    with pytest.raises(PortalFormatError):
        _cams(script)


def test_many_templates_and_setters_stay_bounded() -> None:
    templates = "".join(
        f"function t{i}(a, b) {{ return '<b>' + a + '</b>' + b; }}\n" for i in range(3000)
    )
    setters = "m.setLngLat(posisi).setPopup(p).setOffset([0, 1]);\n" * 5000
    script = (
        templates
        + "var posisi = [117.55, 0.51];\n"
        + f"var p = new tt.Popup().setHTML('{_html('kabo')}');\n"
        + "var m = new tt.Marker();\n"
        + setters
    )
    cams = _cams(script)
    assert _summary(cams) == [("kabo", 0.51, 117.55, HLS.format("kabo"))]
