"""Stream pickers and players counted in class collections, on hostile pages.

A page's selects share one budget of handler texts and variable look-ups, and the same
id's base is read once; a select past the bound keeps its options to itself. Players
attached to the nth element of a class inside a scope count that class once per scope,
each element's place found at the scope's depth rather than by walking its ancestors.
"""

from __future__ import annotations

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

PICKER = "https://dishub.kutim.example/cctv/live"


def _parse(text: str, base: str = PICKER) -> list[Camera]:
    return parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras


def test_selects_sharing_scripts_of_long_names_stay_bounded() -> None:
    # Sixteen selects of one id, referenced all over 64 scripts of long identifiers and
    # no join: no base is found, and the scan stops early.
    chunk = "cam;" + ("abcdefghij" * 6 + " ") * 40
    select = (
        "<select id='cam'><option value='a.m3u8'>Simpang A</option>"
        "<option value='b.m3u8'>Simpang B</option></select>"
    )
    page = "<html><body>" + select * 16 + f"<script>{chunk * 16}</script>" * 64 + "</body></html>"
    found = _parse(page)
    assert found
    assert {c.stream_url for c in found} == {
        "https://dishub.kutim.example/cctv/a.m3u8",
        "https://dishub.kutim.example/cctv/b.m3u8",
    }


def test_the_base_of_a_select_is_still_found_after_noise() -> None:
    noise = "<script>" + ("var abcdefghijabcdefghij = 1; " * 500) + "</script>"
    script = (
        "<script>var base = 'https://stream.kutim.example/m3/';"
        "$('#cam').on('change', function () { play(base + this.value); });</script>"
    )
    select = "<select id='cam'><option value='a.m3u8'>Simpang A</option></select>"
    found = _parse(f"<html><body>{select}{noise}{script}</body></html>")
    assert [c.stream_url for c in found] == ["https://stream.kutim.example/m3/a.m3u8"]


def test_a_select_past_the_bound_keeps_its_options_from_the_last_one() -> None:
    # Sixteen selects are read; the sixteenth is left open, and the options of a
    # seventeenth are never taken as the sixteenth's, nor joined to its base.
    closed = "".join(
        f"<select id='s{n}'><option value='k{n}.m3u8'>Kamera {n}</option></select>"
        for n in range(15)
    )
    page = (
        f"<html><body>{closed}<select id='s15'><option value='k15.m3u8'>Kamera 15</option>"
        "<select id='s16'><option value='k16.m3u8'>Kamera 16</option></select>"
        "<script>$('#s15').on('change', function () {"
        " play('https://stream.kutim.example/m3/' + this.value); });</script></body></html>"
    )
    streams = {c.raw_name: c.stream_url for c in _parse(page)}
    assert streams.get("Kamera 15") == "https://stream.kutim.example/m3/k15.m3u8"
    assert streams.get("Kamera 16") != "https://stream.kutim.example/m3/k16.m3u8"


def test_players_counted_in_a_scoped_class_over_a_deep_page_stay_bounded() -> None:
    # An empty scope, 5,000 elements of the class 250 levels deep, 200 players counted
    # in that scope: none of them finds an element, and each keeps its own source.
    deep = "<div>" * 250 + '<span class="p">x</span>' * 5000 + "</div>" * 250
    script = "const t = document.querySelectorAll('#cams .p');\n" + "".join(
        f'new Clappr.Player({{parentId: t[{n}], source: "https://s.kutim.example/c{n}.m3u8"}});\n'
        for n in range(200)
    )
    page = f'<html><body><div id="cams"></div>{deep}<script>{script}</script></body></html>'
    found = _parse(page, "https://s.kutim.example/")
    assert len(found) == 200
    assert found[7].stream_url == "https://s.kutim.example/c7.m3u8"
    assert found[7].raw_name != "x"


def test_players_counted_in_a_scope_find_its_own_elements() -> None:
    tiles = "".join(
        f"<div class='tile'><h3>Simpang {n}</h3><div class='p'></div></div>" for n in "ABC"
    )
    outside = "<div class='tile'><h3>Luar</h3><div class='p'></div></div>"
    script = "const t = document.querySelectorAll('#cams .p');\n" + "".join(
        f'new Clappr.Player({{parent: t[{n}], source: "https://s.kutim.example/{n}.m3u8"}});\n'
        for n in range(3)
    )
    page = (
        f"<html><body>{outside}<div id='cams'>{tiles}</div><script>{script}</script></body></html>"
    )
    found = _parse(page, "https://s.kutim.example/")
    assert [(c.raw_name, c.stream_url) for c in found] == [
        ("Simpang A", "https://s.kutim.example/0.m3u8"),
        ("Simpang B", "https://s.kutim.example/1.m3u8"),
        ("Simpang C", "https://s.kutim.example/2.m3u8"),
    ]
