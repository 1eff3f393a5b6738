"""Commented-out script code (``//`` lines, ``/* … */`` blocks) is never read as cameras."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.javascript import blank_comments, is_code_type

BASE = "https://peta.kutim.example/cctv/"


def _cams(script: str, script_type: str = "") -> tuple[Camera, ...]:
    kind = f' type="{script_type}"' if script_type else ""
    page = (
        "<!doctype html><html><head><title>Peta</title></head><body><div id='map'></div>"
        f"<script{kind}>{script}</script></body></html>"
    )
    return parse_body(page, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _entry(name: str) -> str:
    return (
        f'{{name: "{name}", lat: 0.51, lng: 117.55, url: "https://cctv.kutim.example/{name}.m3u8"}}'
    )


LIVE = f"var cctv = [{_entry('kabo')}, {_entry('tiga')}];"


@pytest.mark.parametrize(
    "dead",
    [
        f"/* var cctv = [{_entry('lama1')}, {_entry('lama2')}]; */",
        f"/*\nvar old = [{_entry('lama1')}, {_entry('lama2')}];\n*/",
        f"// var old = [{_entry('lama1')}, {_entry('lama2')}];",
        "// L.marker([0.5, 117.5]).bindPopup('<a href=\"https://cctv.kutim.example/lama.m3u8\">Lama</a>');",
        "/* new Hls().loadSource('https://cctv.kutim.example/lama.m3u8'); */",
    ],
)
@pytest.mark.parametrize("before", [True, False])
def test_commented_code_gives_no_camera(dead: str, before: bool) -> None:
    """Only the live list is read, whether the commented copy comes first or last."""
    script = f"{dead}\n{LIVE}" if before else f"{LIVE}\n{dead}"
    assert sorted(c.name or "" for c in _cams(script)) == ["kabo", "tiga"]


def test_commented_entries_inside_a_list_are_left_out() -> None:
    """An entry commented out inside the array is no camera; its neighbours are."""
    script = f"var cctv = [\n{_entry('kabo')},\n// {_entry('lama')},\n/* {_entry('lama2')}, */\n{_entry('tiga')}\n];"
    assert sorted(c.name or "" for c in _cams(script)) == ["kabo", "tiga"]


def test_only_commented_code_is_no_list() -> None:
    """A page whose only cameras are commented out has no camera list."""
    with pytest.raises(PortalFormatError):
        _cams(f"/* var cctv = [{_entry('kabo')}, {_entry('tiga')}]; */")


@pytest.mark.parametrize(
    ("script", "kept"),
    [
        ('var u = "http://a.example/x.m3u8"; // note', 'var u = "http://a.example/x.m3u8";'),
        ("var u = 'https://a.example/*/x'; /* c */", "var u = 'https://a.example/*/x';"),
        ("var u = `//a.example/${p}/x`;", "var u = `//a.example/${p}/x`;"),
        ("var r = /^https?:\\/\\/.+/i; // url", "var r = /^https?:\\/\\/.+/i;"),
        ("var r = x.replace(/'/g, ''); // q", "var r = x.replace(/'/g, '');"),
        ("var r = [/[/]/, 1]; // q", "var r = [/[/]/, 1];"),
        ("var h = w / 2; // half", "var h = w / 2;"),
    ],
)
def test_strings_and_regular_expressions_are_no_comments(script: str, kept: str) -> None:
    """Slashes inside strings, templates and regular expressions stay code."""
    blanked = blank_comments(script)
    assert len(blanked) == len(script)
    assert blanked.rstrip() == kept


def test_blanking_keeps_lines_and_offsets() -> None:
    """A block comment keeps its newlines so positions and line numbers stay the same."""
    script = "a = 1;\n/* x\ny\nz */ b = 2;"
    blanked = blank_comments(script)
    assert len(blanked) == len(script)
    assert blanked.count("\n") == script.count("\n")
    assert blanked.endswith(" b = 2;") and "x" not in blanked


def test_unterminated_comment_runs_to_the_end() -> None:
    """An unclosed block comment blanks the rest of the script, nothing more."""
    assert blank_comments("a = 1; /* var cctv = [") == "a = 1;" + " " * 16


@pytest.mark.parametrize(
    "script",
    [
        "/" * 200_000,
        "/*" * 100_000,
        "'" * 100_000 + "//",
        "x = 1 " + " " * 100_000 + "/ 2" * 10_000,
        "(/[" * 50_000,
        "`" + "a" * 200_000,
    ],
)
def test_hostile_scripts_are_bounded(script: str) -> None:
    """Long runs of slashes, quotes and brackets give a same-length result."""
    assert len(blank_comments(script)) == len(script)


@pytest.mark.parametrize(
    ("kind", "code"),
    [
        ("", True),
        ("text/javascript", True),
        ("module", True),
        ("application/x-javascript", True),
        ("application/json", False),
        ("application/ld+json", False),
        ("text/template", False),
        ("text/x-handlebars-template", False),
    ],
)
def test_code_types(kind: str, code: bool) -> None:
    """Only scripts holding code have comments; data and templates are kept whole."""
    assert is_code_type(kind) is code


def test_json_script_keeps_slashes() -> None:
    """A JSON data script is read as it is (``//`` in its text is no comment)."""
    data = '[{"name": "kabo", "lat": 0.51, "lng": 117.55, "url": "https://cctv.kutim.example/kabo.m3u8"}]'
    assert [c.name for c in _cams(data, "application/json")] == ["kabo"]
