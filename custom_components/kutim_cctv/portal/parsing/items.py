"""Finding the list of cameras in a JSON value and turning it into a parse result."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
import itertools
import re
from typing import TypeGuard
from urllib.parse import urlsplit

from ..aliases import (
    ALIAS_KEYS,
    AREA_KEYS,
    COURSE_WORDS,
    ID_KEYS,
    LINK_LIST_KEYS,
    LOCATION_NAME_KEYS,
    MJPEG_KEYS,
    NAME_KEYS,
    PLACE_LIST_KEYS,
    QUALITY_RANKS,
    RECORD_WRAPPER_KEYS,
    SNAPSHOT_KEYS,
    STREAM_KEYS,
    WEBCAM_WORDS,
    feed_record,
)
from ..errors import PortalFormatError
from ..fieldurls import looks_like_url, url_host, url_kind, without_query_login
from ..media import sound_address
from ..models import MAX_CAMERAS, Camera, ParseResult, PortalFormat
from ..normalise import (
    MAX_UNUSABLE_ENTRIES,
    Context,
    Notes,
    dedupe,
    holds_primary_stream,
    id_keyed_cameras,
    normalise_items,
    publishing_key,
    video_address,
)
from ..playerpage import is_platform_embed
from ..policy import is_never_allowed_host, is_public_host
from ..position import is_web_mercator, written_lat_first
from ..shapes import RECORDING_KEYS, media_tree_leaf
from ..values import JSONObject, JSONValue, base64_markup, clean_text, index_keys, norm_key
from ..viewerlinks import host_and_path, names_camera
from .answerplace import answer_area
from .decode import _decoded
from .diagnose import describe_json
from .framework import gatsby_page_data, livewire_update_data, sveltekit_data
from .grouptree import group_tree_items
from .hostpaths import hosted_paths
from .hubdevices import hub_device_records
from .keyedtree import keyed_tree_items
from .lookups import resolve_document_lookups
from .pageonly import without_page_entries
from .parallellists import parallel_list_records
from .playerlinkmaps import player_link_records
from .queryanswers import solr_documents, sparql_records
from .relations import resolve_relations
from .servers import server_items
from .sitemapwidgets import sitemap_widgets
from .startpages import start_page_cameras
from .statetables import give_document_states
from .tablists import tab_list_records
from .tabular import table_items
from .takvideo import tak_connection_feeds
from .topojson import topology_features
from .tuplegroups import tuple_group_records
from .typedrecords import plain_record, related_records
from .webcamlists import kind_camera_lists, priced_list
from .webmaps import webmap_features

type Items = list[tuple[str | None, JSONValue]]

_NO_LIST = "No camera list found in the portal answer"

WRAPPER_KEYS = (
    "data",
    "items",
    "result",
    "results",
    "records",
    "rows",
    "markers",
    "cctv",
    "cctvs",
    "cameras",
    "camera",
    "kamera",
    "list",
    "features",
    "locations",
    "points",
    "payload",
    "response",
    "content",
    "aa_data",  # DataTables 1.9 server-side answers
)
# Keys of a group's own camera list (``{"cameras": [...]}``), never a sub-group's name.
_LIST_HOLDERS = frozenset(WRAPPER_KEYS + LINK_LIST_KEYS + ("webcams",))
# Keys holding an object of camera records beside an answer's other blocks.
_TITLED_HOLDERS = ("webcams", "cams", "cameras", "cctv", "kamera")
_MEDIA_KEYS = frozenset(STREAM_KEYS + SNAPSHOT_KEYS + MJPEG_KEYS + ("stream_key",))
_MEDIA_HINT = re.compile(r"\.m3u8|\.mpd|\.mjpe?g|\.jpe?g|\.png|^rtsps?://", re.IGNORECASE)
# A media element of popup markup: a picture, a video, a frame or a link with its address.
_MARKUP_MEDIA = re.compile(
    r"<(?:img|video|source|iframe|a)\b[^>]{0,400}?\b(?:src|href)\s*=", re.IGNORECASE
)
_MAX_SEARCH_DEPTH = 3
# Envelope objects (``payload``, ``result``, ``data``) searched as answers of their own
# when the search below the answer finds no camera: how deep, and how many per level.
_MAX_ENVELOPES = 2
_MAX_ENVELOPE_OBJECTS = 4
_MAX_SUBGROUPS = 500
# The field a camera of a nested group is given its innermost group's name under: the
# first of the area aliases, so that it goes before the camera's own coarser area.
_GROUP_AREA = AREA_KEYS[0]
_KEY_ID = "key_id"
"""Field a camera keyed by its id inside a group carries that key under."""
_MAX_TITLE = 60
"""A portal's own name longer than this is shortened: it becomes an entry title."""
_MAX_TITLE_SOURCE = 512
"""Text of a title element read at most: a hostile page cannot grow it without bound."""

# ---------------------------------------------------------------------------
# Finding the list of cameras in a JSON value
# ---------------------------------------------------------------------------


def _has_dicts(value: JSONValue) -> bool:
    """Return True when value is a list holding at least one object."""
    return isinstance(value, list) and any(isinstance(item, dict) for item in value)


def _only_empty(value: JSONValue) -> bool:
    """Return True for a non-empty list whose entries are all empty objects."""
    return isinstance(value, list) and bool(value) and all(item == {} for item in value)


def _camera_like(item: JSONValue, depth: int = 2) -> bool:
    """Return True when an object carries something a camera would carry."""
    if not isinstance(item, dict) or depth < 0:
        return False
    properties = item.get("properties")
    if isinstance(properties, dict) and _camera_like(properties, depth - 1):
        return True
    keys = index_keys(item)
    for key, value in keys.items():
        if isinstance(value, str):
            if key in _MEDIA_KEYS and value.strip():
                return True
            if looks_like_url(value) and _MEDIA_HINT.search(value):
                return True
            if feed_record(key, keys) and is_platform_embed(value):
                return True  # a live-cam network's feed (``feedUrl: …/embed/…``)
            if (markup := base64_markup(value)) is not None and _MARKUP_MEDIA.search(markup):
                return True  # Base64 popup markup holding a picture, video or player
        elif (
            key in LINK_LIST_KEYS
            and isinstance(value, list)
            and any(_camera_like(link, depth - 1) for link in value[:20])
        ):
            return True
    return False


def _media_record_entry(item: JSONValue) -> bool:
    """Return True for a group's entry carrying a medium written as an object.

    Read only for the lists of a map of groups (``_keyed_groups``): the entry's media
    field holds an object whose own address is the medium (``image: {url, width}``).
    """
    if not isinstance(item, dict):
        return False
    fields = itertools.islice(item.items(), _MAX_MEDIA_RECORD_FIELDS * 4)
    return any(
        norm_key(key) in _RECORD_MEDIA_KEYS and _media_record(value) for key, value in fields
    )


# Fields of a media object naming its address (``image: {url, width, height}``).
_MEDIA_RECORD_URL_KEYS = ("url", "src", "href", "uri")


def _media_record(value: JSONValue) -> bool:
    """Return True for a media field's object whose own address is a medium.

    A camera written with its picture as an object (a ferry app's ``image: {url,
    width, height}``, a CMS upload's ``picture: {url, mime, formats}``) carries that picture as its string would: the object's ``url``
    (``src``, ``href``, ``uri``) is an address of a medium's shape (a still, a playlist,
    motion JPEG, RTSP). An object of other fields, or whose address is a page, is none.
    """
    if not isinstance(value, dict) or len(value) > _MAX_MEDIA_RECORD_FIELDS:
        return False
    for key in _MEDIA_RECORD_URL_KEYS:
        url = value.get(key)
        if isinstance(url, str) and looks_like_url(url) and _MEDIA_HINT.search(url):
            return True
    return False


_MAX_MEDIA_RECORD_FIELDS = 16
# A group entry's fields that may hold its medium as an object: the media fields, and the
# words a CMS media field or a player's live source is named by (``picture: {url, mime}``,
# ``live: {url}``); the object's own address must still be a medium's.
_RECORD_MEDIA_KEYS = _MEDIA_KEYS | {"picture", "pic", "video", "live", "media"}


def _keyed(obj: JSONObject) -> Items | None:
    """Return the entries of an object keyed by camera id, or None if it is not one."""
    values = list(obj.values())
    if not values or not all(isinstance(value, dict) for value in values):
        return None
    if not any(_camera_like(value) or _media_tree_record(value) for value in values[:50]):
        return None
    return [(key, value) for key, value in obj.items()]


# An entry's own keys holding its media in an object of their own: a media holder
# (``MEDIA: {HLS: {LIVE: {MAIN}}, SNAPSHOT: {LIVE: {LOSSY}}}``) or a media kind
# (``hls: {live: {main}}``, ``snapshot: {hd, lossy}``).
_MEDIA_TREE_HOLDERS = frozenset({"media", "medias", "streams", "urls", "sources", "video"})
_MAX_TREE_LOOK = 64


def _media_tree_record(item: JSONValue) -> bool:
    """Return True for a record whose live media sit in a nested media tree.

    A street-camera operator's records keyed by camera id (``{"1021": {UUID, NAME,
    POSITION, MEDIA: {HLS: {LIVE: {MAIN}}, SNAPSHOT: {LIVE: {LOSSY}}}}}``) carry no
    media in their own fields: a media kind among the first fields, alone or in a media
    holder, whose object is a tree of live or recorded branches and renditions
    (``shapes.media_tree_leaf``) naming a live address a camera's field would carry.
    A group's object of cameras (``{"cam-1": {…}}``), one record's outputs keyed by
    format (``streams: {hls: {url}, flv: {url}}``) or renditions holding objects
    (``sources: {main: {src}}``) are no such tree; a tree holding only recordings
    (``HLS: {ARCHIVE}``) names nothing.
    """
    if not isinstance(item, dict):
        return False
    for key, value in itertools.islice(item.items(), _MAX_TREE_LOOK):
        canonical = norm_key(key)
        if not isinstance(value, dict) or canonical in RECORDING_KEYS:
            continue
        if canonical in _MEDIA_KEYS and _live_tree(canonical, value):
            return True
        if canonical in _MEDIA_TREE_HOLDERS and any(
            _live_tree(norm_key(kind), tree)
            for kind, tree in itertools.islice(value.items(), _MAX_TREE_LOOK)
            if isinstance(tree, dict)
        ):
            return True
    return False


def _live_tree(kind: str, tree: JSONObject) -> bool:
    """Return True when a media kind's tree names a live address a camera would carry."""
    if kind in RECORDING_KEYS or (leaf := media_tree_leaf(tree, norm_key)) is None:
        return False
    return _camera_like({kind: leaf}, 0)


def _keyed_cameras(obj: JSONObject) -> Items | None:
    """Return the entries of an object keyed by camera id that are cameras themselves.

    Entries must carry media in their own fields: groups of cameras do not count.
    """
    keyed = _keyed(obj)
    if keyed is None:
        return None
    entries = [entry for _, entry in keyed[:50]]
    if any(
        isinstance(entry, dict) and any(_has_dicts(v) for v in entry.values()) for entry in entries
    ):
        return None
    return keyed if any(_camera_like(entry, 0) for entry in entries) else None


_NAMED_URL = re.compile(r"(?:https?://|/)[^\s<>\"']{1,2047}")
_MAX_NAME_KEY = 120


def _named_urls(value: JSONValue) -> Items | None:
    """Return the cameras of an object mapping camera names to media addresses.

    A small webcam server's answer (``{cameras: {"Nordwest": "/snap/nw.jpg?…"}}``)
    names each camera by its key, read by a page looping ``Object.keys(data.cameras)``.
    Every value (two or more) must be an absolute or root-relative picture or video
    address and no key a field name (``{camera: {hls, image}}`` is one camera's fields).
    """
    if not isinstance(value, dict) or not 2 <= len(value) <= MAX_CAMERAS:
        return None
    found: Items = []
    for key, url in value.items():
        name = " ".join(key.split())
        if not name or len(name) > _MAX_NAME_KEY or norm_key(name) in ALIAS_KEYS:
            return None
        if not isinstance(url, str) or not _NAMED_URL.fullmatch(url.strip()):
            return None
        if not _MEDIA_HINT.search(url):
            return None
        found.append((None, {"name": name, "url": url.strip()}))
    return found


