"""Parsers that turn portal answers (JSON, GeoJSON, HTML) into normalised camera lists."""

from __future__ import annotations

import codecs
from dataclasses import dataclass, replace
from html.parser import HTMLParser
import json
import math
import re
from urllib.parse import parse_qsl, urlsplit

from .diagnose import describe_json, describe_page
from .errors import PortalFormatError
from .mapjs import marker_items
from .models import DEFAULT_KUTIM_HLS, MAX_CAMERAS, Camera, ParseResult, PortalFormat, Profile
from .normalise import (
    DECORATION_HINTS,
    LINK_LIST_KEYS,
    MJPEG_KEYS,
    NAME_KEYS,
    SNAPSHOT_KEYS,
    STREAM_KEYS,
    Context,
    JSONObject,
    JSONValue,
    Notes,
    clean_text,
    dedupe,
    index_keys,
    item_cameras,
    looks_like_url,
    norm_key,
    normalise_items,
    resolve_url,
    url_kind,
)
from .nvr import nvr_items

__all__ = [
    "JSONValue",
    "KutimPage",
    "decode_body",
    "load_json",
    "parse_body",
    "parse_kutim_page",
]

type Items = list[tuple[str | None, JSONValue]]

_NOT_JSON = "The portal answer is not JSON"
_NO_LIST = "No camera list found in the portal answer"
_NO_PAGE_LIST = "No camera list found in the portal page"

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_DECODER = json.JSONDecoder()
_JSON_START = re.compile(r"[\[{]")
_MAX_JSON_CANDIDATES = 64
_HTML_MARKERS = re.compile(
    r"<(?:!doctype|html|head|body|script|div|video|iframe|img|meta|title)\b", re.IGNORECASE
)

WRAPPER_KEYS = (
    "data",
    "items",
    "result",
    "results",
    "records",
    "rows",
    "markers",
    "cctv",
    "cctvs",
    "cameras",
    "camera",
    "kamera",
    "list",
    "features",
    "locations",
    "points",
    "payload",
    "response",
    "content",
)
_TOTAL_KEYS = (
    "total",
    "total_items",
    "total_data",
    "total_count",
    "total_records",
    "total_rows",
    "count",
)
_PAGES_KEYS = ("total_pages", "total_page", "last_page", "page_count", "num_pages", "pages")
_META_KEYS = ("meta", "pagination", "page_info", "paging")
_MAX_COUNT = 10_000_000
_MEDIA_KEYS = frozenset(STREAM_KEYS + SNAPSHOT_KEYS + MJPEG_KEYS + ("stream_key",))
_MEDIA_HINT = re.compile(r"\.m3u8|\.mpd|\.mjpe?g|\.jpe?g|\.png|^rtsps?://", re.IGNORECASE)
_MAX_SEARCH_DEPTH = 3
_MAX_TITLE = 60
"""A portal's own name longer than this is shortened: it becomes an entry title."""
_MAX_TITLE_SOURCE = 512
"""Text of a title element read at most: a hostile page cannot grow it without bound."""
_MAX_PAGE_SEARCH_DEPTH = 6


# ---------------------------------------------------------------------------
# Bytes and JSON
# ---------------------------------------------------------------------------


