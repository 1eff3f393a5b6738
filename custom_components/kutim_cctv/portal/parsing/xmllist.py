"""Camera lists published as XML: image lists, status files, feeds, WFS answers, DATEX II.

An XML document is turned into the JSON-like value it stands for, and that value is read
like a JSON answer (its repeated records become the items, their child elements and
attributes the fields):

* an element holding only text is that text (its attributes are dropped); an element
  holding elements is an object of them, its attributes first; repeated elements form a
  list; namespaces and prefixes are dropped;
* an element wrapping exactly one element and nothing else (``wfs:member``,
  ``pointByCoordinates``) stands for the element it wraps;
* of a text given per language (``<values><value lang="id">…``), the Indonesian, else
  the English, else the first is read, as for translated JSON values;
* a GML ``Point`` (``gml:pos``, ``gml:coordinates``) and a GeoRSS ``point`` become a
  GeoJSON point, the axis order taken from the reference system, else from the values;
  so does a GML ``Box`` or ``Envelope`` whose corners are one point (MapServer's
  GetFeatureInfo GML places its features by such a ``boundedBy`` only);
* an XSPF playlist's tracks are its cameras: the track's ``album``, else the innermost
  VLC folder (``vlc:node``) naming the track, is its area, and VLC's ``vlc:id`` (the
  player's running track number) is no identifier;
* a root address beside a list of records (``<cameraList><rooturl href="…"/><camera>…``,
  a ``base_url`` text element) is where the records' relative file names
  (``<file>0000101251.jpg</file>``) live: a name that resolves against it to a stream or
  an image becomes that address, and the root itself is no record's media;
* an Excel 2003 XML Spreadsheet is read as tables by ``spreadsheetml``: each sheet's
  rows under its header row; a flat OpenDocument spreadsheet (``.fods``) likewise, by
  ``opendocument``.

The XML is read safely: a document type declaration or an entity is refused (nothing is
expanded or fetched), and the number of elements, the nesting depth, the children of an
element and the text kept from each element are bounded.
"""

from __future__ import annotations

import itertools
import re
from typing import cast

from ..aliases import AREA_KEYS, ID_KEYS, NAME_KEYS, RECORD_WRAPPER_KEYS, ROOT_URL_KEYS
from ..errors import PortalFormatError
from ..fieldurls import looks_like_url, resolve_url, url_host, url_kind
from ..models import ParseResult, PortalFormat
from ..normalise import Context, localised_text
from ..policy import is_public_host
from ..position import from_web_mercator
from ..values import JSONObject, JSONValue, norm_key, product_key
from .diagnose import describe_json
from .embeds import server_player_page, video_page
from .feedplaces import description_place
from .items import _json_cameras
from .opendocument import ODF_TABLE_NS, opendocument_records
from .safexml import XmlRefused, parse_guarded
from .servicestring import wrapped_xml
from .sitemapwidgets import sitemap_widgets
from .spreadsheetml import SPREADSHEET_NS, spreadsheet_records
from .takvideo import tak_xml_records
from .videofeeds import youtube_feed_records

__all__ = ["NOT_XML", "is_sitemap", "looks_like_xml", "parse_xml_list"]

_PROLOG = re.compile(
    r"\A\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:(?:<!--.{0,2000}?-->|<\?[^>]{0,500}\?>)\s*)*"
    r"<(?:([A-Za-z_][\w.-]*):)?([A-Za-z_][\w.-]*)",
    re.DOTALL,
)
_DOCTYPE = re.compile(
    r"\A\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--.{0,2000}?-->\s*)*"
    r"<!DOCTYPE\s+(?:([A-Za-z_][\w.-]*):)?([A-Za-z_][\w.-]*)",
    re.DOTALL | re.IGNORECASE,
)
# Roots that are pages or other readers' documents, never an XML list read here.
_NOT_LISTS = frozenset(
    {
        "html", "head", "body", "div", "span", "section", "article", "main", "nav",
        "header", "footer", "table", "thead", "tbody", "tr", "td", "ul", "ol", "li",
        "p", "a", "img", "video", "iframe", "script", "style", "link", "meta", "title",
        "form", "input", "button", "select", "option", "h1", "h2", "h3", "h4", "h5",
        "h6", "figure", "picture", "source", "noscript", "template", "svg", "kml",
        "br", "hr", "b", "i", "em", "strong", "small", "label", "dl", "dt", "dd",
        "aside", "details", "summary", "canvas", "object", "embed", "pre", "code",
    }
)  # fmt: skip
_SITEMAP_ROOTS = frozenset({"urlset", "sitemapindex"})
_MAX_ELEMENTS = 200_000
_MAX_DEPTH = 64
_MAX_CHILDREN = 10_000
_MAX_TEXT = 20_000
_MAX_LANGUAGES = 32
_SEPARATOR = "\x1f"
_LANG_ATTRS = frozenset({"lang", "xml:lang"})
_XSI = "http://www.w3.org/2001/XMLSchema-instance"
_XML_NS = "http://www.w3.org/XML/1998/namespace"
_GEORSS = "http://www.georss.org/georss"
_GML_PREFIX = "http://www.opengis.net/gml"
# Degrees by which a GML box's corners may differ and still be one point.
_BOX_POINT_TOLERANCE = 1e-7
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z]{2,4})?")
# Reference systems whose coordinates are written latitude first.
_LAT_FIRST = re.compile(
    r"urn:(?:x-)?ogc:def:crs:EPSG:[\d.]*:4326|opengis\.net/def/crs/EPSG/0/4326", re.IGNORECASE
)
_LNG_FIRST = re.compile(r"CRS:?84|^EPSG:4326$|epsg\.xml#4326", re.IGNORECASE)
_MERCATOR = re.compile(r"(?:EPSG[:/]+(?:0/)?|#)(?:3857|900913|3785|102100)\b", re.IGNORECASE)
NOT_XML = "The XML document could not be read"
# Fields of a link: those declaring its media type, and those describing it.
_TYPE_WORDS = re.compile(r"type|medium|mime|format")
_LINK_WORDS = re.compile(r"rel|lang|desc|title|label|text|length|width|height|size|expression")
_NUMBER = re.compile(r"[\d.]{1,20}")
_MAX_LINK_FIELDS = 8
_MEDIA_ROLES = frozenset({"snapshot", "stream", "mjpeg"})
_MAX_RECORD_DEPTH = 5
_MAX_LEVEL = 5_000
_FEED_ROOTS = frozenset({"rss", "rdf", "feed"})
_NO_XML_LIST = "No camera list found in the XML document"
# Words every root address element's tag holds (``rooturl``, ``base_url``, ``imageRoot``).
_ROOT_WORDS = re.compile(
    r"<(?:[\w.-]{1,40}:)?(?:\w{0,20}root_?url|\w{0,20}base_?url|image_?root)\b", re.IGNORECASE
)


