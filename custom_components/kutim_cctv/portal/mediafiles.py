"""Tell a media listing's recorded files from cameras.

A camera's storage browser (an SD-card browser's ``GET /api/media``, a recorder's list
of one day's recordings, a ``recordings``/``media``/``files`` list) answers one record
per file it holds: ``{name: "A250702061512.jpg", path: "2025-07-02/images000/…",
url, size, modified}``. Each plays or shows something, so each looks like a camera,
but every one is a past recording or an event picture of a camera, never the camera
itself. Such a record names itself by its own file name: the name is a media file's
name with a timestamp in it (``P250702_070000_071000.265``, ``cam_20261130_070000.mp4``)
and one of the record's addresses ends in that very file. A camera named after its
still (``simpang.jpg`` without a timestamp) or a camera whose dated still has a name of
its own (a panorama webcam's ``…/2026-12-02/19-00-00/…_half.jpg`` beside its place
name) is no such record.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
import itertools
import re
from urllib.parse import unquote, urlsplit

from .values import JSONValue, norm_key

__all__ = ["recorded_file_records"]

# Fields a file listing names each file by.
_FILE_NAME_KEYS = frozenset({"name", "filename", "file_name", "file", "basename"})
# Still, clip and raw recording files (a camera's SD card keeps ``.264``/``.265``; a
# recorder ``.dav``).
_MEDIA_SUFFIXES = frozenset(
    {"jpg", "jpeg", "png", "bmp", "webp", "mp4", "m4v", "mov", "mkv", "avi", "webm", "ts"}
    | {"flv", "264", "265", "h264", "h265", "hevc", "dav", "asf", "3gp"}
)
# A file name: no folder, a stem and a media suffix.
_FILE_NAME = re.compile(r"([^/\\\s][^/\\]{0,150})\.([A-Za-z0-9]{2,5})")
# A timestamp in a file's stem: six digits or more in a row (``250702061512``,
# ``20261130``, ``070000``) or a written date (``2026-12-01``).
_STAMP = re.compile(r"[0-9]{6,}|[0-9]{4}-[0-9]{2}-[0-9]{2}")
_MAX_SCAN = 2000
_MAX_KEYS = 64
_MAX_ADDRESS = 2048


def _file_name(item: Mapping[str, JSONValue]) -> str | None:
    """Return the timestamped media file name a record names itself by, else None."""
    for key, value in itertools.islice(item.items(), _MAX_KEYS):
        if norm_key(key) not in _FILE_NAME_KEYS or not isinstance(value, str):
            continue
        text = value.strip()
        match = _FILE_NAME.fullmatch(text)
        if match is None or match.group(2).lower() not in _MEDIA_SUFFIXES:
            continue
        if _STAMP.search(match.group(1)) is not None:
            return text
    return None


def _last_segment(value: str) -> str | None:
    """Return the last path segment of an address or a relative path, unquoted."""
    if len(value) > _MAX_ADDRESS:
        return None
    try:
        path = urlsplit(value.strip()).path
    except ValueError:
        return None
    return unquote(path.rstrip("/").rsplit("/", 1)[-1]) or None


def _names_own_file(item: Mapping[str, JSONValue], name: str) -> bool:
    """Return True when one of the record's addresses ends in its own file name."""
    folded = name.casefold()
    for value in itertools.islice(item.values(), _MAX_KEYS):
        if isinstance(value, str) and value.strip() != name and "/" in value:
            segment = _last_segment(value)
            if segment is not None and segment.casefold() == folded:
                return True
    return False


def recorded_file_records(items: Sequence[JSONValue]) -> frozenset[int]:
    """Return the positions of records that are a media listing's recorded files."""
    found: set[int] = set()
    for position, item in enumerate(items[:_MAX_SCAN]):
        if not isinstance(item, Mapping):
            continue
        name = _file_name(item)
        if name is not None and _names_own_file(item, name):
            found.add(position)
    return frozenset(found)