# A stream's handle as a key (``teluk-lingga``, ``dermaga_maloy``): a letter or digit, then
# letters, digits, ``_``, ``-`` or ``.``, with a letter somewhere; no space.
_SLUG_KEY = re.compile(r"(?=[\w.-]{0,63}[A-Za-z])[A-Za-z0-9][\w.-]{0,63}", re.ASCII)
# An absolute HLS or DASH playlist address (``…/stream.m3u8``, ``…/manifest.mpd``, in any
# case: ``…/INDEX.M3U8``).
_PLAYLIST_URL = re.compile(
    r"https?://[^\s<>\"'?#]{1,2000}\.(?:m3u8|mpd)(?:[?#][^\s<>\"']{0,500})?", re.IGNORECASE
)
# Keys naming one camera's renditions or protocols rather than cameras.
_RENDITION_KEYS = frozenset({"dash", "m3u8", "mpd", "playlist", "live", "main", "sub", "video"})
_RESOLUTION_KEY = re.compile(r"\d{3,4}p?", re.ASCII)
# Keys naming one stream's alternatives rather than places: a role (``default``,
# ``fallback``, ``backup``), a mirror (``cdn1``, ``server2``), a device (``mobile``) or a
# language (``en``, ``fr``, ``pt-br``).
_VARIANT_KEY = re.compile(
    r"(?:default|fallback|backup|primary|secondary|mirror|alt|alternate|alternative|origin"
    r"|edge|cdn|server|source|desktop|mobile|tablet|web|app|tv|[a-z]{2}(?:[-_][a-z]{2})?)\d*",
    re.ASCII,
)
# A host named for cameras (``ipcamlive``, ``beachcam``, ``cctv``): a camera word inside a label.
_CAMERA_HOST = re.compile(r"cam|cctv|kamera", re.ASCII)
# Folders a live stream's playlist is served from (``/streams/7a1c/stream.m3u8``, ``/live/…``).
_LIVE_FOLDERS = frozenset({"stream", "streams", "live"})


# A course's parts as keys (``lesson-1``, ``chapter-intro``, ``episode_02``): words that
# name nothing else. ``ep``, ``bab``, ``session`` and ``module`` name a part only as the
# whole key with its number (``ep-02``, ``bab_1``, ``session3``): ``simpang-ep`` is a
# junction's camera. A class (``kelas``) is a school's classroom camera as well.
_NUMBERED_PART_WORDS = frozenset({"ep", "eps", "bab", "session", "sessions", "module", "modules"})
_KEY_WORD_SPLIT = re.compile(r"[-_.]+|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])", re.ASCII)
# A value of a handle map: an absolute playlist or sound stream address (the same path
# shape as ``_PLAYLIST_URL``: an extension in the path, never in the query).
_HANDLE_MAP_URL = re.compile(
    r"https?://[^\s<>\"'?#]{1,2000}\.(?:m3u8|mpd|mp3|aac|ogg|opus|pls)(?:[?#][^\s<>\"']{0,500})?",
    re.IGNORECASE,
)


# Keys that hold a value rather than name a stream: an XML element turned into an object
# (a spreadsheet cell's ``<Data>``, ``<Value>``) or a generic holder.
_VALUE_KEYS = frozenset({"data", "value", "values", "content", "text", "item", "entry"})


def _handle_key(key: str) -> bool:
    """Return True for a key that is a stream's handle: no field, rendition or variant name."""
    if not _SLUG_KEY.fullmatch(key):
        return False
    lowered = key.lower()
    if norm_key(key) in ALIAS_KEYS or lowered in _RENDITION_KEYS or lowered in _VALUE_KEYS:
        return False
    if lowered in QUALITY_RANKS or _RESOLUTION_KEY.fullmatch(lowered):
        return False
    return not _VARIANT_KEY.fullmatch(lowered)


def _handle_map(value: JSONObject) -> bool:
    """Return True for a flat object mapping handles to playlists, whatever their count.

    ``{"teluk-lingga": "https://…/stream.m3u8"}``: every key a handle (``_SLUG_KEY``), every
    value an absolute HLS, DASH or sound playlist's address. Such an object is read only as
    a handle map (``_slug_playlists``): never as one record whose name is derived, so one
    pair, a radio's or a course's map give no camera.
    """
    if not 1 <= len(value) <= MAX_CAMERAS:
        return False
    return all(
        isinstance(url, str) and _HANDLE_MAP_URL.fullmatch(url.strip()) and _handle_key(key)
        for key, url in value.items()
    )


def _key_words(key: str) -> list[str]:
    """Return a key's words, case folded (``lesson-1`` → ``lesson``, ``1``)."""
    return [word.lower() for word in _KEY_WORD_SPLIT.split(key) if word]


def _course_key(key: str) -> bool:
    """Return True for a key naming a course's part (``lesson-1``, ``ep-02``)."""
    words = _key_words(key)
    if not COURSE_WORDS.isdisjoint(words):
        return True
    return len(words) == 2 and words[0] in _NUMBERED_PART_WORDS and words[1].isdigit()


def _sound_handles(pairs: list[tuple[str, JSONValue]]) -> set[str] | None:
    """Return the keys of a handle map's sound streams, or None for no camera map at all.

    A map half or more of whose keys name a course's parts, or half or more of whose
    playlists are sound streams, is a course's or a radio's (None). Otherwise only the
    sound streams are left out: a camera named for its road (``radio-dalam``) stays.
    """
    course = sum(1 for key, _ in pairs if _course_key(key))
    sound = {key for key, url in pairs if isinstance(url, str) and sound_address(url)}
    if 2 * course >= len(pairs) or 2 * len(sound) >= len(pairs):
        return None
    return sound


def _slug_playlists(value: JSONObject, *, local: bool = False, held: bool = False) -> Items | None:
    """Return the cameras of a flat object mapping stream handles to their playlists.

    A dashboard's stream file written by a script (``json.dump(stream_urls)``:
    ``{"teluk-lingga": "https://…/stream.m3u8", …}``) keys each camera's HLS or DASH
    playlist by its handle, which is the camera's id and, as nothing else names it, its
    name. Two or more cameras; every key a handle that is no field, rendition, quality or
    variant name (``hls``, ``dash``, ``720p``, ``low``, ``default``, ``fallback``,
    ``cdn1``, ``en``: one camera's choices), every value an absolute playlist address,
    no two the same, one at least on a host named for cameras (``ipcamlive``,
    ``beachcam``), in a live folder (``…/streams/7a1c/stream.m3u8``) or published under
    its handle (``…/hls/dermaga_maloy/index.m3u8``): a radio's or a
    course's playlists by name are no cameras, nor is a map half or more of whose
    playlists are sound streams (a ``radio``, ``icecast`` or ``audio`` host label or
    path segment, ``/listen``, ``.aac``) or whose keys name a course's parts
    (``lesson-1``, ``chapter-intro``, ``episode_02``, ``ep-03``); a single sound stream
    among cameras is left out. A playlist with a login gives
    no camera; nor, in an answer from a public host, does one on a host no viewer reaches
    (a private, loopback or link-local address, a local name), whatever the file's other
    pairs. An answer from the local network (``local``) keeps its LAN playlists, as the
    shared LAN policy does; a link-local or metadata host never. A map ``held`` under a
    key naming cameras (``{"cctv": {"simpang-tiga": "…m3u8"}}``, ``_held_handles``) has
    that key as its evidence: two pairs need neither a live playlist nor two published
    cameras, and one pair is a camera when its playlist says it is a camera's live stream
    (a camera host, a live folder or its handle's folder: a recorded clip under
    ``cameras``, ``…/videos/review-hikvision.m3u8``, is none).
    """
    if not (1 if held else 2) <= len(value) <= MAX_CAMERAS:
        return None
    sound = _sound_handles(list(value.items()))
    if sound is None:
        return None
    read = _playlist_pairs(value, set(), local=local, sound=sound)
    if read is None:
        return None
    found, live, published = read
    # Two published cameras at least (sound streams and hosts no viewer reaches left out);
    # a playlist dropped only for its login still counts as a published camera, so one
    # camera without a login beside such playlists is read.
    if held:
        return found if found and (live or len(value) >= 2) else None
    return found if found and live and published >= 2 else None


# Holder keys naming cameras: a handle map under one is a camera list, one live pair too.
# Not ``cams`` (a team's helmet cams, an engine's cams: recorded clips by name), nor the
# singular ``camera`` (one camera's own outputs) or ``cctvs``: a map under those is read
# with the evidence asked for at the top.
_CAMERA_HOLDERS = frozenset({"cameras", "webcams", "cctv", "kamera"})
# Holder keys a handle map may stand under in an answer (``data``, ``streams``, ``cctv``).
_HANDLE_HOLDERS = frozenset((*WRAPPER_KEYS, *LINK_LIST_KEYS, "webcams", "cams"))


def _held_handles(index: Mapping[str, JSONValue], local: bool) -> Items | None:
    """Return the cameras of the handle maps held under an answer's holder keys.

    ``{"data": {"simpang-tiga": "…m3u8", "bundaran-kabo": "…m3u8"}}`` is the handle map
    it holds, read as at the top (two published cameras, one live; each handle the
    camera's id and name), never as records named by their handles. Under a key naming
    cameras (``cctv``, ``cameras``, ``kamera``, ``webcams``) the key is the evidence, so
    one pair whose playlist is live is a camera too (``{"cctv": {"simpang-tiga":
    "…/hls/simpang-tiga/index.m3u8"}}``), and each handle names its camera as a webcam
    server's name→address object does, with an id derived from it, as ``_named_urls``
    reads such an object. Every holder is read, in the answer's order
    (``{"cameras": {…}, "cctv": {…}}`` gives both maps' cameras; a playlist read under one
    holder is not read again under another). A holder naming sound streams or a course's
    parts, or ``stations`` off camera hosts, holds none (``_camera_holder``); nor does a
    map refused for its logins, its LAN hosts in a public answer or its sound streams:
    such a map is read by no other reader (``_read_handle_maps``, ``_named_urls``).
    """
    cameras: Items = []
    seen: set[str] = set()
    for key in [key for key in index if key in _HANDLE_HOLDERS]:
        inner = _decoded(index.get(key))
        if not isinstance(inner, dict) or not _handle_map(inner):
            continue
        if not _camera_holder(key, inner):
            continue
        held = key in _CAMERA_HOLDERS
        for handle, item in _slug_playlists(inner, local=local, held=held) or ():
            url = item.get("url") if isinstance(item, dict) else None
            if isinstance(url, str):
                if url in seen:
                    continue  # read under an earlier holder
                seen.add(url)
            cameras.append((None, item) if held else (handle, item))
    return cameras or None


def _held_grouped(index: Mapping[str, JSONValue], local: bool) -> Items | None:
    """Return the cameras of place groups keying playlists by code under a holder key.

    ``{"streams": {"Sangatta Utara": {"PER-1-003-IN": "…/playlist.m3u8", …}, …}}`` is
    the grouped map ``_grouped_playlists`` reads at the top, held under one of the
    answer's holder keys (``data``, ``streams``, ``cctv``…): one camera per code, the
    place its area, never the places as cameras. Every condition of the grouped map
    holds under the key as at the top; a holder naming sound streams or a course's
    parts holds none.
    """
    for key in _HANDLE_HOLDERS:
        inner = _decoded(index.get(key))
        if not isinstance(inner, dict) or not _camera_holder(key, {}):
            continue
        if (found := _grouped_playlists(inner, local=local)) is not None:
            return found
    return None


# What may follow a handle in its folder's name: a direction (``_IN``, ``_OUT``) and
# a Wowza stream's ``.stream``; nothing else (``news`` does not name ``newsroom_hd``).
_FOLDER_SUFFIX = re.compile(r"(?:in|out)?(?:stream)?", re.ASCII)


