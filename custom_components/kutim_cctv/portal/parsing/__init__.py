"""Parsers that turn portal answers (JSON, GeoJSON, HTML) into normalised camera lists.

One module per idea: ``decode`` reads a body's bytes and finds its JSON, ``items`` finds
the list of cameras in a JSON value, ``kutim`` reads pages of the Kutim list API,
``javascript`` turns script data literals into JSON, ``markup`` scans HTML pages,
``mapjs`` reads map markers from scripts, ``nvr`` reads NVR server lists, ``tabular``
turns JSON tables (a header naming positional rows) into objects, ``diagnose``
says what an unreadable answer held, and ``body`` chooses among them for a single-page
body.
"""

from __future__ import annotations

from ..values import JSONValue
from .body import parse_body
from .decode import decode_body, load_json
from .items import WRAPPER_KEYS, find_items, portal_title
from .javascript import js_to_json, script_values
from .kutim import KutimPage, parse_kutim_page

__all__ = [
    "WRAPPER_KEYS",
    "JSONValue",
    "KutimPage",
    "decode_body",
    "find_items",
    "js_to_json",
    "load_json",
    "parse_body",
    "parse_kutim_page",
    "portal_title",
    "script_values",
]
