"""Classes read after holdout 22: XML Spreadsheets, admin change lists, header-row arrays."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://kutim.example/unduh/cctv.xml"
SS_HEAD = (
    '<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?>'
    '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
    'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">'
)


def cameras(text: str, base_url: str = BASE) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False).cameras


def cell(value: str, kind: str = "String", attrs: str = "") -> str:
    return f'<Cell{attrs}><Data ss:Type="{kind}">{value}</Data></Cell>'


def row(*cells: str, attrs: str = "") -> str:
    return f"<Row{attrs}>{''.join(cells)}</Row>"


def sheet(*rows: str, name: str = "CCTV") -> str:
    return f'<Worksheet ss:Name="{name}"><Table>{"".join(rows)}</Table></Worksheet>'


HEADER = row(*(cell(t) for t in ("Kode", "Nama Lokasi", "Kecamatan", "Lat", "Lng", "HLS")))


def test_spreadsheet_rows_are_named_by_the_header_and_index_keeps_places() -> None:
    body = (
        SS_HEAD
        + sheet(
            row(cell("DAFTAR CCTV", attrs=' ss:MergeAcross="5"')),
            HEADER,
            row(
                cell("K-1"),
                cell("Simpang Sangatta"),
                cell("Sangatta Utara"),
                cell("0.51", "Number"),
                cell("117.55", "Number"),
                cell("https://cctv.kutim.example/k1.m3u8"),
            ),
            row(
                cell("K-2"),
                cell("Pelabuhan Maloy"),
                cell("https://cctv.kutim.example/k2.m3u8", attrs=' ss:Index="6"'),
            ),
        )
        + "</Workbook>"
    )
    found = cameras(body)
    assert [(c.id, c.name, c.area) for c in found] == [
        ("K-1", "Simpang Sangatta", "Sangatta Utara"),
        ("K-2", "Pelabuhan Maloy", None),
    ]
    assert (found[0].latitude, found[0].longitude) == (0.51, 117.55)
    assert found[1].stream_url == "https://cctv.kutim.example/k2.m3u8"
    assert found[1].latitude is None


def test_spreadsheet_link_cell_gives_its_media_address_but_a_name_keeps_its_text() -> None:
    body = (
        SS_HEAD
        + sheet(
            HEADER,
            row(
                cell("K-3"),
                cell("Bundaran", attrs=' ss:HRef="https://kutim.example/lokasi/bundaran"'),
                cell("Bengalon"),
                cell("0.6", "Number"),
                cell("117.6", "Number"),
                cell("Tonton", attrs=' ss:HRef="https://cctv.kutim.example/k3.m3u8"'),
            ),
        )
        + "</Workbook>"
    )
    (camera,) = cameras(body)
    assert camera.name == "Bundaran"
    assert camera.stream_url == "https://cctv.kutim.example/k3.m3u8"


def test_spreadsheet_boolean_cells_are_the_state() -> None:
    head = row(*(cell(t) for t in ("Nama Kamera", "Wilayah", "Aktif", "Stream")))
    rows = [
        row(cell(n), cell("Muara Wahau"), cell(b, "Boolean"), cell(f"https://c.example/{n}.m3u8"))
        for n, b in (("A", "1"), ("B", "0"))
    ]
    found = cameras(SS_HEAD + sheet(head, *rows) + "</Workbook>")
    assert [c.online for c in found] == [True, False]


def test_spreadsheet_without_a_header_row_is_no_table() -> None:
    body = (
        SS_HEAD
        + sheet(row(cell("Catatan"), cell("https://cctv.kutim.example/k1.m3u8")))
        + "</Workbook>"
    )
    # No row names the columns: the plain XML reader finds the stream, and no cell
    # becomes a column name or a camera's name.
    found = cameras(body)
    assert [c.stream_url for c in found] == ["https://cctv.kutim.example/k1.m3u8"]
    assert found[0].name != "Catatan"


def test_spreadsheet_huge_index_and_many_cells_stay_bounded() -> None:
    cells = "".join(cell("x", attrs=' ss:Index="999999999"') for _ in range(2000))
    body = SS_HEAD + sheet(HEADER, row(cells, attrs=' ss:Index="99999999"')) + "</Workbook>"
    with pytest.raises(PortalFormatError):
        cameras(body)  # the header row names columns no cell of the long row reaches


ADMIN_BASE = "https://kutim.example/admin/cctv/kamera/"
ADMIN_HEAD = (
    '<table id="result_list"><thead><tr><th class="action-checkbox-column">'
    '<input type="checkbox" id="action-toggle"></th><th>Nama</th><th>Kecamatan</th>'
    "<th>URL HLS</th><th>Aktif</th></tr></thead><tbody>"
)


def admin_row(check: str, name: str, icon: str, number: int) -> str:
    return (
        f'<tr><td class="action-checkbox">{check}</td><th class="field-nama">{name}</th>'
        f'<td class="field-kecamatan">Bengalon</td>'
        f'<td class="field-url_hls">https://cctv.kutim.example/hls/{number}.m3u8</td>'
        f'<td class="field-aktif">{icon}</td></tr>'
    )


def test_admin_row_checkbox_value_is_the_id_and_boolean_icons_the_state() -> None:
    rows = admin_row(
        '<input type="checkbox" name="_selected_action" value="5d1f0b7e-2a4c" '
        'class="action-select">',
        "Simpang Tiga",
        '<img src="/static/admin/img/icon-yes.svg" alt="True">',
        1,
    ) + admin_row(
        '<input type="checkbox" name="_selected_action" value="8" class="action-select">',
        "Pasar Sangkulirang",
        '<img src="/static/admin/img/icon-no.svg" alt="False">',
        2,
    )
    found = cameras(ADMIN_HEAD + rows + "</tbody></table>", ADMIN_BASE)
    assert [(c.id, c.name, c.area, c.online) for c in found] == [
        ("5d1f0b7e-2a4c", "Simpang Tiga", "Bengalon", True),
        ("8", "Pasar Sangkulirang", "Bengalon", False),
    ]


def test_admin_change_link_gives_the_id_without_a_checkbox() -> None:
    rows = admin_row(
        "",
        '<a href="/admin/cctv/kamera/14/change/">Simpang Tiga</a>',
        '<img src="/static/admin/img/icon-unknown.svg" alt="None">',
        1,
    )
    (camera,) = cameras(ADMIN_HEAD + rows + "</tbody></table>", ADMIN_BASE)
    assert (camera.id, camera.online) == ("14", None)


def test_other_checkboxes_and_picture_alts_give_no_id_and_no_state() -> None:
    rows = admin_row(
        '<input type="checkbox" name="tampilkan" value="77">',
        "Simpang Tiga",
        '<img src="https://cctv.kutim.example/foto/1.jpg" alt="Simpang Tiga">',
        1,
    )
    (camera,) = cameras(ADMIN_HEAD + rows + "</tbody></table>", ADMIN_BASE)
    assert camera.id != "77"
    assert camera.online is None


PAGE = "https://kutim.example/cctv"


def page(script: str) -> str:
    return f"<html><body><div id='grid'></div><script>{script}</script></body></html>"


def test_script_rows_under_a_title_row_are_named_by_it() -> None:
    script = (
        "const data = [['ID', 'Nama Lokasi', 'Kecamatan', 'Lat', 'Lng', 'Siaran', 'Status'],"
        " ['KT-1', 'Simpang Sangatta', 'Sangatta Utara', 0.51, 117.55,"
        " 'https://cctv.kutim.example/1.m3u8', 'Offline']];"
        " new Handsontable(document.getElementById('grid'), {data: data, readOnly: true});"
    )
    (camera,) = cameras(page(script), PAGE)
    assert (camera.id, camera.name, camera.area, camera.online) == (
        "KT-1",
        "Simpang Sangatta",
        "Sangatta Utara",
        False,
    )


def test_grid_column_titles_name_its_positional_rows() -> None:
    script = (
        "$('#grid').handsontable({colHeaders: ['Kode', 'Nama Lokasi',"
        " 'Kecamatan', 'HLS'], data: [['K1', 'Simpang Tiga', 'Bengalon',"
        " 'https://cctv.kutim.example/1.m3u8']], licenseKey: 'non-commercial-and-evaluation'});"
    )
    (camera,) = cameras(page(script), PAGE)
    assert (camera.id, camera.name, camera.area) == ("K1", "Simpang Tiga", "Bengalon")


def test_a_title_row_table_handed_to_a_call_is_read() -> None:
    script = (
        "var t = google.visualization.arrayToDataTable([\n"
        "  ['Nama Kamera', 'Wilayah', 'HLS'],\n"
        "  ['Pelabuhan Maloy', 'Kaliorang', 'https://cctv.kutim.example/2.m3u8']\n]);"
    )
    (camera,) = cameras(page(script), PAGE)
    assert (camera.name, camera.area) == ("Pelabuhan Maloy", "Kaliorang")


def test_rows_without_a_title_row_and_coordinate_calls_stay_positional() -> None:
    script = (
        "L.polyline([[0.5, 117.1], [0.6, 117.2]]).addTo(map);"
        " var cams = [['Simpang Tiga', 0.51, 117.55, 'https://cctv.kutim.example/3.m3u8'],"
        " ['Bundaran', 0.52, 117.56, 'https://cctv.kutim.example/4.m3u8']];"
    )
    found = cameras(page(script), PAGE)
    assert [(c.name, c.latitude) for c in found] == [("Simpang Tiga", 0.51), ("Bundaran", 0.52)]


def test_many_array_calls_stay_bounded() -> None:
    script = "f([[1, 2], [3, 4]]);" * 20_000 + "g([[" * 5_000
    with pytest.raises(PortalFormatError):
        cameras(page(script), PAGE)  # no call hands over a table with a title row
