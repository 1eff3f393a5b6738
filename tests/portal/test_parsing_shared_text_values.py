"""The shared readers of a JSON value as text (values.stripped_value, values.cleaned_value)."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.values import cleaned_value, stripped_value


def test_stripped_value_takes_strings_stripped_and_optionally_integers() -> None:
    assert stripped_value("  Cam 1 \n") == "Cam 1"
    assert stripped_value("Cam &amp;  1") == "Cam &amp;  1"  # nothing unescaped or collapsed
    assert stripped_value("   ") is None
    assert stripped_value("") is None
    assert stripped_value(7) is None
    assert stripped_value(7, integers=True) == "7"
    assert stripped_value(10**40, integers=True) == str(10**40)  # never through float
    assert stripped_value(True, integers=True) is None
    assert stripped_value(1.5, integers=True) is None
    assert stripped_value(None, integers=True) is None
    assert stripped_value(["a"], integers=True) is None
    assert stripped_value({"a": "b"}) is None


def test_stripped_value_cuts_before_stripping() -> None:
    assert stripped_value("  abcdef", 4) == "ab"
    assert stripped_value("    abcdef", 4) is None
    assert stripped_value("x" * 5000, 300) == "x" * 300


def test_cleaned_value_reads_text_as_clean_text() -> None:
    assert cleaned_value("  Simpang &amp;\t Tiga\x00 ", 300) == "Simpang & Tiga"
    assert cleaned_value(" \n ", 300) is None
    assert cleaned_value("x" * 5000, 300) == "x" * 300
    assert cleaned_value(12, 300) is None
    assert cleaned_value(12, 300, integers=True) == "12"
    assert cleaned_value(False, 300, integers=True) is None
    assert cleaned_value(2.0, 300, integers=True) is None


@pytest.mark.parametrize("value", [None, [], {}, 0.5, True])
def test_non_text_values_are_none(value: object) -> None:
    assert stripped_value(value, integers=True) is None  # type: ignore[arg-type]
    assert cleaned_value(value, 300, integers=True) is None  # type: ignore[arg-type]
