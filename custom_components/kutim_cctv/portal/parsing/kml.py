"""Camera lists published as KML: Google My Maps and Google Earth exports, GIS layers.

Every ``Placemark`` is read like a JSON item: its ``name`` names the camera, its first
``Point`` gives the position (``lng,lat[,alt]``), the fields of its ``ExtendedData``
(``Data name=…/value`` and ``SchemaData/SimpleData``) count as the item's own fields,
and the links, images and bare URLs of its ``description`` and the attached
``gx_media_links`` give its media. The nearest ``Folder`` names the area unless the
placemark has an area field of its own or the folder is named like one of the document's
``Schema``s: a layer as GIS writers (GDAL's KML and LIBKML drivers) export it. The placemark's own ``id`` attribute
(``<Placemark id="9818">``) is the camera's id unless a field names one or the id is
an exporter's running number (``ID_00001``, ``layer.N``, or a bare number in a
sequence it shares with the document's other elements, as simplekml writes them).

GIS exports often keep a feature's attributes only in its balloon: GeoServer's default
description template (``<span class="atr-name">field</span>`` … ``<span
class="atr-value">value</span>``) and the popup tables of desktop GIS exports (two-cell
``<tr><td>FIELD</td><td>value</td></tr>`` rows). Those pairs count as the placemark's
fields after its ``ExtendedData`` (a literal ``<Null>`` is no value), and a placemark
name that is only a feature id (``cctv_dishub.1``, the ``Placemark`` id, a bare number)
gives way to a name field among them.

The XML is read safely: a document type declaration or an entity is refused (nothing is
expanded or fetched), and the number of elements, the nesting depth, the placemarks,
the fields of a placemark and the text kept from each element are bounded.
"""

from __future__ import annotations

import html
import itertools
import re

from ..aliases import AREA_KEYS, ID_KEYS, LOCATION_NAME_KEYS, NAME_KEYS
from ..errors import PortalFormatError
from ..fieldurls import html_media, resolve_url, url_kind
from ..models import ParseResult, PortalFormat
from ..names import kecamatan_line
from ..normalise import VIEWER_PAGE_KEY, Context, is_decoration_url
from ..playerpage import is_platform_embed, is_platform_video
from ..shapes import has_userinfo
from ..values import JSONValue, ReaderText, norm_key, unescape_attribute
from ..viewerlinks import still_code, viewer_page
from .items import _plain, _result
from .kindnames import camera_kind_name
from .mapjs import labelled_area
from .safexml import XmlRefused, parse_guarded
from .tagbound import first_link

__all__ = ["looks_like_kml", "parse_kml"]

