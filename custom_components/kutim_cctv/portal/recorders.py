"""A recorder's (a DVR's or NVR's) own record holding its channels.

A monitoring app lists its recorders, each with the cameras wired to it (``{name: "DVR
Kantor Dishub", location: "Sangatta Utara", ip_address, port, brand, total_channels,
cameras: [...]}``). The recorder is a device, not a place: its name is no area of its
cameras, while its ``location``, when it reads as a district's name, is where they are.
A record is a recorder when it says so (``deviceType: "NVR"``) or when its name is led
by a recorder word (``DVR …``, ``NVR …``) beside a network address or a channel count
of its own; a group named after a place (``Teluk Lingga``) is none.
"""

from __future__ import annotations

from collections.abc import Mapping
import re
from typing import TYPE_CHECKING

from .sharedplace import location_district

if TYPE_CHECKING:
    from .values import JSONValue

# The words a recorder is called by, as its type or as the first word of its name.
_RECORDER_WORD = re.compile(r"(?i)(?:dvr|nvr|xvr|hvr|hdvr|recorder|perekam)(?![^\W_])")
_TYPE_KEYS = ("device_type", "devicetype", "type", "kind", "jenis", "jenis_perangkat")
# A recorder's own network address or channel count (nested ``address.ip`` included).
_RECORDER_KEYS = frozenset(
    {"ip", "ip_address", "ipaddress", "ip_addr", "address_ip", "host", "hostname", "dvr_host"}
    | {"total_channels", "channel_count", "channels_count", "num_channels", "max_channels"}
    | {"jumlah_channel", "jumlah_kanal"}
)
_MAX_TYPE_TEXT = 40


def _recorder_type(value: JSONValue) -> bool:
    """Return True for a device type naming a recorder (``DVR``, ``NVR``, ``XVR``)."""
    if not isinstance(value, str) or len(value) > _MAX_TYPE_TEXT:
        return False
    return _RECORDER_WORD.fullmatch(value.strip()) is not None


def recorder_record(index: Mapping[str, JSONValue], name: str | None) -> bool:
    """Return True when a record is a recorder's own (a DVR or NVR), not a place."""
    if any(_recorder_type(index.get(key)) for key in _TYPE_KEYS):
        return True
    if name is None or _RECORDER_WORD.match(name.strip()) is None:
        return False
    return not _RECORDER_KEYS.isdisjoint(index)


def recorder_place(index: Mapping[str, JSONValue], own: frozenset[str]) -> str | None:
    """Return the district a recorder's own ``location`` names, the area of its channels."""
    return location_district(index, own)


# A name a device is called by: a recorder word anywhere ("Dahua DVR 1"), a maker's name,
# a number or a model code ("NVR Hikvision 01", "DS-7608NI").
_DEVICE_NAME_WORDS = frozenset(
    {"hikvision", "dahua", "uniview", "reolink", "axis", "hanwha", "samsung", "embedded", "net"}
    | {"device", "perangkat", "camera", "kamera", "cctv", "ipc", "server"}
)
_SITE_WORD = re.compile(r"[^\W\d_]+")
_MAX_SITE_NAME = 60


def recorder_site(index: Mapping[str, JSONValue], name: str | None) -> bool:
    """Return True when a recorder's record (its maker, model) is named for its site.

    A disaster agency's gateway names each recorder after the post it stands at ("Posko
    BPBD Sangatta", "Gudang Logistik"): two or more words, no recorder word, no maker,
    no number, no model code, and not the maker or model the record states.
    """
    if name is None or len(name) > _MAX_SITE_NAME or _RECORDER_WORD.search(name):
        return False
    text = " ".join(name.split())
    words = text.split(" ")
    if len(words) < 2 or not all(_SITE_WORD.fullmatch(word) for word in words):
        return False
    lowered = {word.lower() for word in words}
    if lowered & _DEVICE_NAME_WORDS:
        return False
    for key in ("manufacturer", "vendor", "brand", "model"):
        value = index.get(key)
        if isinstance(value, str) and value.strip() and value.strip().lower() in text.lower():
            return False
    return True