def decode_body(raw: bytes) -> str:
    """Return the text of a body: BOM-aware, UTF-8 first, then cp1252, then latin-1."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return raw[len(bom) :].decode(encoding, "replace")
    if len(raw) >= 4 and raw[0] and not raw[1] and raw[2] and not raw[3]:
        return raw.decode("utf-16-le", "replace")
    if len(raw) >= 4 and not raw[0] and raw[1] and not raw[2] and raw[3]:
        return raw.decode("utf-16-be", "replace")
    for encoding in ("utf-8", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def _cut_off(err: json.JSONDecodeError, end: int) -> bool:
    """Return True when a JSON decode failed because the input ended too early."""
    return err.pos >= end or err.msg.startswith("Unterminated string")


def _find_json(text: str) -> tuple[int, JSONValue] | None:
    """Return the start and value of the largest JSON document in text, if any."""
    stripped = text.strip().lstrip("\ufeff")
    try:
        whole: JSONValue = json.loads(stripped)
    except (ValueError, RecursionError):
        pass
    else:
        return (text.find(stripped[:1]) if stripped else 0), whole
    best: tuple[int, JSONValue] | None = None
    best_span = -1
    budget = 2 * len(text) + 100_000
    position = 0
    for _attempt in range(_MAX_JSON_CANDIDATES):
        match = _JSON_START.search(text, position)
        if match is None:
            break
        start = match.start()
        try:
            value, end = _DECODER.raw_decode(text, start)
        except json.JSONDecodeError as err:
            if _cut_off(err, len(text.rstrip())) and len(text) - start > best_span:
                # A document that runs to the end unfinished is the answer, cut off: any
                # smaller document found inside it would be a fragment of the list.
                raise PortalFormatError(f"{_NOT_JSON} (the answer is cut off)") from err
            budget -= max(err.pos - start, 1)
            position = start + 1
            if budget < 0:
                break
            continue
        except (ValueError, RecursionError):
            position = start + 1
            continue
        if end - start > best_span:
            best, best_span = (start, value), end - start
        position = end
    return best


def _embedded_json(text: str) -> JSONValue | None:
    """Return the JSON document inside a script, or None when there is none whole."""
    try:
        found = _find_json(text)
    except PortalFormatError:
        return None
    return found[1] if found is not None else None


def load_json(text: str) -> JSONValue:
    """Return the JSON document in text, skipping noise before it and garbage after it."""
    found = _find_json(text)
    if found is None:
        hint = " (it looks like an HTML page)" if text.lstrip().startswith("<") else ""
        raise PortalFormatError(f"{_NOT_JSON}{hint}")
    return found[1]


def _decoded(value: JSONValue) -> JSONValue:
    """Return the JSON inside a string value when a portal encoded it twice."""
    if isinstance(value, str) and value.lstrip()[:1] in ("[", "{"):
        try:
            inner: JSONValue = json.loads(value)
        except (ValueError, RecursionError):
            return value
        return inner
    return value


# ---------------------------------------------------------------------------
# Finding the list of cameras in a JSON value
# ---------------------------------------------------------------------------


def _has_dicts(value: JSONValue) -> bool:
    """Return True when value is a list holding at least one object."""
    return isinstance(value, list) and any(isinstance(item, dict) for item in value)


def _camera_like(item: JSONValue, depth: int = 2) -> bool:
    """Return True when an object carries something a camera would carry."""
    if not isinstance(item, dict) or depth < 0:
        return False
    properties = item.get("properties")
    if isinstance(properties, dict) and _camera_like(properties, depth - 1):
        return True
    for key, value in index_keys(item).items():
        if isinstance(value, str):
            if key in _MEDIA_KEYS and value.strip():
                return True
            if looks_like_url(value) and _MEDIA_HINT.search(value):
                return True
        elif (
            key in LINK_LIST_KEYS
            and isinstance(value, list)
            and any(_camera_like(link, depth - 1) for link in value[:20])
        ):
            return True
    return False


def _keyed(obj: JSONObject) -> Items | None:
    """Return the entries of an object keyed by camera id, or None if it is not one."""
    values = list(obj.values())
    if not values or not all(isinstance(value, dict) for value in values):
        return None
    if not any(_camera_like(value) for value in values[:50]):
        return None
    return [(key, value) for key, value in obj.items()]


def _group_list(value: JSONValue) -> list[JSONValue] | None:
    """Return the camera list of a group value: a list, or an object holding one."""
    if isinstance(value, list):
        return value
    if isinstance(value, dict) and len(value) <= 50:
        lists = [v for v in value.values() if isinstance(v, list)]
        if len(lists) == 1:
            return lists[0]
    return None


def _keyed_groups(obj: JSONObject, depth: int = 1) -> Items | None:
    """Return groups of an object keyed by area name whose values are camera lists.

    A value is the list itself or an object holding one list (``{"cameras": [...]}``);
    such a map may also sit one level down (``{"districts": {...}}``).
    """
    values = list(obj.values())
    lists = [_group_list(v) for v in values[:500]]
    if (len(values) >= 2 or (values and isinstance(values[0], dict))) and all(
        found is not None for found in lists
    ):
        if any(found and any(map(_camera_like, found[:20])) for found in lists):
            return [
                (
                    None,
                    {"name": key, **value}
                    if isinstance(value, dict)
                    else {"name": key, "cameras": value},
                )
                for key, value in obj.items()
            ]
    if depth > 0:
        for value in values[:20]:
            if isinstance(value, dict) and (found := _keyed_groups(value, depth - 1)):
                return found
    return None


def _plain(values: list[JSONValue]) -> Items:
    """Return list entries without ids from keys."""
    return [(None, value) for value in values]


def _search(obj: JSONObject, depth: int) -> Items | None:
    """Return the most camera-like list of objects found under unknown keys."""
    best: list[JSONValue] | None = None
    best_score = (0, 0)
    level: list[JSONObject] = [obj]
    for _depth in range(depth):
        following: list[JSONObject] = []
        for current in level:
            for raw in current.values():
                value = _decoded(raw)
                if isinstance(value, dict):
                    following.append(value)
                elif isinstance(value, list) and _has_dicts(value):
                    score = (sum(_camera_like(x) for x in value[:50]), len(value))
                    if score > best_score:
                        best, best_score = value, score
        level = following[:200]
    return _plain(best) if best is not None else None


def find_items(value: JSONValue, *, depth: int = _MAX_SEARCH_DEPTH) -> Items | None:
    """Return the camera entries of a JSON value, or None when it holds no list at all."""
    value = _decoded(value)
    if isinstance(value, list):
        return _plain(value)
    if not isinstance(value, dict):
        return None
    index = index_keys(value)
    wrapped = [_decoded(index[key]) for key in WRAPPER_KEYS if key in index]
    for inner in wrapped:
        if _has_dicts(inner):
            assert isinstance(inner, list)
            return _plain(inner)
    for inner in wrapped:
        if isinstance(inner, list):
            return _plain(inner)
    for inner in wrapped:
        if isinstance(inner, dict):
            nested = index_keys(inner)
            for key in WRAPPER_KEYS:
                deeper = _decoded(nested.get(key))
                if isinstance(deeper, list):
                    return _plain(deeper)
            if (keyed := _keyed(inner)) is not None:
                return keyed
    if (keyed := _keyed(value)) is not None:
        return keyed
    if (groups := _keyed_groups(value)) is not None:
        return groups
    found = _search(value, depth)
    if found is None and _camera_like(value, 0):
        return [(None, value)]
    return found


def _is_feature(value: JSONValue) -> bool:
    """Return True for a GeoJSON Feature object."""
    if not isinstance(value, dict):
        return False
    kind = value.get("type")
    return (isinstance(kind, str) and kind.lower() == "feature") or (
        "geometry" in value and "properties" in value
    )


def _features(value: JSONValue) -> list[JSONValue] | None:
    """Return the features of a GeoJSON document, or None when it is not GeoJSON."""
    if isinstance(value, dict):
        index = index_keys(value)
        kind = index.get("type")
        features = index.get("features")
        collection = isinstance(kind, str) and kind.lower() == "featurecollection"
        if isinstance(features, list) and (collection or any(map(_is_feature, features))):
            return features
        if _is_feature(value):
            return [value]
        return None
    if (
        isinstance(value, list)
        and any(map(_is_feature, value))
        and all(_is_feature(item) for item in value if isinstance(item, dict))
    ):
        return value
    return None


def _has_stream_keys(items: Items) -> bool:
    """Return True when the entries look like Kutim items carrying stream keys."""
    return any(isinstance(item, dict) and "stream_key" in index_keys(item) for _, item in items)


def _result(
    items: Items, ctx: Context, fmt: PortalFormat, *, allow_empty_result: bool = False
) -> ParseResult:
    """Normalise entries into a parse result; an all-unusable list is a format error."""
    notes = Notes()
    cameras, skipped = normalise_items(items, ctx, notes)
    if not cameras and items and not allow_empty_result:
        raise PortalFormatError(
            f"{_NO_LIST}: none of its {len(items)} entries has a stream or image URL "
            f"(found {describe_json([item for _, item in items[:200]])})"
        )
    return _capped_result(fmt, cameras, skipped, notes)


def _capped_result(
    fmt: PortalFormat, cameras: list[Camera], skipped: int, notes: Notes
) -> ParseResult:
    """Return a parse result of at most MAX_CAMERAS cameras, marked when there were more."""
    capped = len(cameras) > MAX_CAMERAS
    return ParseResult(
        format=fmt,
        cameras=dedupe(cameras[:MAX_CAMERAS], notes),
        skipped=skipped,
        warnings=notes.result(),
        capped=capped,
    )


def portal_title(value: str) -> str | None:
    """Return a portal's own name made safe for a title, or None when it has none."""
    text = clean_text(value[:_MAX_TITLE_SOURCE])
    if text is None or not any(char.isalpha() for char in text):
        return None
    if len(text) > _MAX_TITLE:
        text = text[: _MAX_TITLE - 1].rstrip() + "…"
    return text


