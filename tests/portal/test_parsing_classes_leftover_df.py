"""Popup templates showing a still as a CSS background, or in another script than the data.

A map page's popup may show each camera's still not as an ``<img src>`` but as an
element's inline style background (``<div style='background-image:
url(/api/trafficimages/get?id=${camera["id"]})'>``, also the ``background:`` shorthand);
such an address is a still, filled from the record's fields like an ``<img src>``. A
template literal may reach the record's field with brackets (``${camera["id"]}``,
``${c['kode']}``) as well as with a dot.

A server may write the records into one script (``window.__TRAFFICIMAGES__ = {…}``, a
``<script type="application/json">`` block) and build the popups in the page's next
script: a script holding popup markup fills the placed records of the page's other
scripts. Records not placed on a map, addresses outside markup (a request's, a style
sheet's) and placeholders naming no field of the record give nothing.
"""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.fieldtemplates import fill_templates_across_scripts
from custom_components.kutim_cctv.portal.values import JSONValue

BASE = "https://peta.kutim.example/cctv/"

_DATA = (
    '[{"id": "701", "nama": "Simpang Tiga", "kecamatan": "Sangatta Utara",'
    ' "latitude": 0.51, "longitude": 117.51},'
    ' {"id": "702", "nama": "Pelabuhan", "kecamatan": "Sangatta Selatan",'
    ' "latitude": 0.52, "longitude": 117.52}]'
)