def _named_folder(key: str, folders: list[str]) -> bool:
    """Return True when a playlist's folder is published under the handle, in any spelling.

    A Wowza application serves each camera from ``<stream name>.stream``; a road
    department's directory keys it by its code written with dashes (``PER-1-003-IN`` for
    ``…/Phase1/PER_1_003_IN.stream/playlist.m3u8``, ``PER-4-005`` for
    ``PER_4_005_IN.stream``, a direction suffix added): the folder, letters and digits
    only and case folded, is the key's (of four characters or more) followed by no more
    than a direction (``in``, ``out``) and ``stream``.
    """
    own = re.sub(r"[\W_]", "", key.casefold())
    if len(own) < _MIN_FOLDER_KEY:
        return False
    for folder in folders:
        spelled = re.sub(r"[\W_]", "", folder.casefold())
        if spelled.startswith(own) and _FOLDER_SUFFIX.fullmatch(spelled[len(own) :]):
            return True
    return False


def _playlist_pairs(
    value: JSONObject, seen: set[str], *, local: bool = False, sound: set[str] | None = None
) -> tuple[Items, bool, int] | None:
    """Return the cameras of handle→playlist pairs, whether one is live, the published count.

    Published pairs are those on a host a viewer reaches, with or without a login. None when a key is no handle or a value no absolute playlist (or one already read,
    ``seen`` being shared by the groups of one answer; ``local``: the answer came from
    the local network); the keys in ``sound`` (sound streams) give no camera; see
    ``_slug_playlists``.
    """
    found: Items = []
    live = False  # a playlist saying it is a camera's live stream
    published = 0
    for key, url in value.items():
        if not isinstance(url, str) or not _handle_key(key):
            return None
        if sound and key in sound:
            continue  # a sound stream beside cameras
        address = url.strip()
        if not _PLAYLIST_URL.fullmatch(address) or address in seen:
            return None
        seen.add(address)
        try:
            parts = urlsplit(address)
            host = parts.hostname
        except ValueError:
            return None
        folders = parts.path.split("/")[:-1]
        if (
            _CAMERA_HOST.search(host or "")
            or {key, *_LIVE_FOLDERS} & set(folders)
            or _named_folder(key, folders[-2:])
        ):
            live = True
        if is_never_allowed_host(host) or not (local or is_public_host(host)):
            continue  # a host no viewer of a published file reaches
        published += 1
        if parts.username is not None or parts.password is not None:
            continue  # a login
        if without_query_login(address) != address:
            continue  # a login written as query parameters (``?u=admin&p=secret``)
        found.append((key, {"name": key, "url": address}))
    return found, live, published


_MIN_FOLDER_KEY = 4
_MAX_PLAYLIST_GROUPS = 200


def _grouped_playlists(value: JSONObject, *, local: bool = False) -> Items | None:
    """Return the cameras of place groups each mapping camera handles to their playlists.

    A road department's camera directory (``{"Sangatta Utara": {"PER-1-003-IN":
    "https://…/Phase1/PER_1_003_IN.stream/playlist.m3u8", …}, "Bengalon": {…}}``) keys
    each place's cameras by their code: one camera per code, its id and name the code,
    its area the place holding it. Two to 200 groups, each a place's name (a title: no
    field, wrapper, rendition, quality or variant name, no path) holding one or more
    handle→playlist pairs read as ``_slug_playlists`` reads them (a group of one camera
    too; the course and sound signs counted over all the groups' pairs, so a course's
    lessons or a radio's stations by city are no cameras), two cameras at least taken
    in all, no playlist twice, and one at least saying it is a camera's live stream. A
    group holding anything else (a record, a list, a picture, a field name as a key)
    leaves the answer to the other readers. ``local``: the answer came from the local
    network (its LAN playlists are kept).
    """
    if not 2 <= len(value) <= _MAX_PLAYLIST_GROUPS:
        return None
    pairs: list[tuple[str, JSONValue]] = []
    for place, inner in value.items():
        if not isinstance(inner, dict) or not 1 <= len(inner) <= MAX_CAMERAS:
            return None
        if not _group_place(" ".join(place.split())):
            return None
        pairs.extend(inner.items())
        if len(pairs) > MAX_CAMERAS:
            return None
    sound = _sound_handles(pairs)
    if sound is None:
        return None
    groups: Items = []
    seen: set[str] = set()
    live = False
    total = 0
    for place, inner in value.items():
        assert isinstance(inner, dict)
        read = _playlist_pairs(inner, seen, local=local, sound=sound)
        if read is None:
            return None
        found, inner_live, _ = read
        live = live or inner_live
        cameras: list[JSONValue] = []
        for key, record in found:
            if key is not None and isinstance(record, dict):
                cameras.append({"id": key, **record})
        total += len(cameras)
        if cameras:
            groups.append((None, {"name": " ".join(place.split()), "cameras": cameras}))
    return groups if groups and live and total >= 2 else None


def _group_place(name: str) -> bool:
    """Return True for a group key that may name a place (not a field or a rendition)."""
    if not name or len(name) > _MAX_NAME_KEY or "/" in name or "://" in name:
        return False
    if not any(char.isalpha() for char in name):
        return False
    lowered = name.lower()
    if norm_key(name) in ALIAS_KEYS or norm_key(name) in _LIST_HOLDERS:
        return False
    if lowered in _RENDITION_KEYS or lowered in QUALITY_RANKS:
        return False
    return not (_RESOLUTION_KEY.fullmatch(lowered) or _VARIANT_KEY.fullmatch(lowered))


_MAX_TITLE_KEYS = 50
"""Keys of an object of records looked at to tell titles from ids."""
_NAME_KEY_SET = frozenset(NAME_KEYS)
# A record's place (``nama_lokasi``, ``lokasi``: the junction or port several cameras
# share) names it only when nothing else does: under a title key it is no name of its own.
_OWN_NAME_KEYS = _NAME_KEY_SET - {"nama_lokasi", "lokasi"}


def _title_key(key: str, entry: JSONValue) -> bool | None:
    """Return True for a key that is its record's title, False for one that may be, None for none.

    A title is written for people: words with a space between (``Dugonics tér``), a
    letter beyond ASCII (``Lánchíd``) or the very text the record names itself by.
    A field's name (``camera``, ``hls``) or a path is never a title.
    """
    text = " ".join(key.split())
    if not text or len(text) > _MAX_NAME_KEY or "/" in text or norm_key(text) in ALIAS_KEYS:
        return None
    if not any(char.isalpha() for char in text):
        return None
    if " " in text or not text.isascii():
        return True
    if isinstance(entry, dict):
        index = index_keys(entry)
        for name_key in NAME_KEYS:
            if isinstance(own := index.get(name_key), str) and " ".join(own.split()) == text:
                return True
    return False


def _titled_records(keyed: Items) -> Items | None:
    """Return the records of an object keyed by their titles, each named by its key.

    A webcam list written as ``{"Dugonics tér": {camid, location, title, img_url}, …}``
    names each record by its key (the record's ``title`` repeats it or is missing): every
    key (of the first 50) may be a title and at least half are; a key is never an id,
    so a record without an id of its own gets a derived one. A record naming itself
    otherwise keeps its own name; its place (``nama_lokasi``, ``lokasi``) is no name of it.
    """
    looked = keyed[:_MAX_TITLE_KEYS]
    if len(looked) < 2:
        return None
    verdicts = [_title_key(key or "", entry) for key, entry in looked]
    if None in verdicts or 2 * sum(bool(v) for v in verdicts) < len(verdicts):
        return None
    records: Items = []
    for key, entry in keyed[: MAX_CAMERAS + 1]:
        if isinstance(entry, dict) and key:
            title = " ".join(key.split())
            index = index_keys(entry)
            own = [v for k, v in index.items() if k in _OWN_NAME_KEYS]
            if "name" not in index and all(
                not isinstance(v, str) or " ".join(v.split()) in ("", title) for v in own
            ):
                entry = {"name": title, **entry}
        records.append((None, entry))
    return records


# Holders naming a camera list by a camera word (``{"cameras": {"Simpang Tiga": {…}}}``):
# the only holders whose keyed records ``_own_id_titled`` names by their title keys.
_OWN_ID_HOLDERS = frozenset({"cameras", "camera", "cctv", "cctvs", "kamera", "webcams", "cams"})
_FULL_NAME_KEYS = ("full_name", "fullname")
_SELF_NAME_KEYS = frozenset((*NAME_KEYS, *LOCATION_NAME_KEYS, *_FULL_NAME_KEYS))


def _own_id_titled(keyed: Items) -> Items:
    """Return a camera list's keyed records, a title key naming a record with its own id.

    A camera configuration keyed by the camera's title under a camera-list key
    (``{"cameras": {"Simpang Tiga": {"id": 7, "rtsp": …}}}``, one record alone too) was
    named by its own id (``7``), the key being taken as an id the record overrides. A key
    written as a title (a space or a letter beyond ASCII, as ``_title_key`` judges keys)
    names such a record: only one carrying its own id (a text or number under an id
    field) and media in its own fields (``_camera_like`` at depth 0), with no name, place
    name or full name of its own (an empty or null one counts as none); its id stays the
    record's. Records without an id keep the key as id and name, as before; slug keys
    (``cam7``, ``simpang_tiga``), records naming themselves, groups of playlists and
    records without media of their own (a place's playlist map, a course's lessons) are
    left as they are. Callers use it only under ``_OWN_ID_HOLDERS``, never for an
    object keyed at the top of an answer.
    """
    return [(key, _titled_own_id_record(key, entry)) for key, entry in keyed]


def _titled_own_id_record(key: str | None, entry: JSONValue) -> JSONValue:
    """Return one keyed record named by its title key (see ``_own_id_titled``)."""
    if not isinstance(entry, dict) or key is None:
        return entry
    title = " ".join(key.split())
    if not title or len(title) > _MAX_NAME_KEY or "/" in title or norm_key(title) in ALIAS_KEYS:
        return entry
    if " " not in title and title.isascii():
        return entry
    index = index_keys(entry)
    own_id = next((index[k] for k in ID_KEYS if k in index), None)
    if isinstance(own_id, bool) or not isinstance(own_id, str | int | float):
        return entry
    if isinstance(own_id, str) and not own_id.strip():
        return entry
    if not _camera_like(entry, 0):
        return entry
    for name_key in _SELF_NAME_KEYS:
        own = index.get(name_key)
        if own is not None and not (isinstance(own, str) and not own.strip()):
            return entry  # a name of its own (or one written otherwise, left to the reader)
    kept = {k: v for k, v in entry.items() if norm_key(k) not in _SELF_NAME_KEYS}
    return {"name": title, **kept}


# Keys a relay's configuration holds its sources under, keyed by stream name
# (webrtc-streamer's ``urls``, RTSPtoWebRTC's ``streams``).
_SOURCE_MAP_KEYS = ("urls", "streams", "sources")
# A source's own address field in such a map when it names no stream field
# (webrtc-streamer's ``{video, audio, options}``): read as the source's ``url``.
_SOURCE_VIDEO_KEY = "video"
_SOURCE_URL_KEYS = frozenset({"url", "rtsp", "rtsp_url", "src", "source", "stream", "stream_url"})
_MAX_SOURCE_LOOK = 50
_MAX_SOURCE_SCHEME = 16
_MAX_SOURCE_URL = 2048
"""An address's scheme and its ``://`` are looked for in a text's first characters."""