def _json_title(data: JSONValue) -> str | None:
    """Return the name a JSON document gives itself (a GeoJSON layer's "name")."""
    if not isinstance(data, dict):
        return None
    for key in ("name", "title", "judul"):
        value = data.get(key)
        if isinstance(value, str) and (title := portal_title(value)):
            return title
    return None


def _json_result(data: JSONValue, ctx: Context, fmt: PortalFormat | None) -> ParseResult:
    """Parse a JSON value of any supported shape; fmt None reports the detected shape."""
    return replace(_json_cameras(data, ctx, fmt), title=_json_title(data))


def _json_cameras(data: JSONValue, ctx: Context, fmt: PortalFormat | None) -> ParseResult:
    """Parse the cameras of a JSON value of any supported shape."""
    server = nvr_items(data, ctx.base_url)
    if server is not None:
        return _result(_plain(server[1]), ctx, fmt or PortalFormat.JSON)
    features = _features(data)
    if features is not None:
        return _result(_plain(features), ctx, fmt or PortalFormat.GEOJSON)
    items = find_items(data)
    if items is None:
        raise PortalFormatError(f"{_NO_LIST} (found {describe_json(data)})")
    if _has_stream_keys(items):
        return _result(items, replace(ctx, kutim=True), fmt or PortalFormat.KUTIM)
    return _result(items, ctx, fmt or PortalFormat.JSON)


