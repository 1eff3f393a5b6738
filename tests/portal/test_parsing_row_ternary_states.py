"""Positional rows whose state the placing loop writes as a ternary of two state words."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://smartcity.kutim.example/peta"


def parse(text: str) -> list[Camera]:
    return list(parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras)


ROWS = """
['KTM-01', 'Pos Ronda Kenyamukan', 0.46655, 117.58101, 'Sangatta Selatan', 'https://smartcity.kutim.example/cctv/embed/KTM-01', {a}],
['KTM-02', 'Gang Mawar Teluk Lingga', 0.52133, 117.55562, 'Sangatta Utara', 'https://smartcity.kutim.example/cctv/embed/KTM-02', {b}],
['KTM-03', 'Jl. Masjid Singa Gembara', 0.50811, 117.54402, 'Sangatta Utara', 'https://smartcity.kutim.example/cctv/embed/KTM-03', {c}]
"""


def page(state: str, values: tuple[str, str, str] = ("1", "0", "1")) -> str:
    rows = ROWS.format(a=values[0], b=values[1], c=values[2])
    return (
        "<html><body><div id='peta'></div><script>\n"
        f"var lokasi = [{rows}];\n"
        "function initMap() {\n"
        "  var peta = new google.maps.Map(document.getElementById('peta'), {zoom: 13});\n"
        "  var iw = new google.maps.InfoWindow();\n"
        "  for (var i = 0; i < lokasi.length; i++) {\n"
        "    var marker = new google.maps.Marker({\n"
        "      position: new google.maps.LatLng(lokasi[i][2], lokasi[i][3]), map: peta,\n"
        "      title: lokasi[i][1]});\n"
        "    var isi = '<h4>' + lokasi[i][1] + '</h4><p>Kec. ' + lokasi[i][4] + ' - ' +\n"
        f"      {state} + '</p><iframe src=\"' + lokasi[i][5] + '\"></iframe>';\n"
        "  }\n"
        "}\n</script></body></html>"
    )


def states(text: str) -> dict[str, bool | None]:
    return {camera.id: camera.online for camera in parse(text)}


@pytest.mark.parametrize(
    ("state", "values", "want"),
    [
        ("(lokasi[i][6] == 1 ? 'Online' : 'Offline')", ("1", "0", "1"), [True, False, True]),
        ("(lokasi[i][6] === 1 ? 'Online' : 'Offline')", ("1", "0", "1"), [True, False, True]),
        ("(lokasi[i][6] != 1 ? 'Offline' : 'Online')", ("1", "0", "1"), [True, False, True]),
        (
            '(lokasi[i][6] ? "Aktif" : "Tidak Aktif")',
            ("true", "false", "true"),
            [True, False, True],
        ),
        ("(lokasi[i][6] == 'Y' ? 'Aktif' : 'Rusak')", ("'Y'", "'N'", "'N'"), [True, False, False]),
        # JavaScript's loose equality: '1' == 1, but '1' !== 1
        ("(lokasi[i][6] == 1 ? 'Online' : 'Offline')", ("'1'", "'0'", "'1'"), [True, False, True]),
        (
            "(lokasi[i][6] === 1 ? 'Online' : 'Offline')",
            ("'1'", "'0'", "'1'"),
            [False, False, False],
        ),
    ],
)
def test_the_state_ternary_gives_each_row_its_state(
    state: str, values: tuple[str, str, str], want: list[bool]
) -> None:
    assert states(page(state, values)) == dict(
        zip(("KTM-01", "KTM-02", "KTM-03"), want, strict=True)
    )


@pytest.mark.parametrize(
    "state",
    [
        "(lokasi[i][6] == 1 ? 'Ya' : 'Tidak')",  # a yes/no answer (PTZ: Ya/Tidak)
        "(lokasi[i][6] ? 'Ada' : 'Tidak ada')",  # parking: there is / there is not
        "(lokasi[i][6] == 1 ? 'Siang' : 'Malam')",  # day or night shift
        "(lokasi[i][6] == 1 ? 'Online' : 'Aktif')",  # two words of the same state
        "(lokasi[i][6] == 1 ? '/img/pin-hijau.png' : '/img/pin-merah.png')",  # an icon
        "(lokasi[i][6] == 1 ? lbl.on : lbl.off)",  # words kept elsewhere
        "(lokasi[i][6] == window.aktif ? 'Online' : 'Offline')",  # no literal compared
    ],
)
def test_other_ternaries_state_nothing(state: str) -> None:
    assert set(states(page(state)).values()) == {None}


def test_the_ternary_of_another_array_is_not_the_rows() -> None:
    text = page("(lain[i][6] == 1 ? 'Online' : 'Offline')")
    assert set(states(text).values()) == {None}


def test_a_cell_variable_is_no_row_loop() -> None:
    """``var nama = rows[i][0]`` names a cell: the counting loop's rows stay named."""
    text = (
        "<html><body><script>\n"
        "var dataCctv = [\n"
        "  ['Pasar Induk', 'KEL-01', 'Sangatta Utara', 0.50412, 117.54611, "
        "'https://cctvkel.kutim.example/hls/kel-01/index.m3u8', 'N'],\n"
        "  ['Taman Bersemi', 'KEL-02', 'Sangatta Utara', 0.52244, 117.56102, "
        "'https://cctvkel.kutim.example/hls/kel-02/index.m3u8', 'Y']\n"
        "];\n"
        "for (var i = 0; i < dataCctv.length; i++) {\n"
        "  var nama = dataCctv[i][0];\n"
        "  var kecamatan = dataCctv[i][2];\n"
        "  var kondisi = dataCctv[i][6] == 'Y' ? 'Aktif' : 'Tidak Aktif';\n"
        "  new google.maps.Marker({position: {lat: dataCctv[i][3], lng: dataCctv[i][4]},\n"
        "    info: 'Nama : ' + nama + '<br>Kondisi : ' + kondisi});\n"
        "}\n</script></body></html>"
    )
    cameras = {camera.name: camera for camera in parse(text)}
    assert cameras["Pasar Induk"].area == "Sangatta Utara"
    assert cameras["Pasar Induk"].online is False
    assert cameras["Taman Bersemi"].online is True