def _source_map(index: JSONObject) -> Items | None:
    """Return the sources of a relay's configuration keyed by stream name, else None.

    A WebRTC or restreaming relay's config (webrtc-streamer ``{"urls": {"Harbour":
    {video, position}}, "iceServers": […], "http": {…}}``, RTSPtoWebRTC ``{"server":
    {…}, "streams": {"demo1": {on_demand, url}}}``) keys each source by its stream name
    beside the relay's own settings: the key is the camera's id, and its name when the
    source names none. The answer itself names no camera and holds no media field (one
    camera's renditions keyed by quality stay its fields); every key of the first 50
    may name a stream, every value is an object, and of those holding an address on a
    network host (``scheme://host.domain/…``) at least half carry a live one (a stream
    or MJPEG, never a picture). A source whose address plays nowhere (a local file, the
    screen, a capture device) gives no camera when it is normalised.
    """
    if any(key in index for key in (*NAME_KEYS, *_MEDIA_KEYS)):
        return None
    for holder in _SOURCE_MAP_KEYS:
        sources = index.get(holder)
        if not isinstance(sources, dict) or not sources:
            continue
        looked = list(itertools.islice(sources.items(), _MAX_SOURCE_LOOK))
        # Each key may name a stream as a title may: no field name, path or bare number.
        if not all(isinstance(v, dict) and _title_key(k, None) is not None for k, v in looked):
            continue
        entries = [_source_record(v) for _, v in looked if isinstance(v, dict)]
        live = sum(_record_media(entry, live=True) for entry in entries)
        if not live or 2 * live < sum(map(_holds_address, entries)):
            continue
        items: Items = []
        for key, value in itertools.islice(sources.items(), MAX_CAMERAS + 1):
            if not isinstance(value, dict):
                continue
            entry = _source_record(value)
            own = index_keys(entry)
            if not any(isinstance(own.get(name), str) and own[name] for name in NAME_KEYS):
                entry = {"name": " ".join(key.split()), **entry}
            items.append((key, entry))
        return items
    return None


def _network_address(value: JSONValue) -> bool:
    """Return True for text written as an address on a named network host.

    A local file (``file:///…``), the screen (``screen://``) or a capture device
    (``videocap://0``) names no host with a dot or a port.
    """
    if not isinstance(value, str) or "://" not in value[:_MAX_SOURCE_SCHEME]:
        return False
    try:
        netloc = urlsplit(value.strip()[:_MAX_SOURCE_URL]).netloc
    except ValueError:
        return False
    host = netloc.rpartition("@")[2]
    return "." in host or ":" in host


def _holds_address(record: JSONObject) -> bool:
    """Return True when one of a record's own text fields is an address on the network."""
    return any(map(_network_address, list(itertools.islice(record.values(), _MAX_RECORD_FIELDS))))


def _source_record(value: JSONObject) -> JSONObject:
    """Return a source of a relay's map with its ``video`` address read as its ``url``."""
    video = value.get(_SOURCE_VIDEO_KEY)
    if not isinstance(video, str) or _SOURCE_URL_KEYS & index_keys(value).keys():
        return value
    entry = {key: inner for key, inner in value.items() if key != _SOURCE_VIDEO_KEY}
    return {"url": video, **entry}


def _group_list(value: JSONValue) -> list[JSONValue] | None:
    """Return the camera list of a group value.

    That is a list, an object holding one, or an object keyed by camera id (a
    realtime-database export keyed by push ids).
    """
    if isinstance(value, list):
        return value
    if isinstance(value, dict) and len(value) <= 50:
        lists = [v for v in value.values() if isinstance(v, list)]
        if len(lists) == 1:
            return lists[0]
    if isinstance(value, dict) and (keyed := _keyed_cameras(value)) is not None:
        # The key is the camera's id unless the camera names one of its own.
        return [
            {_KEY_ID: key, **entry} if isinstance(entry, dict) else entry
            for key, entry in keyed[: MAX_CAMERAS + 1]
        ]
    return None


def _subgroups(value: JSONValue) -> list[tuple[str, list[JSONValue]]] | None:
    """Return the camera lists of an object keyed by sub-group name, else None.

    Each value is a list of cameras, or an object of cameras keyed by their position
    (Laravel's ``groupBy(…, preserveKeys: true)``); a key naming a list (``cameras``,
    ``data``) makes the object a group holding its list, not a map of sub-groups.
    """
    if not isinstance(value, dict) or not 0 < len(value) <= _MAX_SUBGROUPS:
        return None
    found: list[tuple[str, list[JSONValue]]] = []
    for key, inner in value.items():
        if norm_key(key) in _LIST_HOLDERS:
            return None
        if isinstance(inner, list):
            found.append((key, inner))
        elif isinstance(inner, dict) and (keyed := _keyed_cameras(inner)) is not None:
            found.append((key, [entry for _, entry in keyed[: MAX_CAMERAS + 1]]))
        else:
            return None
    return found


def _two_level_groups(obj: JSONObject) -> Items | None:
    """Return the cameras of groups keyed by area that are keyed by a finer area again.

    Laravel's ``groupBy(['kecamatan', 'kelurahan'])`` nests one keyed level per key
    (``{"Bengalon": {"Sepaso": [...]}}``): the finer key, the innermost group's name, is
    each camera's area, before an area the camera's own fields name (the outer key).
    """
    if not 0 < len(obj) <= _MAX_SUBGROUPS:
        return None
    levels: list[list[tuple[str, list[JSONValue]]]] = []
    for key, value in obj.items():
        if norm_key(key) in _LIST_HOLDERS or (level := _subgroups(value)) is None:
            return None
        levels.append(level)
    items: Items = []
    for level in levels:
        for name, cameras in level:
            for camera in cameras[: max(0, MAX_CAMERAS + 1 - len(items))]:
                if isinstance(camera, dict) and name.strip():
                    camera = {_GROUP_AREA: name, **camera}
                items.append((None, camera))
    if not any(_camera_like(item, 0) for _, item in items[:50]):
        return None  # groups of groups (``{data: {wilayah: [{nama, cctvs}]}}``) are read below
    return items


_MAX_PLAIN_LOOK = 20


def _plain_field(value: JSONValue) -> bool:
    """Return True for a plain value: a text, number, flag or list holding no object."""
    if isinstance(value, list):
        return not any(isinstance(entry, dict | list) for entry in value[:_MAX_PLAIN_LOOK])
    return not isinstance(value, dict)


def _without_plain_fields(obj: JSONObject) -> JSONObject:
    """Return a map of groups without the answer's plain fields beside them.

    A webcam list keyed by region (``{"version": 3, "updated": "…", "defaults":
    ["algarve"], "algarve": {region, beaches: […]}, "ericeira": {…}}``) writes its own
    version, date and default choice beside its groups: with at least two groups left,
    each an object holding one list of objects (its cameras), those plain values are
    no groups; one camera's renditions keyed by quality hold no list and stay fields.
    Bare lists beside status fields (``{status, cams: […], ads: […]}``) are an answer's
    blocks, not groups: such a map, like any other, is returned as it is.
    """
    if len(obj) > _MAX_SUBGROUPS:
        return obj
    kept = {key: value for key, value in obj.items() if not _plain_field(value)}
    if not 2 <= len(kept) < len(obj) or not all(map(_holds_one_list, kept.values())):
        return obj
    return kept


def _holds_one_list(value: JSONValue) -> bool:
    """Return True for a group object holding exactly one list of objects (its cameras)."""
    if not isinstance(value, dict) or len(value) > _MAX_PLAIN_LOOK * 4:
        return False
    lists = [v for v in value.values() if isinstance(v, list)]
    return len(lists) == 1 and any(isinstance(entry, dict) for entry in lists[0][:_MAX_PLAIN_LOOK])


_NUMBER_KEY = re.compile(r"\s{0,4}\d{1,12}\s{0,4}")


def _group_name(key: str) -> JSONObject:
    """Return the name field a group's key gives its group: none for a bare number.

    A map of camera lists keyed by a number (a ferry app's ``CAMERAS_BY_TERMINAL_ID:
    {"1": [...], "4": [...]}``, a database's region id) names no place: its cameras get
    no area from it, as a bare number in a camera's own fields is none.
    """
    return {} if _NUMBER_KEY.fullmatch(key) else {"name": key}


def _keyed_groups(obj: JSONObject, depth: int = 1) -> Items | None:
    """Return groups of an object keyed by area name whose values are camera lists.

    A value is the list itself or an object holding one list (``{"cameras": [...]}``);
    such a map may also sit one level down (``{"districts": {...}}``). Groups keyed
    again by a finer area are read by ``_two_level_groups``.
    """
    if (nested := _two_level_groups(obj)) is not None:
        return nested
    obj = _without_plain_fields(obj)
    values = list(obj.values())
    # An answer's lone envelope (GraphQL's ``{"data": {"webcams": [...]}}``) names no group.
    envelope = len(obj) == 1 and norm_key(next(iter(obj))) in WRAPPER_KEYS
    lists = [None] if envelope else [_group_list(v) for v in values]
    if (len(values) >= 2 or (values and isinstance(values[0], dict))) and all(
        found is not None for found in lists
    ):
        if any(
            found and any(_camera_like(entry) or _media_record_entry(entry) for entry in found[:20])
            for found in lists
        ):
            priced = [found is not None and priced_list(found) for found in lists]
            if all(priced):
                raise PortalFormatError(_SHOP_LIST)
            return [
                (
                    None,
                    {**_group_name(key), **value}
                    if isinstance(value, dict) and any(v is found for v in value.values())
                    else {**_group_name(key), "cameras": found},
                )
                for (key, value), found, shop in zip(obj.items(), lists, priced, strict=False)
                if not shop  # a shop's priced products beside the cameras
            ]
    if depth > 0:
        for value in values[:20]:
            if isinstance(value, dict) and (found := _keyed_groups(value, depth - 1)):
                return found
    return None


def _name_keyed_entries(values: list[JSONValue]) -> Items | None:
    """Return the records of a list of one-key objects keyed by camera names, else None.

    A status answer written one camera a list entry under its name (``[{"Kenyamukan -
    Dermaga Penumpang": {id, nama_lokasi, stream_url, status}}, …]``) is read like an
    object keyed by titles: every entry (of the first 50, two or more) is one key holding
    a record, the keys differ and are titles (``_titled_records``). Wrapper keys
    (``[{"cctv": {…}}]``, ``node``) are no titles and stay as they were.
    """
    looked = values[:_MAX_TITLE_KEYS]
    if len(looked) < 2 or not all(
        isinstance(entry, dict) and len(entry) == 1 and isinstance(next(iter(entry.values())), dict)
        for entry in looked
    ):
        return None
    keyed: Items = []
    for entry in values[: MAX_CAMERAS + 1]:
        if not isinstance(entry, dict) or len(entry) != 1:
            return None
        keyed.append(next(iter(entry.items())))
    if len({key for key, _ in keyed}) < len(keyed):
        return None
    return _titled_records(keyed)


_SHOP_LIST = (
    "No camera list found in the portal answer: its list is a shop's catalogue of priced "
    "camera products"
)


def _plain(values: list[JSONValue]) -> Items:
    """Return list entries without ids from keys.

    A list whose entries mostly carry a price (a shop's catalogue under ``cameras``, in a
    batch entry or a page script beside the real list) gives none.
    """
    if priced_list(values):
        raise PortalFormatError(_SHOP_LIST)
    if values and isinstance(values[0], dict) and len(values[0]) == 1:
        if (placed := _place_keyed_entries(values)) is not None:
            return placed
        if (named := _name_keyed_entries(values)) is not None:
            return named
    return [(None, value) for value in values]


def _place_keyed_entries(values: list[JSONValue]) -> Items | None:
    """Return the places of a list of one-key objects each keying its cameras by id.

    ``[{"Sangatta Utara": {"cam-01": {name, hls}, "cam-02": {…}}}, {"Bengalon": {…}}]``
    writes one place a list entry under its name, holding its cameras keyed by their
    ids: each entry is the place ``{name, cameras: […]}`` (its cameras read as a place's
    list is, the place their area), never one record spreading its first camera's
    fields. Every entry (of the first 50; one entry too) is one key naming a place (no
    field, wrapper, rendition or quality name, no path) over an object
    ``id_keyed_cameras`` takes; the places differ.
    """
    if len(values) > MAX_CAMERAS:
        return None
    places: Items = []
    seen: set[str] = set()
    for entry in values:
        if not isinstance(entry, dict) or len(entry) != 1:
            return None
        place, inner = next(iter(entry.items()))
        name = " ".join(place.split())
        if not _group_place(name) or name in seen:
            return None
        seen.add(name)
        if (cameras := id_keyed_cameras(inner)) is None:
            return None
        places.append((None, {"name": name, "cameras": cameras}))
    return places or None


