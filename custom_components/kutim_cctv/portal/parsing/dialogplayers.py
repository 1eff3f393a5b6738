"""Players held by the dialogs a page's buttons open.

A camera list often shows each camera's player in a dialog of its own that a button or
link of the camera's row or card opens by the dialog's id: Bootstrap's
``data-toggle="modal" data-target="#myModal9"`` (``data-bs-toggle``/``data-bs-target``
in Bootstrap 5) or Materialize's ``<a class="modal-trigger" href="#modal9">``. The
dialog itself (``<div class="modal" id="myModal9">``) often sits apart from the row, at
the end of the page or between a table's rows. Its player (an ``<iframe>``, a ``<video>``
with its ``src`` or its first ``<source>``) is the camera of the element that opens it.

Only a dialog (an element whose class is ``modal``, a ``role="dialog"`` or a
``<dialog>``) opened by exactly one opener and holding exactly one player with an
address is read; a dialog many buttons share (a script loads it) or one holding a form
is not. A player on a LAN, loopback or link-local host or with credentials is never
taken, neither at its opener nor where it stands. The number in the dialog's id (``myModal9``, ``video-12``, ``lihat-modal-21``)
is handed with the player as its record's id.

This pre-pass reads the page's tags once more only when the page has such an opener,
and at most ``_MAX_ELEMENTS`` tags, ``_MAX_DIALOGS`` dialogs.
"""

from __future__ import annotations

from html.parser import HTMLParser
import re
from urllib.parse import urlsplit

from ..policy import is_public_host
from .tagbound import VOID_TAGS

__all__ = ["DialogPlayer", "dialog_players", "dialog_target"]

_MAX_ELEMENTS = 50_000
_MAX_DIALOGS = 1_000
_MAX_ID = 100
_ID = re.compile(r"[A-Za-z][\w:.-]{0,99}")
# A dialog's id numbered by its record: a word (or words), perhaps a separator, a number.
_NUMBERED_ID = re.compile(r"[A-Za-z][A-Za-z_-]{0,60}?[-_]?([0-9]{1,9})")
_DIALOG_CLASS = re.compile(r"(?:^|\s)modal(?:$|\s)")
_TRIGGER_CLASS = re.compile(r"(?:^|\s)modal-trigger(?:$|\s)")
_PLAYER_TAGS = frozenset({"iframe", "video", "video-js"})
# A page with an opener: checked before the page is read again.
_OPENER_HINT = re.compile(r"data-(?:bs-)?target\s*=\s*[\"']?#|modal-trigger", re.IGNORECASE)

# The elements that make a dialog's player: the player's tag and attributes, then a
# video's first <source>.
type DialogPlayer = tuple[tuple[str, tuple[tuple[str, str], ...]], ...]


def dialog_target(attributes: dict[str, str]) -> str | None:
    """Return the id of the dialog an element opens, or None."""
    toggle = (attributes.get("data-bs-toggle") or attributes.get("data-toggle") or "").lower()
    value = attributes.get("data-bs-target") or attributes.get("data-target")
    if value is None and (
        toggle == "modal" or _TRIGGER_CLASS.search(attributes.get("class", "")[:300])
    ):
        value = attributes.get("href")
    if not value or toggle not in ("", "modal"):
        return None  # a tab, a collapse, a dropdown: read as sections elsewhere
    value = value.strip()
    if value[:1] != "#" or _ID.fullmatch(value[1:]) is None:
        return None
    return value[1:]


def _public(url: str) -> bool:
    """Return True for a player address on a public host (or relative to the page)."""
    url = url.strip()
    if not url or url[:1] == "#" or url.lower().startswith(("about:", "javascript:", "data:")):
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    if parts.scheme and parts.scheme.lower() not in ("http", "https"):
        return False
    if "@" in parts.netloc:
        return False  # credentials are never copied
    return not parts.netloc or is_public_host(parts.hostname)


class _DialogScanner(HTMLParser):
    """Count openers per dialog id and note each dialog's players (bounded)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.openers: dict[str, int] = {}
        self.players: dict[str, list[list[tuple[str, tuple[tuple[str, str], ...]]]]] = {}
        self._elements = 0
        # The dialog being read: its id, its tag, how many of that tag are open in it.
        self._dialog: tuple[str, str] | None = None
        self._depth = 0
        self._video: list[tuple[str, tuple[tuple[str, str], ...]]] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._elements += 1
        if self._elements > _MAX_ELEMENTS:
            raise _Cut
        attributes = {key.lower(): (value or "") for key, value in reversed(attrs)}
        target = dialog_target(attributes)
        if target is not None and (target in self.openers or len(self.openers) < _MAX_DIALOGS):
            self.openers[target] = self.openers.get(target, 0) + 1
        if self._dialog is None:
            element_id = attributes.get("id", "").strip()
            if element_id and len(element_id) <= _MAX_ID and self._is_dialog(tag, attributes):
                if element_id in self.players or len(self.players) < _MAX_DIALOGS:
                    self._dialog, self._depth = (element_id, tag), 1
                    self.players.setdefault(element_id, [])
            return
        dialog_id, dialog_tag = self._dialog
        if tag == dialog_tag and tag not in VOID_TAGS:
            self._depth += 1
        kept = tuple((key, value) for key, value in attributes.items() if len(value) <= 2048)
        players = self.players[dialog_id]
        if tag in _PLAYER_TAGS:
            players.append([(tag, kept)])
            self._video = players[-1] if tag != "iframe" and not attributes.get("src") else None
        elif tag == "source" and self._video is not None and len(self._video) == 1:
            self._video.append((tag, kept))

    def handle_endtag(self, tag: str) -> None:
        if self._dialog is None:
            return
        if tag in ("video", "video-js"):
            self._video = None
        if tag == self._dialog[1]:
            self._depth -= 1
            if self._depth <= 0:
                self._dialog, self._video = None, None

    @staticmethod
    def _is_dialog(tag: str, attributes: dict[str, str]) -> bool:
        return (
            tag == "dialog"
            or attributes.get("role", "").lower() in ("dialog", "alertdialog")
            or _DIALOG_CLASS.search(attributes.get("class", "")[:300].lower()) is not None
        )


class _Cut(Exception):
    """The page has more elements than are read for its dialogs."""


def _address(player: list[tuple[str, tuple[tuple[str, str], ...]]]) -> str | None:
    """Return the address a player plays: its own src, or its first source's."""
    for _tag, attributes in reversed(player):
        src = dict(attributes).get("src", "")
        if src.strip():
            return src
    return None


def dialog_players(text: str) -> dict[str, tuple[DialogPlayer, str | None]]:
    """Return the player each dialog opened by one element holds, by the dialog's id.

    Each is given with the number in the dialog's id (its record's id) or None. A
    dialog whose one player is on a LAN, loopback or link-local host or carries
    credentials is given with no player: it is read nowhere.
    """
    if _OPENER_HINT.search(text) is None:
        return {}
    scanner = _DialogScanner()
    try:
        scanner.feed(text)
        scanner.close()
    except _Cut:
        return {}
    found: dict[str, tuple[DialogPlayer, str | None]] = {}
    for dialog_id, players in scanner.players.items():
        if scanner.openers.get(dialog_id) != 1 or len(players) != 1:
            continue
        address = _address(players[0])
        if address is None:
            continue
        if not _public(address):
            found[dialog_id] = ((), None)  # read nowhere: its opener gains nothing
            continue
        number = _NUMBERED_ID.fullmatch(dialog_id)
        found[dialog_id] = (tuple(players[0]), number.group(1) if number else None)
    return found