_KML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--.{0,2000}?-->\s*)*<(?:[A-Za-z_][\w.-]*:)?kml\b",
    re.DOTALL,
)
# A document type declaration naming a kml root: KML, and refused when it is read.
_KML_DOCTYPE = re.compile(
    r"\A\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--.{0,2000}?-->\s*)*<!DOCTYPE\s+(?:[A-Za-z_][\w.-]*:)?kml\b",
    re.DOTALL | re.IGNORECASE,
)
_MAX_ELEMENTS = 200_000
_MAX_DEPTH = 64
_MAX_PLACEMARKS = 5_000
_MAX_FIELDS = 64
_MAX_TEXT = 20_000
_MAX_MEDIA_LINKS = 20
_CONTAINERS = frozenset({"Folder", "Document"})
# Fields naming a placemark's own code beside the id fields (``kode`` BPBD-S01): the code
# its viewer page is named by.
_OWN_CODE_KEYS = frozenset(ID_KEYS) | {"kode", "kode_cctv", "kode_kamera"}
_BARE_URL = re.compile(r"(?:https?|rtsps?)://[^\s<>\"'`]+")
# Attribute pairs of a balloon: GeoServer's template spans, then two-cell table rows.
_ATR_PAIR = re.compile(
    r"<span[^>]{0,200}?class=[\"']?atr-name[^>]{0,200}>(?P<name>[^<]{1,64})</span>"
    r"(?:(?!atr-name).){0,300}?"
    r"<span[^>]{0,200}?class=[\"']?atr-value[^>]{0,200}>(?P<value>.{0,2000}?)</span>",
    re.DOTALL | re.IGNORECASE,
)
_CELL_PAIR = re.compile(
    r"<tr\b[^>]{0,300}>\s*<t[dh]\b[^>]{0,300}>(?P<name>[^<]{1,64})</t[dh]>\s*"
    r"<td\b[^>]{0,300}>(?P<value>(?:(?!</?t[dhr]\b).){0,2000}?)</td>\s*</tr>",
    re.DOTALL | re.IGNORECASE,
)
_FIELD_NAME = re.compile(r"[^\W\d][\w .:/()-]{0,63}")
_TAG = re.compile(r"<[^>]{0,2000}>")
_NULLS = frozenset({"", "<null>", "null", "none", "n/a"})
# A name that is only a feature id: layer.N (GeoServer, MapServer) or a bare number.
_FEATURE_ID = re.compile(r"[\w:-]{1,100}\.[\w-]{0,60}\d|\d{1,12}")
_NAMING = frozenset(NAME_KEYS) | frozenset(LOCATION_NAME_KEYS)
# Placemark ids an exporter numbers on its own (``ID_00001``, ``kml_3``, ``feature-12``,
# a layer's ``layer.N``): a running number of the export, never the camera's identifier.
_EXPORT_ID = re.compile(
    r"(?:id|kml|placemark|feature|feat|fid|pm|object|obj)[_-]?\d{1,12}|[\w:-]{1,100}\.[\w-]{0,60}\d",
    re.IGNORECASE,
)
_MAX_ID = 100
# A balloon's picture: the src of an img element of the description.
_IMG_SRC = re.compile(
    r"<img\b[^<>]{0,500}?\bsrc\s*=\s*(?:\"([^\"<>]{1,2048})\"|'([^'<>]{1,2048})')",
    re.IGNORECASE,
)
_MAX_IMAGES = 8
_SLOTS = {"still": "snapshot", "stream": "stream_url", "mjpeg": "mjpeg"}
_IFRAME_SRC = re.compile(
    r"<iframe\b[^<>]{0,1000}?\bsrc\s*=\s*(?:\"([^\"<>]{1,2048})\"|'([^'<>]{1,2048})')",
    re.IGNORECASE,
)
_MAX_FRAMES = 4
_LINK_HREF = re.compile(
    r"<a\b[^<>]{0,500}?\bhref\s*=\s*(?:\"([^\"<>]{1,2048})\"|'([^'<>]{1,2048})')",
    re.IGNORECASE,
)
_MAX_LINKS = 8
# The field a placemark's player frame is handed on in: a page standing in for a stream.
_FRAME_KEY = "iframe_src"
# Custom placemark types a KML 2.1 schema declares: an element name, never KML's own.
_KIND_NAME = re.compile(r"[A-Za-z_][\w.-]{0,63}")
_KML_ELEMENTS = frozenset(
    {
        *("Placemark", "Folder", "Document", "Schema", "SimpleField", "Style", "Point"),
        *("name", "description", "coordinates", "ExtendedData", "Data", "SimpleData"),
        *("value", "text", "BalloonStyle", "IconStyle", "NetworkLink", "kml"),
    }
)
_MAX_KINDS = 16
_MAX_LAYER_NAME = 200
# The field a balloon's place line is handed on in, and how many lines are looked at.
_PLACE_KEY = "kecamatan"
_MAX_PLACE_LINES = 64
_FOLDER_WORD = re.compile(r"[^\W_]{1,40}")
# Folder names gathering facilities (an office, a control room), no cameras.
_FACILITY_FOLDER_WORDS = frozenset(
    {"fasilitas", "facility", "facilities", "kantor", "office", "offices", "gedung"}
)
_NOT_KML = "The KML document could not be read"
_NO_KML_LIST = "No camera list found in the KML document"


def looks_like_kml(text: str) -> bool:
    """Return True when a body is a KML document (its root element is ``kml``)."""
    head = text[:4096].lstrip("\ufeff")
    return _KML_START.match(head) is not None or _KML_DOCTYPE.match(head) is not None


class _Placemark:
    """What one placemark holds while it is read."""

    __slots__ = (
        "area",
        "balloon",
        "description",
        "facility",
        "feature_id",
        "fields",
        "name",
        "point",
        "shape",
    )

    def __init__(self, feature_id: str | None = None) -> None:
        self.feature_id = feature_id
        self.name: str | None = None
        self.description: str | None = None
        # The text of the placemark's own inline ``Style/BalloonStyle``: its balloon.
        self.balloon: str | None = None
        self.fields: dict[str, str] = {}
        self.point: tuple[float, float] | None = None
        self.shape = False
        # The reader's own findings, never among the placemark's fields: the area its
        # folders name, and whether a folder gathers facilities (``_facility_folder``).
        self.area = ""
        self.facility = False


