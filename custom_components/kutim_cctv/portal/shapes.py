"""Shape-level reading of portal items: nested fields, identifiers and geometries.

Portals put a camera's fields in sub-objects (JSON:API ``attributes``, GeoJSON-like
``properties``, ``fields``, ``detail``), nest media and coordinates
(``stream: {hls}``, ``location: {coordinates: {lat, lng}}``) and name their ids in many
ways (``id_cctv``, ``kode``, ``mid``, ``uuid``…). This module flattens items into one
lookup table and picks the identifier field of a list from what looks like one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
import itertools
import re
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from .aliases import AREA_KEYS
from .media import is_image_url, is_mjpeg_url, is_stream_url
from .urls import hides_login
from .values import foreign_stream_value, norm_key, payload_sentinel

if TYPE_CHECKING:
    from .values import JSONValue

# Sub-objects that hold the item's own fields: their keys count as the item's keys.
# A site builder's CMS item keeps its own fields under ``fieldData`` (Webflow Data API v2).
FIELD_WRAPPERS = (
    *("attributes", "properties", "fields", "detail", "attrs", "info", "data", "field_data"),
)
# Sub-objects whose children are only read under their prefixed name (status.code is not
# an id, status.label is not a name).
_PREFIX_ONLY = ("status", "state", "meta", "metadata", "stats", "statistics", "summary")
# Sub-objects saying how a map draws the item (a CesiumJS or CZML billboard, an ArcGIS
# symbol): their image is the pin, never the camera's still. They are not read.
_DRAWING_KEYS = frozenset({"billboard", "symbol"})
# A video wall's or layout's tile placed on the screen (``position: {x: 2, y: 0, w: 1,
# h: 1}``, ``{row: 1, col: 2}``): screen cells, never a map position. Such an object
# holds only placement keys, a size or grid cell among them, or small whole x/y cells.
_PLACEMENT_HOLDERS = frozenset(
    {"position", "pos", "posisi", "placement", "layout", "rect", "cell", "grid", "slot"}
)
_PLACEMENT_KEYS = frozenset(
    {"x", "y", "z", "w", "h", "width", "height", "row", "col", "column", "rows", "cols"}
    | {"rowspan", "colspan", "row_span", "col_span", "z_index", "zindex", "order"}
)
_GRID_KEYS = _PLACEMENT_KEYS - {"x", "y", "z"}
_MAX_CELL = 64
# Field names that carry credentials: never read, at any depth.
_CREDENTIAL_WORDS = ("pass", "pwd", "user", "token", "secret", "auth", "credential", "login")
_NESTED_SECRET_WORDS = (*_CREDENTIAL_WORDS, "key", "cookie")
_MAX_DEPTH = 3
_MAX_KEYS = 256
_USERINFO = re.compile(r"^[a-z][a-z0-9+.-]*://[^/?#]*@", re.IGNORECASE)

# Identifier fields, best first.
_CAMERA_WORDS = frozenset(
    {"cctv", "camera", "cam", "kamera", "monitor", "marker", "ch", "channel", "device", "titik"}
    | {"camara", "cámara", "caméra", "telecamera", "webcam"}
)
# Words of an area relation's columns (``id_kecamatan``): no entity of the record itself.
_AREA_WORDS = frozenset(AREA_KEYS) | {"provinsi", "kabupaten", "kab", "prov", "negara"}
_STATUS_WORDS = frozenset({"status", "state", "kondisi", "http", "error", "response", "result"})
# A unique feature identifier (``UFID``, ``UFI``) is a mapping agency's key of each map
# feature (the Korean digital map's UFID, a city GIS's camera layer): unique like a uid.
_ID_WORDS = frozenset({"kode", "uuid", "guid", "mid", "uid", "ufid", "ufi"})
# Words of other languages' open data for an identifier and for a code (``identifiant``,
# ``kennung``, ``codigo``, ``codice``): read as ``id`` and ``code``.
_FOREIGN_ID_WORDS = frozenset(
    {"identifiant", "identificador", "identificativo", "identifier", "kennung", "kenner"}
    # Finnish, Icelandic, Nordic, Polish and Hungarian identifiers.
    | {"tunnus", "tunniste", "audkenni", "auðkenni", "identifikator", "identyfikator"}
    | {"azonosito", "azonosító"}
    # DATEX II's identification (``cctvCameraIdentification``).
    | {"identification"}
)
# A code or a number next to a camera word (``kode_cctv``, ``kamera_no``, ``camera_number``).
_CODE_WORDS = frozenset({"code", "no", "nr", "nomor", "num", "number"})
# A register's entry number (``no_registrasi``, ``registration_number``): the record's
# number in the register of cameras it lists, its id like a camera word's number.
_REGISTRATION_WORDS = frozenset({"registrasi", "registration", "register", "pendaftaran"})
_FOREIGN_CODE_WORDS = frozenset(
    {"codigo", "código", "codice", "cod", "numero", "número", "nummer", "numer", "númer"}
    | {"koodi", "kodi"}
)
# A measuring or weather station a road agency's camera belongs to (``stasjon_nr``,
# Icelandic ``Maelist_nr``): a number next to it is the camera's id like a camera word's.
_STATION_WORDS = frozenset(
    {"station", "stasjon", "stod", "stöð", "maelist", "maelistod", "mælistöð", "asema"}
    | {"stacja", "stanice", "stazione", "estacion", "estación", "estacao", "estação"}
)
# The place a record stands for (a monitoring ``site``, a ``station`` of any language): an
# id named only for it (``stationID``, ``siteId``, ``station_id``) is the record's own and
# beats a store's generated key (a MongoDB ObjectId ``_id``), after an id or a code named
# for the camera or device.
_OWN_PLACE_WORDS = _STATION_WORDS | {"site"}
# An observing platform (a buoy, a mooring, a shore station of an ERDDAP or OceanSITES
# dataset): its code (``platform_code``, ``PlatformCode``) is the record's id like a
# station's number, and its codes or ids may be written as words; the word alone is no id.
_PLATFORM_WORDS = frozenset({"platform"})
_OWN_PLACE_RANK = 1.45
_MAX_ID_LENGTH = 128
# A recorder's or streaming server's channel number (EasyNVR/LiveNVR ``Channel``, EZVIZ
# ``channelNo``, a Dahua relay's ``chan``) or the video input a recorder's channel is
# wired to (Hikvision ``inputPort``): without an id, a list of one recorder's channels is
# told apart by it. Its values are small whole numbers, unique across the list.
_CHANNEL_KEYS = frozenset(
    {"channel", "chn", "channel_no", "channel_number", "channel_num"}
    | {"chan", "chan_no", "chn_no", "input_port"}
)
_CHANNEL_RANK = 3.8
# A tuner's guide number (an HDHomeRun lineup's ``GuideNumber``: ``1.1``, ``105.1``, ``7``):
# the virtual channel number the tuner lists each channel by, whole or major.minor; ranked
# as a recorder's channel, and taken only when every value is such a number.
_GUIDE_NUMBER_KEYS = frozenset({"guide_number"})
_GUIDE_NUMBER = re.compile(r"[0-9]{1,4}(?:\.[0-9]{1,4})?")
_MAX_CHANNEL_NUMBER = 1024
_SUFFIX_ID = re.compile(r"[a-z]{3,}id")  # recordid, deviceid: unique values decide
# A name joined to its language's code (CogniCity's ``gaugenameid``, the Indonesian name
# beside ``gaugenameen``) is no id; the id of a name is written ``name_id``/``nameId``.
_LANGUAGE_NAME = re.compile(r"[a-z]*name(?:id|en)")
# An id joined to a camera word, or to its initial (a Laravel sync table's ``idc``, the
# upstream camera's id beside the table's own hidden key; ``cid`` is an alias).
_JOINED_ID = re.compile(
    r"id_?(?:cctv|camera|cam|kamera|monitor|titik|camara|webcam|c)"
    r"|(?:cctv|camera|cam|kamera|monitor|titik|camara|webcam)_?id"
)
# Values of a row hash or a random token, never chosen by the portal to name a camera:
# hex digests (md5, sha1, short hex ids), UUIDs, MongoDB ObjectIds, and tokens mixing
# upper case, lower case and digits (Airtable ``rec…`` ids, push ids).
_HEX_TOKEN = re.compile(r"[0-9a-f]{8,64}|[0-9A-F]{8,64}")
_RANDOM_TOKEN = re.compile(r"[A-Za-z0-9_-]{14,64}")
# A hash-like identifier column ranks after ids named for the camera (``camera_id``,
# ``idcamara``) and a code named for it (``cam_code``, ``kode_cctv``), and before every
# other kind of id (other codes, slugs, record numbers).
_HASH_RANK = 1.5
_CAMERA_CODE_RANK = 1.4
# The words of such a code: a code or number joined to the camera itself (never to a
# recorder's channel or a device).
_CAMERA_CODE_WORDS = frozenset({"code", "kode", "no", "nr", "nomor", "num", "number"})
OWN_CAMERA_WORDS = frozenset({"cctv", "camera", "cam", "kamera", "webcam", "camara"})
# An id named with its length (``id32``, ``id_64``: a 32-character hash id) is the
# record's id like a plain ``id``, and being a hash is what its name says, so it never
# yields as a hash does; other numbered ids (``id2``) are not ids.
_SIZED_ID = re.compile(r"id_?(?:16|24|32|36|64)")
# A record id named by one or two letters joined to ``id`` (a tourism register's ``rid``,
# ``oid``): the record's id only when every value is a GUID or a long hex key, and only
# after every id named otherwise.
_SHORT_JOINED_ID = re.compile(r"[a-z]{1,2}id")
_SHORT_JOINED_RANK = 3.9
# An identifier as a machine writes it: a GUID, or a hex key of 16 to 64 digits holding
# both digits and letters (an md5, a 32-digit record key). Never a place's or camera's name.
_LONG_HEX = re.compile(r"[0-9a-fA-F]{16,64}")


# The same words as one search each (a field name holding any of them), read in one pass.
_CREDENTIAL_SEARCH = re.compile("|".join(map(re.escape, _CREDENTIAL_WORDS)))
_NESTED_SECRET_SEARCH = re.compile("|".join(map(re.escape, _NESTED_SECRET_WORDS)))


def is_credential_key(key: str, *, nested: bool = False) -> bool:
    """Return True for a field name that carries a password, user name or token."""
    search = _NESTED_SECRET_SEARCH if nested else _CREDENTIAL_SEARCH
    return search.search(key) is not None


def has_userinfo(value: str) -> bool:
    """Return True for a URL written with user:password@ in it.

    A login whose password holds ``#``, ``?`` or ``/`` counts too, and so does an address
    that may be read either way (see ``urls.read_authority``).
    """
    text = value.strip()
    return bool(_USERINFO.match(text)) or ("@" in text and hides_login(text))


# GeoJSON geometry types (ArcGIS writes them in lower case): a ``type`` naming anything
# else (``"type": "Jalan"`` beside ``coordinates: {lat, lng}``) is the place's kind.
_GEOMETRY_TYPES = frozenset(
    {"point", "multipoint", "linestring", "multilinestring", "polygon", "multipolygon"}
    | {"geometrycollection"}
)


def is_geometry(value: JSONValue) -> bool:
    """Return True for a GeoJSON geometry object."""
    if not isinstance(value, dict):
        return False
    kind = value.get("type")
    return (
        isinstance(kind, str)
        and kind.lower() in _GEOMETRY_TYPES
        and ("coordinates" in value or "geometries" in value)
    )


def reading_value(value: JSONValue) -> JSONValue:
    """Return the value of a timestamped reading (``{ts, value}``), else value itself.

    An IoT platform's latest attribute or telemetry value (ThingsBoard's entity data
    ``latest.SERVER_ATTRIBUTE.latitude: {"ts": 1729480001000, "value": "-0.49"}``) is
    the value it carries; the reading's time is no field of the camera.
    """
    if not isinstance(value, dict) or len(value) != 2 or "value" not in value:
        return value
    stamp, inner = value.get("ts"), value["value"]
    if not isinstance(stamp, int) or isinstance(stamp, bool):
        return value
    return inner if inner is None or isinstance(inner, str | int | float | bool) else value


# A camera's media written as a tree of stream kind, live or recorded branch and rendition
# (a street-camera operator's ``MEDIA: {HLS: {LIVE: {MAIN, LOW_LATENCY}, ARCHIVE},
# SNAPSHOT: {LIVE: {MAIN, LOSSY}}}``, an own ``SNAPSHOT: {HD, LOSSY}``). A recorded branch
# (``archive``, ``recordings``, ``rekaman``…) holds recordings, never the live stream nor
# the still: an object or an address under such a key below the item's own fields is not
# read (nor is the item's own recorded block, ``ARCHIVE: {LINK}``). ``playback`` is no
# such word: a video platform's ``playback: {hls, dash}`` is its live stream's addresses.
RECORDING_KEYS = frozenset(
    {"archive", "archives", "arsip", "rekaman", "recording", "recordings", "recorded"}
    | {"replay", "replays"}
)
_LIVE_BRANCH_KEYS = frozenset({"live", "realtime", "langsung"})
# Renditions of one live stream, the one a player opens first ranked first: the main
# (full) rendition, then HD, then the reduced ones (low latency, sub-stream, lossy still).
_RENDITION_RANKS = {
    **dict.fromkeys(("main", "primary", "original", "source", "default", "utama"), 0),
    **dict.fromkeys(("hd", "fhd", "uhd", "high", "full", "best"), 1),
    **dict.fromkeys(("medium", "sd"), 2),
    **dict.fromkeys(("low_latency", "ll", "lowlatency"), 3),
    **dict.fromkeys(("low", "sub", "lossy", "mobile", "small"), 4),
}
_TREE_KEYS = RECORDING_KEYS | _LIVE_BRANCH_KEYS | frozenset(_RENDITION_RANKS)
_MAX_TREE_LEVELS = 3
_MAX_TREE_KEYS = 16


def recorded_branch(key: str, value: JSONValue) -> bool:
    """Return True for a recorded branch: an object or an address under a recording word."""
    if key not in RECORDING_KEYS:
        return False
    return isinstance(value, dict) or (isinstance(value, str) and "/" in value[:2048])


def media_tree_leaf(tree: Mapping[str, JSONValue], norm: Callable[[str], str]) -> str | None:
    """Return the live address a media tree names, or None when value is no such tree.

    A tree is an object whose keys are all live or recorded branches or renditions
    (``{LIVE: {MAIN, LOW_LATENCY}, ARCHIVE}``, ``{HD, LOSSY}``), at most three levels
    deep: the live branch is followed, recorded branches are never, and of renditions the
    best ranked filled one is taken (``_RENDITION_RANKS``, then the written order). A
    branch is filled only by an object or an address (``_address``): a placeholder such
    as ``n/a`` leaves it unfilled, so the renditions are ranked instead. The tree names
    its leaf only when all its live addresses are of one kind (``_leaf_kind``): a player
    page beside an HLS playlist, or an RTSP ``main`` beside an HLS ``sub``, gives None,
    and the tree's fields are left to the readers of nested fields. A tree holding only
    recordings, or an object naming anything else (``{STATUS, REASON}``,
    ``{combined, main}``), gives None.
    """
    node: Mapping[str, JSONValue] = tree
    for _ in range(_MAX_TREE_LEVELS):
        filled = _filled_branches(node, norm)
        if filled is None:
            return None
        live = [value for key, value in filled if key in _LIVE_BRANCH_KEYS]
        ranked = sorted(
            (_RENDITION_RANKS[key], order, value)
            for order, (key, value) in enumerate(filled)
            if key in _RENDITION_RANKS
        )
        chosen = live[0] if live else (ranked[0][2] if ranked else None)
        if isinstance(chosen, str):
            return chosen.strip() if len(_tree_kinds(tree, norm)) == 1 else None
        if not isinstance(chosen, dict):
            return None
        node = chosen
    return None


def _filled_branches(
    node: Mapping[str, JSONValue], norm: Callable[[str], str]
) -> list[tuple[str, JSONValue]] | None:
    """Return a tree node's live branches and renditions holding an object or an address.

    None when the node is no tree node (empty, too large, or a key that is no branch or
    rendition).
    """
    if not node or len(node) > _MAX_TREE_KEYS:
        return None
    keyed = [(norm(key), value) for key, value in node.items()]
    if any(key not in _TREE_KEYS for key, _ in keyed):
        return None
    return [
        (key, value)
        for key, value in keyed
        if key not in RECORDING_KEYS and (isinstance(value, dict) or _address(value))
    ]


def _tree_kinds(tree: Mapping[str, JSONValue], norm: Callable[[str], str]) -> set[str | None]:
    """Return the kinds of the live addresses of a media tree (recorded branches left out).

    Only tree nodes are walked (``_filled_branches``), at most three levels of at most 16
    keys each.
    """
    kinds: set[str | None] = set()
    level: list[Mapping[str, JSONValue]] = [tree]
    for _ in range(_MAX_TREE_LEVELS):
        below: list[Mapping[str, JSONValue]] = []
        for node in level:
            for _key, value in _filled_branches(node, norm) or ():
                if isinstance(value, dict):
                    below.append(value)
                elif isinstance(value, str):
                    kinds.add(_leaf_kind(value))
        level = below
    return kinds


def _leaf_kind(value: str) -> str | None:
    """Return what kind of address a media tree's leaf is (HLS, DASH, RTSP, MJPEG, still).

    A player page or an address of no known shape is None; RTMP, WebRTC and other
    streaming schemes are their scheme.
    """
    text = value.strip()[:2048]
    scheme = text.split("://", 1)[0].lower() if "://" in text[:16] else ""
    try:
        if is_mjpeg_url(text):
            return "mjpeg"
        if is_image_url(text):
            return "still"
        if scheme in {"rtsp", "rtsps"}:
            return "rtsp"
        if is_stream_url(text):
            return "dash" if urlsplit(text).path.lower().endswith(".mpd") else "hls"
    except ValueError:
        return None  # an address that cannot even be split (an unclosed IPv6 bracket)
    return scheme if scheme not in {"", "http", "https"} else None


def _address(value: JSONValue) -> bool:
    """Return True for a string written as an address or a path.

    An absolute address (a scheme or a leading ``/``), or a relative path or an address
    written from its host name (a ``/`` and a ``.`` in it, no space): a placeholder such
    as ``n/a``, ``N/A`` or ``-/-`` is none.
    """
    if not isinstance(value, str):
        return False
    text = value.strip()[:2048]
    if "/" not in text or " " in text[:256]:
        return False
    return "://" in text[:16] or text.startswith("/") or "." in text


def screen_placement(key: str, value: JSONValue, norm: Callable[[str], str]) -> bool:
    """Return True for a tile's place on a screen (``position: {x: 0, y: 2}``), no map's.

    The object sits under a position or layout word and holds only placement keys, all
    numbers: a size or grid cell among them (``w``, ``h``, ``row``, ``col``), or ``x`` and
    ``y`` both whole numbers from 0 to 64 (a wall's cells; no camera stands at whole
    degrees there, and Web Mercator metres are larger).
    """
    if key not in _PLACEMENT_HOLDERS or not isinstance(value, dict) or not value:
        return False
    if len(value) > len(_PLACEMENT_KEYS):
        return False
    fields = {norm(name): field for name, field in value.items()}
    if not fields.keys() <= _PLACEMENT_KEYS:
        return False
    if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in fields.values()):
        return False
    if not _GRID_KEYS.isdisjoint(fields):
        return True
    x, y = fields.get("x"), fields.get("y")
    return all(isinstance(v, int) and 0 <= v <= _MAX_CELL for v in (x, y))


def flat_index(
    item: Mapping[str, JSONValue], norm: Callable[[str], str]
) -> tuple[dict[str, JSONValue], frozenset[str]]:
    """Return an item's fields by canonical key, nested objects included, and its own keys.

    The item's own keys win, then the keys of field wrappers, then nested keys under
    their plain name (``stream.hls`` as ``hls``) and their prefixed name
    (``stream_hls``). Credentials and URLs with user information are left out of
    nested objects, a media tree's live address too (own or nested: it is written in a
    nested object). A foreign stream field (``url_flux``) is checked on the address it
    holds, a media tree's live address included.
    """
    index: dict[str, JSONValue] = {}
    for key, value in item.items():
        canonical = norm(key)
        if isinstance(value, dict) and (leaf := media_tree_leaf(value, norm)) is not None:
            if has_userinfo(leaf):
                continue  # a login written in a nested object, as below
            value = leaf  # an own media tree (``SNAPSHOT: {HD, LOSSY}``): its live address
        if canonical == "stream_url" and not foreign_stream_value(key, value):
            continue  # a data feed, radio or podcast named with a foreign stream word
        if not payload_sentinel(canonical, value):
            index.setdefault(canonical, value)
    for wrapper in FIELD_WRAPPERS:
        inner = index.get(wrapper)
        if isinstance(inner, dict) and not is_geometry(inner):
            for key, value in inner.items():
                canonical = norm(key)
                if not is_credential_key(canonical, nested=True) and "\0" not in canonical:
                    index.setdefault(canonical, value)
    own = frozenset(index)
    queue: list[tuple[str, dict[str, JSONValue], int, bool]] = [
        (key, value, 1, key in _PREFIX_ONLY)
        for key, value in list(index.items())
        if isinstance(value, dict)
        and key not in FIELD_WRAPPERS
        and key not in _DRAWING_KEYS
        and key not in RECORDING_KEYS
        and not screen_placement(key, value, norm)
    ]
    while queue and len(index) < _MAX_KEYS:
        prefix, obj, depth, prefix_only = queue.pop(0)
        if is_geometry(obj):
            continue
        for key, value in itertools.islice(obj.items(), _MAX_KEYS):
            canonical = norm(key)
            if is_credential_key(canonical, nested=True) or "\0" in canonical:
                continue  # a reader's NUL keys are only ever its item's own
            if isinstance(value, str) and has_userinfo(value):
                continue
            if recorded_branch(canonical, value):
                continue  # a recording (``HLS.ARCHIVE``), never the live stream
            value = reading_value(value)
            if isinstance(value, dict) and (leaf := media_tree_leaf(value, norm)) is not None:
                if has_userinfo(leaf):
                    continue  # the tree's live address written with a login
                value = leaf  # ``HLS: {LIVE: {MAIN, …}, ARCHIVE}``: its live address
            index.setdefault(f"{prefix}_{canonical}", value)
            if not prefix_only:
                index.setdefault(canonical, value)
            if (
                isinstance(value, dict)
                and depth < _MAX_DEPTH
                and canonical not in _DRAWING_KEYS
                and not screen_placement(canonical, value, norm)
            ):
                queue.append(
                    (canonical, value, depth + 1, prefix_only or canonical in _PREFIX_ONLY)
                )
    return index, own


# Record numbers of GIS and database exports (ArcGIS OBJECTID, QGIS/OGR fid, shp2pgsql
# gid): the record's id, after ids named for the camera.
_RECORD_IDS = frozenset({"objectid", "object_id", "fid", "ogc_fid", "gid"})
# Replication GUIDs (ArcGIS GlobalID): unique, but never what an export calls its record.
_GLOBAL_IDS = frozenset({"globalid", "global_id", "guid"})
_GUID = re.compile(r"\{?[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\}?")
_WEAK_RANK = 2.5
# A player playlist's item id (JW Player ``mediaid``, ``mediaId``): the item's own, before
# other joined ids of the item, such as the id of the feed it is published in (``feedid``,
# ``feedId``), which sort before it by name.
_MEDIA_ID_KEYS = frozenset({"mediaid", "media_id"})
_MEDIA_ID_RANK = 2.8
# Words of an id a record keeps from an earlier system (``legacy_cameraID``, ``old_id``):
# still an id when the record has no other, but after every current one.
_SUPERSEDED_WORDS = frozenset({"legacy", "old", "previous", "former", "deprecated"})
_SUPERSEDED_RANK = 3.2


def _id_rank(key: str) -> float | None:
    """Return how good a field name is as an identifier (lower is better), None if not."""
    key = key.removeprefix("$")  # system fields of a backend ($id of Appwrite)
    words = set(key.strip("_").split("_"))
    if words & _FOREIGN_ID_WORDS:
        words = (words - _FOREIGN_ID_WORDS) | {"id"}
    if words & _FOREIGN_CODE_WORDS:
        words = (words - _FOREIGN_CODE_WORDS) | {"code"}
        key = "_".join(sorted(words)) if len(words) > 1 else "code"
    if words & _STATUS_WORDS or words & _SESSION_ID_WORDS:
        return None
    if words & _SUPERSEDED_WORDS and len(words) > 1:
        # ``legacy_cameraID``: an older number, after the current id; ``old_views`` and
        # ``old_price`` are earlier values of no id.
        rest = "_".join(word for word in key.strip("_").split("_") if word not in _SUPERSEDED_WORDS)
        if rest and _id_rank(rest) is not None:
            return _SUPERSEDED_RANK
    if key in _MEDIA_ID_KEYS:
        return _MEDIA_ID_RANK
    if key in _RECORD_IDS:
        return _WEAK_RANK
    if key in _GLOBAL_IDS:
        return 3.5
    if key == "document_id":
        return -1  # a CMS's stable document id beats its per-version row id
    if key in ("id", "_id") or words == {"id"} or _SIZED_ID.fullmatch(key):
        return 0
    if "id" in words and words & _CAMERA_WORDS:
        return 1
    if len(words) == 2 and "id" in words and words & _OWN_PLACE_WORDS:
        return _OWN_PLACE_RANK  # ``stationID``; never a relation (``assoc_station_id``)
    if _JOINED_ID.fullmatch(key):
        return 1
    if words & _CAMERA_CODE_WORDS and words & OWN_CAMERA_WORDS and len(words) == 2:
        return _CAMERA_CODE_RANK  # the camera's own code (``cam_code``, ``kode_cctv``)
    if words & _ID_WORDS or (
        words & _CODE_WORDS
        and words & (_CAMERA_WORDS | _STATION_WORDS | _PLATFORM_WORDS | _REGISTRATION_WORDS)
    ):
        return 2
    if (
        "id" in words
        or key == "slug"
        or (_SUFFIX_ID.fullmatch(key) and not _LANGUAGE_NAME.fullmatch(key))
    ):
        return 3
    if key == "device_serial":
        return 1.9  # a camera cloud's device (EZVIZ ``deviceSerial``), before its channel
    if key in _CHANNEL_KEYS or key in _GUIDE_NUMBER_KEYS:
        return _CHANNEL_RANK  # a recorder's channel number: unique values decide
    if key in ("code", "kode_lokasi", "no_cctv", "index"):
        return 4
    if _SHORT_JOINED_ID.fullmatch(key) and key not in _SHORT_JOINED_EXCLUDED:
        return _SHORT_JOINED_RANK
    return None


# Words of an id naming a visitor's session or a secret (``sessionId``, ``csrf_token``,
# ``jwt_id``): never the camera's, and never to be shown.
_SESSION_ID_WORDS = frozenset({"session", "sessionid", "token", "secret", "csrf", "nonce", "jwt"})
# Short joined names that never identify a record: a session, a process, a parent.
_SHORT_JOINED_EXCLUDED = frozenset({"sid", "pid", "ppid", "tid", "said", "paid", "void", "aid"})


def _id_value(value: JSONValue, *, spaced: bool = False) -> str | None:
    """Return a value usable as an identifier, as text.

    Text with spaces names something rather than identifying it, except under a column
    named for a platform's code or id (``spaced``), whose codes are written as words
    (``PlatformCode: "King Edward Point"``).
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, str):
        text = value.strip()
        if text and len(text) <= _MAX_ID_LENGTH and "://" not in text:
            return text if spaced or " " not in text else None
    return None


