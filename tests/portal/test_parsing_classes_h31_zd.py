"""Popup templates, longitude-first rows, read after holdout 31.

A map page may list its cameras as bare data (a GeoJSON ``FeatureCollection`` of
``{codigo, descripcion}``, an array of ``{kode, nama, lat, lng}``) and build each
camera's picture only in its popup: a template whose ``<img src>`` or link holds a
placeholder for one of the record's fields (``cam{{codigo}}.jpg`` in a marker layer's
stylesheet, ``${id}`` in a template literal, ``{kode}`` for ``L.Util.template``). Such
an address is filled with each record's values; records with media of their own, and
addresses naming anything but the record's fields, are left as they are.

Positional rows a loop places on a map (``[lon, lat, heading, name, desc, still]``) are
read in the order the loop's own position call takes its two cells: OpenLayers
(``fromLonLat``, ``transform``, ``geom.Point``), Mapbox/MapLibre ``setLngLat`` and GeoJSON
``coordinates`` take the longitude first, Leaflet and Google the latitude first.

A popup's plain paragraph between its title and its picture
(``<strong>Grindavíkurhöfn</strong><p>Grindavík</p><img …>``) is its place line when it
is written as a place name, for markers and for records of script data given only such
markup (a MapLibre source's ``description``); a sentence there is a caption.
"""

from __future__ import annotations

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.fieldtemplates import fill_field_templates
from custom_components.kutim_cctv.portal.parsing.mapjs import popup_area
from custom_components.kutim_cctv.portal.parsing.popupplaces import place_popup_areas
from custom_components.kutim_cctv.portal.values import JSONValue

BASE = "https://peta.kutim.example/cctv/"

_FEATURES = (
    '{"type": "FeatureCollection", "features": ['
    '{"type": "Feature", "properties": {"codigo": "07", "descripcion": "Simpang Tiga"},'
    ' "geometry": {"type": "Point", "coordinates": [117.51, 0.51]}},'
    '{"type": "Feature", "properties": {"codigo": "12", "descripcion": "Pelabuhan"},'
    ' "geometry": {"type": "Point", "coordinates": [117.52, 0.52]}}]}'
)