def cameras(text: str) -> tuple[Camera, ...]:
    """Parse a page as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _page(*scripts: str) -> str:
    body = "".join(f"<script>{script}</script>" for script in scripts)
    return f"<html><body><div id='map'></div>{body}</body></html>"


def _stills(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.name, c.snapshot_url) for c in cameras(text)]


_LOOP = "for (const camera of data) { L.marker([camera.latitude, camera.longitude]).bindPopup("


# A background picture in the popup's markup.


def test_a_background_image_url_in_popup_style_is_each_still() -> None:
    page = _page(
        f"const data = {_DATA};\n{_LOOP}"
        "`<h4>${camera.nama}</h4><div style='width: 300px; background-image: "
        "url(/api/trafficimages/get?id=${camera.id}); background-size: cover;'></div>`); }"
    )
    assert _stills(page) == [
        ("Simpang Tiga", "https://peta.kutim.example/api/trafficimages/get?id=701"),
        ("Pelabuhan", "https://peta.kutim.example/api/trafficimages/get?id=702"),
    ]
    assert [c.area for c in cameras(page)] == ["Sangatta Utara", "Sangatta Selatan"]


def test_a_background_shorthand_with_a_colour_and_a_quoted_url() -> None:
    page = _page(
        f"const data = {_DATA};\n{_LOOP}"
        '`<div class="bild" style="background: #222 url(\'https://cam.kutim.example/live/'
        "${camera.id}.jpg') center / cover no-repeat\"></div>`); }"
    )
    assert _stills(page) == [
        ("Simpang Tiga", "https://cam.kutim.example/live/701.jpg"),
        ("Pelabuhan", "https://cam.kutim.example/live/702.jpg"),
    ]


def test_a_style_sheet_background_outside_an_element_is_no_still() -> None:
    page = _page(
        f"const data = {_DATA};\n{_LOOP}`<b>${{camera.nama}}</b>`); }}\n"
        "const css = `.marker-${camera.id} { background-image: url(/icons/${camera.id}.png) }`;"
    )
    with pytest.raises(PortalFormatError):
        cameras(page)


# Fields reached with brackets.


def test_a_template_literal_reaching_the_field_with_brackets() -> None:
    page = _page(
        f"const data = {_DATA};\n{_LOOP}"
        '`<b>${camera["nama"]}</b><img src="https://cam.kutim.example/snap/'
        "${camera['id']}.jpg\">`); }"
    )
    assert _stills(page) == [
        ("Simpang Tiga", "https://cam.kutim.example/snap/701.jpg"),
        ("Pelabuhan", "https://cam.kutim.example/snap/702.jpg"),
    ]


def test_a_bracketed_name_of_no_record_field_gives_nothing() -> None:
    page = _page(
        f'const data = {_DATA};\nconst cfg = {{"host": "cam.kutim.example"}};\n{_LOOP}'
        '`<img src="https://${cfg["host"]}/snap/latest.jpg">`); }'
    )
    with pytest.raises(PortalFormatError):
        cameras(page)


# Records and template in different scripts.


def test_records_of_one_script_are_filled_by_the_next_scripts_popup() -> None:
    page = _page(
        f'window.__CAMERAS__ = {{"count": 2, "cameras": {_DATA}}};',
        "for (const camera of window.__CAMERAS__['cameras']) {"
        " L.marker([camera['latitude'], camera['longitude']]).bindPopup("
        "`<div style='background-image: url(/api/still?id=${camera[\"id\"]})'></div>`); }",
    )
    assert _stills(page) == [
        ("Simpang Tiga", "https://peta.kutim.example/api/still?id=701"),
        ("Pelabuhan", "https://peta.kutim.example/api/still?id=702"),
    ]


def test_records_of_a_json_block_are_filled_by_a_script_popup() -> None:
    page = (
        "<html><body><div id='map'></div>"
        f'<script type="application/json" id="data">{_DATA}</script>'
        "<script>const data = JSON.parse(document.getElementById('data').textContent);\n"
        f'{_LOOP}`<img src="/snap/${{camera.id}}.jpg">`); }}</script></body></html>'
    )
    assert _stills(page) == [
        ("Simpang Tiga", "https://peta.kutim.example/snap/701.jpg"),
        ("Pelabuhan", "https://peta.kutim.example/snap/702.jpg"),
    ]


def test_a_request_address_in_another_script_gives_nothing() -> None:
    page = _page(
        f"window.__CAMERAS__ = {_DATA};",
        "for (const c of window.__CAMERAS__) { fetch(`/api/still/${c.id}.jpg`); }",
    )
    with pytest.raises(PortalFormatError):
        cameras(page)


def _records(placed: bool) -> list[JSONValue]:
    record: dict[str, JSONValue] = {"id": "701", "nama": "Simpang Tiga"}
    if placed:
        record.update({"lat": 0.51, "lng": 117.51})
    return [[record]]


_POPUP = '`<div style="background-image:url(/snap/${c.id}.jpg)"></div>`'


def test_unplaced_records_of_another_script_are_not_filled() -> None:
    values = _records(placed=False)
    fill_templates_across_scripts(["", _POPUP], [values, []])
    assert values == [[{"id": "701", "nama": "Simpang Tiga"}]]


def test_placed_records_of_another_script_are_filled() -> None:
    values = _records(placed=True)
    fill_templates_across_scripts(["", _POPUP], [values, []])
    assert values[0] == [
        {
            "id": "701",
            "nama": "Simpang Tiga",
            "lat": 0.51,
            "lng": 117.51,
            "snapshot": "/snap/701.jpg",
        }
    ]


def test_only_the_first_eight_template_scripts_fill() -> None:
    values = _records(placed=True)
    plain = '`<img src="/icons/${c.kind}.png">`'
    fill_templates_across_scripts(["", *([plain] * 8), _POPUP], [values, *([[]] * 9)])
    assert "snapshot" not in values[0][0]  # type: ignore[index,operator]


def test_a_records_own_media_is_kept() -> None:
    record: dict[str, JSONValue] = {
        "id": "701",
        "lat": 0.51,
        "lng": 117.51,
        "image": "https://cam.example/a.jpg",
    }
    fill_templates_across_scripts(["", _POPUP], [[[record]], []])
    assert "snapshot" not in record


def test_many_template_scripts_records_and_backgrounds_stay_bounded() -> None:
    # 6,000 placed records and twenty scripts of popup markup, each with 20,000 style
    # backgrounds in long runs: eight scripts are read, at most 5,000 records filled.
    records: list[JSONValue] = [{"id": f"c{n}", "lat": 0.5, "lng": 117.5} for n in range(6_000)]
    style = "<div style='" + "x" * 290 + "background: url(/s/${c.id}/${c.lat}"
    script = "`" + style * 20_000 + "`" + "<a href=x>{c.id}" * 10_000
    fill_templates_across_scripts(["", *([script] * 20)], [[records], *([[]] * 20)])
    filled = [r for r in records if isinstance(r, dict) and "snapshot" in r]
    assert len(filled) <= 5_000