def is_guid(value: JSONValue) -> bool:
    """Return True for a GUID/UUID value (``{6A1F3E2B-…}`` or ``6a1f3e2b-…``)."""
    return isinstance(value, str) and _GUID.fullmatch(value.strip()) is not None


# A date and a time of day written into an id (``cam-aegisgardur-20261205T0110``,
# ``hofn-brygga-2026-12-05T04:15:00Z``): the moment a feed rebuilt the entry or took its
# picture. Such an id changes at every update and identifies no camera. A year or a date
# alone (``KT-2019-0412``, ``20190114``) is part of a stable code.
_DATE_TIME_STAMP = re.compile(
    r"(?<!\d)(?:19|20)\d\d(?:"
    r"(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?"
    r"|-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])[T_ ](?:[01]\d|2[0-3]):?[0-5]\d(?::?[0-5]\d)?"
    r")(?!\d)"
)


def stamped_id(text: str) -> bool:
    """Return True for an id carrying a date-time stamp that changes at every update."""
    return len(text) <= _MAX_ID_LENGTH and _DATE_TIME_STAMP.search(text) is not None


def id_shaped(text: str) -> bool:
    """Return True for a value written as a machine identifier (a GUID, a long hex key)."""
    value = text.strip()
    if len(value) > 72:
        return False
    if _GUID.fullmatch(value):
        return True
    return (
        _LONG_HEX.fullmatch(value) is not None
        and any(c.isdigit() for c in value)
        and any(c.isalpha() for c in value)
    )


