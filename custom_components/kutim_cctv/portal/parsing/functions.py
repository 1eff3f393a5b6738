"""The functions a page script defines, found once per script for every reader.

Several map-page readers look at the page's own functions: a function returning a
popup's markup from its parameters, a function placing a marker per call, a helper whose
parameters name a camera's id and area. They all need the same thing: each definition's
name, where its parameters start, their names and where its body starts. Definitions are
written ``function name(a, b) {…}``, ``name = function (a, b) {…}`` (also ``async``, a
generator or a named function expression) and ``name = (a, b) => …``; a property
assignment (``app.tambah = function (…)``) is one too, told apart as a member. The script
is scanned once, on first use, and at most ``MAX_DEFINITIONS`` definitions are kept.
"""

from __future__ import annotations

from dataclasses import dataclass
import re

__all__ = ["Definition", "ScriptFunctions"]

MAX_DEFINITIONS = 10_000
_MAX_PARAMS = 12
_MAX_PARAMS_TEXT = 400
_IDENT = r"[A-Za-z_$][\w$]*"
# The pattern may start at any identifier, so it is run only where a definition can be:
# the scan is gated on the words "function" and "=>".
_DEFINITION = re.compile(
    rf"\bfunction(?:\s*\*\s*|\s+)(?P<a>{_IDENT})\s*\("
    rf"|(?:(?P<dot>\.)|(?<![\w$.]))(?P<b>{_IDENT})\s*=\s*(?:async\s+)?"
    rf"(?:function\b\s*\*?\s*(?:{_IDENT})?\s*\(|(?P<arrow>\()(?=[^()]{{0,{_MAX_PARAMS_TEXT}}}\)\s*=>))"
)
_PARAM = re.compile(rf"\s*({_IDENT})\s*(?:=[^,]*)?\s*$")
_BODY = re.compile(r"\s*\{")
_ARROW = re.compile(r"\s*=>\s*")


@dataclass(frozen=True, slots=True)
class Definition:
    """One function definition of a script."""

    name: str
    # True for a property assignment (``obj.name = function …``).
    member: bool
    # Just after the parameter list's opening parenthesis.
    params_start: int
    # The first 12 parameter names (defaults allowed); None when the list is unusual
    # (destructured, holding parentheses, longer than 400 characters).
    params: tuple[str, ...] | None
    # Where the body starts: after ``{`` of a function or a braced arrow body, at the
    # expression of an arrow function without braces; None when no body follows.
    body: int | None
    arrow: bool
    # True for an arrow function whose body is an expression (no braces).
    expression: bool


def _params(text: str) -> tuple[str, ...] | None:
    """Return a parameter list's names (defaults allowed), None if unusual."""
    if not text.strip():
        return ()
    names: list[str] = []
    for part in text.split(",")[:_MAX_PARAMS]:
        match = _PARAM.match(part)
        if match is None:
            return None
        names.append(match.group(1))
    return tuple(names)


def _definition(script: str, match: re.Match[str]) -> Definition:
    """Return the definition a match of the pattern starts."""
    start = match.end()
    close = script.find(")", start, start + _MAX_PARAMS_TEXT + 1)
    text = script[start:close] if close >= 0 else None
    params = _params(text) if text is not None and "(" not in text else None
    arrow = match.group("arrow") is not None
    body: int | None = None
    expression = False
    if close >= 0 and text is not None and "(" not in text:
        if arrow:
            if (gap := _ARROW.match(script, close + 1)) is not None:
                brace = _BODY.match(script, gap.end())
                body = brace.end() if brace is not None else gap.end()
                expression = brace is None
        elif (brace := _BODY.match(script, close + 1)) is not None:
            body = brace.end()
    return Definition(
        name=match.group("a") or match.group("b"),
        member=match.group("dot") is not None,
        params_start=start,
        params=params,
        body=body,
        arrow=arrow,
        expression=expression,
    )


class ScriptFunctions:
    """The function definitions of one script, scanned on first use."""

    def __init__(self, script: str) -> None:
        """Keep the script; nothing is scanned until a reader asks."""
        self._script = script
        self._found: tuple[Definition, ...] | None = None

    @property
    def script(self) -> str:
        """Return the script the definitions are found in."""
        return self._script

    def definitions(self) -> tuple[Definition, ...]:
        """Return the script's definitions in order (at most ``MAX_DEFINITIONS``)."""
        if self._found is None:
            found: list[Definition] = []
            script = self._script
            if "function" in script or "=>" in script:
                for match in _DEFINITION.finditer(script):
                    found.append(_definition(script, match))
                    if len(found) >= MAX_DEFINITIONS:
                        break
            self._found = tuple(found)
        return self._found