# Keys of a region's list of places that hold their own cameras (a surf forecast's
# ``spots``, a ski region's ``resorts``, a coast's ``beaches``).
_PLACE_LIST_KEYS = PLACE_LIST_KEYS
# Keys of one such place answered alone (a surf forecast's spot report ``spot``, a resort
# registry's detail ``resort``): the place holds its cameras as a list's places do.
_PLACE_KEYS = frozenset({"spot", "surf_spot", "resort", "ski_resort", "ski_area", "beach"})
# A camera site's detail answer (a weather-camera service's ``summary``: ``{success,
# payload: {site: {siteName, latitude, longitude, cameras: […]}}}``): the site is a place
# holding its cameras, also under the answer's one data wrapper.
_SITE_PLACE_KEYS = frozenset({"site", "camera_site", "cam_site"})
_PLACE_WRAPPER_KEYS = frozenset({"payload", "data", "result", "response"})
# Keys of such a place's own list of cameras.
_PLACE_CAMERA_KEYS = ("cameras", "webcams", "cams", "kamera", "cctvs")
_MAX_PLACE_NAME = 120
# Fields naming a place of such a list: a record's name fields, then the name it is shown
# by (a mountain's ``displayName`` beside its slug ``mountainName``).
_DISPLAY_NAME_KEYS = ("display_name", "displayname")
_MAX_PLACE_FIELDS = 64
_MAX_PLACE_DEPTH = 4
_MAX_PLACE_OBJECTS = 500
# Places read in all the place lists of one answer (a place without cameras counts too).
_MAX_PLACES_READ = 5000


def _place_name(place: JSONObject, keys: Iterable[str] = NAME_KEYS) -> str | None:
    """Return the name a place record gives itself (its first of ``keys``), else None."""
    return _first_place_name(place, keys)


def _listed_place_name(place: JSONObject) -> str | None:
    """Return a listed place's name: its own name field, else its ``displayName``."""
    return _place_name(place) or _first_place_name(place, _DISPLAY_NAME_KEYS)


def _first_place_name(place: JSONObject, keys: Iterable[str]) -> str | None:
    """Return the text of a place record's first field of ``keys``, when it has a letter."""
    index = index_keys(place)
    for key in keys:
        value = index.get(key)
        if isinstance(value, str):
            text = clean_text(value[:_MAX_PLACE_NAME])
            return text if text and any(char.isalpha() for char in text) else None
    return None


def _placed_cameras(values: list[JSONValue], room: list[int]) -> list[JSONValue]:
    """Return a region's places with each of their own cameras given the place as its area.

    A region answer listing its places (``spots``, ``resorts``, ``beaches``), each named
    and holding its cameras (``{name: "Uluwatu", lat, lon, cameras: [{_id, title: "ID -
    Uluwatu Overview", streamUrl}]}``), makes the place the area of every camera it
    holds, even when the cameras are named after it (a map point's views are not read
    so). A place without a name of its own or a camera list gives its cameras nothing.
    Places and cameras are copied, never changed in place; the list is returned as it
    is when no place holds cameras. Once one more camera than the camera limit has
    been placed, or the places all lists of the answer may read together (room counts
    them down, _MAX_PLACES_READ) are spent, the other places and cameras are kept as
    they are (a page of thousands of place lists of empty places stays cheap).
    """
    placed: list[JSONValue] = []
    budget = MAX_CAMERAS + 1
    for place in values:
        if budget <= 0 or room[0] <= 0:
            break
        room[0] -= 1
        if isinstance(place, dict) and (name := _listed_place_name(place)) is not None:
            for raw_key, inner in itertools.islice(place.items(), _MAX_PLACE_FIELDS):
                if norm_key(raw_key) in _PLACE_CAMERA_KEYS and isinstance(inner, list):
                    cameras = [
                        {_GROUP_AREA: name, **camera} if isinstance(camera, dict) else camera
                        for camera in inner[:budget]
                    ]
                    budget -= len(cameras)
                    place = {**place, raw_key: cameras + inner[len(cameras) :]}
                    break
        placed.append(place)
    return placed + values[len(placed) :] if budget <= MAX_CAMERAS else values


# Fields of a place record holding the place's own photo (a surf spot's ``imageSrc``, a
# beach's ``image``, a guide's ``imageUrl``, ``photo``, ``cover``).
_PLACE_PHOTO_KEYS = frozenset(
    {"image", "image_src", "image_url", "img", "img_src", "img_url", "photo", "photo_url"}
    | {"picture", "picture_url", "cover", "cover_image", "hero_image", "featured_image"}
)
# Words of a place's field holding a camera's address (``live_cam``, ``backup_cam``,
# ``webcamUrl``, ``cam_url``, ``surfcam``).
_PLACE_CAMERA_FIELD_WORDS = frozenset(
    {"cam", "webcam", "camera", "livecam", "surfcam", "beachcam", "cctv", "kamera"}
)
# Places of one list looked at for a camera field.
_MAX_PHOTO_PLACES = 500


def _place_camera_field(key: str, value: JSONValue) -> bool:
    """Return True for a place's field giving a camera address, however empty it is now."""
    if value is not None and not isinstance(value, str):
        return False  # a list of cameras, a flag, a count: read elsewhere or nothing
    words = norm_key(key).split("_")
    return (
        not _PLACE_CAMERA_FIELD_WORDS.isdisjoint(words) and norm_key(key) not in _PLACE_PHOTO_KEYS
    )


def _without_place_photos(values: list[JSONValue]) -> list[JSONValue]:
    """Return a region's places without their own photos when the places name cameras.

    A surf app's spot file (``surf_spots: [{name, lat, lon, live_cam, backup_cam?,
    imageSrc}]``), a guide's ``spots`` with an optional ``webcamUrl`` and a coast's
    ``beaches`` with ``live_cam_url`` give each place its camera address under a field
    named for a camera, beside a photo of the place under a plain picture field: the
    photo is the place's, never the camera's still, and a place whose camera fields are
    empty or absent is no camera for its photo alone. Taken only when one of the list's
    first _MAX_PHOTO_PLACES places has such a camera field (a list of places that never
    names a camera is read as before); a photo whose address names a camera
    (``cam.…/webcam/…/latest.jpg``) stays the still. Places are copied, never changed.
    """
    head = values[:_MAX_PHOTO_PLACES]
    if not any(
        isinstance(place, dict)
        and any(
            _place_camera_field(key, inner)
            for key, inner in itertools.islice(place.items(), _MAX_PLACE_FIELDS)
        )
        for place in head
    ):
        return values
    kept: list[JSONValue] = []
    for place in head:
        if isinstance(place, dict):
            photos = [
                key
                for key, inner in itertools.islice(place.items(), _MAX_PLACE_FIELDS)
                if norm_key(key) in _PLACE_PHOTO_KEYS
                and isinstance(inner, str)
                and not names_camera(host_and_path(inner) if "/" in inner else inner)
            ]
            if photos:
                place = {key: inner for key, inner in place.items() if key not in photos}
        kept.append(place)
    return kept + values[len(kept) :]


def _keyed_places(value: JSONObject, room: list[int]) -> JSONValue:
    """Return a region's places keyed by their own keys as the list of them, placed.

    A conditions site's configuration keeps its places as an object keyed by each
    place's key (``mountains: {baker: {id, name, location, region, webcams: [{id, name,
    url}]}}``, ``resorts: {wildcat: {key, name, webcams}}``, a TypeScript
    ``Record<string, MountainConfig>``): read as the same places listed, each the area
    of the cameras it holds, even those named after it, and a place holding no camera
    list (a resort whose webcams are not known yet) holding none. Only an object whose
    values are all objects, at most _MAX_PLACE_FIELDS of them, at least one a named
    place holding a camera list, is read so; any other object (a settings map, a place's
    own fields under the key) is returned as it is. The keys are dropped: a place's key
    is no camera's id.
    """
    entries = list(itertools.islice(value.values(), _MAX_PLACE_FIELDS + 1))
    if not entries or len(entries) > _MAX_PLACE_FIELDS:
        return value
    if not all(isinstance(place, dict) for place in entries):
        return value
    placed = _placed_cameras(entries, room)
    if all(new is old for new, old in zip(placed, entries, strict=True)):
        return value
    return placed


def _with_placed_cameras(
    value: JSONValue, budget: list[int], places: list[int], depth: int = 0
) -> JSONValue:
    """Return value with the cameras of every region's place list given their place.

    Objects are followed at most _MAX_PLACE_DEPTH levels down, _MAX_PLACE_FIELDS fields
    each and _MAX_PLACE_OBJECTS objects in all (budget counts them down), their place
    lists _MAX_PLACES_READ places in all (places counts them down); only the
    objects on the way to a place list are copied. A list of objects on the way (a Nuxt
    page's ``data: [{region: {resorts: […]}}]``) is followed too, its first
    _MAX_PLACE_FIELDS entries each one level down.
    """
    if depth > _MAX_PLACE_DEPTH or budget[0] <= 0:
        return value
    if isinstance(value, list):
        budget[0] -= 1
        entries = [
            _with_placed_cameras(entry, budget, places, depth + 1)
            if isinstance(entry, dict)
            else entry
            for entry in value[:_MAX_PLACE_FIELDS]
        ]
        if all(new is old for new, old in zip(entries, value, strict=False)):
            return value
        return entries + value[_MAX_PLACE_FIELDS:]
    if not isinstance(value, dict):
        return value
    budget[0] -= 1
    copied: JSONObject | None = None
    for key, inner in itertools.islice(value.items(), _MAX_PLACE_FIELDS):
        if isinstance(inner, list) and norm_key(key) in _PLACE_LIST_KEYS:
            found: JSONValue = _placed_cameras(_without_place_photos(inner), places)
        elif isinstance(inner, dict) and norm_key(key) in _PLACE_LIST_KEYS:
            found = _keyed_places(inner, places)
        elif isinstance(inner, dict) and norm_key(key) in _PLACE_KEYS:
            found = _placed_cameras([inner], places)[0]
        elif isinstance(inner, dict | list):
            found = _with_placed_cameras(inner, budget, places, depth + 1)
        else:
            continue
        if found is not inner:
            copied = copied if copied is not None else dict(value)
            copied[key] = found
    return copied if copied is not None else value


# A location detail answer holding its cameras beside the location's record
# (``{location: {id, name, latitude, longitude}, cctv: […]}``): the location's keys, the
# keys of its camera list, and the location's own id keys.
_DETAIL_LOCATION_KEYS = frozenset({"location", "lokasi", "place", "tempat"})
_DETAIL_CAMERA_KEYS = frozenset({*_PLACE_CAMERA_KEYS, "cctv", "camera"})
_DETAIL_NAME_KEYS = ("location_name", "nama_lokasi", "lokasi_name", "place_name")
_DETAIL_ID_KEYS = ("id", "uuid", "_id", "location_id", "lokasi_id", "id_lokasi")


def _own_id(index: dict[str, JSONValue]) -> bool:
    """Return True when a record carries an id of its own: a number or a non-empty text."""
    for key in _DETAIL_ID_KEYS:
        value = index.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return True
        if isinstance(value, str) and value.strip():
            return True
    return False


# An e-mail address written in a name (``admin@example.com``) and a tag of markup
# (``<b>Home</b>``): an account's or a page's text, never a place's name.
_EMAIL = re.compile(r"[^\s@<>()]{1,64}@[^\s@<>()]{1,200}\.[^\W\d_]{2,}")
_MARKUP_TAG = re.compile(r"<\s*/?\s*[a-z][a-z0-9]{0,15}(?:\s[^<>]{0,200})?/?\s*>", re.IGNORECASE)