def looks_like_xml(text: str) -> bool:
    """Return True when a body is an XML document whose root is no page element.

    A document type declaration naming such a root counts too (it is refused when read).
    """
    head = text[:4096].lstrip("\ufeff")
    match = _PROLOG.match(head) or _DOCTYPE.match(head)
    if match is None:
        return False
    if match[1] is None and match[2].lower() in _NOT_LISTS:
        return False
    return True


def is_sitemap(text: str) -> bool:
    """Return True when a body is a sitemap (``urlset``, ``sitemapindex``)."""
    match = _PROLOG.match(text[:4096].lstrip("\ufeff"))
    return match is not None and match[2].lower() in _SITEMAP_ROOTS


class _Lang(str):
    """A text given in one language (``<value lang="id">``)."""

    __slots__ = ("lang",)
    lang: str


class _Localised(str):
    """The text chosen among the languages a value is given in."""

    __slots__ = ()


class _Media:
    """A link that declares its media type (``<enclosure type="image/jpeg" url=…>``)."""

    __slots__ = ("role", "url")

    def __init__(self, role: str, url: str) -> None:
        self.role = role
        self.url = url


def _role(value: str) -> str | None:
    """Return the field a declared media type fills, else None."""
    kind = value.strip().lower()
    if kind in ("image", "still", "photo", "snapshot") or kind.startswith("image/"):
        return "snapshot"
    if "mpegurl" in kind:
        return "stream"
    if kind.startswith("multipart/x-mixed-replace"):
        return "mjpeg"
    return None


def _typed_link(obj: JSONObject) -> _Media | None:
    """Return a link object (one URL, its declared type, labels) as the media it declares.

    Only link metadata may sit next to the URL (its type, relation, size, label): a
    record with a name or an id of its own is never taken for a link.
    """
    if len(obj) > _MAX_LINK_FIELDS:
        return None
    urls = [v for v in obj.values() if isinstance(v, str) and looks_like_url(v)]
    if len(urls) != 1:
        return None
    roles: set[str] = set()
    for key, value in obj.items():
        if value is urls[0]:
            continue
        if not isinstance(value, str):
            return None
        words = norm_key(key)
        if _TYPE_WORDS.search(words):
            if (role := _role(value)) is not None:
                roles.add(role)
        elif not (_LINK_WORDS.search(words) or _NUMBER.fullmatch(value.strip())):
            return None
    if len(roles) != 1:
        return None
    return _Media(roles.pop(), urls[0])


# DATEX II ``UrlLink`` elements of a CCTV record's services, by their normalised tag: the
# element itself says what its ``urlLinkAddress`` is (``cctvStillImageService/
# stillImageUrl`` the still, ``cctvVideoService/videoUrl`` the video), whether or not a
# ``urlLinkType`` is given.
_DATEX_LINK_ROLES = {"still_image_url": "snapshot", "video_url": "stream"}
_DATEX_ADDRESS = "url_link_address"
# The other fields of a DATEX II ``UrlLink``: its description (which may hold any page's
# address, a weather forecast beside a road camera), its declared type and an extension.
_DATEX_LINK_FIELDS = frozenset({"url_link_description", "url_link_type", "url_link_extension"})


def _datex_link(local: str, obj: JSONObject) -> _Media | None:
    """Return a DATEX II CCTV service's ``UrlLink`` as the media its element declares.

    Road authorities' CCTV site tables (DATEX II v2 and v3 ``cctvCameraMetadataRecord``)
    give the still as ``cctvStillImageService/stillImageUrl/urlLinkAddress``, often an
    image API address without a file suffix (``…/api/images/0829005_1``), and the video
    as ``cctvVideoService/videoUrl/urlLinkAddress``. A ``stillImageUrl`` address is the
    still unless its shape says it is a stream or its ``urlLinkType`` declares another
    kind (``webPage``); a ``videoUrl`` address is the stream only when its shape says so
    (an HLS playlist), never a page or an ``rtmp://`` address. A link holding fields
    other than a ``UrlLink``'s, or an address that is no URL, is none; the description
    is never read as an address.
    """
    role = _DATEX_LINK_ROLES.get(norm_key(local))
    if role is None or len(obj) > _MAX_LINK_FIELDS:
        return None
    url: str | None = None
    declared: str | None = None
    for key, value in obj.items():
        words = norm_key(key)
        if words == _DATEX_ADDRESS:
            url = value if isinstance(value, str) else None
        elif words == "url_link_type":
            declared = value.strip() if isinstance(value, str) else None
        elif words not in _DATEX_LINK_FIELDS:
            return None
    if url is None or not looks_like_url(url := url.strip()):
        return None
    if declared:
        found = _role(declared)
        return _Media(found, url) if found is not None else None
    kind = url_kind(url)
    if role == "snapshot" and kind in (None, "still"):
        return _Media(role, url)
    if role == "stream" and kind in ("stream", "mjpeg"):
        return _Media("mjpeg" if kind == "mjpeg" else role, url)
    return None


