"""A camera asset whose media sit in its own feed, product and service tree.

An observation network's asset API (WebCOOS ``/api/v1/assets/`` and the clients reading
it) answers one record per camera: its own fields in sections under ``data``
(``common {slug, label, description}``, ``properties {group, location, thumbnails}``)
and its media several levels down, in ``feeds[].products[].services[]`` (or a feed's
``services[]`` directly): the service typed as streaming (``StreamingService``) lists the
ways to watch it live (``connections: [{protocol: "hls" | "dash" | "embed", url, port,
provider}]``), while catalog services only name archive folders (``base_url``, an S3
bucket's ``path``) and element dates. The stream of a feed and the still of a product
belong to the asset holding them, so ``asset_record`` reads such a record as one flat
camera record:

- the ``data`` sections' fields count as the record's own (its own fields first);
- its stream is the streaming service's best connection: HLS, then another web player
  format (DASH, FLV, MP4, WebRTC), then the player page (``embed``, ``iframe``,
  ``player``), then RTSP; a connection written with a login is never taken, nor, in an
  answer from a public host, one on no public host (an answer from the LAN may name its
  LAN addresses, after every public one);
- ``disposition.slug`` (``up``/``down``, also ``online``/``offline``, ``active``/
  ``inactive``, ``retired``) is its state, any other disposition none;
- its still is the largest picture of its sized thumbnails (``thumbnails: {base:
  {lqip, rect_small, rect_medium, rect_large, square_large}}`` or without the ``base``
  level): the largest size word wins, a wide picture (``rect``) before a square crop of
  it at the same size; an inline placeholder (``lqip``, a ``data:`` URI) never; without
  thumbnails of its own, the first thumbnails of a node of its tree (a stills product's
  latest picture) are its still.

Nodes typed as archives (``CatalogService``, ``archive``, ``download``…) give no stream,
and their folders, buckets and dates are never read. A record is read so only when one
of its ``feeds``/``products``/``services`` lists holds nodes of such a tree (a node
holding another such list, typed as a feed, product or service, or listing
connections); a list of plain values or of other records is left as it is. Work is
bounded: three list levels, 16 nodes a list, 64 nodes and 16 connections in all.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from .fieldurls import looks_like_url
from .media import is_hls_url
from .policy import is_public_host
from .shapes import has_userinfo
from .values import norm_key

if TYPE_CHECKING:
    from collections.abc import Iterator

    from .values import JSONObject, JSONValue

# Keys of an asset's media tree, outermost first (a feed's products, a product's services).
_TREE_KEYS = frozenset({"feeds", "products", "services"})
# Sections of a record's ``data`` object holding its own fields.
_SECTION_KEYS = ("common", "properties", "attributes")
# Keys naming a node's kind, and the kinds that make a node part of such a tree.
_KIND_KEYS = ("type", "kind", "service_type")
_NODE_KIND = re.compile(r"(?:service|feed|product)s?$", re.IGNORECASE)
_LIVE_KIND = re.compile(r"stream|live", re.IGNORECASE)
_ARCHIVE_KIND = re.compile(r"catalog|archive|download|record|storage|inventory", re.IGNORECASE)
# Keys of a node's list of ways to watch it, and of each entry's protocol.
_CONNECTION_KEYS = frozenset({"connections", "outputs", "endpoints", "streams"})
_PROTOCOL_KEYS = ("protocol", "format", "type", "kind", "name")
_URL_KEYS = ("url", "href", "uri", "src")
# Connection protocols by rank: HLS, other web player formats, a player page, RTSP.
_PROTOCOL_RANKS = {"hls": 0, "m3u8": 0, "ll_hls": 0, "llhls": 0}
_PROTOCOL_RANKS |= {"dash": 1, "mpd": 1, "flv": 1, "http_flv": 1, "mp4": 1, "webrtc": 1}
_PROTOCOL_RANKS |= {"embed": 2, "iframe": 2, "player": 2, "page": 2, "rtsp": 3}
_THUMBNAIL_KEYS = frozenset({"thumbnails", "thumbnail_sizes", "thumbs"})
# Size words of a thumbnail's key, and the words of a wide picture beside square crops.
_SIZE_WORDS = {"lqip": -1, "icon": 0, "tiny": 0, "thumb": 1, "xs": 1, "small": 1, "sm": 1}
_SIZE_WORDS |= {"medium": 2, "med": 2, "md": 2, "large": 3, "lg": 3, "big": 3}
_SIZE_WORDS |= {"xl": 4, "full": 4, "original": 4, "orig": 4}
_WIDE_WORDS = frozenset({"rect", "wide", "landscape", "banner"})
# An asset's disposition (``disposition: {slug: "up", label: "Up"}``): whether it is
# running; any other disposition (``maintenance``, ``planned``) says nothing.
_DISPOSITION_KEYS = frozenset({"disposition", "operational_status"})
_DISPOSITION_STATES = {"up": True, "online": True, "active": True}
_DISPOSITION_STATES |= {"down": False, "offline": False, "inactive": False, "retired": False}
_MAX_LIST = 16
_MAX_NODES = 64
_MAX_LEVELS = 3
_MAX_FIELDS = 64
_MAX_CONNECTIONS = 16


def _kind(node: JSONObject) -> str:
    """Return the kind a tree node names (``StreamingService``), in itself or its data."""
    data = node.get("data")
    for holder in (node, data if isinstance(data, dict) else {}):
        for key in _KIND_KEYS:
            if isinstance(value := holder.get(key), str) and len(value) <= 64:
                return value.strip()
    return ""


def _sections(node: JSONObject) -> list[JSONObject]:
    """Return a node and its ``data`` sections, where its fields are written."""
    found = [node]
    for holder in (node, node.get("data")):
        if not isinstance(holder, dict):
            continue
        if holder is not node:
            found.append(holder)
        found += [value for key in _SECTION_KEYS if isinstance(value := holder.get(key), dict)]
    return found


def _tree_lists(node: JSONObject) -> list[list[JSONObject]]:
    """Return a node's lists of tree nodes (``products``, ``services``)."""
    return [
        [entry for entry in value[:_MAX_LIST] if isinstance(entry, dict)]
        for key, value in itertools.islice(node.items(), _MAX_FIELDS)
        if norm_key(key) in _TREE_KEYS and isinstance(value, list)
    ]


