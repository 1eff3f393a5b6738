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

A popup built by a page function that is no such template is read from the call itself
(``called``): the camera's fields are its arguments. Markup handed to it
(``popUpViewScaffold('<p>Simpang Tiga</p>', '<button onclick="playHLS(…m3u8…)">')``,
a function of another script of the site) is the popup; when the page defines the
function, an address its body hands a player (``hls.loadSource(videoSrc)``,
``video.src = videoSrc``, ``playHLS('modal', 'video', url)``, ``{file: url}``) is the
popup's media and the argument passed as a name parameter (``channelName``, ``nama``)
its name. A call passing variables or expressions, a function of another script called
without markup, and an address the body only writes as text or sends elsewhere (a web
page, ``console.log(url)``) give nothing.
"""

from __future__ import annotations

from collections.abc import Callable
import html
from itertools import islice
import re

from ..aliases import NAME_KEYS
from ..values import norm_key
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
# Popups read from a call of a function that is no template: at most 50 such functions
# (bodies of at most 20,000 characters) among the first 200 definitions, 16 arguments a
# call, 4 addresses a popup.
_MAX_HANDED = 4
_TAG = re.compile(r"<[A-Za-z]")
_NAME_PARAMS = frozenset({*NAME_KEYS, "channel_name", "judul", "nama_titik"})
# Where a body hands a value to a player: a player library's source call or option, a
# media element's src, or a call of a play function (``playHLS(modal, video, url)``).
# Each body is read once for every name it hands: a property or key sink takes the name
# right after it, a play call any of its arguments that is a plain name (the first, or
# one after a comma within 200 characters holding no parenthesis).
_SINK_HEAD = re.compile(
    r"\.\s*(?:loadSource|src)\s*\(\s*|\.\s*src\s*=(?!=)\s*"
    r"|(?<![\w$])[\"']?(?:src|source|file)[\"']?\s*:\s*"
    r"|(?P<play>(?<![\w$.])(?!display)[\w$]{0,30}(?:play|Play|PLAY)[\w$]{0,30}\s*\()"
)
_HANDED_NAME = re.compile(rf"\s*({_IDENT})(?![\w$])")
_MAX_PLAY_ARGUMENTS = 200
_ADDRESS = re.compile(r"(?:https?:)?//[^\s\"'<>]{1,2000}|/[^\s\"'<>/][^\s\"'<>]{0,2000}")

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
        self._functions = functions
        self._found: dict[str, tuple[tuple[str, ...], str]] = {}
        # Functions that are no template, by name, found on first use (``called``).
        self._others: dict[str, tuple[tuple[str, ...], str]] | None = None
        # Whether a function's body hands a parameter to a player, by (function, parameter).
        self._handed: dict[str, frozenset[str]] = {}
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

    def _other(self, name: str) -> tuple[tuple[str, ...], str] | None:
        """Return the parameters and body of a page function that is no template."""
        if self._others is None:
            self._others = {}
            script = self._functions.script
            own = (d for d in self._functions.definitions() if not d.member)
            for definition in islice(own, _MAX_TEMPLATES * 4):
                if len(self._others) >= _MAX_TEMPLATES:
                    break
                start, params = definition.body, definition.params
                if start is None or not params or definition.expression:
                    continue
                if definition.name in self._found or definition.name in self._others:
                    continue
                end = self._call_end(script, start)  # bounded: 20,000 characters
                if end is not None:
                    self._others[definition.name] = (params, script[start : end - 1])
        return self._others.get(name)

    def called(self, text: str, variables: dict[str, str], text_value: TextValue) -> str | None:
        """Return a popup's markup read from a call of a page function that is no template.

        The markup handed to the call, else (the function defined on the page) the
        addresses its body hands a player, under the name passed as a name parameter.
        """
        if (match := _CALL.match(text)) is None or match.group(1) in self._found:
            return None
        close = self._call_end(text, match.end())
        if close is None or text[close:].strip():
            return None
        parts = self._arguments(text[match.end() : close - 1])  # at most 16
        values = [text_value(part, variables) for part in parts]
        markup = [value for value in values if value is not None and _TAG.search(value)]
        helper = self._other(match.group(1))
        if helper is None:
            return "".join(markup) or None
        params, body = helper
        handed: list[str] = []
        name: str | None = None
        for param, value in zip(params, values, strict=False):
            if value is None or _TAG.search(value):
                continue
            if name is None and norm_key(param) in _NAME_PARAMS and 0 < len(value) <= 120:
                name = value
            elif len(handed) < _MAX_HANDED and _ADDRESS.fullmatch(value):
                function = match.group(1)
                if function not in self._handed:
                    self._handed[function] = _handed_names(body)  # one scan a body
                if param in self._handed[function]:
                    handed.append(value)
        if not markup and handed and name:
            markup.append(f"<b>{html.escape(name)}</b>")
        markup.extend(f'<a href="{html.escape(url)}"></a>' for url in handed)
        return "".join(markup) or None


def _handed_names(body: str) -> frozenset[str]:
    """Return the names a function body hands a player (``hls.loadSource(p)``, ``play(a, p)``).

    One scan of the body (at most 20,000 characters) for every sink (``_SINK_HEAD``): the
    name right after a property or key sink, and each argument of a play call that is a
    plain name.
    """
    names: set[str] = set()
    for head in _SINK_HEAD.finditer(body):
        end = head.end()
        starts = [end]
        if head.group("play") is not None:
            arguments = body[end : end + _MAX_PLAY_ARGUMENTS + 1]
            if (
                paren := min(
                    (i for i in (arguments.find("("), arguments.find(")")) if i >= 0), default=-1
                )
            ) >= 0:
                arguments = arguments[:paren]
            starts.extend(end + i + 1 for i, char in enumerate(arguments) if char == ",")
        for start in starts:
            if (found := _HANDED_NAME.match(body, start)) is not None:
                names.add(found.group(1))
    return frozenset(names)
