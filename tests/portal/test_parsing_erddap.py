"""ERDDAP tabledap answers: a data server's tables of stations in its output formats.

A platform's code (``PlatformCode``, ``platform_code``) identifies and names each
station, its codes written as words too (``King Edward Point``); an ``institution`` or
``Owner`` column never names it. ``.csv``/``.tsv`` write the units under the header (no
record); ``.csvp`` writes them in the header; ``.nccsv`` wraps its table in attribute
lines, its ``cf_role`` variable the id; ``.json`` is ``{table: {columnNames, rows}}``;
``.jsonlCSV1`` lines of arrays under a line of names; ``.dataTable`` a Visualization
answer whose times are ``Date(…)`` literals; ``.htmlTable`` and ``.xhtml`` a table with
a row of names and a row of units, image cells wrapped in ERDDAP's tooltip icons.
Not read so: a platform word alone or with ``id`` is no code, words under any other
code column stay no id, a units-like row holding a link is a record, and a page's
pictures under any other ``/images/`` path stay pictures.
"""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.decode import json_sequence

BASE = "https://erddap.polar.example/erddap/tabledap/webcams"
ERDDAP = "https://erddap.polar.example/erddap"
STATIONS = (
    ("Bird Island", -54.009, -38.051, "https://cams.polar.example/bi.jpg"),
    ("King Edward Point", -54.283, -36.494, "https://cams.polar.example/kep.jpg"),
    ("Sky Blu", -74.8567, -71.5731, "https://cams.polar.example/sb.jpg"),
)
EXPECTED = [(name, name, lat, lng, url) for name, lat, lng, url in STATIONS]


def parse(text: str, suffix: str) -> tuple[Camera, ...]:
    """Parse an answer the way an Automatic portal is read."""
    return parse_body(text, profile=Profile.AUTO, base_url=f"{BASE}{suffix}").cameras


def read(cameras: tuple[Camera, ...]) -> list[tuple[object, ...]]:
    """Return each camera's id, name, position and still."""
    return [
        (c.id, c.raw_name, c.latitude, c.longitude, c.snapshot_url)
        for c in cameras
        if c.snapshot_url
    ]


def csv_rows(separator: str = ",", code: str = "PlatformCode", owner: str = "Owner") -> str:
    """Return an ERDDAP .csv (or .tsv) answer: names, units, one row a station."""
    lines = [
        separator.join((code, owner, "latitude", "longitude", "time", "Link")),
        separator.join(("", "", "degrees_north", "degrees_east", "UTC", "")),
    ]
    lines.extend(
        separator.join(
            (name, "British Antarctic Survey", str(lat), str(lng), "2026-12-05T12:00:00Z", url)
        )
        for name, lat, lng, url in STATIONS
    )
    return "\n".join(lines) + "\n"


def test_csv_units_row_and_platform_code() -> None:
    assert read(parse(csv_rows(), ".csv")) == EXPECTED


def test_tsv_and_snake_case_code_with_institution() -> None:
    text = csv_rows("\t", code="platform_code", owner="institution")
    assert read(parse(text, ".tsv")) == EXPECTED


def test_csvp_units_in_the_header() -> None:
    lines = [
        "platform_code,institution,latitude (degrees_north),longitude (degrees_east),image_url"
    ]
    lines.extend(f"{name},NOAA,{lat},{lng},{url}" for name, lat, lng, url in STATIONS)
    assert read(parse("\n".join(lines), ".csvp")) == EXPECTED


def test_nccsv_table_between_its_attribute_lines() -> None:
    text = """*GLOBAL*,Conventions,"COARDS, CF-1.6, ACDD-1.3, NCCSV-1.2"
*GLOBAL*,institution,"NOAA PMEL"
station,*DATA_TYPE*,String
station,cf_role,timeseries_id
latitude,units,degrees_north
longitude,units,degrees_east

*END_METADATA*
station,latitude,longitude,snapshot_url
0n110w,0.0,-110.0,https://cams.polar.example/0n110w.jpg
2s95w,-2.0,-95.0,https://cams.polar.example/2s95w.jpg
*END_DATA*
"""
    assert read(parse(text, ".nccsv")) == [
        ("0n110w", "0n110w", 0.0, -110.0, "https://cams.polar.example/0n110w.jpg"),
        ("2s95w", "2s95w", -2.0, -95.0, "https://cams.polar.example/2s95w.jpg"),
    ]


def test_json_table() -> None:
    answer = {
        "table": {
            "columnNames": ["PlatformCode", "Owner", "latitude", "longitude", "Link"],
            "columnTypes": ["String", "String", "double", "double", "String"],
            "columnUnits": [None, None, "degrees_north", "degrees_east", None],
            "rows": [[name, "BAS", lat, lng, url] for name, lat, lng, url in STATIONS],
        }
    }
    assert read(parse(json.dumps(answer), ".json")) == EXPECTED


def test_json_lines_of_arrays_under_their_names() -> None:
    lines = [json.dumps(["PlatformCode", "Owner", "latitude", "longitude", "Link"])]
    lines.extend(json.dumps([name, "BAS", lat, lng, url]) for name, lat, lng, url in STATIONS)
    assert read(parse("\n".join(lines), ".jsonlCSV1")) == EXPECTED


def test_data_table_dates_are_no_names() -> None:
    cols = [
        {"id": "PlatformCode", "label": "PlatformCode", "type": "string"},
        {"id": "time", "label": "time (UTC)", "type": "datetime"},
        {"id": "latitude", "label": "latitude (degrees_north)", "type": "number"},
        {"id": "longitude", "label": "longitude (degrees_east)", "type": "number"},
        {"id": "Link", "label": "Link", "type": "string"},
    ]
    rows = [
        {
            "c": [
                {"v": name},
                {"v": "Date(2026, 11, 5, 12, 0, 0, 0)"},
                {"v": lat},
                {"v": lng},
                {"v": url},
            ]
        }
        for name, lat, lng, url in STATIONS
    ]
    assert read(parse(json.dumps({"cols": cols, "rows": rows}), ".dataTable")) == EXPECTED


