"""Labelled text lines of a device list: ``流地址: https://…/index.m3u8``, ``Status: Online``.

Admin and monitoring pages (Go, Vue, Jinja templates) print each device's details as
lines of text under its heading, one ``label: value`` a line: the stream's address is
such a line, not a link or a player. A line whose label names an address (``Stream
URL``, ``RTSP``, ``流地址``, ``播放地址``, ``alamat``) and whose whole value is one address
gives that stream; a line whose label names a state (``Status``, ``设备在线状态``) and
whose value is a state word gives the device's state. A sentence merely quoting an
address, a label naming where a stream is pushed (``推流地址``, ``Publish URL``) and a
label naming anything else are no such lines.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ..fieldurls import looks_like_url
from ..policy import is_public_host
from ..values import parse_status

# The text of one line looked at (a label of at most 40 characters and an address).
MAX_LINE_TEXT = 700
MAX_STATE_LINE = 80
_LABELLED_LINE = re.compile(
    r"([^\W\d_][^:\uff1a\n]{0,39}?)\s{0,3}[:\uff1a]\s{0,3}(\S[^\n]{0,659}?)"
)
# Words of a label naming where a stream is played from (checked in the lowered label,
# CJK labels having no spaces between words).
_ADDRESS_HINTS = (
    *("url", "uri", "link", "stream", "address", "alamat", "tautan", "sumber", "source"),
    *("rtsp", "hls", "flv", "m3u8", "mjpeg", "feed", "playback", "地址", "链接", "網址"),
    *("网址", "連結", "串流", "拉流", "播放"),
)
# Words of a label naming where a stream is sent to, never where it is played from.
_INGEST_HINTS = ("push", "publish", "ingest", "upload", "推流", "推送", "上传", "rtmp", "srt")
_STATE_HINTS = ("status", "state", "状态", "狀態", "kondisi", "keadaan", "estado", "zustand")
_PLAYABLE_SCHEMES = frozenset({"http", "https", "rtsp", "rtsps"})


def _labelled(text: str, limit: int) -> tuple[str, str] | None:
    """Return the lowered label and the value of a ``label: value`` line, else None."""
    line = " ".join(text.split()) if len(text) <= limit else ""
    match = _LABELLED_LINE.fullmatch(line)
    if match is None:
        return None
    return match.group(1).strip().lower(), match.group(2)


def address_line(text: str) -> str | None:
    """Return the address a line labelled as a stream's address gives, else None."""
    if "//" not in text:
        return None
    found = _labelled(text, MAX_LINE_TEXT)
    if found is None:
        return None
    label, value = found
    if not any(hint in label for hint in _ADDRESS_HINTS):
        return None
    if any(hint in label for hint in _INGEST_HINTS):
        return None
    if " " in value or not looks_like_url(value):
        return None
    try:
        scheme = urlsplit(value).scheme.lower()
    except ValueError:
        return None
    return value if scheme in _PLAYABLE_SCHEMES else None


def state_line(text: str) -> bool | None:
    """Return the state a line labelled as a device's state gives, else None."""
    found = _labelled(text, MAX_STATE_LINE)
    if found is None:
        return None
    label, value = found
    if not any(hint in label for hint in _STATE_HINTS):
        return None
    return parse_status(value)


def public_or_local_page(url: str, base_url: str) -> bool:
    """Return True unless a public page names a LAN, loopback or local-name address.

    Such an address is a device's input on the portal's network, never a camera's media
    for a page served from the internet; a page served from the local network itself
    keeps its neighbours' addresses.
    """
    try:
        host = urlsplit(url).hostname
        page_host = urlsplit(base_url).hostname
    except ValueError:
        return False
    return is_public_host(host) or (page_host is not None and not is_public_host(page_host))
