"""Map markers of every library generation, and camera lists published as KML."""

from __future__ import annotations

import contextlib
import tracemalloc

import aiohttp
from aiohttp import web
import pytest

from custom_components.kutim_cctv.portal import CameraList, PortalClient, PortalSettings
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.media import is_image_url
from custom_components.kutim_cctv.portal.models import (
    MAX_CAMERAS,
    Camera,
    ParseResult,
    PortalFormat,
    Profile,
)
from custom_components.kutim_cctv.portal.parsing import mapjs, parse_body
from custom_components.kutim_cctv.portal.parsing.body import SCAN_BUDGET_FACTOR, SCAN_BUDGET_FLOOR
from custom_components.kutim_cctv.portal.parsing.kml import looks_like_kml

BASE = "https://peta.kutim.example/cctv/"


def _parse(text: str, base: str = BASE) -> ParseResult:
    return parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False)


def _cams(text: str, base: str = BASE) -> tuple[Camera, ...]:
    return _parse(text, base).cameras


def _page(script: str) -> str:
    return f"<!doctype html><html><head><title>Peta</title></head><body><div id='map'></div><script>{script}</script></body></html>"


def _summary(cameras: tuple[Camera, ...]) -> list[tuple[object, ...]]:
    return [
        (c.raw_name, c.latitude, c.longitude, c.stream_url, c.snapshot_url, c.mjpeg_url)
        for c in cameras
    ]


# ---------------------------------------------------------------------------
# Google Maps advanced markers
# ---------------------------------------------------------------------------

_ADVANCED_CALLS = (
    "new AdvancedMarkerElement",
    "new google.maps.marker.AdvancedMarkerElement",
    "new markerLibrary.AdvancedMarkerElement",
)


@pytest.mark.parametrize("call", _ADVANCED_CALLS)
@pytest.mark.parametrize(
    "window",
    [
        "info.setContent('{html}'); info.open({{anchor: m{n}, map}});",
        "const w{n} = new InfoWindow({{content: '{html}'}});",
        "const w{n} = new google.maps.InfoWindow({{content: `{html}`}});",
    ],
)
def test_advanced_markers_with_info_windows(call: str, window: str) -> None:
    parts = ["const info = new InfoWindow();"]
    for n, (lat, lng, slug) in enumerate(((0.51, 117.54, "a"), (0.52, 117.55, "b"))):
        html = f'<h3>Titik {slug.upper()}</h3><img src="/snap/{slug}.jpg"><a href="/hls/{slug}.m3u8">Live</a>'
        parts.append(
            f"const m{n} = {call}({{ map, position: {{ lat: {lat}, lng: {lng} }}, "
            f"content: pin.element, gmpClickable: true }});"
        )
        parts.append(
            f"m{n}.addEventListener('gmp-click', () => {{ " + window.format(n=n, html=html) + " });"
        )
    cams = _cams(_page("\n".join(parts)))
    assert _summary(cams) == [
        (
            f"Titik {s.upper()}",
            lat,
            lng,
            f"https://peta.kutim.example/hls/{s}.m3u8",
            f"https://peta.kutim.example/snap/{s}.jpg",
            None,
        )
        for lat, lng, s in ((0.51, 117.54, "a"), (0.52, 117.55, "b"))
    ]


def test_advanced_marker_title_names_it_unless_it_says_what_to_do() -> None:
    script = (
        "const a = new AdvancedMarkerElement({map, position: new google.maps.LatLng(0.5, 117.5), title: 'Simpang Tiga'});"
        "a.addListener('click', () => { iw.setContent('<b>Popup A</b><a href=\"/a.m3u8\">x</a>'); });"
        "const b = new AdvancedMarkerElement({map, position: {lat: 0.6, lng: 117.6}, title: 'Klik untuk melihat CCTV'});"
        "b.addListener('click', () => { iw.setContent('<b>Pasar Induk</b><a href=\"/b.m3u8\">x</a>'); });"
    )
    assert [c.raw_name for c in _cams(_page(script))] == ["Simpang Tiga", "Pasar Induk"]


