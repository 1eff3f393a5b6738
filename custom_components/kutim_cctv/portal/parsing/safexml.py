"""Guarded XML reading shared by the KML and generic XML list readers.

expat never fetches anything, but DOCTYPE and entity declarations are refused before
and while parsing, so that no document can expand entities or name external ones.
"""

from __future__ import annotations

import re
from typing import Protocol
from xml.parsers import expat

from ..errors import PortalFormatError

_REFUSED = re.compile(r"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)


class XmlRefused(Exception):
    """Raised inside the XML handlers to stop reading a document that is refused."""


class XmlHandlers(Protocol):
    """What a reader gives expat: element starts and ends and character data."""

    def start(self, name: str, attributes: dict[str, str]) -> None:
        """Handle an element's start."""

    def end(self, name: str) -> None:
        """Handle an element's end."""

    def data(self, text: str) -> None:
        """Handle character data."""


def parse_guarded(
    text: str, reader: XmlHandlers, *, what: str, namespace_separator: str | None = None
) -> None:
    """Feed a whole document to reader; raise PortalFormatError starting with ``what``."""
    if _REFUSED.search(text):
        raise PortalFormatError(f"{what}: documents with a DOCTYPE or entities are refused")
    parser = expat.ParserCreate(namespace_separator=namespace_separator)
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def refuse(*_args: object) -> None:
        raise XmlRefused("a DOCTYPE or entity declaration")

    def refuse_external(*_args: object) -> int:
        raise XmlRefused("an external entity")

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse_external
    parser.StartElementHandler = reader.start
    parser.EndElementHandler = reader.end
    parser.CharacterDataHandler = reader.data
    try:
        parser.Parse(text, True)
    except XmlRefused as err:
        raise PortalFormatError(f"{what}: {err} is refused") from None
    except (expat.ExpatError, RecursionError, ValueError) as err:
        raise PortalFormatError(f"{what}: it is not well-formed XML ({err})") from None