def _local(name: str) -> str:
    """Return an element's name without its namespace prefix."""
    return name.rsplit(":", 1)[-1]


def _point(text: str) -> tuple[float, float] | None:
    """Return (lat, lng) from the first ``lng,lat[,alt]`` tuple of a coordinates text."""
    first = text.split(None, 1)[0] if text.split() else ""
    parts = first.split(",")
    if len(parts) < 2:
        return None
    try:
        lng, lat = float(parts[0]), float(parts[1])
    except ValueError:
        return None
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lng <= 180.0):
        return None
    return lat, lng


class _KmlReader:
    """Collect the placemarks of a KML document with a bounded expat parser."""

    def __init__(self) -> None:
        self.placemarks: list[_Placemark] = []
        self.count = 0
        self.links = 0
        self._elements = 0
        self._stack: list[str] = []
        self._folders: list[str | None] = []
        self._areas: list[str | None] = []
        self._facilities: list[bool] = []
        self._current: _Placemark | None = None
        self._field: str | None = None
        self._text: list[str] = []
        self._size = 0
        # Other elements (Document, Folder, Style, Point…) carrying a bare-number id.
        self.numbered_others = 0
        # KML 2.1 custom placemark types (``<Schema parent="Placemark" name="cctv">``
        # declares ``<cctv>`` elements) and the fields their SimpleFields declare, which
        # such an element carries as its own child elements.
        self._kinds: set[str] = set()
        self._kind_fields: set[str] = set()
        self._in_kind_schema = False
        # The names and ids of the document's Schemas: a GIS writer (GDAL's KML and
        # LIBKML drivers) names each layer's Schema and Folder after the layer.
        self._schemas: set[str] = set()

    def _placemark_kind(self, local: str) -> str:
        """Return ``Placemark`` for an element of a declared custom placemark type."""
        return "Placemark" if local in self._kinds else local

    def _declare(self, local: str, attrs: dict[str, str]) -> None:
        """Note a custom placemark type or one of its fields as its schema declares it."""
        name = attrs.get("name", "").strip()
        own = _KIND_NAME.fullmatch(name) is not None and name not in _KML_ELEMENTS
        if local == "Schema" and len(self._schemas) < _MAX_KINDS:
            self._schemas.update(
                value
                for value in (name, attrs.get("id", "").strip())
                if 0 < len(value) <= _MAX_LAYER_NAME
            )
        if local == "Schema":
            self._in_kind_schema = _local(attrs.get("parent", "").strip()) == "Placemark"
            if self._in_kind_schema and own and len(self._kinds) < _MAX_KINDS:
                self._kinds.add(name)
        elif self._in_kind_schema and own and len(self._kind_fields) < _MAX_FIELDS:
            self._kind_fields.add(name)

    def start(self, name: str, attrs: dict[str, str]) -> None:
        self._elements += 1
        if self._elements > _MAX_ELEMENTS or len(self._stack) >= _MAX_DEPTH:
            raise XmlRefused("the document is too large or nested too deep")
        local = _local(name)
        if local in ("Schema", "SimpleField"):
            self._declare(local, attrs)
        local = self._placemark_kind(local)
        self._stack.append(local)
        self._text, self._size = [], 0
        if local != "Placemark" and attrs.get("id", "").isdigit():
            self.numbered_others += 1
        if local in _CONTAINERS:
            self._folders.append(local)
            self._areas.append(None)
            self._facilities.append(False)
        elif local == "NetworkLink":
            self.links += 1
        elif local == "Placemark":
            self.count += 1
            self._current = (
                _Placemark(attrs.get("id")) if len(self.placemarks) < _MAX_PLACEMARKS else None
            )
        elif local in ("Data", "SimpleData"):
            self._field = attrs.get("name")

    def data(self, text: str) -> None:
        if self._size < _MAX_TEXT:
            self._text.append(text[: _MAX_TEXT - self._size])
            self._size += len(text)

    def end(self, name: str) -> None:
        local = self._placemark_kind(_local(name))
        if local == "Schema":
            self._in_kind_schema = False
        text = "".join(self._text).strip()
        self._text, self._size = [], 0
        self._stack.pop()
        parent = self._stack[-1] if self._stack else ""
        current = self._current
        if local in _CONTAINERS:
            self._folders.pop()
            self._areas.pop()
            self._facilities.pop()
        elif local == "Placemark":
            if current is not None:
                current.area = self._area() or ""
                current.facility = any(self._facilities)
                self.placemarks.append(current)
            self._current = None
        elif local == "name" and parent in _CONTAINERS and self._folders:
            # A Folder's name is an area unless it names a kind of camera, gathers
            # facilities or is its layer's name (named like the layer's Schema, as GIS
            # writers export a layer); the Document's name is the map's own title.
            if parent == "Folder":
                self._facilities[-1] = _facility_folder(text)
                if (
                    not self._facilities[-1]
                    and not camera_kind_name(text)
                    and text not in self._schemas
                ):
                    self._areas[-1] = text or None
        elif current is None:
            return
        elif local == "name" and parent == "Placemark":
            current.name = text or None
        elif local == "description" and parent == "Placemark":
            current.description = text or None
        elif local == "text" and parent == "BalloonStyle" and current.balloon is None:
            current.balloon = text or None
        elif parent == "Placemark" and local in self._kind_fields and text:
            if len(current.fields) < _MAX_FIELDS:
                current.fields.setdefault(local, text)
        elif (local == "SimpleData" or local.lower() == "value") and self._field and text:
            # KML says ``<value>``; real exports often write ``<Value>``.
            if len(current.fields) < _MAX_FIELDS:
                current.fields.setdefault(self._field, text)
            if local == "SimpleData":
                self._field = None
        elif local == "Data":
            self._field = None
        elif local == "coordinates":
            if parent == "Point":
                if current.point is None:
                    current.point = _point(text)
            else:
                current.shape = True

    def _area(self) -> str | None:
        return next((area for area in reversed(self._areas) if area), None)


