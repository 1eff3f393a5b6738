"""Related records of a CMS answer, resolved into the records that refer to them.

Headless CMSs and backends answer a list with its related records beside it and refer to
them by id: a JSON:API compound document (Drupal, Laravel JSON:API) puts them in
``included`` and links them through ``relationships.<field>.data {type, id}``; the
Contentful Delivery API puts entries and assets in ``includes.Entry``/``includes.Asset``
and links them with ``{sys: {type: Link, id}}``; PocketBase embeds them per record under
``expand`` and keeps only the id in the field. This module replaces each reference by what
the related record is to a camera: its file's URL when it is a file or an asset (the
still), else its name (the kecamatan), so that the field keeps its own meaning by its
name. PocketBase file fields hold a bare file name, served at
``/api/files/{collectionId}/{recordId}/{name}``.

The work is bounded: only the first list of the document is read, at most
``_MAX_RELATED`` related records are indexed and at most ``_MAX_FIELDS`` fields per
record are rewritten. A reference to a record that is not in the answer stays as it was.
"""

from __future__ import annotations

import itertools
import re

from ..aliases import NAME_KEYS
from ..values import JSONObject, JSONValue, index_keys, stripped_value
from .dashboards import resolve_grafana

_MAX_RELATED = 5000
_MAX_ITEMS = 5000
_MAX_FIELDS = 64
_MAX_LIST = 16
_MAX_HOPS = 2
# A file name alone (no folder, no scheme) of a picture or a video stream.
_FILE_NAME = re.compile(r"[\w][\w.() -]{0,200}\.(?:jpe?g|png|webp|gif|bmp|avif)", re.IGNORECASE)
_PICTURE = re.compile(r"\.(?:jpe?g|png|webp|gif|bmp|avif)(?:[?#]|$)", re.IGNORECASE)
_FILE_TYPE_WORDS = ("file", "image", "media", "asset", "picture", "photo", "upload")
_POCKETBASE_SYSTEM = ("collectionId", "collectionName", "expand")

_Key = tuple[str, str]


def _file_url(obj: JSONObject, depth: int = 2) -> str | None:
    """Return the URL of a file record (``url``, ``uri.url``, ``file.url``), or None."""
    for key in ("url", "uri", "src", "href", "file"):
        value = obj.get(key)
        if isinstance(value, str):
            text = value.strip()
            if text.startswith(("http://", "https://", "//", "/")):
                return text
        elif isinstance(value, dict) and depth > 0 and (found := _file_url(value, depth - 1)):
            return found
    return None


def _is_file(obj: JSONObject, kind: str, url: str) -> bool:
    """Return True when a related record is a stored file (a picture, an upload)."""
    kind = kind.lower()
    if any(word in kind for word in _FILE_TYPE_WORDS):
        return True
    for key in ("filemime", "mime", "mimeType", "mime_type", "contentType", "content_type"):
        value = obj.get(key)
        if isinstance(value, str) and value.lower().startswith(("image/", "video/")):
            return True
    return _PICTURE.search(url) is not None


def _name(obj: JSONObject) -> str | None:
    index = index_keys(obj)
    for key in NAME_KEYS:
        if (text := stripped_value(index.get(key), integers=True)) is not None:
            return text
    return None


def _many(values: list[JSONValue]) -> JSONValue:
    """Return a to-many relation: its first file URL, else its names as named records."""
    texts = [value for value in values if isinstance(value, str)]
    if not texts:
        return []
    if all(text.startswith(("/", "http")) for text in texts):
        return texts[0]
    return [{"name": text} for text in texts]


def _collapse(obj: JSONObject, kind: str) -> JSONValue:
    """Return what a related record is to a camera: its file's URL, else its name."""
    url = _file_url(obj)
    if url is not None and _is_file(obj, kind, url):
        return url
    name = _name(obj)
    if name is not None:
        return name
    return url


# JSON:API (https://jsonapi.org/format/#document-compound-documents)


def _jsonapi_key(value: JSONValue) -> _Key | None:
    if isinstance(value, dict):
        kind, ident = (
            stripped_value(value.get("type"), integers=True),
            stripped_value(value.get("id"), integers=True),
        )
        if kind is not None and ident is not None:
            return kind, ident
    return None


