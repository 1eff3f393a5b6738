"""Hostile portal input to the client: headers, pictures, huge lists, tokens and names."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings, strategies as st
import pytest

from custom_components.kutim_cctv.portal.http import MAX_RETRY_AFTER, parse_retry_after
from custom_components.kutim_cctv.portal.parsing import parse_kutim_page

NOW = 1445412470.0  # Wed, 21 Oct 2015 07:27:50 GMT

# --------------------------------------------------------------------------- Retry-After


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("0", 0.0),
        ("7", 7.0),
        (" 120\t", 120.0),
        ("3600", 3600.0),
        ("3601", MAX_RETRY_AFTER),
        ("604800", MAX_RETRY_AFTER),
        ("9" * 60, MAX_RETRY_AFTER),
        ("Wed, 21 Oct 2015 07:28:00 GMT", 10.0),
        ("Wed, 21 Oct 2015 07:28:00 -0000", 10.0),
        ("Wednesday, 21-Oct-15 07:28:00 GMT", 10.0),
        ("Wed Oct 21 07:28:00 2015", 10.0),
        ("Tue, 20 Oct 2015 07:28:00 GMT", 0.0),
        ("Fri, 31 Dec 9999 23:59:59 GMT", MAX_RETRY_AFTER),
    ],
)
def test_retry_after_forms(value: str, seconds: float) -> None:
    """Delta-seconds and HTTP-dates are read; pauses are capped at an hour."""
    assert parse_retry_after(value, now=NOW) == seconds


@pytest.mark.parametrize(
    "value",
    [
        None,
        "",
        "soon",
        "1.5",
        "-5",
        "+5",
        "0x10",
        "1e3",
        "5 5",
        "\x00",
        "Wed, 21 Oct 99999 07:28:00 GMT",
        "Mon, 32 Foo 2015 99:99:99 GMT",
        "Wed, 21 Oct 2015 07:28:00 +9999",
        "1" * 100,
    ],
)
def test_retry_after_junk(value: str | None) -> None:
    """Anything that is neither form is ignored."""
    assert parse_retry_after(value, now=NOW) is None


NON_ASCII_DIGITS = [
    chr(code)
    for code in range(0x80, 0x110000)
    if chr(code).isdigit() and unicodedata.category(chr(code)) != "Cs"
]


def test_every_non_ascii_digit_is_ignored() -> None:
    """Every character str.isdigit() accepts outside ASCII is refused, alone or in runs."""
    assert len(NON_ASCII_DIGITS) > 600
    for char in NON_ASCII_DIGITS:
        assert parse_retry_after(char, now=NOW) is None, hex(ord(char))
        assert parse_retry_after("1" + char, now=NOW) is None, hex(ord(char))
        assert parse_retry_after(char * 3, now=NOW) is None, hex(ord(char))


@settings(max_examples=300, deadline=None, database=None)
@given(st.text(max_size=80))
def test_retry_after_never_raises(value: str) -> None:
    """Any header text gives a bounded pause or None, never an exception."""
    seconds = parse_retry_after(value, now=NOW)
    assert seconds is None or 0.0 <= seconds <= MAX_RETRY_AFTER


@pytest.mark.parametrize("digit", ["\u00b2", "\u2075\u2070", "\u00b9\u00b2\u00b3", "\u2460"])
@pytest.mark.parametrize("key", ["total", "totalPages", "limit", "page"])
def test_page_counts_in_unicode_digits_are_ignored(digit: str, key: str) -> None:
    """A page total in superscript digits is no count, and no crash."""
    page = parse_kutim_page(
        {
            "data": [{"id": 1, "name": "Simpang", "streamKey": "simpang-1"}],
            "meta": {"page": 1, "limit": 5, "total": 1, "totalPages": 1, key: digit},
        },
        hls_base="https://cctv.kutim.example",
    )
    assert [camera.id for camera in page.result.cameras] == ["1"]
    assert page.total in (None, 1)
