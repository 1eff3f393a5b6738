"""Reading a body: decode its bytes and find the JSON value in its text."""

from __future__ import annotations

import codecs
import html
import json
import re

from ..errors import PortalFormatError
from ..values import JSONValue

_NOT_JSON = "The portal answer is not JSON"

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


_MAX_SEQUENCE = 8000
"""Records read from a JSON text sequence (at most a few times the camera cap)."""
_SEQUENCE_GAP = re.compile(r"[\s\x1e]*")
# The longest line of column names a JSON Lines table starts with.
_MAX_HEADER_LINE = 65_536


def json_sequence(text: str) -> list[JSONValue] | None:
    """Return the objects of a JSON text sequence, or None when text is not one.

    A GeoJSON text sequence (RFC 8142, each feature after a record separator U+001E)
    and newline-delimited JSON (``.geojsonl``, ``.ndjson``, JSON Lines) hold one object
    per record: two objects at least, separated by a line break or a record separator
    and nothing else, to the end of the text (a record that does not parse ends it).
    JSON Lines of arrays (a data server's ``.jsonlCSV1``: the column names on the first
    line, a row of values on each next one) are rows of one width under that header.
    """
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped[:1] not in ("{", "[", "\x1e"):
        return None
    if stripped[0] == "[" and not _header_line(stripped):
        return None  # a JSON array answer, read once by the caller
    values: list[JSONValue] = []
    position = 0
    while len(values) < _MAX_SEQUENCE:
        gap = _SEQUENCE_GAP.match(stripped, position)
        assert gap is not None
        if values and gap.end() < len(stripped):
            separator = stripped[position : gap.end()]
            if "\n" not in separator and "\x1e" not in separator:
                return None  # objects side by side on one line: not a sequence
        position = gap.end()
        if position >= len(stripped):
            break
        if stripped[position] not in "{[":
            return None
        try:
            value, position = _DECODER.raw_decode(stripped, position)
        except (ValueError, RecursionError):
            return None
        values.append(value)
    if len(values) < 2:
        return None
    return values if _alike(values) or _header_rows(values) else None


def _header_line(text: str) -> bool:
    """Return True when text's first line alone is an array of column names."""
    newline = text.find("\n", 0, _MAX_HEADER_LINE)
    if newline < 0 or not text[1:newline].lstrip().startswith('"'):
        return False
    try:
        first = _DECODER.decode(text[:newline])
    except (ValueError, RecursionError):
        return False
    return isinstance(first, list) and bool(first) and all(isinstance(c, str) for c in first)


def _header_rows(values: list[JSONValue]) -> bool:
    """Return True for rows of one width whose first row is a header of texts."""
    first = values[0]
    if not isinstance(first, list) or not first or not all(isinstance(c, str) for c in first):
        return False
    return all(isinstance(row, list) and len(row) == len(first) for row in values[1:])


def _alike(values: list[JSONValue]) -> bool:
    """Return True when records are of one kind: features, or objects sharing their keys.

    Two different documents one after the other (an answer and a debug dump) are not.
    """
    keys = [frozenset(value) for value in values if isinstance(value, dict)]
    if len(keys) != len(values):
        return False
    first = keys[0]
    if "type" in first and all(
        isinstance(value, dict) and str(value.get("type")).lower() == "feature" for value in values
    ):
        return True
    return bool(first) and all(2 * len(first & other) >= len(first | other) for other in keys)


def _embedded_json(text: str) -> JSONValue | None:
    """Return the JSON document inside a script, or None when there is none whole."""
    try:
        found = _find_json(text)
    except PortalFormatError:
        return None
    return found[1] if found is not None else None


# ---------------------------------------------------------------------------
# Noise around a JSON answer
# ---------------------------------------------------------------------------

# What a PHP application prints before its JSON when it shows its errors: CodeIgniter's
# error block, html_errors lines (<b>Notice</b>: … on line <b>12</b>) and xdebug tables.
_CI_ERROR = "<h4>A PHP Error was encountered</h4>"
_PHP_LINE = re.compile(
    r"<b>\s*(?:Notice|Warning|Deprecated|Strict Standards|Fatal error|Parse error|"
    r"Catchable fatal error|Recoverable fatal error|User (?:Notice|Warning|Deprecated))"
    r"\s*</b>:[^<]{0,2000}(?:<b>[^<]{0,1000}</b>[^<]{0,100})?on line <b>\d{1,9}</b>",
    re.IGNORECASE,
)
_XDEBUG_TABLE = re.compile(r"<table\b[^<>]{0,300}class=['\"]xdebug-error", re.IGNORECASE)
_MAX_NOISE = 256 * 1024
_MAX_NOISE_BLOCKS = 200
_PAGE_MARKERS = re.compile(
    r"<(?:!doctype|html|head|body|script|div|video|iframe|img|meta|title)\b", re.IGNORECASE
)


def _without_blocks(text: str, start_mark: str, opener: str, closer: str) -> str:
    """Return text without the blocks (opener … start_mark … closer) PHP printed."""
    lower = text.lower()
    parts: list[str] = []
    position = 0
    for _block in range(_MAX_NOISE_BLOCKS):
        mark = lower.find(start_mark.lower(), position)
        if mark < 0:
            break
        begin = lower.rfind(opener, position, mark)
        end = lower.find(closer, mark)
        if begin < 0 or end < 0:
            break
        parts.append(text[position:begin])
        position = end + len(closer)
    parts.append(text[position:])
    return " ".join(parts)


def php_noise_only(prefix: str) -> bool:
    """Return True when the text before a JSON answer is only PHP error output.

    A PHP API with ``display_errors`` on prints notices, warnings and deprecations (as
    text, as ``<b>Notice</b>`` lines, as CodeIgniter's error block or xdebug's table)
    before the JSON it echoes; none of that is a page.
    """
    if len(prefix) > _MAX_NOISE:
        return False
    if not _PAGE_MARKERS.search(prefix):
        return True
    text = _without_blocks(prefix, _CI_ERROR, "<div", "</div>")
    if _XDEBUG_TABLE.search(text):
        text = _without_blocks(text, "xdebug-error", "<table", "</table>")
    text = _PHP_LINE.sub(" ", text)
    return not _PAGE_MARKERS.search(text)


_PRE_OPEN = re.compile(r"<pre\b[^<>]{0,500}>", re.IGNORECASE)
_TAG = re.compile(r"<[a-zA-Z/!][^<>]{0,2000}>")
_MAX_PRE_BLOCKS = 8


def pre_json(text: str) -> JSONValue | None:
    """Return the largest JSON document shown in a ``<pre>`` block of a page, if any.

    API browsers (Django REST framework's browsable API) and debugging PHP pages show a
    JSON answer inside ``<pre>``, escaped as HTML and with links around its URLs: the
    tags are dropped and the entities decoded before the JSON is read.
    """
    best: JSONValue | None = None
    best_size = 0
    position = 0
    for _block in range(_MAX_PRE_BLOCKS):
        match = _PRE_OPEN.search(text, position)
        if match is None:
            break
        end = text.find("</pre", match.end())
        if end < 0:
            end = len(text)
        position = end
        inner = text[match.end() : end]
        if "{" not in inner and "[" not in inner:
            continue
        plain = html.unescape(_TAG.sub("", inner))
        try:
            found = _find_json(plain)
        except PortalFormatError:
            continue
        if found is not None and isinstance(found[1], dict | list):
            size = len(plain) - found[0]
            if size > best_size:
                best, best_size = found[1], size
    return best


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