def _account_like_name(place: JSONObject, name: str) -> bool:
    """Return True when a location's name is an e-mail, an address (URL) or markup.

    A user's or an account's record (``{id, name: "<b>Home</b> admin@example.com"}``)
    or a link written as the name says nothing of the place's cameras: they get neither
    its name nor its position. The name as written (before markup is stripped) is read.
    """
    index = index_keys(place)
    texts = [name]
    for keys in (NAME_KEYS, _DETAIL_NAME_KEYS):
        written = next((v for key in keys if isinstance(v := index.get(key), str)), None)
        if written is not None:
            texts.append(written[:_MAX_PLACE_NAME])
    return any(
        _EMAIL.search(text) is not None
        or _MARKUP_TAG.search(text) is not None
        or looks_like_url(text)
        or "://" in text
        for text in texts
    )


def _location_detail(value: JSONValue) -> list[JSONValue] | None:
    """Return a location detail answer as the one place holding its cameras, else None.

    A map portal's location endpoint (``/api/v1/public/locations/{id}``: ``{location:
    {id, name, address, latitude, longitude}, cctv: [{id, name, hls_url, thumbnail}]}``,
    also inside one response envelope ``{success, data: {location, cameras}}``) answers
    one place beside the cameras it holds: the answer (at most 16 fields) holds exactly
    one object under a location key and one list of records under a camera-list key,
    nothing else but plain values. The place, read as a region's places are, gives its
    name as the cameras' area and its position as theirs (a camera's own win). The
    location must name itself and carry its own id: a "cameras near me" search echoing
    the searcher's point (``{location: {latitude, longitude}, cameras}``) is no place.
    """
    if not isinstance(value, dict):
        return None
    if (wrapper := _sole_answer(value, _PLACE_WRAPPER_KEYS)) is not None:
        value = wrapper[1]
    if not 0 < len(value) <= _MAX_ANSWER_FIELDS:
        return None
    held = [
        (norm_key(key), key, inner)
        for key, inner in value.items()
        if isinstance(inner, dict | list)
    ]
    if len(held) != 2:
        return None
    places = [inner for normed, _, inner in held if normed in _DETAIL_LOCATION_KEYS]
    lists = [(key, inner) for normed, key, inner in held if normed in _DETAIL_CAMERA_KEYS]
    if len(places) != 1 or len(lists) != 1:
        return None
    place, (_, cameras) = places[0], lists[0]
    if not isinstance(place, dict) or not isinstance(cameras, list) or not _has_dicts(cameras):
        return None
    if len(place) > _MAX_PLACE_FIELDS or not _own_id(index_keys(place)):
        return None
    if (name := _place_name(place) or _place_name(place, _DETAIL_NAME_KEYS)) is None:
        return None
    if _account_like_name(place, name):
        return None  # a user's or an account's record, no place
    if any(
        isinstance(inner, dict | list) and norm_key(key) in _DETAIL_CAMERA_KEYS
        for key, inner in place.items()
    ):
        return None  # the location holds a camera list of its own: read as it is
    own = {key: inner for key, inner in place.items() if norm_key(key) not in _PLACE_CAMERA_KEYS}
    placed = [
        {_GROUP_AREA: name, **camera} if isinstance(camera, dict) else camera
        for camera in cameras[: MAX_CAMERAS + 1]
    ]
    return [{**own, "cameras": placed}]


def placed_cameras(value: JSONValue) -> JSONValue:
    """Return a JSON answer whose places (surf spots, resorts, beaches) place their cameras."""
    if (detail := _location_detail(value)) is not None:
        return detail
    return _with_placed_cameras(value, [_MAX_PLACE_OBJECTS], [_MAX_PLACES_READ])


def _search(obj: JSONObject, depth: int) -> Items | None:
    """Return the most camera-like list of objects found under unknown keys."""
    best: Items | None = None
    best_score = (0, 0)
    level: list[JSONObject] = [obj]
    for _depth in range(depth):
        following: list[JSONObject] = []
        for current in level:
            for raw in current.values():
                value = _decoded(raw)
                if isinstance(value, dict):
                    following.append(value)
                    # An object of camera records keyed by their titles is a list too.
                    keyed = _keyed_cameras(value)
                    titled = _titled_records(keyed) if keyed is not None else None
                    if titled is not None:
                        score = (sum(_camera_like(x) for _, x in titled[:50]), len(titled))
                        if score > best_score:
                            best, best_score = titled, score
                elif isinstance(value, list) and _has_dicts(value):
                    score = (sum(_camera_like(x) for x in value[:50]), len(value))
                    if score > best_score:
                        best, best_score = _plain(value), score
        level = following[:200]
    return best


# Keys of the one record an API answers for a single camera or stream, beside the
# answer's status fields (Astra ``{"get-stream": "ok", "stream": {…}}``, a portal's
# ``{status, message, camera: {…}}``).
_ANSWER_RECORD_KEYS = RECORD_WRAPPER_KEYS | {"stream", "channel", "cctv_detail"}
_MAX_ANSWER_FIELDS = 16
_MAX_RECORD_FIELDS = 64
_MAX_RECORD_URLS = 20


# Keys that say only that they hold a record (``item``, ``record``), naming no camera: a
# shop's or a user's answer (``{success, item: {title, price, image}}``) is written so.
_GENERIC_RECORD_KEYS = frozenset({"item", "record", "entry", "node"})


def _record_media(record: JSONObject, *, live: bool = False) -> bool:
    """Return True when a record's own fields hold a stream or picture address.

    A text field or a list of texts (a stream server's ``output: ["…/index.m3u8"]``)
    counts when the address's shape says it is media; with ``live`` only a stream or an
    MJPEG address counts, never a picture. At most 64 fields and 20 texts a list are
    looked at.
    """
    for value in itertools.islice(record.values(), _MAX_RECORD_FIELDS):
        texts = value[:_MAX_RECORD_URLS] if isinstance(value, list) else [value]
        for text in texts:
            if not isinstance(text, str) or not looks_like_url(text):
                continue
            kind = url_kind(text.strip())
            if kind is not None and (not live or kind != "still"):
                return True
    return False


def _sole_answer(value: JSONObject, keys: frozenset[str]) -> tuple[str, JSONObject] | None:
    """Return the normalised key and the object an answer holds as its one nested value.

    The answer has at most 16 fields, exactly one of them an object or a list, and that
    one is an object under a key (normalised) in keys; anything else gives None.
    """
    if not 0 < len(value) <= _MAX_ANSWER_FIELDS:
        return None
    records = [(key, inner) for key, inner in value.items() if isinstance(inner, dict | list)]
    if len(records) != 1:
        return None
    key, record = records[0]
    if not isinstance(record, dict) or (normed := norm_key(key)) not in keys:
        return None
    return normed, record


def _answered_record(value: JSONObject) -> JSONObject | None:
    """Return the one camera record an answer holds beside its status fields, else None.

    An API answering for one stream or camera (Astra's ``get-stream`` command:
    ``{"get-stream": "ok", "stream": {id, name, input, output}}``; a portal's detail
    endpoint ``{status: "success", message, camera: {…}}``) holds that record under a
    key naming it, and nothing else but plain values (at most 16 fields): the record is
    a list of one when its own fields hold media. Under a key naming no camera
    (``item``, ``record``) only a stream or an MJPEG counts: a product's or a user's
    picture is none. An answer holding a list or a second object is read as it is.
    """
    if (answered := _sole_answer(value, _ANSWER_RECORD_KEYS)) is None:
        return None
    key, record = answered
    live = key in _GENERIC_RECORD_KEYS
    return record if _record_media(record, live=live) else None


def _answered_place(value: JSONObject) -> JSONObject | None:
    """Return the one place an answer holds beside its status fields, else None.

    A resort registry's or a surf forecast's detail endpoint (``{status: "ok", resort:
    {name, lat, lon, cameras: [{name, url}]}}``) answers one place under a key naming
    it (``_PLACE_KEYS``), and nothing else but plain values: the place is the record
    holding its cameras (``_PLACE_CAMERA_KEYS``, a list with an object), read as a
    region's places are, its name their area and its position theirs. A place without
    such a list, or an answer holding a second object or a list, is read as it is.
    """
    answered = _sole_answer(value, _PLACE_KEYS | _SITE_PLACE_KEYS)
    if answered is None and (wrapper := _sole_answer(value, _PLACE_WRAPPER_KEYS)) is not None:
        answered = _sole_answer(wrapper[1], _PLACE_KEYS | _SITE_PLACE_KEYS)
    if answered is None:
        return None
    record = answered[1]
    for raw_key, inner in itertools.islice(record.items(), _MAX_PLACE_FIELDS):
        if norm_key(raw_key) in _PLACE_CAMERA_KEYS and isinstance(inner, list):
            return record if _has_dicts(inner) else None
    return None


# Fields a key-value store answers beside an item's value, naming where it is kept.
_STORE_ITEM_KEYS = frozenset({"key", "namespace"})
# Fields of a stored camera record naming it (besides the name keys): Moonraker's uid.
_STORED_NAME_KEYS = (*NAME_KEYS, "uid")


def _named_record(record: JSONObject) -> bool:
    """Return True when a record carries a name (or uid) of its own as text."""
    index = index_keys(record)
    return any(
        isinstance(text := index.get(key), str) and bool(text.strip()) for key in _STORED_NAME_KEYS
    )


def _stored_item(item: JSONObject) -> Items | None:
    """Return the cameras keyed by id a key-value store's item holds as its value, else None.

    A store answers an item as its own fields beside its value (Moonraker's database:
    ``{result: {namespace: "webcams", key, value: {<uid>: {name, stream_url, …}}}}``,
    Mainsail's settings ``value: {<uuid>: {name, urlStream, urlSnapshot}}``): an item of
    at most 16 fields naming its ``key`` or ``namespace`` whose one object, its ``value``,
    keys records by camera id, each naming itself (a name or uid) and some holding media
    in their own fields (root-relative addresses read by their shape), holds the list. A
    value of groups (records holding lists), of records without media or of unnamed
    entries (a record's outputs keyed by format, its picture sizes or variants) is none.
    """
    if not 0 < len(item) <= _MAX_ANSWER_FIELDS or _STORE_ITEM_KEYS.isdisjoint(item):
        return None
    held = [inner for inner in item.values() if isinstance(inner, dict | list)]
    value = item.get("value")
    if len(held) != 1 or not isinstance(value, dict) or not value:
        return None
    entries = list(itertools.islice(value.values(), _MAX_PLAIN_LOOK))
    if not all(isinstance(entry, dict) for entry in entries):
        return None
    records = [entry for entry in entries if isinstance(entry, dict)]
    if not all(map(_named_record, records)):
        return None
    if any(any(_has_dicts(inner) for inner in record.values()) for record in records):
        return None
    if not any(_camera_like(record, 0) or _record_media(record) for record in records):
        return None
    return [(key, entry) for key, entry in itertools.islice(value.items(), MAX_CAMERAS + 1)]


# Words of a field name holding a place's own live stream (``stream``, ``liveStream``).
_LIVE_WORDS = frozenset({"stream", "livestream", "live", "hls", "m3u8", "video", "webcam"})


def _live_address(value: JSONValue) -> bool:
    """Return True for a live medium's address: a stream, a video file, a video's page."""
    if not isinstance(value, str) or not looks_like_url(value) or len(value) > 2048:
        return False
    url = value.strip()
    return url_kind(url) in ("stream", "mjpeg") or video_address(url)


def _streaming_place(index: dict[str, JSONValue]) -> bool:
    """Return True for one place record carrying its own live stream beside its cameras.

    A page registering its resorts one object at a time (``exports.schmitten =
    {caption, stream: "…m3u8", webcams: […]}``) hands each place on its own: the place
    is the item (its stream a camera, its webcams placed in it, see
    ``normalise._camera_holder``), not merely the list it holds. The record names
    itself, a field named for a live stream holds a live medium's address, and exactly
    one list named for cameras holds camera-like entries.
    """
    if len(index) > _MAX_PLACE_FIELDS:
        return False
    held = [
        key
        for key in _PLACE_CAMERA_KEYS
        if isinstance(inner := index.get(key), list)
        and any(_camera_like(entry) for entry in inner[:_MAX_PLAIN_LOOK])
    ]
    if len(held) != 1:
        return False
    if not any(isinstance(index.get(key), str) for key in (*NAME_KEYS, "caption")):
        return False
    return any(
        not set(key.split("_")).isdisjoint(_LIVE_WORDS) and _live_address(value)
        for key, value in index.items()
    )


