"""Camera data written as JavaScript: script files, FLV streams, coordinates and rows."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, ParseResult, PortalFormat, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.body import script_signs
from custom_components.kutim_cctv.portal.parsing.javascript import (
    string_constants,
    tolerant_js_to_json,
)

BASE = "https://atcs.kutim.example/peta/"
JS_BASE = "https://atcs.kutim.example/js/data.js"


def _parse(text: str, base: str = BASE, content_type: str | None = None) -> ParseResult:
    return parse_body(
        text, profile=Profile.AUTO, base_url=base, prettify=False, content_type=content_type
    )


def _cams(text: str, base: str = BASE, content_type: str | None = None) -> tuple[Camera, ...]:
    return _parse(text, base, content_type).cameras


def _summary(cameras: tuple[Camera, ...]) -> list[tuple[object, ...]]:
    return [(c.raw_name, c.latitude, c.longitude, c.stream_url, c.snapshot_url) for c in cameras]


# ---------------------------------------------------------------------------
# Script files
# ---------------------------------------------------------------------------

_DATA = """
  {name: 'Simpang Tiga', coords: [0.509124, 117.546831], url: 'https://a.kutim.example/s3.flv'},
  { "name": "Kabo Jaya", 'coords': [0.531702, 117.557219], url: "https://a.kutim.example/kabo.m3u8", },
"""
_EXPECTED = [
    ("Simpang Tiga", 0.509124, 117.546831, "https://a.kutim.example/s3.flv", None),
    ("Kabo Jaya", 0.531702, 117.557219, "https://a.kutim.example/kabo.m3u8", None),
]


@pytest.mark.parametrize(
    "script",
    [
        f"const cctvData = [{_DATA}];",
        f"// data titik\n/* versi 2 */\nlet cctvData = [{_DATA}]\n",
        f"'use strict';\nvar cctvData = [{_DATA}];\nfunction f() {{ return 1; }}",
        f"export const cctvData = [{_DATA}];\nexport default cctvData;",
        f"export default [{_DATA}];",
        f"window.cctvData = [{_DATA}];",
        f"module.exports = [{_DATA}];",
        f"\ufeff/** @type {{Array}} */\nconst cctvData = [{_DATA}];",
    ],
)
def test_script_file_data_in_every_declaration(script: str) -> None:
    """A script file's data literal is read whatever declares it, at any address."""
    for base in (BASE, JS_BASE):
        result = _parse(script, base)
        assert _summary(result.cameras) == _EXPECTED
        assert result.format == PortalFormat.HTML


def test_script_served_as_script_beginning_with_a_call() -> None:
    """A body served as a script (type or .js address) is read even if it begins otherwise."""
    script = (
        f"$(function () {{\n  var titik = [{_DATA}];\n  titik.forEach(function (t) {{}});\n}});"
    )
    assert _summary(_cams(script, JS_BASE)) == _EXPECTED
    assert _summary(_cams(script, BASE, "application/javascript")) == _EXPECTED
    assert _summary(_cams(script, BASE, "text/javascript; charset=utf-8")) == _EXPECTED
    with pytest.raises(PortalFormatError):
        _cams(script, BASE)  # neither its address, its type nor its start says script


def test_script_file_markers_are_read() -> None:
    """Markers placed by a script file are cameras like markers in a page's script."""
    script = (
        "var peta = L.map('peta');\n"
        "L.marker([0.5123, 117.5432]).addTo(peta)"
        ".bindPopup('<b>Taman Bersemi</b><br><video src=\"https://a.kutim.example/tb.m3u8\"></video>');"
    )
    assert _summary(_cams(script, JS_BASE)) == [
        ("Taman Bersemi", 0.5123, 117.5432, "https://a.kutim.example/tb.m3u8", None)
    ]


def test_jsonp_and_json_at_a_script_address_stay_json() -> None:
    """JSONP or plain JSON fetched from a .js address is still read as JSON."""
    rows = '[{"nama": "Polder", "lat": 0.5138, "lng": 117.551, "hls": "https://a.kutim.example/p.m3u8"}]'
    for body in (rows, f"callback({rows});", f'cb({{"data": {rows}}})'):
        for content_type in (None, "application/javascript"):
            cameras = _cams(body, JS_BASE, content_type)
            assert _summary(cameras) == [
                ("Polder", 0.5138, 117.551, "https://a.kutim.example/p.m3u8", None)
            ]