# ---------------------------------------------------------------------------
# Kutim pages
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class KutimPage:
    """One page of the Kutim camera list."""

    result: ParseResult
    raw_count: int
    total: int | None
    total_pages: int | None


def _count(value: JSONValue) -> int | None:
    """Return a sane non-negative count from a number or a digit string."""
    if isinstance(value, bool):
        return None
    number: int | None = None
    if isinstance(value, int):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    elif (
        isinstance(value, str)
        and value.strip().isascii()
        and value.strip().isdigit()
        and len(value.strip()) <= 9
    ):
        number = int(value.strip())
    if number is None or not 0 <= number <= _MAX_COUNT:
        return None
    return number


def _page_totals(data: JSONValue) -> tuple[int | None, int | None]:
    """Return the total number of cameras and of pages a Kutim page announces."""
    if not isinstance(data, dict):
        return None, None
    index = index_keys(data)
    places: list[dict[str, JSONValue]] = []
    for key in _META_KEYS:
        meta = index.get(key)
        if isinstance(meta, dict):
            meta_index = index_keys(meta)
            places.append(meta_index)
            inner = meta_index.get("pagination")
            if isinstance(inner, dict):
                places.append(index_keys(inner))
    places.append(index)
    if isinstance(inner_data := index.get("data"), dict):
        places.append(index_keys(inner_data))
    total = next(
        (n for place in places for k in _TOTAL_KEYS if (n := _count(place.get(k))) is not None),
        None,
    )
    pages = next(
        (n for place in places for k in _PAGES_KEYS if (n := _count(place.get(k))) is not None),
        None,
    )
    return total, pages


def parse_kutim_page(data: JSONValue, *, hls_base: str, prettify: bool = True) -> KutimPage:
    """Parse one page of the Kutim list; stream URLs are built from the stream keys."""
    items = find_items(data)
    if items is None:
        raise PortalFormatError(f"{_NO_LIST}: the Kutim answer holds no list")
    ctx = Context(
        base_url=hls_base, hls_base=hls_base, kutim=True, derived_first=True, prettify=prettify
    )
    result = _result(items, ctx, PortalFormat.KUTIM, allow_empty_result=True)
    total, total_pages = _page_totals(data)
    return KutimPage(result=result, raw_count=len(items), total=total, total_pages=total_pages)


# ---------------------------------------------------------------------------
# JavaScript inside HTML pages
# ---------------------------------------------------------------------------

