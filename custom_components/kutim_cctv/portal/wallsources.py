"""A video wall's screens and the source each one shows.

A command centre's video wall loads its active layout as a list of screens, each with
its position and the source it shows (``{posisi: 1, sumber: {tipe: "kamera", kamera:
{id, judul, lokasi, media}}}``, ``{position, source: {type: "camera", camera: {...}}}``).
A camera source wraps the camera's own record: that record is the item. Any other
source a wall shows (an app such as a panic-button map, a video call with a field team,
a web page, an empty screen) is no camera, whatever address it carries.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from .values import norm_key

if TYPE_CHECKING:
    from .values import JSONObject

# A screen's own fields: where it sits on the wall, beside the source it shows.
_POSITION_KEYS = frozenset(
    {"posisi", "position", "pos", "slot", "urutan", "index", "layar", "screen", "cell", "tile"}
    | {"screen_no", "no_layar", "nomor_layar", "screen_index", "monitor"}
)
_SOURCE_KEYS = ("sumber", "source", "input", "konten", "content")
_TYPE_KEYS = ("tipe", "type", "jenis", "kind")
# Kinds of a source that show a camera, and the key its record sits under.
_CAMERA_KINDS = frozenset({"kamera", "camera", "cctv", "cam", "webcam", "ipcam", "ip_camera"})
_CAMERA_RECORD_KEYS = ("kamera", "camera", "cctv", "cam", "webcam")
_MAX_SCREEN_FIELDS = 12
_MAX_KIND = 40


def _kind(source: JSONObject) -> str | None:
    """Return a source's kind, normalised (``panggilan_video``), or None."""
    for key, value in itertools.islice(source.items(), _MAX_SCREEN_FIELDS):
        if norm_key(key) in _TYPE_KEYS and isinstance(value, str) and len(value) <= _MAX_KIND:
            return norm_key(value)
    return None


def wall_screen(item: JSONObject) -> tuple[bool, JSONObject | None]:
    """Read a video wall's screen: (True, its camera's record or None), else (False, None).

    Only a record of a position and a typed source object counts as a screen (at most a
    few other fields: a zoom, a note); a source whose kind is a MIME type (a player's
    ``{type: "application/x-mpegURL", src}``) is a player's, and the record is left.
    """
    if not 2 <= len(item) <= _MAX_SCREEN_FIELDS:
        return False, None
    keys = {norm_key(key): key for key in item}
    if _POSITION_KEYS.isdisjoint(keys):
        return False, None
    found = next((keys[key] for key in _SOURCE_KEYS if key in keys), None)
    source = item.get(found) if found is not None else None
    if not isinstance(source, dict) or (kind := _kind(source)) is None or "/" in kind:
        return False, None
    if kind not in _CAMERA_KINDS:
        return True, None  # an app, a video call, a web page, an empty screen
    for key, value in source.items():
        if norm_key(key) in _CAMERA_RECORD_KEYS and isinstance(value, dict):
            return True, value
    return True, {key: value for key, value in source.items() if norm_key(key) not in _TYPE_KEYS}
