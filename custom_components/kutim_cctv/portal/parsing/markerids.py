"""Identifiers a map library gives its markers in statements written after them.

A marker or feature is often created first and given its identifier by the library's
own id mechanism next: OpenLayers ``feature.setId('BGL-01')``, the ``set(key, value)``
of OpenLayers features and Google Maps markers (both are observable objects:
``feature.set('kode', 'BGL-01')``), or a plain property (``marker.id = 'CAM-3'``).
Only statements on a variable a marker was assigned to are read, and only literal
values (a string or an integer): the id for ``setId``, otherwise a field named like an
identifier or an area. A marker kept in a collection under a quoted key holding a digit
(``markers['GM-011'] = m``) has that key as its id when the collection keeps two or more
markers under different keys. Nothing is evaluated.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Collection
import re

from ..aliases import AREA_KEYS
from ..shapes import is_id_key
from ..values import norm_key

__all__ = ["MarkerIds"]

_MAX_STATEMENTS = 8000
_MAX_VALUE = 128
_IDENT = r"[A-Za-z_$][\w$]*"
_ID_STATEMENT = re.compile(
    rf"(?<![\w$.])(?P<var>{_IDENT})\s*\.\s*(?:"
    r"setId\s*\(\s*"
    r"|set\s*\(\s*(?P<q>[\"'])(?P<key>[A-Za-z_$][\w$-]{0,40})(?P=q)\s*,\s*"
    r"|(?P<prop>[A-Za-z_$][\w$]{0,40})\s*=(?![=>])\s*"
    r")"
)
# A marker kept in a collection under its key (``markers['GM-011'] = m``,
# ``cctv_arr["21"] = marker``): a quoted key written like a code, never a bare index.
_STORE_STATEMENT = re.compile(
    rf"(?<![\w$.])(?P<store>{_IDENT})\s*\[\s*(?P<q>[\"'])(?P<key>[A-Za-z0-9][\w.:-]{{0,63}})(?P=q)\s*\]"
    rf"\s*=(?![=>])\s*(?P<var>{_IDENT})\s*(?=[;\n}}]|$)"
)
_DIGIT = re.compile(r"\d")
_INTEGER = re.compile(r"-?\d{1,18}(?=\s*[),;\n}]|\s*$)")
# A literal standing alone, not the first part of an expression (``'b_' + id``).
_END = re.compile(r"[ \t]*(?:[),;\n}]|$)")

StringAt = Callable[[str, int], "tuple[str, int] | None"]


def _literal(script: str, start: int, string_at: StringAt) -> str | None:
    """Return the string or integer literal written at start, as text."""
    if (number := _INTEGER.match(script, start)) is not None:
        return number.group()
    if script[start : start + 1] in ("'", '"', "`"):
        literal = string_at(script, start)
        if literal is not None and _END.match(script, literal[1]) is not None:
            text = literal[0].strip()
            if text and len(text) <= _MAX_VALUE and "<" not in text and "://" not in text:
                return text
    return None


class MarkerIds:
    """The id and fields given to marker variables after the markers were created."""

    def __init__(self, script: str, names: Collection[str], string_at: StringAt) -> None:
        """Read the id statements on the given marker variables."""
        self._found: dict[str, list[tuple[int, str, str]]] = {}
        if not names:
            return
        for count, match in enumerate(_ID_STATEMENT.finditer(script)):
            if count >= _MAX_STATEMENTS:
                break
            var = match.group("var")
            if var not in names:
                continue
            if match.group("key") is not None:
                key = norm_key(match.group("key"))
            elif match.group("prop") is not None:
                key = norm_key(match.group("prop"))
            else:
                key = "id"
            if match.group("prop") is not None or match.group("key") is not None:
                if not is_id_key(key) and key not in AREA_KEYS:
                    continue
            value = _literal(script, match.end(), string_at)
            if value is not None:
                self._found.setdefault(var, []).append((match.start(), key, value))
        if "[" in script:
            self._read_stores(script, names)
        for found in self._found.values():
            found.sort()

    def _read_stores(self, script: str, names: Collection[str]) -> None:
        """Read the keys markers are kept under in a collection as their ids.

        A key is a code only when it holds a digit (``GM-011``, ``"21"``) and its
        collection keeps two or more markers under different keys: a slot reused for
        whichever marker was opened last (``lastOpened['marker']``) or a category
        (``byType['dome']``) names no marker.
        """
        stores: dict[str, list[tuple[int, str, str]]] = {}
        for count, match in enumerate(_STORE_STATEMENT.finditer(script)):
            if count >= _MAX_STATEMENTS:
                break
            key = match.group("key")
            if (var := match.group("var")) in names and _DIGIT.search(key) is not None:
                stores.setdefault(match.group("store"), []).append((match.start(), var, key))
        for stored in stores.values():
            if len({key for _position, _var, key in stored}) < 2:
                continue
            for position, var, key in stored:
                self._found.setdefault(var, []).append((position, "id", key))

    def fields(self, var: str | None, end: int, limit: int, alone: bool) -> dict[str, str]:
        """Return what statements give the marker assigned to var.

        The statements between the marker's end and the next marker count; a variable
        holding only this marker also takes those written further on.
        """
        own = self._found.get(var or "")
        if not own:
            return {}
        at = bisect_left(own, (end, "", ""))
        found: dict[str, str] = {}
        for position, key, value in own[at:]:
            if position >= limit and not alone:
                break
            found.setdefault(key, value)
        return found
