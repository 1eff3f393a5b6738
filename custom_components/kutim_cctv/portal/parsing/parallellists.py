"""Pictures and their name labels given as two lists side by side, matched by position.

A scraper answer may return a page's camera pictures and their labels as separate
element lists, in document order: Yahoo's YQL html table answering two queries
(``[{query: {results: {img: [{src, height, width}, …]}}}, {query: {results: {span:
[{id, content}, …]}}}]``, two answers side by side) or one query with a union xpath
(``//img | //span``: ``{query: {results: {img: […], span: […], a: […]}}}``). The app
showing them labels picture *n* with label *n*; so is each camera read here: the
picture's ``src`` its still, the label's text its name.

Only element lists are read: a picture list under ``img``/``image``/``images`` whose
every record has a ``src`` address and no text of its own (no ``alt``, ``title`` or
``content``: a picture naming itself is read as any record is), and a label list under
an element name that holds text (``span``, ``h1``…``h6``, ``p``, ``label``, ``b``,
``strong``, ``td``, ``div``, ``caption``, ``figcaption``) whose every record is its text
(``content`` or ``text``) with at most its markup (``id``, ``class``, ``style``,
``title``), no address. Exactly one picture list and one label list must be found, of
the same length (2 to ``MAX_CAMERAS``), in one answer's results or in two to four
answers side by side; a label that is an address, lists of other lengths or a second
candidate of either kind (which pairing would be a guess) give nothing. Links (``a``)
are neither. Nothing else in the answers is read.
"""

from __future__ import annotations

from ..fieldurls import looks_like_url, url_host
from ..models import MAX_CAMERAS
from ..policy import is_never_allowed_host, is_public_host
from ..values import JSONValue

_PICTURE_KEYS = frozenset({"img", "image", "images"})
_LABEL_KEYS = frozenset(
    {"span", "h1", "h2", "h3", "h4", "h5", "h6", "p", "label", "b", "strong", "td", "div"}
    | {"caption", "figcaption"}
)
_TEXT_KEYS = ("content", "text")
_MARKUP_KEYS = frozenset({"id", "class", "style", "title"})
_PICTURE_TEXT = frozenset({"alt", "title", "content", "text", "name"})
_MAX_DEPTH = 4
_MAX_ANSWERS = 4
_MAX_KEYS = 64  # keys of one object looked at
_MAX_LABEL = 200  # characters of a label
_MAX_SRC = 2_000  # characters of a picture address


def _element_lists(value: JSONValue, depth: int = 0) -> list[tuple[str, list[JSONValue]]]:
    """Return the lists of objects an answer holds under their element keys (bounded)."""
    if depth > _MAX_DEPTH or not isinstance(value, dict):
        return []
    found: list[tuple[str, list[JSONValue]]] = []
    for key, inner in list(value.items())[:_MAX_KEYS]:
        if isinstance(inner, list):
            if inner and all(isinstance(entry, dict) for entry in inner[: MAX_CAMERAS + 1]):
                found.append((key.lower(), inner))
        elif isinstance(inner, dict):
            found.extend(_element_lists(inner, depth + 1))
    return found


def _pictures(key: str, entries: list[JSONValue]) -> list[str] | None:
    """Return the addresses of a picture element list, or None for no such list."""
    if key not in _PICTURE_KEYS:
        return None
    sources: list[str] = []
    for entry in entries:
        if not isinstance(entry, dict) or not _PICTURE_TEXT.isdisjoint(entry):
            return None
        src = entry.get("src")
        if not isinstance(src, str) or not (address := src.strip()) or len(address) > _MAX_SRC:
            return None
        if any(char.isspace() for char in address):
            return None
        sources.append(address)
    return sources


def _labels(key: str, entries: list[JSONValue]) -> list[str] | None:
    """Return the texts of a label element list, or None for no such list."""
    if key not in _LABEL_KEYS:
        return None
    texts: list[str] = []
    for entry in entries:
        if not isinstance(entry, dict):
            return None
        fields = [name for name in _TEXT_KEYS if name in entry]
        if len(fields) != 1 or not set(entry) - {fields[0]} <= _MARKUP_KEYS:
            return None
        text = entry[fields[0]]
        if not isinstance(text, str) or not (label := " ".join(text.split())):
            return None
        if len(label) > _MAX_LABEL or looks_like_url(label):
            return None
        texts.append(label)
    return texts


def _reachable(src: str, local: bool) -> bool:
    """Return False for a picture on a host no viewer of the answer reaches."""
    if not looks_like_url(src) or "://" not in src:
        return True  # relative to the answer's own address
    host = url_host(src)
    return not is_never_allowed_host(host) and (local or is_public_host(host))


def parallel_list_records(data: JSONValue, *, local: bool = False) -> list[JSONValue] | None:
    """Return camera records paired from a picture list and a label list, or None.

    ``data`` is one answer (an object) or two to four answers side by side (a list of
    objects); see the module's description. A picture on a LAN, loopback or link-local
    host gives no camera unless the answer came from the local network (``local``; a
    link-local or metadata host never).
    """
    if isinstance(data, list):
        if not 2 <= len(data) <= _MAX_ANSWERS or not all(isinstance(a, dict) for a in data):
            return None
        lists = [found for answer in data for found in _element_lists(answer)]
    elif isinstance(data, dict):
        lists = _element_lists(data)
    else:
        return None
    pictures = [found for key, entries in lists if (found := _pictures(key, entries))]
    labels = [found for key, entries in lists if (found := _labels(key, entries))]
    if len(pictures) != 1 or len(labels) != 1:
        return None
    sources, names = pictures[0], labels[0]
    if len(sources) != len(names) or not 2 <= len(sources) <= MAX_CAMERAS:
        return None
    return [
        {"name": name, "snapshot": src}
        for src, name in zip(sources, names, strict=True)
        if _reachable(src, local)
    ]