# ---------------------------------------------------------------------------
# OpenLayers 2, OpenLayers 6+ modules, HERE
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "marker",
    [
        # A variable holding the LonLat, transformed to the map projection.
        (
            "var ll{n} = new OpenLayers.LonLat({lng}, {lat}).transform(p1, p2);"
            "var mk{n} = new OpenLayers.Marker(ll{n}, icon.clone());"
        ),
        # Written inline, the marker variable reused.
        "var mk = new OpenLayers.Marker(new OpenLayers.LonLat({lng}, {lat}).transform(p1, p2));",
        # Reused LonLat variable name: the latest assignment counts.
        "var ll = new OpenLayers.LonLat({lng}, {lat});var mk = new OpenLayers.Marker(ll);",
    ],
)
def test_openlayers2_markers_read_lon_lat_order(marker: str) -> None:
    parts = []
    for n, (lat, lng) in enumerate(((0.5049, 117.5402), (0.5274, 117.5613))):
        parts.append(marker.format(n=n, lat=lat, lng=lng))
        parts.append(
            f"popup = new OpenLayers.Popup.FramedCloud('p', null, null, "
            f"'<b>Kamera {n}</b><br><img src=\"http://k{n}.kutim.example/axis-cgi/mjpg/video.cgi\">', null, true);"
        )
    parts.append("map.setCenter(new OpenLayers.LonLat(117.55, 0.51).transform(p1, p2), 14);")
    cams = _cams(_page("\n".join(parts)))
    assert _summary(cams) == [
        (
            "Kamera 0",
            0.5049,
            117.5402,
            None,
            None,
            "http://k0.kutim.example/axis-cgi/mjpg/video.cgi",
        ),
        (
            "Kamera 1",
            0.5274,
            117.5613,
            None,
            None,
            "http://k1.kutim.example/axis-cgi/mjpg/video.cgi",
        ),
    ]


def test_openlayers2_projected_metres_are_no_position() -> None:
    script = (
        "var m = new OpenLayers.Marker(new OpenLayers.LonLat(13085621.5, 56093.2));"
        "var p = new OpenLayers.Popup.FramedCloud('p', m.lonlat, null, '<b>Teluk Lingga</b><a href=\"/t.m3u8\">x</a>');"
    )
    (cam,) = _cams(_page(script))
    assert (cam.raw_name, cam.latitude, cam.longitude) == ("Teluk Lingga", None, None)
    assert cam.stream_url == "https://peta.kutim.example/t.m3u8"


def test_openlayers2_vector_feature_attributes_and_icons() -> None:
    script = (
        "var f = new OpenLayers.Feature.Vector(new OpenLayers.Geometry.Point(117.597, 0.533).transform(a, b),"
        " {name: 'Bukit Pelangi', description: '<img src=\"/snap/bp.jpg\">'},"
        " {externalGraphic: '/img/cctv.png', graphicHeight: 25});"
    )
    (cam,) = _cams(_page(script))
    assert _summary((cam,)) == [
        ("Bukit Pelangi", 0.533, 117.597, None, "https://peta.kutim.example/snap/bp.jpg", None)
    ]


def test_openlayers_module_features_with_bare_names() -> None:
    script = (
        "import Feature from 'ol/Feature.js';"
        "const a = new Feature({geometry: new Point(fromLonLat([117.2045, 0.7163])), name: 'Pasar', hls: '/hls/pasar.m3u8'});"
        "const b = new Feature({geometry: new Point(ol.proj.transform([117.21, 0.72], 'EPSG:4326', 'EPSG:3857')), name: 'Kantor', hls: '/hls/kantor.m3u8'});"
        "const c = new Feature({geometry: new Point(fromLonLat([117.2, 0.7])), icon: '/img/cam.png'});"
    )
    assert [(c.raw_name, c.latitude, c.longitude) for c in _cams(_page(script))] == [
        ("Pasar", 0.7163, 117.2045),
        ("Kantor", 0.72, 117.21),
    ]


