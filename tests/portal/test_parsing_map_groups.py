"""Map pages: layer groups as areas, click handlers, named rows, CesiumJS, MapKit JS, deck.gl."""

from __future__ import annotations

import json

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


def _areas(cameras: tuple[Camera, ...]) -> dict[str | None, str | None]:
    return {c.raw_name: c.area for c in cameras}


def _marker(name: str, lat: float, tail: str = "") -> str:
    return (
        f"L.marker([{lat}, 117.55]).bindPopup('<b>{name}</b><a href=\"{HLS.format(name)}\">x</a>')"
        f"{tail}"
    )


# --- Leaflet layer groups offered in a layers control -------------------------------------


@pytest.mark.parametrize(
    "script",
    [
        # Chained .addTo(group), overlays in a variable handed to L.control.layers.
        (
            "var a = L.layerGroup(); var b = L.layerGroup();"
            f"{_marker('kabo', 0.51, '.addTo(a)')};{_marker('maloy', 0.69, '.addTo(b)')};"
            "var overlays = {'Sangatta Utara': a, 'Kaliorang': b};"
            "L.control.layers({'OSM': osm}, overlays).addTo(map);"
        ),
        # Marker variables added with group.addLayer, labels given with addOverlay.
        (
            "const a = L.featureGroup(), b = L.featureGroup();"
            f"const m1 = {_marker('kabo', 0.51)}; a.addLayer(m1);"
            f"const m2 = {_marker('maloy', 0.69)}; b.addLayer(m2);"
            "const c = L.control.layers().addTo(map);"
            "c.addOverlay(a, 'Sangatta Utara'); c.addOverlay(b, '<span>Kaliorang</span>');"
        ),
        # Groups made from marker variables, inline overlays object with quoted keys.
        (
            f"var m1 = {_marker('kabo', 0.51)}, m2 = {_marker('maloy', 0.69)};"
            "var a = L.layerGroup([m1]); var b = L.markerClusterGroup(); b.addLayers([m2]);"
            'L.control.layers(null, {"Sangatta Utara": a, "Kaliorang": b}).addTo(map);'
        ),
        # Markers added inline to their group.
        (
            "var a = L.markerClusterGroup(); var b = L.markerClusterGroup();"
            f"a.addLayer({_marker('kabo', 0.51)}); b.addLayer({_marker('maloy', 0.69)});"
            "new L.Control.Layers({}, {'Sangatta Utara': a, 'Kaliorang': b}).addTo(map);"
        ),
        # leaflet-groupedlayercontrol: labels inside a heading's object.
        (
            "var a = new L.LayerGroup(); var b = new L.LayerGroup();"
            f"{_marker('kabo', 0.51, '.addTo(a)')};{_marker('maloy', 0.69, '.addTo(b)')};"
            "L.control.groupedLayers(null, {'Kecamatan': {'Sangatta Utara': a, 'Kaliorang': b}})"
            ".addTo(map);"
        ),
    ],
    ids=[
        "chained-addto",
        "addlayer-addoverlay",
        "group-from-array",
        "inline-addlayer",
        "grouped-overlays",
    ],
)
def test_layer_group_labels_are_areas(script: str) -> None:
    """The overlay label of the group holding a marker is that camera's area."""
    cameras = _cams(script)
    assert _areas(cameras) == {"kabo": "Sangatta Utara", "maloy": "Kaliorang"}
    assert {c.stream_url for c in cameras} == {HLS.format("kabo"), HLS.format("maloy")}


@pytest.mark.parametrize(
    "overlays",
    [
        "{'Kamera CCTV': a}",  # one group: a category, no place
        "{'Online': a, 'Offline': b}",  # states are no places
        "{'Sangatta Utara': osm, 'Bengalon': satelit}",  # labelled layers that are no groups
    ],
    ids=["single-group", "status-labels", "tile-layers"],
)
def test_labels_that_name_no_places_give_no_area(overlays: str) -> None:
    """One labelled group, state labels or labelled tile layers give no area."""
    script = (
        "var a = L.layerGroup(); var b = L.layerGroup();"
        f"{_marker('kabo', 0.51, '.addTo(a)')};{_marker('maloy', 0.69, '.addTo(b)')};"
        f"L.control.layers(null, {overlays}).addTo(map);"
    )
    assert _areas(_cams(script)) == {"kabo": None, "maloy": None}