def _jsonapi_target(
    ref: JSONValue, included: dict[_Key, JSONObject], hops: int
) -> tuple[bool, JSONValue]:
    """Return (resolved, value) for one ``relationships.<field>.data`` value."""
    if ref is None:
        return True, None
    if isinstance(ref, list):
        values = [_jsonapi_target(one, included, hops) for one in ref[:_MAX_LIST]]
        found: list[JSONValue] = [value for ok, value in values if ok and value is not None]
        return bool(found) or not ref, _many(found)
    key = _jsonapi_key(ref)
    target = included.get(key) if key is not None else None
    if key is None or target is None:
        return False, None
    attributes = target.get("attributes")
    fields: JSONObject = dict(attributes) if isinstance(attributes, dict) else {}
    value = _collapse(fields, key[0])
    if hops > 0 and not (isinstance(value, str) and value.startswith(("/", "http"))):
        # A media record holding its file through a relation of its own (Drupal media).
        if any(word in key[0].lower() for word in _FILE_TYPE_WORDS):
            for ok, inner in _resolved_relationships(target, included, hops - 1).values():
                if ok and isinstance(inner, str) and _PICTURE.search(inner):
                    return True, inner
    return value is not None, value


def _resolved_relationships(
    resource: JSONObject, included: dict[_Key, JSONObject], hops: int
) -> dict[str, tuple[bool, JSONValue]]:
    relationships = resource.get("relationships")
    if not isinstance(relationships, dict):
        return {}
    found: dict[str, tuple[bool, JSONValue]] = {}
    for name, relation in itertools.islice(relationships.items(), _MAX_FIELDS):
        if isinstance(relation, dict) and "data" in relation:
            found[name] = _jsonapi_target(relation["data"], included, hops)
    return found


def _drupal_fields(attributes: JSONObject) -> JSONObject:
    """Return a Drupal node's fields under their own names (``field_kecamatan``).

    Drupal prefixes every field of a content type with ``field_``; its ``status`` is the
    node's publication flag, never the camera's state.
    """
    if "drupal_internal__nid" not in attributes:
        return attributes
    fields: JSONObject = {}
    for key, value in attributes.items():
        if key == "status":
            continue
        fields.setdefault(key.removeprefix("field_"), value)
    return fields


def _resolve_jsonapi(doc: JSONObject) -> JSONObject | None:
    data, included_list = doc.get("data"), doc.get("included")
    if not isinstance(data, list) or not isinstance(included_list, list):
        return None
    included: dict[_Key, JSONObject] = {}
    for resource in included_list[:_MAX_RELATED]:
        if isinstance(resource, dict) and (key := _jsonapi_key(resource)) is not None:
            included.setdefault(key, resource)
    if not included:
        return None
    items: list[JSONValue] = []
    for item in data[:_MAX_ITEMS]:
        if not isinstance(item, dict) or not isinstance(item.get("attributes"), dict):
            items.append(item)
            continue
        attributes = _drupal_fields(dict(item["attributes"]))  # type: ignore[arg-type]
        for name, (ok, value) in _resolved_relationships(item, included, _MAX_HOPS).items():
            if ok:
                attributes.setdefault(name, value)
                if "drupal_internal__nid" in attributes:
                    attributes.setdefault(name.removeprefix("field_"), value)
        items.append(
            {k: v for k, v in item.items() if k != "relationships"} | {"attributes": attributes}
        )
    return {k: v for k, v in doc.items() if k != "included"} | {"data": items}


# Contentful Delivery API (links resolved through ``includes``)


def _link_id(value: JSONValue) -> tuple[str, str] | None:
    if not isinstance(value, dict) or len(value) != 1:
        return None
    sys = value.get("sys")
    if not isinstance(sys, dict) or sys.get("type") != "Link":
        return None
    kind, ident = (
        stripped_value(sys.get("linkType"), integers=True),
        stripped_value(sys.get("id"), integers=True),
    )
    return (kind, ident) if kind is not None and ident is not None else None


def _contentful_target(value: JSONValue, linked: dict[_Key, JSONObject]) -> JSONValue:
    link = _link_id(value)
    if link is None:
        return value
    target = linked.get(link)
    if target is None:
        return None  # a link to nothing in the answer says nothing about the camera
    fields = target.get("fields")
    return _collapse(fields, link[0]) if isinstance(fields, dict) else None


