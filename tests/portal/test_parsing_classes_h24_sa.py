"""Readers after holdout 24: XML lists' root addresses, KML placemark ids, flat ODS."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.opendocument import opendocument_records

BASE = "https://lalin.kutim.example/feed/kamera.xml"


def cameras(text: str, base_url: str = BASE) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False).cameras


def _feed(root: str, camera: str = "") -> str:
    return (
        '<?xml version="1.0"?><feed_lalin><cameraList>'
        f"{root}"
        '<camera id="KT-01" available="true"><location>Simpang Sangatta</location>'
        "<file>kt01.jpg</file><lat>0.5012</lat><lng>117.5623</lng></camera>"
        '<camera id="KT-02" available="false"><location>Jalan Yos Sudarso</location>'
        f"<file>{camera or 'kt02.jpg'}</file><lat>0.5104</lat><lng>117.5701</lng></camera>"
        "</cameraList></feed_lalin>"
    )


@pytest.mark.parametrize(
    "root",
    [
        '<rooturl href="https://cctv.kutim.example/stills/" />',
        "<baseUrl>https://cctv.kutim.example/stills</baseUrl>",
    ],
)
def test_xml_file_names_resolve_against_the_lists_root_address(root: str) -> None:
    first, second = cameras(_feed(root))
    assert (first.id, first.name, first.online) == ("KT-01", "Simpang Sangatta", True)
    assert first.snapshot_url == "https://cctv.kutim.example/stills/kt01.jpg"
    assert (first.latitude, first.longitude) == (0.5012, 117.5623)
    assert second.online is False
    assert second.snapshot_url == "https://cctv.kutim.example/stills/kt02.jpg"


def test_xml_root_address_resolves_no_number_or_code() -> None:
    # A root whose path says "snapshot" makes no coordinate or code a still of its own.
    first, second = cameras(_feed('<rooturl href="https://cctv.kutim.example/snapshot/" />'))
    assert first.id == "KT-01"
    assert first.latitude == 0.5012
    assert first.snapshot_url == "https://cctv.kutim.example/snapshot/kt01.jpg"
    assert second.snapshot_url == "https://cctv.kutim.example/snapshot/kt02.jpg"


def test_xml_file_names_without_a_root_stay_unread() -> None:
    with pytest.raises(PortalFormatError):
        cameras(_feed(""))


def test_xml_root_address_is_no_cameras_media_and_keeps_absolute_files() -> None:
    text = _feed(
        '<rooturl href="https://cctv.kutim.example/stills/" />',
        "https://other.kutim.example/live/kt02.m3u8",
    )
    first, second = cameras(text)
    assert first.snapshot_url == "https://cctv.kutim.example/stills/kt01.jpg"
    assert second.stream_url == "https://other.kutim.example/live/kt02.m3u8"
    assert second.snapshot_url is None


def test_xml_root_address_over_many_records_stays_bounded() -> None:
    records = "".join(
        f'<camera id="c{i}"><location>Kamera {i}</location><file>c{i}.jpg</file></camera>'
        for i in range(20_000)
    )
    text = (
        '<?xml version="1.0"?><feed><cameraList>'
        '<rooturl href="https://cctv.kutim.example/s/" />'
        f"{records}</cameraList></feed>"
    )
    try:
        found = cameras(text)
    except PortalFormatError:
        found = ()  # more children than an element may hold
    assert len(found) <= 20_000


KML = (
    '<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>'
    "{placemarks}</Document></kml>"
)


def _placemark(pid: str, name: str, extra: str = "") -> str:
    return (
        f'<Placemark id="{pid}"><name>{name}</name>{extra}'
        f'<description><![CDATA[<img src="https://cctv.kutim.example/s/{name}.jpg">]]>'
        "</description><Point><coordinates>117.56,0.50,0</coordinates></Point></Placemark>"
    )


def test_kml_placemark_id_is_the_cameras_id() -> None:
    (camera,) = cameras(KML.format(placemarks=_placemark("9818", "Sangatta")))
    assert (camera.id, camera.name) == ("9818", "Sangatta")


@pytest.mark.parametrize("pid", ["ID_00001", "kml_3", "cctv_dishub.1"])
def test_kml_exporters_running_numbers_are_no_camera_id(pid: str) -> None:
    (camera,) = cameras(KML.format(placemarks=_placemark(pid, "Sangatta")))
    assert camera.id != pid


def test_kml_id_field_wins_over_the_placemark_id() -> None:
    extra = '<ExtendedData><Data name="kode"><value>KT-7</value></Data></ExtendedData>'
    extra = extra.replace("kode", "code")
    (camera,) = cameras(KML.format(placemarks=_placemark("9818", "Sangatta", extra)))
    assert camera.id == "KT-7"


ODS_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
    "<office:body><office:spreadsheet><table:table table:name='CCTV'>"
)
ODS_TAIL = "</table:table></office:spreadsheet></office:body></office:document>"


def _cell(text: str = "", attrs: str = "") -> str:
    inner = f"<text:p>{text}</text:p>" if text else ""
    return f"<table:table-cell {attrs}>{inner}</table:table-cell>"


def _row(*cells: str, attrs: str = "") -> str:
    return f"<table:table-row {attrs}>{''.join(cells)}</table:table-row>"


HEADER = _row(*(_cell(t) for t in ("Kode", "Nama Lokasi", "Kecamatan", "Lintang", "Bujur", "Link")))


def test_fods_rows_read_under_their_header_with_typed_values_and_links() -> None:
    row = _row(
        _cell("KT-1"),
        _cell("Simpang Sangatta"),
        _cell("Sangatta Utara"),
        _cell("0,5012", 'office:value-type="float" office:value="0.5012"'),
        _cell("117,5623", 'office:value-type="float" office:value="117.5623"'),
        '<table:table-cell><text:p><text:a xlink:href="https://cctv.kutim.example/live/kt1.m3u8">'
        "Lihat</text:a></text:p></table:table-cell>",
    )
    title = _row(_cell("Daftar CCTV", 'table:number-columns-spanned="6"'))
    (camera,) = cameras(ODS_HEAD + title + HEADER + row + ODS_TAIL, BASE)
    assert (camera.id, camera.name, camera.area) == ("KT-1", "Simpang Sangatta", "Sangatta Utara")
    assert (camera.latitude, camera.longitude) == (0.5012, 117.5623)
    assert camera.stream_url == "https://cctv.kutim.example/live/kt1.m3u8"


def test_fods_repeated_empty_cells_keep_columns_in_place() -> None:
    row = _row(
        _cell("KT-2"),
        _cell("Jalan Yos Sudarso"),
        '<table:table-cell table:number-columns-repeated="3"/>',
        _cell("https://cctv.kutim.example/s/kt2.jpg"),
    )
    (camera,) = cameras(ODS_HEAD + HEADER + row + ODS_TAIL, BASE)
    assert (camera.id, camera.area, camera.latitude) == ("KT-2", None, None)
    assert camera.snapshot_url == "https://cctv.kutim.example/s/kt2.jpg"


def test_fods_annotation_text_is_no_cell_value() -> None:
    row = _row(
        _cell("KT-3"),
        "<table:table-cell><office:annotation><text:p>dicek ulang</text:p></office:annotation>"
        "<text:p>Pasar Induk</text:p></table:table-cell>",
        _cell(),
        _cell(),
        _cell(),
        _cell("https://cctv.kutim.example/s/kt3.jpg"),
    )
    (camera,) = cameras(ODS_HEAD + HEADER + row + ODS_TAIL, BASE)
    assert camera.name == "Pasar Induk"


def test_fods_without_a_header_row_gives_no_records() -> None:
    row = _row(_cell("foo"), _cell("https://cctv.kutim.example/s/kt4.jpg"))
    assert opendocument_records(ODS_HEAD + row + row + ODS_TAIL, what="x") is None


def test_fods_huge_repeats_stay_bounded() -> None:
    row = _row(
        _cell("KT-5"),
        _cell("Simpang Lima"),
        '<table:table-cell table:number-columns-repeated="2000000000"/>',
        _cell("https://cctv.kutim.example/s/kt5.jpg", 'table:number-columns-repeated="99999"'),
        attrs='table:number-rows-repeated="1048576"',
    )
    empty = _row(
        '<table:table-cell table:number-columns-repeated="16384"/>',
        attrs='table:number-rows-repeated="1048576"',
    )
    try:
        found = cameras(ODS_HEAD + HEADER + row + empty + ODS_TAIL, BASE)
    except PortalFormatError:
        found = ()  # the repeated link lies past the last column read
    assert len(found) <= 5_000
    assert all(camera.snapshot_url is None for camera in found)
