"""Camera records at the leaves of a tree of keyed objects (a realtime-database export).

A Firebase Realtime Database answer (``GET /.json``) holds no lists: an app writing
``ref.child('titik_kamera/{zona}/{jalan}/{id_tiang}').set({kamera: [...], …})`` answers
with objects keyed by zone, then by street, then by pole, the camera's fields at the
leaves. Such a tree is read here when the groups above the leaves are keyed objects
only (every value an object) and the leaves carry media: the leaf's key is its id (or
its name when written as a title), the group above names the place, and a group written
as a street line (``Jl. Yos Sudarso``) names a camera its record names none for, the
group above the street being its area. Other branches of the answer (a cache block,
a list of zone names, settings, users, logs) give nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from ..aliases import ALIAS_KEYS
from ..fieldurls import looks_like_url
from ..models import MAX_CAMERAS
from ..normalise import STREET_LINE
from ..values import JSONObject, JSONValue, index_keys, norm_key

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
_AREA = "area"
_NAME = "name"


def _address_list(leaf: JSONObject) -> bool:
    """Return True when a leaf holds its addresses as a list of texts under a camera word."""
    for key, value in leaf.items():
        if norm_key(key) in _ADDRESS_LIST_KEYS and isinstance(value, list):
            if any(isinstance(v, str) and looks_like_url(v) for v in value[:_MAX_LIST_LOOK]):
                return True
    return False


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
    objects only and neither a leaf's key nor its group's being a field's name; at most _MAX_TREE_DEPTH levels and _MAX_TREE_NODES
    objects are followed, and at least two leaves must be found.
    """
    found: TreeItems = []
    budget = [_MAX_TREE_NODES]

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
                    found.append(_entry([*path, key], inner))
            elif depth < _MAX_TREE_DEPTH and _keyed_only(inner):
                # Only the answer itself may mix its branches with other blocks: a
                # record's outputs (``{id, name, streams: {hls: {url}}}``) are no tree.
                walk(inner, [*path, key], depth + 1)

    walk(value, [], 0)
    if len(found) < 2:
        return None
    return found
