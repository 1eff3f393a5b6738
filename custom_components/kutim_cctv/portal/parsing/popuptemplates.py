"""Popup markup built by a page function from the arguments of each call.

Map pages often write one small function that returns a popup's markup from a camera's
name and addresses, and call it with literals once per marker:
``function popupHtml(title, src) { return '<h4>' + title + '</h4>…' + src + '…'; }``
or an arrow function returning a template literal
(``const kartu = (nama, hls) => `<h4>${nama}</h4>…```), then
``popup.setHTML(popupHtml('Polder', 'https://…/index.m3u8'))``. Such a call is read as the
markup its function returns with the call's literal arguments in place of the
parameters. Only functions whose body is a single ``return`` of strings joined from
literals and parameters are read; nothing is evaluated.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import islice
import re

from .functions import Definition, ScriptFunctions
from .javascript import _concatenation, _string_end

__all__ = ["PopupTemplates"]

_MAX_TEMPLATES = 50
_MAX_BODY = 20_000
_IDENT = r"[A-Za-z_$][\w$]*"
_RETURN = re.compile(r"\s*return\b\s*")
_CALL = re.compile(rf"\s*({_IDENT})\s*\(")
_NAME = re.compile(_IDENT)
_PLUS = re.compile(r"\s*\+\s*")
_MAX_PARTS = 64

CallEnd = Callable[[str, int], "int | None"]
Arguments = Callable[[str], list[str]]
TextValue = Callable[[str, dict[str, str]], "str | None"]


def _joined(script: str, start: int) -> str | None:
    """Return the strings and names joined by ``+`` that start at start (a template's text)."""
    text = script[start : start + _MAX_BODY]
    position = 0
    for _ in range(_MAX_PARTS):
        if text[position : position + 1] in ("'", '"', "`"):
            end = _string_end(text, position)
            if end is None:
                return None
            position = end
        elif (name := _NAME.match(text, position)) is not None:
            position = name.end()
        else:
            return None
        plus = _PLUS.match(text, position)
        if plus is None or plus.end() >= len(text):
            return text[:position]
        position = plus.end()
    return None


class PopupTemplates:
    """The page functions of a script that return markup built from their parameters."""

    def __init__(self, functions: ScriptFunctions, call_end: CallEnd, arguments: Arguments) -> None:
        """Find the template functions of a script (at most 50)."""
        self._call_end = call_end
        self._arguments = arguments
        self._found: dict[str, tuple[tuple[str, ...], str]] = {}
        script = functions.script
        if "<" not in script:
            return
        own = (d for d in functions.definitions() if not d.member)
        for definition in islice(own, _MAX_TEMPLATES * 4):
            if len(self._found) >= _MAX_TEMPLATES:
                break
            name, params = definition.name, definition.params
            if params is None or definition.body is None or name in self._found:
                continue
            expression = self._expression(script, definition)
            if expression is not None and "<" in expression:
                self._found[name] = (params, expression)

    @staticmethod
    def _expression(script: str, definition: Definition) -> str | None:
        """Return the expression a function returns: its ``return`` or its arrow body."""
        start = definition.body
        if start is None:
            return None
        if not definition.expression:
            if (ret := _RETURN.match(script, start)) is None:
                return None
            start = ret.end()
        return _joined(script, start)

    def __bool__(self) -> bool:
        """Return True when the script has template functions."""
        return bool(self._found)

    def render(self, text: str, variables: dict[str, str], text_value: TextValue) -> str | None:
        """Return the markup of a call of a template function written as text, else None."""
        if not self._found or (match := _CALL.match(text)) is None:
            return None
        template = self._found.get(match.group(1))
        if template is None:
            return None
        close = self._call_end(text, match.end())
        if close is None or text[close:].strip():
            return None
        params, expression = template
        values: dict[str, str] = {}
        for name, part in zip(params, self._arguments(text[match.end() : close - 1]), strict=False):
            value = text_value(part, variables)
            if value is not None:
                values[name] = value
        result = _concatenation(expression.strip(), values)
        return result if result is not None and "<" in result else None