_SCRIPT_DATA = re.compile(
    r"(?P<parse>\bJSON\.parse\(\s*(?=[\"'`]))"
    # Data handed straight to a map layer: L.geoJSON({...}), layer.addData([...]).
    r"|(?:\bL\s*\.\s*geo[Jj][Ss][Oo][Nn]|\.\s*addData)\s*\(\s*(?=[\[{])"
    r"|(?:\b(?:var|let|const)\s+[A-Za-z_$][\w$]*"
    r"|(?<![\w$.])[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*=\s*(?=[\[{])"
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
_JS_GAP = re.compile(r"(?:\s+|//[^\n]*|/\*[\s\S]*?\*/)*")
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


def js_to_json(source: str) -> str | None:
    """Return a JavaScript data literal rewritten as JSON; None when it is not plain data."""
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
            elif token in _JS_NULLS:
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


def _json_or_js(source: str) -> JSONValue | None:
    """Return the value of a JSON or plain JavaScript data literal, None if neither."""
    try:
        value: JSONValue = json.loads(source)
    except (ValueError, RecursionError):
        converted = js_to_json(source)
        if converted is None:
            return None
        try:
            value = json.loads(converted)
        except (ValueError, RecursionError):
            return None
    return value


def script_values(script: str) -> list[JSONValue]:
    """Return the data literals a script assigns to variables or passes to JSON.parse."""
    values: list[JSONValue] = []
    position = 0
    for _attempt in range(_MAX_SCRIPT_CANDIDATES):
        match = _SCRIPT_DATA.search(script, position)
        if match is None:
            break
        start = match.end()
        value: JSONValue | None
        if match.group("parse"):
            literal = _js_string(script, start)
            if literal is None:
                position = start + 1
                continue
            text, position = literal
            value = _embedded_json(text)
        else:
            end = _balanced_end(script, start)
            value = _json_or_js(script[start:end]) if end is not None else None
            position = end if end is not None and value is not None else start + 1
        if isinstance(value, list | dict):
            values.append(value)
    return values


# ---------------------------------------------------------------------------
# HTML markup
# ---------------------------------------------------------------------------

_VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param"}
    | {"source", "track", "wbr"}
)
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "figcaption"})
_NAME_CLASS = re.compile(r"(?:^|[\s_-])(?:title|judul|caption|name|nama|header)(?:$|[\s_-])")
_CARD_HINTS = ("card", "cam", "cctv", "kamera", "thumb", "grid", "gallery", "snapshot", "still")
_CARD_TAGS = frozenset({"figure", "li", "td", "article"})
_KIND_KEYS = {"stream": "stream", "still": "snapshot", "mjpeg": "mjpeg"}
# data-* attributes that make any element a camera card.
_DATA_MEDIA = frozenset(
    {"data-stream", "data-src", "data-hls", "data-snapshot", "data-mjpeg", "data-video"}
    | {"data-url", "data-stream-url", "data-hls-url", "data-still", "data-image", "data-rtsp"}
)
_MAX_CARD_TEXT = 120
# Quoted URLs in an event handler's code.
_HANDLER_URL = re.compile(r"""(["'])((?:https?:)?//[^"'\s]+|/[^"'\s]+)\1""")


@dataclass(slots=True, eq=False)
class _Node:
    """An open element while the page is read."""

    tag: str
    hints: str = ""
    name: str | None = None
    media: int = 0
    card: dict[str, JSONValue] | None = None
    text: list[str] | None = None
    headings: int = 0


@dataclass(slots=True, eq=False)
class _Media:
    """A camera found in the markup."""

    kind: str
    url: str | None
    ancestors: tuple[_Node, ...]
    snapshot: str | None = None
    name: str | None = None
    title: str | None = None
    heading: str | None = None


@dataclass(slots=True, eq=False)
class _Capture:
    """Text being collected for a heading or a link."""

    node: _Node
    target: _Node | _Media | None
    parts: list[str]


