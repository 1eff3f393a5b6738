"""Google Maps info windows opened on the marker they belong to.

A page often builds each camera's ``InfoWindow`` in a variable before its marker (a
CodeIgniter or PHP view repeating ``var infowindow1 = new google.maps.InfoWindow({content:
contentString1}); var marker1 = new google.maps.Marker({…})``), or builds all windows
first and all markers next, and ties them in a listener: ``infowindow1.open(map,
marker1)`` or ``infowindow1.open({anchor: marker1, map})``. The window opened on a
marker is that marker's popup, wherever it is written; read by position, the window
written after a marker would be the next marker's.

Only windows kept in a variable, given content in their own options and never given
another by ``setContent`` (a shared window filled per click) are tied, each to the one
marker variable it is opened on (the window's latest definition before the ``open``
call, so a block repeated with the same variable names ties each block's pair). Counts
are bounded; nothing is evaluated.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Collection

from .keyed import KeyedPattern

__all__ = ["OpenedWindows"]

_MAX_WINDOWS = 2000
_MAX_OPENS = 4000
_IDENT = r"[A-Za-z_$][\w$]*"
# A window kept in a variable: var infowindow1 = new google.maps.InfoWindow(…), also the
# bare name imported by importLibrary('maps').
_NAMED_WINDOW = KeyedPattern(
    rf"(?<![\w$.])(?P<var>{_IDENT})\s*=\s*new\s+(?:google\s*\.\s*maps\s*\.\s*)?InfoWindow\s*\(",
    ("InfoWindow",),
)
# A window opened on a marker: info.open(map, marker), info.open(marker) or
# info.open({anchor: marker, map}).
_OPEN = KeyedPattern(
    rf"(?<![\w$.])(?P<win>{_IDENT})\s*\.\s*open\s*\(\s*(?:"
    rf"(?:[\w$.]+\s*,\s*)?(?P<marker>{_IDENT})\s*\)"
    rf"|\{{[^{{}}]{{0,200}}?(?<![\w$])anchor\s*:\s*(?P<anchor>{_IDENT})(?![\w$]))",
    ("open",),
)
# A window given content by a later statement is shared between markers.
_SET_CONTENT = KeyedPattern(
    rf"(?<![\w$.])(?P<win>{_IDENT})\s*\.\s*setContent\s*\(", ("setContent",)
)

CallEnd = Callable[[str, int], "int | None"]
WindowContent = Callable[[str], "str | None"]


class OpenedWindows:
    """The content of the window each Google marker variable is opened on."""

    def __init__(
        self,
        script: str,
        names: Collection[str],
        call_end: CallEnd,
        content: WindowContent,
    ) -> None:
        """Read the windows kept in variables and the markers they are opened on."""
        # marker variable -> [(where the open call is, the window's content)]
        self._opens: dict[str, list[tuple[int, str]]] = {}
        # where each tied window's call arguments start (the end of ``InfoWindow(``)
        self.tied: set[int] = set()
        if not names or not _NAMED_WINDOW.present(script):
            return
        defs: dict[str, list[int]] = {}
        for count, match in enumerate(_NAMED_WINDOW.finditer(script)):
            if count >= _MAX_WINDOWS:
                break
            defs.setdefault(match.group("var"), []).append(match.end())
        shared = {
            match.group("win")
            for count, match in enumerate(_SET_CONTENT.finditer(script))
            if count < _MAX_OPENS
        }
        contents: dict[int, str | None] = {}
        for count, match in enumerate(_OPEN.finditer(script)):
            if count >= _MAX_OPENS:
                break
            win = match.group("win")
            marker = match.group("marker") or match.group("anchor")
            own = defs.get(win)
            if not own or win in shared or marker not in names:
                continue
            at = bisect_left(own, match.start())
            start = own[at - 1] if at else own[0]
            if start not in contents:
                end = call_end(script, start)
                contents[start] = content(script[start : end - 1]) if end is not None else None
            text = contents[start]
            if text:
                self._opens.setdefault(marker, []).append((match.start(), text))
                self.tied.add(start)

    def content(self, var: str, end: int, limit: int, only: bool) -> str | None:
        """Return the window opened on marker variable var made before end.

        An open call between the marker and the next one is its own; otherwise the
        first window opened on a variable holding one marker only (only).
        """
        found = self._opens.get(var)
        if not found:
            return None
        at = bisect_left(found, (end, ""))
        if at < len(found) and found[at][0] < limit:
            return found[at][1]
        return found[0][1] if only else None
