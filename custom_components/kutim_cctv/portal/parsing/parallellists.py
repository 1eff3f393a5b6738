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

Only the scraper's own envelope gives cameras: every answer must be YQL's ``{query:
{results: {…}}}`` and every list of objects found in ``results`` must sit under an
element name (a picture or label list, or another HTML element such as ``a``, ``li``,
``tr``), so an answer carrying a real camera list (``results: {json: {cameras: […]}}``,
``{cameras: […], meta: {img, p}}``) or any other record list is never replaced by a
pairing. The pair must also show cameras: a camera word (``viewerlinks.names_camera``:
``cctv``, ``camera``, ``cam``, ``webcam``…, camel case split: ``CameraImage.ashx``,
``lblCamName``) in a label, a picture's address or the lists' markup (``id``,
``class``). A shop's prices or a news page's headlines beside their pictures are no
cameras, and nothing is taken from an answer made only of such element lists, in the
envelope or not (``{data: {images: […], h2: […]}}``): its bare pictures are no nameless
cameras either. A picture's address is resolved against the answer's address before
its host is checked (``//192.168.1.10/…`` is a LAN picture, as ``http://192.168.1.10/…``
is).
"""

from __future__ import annotations

import re

from ..fieldurls import looks_like_url, resolve_url, url_host
from ..models import MAX_CAMERAS
from ..policy import is_never_allowed_host, is_public_host
from ..values import JSONValue
from ..viewerlinks import names_camera

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
# Other HTML element names a scraper's results hold lists under (links, rows, items…).
_OTHER_ELEMENT_KEYS = frozenset(
    {"a", "li", "ul", "ol", "tr", "th", "table", "tbody", "thead", "dl", "dt", "dd"}
    | {"section", "article", "figure", "option", "select", "input", "iframe", "video"}
    | {"source", "link", "meta", "script", "em", "i", "u", "small", "font", "br", "hr"}
    | {"nav", "header", "footer", "main", "aside", "form", "button", "picture", "center"}
)
_ELEMENT_KEYS = _PICTURE_KEYS | _LABEL_KEYS | _OTHER_ELEMENT_KEYS
_CAMEL = re.compile(r"([a-z])([A-Z])")


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


def _results(answer: JSONValue) -> JSONValue | None:
    """Return the ``results`` object of a YQL answer ``{query: {results: {…}}}``, or None."""
    if not isinstance(answer, dict) or not isinstance(query := answer.get("query"), dict):
        return None
    results = query.get("results")
    return results if isinstance(results, dict) else None


def _shows_cameras(entries: list[JSONValue], texts: list[str]) -> bool:
    """Return True when a list's texts or its markup (``id``, ``class``) name a camera."""
    said = list(texts)
    for entry in entries:
        if isinstance(entry, dict):
            said.extend(v for k in ("id", "class") if isinstance(v := entry.get(k), str))
    return any(names_camera(_CAMEL.sub(r"\1 \2", text[:_MAX_SRC])) for text in said)


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


def _reachable(src: str, base_url: str, local: bool) -> bool:
    """Return False for a picture on a host no viewer of the answer reaches.

    The address is resolved against the answer's own (``resolve_url``) before its host is
    read: a protocol-relative ``//192.168.1.10/…`` names a host as ``http://…`` does.
    Without an answer address a relative path is kept (read later against the page).
    """
    if base_url:
        target = resolve_url(src, base_url)
        if target is None:
            return False
    elif src.startswith("//"):
        target = "https:" + src
    elif "://" not in src:
        return True  # relative to the answer's own address
    else:
        target = src
    if not looks_like_url(target):
        return False
    host = url_host(target)
    return bool(host) and not is_never_allowed_host(host) and (local or is_public_host(host))


def parallel_list_records(
    data: JSONValue, *, base_url: str = "", local: bool = False
) -> list[JSONValue] | None:
    """Return camera records paired from a picture list and a label list, or None.

    An empty list means the answer is a scraped page's pictures and labels showing no
    camera: nothing is read from it.

    ``data`` is one answer (an object) or two to four answers side by side (a list of
    objects); see the module's description. A picture on a LAN, loopback or link-local
    host gives no camera unless the answer came from the local network (``local``; a
    link-local or metadata host never).
    """
    if isinstance(data, list):
        if not 2 <= len(data) <= _MAX_ANSWERS:
            return None
        answers = data
    elif isinstance(data, dict):
        answers = [data]
    else:
        return None
    results = [_results(answer) for answer in answers]
    yql = all(found is not None for found in results)
    if not yql and isinstance(data, list):
        return None
    roots = results if yql else answers
    lists = [found for root in roots for found in _element_lists(root)]
    if any(key not in _ELEMENT_KEYS for key, _ in lists):
        return None  # a record list of its own (cameras, products…) is never replaced
    pictures = [(e, found) for key, e in lists if (found := _pictures(key, e))]
    labels = [(e, found) for key, e in lists if (found := _labels(key, e))]
    if len(pictures) != 1 or len(labels) != 1:
        return None
    (picture_entries, sources), (label_entries, names) = pictures[0], labels[0]
    if len(sources) != len(names) or not 2 <= len(sources) <= MAX_CAMERAS:
        return None
    if not (_shows_cameras(picture_entries, sources) or _shows_cameras(label_entries, names)):
        return []  # a scraped page's pictures beside prices or headlines: no camera at all
    if not yql:
        return None  # outside the scraper's envelope the lists are read as any answer is
    return [
        {"name": name, "snapshot": src}
        for src, name in zip(sources, names, strict=True)
        if _reachable(src, base_url, local)
    ]