# Fields of one GraphQL result (``{data, errors, extensions}``).
_GRAPHQL_RESULT_KEYS = frozenset({"data", "errors", "extensions"})
_MAX_BATCH = 20


def _graphql_batch(values: list[JSONValue], depth: int, local: bool) -> Items | None:
    """Return the camera entries of a batched GraphQL answer, else None.

    Queries posted as a JSON array are answered as an array of results (``[{data:
    {mapFeaturesQuery: {mapFeatures: […]}}}]``): each result's list is read as if it
    were answered alone. An array of other objects, or of more than _MAX_BATCH
    results, is a list of its own.
    """
    if not 0 < len(values) <= _MAX_BATCH:
        return None
    for entry in values:
        if not isinstance(entry, dict) or not entry.keys() <= _GRAPHQL_RESULT_KEYS:
            return None
        if not isinstance(entry.get("data"), dict):
            return None
    items: Items = []
    shop: PortalFormatError | None = None
    for entry in values:
        try:
            found = find_items(entry, depth=depth, local=local)
        except PortalFormatError as error:
            shop = error  # a result holding a shop's catalogue: the others are read
            continue
        if found is not None:
            items.extend(found[: MAX_CAMERAS + 1 - len(items)])
    if not items and shop is not None:
        raise shop
    return items or None


# phpMyAdmin's JSON export: a header, the database, then one object per table or view,
# each ``{type: "table", name, database, data: [rows]}``.
_EXPORT_KINDS = frozenset({"header", "database", "table", "view"})
_EXPORT_TABLE_KINDS = frozenset({"table", "view"})
_MAX_EXPORT_OBJECTS = 256


def _export_rows(values: list[JSONValue]) -> Items | None:
    """Return the rows of every table of a database tool's JSON export, else None.

    phpMyAdmin's JSON export (``[{type: "header", comment}, {type: "database", name},
    {type: "table", name: "locations", database, data: [...]}, …]``) wraps each table's
    rows in an object named for the table: the table's name (``locations``, ``cctv``,
    ``camera_settings``) is the database's word for the rows, never a place the cameras
    stand in, so the rows of the table holding the most camera-like rows (of its first
    50) are read as the export's entries with no group around them; the other tables
    (accounts, tokens, logs) are other lists, never mixed into it.
    Every entry must be such an object (its ``type`` one of the export's kinds), at most
    _MAX_EXPORT_OBJECTS of them, and at least one a table holding its ``data`` list;
    a list of groups named for places (``[{name: "Bengalon", cameras: [...]}]``) or of
    records that merely carry a ``type`` (``{type: "cctv", name, url}``) is no export.
    """
    if not 0 < len(values) <= _MAX_EXPORT_OBJECTS:
        return None
    tables: list[list[JSONValue]] = []
    for entry in values:
        if not isinstance(entry, dict):
            return None
        kind = entry.get("type")
        if not isinstance(kind, str) or kind.lower() not in _EXPORT_KINDS:
            return None
        if kind.lower() not in _EXPORT_TABLE_KINDS:
            continue
        data = entry.get("data")
        if not isinstance(entry.get("name"), str) or not isinstance(data, list):
            return None
        if not entry.keys() <= {"type", "name", "database", "data"}:
            return None
        tables.append([row for row in data if isinstance(row, dict)])
    best: list[JSONValue] | None = None
    best_score = (0, 0)
    for rows in tables:
        score = (sum(_camera_like(row) for row in rows[:50]), len(rows))
        if score > best_score:
            best, best_score = rows, score
    return _plain(best) if best else None


# Fields a GraphQL list query answers beside its one list of records (a CARS-program 511
# site's ``listCameraViewsQuery: {cameraViews: […], totalRecords, error}``): counts,
# an error object or null, a page cursor. Anything else beside the list is no such answer.
_QUERY_RESULT_SIDE_KEYS = frozenset(
    {"total", "total_records", "total_count", "count", "error", "errors", "page_info"}
)


def _graphql_query_list(index: JSONObject) -> Items | None:
    """Return the one record list a GraphQL answer's one list query holds, else None.

    ``{data: {listCameraViewsQuery: {cameraViews: [{title, uri, url, sources}],
    totalRecords, error}}}``: the query's name is no camera and no group; each record of
    its list is read as a camera when the query or its list is named for cameras
    (``camera``, ``cctv``, ``webcam``…). An answer of several queries, a query result holding
    several lists or other fields, or a list of no camera-like record is left to the
    other readers.
    """
    if not index.keys() <= _GRAPHQL_RESULT_KEYS or not isinstance(data := index.get("data"), dict):
        return None
    if len(data) != 1 or not isinstance(result := next(iter(data.values())), dict):
        return None
    if len(result) > len(_QUERY_RESULT_SIDE_KEYS) + 1:
        return None
    found: list[JSONValue] | None = None
    named = set(norm_key(str(next(iter(data)))[:_MAX_NAME_KEY]).split("_"))
    for key, inner in index_keys(result).items():
        if isinstance(inner, list) and found is None and key not in _QUERY_RESULT_SIDE_KEYS:
            found, named = inner, named | set(key.split("_"))
        elif key not in _QUERY_RESULT_SIDE_KEYS:
            return None
    if found is None or WEBCAM_WORDS.isdisjoint(named):
        return None  # a query of posts, products or listings (``posts: {nodes}``)
    if not any(_camera_like(entry) for entry in found[:_MAX_PLAIN_LOOK]):
        return None
    return _plain(found)


def _whole_answer(value: JSONObject, index: JSONObject) -> Items | None:
    """Return the entries an answer gives whole, else None.

    That is the answer itself as one streaming place or camera, its one GraphQL list
    query's records, or a TAK server's video connections' feeds (each in its
    connection's alias as area).
    """
    if _streaming_place(index) or holds_primary_stream(index):
        return [(None, value)]
    if (feeds := tak_connection_feeds(value)) is not None:
        return _plain(feeds)
    return _graphql_query_list(index)


def find_items(
    value: JSONValue,
    *,
    depth: int = _MAX_SEARCH_DEPTH,
    envelopes: int = _MAX_ENVELOPES,
    local: bool = False,
) -> Items | None:
    """Return the camera entries of a JSON value, or None when it holds no list at all.

    ``local`` says the answer came from the local network (its LAN playlists are kept).
    """
    value = _decoded(value)
    found: Items | None
    if isinstance(value, list):
        found = _graphql_batch(value, depth, local) or _export_rows(value) or _plain(value)
    elif not isinstance(value, dict):
        return None
    elif _handle_map(value):
        return _slug_playlists(value, local=local)  # never one derived-name record
    elif (links := player_link_records(value, local=local)) is not None:
        return _plain(links)  # a key→player link table: each handed stream a camera
    else:
        found = _found_items(value, depth, envelopes, local)
    return _read_handle_maps(found, local)


def _read_handle_maps(found: Items | None, local: bool) -> Items | None:
    """Return found entries with each handle→playlist map among them read as a handle map.

    A handle map found as one entry (``{"data": {"teluk-lingga": "…m3u8"}}``, a station
    list under ``stations``, a map as an entry of a list) is read as a handle map, never
    as one record named by its holder's key or by a derived id. Every entry is looked at
    (one short test each).
    """
    if found is None or not any(_is_handle_map(item) for _, item in found[:_MAX_HANDLE_LOOK]):
        return found
    items: Items = []
    for key, item in found:
        if not _is_handle_map(item):
            items.append((key, item))
        elif _camera_holder(key, item) and (
            handles := _slug_playlists(
                item, local=local, held=norm_key(key or "") in _CAMERA_HOLDERS
            )
        ):
            items.extend(handles)
    return items or None


_MAX_HANDLE_LOOK = MAX_CAMERAS * 5


def _is_handle_map(item: JSONValue) -> TypeGuard[JSONObject]:
    """Return True for an entry that is a handle→playlist map (``_handle_map``)."""
    return isinstance(item, dict) and _handle_map(item)


# Holders of a radio's or a podcast's streams or a course's parts (``radios``,
# ``podcasts``, ``audio``, ``lessons``): their handle maps are no cameras.
_SOUND_HOLDER_WORDS = frozenset({"radio", "radios", "podcast", "podcasts", "audio", "music"})
# ``stations`` holds a radio's stations and a river's or a road's camera stations alike:
# its map is cameras only when every playlist is on a host named for cameras.
_STATION_WORDS = frozenset({"station", "stations"})


def _camera_holder(key: str | None, item: JSONObject) -> bool:
    """Return True unless a handle map's holder names sound streams or a course's parts."""
    if key is None:
        return True
    words = _key_words(key)
    if not (_SOUND_HOLDER_WORDS | COURSE_WORDS).isdisjoint(words):
        return False
    if _STATION_WORDS.isdisjoint(words):
        return True
    return all(
        isinstance(url, str) and _CAMERA_HOST.search(url_host(url) or "") for url in item.values()
    )


def _held_player_links(index: Mapping[str, JSONValue], local: bool) -> Items | None:
    """Return the cameras of a key→player link table held under a wrapper key, or None.

    ``{"cameras": {"cam07": "…/expandcameraplayer/?camId=…&videoUrl=…m3u8"}}`` is read
    as the same table at the top is (``playerlinkmaps``).
    """
    for key in WRAPPER_KEYS:
        inner = _decoded(index.get(key))
        if isinstance(inner, dict) and (links := player_link_records(inner, local=local)):
            return _plain(links)
    return None


def _found_items(value: JSONObject, depth: int, envelopes: int, local: bool) -> Items | None:
    """Return the entries of a JSON object (``find_items``), its handle maps not yet read."""
    index = index_keys(value)
    if (
        whole := _whole_answer(value, index)
        or _held_grouped(index, local)
        or _held_player_links(index, local)
    ) is not None:
        # The whole answer, places keying playlists by code under a holder, or a
        # key→player link table under ``cameras``, ``data``…
        return whole
    holders = [(key, _decoded(index[key])) for key in WRAPPER_KEYS if key in index]
    # A wrapper holding only empty objects (Nuxt 2's ``data: [{}]``) holds nothing.
    holders = [(key, inner) for key, inner in holders if not _only_empty(inner)]
    wrapped = [inner for _, inner in holders]
    for inner in wrapped:
        if _has_dicts(inner):
            assert isinstance(inner, list)
            return _plain(inner)
    for inner in wrapped:
        if isinstance(inner, list):
            return _plain(inner)
    for holder, inner in holders:
        if isinstance(inner, dict):
            nested = index_keys(inner)
            for key in WRAPPER_KEYS:
                deeper = _decoded(nested.get(key))
                if isinstance(deeper, list):
                    return _plain(deeper)
            if (keyed := _keyed(inner)) is not None:
                return _own_id_titled(keyed) if holder in _OWN_ID_HOLDERS else keyed
            if (keyed := _stored_item(inner)) is not None:
                return keyed
    if (held := _held_handles(index, local)) is not None:
        return held
    for key in (*WRAPPER_KEYS, *LINK_LIST_KEYS, "webcams"):
        if _is_handle_map(index.get(key)):
            continue  # read as a handle map only (``_held_handles``)
        if (named := _named_urls(index.get(key))) is not None:
            return named
    for key in _TITLED_HOLDERS:
        inner = _decoded(index.get(key))
        if isinstance(inner, dict) and (keyed := _keyed_cameras(inner)) is not None:
            # Beside the answer's other blocks (``generated``, ``count``, ``sunset``).
            named = _own_id_titled(keyed)
            return _titled_records(named) or named
    if (
        sources := _source_map(index)
        or _slug_playlists(value, local=local)
        or _grouped_playlists(value, local=local)
    ) is not None:
        # A relay's sources, a stream file's playlists keyed by handle, or places each
        # keying their cameras' playlists by code.
        return sources
    if (grouped := group_tree_items(value)) is not None:
        return _plain(grouped)  # groups holding cameras and groups of their own kind
    if (record := _answered_record(value) or _answered_place(value)) is not None:
        return [(None, record)]
    if (keyed := _keyed(value)) is not None:
        return keyed
    if (tree := keyed_tree_items(value, _camera_like)) is not None:
        return tree
    if (groups := _keyed_groups(value)) is not None:
        return groups
    if (lists := kind_camera_lists(value, _camera_like)) is not None:
        return _plain(lists)  # a place's webcams beside the road cameras near it
    return _searched(value, wrapped, depth, envelopes, local)