class _Frame:
    """What one element holds while it is read."""

    __slots__ = ("attrs", "children", "count", "foreign", "name", "named", "size", "text")

    def __init__(self, name: str, attrs: dict[str, str]) -> None:
        self.name = name
        self.attrs = attrs
        self.children: list[tuple[str, JSONValue | _Media]] = []
        # Children that are text elements naming their column (``<field name="x">``).
        self.named: list[tuple[str, JSONValue]] = []
        self.text: list[str] = []
        self.size = 0
        self.count = 0
        # Children of another namespace than the element's (``media:title`` in an item).
        self.foreign: set[int] = set()


# A database client's NULL: ``xsi:nil="true"`` (``mysql --xml``), the text NULL
# (phpMyAdmin's XML export).
_NIL = f"{_XSI}{_SEPARATOR}nil"
_NULL_TEXT = "NULL"
_MIN_COLUMNS = 2
_MAX_COLUMN_NAME = 64
# Tags of such column elements: a client's or export's column, or a search engine's
# typed value (Solr ``str``, ``double``, ``bool``); an element of another tag naming
# itself (``<camera name="…">``) is a record, never a column.
_COLUMN_TAGS = frozenset(
    {"field", "column", "col", "cell", "value", "attribute", "attr", "property", "prop"}
    | {"param", "str", "string", "int", "long", "float", "double", "bool", "date", "text"}
)


def _column(frame: _Frame) -> tuple[str, JSONValue] | None:
    """Return (name, value) of a text element naming its column, else None.

    Result sets of database clients and exports write each column of a row as an element
    of its own that names the column (``<field name="nama">…</field>``, phpMyAdmin's
    ``<column name="…">``, Solr's ``<str name="…">``); NULL is ``xsi:nil`` or the text
    ``NULL``. An element holding elements, carrying other attributes or of another tag
    is no column.
    """
    if frame.children or _split(frame.name)[1].lower() not in _COLUMN_TAGS:
        return None
    if any(not _split(key)[0] and key != "name" for key in frame.attrs):
        return None  # a column names itself and nothing else (``xsi:nil`` aside)
    name = frame.attrs.get("name")
    if not isinstance(name, str) or not name.strip() or len(name) > _MAX_COLUMN_NAME:
        return None
    if frame.attrs.get(_NIL, "").strip().lower() in ("true", "1"):
        return name.strip(), None
    text = "".join(frame.text).strip()
    return name.strip(), None if not text or text == _NULL_TEXT else text


def _split(name: str) -> tuple[str, str]:
    """Return (namespace, local name) of an expanded name."""
    namespace, _, local = name.rpartition(_SEPARATOR)
    return namespace, local


def _numbers(text: str) -> list[float]:
    """Return the numbers of a coordinate text (``a b``, ``a,b``)."""
    found: list[float] = []
    for part in re.split(r"[\s,]+", text.strip())[:3]:
        try:
            found.append(float(part))
        except ValueError:
            return []
    return found


def _degrees_pair(first: float, second: float, *, lat_first: bool | None) -> tuple[float, float]:
    """Return (lat, lng) of two degrees, the order told by the system or the values."""
    if abs(first) > 90 >= abs(second):
        return second, first
    if abs(second) > 90 >= abs(first):
        return first, second
    return (first, second) if lat_first is not False else (second, first)


def _point(text: str, srs: str, *, lat_first: bool | None) -> JSONValue:
    """Return a GeoJSON point of a coordinate text in a reference system, else None."""
    values = _numbers(text)
    if len(values) < 2:
        return None
    first, second = values[0], values[1]
    if _MERCATOR.search(srs):
        pair = from_web_mercator(first, second)
    else:
        if _LAT_FIRST.search(srs):
            lat_first = True
        elif _LNG_FIRST.search(srs):
            lat_first = False
        pair = _degrees_pair(first, second, lat_first=lat_first)
    if pair is None or not (-90 <= pair[0] <= 90 and -180 <= pair[1] <= 180):
        return None
    return {"type": "Point", "coordinates": [pair[1], pair[0]]}


def _gml_point(local: str, children: list[tuple[str, JSONValue | _Media]], srs: str) -> JSONValue:
    """Return the GeoJSON point of a GML Point, or of a Box or Envelope of one point."""
    if local != "Point":
        return _box_point(children, srs)
    for child, value in children:
        if child in ("pos", "coordinates") and isinstance(value, str):
            return _point(value, srs, lat_first=child == "pos")
    return None


def _box_point(children: list[tuple[str, JSONValue | _Media]], srs: str) -> JSONValue:
    """Return the point a GML box of one point stands for, else None.

    MapServer's GetFeatureInfo GML (``msGMLOutput``) places each feature by its
    ``gml:boundedBy`` only: a ``gml:Box`` whose two corners are the same point
    (``110.98,-7.02 110.98,-7.02``), or a GML 3 ``gml:Envelope`` whose lower and upper
    corners are. A box with an extent is an area, never a camera's position.
    """
    corners: list[str] = []
    for child, value in children[:3]:
        if not isinstance(value, str):
            return None
        if child == "coordinates":
            corners.extend(value.split()[:3])
        elif child in ("lowerCorner", "upperCorner"):
            corners.append(" ".join(value.split()[:3]))
    if len(corners) != 2:
        return None
    first, second = _numbers(corners[0]), _numbers(corners[1])
    if len(first) < 2 or len(second) < 2:
        return None
    if any(abs(a - b) > _BOX_POINT_TOLERANCE for a, b in zip(first, second, strict=False)):
        return None
    # GML 2 coordinates are written x,y; GML 3 corners like a ``pos``.
    lat_first = all(child != "coordinates" for child, _ in children[:3])
    return _point(corners[0], srs, lat_first=lat_first)


