"""Pictures a popup template builds from each record's fields, read after holdout 31.

A map page may list its cameras as bare data (a GeoJSON ``FeatureCollection`` of
``{codigo, descripcion}``, an array of ``{kode, nama, lat, lng}``) and build each
camera's picture only in its popup: a template whose ``<img src>`` or link holds a
placeholder for one of the record's fields (``cam{{codigo}}.jpg`` in a marker layer's
stylesheet, ``${id}`` in a template literal, ``{kode}`` for ``L.Util.template``). Such
an address is filled with each record's values; records with media of their own, and
addresses naming anything but the record's fields, are left as they are.
"""

from __future__ import annotations

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.fieldtemplates import fill_field_templates
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