def test_script_signs() -> None:
    """What makes a body a script: its start, its type, its address; never markup or JSON."""
    assert script_signs("const a = [1]", BASE, None) == (True, False)
    assert script_signs("// c\n/* d */ export default {}", BASE, None) == (True, False)
    assert script_signs("foo.bar = {}", BASE, None) == (True, False)
    assert script_signs("$(function(){})", JS_BASE, None) == (False, True)
    assert script_signs("$(function(){})", BASE, "application/x-javascript") == (False, True)
    assert script_signs("a == b", BASE, None) == (False, False)
    assert script_signs("f = () => 1", BASE, None) == (True, False)
    for text in ("<html><script>var a = [];</script></html>", '{"a": 1}', "[1, 2]", "", "  "):
        assert script_signs(text, JS_BASE, "application/javascript") == (False, False)


def test_script_file_without_cameras_says_what_it_found() -> None:
    """A script file holding no camera data ends in a clear error, not a crash."""
    with pytest.raises(PortalFormatError, match=r"No camera list found|not JSON"):
        _cams("const center = [0.51, 117.55];\nconst zoom = 13;\n", JS_BASE)
    with pytest.raises(PortalFormatError):
        _cams("status = error", BASE)


def test_hostile_script_files_are_bounded() -> None:
    """Huge, unbalanced or deeply nested script bodies give a bounded answer or an error."""
    hostile = [
        "var a = " + "[" * 100_000,
        "const a = [" + "{x: 1}, " * 50_000,
        "let s = '" + "x" * 500_000,
        "var a = [{name: 'A', url: 'https://a.kutim.example/a.m3u8'}];</script><script>var b = [",
        "/*" * 100_000,
        "var " + "a." * 60_000 + "b = [1]",
    ]
    for text in hostile:
        try:
            cameras = _cams(text, JS_BASE)
        except PortalFormatError:
            continue
        assert len(cameras) <= 1


# ---------------------------------------------------------------------------
# FLV streams
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "item",
    [
        "{nama: 'A', url: 'https://f.kutim.example/live/a.flv', hls: 'https://f.kutim.example/a/index.m3u8'}",
        "{nama: 'A', hls: 'https://f.kutim.example/a/index.m3u8', url: 'https://f.kutim.example/live/a.flv'}",
        "{nama: 'A', flvUrl: 'https://f.kutim.example/live/a.flv', hlsUrl: 'https://f.kutim.example/a/index.m3u8'}",
        "{nama: 'A', stream: 'https://f.kutim.example/live/a.flv', cadangan: 'https://f.kutim.example/a/index.m3u8'}",
    ],
)
def test_hls_beats_flv_in_any_order(item: str) -> None:
    """Of an FLV and an HLS address for one camera, the HLS one is its stream."""
    (camera,) = _cams(f"var data = [{item}];")
    assert camera.stream_url == "https://f.kutim.example/a/index.m3u8"


def test_flv_alone_is_the_stream_and_other_streams_are_not_replaced() -> None:
    """An FLV address is a stream when nothing better is given; other streams stay first."""
    (camera,) = _cams("var d = [{nama: 'A', sumber: 'https://f.kutim.example/live/a.flv'}];")
    assert camera.stream_url == "https://f.kutim.example/live/a.flv"
    (camera,) = _cams(
        "var d = [{nama: 'A', stream: 'https://f.kutim.example/a.mpd', "
        "hls: 'https://f.kutim.example/a.m3u8', flv: 'https://f.kutim.example/a.flv'}];"
    )
    assert camera.stream_url == "https://f.kutim.example/a.mpd"  # only FLV yields to HLS


def test_flv_players_are_cameras_named_by_their_card() -> None:
    """flv.js and mpegts.js players with a literal address are cameras of their element."""
    page = """<html><head><title>CCTV</title></head><body><h1>ATCS Sangatta</h1>
<div class="card"><h5>Simpang Tiga</h5><video id="v1"></video></div>
<div class="card"><h5>Kabo Jaya</h5><video id="v2"></video></div>
<div class="card"><h5>Sangkima</h5><video id="v3"></video></div>
<script>
var p1 = flvjs.createPlayer({type: 'flv', isLive: true, url: 'https://f.kutim.example/live/s3.flv'});
p1.attachMediaElement(document.getElementById('v1'));
const el = document.querySelector('#v2');
this.p2 = mpegts.createPlayer({type: 'flv', url: "https://f.kutim.example/live/kabo.flv"}, {enableWorker: true});
this.p2.attachMediaElement(el);
function buka(u) { var p3 = flvjs.createPlayer({type: 'flv', url: u}); p3.attachMediaElement(document.getElementById('v3')); }
</script></body></html>"""
    cameras = _cams(page)
    assert [(c.raw_name, c.stream_url) for c in cameras] == [
        ("Simpang Tiga", "https://f.kutim.example/live/s3.flv"),
        ("Kabo Jaya", "https://f.kutim.example/live/kabo.flv"),
    ]