class _XmlReader:
    """Build the JSON-like value of an XML document with a bounded expat parser."""

    def __init__(self) -> None:
        self.root: str | None = None
        self.value: JSONValue | _Media = None
        self._elements = 0
        self._stack: list[_Frame] = []

    def start(self, name: str, attrs: dict[str, str]) -> None:
        self._elements += 1
        if self._elements > _MAX_ELEMENTS or len(self._stack) >= _MAX_DEPTH:
            raise XmlRefused("the document is too large or nested too deep")
        if self._stack:
            parent = self._stack[-1]
            parent.count += 1
            if parent.count > _MAX_CHILDREN:
                raise XmlRefused("an element with too many children")
        elif self.root is None:
            self.root = _split(name)[1]
        self._stack.append(_Frame(name, attrs))

    def data(self, text: str) -> None:
        frame = self._stack[-1]
        if frame.size < _MAX_TEXT:
            frame.text.append(text[: _MAX_TEXT - frame.size])
            frame.size += len(text)

    def end(self, name: str) -> None:
        frame = self._stack.pop()
        value = self._value(frame)
        if self._stack and isinstance(value, dict):
            _group_of_one(value)
        if self._stack:
            parent = self._stack[-1]
            if _split(name)[0] != _split(parent.name)[0]:
                parent.foreign.add(len(parent.children))
            parent.children.append((_split(name)[1], value))
            if (column := _column(frame)) is not None:
                parent.named.append(column)
        else:
            self.value = value

    def _value(self, frame: _Frame) -> JSONValue | _Media:
        if len(frame.named) == len(frame.children) >= _MIN_COLUMNS:
            # A result-set row of name/value elements: the names are the row's fields
            # (the row element's own attributes, a table's name, are no field of it).
            return dict(frame.named)
        namespace, local = _split(frame.name)
        text = "".join(frame.text).strip()
        srs = frame.attrs.get("srsName", "")
        if namespace == _GEORSS and local == "point":
            return _point(text, srs, lat_first=True)
        if local in ("Point", "Box", "Envelope") and namespace.startswith(_GML_PREFIX):
            return _gml_point(local, frame.children, srs)
        attrs: dict[str, str] = {}
        lang: str | None = None
        for key, value in frame.attrs.items():
            space, attr = _split(key)
            if attr == "lang" and space in ("", _XML_NS):
                lang = value
            elif not space:
                # Namespaced attributes (gml:id, xsi:type, xlink:…) belong to the
                # encoding, not to the record.
                attrs[attr] = value
        if not frame.children:
            if text:
                if lang and _LANGUAGE.fullmatch(lang):
                    marked = _Lang(text)
                    marked.lang = lang
                    return marked
                return text
            if not attrs:
                return ""
            fields: JSONObject = dict(attrs)
            return _typed_link(fields) or fields
        values = [entry for _, entry in frame.children]
        if 0 < len(values) <= _MAX_LANGUAGES and all(isinstance(v, _Lang) for v in values):
            by_language: JSONObject = {}
            for entry in values:
                by_language.setdefault(cast("_Lang", entry).lang, str(entry))
            return _Localised(localised_text(by_language) or str(values[0]))
        if not attrs and len(frame.children) == 1:
            only = frame.children[0][1]
            if isinstance(only, dict | _Localised):
                # A wrapper (``wfs:member``, ``values``) stands for what it wraps.
                return only
        obj: JSONObject = {}
        for key, value in attrs.items():
            obj[key] = value
        grouped: dict[str, list[JSONValue]] = {}
        media: list[_Media] = []
        own = {child for i, (child, _) in enumerate(frame.children) if i not in frame.foreign}
        for index, (child, entry) in enumerate(frame.children):
            if isinstance(entry, _Media):
                media.append(entry)
            elif index not in frame.foreign or child not in own or not isinstance(entry, str):
                grouped.setdefault(child, []).append(entry)
            # else: a module's text element named like one of the record's own (an RSS
            # item's ``dc:title`` or ``media:title`` beside its ``title``) yields to it.
        for child, found in grouped.items():
            obj[child] = found[0] if len(found) == 1 else found
        if not any(norm_key(key) in ID_KEYS for key in obj) and isinstance(obj.get("key"), str):
            # A record's ``key`` element is its identifier.
            obj["id"] = obj.pop("key")
        for link in media:
            # A link declaring its media type is that media of the record.
            obj.setdefault(link.role, link.url)
        if len(obj) == len(media) == 1:
            return media[0]
        return _typed_link(obj) or _datex_link(local, obj) or obj


def _read(text: str) -> _XmlReader:
    """Parse an XML document, refusing declarations that could expand or fetch anything."""
    reader = _XmlReader()
    parse_guarded(text, reader, what=NOT_XML, namespace_separator=_SEPARATOR)
    return reader


def _media_count(value: JSONValue, depth: int = _MAX_RECORD_DEPTH) -> int:
    """Return how many media links (a stream or image URL) a record holds, bounded."""
    if isinstance(value, str):
        return int(looks_like_url(value) and url_kind(value) is not None)
    if depth <= 0:
        return 0
    if isinstance(value, dict):
        found = sum(1 for key in value if key in _MEDIA_ROLES and isinstance(value[key], str))
        return found + sum(
            _media_count(inner, depth - 1)
            for key, inner in value.items()
            if key not in _MEDIA_ROLES
        )
    if isinstance(value, list):
        return sum(_media_count(inner, depth - 1) for inner in value[:50])
    return 0


_MAX_GROUP_FIELDS = 32
# Elements that are a camera's record by their tag; a feed's ``item`` or ``entry`` is read
# by the feed's own rules.
_CAMERA_TAGS = RECORD_WRAPPER_KEYS - {"item", "record", "entry", "node"}


