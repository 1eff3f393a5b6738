"""Picture folders a map script joins with the file names its records keep."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.picturefolders import join_picture_folders
from custom_components.kutim_cctv.portal.values import JSONValue

BASE = "https://sig.kutim.example/dashboard"
ROWS = [
    {
        "id_cctv": "11",
        "nama": "Simpang Tiga",
        "gambar": "cctv_11.jpg",
        "lati": "0.50233",
        "longi": "117.5231",
    },
    {
        "id_cctv": "12",
        "nama": "Bundaran Pelangi",
        "gambar": "cctv_12.jpg",
        "lati": "0.49561",
        "longi": "117.53877",
    },
]


def _cams(script: str) -> tuple[Camera, ...]:
    page = (
        "<!doctype html><html><head><title>Peta CCTV</title></head><body><div id='mapid'></div>"
        f"<script>{script}</script></body></html>"
    )
    return parse_body(page, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _page(join: str) -> str:
    return (
        "var mymap = L.map('mapid').setView([0.5, 117.5], 12);\n"
        f"var locations = {json.dumps(ROWS)};\n"
        "for (var i = 0; i < locations.length; i++) {\n"
        f"  var popup = '<b>' + locations[i].nama + '</b>' + {join};\n"
        "  L.marker([locations[i].lati, locations[i].longi]).bindPopup(popup).addTo(mymap);\n"
        "}\n"
    )


@pytest.mark.parametrize(
    ("join", "folder"),
    [
        (
            '"<img src=\'https:\\/\\/sig.kutim.example\\/gambar_cctv\\/" + locations[i].gambar + "\'>"',
            "https://sig.kutim.example/gambar_cctv/",
        ),
        (
            "'<img src=\"uploads/cctv/' + locations[i]['gambar'] + '\" width=\"140\">'",
            "https://sig.kutim.example/uploads/cctv/",
        ),
        (
            "'<img src=\"/assets/snap/' + locations[i].gambar + '\">'",
            "https://sig.kutim.example/assets/snap/",
        ),
    ],
)
def test_folder_joined_with_file_name(join: str, folder: str) -> None:
    cams = _cams(_page(join))
    assert [(c.id, c.snapshot_url) for c in cams] == [
        ("11", folder + "cctv_11.jpg"),
        ("12", folder + "cctv_12.jpg"),
    ]


def test_variable_set_from_the_field() -> None:
    script = _page("'<img src=\"uploads/cctv/' + foto + '\">'").replace(
        "var popup", "var foto = locations[i].gambar;\n  var popup"
    )
    assert [c.snapshot_url for c in _cams(script)] == [
        "https://sig.kutim.example/uploads/cctv/cctv_11.jpg",
        "https://sig.kutim.example/uploads/cctv/cctv_12.jpg",
    ]


def _joined(script: str, rows: list[JSONValue]) -> list[JSONValue]:
    values: list[JSONValue] = [json.loads(json.dumps(rows))]
    join_picture_folders(script, values, BASE)
    first = values[0]
    assert isinstance(first, list)
    return [row["gambar"] for row in first if isinstance(row, dict)]


def test_lan_folder_drops_the_file_name() -> None:
    script = "var s = 'http://192.168.1.20/gambar/' + locations[i].gambar;"
    assert _joined(script, list(ROWS)) == ["", ""]


@pytest.mark.parametrize(
    "script",
    [
        "var icon = 'assets/ikon/' + r.gambar + '.png';",  # a suffix follows: no file name
        "var a = 'thumb/' + r.gambar; var b = 'full/' + r.gambar;",  # two folders
        "var u = 'gambar/' + r.gambar.toLowerCase();",  # a call
        "var u = 'cari?q=' + r.gambar;",  # a query, no folder
        "var u = '/' + r.gambar;",  # no folder
        "var u = 'ftp://files.kutim.example/gambar/' + r.gambar;",  # no web folder
        "var u = '${BASE}/gambar/' + r.gambar;",  # a placeholder
    ],
)
def test_not_a_picture_folder(script: str) -> None:
    assert _joined(script, list(ROWS)) == ["cctv_11.jpg", "cctv_12.jpg"]


def test_paths_and_non_media_values_stay() -> None:
    rows: list[JSONValue] = [
        {"gambar": "lama/cctv_11.jpg"},  # already in a folder
        {"gambar": "https://cdn.kutim.example/cctv_12.jpg"},  # an address
        {"gambar": "belum ada"},  # words
        {"gambar": "catatan.txt"},  # no media
    ]
    script = "var u = 'gambar_cctv/' + r.gambar;"
    assert _joined(script, rows) == [
        "lama/cctv_11.jpg",
        "https://cdn.kutim.example/cctv_12.jpg",
        "belum ada",
        "catatan.txt",
    ]


def test_other_fields_are_left_alone() -> None:
    rows: list[JSONValue] = [{"gambar": "a.jpg", "foto": "b.jpg"}]
    values: list[JSONValue] = [rows]
    join_picture_folders("var u = 'gambar_cctv/' + r.foto;", values, BASE)
    assert rows[0] == {"gambar": "a.jpg", "foto": "gambar_cctv/b.jpg"}


@pytest.mark.parametrize(
    "folder",
    [
        "http://192.168.1.20/gambar/",
        "http://cctv.local/gambar/",
        "http://169.254.169.254/latest/",
        "HTTP://127.0.0.1/g/",
        "http://cctv/g/",
        "http://user:pw@cdn.example.org/g/",
    ],
)
def test_lan_folder_gives_no_picture_next_to_the_page(folder: str) -> None:
    # The page's JSON read on its own must not resolve the file name next to the page.
    with pytest.raises(PortalFormatError):
        _cams(_page(f"'<img src=\"{folder}' + locations[i].gambar + '\">'"))


def test_escaped_quote_ends_the_joined_value() -> None:
    join = (
        '"<img src=\\"https://sig.kutim.example/gambar_cctv/" + locations[i].gambar'
        ' + "\\" width=\\"200\\">"'
    )
    assert [c.snapshot_url for c in _cams(_page(join))] == [
        "https://sig.kutim.example/gambar_cctv/cctv_11.jpg",
        "https://sig.kutim.example/gambar_cctv/cctv_12.jpg",
    ]


def test_lan_page_joins_its_own_lan_folder() -> None:
    page = (
        "<!doctype html><html><head><title>Peta CCTV</title></head><body><div id='mapid'></div>"
        "<script>"
        + _page("'<img src=\"http://192.168.1.10/gambar_cctv/' + locations[i].gambar + '\">'")
        + "</script></body></html>"
    )
    cams = parse_body(page, profile=Profile.AUTO, base_url="http://192.168.1.10/peta").cameras
    assert [c.snapshot_url for c in cams] == [
        "http://192.168.1.10/gambar_cctv/cctv_11.jpg",
        "http://192.168.1.10/gambar_cctv/cctv_12.jpg",
    ]