def _facility_folder(name: str) -> bool:
    """Return True for a folder gathering facilities ("Fasilitas", "Kantor")."""
    words = [word.lower() for word in _FOLDER_WORD.findall(name[:200])]
    return 0 < len(words) <= 2 and all(word in _FACILITY_FOLDER_WORDS for word in words)


def _read(text: str) -> _KmlReader:
    """Parse a KML document, refusing declarations that could expand or fetch anything."""
    reader = _KmlReader()
    parse_guarded(text, reader, what=_NOT_KML)
    return reader


def _media_links(value: str, base_url: str, item: dict[str, JSONValue]) -> None:
    """Add the attached media of ``gx_media_links`` (URLs separated by spaces)."""
    for link in value.split()[:_MAX_MEDIA_LINKS]:
        url = resolve_url(link, base_url)
        kind = url_kind(url) if url is not None else None
        if url is not None and kind is not None:
            item.setdefault(_SLOTS[kind], url)


def _description_media(description: str, base_url: str) -> dict[str, str]:
    """Return the media a description links or names, as markup or as bare URLs."""
    markup = unescape_attribute(description)
    found = html_media(markup, base_url)
    if (still := found.get("snapshot")) is not None and is_decoration_url(still):
        del found["snapshot"]  # the operator's logo above the picture
    if "snapshot" not in found and (picture := _balloon_picture(markup, base_url)) is not None:
        found["snapshot"] = picture
    for match in itertools.islice(_BARE_URL.finditer(markup), _MAX_MEDIA_LINKS):
        url = resolve_url(match.group().rstrip(".,;)"), base_url)
        kind = url_kind(url) if url is not None else None
        if url is not None and kind is not None:
            found.setdefault(_SLOTS[kind], url)
    return found


def _balloon_picture(markup: str, base_url: str) -> str | None:
    """Return the still a balloon shows as its first img that is no logo or icon.

    Road-camera feeds put the camera's picture in the description as an img whose
    address is an image endpoint (``kamera?id=…``, ``cgi-bin/still?cam=…``) without an
    image suffix: the img element says it is a picture.
    """
    for number, match in enumerate(_IMG_SRC.finditer(markup, 0, _MAX_TEXT)):
        if number >= _MAX_IMAGES:
            break
        raw = unescape_attribute(match.group(1) or match.group(2) or "").strip()
        url = resolve_url(raw, base_url) if raw and not has_userinfo(raw) else None
        if url is None or not url.lower().startswith(("http:", "https:")):
            continue
        if is_decoration_url(url) or url_kind(url) not in (None, "still"):
            continue
        return url
    return None