def html_table(cell: str = "td") -> str:
    """Return an ERDDAP .htmlTable page: names, units, image cells with tooltip icons."""
    rows = []
    for n, (name, lat, lng, url) in enumerate(STATIONS):
        image = (
            f'<span class="cssTooltip"><img src="{ERDDAP}/images/QuestionMark.png" alt="?">'
            f'<span class="cssTooltipInner"><img id="img{n}" class="B" '
            f'src="{ERDDAP}/images/loading.png" data-src="{url}" alt="x.jpg"></span></span>'
            f'&nbsp;<a href="{url}">{url}<img src="{ERDDAP}/images/external.png" '
            'alt=" (external link)"></a>'
        )
        rows.append(
            f"<tr><{cell}>{name}<td>British Antarctic Survey<td class=R>{lat}"
            f"<td class=R>{lng}<td>{image}</tr>"
        )
    return (
        "<html><body><table class='erd commonBGColor nowrap'>"
        "<tr><th>PlatformCode<th>Owner<th>latitude<th>longitude<th>Link</tr>"
        "<tr><th><th><th>degrees_north<th>degrees_east<th>&nbsp;</tr>"
        + "".join(rows)
        + "</table></body></html>"
    )


def test_html_table_with_tooltip_icons() -> None:
    assert read(parse(html_table(), ".htmlTable")) == EXPECTED


def test_xhtml_table_with_plain_links() -> None:
    rows = "".join(
        f"<tr><td>{name}</td><td>BAS</td><td>{lat}</td><td>{lng}</td><td>{url}</td></tr>"
        for name, lat, lng, url in STATIONS
    )
    page = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<html xmlns="https://www.w3.org/1999/xhtml">'
        '<body><table class="erd commonBGColor nowrap">'
        "<tr><th>PlatformCode</th><th>Owner</th><th>latitude</th><th>longitude</th><th>Link</th></tr>"
        "<tr><th></th><th></th><th>degrees_north</th><th>degrees_east</th><th>&#160;</th></tr>"
        f"{rows}</table></body></html>"
    )
    assert read(parse(page, ".xhtml")) == EXPECTED


# Near-misses.


def test_platform_word_alone_is_no_code() -> None:
    lines = ["platform,latitude,longitude,Link"]
    lines.extend(f"{name},{lat},{lng},{url}" for name, lat, lng, url in STATIONS)
    cameras = parse("\n".join(lines), ".csv")
    assert len(cameras) == 3
    assert all(c.id.startswith("k-") for c in cameras)


def test_words_under_another_code_are_no_id() -> None:
    lines = ["kode,nama,latitude,longitude,Link"]
    lines.extend(
        f"{name},Kamera {n},{lat},{lng},{url}" for n, (name, lat, lng, url) in enumerate(STATIONS)
    )
    cameras = parse("\n".join(lines), ".csv")
    assert all(c.id.startswith("k-") for c in cameras)


def test_institution_names_only_what_nothing_else_names() -> None:
    lines = ["institution,latitude,longitude,Link"]
    lines.extend(f"NOAA,{lat},{lng},{url}" for _name, lat, lng, url in STATIONS)
    assert [c.raw_name for c in parse("\n".join(lines), ".csv")] == ["NOAA"] * 3


def test_units_like_row_with_a_link_is_a_record() -> None:
    text = csv_rows().replace(
        ",,degrees_north,degrees_east,UTC,",
        "Signy,BAS,degrees_north,degrees_east,UTC,https://cams.polar.example/s.jpg",
    )
    assert "https://cams.polar.example/s.jpg" in {c.snapshot_url for c in parse(text, ".csv")}


def test_other_images_folders_keep_their_pictures() -> None:
    page = (
        "<html><body><table><tr><th>Nama<th>Foto</tr>"
        "<tr><td>Simpang Tiga<td><img src='https://cctv.kutim.example/images/simpang.jpg'></tr>"
        "<tr><td>Pasar Induk<td><img src='https://cctv.kutim.example/images/pasar.jpg'></tr>"
        "</table></body></html>"
    )
    cameras = parse_body(page, profile=Profile.AUTO, base_url="https://cctv.kutim.example/").cameras
    assert [(c.raw_name, c.snapshot_url) for c in cameras] == [
        ("Simpang Tiga", "https://cctv.kutim.example/images/simpang.jpg"),
        ("Pasar Induk", "https://cctv.kutim.example/images/pasar.jpg"),
    ]


def test_json_array_answers_are_no_json_lines() -> None:
    """Only a first line of column names starts JSON Lines of arrays; an array answer,
    pretty or on one line with a closing line break, is left to the JSON reader."""
    rows = [
        {"id": str(n), "nama": f"Simpang {n}", "hls": f"https://a.example/{n}.m3u8"} for n in (1, 2)
    ]
    for text in (
        json.dumps(rows) + "\n",
        json.dumps(rows, indent=2),
        json.dumps(["a", "b"]) + "\n",
    ):
        assert json_sequence(text) is None
    assert json_sequence('["id", "nama"]\r\n["1", "A"]\r\n["2", "B"]\r\n') == [
        ["id", "nama"],
        ["1", "A"],
        ["2", "B"],
    ]
    cameras = parse_body(
        json.dumps(rows) + "\n", profile=Profile.AUTO, base_url="https://a.example/api"
    ).cameras
    assert [(c.id, c.name) for c in cameras] == [("1", "Simpang 1"), ("2", "Simpang 2")]