def is_id_key(key: str) -> bool:
    """Return True for a field named like an identifier or a code (``kode_cctv``, ``uid``)."""
    return _id_rank(key) is not None


# A cloud resource's own name (an AWS ARN, ``arn:aws:ivs:ap-southeast-3:123456789012:channel/
# abcdABCDefgh``; a URN, ``urn:ngsi-ld:Camera:cam-01``) under the record's own ``arn`` or
# ``urn`` field: the record's identifier when it has no id field. A field naming another
# resource (``recordingConfigurationArn``, ``channelArn`` of a stream key) is a relation.
_RESOURCE_ID_KEYS = ("arn", "resource_arn", "urn")
_ARN = re.compile(
    r"arn:aws(?:-[a-z]{1,12}){0,3}:[a-z0-9-]{1,40}:[a-z0-9-]{0,30}:[0-9]{0,12}:"
    r"([A-Za-z0-9_.-]{1,64})[/:][!-~]{1,96}"
)
_URN = re.compile(r"urn:[A-Za-z0-9][A-Za-z0-9-]{0,31}:[!-~]{1,96}")
# Resource types of keys and secrets (an IVS ``stream-key``, a Secrets Manager ``secret``,
# a ``playback-key-pair``): their names identify a credential, never a camera.
_SECRET_RESOURCE_WORDS = frozenset({"key", "secret", "pair", "token", "credential", "password"})