@pytest.mark.parametrize(
    "position",
    [
        "{{lat: {lat}, lng: {lng}}}",
        "new H.geo.Point({lat}, {lng})",
        "{{ 'lat': {lat}, 'lng': {lng} }}",
    ],
)
def test_here_markers_with_set_data(position: str) -> None:
    parts = []
    for n, (lat, lng) in enumerate(((1.034, 116.862), (1.041, 116.874))):
        pos = position.format(lat=lat, lng=lng)
        parts.append(f"var k = new H.map.Marker({pos}, {{icon: camIcon}});")
        parts.append(
            f"k.setData('<div><b>Wahau {n}</b><a href=\"/live/{n}.m3u8\">Live</a></div>');"
        )
        parts.append("group.addObject(k);")
    cams = _cams(_page("\n".join(parts)))
    assert _summary(cams) == [
        ("Wahau 0", 1.034, 116.862, "https://peta.kutim.example/live/0.m3u8", None, None),
        ("Wahau 1", 1.041, 116.874, "https://peta.kutim.example/live/1.m3u8", None, None),
    ]


def test_many_markers_stay_bounded() -> None:
    marker = (
        "var m = new OpenLayers.Marker(new OpenLayers.LonLat(117.5, 0.5));"
        "new OpenLayers.Popup.FramedCloud('p', null, null, '<b>K</b><a href=\"/k{n}.m3u8\">x</a>');"
    )
    script = "".join(marker.format(n=n) for n in range(MAX_CAMERAS + 500))
    result = _parse(_page(script))
    assert len(result.cameras) == MAX_CAMERAS


def test_is_image_url_knows_cgi_stills() -> None:
    assert is_image_url("http://k.kutim.example/axis-cgi/jpg/image.cgi?resolution=640x480")
    assert is_image_url("http://k.kutim.example/cgi-bin/image.cgi")
    assert not is_image_url("http://k.kutim.example/axis-cgi/mjpg/video.cgi")


# ---------------------------------------------------------------------------
# KML
# ---------------------------------------------------------------------------

_KML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2">'


def _kml(body: str, head: str = _KML_HEAD, tail: str = "</kml>") -> str:
    return f"{head}<Document><name>Peta</name>{body}</Document>{tail}"


def _placemark(name: str, inner: str, coords: str = "117.5,0.5,0") -> str:
    return f"<Placemark><name>{name}</name>{inner}<Point><coordinates>{coords}</coordinates></Point></Placemark>"


def test_kml_data_fields_folders_and_media() -> None:
    body = (
        "<Folder><name>Bengalon</name>"
        + _placemark(
            "Pasar",
            '<ExtendedData><Data name="id_cctv"><value>BGL-1</value></Data>'
            '<Data name="hls"><value>https://c.kutim.example/pasar.m3u8</value></Data>'
            '<Data name="gx_media_links"><value>https://c.kutim.example/p.jpg https://c.kutim.example/q.jpg</value></Data>'
            "</ExtendedData>",
            " 117.81,0.84 ",
        )
        + "<Folder><name>Sepaso</name>"
        + _placemark(
            "Dermaga",
            "<description>Live: https://c.kutim.example/d.m3u8.</description>",
            "117.82,0.85,12",
        )
        + "</Folder></Folder>"
        + _placemark(
            "Tanpa folder", '<description><![CDATA[<a href="/t.m3u8">t</a>]]></description>'
        )
    )
    result = _parse(_kml(body))
    assert result.format is PortalFormat.KML
    got = [
        (c.id, c.raw_name, c.area, c.latitude, c.longitude, c.stream_url, c.snapshot_url)
        for c in result.cameras
    ]
    assert got[0][1:] == (
        "Pasar",
        "Bengalon",
        0.84,
        117.81,
        "https://c.kutim.example/pasar.m3u8",
        "https://c.kutim.example/p.jpg",
    )
    assert got[1][1:] == ("Dermaga", "Sepaso", 0.85, 117.82, "https://c.kutim.example/d.m3u8", None)
    assert got[2][1:] == (
        "Tanpa folder",
        None,
        0.5,
        117.5,
        "https://peta.kutim.example/t.m3u8",
        None,
    )


