"""libconfig configuration files served as text: a restreamer's ``restreamer.conf``.

libconfig (the configuration library of many C and C++ media servers: WebRTSP's
``restreamer.conf``, the Janus gateway's ``janus.plugin.streaming.jcfg``) writes settings
as ``name: value`` or ``name = value``, each optionally ended by ``;`` or ``,``; a value is
a scalar (a ``"string"``, adjacent strings joined, a number, ``true``/``false``), an array
``[…]`` of scalars, a list ``(…)`` of values or a group ``{…}`` of settings. Comments are
``#``, ``//`` and ``/* … */``. A body is read as libconfig only when the WHOLE text parses
as that grammar and it holds at least one group or list, so a YAML document, a script,
an INI file or a page is never taken for one; nothing is evaluated, and an ``@include``
directive is refused (no other file is ever read).

Work is bounded: the text is at most ``MAX_CHARS`` long, values nest at most
``MAX_DEPTH`` deep and there are at most ``MAX_VALUES`` values. A group becomes a JSON
object (a name written twice makes the file no libconfig one), a list or array a JSON
list, numbers JSON numbers, so the data is read like a JSON answer.
"""

from __future__ import annotations

import re

from ..values import JSONValue

MAX_CHARS = 1_000_000
MAX_DEPTH = 32
MAX_VALUES = 200_000

_NAME = re.compile(r"[A-Za-z*][-A-Za-z0-9_*]{0,200}")
_SPACE = re.compile(r"(?:\s+|#[^\n]*|//[^\n]*|/\*.*?\*/)+", re.DOTALL)
_STRING = re.compile(r'"((?:[^"\\\n]|\\.){0,100000})"')
_BOOL = re.compile(r"(?:true|false)(?![-A-Za-z0-9_*])", re.IGNORECASE)
_FLOAT = re.compile(
    r"[-+]?(?:\d+\.\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?|\d+[eE][-+]?\d+)(?![-A-Za-z0-9_*.])"
)
_INT = re.compile(
    r"(?:[-+]?(0[xX][0-9A-Fa-f]{1,16}|0[bB][01]{1,64}|0[oOqQ][0-7]{1,22}|\d{1,20})(?:LL|L)?)"
    r"(?![-A-Za-z0-9_*.])"
)
_ESCAPES = {"\\": "\\", '"': '"', "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


class _NotLibconfig(Exception):
    """The text is not a libconfig file (or is over the bounds)."""


class _Reader:
    """A recursive-descent reader of one libconfig text (see the module)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.values = 0
        self.containers = 0

    def skip(self) -> None:
        """Move past white space and comments."""
        if (found := _SPACE.match(self.text, self.pos)) is not None:
            self.pos = found.end()

    def settings(self, depth: int, closing: str | None) -> dict[str, JSONValue]:
        """Read settings up to ``closing`` (or the end of the text at the top level)."""
        group: dict[str, JSONValue] = {}
        while True:
            self.skip()
            if self.pos >= len(self.text):
                if closing is not None:
                    raise _NotLibconfig
                return group
            if closing is not None and self.text.startswith(closing, self.pos):
                self.pos += 1
                return group
            name = _NAME.match(self.text, self.pos)
            if name is None or name.group() in group:
                raise _NotLibconfig
            self.pos = name.end()
            self.skip()
            if self.text[self.pos : self.pos + 1] not in (":", "="):
                raise _NotLibconfig
            self.pos += 1
            group[name.group()] = self.value(depth)
            self.skip()
            if self.text[self.pos : self.pos + 1] in (";", ","):
                self.pos += 1

    def items(self, depth: int, closing: str, scalars: bool) -> list[JSONValue]:
        """Read a list's or an array's values, separated by commas, up to ``closing``."""
        entries: list[JSONValue] = []
        while True:
            self.skip()
            if self.text.startswith(closing, self.pos):
                self.pos += 1
                return entries
            if scalars and self.text[self.pos : self.pos + 1] in ("(", "[", "{"):
                raise _NotLibconfig
            entries.append(self.value(depth))
            self.skip()
            if self.text[self.pos : self.pos + 1] == ",":
                self.pos += 1
            elif not self.text.startswith(closing, self.pos):
                raise _NotLibconfig

    def value(self, depth: int) -> JSONValue:
        """Read one value: a scalar, an array, a list or a group."""
        self.values += 1
        if self.values > MAX_VALUES or depth > MAX_DEPTH:
            raise _NotLibconfig
        self.skip()
        head = self.text[self.pos : self.pos + 1]
        if head in ("{", "(", "["):
            self.pos += 1
            self.containers += 1
            if head == "{":
                return self.settings(depth + 1, "}")
            return self.items(depth + 1, ")" if head == "(" else "]", head == "[")
        if head == '"':
            return self.strings()
        for pattern in (_BOOL, _FLOAT, _INT):
            found = pattern.match(self.text, self.pos)
            if found is not None:
                self.pos = found.end()
                return _scalar(found.group(), pattern)
        raise _NotLibconfig

    def strings(self) -> str:
        """Read one string, joined with the strings written right after it."""
        parts: list[str] = []
        while (found := _STRING.match(self.text, self.pos)) is not None:
            parts.append(_unescape(found.group(1)))
            self.pos = found.end()
            before = self.pos
            self.skip()
            if self.text[self.pos : self.pos + 1] != '"':
                self.pos = before
                break
        if not parts:
            raise _NotLibconfig
        return "".join(parts)


def _unescape(raw: str) -> str:
    """Return a string's text with libconfig's escapes (a backslash before n, t, a quote, xNN) read."""
    if "\\" not in raw:
        return raw
    out: list[str] = []
    index = 0
    while index < len(raw):
        char = raw[index]
        if char != "\\":
            out.append(char)
            index += 1
            continue
        code = raw[index + 1 : index + 2]
        if code == "x" and re.fullmatch(r"[0-9A-Fa-f]{2}", raw[index + 2 : index + 4]):
            out.append(chr(int(raw[index + 2 : index + 4], 16)))
            index += 4
            continue
        out.append(_ESCAPES.get(code, code))
        index += 2
    return "".join(out)


def _scalar(token: str, pattern: re.Pattern[str]) -> JSONValue:
    """Return a boolean's, a float's or an integer's JSON value."""
    if pattern is _BOOL:
        return token.lower() == "true"
    if pattern is _FLOAT:
        return float(token)
    digits = token.rstrip("L")
    sign = -1 if digits.startswith("-") else 1
    body = digits.lstrip("+-")
    lowered = body[:2].lower()
    if lowered in ("0x", "0b", "0o", "0q"):
        return sign * int("0o" + body[2:] if lowered == "0q" else body, 0)
    return sign * int(body)


def libconfig_document(text: str) -> dict[str, JSONValue] | None:
    """Return a libconfig file's settings as JSON values, or None when it is none.

    The whole text must parse (see the module) and hold a group or a list; a bare run
    of ``name: value`` lines (YAML's shape too) is never taken for a libconfig file.
    """
    if len(text) > MAX_CHARS or "@include" in text:
        return None
    reader = _Reader(text.lstrip("\ufeff"))
    try:
        settings = reader.settings(0, None)
    except (_NotLibconfig, ValueError, OverflowError):
        return None
    if not settings or reader.containers == 0:
        return None
    return settings
