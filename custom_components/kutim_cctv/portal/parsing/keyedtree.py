"""Camera records at the leaves of a tree of keyed objects (a realtime-database export).

A Firebase Realtime Database answer (``GET /.json``) holds no lists: an app writing
``ref.child('titik_kamera/{zona}/{jalan}/{id_tiang}').set({kamera: [...], …})`` answers
with objects keyed by zone, then by street, then by pole, the camera's fields at the
leaves. Such a tree is read here when the groups above the leaves are keyed objects
only (every value an object) and the leaves carry media: the leaf's key is its id (or
its name when written as a title), the group above names the place, and a group written
as a street line (``Jl. Yos Sudarso``) names a camera its record names none for, the
group above the street being its area. A leaf needs a camera word in its branch or
fields, or live media; a tree of priced leaves is a catalogue. Other branches of the
answer (a cache block, a list of zone names, settings, users, logs) give nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from ..aliases import ALIAS_KEYS
from ..fieldurls import looks_like_url
from ..models import MAX_CAMERAS
from ..normalise import STREET_LINE
from ..values import JSONObject, JSONValue, index_keys, norm_key, product_key

__all__ = ["keyed_tree_items"]

type TreeItems = list[tuple[str | None, JSONValue]]

_MAX_TREE_DEPTH = 4
"""Keyed levels followed below the answer (container, zone, street, pole)."""
_MAX_TREE_NODES = 5000
"""Objects looked at in one answer: a large export stays a bounded walk."""
_MAX_LEAF_FIELDS = 64
_MAX_KEY = 120
_MAX_LIST_LOOK = 8
# Branches of an app's database that hold its accounts and settings, never cameras.
_CONFIG_KEYS = frozenset(
    {"users", "user", "accounts", "admins", "settings", "config", "configuration"}
    | {"logs", "log", "sessions", "auth", "tokens", "profiles", "notifications"}
)
# Fields of a leaf holding its cameras' addresses as a list of texts (``kamera: [url]``).
_ADDRESS_LIST_KEYS = frozenset(
    {"kamera", "camera", "cameras", "cctv", "stream", "streams", "url", "urls", "links"}
)
# Words naming a camera, in a branch's key or a leaf's field (``titik_kamera``, ``cctv_id``).
_CAMERA_WORDS = frozenset(
    {"kamera", "camera", "cameras", "cctv", "webcam", "webcams", "cam", "cams", "kameras"}
)
# Field words of live media, and of a camera's still (``snapshot``), in a leaf.
_LIVE_WORDS = frozenset(
    {"stream", "streams", "hls", "m3u8", "mjpeg", "mjpg", "rtsp", "flv", "webrtc", "live"}
    | {"snapshot", "snap"}
)
_LIVE_SCHEMES = ("rtsp://", "rtsps://", "rtmp://")
_LIVE_MARKS = (".m3u8", ".mjpg", ".mjpeg", "mjpeg", "/hls/")
_MAX_KEY_WORDS = 12
_AREA = "area"
_NAME = "name"


def _address_list(leaf: JSONObject) -> bool:
    """Return True when a leaf holds its addresses as a list of texts under a camera word."""
    for key, value in leaf.items():
        if norm_key(key) in _ADDRESS_LIST_KEYS and isinstance(value, list):
            if any(isinstance(v, str) and looks_like_url(v) for v in value[:_MAX_LIST_LOOK]):
                return True
    return False


def _words(key: str) -> set[str]:
    """Return a key's words (its canonical snake_case parts), at most _MAX_KEY_WORDS."""
    return {word for word in norm_key(key[:_MAX_KEY]).split("_")[:_MAX_KEY_WORDS] if word}


def _names_camera(key: str) -> bool:
    """Return True when a key names a camera (``titik_kamera``, ``CCTV Kota``, ``cam_01``)."""
    return not _words(key).isdisjoint(_CAMERA_WORDS)


def _priced(leaf: JSONObject) -> bool:
    """Return True when a leaf carries a price (``price``, ``harga``, ``sale_price``)."""
    return any(
        product_key(key, price_only=True, limit=_MAX_KEY, max_words=_MAX_KEY_WORDS) for key in leaf
    )


def _live(leaf: JSONObject) -> bool:
    """Return True when a leaf carries live media, a camera's still or a camera word."""
    for key, value in leaf.items():
        words = _words(key)
        if not words.isdisjoint(_LIVE_WORDS) or not words.isdisjoint(_CAMERA_WORDS):
            return True
        if isinstance(value, str) and looks_like_url(value):
            text = value[:2048].lower()
            if text.startswith(_LIVE_SCHEMES) or any(mark in text for mark in _LIVE_MARKS):
                return True
    return _address_list(leaf)


