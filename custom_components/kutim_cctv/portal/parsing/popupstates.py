"""A map popup's state line, and the markers a camera map draws for other things.

A camera map's popup often states the camera's state on a labelled line of its own,
the state word inside a badge, a span or bold text (``Status: <span
class='text-success'>Online</span>``, ``Kondisi: <b>Tidak Aktif</b>``): the line is
the marker's state. A water level or a road's state on such a line ("Status: Normal",
"Status: Siaga 3") states nothing of a camera.

Disaster and city maps draw more than cameras: a report's marker (a flood, a fallen
tree) with its own icon and a photo beside the cameras' markers, drawn with a camera
icon or put into a camera layer (``{icon: iconCctv}``, ``.addTo(cctvLayer)``). When
some markers of a page are marked as cameras that way, a marker is no camera only on
positive evidence: an icon of its own that names no camera and that no camera-marked
marker uses, no live media, a report word (in its icon, name or photo's folder) and no
picture on a host the camera-marked markers' media use. Markers all drawn alike (one
pin icon, icons by state such as ``cctvOn``/``cctvOff`` or green/red dots) and markers
whose stills sit beside the cameras' media are all read.
"""

from __future__ import annotations

from collections.abc import Sequence
import itertools
import re
from urllib.parse import urlsplit

from ..aliases import STATUS_KEYS
from ..fieldurls import looks_like_url, url_host
from ..values import JSONValue, clean_text, norm_key, parse_status

__all__ = ["camera_marked", "drop_other_markers", "marker_tag", "popup_state"]

_MAX_MARKUP = 8000
_MAX_LINES = 64
_MAX_OPTIONS = 2000
_LINE_BREAK = re.compile(r"<(?:br|/?p|/?div|/?li|/?tr|/?h\d)\b[^>]{0,200}>", re.IGNORECASE)
_TAG = re.compile(r"<[^<>]{0,400}>")
_LABELLED = re.compile(r"\s*([^\W\d_][^\W\d_ ]{0,23})\s{0,3}[:\uff1a]\s{0,3}(.{1,40}?)\s*")
_STATE_LABELS = frozenset(norm_key(key) for key in STATUS_KEYS)
# States of a place rather than of a device: a river's or a road's "Normal".
_PLACE_STATES = frozenset({"normal", "aman", "lancar"})

# A marker's icon option: a variable (``{icon: iconCctv}``) or an inline icon's image
# (``{icon: L.icon({iconUrl: 'img/cctv.png'})}``).
_ICON_OPTION = re.compile(r"""\bicon\s*:\s*([A-Za-z_$][\w$.]{0,80})""")
_ICON_URL = re.compile(r"""\biconUrl\s*:\s*["'`]([^"'`]{1,200})["'`]""")
_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_CAMERA_WORDS = frozenset(
    {"cctv", "cam", "cams", "camera", "cameras", "kamera", "webcam", "webcams", "ipcam"}
    | {"cctvs", "kameras", "atcs"}
)
_LIVE_KEYS = ("stream_url", "mjpeg", "iframe_src")
_MAX_FIELDS = 64
_MAX_TEXT = 400
# Words of a report's marker, its icon or its photo's folder: a flood, a fallen tree.
_REPORT_WORDS = frozenset(
    {"banjir", "genangan", "longsor", "tumbang", "kebakaran", "kejadian", "laporan", "lapor"}
    | {"insiden", "incident", "incidents", "report", "reports", "pengaduan", "aduan"}
    | {"kecelakaan", "accident", "flood", "fire", "landslide", "gempa", "rob"}
)


def popup_state(markup: str) -> str | None:
    """Return the state a popup's labelled state line gives, or None.

    "Status: Online" (the word in a badge or bold text), "Kondisi: Tidak Aktif" give
    their state word; a line whose label names no state, or whose word is a place's
    state ("Status: Normal") or none ("Status: Siaga 3"), gives None.
    """
    text = _LINE_BREAK.sub("\n", markup[:_MAX_MARKUP])
    for line in text.split("\n", _MAX_LINES)[:_MAX_LINES]:
        plain = clean_text(_TAG.sub(" ", line))
        if not plain or len(plain) > 80:
            continue
        match = _LABELLED.fullmatch(plain)
        if match is None or norm_key(match.group(1)) not in _STATE_LABELS:
            continue
        value = match.group(2).strip()
        if value.casefold() in _PLACE_STATES or parse_status(value) is None:
            continue
        return value
    return None