def test_kml_schema_data_and_prefixed_namespaces() -> None:
    text = (
        '<?xml version="1.0"?><!-- export --><kml:kml xmlns:kml="http://www.opengis.net/kml/2.2">'
        "<kml:Document><kml:Placemark><kml:name>Simpang</kml:name><kml:ExtendedData>"
        '<kml:SchemaData schemaUrl="#s"><kml:SimpleData name="kecamatan">Sangatta Utara</kml:SimpleData>'
        '<kml:SimpleData name="url_snapshot">https://c.kutim.example/s.jpg</kml:SimpleData>'
        '<kml:SimpleData name="status">nonaktif</kml:SimpleData></kml:SchemaData></kml:ExtendedData>'
        "<kml:Point><kml:coordinates>117.55,0.52</kml:coordinates></kml:Point></kml:Placemark>"
        "</kml:Document></kml:kml>"
    )
    (cam,) = _cams(text)
    assert (cam.raw_name, cam.area, cam.snapshot_url, cam.online) == (
        "Simpang",
        "Sangatta Utara",
        "https://c.kutim.example/s.jpg",
        False,
    )


def test_kml_lines_and_placemarks_without_media_are_no_cameras() -> None:
    body = (
        "<Placemark><name>Ruas</name><description>https://c.kutim.example/r.m3u8</description>"
        "<LineString><coordinates>117.5,0.5 117.6,0.6</coordinates></LineString></Placemark>"
        + _placemark("Tanpa media", "<description>Hanya teks</description>")
    )
    (cam,) = _cams(_kml(body))
    assert (cam.raw_name, cam.latitude, cam.stream_url) == (
        "Ruas",
        None,
        "https://c.kutim.example/r.m3u8",
    )
    with pytest.raises(PortalFormatError, match=r"KML.*2 placemark"):
        _parse(_kml(_placemark("A", "") + _placemark("B", "<description>x</description>")))


def test_kml_strips_logins_and_refuses_other_schemes() -> None:
    body = _placemark(
        "Login",
        "<description>rtsp://admin:RahasiaKutim1@10.0.0.5/live https://user:RahasiaKutim1@c.kutim.example/a.m3u8 "
        "file:///etc/passwd.m3u8</description>",
    )
    (cam,) = _cams(_kml(body))
    assert "RahasiaKutim1" not in repr(cam)
    assert cam.stream_url is not None and not cam.stream_url.startswith("file")


@pytest.mark.parametrize(
    "text",
    [
        (
            '<?xml version="1.0"?><!DOCTYPE kml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><kml><Document>'
            "<Placemark><name>&b;</name></Placemark></Document></kml>"
        ),
        '<?xml version="1.0"?><!DOCTYPE kml SYSTEM "http://169.254.169.254/x.dtd"><kml></kml>',
        "<kml><!doctype x><Placemark><name>a</name></Placemark></kml>",
    ],
)
def test_kml_document_types_and_entities_are_refused(text: str) -> None:
    assert looks_like_kml(text)
    with pytest.raises(PortalFormatError, match="DOCTYPE"):
        _parse(text)


@pytest.mark.parametrize(
    "text",
    [
        _kml(
            _placemark("Terpotong", "<description>https://c.kutim.example/a.m3u8</description>"),
            tail="",
        )[:-40],
        "<kml><Document><Placemark><name>a</name></Document></kml>",
        "<kml>" + "<Folder>" * 200 + "</kml>",
        _KML_HEAD + "<Document>" + "<Placemark/>" * 250_000 + "</Document></kml>",
    ],
    ids=["cut-off", "mismatched", "too-deep", "too-many-elements"],
)
def test_kml_malformed_or_huge_gives_a_clear_error(text: str) -> None:
    with pytest.raises(PortalFormatError, match="KML"):
        _parse(text)


def test_kml_camera_cap_applies() -> None:
    body = "".join(
        _placemark(f"K{n}", f"<description>https://c.kutim.example/{n}.m3u8</description>")
        for n in range(MAX_CAMERAS + 100)
    )
    result = _parse(_kml(body))
    assert result.capped
    assert len(result.cameras) == MAX_CAMERAS


def test_kml_names_carry_no_markup() -> None:
    body = _placemark(
        "<![CDATA[<b onmouseover=x>Simpang</b> Tiga]]>",
        "<description>https://c.kutim.example/s.m3u8</description>",
    )
    (cam,) = _cams(_kml(body))
    assert "<" not in cam.name and "Simpang" in cam.name


def test_zip_archives_such_as_kmz_give_a_clear_error() -> None:
    with pytest.raises(PortalFormatError, match="zip archive"):
        _parse("PK\x03\x04\x14\x00\x00\x00doc.kml")