def resource_name_id(index: Mapping[str, JSONValue], own: Iterable[str]) -> str | None:
    """Return the record's own ARN or URN, its identifier when no id field names it.

    Only the record's own top-level ``arn``/``resource_arn``/``urn`` field counts, and
    only a value written as a resource name; an ARN of a key or secret resource (an IVS
    ``stream-key/…``) is never one.
    """
    fields = frozenset(own)
    for key in _RESOURCE_ID_KEYS:
        value = index.get(key) if key in fields else None
        if not isinstance(value, str) or len(value) > _MAX_ID_LENGTH:
            continue
        text = value.strip()
        if (arn := _ARN.fullmatch(text)) is not None:
            if _SECRET_RESOURCE_WORDS.isdisjoint(re.split(r"[-_.]", arn[1].lower())):
                return text
        elif key == "urn" and _URN.fullmatch(text):
            return text
    return None


def is_hash_like(text: str) -> bool:
    """Return True for an identifier that reads as a row hash or a random token.

    Hex digests and short hex ids (``8b4c2f1e``, an md5, a MongoDB ObjectId) mix digits
    and letters; UUIDs are GUIDs; random tokens (``recA1b2C3d4E5f6G7``) mix upper case,
    lower case and digits. Codes people write (``CAM-SGT-07``, ``KT-014``, ``101``,
    ``simpang-tiga``) are none of these.
    """
    if _GUID.fullmatch(text):
        return True
    if _HEX_TOKEN.fullmatch(text):
        # Digits and letters interleaved (``8b4c2f1e``, an ObjectId), not a word and a
        # number side by side (``ABCD1234``).
        return _class_runs(text)[0] >= 3
    if _RANDOM_TOKEN.fullmatch(text):
        # Random text switches between digits, lower and upper case often and never
        # holds a long word; words people join (``SimpangEmpat01``) do.
        runs, longest = _class_runs(text)
        has_digit = any(c.isdigit() for c in text)
        has_cases = any(c.islower() for c in text) and any(c.isupper() for c in text)
        return has_digit and has_cases and 5 * runs >= 2 * len(text) and longest <= 5
    return False


