"""Areas written as a select's option values, read as the labels the page shows for them.

A map page often lets a visitor narrow its markers to a district with a ``<select>``
whose option values are slugs (``<option value="sangatta-utara">Sangatta Utara</option>``)
and hands each marker the same slug (``tambahCctv('sangatta-utara', 3, 'Simpang …', …)``,
``marker.district = 'north-shore'``). The slug is the district's spelling for the
script; the option's label is its name. Only a slug spelling its label's words
(lower-cased, joined by ``-`` or ``_``) is read as that label: an option value that is a
number or a code (``value="3"``) names nothing by itself. At most 500 options of the
page's first 2,000,000 characters are read.
"""

from __future__ import annotations

import html
import re

from ..values import clean_text

__all__ = ["option_labels"]

_MAX_OPTIONS = 500
_MAX_TEXT = 2_000_000
# An option's attributes and its text (the closing tag may be left out).
_OPTION = re.compile(r"<option\b([^<>]{0,300})>([^<]{1,120})(?=<|\Z)", re.IGNORECASE)
_VALUE = re.compile(
    r"""(?:^|\s)value\s*=\s*(?:"([^"<>]{1,80})"|'([^'<>]{1,80})'|([^\s"'<>=`]{1,80}))""",
    re.IGNORECASE,
)
_SLUG = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+){0,11}")
_WORD = re.compile(r"[^\W_]+")


def _slug_of(label: str) -> str:
    """Return a label's words lower-cased and joined by ``-``."""
    return "-".join(_WORD.findall(label.lower()))


def option_labels(page: str) -> dict[str, str]:
    """Return the label of each option whose value is a slug of it, by that value.

    A value given two different labels by the page is left out.
    """
    labels: dict[str, str] = {}
    clashes: set[str] = set()
    for count, match in enumerate(_OPTION.finditer(page, 0, min(len(page), _MAX_TEXT))):
        if count >= _MAX_OPTIONS:
            break
        value_match = _VALUE.search(match.group(1))
        if value_match is None:
            continue
        value = html.unescape(next(v for v in value_match.groups() if v is not None)).strip()
        label = clean_text(match.group(2))
        if (
            not label
            or label == value
            or _SLUG.fullmatch(value) is None
            or not any(char.isalpha() for char in value)
            or _slug_of(label) != value.replace("_", "-")
        ):
            continue
        if labels.setdefault(value, label) != label:
            clashes.add(value)
    for value in clashes:
        del labels[value]
    return labels