def cameras(text: str) -> tuple[Camera, ...]:
    """Parse a page as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _page(script: str) -> str:
    return f"<html><body><div id='map'></div><script>{script}</script></body></html>"


def _stills(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.name, c.snapshot_url) for c in cameras(text)]


# Placeholder styles.


def test_a_stylesheet_popup_template_with_mustache_fields_gives_each_still() -> None:
    page = _page(
        f"var data = {_FEATURES};\n"
        "var css = '* {popUpTemplate: \"<div><b>{{descripcion}}</b><br>"
        "<img id={{codigo}} src=http://cam.kutim.example/cam{{codigo}}.jpg></div>\";}';\n"
        "var layer = new SMC.layers.markers.MarkerLayer({stylesheet: css});"
    )
    assert _stills(page) == [
        ("Simpang Tiga", "http://cam.kutim.example/cam07.jpg"),
        ("Pelabuhan", "http://cam.kutim.example/cam12.jpg"),
    ]
    found = cameras(page)
    assert [(c.latitude, c.longitude) for c in found] == [(0.51, 117.51), (0.52, 117.52)]


def test_a_template_literal_reaching_the_field_through_the_feature() -> None:
    page = _page(
        f"const data = {_FEATURES};\n"
        "L.geoJSON(data, {onEachFeature: (f, l) => l.bindPopup("
        "`<h4>${f.properties.descripcion}</h4>"
        '<img src="/snap/${f.properties.codigo}.jpg">`)});'
    )
    assert _stills(page) == [
        ("Simpang Tiga", "https://peta.kutim.example/snap/07.jpg"),
        ("Pelabuhan", "https://peta.kutim.example/snap/12.jpg"),
    ]


def test_a_leaflet_util_template_with_single_braces() -> None:
    page = _page(
        "var kameras = [{kode: 'a-1', nama: 'Simpang Tiga', lat: 0.51, lng: 117.51},"
        " {kode: 'b-2', nama: 'Pelabuhan', lat: 0.52, lng: 117.52}];\n"
        "var tpl = '<h4>{nama}</h4><a href=\"https://cam.kutim.example/live/{kode}.m3u8\">Live</a>';\n"
        "kameras.forEach(k => L.marker([k.lat, k.lng]).bindPopup(L.Util.template(tpl, k)));"
    )
    found = cameras(page)
    assert [(c.name, c.stream_url) for c in found] == [
        ("Simpang Tiga", "https://cam.kutim.example/live/a-1.m3u8"),
        ("Pelabuhan", "https://cam.kutim.example/live/b-2.m3u8"),
    ]


def test_a_picture_without_extension_is_a_still() -> None:
    value: list[JSONValue] = [[{"id": 3, "name": "Gate"}, {"id": 4, "name": "Dock"}]]
    fill_field_templates("var t = '<img src=\"/image.ashx/{{id}}\">';", value)
    assert value == [
        [
            {"id": 3, "name": "Gate", "snapshot": "/image.ashx/3"},
            {"id": 4, "name": "Dock", "snapshot": "/image.ashx/4"},
        ]
    ]


# What is never filled.


def test_records_with_media_of_their_own_keep_it() -> None:
    value: list[JSONValue] = [
        [{"id": "a", "foto": "https://x.example/a.jpg"}, {"id": "b", "foto": "/b.jpg"}]
    ]
    fill_field_templates("var t = '<img src=\"https://cam.example/{{id}}.jpg\">';", value)
    assert value == [
        [{"id": "a", "foto": "https://x.example/a.jpg"}, {"id": "b", "foto": "/b.jpg"}]
    ]


def test_an_address_naming_a_page_variable_is_not_filled() -> None:
    value: list[JSONValue] = [[{"id": "a"}, {"id": "b"}]]
    fill_field_templates('const t = `<img src="${BASE}/cam/${id}.jpg">`;', value)
    assert value == [[{"id": "a"}, {"id": "b"}]]


def test_an_address_outside_markup_is_not_a_popup_template() -> None:
    # An icon or a request built from a field is no camera's picture.
    value: list[JSONValue] = [[{"id": "a"}, {"id": "b"}]]
    script = "var icon = L.icon({iconUrl: '/icons/{id}.png'}); fetch(`/api/cam/${id}.jpg`);"
    fill_field_templates(script, value)
    assert value == [[{"id": "a"}, {"id": "b"}]]


def test_a_placeholder_alone_or_a_field_with_spaces_is_not_filled() -> None:
    value: list[JSONValue] = [[{"url": "a b", "nama": "Gate"}, {"url": "c d", "nama": "Dock"}]]
    script = 'var t = \'<img src="{{url}}"><a href="/v/{{url}}.m3u8">{{nama}}</a>\';'
    fill_field_templates(script, value)
    assert value == [[{"url": "a b", "nama": "Gate"}, {"url": "c d", "nama": "Dock"}]]


def test_a_page_without_a_template_still_finds_no_list() -> None:
    page = _page(f"var data = {_FEATURES};\nvar css = '<div>{{{{descripcion}}}}</div>';")
    try:
        found = cameras(page)
    except PortalFormatError:
        found = ()
    assert found == ()


def test_many_records_and_placeholders_stay_bounded() -> None:
    # 6,000 records, a script of 40,000 placeholders in long address runs: at most 5,000
    # records are filled, from at most eight addresses of at most eight fields each.
    value: list[JSONValue] = [[{"id": f"c{n}", "note": f"n.{n}"} for n in range(6_000)]]
    runs = "x/{id}" * 20_000 + "' + '<img src=\"/s/{{id}}.jpg\">' + '" + "{id}/{note}" * 20_000
    fill_field_templates(f"var t = '<img src=\"{runs}\">';", value)
    filled = [r for r in value[0] if isinstance(r, dict) and "snapshot" in r]
    assert len(filled) <= 5_000
    page = _page(f"var data = {_FEATURES};\nvar t = '<p>{'{codigo}/' * 30_000}</p>';")
    try:
        found = cameras(page)
    except PortalFormatError:
        found = ()
    assert found == ()


# Rows handed to a position call.


def _rows_page(rows: str, call: str) -> str:
    return _page(
        f"var cams = [{rows}];\n"
        "cams.forEach(function (c) {\n"
        f"  var f = {call};\n"
        "  f.bindPopup('<b>' + c[2] + '</b><img src=\"' + c[3] + '\">');\n"
        "});"
    )


_ROWS = (
    "[14.50581, 46.05108, 'Prešernov trg', 'https://c.example/a.jpg'],"
    " [13.64402, 45.54771, 'Titov trg', 'https://c.example/b.jpg']"
)


def _positions(text: str) -> list[tuple[str | None, float | None, float | None]]:
    return [(c.name, c.latitude, c.longitude) for c in cameras(text)]


def test_rows_handed_to_from_lon_lat_are_longitude_first() -> None:
    page = _rows_page(
        _ROWS, "new ol.Feature({geometry: new ol.geom.Point(ol.proj.fromLonLat([c[0], c[1]]))})"
    )
    assert _positions(page) == [
        ("Prešernov trg", 46.05108, 14.50581),
        ("Titov trg", 45.54771, 13.64402),
    ]


def test_rows_handed_to_set_lng_lat_or_geojson_coordinates_are_longitude_first() -> None:
    for call in (
        "new mapboxgl.Marker().setLngLat([c[0], c[1]])",
        "({type: 'Feature', geometry: {type: 'Point', coordinates: [parseFloat(c[0]), parseFloat(c[1])]}})",
    ):
        assert _positions(_rows_page(_ROWS, call))[0] == ("Prešernov trg", 46.05108, 14.50581)


def test_rows_handed_to_a_latitude_first_call_in_the_other_order() -> None:
    # The loop hands cell 1 first to Leaflet: cell 1 is the latitude.
    page = _rows_page(_ROWS, "L.marker([c[1], c[0]])")
    assert _positions(page)[0] == ("Prešernov trg", 46.05108, 14.50581)


def test_rows_without_a_position_call_keep_their_reading_by_value() -> None:
    rows = (
        "[-0.51, 117.51, 'Simpang Tiga', 'https://c.example/a.jpg'],"
        " [-0.52, 117.52, 'Pelabuhan', 'https://c.example/b.jpg']"
    )
    page = _rows_page(rows, "drawCamera(c)")
    assert _positions(page) == [("Simpang Tiga", -0.51, 117.51), ("Pelabuhan", -0.52, 117.52)]


def test_a_longitude_first_call_on_cells_out_of_range_is_not_followed() -> None:
    # Cells 0 and 1 hold 117.5 and -0.5: handed to setLngLat the wrong way round, the
    # named order would put 117.5 as a latitude, so the reading by value stands.
    rows = (
        "[117.51, -0.51, 'Simpang Tiga', 'https://c.example/a.jpg'],"
        " [117.52, -0.52, 'Pelabuhan', 'https://c.example/b.jpg']"
    )
    page = _rows_page(rows, "new mapboxgl.Marker().setLngLat([c[1], c[0]])")
    assert _positions(page)[0] == ("Simpang Tiga", -0.51, 117.51)


# Place paragraphs between a popup's title and its picture.


def _described(*descriptions: str) -> str:
    features = ",".join(
        f"{{type: 'Feature', properties: {{description: '{d}'}},"
        f" geometry: {{type: 'Point', coordinates: [117.5{n}, 0.5{n}]}}}}"
        for n, d in enumerate(descriptions)
    )
    return _page(
        "map.on('load', () => { map.addSource('cams', {type: 'geojson', data:"
        f" {{type: 'FeatureCollection', features: [{features}]}}}}); }});"
    )


def _img(slug: str) -> str:
    return f'<img src="https://c.example/{slug}.jpg" width="300">'


def test_a_place_paragraph_in_a_source_description_is_the_area() -> None:
    page = _described(
        f"<strong>Litli-Hrútur</strong><p>Reykjanes</p>{_img('a')}",
        f"<strong>Þorvaldseyri</strong><p>Undir Eyjafjöllum</p>{_img('b')}",
        f"<strong>Leirubakki</strong><p>Hella am Rangá</p><br>{_img('c')}",
    )
    assert [(c.name, c.area) for c in cameras(page)] == [
        ("Litli-Hrútur", "Reykjanes"),
        ("Þorvaldseyri", "Undir Eyjafjöllum"),
        ("Leirubakki", "Hella am Rangá"),
    ]


def test_a_place_paragraph_in_a_marker_popup_is_the_area() -> None:
    page = _page(
        "new mapboxgl.Marker().setLngLat([-9.04, 39.60]).setPopup(new mapboxgl.Popup()"
        f".setHTML('<h3>Praia do Norte</h3><p>Nazaré</p>{_img('n')}')).addTo(map);"
    )
    assert [(c.name, c.area) for c in cameras(page)] == [("Praia do Norte", "Nazaré")]


def test_a_sentence_or_a_paragraph_without_a_picture_after_it_is_no_area() -> None:
    for markup in (
        f"<strong>Fagernes</strong><p>Looking north over the lake</p>{_img('a')}",
        f"<strong>Fagernes</strong><p>My own weathercam</p>{_img('a')}",
        f"<strong>Fagernes</strong><p>Camera 2</p>{_img('a')}",
        f"<strong>Fagernes</strong><p>Valdres Fjellet Nord Øst Side</p>{_img('a')}",
        f"<strong>Fagernes</strong>{_img('a')}<p>Valdres</p>",
        f"<strong>Fagernes</strong><p>Valdres</p><p>Updated hourly</p>{_img('a')}",
    ):
        assert popup_area(markup) is None, markup


def test_a_record_with_an_area_field_keeps_it() -> None:
    value: list[JSONValue] = [
        [
            {"kecamatan": "Sangatta Utara", "popup": f"<b>Gate</b><p>Teluk Lingga</p>{_img('a')}"},
            {"properties": {"description": f"<b>Dock</b><p>Bengalon</p>{_img('b')}"}},
        ]
    ]
    place_popup_areas(value)
    assert value == [
        [
            {"kecamatan": "Sangatta Utara", "popup": f"<b>Gate</b><p>Teluk Lingga</p>{_img('a')}"},
            {
                "properties": {
                    "description": f"<b>Dock</b><p>Bengalon</p>{_img('b')}",
                    "area": "Bengalon",
                }
            },
        ]
    ]


def test_many_records_of_long_popup_markup_stay_bounded() -> None:
    # 6,000 records of 4,000 characters of titles, paragraphs and breaks each: at most
    # 5,000 are read, each from its first markup field.
    markup = "<i>Lorem</i><p>Ipsum</p><br>" * 130 + "<b>T</b><p>Reykjanes</p>" + _img("x")
    value: list[JSONValue] = [[{"description": markup, "n": n} for n in range(6_000)]]
    place_popup_areas(value)
    placed = [r for r in value[0] if isinstance(r, dict) and "area" in r]
    assert len(placed) == 5_000
