"""A camera's id and area handed to a page helper by its marker's click handler.

Map pages written by a server template often place each camera with a marker statement
whose click handler calls one page function with the camera's fields as literals:
``m11.on('click', function () { tampilkanCctv(11, 'Jembatan …', 'Sungai Kunjang', hls,
foto); })`` beside ``function tampilkanCctv(id, nama, kecamatan, hls, foto) {…}``. The
helper's parameter names say what each argument is: an argument passed as a parameter
named like an identifier (``id``, ``kode``, ``camId``) or an area (``kecamatan``,
``wilayah``, ``district``) is the camera's. Only literal strings and whole numbers are
read; nothing is evaluated.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import islice
import re

from ..aliases import AREA_KEYS
from ..shapes import is_id_key
from ..values import norm_key
from .functions import ScriptFunctions

__all__ = ["HelperParams"]

_MAX_DEFINITIONS = 200
_MAX_HELPERS = 50
_MAX_CALLS = 8
_MAX_VALUE = 200
_IDENT = r"[A-Za-z_$][\w$]*"
_CALL = re.compile(rf"(?<![\w$.])({_IDENT})\s*\(")
_INTEGER = re.compile(r"\s*(-?\d{1,18})\s*$")
_KEYWORDS = frozenset({"function", "if", "for", "while", "switch", "return", "catch"})

CallEnd = Callable[[str, int], "int | None"]
Arguments = Callable[[str], list[str]]
StringAt = Callable[[str, int], "tuple[str, int] | None"]


class HelperParams:
    """The page functions of a script with a parameter naming a camera's id or area."""

    def __init__(self, functions: ScriptFunctions, call_end: CallEnd, arguments: Arguments) -> None:
        """Keep the script's functions; they are read on the first handler that calls one."""
        self._functions = functions
        self._call_end = call_end
        self._arguments = arguments
        self._found: dict[str, tuple[str, ...]] | None = None

    def _helpers(self) -> dict[str, tuple[str, ...]]:
        """Return the functions whose parameters name an id or an area, by name."""
        if self._found is not None:
            return self._found
        self._found = {}
        own = (d for d in self._functions.definitions() if not d.member)
        for definition in islice(own, _MAX_DEFINITIONS):
            if len(self._found) >= _MAX_HELPERS:
                break
            params = definition.params
            if not params or definition.name in self._found:
                continue
            if any(norm_key(param) in AREA_KEYS for param in params):
                self._found[definition.name] = params
        return self._found

    def fields(self, handler: str, string_at: StringAt) -> dict[str, str]:
        """Return the id and area a handler's helper call gives, by parameter name."""
        if "(" not in handler:
            return {}
        for count, match in enumerate(_CALL.finditer(handler)):
            if count >= _MAX_CALLS:
                break
            if match.group(1) in _KEYWORDS or match.group(1) not in self._helpers():
                continue
            close = self._call_end(handler, match.end())
            if close is None:
                continue
            params = self._helpers()[match.group(1)]
            found: dict[str, str] = {}
            parts = self._arguments(handler[match.end() : close - 1])
            for param, part in zip(params, parts, strict=False):
                key = norm_key(param)
                if key not in AREA_KEYS and not is_id_key(key):
                    continue
                value = _literal(part, string_at)
                if value is not None:
                    found.setdefault(key, value)
            if any(key in AREA_KEYS for key in found):
                return found
        return {}


def _literal(part: str, string_at: StringAt) -> str | None:
    """Return an argument written as one string literal or a whole number, else None."""
    if (number := _INTEGER.match(part)) is not None:
        return number.group(1)
    text = part.strip()
    if not text or text[0] not in "\"'":
        return None
    literal = string_at(text, 0)
    if literal is None or literal[1] != len(text):
        return None
    value = literal[0].strip()
    return value if value and len(value) <= _MAX_VALUE else None
