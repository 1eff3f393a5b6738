"""Grid rows whose columns alternate a place's heading and that place's cameras.

A resort or weather board written from a template (a Bootstrap row: per resort a
``col-2`` holding an ``<h2>`` with its name, a forecast link and a forecast widget's
frame, then a ``col-4`` holding that resort's webcams as pictures and embed frames)
places each camera by the heading of the column before it. The page reader reads the
pictures but not the place, and reads no player frame on a page with other cameras;
this reader gives both:

* the columns are the child elements of one element, read in order; a column holding
  exactly one heading and no picture or player frame is a heading column (a forecast
  widget's frame, a map's frame and links are no media); a column holding media and no
  heading is a camera column; a column holding both, or headings only beside others,
  ends the run;
* the camera columns after a heading column are that heading's place, up to the next
  heading column; the heading is no camera column's heading of its own: a heading
  written as a column itself (``<h2>`` as the row's child) is none;
* a row is a camera board when two or more heading columns are followed by media;
* a picture is named by its alt, a player frame (``player_frame``/``video_page``) by
  its title when that names something (``player_title``).

Bounded: at most _MAX_ELEMENTS start tags (fed in chunks and no more once read), 64
open elements, _MAX_HEADINGS headings, _MAX_MEDIA media elements and _MAX_CHILDREN
columns per element.
"""

from __future__ import annotations

from dataclasses import dataclass, field
import re

from ..values import clean_text
from .embeds import frame_source, player_frame, player_title, video_page
from .tagbound import VOID_TAGS, CappedScanner, absolute_link, feed_in_pieces

__all__ = ["ColumnMedia", "headed_columns"]

_MAX_ELEMENTS = 50_000
_MAX_DEPTH = 64
_MAX_HEADINGS = 400
_MAX_MEDIA = 400
_MAX_CHILDREN = 200
_MAX_TEXT = 300
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Cheap checks before parsing: a heading's start tag, a picture's or a frame's.
_HEADING_TAG = re.compile(r"<h[1-6][\s>/]", re.IGNORECASE)
_MEDIA_TAG = re.compile(r"<(?:img|iframe)[\s>/]", re.IGNORECASE)

# A column's reading: a heading column (its heading's text), a camera column (the span
# of the media read inside it), an empty one (a divider) or any other.
_HEAD, _MEDIA, _EMPTY, _OTHER = range(4)


@dataclass(frozen=True, slots=True)
class ColumnMedia:
    """A picture or player frame in a camera column, and the heading placing it."""

    area: str
    kind: str  # "picture" or "frame"
    url: str
    name: str | None


@dataclass(slots=True)
class _Open:
    tag: str
    headings: int  # headings read before it opened
    media: int  # media read before it opened
    columns: list[tuple[int, str, int, int]] = field(default_factory=list)


class _Scanner(CappedScanner):
    """Read each element's children as columns and the runs of headed columns."""

    def __init__(self, base_url: str) -> None:
        super().__init__(_MAX_ELEMENTS)
        self.base_url = base_url
        self.found: list[ColumnMedia] = []
        self._open: list[_Open] = []
        self._headings: list[str] = []
        self._media: list[tuple[str, str, str | None]] = []
        self._heading_text: list[str] | None = None

    def _absolute(self, url: str | None) -> str | None:
        return absolute_link(self.base_url, url, web_only=True)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self.admit_element():
            return
        attributes = {key: value or "" for key, value in attrs}
        if tag in _HEADINGS and self._heading_text is None:
            self._heading_text = []
        elif tag == "img":
            self._picture(attributes)
        elif tag == "iframe":
            self._frame(attributes)
        if tag not in VOID_TAGS and len(self._open) < _MAX_DEPTH:
            self._open.append(_Open(tag, len(self._headings), len(self._media)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID_TAGS:
            self.handle_starttag(tag, attrs)

    def handle_data(self, data: str) -> None:
        if self._heading_text is not None and len(self._heading_text) < 64:
            self._heading_text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if self.done:
            return
        if tag in _HEADINGS and self._heading_text is not None:
            text = clean_text(" ".join(self._heading_text)[:_MAX_TEXT]) or ""
            self._heading_text = None
            if len(self._headings) >= _MAX_HEADINGS:
                self.stop()
                return
            self._headings.append(text)
        for index in range(len(self._open) - 1, max(len(self._open) - 8, -1), -1):
            if self._open[index].tag == tag:
                while len(self._open) > index:
                    self._close(self._open.pop())
                break

    def _picture(self, attributes: dict[str, str]) -> None:
        url = self._absolute(attributes.get("src"))
        if url is not None and len(self._media) < _MAX_MEDIA:
            self._media.append(("picture", url, clean_text(attributes.get("alt", "")) or None))

    def _frame(self, attributes: dict[str, str]) -> None:
        url = self._absolute(frame_source(attributes))
        if url is None or len(self._media) >= _MAX_MEDIA:
            return
        if player_frame(url, attributes) or video_page(url):
            self._media.append(("frame", url, player_title(attributes.get("title"))))

    def _close(self, element: _Open) -> None:
        """Read a closed element's columns, then note it as a column of its parent."""
        self._runs(element.columns)
        if not self._open or len(self._open[-1].columns) >= _MAX_CHILDREN:
            return
        headings = len(self._headings) - element.headings
        media_end = len(self._media)
        if element.tag in _HEADINGS:
            kind, text = _OTHER, ""  # a heading written as a column heads no column
        elif headings == 1 and element.media == media_end and self._headings[-1]:
            kind, text = _HEAD, self._headings[-1]
        elif not headings and element.media < media_end:
            kind, text = _MEDIA, ""
        elif not headings:
            kind, text = _EMPTY, ""
        else:
            kind, text = _OTHER, ""
        self._open[-1].columns.append((kind, text, element.media, media_end))

    def _runs(self, columns: list[tuple[int, str, int, int]]) -> None:
        """Keep the media of a run of heading columns each followed by camera columns."""
        groups: list[tuple[str, list[tuple[int, int]]]] = []
        current: tuple[str, list[tuple[int, int]]] | None = None
        for kind, text, start, end in columns:
            if kind == _HEAD:
                current = (text, [])
                groups.append(current)
            elif kind == _MEDIA and current is not None:
                current[1].append((start, end))
            elif kind == _OTHER:
                current = None
        placed = [(area, spans) for area, spans in groups if spans]
        if len(placed) < 2:
            return
        for area, spans in placed:
            for start, end in spans:
                for media_kind, url, name in self._media[start:end]:
                    self.found.append(ColumnMedia(area, media_kind, url, name))


def headed_columns(text: str, base_url: str) -> list[ColumnMedia]:
    """Return the media of a page's headed columns, each with its column heading's place.

    ``text`` is the page with its crowded tags cut down (``bound_tag_attributes``), as
    the page reader passes it.
    """
    if _HEADING_TAG.search(text) is None or _MEDIA_TAG.search(text) is None:
        return []
    scanner = _Scanner(base_url)
    try:
        feed_in_pieces(scanner, text)
    except (AssertionError, ValueError):
        return []
    return scanner.found[:_MAX_MEDIA]
