"""Video feeds of the TAK ecosystem: Cursor-on-Target markers and video connection lists.

A TAK mission or server answers its markers as Cursor-on-Target ``<event>`` elements
(``uid``, ``how``, ``<point lat lon>``, ``<detail>``): a marker carrying a video holds
ATAK's ``<__video uid url>`` detail with its ``<ConnectionEntry protocol address port
path alias>``, or the VideoCollections plugin's ``<__videoCollections>`` of
``<feed url uid alias active latitude longitude>``. Such a marker is a camera: its id
the event ``uid``, its name the marker's ``contact callsign`` (the event's ``how`` is
how the point was made, ``h-g-i-g-o``, a code and never a name), its position the
point. A TAK Server's video connection list (``{videoConnections: [{alias, feeds}]}``,
``<videoCollections><videoCollection alias><feed …/>``) and OpenTAKServer's list for
ATAK's video tool (``<videoConnections><feed><protocol><address><port><path>``) hold
feeds: each is a camera named by its alias (else its path), in the area its
collection's alias names (unless the collection merely repeats the feed's alias).

A connection written in parts is put together as ``protocol://address:port/path`` only
for RTSP(S) and HTTP(S) on a bare host name or address (no login, no port or path in
it); a ``raw`` entry's address is the whole URL. The URL then passes the same checks as
any other (a private or loopback host from a public answer, RTMP and SRT are no media;
a login is never kept).
"""

from __future__ import annotations

import re

from ..aliases import AREA_KEYS
from ..fieldurls import url_host
from ..models import MAX_CAMERAS
from ..policy import is_public_host
from ..values import JSONObject, JSONValue, port_number

_AREA = AREA_KEYS[0]
_MAX_GROUPS = 500
_MAX_TEXT = 300
_MAX_URL = 2048
_PART_SCHEMES = frozenset({"rtsp", "rtsps", "http", "https"})
# A bare host name or IPv4 address: no login, port, path or whitespace in it.
_HOST = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252}[A-Za-z0-9])?")
_PATH = re.compile(r"[^\s\x00-\x1f\x7f\\]{1,1024}")
_EVENT_ROOTS = frozenset({"events", "event"})
_LIST_ROOTS = frozenset({"videoconnections", "videocollections"})


def _text(value: JSONValue) -> str | None:
    """Return a short non-empty text, stripped, else None."""
    if isinstance(value, str) and (text := value.strip()) and len(text) <= _MAX_TEXT:
        return text
    return None


def _entries(value: JSONValue) -> list[JSONObject]:
    """Return the objects of one element or of a list of them, bounded."""
    values = value if isinstance(value, list) else [value]
    return [entry for entry in values[: MAX_CAMERAS + 1] if isinstance(entry, dict)]