def test_kml_is_only_detected_at_the_root() -> None:
    assert looks_like_kml(
        "\ufeff<?xml version='1.0'?>\n<kml xmlns='http://www.opengis.net/kml/2.2'>"
    )
    assert not looks_like_kml("<html><body><pre>&lt;kml&gt;</pre><kml></kml></body></html>")
    assert not looks_like_kml('{"kml": "<kml>"}')


# ---------------------------------------------------------------------------
# Leaflet class constructors, popup objects and tooltips
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("marker", "popup"),
    [
        ("new L.Marker(new L.LatLng({lat}, {lng}))", "m{n}.bindPopup('{html}');"),
        (
            "L.marker({{lat: {lat}, lng: {lng}}})",
            "m{n}.bindPopup(L.popup({{maxWidth: 300}}).setContent('{html}'));",
        ),
        (
            "new L.CircleMarker([{lat}, {lng}], {{radius: 8}})",
            "const p{n} = L.popup().setContent('{html}'); m{n}.bindPopup(p{n});",
        ),
        ("L.marker([{lat}, {lng}])", "m{n}.bindTooltip('Kamera {n}'); m{n}.bindPopup('{html}');"),
    ],
)
def test_leaflet_variants(marker: str, popup: str) -> None:
    parts = []
    for n, (lat, lng) in enumerate(((0.58, 117.71), (0.57, 117.72))):
        html = f'<b>Kamera {n}</b><a href="/live/{n}.m3u8">x</a>'
        parts.append(f"var m{n} = " + marker.format(lat=lat, lng=lng) + ";")
        parts.append(popup.format(n=n, html=html))
    cams = _cams(_page("\n".join(parts)))
    assert [(c.raw_name, c.latitude, c.longitude, c.stream_url) for c in cams] == [
        ("Kamera 0", 0.58, 117.71, "https://peta.kutim.example/live/0.m3u8"),
        ("Kamera 1", 0.57, 117.72, "https://peta.kutim.example/live/1.m3u8"),
    ]


def test_leaflet_chained_tooltip_names_a_marker_whose_popup_has_no_heading() -> None:
    script = (
        "L.marker([0.99, 117.96]).addTo(peta).bindTooltip('Pelabuhan', {direction: 'top'})"
        ".bindPopup(L.popup({maxWidth: 420}).setContent('<video src=\"/hls/p.m3u8\"></video>'));"
        "L.marker([0.98, 117.95]).addTo(peta).bindTooltip('Klik di sini')"
        ".bindPopup('<h4>Pasar</h4><video src=\"/hls/q.m3u8\"></video>');"
    )
    assert [c.raw_name for c in _cams(_page(script))] == ["Pelabuhan", "Pasar"]


def test_leaflet_chains_without_closing_parentheses_give_a_clear_error() -> None:
    script = (
        "L.marker([0.5, 117.5]).addTo(map"
        + (".x" * 50_000)
        + "\n"
        + "L.marker([0.5, 117.5]).a(b" * 2000
    )
    with pytest.raises(PortalFormatError):
        _parse(_page(script))


def test_kml_network_links_are_never_followed_and_say_so() -> None:
    text = _kml(
        "<NetworkLink><name>CCTV</name><Link><href>https://www.google.com/maps/d/kml?mid=x&amp;lid=y</href>"
        "</Link></NetworkLink>"
    )
    with pytest.raises(
        PortalFormatError, match=r"links 1 other KML document\(s\) \(NetworkLink\)"
    ) as err:
        _parse(text)
    assert "google.com" not in str(err.value)


@pytest.mark.parametrize(
    "position",
    [
        "{lat: 0.51, lng: 117.54}",
        "{ lng: 117.54, lat: 0.51 }",
        '{"lat": 0.51, "lng": 117.54}',
        "{latitude: 0.51, longitude: 117.54}",
        "new google.maps.LatLng(0.51, 117.54)",
    ],
)
@pytest.mark.parametrize("call", ["new google.maps.Marker", "new AdvancedMarkerElement"])
def test_google_positions_in_every_spelling(position: str, call: str) -> None:
    script = (
        f"const m = {call}({{map, position: {position}, title: 'Simpang Tiga'}});"
        "m.addListener('click', () => { iw.setContent('<a href=\"/s.m3u8\">x</a>'); });"
    )
    (cam,) = _cams(_page(script))
    assert (cam.raw_name, cam.latitude, cam.longitude) == ("Simpang Tiga", 0.51, 117.54)