def _connections(node: JSONObject) -> list[JSONObject]:
    """Return the entries of a node's list of connections, if it lists any."""
    for section in _sections(node):
        for key, value in itertools.islice(section.items(), _MAX_FIELDS):
            if norm_key(key) in _CONNECTION_KEYS and isinstance(value, list):
                return [e for e in value[:_MAX_CONNECTIONS] if isinstance(e, dict)]
    return []


def _tree_node(node: JSONObject) -> bool:
    """Return True for a node of an asset's media tree."""
    return bool(_tree_lists(node) or _NODE_KIND.search(_kind(node)) or _connections(node))


def _nodes(item: JSONObject) -> Iterator[JSONObject]:
    """Yield the nodes of an item's media tree, in document order, bounded."""
    count = 0
    stack: list[tuple[JSONObject, int]] = []
    for entries in reversed(_tree_lists(item)):
        stack += [(entry, 1) for entry in reversed(entries)]
    while stack and count < _MAX_NODES:
        node, level = stack.pop()
        count += 1
        yield node
        if level < _MAX_LEVELS:
            for entries in reversed(_tree_lists(node)):
                stack += [(entry, level + 1) for entry in reversed(entries)]


def _connection(entry: JSONObject, public: bool) -> tuple[int, str] | None:
    """Return a connection's rank and address, or None when it names no usable one.

    In an answer from a public host (``public``), an address on no public host (a LAN,
    loopback, link-local or metadata address, a local name) is none.
    """
    url = next(
        (v.strip() for key in _URL_KEYS if isinstance(v := entry.get(key), str) and v.strip()),
        None,
    )
    if url is None or not looks_like_url(url) or has_userinfo(url):
        return None
    scheme = url.split(":", 1)[0].lower()
    if scheme not in {"http", "https", "rtsp", "rtsps"}:
        return None
    words = [
        re.sub(r"[\s.-]+", "_", value.strip().lower())
        for key in _PROTOCOL_KEYS
        if isinstance(value := entry.get(key), str) and len(value) <= 32
    ]
    rank = min((_PROTOCOL_RANKS[w] for w in words if w in _PROTOCOL_RANKS), default=None)
    if is_hls_url(url):
        rank = 0
    if rank is None or (scheme.startswith("rtsp") != (rank == 3)):
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not is_public_host(host):
        return None if public else (rank + 10, url)
    return rank, url