def _class_runs(text: str) -> tuple[int, int]:
    """Return the runs of digits, lower-case, upper-case and other characters in text.

    Also return the longest run of letters of one case.
    """
    runs = longest = length = 0
    previous = ""
    for char in text:
        kind = "d" if char.isdigit() else "l" if char.islower() else "u" if char.isupper() else "o"
        if kind != previous:
            runs += 1
            length = 0
        length += 1
        if kind in "lu":
            longest = max(longest, length)
        previous = kind
    return runs, longest


def yields_to_feature_id(key: str | None, value: JSONValue) -> bool:
    """Return True when a GeoJSON feature's own id beats the id field of its properties.

    Record numbers (``OBJECTID``, ``fid``), GUIDs (``GlobalID``, a uuid column) and
    other generic identifiers do; ids named for the camera (``id``, ``cctv_id``) do not.
    """
    if key is None:
        return True
    rank = _id_rank(key)
    return rank is None or rank >= _WEAK_RANK or is_guid(value)


# How a record's own columns name it after its entity (``NAMA_PINTU_AIR``, ``NamaPos``).
_ENTITY_NAME = re.compile(r"(?:nama|name|nm)_([a-z][a-z0-9_]{0,40})")
_MAX_ENTITY_KEYS = 256


def entity_columns(keys: Iterable[str]) -> dict[str, tuple[str, str]]:
    """Return the entities a record's columns are named after: their name and id columns.

    Database exports and stored procedures name a record's own columns after what it is
    (``ID_PINTU_AIR``, ``NAMA_PINTU_AIR``; ``IdPos``, ``NamaPos``): where a name column
    and an id column share that entity, they are the record's own name and id, before a
    location (``LOKASI``) or a station code (``KODE_STASIUN``). Relations to areas
    (``id_kecamatan``, ``nama_kecamatan``) are never the record's entity.
    """
    present = set(itertools.islice(keys, _MAX_ENTITY_KEYS))
    found: dict[str, tuple[str, str]] = {}
    for key in sorted(present):
        match = _ENTITY_NAME.fullmatch(key)
        if match is None:
            continue
        entity = match[1]
        if set(entity.split("_")) & _AREA_WORDS:
            continue
        for id_key in (f"id_{entity}", f"{entity}_id"):
            if id_key in present:
                found[entity] = (key, id_key)
                break
    return found


