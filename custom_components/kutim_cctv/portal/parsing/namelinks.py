"""Headerless name/URL lines: a webcam list written one ``name;URL`` a line.

Weather apps, set-top-box plugins and research scripts keep their webcam lists as plain
text without a header: ``SANGATTA(KT) - Bundaran Pelangi;https://…/cam52.jpg``,
``Sangatta: Simpang Tiga###https://…/playlist.m3u8``, ``Bundaran_Pelangi,https://…``.
Every line is one camera: the text before the delimiter is its name, the address after
it its media (read like a record's ``url``: a picture is its still, an HLS playlist its
stream, ``/mjpg/video.mjpg`` its MJPEG stream). A list served from a public host never
gives a private, loopback, link-local or local-name address as media: such a line is
left out. The delimiter is a tab, a semicolon, a
pipe, ``###`` or a comma; a name may hold the delimiter itself (``Sangatta Selatan, loc.
Kenyamukan km 4,https://…``): the address starts after the delimiter right before it.

A body is read so only when it really is such a list: it does not open like JSON or
markup, every line writes the delimiter, every line with an address writes a name before
it and nothing after it, and at least two lines have one. Only an address that is camera
media by its shape (a picture, a stream, an MJPEG stream: ``fieldurls.url_kind``) or a
player page (``embeds.player_link``) is a camera's; a web page, a feed, an audio file, a
logo or icon is none, and a text where such lines are half or more of the lines with an
address is no webcam list (bookmarks, a feed list, a podcast's episodes, a site's assets). A line without an address (a
picker's placeholder ``;Seleziona una webcam;``, a camera whose address is empty) is no
camera; as many such lines as lines with an address refuse the text (prose, a page). A name
holding markup or braces refuses it too. Work is bounded: at most ``MAX_LINES`` lines of
at most ``MAX_LINE`` characters are read.
"""

from __future__ import annotations

from ..deviceinputs import lan_address
from ..errors import PortalFormatError
from ..fieldurls import url_kind
from ..models import ParseResult, PortalFormat
from ..normalise import Context, is_decoration_url
from ..values import JSONValue
from .embeds import player_link
from .items import _plain, _result

__all__ = ["MAX_LINES", "name_link_items", "parse_name_links"]

MAX_LINES = 5000
MAX_LINE = 2000
MAX_TEXT = 4_000_000
_MAX_NAME = 200
_MAX_UNLINKED = 200
_MIN_LINKED = 2
_DELIMITERS = ("\t", ";", "|", "###", ",")
_MAX_SCHEME = 8
_NOT_NAME = frozenset('<>{}[]="')
_UNLINKED = ""


def _scheme_start(line: str, marker: int) -> int:
    """Return where the address whose ``://`` is at marker begins (its scheme's start)."""
    start = marker
    while start > 0 and marker - start < _MAX_SCHEME and line[start - 1].isalpha():
        start -= 1
    return start


def _line(line: str, delimiter: str) -> tuple[str, str] | None:
    """Return a line's name and address (address ``""`` for none), or None for no such line."""
    if delimiter not in line:
        return None
    marker = line.find("://")
    if marker < 0:
        # A placeholder or a camera without its address: short, a few cells.
        if len(line) > _MAX_UNLINKED or line.count(delimiter) > 2:
            return None
        return line.split(delimiter, 1)[0].strip(), _UNLINKED
    start = _scheme_start(line, marker)
    if start == marker:
        return None
    before = line[:start].rstrip(" ")
    if not before.endswith(delimiter):
        return None
    name = before[: -len(delimiter)].strip()
    url = line[start:].strip()
    if url.endswith(delimiter):
        url = url[: -len(delimiter)].rstrip()  # a trailing empty cell
    if any(char.isspace() for char in url) or not url[marker - start + 3 :]:
        return None
    if not name or len(name) > _MAX_NAME or not any(char.isalpha() for char in name):
        return None
    if _NOT_NAME.intersection(name):
        return None
    return name, url


def _read(lines: list[str], delimiter: str) -> list[JSONValue] | None:
    """Return the cameras of lines split at delimiter, or None when they are no such list."""
    items: list[JSONValue] = []
    unlinked = 0
    for line in lines:
        read = _line(line, delimiter)
        if read is None:
            return None
        name, url = read
        if url == _UNLINKED:
            unlinked += 1
        else:
            items.append({"name": name, "url": url})
    if len(items) < _MIN_LINKED or len(items) <= unlinked:
        return None
    media: list[JSONValue] = [
        item for item in items if isinstance(item, dict) and _camera_media(item["url"])
    ]
    if len(media) < _MIN_LINKED or 2 * len(media) <= len(items):
        return None  # mostly pages, feeds, audio or a site's pictures: no webcam list
    return media


def _camera_media(url: JSONValue) -> bool:
    """Return True for a line's address that is a camera's media or player page by shape."""
    if not isinstance(url, str):
        return False
    if url_kind(url) is not None:
        return not is_decoration_url(url)
    return player_link(url)


def name_link_items(text: str) -> list[JSONValue] | None:
    """Return a headerless name/URL list's lines as items, or None for any other text."""
    body = text[:MAX_TEXT].lstrip("\ufeff").strip()
    if not body or body[0] in "{[<#(/'\"":
        return None
    lines: list[str] = []
    for raw in body.splitlines():
        line = raw.strip()
        if not line:
            continue
        if len(line) > MAX_LINE:
            return None
        lines.append(line)
        if len(lines) >= MAX_LINES:
            break
    if len(lines) < _MIN_LINKED:
        return None
    for delimiter in _DELIMITERS:
        if delimiter not in lines[0]:
            continue
        if (items := _read(lines, delimiter)) is not None:
            return items
    return None


def parse_name_links(items: list[JSONValue], ctx: Context) -> ParseResult:
    """Return the cameras of a name/URL list's items, read like a list of records.

    A list served from a public host never gives a private, loopback or local address as
    media: such lines are left out. A list without usable media is a format error.
    """
    items = [
        item
        for item in items
        if isinstance(item, dict)
        and isinstance(url := item.get("url"), str)
        and not lan_address(url, ctx.base_url)
    ]
    if not items:
        raise PortalFormatError(
            "No camera list found in the name and address lines (none with a public address)"
        )
    return _result(_plain(items), ctx, PortalFormat.CSV)
