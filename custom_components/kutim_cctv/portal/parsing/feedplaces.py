"""The place a feed entry's description writes on a labelled line of its own.

Blogs and CMSs publishing one post per camera write its place as a line of the post,
and their feeds (RSS ``description``, Atom ``content``/``summary``) carry that markup:
``<p>Kecamatan: Sangatta Utara</p>``. A line that is only an area label (``Kecamatan``,
``Wilayah``, ``District``…), a colon and a short place name (one to four words, no
digit) places the entry; a sentence, an address or a number places nothing. Only the
first _MAX_MARKUP characters and _MAX_LINES lines are read.
"""

from __future__ import annotations

import html
import re

from ..aliases import AREA_KEYS, NO_PLACE_WORDS
from ..values import norm_key

__all__ = ["description_place"]

_MAX_MARKUP = 8000
_MAX_LINES = 40
_MAX_WORDS = 4
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]{0,10})?[^<>]{0,500}>")
# Tags inside a line (a bold label: ``<b>Kecamatan</b>: Kaliorang``); others end it.
_INLINE = frozenset({"b", "strong", "em", "i", "span", "small", "u", "mark", "abbr"})
_LABELLED = re.compile(r"([^\W\d_][^\W\d_ ]{1,23})\s{0,3}[:\uff1a]\s{0,3}(\S.{0,60})")
_AREA_LABELS = frozenset(AREA_KEYS) - {"area_served"}
# Labels that may name a spot on the site rather than a district (``Area: Parkir
# Belakang``): read only when the entry's category names no place.
_GENERIC_LABELS = frozenset({"area", "terminal"})
# A value naming nothing or every place: a placeholder, an "all" word, "none".
_NOTHING_WORDS = NO_PLACE_WORDS
# A label word alone as its value ("Kecamatan: Kecamatan") names nothing.
_CHOOSING_LABELS = frozenset({"kecamatan", "wilayah", "area", "district", "lokasi", "zona"})


def description_place(markup: str, *, generic: bool = True) -> str | None:
    """Return the place a description's labelled line names, or None.

    A line naming nothing (``Kecamatan: -``, ``Wilayah: Semua``) is skipped. A generic
    label (``Area``, ``Terminal``: often a spot on the site) counts only when
    ``generic`` says so.
    """
    flat = _TAG.sub(
        lambda tag: "" if (tag.group(2) or "").lower() in _INLINE else "\n", markup[:_MAX_MARKUP]
    )
    for line in flat.split("\n", _MAX_LINES)[:_MAX_LINES]:
        text = " ".join(html.unescape(line).split())
        found = _LABELLED.fullmatch(text)
        if found is None or (label := norm_key(found.group(1))) not in _AREA_LABELS:
            continue
        if label in _GENERIC_LABELS and not generic:
            continue
        place = found.group(2).strip(" .,;")
        words = place.split()
        if not 0 < len(words) <= _MAX_WORDS or any(c.isdigit() or c in ":,;" for c in place):
            continue
        if _names_place(words):
            return place
    return None


def _names_place(words: list[str]) -> bool:
    """Tell a labelled line's value that names a place, not a placeholder or "every" one."""
    folded = [word.casefold().strip("-/().") for word in words]
    if not any(char.isalpha() for word in folded for char in word):
        return False  # "-", "—", "…"
    if folded[0] in _NOTHING_WORDS:
        return False  # "Semua", "Semua Kecamatan", "All", "Tidak ada"
    return not (len(folded) == 1 and folded[0] in _CHOOSING_LABELS)
