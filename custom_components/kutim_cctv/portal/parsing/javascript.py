"""JavaScript to JSON: the data literals that scripts in HTML pages hold."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
import itertools
import json
import math
import re
from urllib.parse import urljoin

from ..aliases import DESCRIPTOR_KEYS, PLACE_LIST_KEYS
from ..fieldurls import url_kind
from ..values import JSONValue, norm_key
from .decode import _embedded_json
from .tabular import header_rows, table_items

# ---------------------------------------------------------------------------
# JavaScript inside HTML pages
# ---------------------------------------------------------------------------

_SCRIPT_DATA = re.compile(
    r"(?P<parse>\bJSON\.parse\(\s*(?=[\"'`]))"
    # Data handed straight to a map layer: L.geoJSON({...}), layer.addData([...]).
    r"|(?:\bL\s*\.\s*geo[Jj][Ss][Oo][Nn]|\.\s*addData)\s*\(\s*(?=[\[{])"
    # A chart series' data list (amCharts 5: pointSeries.data.setAll([...]), pushAll).
    r"|\.\s*data\s*\.\s*(?:setAll|pushAll)\s*\(\s*(?=\[)"
    # The traces handed to Plotly (Plotly.newPlot("div-id", [...], layout)).
    r"|\bPlotly\s*\.\s*(?:newPlot|react|plot)\s*\(\s*"
    r"(?:\"[^\"\\\n]{0,200}\"|'[^'\\\n]{0,200}'|[A-Za-z_$][\w$.]{0,100})\s*,\s*(?=\[)"
    # The default export of a data module (export default [...]).
    r"|\bexport\s+default\s+(?=[\[{])"
    # A Vue component's state (Vue 2 components, Vue 3 createApp / defineComponent):
    # data() { return {...} }, data: function () { return {...} }, data: () => ({...}).
    r"|(?<![\w$.])data\s*(?:\(\s*\)|:\s*function\s*\(\s*\)|:\s*\(\s*\)\s*=>)\s*"
    r"(?:\{\s*return\s+|\(\s*)(?=\{)"
    # A component's state initialised with a literal (React useState, Preact/Solid
    # signals, Vue ref/reactive, Svelte stores): useState([...]), ref<Cam[]>([...]).
    r"|(?<![\w$])(?:useState|ref|shallowRef|reactive|signal|createSignal|createStore"
    r"|writable|readable|atom|observable)\s*(?:<[\w$.<>\[\]|, ]{1,120}?>\s*)?\(\s*(?=[\[{])"
    r"|(?:\b(?:var|let|const)\s+[A-Za-z_$][\w$]*(?:\s*:\s*[\w$.<>\[\]|, ]{1,120}?)?"
    r"|(?<![\w$.])[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*){0,16})\s*=\s*(?=[\[{])"
)
# A literal set on a property of a variable (``pin.data = {…}``), and variables set to a
# map library's marker or annotation (MapKit JS, Bing, Yandex, Kakao…).
_PROPERTY_OWNER = re.compile(r"([A-Za-z_$][\w$]*)\s*\.\s*[A-Za-z_$][\w$]*\s*=")
_MARKER_DECLARATION = re.compile(
    r"(?<![\w$.])([A-Za-z_$][\w$]*)\s*=\s*new\s+(?:[A-Za-z_$][\w$]*\s*\.\s*){1,3}"
    r"(?:Placemark|Pushpin|Marker|HtmlMarker|MarkerAnnotation|ImageAnnotation)\s*\("
)
# Object literals handed to a library call: new Graphic({...}), player.setup({...}),
# map.addSource('id', {...}). An optional string argument (an id) may come first.
_CALL_DATA = re.compile(
    r"(?<![\w$])(?<![\w$]\.)(?P<callee>[A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*){0,16})\s*\(\s*"
    r"(?:(?P<q>[\"'])[^\"'\\\n]{0,200}(?P=q)\s*,\s*)?(?=\{)"
)
# A call whose argument is an array of arrays (a table handed to a chart or grid).
_CALL_ROWS = re.compile(r"\(\s*(?=\[\s*\[)")
# Calls whose options are no camera data, or that other readers handle: markers and
# features (map markers), icons and styles (their image is no camera still), GeoJSON,
# map style layers (MapLibre/Mapbox addLayer: how a source is drawn, never a camera).
_NOT_DATA_CALLS = frozenset(
    {
        "marker",
        "circlemarker",
        "circle",
        "feature",
        "infowindow",
        "popup",
        "tilelayer",
        "map",
        "view",
        "geojson",
        "adddata",
        "parse",
        "stringify",
        "addlayer",
    }
)
# A map style layer given elsewhere (react-map-gl layer props, a style's layers list).
_LAYER_TYPES = frozenset(
    {"circle", "symbol", "fill", "line", "heatmap", "raster", "fill-extrusion", "background"}
)
_NOT_DATA_HINTS = ("icon", "style", "symbol")
# A CesiumJS entity collection's add (viewer.entities.add({…}), dataSource.entities.add):
# each object it is given is an item, even when the page adds only one.
_ENTITY_ADD = re.compile(r"(?:^|\.)entities\.add$")
# ArcGIS Maps SDK symbol types (2D and 3D): how a graphic is drawn, never a camera.
_SYMBOL_TYPE = re.compile(
    r"(?:simple|picture)-(?:marker|fill|line)|(?:point|line|polygon|mesh|label)-3d"
    r"|web-style|cim"
)
_SCAN = re.compile(r"[\[\]{}\"'`/]")
_STRING_STOP = {
    '"': re.compile(r'[\\"\n]'),
    "'": re.compile(r"[\\'\n]"),
    "`": re.compile(r"[\\`]"),
}
_JS_ESCAPE = re.compile(r"\\(u\{[0-9a-fA-F]{1,6}\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\r\n|[\s\S])")
_JS_SIMPLE_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}
_JS_TOKEN = re.compile(
    r"(?P<space>\s+)"
    r"|(?P<comment>//[^\n]*|/\*[\s\S]*?\*/)"
    r"|(?P<string>[\"'`])"
    r"|(?P<number>[+-]?(?:0[xX][0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?))"
    r"|(?P<word>[A-Za-z_$][\w$]*)"
    r"|(?P<punct>[\[\]{}:,])"
    r"|(?P<minus>-\s*Infinity\b)"
)
# Repetitions are bounded: the regular expression engine keeps state per repetition, so an
# unbounded one over a hostile run of comments or dotted names costs memory per character.
_JS_GAP = re.compile(r"\s*(?:(?://[^\n]*|/\*[\s\S]*?\*/)\s*){0,256}")
_JS_LITERALS = {"true": "true", "false": "false", "null": "null"}
_JS_NULLS = frozenset({"undefined", "NaN", "Infinity"})
_MAX_SCRIPT_CANDIDATES = 200
_MAX_NESTING = 500


def _string_end(text: str, start: int) -> int | None:
    """Return the index just after the JavaScript string literal starting at start."""
    stop = _STRING_STOP[text[start]]
    position = start + 1
    while (match := stop.search(text, position)) is not None:
        char = match.group()
        if char == "\\":
            position = match.end() + 1
        elif char == "\n":
            return None
        else:
            return match.end()
    return None


# Comments are blanked (their text turned to spaces, lines and offsets kept) before a
# script is read: a block kept in ``/* … */`` or behind ``//`` (an old server's list, a
# marker taken off the map) is never a camera.
_COMMENT_SCAN = re.compile(r"[\"'`/]")
_NOT_NEWLINE = re.compile(r"[^\n]")
# A slash after these (or at the start) opens a regular expression literal, not a division.
_REGEX_AFTER = frozenset("(,=:[!&|?{};+-*%<>~^")
# Runs are matched possessively: a literal never ends inside one, and a failed match
# gives nothing back.
_REGEX_LITERAL = re.compile(r"/(?:[^/\\\n\[]++|\\.|\[(?:[^\]\\\n]++|\\.)*+\])++/")
# A regular expression literal is short: one is looked for over at most this many
# characters, so a line of unclosed classes (``=/[=/[…``) costs linear time.
_MAX_REGEX_LITERAL = 256
_SCRIPT_TYPES = ("", "text/javascript", "application/javascript", "module", "text/babel")


def regex_end(script: str, index: int, start: int = 0) -> int | None:
    r"""Return the index after the regular expression literal at index, None if none is.

    A slash opens one where a value is expected: at the start (``start``) or after an
    operator, an opening bracket, a comma or a semicolon (``name.replace(/'/g, "\\'")``);
    after a name, a number or a closing bracket it divides. At most 80 blanks are looked
    back over; a literal ends on its line, within 256 characters.
    """
    before = index - 1
    stop = max(start, index - 80) - 1
    while before > stop and script[before] in " \t\r\n":
        before -= 1
    if before >= start and script[before] not in _REGEX_AFTER:
        return None
    literal = _REGEX_LITERAL.match(script, index, min(len(script), index + _MAX_REGEX_LITERAL))
    return literal.end() if literal is not None else None


def is_code_type(script_type: str) -> bool:
    """Return True for a script element's type that holds JavaScript, not data or markup."""
    kind = script_type.split(";", maxsplit=1)[0].strip()
    return kind in _SCRIPT_TYPES or "javascript" in kind or "ecmascript" in kind


def blank_comments(script: str) -> str:
    r"""Return script with the text of its comments turned to spaces (newlines kept).

    Strings and template literals are skipped whole (``"http://…"`` is no comment), and
    so are regular expression literals (``/^https?:\/\//``); one pass over the text.
    """
    if "//" not in script and "/*" not in script:
        return script
    parts: list[str] = []
    done = position = 0
    while (match := _COMMENT_SCAN.search(script, position)) is not None:
        char, index = match.group(), match.start()
        if char != "/":
            end = _string_end(script, index)
            position = end if end is not None else index + 1
            continue
        following = script[index + 1 : index + 2]
        if following in ("/", "*"):
            if following == "/":
                end = script.find("\n", index)
            else:
                end = script.find("*/", index + 2)
                end = end + 2 if end >= 0 else -1
            end = len(script) if end < 0 else end
            parts.append(script[done:index])
            parts.append(_NOT_NEWLINE.sub(" ", script[index:end]))
            done = position = end
            continue
        position = regex_end(script, index) or index + 1
    if not parts:
        return script
    parts.append(script[done:])
    return "".join(parts)


def _balanced_end(text: str, start: int) -> int | None:
    """Return the index after the bracket matching text[start], strings and comments aware."""
    closers: list[str] = []
    position = start
    while (match := _SCAN.search(text, position)) is not None:
        char, index = match.group(), match.start()
        position = index + 1
        if char in "[{":
            closers.append("]" if char == "[" else "}")
            if len(closers) > _MAX_NESTING:
                return None
        elif char in "]}":
            if not closers or closers.pop() != char:
                return None
            if not closers:
                return position
        elif char == "/":
            following = text[position : position + 1]
            if following == "/":
                newline = text.find("\n", position)
                if newline < 0:
                    return None
                position = newline + 1
            elif following == "*":
                close = text.find("*/", position + 1)
                if close < 0:
                    return None
                position = close + 2
        else:
            end = _string_end(text, index)
            if end is None:
                return None
            position = end
    return None


def _js_escape(match: re.Match[str]) -> str:
    """Return the character a JavaScript escape sequence stands for."""
    body = match.group(1)
    if body.startswith("u{"):
        code = int(body[2:-1], 16)
        return chr(code) if code <= 0x10FFFF else ""
    if body[0] in "ux" and len(body) > 1:
        return chr(int(body[1:], 16))
    if body in ("\n", "\r", "\r\n", "\u2028", "\u2029"):
        return ""
    return _JS_SIMPLE_ESCAPES.get(body, body)


def _js_string(text: str, start: int) -> tuple[str, int] | None:
    """Return the value of the JavaScript string literal at start and the index after it."""
    end = _string_end(text, start)
    if end is None:
        return None
    body = text[start + 1 : end - 1]
    if text[start] == "`" and "${" in body:
        return None
    return _JS_ESCAPE.sub(_js_escape, body), end


def script_gap(text: str, position: int) -> int:
    """Return the index after the whitespace and comments (bounded) at position."""
    gap = _JS_GAP.match(text, position)
    return gap.end() if gap else position


def _next_char(text: str, position: int) -> str:
    """Return the next character after whitespace and comments."""
    gap = _JS_GAP.match(text, position)
    end = gap.end() if gap else position
    return text[end : end + 1]


def _js_number(token: str) -> str | None:
    """Return a JavaScript number literal written as JSON."""
    sign = "-" if token.startswith("-") else ""
    digits = token.lstrip("+-")
    try:
        if digits[:2].lower() == "0x":
            return f"{sign}{int(digits, 16)}"
        if digits.isdigit():
            return f"{sign}{int(digits)}"
        number = float(token)
    except ValueError:
        return None
    return repr(number) if math.isfinite(number) else "null"


def js_to_json(source: str, *, lenient: bool = False) -> str | None:
    """Return a JavaScript data literal rewritten as JSON; None when it is not plain data.

    With lenient, a bare variable standing as a value (``{symbol: markerSymbol}``) reads
    as null; anything else that is not plain data (calls, member access) still fails.
    """
    out: list[str] = []
    position = 0
    while position < len(source):
        match = _JS_TOKEN.match(source, position)
        if match is None:
            return None
        kind, token, position = match.lastgroup, match.group(), match.end()
        if kind in {"space", "comment"}:
            out.append(" ")
        elif kind == "string":
            literal = _js_string(source, match.start())
            if literal is None:
                return None
            value, position = literal
            out.append(json.dumps(value))
        elif kind == "number":
            number = _js_number(token)
            if number is None:
                return None
            out.append(json.dumps(number) if _next_char(source, position) == ":" else number)
        elif kind == "word":
            if _next_char(source, position) == ":":
                out.append(json.dumps(token))
            elif token in _JS_LITERALS:
                out.append(_JS_LITERALS[token])
            elif token in _JS_NULLS or (
                lenient and _next_char(source, position) in (",", "}", "]")
            ):
                out.append("null")
            else:
                return None
        elif kind == "minus":
            out.append("null")
        elif (
            kind == "punct" and match.group() == "," and _next_char(source, position) in ("]", "}")
        ):
            continue
        else:
            out.append(match.group())
    return "".join(out)


_EXPRESSION_SCAN = re.compile(r"[\[\](){}\"'`/,]")
_MAX_EXPRESSION = 4096
_MAX_CONCAT_PARTS = 16
_NUM = r"([+-]?(?:\d+\.?\d*|\.\d+))"
# Positions written as a library call: (lat, lng) for Leaflet, Google and HERE points,
# [lon, lat] for OpenLayers' fromLonLat (also inside a Point geometry).
# Any library's LatLng, Location or Coordinate constructor is latitude first (Kakao, Naver,
# Bing, Apple); LngLat and LonLat (Amap, 2GIS) are longitude first.
_LATLNG_CALL = re.compile(
    r"(?:new\s+)?(?:(?:[A-Za-z_$][\w$]*\s*\.\s*){0,3}(?:latLng|LatLng|Location|Coordinate)"
    r"|H\s*\.\s*geo\s*\.\s*Point)\s*\(\s*" + _NUM + r"\s*,\s*" + _NUM + r"\s*\)"
)
_LNGLAT_CALL = re.compile(
    r"(?:new\s+)?(?:[A-Za-z_$][\w$]*\s*\.\s*){0,3}(?:LngLat|LonLat)\s*\(\s*"
    + _NUM
    + r"\s*,\s*"
    + _NUM
    + r"\s*\)"
)
# CesiumJS positions in degrees, longitude first with an optional height:
# Cesium.Cartesian3.fromDegrees(lng, lat[, h]), Cartographic.fromDegrees(…), also turned
# into a Cartesian point (Cartographic.toCartesian(…), ellipsoid.cartographicToCartesian).
_DEGREES = r"(?:[A-Za-z_$][\w$]*\s*\.\s*){0,2}(?:Cartesian3|Cartographic)\s*\.\s*fromDegrees\s*\("
_TO_CARTESIAN = r"(?:[A-Za-z_$][\w$]*\s*\.\s*){0,3}(?:toCartesian|cartographicToCartesian)\s*\(\s*"
_DEGREES_CALL = re.compile(
    rf"(?:{_TO_CARTESIAN})?{_DEGREES}\s*{_NUM}\s*,\s*{_NUM}\s*(?:,\s*[+-]?(?:\d+\.?\d*|\.\d+)\s*)?\)"
    r"(?:\s*\))?"
)
_CARTESIAN_OF = re.compile(rf"{_TO_CARTESIAN}([A-Za-z_$][\w$]*)\s*\)")
# A variable set to such a constructor (var homePos = new google.maps.LatLng(…)).
_POSITION_DECLARATION = re.compile(
    r"(?<![\w$.])(?:(?:var|let|const)\s+)?([A-Za-z_$][\w$]*)\s*=\s*(?=new\s+"
    r"(?:[A-Za-z_$][\w$]*\s*\.\s*){1,3}(?:LatLng|latLng|Location|Coordinate|LngLat|LonLat)\s*\("
    rf"|{_DEGREES})"
)
_LONLAT_CALL = re.compile(
    r"(?:new\s+ol\s*\.\s*geom\s*\.\s*Point\s*\(\s*)?(?:ol\s*\.\s*proj\s*\.\s*)?"
    r"fromLonLat\s*\(\s*\[\s*" + _NUM + r"\s*,\s*" + _NUM + r"\s*\]\s*\)(?:\s*\))?"
)
_TEMPLATE_PART = re.compile(r"\$\{\s*([A-Za-z_$][\w$]*)\s*\}")
_IDENTIFIER = re.compile(r"[A-Za-z_$][\w$]*")
_STRING_DECLARATION = re.compile(
    r"(?<![\w$.])(?:(?:var|let|const)\s+)?([A-Za-z_$][\w$]*)\s*=\s*(?=[\"'`])"
)
_MAX_STRING_VARS = 200
# Values a literal mixed with code may hold: 20 fields for each of 2,000 cameras.
_MAX_TOLERANT_VALUES = 40_000
# Markup written as a table cell by a table library's helper (Grid.js ``html('<img …>')``,
# ``gridjs.html(…)``, lit's ``unsafeHTML(…)``): the cell is the markup string.
_MARKUP_CALL = re.compile(
    r"(?:[A-Za-z_$][\w$]*\s*\.\s*)?(?:html|unsafeHTML)\s*\(\s*([\"'`])", re.DOTALL
)


def string_constants(script: str) -> dict[str, str]:
    """Return the variables a script sets to one string literal, and only ever to that.

    A variable assigned two different strings is left out: nothing is evaluated.
    """
    found: dict[str, str | None] = {}
    for _attempt, match in zip(
        range(_MAX_SCRIPT_CANDIDATES * 5), _STRING_DECLARATION.finditer(script), strict=False
    ):
        literal = _js_string(script, match.end())
        if literal is None:
            continue
        name, value = match.group(1), literal[0]
        if name in found and found[name] != value:
            found[name] = None
        elif len(found) < _MAX_STRING_VARS:
            found[name] = value
    return {name: value for name, value in found.items() if value is not None}


def position_constants(script: str) -> dict[str, dict[str, float]]:
    """Return the variables a script sets to one position constructor, and only to that."""
    found: dict[str, dict[str, float] | None] = {}
    for _attempt, match in zip(
        range(_MAX_SCRIPT_CANDIDATES * 5), _POSITION_DECLARATION.finditer(script), strict=False
    ):
        call = script[match.end() : match.end() + 200]
        end = call.find(")")
        value = _expression_value(call[: end + 1], {}) if end > 0 else None
        if not isinstance(value, dict):
            continue
        position = {k: float(v) for k, v in value.items() if isinstance(v, int | float)}
        name = match.group(1)
        if name in found and found[name] != position:
            found[name] = None
        elif len(found) < _MAX_STRING_VARS:
            found[name] = position
    return {name: value for name, value in found.items() if value is not None}


class LazyConstants(Mapping[str, str]):
    """The string constants of a script, found only when a literal first needs them."""

    def __init__(self, script: str) -> None:
        """Remember the script; nothing is scanned yet."""
        self._script = script
        self._found: dict[str, str] | None = None
        self._positions: dict[str, dict[str, float]] | None = None
        self._named: re.Pattern[str] | None = None

    def _constants(self) -> dict[str, str]:
        if self._found is None:
            self._found = string_constants(self._script)
        return self._found

    def __getitem__(self, key: str) -> str:
        """Return the constant named key."""
        return self._constants()[key]

    def position(self, name: str) -> dict[str, float] | None:
        """Return the position a variable is set to once by a LatLng-like constructor."""
        if self._positions is None:
            self._positions = position_constants(self._script)
        return self._positions.get(name)

    def names_position(self, source: str) -> bool:
        """Return True when a literal gives a position variable as a value (``position: p``)."""
        if self._positions is None:
            self._positions = position_constants(self._script)
        if not self._positions:
            return False
        if self._named is None:
            names = "|".join(re.escape(name) for name in self._positions)
            self._named = re.compile(rf":\s*(?:{names})\s*[,}}\]]")
        return self._named.search(source) is not None

    def __iter__(self) -> Iterator[str]:
        """Iterate over the constants' names."""
        return iter(self._constants())

    def __len__(self) -> int:
        """Return how many constants the script sets."""
        return len(self._constants())


def _expression_end(source: str, start: int) -> int | None:
    """Return the index of the top-level ``,``/``]``/``}`` that ends the expression at start."""
    closers: list[str] = []
    position = start
    limit = min(len(source), start + _MAX_EXPRESSION * 64)
    while (match := _EXPRESSION_SCAN.search(source, position, limit)) is not None:
        char, index = match.group(), match.start()
        position = index + 1
        if char in "[{(":
            closers.append({"[": "]", "{": "}", "(": ")"}[char])
            if len(closers) > _MAX_NESTING:
                return None
        elif char in "]})":
            if not closers:
                return index if char != ")" else None
            if closers.pop() != char:
                return None
        elif char == ",":
            if not closers:
                return index
        elif char == "/":
            following = source[position : position + 1]
            if following == "/":
                newline = source.find("\n", position)
                position = newline + 1 if newline >= 0 else limit
            elif following == "*":
                close = source.find("*/", position + 1)
                if close < 0:
                    return None
                position = close + 2
        else:
            end = _string_end(source, index)
            if end is None:
                return None
            position = end
    return None


def _concatenation(expression: str, strings: Mapping[str, str]) -> str | None:
    """Return a string joined from literals and string constants with ``+``, else None."""
    parts: list[str] = []
    joined = False  # a lone constant is no joined string: only ``+`` or ``${…}`` join
    position = 0
    while position < len(expression) and len(parts) < _MAX_CONCAT_PARTS:
        position = script_gap(expression, position)
        char = expression[position : position + 1]
        if char in ("'", '"', "`"):
            end = _string_end(expression, position)
            if end is None:
                return None
            body = expression[position + 1 : end - 1]
            if char == "`":
                joined = joined or "${" in body
                body = _TEMPLATE_PART.sub(lambda m: strings.get(m.group(1), "\0"), body)
                if "\0" in body or "${" in body:
                    return None
            parts.append(_JS_ESCAPE.sub(_js_escape, body))
            position = end
        elif (name := _IDENTIFIER.match(expression, position)) is not None:
            if name.group() not in strings:
                return None
            parts.append(strings[name.group()])
            position = name.end()
        else:
            return None
        position = script_gap(expression, position)
        if position >= len(expression):
            return "".join(parts) if joined else None
        if expression[position] != "+":
            return None
        joined = True
        position += 1
    return None


def _expression_value(expression: str, strings: Mapping[str, str]) -> JSONValue:
    """Return what a value that is not plain data stands for: a position, a string, null."""
    text = expression.strip()
    if len(text) > _MAX_EXPRESSION:
        return None
    if (match := _LATLNG_CALL.fullmatch(text)) is not None:
        return {"lat": float(match.group(1)), "lng": float(match.group(2))}
    if (match := _LNGLAT_CALL.fullmatch(text)) is not None:
        return {"lng": float(match.group(1)), "lat": float(match.group(2))}
    if isinstance(strings, LazyConstants) and _IDENTIFIER.fullmatch(text):
        if (position := strings.position(text)) is not None:
            return dict(position)
    if (match := _LONLAT_CALL.fullmatch(text)) is not None:
        return {"lng": float(match.group(1)), "lat": float(match.group(2))}
    if (match := _DEGREES_CALL.fullmatch(text)) is not None:
        return {"lng": float(match.group(1)), "lat": float(match.group(2))}
    if isinstance(strings, LazyConstants) and (match := _CARTESIAN_OF.fullmatch(text)):
        if (position := strings.position(match.group(1))) is not None:
            return dict(position)
    if (match := _MARKUP_CALL.match(text)) is not None and text.endswith(")"):
        literal = _js_string(text, match.start(1))
        if literal is not None and not text[literal[1] :].strip(" \t\r\n)"):
            return literal[0]
    return _concatenation(text, strings)


# Two or more plain tokens side by side (``1 2``, ``'a' 'b'``): a syntax error unless the
# first is an operator word (``new Foo``, ``typeof x``, ``void 0``).
_ADJACENT_TOKENS = re.compile(
    r"""(?:[\w$.]+|"[^"\n]*"|'[^'\n]*')(?:\s+(?:[\w$.]+|"[^"\n]*"|'[^'\n]*')){1,64}"""
)
_OPERATOR_WORDS = frozenset({"new", "typeof", "void", "await", "async", "yield", "delete"})


def _broken_expression(expression: str) -> bool:
    """Return True for values written side by side without an operator between them."""
    text = expression.strip()
    if len(text) > _MAX_EXPRESSION or not _ADJACENT_TOKENS.fullmatch(text):
        return False
    return text.split(None, 1)[0] not in _OPERATOR_WORDS


def _value_json(expression: str, strings: Mapping[str, str]) -> str:
    """Return one value of a literal as JSON: plain data as it is, code by what it stands for."""
    strict = js_to_json(expression)
    if strict is not None and strict.strip():
        try:
            json.loads(strict)
        except (ValueError, RecursionError):
            pass
        else:
            return strict
    return json.dumps(_expression_value(expression, strings))


def tolerant_js_to_json(source: str, strings: Mapping[str, str] | None = None) -> str | None:
    """Return a JavaScript data literal mixed with code rewritten as JSON.

    Values that are code (calls, functions, arrows, member access, ``new``) read as null,
    except known position calls (``L.latLng(lat, lng)``, ``fromLonLat([lon, lat])``) and
    strings joined from literals and string constants; methods, spreads and computed keys
    are left out. Nothing is evaluated. None when the literal's brackets do not balance or
    it holds more than ``_MAX_TOLERANT_VALUES`` values.
    """
    constants = strings if strings is not None else {}
    out: list[str] = []
    containers: list[str] = []
    expect_key = False
    values = 0
    position = 0
    length = len(source)
    while position < length:
        position = script_gap(source, position)
        if position >= length:
            break
        char = source[position]
        if char == "[" and expect_key:
            # A computed key ([name]: value): the property is left out.
            stop = _expression_end(source, position)
            if stop is None:
                return None
            position = stop
            continue
        if char in "[{":
            containers.append(char)
            out.append(char)
            expect_key = char == "{"
            position += 1
            continue
        if char in "]}":
            if not containers or containers.pop() != ("[" if char == "]" else "{"):
                return None
            while out and out[-1] == ",":
                out.pop()
            out.append(char)
            position += 1
            continue
        if char == ",":
            if out and out[-1] not in ("[", "{", ","):
                out.append(",")
            expect_key = bool(containers) and containers[-1] == "{"
            position += 1
            continue
        if char == ":" and containers and containers[-1] == "{":
            out.append(":")
            expect_key = False
            position += 1
            continue
        if not containers:
            return None
        if expect_key:
            key: str | None = None
            end = position
            match = _JS_TOKEN.match(source, position)
            if match is not None and match.lastgroup == "string":
                literal = _js_string(source, position)
                if literal is not None:
                    key, end = literal
            elif match is not None and match.lastgroup in ("word", "number"):
                key, end = match.group(), match.end()
            if key is not None and _next_char(source, end) == ":":
                out.append(json.dumps(key))
                position = end
                continue
            if (
                key is not None
                and _next_char(source, end) in (",", "}")
                and _IDENTIFIER.fullmatch(key)
            ):
                out.append(json.dumps(key) + ":null")  # shorthand property {name}
                position = end
                continue
            # A method, a spread or a computed key: the property is left out.
            stop = _expression_end(source, position)
            if stop is None:
                return None
            position = stop
            continue
        values += 1
        if values > _MAX_TOLERANT_VALUES:
            return None  # more than a capped camera list holds: not read this way
        stop = _expression_end(source, position)
        if stop is None:
            return None
        expression = source[position:stop]
        if _broken_expression(expression):
            return None  # values side by side without an operator: not JavaScript
        out.append(_value_json(expression, constants))
        position = stop
    if containers:
        return None
    return "".join(out)


def _json_or_js(
    source: str, *, lenient: bool = False, strings: Mapping[str, str] | None = None
) -> JSONValue | None:
    """Return the value of a JSON or plain JavaScript data literal, None if neither.

    With lenient, a literal mixed with code is read by ``tolerant_js_to_json``.
    """
    try:
        value: JSONValue = json.loads(source)
    except (ValueError, RecursionError):
        pass
    else:
        return value
    order = (False, True) if lenient else (False,)
    if lenient and isinstance(strings, LazyConstants) and strings.names_position(source):
        order = (True, False)  # a bare position variable is a value, not an unknown name
    for tolerant in order:
        converted = (
            tolerant_js_to_json(source, strings)
            if tolerant
            else js_to_json(source, lenient=lenient)
        )
        if converted is None:
            continue
        try:
            result: JSONValue = json.loads(converted)
        except (ValueError, RecursionError):
            continue
        return result
    return None


def _skipped(start: int, skip: Sequence[tuple[int, int]]) -> int | None:
    """Return the end of the span (already read by another reader) that holds start."""
    return next((end for begin, end in skip if begin <= start < end), None)


class _Candidates:
    """The matches of a pattern in a script outside the skip spans, tried a bounded number of times.

    Each match found counts as one try, skipped or not. After a match is handed out the
    scan goes on one character past its end, unless the reader moves ``position`` past
    the literal it read.
    """

    __slots__ = ("_pattern", "_script", "_skip", "position")

    def __init__(
        self, pattern: re.Pattern[str], script: str, skip: Sequence[tuple[int, int]]
    ) -> None:
        self._pattern = pattern
        self._script = script
        self._skip = skip
        self.position = 0

    def __iter__(self) -> Iterator[re.Match[str]]:
        for _attempt in range(_MAX_SCRIPT_CANDIDATES):
            match = self._pattern.search(self._script, self.position)
            if match is None:
                return
            if (skipped := _skipped(match.start(), self._skip)) is not None:
                self.position = max(skipped, match.end())
                continue
            self.position = match.end() + 1
            yield match


def _marker_names(script: str) -> frozenset[str]:
    """Return the variables a script sets to a map marker or annotation of some library."""
    names = {
        match.group(1)
        for _attempt, match in zip(
            range(_MAX_SCRIPT_CANDIDATES * 5), _MARKER_DECLARATION.finditer(script), strict=False
        )
    }
    return frozenset(names)


def script_values(script: str, skip: Sequence[tuple[int, int]] = ()) -> list[JSONValue]:
    """Return the data literals a script assigns to variables or passes to JSON.parse.

    Literals inside the skip spans (player setups read as players) are left out, and so
    is data set on a map marker (``annotation.data = {…}``): the marker reader reads it
    with the marker's position and name.
    """
    values: list[JSONValue] = []
    strings = LazyConstants(script)
    markers: frozenset[str] | None = None
    scan = _Candidates(_SCRIPT_DATA, script, skip)
    for match in scan:
        start = match.end()
        if (owner := _PROPERTY_OWNER.match(match.group())) is not None:
            markers = _marker_names(script) if markers is None else markers
            if owner.group(1) in markers:
                continue
        value: JSONValue | None
        if match.group("parse"):
            literal = _js_string(script, start)
            if literal is None:
                continue
            text, scan.position = literal
            value = _embedded_json(text)
        else:
            end = _balanced_end(script, start)
            value = (
                _json_or_js(script[start:end], lenient=True, strings=strings)
                if end is not None
                else None
            )
            if end is not None and value is not None:
                scan.position = end
        if isinstance(value, list | dict) and not _style_layers(value):
            if _news_list(match.group(), value):
                continue
            values.append(_named_places(match.group(), value))
    return values


_DECLARED_NAME = re.compile(r"\b(?:var|let|const)\s+([A-Za-z_$][\w$]*)")


def _named_places(declaration: str, value: JSONValue) -> JSONValue:
    """Return a list declared under a place-list name keyed by that name.

    A script's ``const SPOTS = [{name, lat, lon, cams: […]}]`` (also exported) is read as
    a JSON answer's ``{"SPOTS": […]}``: a region's places, each the area of the cameras it
    holds. The same places keyed by their own keys (``export const mountains = {baker:
    {name, webcams: […]}}``, a ``Record<string, MountainConfig>``) are read so too (see
    ``items._keyed_places``) when every value of the object is an object. Any other
    value (``const SPOTS = {a: [1, 2]}``), or one assigned without a declaration, is
    returned as it is.
    """
    if isinstance(value, dict):
        if not value or not all(isinstance(place, dict) for place in value.values()):
            return value
    elif not isinstance(value, list):
        return value
    found = _DECLARED_NAME.match(declaration.strip())
    if found is None or norm_key(found.group(1)) not in PLACE_LIST_KEYS:
        return value
    return {found.group(1): value}


# Names of a script's list of news or blog entries (``const NEWS = [{title, url}]``).
# Words of a list's name saying it holds news (``NEWS``, ``beritaTerbaru``, ``dataBerita``,
# ``newsItems``, ``posts_data``), unless a camera word names it too (``cctvPosts``).
_NEWS_LIST_WORDS = frozenset(
    {"news", "berita", "artikel", "article", "articles", "post", "posts", "blog", "blogs"}
)
_CAMERA_LIST_WORDS = frozenset({"cctv", "cam", "cams", "camera", "cameras", "kamera", "webcam"})
_NAME_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_MAX_NEWS_SCAN = 50
_MAX_NEWS_FIELDS = 32


# A declaration a JSON literal of a page follows (``const NEWS = ``), at its end.
_DECLARED_BEFORE = re.compile(r"\b(?:var|let|const)\s+([A-Za-z_$][\w$]*)\s*=\s*$")


def _news_list(declaration: str, value: JSONValue) -> bool:
    """Return True for a list declared under a news name whose entries play no live video."""
    found = _DECLARED_NAME.match(declaration.strip())
    return found is not None and news_list(found.group(1), value)


def declared_news_list(text: str, start: int, value: JSONValue) -> bool:
    """Return True when the JSON literal at start of a page is a declared news list."""
    found = _DECLARED_BEFORE.search(text[max(0, start - 120) : start])
    return found is not None and news_list(found.group(1), value)


def news_list(name: str, value: JSONValue) -> bool:
    """Return True for a list named for news whose entries play no live video.

    A news site's ``const NEWS = [{title, url}]`` (any name holding a news word, split
    at capitals and underscores: ``beritaTerbaru``, ``dataBerita``, ``newsItems``,
    ``posts_data``; none naming a camera too) links its article pages: no camera list,
    unless an entry carries a stream or MJPEG address of its own.
    """
    if not isinstance(value, list):
        return False
    words = {word.lower() for word in _NAME_WORD.findall(name[:64])}
    if words.isdisjoint(_NEWS_LIST_WORDS) or not words.isdisjoint(_CAMERA_LIST_WORDS):
        return False
    return not any(
        isinstance(inner, str) and url_kind(inner) in ("stream", "mjpeg")
        for entry in value[:_MAX_NEWS_SCAN]
        if isinstance(entry, dict)
        for inner in itertools.islice(entry.values(), _MAX_NEWS_FIELDS)
    )


def _style_layers(value: JSONValue) -> bool:
    """Return True for a style layer or a list of them (``const layers = [{…}]``).

    Map symbols (an ArcGIS ``{type: "picture-marker", url}``) and a pin's pictures by
    pixel ratio (MapKit JS ``{1: "pin.png", 2: "pin@2x.png"}``) are drawing too.
    """
    if isinstance(value, list):
        return bool(value) and all(style_layer(item) for item in value[:50])
    if isinstance(value, dict):
        kind = value.get("type")
        if isinstance(kind, str) and _SYMBOL_TYPE.fullmatch(kind.strip().lower()):
            return True
        if value and len(value) <= 4 and all(key in ("1", "2", "3", "4") for key in value):
            return all(
                isinstance(v, str) and url_kind(urljoin("https://pin.invalid/", v)) == "still"
                for v in value.values()
            )
    return style_layer(value)


def _data_call(callee: str) -> bool:
    """Return True when a call's object argument may hold camera data."""
    last = callee.rsplit(".", 1)[-1].strip().lower()
    if last in _NOT_DATA_CALLS:
        return False
    if last.endswith("layer") and last != "tilelayer":
        return True  # a deck.gl data layer (IconLayer, ScatterplotLayer) holds its data
    return not any(hint in last for hint in _NOT_DATA_HINTS)


def style_layer(value: JSONValue) -> bool:
    """Return True for a map style layer ({id, type: 'circle', source, paint/layout})."""
    return (
        isinstance(value, dict)
        and value.get("type") in _LAYER_TYPES
        and isinstance(value.get("source"), str | dict)
        and bool(value.keys() & {"paint", "layout", "filter"})
    )


def _holds_object_list(value: JSONValue, depth: int = 3) -> bool:
    """Return True when a value holds a list of objects within depth levels.

    A list of bare media descriptors (a player's ``sources: [{src, type}]``) is one
    camera's media, not a list of cameras.
    """
    if isinstance(value, list):
        return any(
            isinstance(item, dict) and not {norm_key(key) for key in item} <= DESCRIPTOR_KEYS
            for item in value[:50]
        )
    if isinstance(value, dict) and depth > 0:
        return any(
            _holds_object_list(inner, depth - 1) for inner in itertools.islice(value.values(), 256)
        )
    return False


def call_values(script: str, skip: Sequence[tuple[int, int]] = ()) -> list[JSONValue]:
    """Return the camera data that a script hands to library calls as object literals.

    Objects given to the same call several times (``new Graphic({...})`` per camera)
    form one list; an object given once counts when it holds a list of objects (a
    player's playlist, a map source's features). Bare variables inside read as null.
    """
    by_callee: dict[str, list[JSONValue]] = {}
    strings = LazyConstants(script)
    scan = _Candidates(_CALL_DATA, script, skip)
    for match in scan:
        start = match.end()
        callee = re.sub(r"\s+", "", match.group("callee"))
        if not _data_call(callee):
            continue
        end = _balanced_end(script, start)
        value = (
            _json_or_js(script[start:end], lenient=True, strings=strings)
            if end is not None
            else None
        )
        if end is not None and value is not None:
            scan.position = end
        if isinstance(value, dict) and not style_layer(value):
            key = callee.rsplit(".", 1)[-1]
            if _ENTITY_ADD.search(callee):
                key, value = f"{key}\0entity", [value]  # one entity is one item already
            by_callee.setdefault(key, []).append(value)
    values: list[JSONValue] = []
    for key, objects in by_callee.items():
        if key.endswith("\0entity"):
            values.append([entity for one in objects if isinstance(one, list) for entity in one])
        elif len(objects) > 1:
            values.append(objects)
        elif _holds_object_list(objects[0]):
            values.append(objects[0])
        elif (rows := table_items(objects[0])) is not None:
            values.append(rows)  # a table widget's columns and positional rows (Grid.js)
    return values


def call_rows(script: str, skip: Sequence[tuple[int, int]] = ()) -> list[JSONValue]:
    """Return the tables a script hands to calls as rows whose first row holds the titles.

    Chart and grid libraries take a table as an array of rows with the column titles
    first (Google Charts' ``arrayToDataTable([['Nama', 'Lat', …], […]])``); each such
    argument becomes objects keyed by the titles. Arguments that are no such table (a
    line's coordinate pairs) are left alone.
    """
    if "[" not in script:
        return []
    strings = LazyConstants(script)
    values: list[JSONValue] = []
    scan = _Candidates(_CALL_ROWS, script, skip)
    for match in scan:
        start = match.end()
        end = _balanced_end(script, start)
        if end is None:
            continue
        scan.position = end
        value = _json_or_js(script[start:end], lenient=True, strings=strings)
        if (rows := header_rows(value)) is not None:
            values.append(rows)
    return values
