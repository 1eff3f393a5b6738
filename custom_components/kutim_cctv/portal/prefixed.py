"""Fields of a record that share its table's prefix (``ga_code``, ``ga_nama``, ``ga_prov``).

A GIS layer or a database view often keeps the short prefix of the table a column comes
from on every column (``ga_code``, ``ga_nama_gapi``, ``ga_prov_gvp`` beside a joined
table's ``cu_status``). Without the prefix the columns read like any record's: the code
is the id, the province places the camera when nothing finer does.

A camera table may instead end every column with its camera word (``type_cctv``,
``link_cctv``, ``kota_cctv``, ``lat_cctv``): without that suffix the columns read like
the plain fields (``link``, ``kota``, ``lat``).
"""

from __future__ import annotations

from collections.abc import Mapping
import itertools
import re
from typing import TYPE_CHECKING

from .aliases import ALIAS_KEYS, ATTRIBUTE_WORDS
from .shapes import is_id_key

if TYPE_CHECKING:
    from .values import JSONValue

# A table's prefix: one to four letters before the first underscore.
_PREFIX = re.compile(r"([a-z]{1,4})_[a-z]")
# Prefixes that are words of the field itself (``cam_url``, ``is_active``, ``img_src``),
# not a table's short name.
_WORD_PREFIXES = frozenset(
    {"cctv", "cam", "kam", "web", "img", "pic", "url", "geo", "loc", "lat", "lng", "lon"}
    | {"is", "has", "can", "no", "nr", "id", "kd", "nm", "the", "my", "old", "new", "alt"}
    | {"max", "min", "last", "first", "next", "prev", "user", "date", "time", "live"}
    | {"link", "src", "nama", "name", "type", "tipe", "jam", "tgl", "hls", "rtsp", "snap"}
)
# How many of a record's fields share the prefix, and how many fields are looked at.
_MIN_PREFIXED = 3
_MAX_FIELDS = 64
# Words of a province field (``prov``, ``provinsi``, ``propinsi``, ``province``).
_PROVINCE_WORDS = frozenset({"prov", "provinsi", "propinsi", "province", "provincia"})
_LETTER = re.compile(r"[^\W\d_]")
_MAX_TEXT = 80


def table_prefix(own: frozenset[str] | Mapping[str, JSONValue]) -> str | None:
    """Return the prefix most of a record's own fields share (``ga_``), else None.

    At least three fields, and more than half of all, carry it; a prefix that is a word
    of the fields themselves (``cam_``, ``is_``) is none.
    """
    keys = list(itertools.islice(own, _MAX_FIELDS))
    counts: dict[str, int] = {}
    for key in keys:
        if (match := _PREFIX.match(key)) is not None:
            counts[match.group(1)] = counts.get(match.group(1), 0) + 1
    if not counts:
        return None
    prefix, count = max(counts.items(), key=lambda pair: pair[1])
    if count < _MIN_PREFIXED or 2 * count <= len(keys) or prefix in _WORD_PREFIXES:
        return None
    if prefix in ATTRIBUTE_WORDS:
        return None
    return f"{prefix}_"


def unprefixed(
    index: dict[str, JSONValue], own: frozenset[str], prefix: str | None
) -> tuple[dict[str, JSONValue], frozenset[str]]:
    """Return the record's fields with each prefixed one also under its plain name.

    A field the record has under the plain name already keeps its value.
    """
    if prefix is None:
        return index, own
    added: dict[str, JSONValue] = {}
    for key in [key for key in index if key in own][:_MAX_FIELDS]:
        if key.startswith(prefix) and len(key) > len(prefix):
            plain = key[len(prefix) :]
            if plain not in index:
                added.setdefault(plain, index[key])
    if not added:
        return index, own
    return {**index, **added}, own | frozenset(added)


def prefixed_province(index: Mapping[str, JSONValue], prefix: str | None) -> str | None:
    """Return the province a table-prefixed record's province column names, else None.

    ``ga_prov_gvp: "Jawa Timur"``: the column's first word after the prefix is a
    province word; the value is a name (letters, not a code number).
    """
    if prefix is None:
        return None
    for key in itertools.islice(index, _MAX_FIELDS):
        if not key.startswith(prefix):
            continue
        words = key[len(prefix) :].split("_")
        if words[0] not in _PROVINCE_WORDS or not isinstance(value := index[key], str):
            continue
        text = " ".join(value.split())
        if text and len(text) <= _MAX_TEXT and _LETTER.search(text):
            return text
    return None


# Camera words a camera table may end each of its columns with (``link_cctv``); a kind
# column beside them (``type_cctv``, ``cctv_jenis``) is read without them too.
CAMERA_FIELD_WORDS = frozenset({"cctv", "camera", "cam", "kamera", "webcam"})


def camera_suffix(own: frozenset[str] | Mapping[str, JSONValue]) -> str | None:
    """Return the camera word most of a record's own fields end with (``_cctv``), else None.

    At least three fields, and more than half of all, end with it after a word of their
    own (``type_cctv``, ``link_cctv``); ``cctv`` alone or ``id_cctv``-like ids count too.
    """
    keys = list(itertools.islice(own, _MAX_FIELDS))
    counts: dict[str, int] = {}
    for key in keys:
        head, _, tail = key.rpartition("_")
        if tail in CAMERA_FIELD_WORDS and _LETTER.search(head):
            counts[tail] = counts.get(tail, 0) + 1
    if not counts:
        return None
    suffix, count = max(counts.items(), key=lambda pair: pair[1])
    if count < _MIN_PREFIXED or 2 * count <= len(keys):
        return None
    return f"_{suffix}"


def unsuffixed(
    index: dict[str, JSONValue], own: frozenset[str], suffix: str | None
) -> tuple[dict[str, JSONValue], frozenset[str]]:
    """Return the record's fields with each suffixed one under its plain name instead.

    ``link_cctv`` becomes ``link``, in place. A field already known by its framed name
    (``nama_cctv``, ``lokasi_cctv``, an id such as ``kode_cctv``) keeps it, as does one
    whose plain name the record has already.
    """
    if suffix is None:
        return index, own
    renamed: dict[str, JSONValue] = {}
    moved: dict[str, str] = {}
    for position, (key, value) in enumerate(index.items()):
        plain = key[: -len(suffix)]
        if (
            position < _MAX_FIELDS
            and key in own
            and key.endswith(suffix)
            and _LETTER.search(plain)
            and plain not in index
            and plain not in renamed
            and key not in ALIAS_KEYS
            and not is_id_key(key)
        ):
            moved[key] = plain
            renamed[plain] = value
        else:
            renamed.setdefault(key, value)
    if not moved:
        return index, own
    return renamed, frozenset(moved.get(key, key) for key in own)
