"""Trees of groups, each holding its own cameras and groups of its own kind.

A traffic map's webcam list nests its groups (``{roads: [{name, webcams: [...],
roads: [{name, webcams: [...]}]}]}``, a d3 hierarchy ``{name, children: [{name,
webcams, children}]}``): every group holds a camera list and, under the key its parent
holds it by, groups of its own. The cameras of all groups, at any depth, are the list.
"""

from __future__ import annotations

import itertools
import json

from ..aliases import AREA_KEYS, MJPEG_KEYS, NAME_KEYS, SNAPSHOT_KEYS, STREAM_KEYS
from ..models import MAX_CAMERAS
from ..values import JSONObject, JSONValue, index_keys, norm_key, road_written, stripped_value

# Keys of a group's own camera list.
_CAMERA_KEYS = ("webcams", "cameras", "cams", "cctvs", "cctv", "kamera")
# Words of a tree's key saying its groups are roads (``roads``, ``routes``, ``ruas``):
# a road names where along it a camera stands, never an area.
_ROAD_WORDS = frozenset(
    {"road", "roads", "route", "routes", "street", "streets", "highway", "highways"}
    | {"corridor", "corridors", "ruas", "jalan"}
)
# The field a camera is given its innermost group's name under (the first area alias).
_GROUP_AREA = AREA_KEYS[0]
_MAX_DEPTH = 8
_MAX_GROUPS = 2000
_MAX_GROUP_FIELDS = 64
_MAX_LOOK = 20
_MAX_NAME = 120
_MAX_ID = 200
_MEDIA_KEYS = frozenset(STREAM_KEYS) | frozenset(SNAPSHOT_KEYS) | frozenset(MJPEG_KEYS)


def _same_camera_key(camera: JSONObject, camera_id: str) -> tuple[str, str]:
    """Return what makes two entries one camera: the id and its media, else the record.

    Trees that number cameras within each group (1, 2… per kecamatan) repeat an id
    for another camera; only an entry of the same id and media (or, with no media
    field, the same record) is one camera listed twice.
    """
    index = index_keys(camera)
    media = [(key, value) for key, value in index.items() if key in _MEDIA_KEYS]
    try:
        text = json.dumps(media or camera, sort_keys=True, default=str)
    except (TypeError, ValueError, RecursionError):
        text = ""
    return camera_id, text


def _camera_list(group: JSONObject) -> list[JSONValue] | None:
    """Return a group's own camera list (``webcams``, ``cameras``…), else None."""
    index = index_keys(group)
    for key in _CAMERA_KEYS:
        value = index.get(key)
        if isinstance(value, list):
            return value
    return None


def _tree_key(value: JSONObject) -> str | None:
    """Return the key a tree holds its groups by, groups holding groups by it again."""
    for key, inner in itertools.islice(value.items(), _MAX_GROUP_FIELDS):
        if norm_key(key) in _CAMERA_KEYS or not isinstance(inner, list):
            continue
        groups = [entry for entry in inner[:_MAX_LOOK] if isinstance(entry, dict)]
        if any(isinstance(group.get(key), list) for group in groups) and any(
            _camera_list(group) is not None for group in groups
        ):
            return key
    return None


def group_tree_items(value: JSONObject) -> list[JSONValue] | None:
    """Return the cameras of a tree of groups holding cameras and groups, else None.

    The tree's key holds a list of groups, at least one of which holds a list under the
    same key again and one a camera list (``webcams``, ``cameras``, ``cams``…). Each
    camera is taken once, by its ``id`` and media (a webcam listed under two roads is
    one camera; an id numbered within each group names another camera in the next
    group), in its first group; a camera is given the name of the group holding it as
    its area, unless the tree's key names roads (``roads``, ``routes``, ``ruas``): a
    road is no area. A group whose name is written as a road (``Jl. Yos Sudarso``,
    ``I-95``) is none either: its cameras take the name of the nearest group enclosing
    it that is a place, if any. Groups are read at most _MAX_DEPTH levels down and
    _MAX_GROUPS in all; None when no group holds a camera.
    """
    key = _tree_key(value)
    if key is None:
        return None
    roads = not _ROAD_WORDS.isdisjoint(norm_key(key).split("_"))
    cameras: list[JSONValue] = []
    seen: set[tuple[str, str]] = set()
    # Depth-first, in the document's order: a group's cameras, then its groups.
    # Each group waits with the area its nearest enclosing place gives a road inside it.
    stack: list[tuple[JSONValue, int, str | None]] = [(value, 0, None)]
    groups = 0
    while stack and groups < _MAX_GROUPS and len(cameras) <= MAX_CAMERAS:
        group, depth, enclosing = stack.pop()
        if not isinstance(group, dict) or len(group) > _MAX_GROUP_FIELDS:
            continue
        groups += 1
        index = index_keys(group)
        name = next(
            (
                text
                for k in NAME_KEYS
                if (text := stripped_value(index.get(k), _MAX_NAME, integers=True)) is not None
            ),
            None,
        )
        # A group named as a road ("Jl. Yos Sudarso", "I-95") is no area: its cameras
        # take the place enclosing it, if any.
        area = None if roads or group is value else name
        if road_written(name):
            area = enclosing
        for camera in (_camera_list(group) or [])[: MAX_CAMERAS + 1 - len(cameras)]:
            if not isinstance(camera, dict):
                continue
            camera_id = stripped_value(index_keys(camera).get("id"), _MAX_ID, integers=True)
            if camera_id is not None:
                same = _same_camera_key(camera, camera_id)
                if same in seen:
                    continue
                seen.add(same)
            if area is not None:
                camera = {_GROUP_AREA: area, **camera}
            cameras.append(camera)
        inner = group.get(key)
        if isinstance(inner, list) and depth < _MAX_DEPTH:
            room = max(0, _MAX_GROUPS - groups - len(stack))  # groups read and waiting
            stack.extend((entry, depth + 1, area) for entry in reversed(inner[:room]))
    return cameras or None
