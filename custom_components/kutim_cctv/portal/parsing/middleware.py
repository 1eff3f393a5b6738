"""Channel lists of Stalker / Ministra set-top-box middleware.

A Stalker (Ministra) portal answers its boxes' ``load.php`` or ``portal.php``
``type=itv&action=get_all_channels`` (or a genre's ``get_ordered_list`` page) with ``{js:
{total_items, max_page_items, cur_page, data: […]}}``, or with the channel array directly
under ``js``. Each channel has an ``id``, a ``name``, a ``tv_genre_id`` (a bare genre
number; ``genres_str`` names its genres when written) and a ``cmd`` that the box plays:
a player word and an address (``ffmpeg http://…``, ``ffrt …``, ``auto …``); ``cmds[]``
repeats it per link. ``logo`` is the channel's icon and ``number`` its remote-control
position.

Operators add cameras to such a portal as channels beside broadcast TV and radio, so,
as for an Xtream Codes panel (``pullsources``), a channel is a camera only when its name,
its genres or its address's host or path names one (``CCTV Simpang``, ``Kamera Lalu
Lintas``, ``cctv.…``, ``/cctv/``), and its stream is then the address after the player
word. Not taken: an empty ``cmd``; a ``localhost`` placeholder the box must first turn
into a temporary link (``ffrt http://localhost/ch/103_``, with or without a source
appended), whatever host the portal is on; a multicast or UDP group, RTMP and SRT (never
media); an address on a LAN, loopback or local host named by a public answer; and an
Xtream panel's own play address, whose path carries the box's login
(``/live/<user>/<password>/<id>.ts``). A login written before the host is dropped by the
normaliser, as for every address. A list with no camera channel is no camera list.
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import urlsplit

from ..errors import PortalFormatError
from ..values import JSONObject, JSONValue
from .channelcams import Channel, camera_channel_items, source_address
from .nvr import Items, _dicts, _mostly, _text

__all__ = ["stalker_items"]

_MAX_COMMAND = 2100
# A channel's cmd: an optional player word (ffmpeg, ffrt, ffrt2, auto …), then one address.
_COMMAND = re.compile(r"(?:[a-z][a-z0-9_]{0,15}[ \t]+)?(\S{1,2048})")
# An Xtream panel's play route with the box's login in its path.
_PANEL_PLAY = re.compile(r"/live/[^/]{1,128}/[^/]{1,128}/\d{1,12}\.(?:ts|m3u8)", re.IGNORECASE)
# Keys that tell a middleware channel from other records holding an id, a name and a cmd.
_CHANNEL_KEYS = ("tv_genre_id", "cmds", "xmltv_id", "use_http_tmp_link")


def _channel_record(entry: JSONObject) -> bool:
    return (
        "cmd" in entry
        and "id" in entry
        and "name" in entry
        and any(key in entry for key in _CHANNEL_KEYS)
    )


def _channels(data: JSONValue) -> list[JSONObject] | None:
    """Return the channels of a portal answer ``{js: {data: […]}}`` or ``{js: […]}``."""
    if not isinstance(data, dict) or "js" not in data:
        return None
    inner = data.get("js")
    if isinstance(inner, dict):
        inner = inner.get("data")
    records = _dicts(inner)
    return records if records and _mostly(records, _channel_record) else None


def _loopback(host: str) -> bool:
    host = host.lower().rstrip(".")
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _command_address(value: JSONValue, url: str) -> str | None:
    """Return the public address a channel's cmd plays after its player word, else None."""
    if not isinstance(value, str) or len(value) > _MAX_COMMAND:
        return None
    found = _COMMAND.fullmatch(value.strip())
    if found is None:
        return None
    address = source_address(found.group(1), url)
    if address is None:
        return None  # udp://, rtp://, rtmp://, srt:// or a LAN host
    parts = urlsplit(address)
    if _loopback(parts.hostname or "") or _PANEL_PLAY.fullmatch(parts.path):
        return None
    return address


def stalker_items(data: JSONValue, url: str) -> Items | None:
    """Read a Stalker / Ministra ``itv`` channel list: the channels that are cameras."""
    records = _channels(data)
    if records is None:
        return None
    channels: list[tuple[Channel, str]] = []
    for record in records:
        address = _command_address(record.get("cmd"), url)
        channel_id = _text(record.get("id"))
        if address is None or channel_id is None:
            continue
        name = _text(record.get("name")) or ""
        genres = _text(record.get("genres_str")) or ""
        channels.append(((name, genres, address), channel_id))
    # The Xtream channels' camera evidence (``channelcams``), the genres read as the category.
    items = camera_channel_items(channels)
    if not items:
        raise PortalFormatError(
            "No camera list found in the portal answer: it is a Stalker/Ministra list of "
            f"{len(records)} TV channel(s), none of which is a camera with a public address "
            "(no camera word in its name, genres or address, or no playable address in cmd)"
        )
    return items
