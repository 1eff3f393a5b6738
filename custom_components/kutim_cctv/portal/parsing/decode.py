"""Reading a body: decode its bytes and find the JSON value in its text."""

from __future__ import annotations

import codecs
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