def marker_tag(args: str, calls: Sequence[tuple[str, str]]) -> tuple[str, bool]:
    """Return what marks a marker (its icon and the layers it is added to), and if it has an icon.

    The icon is read from the marker's options (a variable's name, or the image of an
    icon made inline); the layers from the ``addTo`` calls chained to it.
    """
    head = args[:_MAX_OPTIONS]
    parts: list[str] = []
    icon = _ICON_OPTION.search(head)
    if icon is not None:
        url = _ICON_URL.search(head, icon.end())
        parts.append(url.group(1) if url is not None else icon.group(1))
    parts.extend(target.strip()[:80] for method, target in calls if method == "addTo")
    return " ".join(parts), icon is not None


def camera_marked(tag: str) -> bool:
    """Tell a marker's icon or layer that names a camera (``iconCctv``, ``cameraLayer``)."""
    return any(word.lower() in _CAMERA_WORDS for word in _WORD.findall(tag))


def _live(item: dict[str, JSONValue]) -> bool:
    """Tell an item holding live media (a stream, MJPEG or a framed player)."""
    if any(item.get(key) for key in _LIVE_KEYS):
        return True
    return any(
        key != "snapshot" and isinstance(value, str) and looks_like_url(value)
        for key, value in item.items()
    )


def drop_other_markers(
    items: list[tuple[dict[str, JSONValue], tuple[str, bool] | None]],
) -> list[dict[str, JSONValue]]:
    """Return the items left when the page marks its cameras apart from report markers.

    Each item comes with its marker's tag (None when not a Leaflet marker). When some
    marker's icon or layer names a camera, a marker is dropped only on positive evidence
    that it is a report: an icon of its own that names no camera and no camera-marked
    marker uses, no live media, a report word (``Banjir``, ``iconKejadian``,
    ``laporan/…``) and no picture on a host the camera-marked markers' media use.
    Otherwise every item is kept.
    """
    cameras = [item for item, tag in items if tag is not None and camera_marked(tag[0])]
    if not cameras:
        return [item for item, _ in items]
    camera_icons = {_icon(tag) for _, tag in items if tag is not None and camera_marked(tag[0])}
    camera_hosts = {host for item in cameras for host in _media_hosts(item)}
    kept: list[dict[str, JSONValue]] = []
    for item, tag in items:
        if tag is not None and _report(item, tag, camera_icons, camera_hosts):
            continue
        kept.append(item)
    return kept


def _icon(tag: tuple[str, bool] | None) -> str | None:
    """Return a marker's icon (the first part of its tag), None when drawn without one."""
    if tag is None or not tag[1]:
        return None
    return tag[0].split(" ", 1)[0]


def _media_hosts(item: dict[str, JSONValue]) -> set[str]:
    """Return the hosts of the addresses an item holds."""
    hosts: set[str] = set()
    for value in itertools.islice(item.values(), _MAX_FIELDS):
        if isinstance(value, str) and looks_like_url(value):
            host = url_host(value)
            if host:
                hosts.add(host.removeprefix("www."))
    return hosts


def _report(
    item: dict[str, JSONValue],
    tag: tuple[str, bool],
    camera_icons: set[str | None],
    camera_hosts: set[str],
) -> bool:
    """Tell a marker that reads as a report beside the camera-marked markers."""
    icon = _icon(tag)
    if icon is None or icon in camera_icons or camera_marked(tag[0]) or _live(item):
        return False
    if _media_hosts(item) & camera_hosts:
        return False
    values = [
        value[:_MAX_TEXT]
        for value in itertools.islice(item.values(), _MAX_FIELDS)
        if isinstance(value, str)
    ]
    texts = [value for value in values if not looks_like_url(value)]
    if any(camera_marked(text) for text in texts):
        return False
    # A photo's folder may name the report (``laporan/…``); its host names nothing.
    texts += [urlsplit(value).path for value in values if looks_like_url(value)]
    texts.append(tag[0])
    return any(word.lower() in _REPORT_WORDS for text in texts for word in _WORD.findall(text))