def _resolve_contentful(doc: JSONObject) -> JSONObject | None:
    items, includes = doc.get("items"), doc.get("includes")
    if not isinstance(items, list) or not isinstance(includes, dict):
        return None
    linked: dict[_Key, JSONObject] = {}
    for kind, records in itertools.islice(includes.items(), 8):
        if not isinstance(records, list):
            continue
        for record in records[:_MAX_RELATED]:
            sys = record.get("sys") if isinstance(record, dict) else None
            if isinstance(record, dict) and isinstance(sys, dict):
                if (ident := stripped_value(sys.get("id"), integers=True)) is not None:
                    linked.setdefault((kind, ident), record)
    if not linked:
        return None
    resolved: list[JSONValue] = []
    for item in items[:_MAX_ITEMS]:
        fields = item.get("fields") if isinstance(item, dict) else None
        if not isinstance(item, dict) or not isinstance(fields, dict):
            resolved.append(item)
            continue
        new_fields: JSONObject = {}
        for key, value in itertools.islice(fields.items(), _MAX_FIELDS):
            if isinstance(value, list) and any(_link_id(v) for v in value[:_MAX_LIST]):
                targets = [_contentful_target(v, linked) for v in value[:_MAX_LIST]]
                new_fields[key] = _many(targets)
            else:
                new_fields[key] = _contentful_target(value, linked)
        resolved.append(item | {"fields": new_fields})
    return {k: v for k, v in doc.items() if k != "includes"} | {"items": resolved}


# PocketBase (``expand`` per record, file fields holding a file name)


def _is_pocketbase(item: JSONObject) -> bool:
    return all(
        stripped_value(item.get(key), integers=True) is not None
        for key in ("collectionId", "collectionName", "id")
    )


def _pocketbase_file(name: JSONValue, collection: str, record: str) -> str | None:
    if isinstance(name, str) and _FILE_NAME.fullmatch(name.strip()):
        return f"/api/files/{collection}/{record}/{name.strip()}"
    return None


def _pocketbase_record(item: JSONObject) -> JSONObject:
    collection, record = str(item["collectionId"]).strip(), str(item["id"]).strip()
    fields: JSONObject = {}
    for key, value in itertools.islice(item.items(), _MAX_FIELDS * 2):
        if key in _POCKETBASE_SYSTEM:
            continue
        if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            files = [_pocketbase_file(v, collection, record) for v in value[:_MAX_LIST]]
            fields[key] = files[0] if files[0] is not None else value
        else:
            fields[key] = _pocketbase_file(value, collection, record) or value
    expand = item.get("expand")
    if isinstance(expand, dict):
        for key, related in itertools.islice(expand.items(), _MAX_FIELDS):
            if isinstance(related, dict):
                fields[key] = _collapse(related, "")
            elif isinstance(related, list):
                names = [_collapse(one, "") for one in related[:_MAX_LIST] if isinstance(one, dict)]
                fields[key] = _many(names)
    return fields


def _resolve_pocketbase(doc: JSONObject) -> JSONObject | None:
    items = doc.get("items")
    if not isinstance(items, list) or not items:
        return None
    if not any(isinstance(item, dict) and _is_pocketbase(item) for item in items[:50]):
        return None
    resolved = [
        _pocketbase_record(item) if isinstance(item, dict) and _is_pocketbase(item) else item
        for item in items[:_MAX_ITEMS]
    ]
    return doc | {"items": resolved}


# Google Data feeds written as JSON (Blogger ``alt=json``): Atom elements with their text
# under ``$t`` and namespaces joined with ``$`` (``georss$point``, ``media$thumbnail``).

# Entry elements about the feed, the post's author or its comments: never the camera's.
_GDATA_SKIPPED = frozenset({"author", "link", "total", "box", "featurename", "control", "etag"})


