"""Logins written with URL delimiters: read an address with its real host.

Recorders and camera admin pages write a device login unencoded into its address, and a
password may hold ``#``, ``?``, ``/`` or ``@``: ``rtsp://admin:Ku#tim@cam.example.org/``.
Read by the book, the authority ends at the first ``/``, ``?`` or ``#``: the login is not
seen, and the host checked is not the one after the last ``@`` (a LAN camera hides
there). Here the authority ends at the first ``/``, ``?``, ``#`` or end that follows a
host[:port], and the login is the text before the last ``@`` before it. When both
readings make sense (``rtsp://admin:1234#5@192.168.1.9/``: a host ``admin`` on port 1234,
or a login before 192.168.1.9) the address is ambiguous, and no reader takes it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["AuthorityReading", "hides_login", "read_authority", "without_delimiter_login"]

_MAX_SCAN = 8192
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]{0,15}://")
_DELIMITERS = re.compile(r"[/?#]")
_HOST_PORT = re.compile(
    r"(?P<host>\[[0-9A-Fa-f:.]+(?:%25[A-Za-z0-9._~\-]+)?\]|[A-Za-z0-9._~%\-]+)(?::[0-9]{0,5})?"
)


class AuthorityReading(NamedTuple):
    """How an address's authority reads.

    ``url`` is the address with its real host and without a login written with
    delimiter characters (the address itself when it has none); ``hidden`` says such a
    login was read; ``ambiguous`` that the address also reads as a host of its own.
    """

    url: str
    hidden: bool = False
    ambiguous: bool = False


def _clearly_host(netloc: str) -> bool:
    """Return whether a by-the-book authority names a host no login could be taken for.

    A single label (``admin``, ``admin:1234``) reads as a user name and a numeric
    password as well as a local host and port; a dotted name or an IP literal does not.
    """
    found = _HOST_PORT.fullmatch(netloc.rpartition("@")[2])
    if found is None:
        return False
    host = found.group("host")
    return host.startswith("[") or "." in host.strip(".")


def _login_readings(text: str, first: int) -> list[tuple[int, int]]:
    """Return (the last "@", the authority's end) of each login reading after first."""
    readings: list[tuple[int, int]] = []
    bounds = [match.start() for match in _DELIMITERS.finditer(text, first + 1)]
    for begin, end in zip([first, *bounds], [*bounds, len(text)], strict=True):
        at = text.rfind("@", begin + 1, end)
        if at != -1 and _HOST_PORT.fullmatch(text, at + 1, end):
            readings.append((at, end))
    return readings


def read_authority(url: str) -> AuthorityReading:
    """Return how url's authority reads (see the module's description)."""
    found = _SCHEME.match(url)
    if found is None or "@" not in url:
        return AuthorityReading(url)
    start = found.end()
    text = url[start:_MAX_SCAN]
    first = _DELIMITERS.search(text)
    if first is None or "@" not in text[first.start() :]:
        return AuthorityReading(url)
    readings = _login_readings(text, first.start())
    netloc = text[: first.start()]
    standard = _HOST_PORT.fullmatch(netloc.rpartition("@")[2]) is not None
    if not readings or (standard and _clearly_host(netloc)):
        return AuthorityReading(url)
    at, end = readings[0]
    path_end = end + len(re.split(r"[?#]", text[end:], maxsplit=1)[0])
    # Read by the book too, or another login reading in the path
    # ("u:p/x@cam.example.org/y@10.0.0.9/"): no reading is sure.
    ambiguous = standard or any(later < path_end for later, _ in readings[1:])
    return AuthorityReading(url[:start] + url[start + at + 1 :], hidden=True, ambiguous=ambiguous)


def hides_login(url: str) -> bool:
    """Return True for an address whose login is written with delimiter characters."""
    return read_authority(url).hidden


def without_delimiter_login(url: str) -> str | None:
    """Return url read with its real host and without such a login; None if ambiguous."""
    reading = read_authority(url)
    if reading.ambiguous:
        return None
    return reading.url