def _named(obj: JSONObject) -> bool:
    """Return True for an object with a name of its own (not an address)."""
    return any(
        norm_key(key) in NAME_KEYS and isinstance(value, str) and not looks_like_url(value)
        for key, value in itertools.islice(obj.items(), _MAX_GROUP_FIELDS)
    )


# Words a group's own name field is named with (``namaDestinasi``, ``nama_kecamatan``,
# ``site_name``): the name of the place a group stands for, beside the camera it holds.
_GROUP_NAME_WORDS = frozenset({"nama", "name"})


def _group_named(obj: JSONObject) -> bool:
    """Return True for a group named by a name field or by a field naming its place.

    ``<destinasi><namaDestinasi>Pulau Miang</namaDestinasi><kamera>…</kamera>``: a name
    field led or ended by a name word (``nama_destinasi``, ``site_name``) names the group
    as ``nama`` would; its text is a name, not an address.
    """
    if _named(obj):
        return True
    for key, value in itertools.islice(obj.items(), _MAX_GROUP_FIELDS):
        words = norm_key(key).split("_")
        if len(words) < 2 or not isinstance(value, str) or not value.strip():
            continue
        if (words[0] in _GROUP_NAME_WORDS or words[-1] in _GROUP_NAME_WORDS) and not looks_like_url(
            value
        ):
            return True
    return False


def _group_of_one(obj: JSONObject) -> None:
    """Make the one camera element of a named group a list of one, as its siblings' are.

    ``<terminal nama="T"><kamera kode="K"><nama>…</nama><gambar>…</gambar></kamera>``: the
    group holds its camera, not the camera's fields; read as an object it would lend the
    camera its own name. Only a child element named as a camera record (``kamera``,
    ``cctv``, ``webcam``) with a name and media of its own, beside no media of the group's.
    """
    if len(obj) > _MAX_GROUP_FIELDS or not _group_named(obj):
        return
    found: str | None = None
    for key, value in obj.items():
        if isinstance(value, dict) and norm_key(key) in _CAMERA_TAGS:
            if found is not None or not _named(value) or _media_count(value) == 0:
                return
            found = key
        elif _media_count(value) > 0:
            return  # the group's own media: it is the record, its child a detail
    if found is not None:
        obj[found] = [obj[found]]


def _record_list_key(group: JSONValue) -> str | None:
    """Return the key a named group holds a list of its records under, if one."""
    if not isinstance(group, dict) or len(group) > _MAX_GROUP_FIELDS or not _group_named(group):
        return None
    keys = [
        key
        for key, value in group.items()
        if isinstance(value, list)
        and any(isinstance(v, dict) and _named(v) and _media_count(v) > 0 for v in value[:200])
    ]
    return keys[0] if len(keys) == 1 else None


def _lone_records_listed(groups: list[JSONValue]) -> None:
    """Make a group's lone record a list of one where its sibling groups list theirs.

    ``<kecamatan nama="A"><titik>…</titik><titik>…</titik></kecamatan><kecamatan
    nama="B"><titik id="…"><nama>…</nama>…</titik></kecamatan>``: group B holds one
    record under the tag its siblings repeat, read as an object it would lend the record
    the group's name. Only under the one tag every listing sibling uses, a record with a
    name and media of its own, in a named group with no media of its own.
    """
    keys = {key for group in groups[:200] if (key := _record_list_key(group)) is not None}
    if len(keys) != 1:
        return
    (key,) = keys
    for group in groups[:_MAX_ROOT_RECORDS]:
        if not isinstance(group, dict) or len(group) > _MAX_GROUP_FIELDS:
            continue
        if not _group_named(group):
            continue
        record = group.get(key)
        if not isinstance(record, dict) or not _named(record) or _media_count(record) == 0:
            continue
        if any(_media_count(value) > 0 for name, value in group.items() if name != key):
            continue  # the group's own media: it is the record, its child a detail
        group[key] = [record]


_MAX_ROOT_HOLDERS = 2_000
_MAX_ROOT_RECORDS = 10_000
_MAX_FILE_NAME = 300
# A relative file name with an extension (``0000101251.jpg``, ``live/cam4.m3u8``).
_FILE_NAME = re.compile(r"[\w~%+-][\w./~%+-]{0,280}\.[A-Za-z][A-Za-z0-9]{1,4}")
# A neutral address the name alone is judged under: a root's words (``/snapshot/``)
# never make a name a still.
_NEUTRAL_ROOT = "https://root.invalid/"


def _root_url(value: JSONValue) -> str | None:
    """Return the absolute http(s) address a root element gives, as a directory."""
    if isinstance(value, dict):
        found = [v for k, v in value.items() if k in ("href", "url", "src") and isinstance(v, str)]
        value = found[0] if len(found) == 1 and len(value) <= 2 else None
    if not isinstance(value, str) or not value.strip().lower().startswith(("http://", "https://")):
        return None
    url = resolve_url(value.strip(), "")
    if url is None:
        return None
    return url if url.endswith("/") else url + "/"


def _rooted(record: JSONValue, root: str) -> None:
    """Resolve a record's relative file names that name a stream or image against root."""
    if not isinstance(record, dict):
        return
    for key, value in list(itertools.islice(record.items(), _MAX_GROUP_FIELDS)):
        if (
            not isinstance(value, str)
            or len(value) > _MAX_FILE_NAME
            or looks_like_url(value)
            or "//" in value
            or not _FILE_NAME.fullmatch(value.strip())
        ):
            continue
        alone = resolve_url(value.strip(), _NEUTRAL_ROOT)
        if alone is None or url_kind(alone) is None:
            continue
        url = resolve_url(value.strip(), root)
        if url is not None and url.startswith(root) and url_kind(url) is not None:
            record[key] = url


