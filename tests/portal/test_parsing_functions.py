"""The function definitions of a page script, scanned once and shared by its readers."""

from __future__ import annotations

from custom_components.kutim_cctv.portal.parsing import functions as functions_module
from custom_components.kutim_cctv.portal.parsing.functions import ScriptFunctions


def _by_name(script: str) -> dict[str, functions_module.Definition]:
    return {d.name: d for d in ScriptFunctions(script).definitions()}


def test_every_definition_form_is_found_with_its_parameters_and_body() -> None:
    script = (
        "function tambah(lat, lng, nama = 'x') { return 1; }\n"
        "var kartu = function (nama, hls) { return '<b>' + nama + '</b>'; };\n"
        "const popup = (nama, src) => '<h4>' + nama + '</h4>';\n"
        "let blok = async (id) => { return id; };\n"
        "const gen = function* langkah(a) { yield a; };\n"
        "app.tampil = function (id, kecamatan) { buka(id); };\n"
    )
    found = _by_name(script)
    assert set(found) == {"tambah", "kartu", "popup", "blok", "gen", "tampil"}
    assert found["tambah"].params == ("lat", "lng", "nama")
    assert script[found["tambah"].body or 0 :].startswith(" return 1;")
    assert found["popup"].arrow and found["popup"].expression
    assert script[found["popup"].body or 0 :].startswith("'<h4>'")
    assert found["blok"].arrow and not found["blok"].expression
    assert script[found["blok"].body or 0 :].startswith(" return id;")
    assert found["gen"].params == ("a",)
    assert found["tampil"].member and not found["kartu"].member
    assert script[found["tambah"].params_start - 1] == "("


def test_words_that_only_look_like_definitions_are_not_definitions() -> None:
    script = (
        "functions(a, b); functionality(1); if (a == (b)) {}\n"
        "x = (a + b) * 2; y = 3; z = (a, b); w => w + 1;\n"
    )
    assert ScriptFunctions(script).definitions() == ()


def test_unusual_parameter_lists_have_no_names() -> None:
    found = _by_name(
        "function a({ id, nama }) {}\n"
        "function b(x = f(1), y) {}\n"
        "function c() { return '<i>'; }\n"
        "function d(p0,p1,p2,p3,p4,p5,p6,p7,p8,p9,p10,p11,p12,p13) {}\n"
        "function e(x) return x;\n"
    )
    assert found["a"].params is None  # destructured
    assert found["b"].params is None and found["b"].body is None  # parentheses inside
    assert found["c"].params == ()
    assert found["d"].params is not None and len(found["d"].params) == 12
    assert found["e"].params == ("x",) and found["e"].body is None


def test_a_script_without_definition_words_is_not_scanned() -> None:
    # No "function" and no "=>": the pattern (which may start at any identifier) never runs.
    assert ScriptFunctions("var a = b(c); " * 1000).definitions() == ()


def test_definitions_are_bounded_and_scanned_once() -> None:
    count = functions_module.MAX_DEFINITIONS + 50
    script = "".join(f"function f{n}(a) {{}}\n" for n in range(count))
    scanned = ScriptFunctions(script)
    first = scanned.definitions()
    assert len(first) == functions_module.MAX_DEFINITIONS
    assert first[-1].name == f"f{functions_module.MAX_DEFINITIONS - 1}"
    assert scanned.definitions() is first
