"""The camera evidence of an IPTV panel's channels (Xtream Codes, Stalker/Ministra).

A camera added to an IPTV panel is a channel without a programme guide; panels also
leave TV, sports and radio channels without one, so a guideless channel is a camera only
on evidence, read the same way for every panel:

- A channel whose name reads as broadcast is none, whatever else it says: a title in
  Chinese, Japanese or Korean script (``CCTV-1 综合``), or a broadcast word (``Asia``,
  ``News``, ``TV``, ``Comedy``…: ``CCTV-4 Asia``, China Central Television's channels,
  ``Hidden Cam Comedy``) or picture quality (``CAM4 Live HD``). A playlist's titles are
  read with the same broadcast words (``broadcast_title``).
- Otherwise its name naming a camera (``CCTV Simpang``, ``… Cam``), its category naming
  cameras or traffic (``Webcam``, ``CCTV``, ``Lalu Lintas``, ``Traffic``, ``ATCS``) but
  no topic (``Cameras & Photography``), or its source's host or path naming a camera
  (``cctv.…``, ``cam-b.…``, ``/webcam/``; a bare ``cam.`` CDN label is not) is evidence.
- A panel whose guideless channels are all unbroadcast (by name, category and source
  folder: ``Berita``, ``/tv/``) and mostly have evidence is a CCTV relay: its channels
  named by place alone (``Simpang Tiga``) are cameras too.
"""

from __future__ import annotations

from collections.abc import Sequence
import re
from urllib.parse import urlsplit

from ..deviceinputs import lan_address
from ..values import JSONValue
from ..viewerlinks import names_camera

__all__ = [
    "Channel",
    "broadcast_title",
    "camera_channel_items",
    "camera_channels",
    "source_address",
]

# (name, category name, source address) of a guideless live channel.
Channel = tuple[str, str, str]

# Schemes of a media address a server or panel names, and its longest written form.
_SCHEMES = frozenset({"rtsp", "rtsps", "http", "https"})
_MAX_ADDRESS = 2048
_WORD = re.compile(r"[^\W_]+")
_EAST_ASIAN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
# Words of a broadcast's title (a channel, a programme, a recording), and the picture
# qualities an IPTV panel writes after a TV channel's name (``CAM4 Live HD``).
_BROADCAST_WORDS = frozenset(
    {"asia", "europe", "america", "americas", "africa", "international", "intl", "news"}
    | {"tv", "channel", "comedy", "movie", "movies", "sport", "sports", "music", "kids"}
    | {"drama", "cinema", "series", "radio", "fm", "album", "classics", "episode", "season"}
    | {"concert", "konser", "keynote", "trailer", "obscura", "candid", "berita"}
)
_QUALITY_WORDS = frozenset({"hd", "fhd", "uhd", "sd", "4k"})
_TOPIC_WORDS = frozenset({"photography", "fotografi", "review", "reviews", "and", "dan"})
_TRAFFIC_WORDS = frozenset({"traffic", "atcs", "lalin", "lalulintas"})
_WHOLE_CAMERA_WORDS = re.compile(r"[a-z]+")
# A CDN's bare ``cam.`` host label is no camera evidence (``cam-b.…`` and ``/cam/`` are).
_BARE_CAM_LABELS = frozenset({"cam", "cams"})
# Folders of broadcasts in a channel's source (``/tv/info-kutim/``, ``/berita/``).
_BROADCAST_FOLDERS = frozenset({"tv", "radio", "news", "berita"})
_MOSTLY = 0.5


def broadcast_title(text: str) -> bool:
    """Return True for a title that reads as a broadcast, whatever camera word it holds.

    A title in Chinese, Japanese or Korean script (``CCTV-1 综合``, ``CCTV-4 中文国际``) or
    holding a broadcast word (``CCTV News``, ``CCTV-4 Asia``, ``Hidden Cam Comedy``,
    ``Candid Camera Classics``, ``Camera Obscura - Full Album``) is TV, radio or a
    recording, never a camera.
    """
    if _EAST_ASIAN.search(text[:200]):
        return True
    return not _BROADCAST_WORDS.isdisjoint(word.lower() for word in _WORD.findall(text[:200]))


def _broadcast(text: str) -> bool:
    """Return True for a channel name that reads as broadcast TV or radio (``… HD``)."""
    words = {word.lower() for word in _WORD.findall(text[:200])}
    return broadcast_title(text) or not _QUALITY_WORDS.isdisjoint(words)


def _camera_category(category: str) -> bool:
    words = [word.lower() for word in _WORD.findall(category[:200])]
    if "&" in category or not _TOPIC_WORDS.isdisjoint(words) or _broadcast(category):
        return False
    joined = " ".join(words).replace("lalu lintas", "lalulintas")
    return names_camera(category) or not _TRAFFIC_WORDS.isdisjoint(joined.split())


def _camera_address(address: str) -> bool:
    parts = urlsplit(address)
    labels = [label for label in (parts.hostname or "").split(".") if label not in _BARE_CAM_LABELS]
    return names_camera(f"{'.'.join(labels)}{parts.path}"[:400])


def _broadcast_source(category: str, address: str) -> bool:
    """Return True for a category or source folder of broadcasts (``Berita``, ``/tv/``)."""
    path = urlsplit(address).path.lower()[:400]
    words = set(_WHOLE_CAMERA_WORDS.findall(path))
    return broadcast_title(category) or not _BROADCAST_FOLDERS.isdisjoint(words)


def _evidence(channel: Channel) -> bool:
    name, category, address = channel
    return names_camera(name) or _camera_category(category) or _camera_address(address)


def camera_channels(channels: Sequence[Channel]) -> list[bool]:
    """Return, per guideless live channel, whether it is a camera (see the module)."""
    broadcast = [_broadcast(name) for name, _, _ in channels]
    evidence = [
        not cast and _evidence(channel) for channel, cast in zip(channels, broadcast, strict=True)
    ]
    sources = any(_broadcast_source(category, address) for _, category, address in channels)
    if channels and not any(broadcast) and not sources and sum(evidence) > len(channels) * _MOSTLY:
        return [True] * len(channels)
    return evidence


def camera_channel_items(channels: Sequence[tuple[Channel, str]]) -> list[JSONValue]:
    """Return the items (id, name, the source as stream) of the channels that are cameras."""
    cameras = camera_channels([channel for channel, _ in channels])
    return [
        {"id": channel_id, "name": name or None, "stream_url": address}
        for ((name, _, address), channel_id), camera in zip(channels, cameras, strict=True)
        if camera
    ]


def source_address(value: JSONValue, url: str) -> str | None:
    """Return a camera address written as ``rtsp``/``http(s)://host/…``, else None.

    Shared by the lists naming each camera's own address (EvoStream's pulls, Xtream's
    ``direct_source``, Stalker's ``cmd``).

    An address on a LAN, loopback or local host named by an answer from a public host is
    the server's own view of its network: no viewer reaches it, whatever the rest of the
    list holds.
    """
    if not isinstance(value, str) or len(value) > _MAX_ADDRESS:
        return None
    text = value.strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in _SCHEMES or not parts.netloc or lan_address(text, url):
        return None
    return text