def _apply_root_urls(data: JSONObject) -> None:
    """Resolve the file names of records listed beside a root address (bounded walk).

    ``<cameraList><rooturl href="…/cctv/"/><camera><file>0001.jpg</file>…``: the root
    is taken out of its holder and each sibling record's relative file name that names
    a stream or an image becomes an address under it.
    """
    pending: list[tuple[JSONObject, int]] = [(data, 0)]
    seen = 0
    while pending and seen < _MAX_ROOT_HOLDERS:
        holder, depth = pending.pop()
        seen += 1
        roots = [
            key
            for key in itertools.islice(holder, _MAX_GROUP_FIELDS)
            if norm_key(key) in ROOT_URL_KEYS
        ]
        root = _root_url(holder[roots[0]]) if len(roots) == 1 else None
        if root is not None:
            del holder[roots[0]]
            for value in holder.values():
                for record in _as_list(value)[:_MAX_ROOT_RECORDS]:
                    _rooted(record, root)
        if depth >= _MAX_RECORD_DEPTH:
            continue
        for value in holder.values():
            pending.extend(
                (inner, depth + 1)
                for inner in _as_list(value)[:_MAX_ROOT_RECORDS]
                if isinstance(inner, dict)
            )


def _records(data: JSONObject) -> list[JSONValue] | None:
    """Return the repeated records that carry media, wherever they sit in the document.

    Of every list of objects, the one whose entries most often carry a stream or image
    link wins (then the longer, then the shallower).
    """
    best: list[JSONValue] | None = None
    parent: JSONObject | None = None
    best_score = (0, 0, 0)
    level: list[JSONObject | list[JSONValue]] = [data]
    for depth in range(_MAX_DEPTH):
        following: list[JSONObject | list[JSONValue]] = []
        for current in level:
            values = list(current.values()) if isinstance(current, dict) else current
            for value in values:
                if isinstance(value, list) and any(isinstance(v, dict) for v in value):
                    carrying = sum(1 for v in value[:200] if _media_count(v) > 0)
                    score = (carrying, len(value), -depth)
                    if carrying and score > best_score:
                        best, best_score = value, score
                        parent = current if isinstance(current, dict) else None
                    following.extend(v for v in value if isinstance(v, dict | list))
                elif isinstance(value, dict):
                    following.append(value)
        if not following:
            break
        level = following[:_MAX_LEVEL]
    if best is not None and parent is not None:
        return _sibling_groups(parent, best)
    return best


_MAX_SIBLING_LISTS = 32


def _camera_list_key(group: JSONValue) -> str | None:
    """Return the key under which a group element holds its camera records, if any.

    ``<pasar nama="…"><kamera kode="…">…</kamera></pasar>``: the child list is named as a
    camera record (``kamera``, ``camera``, ``cctv``, ``webcam``) and carries media.
    """
    if not isinstance(group, dict) or len(group) > _MAX_GROUP_FIELDS:
        return None
    for key, value in group.items():
        if (
            norm_key(key) in _CAMERA_TAGS
            and isinstance(value, list)
            and any(isinstance(v, dict) and _media_count(v) > 0 for v in value[:200])
        ):
            return key
    return None


def _product(record: JSONValue) -> bool:
    """Return True when a record carries a price, stock or article number (``harga``)."""
    return isinstance(record, dict) and any(
        product_key(key) for key in itertools.islice(record, _MAX_GROUP_FIELDS)
    )


def _catalogue(groups: list[JSONValue], record_key: str) -> bool:
    """Return True when most records the groups hold under record_key are products."""
    records = [
        record
        for group in groups[:200]
        if isinstance(group, dict) and isinstance(inner := group.get(record_key), list)
        for record in inner[:200]
        if isinstance(record, dict)
    ]
    return 2 * sum(1 for record in records if _product(record)) > len(records)


def _sibling_groups(parent: JSONObject, best: list[JSONValue]) -> list[JSONValue]:
    """Return the chosen group list with its siblings' groups of the same camera records.

    ``<daftar><pasar …><kamera/></pasar><rth …><kamera/></rth></daftar>``: the groups of
    each kind are a list of their own, side by side. When the chosen list's entries are
    groups holding their cameras under one record name (``kamera``), every sibling list
    (or lone sibling element) whose entries hold cameras under that same name is read
    too, in document order. Not taken: siblings holding other records (announcements,
    sponsors with pictures), lists of plain camera records. Groups whose records carry
    a price, stock or article number (``harga``, ``stok``, ``sku``) are a shop's
    catalogue of camera products: no records at all.
    """
    keys = {_camera_list_key(entry) for entry in best[:200]} - {None}
    if len(keys) != 1 or len(parent) > _MAX_SIBLING_LISTS:
        return best
    (record_key,) = keys
    if record_key is not None and _catalogue(best, record_key):
        return []
    merged: list[JSONValue] = []
    for value in parent.values():
        if value is best:
            merged.extend(best)
            continue
        groups = value if isinstance(value, list) else [value]
        if any(_camera_list_key(group) == record_key for group in groups[:200]):
            merged.extend(group for group in groups if isinstance(group, dict))
        if len(merged) >= _MAX_ROOT_RECORDS:
            break
    return merged[:_MAX_ROOT_RECORDS]


def _feed_items(data: JSONObject) -> list[JSONValue] | None:
    """Return a feed's entries: an RSS channel's items, an Atom feed's or RDF's entries."""
    channel = data.get("channel")
    holder = channel if isinstance(channel, dict) and "item" in channel else data
    for key in ("item", "entry"):
        found = holder.get(key)
        if isinstance(found, dict):
            return [found]
        if isinstance(found, list) and any(isinstance(v, dict) for v in found):
            return found
    return None


