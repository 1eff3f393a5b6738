"""Road operators' webcam lists that name each camera's files by frame.

Autostrade per l'Italia's viabilita ``webcams.json`` (and road sites built the same way)
answers ``{webcams: [{c_tel, c_str, t_des_pub, t_des, n_prg_km, n_crd_lat, n_crd_lon,
c_uuid, frames: {T, F_0, F_1, "3", "4", V: {t_url}}}]}``: ``c_tel`` is the camera's
number, ``t_des_pub`` its public description (``t_des`` the same without the road
code), ``n_crd_lat``/``n_crd_lon`` its position and ``c_str`` the road code (no area).
Each frame's ``t_url`` is a file name relative to the list (``kt1/<uuid>-0.jpg``): ``F_0``
is the latest still, ``T`` its thumbnail (the still when no ``F_0`` is written), ``F_1``
the frame before, and ``V`` the short MP4 clip the site keeps overwriting, the camera's
video (``"4"`` is the same file, ``"3"`` a 3GP copy for old phones: neither is read). A
webcam with neither a still nor a clip gives no camera; a frame on a LAN or loopback
host named by a public list is never read.
"""

from __future__ import annotations

import itertools

from ..deviceinputs import lan_address
from ..values import JSONObject, JSONValue
from .nvr import Items, _dicts, _mostly, _text

__all__ = ["frame_webcam_items"]

_LIST_KEY = "webcams"
_MAX_FRAMES = 16
_MAX_FRAME_URL = 2048
_STILL_FRAMES = ("F_0", "T")
_CLIP_FRAME = "V"


def _frames(entry: JSONObject) -> JSONObject | None:
    """Return a webcam's frames when each is an object naming its file by ``t_url``."""
    frames = entry.get("frames")
    if not isinstance(frames, dict) or len(frames) > _MAX_FRAMES:
        return None
    if not all(isinstance(v, dict) and "t_url" in v for v in frames.values()):
        return None
    return frames


def _frame_webcam(entry: JSONObject) -> bool:
    return "c_tel" in entry and _frames(entry) is not None


def _frame_url(frames: JSONObject, key: str, url: str) -> str | None:
    frame = frames.get(key)
    if not isinstance(frame, dict):
        return None
    value = frame.get("t_url")
    if not isinstance(value, str) or len(value) > _MAX_FRAME_URL or not value.strip():
        return None
    if lan_address(value.strip(), url):
        return None  # a file on a LAN host named by a public list: no viewer reaches it
    return value.strip()


def _coordinate(value: JSONValue) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def frame_webcam_items(data: JSONValue, url: str) -> Items | None:
    """Read a ``{webcams: [{c_tel, t_des_pub, frames: {F_0, T, V: {t_url}}}]}`` list."""
    # Relative frame files are resolved against the list's address by the normaliser.
    if not isinstance(data, dict):
        return None
    entries = _dicts(data.get(_LIST_KEY))
    if not entries or not _mostly(entries, _frame_webcam):
        return None
    if not any(_frames(entry) for entry in itertools.islice(entries, 50)):
        return None  # frames written for no webcam: nothing says this is the shape
    items: Items = []
    for entry in entries:
        frames = _frames(entry)
        camera_id = _text(entry.get("c_tel"))
        if frames is None or camera_id is None:
            continue
        still = next(filter(None, (_frame_url(frames, key, url) for key in _STILL_FRAMES)), None)
        clip = _frame_url(frames, _CLIP_FRAME, url)
        if still is None and clip is None:
            continue
        item: JSONObject = {
            "id": camera_id,
            "name": _text(entry.get("t_des_pub")) or _text(entry.get("t_des")),
            "stream_url": clip,
            "snapshot_url": still,
        }
        lat, lng = _coordinate(entry.get("n_crd_lat")), _coordinate(entry.get("n_crd_lon"))
        if lat is not None and lng is not None:
            item["lat"], item["lng"] = lat, lng
        items.append(item)
    return items
