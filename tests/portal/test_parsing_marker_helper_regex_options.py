"""Marker helpers whose body holds a regular expression literal, and district slugs.

A page function placing one marker per call often cleans or escapes a text with a
regular expression literal before building its popup (``name.replace(/'/g, "\\'")``,
``title.replace(/["'()]/g, '')``): the literal holds quotes and brackets that are no
string and no call, so the helper's body is read past it. A slash dividing two values
is no literal. A marker's area that is a slug a ``<select>`` on the page lists as an
option value spelling its label (``sangatta-utara`` → ``Sangatta Utara``) is read as
that label; a value that is a number or a code, or spells other words, is left as is.
"""

from __future__ import annotations

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.javascript import blank_comments, regex_end
from custom_components.kutim_cctv.portal.parsing.optionlabels import option_labels

BASE = "https://peta.kutim.example/cctv/"
HLS = "https://s.kutim.example/hls/{}/index.m3u8"


def cameras(text: str) -> tuple[Camera, ...]:
    """Parse a page as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _page(script: str, before: str = "") -> str:
    return f"<html><body>{before}<div id='peta'></div><script>{script}</script></body></html>"


_ESCAPING_HELPER = (
    "function tambahCctv(kec, id, nama, lat, lng, url) {\n"
    "  var isi = '<a onclick=\"putar(\\'' + nama.replace(/'/g, \"\\\\'\") + '\\', \\''"
    " + url + '\\')\">' + nama + '</a>';\n"
    "  L.marker([lat, lng]).bindPopup(isi).addTo(peta);\n"
    "}\n"
)


def test_a_helper_escaping_quotes_with_a_regex_literal_is_read() -> None:
    page = _page(
        _ESCAPING_HELPER
        + f"tambahCctv('bengalon', 19, 'Pasar Bengalon', 0.84531, 117.7391, '{HLS.format('a')}');\n"
        + f"tambahCctv('bengalon', 22, \"Simpang Jum'at\", 0.85, 117.74, '{HLS.format('b')}');\n"
    )
    found = [(c.id, c.name, c.latitude, c.longitude, c.stream_url) for c in cameras(page)]
    assert found == [
        ("19", "Pasar Bengalon", 0.84531, 117.7391, HLS.format("a")),
        ("22", "Simpang Jum'at", 0.85, 117.74, HLS.format("b")),
    ]


def test_a_regex_literal_holding_brackets_does_not_end_the_body() -> None:
    page = _page(
        "function addMarker(lat, long, title, img_path) {\n"
        "  var safe = title.replace(/[\"'()<>]/g, '');\n"
        "  L.marker([lat, long]).addTo(peta).bindPopup('<b>' + safe + '</b><img src=\"'"
        " + img_path + '\">');\n"
        "}\n"
        "addMarker(53.54412, 9.9668, 'Fischmarkt', 'https://w.example/fisch.jpg');\n"
    )
    (camera,) = cameras(page)
    assert (camera.name, camera.snapshot_url) == ("Fischmarkt", "https://w.example/fisch.jpg")


def test_a_slash_dividing_is_no_regex_literal() -> None:
    script = "var a = (b) / 2; var c = x / y / z; f(/'/g)"
    assert regex_end(script, script.index("/")) is None
    assert regex_end(script, script.index("x /") + 2) is None
    assert regex_end(script, script.index("/'")) == script.index("/g") + 1
    # Comments are still told apart from literals after the shared rule.
    assert blank_comments("var r = /'/g; // it's a comment\n") == "var r = /'/g;" + " " * 18 + "\n"


_SELECT = (
    "<select id='pilih-kecamatan'><option value=''>-- Semua --</option>"
    "<option value='sangatta-utara'>Sangatta Utara</option>"
    "<option value=muara_wahau>Muara Wahau"
    "<option value='3'>Bengalon</option>"
    "<option value='kongbeng'>Kecamatan Telen</option></select>"
)


def test_a_district_slug_is_read_as_its_option_label() -> None:
    page = _page(
        _ESCAPING_HELPER
        + f"tambahCctv('sangatta-utara', 3, 'Jl. Yos Sudarso', 0.5, 117.5, '{HLS.format('a')}');\n"
        + f"tambahCctv('muara_wahau', 4, 'Simpang Wahau', 1.03, 116.87, '{HLS.format('b')}');\n",
        _SELECT,
    )
    assert [(c.name, c.area) for c in cameras(page)] == [
        ("Jl. Yos Sudarso", "Sangatta Utara"),
        ("Simpang Wahau", "Muara Wahau"),
    ]


def test_option_values_that_spell_no_label_are_not_read() -> None:
    labels = option_labels(_SELECT)
    assert labels == {"sangatta-utara": "Sangatta Utara", "muara_wahau": "Muara Wahau"}
    # Two selects giving one value different labels: neither is read.
    clash = "<option value='utara'>Utara</option><option value='utara'>UTARA</option>"
    assert option_labels(clash) == {}


def test_a_slug_no_option_spells_stays_as_written() -> None:
    page = _page(
        _ESCAPING_HELPER
        + f"tambahCctv('kongbeng', 7, 'Simpang Kongbeng', 0.9, 117.1, '{HLS.format('a')}');\n",
        _SELECT,
    )
    (camera,) = cameras(page)
    assert camera.area == "kongbeng"


def test_a_megabyte_line_of_unclosed_regex_classes_stays_bounded() -> None:
    """A line of ``=/[`` (each slash a literal's start, its class never closed) is read once.

    A literal is looked for over its own short length only, so the page is read in
    linear time (measured by ``scripts/bench_hostile.py``), and the helper after it is
    still read.
    """
    junk = "var junk = 0 " + "=/[" * 333_000 + ";\n"
    regex = regex_end(junk, junk.index("/"))
    assert regex is None
    page = _page(
        junk
        + _ESCAPING_HELPER
        + f"tambahCctv('bengalon', 19, 'Pasar Bengalon', 0.84531, 117.7391, '{HLS.format('a')}');\n"
        + f"tambahCctv('bengalon', 22, 'Simpang Tiga', 0.85, 117.74, '{HLS.format('b')}');\n"
    )
    found = [(c.id, c.name, c.stream_url) for c in cameras(page)]
    assert found == [
        ("19", "Pasar Bengalon", HLS.format("a")),
        ("22", "Simpang Tiga", HLS.format("b")),
    ]
    assert blank_comments(junk) == junk