def test_flv_player_without_element_is_named_by_the_page() -> None:
    """A player attached nowhere known is named by the page's heading, never its type."""
    page = (
        "<html><body><h1>Simpang Empat</h1><script>"
        "mpegts.createPlayer({type: 'mse', isLive: true, url: 'https://f.kutim.example/a.flv'}).load();"
        "</script></body></html>"
    )
    (camera,) = _cams(page)
    assert (camera.raw_name, camera.stream_url) == (
        "Simpang Empat",
        "https://f.kutim.example/a.flv",
    )


# ---------------------------------------------------------------------------
# Coordinates whose names do not say which is the latitude
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ('"X": 0.53071, "Y": 117.55934', (0.53071, 117.55934)),  # x the latitude
        ('"x": 117.55934, "y": 0.53071', (0.53071, 117.55934)),  # x the longitude
        ('"X": "0.53071", "Y": "117.55934"', (0.53071, 117.55934)),  # as strings
        ('"x": -7.82762, "y": 111.996524', (-7.82762, 111.996524)),
        ('"x": 111.996524, "y": -7.82762', (-7.82762, 111.996524)),
        # Both readings valid: x stays the longitude.
        ('"x": 7.6, "y": 45.1', (45.1, 7.6)),
        # Named latitude and longitude win over x/y (icon offsets, pixels).
        ('"lat": 0.5317, "lng": 117.55722, "x": 24.5, "y": 12.75', (0.5317, 117.55722)),
        ('"latitude": 0.5317, "longitude": 117.55722, "X": 117.1, "Y": 0.2', (0.5317, 117.55722)),
    ],
)
def test_xy_pair_assigned_by_its_values(fields: str, expected: tuple[float, float]) -> None:
    """A pair named x/y is read the way its values allow; named lat/lng fields win."""
    body = f'[{{"nama": "Kabo", {fields}, "hls": "https://a.kutim.example/k.m3u8"}}]'
    (camera,) = _cams(body)
    assert (camera.latitude, camera.longitude) == pytest.approx(expected)


@pytest.mark.parametrize("fields", ['"x": 412, "y": 1230', '"x": 13085000.5, "y": 56000.25'])
def test_xy_beyond_degrees_is_no_position(fields: str) -> None:
    """Pixels or undeclared metres in x/y are no position, whichever way they are read."""
    body = f'[{{"nama": "Kabo", {fields}, "hls": "https://a.kutim.example/k.m3u8"}}]'
    (camera,) = _cams(body)
    assert (camera.latitude, camera.longitude) == (None, None)


def test_lat_first_geojson_point_is_read_by_its_values() -> None:
    """A GeoJSON point written latitude first reads right when only that is in degrees."""
    body = (
        '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": '
        '{"name": "Pasar", "hls": "https://a.kutim.example/p.m3u8"}, '
        '"geometry": {"type": "Point", "coordinates": [0.83412, 117.82231]}}]}'
    )
    (camera,) = _cams(body)
    assert (camera.latitude, camera.longitude) == (0.83412, 117.82231)


# ---------------------------------------------------------------------------
# Embed pages standing in for the stream
# ---------------------------------------------------------------------------

_EMBED = "https://cctv.kutim.example/camera/embed?cam=KT-017"


@pytest.mark.parametrize(
    "key", ["video_link", "link_embed", "url_player", "iframe_src", "cctv_url", "live_page"]
)
def test_embed_page_under_a_media_name_stands_in(key: str) -> None:
    """A page under a name that says it shows the camera is the stream when nothing else is."""
    (camera,) = _cams(f'[{{"NAME": "Simpang", "{key}": "{_EMBED}"}}]')
    assert camera.stream_url == _EMBED
    (camera,) = _cams(
        f'[{{"NAME": "Simpang", "{key}": "{_EMBED}", "foto": "https://a.kutim.example/s.jpg"}}]'
    )
    assert (camera.stream_url, camera.snapshot_url) == (None, "https://a.kutim.example/s.jpg")
    (camera,) = _cams(
        f'[{{"NAME": "Simpang", "{key}": "{_EMBED}", "x_hls": "https://a.kutim.example/s.m3u8"}}]'
    )
    assert camera.stream_url == "https://a.kutim.example/s.m3u8"