@pytest.mark.parametrize(
    "position",
    [
        "{lng: 117.54, lat: 0.51}",
        "{'lat': 0.51, 'lon': 117.54}",
        "{lat: 0.51, lng: 117.54, alt: 3}",
    ],
)
def test_leaflet_and_here_objects_in_every_key_order(position: str) -> None:
    script = (
        f"var a = L.marker({position}).bindPopup('<b>A</b><a href=\"/a.m3u8\">x</a>');"
        f"var b = new H.map.Marker({position}); b.setData('<b>B</b><a href=\"/b.m3u8\">x</a>');"
    )
    assert [(c.raw_name, c.latitude, c.longitude) for c in _cams(_page(script))] == [
        ("A", 0.51, 117.54),
        ("B", 0.51, 117.54),
    ]


# ---------------------------------------------------------------------------
# Page functions that place a marker, called once per camera
# ---------------------------------------------------------------------------

_HELPERS = [
    "function tambah(a, b, c, d) { L.marker([a, b]).addTo(peta).bindPopup(c); }",
    "const tambah = (a, b, c, d) => { new google.maps.Marker({position: {lat: a, lng: b}, map}); };",
    "var tambah = function (a, b, c, d) { var m = new H.map.Marker({lat: a, lng: b}); m.setData(c); };",
]


@pytest.mark.parametrize("helper", _HELPERS)
@pytest.mark.parametrize(
    "call",
    [
        "tambah({lat}, {lng}, 'Titik {n}', '/hls/{n}.m3u8');",
        "tambah({lng}, {lat}, 'Titik {n}', 'https://peta.kutim.example/hls/{n}.m3u8');",
        "tambah({{lat: {lat}, lng: {lng}}}, '<b>Titik {n}</b>' + '<a href=\"/hls/{n}.m3u8\">x</a>');",
    ],
)
def test_marker_helper_calls(helper: str, call: str) -> None:
    script = (
        helper + "\n" + "\n".join(call.format(n=n, lat=0.5 + n / 10, lng=117.5) for n in range(2))
    )
    cams = _cams(_page(script))
    assert [(c.raw_name, c.latitude, c.longitude, c.stream_url) for c in cams] == [
        (f"Titik {n}", 0.5 + n / 10, 117.5, f"https://peta.kutim.example/hls/{n}.m3u8")
        for n in range(2)
    ]


def test_calls_of_functions_that_place_no_marker_are_no_cameras() -> None:
    script = (
        "function simpan(a, b, c) { localStorage.setItem(c, a + b); }"
        "simpan(0.5, 117.5, '/hls/a.m3u8'); simpan(0.6, 117.6, '/hls/b.m3u8');"
        "function tambah(a, b, c) { L.marker([a, b]).bindPopup(c); }"
        "tambah(0.5, 117.5, 'Tanpa media'); tambah(x, y, '/hls/c.m3u8');"
    )
    cams = _cams(_page(script + "tambah(0.7, 117.7, '/hls/d.m3u8');"))
    # Only the marker helper's calls with media count; unknown positions stay unknown.
    assert [(c.latitude, c.stream_url) for c in cams] == [
        (None, "https://peta.kutim.example/hls/c.m3u8"),
        (0.7, "https://peta.kutim.example/hls/d.m3u8"),
    ]


def test_many_helper_calls_are_bounded() -> None:
    script = "function t(a, b, c) { L.marker([a, b]).bindPopup(c); }" + "".join(
        f"t(0.5, 117.5, '/hls/{n}.m3u8');" for n in range(MAX_CAMERAS + 300)
    )
    result = _parse(_page(script))
    assert len(result.cameras) == MAX_CAMERAS


def test_scripts_with_many_functions_stay_bounded() -> None:
    body = "{ var x = [1, 2, 3]; " + "y(x); " * 2000 + "L.marker([a, b]); }"
    script = "".join(
        f"function f{n}(a, b) {body}\nf{n}(0.5, 117.5, '/hls/{n}.m3u8');" for n in range(300)
    )
    cameras = _parse(_page(script)).cameras
    # Each helper call places one marker; how many helpers are followed is bounded.
    assert 0 < len(cameras) <= 300
    assert {(c.latitude, c.longitude) for c in cameras} == {(0.5, 117.5)}