def choose_id_key(indexes: Iterable[Mapping[str, JSONValue]]) -> str | None:
    """Return the field that identifies the items of one list, or None.

    A candidate is named like an identifier, is never status-like, holds short scalar
    values, is present in most items and unique across them.
    """
    rows = list(itertools.islice(indexes, 500))
    if not rows:
        return None
    candidates: dict[str, float] = {}
    for row in rows[:50]:
        own_ids = {id_key for _name, id_key in entity_columns(row).values()}
        for key in row:
            if key in own_ids:
                candidates[key] = min(candidates.get(key, 1), 1)  # the record's own id column
            elif key not in candidates and (rank := _id_rank(key)) is not None:
                candidates[key] = rank
    best: tuple[float, str] | None = None
    for key, rank in candidates.items():
        spaced = not _PLATFORM_WORDS.isdisjoint(key.split("_"))
        values = [
            text for row in rows if (text := _id_value(row.get(key), spaced=spaced)) is not None
        ]
        if 2 * len(values) < len(rows) or len(set(values)) != len(values):
            continue
        if values and all(map(stamped_id, values[:100])):
            continue  # stamped at each update (``…-20261205T0110``): no camera's id
        if key in _GUIDE_NUMBER_KEYS:
            if not all(map(_GUIDE_NUMBER.fullmatch, values)):
                continue  # a guide number is a virtual channel number, never a word
        elif rank == _CHANNEL_RANK and not all(map(_channel_number, values)):
            continue  # a channel number is a small whole number (never a port or a code)
        if rank == _SHORT_JOINED_RANK and not (values and all(map(id_shaped, values[:100]))):
            continue  # ``rid`` is the record's id only as a GUID or a long hex key
        if rank == 4 and len(rows) == 1 and values and values[0].isdigit():
            continue  # a lone numeric "code" is more likely a status code than an id
        if values and all(map(is_hash_like, values[:100])) and not _SIZED_ID.fullmatch(key):
            rank = max(rank, _HASH_RANK)  # a row hash yields to an id named for the camera
        if best is None or (rank, key) < best:
            best = (rank, key)
    if best is not None and best[0] == 0:
        return (
            _tile_camera_key(rows, candidates)
            or _camera_code_key(rows, candidates, best[1])
            or best[1]
        )
    if best is not None and (joined := _joined_stream_key(rows, best[1])) is not None:
        return joined
    return best[1] if best else _code_keys(rows)