@pytest.mark.parametrize(
    "script",
    [
        (
            "L.circleMarker([0.51, 117.55]).bindTooltip('Kabo')"
            f".on('click', function () {{ buka('Kabo', '{HLS.format('kabo')}'); }}).addTo(map);"
        ),
        (
            "var m = L.circleMarker([0.51, 117.55]).bindTooltip('Kabo');"
            f"m.on('click', () => buka('{HLS.format('kabo')}'));"
        ),
        (
            "var m = new google.maps.Marker({position: {lat: 0.51, lng: 117.55}, title: 'Kabo'});"
            f"m.addListener('click', function () {{ putar('{HLS.format('kabo')}'); }});"
        ),
        (
            "var m = new google.maps.Marker({position: new google.maps.LatLng(0.51, 117.55),"
            " title: 'Kabo'});"
            "google.maps.event.addListener(m, 'click', function () {"
            f" putar('Kabo', '{HLS.format('kabo')}'); }});"
        ),
    ],
    ids=["leaflet-chained-on", "leaflet-variable-on", "google-addlistener", "google-event"],
)
def test_click_handlers_give_the_markers_media(script: str) -> None:
    """A media address written in a marker's click handler is its stream."""
    cameras = _cams(script)
    assert [(c.raw_name, c.stream_url, c.latitude) for c in cameras] == [
        ("Kabo", HLS.format("kabo"), 0.51)
    ]


def test_click_handlers_opening_pages_give_no_media() -> None:
    """A handler opening a page (no media address) gives the marker nothing to show."""
    script = (
        "var m = L.marker([0.51, 117.55], {title: 'Kabo'});"
        "m.on('click', function () { window.open('https://peta.kutim.example/info/kabo'); });"
    )
    with pytest.raises(PortalFormatError, match="No camera list"):
        _cams(script)


# --- Positional rows named by their loop ---------------------------------------------------


@pytest.mark.parametrize(
    "loop",
    [
        (
            "for (var i = 0; i < pts.length; i++) { var a = pts[i]; var title = a[1];"
            " var kecamatan = a[0]; L.marker([a[2], a[3]], {title: title}); }"
        ),
        (
            "pts.forEach(function (p) { L.marker([p[2], p[3]])"
            ".bindPopup('<strong>' + p[1] + '</strong><br>Kecamatan: ' + p[0]); });"
        ),
        "for (const r of pts) { new google.maps.Marker({title: r[1], kec: r[0]}); }",
        "pts.map(r => ({nama: r[1], wilayah: r[0], lat: r[2]}));",
    ],
    ids=["for-vars", "foreach-labels", "for-of-keys", "map-arrow-keys"],
)
def test_rows_named_by_their_loop(loop: str) -> None:
    """The cell a loop names as the area is the area, never the camera's name."""
    rows = json.dumps(
        [
            ["Bengalon", "Jembatan Bengalon", 0.82, 117.84, HLS.format("bengalon")],
            ["Sangatta Utara", "Simpang Kabo", 0.51, 117.55, HLS.format("kabo")],
        ]
    )
    cameras = _cams(f"var pts = {rows};{loop}")
    assert [(c.raw_name, c.area, c.latitude, c.longitude, c.stream_url) for c in cameras] == [
        ("Jembatan Bengalon", "Bengalon", 0.82, 117.84, HLS.format("bengalon")),
        ("Simpang Kabo", "Sangatta Utara", 0.51, 117.55, HLS.format("kabo")),
    ]


def test_rows_whose_loop_names_nothing_keep_their_reading_by_value() -> None:
    """Without a loop naming a name or area cell, rows are read by value as before."""
    rows = json.dumps([["KT-1", "Simpang Kabo", 0.51, 117.55, HLS.format("kabo")]])
    script = (
        f"var pts = {rows}; pts.forEach(function (p) {{ var x = p[4]; L.marker([p[2], p[3]]); }});"
    )
    cameras = _cams(script)
    assert [(c.id, c.raw_name, c.area) for c in cameras] == [("KT-1", "Simpang Kabo", None)]


# --- CesiumJS, CZML, MapKit JS, ArcGIS symbols, deck.gl -------------------------------------


@pytest.mark.parametrize(
    "position",
    [
        "Cesium.Cartesian3.fromDegrees(20.5, 10.25)",
        "Cesium.Cartesian3.fromDegrees(20.5, 10.25, 120.0)",
        "Cesium.Cartographic.toCartesian(Cesium.Cartographic.fromDegrees(20.5, 10.25, 3))",
        "pos",
        "Cesium.Cartographic.toCartesian(pos)",
    ],
    ids=["cartesian", "with-height", "cartographic", "variable", "variable-converted"],
)
def test_cesium_positions_are_longitude_first(position: str) -> None:
    """CesiumJS degrees are longitude first, whatever their values."""
    script = (
        "const pos = Cesium.Cartographic.fromDegrees(20.5, 10.25, 3);"
        f"viewer.entities.add({{id: 'k1', name: 'Kabo', position: {position},"
        " billboard: {image: 'img/kamera.png'},"
        f" description: '<a href=\"{HLS.format('kabo')}\">Live</a>'}});"
    )
    cameras = _cams(script)
    assert [(c.id, c.latitude, c.longitude, c.snapshot_url) for c in cameras] == [
        ("k1", 10.25, 20.5, None)
    ]


