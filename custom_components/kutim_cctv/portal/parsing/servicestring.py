"""Documents an ASP.NET web service hands back as the text of its ``<string>`` answer.

An ASMX web method that returns a ``string`` answers a plain GET or POST with
``<string xmlns="http://tempuri.org/">…</string>``; a method that builds its camera list
as XML (``DataSet.GetXml()``, an ``XmlSerializer`` written to a ``StringWriter``, hence
its ``encoding="utf-16"`` declaration) returns that document escaped as the string's
text. The text is read as a document only when it is one: an XML document whose root is
no page element, at most 4,000,000 characters. Plain text (``OK``, an error message), a
page's markup and a longer text are no document. Only one level is unwrapped: a
``<string>`` answer inside the document is not read again. (A JSON array or object as the
text is found by the reader of any answer's text, which the XML reader falls back to.)
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["MAX_WRAPPED_DOCUMENT", "wrapped_xml"]

MAX_WRAPPED_DOCUMENT = 4_000_000
"""Characters of a ``<string>`` answer's text read as a document."""

_WRAPPER_ROOT = "string"


def wrapped_xml(root: str, value: object, is_xml: Callable[[str], bool]) -> str | None:
    """Return the XML document a ``<string>`` root's text holds, else None.

    ``root`` is the root element's local name and ``value`` its read value (the text when
    the root holds text only); ``is_xml`` tells an XML document whose root is no page
    element.
    """
    if root != _WRAPPER_ROOT or not isinstance(value, str):
        return None
    text = value.strip()
    if not text.startswith("<") or len(text) > MAX_WRAPPED_DOCUMENT:
        return None
    return text if is_xml(text) else None