def _camera_context(path: list[str], leaf: JSONObject) -> bool:
    """Return True when a leaf's branch names a camera or the leaf carries live media."""
    return any(_names_camera(key) for key in path) or _live(leaf)


def _is_leaf(value: JSONObject, camera_like: Callable[[JSONObject], bool]) -> bool:
    """Return True for a record of plain fields that carries a camera's media."""
    if len(value) > _MAX_LEAF_FIELDS or any(isinstance(v, dict) for v in value.values()):
        return False
    return camera_like(value) or _address_list(value)


def _field_name(key: str, path: list[str]) -> bool:
    """Return True when a leaf's key or its group's key is a field's name, no id or place."""
    return norm_key(key) in ALIAS_KEYS or (bool(path) and norm_key(path[-1]) in ALIAS_KEYS)


def _keyed_only(value: JSONObject) -> bool:
    """Return True for a non-empty object whose every value is an object."""
    return bool(value) and all(isinstance(v, dict) for v in value.values())


def _key_text(key: str) -> str | None:
    """Return a key as a name (spaces collapsed), else None for an empty or long one."""
    text = " ".join(key.split())
    return text if text and len(text) <= _MAX_KEY else None


def _entry(path: list[str], leaf: JSONObject) -> tuple[str | None, JSONValue]:
    """Return a leaf's entry: its key as id (or name), its groups as name and area."""
    key = path[-1]
    groups = [text for text in map(_key_text, path[:-1]) if text is not None]
    index = index_keys(leaf)
    names_itself = any(isinstance(index.get(k), str) and index[k] for k in ("name", "nama"))
    added: JSONObject = {}
    if " " in key.strip() or not key.isascii():
        title = _key_text(key)
        if title and not names_itself:
            added[_NAME] = title
            names_itself = True
        key_id: str | None = None
    else:
        key_id = key
    if groups:
        inner = groups[-1]
        if not names_itself and len(groups) >= 2 and STREET_LINE.match(inner):
            added[_NAME] = inner
            added[_AREA] = groups[-2]
        else:
            added[_AREA] = inner
    own = {k: v for k, v in leaf.items() if k not in added}
    return key_id, {**added, **own}


def keyed_tree_items(
    value: JSONObject, camera_like: Callable[[JSONObject], bool]
) -> TreeItems | None:
    """Return the camera records at the leaves of a keyed tree, else None.

    Leaves count only two keyed levels or more below the answer (a bare map of groups
    of records is left to the group readers), every group below the answer holding
    objects only and neither a leaf's key nor its group's being a field's name; at most
    _MAX_TREE_DEPTH levels and _MAX_TREE_NODES objects are followed, and at least two
    leaves must be found. A leaf needs camera context: a camera word in its branch's
    keys or its own (``titik_kamera``, ``cctv``, ``kamera``, ``cam``) or live media (a
    stream, HLS, MJPEG or RTSP field or address, a camera's ``snapshot``, ``kamera:
    [address]``); a picture alone under a tree naming no camera (a photo album) is none,
    and a tree whose leaves carry a price (a shop's catalogue, a menu) gives nothing.
    """
    found: TreeItems = []
    budget = [_MAX_TREE_NODES]
    priced = [False]

    def walk(node: JSONObject, path: list[str], depth: int) -> None:
        for key, inner in node.items():
            if budget[0] <= 0 or len(found) > MAX_CAMERAS:
                return
            if not isinstance(inner, dict) or norm_key(key) in _CONFIG_KEYS:
                continue
            budget[0] -= 1
            if _is_leaf(inner, camera_like):
                # Renditions keyed by format (``{hls: {url}, flv: {url}}``) are fields.
                if depth >= 2 and _keyed_only(node) and not _field_name(key, path):
                    priced[0] = priced[0] or _priced(inner)
                    if _camera_context([*path, key], inner):
                        found.append(_entry([*path, key], inner))
            elif depth < _MAX_TREE_DEPTH and _keyed_only(inner):
                # Only the answer itself may mix its branches with other blocks: a
                # record's outputs (``{id, name, streams: {hls: {url}}}``) are no tree.
                walk(inner, [*path, key], depth + 1)

    walk(value, [], 0)
    if priced[0] or len(found) < 2:
        return None
    return found
