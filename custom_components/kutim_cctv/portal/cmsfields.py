"""Headless CMS field envelopes and media records, read as an item's plain fields.

Headless CMSs hand an item's fields over in shapes of their own. Some wrap every field
in a typed element (``elements: {judul: {type: "text", name: "Judul", value: "…"}}``,
Kontent.ai's Delivery API): the envelope holds the item's fields and each element is read
as its value (a taxonomy or multiple-choice list of ``{name, codename}`` as its names).
Pictures are media records rather than addresses: an asset or media item with its MIME
type, file name, extension, size and dimensions (Kontent.ai assets, Umbraco media
pickers, Hygraph and Payload assets, Storyblok asset fields, Cloudinary uploads), alone
or in a list. Such a record is the item's still picture (the first of a list), never a
camera of its own, and its file name never names the camera; its address may carry no
file extension at all (``https://media.graphassets.com/<handle>``), so the record's
type says what it is.

Everything is bounded: at most ``_MAX_FIELDS`` fields an item and a record, at most
``_MAX_LIST`` entries of a list looked at, and nothing deeper than the item's own fields
and its field wrappers.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from .aliases import LINK_LIST_KEYS
from .fieldurls import looks_like_url, url_kind
from .shapes import FIELD_WRAPPERS, has_userinfo
from .values import norm_key

if TYPE_CHECKING:
    from .values import JSONObject, JSONValue

_MAX_FIELDS = 64
_MAX_LIST = 16
_MAX_ELEMENT_KEYS = 8

# A typed element: its type word, its label and its value, with a few type-specific
# extras (a taxonomy's group, a rich text's images, links and components, a date's time
# zone, a custom element's searchable text).
_ELEMENT_KEYS = frozenset({"type", "name", "value"})
_ELEMENT_EXTRAS = frozenset(
    {"taxonomy_group", "images", "links", "modular_content", "display_timezone"}
    | {"searchable_value"}
)
_TYPE_WORD = re.compile(r"[a-z][a-z_]{1,31}")
# Elements referring to other items by their code names: references, not values.
_REFERENCE_TYPES = frozenset({"modular_content", "subpages"})

# Fields of a media record holding its address, its MIME type, its kind and its format.
_URL_KEYS = ("url", "secure_url", "src", "filename", "public_url", "original_url")
_MIME_KEYS = ("mime_type", "mimetype", "mime", "content_type", "file_mime", "filemime", "type")
_KIND_KEYS = ("media_type", "mediatype", "resource_type", "kind", "fieldtype", "file_type")
_FORMAT_KEYS = ("extension", "ext", "format")
_PICTURE_KINDS = frozenset({"image", "photo", "picture", "foto", "gambar"})
_PICTURE_FORMATS = frozenset(
    {"jpg", "jpeg", "png", "webp", "gif", "avif", "bmp", "heic", "heif", "tif", "tiff"}
)
# A record placed on a map is a camera or a place, and a live stream in it makes it a camera.
_PLACE_KEYS = frozenset({"lat", "latitude", "lng", "lon", "long", "longitude", "geometry"})
_LIVE_KINDS = ("stream", "mjpeg")
_PICTURE_PATH = re.compile(r"\.(?:jpe?g|png|webp|gif|avif|bmp|heic|tiff?)$", re.IGNORECASE)


def _element(value: JSONValue) -> bool:
    """Return True for one typed element: ``{type, name, value}`` and its extras."""
    if not isinstance(value, dict) or not 3 <= len(value) <= _MAX_ELEMENT_KEYS:
        return False
    if not value.keys() >= _ELEMENT_KEYS or not value.keys() <= _ELEMENT_KEYS | _ELEMENT_EXTRAS:
        return False
    kind, label = value.get("type"), value.get("name")
    return (
        isinstance(kind, str) and _TYPE_WORD.fullmatch(kind) is not None and isinstance(label, str)
    )


def _element_value(element: JSONObject) -> JSONValue:
    """Return what a typed element holds, read as a plain field value."""
    if element.get("type") in _REFERENCE_TYPES:
        return None
    value = element.get("value")
    if isinstance(value, list) and value and all(_choice(entry) for entry in value[:_MAX_LIST]):
        names: list[JSONValue] = []
        for entry in value[:_MAX_LIST]:
            assert isinstance(entry, dict)
            names.append(entry["name"])
        return names[0] if len(names) == 1 else names
    return value


def _choice(value: JSONValue) -> bool:
    """Return True for a taxonomy term or a choice: ``{name, codename}``."""
    return (
        isinstance(value, dict)
        and len(value) <= 4
        and isinstance(value.get("name"), str)
        and isinstance(value.get("codename"), str)
    )


def element_fields(value: JSONValue) -> JSONObject | None:
    """Return the plain fields of a typed-element envelope, else None.

    Every value of the envelope (at most ``_MAX_FIELDS``) is a typed element; the
    element's label (``name``) is how an editor sees the field, never a name.
    """
    if not isinstance(value, dict) or not 0 < len(value) <= _MAX_FIELDS:
        return None
    if not all(_element(element) for element in value.values()):
        return None
    fields: JSONObject = {}
    for key, element in value.items():
        assert isinstance(element, dict)
        fields[key] = _element_value(element)
    return fields


# A property typed by a key of its own (Notion page properties ``{id, type: "select",
# select: {name}}``, their files ``{name, type: "external", external: {url}}`` and
# formulas ``{type: "string", string: …}``): the value sits under the key its type names.
_TYPED_PROPERTY_EXTRAS = frozenset({"id", "type", "name", "object"})
# Properties naming other records, people or times: never a camera's field.
_OPAQUE_PROPERTY_TYPES = frozenset(
    {"relation", "people", "created_by", "last_edited_by", "rollup", "date", "button"}
    | {"verification", "unique_id"}
)
_MAX_PROPERTY_DEPTH = 2
# A workspace page's own addresses (Notion ``url``, ``public_url``): where the record is
# edited or published, never the camera's media.
_PAGE_ADDRESS_KEYS = ("url", "public_url")


def _typed_property(value: JSONValue) -> bool:
    """Return True for a property typed by a key of its own: ``{id, type: T, T: value}``."""
    if not isinstance(value, dict) or not 2 <= len(value) <= len(_TYPED_PROPERTY_EXTRAS) + 1:
        return False
    kind = value.get("type")
    if not isinstance(kind, str) or _TYPE_WORD.fullmatch(kind) is None or kind not in value:
        return False
    return value.keys() <= _TYPED_PROPERTY_EXTRAS | {kind}


def _rich_text(entries: list[JSONValue]) -> str | None:
    """Return the plain text of a rich-text array (``[{type, text, plain_text, href}]``)."""
    parts: list[str] = []
    for entry in entries[:_MAX_LIST]:
        if not isinstance(entry, dict) or not isinstance(text := entry.get("plain_text"), str):
            return None
        parts.append(text)
    return "".join(parts).strip() or None


def _typed_property_value(value: JSONObject, depth: int = _MAX_PROPERTY_DEPTH) -> JSONValue:
    """Return what a self-typed property holds, read as a plain field value.

    Rich text reads as its plain text, a choice (``select``, ``status``) as its name and
    a one-choice list as that name, a file as its address (a list of files as the
    first), a formula as its result; references, people and dates as nothing.
    """
    kind = value["type"]
    assert isinstance(kind, str)
    inner = value[kind]
    if kind in _OPAQUE_PROPERTY_TYPES or kind.endswith("_time"):
        return None
    if isinstance(inner, dict):
        if depth > 0 and _typed_property(inner):
            return _typed_property_value(inner, depth - 1)
        for key in ("url", "name"):
            if isinstance(found := inner.get(key), str):
                return found
        return None
    if not isinstance(inner, list):
        return inner
    if not inner:
        return None
    if (text := _rich_text(inner)) is not None:
        return text
    values: list[JSONValue] = []
    for entry in inner[:_MAX_LIST]:
        if depth > 0 and _typed_property(entry):
            assert isinstance(entry, dict)
            found = _typed_property_value(entry, depth - 1)
        elif isinstance(entry, dict) and isinstance(entry.get("name"), str):
            found = entry["name"]
        else:
            return None
        if isinstance(found, str):
            values.append(found)
    if not values:
        return None
    if len(values) == 1 or all(looks_like_url(found) for found in values if isinstance(found, str)):
        return values[0]  # one choice, or the first of a list of files
    return values


def typed_property_fields(value: JSONValue) -> JSONObject | None:
    """Return the plain fields of an envelope of self-typed properties, else None.

    Every value of the envelope (at most ``_MAX_FIELDS``) is a property typed by a key
    of its own (a Notion page's ``properties``).
    """
    if not isinstance(value, dict) or not 0 < len(value) <= _MAX_FIELDS:
        return None
    if not all(_typed_property(prop) for prop in value.values()):
        return None
    fields: JSONObject = {}
    for key, prop in value.items():
        assert isinstance(prop, dict)
        fields[key] = _typed_property_value(prop)
    return fields


# A list of typed fields, each naming itself and wrapping its value by its data type
# (Liferay structured contents' ``contentFields: [{name, fieldReference, dataType,
# contentFieldValue: {data | geo | link | image | document}}]``).
_FIELD_NAME_KEYS = ("fieldReference", "field_reference", "name", "fieldName", "key")
_FIELD_VALUE_KEYS = ("contentFieldValue", "fieldValue", "content_field_value")
_FIELD_LIST_EXTRAS = frozenset(
    {"dataType", "inputControl", "label", "label_i18n", "nestedContentFields", "repeatable"}
    | {"type", "value", "contentFieldValue_i18n", "id", "required", "localizable"}
)
_MAX_FIELD_ENTRY_KEYS = 16
# How a typed value is held: text or a number, a position, a link, a file.
_DATA_KEYS = ("data", "value", "link")
_FILE_KEYS = ("image", "document")
_FILE_URL_KEYS = ("contentUrl", "content_url", "url", "link")


def _field_value(wrapper: JSONValue) -> JSONValue:
    """Return what a typed field's value wrapper holds, as a plain field value."""
    if not isinstance(wrapper, dict) or len(wrapper) > _MAX_ELEMENT_KEYS:
        return None
    for key in _DATA_KEYS:
        if (found := wrapper.get(key)) is not None and not isinstance(found, dict | list):
            return found
    geo = wrapper.get("geo")
    if isinstance(geo, dict) and len(geo) <= _MAX_ELEMENT_KEYS:
        return {k: v for k, v in geo.items() if isinstance(v, int | float | str)}
    for key in _FILE_KEYS:
        record = wrapper.get(key)
        if isinstance(record, dict) and len(record) <= _MAX_FIELDS:
            for url_key in _FILE_URL_KEYS:
                if isinstance(url := record.get(url_key), str) and looks_like_url(url):
                    return url
    return None


def field_list_fields(value: JSONValue) -> JSONObject | None:
    """Return the plain fields of a list of typed fields, else None.

    Every entry (at most ``_MAX_LIST`` * 4) names itself (its field reference before its
    name) and wraps its value (``contentFieldValue``); the human label is never a name.
    """
    if not isinstance(value, list) or not 0 < len(value) <= 4 * _MAX_LIST:
        return None
    fields: JSONObject = {}
    for entry in value:
        if not isinstance(entry, dict) or len(entry) > _MAX_FIELD_ENTRY_KEYS:
            return None
        name = next((n for k in _FIELD_NAME_KEYS if isinstance(n := entry.get(k), str)), None)
        wrapper_key = next((k for k in _FIELD_VALUE_KEYS if k in entry), None)
        if name is None or not name.strip() or wrapper_key is None:
            return None
        if not entry.keys() <= _FIELD_LIST_EXTRAS | {wrapper_key, *_FIELD_NAME_KEYS}:
            return None
        fields.setdefault(name.strip()[:64], _field_value(entry[wrapper_key]))
    return fields


_CODE_FIELD_WORDS = frozenset(
    {"code", "codigo", "código", "codice", "kode", "koodi", "kodi", "cod", "identifier"}
)
_MAX_CODE = 64


def _structure_code(fields: JSONObject) -> str | None:
    """Return the code a list of typed fields gives its content (``Código: "CAM-ORI-050"``).

    Editors of a content structure give each camera its code in a field of their own:
    a code field holding letters and digits.
    """
    for name, value in itertools.islice(fields.items(), _MAX_FIELDS):
        words = set(norm_key(name).split("_"))
        if not words & _CODE_FIELD_WORDS or not isinstance(value, str):
            continue
        code = value.strip()
        if 0 < len(code) <= _MAX_CODE and " " not in code:
            if any(c.isalpha() for c in code) and any(c.isdigit() for c in code):
                return code
    return None


def _replace_row_id(item: JSONObject, code: str) -> None:
    """Put a content structure's code in place of its platform's numeric record id."""
    ids = [key for key in item if norm_key(key) == "id"]
    if not ids or not all(
        (isinstance(v, int) and not isinstance(v, bool)) or (isinstance(v, str) and v.isdigit())
        for v in (item[key] for key in ids)
    ):
        return
    for key in ids:
        del item[key]
    item["id"] = code


def _text(value: JSONValue) -> str | None:
    return value.strip().lower() if isinstance(value, str) and value.strip() else None


def _record_url(index: dict[str, JSONValue]) -> str | None:
    for key in _URL_KEYS:
        value = index.get(key)
        if isinstance(value, str) and looks_like_url(value) and not has_userinfo(value):
            return value.strip()
    return None


def _path_is_picture(url: str) -> bool:
    try:
        path = urlsplit(url).path
    except ValueError:
        return False
    return _PICTURE_PATH.search(path) is not None


def picture_record(value: JSONValue) -> str | None:
    """Return the address of a media record that is a still picture, else None.

    A record is an object with an address (``url``, ``secure_url``, Storyblok's
    ``filename``) and what a media store writes about a file: an image MIME type, an
    image kind (``mediaType: "Image"``, ``resource_type: "image"``), a picture format or
    extension (``extension: "jpg"``, ``ext: ".png"``), or an asset kind whose address is
    a picture. A record naming a video or any other MIME type is no picture, and one
    whose own address is a live stream is no record.
    """
    if not isinstance(value, dict) or not 0 < len(value) <= _MAX_FIELDS:
        return None
    index: dict[str, JSONValue] = {}
    for key, inner in value.items():
        index.setdefault(norm_key(key), inner)
    url = _record_url(index)
    if url is None or not index.keys().isdisjoint(_PLACE_KEYS):
        return None  # no address, or a place (a camera) rather than a file
    if any(
        isinstance(inner, str) and looks_like_url(inner) and url_kind(inner) in _LIVE_KINDS
        for inner in index.values()
    ):
        return None  # a camera's live stream beside its picture: a camera, no file
    mime = next((text for key in _MIME_KEYS if (text := _text(index.get(key)))), None)
    if mime is not None and "/" in mime:
        return url if mime.startswith("image/") else None
    kind = next((text for key in _KIND_KEYS if (text := _text(index.get(key)))), None)
    if kind in _PICTURE_KINDS:
        return url
    found = next((text for key in _FORMAT_KEYS if (text := _text(index.get(key)))), None)
    if found is not None and found.lstrip(".") in _PICTURE_FORMATS:
        return url
    if kind == "asset" and _path_is_picture(url):
        return url
    return None


def picture_value(value: JSONValue) -> str | None:
    """Return the still of a field holding a media record or a list of them, else None.

    Of a list, every object entry looked at must be a picture record; the first one
    gives the still.
    """
    if isinstance(value, dict):
        return picture_record(value)
    if not isinstance(value, list) or not value:
        return None
    first: str | None = None
    for entry in value[:_MAX_LIST]:
        url = picture_record(entry)
        if url is None:
            return None
        first = first or url
    return first


# An external video field (DatoCMS ``VideoField``, a CMS's oEmbed record): the video
# site, the video's id there and the address of its page, with its title, size and the
# video site's own poster picture.
_VIDEO_PROVIDER_KEYS = ("provider", "provider_name")
_VIDEO_ID_KEYS = ("provider_uid", "video_id", "provider_id")


def video_record(value: JSONValue) -> str | None:
    """Return the page address of an external video field, else None.

    The field is one medium, the video: its poster (``thumbnailUrl``) is the video
    site's picture of it, never a still of the camera.
    """
    if not isinstance(value, dict) or not 0 < len(value) <= _MAX_ELEMENT_KEYS + 4:
        return None
    index = {norm_key(key): inner for key, inner in value.items()}
    if not any(isinstance(index.get(key), str) for key in _VIDEO_PROVIDER_KEYS):
        return None
    if not any(isinstance(index.get(key), str | int) for key in _VIDEO_ID_KEYS):
        return None
    url = index.get("url")
    if isinstance(url, str) and looks_like_url(url) and not has_userinfo(url):
        return url.strip()
    return None


def _with_pictures(obj: JSONObject, pictures: list[str]) -> JSONObject:
    """Return obj with its media-record fields replaced by their still's address.

    A list under a key that names cameras (``cameras``, ``kamera``, ``links``) stays a
    list of cameras, whatever its entries carry.
    """
    plain: JSONObject = {}
    for position, (key, value) in enumerate(obj.items()):
        if isinstance(value, list) and norm_key(key) in LINK_LIST_KEYS:
            plain[key] = value
            continue
        if position < _MAX_FIELDS and isinstance(value, dict | list):
            if (url := video_record(value)) is not None:
                plain[key] = url
                continue
            if (url := picture_value(value)) is not None:
                pictures.append(url)
                plain[key] = url
                continue
        plain[key] = value
    return plain


def cms_fields(item: JSONObject) -> tuple[JSONObject, list[str]]:
    """Return an item with CMS envelopes read as its fields, and the stills it names.

    Typed-element envelopes among the item's own values are merged into the item (its
    own fields win); media records in its fields and in its field wrappers become the
    address of their still, which is also returned, in order.
    """
    if not any(isinstance(value, dict | list) for value in item.values()):
        return item, []
    merged: JSONObject | None = None
    for position, (key, value) in enumerate(item.items()):
        if position >= _MAX_FIELDS:
            break
        fields = element_fields(value)
        listed = field_list_fields(value) if fields is None else None
        typed = typed_property_fields(value) if fields is None and listed is None else None
        if (fields := fields or listed or typed) is not None:
            if merged is None:
                merged = dict(item)
            del merged[key]
            if listed is not None and (code := _structure_code(listed)) is not None:
                _replace_row_id(merged, code)
            if typed is not None and item.get("object") == "page":
                for own in _PAGE_ADDRESS_KEYS:
                    merged.pop(own, None)  # the page's address in the workspace: no media
            for name, inner in fields.items():
                merged.setdefault(name, inner)
    plain = merged if merged is not None else item
    pictures: list[str] = []
    plain = _with_pictures(plain, pictures)
    for key, value in list(itertools.islice(plain.items(), _MAX_FIELDS)):
        if isinstance(value, dict) and norm_key(key) in FIELD_WRAPPERS:
            plain[key] = _with_pictures(value, pictures)
    return plain, pictures