# A media server names the stream of a GB28181 channel after the device and the channel
# together (LiveGBS' ``StreamID``, wvp-GB28181's ``stream``/``streamId``:
# ``64080200001180000001_64080200001320000001``): a channel id is unique only inside its
# device, so a stream record's own id is that joined name.
_JOINED_STREAM_KEYS = ("stream_id", "streamid", "stream")
_JOIN_SEPARATORS = ("_", "-", ":", "/")
_MAX_JOIN_FIELDS = 64


def _joined_stream_key(rows: list[Mapping[str, JSONValue]], best: str) -> str | None:
    """Return the stream field naming each row after another id and the best id.

    Every row has it, unique, written as another of the row's id fields (its device),
    a separator and the best id field's value (its channel): ``device_channel``.
    """
    for key in _JOINED_STREAM_KEYS:
        if key == best:
            continue
        values: list[str] = []
        for row in rows:
            joined, own = row.get(key), _id_value(row.get(best))
            if not isinstance(joined, str) or own is None or not _joins(row, joined, own, best):
                break
            values.append(joined)
        else:
            if values and len(set(values)) == len(values):
                return key
    return None


def _joins(row: Mapping[str, JSONValue], joined: str, own: str, best: str) -> bool:
    """Return True when joined is another id field's value, a separator and own."""
    for separator in _JOIN_SEPARATORS:
        head, mark, tail = joined.rpartition(separator)
        if not mark or tail != own or not head:
            continue
        for key, value in itertools.islice(row.items(), _MAX_JOIN_FIELDS):
            if key != best and is_id_key(key) and _id_value(value) == head:
                return True
    return False


# A record's ``key`` holding its code (a transport department's camera ``key: "H429F"``,
# a webcam list's ``key: "gl-n12"``): letters of one case and digits, with separators.
_KEY_CODE = re.compile(r"[A-Z0-9]+(?:[-_.:][A-Z0-9]+)*|[a-z0-9]+(?:[-_.:][a-z0-9]+)*")
_MAX_KEY_CODE = 24
_MIN_KEY_ROWS = 2
# Addresses an encoder publishes to: a ``key`` beside one is the publisher's secret.
_PUSH_PREFIXES = ("rtmp://", "rtmps://", "srt://")
_MAX_KEY_FIELDS = 64


def _code_keys(rows: list[Mapping[str, JSONValue]]) -> str | None:
    """Return ``key`` when it holds the code of every item of a list with no id field.

    A list keyed by code (Hong Kong Transport Department's ``key``, as its XML list names
    each camera, carried over into a map's inline list) identifies each item by it: a
    short code of letters of one case and digits holding a letter and a digit, present
    and unique in every row of two or more. A table's row keys (``1``, ``2``), API keys
    and passwords (mixed case: ``AIza…``), hashes and a key beside an address an encoder
    publishes to (``rtmp://``) are no code.
    """
    if len(rows) < _MIN_KEY_ROWS:
        return None
    texts: list[str] = []
    for row in rows:
        text = _id_value(row.get("key"))
        if text is None or len(text) > _MAX_KEY_CODE or not _KEY_CODE.fullmatch(text):
            return None
        if not any(c.isdigit() for c in text) or not any(c.isalpha() for c in text):
            return None
        for value in itertools.islice(row.values(), _MAX_KEY_FIELDS):
            if isinstance(value, str) and value[:8].lower().startswith(_PUSH_PREFIXES):
                return None
        texts.append(text)
    if len(set(texts)) != len(texts) or any(map(_token_key, texts)):
        return None
    return "key"


# What a list's render keys are named for: the item's position (``item-0``, ``row-1``).
_ROW_KEY_WORDS = frozenset(
    {"item", "row", "key", "index", "idx", "entry", "node", "el", "elem", "element", "li"}
    | {"marker", "record", "rec", "obj"}
)
_KEY_PART = re.compile(r"[^-_.:]+")
_TRAILING_NUMBER = re.compile(r"(.*?)[-_.:]?[0-9]+")
_MAX_CODE_RUNS = 3


def _token_key(text: str) -> bool:
    """Return True for a ``key`` that is a secret or a position, never a code.

    A part that reads as a hash (``sk_live_8f3a9c2b1d7e4f60``) or switches between letters
    and digits more than a code does (``live_x7k2p9q4``; codes write ``H429F``) is a
    token a service issued; a key named for the item's place in its list (``item-0``,
    ``row-12``) is a render key that moves with the list.
    """
    for part in _KEY_PART.findall(text):
        if is_hash_like(part) or _class_runs(part)[0] > _MAX_CODE_RUNS:
            return True
    position = _TRAILING_NUMBER.fullmatch(text)
    return position is not None and position.group(1).lower() in _ROW_KEY_WORDS


# A channel as a recorder labels it: its number, or a short prefix and its number (``CH01``,
# a Hikvision or Dahua recorder's IP channel ``D1``, ``IP3``).
_CHANNEL_LABEL = re.compile(r"(?:(?:ch|chn|d|ip|cam)[-_ ]?)?([0-9]{1,4})", re.IGNORECASE)