@pytest.mark.parametrize(
    "key", ["map_link", "detail_url", "website", "share_url", "url_peta", "api_url", "homepage"]
)
def test_other_pages_never_stand_in(key: str) -> None:
    """Map, detail, share and API links are not the camera's picture: no camera."""
    with pytest.raises(PortalFormatError):
        _cams(f'[{{"NAME": "Simpang", "{key}": "https://cctv.kutim.example/page/1"}}]')


def test_iframe_in_popup_markup_stands_in() -> None:
    """An iframe in an item's popup markup is its stream when it has no media."""
    popup = (
        '<h3>Pasar</h3><iframe width=\\"320\\" src=\\"/embed/pasar?autoplay=1&amp;m=1\\"></iframe>'
    )
    (camera,) = _cams(f'[{{"title": "Pasar", "description": "{popup}"}}]')
    assert camera.stream_url == "https://atcs.kutim.example/embed/pasar?autoplay=1&m=1"
    popup_hls = popup + '<video src=\\"https://a.kutim.example/p.m3u8\\"></video>'
    (camera,) = _cams(f'[{{"title": "Pasar", "description": "{popup_hls}"}}]')
    assert camera.stream_url == "https://a.kutim.example/p.m3u8"
    login = '<iframe src=\\"https://admin:RahasiaKutim1@cctv.kutim.example/embed/1\\"></iframe>'
    (camera,) = _cams(f'[{{"title": "Pasar", "description": "{login}"}}]')
    assert camera.stream_url == "https://cctv.kutim.example/embed/1"  # the login is dropped


# ---------------------------------------------------------------------------
# Positional rows in scripts
# ---------------------------------------------------------------------------

ROW_BASE = "https://webcam.kutim.example/peta/"


def _rows(rows: str, loop: str = "") -> tuple[Camera, ...]:
    page = (
        f"<html><body><div id='map'></div><script>var cams = [{rows}];{loop}</script></body></html>"
    )
    return _cams(page, ROW_BASE)