def _stream(nodes: list[JSONObject], public: bool) -> str | None:
    """Return the best live connection of the tree's streaming nodes, else None."""
    live = [node for node in nodes if _LIVE_KIND.search(_kind(node))]
    untyped = [node for node in nodes if not _kind(node)]
    for node in [*live, *untyped]:
        if _ARCHIVE_KIND.search(_kind(node)):
            continue
        ranked = [found for entry in _connections(node) if (found := _connection(entry, public))]
        if ranked:
            return min(ranked, key=lambda found: found[0])[1]
    return None


def _size(key: str) -> tuple[int, int] | None:
    """Return how large a picture a thumbnail's key names and whether it is wide."""
    words = [word for word in re.split(r"[_\W]+", key.lower()) if word]
    sizes = [_SIZE_WORDS[word] for word in words if word in _SIZE_WORDS]
    if not sizes or min(sizes) < 0:
        return None
    return max(sizes), 1 if _WIDE_WORDS & set(words) else 0


def _largest(value: JSONValue) -> str | None:
    """Return the largest picture of a sized thumbnail tree (``{base: {rect_large}}``)."""
    if not isinstance(value, dict):
        return None
    sized = value
    if not any(isinstance(inner, str) for inner in itertools.islice(value.values(), _MAX_LIST)):
        sized = next((v for v in itertools.islice(value.values(), 4) if isinstance(v, dict)), {})
    best: tuple[tuple[int, int], int, str] | None = None
    for position, (key, url) in enumerate(itertools.islice(sized.items(), _MAX_LIST)):
        if not isinstance(url, str) or not url.strip().lower().startswith(("https://", "http://")):
            continue
        if has_userinfo(url) or (size := _size(key)) is None:
            continue
        if best is None or size > best[0]:
            best = (size, position, url.strip())
    return best[2] if best is not None else None


def _thumbnail(holder: JSONObject) -> str | None:
    """Return the largest of a record's or node's sized thumbnails, else None."""
    for section in _sections(holder):
        for key, value in itertools.islice(section.items(), _MAX_FIELDS):
            if norm_key(key) in _THUMBNAIL_KEYS and (url := _largest(value)) is not None:
                return url
    return None


def _disposition(item: JSONObject) -> bool | None:
    """Return the state an asset's disposition gives (``{slug: "up"}``), else None."""
    for key, value in itertools.islice(item.items(), _MAX_FIELDS):
        if norm_key(key) in _DISPOSITION_KEYS and isinstance(value, dict):
            slug = value.get("slug")
            if (
                isinstance(slug, str)
                and (state := _DISPOSITION_STATES.get(slug.strip().lower())) is not None
            ):
                return state
    return None


def asset_record(item: JSONObject, base_url: str) -> JSONObject:
    """Return an asset record read as one flat camera record, else the item as it is.

    ``base_url`` is the address the answer came from: from a public host, connections
    on no public host are never read.
    """
    trees = [entries for entries in _tree_lists(item) if any(map(_tree_node, entries))]
    if not trees:
        return item
    nodes = list(_nodes(item))
    flat: JSONObject = {}
    data = item.get("data")
    for key, value in item.items():
        if norm_key(key) in _TREE_KEYS or (key == "data" and isinstance(data, dict)):
            continue
        flat[key] = value
    if isinstance(data, dict):
        for section in _sections(data)[1:]:
            for key, value in itertools.islice(section.items(), _MAX_FIELDS):
                if norm_key(key) not in _THUMBNAIL_KEYS:
                    flat.setdefault(key, value)
    for key in [key for key in flat if norm_key(key) in _THUMBNAIL_KEYS]:
        del flat[key]
    still = _thumbnail(item) or next(filter(None, map(_thumbnail, nodes)), None)
    if still is not None:
        flat.setdefault("thumbnail", still)
    try:
        public = is_public_host(urlsplit(base_url).hostname)
    except ValueError:
        public = True
    if (stream := _stream(nodes, public)) is not None:
        flat.setdefault("stream_url", stream)
    if (state := _disposition(item)) is not None:
        flat.setdefault("online", state)
    return flat
