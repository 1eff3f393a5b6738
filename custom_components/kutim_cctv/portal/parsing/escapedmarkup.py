r"""Popup markup a page prints entity-escaped into its scripts and decodes in the browser.

Server-rendered map pages often escape a popup's HTML before printing it into a script
and decode it again in the browser: the WordPress Leaflet Map plugin writes
``bindPopup(WPLeafletMapPlugin.unescape('&lt;a href=\&quot;…\&quot;&gt;'))``, PHP pages
pass ``htmlspecialchars`` output to ``decodeEntities('…')``, ``he.decode('…')`` or
``_.unescape('…')``. The argument of such a decoding call, when it is made of string
literals only, is the popup's markup once its entities are decoded. A string with
entities handed to no decoding call stays as it is (a popup shows it as text).
"""

from __future__ import annotations

from collections.abc import Callable
import re

from ..values import unescape_attribute

__all__ = ["decoded_markup"]

# A call of a function whose name says it decodes HTML entities, possibly reached through
# an object path (window.WPLeafletMapPlugin.unescape, he.decode, _.unescape, $.parseHTML).
_DECODING_CALL = re.compile(
    r"\s*(?:[A-Za-z_$][\w$]*\s*\.\s*){0,4}"
    r"(?P<name>[A-Za-z_$][\w$]{0,40})\s*\(\s*(?=[\"'`])"
)
_DECODING_NAME = re.compile(r"unescape|decode|entit|unhtml|htmlspecialchars_decode", re.IGNORECASE)
# What an escaped popup holds: an escaped tag opening.
_ESCAPED_TAG = re.compile(r"&lt;|&#0*60;|&#x0*3c;", re.IGNORECASE)
_MAX_MARKUP = 100_000


def decoded_markup(args: str, literal_text: Callable[[str], str | None]) -> str | None:
    """Return the markup an entity-decoding call over string literals gives, else None.

    ``literal_text`` reads an argument made of string literals (joined by ``+``) and
    returns its text, or None when anything else is in it.
    """
    match = _DECODING_CALL.match(args)
    if match is None or _DECODING_NAME.search(match.group("name")) is None:
        return None
    inner = args[match.end() :].rstrip()
    if not inner.endswith(")"):
        return None
    text = literal_text(inner[:-1])
    if text is None or len(text) > _MAX_MARKUP or _ESCAPED_TAG.search(text) is None:
        return None
    return unescape_attribute(text)