def balloon_fields(description: str) -> dict[str, str]:
    """Return the attribute pairs a placemark's balloon lists (bounded), by field name.

    GeoServer's ``atr-name``/``atr-value`` spans are read when present, else the
    two-cell rows of a popup table; values are their text, ``<Null>`` and empty ones
    left out.
    """
    fields: dict[str, str] = {}
    text = description[:_MAX_TEXT]
    pattern = _ATR_PAIR if "atr-name" in text else _CELL_PAIR
    for match in pattern.finditer(text):
        name = html.unescape(match.group("name")).strip()
        raw = match.group("value").strip()
        value = " ".join(html.unescape(_TAG.sub(" ", raw)).split())
        if not _FIELD_NAME.fullmatch(name) or value.lower() in _NULLS:
            continue
        fields.setdefault(name, value)
        if len(fields) >= _MAX_FIELDS:
            break
    return fields


def _feature_id_name(placemark: _Placemark) -> bool:
    """Return True when a placemark's name is only its feature id."""
    name = placemark.name or ""
    return name == placemark.feature_id or _FEATURE_ID.fullmatch(name) is not None


def _item(placemark: _Placemark, base_url: str, numbered: bool) -> dict[str, JSONValue]:
    """Return a placemark as a JSON-like item.

    numbered says the document numbers its other elements (Document, Folder, Style,
    Point) with bare numbers: a generator's one running sequence (simplekml writes
    ``<Folder id="7">``, ``<Placemark id="9">``, ``<Point id="8">``), so a placemark's
    bare-number id is a place in that sequence, never the camera's identifier.
    """
    fields = dict(placemark.fields)
    folder, facility = placemark.area, placemark.facility
    # A placemark without a description shows its own inline balloon's text instead.
    balloon = placemark.description or placemark.balloon or ""
    for key, value in balloon_fields(balloon).items():
        if len(fields) < _MAX_FIELDS:
            fields.setdefault(key, value)
    if not any(norm_key(key) in AREA_KEYS for key in fields) and (
        place := _labelled_place(balloon) or _place_line(balloon)
    ):
        fields[_PLACE_KEY] = place
    item: dict[str, JSONValue] = {}
    media_links = fields.pop("gx_media_links", None)
    named = any(norm_key(key) in _NAMING for key in fields)
    if placemark.name and not (named and _feature_id_name(placemark)):
        item["name"] = placemark.name
    for key, value in fields.items():
        item.setdefault(key, value)
    feature_id = (placemark.feature_id or "").strip()
    if (
        feature_id
        and len(feature_id) <= _MAX_ID
        and not _EXPORT_ID.fullmatch(feature_id)
        and not (numbered and feature_id.isdigit())
        and not any(norm_key(key) in ID_KEYS for key in fields)
    ):
        # The placemark's own ``id`` attribute is the camera's identifier (a feed writing
        # ``<Placemark id="9818">``) unless a field names one or an exporter numbered it.
        item["id"] = feature_id
    if folder and not any(norm_key(key) in AREA_KEYS for key in fields):
        item["area"] = folder
    if placemark.point is not None:
        item["lat"], item["lng"] = placemark.point
    description = {
        key: value
        for key, value in _description_media(balloon, base_url).items()
        if not any(v == value for v in item.values())
    }
    # Explicit fields first, then the description's links, then the attached media.
    for key, value in description.items():
        item.setdefault(key, value)
    if media_links:
        _media_links(media_links, base_url, item)
    if (frame := _player_frame(balloon, base_url)) is not None:
        # A video platform's player: its page stands in as the stream when the
        # placemark has no media of its own (the embed-page convention).
        item.setdefault(_FRAME_KEY, frame)
    if "stream_url" not in item and "mjpeg" not in item:
        if (embed := _embed_link(balloon, base_url)) is not None:
            # The balloon's link to a video platform's player (``Open Camera`` to
            # ``youtube.com/embed/…``): the camera's stream, read as a stream field's.
            item["stream_url"] = embed
    if not any(key in item for key in ("stream_url", "mjpeg", _FRAME_KEY)):
        if (viewer := _viewer_link(balloon, base_url, item)) is not None:
            item[VIEWER_PAGE_KEY] = ReaderText(viewer)
        elif facility:
            return {}  # an office or a control room with its photo: no camera
    return item