def _row_summary(cameras: tuple[Camera, ...]) -> list[tuple[object, ...]]:
    return [
        (c.id if not c.id.startswith("k-") else None, *row)
        for c, row in zip(cameras, _summary(cameras), strict=True)
    ]


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        # OpenLayers: [id, lon, lat, heading, name, relative still]
        (
            "[1, 117.54683, 0.50912, 284, 'Simpang Tiga', 'snapshots/s3.jpg']",
            ("1", "Simpang Tiga", 0.50912, 117.54683, None, ROW_BASE + "snapshots/s3.jpg"),
        ),
        # A string code first, relative HLS and still.
        (
            "['KT-05', 117.55934, 0.53071, 45, 'Simpang Empat Kabo', 'hls/kabo/index.m3u8', './img/kabo.jpg']",
            (
                "KT-05",
                "Simpang Empat Kabo",
                0.53071,
                117.55934,
                ROW_BASE + "hls/kabo/index.m3u8",
                ROW_BASE + "img/kabo.jpg",
            ),
        ),
        # Leaflet: [id, lat, lng, name, url]
        (
            "[101, 0.52341, 117.55812, 'Simpang Empat', 'https://s.kutim.example/101.m3u8']",
            ("101", "Simpang Empat", 0.52341, 117.55812, "https://s.kutim.example/101.m3u8", None),
        ),
        # Google: [name, lat, lng, url, zIndex] (the trailing number is no id).
        (
            "['Simpang Tiga', 0.5091, 117.5468, 'https://s.kutim.example/s3.m3u8', 4]",
            (None, "Simpang Tiga", 0.5091, 117.5468, "https://s.kutim.example/s3.m3u8", None),
        ),
        # [name, lng, lat, still]: only longitude first is in degrees.
        (
            "['Muara Sangatta', 117.61233, 0.50317, '/snap/muara.jpg']",
            (
                None,
                "Muara Sangatta",
                0.50317,
                117.61233,
                None,
                "https://webcam.kutim.example/snap/muara.jpg",
            ),
        ),
        # Both orders valid: latitude first, as Leaflet and Google write it.
        (
            "['Piazza', 45.1, 7.6, 'https://s.kutim.example/p.m3u8']",
            (None, "Piazza", 45.1, 7.6, "https://s.kutim.example/p.m3u8", None),
        ),
        # Integers (a heading, a zoom) are never the pair.
        (
            "['Pelabuhan', 117, 0, 'https://s.kutim.example/p.m3u8']",
            (None, "Pelabuhan", None, None, "https://s.kutim.example/p.m3u8", None),
        ),
        # Baidu Maps: [lng, lat, name, code, url]: the code after the name is the id.
        (
            "[117.54683, 0.50912, 'Simpang Tiga Sangatta', 'JK-3301', 'https://s.kutim.example/j.m3u8']",
            (
                "JK-3301",
                "Simpang Tiga Sangatta",
                0.50912,
                117.54683,
                "https://s.kutim.example/j.m3u8",
                None,
            ),
        ),
        # [lat, lng, code, name, url, zIndex]: a code before the name past the position.
        (
            "[0.85911, 117.98215, 'BGL01', 'Terminal Bengalon', 'https://s.kutim.example/b.m3u8', 1]",
            (
                "BGL01",
                "Terminal Bengalon",
                0.85911,
                117.98215,
                "https://s.kutim.example/b.m3u8",
                None,
            ),
        ),
        # A second text that is an area, a word or a number alone is no code.
        (
            "[0.5091, 117.5468, 'Simpang Tiga', 'Sangatta Utara', 'https://s.kutim.example/s.m3u8']",
            (None, "Simpang Tiga", 0.5091, 117.5468, "https://s.kutim.example/s.m3u8", None),
        ),
        (
            "[0.5091, 117.5468, 'Simpang Tiga', 'Kabo', 'https://s.kutim.example/s.m3u8']",
            (None, "Simpang Tiga", 0.5091, 117.5468, "https://s.kutim.example/s.m3u8", None),
        ),
        (
            "[0.5091, 117.5468, 'Simpang Tiga', '3301', 'https://s.kutim.example/s.m3u8']",
            (None, "Simpang Tiga", 0.5091, 117.5468, "https://s.kutim.example/s.m3u8", None),
        ),
        # Two names where neither is a code: the first names the camera.
        (
            "[0.5091, 117.5468, 'Simpang 3', 'Jalan Yos Sudarso 2', 'https://s.kutim.example/s.m3u8']",
            (None, "Simpang 3", 0.5091, 117.5468, "https://s.kutim.example/s.m3u8", None),
        ),
    ],
)
def test_positional_row_roles_from_values(row: str, expected: tuple[object, ...]) -> None:
    """Each cell of a positional row is read by what its value is, in any common order."""
    assert _row_summary(_rows(row)) == [expected]


def test_rows_looped_by_openlayers_are_cameras_once() -> None:
    """Rows turned into ol.Feature points in a loop give one camera each, no more."""
    loop = (
        "for (var i = 0; i < cams.length; i++) { features[i] = new ol.Feature({geometry: "
        "new ol.geom.Point([cams[i][1], cams[i][2]]), name: cams[i][4], imageUrl: cams[i][5]}); }"
    )
    rows = (
        "[1, 117.54683, 0.50912, 284, 'Simpang Tiga', 'snapshots/s3.jpg'],"
        "[4, 117.60131, 0.48607, 175, 'Pelabuhan Kenyamukan', 'snapshots/kenyamukan.jpg']"
    )
    cameras = _rows(rows, loop)
    assert [(c.id, c.raw_name) for c in cameras] == [
        ("1", "Simpang Tiga"),
        ("4", "Pelabuhan Kenyamukan"),
    ]


@pytest.mark.parametrize(
    "row",
    [
        "[1, 117.5, 0.5, 90, 'Simpang Tiga', 'Webcam di simpang']",  # no media at all
        "[1, 117.5, 0.5, 'Simpang Tiga', 'detail/1']",  # a page, not media
        "[1, 117.5, 0.5, 'Simpang Tiga', 'index.html']",
        "[117.5, 0.5, 'https://s.kutim.example/a.m3u8']",  # no name
        "['a b', 'javascript:alert(1).jpg']",
    ],
)
def test_rows_without_media_or_name_are_no_cameras(row: str) -> None:
    """A row without media or without a name is no camera; prose and pages are not media."""
    with pytest.raises(PortalFormatError):
        _rows(row)