def _searched(
    value: JSONObject, wrapped: list[JSONValue], depth: int, envelopes: int, local: bool
) -> Items | None:
    """Return the list a search below the answer finds, else its envelopes', else itself."""
    found = _search(value, depth)
    if found is None and _camera_like(value, 0):
        return [(None, value)]
    if not _holds_cameras(found) and (inside := _enveloped(wrapped, depth, envelopes, local)):
        return inside
    return found


def _holds_cameras(items: Items | None) -> bool:
    """Return True when some of the first entries carry what a camera carries.

    An entry's media may sit in an object of its own (``media: {hls, jpeg}``).
    """
    return items is not None and any(
        _camera_like(item)
        or (
            isinstance(item, dict)
            and any(_camera_like(v, 0) for v in itertools.islice(item.values(), _MAX_PLAIN_LOOK))
        )
        for _, item in items[:50]
    )


def _enveloped(wrapped: list[JSONValue], depth: int, envelopes: int, local: bool) -> Items | None:
    """Return the cameras of an answer's envelope objects, read as answers of their own.

    An answer may nest its list deeper than the search reaches below envelopes
    (``{meta, payload: {result: {perangkat: {cctv: [...]}}}}``, tRPC's
    ``{result: {data: {json: {cameras: [...]}}}}``, a GraphQL record's connection
    ``{data: {agency: {camerasConnection: {nodes: [...]}}}}``): each object under an
    envelope key is searched as an answer itself, at most ``_MAX_ENVELOPES`` deep,
    and taken only when it holds camera-like entries.
    """
    if envelopes <= 0:
        return None
    for inner in wrapped[:_MAX_ENVELOPE_OBJECTS]:
        if not isinstance(inner, dict):
            continue
        try:
            found = find_items(inner, depth=depth, envelopes=envelopes - 1, local=local)
        except PortalFormatError:
            continue  # a shop's priced catalogue under one envelope: the others are read
        if _holds_cameras(found):
            return found
    return None


# A bare list of features shows one among its first this many entries.
_MAX_FEATURE_SCAN = 1_000


def _is_feature(value: JSONValue) -> bool:
    """Return True for a GeoJSON Feature object."""
    if not isinstance(value, dict):
        return False
    kind = value.get("type")
    return (isinstance(kind, str) and kind.lower() == "feature") or (
        "geometry" in value and "properties" in value
    )


def _features(value: JSONValue) -> list[JSONValue] | None:
    """Return the features of a GeoJSON document, or None when it is not GeoJSON.

    A TopoJSON topology (or an answer wrapping one) gives the features it encodes.
    """
    if isinstance(value, dict):
        if (topology := topology_features(value)) is not None:
            return topology
        index = index_keys(value)
        kind = index.get("type")
        features = index.get("features")
        collection = isinstance(kind, str) and kind.lower() == "featurecollection"
        if isinstance(features, list) and (collection or any(map(_is_feature, features))):
            return features
        if _is_feature(value):
            return [value]
        return None
    if (
        isinstance(value, list)
        and any(map(_is_feature, value[:_MAX_FEATURE_SCAN]))
        and all(_is_feature(item) for item in value if isinstance(item, dict))
    ):
        return value
    return None


# The entries of a JSON list prepared before reading: as many as ``normalise_items`` reads
# when no entry is left out before reading (MAX_CAMERAS cameras and MAX_UNUSABLE_ENTRIES
# entries giving none, one past each); a later entry it reaches is prepared then.
_READ_ENTRIES = MAX_CAMERAS + MAX_UNUSABLE_ENTRIES + 2


def _has_stream_keys(items: Items) -> bool:
    """Return True when the entries look like Kutim items carrying stream keys.

    A relay's keys for the ingest server beside them are publishers' keys, no Kutim ones.
    Only a record with a field spelling ``key`` (or an escaped character) is indexed.
    """
    return any(
        isinstance(item, dict)
        and any("key" in key.lower() or "_x" in key for key in item)
        and "stream_key" in (index := index_keys(item))
        and not publishing_key(index)
        for _, item in items
    )


def _result(
    items: Items,
    ctx: Context,
    fmt: PortalFormat,
    *,
    allow_empty_result: bool = False,
    prepare: tuple[Callable[[JSONValue], JSONValue], int] | None = None,
) -> ParseResult:
    """Normalise entries into a parse result; an all-unusable list is a format error."""
    notes = Notes()
    cameras, skipped = normalise_items(items, ctx, notes, prepare=prepare)
    # A list's entries that are only web pages, beside entries giving pictures or streams.
    cameras = without_page_entries(cameras)
    if not cameras and items and not allow_empty_result:
        read = min(len(items), MAX_UNUSABLE_ENTRIES + 1)
        entries = (
            f"its {len(items)}" if read == len(items) else f"the first {read} of its {len(items)}"
        )
        if notes.need_login:
            raise PortalFormatError(
                f"{_NO_LIST}: none of {entries} entries can be shown: "
                f"{notes.need_login} of them need a login the portal does not hand "
                "(flagged as requiring authentication)"
            )
        if notes.articles:
            raise PortalFormatError(
                f"{_NO_LIST}: none of {entries} entries is a camera: "
                f"{notes.articles} of them read as articles, posts or products "
                "(a page link beside a cover picture)"
            )
        if notes.recordings >= read:
            # Every entry read is a recording (``mediafiles``, ``livevideos``): the
            # list is a media listing's files or a channel's past videos, no cameras.
            raise PortalFormatError(
                f"{_NO_LIST}: none of {entries} entries is a camera: "
                f"{notes.recordings} of them are recordings "
                "(recorded files or past videos, no live view)"
            )
        raise PortalFormatError(
            f"{_NO_LIST}: none of {entries} entries has a stream or image URL "
            f"(found {describe_json([item for _, item in items[:200]])})"
        )
    return _capped_result(fmt, cameras, skipped, notes)


def _capped_result(
    fmt: PortalFormat, cameras: list[Camera], skipped: int, notes: Notes
) -> ParseResult:
    """Return a parse result of at most MAX_CAMERAS cameras, marked when there were more."""
    capped = len(cameras) > MAX_CAMERAS
    return ParseResult(
        format=fmt,
        cameras=dedupe(cameras[:MAX_CAMERAS], notes),
        skipped=skipped,
        warnings=notes.result(),
        capped=capped,
    )


def portal_title(value: str) -> str | None:
    """Return a portal's own name made safe for a title, or None when it has none."""
    text = clean_text(value[:_MAX_TITLE_SOURCE])
    if text is None or not any(char.isalpha() for char in text):
        return None
    if len(text) > _MAX_TITLE:
        text = text[: _MAX_TITLE - 1].rstrip() + "…"
    return text


def _json_title(data: JSONValue) -> str | None:
    """Return the name a JSON document gives itself (a GeoJSON layer's "name")."""
    if not isinstance(data, dict):
        return None
    for key in ("name", "title", "judul"):
        value = data.get(key)
        if isinstance(value, str) and (title := portal_title(value)):
            return title
    return None


def _web_mercator(data: JSONValue) -> bool:
    """Return True when a document declares Web Mercator (ArcGIS or GeoJSON ``crs``)."""
    if not isinstance(data, dict):
        return False
    index = index_keys(data)
    return is_web_mercator(index.get("spatial_reference")) or is_web_mercator(index.get("crs"))


def _json_result(data: JSONValue, ctx: Context, fmt: PortalFormat | None) -> ParseResult:
    """Parse a JSON value of any supported shape; fmt None reports the detected shape."""
    return replace(_json_cameras(data, ctx, fmt), title=_json_title(data))


def _json_cameras(data: JSONValue, ctx: Context, fmt: PortalFormat | None) -> ParseResult:
    """Parse the cameras of a JSON value of any supported shape."""
    if (page_data := sveltekit_data(data)) is not None:
        data = page_data  # a SvelteKit __data.json answer: its nodes' data, revived
    elif (page_data := gatsby_page_data(data)) is not None:
        data = page_data  # a Gatsby page-data.json answer: its page query's data
    elif (state := livewire_update_data(data)) is not None:
        data = state  # a Livewire 3 update answer: its components' state, revived
    public = is_public_host(url_host(ctx.base_url)) if ctx.base_url else True
    if (
        paired := parallel_list_records(data, base_url=ctx.base_url or "", local=not public)
    ) is not None:
        data = paired  # a scraper's pictures and their labels side by side, by position
    if (widgets := sitemap_widgets(data, ctx.base_url)) is not None:
        data = widgets  # a home-automation sitemap: its camera widgets, as plain records
    elif (devices := hub_device_records(data, ctx.base_url)) is not None:
        data = devices  # a home-automation hub's device list: its cameras, as plain records
    elif (entries := start_page_cameras(data, ctx.base_url)) is not None:
        data = entries  # a start page's configuration: its camera widgets and items
    elif (tabs := tab_list_records(data, ctx.base_url)) is not None:
        data = tabs  # a tab organiser's tabs or a status page's monitors, as records
    elif (notes := webmap_features(data)) is not None:
        data = notes  # a web map: the features its operational layers carry inline
    elif (related := related_records(data)) is not None:
        data = related  # a related-records answer: its records, as a query's features
    elif (bindings := sparql_records(data)) is not None:
        data = bindings  # a SPARQL SELECT answer: its bindings, as plain records
    elif (documents := solr_documents(data)) is not None:
        data = documents  # a Solr select answer: its documents, fields by base word
    data = resolve_relations(data)
    data = resolve_document_lookups(data)  # codes named in a table beside the list
    data = give_document_states(data)  # states a map beside the list keys by id
    if _web_mercator(data):
        ctx = replace(ctx, web_mercator=True)
    server = server_items(data, ctx.base_url)
    if server is not None:
        return _result(_plain(server[1]), ctx, fmt or PortalFormat.JSON)
    features = _features(data)
    if features is not None:
        if written_lat_first(features):
            ctx = replace(ctx, lat_first_points=True)  # a feed writing points [lat, lng]
        return _result(_plain(features), ctx, fmt or PortalFormat.GEOJSON)
    rows = table_items(data)
    if rows is not None:
        return _result(_plain(rows), ctx, fmt or PortalFormat.JSON)
    data = tuple_group_records(data)  # groups' positional camera tuples, as records
    local = not is_public_host(url_host(ctx.base_url)) if ctx.base_url else False
    items = find_items(placed_cameras(data), local=local)
    if items is None:
        raise PortalFormatError(f"{_NO_LIST} (found {describe_json(data)})")
    if (district := answer_area(data)) is not None:
        ctx = replace(ctx, answer_area=district)  # named once above the list
    # The entries reading reaches are prepared: records in their store's or admin panel's
    # own encoding are read as plain records, and an IP camera given by its own host, port
    # and media paths gets its addresses on that host. The first ones are prepared here
    # (the list-level rules scan them); any later one when reading reaches it.
    base_url = ctx.base_url

    def prepared(item: JSONValue) -> JSONValue:
        return hosted_paths(plain_record(item), base_url)

    read = [(key, prepared(item)) for key, item in items[:_READ_ENTRIES]]
    later = (prepared, _READ_ENTRIES)
    items = read + items[_READ_ENTRIES:]
    if _has_stream_keys(read):
        return _result(items, replace(ctx, kutim=True), fmt or PortalFormat.KUTIM, prepare=later)
    return _result(items, ctx, fmt or PortalFormat.JSON, prepare=later)
