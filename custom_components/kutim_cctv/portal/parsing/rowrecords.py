"""Admin table rows cutting a camera's address short beside the row's record.

A camera manager's table often prints only the start of each camera's address
(``substr($rtsp_url, 0, 30) . '...'``, ``mb_strimwidth(…, '…')``: ``rtsp://kabo...``)
while the row's Edit button hands the whole record to a page function
(``onclick='editCamera({"id":"14","rtsp_url":"rtsp:…"})'``, slashes escaped or not,
also written with ``&quot;`` entities). The cut text is never an address; the record's address that
starts with the same text is the row's media, and the record's id the row's id.

Only a record written as one JSON object literal handed to one function call is read
(at most ``_MAX_HANDLER`` characters, ``_MAX_FIELDS`` fields, nothing evaluated); an
address on a private network, a loopback or local name is never taken, and an address
the cut text does not begin is never the row's. A record saying nothing of a camera
(its address an ``http`` picture or stream under a plain ``url``, ``file`` or ``image``
key: a media library, a banner or a radio station) gives a camera only in a table or on
a page naming cameras (``camera_record``).
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

from ..policy import is_public_host
from ..values import JSONObject
from ..viewerlinks import CAMERA_PATH_WORDS

__all__ = ["camera_record", "cut_address", "handler_record", "record_address", "record_id"]

_MAX_HANDLER = 4000
_MAX_FIELDS = 64
_MAX_ADDRESS = 2048
# The start of an address written before an ellipsis: a scheme, ``//`` and at least one
# character of its host (``rtsp://kabo...``, ``https://cctv.sangatta.kutimka…``).
_CUT = re.compile(r"((?:rtsps?|https?)://[^\s\"'<>]{1,200}?)(?:\.{3}|…)", re.IGNORECASE)
# One call of a page function handed one object literal (``editCamera({…})``,
# ``return bukaEdit({…});``).
_CALL = re.compile(r"\s*(?:return\s+)?[A-Za-z_$][\w$.]{0,63}\(\s*(\{.*\})\s*\)\s*;?\s*", re.DOTALL)
# Words of a record's key naming a camera's media (``rtsp_url``, ``stream_url``, ``hls``,
# ``snapshot``, ``cctv_link``).
_MEDIA_KEY_WORDS = frozenset({"rtsp", "stream", "hls", "snapshot", "snap", "live"})
_KEY_WORD = re.compile(r"[a-z]+")
_ID_KEYS = ("id", "camera_id", "cctv_id", "id_cctv", "id_kamera", "kamera_id")
_ID_VALUE = re.compile(r"[A-Za-z0-9][\w.-]{0,39}")


def cut_address(word: str) -> str | None:
    """Return the start of an address a cell cut short (``rtsp://kabo...``), else None.

    The word is the whole address as printed: its start, then ``...`` or ``…`` ending it.
    """
    match = _CUT.fullmatch(word.strip()[:260])
    return match.group(1) if match is not None else None


def handler_record(attributes: dict[str, str]) -> JSONObject | None:
    """Return the record an element's click handler hands a page function, else None."""
    handler = attributes.get("onclick")
    if handler is None or len(handler) > _MAX_HANDLER:
        return None
    match = _CALL.fullmatch(handler)
    if match is None:
        return None
    try:
        record = json.loads(match.group(1))
    except ValueError:
        return None
    if not isinstance(record, dict) or not 0 < len(record) <= _MAX_FIELDS:
        return None
    return record


def record_address(record: JSONObject, start: str) -> str | None:
    """Return the record's address that the cut text begins, on a public host, else None."""
    for value in list(record.values())[:_MAX_FIELDS]:
        if not isinstance(value, str) or len(value) > _MAX_ADDRESS:
            continue
        address = value.strip()
        if len(address) <= len(start) or not address.startswith(start):
            continue
        try:
            host = urlsplit(address).hostname
        except ValueError:
            continue
        return address if is_public_host(host) else None
    return None


def camera_record(record: JSONObject, address: str) -> bool:
    """Return True when a record's address says it is a camera's: RTSP, or its key names one.

    ``rtsp://…`` anywhere, or a key naming a camera or its media (``rtsp_url``,
    ``stream_url``, ``snapshot``, ``cctv_link``); ``url``, ``file``, ``image`` say nothing.
    """
    if address.lower().startswith(("rtsp://", "rtsps://")):
        return True
    for key, value in list(record.items())[:_MAX_FIELDS]:
        if isinstance(value, str) and value.strip() == address:
            words = _KEY_WORD.findall(key[:64].lower())
            return not (_MEDIA_KEY_WORDS | CAMERA_PATH_WORDS).isdisjoint(words)
    return False


def record_id(record: JSONObject) -> str | None:
    """Return the record's id (``"id": "14"``, ``"id": 14``), else None."""
    for key in _ID_KEYS:
        value = record.get(key)
        if isinstance(value, bool):
            continue
        if isinstance(value, int):
            return str(value)
        if isinstance(value, str) and _ID_VALUE.fullmatch(value.strip()):
            return value.strip()
    return None