# ---------------------------------------------------------------------------
# Over HTTP, as the Automatic format reads an address
# ---------------------------------------------------------------------------


@pytest.mark.usefixtures("socket_enabled")
async def test_kml_and_kmz_addresses_over_http() -> None:
    kml = _kml(
        "<Folder><name>Bengalon</name>"
        + _placemark(
            "Pasar", "<description>https://c.kutim.example/pasar.m3u8</description>", "117.81,0.84"
        )
        + "</Folder>"
    )

    async def serve_kml(_request: web.Request) -> web.Response:
        return web.Response(body=kml.encode(), content_type="application/vnd.google-earth.kml+xml")

    async def serve_kmz(_request: web.Request) -> web.Response:
        return web.Response(
            body=b"PK\x03\x04\x14\x00\x08\x00doc.kml\x00\x81\x9d", content_type="application/zip"
        )

    app = web.Application()
    app.router.add_get("/peta.kml", serve_kml)
    app.router.add_get("/peta.kmz", serve_kmz)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    base = f"http://127.0.0.1:{runner.addresses[0][1]}"
    try:
        async with aiohttp.ClientSession() as session:
            client = PortalClient(
                session, PortalSettings(profile=Profile.AUTO, url=f"{base}/peta.kml")
            )
            result = await client.async_get_cameras()
            assert isinstance(result, CameraList)
            assert [(c.raw_name, c.area, c.latitude, c.stream_url) for c in result.cameras] == [
                ("Pasar", "Bengalon", 0.84, "https://c.kutim.example/pasar.m3u8")
            ]
            kmz = PortalClient(
                session, PortalSettings(profile=Profile.AUTO, url=f"{base}/peta.kmz")
            )
            with pytest.raises(PortalFormatError, match="zip archive"):
                await kmz.async_get_cameras()
    finally:
        await runner.cleanup()


def test_call_scans_of_one_answer_share_a_budget() -> None:
    """Once an answer's scan budget is spent, later calls are no longer followed."""
    unclosed = "L.marker([0.5, 117.5]).bindPopup(" * 40
    marker = "L.marker([0.6, 117.6]).bindPopup('<b>Kabo</b><a href=\"/hls/k.m3u8\">x</a>');"
    script = unclosed + "\n" + marker
    assert [c.raw_name for c in _cams(_page(script))] == ["Kabo"]
    with mapjs.scan_budget(len(unclosed) // 4):
        items = mapjs.marker_items(script, BASE)
    assert items, "what was read before the budget ran out is kept"
    assert not [item for item in items if isinstance(item, dict) and item.get("lat") == 0.6]


def test_unclosed_calls_cost_scans_bounded_by_the_answer_size(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Thousands of unclosed calls read at most the budget, not a full scan per call."""
    spent: list[int] = []
    real = mapjs._spend
    monkeypatch.setattr(mapjs, "_spend", lambda chars: (spent.append(chars), real(chars)))
    page = _page("L.marker(" * 20_000)
    with pytest.raises(PortalFormatError):
        _parse(page)
    assert 0 < sum(spent) <= SCAN_BUDGET_FACTOR * len(page) + SCAN_BUDGET_FLOOR


@pytest.mark.parametrize(
    "script",
    [
        "L.marker([0.5, 117.5]).addTo(map" + ".x" * 500_000,
        "cctv.list" + ".x" * 500_000 + " = [{}]",
        "player.setup(" + "/**/" * 250_000 + "{})",
        "L.marker([0.5, 117.5])" + ".on('click', f(a))" * 60_000 + ".bindPopup('<b>A</b>')",
    ],
    ids=["dotted-chain", "dotted-target", "comment-run", "long-chain"],
)
def test_long_runs_in_scripts_cost_no_memory_per_character(script: str) -> None:
    """A megabyte of dotted names, comments or chained calls is read in bounded memory."""
    tracemalloc.start()
    try:
        # A page without cameras is a clear error; the memory is what is checked.
        with contextlib.suppress(PortalFormatError):
            _parse(_page(script))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 16 * len(script) + (8 << 20), peak