def _gdata_value(value: JSONValue, depth: int = 3) -> JSONValue:
    """Return a GData value with its ``$t`` text wrappers unwrapped."""
    if isinstance(value, dict):
        if "$t" in value:
            return value["$t"]
        if depth <= 0:
            return None
        return {
            key.rpartition("$")[2]: _gdata_value(inner, depth - 1)
            for key, inner in itertools.islice(value.items(), _MAX_FIELDS)
        }
    if isinstance(value, list):
        return [_gdata_value(inner, depth - 1) for inner in value[:_MAX_LIST]] if depth > 0 else []
    return value


def _gdata_entry(entry: JSONObject) -> JSONObject:
    item: JSONObject = {}
    for key, value in itertools.islice(entry.items(), _MAX_FIELDS):
        name = key.rpartition("$")[2]
        if name in _GDATA_SKIPPED or name in item:
            continue
        if key == "georss$point":
            # GeoRSS Simple: "lat lon", separated by white space.
            text = _gdata_value(value)
            parts = text.split() if isinstance(text, str) else []
            if len(parts) == 2:
                item["latitude"], item["longitude"] = parts
            continue
        if name == "category" and isinstance(value, list):
            # Atom categories: their ``term`` is what a blog files the post under.
            item[name] = [
                {"name": one["term"]}
                for one in value[:_MAX_LIST]
                if isinstance(one, dict) and isinstance(one.get("term"), str)
            ]
            continue
        item[name] = _gdata_value(value)
    return item


def _is_gdata(entry: JSONValue) -> bool:
    return isinstance(entry, dict) and any(
        isinstance(entry.get(key), dict) and "$t" in entry[key]  # type: ignore[operator]
        for key in ("id", "title")
    )


def _resolve_gdata(doc: JSONObject) -> JSONObject | None:
    feed = doc.get("feed")
    entries = feed.get("entry") if isinstance(feed, dict) else None
    if not isinstance(feed, dict) or not isinstance(entries, list):
        return None
    if not any(_is_gdata(entry) for entry in entries[:10]):
        return None
    items: list[JSONValue] = [_gdata_entry(e) for e in entries[:_MAX_ITEMS] if isinstance(e, dict)]
    return {"title": _gdata_value(feed.get("title")), "entry": items}


# Directus (``fields=*.*``): a file field expanded to its ``directus_files`` record, whose
# file is served at ``/assets/{id}``; through a many-to-many junction as
# ``{directus_files_id: {…}}``.


def _directus_file(value: JSONValue) -> str | None:
    if isinstance(value, list):
        first = next((one for one in value[:_MAX_LIST] if isinstance(one, dict)), None)
        return _directus_file(first) if first is not None else None
    if not isinstance(value, dict):
        return None
    if isinstance(junction := value.get("directus_files_id"), dict):
        value = junction
    ident, disk = (
        stripped_value(value.get("id"), integers=True),
        stripped_value(value.get("filename_disk"), integers=True),
    )
    if ident is None or disk is None or stripped_value(value.get("storage"), integers=True) is None:
        return None
    kind = value.get("type")
    if isinstance(kind, str) and not kind.lower().startswith("image/"):
        return None
    if kind is None and not _PICTURE.search(disk):
        return None
    if "/" in ident or "?" in ident or "#" in ident:
        return None
    # Relative to the list at .../items/{collection}: Directus may run under a sub-path.
    return f"../assets/{ident}"


def _resolve_directus(doc: JSONObject) -> JSONObject | None:
    data = doc.get("data")
    if not isinstance(data, list):
        return None
    changed = False
    items: list[JSONValue] = []
    for item in data[:_MAX_ITEMS]:
        if not isinstance(item, dict):
            items.append(item)
            continue
        fields: JSONObject = dict(item)
        for key, value in itertools.islice(item.items(), _MAX_FIELDS):
            if isinstance(value, dict | list) and (url := _directus_file(value)) is not None:
                fields[key] = url
                changed = True
        items.append(fields)
    return doc | {"data": items} if changed else None


def resolve_relations(data: JSONValue) -> JSONValue:
    """Return a document with its references replaced by the records they name."""
    if not isinstance(data, dict):
        return data
    for resolve in (
        _resolve_jsonapi,
        _resolve_contentful,
        _resolve_pocketbase,
        _resolve_gdata,
        _resolve_directus,
        resolve_grafana,
    ):
        resolved = resolve(data)
        if resolved is not None:
            return resolved
    return data