def test_leading_cells_that_are_no_ids() -> None:
    """A leading name, negative number, boolean or sentence is never taken as the id."""
    cameras = _rows(
        "[-3, 'Simpang Tiga', 'https://s.kutim.example/a.m3u8'],"
        "[true, 'Kabo Jaya', 'https://s.kutim.example/b.m3u8'],"
        "['Jalan Poros', 'Simpang Empat', 'https://s.kutim.example/c.m3u8']"
    )
    assert [(c.id.startswith("k-"), c.raw_name) for c in cameras] == [
        (True, "Simpang Tiga"),
        (True, "Kabo Jaya"),
        (True, "Jalan Poros"),
    ]


def test_hostile_rows_are_bounded() -> None:
    """Very many rows, wide rows and huge cells give a bounded result, never a crash."""
    many = ",".join(f"[{i}, 117.5, 0.5, 'Kamera {i}', 'hls/{i}.m3u8']" for i in range(3_000))
    try:
        cameras = _rows(many)
    except PortalFormatError:
        cameras = ()
    assert len(cameras) <= 2_001
    wide = "[" + ", ".join(["1.5"] * 40) + ", 'Nama', 'a.m3u8']"
    with pytest.raises(PortalFormatError):
        _rows(wide)
    huge = f"[1, 117.5, 0.5, 'Nama', '{'a/' * 5_000}x.jpg']"
    with pytest.raises(PortalFormatError):
        _rows(huge)


# ---------------------------------------------------------------------------
# Data literals mixed with code
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("{a: icon, b: 1}", {"a": None, "b": 1}),
        ("{a: function () { return [1, {x: 2}]; }, b: 'x'}", {"a": None, "b": "x"}),
        ("{a: () => go(1, 2), b: [1, 2,],}", {"a": None, "b": [1, 2]}),
        ("{klik() { go(); }, b: 2}", {"b": 2}),
        ("{...base, b: 2}", {"b": 2}),
        ("{[key]: 1, b: 2}", {"b": 2}),
        ("{name, b: 2}", {"name": None, "b": 2}),
        ("{p: L.latLng(0.5, 117.5)}", {"p": {"lat": 0.5, "lng": 117.5}}),
        ("{p: new L.LatLng(-0.5, 117.5)}", {"p": {"lat": -0.5, "lng": 117.5}}),
        ("{p: new google.maps.LatLng(0.5, 117.5)}", {"p": {"lat": 0.5, "lng": 117.5}}),
        ("{p: ol.proj.fromLonLat([117.5, 0.5])}", {"p": {"lng": 117.5, "lat": 0.5}}),
        (
            "{p: new ol.geom.Point(ol.proj.fromLonLat([117.5, 0.5]))}",
            {"p": {"lng": 117.5, "lat": 0.5}},
        ),
        ("{u: BASE + 'a.flv'}", {"u": "https://s.kutim.example/live/a.flv"}),
        ("{u: `${BASE}a/index.m3u8`}", {"u": "https://s.kutim.example/live/a/index.m3u8"}),
        ("{u: BASE + id + '.flv'}", {"u": None}),  # id is no string constant
        ("{u: BASE}", {"u": None}),  # a lone constant is not joined, and not read
        ("{u: `${host}/a.m3u8`}", {"u": None}),
        ("{u: 'a' + 'b' // c\n, v: 1}", {"u": "ab", "v": 1}),
        ("[1, x.y, 'z', f(1)]", [1, None, "z", None]),
        ("{a: 1_000, b: 2}", {"a": None, "b": 2}),
        ("{a: new Foo, b: typeof x, c: void 0}", {"a": None, "b": None, "c": None}),
    ],
)
def test_tolerant_literal_reading(source: str, expected: object) -> None:
    """Code inside a data literal reads as null, positions and joined strings by what they are."""
    strings = {"BASE": "https://s.kutim.example/live/"}
    converted = tolerant_js_to_json(source, strings)
    assert converted is not None
    assert json.loads(converted) == expected


@pytest.mark.parametrize(
    "source",
    ["{a: 1", "{a: (1, 2}", "[1, 2}", "{a: 'x}", "{a: 1}}", "{a: f(}", "{a: 1 2}", "['a' 'b']"],
)
def test_tolerant_literal_refuses_broken_literals(source: str) -> None:
    """A literal whose brackets or strings do not close is no data."""
    assert tolerant_js_to_json(source, {}) is None