def _viewer_link(description: str, base_url: str, item: dict[str, JSONValue]) -> str | None:
    """Return the balloon's link to the camera's viewer page beside its still, if any.

    A "Tonton siaran langsung" link to ``/player/ctz01`` is the stream of the placemark
    ``CTZ-01`` showing ``/snap/ctz01.jpg`` (see ``viewerlinks``); a placemark without a
    still has its page when the link names its own id (a ``kode`` field, the
    ``Placemark`` id). Other links (an article, a map, another camera's page) are none.
    """
    snapshot = item.get("snapshot")
    head = description[:_MAX_TEXT].lower()
    if "<a" not in head and "&lt;a" not in head:
        return None
    ids = [value for key, value in item.items() if norm_key(key) in _OWN_CODE_KEYS]
    codes = [value for value in ids if isinstance(value, str)][:4]
    if isinstance(snapshot, str):
        codes.append(still_code(snapshot) or "")
    elif not codes:
        return None  # without a still, only the placemark's own id names its page
    markup = unescape_attribute(description[:_MAX_TEXT])
    for number, match in enumerate(_LINK_HREF.finditer(markup)):
        if number >= _MAX_LINKS:
            break
        raw = unescape_attribute(match.group(1) or match.group(2) or "").strip()
        url = resolve_url(raw, base_url) if raw and not has_userinfo(raw) else None
        if url is not None and viewer_page(url, codes) is not None:
            return url
    return None


def _labelled_place(balloon: str) -> str | None:
    """Return the area a balloon's labelled line names (``County: Sangatta Utara<br>``).

    Balloons written as escaped markup (``&lt;br&gt;``) are read as their markup.
    """
    text = balloon[:_MAX_TEXT]
    if ":" not in text and "\uff1a" not in text:
        return None
    return labelled_area(unescape_attribute(text) if "&lt;" in text else text)


def _embed_link(description: str, base_url: str) -> str | None:
    """Return the video platform's embed address a balloon's link opens, if any.

    Only an embed address (``youtube.com/embed/…``, ``player.vimeo.com/video/…``) is one;
    a watch page, a channel or any other link (an article, a map) is none.
    """
    head = description[:_MAX_TEXT]
    if "embed/" not in head and "player." not in head:
        return None
    markup = unescape_attribute(head)
    return first_link(_LINK_HREF, markup, base_url, limit=_MAX_LINKS, accept=is_platform_embed)


def _place_line(balloon: str) -> str | None:
    """Return the kecamatan the one place line of a balloon names, if it names one.

    A balloon line (a cell, a paragraph) reading ``Kecamatan Candipuro, Kabupaten
    Lumajang`` or ``Kec. Bengalon`` places its camera there; several different such
    lines place nothing.
    """
    text = balloon[:_MAX_TEXT]
    low = text.lower()
    if "kec" not in low and "kel" not in low and "ds." not in low and "desa" not in low:
        return None
    places: set[str] = set()
    lines = (line for line in _TAG.sub("\n", text).split("\n") if line.strip())
    for line in itertools.islice(lines, _MAX_PLACE_LINES):
        if (place := kecamatan_line(html.unescape(line))) is not None:
            places.add(place)
    return places.pop() if len(places) == 1 else None


def _player_frame(description: str, base_url: str) -> str | None:
    """Return the video platform page a balloon's first player frames play, if any.

    ``<iframe src="https://www.youtube.com/embed/…">`` in a placemark's description is
    the camera's player; a frame of anything else (a map, a form) is none.
    """
    if "<iframe" not in description[:_MAX_TEXT].lower() and "&lt;iframe" not in description:
        return None
    markup = unescape_attribute(description[:_MAX_TEXT])
    return first_link(_IFRAME_SRC, markup, base_url, limit=_MAX_FRAMES, accept=is_platform_video)


def parse_kml(text: str, ctx: Context) -> ParseResult:
    """Parse a KML document into cameras, one per placemark with media."""
    reader = _read(text)
    numbered = reader.numbered_others > 0
    items: list[JSONValue] = [
        item for p in reader.placemarks if (item := _item(p, ctx.base_url, numbered))
    ]
    # A network link only points at another document, which is never fetched from here.
    linked = (
        f"; it links {reader.links} other KML document(s) (NetworkLink): use the linked "
        "document's address"
        if reader.links
        else ""
    )
    if not items:
        raise PortalFormatError(f"{_NO_KML_LIST} (found no placemark{linked})")
    try:
        return _result(_plain(items), ctx, PortalFormat.KML)
    except PortalFormatError:
        points = sum(1 for p in reader.placemarks if p.point is not None)
        raise PortalFormatError(
            f"{_NO_KML_LIST}: none of its {reader.count} placemark(s) links a stream or "
            f"image ({points} with a point{linked})"
        ) from None