def test_czml_packets_are_cameras() -> None:
    """CZML packets: cartographicDegrees [lng, lat, h]; the billboard image is no still."""
    packets = [
        {"id": "document", "version": "1.0"},
        {
            "id": "k1",
            "name": "Kabo",
            "billboard": {"image": "https://peta.kutim.example/img/pin.png"},
            "position": {"cartographicDegrees": [20.5, 10.25, 5]},
            "description": f'<a href="{HLS.format("kabo")}">Live</a>',
        },
    ]
    result = parse_body(json.dumps(packets), profile=Profile.AUTO, base_url=BASE, prettify=False)
    assert [(c.id, c.latitude, c.longitude, c.snapshot_url) for c in result.cameras] == [
        ("k1", 10.25, 20.5, None)
    ]


def test_drawing_objects_are_no_cameras() -> None:
    """An ArcGIS symbol and a MapKit pin's pictures by pixel ratio are no cameras."""
    script = (
        "const simbol = {type: 'picture-marker', url: 'https://peta.kutim.example/x.png', width: '24px'};"
        "const ikon = {1: '/img/pin.png', 2: '/img/pin@2x.png'};"
        "const a = new mapkit.ImageAnnotation(new mapkit.Coordinate(0.51, 117.55), {title: 'Kabo', url: ikon});"
        f"a.data = {{id: 7, kecamatan: 'Sangatta Utara', hls: '{HLS.format('kabo')}'}};"
    )
    cameras = _cams(script)
    assert [
        (c.id, c.raw_name, c.area, c.latitude, c.stream_url, c.snapshot_url) for c in cameras
    ] == [("7", "Kabo", "Sangatta Utara", 0.51, HLS.format("kabo"), None)]


def test_mapkit_marker_annotation_data() -> None:
    """A MarkerAnnotation's data object gives its id, area and media; its subtitle is no area."""
    script = (
        "var c = new mapkit.Coordinate(0.51, 117.55);"
        "var a = new mapkit.MarkerAnnotation(c, {title: 'Kabo', subtitle: 'Jl. Yos Sudarso',"
        f" data: {{id: 'cctv-1', kecamatan: 'Sangatta Utara', hls: '{HLS.format('kabo')}',"
        " poster: 'https://cctv.kutim.example/snap/kabo.jpg'}});"
    )
    cameras = _cams(script)
    assert [
        (c.id, c.raw_name, c.area, c.latitude, c.longitude, c.snapshot_url) for c in cameras
    ] == [
        (
            "cctv-1",
            "Kabo",
            "Sangatta Utara",
            0.51,
            117.55,
            "https://cctv.kutim.example/snap/kabo.jpg",
        )
    ]


def test_deck_gl_layer_data_is_read_and_icons_are_not() -> None:
    """A deck.gl layer's data list is a camera list; an icon factory's options are not."""
    script = (
        "var pin = L.icon({iconUrl: 'https://peta.kutim.example/pin.png', title: 'Pin'});"
        "new deck.IconLayer({id: 'c', iconAtlas: 'https://peta.kutim.example/atlas.png',"
        f" data: [{{nama: 'Kabo', coordinates: [117.55, 0.51], hls: '{HLS.format('kabo')}'}}],"
        " getPosition: d => d.coordinates});"
    )
    cameras = _cams(script)
    assert [(c.raw_name, c.latitude, c.stream_url, c.snapshot_url) for c in cameras] == [
        ("Kabo", 0.51, HLS.format("kabo"), None)
    ]


# --- Hostile input -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "script",
    [
        # A layers control never closed, and one with a huge overlays object.
        "var a = L.layerGroup(); L.control.layers(null, {" + "'x': a, " * 50_000,
        "var a = L.layerGroup(); L.control.layers(null, {"
        + ", ".join(f"'Kec {i}': g{i}" for i in range(20_000))
        + "});",
        # Thousands of groups and addLayer calls naming no markers.
        "".join(f"var g{i} = L.layerGroup(); g{i}.addLayer(m{i});" for i in range(5_000)),
        # Endless click handlers, unclosed.
        "var m = L.marker([0.5, 117.5]);" + "m.on('click', function () { buka('" * 5_000,
        # A naming loop over a huge or malformed row list.
        "var pts = ["
        + "['Bengalon', 'Kamera', 0.5, 117.5, 'https://x.example/a.m3u8'], " * 8_000
        + "]; pts.forEach(function (p) { var kecamatan = p[0]; var nama = p[1]; });",
        "var pts = [[[[[[[[" * 2_000 + "; pts.forEach(function (p) { var nama = p[1]; });",
        # Degree positions never closed.
        "viewer.entities.add({position: Cesium.Cartesian3.fromDegrees(" * 5_000,
    ],
    ids=[
        "unclosed-control",
        "huge-overlays",
        "many-groups",
        "unclosed-handlers",
        "huge-named-rows",
        "nested-rows",
        "unclosed-degrees",
    ],
)
def test_hostile_map_group_scripts_end_bounded(script: str) -> None:
    """Huge, unclosed or malformed group, handler and row scripts end bounded and clear."""
    error = ""
    cameras: tuple[Camera, ...] = ()
    try:
        cameras = _cams(script)
    except PortalFormatError as err:
        error = str(err)
    assert not error or "No camera list" in error or "cameras" in error
    assert len(cameras) <= 2000