class _PageScanner(HTMLParser):
    """Collect scripts and camera-like media elements of an HTML page."""

    def __init__(self, base_url: str) -> None:
        """Start reading a page whose relative URLs resolve against base_url."""
        super().__init__(convert_charrefs=True)
        self.base_url = base_url
        self.scripts: list[tuple[str, str]] = []
        self.media: list[_Media] = []
        self._stack: list[_Node] = []
        self._script: list[str] | None = None
        self._script_type = ""
        self._in_style = False
        self._captures: list[_Capture] = []
        self._video: _Media | None = None
        self._anchor: _Media | None = None
        self._heading: str | None = None
        self.title: str | None = None
        self._title: list[str] | None = None
        self._headings: list[str] = []
        self.cards: list[dict[str, JSONValue]] = []

    def _url(self, value: str | None) -> tuple[str, str | None] | None:
        """Return a resolved URL and its kind, or None."""
        url = resolve_url(value, self.base_url) if value else None
        return (url, url_kind(url)) if url is not None else None

    def _add(self, media: _Media) -> None:
        """Record a camera found in the markup."""
        media.heading = self._heading
        for node in media.ancestors:
            node.media += 1
        self.media.append(media)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Track elements, start text captures and pick up media elements."""
        attributes = {key.lower(): (value or "").strip() for key, value in reversed(attrs)}
        if tag == "script":
            self._script, self._script_type = [], attributes.get("type", "").lower()
            return
        if tag == "style":
            self._in_style = True
            return
        if tag == "title":
            if self.title is None:
                self._title = []
            return
        if tag == "img" and not attributes.keys() & (_DATA_MEDIA - {"data-src"}):
            self._image(attributes)
            return
        if tag == "source":
            found = self._url(attributes.get("src"))
            if self._video is not None and self._video.url is None and found is not None:
                self._video.url = found[0]
            return
        if tag in _VOID_TAGS:
            if attributes.keys() & _DATA_MEDIA and tag in ("img", "source", "input"):
                card: dict[str, JSONValue] = {
                    k[5:]: v for k, v in attributes.items() if k[:5] == "data-"
                }
                if tag == "img" and (found := self._url(attributes.get("src"))) is not None:
                    card.setdefault("snapshot", found[0])
                label = attributes.get("alt") or attributes.get("title")
                if label:
                    card.setdefault("name", label)
                self.cards.append(card)
            return
        classes = f"{attributes.get('class', '')} {attributes.get('id', '')}".lower()
        name = attributes.get("data-name") or attributes.get("data-title")
        node = _Node(tag, hints=classes, name=clean_text(name) if name else None)
        parent = self._stack[-1] if self._stack else None
        self._stack.append(node)
        if attributes.keys() & _DATA_MEDIA and tag not in ("img", "iframe"):
            node.card = {key[5:]: value for key, value in attributes.items() if key[:5] == "data-"}
            node.text, node.headings = [], len(self._headings)
        elif tag not in ("a", "video", "iframe") and (handed := self._handed_media(attributes)):
            # <option value="…m3u8">, onclick="play('Name', '…m3u8')": named by its text.
            node.card = handed
            node.text, node.headings = [], len(self._headings)
            if tag == "video" and attributes.get("poster"):
                node.card.setdefault("poster", attributes["poster"])
        if tag in _HEADING_TAGS or _NAME_CLASS.search(attributes.get("class", "").lower()):
            self._captures.append(_Capture(node, parent, []))
        if tag == "video":
            found = self._url(attributes.get("src"))
            poster = self._url(attributes.get("poster"))
            self._video = _Media(
                "stream",
                found[0] if found else None,
                tuple(self._stack),
                snapshot=poster[0] if poster else None,
                name=clean_text(attributes.get("title", "")),
            )
        elif tag == "iframe":
            self._iframe(attributes)
        elif tag == "a":
            found = self._url(attributes.get("href"))
            if found is not None and found[1] in ("stream", "mjpeg"):
                self._anchor = _Media(
                    found[1] or "stream",
                    found[0],
                    tuple(self._stack),
                    title=clean_text(attributes.get("title", "")),
                )
                self._captures.append(_Capture(node, self._anchor, []))
        if node.name is None and tag not in ("a", "video", "iframe"):
            title = attributes.get("title")
            node.name = clean_text(title) if title else None

    def _handed_media(self, attributes: dict[str, str]) -> dict[str, JSONValue] | None:
        """Return the media an element hands to a player: its value or a handler's URL."""
        candidates = [attributes.get("value", "")]
        for key, value in attributes.items():
            if key.startswith("on") and len(candidates) < 8:
                candidates.extend(m.group(2) for m in _HANDLER_URL.finditer(value[:2000]))
        for candidate in candidates:
            if not candidate or not looks_like_url(candidate):
                continue
            found = self._url(candidate)
            if found is not None and found[1] is not None:
                return {_KIND_KEYS[found[1]]: found[0]}
        return None

    def _iframe(self, attributes: dict[str, str]) -> None:
        """Record an embedded player whose address reveals a stream or still."""
        found = self._url(attributes.get("src"))
        if found is None:
            return
        url, kind = found
        if kind is None:
            for _key, value in parse_qsl(urlsplit(url).query):
                inner = self._url(value) if looks_like_url(value) else None
                if inner is not None and inner[1] is not None:
                    url, kind = inner
                    break
        if kind is not None:
            self._add(
                _Media(kind, url, tuple(self._stack), name=clean_text(attributes.get("title", "")))
            )

    def _image(self, attributes: dict[str, str]) -> None:
        """Record an image that looks like a camera still (not a logo or an icon)."""
        found = self._url(attributes.get("data-src") or attributes.get("src"))
        if found is None:
            return
        url, kind = found
        if kind is None or kind not in ("still", "mjpeg"):
            return
        label = attributes.get("alt") or attributes.get("title") or ""
        parent = self._stack[-1].hints if self._stack else ""
        described = " ".join(
            (urlsplit(url).path, label, attributes.get("class", ""), attributes.get("id", ""))
        )
        if any(hint in f"{described} {parent}".lower() for hint in DECORATION_HINTS):
            return
        if self._anchor is not None:
            self._anchor.snapshot = self._anchor.snapshot or url
            self._anchor.title = self._anchor.title or clean_text(label)
            return
        in_card = any(
            node.tag in _CARD_TAGS or any(hint in node.hints for hint in _CARD_HINTS)
            for node in self._stack
        )
        if label or in_card:
            self._add(_Media(kind, url, tuple(self._stack), name=clean_text(label)))

    def handle_endtag(self, tag: str) -> None:
        """Close elements, finish captures and emit finished video or link cameras."""
        if tag == "script" and self._script is not None:
            self.scripts.append((self._script_type, "".join(self._script)))
            self._script = None
            return
        if tag == "style":
            self._in_style = False
            return
        if tag == "title" and self._title is not None:
            self.title = portal_title("".join(self._title))
            self._title = None
            return
        for index in range(len(self._stack) - 1, -1, -1):
            if self._stack[index].tag == tag:
                for node in self._stack[index:]:
                    self._close(node)
                del self._stack[index:]
                break

    def _close_card(self, node: _Node, card: dict[str, JSONValue]) -> None:
        """Emit a card described by data attributes, named by its text if need be."""
        if not any(norm_key(key) in NAME_KEYS for key in card):
            text = clean_text("".join(node.text or ()))
            named = next((n.name for n in reversed(self._stack) if n.name and n is not node), None)
            if node.name:
                card["name"] = node.name
            elif len(self._headings) > node.headings:
                card["name"] = self._headings[node.headings]
            elif text and len(text) <= _MAX_CARD_TEXT:
                card["name"] = text
            elif named:
                card["name"] = named
        self.cards.append(card)

    def _close(self, node: _Node) -> None:
        """Finish whatever was tied to an element that is now closed."""
        if node.card is not None:
            card, node.card = node.card, None
            self._close_card(node, card)
        for capture in [c for c in self._captures if c.node is node]:
            self._captures.remove(capture)
            text = clean_text("".join(capture.parts))
            if isinstance(capture.target, _Media):
                capture.target.name = capture.target.name or text
            elif text:
                self._heading = text
                self._headings.append(text)
                if capture.target is not None and capture.target.name is None:
                    capture.target.name = text
        if self._video is not None and self._video.ancestors[-1] is node:
            if self._video.url is not None:
                self._add(self._video)
            self._video = None
        elif self._anchor is not None and self._anchor.ancestors[-1] is node:
            self._add(self._anchor)
            self._anchor = None

    def handle_data(self, data: str) -> None:
        """Collect script text and the text of headings and links."""
        if self._script is not None:
            self._script.append(data)
        elif self._title is not None:
            if sum(map(len, self._title)) < _MAX_TITLE_SOURCE:
                self._title.append(data)
        elif not self._in_style:
            for capture in self._captures:
                capture.parts.append(data)
            for node in self._stack:
                if node.text is not None and len(node.text) < 200:
                    node.text.append(data)

    def finish(self) -> None:
        """Close whatever is still open once the page has been read."""
        if self._script is not None:
            # Some Python versions keep the text of an unclosed script unreported.
            self._script.append(self.rawdata)
            self.rawdata = ""
            self.scripts.append((self._script_type, "".join(self._script)))
            self._script = None
        for node in reversed(self._stack):
            self._close(node)
        self._stack.clear()

    def items(self) -> list[JSONValue]:
        """Return the media cameras as portal-like items."""
        items: list[JSONValue] = []
        for media in self.media:
            name = (
                media.name
                or media.title
                or next(
                    (
                        node.name
                        for node in reversed(media.ancestors)
                        if node.name and node.media == 1
                    ),
                    media.heading,
                )
            )
            item: dict[str, JSONValue] = {"name": name, _KIND_KEYS[media.kind]: media.url}
            if media.snapshot is not None:
                item.setdefault("snapshot", media.snapshot)
            items.append(item)
        return items