def test_string_constants_are_set_once() -> None:
    """Only variables set to one string literal, and never another, are constants."""
    script = (
        "const A = 'https://a.kutim.example/';\nvar B = \"x\"; B = 'y';\nlet C = `c`;\n"
        "var D = 'd'; D = 'd';\nvar E = `${A}e`;\n"
    )
    assert string_constants(script) == {"A": "https://a.kutim.example/", "C": "c", "D": "d"}


def test_typed_declarations_are_data() -> None:
    """TypeScript annotations between a name and its literal do not hide the data."""
    script = (
        "export const titik: CctvPoint[] = [{id: 'a-1', nama: 'Simpang', "
        "hls: 'https://s.kutim.example/a.m3u8'}] as const;\n"
        "const pusat: [number, number] = [0.5, 117.5];\n"
        "let peta: Map<string, Array<number>> = {};"
    )
    (camera,) = _cams(script, "https://s.kutim.example/src/data.ts")
    assert (camera.id, camera.raw_name) == ("a-1", "Simpang")


def test_data_mixed_with_code_in_pages() -> None:
    """A page's data array holding icons, handlers and position calls gives its cameras."""
    page = (
        "<html><body><script>const SRV = 'https://s.kutim.example/live/';\n"
        "var ikon = L.icon({iconUrl: 'img/cctv.png'});\n"
        "var cctv = [{nama: 'Simpang Tiga', posisi: L.latLng(0.5091, 117.5468), icon: ikon, "
        "url: SRV + 's3.flv', klik: function () { buka(this); }}];\n"
        "cctv.forEach(c => L.marker(c.posisi, {icon: c.icon}).addTo(peta));</script></body></html>"
    )
    assert _summary(_cams(page)) == [
        ("Simpang Tiga", 0.5091, 117.5468, "https://s.kutim.example/live/s3.flv", None)
    ]


def test_hostile_literals_mixed_with_code_are_bounded() -> None:
    """Long runs of code values, deep nesting and unclosed calls stay bounded."""
    many = "var d = [" + ", ".join(f"{{a: f({i}), b: () => g({i})}}" for i in range(20_000)) + "];"
    deep = (
        "var d = {a: "
        + "f(" * 5_000
        + "1"
        + ")" * 5_000
        + ", u: 'https://s.kutim.example/a.m3u8', nama: 'X'};"
    )
    unclosed = (
        "var d = [{nama: 'X', u: 'https://s.kutim.example/a.m3u8', f: g(" + "1, " * 100_000 + "]"
    )
    for text in (many, deep, unclosed):
        try:
            cameras = _cams(f"<html><body><script>{text}</script></body></html>")
        except PortalFormatError:
            continue
        assert len(cameras) <= 1


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("['Simpang', [0.5091, 117.5468], 'https://s.kutim.example/a.m3u8']", (0.5091, 117.5468)),
        (
            "['Simpang', ['0.5091', '117.5468'], 'https://s.kutim.example/a.m3u8']",
            (0.5091, 117.5468),
        ),
        (
            "[7, 'Simpang', [117.5468, 0.5091], 'https://s.kutim.example/a.m3u8']",
            (0.5091, 117.5468),
        ),
        ("['Simpang', ['kota', 'jalan'], 'https://s.kutim.example/a.m3u8']", (None, None)),
    ],
)
def test_row_with_a_nested_position(row: str, expected: tuple[object, object]) -> None:
    """One nested [lat, lng] cell (Leaflet's L.marker(row[1])) is the row's position."""
    (camera,) = _rows(row)
    assert (camera.raw_name, camera.latitude, camera.longitude) == ("Simpang", *expected)


@pytest.mark.parametrize(
    "row",
    [
        "['Simpang', [0.5, 117.5], [0.6, 117.6], 'https://s.kutim.example/a.m3u8']",
        "['Simpang', [32, 32], 'https://s.kutim.example/a.m3u8']",
        "['Simpang', [0.5, 117.5, 3, 4], 'https://s.kutim.example/a.m3u8']",
        "['Simpang', {lat: 0.5}, 'https://s.kutim.example/a.m3u8']",
    ],
)
def test_rows_with_other_nested_cells_are_no_cameras(row: str) -> None:
    """Several nested lists, a list that is no position or an object make no row camera."""
    with pytest.raises(PortalFormatError):
        _rows(row)