def _channel_number(text: str) -> bool:
    """Return True for a recorder's channel or input number (``0``, ``16``, ``CH01``, ``D1``)."""
    label = _CHANNEL_LABEL.fullmatch(text) if len(text) <= 8 else None
    return label is not None and int(label.group(1)) <= _MAX_CHANNEL_NUMBER


# A camera's number in another list than the platform's (``Camera nummer``, ``kamera_nr``).
_NUMBER_WORDS = frozenset(
    {"no", "nr", "nomor", "num", "number", "numero", "número", "nummer", "numer", "númer"}
)


def _row_numbers(rows: list[Mapping[str, JSONValue]], key: str) -> bool:
    """Return True when a list's generic id holds only whole numbers (its row numbers)."""
    values = [row.get(key) for row in rows if key in row]
    return bool(values) and all(
        (isinstance(v, int) and not isinstance(v, bool)) or (isinstance(v, str) and v.isdigit())
        for v in values
    )


# Words of a dataset's own record id column beside a store's row number (``REC_ID``,
# ``record_id``, ``SITE_ID``, ``feature_id``).
_OWN_RECORD_WORDS = frozenset(
    {"rec", "record", "entry", "item", "feature", "site", "object", "loc", "location"}
)


def _record_id_key(
    rows: list[Mapping[str, JSONValue]], candidates: dict[str, float], generic: str
) -> str | None:
    """Return the dataset's own record id beside a store's row number (``_id``), if any.

    A data store numbers the rows it holds (CKAN DataStore's ``_id``: 1, 2, 3 …) while
    the dataset keeps each record's id in a column of its own (``REC_ID``, ``site_id``):
    that id, in every row, unique and not the row numbers again, is the record's. A
    plain ``id`` column of the dataset (``Id: "TPE-CCTV-0012"``) is looked at first.
    """
    numbers = [_id_value(row.get(generic)) for row in rows]
    for key in sorted(candidates, key=lambda name: (name != "id", name)):
        words = set(key.split("_"))
        if key != "id" and (key.startswith("_") or "id" not in words or len(words) != 2):
            continue
        if not words - {"id"} <= _OWN_RECORD_WORDS | _CAMERA_WORDS | _STATION_WORDS:
            continue
        texts = [_id_value(row.get(key)) for row in rows]
        if any(text is None for text in texts) or len(set(texts)) != len(texts):
            continue
        if texts != numbers:
            return key
    return None


def _tile_camera_key(
    rows: list[Mapping[str, JSONValue]], candidates: dict[str, float]
) -> str | None:
    """Return the camera id column of a video wall's tiles, over the tiles' own ids.

    A wall or layout lists its tiles, each placed on the screen (``position: {x, y}``)
    and showing one camera (``{id: "tile-1", cameraId: "CAM-07"}``): the camera's id,
    present and distinct in every tile, is the camera's identity, the tile's is not.
    """
    if not all(
        any(screen_placement(key, value, norm_key) for key, value in row.items()) for row in rows
    ):
        return None
    for key in sorted(candidates):
        words = set(key.split("_"))
        if candidates[key] != 1 or "id" not in words or not words & _CAMERA_WORDS:
            continue
        texts = [_id_value(row.get(key)) for row in rows]
        if None not in texts and len(set(texts)) == len(texts):
            return key
    return None


def _camera_code_key(
    rows: list[Mapping[str, JSONValue]], candidates: dict[str, float], generic: str
) -> str | None:
    """Return a camera code column that identifies the cameras better than a row number.

    A list platform numbers its rows itself (SharePoint list items' ``Id``, a datastore's
    ``_id``) while its users keep the camera's own number in a column named for it
    (``Camera nummer``, ``kamera_nr``): that number, written with letters and digits and
    unique in every row, is the camera's identity. A code column (``kode_kamera``,
    ``camera_code``) beside a record's id is an attribute of the record and leaves it.
    A store's own row numbers under a system name (a datastore's ``_id``) yield to an
    id column named for the camera (``camera_id: "GC-BC-01"``) too, and to the camera's
    own code (``kode_cctv: "KTM-CCTV-0101"``, ``camera_code: "0412"``).
    """
    if not _row_numbers(rows, generic):
        return None
    system_rows = generic.startswith("_")
    if system_rows and (own := _record_id_key(rows, candidates, generic)) is not None:
        return own
    if system_rows and (code := _system_rows_code_key(rows, candidates, generic)) is not None:
        return code
    for key in sorted(candidates):
        words = set(key.split("_"))
        if not words & (_CAMERA_WORDS | _STATION_WORDS) or key.startswith("_"):
            continue
        if "id" in words:
            if not system_rows:
                continue  # a camera id beside the record's own id leaves the id
        elif not words & _NUMBER_WORDS:
            continue  # a code column (``kode_titik``) beside a record id leaves the id
        values = [_id_value(row.get(key)) for row in rows]
        texts = [text for text in values if text is not None]
        if len(texts) != len(rows) or len(set(texts)) != len(texts):
            continue
        if all(any(c.isalpha() for c in t) and any(c.isdigit() for c in t) for t in texts):
            if not any(map(is_hash_like, texts[:100])):
                return key
    return None


def _system_rows_code_key(
    rows: list[Mapping[str, JSONValue]], candidates: dict[str, float], generic: str
) -> str | None:
    """Return the camera's own code column beside a store's row numbers (``_id``), if any.

    A data store numbers the rows it holds (CKAN DataStore's ``_id``) while the dataset
    keeps each camera's code in a column named for it (``kode_cctv``, ``camera_code``,
    ``cctv_code``): that code, in every row, unique, no hash and not the row numbers
    again, is the camera's. A code named for something else (``kode_opd`` an office,
    ``kode_kecamatan`` a district) or a bare ``code`` leaves the row number.
    """
    numbers = [_id_value(row.get(generic)) for row in rows]
    for key in sorted(candidates):
        if candidates[key] != _CAMERA_CODE_RANK or key.startswith("_"):
            continue
        texts = [_id_value(row.get(key)) for row in rows]
        if any(text is None for text in texts) or len(set(texts)) != len(texts):
            continue
        codes = [text for text in texts if text is not None]
        if texts == numbers or any(map(is_hash_like, codes[:100])):
            continue
        return key
    return None