def _scan_page(text: str, base_url: str) -> _PageScanner:
    """Read a page with the tolerant HTML parser."""
    scanner = _PageScanner(base_url)
    try:
        scanner.feed(text)
        scanner.close()
    except (AssertionError, ValueError):
        # Markup the standard parser gives up on ends the scan; what was read still counts.
        pass
    scanner.finish()
    if not scanner.scripts and not text.lstrip().startswith("<"):
        scanner.scripts.append(("", text))
    return scanner


def _parse_html(text: str, ctx: Context, fmt: PortalFormat) -> ParseResult:
    """Parse an HTML page: script data first, then video, iframe, link and image cards."""
    scanner = _scan_page(text, ctx.base_url)
    notes = Notes()
    cameras: list[Camera] = []
    skipped = 0
    for script_type, script in scanner.scripts:
        if len(cameras) > MAX_CAMERAS:
            break
        values: list[JSONValue] = (
            [_embedded_json(script)] if "json" in script_type else script_values(script)
        )
        for value in values:
            items = find_items(value, depth=_MAX_PAGE_SEARCH_DEPTH)
            if not items:
                continue
            local = Notes()
            item_ctx = replace(ctx, kutim=True) if _has_stream_keys(items) else ctx
            if len(cameras) > MAX_CAMERAS:
                break
            found_cameras, bad = normalise_items(
                items, item_ctx, local, limit=MAX_CAMERAS - len(cameras)
            )
            if found_cameras:
                cameras.extend(found_cameras)
                skipped += bad
                notes.messages.extend(local.messages)
                notes.out_of_range += local.out_of_range
    known = {url for c in cameras for url in (c.stream_url, c.snapshot_url, c.mjpeg_url) if url}
    extra: list[JSONValue] = list(scanner.cards)
    markers = 0
    for script_type, script in scanner.scripts:
        if "json" not in script_type:
            found_markers = marker_items(script, ctx.base_url)
            markers += len(found_markers)
            extra.extend(found_markers)
    for camera in normalise_items(_plain(extra), ctx, notes)[0]:
        urls = {camera.stream_url, camera.snapshot_url, camera.mjpeg_url} - {None}
        if not urls & known:
            cameras.append(camera)
            known |= urls  # type: ignore[arg-type]
    for item in scanner.items():
        if len(cameras) > MAX_CAMERAS:
            break
        for camera in item_cameras(item, None, ctx, notes)[0]:
            urls = {camera.stream_url, camera.snapshot_url, camera.mjpeg_url}
            if not urls & known:
                cameras.append(camera)
    if not cameras:
        media = len(scanner.media) + len(scanner.cards)
        found = describe_page(len(scanner.scripts), media, markers)
        raise PortalFormatError(f"{_NO_PAGE_LIST} (found {found})")
    return replace(_capped_result(fmt, cameras, skipped, notes), title=scanner.title)