def _flag(value: JSONValue) -> bool | None:
    """Return a feed's ``active`` flag written as a boolean or ``true``/``false``."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    return None


def _reachable(url: str, *, public: bool) -> str | None:
    """Return a whole URL unless it is too long or, in a public answer, not on the internet."""
    if len(url) > _MAX_URL:
        return None
    relative = "://" not in url and not url.startswith("//")  # on the answer's own host
    if public and not relative and not is_public_host(url_host(url)):
        return None
    return url


def connection_url(entry: JSONObject, *, public: bool = True) -> str | None:
    """Return the URL of a connection given whole (``url``) or in parts, else None.

    ``protocol`` ``raw`` (ATAK's entry for a full address) gives ``address`` as it is;
    RTSP(S) or HTTP(S) with a bare host in ``address`` gives ``protocol://address[:port]
    /path``. Any other protocol (RTMP, SRT, UDP) and an address holding a login or
    anything but a host give none; so does, in a public answer (``public``), a URL whose
    host is not on the internet (a LAN, loopback or link-local address, a single-label
    name), whether given whole or put together: a TAK answer never points inward.
    """
    whole = entry.get("url")
    if isinstance(whole, str) and (whole := whole.strip()):
        return _reachable(whole, public=public)
    protocol = (_text(entry.get("protocol")) or "").lower()
    address = entry.get("address")
    if not isinstance(address, str) or not (address := address.strip()):
        return None
    if protocol == "raw":
        return _reachable(address, public=public) if "://" in address else None
    if protocol not in _PART_SCHEMES or _HOST.fullmatch(address) is None:
        return None
    if public and not is_public_host(address):
        return None
    port = port_number(entry.get("port"))
    url = f"{protocol}://{address}" + (f":{port}" if port is not None else "")
    path = entry.get("path")
    if isinstance(path, str) and (path := path.strip()):
        if _PATH.fullmatch(path) is None:
            return None
        url += path if path.startswith("/") else "/" + path
    return url


def _feed_record(feed: JSONObject, area: str | None, *, public: bool) -> JSONObject | None:
    """Return a TAK feed as a camera record, or None when it has no address."""
    url = connection_url(feed, public=public)
    thumbnail = _text(feed.get("thumbnail"))
    if url is None and thumbnail is None:
        return None
    record: JSONObject = {}
    if (feed_id := _text(feed.get("uid")) or _text(feed.get("uuid"))) is not None:
        record["id"] = feed_id
    path = _text(feed.get("path"))
    if (name := _text(feed.get("alias")) or (path.strip("/") if path else None)) is not None:
        record["name"] = name
    if area is not None and (name is None or area.casefold() != name.casefold()):
        # A connection named like its feed (one feed per connection) names the camera.
        record[_AREA] = area
    for key, field in (("latitude", "lat"), ("longitude", "lng")):
        if (value := feed.get(key)) is not None and not isinstance(value, dict | list):
            record[field] = value
    if url is not None:
        record["url"] = url
    if thumbnail is not None:
        record["thumbnail"] = thumbnail
    if (active := _flag(feed.get("active"))) is not None:
        record["active"] = active
    return record


def _collection_feeds(
    groups: list[JSONObject], *, areas: bool, public: bool = True
) -> list[JSONValue]:
    """Return the feeds of video collections, each in its collection's alias as area."""
    records: list[JSONValue] = []
    for group in groups[:_MAX_GROUPS]:
        area = _text(group.get("alias")) if areas else None
        feeds = group.get("feeds", group.get("feed"))
        for feed in _entries(feeds):
            if len(records) > MAX_CAMERAS:
                return records
            if (record := _feed_record(feed, area, public=public)) is not None:
                records.append(record)
    return records


def _marker_record(
    event: JSONObject, detail: JSONObject, video: JSONObject, *, public: bool
) -> JSONObject:
    """Return a marker's ``__video`` detail as a camera record (url may be missing)."""
    entry = video.get("ConnectionEntry")
    entry = entry if isinstance(entry, dict) else {}
    record: JSONObject = {}
    if (uid := _text(event.get("uid"))) is not None:
        record["id"] = uid
    contact = detail.get("contact")
    callsign = _text(contact.get("callsign")) if isinstance(contact, dict) else None
    if (name := callsign or _text(entry.get("alias"))) is not None:
        record["name"] = name
    point = event.get("point")
    if isinstance(point, dict):
        for key, field in (("lat", "lat"), ("lon", "lng")):
            if isinstance(value := point.get(key), str | int | float):
                record[field] = value
    url = connection_url(video, public=public) or connection_url(entry, public=public)
    if url is not None:
        record["url"] = url
    return record


def _event_records(events: list[JSONObject], *, public: bool) -> list[JSONValue] | None:
    """Return the cameras of Cursor-on-Target events, or None when none carries video."""
    records: list[JSONValue] = []
    found = False
    for event in events:
        detail = event.get("detail")
        if not isinstance(detail, dict) or not isinstance(event.get("point"), dict):
            continue
        video = detail.get("__video")
        collections = detail.get("__videoCollections")
        if isinstance(video, dict):
            found = True
            record = _marker_record(event, detail, video, public=public)
            if "url" in record:
                records.append(record)
        if isinstance(collections, dict):
            found = True
            groups = _entries(collections.get("videoCollection", collections))
            marker = _marker_record(event, detail, {}, public=public)
            for feed in _collection_feeds(groups, areas=False, public=public):
                if isinstance(feed, dict):
                    # A feed without its own position stands at the marker's point.
                    for field in ("lat", "lng"):
                        if field not in feed and field in marker:
                            feed[field] = marker[field]
                    records.append(feed)
        if len(records) > MAX_CAMERAS:
            break
    return records if found else None


def tak_xml_records(root: str, data: JSONObject, *, public: bool) -> list[JSONValue] | None:
    """Return the camera records of a TAK XML document, else None.

    ``<events>`` (or one ``<event>``) of Cursor-on-Target markers with video details;
    ``<videoCollections>`` of collections holding feeds; ``<videoConnections>`` of
    feeds (OpenTAKServer) or of collections. ``public``: the answer came from a host on
    the internet.
    """
    name = root.lower()
    if name in _EVENT_ROOTS:
        # One event under <events> stands for itself (a wrapper of one element).
        events = _entries(data["event"]) if "event" in data else [data]
        return _event_records(events, public=public)
    if name not in _LIST_ROOTS:
        return None
    if "videoCollection" in data:
        groups = _entries(data.get("videoCollection"))
        records = _collection_feeds(groups, areas=True, public=public)
    elif "feed" in data:
        records = _collection_feeds([data], areas=False, public=public)
    else:
        return None
    return records or None


def tak_connection_feeds(value: JSONObject) -> list[JSONValue] | None:
    """Return the feeds of a TAK Server's JSON video connection list, else None.

    ``{videoConnections: [{uuid, alias, feeds: [{uuid, alias, url, …}]}]}``: each
    feed in the alias of the connection holding it as its area.
    """
    groups = value.get("videoConnections")
    if not isinstance(groups, list):
        return None
    connections = _entries(groups)
    if not connections or not all(isinstance(group.get("feeds"), list) for group in connections):
        return None
    return _collection_feeds(connections, areas=True) or None