# Fields of a feed entry that address the entry's own web page (RSS ``link``, a permalink
# ``guid``, its ``comments``): a page never stands in for its camera's stream.
_FEED_PAGE_LINKS = ("link", "guid", "comments")
# Fields of a feed entry holding its post's markup, whose labelled place line places it.
_FEED_MARKUP_KEYS = ("description", "content", "encoded", "summary")


def _feed_entry(entry: JSONValue) -> JSONValue:
    """Return a feed entry placed by its markup's place line, else by its first category.

    A line of its post naming its area (``<p>Kecamatan: Sangatta Utara</p>``,
    feedplaces) places it; else its first category (the section it is filed under) does.

    The entry's own page links are left out unless their shape makes them media (an
    item linking straight to its ``.m3u8`` or ``.jpg``) or a player (a video site's page,
    a media server's player page): an item with nothing but its web page shows no camera.
    """
    if not isinstance(entry, dict):
        return entry
    pages = [
        key
        for key in _FEED_PAGE_LINKS
        if isinstance(value := entry.get(key), str)
        and looks_like_url(value.strip())
        and url_kind(value.strip()) is None
        and not video_page(value.strip())
        and not server_player_page(value.strip())
    ]
    if pages:
        entry = {key: value for key, value in entry.items() if key not in pages}
    if any(norm_key(key) in AREA_KEYS for key in entry):
        return entry
    markups = [
        markup
        for key in _FEED_MARKUP_KEYS
        if isinstance(markup := entry.get(key), str) and "<" in markup
    ]
    for markup in markups:
        if (place := description_place(markup, generic=False)) is not None:
            return {**entry, "area": place}  # "<p>Kecamatan: Sangatta Utara</p>"
    category = entry.get("category")
    if isinstance(category, list):
        category = category[0] if category else None
    if isinstance(category, dict):
        category = next(
            (category[k] for k in ("term", "label") if isinstance(category.get(k), str)), None
        )
    if isinstance(category, str) and category.strip():
        return {**entry, "area": category.strip()}
    # A generic label ("Area: …", often a spot on the site) only when no category names one.
    for markup in markups:
        if (place := description_place(markup)) is not None:
            return {**entry, "area": place}
    return entry


# A WordPress export (WXR): posts of every type, each custom field a ``wp:postmeta``
# key/value pair. Built-in types that are no content of the site's own (media library
# entries, menu entries, revisions, block and theme records) are no cameras.
_WP_NOT_CONTENT = frozenset(
    {
        *("attachment", "nav_menu_item", "revision", "wp_block", "wp_template"),
        *("wp_template_part", "wp_global_styles", "wp_navigation", "wp_font_family"),
        *("wp_font_face", "custom_css", "customize_changeset", "oembed_cache"),
        *("user_request", "acf-field", "acf-field-group", "acf-post-type", "acf-taxonomy"),
    }
)
# Fields of an exported post that address the post itself, never its camera.
_WP_POST_LINKS = ("link", "guid", "comments", "attachment_url")
_MAX_POSTMETA = 256


def _wxr_entry(entry: JSONValue) -> JSONValue | None:
    """Return an exported WordPress post with its custom fields as its own fields.

    ``wp:postmeta`` pairs become fields (private keys starting with ``_`` — WordPress's
    own and ACF's field references — are left out); the post's permalink and guid are
    dropped. None for a post of a type that is no content (an attachment, a menu item).
    """
    if not isinstance(entry, dict) or ("post_type" not in entry and "postmeta" not in entry):
        return entry
    kind = entry.get("post_type")
    if isinstance(kind, str) and kind.strip().lower() in _WP_NOT_CONTENT:
        return None
    post: JSONObject = {
        key: value
        for key, value in entry.items()
        if key != "postmeta" and key not in _WP_POST_LINKS
    }
    pairs = entry.get("postmeta")
    pairs = [pairs] if isinstance(pairs, dict) else pairs
    for pair in pairs[:_MAX_POSTMETA] if isinstance(pairs, list) else ():
        if not isinstance(pair, dict):
            continue
        key, value = pair.get("meta_key"), pair.get("meta_value")
        if not isinstance(key, str) or not key.strip() or key.startswith("_"):
            continue
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        post.setdefault(key.strip(), value)
    return post


_MAX_TRACKS = 5_000
_MAX_NODE_DEPTH = 8
_MAX_NODES = 2_000
# A track's fields that are player state, never a camera's: VLC's extension (its running
# ``vlc:id`` and options) and the track's number in the list.
_TRACK_STATE = frozenset({"extension", "track_num", "tracknum"})


def _vlc_folders(extension: JSONValue) -> dict[str, str]:
    """Return the innermost VLC folder title of each track id (``vlc:node``/``vlc:item``)."""
    folders: dict[str, str] = {}
    pending: list[tuple[JSONValue, str | None, int]] = [
        (value, None, 0) for value in _as_list(extension)
    ]
    seen = 0
    while pending and seen < _MAX_NODES:
        node, title, depth = pending.pop(0)
        seen += 1
        if not isinstance(node, dict):
            continue
        for item in _as_list(node.get("item"))[:_MAX_TRACKS]:
            tid = item.get("tid") if isinstance(item, dict) else None
            if isinstance(tid, str) and title is not None:
                folders.setdefault(tid.strip(), title)
        if depth >= _MAX_NODE_DEPTH:
            continue
        for child in _as_list(node.get("node"))[:_MAX_NODES]:
            if isinstance(child, dict):
                name = child.get("title")
                inner = name.strip() if isinstance(name, str) and name.strip() else title
                pending.append((child, inner, depth + 1))
    return folders