# ---------------------------------------------------------------------------
# Entry point for single-page bodies
# ---------------------------------------------------------------------------


def _json_content_type(content_type: str | None) -> bool:
    """Return True when the server declared a JSON body."""
    return content_type is not None and "json" in content_type.lower()


def parse_body(
    text: str,
    *,
    profile: Profile,
    base_url: str,
    hls_base: str | None = None,
    prettify: bool = True,
    content_type: str | None = None,
) -> ParseResult:
    """Parse a complete single-page body in the given profile into cameras."""
    if profile == Profile.KUTIM:
        data = load_json(text)
        return parse_kutim_page(
            data, hls_base=hls_base or DEFAULT_KUTIM_HLS, prettify=prettify
        ).result
    snapshot = profile == Profile.SNAPSHOT
    ctx = Context(base_url=base_url, hls_base=hls_base, snapshot=snapshot, prettify=prettify)
    if profile == Profile.HTML:
        return _parse_html(text, ctx, PortalFormat.HTML)
    if profile == Profile.JSON:
        return _json_result(load_json(text), ctx, PortalFormat.JSON)
    if profile == Profile.GEOJSON:
        features = _features(load_json(text))
        if features is None:
            raise PortalFormatError("The portal answer is not a GeoJSON FeatureCollection")
        return _result(_plain(features), ctx, PortalFormat.GEOJSON)
    fixed = PortalFormat.SNAPSHOT if snapshot else None
    try:
        found = _find_json(text)
    except PortalFormatError:
        # A cut-off JSON answer is an error, but a page may end in a broken script.
        if not _HTML_MARKERS.search(text):
            raise
        found = None
    if found is not None:
        start, data = found
        if _json_content_type(content_type) or not _HTML_MARKERS.search(text, 0, start):
            try:
                return _json_result(data, ctx, fixed)
            except PortalFormatError:
                if "<" not in text:
                    raise
    if "<" in text:
        return _parse_html(text, ctx, fixed or PortalFormat.HTML)
    raise PortalFormatError(_NOT_JSON)