def test_a_lan_address_in_a_row_stays_no_media() -> None:
    text = page("(lokasi[i][6] == 1 ? 'Online' : 'Offline')").replace(
        "https://smartcity.kutim.example/cctv/embed/KTM-02", "http://192.168.1.20/cctv/embed/KTM-02"
    )
    for camera in parse(text):
        assert "192.168" not in (camera.stream_url or "")


def test_a_huge_number_in_a_cell_is_compared_without_error() -> None:
    # A cell written as a 400-digit number (hostile or broken) never overflows a float:
    # it is no 1, loosely or strictly, and a numeric string beside it still compares.
    huge = "1" + "0" * 400
    rule = "(lokasi[i][6] == 1 ? 'Online' : 'Offline')"
    found = states(page(rule, ("1", huge, f"'{huge}'")))
    assert found == {"KTM-01": True, "KTM-02": False, "KTM-03": False}


def test_ternary_matches_read_as_one_pattern_of_row_and_tail() -> None:
    """The fixed tail is matched after each place the row's pattern matches; a failed
    tail goes on from the next character (``aaa[0]`` of row ``aa``), a ternary from its
    end, as one pattern ``row + tail`` would."""
    import re

    from custom_components.kutim_cctv.portal.parsing.rownames import _ternary_matches

    script = "aaa[0] ? 'Online' : 'Offline'; x.aa[1]=='1'?'On':'Off'; aa[2]?'a'"
    found = [m.groups() for m in _ternary_matches(script, re.escape("aa"))]
    assert found == [
        ("0", None, None, "'", "Online", "'", "Offline"),
        ("1", "==", "'1'", "'", "On", "'", "Off"),
    ]
    indexed = r"(?<![\w$.])d\s*\[\s*i\s*\]"
    script = "x.d[i][0]?'Up':'Down'; d [ i ] [3] !== true ? 'Aktif' : 'Mati'"
    assert [m.group(1, 2, 5, 7) for m in _ternary_matches(script, indexed)] == [
        ("3", "!==", "Aktif", "Mati")
    ]


def test_many_loops_over_a_script_full_of_the_row_letter_stay_bounded() -> None:
    """Twenty lists each placed by ``forEach(function (r) {…})`` with a state ternary on
    ``r[6]``, beside a string of 300,000 ``r``: every list keeps its two states, and the
    row's ternaries are searched by one pattern (its CPU time is measured by
    ``scripts/bench_hostile.py``)."""
    parts = []
    for n in range(20):
        rows = (
            f"['K{n}-01', 'Pos {n}', 0.4{n}, 117.5{n}, 'Sangatta', "
            f"'https://smartcity.kutim.example/cctv/embed/K{n}-01', 1],"
            f"['K{n}-02', 'Gang {n}', 0.5{n}, 117.6{n}, 'Sangatta', "
            f"'https://smartcity.kutim.example/cctv/embed/K{n}-02', 0]"
        )
        parts.append(
            f"var l{n} = [{rows}];\nl{n}.forEach(function(r) {{ var m = new google.maps.Marker("
            "{position: new google.maps.LatLng(r[2], r[3]), title: r[1]}); "
            "var isi = '<h4>' + r[1] + '</h4>' + (r[6] == 1 ? 'Online' : 'Offline') + "
            "'<iframe src=\"' + r[5] + '\"></iframe>'; });\n"
        )
    junk = 'var junk = "' + "r" * 300_000 + '";\n'
    text = "<html><body><div id='peta'></div><script>\n" + "".join(parts) + junk
    found = states(text + "</script></body></html>")
    assert found == {f"K{n}-0{k}": k == 1 for n in range(20) for k in (1, 2)}