def _xspf_tracks(data: JSONObject) -> list[JSONValue] | None:
    """Return the tracks of an XSPF playlist as records, or None when it is none."""
    track_list = data.get("trackList")
    if not isinstance(track_list, dict):
        return None
    if "track" in track_list:
        tracks = _as_list(track_list["track"])
    elif "location" in track_list:
        tracks = [track_list]  # a list of one track stands for that track
    else:
        return None
    folders = _vlc_folders(data.get("extension"))
    records: list[JSONValue] = []
    for track in tracks[:_MAX_TRACKS]:
        if not isinstance(track, dict):
            continue
        extension = track.get("extension")
        vlc_id = extension.get("id") if isinstance(extension, dict) else None
        record: JSONObject = {
            key: value
            for key, value in track.items()
            if norm_key(key) not in _TRACK_STATE and key != "album"
        }
        location = record.get("location")
        if isinstance(location, list):
            record["location"] = next((v for v in location if isinstance(v, str)), None)
        album = track.get("album")
        if isinstance(album, str) and album.strip():
            record["area"] = album.strip()
        elif isinstance(vlc_id, str) and (folder := folders.get(vlc_id.strip())) is not None:
            record["area"] = folder
        records.append(record)
    return records


_MAX_SITEMAP_URLS = 50_000  # the sitemaps protocol's own limit
_MAX_PAGE_VIDEOS = 8
_NOT_LIVE = frozenset({"no", "false", "0"})


def _as_list(value: JSONValue) -> list[JSONValue]:
    """Return a repeated element's values (one element reads as itself)."""
    return value if isinstance(value, list) else [value]


def _sitemap_videos(data: JSONObject) -> list[JSONValue]:
    """Return the videos a video sitemap gives its pages, live ones or undated ones.

    A sitemap's ``url`` entries carrying ``video:video`` (the sitemap-video extension)
    describe each video: its ``title``, ``content_loc`` (the media itself), a
    ``thumbnail_loc`` and a ``player_loc`` page, which plays only when nothing else
    does. A video saying ``live`` no is a recording, never a camera; the page's own
    ``loc`` is no media.
    """
    videos: list[JSONValue] = []
    for entry in _as_list(data.get("url"))[:_MAX_SITEMAP_URLS]:
        if not isinstance(entry, dict):
            continue
        for video in _as_list(entry.get("video"))[:_MAX_PAGE_VIDEOS]:
            if not isinstance(video, dict):
                continue
            live = video.get("live")
            if isinstance(live, str) and live.strip().lower() in _NOT_LIVE:
                continue
            videos.append(
                {
                    "title": video.get("title"),
                    "stream": video.get("content_loc"),
                    "thumbnail": video.get("thumbnail_loc"),
                    "player_url": video.get("player_loc"),
                }
            )
    return videos


def parse_xml_list(text: str, ctx: Context, *, wrapped: bool = False) -> ParseResult:
    """Parse an XML document into cameras, one per record with media.

    An ASP.NET ``<string>`` answer whose text is an XML document is read as that document
    (one level only: ``wrapped`` says the text is already such a document).
    """
    if (
        SPREADSHEET_NS in text[:4096]
        and (sheet := spreadsheet_records(text, what=NOT_XML)) is not None
    ):
        # An Excel 2003 XML Spreadsheet: its sheets' rows under their header rows.
        return _json_cameras(sheet, ctx, PortalFormat.XML)
    if (
        ODF_TABLE_NS in text[:8192]
        and (table := opendocument_records(text, what=NOT_XML)) is not None
    ):
        # A flat OpenDocument spreadsheet: its tables' rows under their header rows.
        return _json_cameras(table, ctx, PortalFormat.XML)
    reader = _read(text)
    root = reader.root or "?"
    data = reader.value
    if root.lower() in _SITEMAP_ROOTS:
        if isinstance(data, dict) and (videos := _sitemap_videos(data)):
            return _json_cameras(videos, ctx, PortalFormat.XML)
        raise PortalFormatError(
            f"{_NO_XML_LIST}: it is a sitemap ({root}), which lists pages, not cameras"
        )
    if not wrapped and (inner := wrapped_xml(root, data, looks_like_xml)) is not None:
        return parse_xml_list(inner, ctx, wrapped=True)
    if not isinstance(data, dict):
        raise PortalFormatError(f"{_NO_XML_LIST} (its root {root} holds no records)")
    if root.lower() == "page" and (widgets := sitemap_widgets(data, ctx.base_url)) is not None:
        # An openHAB 1.x sitemap page: its camera widgets, not its frames' widget lists.
        return _json_cameras(widgets, ctx, PortalFormat.XML)
    public = is_public_host(url_host(ctx.base_url))
    if (tak := tak_xml_records(root, data, public=public)) is not None:
        # TAK markers with video details, or a TAK server's video connection list.
        return _json_cameras(tak, ctx, PortalFormat.XML)
    if _ROOT_WORDS.search(text) is not None:
        _apply_root_urls(data)
    tracks = _xspf_tracks(data) if root.lower() == "playlist" else None
    records = tracks if tracks is not None else _records(data)
    if tracks is None and records is not None:
        _lone_records_listed(records)
    if root.lower() == "rss" and isinstance(channel := data.get("channel"), dict):
        post = channel.get("item")
        if isinstance(post, dict) and ("post_type" in post or "postmeta" in post):
            records = [post]  # an export of one post: its custom fields are no records
    if records is None and root.lower() in _FEED_ROOTS:
        records = _feed_items(data)  # stills only inside the entries' description markup
    if records is not None and root.lower() == "feed":
        uploads = youtube_feed_records(records)  # a YouTube channel's feed of videos
        if uploads is not None:
            return _json_cameras(uploads, ctx, PortalFormat.XML)
    if records is not None and root.lower() in _FEED_ROOTS:
        posts = [_wxr_entry(entry) for entry in records]
        records = [_feed_entry(entry) for entry in posts if entry is not None]
    try:
        return _json_cameras(records if records is not None else data, ctx, PortalFormat.XML)
    except PortalFormatError:
        raise PortalFormatError(
            f"{_NO_XML_LIST} (root {root}, found {describe_json(data)})"
        ) from None
