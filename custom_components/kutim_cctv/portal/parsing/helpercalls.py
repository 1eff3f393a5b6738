"""A page function's body as one call of it reads: its parameters given the call's literals.

Pages set up one player per camera with a function of their own, called once per camera
with literals: ``function startFlv(elementId, mediaUrl) {… flvjs.createPlayer({type: 'flv',
url: mediaUrl}) … attachMediaElement(document.getElementById(elementId)) …}`` then
``startFlv('video1', 'https://…/cam1.flv')``, or ``Hlsplay(document.getElementById('cam2'),
'/hls/cam2.m3u8')``. The body then reads as it would with the arguments written in it:
each parameter used as a value is replaced by the call's literal (a string, a number or
an element lookup by id), and strings joined by ``+`` are joined. An argument may also be
a constant of the same script: a variable declared once to strings and earlier such
constants joined by ``+`` (``const SERVER = 'https://…/live/'; const flvUrl1 = SERVER +
'lovi.flv';``, a server-side template's base address) and never assigned again. Nothing
is evaluated; a call passing anything else (another variable, an expression) is not read.

Only functions whose body holds one of the given words (a player library's calls) are
looked at: at most 20 such functions (their bodies at most 20,000 characters), among the
first 2,000 definitions of a script, and at most 200 calls of them a page, whose bodies
as the calls read hold at most 100,000 characters together (each is read again by the
player readers).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
import json
import re

from .functions import ScriptFunctions
from .javascript import _balanced_end
from .keyed import KeyedPattern
from .mapjs import _string_at

__all__ = ["HelperCall", "helper_calls"]

MAX_HELPERS = 20
MAX_BODY = 20_000
MAX_CALLS = 200
# The characters of all calls' bodies a page reads: a long body called many times is
# read only as often as this allows.
MAX_CALLED_TEXT = 100_000
_MAX_DEFINITIONS = 2000
_MAX_ARGS = 12
_MAX_WORDS = 5000
_IDENT = r"[A-Za-z_$][\w$]*"
# A token of a body: a comment, a string, an identifier or a bracket; anything else (an
# operator, a number, spaces) lies between tokens. Every alternative matches once it
# starts (an unclosed string or comment runs to its line's or the text's end), so a scan
# is linear.
_TOKEN = re.compile(
    r"//[^\n]*+"
    r"|/\*(?:[^*]|\*(?!/))*+(?:\*/|\Z)"
    r"|(?P<str>'(?:[^'\\\n]|\\.?)*+(?:'|(?=\n)|\Z)"
    r'|"(?:[^"\\\n]|\\.?)*+(?:"|(?=\n)|\Z)'
    r"|`(?:[^`\\]|\\.?)*+(?:`|\Z))"
    rf"|(?<![\w$.])(?P<name>{_IDENT})(?![\w$])"
    r"|(?P<open>[({\[])|(?P<close>[)}\]])",
    re.DOTALL,
)
_PLUS = re.compile(r"\s*\+\s*")
_KEY_AFTER = re.compile(r"\s*:(?!:)")
_NUMBER = re.compile(r"-?\d{1,18}(?:\.\d{1,18})?(?![\w$.])")
_ELEMENT = re.compile(
    r"""document\s*\.\s*(?:getElementById\s*\(\s*(['"])([^'"\n]{1,200})\1"""
    r"""|querySelector\s*\(\s*(['"])#([\w.:-]{1,200})\3)\s*\)"""
)
_SPACE = re.compile(r"\s*")
_ARG_END = re.compile(r"\s*([,)])")
# A script's constants read for helper calls' arguments: declarations of strings joined
# (at most 2,000 a script, 8 parts each), and every assignment to a name (a name assigned
# more than once is no constant); a script longer than this is not looked at for them.
_DECLARATION = KeyedPattern(
    rf"\b(?:var|let|const)\s+({_IDENT})\s*=(?![=>])\s*", ("var", "let", "const")
)
_ASSIGNMENT = KeyedPattern(rf"(?<![\w$.])({_IDENT})\s*[-+]?=(?![=>])", ("=",))
_NAME_AT = re.compile(rf"({_IDENT})(?![\w$])")
_STATEMENT_END = re.compile(r"[ \t]*(?:;|\r?\n|\Z)")
_MAX_CONSTANTS = 2000
_MAX_CONSTANT_PARTS = 8
_MAX_CONSTANT_SCRIPT = 1_000_000
# The longest string a joined constant or argument may hold (an address, never a page).
_MAX_CONSTANT_TEXT = 4096


@dataclass(frozen=True, slots=True)
class HelperCall:
    """One call of a page function with literals: its body as the call reads."""

    # The number of the script the call is written in, and the call's span there.
    script: int
    span: tuple[int, int]
    body: str
    # The call's arguments as they read: strings, numbers' text, looked-up element ids.
    values: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Helper:
    params: tuple[str, ...]
    body: str
    script: int
    span: tuple[int, int]


def _word_positions(script: str, words: KeyedPattern) -> list[int]:
    """Return where the words occur in a script (at most 5,000 places)."""
    found: list[int] = []
    for match in words.finditer(script):
        found.append(match.start())
        if len(found) >= _MAX_WORDS:
            break
    return found


def _helpers(scripts: list[str], words: KeyedPattern) -> dict[str, _Helper]:
    """Return the page functions with parameters whose body holds a word, by name."""
    found: dict[str, _Helper] = {}
    for number, script in enumerate(scripts):
        if "function" not in script and "=>" not in script:
            continue
        positions = _word_positions(script, words)
        if not positions:
            continue
        for count, definition in enumerate(ScriptFunctions(script).definitions()):
            if count >= _MAX_DEFINITIONS or len(found) >= MAX_HELPERS:
                break
            start = definition.body
            if definition.member or not definition.params or start is None:
                continue
            if definition.expression or definition.name in found:
                continue
            index = bisect_left(positions, start)
            if index >= len(positions) or positions[index] >= start + MAX_BODY:
                continue
            end = _balanced_end(script[start - 1 : start + MAX_BODY], 0)
            if end is None:
                continue
            body = script[start : start - 1 + end - 1]
            if positions[index] >= start + len(body):
                continue
            found[definition.name] = _Helper(
                definition.params, body, number, (start, start + len(body))
            )
    return found


def _joined_value(script: str, position: int, constants: dict[str, str]) -> tuple[str, int] | None:
    """Return strings and known constants joined by ``+`` at position, and their end."""
    parts: list[str] = []
    size = 0
    while len(parts) < _MAX_CONSTANT_PARTS:
        if script[position : position + 1] in ("'", '"', "`"):
            literal = _string_at(script, position)
            if literal is None:
                return None
            parts.append(literal[0])
            position = literal[1]
        elif (name := _NAME_AT.match(script, position)) is not None and name[1] in constants:
            parts.append(constants[name[1]])
            position = name.end()
        else:
            return None
        size += len(parts[-1])
        if size > _MAX_CONSTANT_TEXT:
            return None  # longer than any address: never joined further
        joined = _PLUS.match(script, position)
        if joined is None:
            return "".join(parts), position
        position = joined.end()
    return None


def script_constants(script: str) -> dict[str, str]:
    """Return a script's variables declared once to joined strings and constants.

    ``const SERVER = 'https://…/live/';`` then ``const flvUrl1 = SERVER + 'lovi.flv';``:
    each declaration ends its statement; a name assigned again anywhere (``x = …``,
    ``x += …``, declared twice) is left out, and so is a value joining anything else.
    """
    if len(script) > _MAX_CONSTANT_SCRIPT:
        return {}
    declared: dict[str, str] = {}
    for count, match in enumerate(_DECLARATION.finditer(script)):
        if count >= _MAX_CONSTANTS:
            break
        value = _joined_value(script, match.end(), declared)
        if value is not None and _STATEMENT_END.match(script, value[1]) is not None:
            declared.setdefault(match.group(1), value[0])
    if not declared:
        return {}
    assigned: dict[str, int] = {}
    for match in _ASSIGNMENT.finditer(script):
        if match.group(1) in declared:
            assigned[match.group(1)] = assigned.get(match.group(1), 0) + 1
    return {name: value for name, value in declared.items() if assigned.get(name) == 1}


def _argument(
    script: str, position: int, constants: dict[str, str] | None = None
) -> tuple[str, str, int] | None:
    """Return the argument at position as code and as it reads, and where it ends.

    A string (strings joined by ``+`` too) is written as JSON, a number and an element
    lookup by id as they are (the lookup reads as the id); a constant of the script (see
    ``script_constants``) as the string it holds; anything else gives None.
    """
    if constants and (read := _joined_value(script, position, constants)) is not None:
        return json.dumps(read[0], ensure_ascii=False), read[0], read[1]
    if script[position : position + 1] in ("'", '"', "`"):
        parts: list[str] = []
        while len(parts) < _MAX_ARGS:
            literal = _string_at(script, position)
            if literal is None:
                return None
            parts.append(literal[0])
            position = literal[1]
            joined = _PLUS.match(script, position)
            if joined is None or script[joined.end() : joined.end() + 1] not in ("'", '"', "`"):
                break
            position = joined.end()
        value = "".join(parts)
        return json.dumps(value, ensure_ascii=False), value, position
    if (number := _NUMBER.match(script, position)) is not None:
        return number.group(), number.group(), number.end()
    if (element := _ELEMENT.match(script, position)) is not None:
        return element.group(), element.group(2) or element.group(4), element.end()
    return None


def _arguments(
    script: str, start: int, constants: dict[str, str] | None = None
) -> tuple[list[tuple[str, str]], int] | None:
    """Return the literal arguments (as code, as read) of the call opened before start.

    The call's end comes with them; a call passing anything but literals gives None.
    """
    values: list[tuple[str, str]] = []
    position = _SPACE.match(script, start).end()  # type: ignore[union-attr]
    if script[position : position + 1] == ")":
        return values, position + 1
    while len(values) < _MAX_ARGS:
        found = _argument(script, position, constants)
        if found is None:
            return None
        values.append((found[0], found[1]))
        separator = _ARG_END.match(script, found[2])
        if separator is None:
            return None
        if separator.group(1) == ")":
            return values, separator.end()
        position = _SPACE.match(script, separator.end()).end()  # type: ignore[union-attr]
    return None


def _previous_char(text: str, position: int) -> str:
    """Return the last character before position that is not a space."""
    stripped = text[max(0, position - 200) : position].rstrip()
    return stripped[-1:] if stripped else ""


def substitute(body: str, values: dict[str, str]) -> str:
    """Return a body with each parameter used as a value written as its literal.

    A property key (``{url: url}``) stays, a shorthand property (``{url}``) reads as
    ``url: value``; strings joined by ``+`` then read as one string.
    """
    pieces: list[tuple[str, str]] = []  # (kind, text): "str" pieces are JSON strings
    position = 0
    braces: list[str] = []
    for token in _TOKEN.finditer(body):
        if token.start() > position:
            pieces.append(("gap", body[position : token.start()]))
        position = token.end()
        text = token.group()
        if token.group("open"):
            braces.append(text)
        elif token.group("close"):
            if braces:
                braces.pop()
        elif token.group("str") is not None:
            literal = _string_at(text, 0)
            if literal is not None:
                pieces.append(("str", json.dumps(literal[0], ensure_ascii=False)))
                continue
        elif (name := token.group("name")) is not None and name in values:
            before = _previous_char(body, token.start())
            after = body[token.end() : token.end() + 200].lstrip()[:1]
            key = before in ("{", ",") and _KEY_AFTER.match(body, token.end()) is not None
            if not key:
                value = values[name]
                shorthand = braces[-1:] == ["{"] and before in ("{", ",") and after in (",", "}")
                if shorthand:
                    pieces.append(("gap", f"{name}: "))
                pieces.append(("str" if value.startswith('"') else "gap", value))
                continue
        pieces.append(("gap", text))
    if position < len(body):
        pieces.append(("gap", body[position:]))
    return "".join(_joined(pieces))


def _joined(pieces: list[tuple[str, str]]) -> Iterator[str]:
    """Yield the pieces' text, strings joined by ``+`` written as one string."""
    index = 0
    while index < len(pieces):
        kind, text = pieces[index]
        if kind != "str":
            yield text
            index += 1
            continue
        parts = [json.loads(text)]
        index += 1
        while (
            index + 1 < len(pieces)
            and pieces[index][0] == "gap"
            and _PLUS.fullmatch(pieces[index][1])
            and pieces[index + 1][0] == "str"
        ):
            parts.append(json.loads(pieces[index + 1][1]))
            index += 2
        yield json.dumps("".join(parts), ensure_ascii=False)


def helper_calls(scripts: list[str], words: KeyedPattern) -> list[HelperCall]:
    """Return each call, with literals, of a page function whose body holds a word."""
    helpers = _helpers(scripts, words)
    if not helpers:
        return []
    names = "|".join(re.escape(name) for name in helpers)
    call = re.compile(rf"(?<![\w$.])({names})\s*\(")
    calls: list[HelperCall] = []
    read_text = 0
    for number, script in enumerate(scripts):
        if not any(name in script for name in helpers):
            continue
        constants: dict[str, str] | None = None
        for match in call.finditer(script):
            if len(calls) >= MAX_CALLS:
                return calls
            helper = helpers[match.group(1)]
            if _previous_word(script, match.start()) == "function":
                continue  # the definition itself
            if number == helper.script and helper.span[0] <= match.start() < helper.span[1]:
                continue  # a call within its own body
            found = _arguments(script, match.end())
            if found is None and constants is None:
                constants = script_constants(script)  # read once, for a call passing names
            if found is None and constants:
                found = _arguments(script, match.end(), constants)
            if found is None or not found[0]:
                continue
            if read_text + len(helper.body) > MAX_CALLED_TEXT:
                return calls
            code = {p: value[0] for p, value in zip(helper.params, found[0], strict=False)}
            body = substitute(helper.body, code)
            read = tuple(value[1] for value in found[0])
            read_text += len(body)
            if read_text > MAX_CALLED_TEXT:
                return calls
            calls.append(HelperCall(number, (match.start(), found[1]), body, read))
    return calls


def _previous_word(text: str, position: int) -> str:
    """Return the word written just before position."""
    match = re.search(rf"({_IDENT})\s*$", text[max(0, position - 40) : position])
    return match.group(1) if match else ""
