"""Turn one loosely shaped portal item into zero or more normalised cameras."""

from __future__ import annotations

from dataclasses import dataclass, replace
import functools
import hashlib
import html
import itertools
import re
from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

from .aliases import (
    ALIAS_KEYS,
    AREA_KEYS,
    ATTRIBUTE_WORDS,
    COUNTRY_KEYS,
    DECORATION_HINTS,
    DESCRIPTOR_KEYS,
    FOREIGN_NAME_WORDS,
    ID_KEYS,
    IDENTIFYING_PARAMS,
    KUTIM_STREAM_KEY_KEYS,
    LAT_HINTS,
    LAT_KEYS,
    LINK_LIST_KEYS,
    LINKED_CELL_KEYS,
    LNG_HINTS,
    LNG_KEYS,
    LOCALITY_KEYS,
    LOCATION_NAME_KEYS,
    MJPEG_KEYS,
    NAME_HINTS,
    NAME_KEYS,
    NEGATED_STATUS_WORDS,
    NO_PLACE_WORDS,
    NOT_PLACE_GROUP_WORDS,
    OFFLINE_WORDS,
    ONLINE_WORDS,
    ORGANISATION_WORDS,
    OVERVIEW_CORE_WORDS,
    OVERVIEW_NAME_WORDS,
    PAIR_HINTS,
    PROVINCE_KEYS,
    QUALIFIED_AREA_WORDS,
    QUALITY_RANKS,
    RECORD_STATE_WORDS,
    RECORD_WRAPPER_KEYS,
    REPORTER_WORDS,
    ROAD_DESIGNATION_WORDS,
    SEARCH_HIT_KEYS,
    SIGNAL_LOST_WORDS,
    SIGNAL_PRESENT_WORDS,
    SNAPSHOT_KEYS,
    STATE_PLACE_KEYS,
    STATUS_HINT_EXCLUDED,
    STATUS_HINTS,
    STATUS_KEYS,
    STREAM_KEY_KEYS,
    STREAM_KEYS,
    STYLE_KEYS,
    UNKNOWN_NUMBERS,
    VIEW_LIST_KEYS,
    VIEW_PREVIEW_KEYS,
    WATCHED_FEATURE_KEYS,
    WEAK_STATUS_KEYS,
    WEBCAM_WORDS,
    feed_record,
)
from .assettrees import asset_record
from .cmsfields import cms_fields
from .departments import department_text, organisation_text
from .deviceinputs import connection_record, lan_address
from .featurekinds import other_feature_records
from .fieldurls import (
    _MEDIA_SLOTS,
    framed_page,
    handed_live_media,
    html_media,
    inner_media_url,
    is_address_text,
    is_host_text,
    looks_like_url,
    markup_link,
    own_media_proxy,
    own_proxy_to_internal,
    own_still_proxy,
    refreshed_still,
    registrable_site,
    relative_media_kind,
    resolve_url,
    secret_field_name,
    site_host,
    url_host,
    url_kind,
    without_query_login,
)
from .fragmentplaces import FragmentScan, fragment_place, shared_fragment_places
from .livevideos import recorded_beside_live
from .media import (
    clip_poster,
    is_data_document,
    is_generic_picture,
    is_hls_url,
    is_map_cctv_still,
    is_marker_picture,
    is_placeholder_picture,
    is_placeholder_stream,
    is_snapshot_action,
    recorded_video,
    sound_address,
    uploaded_clip,
)
from .mediafiles import recorded_file_records
from .mediakind import address_field, link_kind, media_kind, page_field, stream_kind, video_kind
from .models import MAX_CAMERAS, Camera
from .names import (
    area_name,
    camera_kind_text,
    kecamatan_line,
    kecamatan_tail,
    prettify_name,
    sanitize_name,
    village_kecamatan,
    without_device_address,
    without_written_address,
)
from .playerpage import (
    is_platform_embed,
    is_platform_page,
    is_platform_video,
    is_stream_player_page,
)
from .playerviews import chosen_player_views, player_views_state
from .policy import is_device_ip, is_documentation_ip, is_public_host
from .position import (
    _first,
    _geometry_pair,
    _pair_from,
    _read_position,
    encoded_point,
    lat_first_point,
    microdegree_axes,
    microdegree_list,
)
from .prefixed import (
    CAMERA_FIELD_WORDS,
    camera_suffix,
    prefixed_province,
    table_prefix,
    unprefixed,
    unsuffixed,
)
from .recorders import recorder_place, recorder_record, recorder_site
from .redact import query_hands_access, redact_text, redact_url
from .satellite import satellite_picture
from .shapes import (
    FIELD_WRAPPERS,
    OWN_CAMERA_WORDS,
    choose_id_key,
    entity_columns,
    flat_index,
    has_userinfo,
    id_shaped,
    is_credential_key,
    is_hash_like,
    is_id_key,
    resource_name_id,
    stamped_id,
    yields_to_feature_id,
)
from .sharedplace import (
    jurisdiction_place,
    jurisdiction_places,
    location_district,
    location_kecamatan,
    numbered_camera_label,
    shared_location_districts,
)
from .values import (
    _CONTROL,
    _MAX_TEXT,
    _SURROGATE,
    SHOP_WORDS,
    JSONObject,
    JSONValue,
    ReaderText,
    _number,
    _scalar_text,
    address_first_fields,
    base64_markup,
    clean_text,
    generic_label,
    index_keys,
    is_markup,
    markup_text,
    media_column,
    named_address_first,
    neighbourhood_kind,
    neighbourhood_unit,
    norm_key,
    parse_status,
    quality_label,
    road_written,
    route_section,
)
from .viewerlinks import (
    code_key,
    embed_field,
    host_and_path,
    linked_camera_page,
    names_camera,
    no_camera_site_page,
    page_over_still,
    slug_viewer_page,
    still_code,
    still_stem,
    stream_field,
    viewer_address,
    viewer_field,
    viewer_named_page,
    viewer_page,
    viewing_script_page,
)
from .villageoffice import is_village, village_office
from .wallsources import wall_screen
from .zones import zone_relation

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
    from urllib.parse import SplitResult


_LETTER = re.compile(r"[^\W\d_]")
# Text that may carry a login or a token (``user:pw@``, ``password=…``, ``key: …``, a
# JWT); other names are shown as they are.
_MAY_HOLD_SECRET = re.compile(r"[@=:]|eyJ")
# An area written as an address (``rtsp://…``, ``https://…``) names no place.
_ADDRESS_TEXT = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]{0,15}://")
_HEXLIKE = re.compile(r"[0-9a-fA-F-]{20,}")
# Type metadata of serialisers and schemas (GraphQL ``__typename``, JSON-LD ``@type``,
# Json.NET ``$type``, ``kind``/``objectType`` labels): never a camera's name.
_META_KEYS = frozenset(
    {
        *("__typename", "typename", "type_name", "@type", "_type", "$type", "kind"),
        *("object_type", "entity_type", "resource_type", "_class", "class_name", "@context"),
        *("odata_type", "@odata_type", "_entity", "model_type", "content_type_name"),
        # A headless CMS's schema of the item (Squidex ``schemaName``, ``schemaDisplayName``).
        *("schema_name", "schema_display_name"),
    }
)
# Fields naming an administrative region (``nama_provinsi``, ``nama_kabupaten_kota``):
# they name where the camera is, never the camera.
# A country column under a word the region words do not hold as a part (German ``Land``,
# ``Staat``, ``nation``): matched whole, never a camera's name.
_COUNTRY_COLUMN_KEYS = frozenset({"land", "staat", "nation", "nation_name", "land_name"})
_REGION_WORDS = (
    *("provinsi", "province", "kabupaten", "kota", "regency", "city", "kecamatan"),
    *("kelurahan", "desa", "district", "wilayah", "region", "negara", "country"),
    *("commune", "comune", "municip", "gemeente", "gemeinde", "bairro", "barrio", "quartier"),
    *("ville", "ciudad", "cidade", "provincia", "departement", "département", "insee"),
    *("kommun", "fylke", "gmina", "ilce", "ilçe", "mahalle", "daerah"),
)


def _name_like(key: str, *, descriptions: bool = True) -> bool:
    """Return True for a field named like a name: ``nama_titik``, ``judul``, ``nom_camera``.

    Hints count anywhere in the name (``namaLokasi``); other languages' words for a name
    (``nom``, ``nombre``, ``naam``, ``bezeichnung``) only as whole words of it.
    """
    if any(hint in key for hint in NAME_HINTS if descriptions or hint != "desc"):
        return True
    return any(word in FOREIGN_NAME_WORDS for word in key.split("_"))


# Words of a field name for the road or street a camera stands on (``RoadName``,
# ``nama_jalan``, ``mainRoute``): several cameras share it, so it names a camera only
# when no other field does.
_ROAD_WORDS = frozenset(
    {"road", "roadway", "street", "route", "highway", "jalan", "jln", "ruas", "calle"}
    | {"rue", "strasse", "straße", "straat", "rua", "via", "carretera", "weg"}
    | ROAD_DESIGNATION_WORDS
)


def _road_field(key: str) -> bool:
    """Return True for a field naming the road a camera stands on (``road_name``)."""
    return any(word in _ROAD_WORDS for word in key.split("_"))


# Last words of a field name for who did something to a record (``submitted_by``,
# ``reported_by``, ``dilaporkan_oleh``): a person, never the camera.
_AGENT_ENDINGS = frozenset({"by", "oleh"})


def _reporter(key: str) -> bool:
    """Return True for a field naming who filled in or sent a record (``nama_pelapor``)."""
    words = key.split("_")
    return words[-1] in _AGENT_ENDINGS or any(word in REPORTER_WORDS for word in words)


# What a button does and which element it acts on (Bootstrap's ``data-toggle="modal"``,
# ``data-target="#myModal9"``, read with a card's data attributes): a selector or a
# behaviour, never a camera's name.
_BEHAVIOUR_KEYS = frozenset(
    {"target", "bs_target", "toggle", "bs_toggle", "dismiss", "bs_dismiss"}
    | {"data_target", "data_bs_target", "data_toggle", "data_bs_toggle"}
)


# The name of a feature layer's geometry column a WFS writes on each Feature
# (GeoServer's ``geometry_name: "geom"``): a column's name, never a camera's.
_GEOMETRY_COLUMN_KEYS = frozenset({"geometry_name", "geom_name", "geometry_column"})


def _never_naming(key: str) -> bool:
    """Return True for a region, a country or a reporter column: it never names a camera.

    Nor does a button's target or toggle (``data-target``, ``data-bs-toggle``), a WFS
    feature's ``geometry_name``, a secret's or a login's field (``api_key``,
    ``accessKey``, ``session_id``: its value is never shown), or the Wi-Fi network a
    camera joins (``ssid_name``).
    """
    return (
        secret_field_name(key)
        or _network_name_key(key)
        or any(word in key for word in _REGION_WORDS)
        or key in _COUNTRY_COLUMN_KEYS
        or key in _BEHAVIOUR_KEYS
        or key in _GEOMETRY_COLUMN_KEYS
        or _reporter(key)
    )


def _organisation(key: str) -> bool:
    """Return True for a field naming who runs, owns or supplies a camera (``owner``)."""
    return any(word in ORGANISATION_WORDS for word in key.split("_"))


def _secondary(key: str) -> bool:
    """Return True for a field that names a camera only when nothing else does.

    Who runs or supplies it (``operator``, ``vendor``), what kind or model it is
    (``jenis``, ``camera_type``, ``model``) and its id or code (``kode_cctv``).
    """
    return (
        _organisation(key)
        or any(word in ATTRIBUTE_WORDS for word in key.split("_"))
        or is_id_key(key)
    )


# A class name (``CctvEntity``, ``CameraDto``, ``Models.CameraDto``): no camera's name.
_CLASS_NAME = re.compile(
    r"(?:[A-Z][A-Za-z0-9]*\.){2,}[A-Z][A-Za-z0-9`\[\],. ]*"
    r"|[A-Z][a-z0-9]*(?:[A-Z][a-z0-9]*)*(?:Entity|Dto|DTO|Model|Type|Collection|Response"
    r"|Connection|Edge|Node|Record|Object|Resource|Result|Payload|Input|Document|Meta)"
)
# Dates and times (ISO 8601, with or without a time part) are never names.
_TIMESTAMP = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?\S*)?|\d{2}:\d{2}(?::\d{2})?"
    # A spreadsheet's date and time (a form response's ``Timestamp``: "11/02/2016
    # 7:41:12", "2026/12/05 4:02:11 PM GMT+8").
    r"|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},? \d{1,2}:\d{2}(?::\d{2})?"
    r"(?: ?[AaPp]\.?[Mm]\.?)?(?: ?(?:GMT|UTC)(?:[+-]\d{1,2}(?::?\d{2})?)?)?"
)
# IANA time-zone names (``America/Los_Angeles``, ``Asia/Makassar``) are never names.
_TIME_ZONE = re.compile(
    r"(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)"
    r"/[A-Za-z0-9_+-]{2,40}(?:/[A-Za-z0-9_+-]{2,40})?"
)
# The type words of GeoJSON and TopoJSON objects (RFC 7946 ``"type": "Feature"``, a
# geometry's ``"Point"``, TopoJSON's ``"Topology"``) and of Esri geometries
# (``esriGeometryPoint``): a record nesting or flattening such an object carries them
# beside its own fields, and they name no camera.
_GEOJSON_TYPE_NAMES = frozenset(
    {"feature", "featurecollection", "point", "multipoint", "linestring", "multilinestring"}
    | {"polygon", "multipolygon", "geometrycollection", "topology"}
)
_ESRI_GEOMETRY_TYPE = re.compile(r"esriGeometry[A-Za-z]{2,20}")
# A coordinate reference system's name (a GeoJSON or WFS ``crs`` member's
# ``urn:ogc:def:crs:EPSG::4326``, ``EPSG:4326``, ``CRS84``): no name and no place.
_CRS_NAME = re.compile(
    r"urn:ogc:def:crs:[\w.:-]{1,60}|(?:EPSG|ESRI):{1,2}\d{1,6}|(?:OGC:1\.3:)?CRS84",
    re.IGNORECASE,
)
# MIME types (image/png, application/x-mpegURL) are never names.
_MIME = re.compile(r"(?:image|video|application|audio|text)/[\w.+-]+", re.IGNORECASE)
# A resource path (``projects/p/databases/(default)/documents/cctv/x``): no name, its
# last segment is the id.
_RESOURCE_NAME = re.compile(r"[^\s/]+(?:/[^\s/]+){3,}")
# Field name prefixes of metadata and of a data portal's system fields.
_SYSTEM_PREFIXES = ("$", ":")
_MAX_WARNINGS = 20
_MAX_GROUP_DEPTH = 3


_MAX_ID = 256
_MAX_EXACT_FLOAT = 2**53


def _id_text(value: JSONValue) -> str | None:
    """Return an id as text: integral numbers in integer form, strings stripped.

    An id is shown, logged and kept in unique ids, so some are none (the camera's id is
    then derived): a float beyond the integers a double holds exactly (JSON's ``1e308``,
    a 309-digit number in integer form; infinities), a text longer than ``_MAX_ID``
    characters and an address or host written with a login (``rtsp://admin:pw@10.0.0.1/``,
    ``admin@10.0.0.5``, ``…?user=admin&pwd=…``). A fraction within that range is kept as
    written (``7.5``).
    """
    if isinstance(value, float):
        if not abs(value) < _MAX_EXACT_FLOAT:
            return None
        if value.is_integer():
            return str(int(value))
    if isinstance(value, str):
        text = value[:_MAX_TEXT].strip()
        if _SURROGATE.search(text):
            text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
        found: str | None = _CONTROL.sub("", text) or None
    else:
        found = _scalar_text(value)
    if found is None or len(found) > _MAX_ID or _login_id(found):
        return None
    return found


def _login_id(text: str) -> bool:
    """Return True for an id written as an address or host with a login in it."""
    if "@" in text and (is_address_text(text) or _login_host_name(text)):
        return True
    return "://" in text and without_query_login(text) != text


def _identity_url(url: str) -> str:
    """Return url reduced to what identifies a camera: no tokens, sessions or fragment."""
    parts = urlsplit(url)
    query = sorted(
        (name.lower(), value)
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
        if name.lower() in IDENTIFYING_PARAMS
    )
    return urlunsplit(
        (parts.scheme.lower(), parts.netloc.lower(), parts.path, urlencode(query), "")
    )


def derive_id(*candidates: str | None) -> str:
    """Return a stable id from the first available identifying text."""
    seed = next((text for text in candidates if text), "")
    digest = hashlib.sha1(seed.encode("utf-8", "surrogatepass"), usedforsecurity=False)
    return "k-" + digest.hexdigest()[:12]


class Notes:
    """Warnings collected while parsing one body, summarised instead of repeated."""

    def __init__(self) -> None:
        """Start with nothing to report."""
        self.messages: list[str] = []
        self.out_of_range = 0
        self.need_login = 0  # records flagged as needing a login they do not hand
        self.articles = 0  # records read as an article's, a post's or a product's cover
        self.recordings = 0  # records dropped as recorded files or past videos

    def add(self, message: str) -> None:
        """Record one warning."""
        self.messages.append(message)

    def result(self) -> tuple[str, ...]:
        """Return the warnings, capped, with the out-of-range count once."""
        messages = list(self.messages)
        if self.out_of_range:
            messages.insert(
                0,
                f"{self.out_of_range} camera(s) had coordinates out of range; "
                "their location is unknown",
            )
        if len(messages) > _MAX_WARNINGS:
            hidden = len(messages) - _MAX_WARNINGS
            messages = [*messages[:_MAX_WARNINGS], f"… and {hidden} more"]
        return tuple(messages)


@dataclass(frozen=True, slots=True, kw_only=True)
class Context:
    """How items of one body are read."""

    base_url: str = ""
    hls_base: str | None = None
    kutim: bool = False
    derived_first: bool = False
    snapshot: bool = False
    prettify: bool = True
    id_key: str | None = None
    web_mercator: bool = False
    # A list whose latitude/longitude fields all hold integer microdegrees (see
    # microdegree_list): each record's are divided by a million.
    microdegrees: bool = False
    # A GeoJSON collection whose points are written [lat, lng] (see written_lat_first).
    lat_first_points: bool = False
    shared_pictures: frozenset[str] = frozenset()
    # Hosts of a recorder whose channels the list's lone ``url_rtsp`` fields address.
    recorder_hosts: frozenset[str] = frozenset()
    # A camera wall of MJPEG feeds left open for a timestamp (see _mjpeg_wall).
    mjpeg_wall: bool = False
    # A generic link (``link: "/cameras"``) every record of the list gives: the list's page.
    shared_pages: frozenset[str] = frozenset()
    # A list some of whose records hold a live address (a stream, MJPEG): its link entries
    # are a camera map's (see _list_signs).
    plays_beside_links: bool = False
    # A list some of whose records hold a live address or a video platform's embed (see
    # _list_signs): a record typed live beside them with only a web page plays nothing.
    list_plays: bool = False
    # Fields named like a name whose value several records of the list share (a camera
    # tour's ``TourName``) beside a description saying where each camera stands.
    shared_name_keys: frozenset[str] = frozenset()
    # The list's records repeat a description (a device kind, a direction): no code's name.
    repeated_descriptions: bool = False
    # Titles (folded) two or more of the list's records write alike: a caption, no name.
    repeated_titles: frozenset[str] = frozenset()
    # Locality fields holding one value on every record of the list (see list_localities).
    list_locality_keys: frozenset[str] = frozenset()
    country_area: bool = False
    location_area: bool = False
    # A list whose ``jurisdiction`` fields name its cameras' places (see sharedplace).
    jurisdiction_area: bool = False
    label_key: str | None = None
    # The kecamatan or district an answer names once above its camera list: the area of
    # every camera whose record names none.
    answer_area: str | None = None
    # The places most records' HTML fragments link (a town's centre): no camera's place.
    shared_fragment_places: frozenset[tuple[float, float]] = frozenset()
    # The list's HTML fragments, each read once (see fragmentplaces).
    fragment_scan: FragmentScan | None = None
    # State fields the list writes with Indonesian Ya/Tidak letters (``aktif: "Y"``/``"T"``).
    ya_tidak_keys: frozenset[str] = frozenset()
    # The field identifying the channels of every group of a list of recorders together,
    # where each recorder numbers its own channels again (see _shared_link_id_key).
    link_id_key: str | None = None


@dataclass(slots=True)
class _Fields:
    """The pieces of one camera while they are being collected."""

    id: str | None = None
    name: str | None = None
    area: str | None = None
    # The area is only the state a ``state`` field names (``KT``, ``VIC``): a group's
    # own name places its cameras more finely.
    state_area: bool = False
    position: tuple[float, float] | None = None
    online: bool | None = None
    stream_url: str | None = None
    stream_key: str | None = None
    snapshot_url: str | None = None
    mjpeg_url: str | None = None
    tree: bool = False  # a tree widget's node
    device: bool = False  # a recorder's own record (its maker, model or serial number)
    place: str | None = None  # a recorder's district (``location``), its channels' area
    site: bool = False  # a recorder named for the post it stands at, its channels' area
    connection: bool = False  # a device's connection settings (its LAN ``ip``, its login)
    village: bool = False  # the area is the village its office's name already says
    route: bool = False  # a group named as a road section between places (no area)
    setting: bool = False  # named only by a setting's word (``auto_play: all``), no area
    plugin: bool = False  # a home bridge's plugin platform (``platform: "EufySecurity"``)
    room: bool = False  # a room of a building: its record names its building or floor
    geo_position: bool = False  # the position is named latitude and longitude fields

    @property
    def has_media(self) -> bool:
        """Return True when the fields describe something that can be watched."""
        return bool(self.stream_url or self.stream_key or self.snapshot_url or self.mjpeg_url)


# Video containers a server streams live (Shinobi's Poseidon ``s.mp4``, MPEG-TS): under
# a stream field such an address is the stream itself, never a web page.
_VIDEO_FILE_SUFFIXES = (".mp4", ".m4v", ".ts", ".webm")


def _video_file(url: str) -> bool:
    """Return True for an address whose path names a video container."""
    try:
        return urlsplit(url).path.lower().endswith(_VIDEO_FILE_SUFFIXES)
    except ValueError:
        return False


# The last part of a site's admin or login page (``/admin/``, ``/wp-admin/``, ``/login``).
_SITE_PAGE_NAMES = frozenset(
    {"admin", "administrator", "wp-admin", "login", "signin", "masuk", "wp-login.php"}
)


def site_page(url: str) -> bool:
    """Return True for a site's home, admin or login page: no picture, whatever field.

    ``http://host/``, ``http://host/admin/``, ``https://host/wp-admin/``, ``…/login``:
    a bare origin or a path ending in an admin or login word, with no query. A picture
    route of no file suffix (``/cameras/0/image``, motionEye's ``/picture/1/current/``)
    is none of them.
    """
    try:
        parts = urlsplit(url[:2048])
    except ValueError:
        return False
    if parts.scheme not in ("http", "https") or parts.query:
        return False
    segments = [segment for segment in parts.path.split("/") if segment]
    return not segments or segments[-1].lower() in _SITE_PAGE_NAMES


def video_address(url: str) -> bool:
    """Return True for a video file's address or a video platform's page (a live medium)."""
    return _video_file(url) or is_platform_video(url)


def _is_rtsp(url: str) -> bool:
    """Return True for an RTSP address (``rtsp://``, ``rtsps://``)."""
    return url[:8].lower().startswith(("rtsp://", "rtsps://"))


def _is_flv(url: str) -> bool:
    """Return True for an HTTP-FLV address (flv.js, mpegts.js, SRS, Shinobi)."""
    try:
        return urlsplit(url).path.lower().endswith(".flv")
    except ValueError:
        return False


def _https_twin(current: str, url: str) -> bool:
    """Return True when url is the HTTPS twin of the plain HTTP address current.

    A record giving one stream twice (``httpVideoUrl`` and ``httpsVideoUrl``, ``hls`` and
    ``hls_ssl``) names the same host, path and query over both schemes, the port aside
    (``http://host:1935/…`` beside ``https://host:443/…``). Another host, another path or
    query (a smaller rendition), or an address with a login is no twin.
    """
    if not (current[:7].lower() == "http://" and url[:8].lower() == "https://"):
        return False
    try:
        old, new = urlsplit(current[:2048]), urlsplit(url[:2048])
        return (
            old.hostname is not None
            and old.hostname == new.hostname
            and old.username is None
            and new.username is None
            and (old.path or "/") == (new.path or "/")
            and old.query == new.query
        )
    except ValueError:
        return False


# Files of documents and data tables: a catalogue's resource (a CKAN dataset's CSV
# table, an XLSX summary, a PDF procedure) listed beside its cameras is none of them.
_DOCUMENT_SUFFIXES = (
    *(".csv", ".tsv", ".xls", ".xlsx", ".ods", ".pdf", ".doc", ".docx", ".odt"),
    *(".zip", ".kml", ".kmz", ".shp", ".gpkg", ".parquet"),
)


def document_file(url: str) -> bool:
    """Return True for the address of a document or data file, never a camera's media."""
    try:
        path = urlsplit(url[:2048]).path.lower()
    except ValueError:
        return False
    return path.endswith(_DOCUMENT_SUFFIXES)


def _place_url(fields: _Fields, url: str, role: str | None, ctx: Context) -> None:
    """Put a URL into the camera slot its shape, or else its field name, says."""
    if template_gap(url):
        return  # a template that wrote a missing value ("…/null", "https://host.examplenull")
    if document_file(url):
        return  # a table or document file (a dataset's ``rekap-cctv.csv``) plays nothing
    if fields.connection and lan_address(url, ctx.base_url):
        return  # a recorder's input on its own network, named by a public answer
    if is_snapshot_action(url):
        return  # saving, uploading or deleting a snapshot (``SaveSnapshot.ashx``): no media
    kind = url_kind(url) or (_open_kind(ctx) if refreshed_still(url) else None)
    if kind == "stream" and is_placeholder_stream(url):
        return  # a relay's stand-in loop for a suspended camera (``hls/tempsus.m3u8``)
    if kind is None and role == "snapshot" and _video_file(url):
        return  # a preview or screenshot delivered as a video file (``preview.mp4``)
    if kind is None and role == "snapshot" and site_page(url):
        return  # a site's home, admin or login page under a picture field is no still
    if kind is None and is_data_document(url):
        return  # a JSON document (a picture's metadata, ``…/3003.json``) shows nothing
    if kind is None and recorded_video(url):
        return  # a past event's recording (``/rekaman/banjir-2025-01.mp4``) is no camera
    if kind is None:
        kind = "still" if role == "snapshot" or (role == "stream" and ctx.snapshot) else role
    if kind == "stream" and (
        fields.stream_url is None or _public_beside_lan(fields.stream_url, url, ctx)
    ):
        # A stream a viewer reaches beats the camera's other one on its own network (a
        # relay's ``streamUrl`` on ``192.168.…`` beside the camera's public ``rtspUrl``).
        fields.stream_url = url
    elif (
        kind == "stream"
        and fields.stream_url is not None
        and not _public_beside_lan(url, fields.stream_url, ctx)
        and (
            (_is_flv(fields.stream_url) and is_hls_url(url))
            or (_is_rtsp(fields.stream_url) and is_hls_url(url))
            or (_is_flv(fields.stream_url) and _is_rtsp(url))
            or _https_twin(fields.stream_url, url)
        )
    ):
        # Of an FLV and an HLS address (flv.js pages), HLS plays; so it does beside the
        # camera's own RTSP address (a register's ``RTSP`` and ``HLS`` columns). A media
        # server's play addresses of one stream, one per protocol (LiveGBS' and
        # wvp-GB28181's ``HLS``/``FLV``/``RTSP``), play HLS, else RTSP, else HTTP-FLV,
        # which only a flv.js page plays. Of one stream over HTTP and HTTPS, the HTTPS
        # twin is taken, as written.
        fields.stream_url = url
    elif (
        kind == "still"
        and (fields.snapshot_url is None or _https_twin(fields.snapshot_url, url))
        and not is_placeholder_picture(url)
        and not is_marker_picture(url)
        and url not in ctx.shared_pictures
    ):
        # A stock picture shown for a camera without a view ("no-signal.png") is none,
        # nor is one icon every record of the list shows beside its own picture.
        fields.snapshot_url = url
    elif kind == "mjpeg" and (fields.mjpeg_url is None or _https_twin(fields.mjpeg_url, url)):
        fields.mjpeg_url = url


def _public_beside_lan(lan: str, public: str, ctx: Context) -> bool:
    """Return True when one stream is on a LAN and the other on a public host.

    ``deviceinputs.lan_address`` judges both (never for an answer from the local
    network, where both stay as they were).
    """
    return lan_address(lan, ctx.base_url) and not lan_address(public, ctx.base_url)


# What a page template writes for a missing value it concatenates into an address.
_MISSING_WORDS = ("null", "undefined")
# A template's filler written where a device's address belongs: an IPv4 address of
# letters with or without a port of letters (a relay feed's ``camid=X.X.X.X:YYYY``, a
# sample configuration's host ``xxx.xxx.xxx.xx``). No camera is filled in there; a
# real address (``camid=10.8.0.21:8001``) or a word with x's (``xx-large``) is kept.
_ADDRESS_FILLER = re.compile(r"(?i)x{1,3}(?:\.x{1,3}){3}(?::(?:x{1,5}|y{1,5}|p{1,5}|port))?")
_MAX_FILLER_PARAMS = 16


def template_gap(url: str) -> bool:
    """Return True for an address a template built around a missing value.

    A page joining a host and a missing stream name writes ``null`` or ``undefined``
    into the address: glued to the host (``https://host.examplenull``) or as a whole
    path segment (``/hls/undefined/index.m3u8``, ``/live/null.m3u8``). A feed's filler
    for a device address not filled in (``jpeg2.php?camid=X.X.X.X:YYYY``, the host
    ``xxx.xxx.xxx.xx``) is one too. No camera is there.
    """
    try:
        parts = urlsplit(url[:2048])
        host = parts.hostname or ""
    except ValueError:
        return False
    label = host.rsplit(".", 1)[-1]
    if parts.path in ("", "/") and any(
        label.endswith(word) and len(label) > len(word) for word in _MISSING_WORDS
    ):
        return True
    segments = parts.path.split("/")[1:33]
    if any(segment.split(".", 1)[0] in _MISSING_WORDS for segment in segments):
        return True
    return _ADDRESS_FILLER.fullmatch(host[:40]) is not None or any(
        _ADDRESS_FILLER.fullmatch(value[:40]) is not None
        for _, value in parse_qsl(parts.query)[:_MAX_FILLER_PARAMS]
    )


def check_position(pair: tuple[float, float] | None, notes: Notes) -> tuple[float, float] | None:
    """Return a plausible (lat, lng) pair, swapping a reversed one; None if unknown."""
    if pair is None:
        return None
    lat, lng = pair
    if lat == 0 and lng == 0:
        return None
    if 90 < abs(lat) <= 180 and abs(lng) <= 90:
        lat, lng = lng, lat
    if abs(lat) > 90 or abs(lng) > 180:
        notes.out_of_range += 1
        return None
    return lat, lng


def _status_value(value: JSONValue) -> bool | None:
    """Return the online state one status field gives: a word, a flag, a badge, an object."""
    if isinstance(value, list) and len(value) == 1 and isinstance(value[0], str | dict):
        value = value[0]  # a select or checkbox field's one choice (``["aktif"]``)
    if isinstance(value, dict):
        inner = index_keys(value)
        value = next(
            (inner[k] for k in ("is_online", "online", "active", "label", "value") if k in inner),
            None,
        )
    if isinstance(value, str) and is_markup(value):
        value = markup_text(value)  # a rendered badge: <span class="badge">Online</span>
    return parse_status(value)


def _status_like(key: str) -> bool:
    """Return True for a field named like a camera state (``status_kamera``, ``kondisi``)."""
    words = key.split("_")
    return any(word in STATUS_HINTS for word in words) and not any(
        word in STATUS_HINT_EXCLUDED for word in words
    )


# Words of a flag's name that only frame it (``is_offline``, ``camera_disabled``).
# A flag inside a status object (``status: {isDown}``, read as ``status_is_down``) too; a
# widget's ``state`` object (jsTree ``state: {disabled}``) is never the camera's state.
_FLAG_FRAME_WORDS = frozenset(
    {"is", "has", "camera", "cam", "cctv", "kamera", "flag", "sedang", "status"}
)
_FLAG_VALUES = frozenset({"true", "false", "1", "0", "yes", "no", "y", "n", "ya", "tidak"})
# One-letter yes of other languages' yes/no columns, beside ``N`` for no: ``S`` (sí, sim,
# sì), ``J`` (ja), ``O`` (oui). Read only under a flag named by a state word (``activa``,
# ``aktiv``, ``actif``), never under a direction or a kind (``sentido: "S"``).
_LETTER_YES = frozenset({"s", "j", "o"})
_MAX_FLAGS = 256


def _negated_flag(key: str, value: JSONValue) -> bool | None:
    """Return the online state a negated flag gives (``offline: true`` is offline).

    Only yes/no values count: a flag named ``down`` holding a word or a number of
    anything else says nothing about the camera's state.
    """
    words = [word for word in key.split("_") if word and word not in _FLAG_FRAME_WORDS]
    if not words or "_".join(words) not in NEGATED_STATUS_WORDS:
        return None
    flag = _yes_no(value)
    return None if flag is None else not flag


def _yes_no(value: JSONValue) -> bool | None:
    """Return a yes/no flag's value; None for anything else.

    A bool, 0 or 1, or one of _FLAG_VALUES (``"false"``, ``"N"``, Indonesian ``"ya"`` and
    ``"tidak"``) read by ``parse_status``: a word or another number says nothing.
    """
    if isinstance(value, str):
        word = value.strip().lower()
        if word not in _FLAG_VALUES:
            return None
        flag = parse_status(word)
        return word == "ya" if flag is None else flag
    if isinstance(value, bool):
        return value
    if type(value) is int and value in (0, 1):
        return value == 1
    return None


def _negated_status(index: Mapping[str, JSONValue]) -> bool | None:
    """Return the state the item's negated flags give: offline if any is raised."""
    found: bool | None = None
    for key, value in itertools.islice(index.items(), _MAX_FLAGS):
        state = _negated_flag(key, value)
        if state is False:
            return False
        if state is True:
            found = True
    return found


# Flags that say a camera IS working (``isOn``, ``cameraLive``, ``is_up``): a yes means
# online, a no offline. Flags about the listing (``isNew``, ``shouldAppear``) say nothing.
# Streaming platforms and relays say it of the live stream (api.video ``broadcasting``,
# ``is_streaming``, ``isPublishing``, ``onAir``, ``alive``).
_POSITIVE_STATUS_WORDS = frozenset(
    {"on", "live", "up", "working", "operational", "running", "menyala", "hidup", "berfungsi"}
    | {"broadcasting", "streaming", "publishing", "alive", "connected", "on_air", "onair"}
    | {"live_now", "now_live", "currently_live"}
    # Indonesian "connected": a command centre's link to the camera (``terkoneksi: true``).
    | {"terhubung", "terkoneksi", "tersambung"}
)
# Words of a flag's name saying what a camera can do or may do (``hasLive``,
# ``canStream``, ``supportsStreaming``, ``allowStreaming``), never what it does now.
_YES_WORDS = frozenset({"true", "yes", "sim", "oui", "normal", "baik", "live now", "ok"})
_CAPABILITY_WORDS = frozenset(
    {"has", "can", "supports", "support", "allow", "allows", "enable", "enabled"}
)


# A yes/no field named by a state word of any language (CARTO ``activa: true``, ``ativa``,
# ``attiva``, ``in_betrieb``): the online words, less the bare yes-words and numbers.
_ACTIVE_FLAG_WORDS = frozenset(
    word for word in ONLINE_WORDS if len(word) > 2 and not word.isdigit() and word not in _YES_WORDS
)


def _positive_status(index: Mapping[str, JSONValue]) -> bool | None:
    """Return the state the item's first positive yes/no flag gives (``isOn: false``).

    A one-letter yes of another language (``activa: "S"``, ``aktiv: "J"``) is yes.
    """
    for key, value in itertools.islice(index.items(), _MAX_FLAGS):
        parts = key.split("_")
        if any(word in _CAPABILITY_WORDS for word in parts):
            continue
        words = [word for word in parts if word and word not in _FLAG_FRAME_WORDS]
        joined = "_".join(words)
        if joined not in _POSITIVE_STATUS_WORDS and " ".join(words) not in _ACTIVE_FLAG_WORDS:
            continue
        word = value.strip().lower() if isinstance(value, str) else None
        if word is not None and word not in _FLAG_VALUES and word not in _LETTER_YES:
            continue
        if not isinstance(value, str | bool | int) or (
            isinstance(value, int) and not isinstance(value, bool) and value not in (0, 1)
        ):
            continue
        flag = parse_status(value)
        if flag is None and word is not None:
            flag = word == "ya" or word in _LETTER_YES
        return flag
    return None


# A video signal check (a wall gateway's or recorder's ``signal: "ok"``/``"loss"``,
# ``videoSignal: "Video Loss"``, ``sinyal: "hilang"``): a field named only by a signal word
# and words framing it, holding one of a few words saying the picture is there or lost.
_SIGNAL_WORDS = frozenset({"signal", "sinyal"})
_SIGNAL_FRAME_WORDS = frozenset({"video", "status", "state", "kondisi", "input", "feed"})
# The lost-signal phrases are the status words' own (aliases.SIGNAL_LOST_WORDS); under a
# signal field a bare word says it too (``signal: "loss"``, ``sinyal: "putus"``).
_SIGNAL_PRESENT = SIGNAL_PRESENT_WORDS
_SIGNAL_LOST = SIGNAL_LOST_WORDS | {"loss", "lost", "hilang", "putus", "tidak ada"}
_MAX_SIGNAL_TEXT = 40


def _signal_status(index: Mapping[str, JSONValue]) -> bool | None:
    """Return the state a video signal check gives (``signal: "loss"`` is offline).

    Only text values count, and only the words of _SIGNAL_PRESENT and _SIGNAL_LOST: a
    signal strength (``signal: -61``), a signal's kind (``signal_type: "HDCVI"``), a
    traffic signal (``traffic_signal``, ``signal_eng_area``) and a negated flag
    (``isNoSignal``) say nothing here.
    """
    for key, value in itertools.islice(index.items(), _MAX_FLAGS):
        if not isinstance(value, str) or len(value) > _MAX_SIGNAL_TEXT:
            continue
        words = key.split("_")
        if _SIGNAL_WORDS.isdisjoint(words) or not all(
            word in _SIGNAL_WORDS or word in _SIGNAL_FRAME_WORDS for word in words
        ):
            continue
        text = " ".join(value.lower().replace("_", " ").replace("-", " ").split())
        if text in _SIGNAL_PRESENT:
            return True
        if text in _SIGNAL_LOST:
            return False
    return None


# Flags saying whether a camera delivers one medium now (a camera database's
# ``is_active_image``, ``is_active_video``): the words of such a flag's name.
_ACTIVITY_WORDS = frozenset({"active", "online", "working", "live"})
_ACTIVITY_MEDIA = frozenset({"image", "video", "stream", "picture", "snapshot", "feed", "mjpeg"})


def _media_activity(index: Mapping[str, JSONValue]) -> bool | None:
    """Return the state a camera's per-medium activity flags give, together.

    A camera delivering pictures or video (``is_active_image: true, is_active_video:
    false``) is online; one whose flags are all down is offline. Only yes/no values of
    flags named by a state word and a medium count.
    """
    found: bool | None = None
    for key, value in itertools.islice(index.items(), _MAX_FLAGS):
        words = [word for word in key.split("_") if word and word not in _FLAG_FRAME_WORDS]
        if (
            len(words) != 2
            or words[0] not in _ACTIVITY_WORDS
            or words[1] not in _ACTIVITY_MEDIA
            or not isinstance(value, bool)
        ):
            continue
        if value:
            return True
        found = False
    return found


def _view_status(index: Mapping[str, JSONValue]) -> bool | None:
    """Return the state of the camera's first view (511 ``Views: [{Url, Status}]``).

    The camera is read from its first view (its still), so that view's own status
    (``Enabled``/``Disabled``) is the camera's state when the camera names none.
    """
    for key in [key for key in index if _view_list(key, index[key])][:8]:
        views = index[key]
        if not isinstance(views, list) or not views or not isinstance(views[0], dict):
            continue
        inner = index_keys(views[0])
        for status_key in STATUS_KEYS:
            if status_key in inner and (state := _status_value(inner[status_key])) is not None:
                return state
    return None


def _served_path_ready(index: Mapping[str, JSONValue]) -> bool | None:
    """Return a media server's ``ready`` flag of a stream path it links (OpenTAKServer).

    ``ready: false`` says no video reaches the path. Only a true/false flag beside the
    server's own links to the path counts: a shop's ``ready`` (in stock) is no state.
    """
    ready = index.get("ready")
    if not isinstance(ready, bool):
        ready = index.get("source_ready")  # rtsp-simple-server's ``sourceReady``
    if not isinstance(ready, bool):
        return None
    if any(key in index for key in _SERVED_LINK_KEYS) or _path_addresses(index):
        return ready
    return None


# Fields of a path record holding the server's addresses of that path (a FastAPI wrapper's
# ``urls: {rtsp, hls, whep, whep_player}``, a service's ``StreamURLs {rtsp, rtmp, hls,
# webrtc}``); the record's own fields are read too (``hls_url`` beside ``rtsp_url``).
_PATH_LINK_HOLDERS = ("urls", "stream_urls", "links", "endpoints", "protocols")
_MAX_PATH_FIELDS = 32


def _address_protocol(value: JSONValue) -> str | None:
    """Return the live protocol of a media server's address of a path, else None.

    RTSP, RTMP and SRT by their scheme, HLS by a ``.m3u8`` playlist, WebRTC by a WHEP
    endpoint, a ``/webrtc/`` route or MediaMTX's WebRTC port 8889. A page, a picture, a
    document or a recorded file (``.mp4``) is none.
    """
    if not isinstance(value, str) or len(value) > 2048:
        return None
    text = value.strip().lower()
    scheme, _, rest = text.partition("://")
    if scheme in ("rtsp", "rtsps", "rtmp", "rtmps", "srt"):
        return {"rtsps": "rtsp", "rtmps": "rtmp"}.get(scheme, scheme)
    if scheme not in ("http", "https"):
        return None
    host, _, path = rest.partition("/")
    path = "/" + path.split("?", 1)[0].split("#", 1)[0]
    if path.endswith(".m3u8"):
        return "hls"
    if path.rstrip("/").endswith("/whep") or "/webrtc/" in path + "/" or host.endswith(":8889"):
        return "webrtc"
    return None


def _path_addresses(index: Mapping[str, JSONValue]) -> bool:
    """Return True when a record gives a media server's addresses of one path.

    Two or more live protocols (RTSP beside HLS, HLS beside WebRTC), among the record's
    own fields or in one map of its addresses (``urls``), say the record is the server's
    stream path, whose ``ready`` flag is its state (MediaMTX's ``ready``: video reaches
    the path). One address alone (a transcoded video's playlist with its ``ready`` job
    flag) or pages and pictures (a shop's ``ready`` item) are none.
    """
    maps: list[Mapping[str, JSONValue]] = [index]
    maps.extend(value for key in _PATH_LINK_HOLDERS if isinstance(value := index.get(key), dict))
    for fields in maps:
        kinds = {
            kind
            for value in itertools.islice(fields.values(), _MAX_PATH_FIELDS)
            if (kind := _address_protocol(value)) is not None
        }
        if len(kinds) >= 2:
            return True
    return False


# Fault flags of a camera cloud (EZVIZ ``exception: 1``, device offline, while ``status: 1``
# only says its live address is opened): raised, the camera is offline whatever else says.
_FAULT_FLAGS = ("exception", "device_exception", "fault", "is_fault", "has_fault")


def _fault_raised(index: Mapping[str, JSONValue]) -> bool:
    """Return True when a fault flag of the item is raised (``1`` or ``true``)."""
    for key in _FAULT_FLAGS:
        value = index.get(key)
        if value is True or (type(value) is int and value == 1):
            return True
        if isinstance(value, str) and value.strip().lower() in ("1", "true"):
            return True
    return False


# A camera platform's reachability probe written on the camera's record: a camera UI's
# ``ping: true`` set from a TCP or ICMP probe of the camera's host, a health check's
# ``pingable``/``ping_ok``. Only the record's own field counts: a ping nested in a settings
# or debug object (``checks: {ping: true}``) is what a tool is set to do.
_PROBE_FLAGS = frozenset(
    {"ping", "pingable", "is_pingable", "ping_ok", "camera_ping", "cam_ping", "cctv_ping"}
)
# The same probe said the other way (``unreachable: true`` is offline).
_NEGATED_PROBE_FLAGS = frozenset(
    {"unreachable", "is_unreachable", "not_reachable", "camera_unreachable"}
)
# Fields naming what a ping setting probes (a dashboard tab's ``ping_url``): beside one,
# ``ping`` is the setting to probe that target (Organizr), never a result.
_PROBE_TARGET_KEYS = ("ping_url", "ping_host", "ping_address", "ping_ip", "ping_target")
_PROBE_WORDS = {"true": True, "false": False}


def _probe_state(index: Mapping[str, JSONValue], own: frozenset[str]) -> bool | None:
    """Return the state a reachability probe of the record gives (``ping: false``).

    Only a real yes/no counts: a JSON true/false or the words ``true``/``false``. A ping
    time (``ping: 12.5``), a number flag (``isPing: 1``, an integration's switch), a null,
    an object and a WordPress ``ping_status: "open"`` say nothing; nor does ``ping`` beside
    the target a ping setting probes (``ping_url``).
    """
    if any(key in index for key in _PROBE_TARGET_KEYS):
        return None
    for key, value in itertools.islice(index.items(), _MAX_FLAGS):
        if key not in own or (key not in _PROBE_FLAGS and key not in _NEGATED_PROBE_FLAGS):
            continue
        if isinstance(value, bool):
            flag: bool | None = value
        elif isinstance(value, str):
            flag = _PROBE_WORDS.get(value.strip().lower())
        else:
            flag = None
        if flag is not None:
            return flag if key in _PROBE_FLAGS else not flag
    return None


def record_state(record: Mapping[str, JSONValue]) -> bool | None:
    """Return the online state a record's own fields give, as a camera's would be read."""
    return _read_status(*flat_index(dict(record), norm_key))


# A live channel's state code: a cloud live service's ``channel_status`` (0 no input
# stream, 1 live, 2 abnormal, 3 closed; 4, configuration incomplete, says nothing of the
# camera) and a video-analysis box's ``chnstatus`` (1 normal, 2 abnormal). 0 and 1 read
# as any flag and 2 and 3 are a channel not live, as text or as JSON numbers. Only under
# a field named for the channel's status: a bare ``status: 2`` (a record's draft or
# archive code) is never read so.
_CHANNEL_STATUS_KEYS = frozenset({"channel_status", "chnl_status", "chn_status"})
_CHANNEL_DOWN_CODES = frozenset({"2", "3"})
# A video-analysis box's network link state beside its channel code (``netstatus: 0``).
_LINK_STATUS_KEYS = frozenset({"net_status", "network_status", "link_status"})


def _link_states_first(
    items: Iterable[tuple[str, JSONValue]],
) -> list[tuple[str, JSONValue]]:
    """Return a record's fields with its network link's state fields first.

    A channel is live only over a live link: ``netstatus: 0`` beside ``chnstatus: 1``
    says offline whichever the record writes first.
    """
    listed = list(items)
    return [item for item in listed if item[0] in _LINK_STATUS_KEYS] + [
        item for item in listed if item[0] not in _LINK_STATUS_KEYS
    ]


def _number_code(key: str, value: JSONValue) -> JSONValue:
    """Return a state code written as a JSON number as the text it reads as, else the value.

    Under a channel's status field 0-3 (``channel_status: 2``), under its network link's
    0 and 1; a bool is a flag, never a code, and other numbers stay unread.
    """
    if type(value) is not int:
        return value
    if key in _CHANNEL_STATUS_KEYS and 0 <= value <= 3:
        return str(value)
    if key in _LINK_STATUS_KEYS and value in (0, 1):
        return str(value)
    return value


# A record's enrolment flag (``active``, ``activo``, ``aktif``): whether the camera is
# kept on the list, not whether its video is up now.
_ENROLMENT_FLAG_KEYS = frozenset(
    {"active", "is_active", "aktif", "is_aktif", "activo", "ativo", "attivo", "actif"}
)
_STREAM_FLAG_WORDS = ("streaming",)


def _stream_flag_down(index: Mapping[str, JSONValue]) -> bool:
    """Return True when a streaming flag says no beside nothing but an enrolment flag.

    A camera app's record keeps the camera enrolled (``active: 1``) while its stream is
    down (``flag_streaming: 0``, ``is_streaming: false``, ``"tidak"``, ``"N"``): it is
    offline. A status field of its own (``status: "Active"``, ``online``) says more and is
    read as before, so a still camera's ``isStreaming: false`` beside ``status: "Active"``
    stays online. A capability flag (``has_streaming``, ``can_stream``: what the camera
    can do, as in ``_positive_status``) says nothing, and the caller never applies the
    flag to a record with no stream of its own (a still camera streams nothing by kind).
    """
    strong = [
        key for key in STATUS_KEYS if key in index and _status_value(index[key]) is not None
    ]  # a ``state`` field holding the province names no state of the camera
    if not strong or not all(key in _ENROLMENT_FLAG_KEYS for key in strong):
        return False
    for key, value in itertools.islice(index.items(), _MAX_FLAGS):
        parts = key.split("_")
        if any(word in _CAPABILITY_WORDS for word in parts):
            continue
        words = tuple(word for word in parts if word and word not in _FLAG_FRAME_WORDS)
        if words != _STREAM_FLAG_WORDS:
            continue
        return _yes_no(value) is False
    return False


def _read_status(
    index: Mapping[str, JSONValue], own: frozenset[str] = frozenset(), *, stream_flag: bool = True
) -> bool | None:
    """Return the online state; weak flags only count when no real status is present.

    A raised fault flag comes first, then known status fields, then any field named
    like a state whose text is a status word (``status_kamera: "Aktif"``,
    ``keterangan: "OFFLINE"``, ``kondisi: "Rusak"``). With ``stream_flag`` false a
    streaming flag beside an enrolment flag (``_stream_flag_down``) is not read.
    """
    if _fault_raised(index):
        return False
    if stream_flag and _stream_flag_down(index):
        return False
    strong = [index[key] for key in STATUS_KEYS if key in index]
    for value in strong:
        if (state := _status_value(value)) is not None:
            return state
    for key, value in _link_states_first(itertools.islice(index.items(), 256)):
        if isinstance(value, list) and len(value) == 1 and isinstance(value[0], str):
            value = value[0]  # a select field's one choice (``statusKamera: ["aktif"]``)
        value = _number_code(key, value)
        if key in STATUS_KEYS or not isinstance(value, str | bool) or not _status_like(key):
            continue
        if _negated_flag(key, value) is not None:
            continue  # a negated flag in a status object (``status: {isDown: false}``)
        if (state := _status_value(value)) is not None:
            if state and _negated_status(index) is False:
                # A raised flag (``offline: true``) beats a field only named like a
                # state saying yes (``tripodStatus: "NORMAL"``, of some other part).
                return False
            return state
        if key in _CHANNEL_STATUS_KEYS and isinstance(value, str):
            if value.strip() in _CHANNEL_DOWN_CODES:
                return False
    if (state := _negated_status(index)) is not None:
        return state
    if (state := _positive_status(index)) is not None:
        return state
    if (state := _signal_status(index)) is not None:
        return state
    if (state := _media_activity(index)) is not None:
        return state
    if (state := _view_status(index)) is not None:
        return state
    if (state := _served_path_ready(index)) is not None:
        return state
    if (state := _probe_state(index, own)) is not None:
        return state
    if strong:
        return None
    for key in WEAK_STATUS_KEYS:
        if key in index and (state := _status_value(index[key])) is not None:
            return state
    return None


# The letters of a yes/no column written in Indonesian (``enum('Y','T')``: Ya, Tidak).
_YA_TIDAK = frozenset({"y", "t"})


def _state_key(key: str) -> bool:
    """Return True for a field read as a camera's state (``aktif``, ``status_aktif``)."""
    words = [word for word in key.split("_") if word and word not in _FLAG_FRAME_WORDS]
    return (
        key in STATUS_KEYS
        or key in WEAK_STATUS_KEYS
        or _status_like(key)
        or "_".join(words) in _POSITIVE_STATUS_WORDS
        or " ".join(words) in _ACTIVE_FLAG_WORDS
    )


def ya_tidak_keys(items: list[JSONValue]) -> frozenset[str]:
    """Return the state fields a list writes with the letters Y and T, and nothing else.

    A database column declared ``enum('Y','T')`` (Indonesian ya/tidak) says offline with
    ``T``, where a lone ``t`` elsewhere is PostgreSQL's true. A state field holding ``Y``
    on one record and ``T`` on another and no other value on any (empty or null aside)
    is read that way; a column of ``T`` and ``F`` (true/false), of ``T`` and ``N``
    (Polish tak/nie) or of ``T`` alone keeps reading ``T`` as yes.
    """
    seen: dict[str, set[str]] = {}
    spoilt: set[str] = set()
    for item in items:
        if not isinstance(item, dict):
            continue
        index, own = flat_index(item, norm_key)
        for key in [key for key in index if key in own][:_MAX_SHARED_FIELDS]:
            value = index[key]
            if value is None or value == "":
                continue
            word = value.strip().lower() if isinstance(value, str) else None
            if word in _YA_TIDAK:
                seen.setdefault(key, set()).add(word)
            else:
                spoilt.add(key)
    return frozenset(
        key
        for key, words in seen.items()
        if words == _YA_TIDAK and key not in spoilt and _state_key(key)
    )


def _ya_tidak(index: Mapping[str, JSONValue], keys: frozenset[str]) -> Mapping[str, JSONValue]:
    """Return the item's fields with a Ya/Tidak state field's ``T`` written as ``tidak``."""
    if not keys or keys.isdisjoint(index):
        return index
    return {
        key: "tidak"
        if key in keys and isinstance(value, str) and value.strip().lower() == "t"
        else value
        for key, value in index.items()
    }


def many2one_name(value: JSONValue) -> str | None:
    """Return the display name of an ERP's many-to-one value ``[id, "name"]``, else None.

    Odoo's ``search_read`` gives a relation (``kecamatan_id``) as its record's id and
    display name, and ``false`` when it is unset.
    """
    if (
        isinstance(value, list)
        and len(value) == 2
        and isinstance(value[0], int)
        and not isinstance(value[0], bool)
        and isinstance(value[1], str)
    ):
        return value[1]
    return None


_FULL_NAME_KEYS = ("full_name", "fullname")
# Fields of a no-code table's choice option (HubDB ``{id, name, label, type: "option",
# order}``): ``name`` is the machine name ("otago"), ``label`` the text shown ("Otago").
_OPTION_KEYS = frozenset(
    {"id", "name", "label", "type", "order", "created_at", "updated_at", "created_by"}
    | {"created_by_user_id", "updated_by", "updated_by_user_id", "color", "value"}
)


def _shown_cell_text(index: Mapping[str, JSONValue]) -> str | None:
    """Return the text a no-code table shows for a choice or linked-row cell, else None.

    A HubDB option ``{id, name: "otago", label: "Otago", type: "option"}`` shows its
    label; a SeaTable linked row ``{display_value: "Zillertal", row_id}`` its display
    value. Other objects (a place with ``name`` and ``label``) are not such cells.
    """
    for key in LINKED_CELL_KEYS:
        if isinstance(text := index.get(key), str) and (shown := _scalar_text(text)):
            return shown
    kind = index.get("type")
    if not isinstance(kind, str) or kind.strip().lower() != "option" or len(index) > 16:
        return None
    if not index.keys() <= _OPTION_KEYS:
        return None
    label = index.get("label")
    return _scalar_text(label) if isinstance(label, str) else None


# What a region classifier writes when it recognises no region: its fallback bucket
# ("Lainnya", "Lain-lain", "OTHER", "Unknown"), or a word naming no place ("N/A").
_BUCKETS = frozenset(NO_PLACE_WORDS | {"lain lain", "lain", "unknown region", "tidak diketahui"})
_BUCKET_SPLIT = re.compile(r"[\s_\-]+")
_MAX_BUCKET = 24


def _read_area(value: JSONValue, depth: int = 3) -> str | None:
    """Return an area name from text, an object carrying a name or a list of such objects.

    Relations wrapped the CMS way (``{data: {attributes: {nama}}}``) are unwrapped.
    """
    if (pair := many2one_name(value)) is not None:
        return _read_area(pair, 0)
    if isinstance(value, list):
        first = next((v for v in value[:5] if isinstance(v, dict)), None)
        return _read_area(first, depth - 1) if first is not None and depth > 0 else None
    if isinstance(value, dict):
        if (translated := localised_text(value)) is not None:
            return _read_area(translated, 0)
        index = index_keys(value)
        if (shown := _shown_cell_text(index)) is not None:
            return shown
        # A place's full name ("Yellowstone National Park") before its short one.
        hit = _first(index, _FULL_NAME_KEYS) or _first(index, NAME_KEYS)
        if hit is not None:
            return _scalar_text(hit[1])
        for wrapper in FIELD_WRAPPERS:
            inner = index.get(wrapper)
            if isinstance(inner, dict) and depth > 0:
                return _read_area(inner, depth - 1)
        # A linked row of a no-code database: {id, value}.
        value = index.get("value")
        return _read_area(value, 0) if isinstance(value, str) else None
    text = _scalar_text(value)
    # A bare number (a district code such as "12") is no area name, nor is a word saying
    # none is known ("N/A", "null"), nor a time zone (``zone: "Asia/Makassar"``).
    if text is None or _LETTER.search(text) is None or text.lower() in UNKNOWN_NUMBERS:
        return None
    if len(text) <= _MAX_BUCKET and _BUCKET_SPLIT.sub(" ", text.casefold()).strip() in _BUCKETS:
        return None  # a classifier's fallback bucket ("Lainnya", "Lain-lain", "OTHER")
    if _CRS_NAME.fullmatch(text):
        return None  # a ``crs`` member's name (``urn:ogc:def:crs:EPSG::4326``) is no place
    return None if _TIME_ZONE.fullmatch(text) else text


# Taxonomies whose terms are places (WordPress custom taxonomies, CMS term lists).
_PLACE_TAXONOMY_WORDS = (
    *("kecamatan", "wilayah", "kelurahan", "desa", "district", "area"),
    *("region", "kota", "city", "lokasi", "location", "zona"),
)
_CATEGORY_TAXONOMIES = frozenset({"category", "categories", "kategori"})
# Default categories of a CMS: no place.
_NO_CATEGORY = frozenset({"uncategorized", "uncategorised", "tidak berkategori", "umum"})
# Words of a category that sorts a listing or names a kind of camera, no place
# (``Featured``, ``Popular``, ``Traffic Cameras``, ``PTZ``): a category of these words
# alone is no area.
_LISTING_CATEGORY_WORDS = frozenset(
    {"featured", "popular", "new", "newest", "latest", "recent", "trending", "top", "all"}
    | {"favorite", "favorites", "favourite", "favourites", "recommended", "highlights"}
    | {"live", "traffic", "weather", "public", "other", "others", "misc", "more"}
    | {"ptz", "dome", "bullet", "fixed", "panoramic", "panorama", "360", "indoor", "outdoor"}
    | {"cameras", "webcams", "cams", "streams", "feeds", "videos"}
    | OWN_CAMERA_WORDS
)
_MAX_CATEGORY_TEXT = 80
_TERM_KEYS = ("wp:term", "_embedded_wp:term", "pure_taxonomies", "terms", "taxonomies")
_MAX_TERMS = 32


def _terms(value: JSONValue) -> list[JSONObject]:
    """Return the taxonomy terms of an embedded term list (``[[{taxonomy, name}]]``)."""
    found: list[JSONObject] = []
    stack: list[JSONValue] = [value]
    while stack and len(found) < _MAX_TERMS:
        current = stack.pop(0)
        if isinstance(current, list):
            stack.extend(current[:_MAX_TERMS])
        elif isinstance(current, dict):
            if "taxonomy" in current and "name" in current:
                found.append(current)
            elif len(stack) < _MAX_TERMS:  # pure_taxonomies: {categories: [...], ...}
                stack.extend(list(itertools.islice(current.values(), _MAX_TERMS)))
    return found


def _primary_tag(value: JSONValue) -> str | None:
    """Return the name of a post's public primary tag (Ghost ``primary_tag: {name}``).

    Internal tags (``#cctv``, visibility ``internal``) only sort posts: no place.
    """
    if not isinstance(value, dict):
        return None
    name = value.get("name")
    if not isinstance(name, str) or name.strip().startswith("#"):
        return None
    return None if value.get("visibility") == "internal" else name


def _category_briefs(index: Mapping[str, JSONValue]) -> list[JSONObject]:
    """Return the categories a list of category briefs names, as category terms.

    A portal's content carries the categories it is filed under by reference and name
    (Liferay ``taxonomyCategoryBriefs: [{taxonomyCategoryId, taxonomyCategoryName}]``).
    """
    found: list[JSONObject] = []
    for key in itertools.islice(index, _MAX_AREA_FIELDS):
        value = index[key]
        if key in _CATEGORY_TAXONOMIES or not isinstance(value, list):
            continue
        if not set(key.split("_")) & _CATEGORY_TAXONOMIES:
            continue
        for entry in value[:_MAX_TERMS]:
            if not isinstance(entry, dict) or "taxonomy" in entry or len(entry) > 8:
                continue
            for inner_key, inner in entry.items():
                words = norm_key(inner_key).split("_")
                if words[-1] == "name" and set(words) & _CATEGORY_WORDS:
                    found.append({"taxonomy": "category", "name": inner})
                    break
    return found


_CATEGORY_WORDS = frozenset({"category", "kategori", "categoria"})


def _category_names(index: Mapping[str, JSONValue]) -> list[JSONObject]:
    """Return the first category of a list of plain category names, as a category term.

    A camera list files each camera under categories written as names only (a DOT feed's
    ``cameraCategories: ["Anne Arundel County", "Bay Bridge"]``, a webcam feed's
    ``categories: ["Oberstdorf"]``): the first naming a place is the category it is
    filed under first, a listing's or a camera kind's (``Featured``, ``PTZ``) passed
    over. A list holding anything but text (WordPress category ids) or led by an
    address names none.
    """
    for key in itertools.islice(index, _MAX_AREA_FIELDS):
        value = index[key]
        if not isinstance(value, list) or not 0 < len(value) <= _MAX_TERMS:
            continue
        if not set(key.split("_")) & _CATEGORY_TAXONOMIES:
            continue
        first = value[0]
        if not isinstance(first, str) or looks_like_url(first):
            continue
        if all(isinstance(entry, str) for entry in value):
            places = [
                entry
                for entry in value
                if isinstance(entry, str)
                and not _listing_category(entry)
                and not _site_kind_category(entry)
            ]
            return [{"taxonomy": "category", "name": places[0]}] if places else []
    return []


def _listing_category(text: str) -> bool:
    """Return True for a category sorting a listing or naming a camera kind, no place.

    ``Featured``, ``Popular``, ``Traffic Cameras``, ``PTZ`` and a quality (``4K``,
    ``HD``) file a camera by what it is or how it is listed, never where it stands.
    """
    if quality_label(text):
        return True
    words = _CATEGORY_TEXT_WORD.findall(text.lower()[:_MAX_CATEGORY_TEXT])
    return bool(words) and all(word in _LISTING_CATEGORY_WORDS for word in words)


_CATEGORY_TEXT_WORD = re.compile(r"[^\W_]+")
# Words naming a kind of site a camera watches (a village CCTV module's categories
# ``Kantor Desa``, ``Sungai``, ``Pasar``, ``Jalan Raya``, ``Wisata``, ``Fasilitas Umum``):
# a category of these words alone sorts cameras by what they watch, never where.
# ``Sungai Kunjang`` or ``Desa Kenyamukan`` (a kind word beside a proper name) stays a
# place.
_SITE_KIND_WORDS = frozenset(
    {"kantor", "desa", "kelurahan", "balai", "sungai", "pasar", "jalan", "raya", "simpang"}
    | {"persimpangan", "jembatan", "pantai", "wisata", "parkir", "taman", "sekolah"}
    | {"masjid", "gereja", "puskesmas", "rumah", "sakit", "terminal", "pelabuhan", "dermaga"}
    | {"fasilitas", "umum", "publik", "pemerintahan", "perkantoran", "protokol", "kawasan"}
    | {"dan", "area", "pemukiman", "permukiman", "perumahan", "lapangan", "olahraga"}
    | {"road", "roads", "street", "streets", "highway", "market", "river", "bridge", "beach"}
    | {"park", "parking", "school", "office", "offices", "harbour", "harbor", "port"}
    | {"junction", "intersection", "tourism", "government", "facility", "facilities"}
    | {"and", "station", "square"}
)


def _site_kind_category(text: str) -> bool:
    """Return True for a category naming only a kind of site (``Kantor Desa``, ``Pasar``)."""
    words = _CATEGORY_TEXT_WORD.findall(text.lower()[:_MAX_CATEGORY_TEXT])
    return bool(words) and all(word in _SITE_KIND_WORDS for word in words)


def _term_area(index: Mapping[str, JSONValue]) -> str | None:
    """Return the area named by an item's embedded taxonomy terms (WordPress ``_embed``).

    A term of a place taxonomy (``kecamatan``, ``wilayah``…) names the area; else the
    first real category does (a portal files its cameras by kecamatan). Tags never do.
    """
    terms = [term for key in _TERM_KEYS if key in index for term in _terms(index[key])]
    for key in _CATEGORY_TAXONOMIES:
        # Category objects without a taxonomy field ({id, name, slug}): categories.
        value = index.get(key)
        entries = value[:_MAX_TERMS] if isinstance(value, list) else [value]
        terms += [
            {"taxonomy": "category", "name": entry["name"]}
            for entry in entries
            if isinstance(entry, dict) and "name" in entry and "taxonomy" not in entry
        ]
    terms += _category_briefs(index)
    terms += _category_names(index)
    if (primary := _primary_tag(index.get("primary_tag"))) is not None:
        # A publishing platform's primary tag (Ghost) files the post like a category.
        terms.append({"taxonomy": "category", "name": primary})
    for wanted in (True, False):
        for term in terms:
            taxonomy = str(term.get("taxonomy", "")).lower()
            is_place = any(word in taxonomy for word in _PLACE_TAXONOMY_WORDS)
            if is_place != wanted or (not wanted and taxonomy not in _CATEGORY_TAXONOMIES):
                continue
            text = _read_area(term.get("name"))
            if text is None or clean_text(text.lower()) in _NO_CATEGORY:
                continue
            if wanted or not (_listing_category(text) or _site_kind_category(text)):
                return clean_text(text)
    return None


# Schemes an encoder pushes to (a live platform's ingest server, a restreamer's input).
_PUSH_SCHEMES = ("rtmp://", "rtmps://", "srt://")
_MAX_PUSH_FIELDS = 64
# The parts of an address a stream key may stand as (a path segment, a query value).
_PARTS = re.compile(r"[/?&=#]")


def publishing_key(index: Mapping[str, JSONValue]) -> bool:
    """Return True when a record's stream key is the key an encoder publishes with.

    A relay's record keeps the server it pushes each camera to beside the key it pushes
    with (``rtmp_server: "rtmp://a.rtmp.youtube.com/live2"``, ``stream_key: "…"``): the
    key is the publisher's secret, no stream of the portal's, and viewers watch the
    platform's page instead. An address holding the key itself as a path segment or a
    query value (``rtmp://host/live/KEY``) names the stream the key is: it does not count.
    """
    key = _stream_key(index.get("stream_key"))
    if key is None:
        return False
    for value in itertools.islice(index.values(), _MAX_PUSH_FIELDS):
        if isinstance(value, str) and len(value) <= 2048:
            address = value.strip()
            if address[:8].lower().startswith(_PUSH_SCHEMES) and key not in _PARTS.split(address):
                return True
    return False


def _stream_key(value: JSONValue) -> str | None:
    """Return a stream key, or None when the value is not one."""
    text = _id_text(value)
    return text if text is not None and len(text) <= 256 else None


def _name_candidate(value: str) -> str | None:
    """Return text that reads like a camera name (not an id, a status or a number)."""
    text = markup_text(value) if is_markup(value) else clean_text(value)
    if text is None or not 2 <= len(text) <= 120 or not _LETTER.search(text):
        return None
    if parse_status(text) is not None or _HEXLIKE.fullmatch(text) or "://" in text:
        return None
    if text.lower() in _FORMAT_WORD_NAMES:
        return None  # a protocol, transport or format word (``TCP``, ``RTSP``, ``hls``)
    if is_hash_like(text):
        return None  # a row hash or random token (``8b4c2f1e``, ``recA1b2…``) is no name
    if _CLASS_NAME.fullmatch(text):
        return None
    if _geo_structure_word(text):
        return None  # a GeoJSON type word (``Feature``) or a CRS name, never a camera's
    if _TIMESTAMP.fullmatch(text) or _MIME.fullmatch(text) or _TIME_ZONE.fullmatch(text):
        return None
    if encoded_point(text):
        return None
    if text[0] in "{[" and text[-1] in "}]":
        return None  # serialised data (a GeoJSON geometry as text) is no name
    return text


def _geo_structure_word(text: str) -> bool:
    """Return True for a GeoJSON/TopoJSON/Esri type word or a CRS name (``Feature``).

    A camera list that nests its map feature (``feature: {type: "Feature", geometry}``)
    or keeps a WFS answer per camera (``{type: "FeatureCollection", features: [...]}``)
    carries these words beside its own fields; none is a camera's name or place.
    """
    return (
        text.lower() in _GEOJSON_TYPE_NAMES
        or _ESRI_GEOMETRY_TYPE.fullmatch(text) is not None
        or _CRS_NAME.fullmatch(text) is not None
    )


# Words of a city or regency (kabupaten/kota): the area of a camera no kecamatan places.
_CITY_WORDS = frozenset({"kota", "kabupaten", "kab", "kabkota", "city", "regency", "regencies"})
_NAME_WORDS = frozenset({"nama", "name", "nm"})


def _city_text(key: str, value: JSONValue) -> str | None:
    """Return a city's name from a field naming it (``nama_kota``, ``city_name``)."""
    words = set(key.split("_"))
    if words & _CITY_WORDS and words & _NAME_WORDS and isinstance(value, str):
        return _read_area(value)
    return None


def _city_area(
    index: Mapping[str, JSONValue], own: frozenset[str], named_by: str | None
) -> str | None:
    """Return the city or regency an item's own field or relation names, as its area.

    A relation to a city (``tb_lokasi_kota: {nama_kota}``, ``kabupaten: {nama}``,
    ``regency: {name}``) or a field naming one (``nama_kabupaten``, ``city_name``) places
    a camera that names no kecamatan. Provinces and countries are too wide to be an area.
    """
    for key in [key for key in index if key in own][:_MAX_CITY_KEYS]:
        if key == named_by:
            continue
        value = index[key]
        if (text := _city_text(key, value)) is not None:
            return text
        if isinstance(value, dict) and set(key.split("_")) & _CITY_WORDS:
            inner = index_keys(value)
            text = _read_area(value, 0)
            for inner_key, inner_value in itertools.islice(inner.items(), _MAX_CITY_KEYS):
                if text is not None:
                    break
                text = _city_text(inner_key, inner_value)
            if text is not None:
                return text
    return None


_MAX_CITY_KEYS = 64
# Words framing an area field's name: the camera it belongs to (``cctv_wilayah``,
# ``Camera_District``) and that it holds a name (``district_name``, ``nama_kapanewon``).
_AREA_FRAME_WORDS = frozenset(
    {"cctv", "camera", "cam", "kamera", "webcam", "lokasi"}
    | {"name", "nama", "nm", "nom", "nombre", "nome", "naam", "navn", "label"}
)
_AREA_ALIASES = frozenset(AREA_KEYS)
# Name words a column glues to or writes beside the thing it names (``areaname``,
# ``nama_area``, ``name_cam``, ``nmkamera``).
_GLUED_NAME_WORDS = ("name", "nama", "nm")
_NAMED_ENTITY_WORDS = ("cam", "camera", "cctv", "kamera", "webcam")
_ENTITY_NAME_KEYS = frozenset(
    f"{first}{sep}{second}"
    for name in _GLUED_NAME_WORDS
    for entity in _NAMED_ENTITY_WORDS
    for first, second in ((name, entity), (entity, name))
    for sep in ("", "_")
)
_MAX_GLUED_KEY = 40


def entity_name_key(key: str) -> bool:
    """Return True for a column naming the camera by a name word and a camera word.

    In either order, apart or glued: ``name_cam``, ``cam_name``, ``nama_cctv``,
    ``cctv_nama``, ``nm_kamera``, ``camname``. A third word (``cam_name_old``,
    ``nama_cctv_lama``) or another entity (``area_name``, ``user_name``) never counts.
    """
    return key in _ENTITY_NAME_KEYS


def area_name_key(key: str) -> str | None:
    """Return the area alias a column names with a name word before or after it.

    ``areaname``, ``area_name``, ``nama_area``, ``namawilayah``, ``kecamatan_nm``: the
    alias (``area``, ``wilayah``); a camera word may frame it too (``wilayah_cctv``).
    Any other word (``username``, ``area_code``) gives None.
    """
    if len(key) > _MAX_GLUED_KEY:
        return None
    words = [word for word in key.split("_") if word and word not in _NAMED_ENTITY_WORDS]
    compact = "".join(words)
    for word in _GLUED_NAME_WORDS:
        for rest in (compact.removeprefix(word), compact.removesuffix(word)):
            if rest != compact and rest in _AREA_ALIASES:
                return rest
    return None


# Cities and regencies place a camera only when nothing finer does (``_city_area``).
_CITY_AREA_KEYS = frozenset({"city", "kota", "ville", "ciudad", "cidade", "citta", "stadt"})
_MAX_AREA_FIELDS = 256


# Items of one list share their keys: the framed and qualified area fields they name are
# worked out once per set of keys (names short enough to keep; others every time).
_MAX_CACHED_KEY_CHARS = 4096


class _AreaKeys(NamedTuple):
    """An item's first keys (at most 256), read once for the area rules that scan its keys."""

    keys: tuple[str, ...]
    # Whether the keys are short enough in all for their results to be cached.
    cacheable: bool


def _area_keys(index: Mapping[str, JSONValue]) -> _AreaKeys:
    """Return an item's first keys and whether their results may be cached."""
    keys = tuple(itertools.islice(index, _MAX_AREA_FIELDS))
    return _AreaKeys(keys, sum(len(key) for key in keys) <= _MAX_CACHED_KEY_CHARS)


def _area_field_names(
    area_keys: _AreaKeys, named_by: str | None
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return the framed and the qualified area fields an item's keys name."""
    if not area_keys.cacheable:
        return _named_area_fields(area_keys.keys, named_by)
    return _cached_area_fields(area_keys.keys, named_by)


def _named_area_fields(
    keys: tuple[str, ...], named_by: str | None
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return the framed and qualified area fields among ``keys``, in order of preference.

    Each alias counts once, by its first field, in the order of ``AREA_KEYS``; cities are
    left out of the framed fields (the city rule reads them).

    A framed field wraps an area alias in frame words (``cctv_wilayah``,
    ``district_name``); a qualified one ends in a division word after words naming its
    kind (``council_district``), never an organisation's or an attribute's words, nor a
    numbered copy (``district_2``) or an encoded character.
    """
    framed: dict[str, str] = {}
    qualified: dict[str, str] = {}
    for key in keys:
        if key == named_by:
            continue
        words = key.split("_")
        canonical = "_".join(word for word in words if word and word not in _AREA_FRAME_WORDS)
        if canonical != key and canonical in _AREA_ALIASES:
            framed.setdefault(canonical, key)
        elif (glued := area_name_key(key)) is not None and glued != key:
            framed.setdefault(glued, key)  # ``areaname``, ``namawilayah``: glued
        if _romance_qualified(words):
            qualified.setdefault(words[1], key)
        if len(words) < 2 or words[-1] not in QUALIFIED_AREA_WORDS:
            continue
        if any(word in ORGANISATION_WORDS or word in ATTRIBUTE_WORDS for word in words[:-1]):
            continue
        if any(_LETTER.search(word) is None for word in words[:-1]):
            continue
        qualified.setdefault(words[-1], key)
    return (
        tuple(framed[alias] for alias in _ranked(framed) if alias not in _CITY_AREA_KEYS),
        tuple(qualified[alias] for alias in _ranked(qualified)),
    )


# Name words of languages writing a division's qualifier after it (French ``nom de la
# région de diffusion``, Spanish ``nombre del distrito policial``).
_ROMANCE_NAME_WORDS = frozenset({"nom", "nombre", "nome"})


def _romance_qualified(words: list[str]) -> bool:
    """Return True for ``nom_region_diffusion``: a name word, an area alias, a qualifier.

    Cities are left to the city rule; an organisation's or an attribute's word, or a
    number, as the qualifier never counts (``nom_commune_code``).
    """
    if len(words) != 3 or words[0] not in _ROMANCE_NAME_WORDS:
        return False
    alias, qualifier = words[1], words[2]
    if alias not in _AREA_ALIASES or alias in _CITY_AREA_KEYS:
        return False
    if qualifier in ORGANISATION_WORDS or qualifier in ATTRIBUTE_WORDS:
        return False
    return qualifier.isalpha() and qualifier not in _REFERENCE_WORDS


_AREA_RANK = {alias: rank for rank, alias in reversed(list(enumerate(AREA_KEYS)))}


def _ranked(fields: Mapping[str, str]) -> list[str]:
    """Return the area aliases among ``fields``'s keys in the order of ``AREA_KEYS``."""
    return sorted((alias for alias in fields if alias in _AREA_RANK), key=_AREA_RANK.__getitem__)


_cached_area_fields = functools.lru_cache(maxsize=64)(_named_area_fields)
_AREA_FIELDS = tuple((key, field) for key in AREA_KEYS for field in (key, f"{key}_id"))


def _plain_area_fields(
    index: Mapping[str, JSONValue], area_keys: _AreaKeys
) -> tuple[tuple[str, str], ...]:
    """Return the plain area fields (``kecamatan``, ``district_id``) an item holds.

    Each as its alias and field, in the order of ``AREA_KEYS``.
    """
    if len(index) > _MAX_AREA_FIELDS or not area_keys.cacheable:
        return tuple(pair for pair in _AREA_FIELDS if pair[1] in index)
    return _cached_plain_fields(frozenset(area_keys.keys))


@functools.lru_cache(maxsize=64)
def _cached_plain_fields(keys: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """Return ``_plain_area_fields`` for an item holding exactly ``keys``."""
    return tuple(pair for pair in _AREA_FIELDS if pair[1] in keys)


def _framed_area(
    index: Mapping[str, JSONValue], named_by: str | None, area_keys: _AreaKeys
) -> str | None:
    """Return the area an area field names under a framed name (``district_name``).

    A portal prefixing every column with its camera word (``cctv_wilayah``,
    ``Camera_District``) or naming a place's name (``district_name``,
    ``nama_kapanewon``) places the camera like the plain area field would, in the same
    order of preference (a district before its subdistrict, a kecamatan before a desa);
    cities are left to the city rule, which reads them only when nothing finer is given.
    """
    framed, qualified = _area_field_names(area_keys, named_by)
    for field in framed:
        if (text := _read_area(index[field])) is not None:
            return text
    return _qualified_area(index, qualified) or _engineering_area(index, named_by, area_keys)


def _qualified_area(index: Mapping[str, JSONValue], qualified: tuple[str, ...]) -> str | None:
    """Return the area a division named with a qualifier gives (``council_district``).

    Open-data tables name the kind of division a column holds (``council_district:
    "District 3"``, ``police_ward``, ``school_district``): its last word is the division,
    read like the plain field, in the same order of preference. Words too loose to be a
    division (``area``, ``zone``, ``sector``) and the city rule's fields never count.
    """
    for field in qualified:
        if (text := _read_area(index[field])) is not None:
            return text
    return None


# A traffic department's engineering area (``SIGNAL_ENG_AREA: "NORTH"``,
# ``TRAFFIC_ENG_AREA``, a CSV's ``Area Engineer Area``): the district of the city its
# signal or traffic engineers look after, named by a compass word or a short name.
_ENGINEERING_WORDS = frozenset({"eng", "engr", "engineer", "engineers", "engineering"})
_MAX_ENGINEERING_TEXT = 40
_MAX_ENGINEERING_WORDS = 4


def _engineering_fields(keys: tuple[str, ...], named_by: str | None) -> tuple[str, ...]:
    """Return the fields among ``keys`` named for an engineering area (``signal_eng_area``).

    A field's name ends in ``area`` (or ``zone``) after an engineer's word that follows
    the word naming whose engineers they are (``signal``, ``traffic``): a bare
    ``engineering_area`` is a discipline (``Structural``), no place.
    """
    return tuple(
        key
        for key in keys
        if key != named_by
        and len(words := key.split("_")) >= 3
        and words[-1] in {"area", "zone"}
        and not _ENGINEERING_WORDS.isdisjoint(words[1:-1])
    )


_cached_engineering_fields = functools.lru_cache(maxsize=64)(_engineering_fields)


def _engineering_area(
    index: Mapping[str, JSONValue], named_by: str | None, area_keys: _AreaKeys
) -> str | None:
    """Return the engineering area a record's ``*_eng_area`` field names, else None.

    Only a short name counts: a bare number (a code), a URL or a sentence is none. A
    bare ``area`` or a ``service_area`` is read by other rules.
    """
    if not area_keys.cacheable:
        fields = _engineering_fields(area_keys.keys, named_by)
    else:
        fields = _cached_engineering_fields(area_keys.keys, named_by)
    for key in fields:
        value = index[key]
        if not isinstance(value, str) or len(value) > _MAX_ENGINEERING_TEXT:
            continue
        text = _read_area(value)
        if (
            text is not None
            and len(text.split()) <= _MAX_ENGINEERING_WORDS
            and not looks_like_url(text)
        ):
            return text
    return None


# Fields of a related record that say who made or changed the item, never where it is.
_PERSON_WORDS = frozenset(
    {"author", "creator", "user", "editor", "owner", "by", "created", "updated", "modified"}
    | {"assignee", "reviewer", "publisher", "uploader", "contact", "person", "account"}
)
# What a related record is called by: a place's name, never a choice's display label
# (PeerTube ``licence: {id, label}``, ``privacy: {id, label}``).
_RELATION_NAME_KEYS = frozenset({"name", "title", "nama", "common_name"})
# Relations that qualify the item itself: its licence, language, visibility or tags.
_NO_PLACE_WORDS = frozenset(
    {"licence", "license", "language", "lang", "locale", "privacy", "visibility", "tag"}
    | {"tags", "kind", "format", "parent", "template", "schema", "content"}
)
# Relations naming the work a camera is filed under: a project, a works activity, a
# programme, a contract or a campaign (``project: {id, name: "Pemantauan Proyek Jalan
# …"}``, ``kegiatan: {id, nama}``): the undertaking's title, never the camera's place. A
# job site or a study area may be a place, so their words are not among them.
_WORK_WORDS = frozenset(
    {"project", "projects", "proyek", "projek", "kegiatan", "program", "programme"}
    | {"programs", "campaign", "kampanye", "contract", "kontrak", "paket", "pekerjaan"}
)
_MAX_RELATIONS = 32
_MAX_RELATION_FIELDS = 8


def _relation_name(value: JSONObject) -> str | None:
    """Return the name of a small related record (``{id, name}``), else None.

    The record has an id and a name (``name``, ``title``, ``navn``, ``nombre``), at most a
    few other fields and no address of its own: a media record or a nested camera is none.
    """
    if len(value) > _MAX_RELATION_FIELDS:
        return None
    inner = index_keys(value)
    if not any(key in ("id", "_id", "uuid", "slug") or is_id_key(key) for key in inner):
        return None
    if any(
        isinstance(v, dict | list) or (isinstance(v, str) and looks_like_url(v))
        for v in inner.values()
    ):
        return None
    name = next(
        (inner[key] for key in inner if key in _RELATION_NAME_KEYS or key in FOREIGN_NAME_WORDS),
        None,
    )
    text = _scalar_text(name) if isinstance(name, str) else None
    return text if text is not None and _LETTER.search(text) else None


def _relation_area(index: Mapping[str, JSONValue], own: frozenset[str]) -> str | None:
    """Return the name of the record an item's many-to-one relation points at, as its area.

    A GraphQL or headless CMS answer resolves a relationship field to the related record
    (Keystone ``aerodrome: {id, name, icao}``, DatoCMS ``havneomrade: {id, navn}``): the
    place the camera belongs to, when nothing else places it. Relations naming who runs,
    made or changed the item, or what kind of device it is, never do.
    """
    for key in [key for key in index if key in own][:_MAX_RELATIONS]:
        value = index[key]
        if not isinstance(value, dict) or key in FIELD_WRAPPERS or key in RECORD_WRAPPER_KEYS:
            continue
        words = set(key.split("_"))
        if words & (ORGANISATION_WORDS | ATTRIBUTE_WORDS | _PERSON_WORDS | _NO_PLACE_WORDS):
            continue
        if words & _WORK_WORDS:
            continue  # the project or programme it is filed under, no place
        if _status_like(key):
            continue
        if key in ALIAS_KEYS or _name_like(key):
            continue
        if (text := _relation_name(value)) is not None:
            return text
    return None


# The node a camera hangs on in an edge video system, joined into the camera's row by
# reference and name (``edge_id: 3, edge_name: "Dermaga Sangkulirang"``, ``edgeId`` /
# ``edgeName``): the node is named for the site it serves, the camera's area when nothing
# else places it. A name without its reference (no node), or written as a code
# (``EDGE-07``, ``KTM-101``: capitals and digits only), is none.
_SITE_NODE_WORDS = ("edge",)
_MAX_NODE_NAME = 80


def _site_node_area(index: Mapping[str, JSONValue], own: frozenset[str]) -> str | None:
    """Return the name of the edge node an item's row is joined to, as its area."""
    for word in _SITE_NODE_WORDS:
        name_key, ref_key = f"{word}_name", f"{word}_id"
        if name_key not in own or ref_key not in own:
            continue
        ref, value = index.get(ref_key), index.get(name_key)
        if not isinstance(ref, (int, str)) or isinstance(ref, bool) or ref == "":
            continue
        if not isinstance(value, str) or len(value) > _MAX_NODE_NAME:
            continue
        text = _read_area(value)
        if text is None or id_shaped(text) or not any(c.islower() for c in text):
            continue
        return text
    return None


# Fields of a tree widget's node (jsTree, Fancytree, zTree, bootstrap-treeview): a node
# holding one of them is named by its ``text`` and identified by its ``key``.
_TREE_KEYS = frozenset(
    {"children", "nodes", "li_attr", "a_attr", "parent", "p_id", "pid", "parent_id"}
    | {"is_parent", "folder", "selectable", "lazy", "tags", "icon", "expanded"}
)
# References to a node's parent in a flat tree (jsTree's ``parent``, zTree's ``pId``).
_PARENT_KEYS = ("parent", "p_id", "pid", "parent_id")
_MAX_TREE_NODES = 4 * MAX_CAMERAS
_MAX_TREE_DEPTH = 16


def _tree_node(own: frozenset[str]) -> bool:
    """Return True for a tree widget's node."""
    return bool(own & _TREE_KEYS)


def _tree_name(index: Mapping[str, JSONValue], own: frozenset[str]) -> str | None:
    """Return the ``text`` naming a tree widget's node, or None."""
    text = index.get("text")
    if "text" not in own or not isinstance(text, str) or not _tree_node(own):
        return None
    return _name_candidate(text)


def _tree_status(index: Mapping[str, JSONValue], own: frozenset[str]) -> bool | None:
    """Return the state a tree node's status word gives: a tag, a link title ("Online")."""
    tags = index.get("tags")
    words: list[JSONValue] = list(tags[:8]) if "tags" in own and isinstance(tags, list) else []
    words += [index[key] for key in NAME_KEYS if key in index and key not in own]
    for word in words:
        if isinstance(word, str) and (state := parse_status(word)) is not None:
            return state
    return None


def _tree_fields(fields: _Fields, index: Mapping[str, JSONValue], own: frozenset[str]) -> None:
    """Read what a tree widget's node says its own way: its key, text and status words."""
    fields.tree = True
    if fields.online is None:
        fields.online = _tree_status(index, own)
    if fields.id is None and "key" in own:
        fields.id = _id_text(index["key"])  # a Fancytree node's key
    if fields.name is None and "text" in own and isinstance(text := index["text"], str):
        fields.name = _name_candidate(text)


# A naming series' document name: a code of capitals and digits ending in a number
# (``TCAM-0001``, ``CCTV-2025-0007``, ``HR/CAM/12``).
_SERIES_CODE = re.compile(r"[A-Z][A-Z0-9]{0,15}(?:[-/.][A-Z0-9]{1,16}){0,4}[-/.]\d{1,12}")


def _naming_series(index: Mapping[str, JSONValue], own: frozenset[str]) -> str | None:
    """Return the code an item's ``name`` holds when another field of it names it.

    Document platforms (Frappe/ERPNext) name each record by a naming series and keep
    its human name in a field of its own (``camera_name``, ``title``).
    """
    value = index.get("name")
    if "name" not in own or not isinstance(value, str):
        return None
    code = value.strip()
    if not _SERIES_CODE.fullmatch(code):
        return None
    keys = NAME_KEYS + LOCATION_NAME_KEYS if own >= _FRAPPE_DOCUMENT_KEYS else NAME_KEYS
    for key in keys:
        if key != "name" and key in own and (text := _plain_name(index[key])) is not None:
            if not _SERIES_CODE.fullmatch(text) and _LETTER.search(text):
                return code
    return None


# A camera's number written as its name: a camera word and its number (``CCTV 5101``,
# ``CAM-12``, ``Kamera_07``).
_NUMBERED_CAMERA = re.compile(r"(?:cctv|cam|camera|kamera|webcam)[ _#-]{0,2}\d{1,8}", re.IGNORECASE)
# A device code written in one run (``KTMCCTVSGT00101``, a 511 layer's stream name): upper-case
# letters then a number, no separator.
_COMPACT_CODE = re.compile(r"(?=.{7,28}$)[A-Z]{3,16}\d{2,12}")
# A description naming a camera's spot is a few words ("Jl. Yos Sudarso at Simpang Tiga").
_MAX_DESCRIPTION_WORDS = 12


def _coded_name(index: Mapping[str, JSONValue], own: frozenset[str]) -> str | None:
    """Return the code naming an item when its description names the camera (see below)."""
    found = _coded_field(index, own)
    return found[0] if found is not None else None


def _coded_field(
    index: Mapping[str, JSONValue], own: frozenset[str], *, repeated: bool = False
) -> tuple[str, str] | None:
    """Return the code naming an item and its field when its description names the camera.

    Traffic (DOT/511) camera layers name each camera by its code (``KTM-CCTV-0012``,
    ``CCTV 5101``, or in one run, letters then number, ``KTMCCTVSGT00101``) and say where
    it stands in a plain ``description`` ("Jl. Yos Sudarso at Simpang Tiga"): the
    description is its name. A layer without a ``name`` whose only name-like field is its
    picture's code (``ImageName: "KTTV01"``, ``KTRW20_1``) beside a description (a
    shapefile's ``Desc_``) is named by the description too. A description that is itself
    a code, one word, a sentence of remarks, an office's name or no place (a network
    address, a status, a URL) names nothing, and so does a description the list repeats
    on other records (``repeated``: a device kind, "Kamera PTZ outdoor", or a direction,
    "Arah Utara"): distinct codes would become duplicate names.
    """
    described = next((key for key in _CODE_DESCRIPTION_KEYS if key in own), None)
    if described is None or repeated:
        return None
    coded: tuple[re.Pattern[str], ...] = (_SERIES_CODE, _NUMBERED_CAMERA, _COMPACT_CODE)
    value = index.get("name")
    if "name" in own:
        if not isinstance(value, str):
            return None
        key, code = "name", value.strip()
    elif any(name_key in own for name_key in NAME_KEYS):
        return None  # a title or label names it: no code stands in
    elif (hinted := _hinted_field(index, own, regions=False)) is not None:
        (key, code), coded = hinted, (*coded, _DEVICE_CODE)
    else:
        return None
    if len(code) > 40 or not any(pattern.fullmatch(code) for pattern in coded):
        return None
    text = _spot_text(index, described)
    if text is None or any(pattern.fullmatch(text) for pattern in (*coded, _DEVICE_CODE)):
        return None
    if not 2 <= len(text.split()) <= _MAX_DESCRIPTION_WORDS or organisation_text(text):
        return None  # one word, a remark written as a sentence, or who runs it
    return code, key


# The description of where a coded camera stands: a shapefile truncates ``Desc`` to
# ``Desc_`` (a reserved word). ``location_description`` beside a code is no name here.
_CODE_DESCRIPTION_KEYS = ("description", "desc", "desc_", "descr")
# A device's short code written as its picture's name: capital letters then a number,
# a camera of a multi-view site numbered after an underscore (``KTTV01``, ``KTRW20_1``).
_DEVICE_CODE = re.compile(r"[A-Z]{2,8}\d{1,6}(?:_\d{1,3})?")


# Fields Frappe writes into every document it answers (``/api/resource/{DocType}`` with
# ``fields=["*"]``): there a place-name field (``nama_titik``) is the label of the
# document its series code names.
_FRAPPE_DOCUMENT_KEYS = frozenset({"docstatus", "owner", "modified_by"})


# The place column of a record named after its entity (``LOKASI`` beside
# ``NAMA_PINTU_AIR``): its area, unless it is written as a street address.
_ENTITY_PLACE_KEY = "lokasi"
# The words leading a line written as a street address (``Jl. Ahmad Yani``, ``Gg. Mawar``,
# ``Main Street``); a house-numbered address may use any of ``_STREET_WORDS``.
_LINE_STREET_WORDS = ("jl", "jln", "jalan", "gg", "gang", "street", "st", "road", "rd")
STREET_LINE = re.compile(rf"(?:{'|'.join(_LINE_STREET_WORDS)})\b", re.IGNORECASE)


# A place's name written as a street address with a house number ("14 Park Row", "27
# Parliament Street", "ул. Толе би, 155", "пр. Мира, 52/11", "Hauptstraße 12", "Jl.
# Ahmad Yani No. 4"): a street word and a house number first or last, or a house number
# after a comma closing it. "Terminal 2", "Kirkgate Market" are no addresses.
_HOUSE_NUMBER = re.compile(r"\d{1,5}[^\W\d_]?(?:/\d{1,5}[^\W\d_]?)?")
_STREET_WORDS = frozenset(_LINE_STREET_WORDS) | frozenset(
    {"row", "lane", "ln", "avenue", "ave", "way", "drive"}
    | {"boulevard", "blvd", "place", "square", "sq", "terrace", "crescent", "highway"}
    | {"ул", "улица", "пр", "просп", "проспект", "пер"}
    | {"переулок", "шоссе", "бульвар", "str", "calle", "avenida", "av", "rua", "via", "rue"}
)
_STREET_SUFFIXES = ("straße", "strasse", "gasse", "weg", "straat", "gade", "gatan", "vej")
_MAX_ADDRESS = 120


def street_address(text: str | None) -> bool:
    """Return True for a name written as a street address with a house number."""
    if not text or len(text) > _MAX_ADDRESS:
        return False
    tokens = text.replace(",", " , ").split()
    if len(tokens) < 2:
        return False
    if not (_HOUSE_NUMBER.fullmatch(tokens[0]) or _HOUSE_NUMBER.fullmatch(tokens[-1])):
        return False
    if tokens[-2] == "," and _HOUSE_NUMBER.fullmatch(tokens[-1]):
        return True  # "ул. Толе би, 155": a house number closing the street after a comma
    words = (token.strip(".").lower() for token in tokens)
    return any(word in _STREET_WORDS or word.endswith(_STREET_SUFFIXES) for word in words)


def _place_area(value: JSONValue) -> str | None:
    """Return the area a record's place column names, or None for a street address."""
    text = _read_area(value, 0)
    if text is None or STREET_LINE.match(text) or any(char.isdigit() for char in text):
        return None
    return text


# A street-address column that holds only an Indonesian place line naming a kecamatan
# (``address="Kec. Kraksaan"``, ``alamat: "Kel. Loa Janan Ilir"``, ``"Kecamatan
# Candipuro, Kabupaten Lumajang"``), as map tutorials' marker tables fill it for cameras
# at junctions: that first place is the area. A street or a number (``"Jl. Pahlawan No.
# 4"``) is a street address, no area.
_ADDRESS_KEYS = ("address", "alamat")


# A camera's place field in an app naming it by another field (``nama_cctv`` beside
# ``lokasi_cctv: "Sangatta Utara"``, ``lokasi_kamera``).
_SPOT_AREA_KEYS = ("lokasi_cctv", "lokasi_kamera")
# A spot on a road rather than a place (``Simpang Tiga``, ``Depan Masjid``, ``Arah Bontang``).
_ROAD_WORD_START = re.compile(
    r"(?:simpang|bundaran|perempatan|pertigaan|depan|arah)\b", re.IGNORECASE
)


def _spot_area(
    index: Mapping[str, JSONValue], own: frozenset[str], named_by: str | None
) -> str | None:
    """Return the place a camera's location field names when another field names it.

    ``{nama_cctv: "CCTV Pasar Induk", lokasi_cctv: "Sangatta Utara"}``: a short place
    name of letters (at most four words) is the camera's area. A street or road line
    (``Jl. Poros Sangatta - Bontang``), a value with a number (``KM 3``), a field that
    named the camera itself and a record with no name field of its own give none.
    """
    if not any(key in own for key in NAME_KEYS):
        return None
    for key in _SPOT_AREA_KEYS:
        if key == named_by or key not in own or not isinstance(value := index[key], str):
            continue
        text = " ".join(value.split())
        if (
            text
            and _area_text(text)
            and not any(c.isdigit() for c in text)
            and STREET_LINE.match(text) is None
            and _ROAD_WORD_START.match(text) is None
        ):
            return text
    return None


def _address_area(index: Mapping[str, JSONValue], own: frozenset[str]) -> str | None:
    """Return the kecamatan an address column names when it holds only a place line."""
    for key in _ADDRESS_KEYS:
        if key in own and isinstance(value := index[key], str):
            if (place := kecamatan_line(value)) is not None:
                return place
    return None


# A toll road's section (``ruas: "Balikpapan - Samarinda"``) beside the kilometre post a
# camera stands at (``km: "13+200"``): the section is its area. A section that names
# itself a toll road (``ruas: "Jalan Tol Jakarta-Tangerang"``, ``"Tol Batang-Semarang"``)
# is the area without a km post. Otherwise a ``ruas`` is a road or street the camera
# watches, no area.
_SECTION_KEYS = ("ruas_tol", "ruas")
_KM_POST_KEYS = frozenset({"km", "km_post", "kilometer", "patok_km"})
_TOLL_ROAD = re.compile(r"(?:jalan\s+)?(?:tol|toll|tollway)\b", re.IGNORECASE)


def _section_area(index: Mapping[str, JSONValue], own: frozenset[str]) -> str | None:
    """Return the toll section a camera is on (at a km post, or named a toll road)."""
    at_post = bool(own & _KM_POST_KEYS)
    for key in _SECTION_KEYS:
        if key in own and isinstance(value := index[key], str):
            text = _scalar_text(value)
            if text is None or not _LETTER.search(text):
                continue
            if _TOLL_ROAD.match(text) or (at_post and not STREET_LINE.match(text)):
                return text
    return None


# Name fields that also wrap or list a camera's record (``kamera: {id, hls}``): only their
# text names the camera.
_TEXT_ONLY_NAME_KEYS = frozenset({"kamera"})


def _name_value(key: str, value: JSONValue) -> bool:
    """Return True when a name field's value may name the camera (text for wrapper words)."""
    return key not in _TEXT_ONLY_NAME_KEYS or isinstance(value, str)


# A road's designation: a letter code and a number ("A22", "A-6", "SH1", "SR 520", "I-5").
_ROAD_DESIGNATION = re.compile(r"[A-Z]{1,3}[- ]?\d{1,4}[A-Za-z]?")
_MAX_ROAD_FIELDS = 64


# Fields saying in words where on its road or street a camera stands (``address: "PIE /
# Bendemeer Rd"``, ``description: "Main St at Oak Ave"``): a record without a name field
# is named by them before the neighbourhood or locality it stands in, which is its area.
_SPOT_KEYS = ("address", "description")
# Place fields that name a camera only when no address or description says where it stands.
_NEIGHBOURHOOD_KEYS = frozenset({"neighborhood", "neighbourhood"})
# A device's network address written into its ``address`` field: a login or mail box
# before a host (``admin@192.168.1.9``, ``ops@example.com``), a lower-case host name
# (``cam3.local``, ``ipcam-2.lan``) or a host and its port (``localhost:8080``). It says
# where the camera is on a network, never where it stands.
_NETWORK_ADDRESS = re.compile(
    r"[^\s@]{1,64}@[^\s@]{1,253}"
    r"|[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})+(?::\d{1,5})?"
    r"|[a-z0-9.-]{1,253}:\d{1,5}"
)


def _spot_text(index: Mapping[str, JSONValue], key: str) -> str | None:
    """Return the address or description naming a camera's spot, else None.

    An address holding only an Indonesian place line (``"Kec. Kraksaan"``) names the
    kecamatan, the camera's area, never the camera; one holding a network address
    (_NETWORK_ADDRESS) names nothing.
    """
    value = index.get(key)
    if not isinstance(value, str) or (text := _plain_name(value)) is None:
        return None
    if len(text) <= 320 and _NETWORK_ADDRESS.fullmatch(text.strip()):
        return None
    if _name_candidate(text) is None or kecamatan_line(text) is not None:
        return None
    return text


def _spot_described(index: Mapping[str, JSONValue], own: frozenset[str]) -> bool:
    """Return True when a record's own address or description says where it stands."""
    return any(key in own and _spot_text(index, key) is not None for key in _SPOT_KEYS)


# Fields naming a camera's own spot (``lokasi_cctv: "KM 12 arah Samarinda"``): where on
# its road it stands, so its road's locality never names it.
_CAMERA_SPOT_KEYS = ("nama_titik", "lokasi_kamera", "lokasi_cctv", "titik_lokasi", "location_name")


def _road_locality(
    index: Mapping[str, JSONValue], own: frozenset[str], listed: frozenset[str] = frozenset()
) -> tuple[str, str] | None:
    """Return the locality naming a road camera and its field, else None.

    A record naming only the road a camera is on, by its designation (``autostrada:
    "A22"``, ``highway: "SH1"``) or in words (``autostrada: "Jalan Poros
    Sangatta-Bontang"``), and the locality it stands at (``localita``, ``localidad``,
    ``locality``) is named by the locality: the road is shared by every camera along it.
    A road in words counts only in a motorway or highway field (``autostrada``,
    ``highway``, ``autoroute``), never a street or ``jalan`` field, which may be the
    camera's own spot. A record whose address or description says where on the road it
    stands, or whose own spot field (``lokasi_cctv``, ``nama_titik``) names it, is named by
    that instead. A locality every record of the list shares (listed) names the list's
    place, never a camera.
    """
    if _spot_described(index, own) or any(
        key in own and _spot_text(index, key) is not None for key in _CAMERA_SPOT_KEYS
    ):
        return None
    designated = any(
        _road_field(key)
        and isinstance(value := index[key], str)
        and (
            _ROAD_DESIGNATION.fullmatch(value.strip())
            or (
                not ROAD_DESIGNATION_WORDS.isdisjoint(key.split("_"))
                and _plain_name(value) is not None
            )
        )
        for key in [key for key in index if key in own][:_MAX_ROAD_FIELDS]
    )
    if not designated:
        return None
    for key in LOCALITY_KEYS:
        if key in own and key not in listed and isinstance(value := index[key], str):
            text = _plain_name(value)
            if text is not None and _name_candidate(text) is not None:
                return text, key
    return None


# Fields naming the place a camera stands near (``near: "Simpang Tiga Sangatta"``, a road
# authority's camera API beside its road and sentences describing the view).
_NEAR_KEYS = ("near", "nearby", "near_place", "dekat")


def _near_name(index: Mapping[str, JSONValue], own: frozenset[str]) -> str | None:
    """Return the short place a camera is listed by when its record names it ``near``.

    A record with no name field of its own, saying what it stands near beside
    ``description``/``location_description`` sentences, is named by that place: the
    sentences describe the view. A place written as a sentence, a number or an address
    (not text) names nothing.
    """
    for key in _NEAR_KEYS:
        if key not in own or not isinstance(value := index[key], str):
            continue
        text = _plain_name(value)
        if text is None or text.rstrip().endswith((".", "!", "?")) or len(text) > 80:
            continue
        if looks_like_url(text) or _name_candidate(text) is None or _pair_from(text) is not None:
            continue  # an address, no name, or a position written as text
        return text
    return None


# Words of a field name for the text naming an object: the name words of a camera's
# own object (``camera: {id, name}``, ``cctv: {nama}``, ``webcam: {title}``).
_HELD_NAME_WORDS = ("name", "nama", "title", "judul", "label", "nm")


def _held_camera_name(index: Mapping[str, JSONValue], own: frozenset[str]) -> str | None:
    """Return the name of the camera's own object a record holds beside others, else None.

    An image or status record puts the camera beside what it belongs to: ``{resort:
    {name, region}, camera: {id, name, provider}, url}``, ``{hub: {name}, camera:
    {name}, image}``, ``{station: {name}, cctv: {nama}, snapshot}``. The object under a
    camera word (``camera``, ``cam``, ``cctv``, ``kamera``, ``webcam``) is the camera,
    so its name names it before any other nested object's (the resort, the hub or the
    station is where it stands). Only an own field holding an object counts; its name
    is read as any name field is (``_plain_name`` and ``_name_candidate``).
    """
    for word in _NAMED_ENTITY_WORDS:
        if word not in own or not isinstance(index.get(word), dict):
            continue
        for name_word in _HELD_NAME_WORDS:
            value = index.get(f"{word}_{name_word}")
            if isinstance(value, str) and (text := _plain_name(value)) is not None:
                if _name_candidate(text) is not None:
                    return text
    return None


def _read_name(
    index: Mapping[str, JSONValue],
    own: frozenset[str],
    shared: frozenset[str] = frozenset(),
    listed: frozenset[str] = frozenset(),
    repeated_titles: frozenset[str] = frozenset(),
) -> tuple[str | None, str | None]:
    """Return the camera's name and the location field it came from, if it came from one.

    The item's own name comes first (a nested relation's or media file's name is not its
    name); a location name names the camera only when the item has no name of its own.
    """
    entity = next(
        (
            text
            for name_key, _id_key in entity_columns(own).values()
            if (text := _plain_name(index[name_key]))
        ),
        None,
    )
    if entity is not None and _ENTITY_PLACE_KEY in own:
        # A record named after its entity (``NAMA_PINTU_AIR``) stands at its ``LOKASI``.
        return entity, None
    named = next(
        (
            (key, text)
            for key in NAME_KEYS
            if key in own and _name_value(key, index[key]) and (text := _plain_name(index[key]))
        ),
        None,
    )
    if named is not None:
        return _titled_code(index, own, *named, repeated=repeated_titles) or named[1], None
    name = next(
        (
            text
            for key in [key for key in index if key in own][:_MAX_NAME_FIELDS]
            if entity_name_key(key) and (text := _plain_name(index[key]))
        ),
        None,
    )
    if name is not None:
        return name, None  # ``name_cam``, ``cctv_nama``, ``nm_kamera`` before ``areaname``
    # A field named like a name (``label_kamera``) comes first; a road field is never
    # read as one, so a road camera without one is named by its locality.
    name = _tree_name(index, own) or _hinted_name(index, own - shared, regions=False)
    if name is not None:
        return name, None
    if (near := _near_name(index, own)) is not None:
        return near, None
    if (locality := _road_locality(index, own, listed)) is not None:
        return locality
    if (held := _held_camera_name(index, own)) is not None:
        return held, None
    passes: tuple[tuple[tuple[str, ...], Collection[str]], ...] = (
        (LOCATION_NAME_KEYS, own),
        (NAME_KEYS, index),
        (LOCATION_NAME_KEYS, index),
    )
    described = _spot_described(index, own)
    for name_keys, present in passes:
        for key in name_keys:
            if (
                key in present
                and _name_value(key, index[key])
                and (text := _plain_name(index[key]))
            ):
                if name_keys is LOCATION_NAME_KEYS and _name_candidate(text) is None:
                    continue  # a position written as text (``posizione: "0.5, 117.5"``)
                if key in _SPOT_KEYS and _spot_text(index, key) is None:
                    continue  # an address line naming only a kecamatan: the area
                if key in _NEIGHBOURHOOD_KEYS and described:
                    continue  # the address or description names it; this is its area
                if key not in own and parse_status(text) is not None:
                    continue  # a nested link title saying "Online" is a state, no name
                return text, key if name_keys is LOCATION_NAME_KEYS else None
    # A list of ski resorts' webcam pages (``Skigebiet;Region;Land;Webcam-Seite``) names
    # each camera by its resort when nothing else names it; its region is the area.
    for key in _RESORT_NAME_KEYS:
        if key in own and isinstance(value := index[key], str) and (text := _plain_name(value)):
            return text, key
    # A description of where the camera stands (``DescriptionLocalisationFr``,
    # ``location_description``) names it before a region's name can.
    if (described_place := _place_description(index, own - shared)) is not None:
        return described_place, None
    # A region's name (``nama_wilayah``) names a group that has nothing else naming it.
    return _hinted_name(index, own - shared), None


# An aerodrome's or station's code written as a record's ``name`` (ICAO ``WRLT``, an FAA
# location identifier ``56S``): three to five capitals and digits, at least one letter.
_STATION_CODE = re.compile(r"(?=[A-Z0-9]*[A-Z])[A-Z0-9]{3,5}")
_TITLE_KEY = "title"
# Words of a page's own texts written in a ``title`` (a tooltip, a caption, a status line:
# "Last updated 5 min ago", "Open in new tab", "No description", "Tampilkan di peta"):
# never a place's name.
_UI_TITLE_WORDS = frozenset(
    {"updated", "update", "diperbarui", "ago", "tab", "click", "klik", "tap", "open", "buka"}
    | {"description", "deskripsi", "keterangan", "tampilkan", "peta", "snapshot", "image"}
    | {"gambar", "loading", "memuat", "available", "tersedia", "refresh", "reload"}
)
_UI_TITLE_WORD = re.compile(r"[^\W\d_]+")


def _titled_code(
    index: Mapping[str, JSONValue],
    own: frozenset[str],
    key: str,
    name: str,
    *,
    repeated: frozenset[str] = frozenset(),
) -> str | None:
    """Return the record's title when its ``name`` is only a station's code, else None.

    An airport or weather-station list may keep the aerodrome's code in ``name`` and
    the place in ``title`` (``{name: "WRLT", title: "Tanjung Bara"}``): the title, written
    in words with a lower-case letter, names the camera. A title that is a code too, a
    generic word (``Webcam``) or no name, and a ``name`` written in words, leave the name;
    so do a title written alike on two or more records of the list (``repeated``: a
    caption such as "Runway view", which would name every camera alike), a status
    ("Offline") and a page's own text (_UI_TITLE_WORDS).
    """
    if key != "name" or not _STATION_CODE.fullmatch(name) or _TITLE_KEY not in own:
        return None
    title = index[_TITLE_KEY]
    if not isinstance(title, str) or (text := _plain_name(title)) is None:
        return None
    if not any(char.islower() for char in text) or _name_candidate(text) is None:
        return None
    if _fold(title[:_MAX_TITLE_TEXT]) in repeated or parse_status(text) is not None:
        return None
    if not _UI_TITLE_WORDS.isdisjoint(_UI_TITLE_WORD.findall(text.lower()[:200])):
        return None
    return None if generic_label(text) else text


def _repeated_titles(items: list[JSONValue]) -> frozenset[str]:
    """Return the titles (folded) that two or more of a list's records write alike."""
    seen: set[str] = set()
    repeated: set[str] = set()
    for item in items:
        if not isinstance(item, dict):
            continue
        title = index_keys(item).get(_TITLE_KEY)
        if not isinstance(title, str) or not title.strip():
            continue
        folded = _fold(title[:_MAX_TITLE_TEXT])
        if folded in seen:
            repeated.add(folded)
        seen.add(folded)
    return frozenset(repeated)


_MAX_TITLE_TEXT = 200


# Words of a field describing a camera's spot: a description word and a place word,
# in any order, with at most one more word (a language: ``description_localisation_fr``).
_DESCRIPTION_WORDS = frozenset(
    {"description", "descripcion", "descripción", "descricao", "descrição", "deskripsi"}
    | {"beschreibung", "descrizione", "omschrijving"}
)
_DESCRIBED_PLACE_WORDS = frozenset(
    {"location", "localisation", "lieu", "emplacement", "ubicacion", "ubicación", "lokasi"}
    | {"localizacao", "localização", "localizacion", "localización", "standort", "posizione"}
    | {"site", "place", "spot", "locatie"}
)
_MAX_PLACE_DESCRIPTION_FIELDS = 64


def _place_description(index: Mapping[str, JSONValue], own: frozenset[str]) -> str | None:
    """Return the text of a field describing where the camera stands, if one does.

    A remark written as a sentence (more than twelve words) or who runs the camera (an
    office's name) says nothing of where it stands.
    """
    for key in [key for key in index if key in own][:_MAX_PLACE_DESCRIPTION_FIELDS]:
        words = key.split("_", 3)
        if not 2 <= len(words) <= 3:
            continue
        if _DESCRIPTION_WORDS.isdisjoint(words) or _DESCRIBED_PLACE_WORDS.isdisjoint(words):
            continue
        value = index[key]
        if isinstance(value, str) and not looks_like_url(value):
            text = _plain_name(value)
            if text is None or _name_candidate(text) is None:
                continue
            if len(text.split()) <= _MAX_DESCRIPTION_WORDS and not organisation_text(text):
                return text
    return None


_RESORT_NAME_KEYS = ("skigebiet", "ski_area", "ski_resort", "resort")


# Last parts of a compound field name that say it holds an area (``skigebiet``,
# ``havneomrade``, ``skidområde``, ``Stadtbezirk``).
_COMPOUND_AREA_ENDINGS = ("gebiet", "omrade", "område", "omraade", "bezirk")
_MAX_COMPOUND_FIELDS = 64


def _compound_area(index: Mapping[str, JSONValue], own: frozenset[str]) -> str | None:
    """Return the area a compound field name ending in an area word holds."""
    for key in [key for key in index if key in own][:_MAX_COMPOUND_FIELDS]:
        if "_" in key or key in _AREA_ALIASES:
            continue
        ending = next((end for end in _COMPOUND_AREA_ENDINGS if key.endswith(end)), None)
        if ending is None or len(key) < len(ending) + 3:
            continue
        if isinstance(value := index[key], str) and (text := _read_area(value)) is not None:
            return text
    return None


# Columns a streaming engine's mirror table files a stream's application under (Wowza and
# MediaMTX serve ``/{application}/{stream}/playlist.m3u8``): the group of cameras.
_APPLICATION_KEYS = frozenset(
    {"location", "application", "application_name", "app", "app_name", "group", "grup"}
)
_APPLICATION = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
# A server's default applications (``/live/{stream}``) group nothing, nor does the
# application ZLMediaKit receives GB28181 channels under (``/rtp/{device}_{channel}``).
_DEFAULT_APPLICATIONS = frozenset(
    {"live", "hls", "stream", "streams", "cam", "cams", "cctv", "rtsp", "webrtc", "vod", "app"}
    | {"rtp"}
)
_MAX_APPLICATION_VALUES = 64


def _application_area(index: Mapping[str, JSONValue], own: frozenset[str]) -> str | None:
    """Return the streaming application a camera's group column names, as its area.

    A mirror of a media server's stream list keeps the application each stream is
    published under (``location: "cctv-bantul"``); it is the group of cameras when the
    first part of the camera's own stream address is that same application.
    """
    for key in _APPLICATION_KEYS & own:
        value = index[key]
        if not isinstance(value, str) or not _APPLICATION.fullmatch(value.strip()):
            continue
        if value.strip().lower() in _DEFAULT_APPLICATIONS:
            continue
        for other in itertools.islice(index.values(), _MAX_APPLICATION_VALUES):
            if not isinstance(other, str) or "://" not in other[:16]:
                continue
            try:
                path = urlsplit(other[:2048]).path
            except ValueError:
                continue
            segments = path.split("/")
            if len(segments) > 3 and segments[1] == value.strip():
                return value.strip()
    return None


# A ``zone`` that is no place: a time-zone abbreviation or offset (``WITA``, ``PST``,
# ``UTC+08:00``, ``Pacific Standard Time``) or a network zone (``dmz``, ``lan``).
_NO_PLACE_ZONE = re.compile(
    r"(?:UTC|GMT)(?:\s*[+-]\d{1,2}(?::?\d{2})?)?|WIB|WITA|WIT|[A-Z]{1,4}T|.*\bTime"
)
_NETWORK_ZONES = frozenset({"dmz", "lan", "wan", "internal", "external", "trusted", "untrusted"})
_ZONE_WORD = re.compile(r"[^\W\d_]{3,}")


def _zone_place(text: str) -> bool:
    """Return whether a ``zone`` field's text names a place (a word of 3+ letters)."""
    if _NO_PLACE_ZONE.fullmatch(text.strip()) or text.strip().lower() in _NETWORK_ZONES:
        return False
    return any(word.group().lower() not in ("zone", "zona") for word in _ZONE_WORD.finditer(text))


# What a district's name adds to its town's (``Sangatta`` → ``Sangatta Utara``): a
# compass point. Other words make a wider or another place (``Tampa`` → ``Tampa Bay``).
_COMPASS_WORDS = frozenset(
    {"utara", "selatan", "timur", "barat", "tengah", "hulu", "hilir", "ulu", "ilir"}
    | {"north", "south", "east", "west", "central", "nord", "sud", "est", "ouest", "centre"}
    | {"norte", "sur", "este", "oeste", "centro", "nordeste", "noroeste", "sudeste"}
)


def _refined_area(index: Mapping[str, JSONValue], area: str, named_by: str | None) -> str:
    """Return the finer place another area field names within the area read, else area.

    ``city: "Sangatta"`` beside ``county: "Sangatta Utara"``: the county's name is the
    town's with a compass point added (its northern district), so the camera is placed
    there. Names that merely differ (``city: "Tampa"``, ``county: "Hillsborough"``) or
    add another word (``region: "Tampa Bay"``) change nothing.
    """
    prefix = " ".join(area.split()).lower() + " "
    for key in AREA_KEYS:
        value = index.get(key)
        if key == named_by or not isinstance(value, str) or len(value) > 80:
            continue
        text = " ".join(value.split())
        if text.lower().startswith(prefix) and text[len(prefix) :].lower() in _COMPASS_WORDS:
            return text
    return area


def _feature_area(index: Mapping[str, JSONValue], name: str | None) -> str | None:
    """Return the watched feature (``vName``) a camera named otherwise is filed under.

    A record its feature's field names (``gm_nama_gunung`` beside no other name field) is
    the feature itself: its name is no area.
    """
    for key in WATCHED_FEATURE_KEYS:
        if isinstance(value := index.get(key), str) and (area := _read_area(value)):
            return None if name is not None and area.casefold() == name.casefold() else area
    return None


# A camera's location object naming the spot it watches (``location: {name, lat, lng}``
# beside ``name``): read as ``location_name``, the area alias, when it names another place.
_SPOT_OBJECT_FIELDS = frozenset({"location_name"})
_MAX_SPOT_TAIL_WORDS = 2
_MAX_SPOT_NAME_CHARS = 200


def _repeated_spot(field: str, text: str, own: frozenset[str], name: str | None) -> bool:
    """Return whether a location object's name only repeats the camera's own name.

    A webcam app's record ``{name: "Dermaga Kenyamukan", location: {name: "Dermaga
    Kenyamukan", lat, lng}}`` names the spot twice: no area. So does a location naming
    the spot the camera's name adds a view word or two to (``location.name: "Bukit
    Pelangi"`` for ``"Bukit Pelangi Lookout"``), when the spot has two words or more.
    A location naming another place (``"Sangatta Utara"`` for ``"Simpang Tiga"``), a
    one-word town the name begins with, or a name adding a compass point (``"Sangatta
    Selatan Timur"`` in ``"Sangatta Selatan"``: a part of it) stays the area; so does a
    flat ``location_name`` field of the record's own.
    """
    if field not in _SPOT_OBJECT_FIELDS or field in own or name is None:
        return False
    if len(name) > _MAX_SPOT_NAME_CHARS:
        return False
    named = " ".join(name.split()).casefold()
    spot = " ".join(text.split()).casefold()
    if named == spot:
        return True
    if len(spot.split()) < 2 or not named.startswith(spot + " "):
        return False
    tail = named[len(spot) + 1 :].split()
    return len(tail) <= _MAX_SPOT_TAIL_WORDS and not set(tail) & _COMPASS_WORDS


# A place's reference written as its slug (``cityId: "sangatta-utara"``, ``regionId:
# "teluk-lingga"``): a registry files each camera under the key of its city list, with no
# name of the place beside it. Only these place fields, and only words of letters joined
# by hyphens: a code (``kab-07``, ``12``), a GUID or an underscored key is no place.
_SLUG_AREA_FIELDS = tuple(
    f"{key}_id" for key in ("city", "region", "district", "kecamatan", "kota", "kabupaten", "town")
)
_PLACE_SLUG = re.compile(r"[a-z]{3,}(?:-[a-z]{2,}){0,3}")


def _slug_area(index: Mapping[str, JSONValue], own: frozenset[str]) -> str | None:
    """Return the place slug a record is filed under, as written, when nothing names it."""
    for field in _SLUG_AREA_FIELDS:
        value = index.get(field)
        if field in own and isinstance(value, str) and _PLACE_SLUG.fullmatch(value):
            return value
    return None


def _item_area(
    index: Mapping[str, JSONValue],
    own: frozenset[str],
    named_by: str | None,
    name: str | None = None,
) -> str | None:
    """Return the area an item's fields place it in, by the rules in order of trust.

    ``name`` is the camera's name, read before: a location object only repeating it is
    no area (``_repeated_spot``).
    """
    area_keys = _area_keys(index)  # its first keys, read once for the rules scanning them
    found = next(
        (
            (key, text)
            for key, field in _plain_area_fields(index, area_keys)
            if field != named_by
            and (field == key or many2one_name(index[field]) is not None)
            and (text := _read_area(index[field]))
            and not _repeated_spot(field, text, own, name)
            and not id_shaped(text)  # a reference to a record: the next field may name it
            and not organisation_text(text)
            and not neighbourhood_kind(text)  # the RT cameras' category ("RT/RW")
            and (key != "zone" or _zone_place(text))
        ),
        None,
    )
    area = found[1] if found is not None else None
    if found is not None and found[0] in _CITY_AREA_KEYS:
        area = _refined_area(index, found[1], named_by)  # a town's district, by name
    if area is None:
        area = (
            _framed_area(index, named_by, area_keys)
            or _compound_area(index, own)
            or _term_area(index)
            or _city_area(index, own, named_by)
        )
    if area is None and _ENTITY_PLACE_KEY in own and entity_columns(own):
        area = _place_area(index[_ENTITY_PLACE_KEY])
    if area is None:
        area = _address_area(index, own)
    if area is None:
        area = _spot_area(index, own, named_by)
    if area is None:
        area = _section_area(index, own)
    if area is None:
        area = (
            _relation_area(index, own)
            or _site_node_area(index, own)
            or _application_area(index, own)
        )
    if area is None:
        area = _geo_area(index, own)
    if area is None:
        area = _state_unit_area(index, own) or _state_area(index)
    if area is None:
        area = _group_area(index, own)
    if area is None:
        area = _slug_area(index, own)
    if area is not None and (kecamatan := village_kecamatan(area)) is not None:
        area = kecamatan  # "Desa Singa Gembara, Kec. Sangatta Utara": the kecamatan
    if area is None or organisation_text(area) or neighbourhood_kind(area):
        return None
    return area


# A camera's own group as a dashboard sorts its webcams (``group: "valley"``, ``kelompok:
# "pesisir"``): its area when nothing else places it. Only a short word or two naming
# the group counts: a number, a listing or kind word (``featured``, ``PTZ``), a road
# class (``Arterial``, ``Expressway``: the kind of road, shared across the city), a
# status or an address is none, and a group given as a list or an object (a recorder's
# groups) is read elsewhere or not at all.
_GROUP_AREA_KEYS = ("group", "grup", "kelompok")
_ROAD_CLASS_WORDS = _ROAD_WORDS | {"arterial", "collector", "parkway", "ramp", "intersection"}
_MAX_GROUP_TEXT = 40
_MAX_GROUP_WORDS = 3


def _group_area(index: Mapping[str, JSONValue], own: frozenset[str]) -> str | None:
    """Return the group word a record sorts itself under, as its area, else None."""
    for key in _GROUP_AREA_KEYS:
        value = index.get(key)
        if key not in own or not isinstance(value, str) or len(value) > _MAX_GROUP_TEXT:
            continue
        text = clean_text(value)
        if text is None or _LETTER.search(text) is None or looks_like_url(text):
            continue
        words = text.lower().split()
        if len(words) > _MAX_GROUP_WORDS or any(not word.isalpha() for word in words):
            continue
        if (_LISTING_CATEGORY_WORDS | _ROAD_CLASS_WORDS) & set(words):
            continue
        if NOT_PLACE_GROUP_WORDS & set(words) or any(len(word) == 1 for word in words):
            continue  # an account, access or catch-all group ("Default Group", "Group A")
        if text.lower() in UNKNOWN_NUMBERS:
            continue
        if text.lower() in ONLINE_WORDS or text.lower() in OFFLINE_WORDS:
            continue
        return text
    return None


# The seaport or harbour whose cameras a maritime map or a port operator lists
# (``port: "Port of Hamburg"``, ``pelabuhan: "Pelabuhan Semayang"``): the place grouping
# them, read when nothing else places a camera (after the province that places a search
# hit, before a country written out). A ``port`` holding a number or a protocol is a
# device's network port, never a place.
_PORT_KEYS = (
    *("port", "port_name", "harbour", "harbor", "seaport", "hafen", "havn", "hamn"),
    *("puerto", "porto", "pelabuhan", "nama_pelabuhan"),
)
_NETWORK_PORT = re.compile(
    r"\d{1,5}(?:\s*/\s*(?:tcp|udp))?|(?:tcp|udp|https?|rtsps?|rtmps?|auto|default)",
    re.IGNORECASE,
)
_MAX_PORT_TEXT = 80


def _harbour_name(key: str, text: str) -> bool:
    """Return True when a port field's text may name a harbour, not a device's port.

    A plain ``port`` is a network word too: a device list's port label (``PoE 1``,
    ``eth0``, ``LAN``, ``HTTP 80``) or an unknown word (``n/a``) is no place. Under
    ``port`` a harbour is written as a proper name: a capital first, a lower-case letter,
    no digit (``Port of Gdańsk``, ``Rotterdam``).
    """
    if _NETWORK_PORT.fullmatch(text) or _LETTER.search(text) is None:
        return False
    if text.lower() in UNKNOWN_NUMBERS:
        return False
    if key != "port":
        return True
    return (
        text[0].isupper()
        and any(char.islower() for char in text)
        and not any(char.isdigit() for char in text)
    )


def _port_area(index: Mapping[str, JSONValue], named_by: str | None) -> str | None:
    """Return the port or harbour a camera watches, named in a text field, else None."""
    for key in _PORT_KEYS:
        value = index.get(key)
        if key == named_by or not isinstance(value, str) or len(value) > _MAX_PORT_TEXT:
            continue
        text = clean_text(value)
        if text is None or not _harbour_name(key, text):
            continue
        if not looks_like_url(text) and ":" not in text:
            return text
    return None


def _province_area(
    index: Mapping[str, JSONValue],
    own: frozenset[str],
    prefix: str | None,
    *,
    gis_feature: bool = False,
) -> str | None:
    """Return the province that places a record nothing finer places, else None.

    A province is no record's area, except for records whose province is all a list says
    of their place: a search engine's hit, a headless CMS's entry, a feature of a GIS
    layer (a GeoJSON Feature's properties, an Esri JSON feature's ``attributes``: the
    layer's ``province``/``PROVINSI``/``Provincia`` column) and a record of a table whose
    columns share its short prefix (``ga_prov_gvp``). It comes after every finer place and
    before a country written out.
    """
    if gis_feature or not SEARCH_HIT_KEYS.isdisjoint(own) or _cms_entry(index, own):
        area = next(
            (
                text
                for key in PROVINCE_KEYS
                if key in own and isinstance(index[key], str) and (text := _read_area(index[key]))
            ),
            None,
        )
    else:
        area = None
    area = area or prefixed_province(index, prefix)
    return None if area is None or organisation_text(area) else area


def _cms_entry(index: Mapping[str, JSONValue], own: frozenset[str]) -> bool:
    """Return True for an entry of a headless CMS's collection.

    ButterCMS keeps the entry's id under ``meta: {id}``, Contentful under ``sys: {id,
    type}``, Strapi wraps the fields in ``attributes`` (or gives a ``documentId``) beside a
    ``publishedAt`` stamp. Such an entry's province places it when nothing finer does
    (``_province_area``).
    """
    for key, needed in _CMS_ENVELOPES.items():
        envelope = index.get(key) if key in own else None
        if isinstance(envelope, dict) and needed <= envelope.keys():
            return True
    return "published_at" in own and not own.isdisjoint({"attributes", "document_id"})


# The envelope of a headless CMS's entry and the keys it holds.
_CMS_ENVELOPES = {"meta": frozenset({"id"}), "sys": frozenset({"id", "type"})}


# A state written as a postal code ("VIC", "CO") or as capitalised words ("Vermont",
# "New South Wales", "Baden-Württemberg").
_STATE_CODE = re.compile(r"[A-Z]{2,3}")
_STATE_WORDS = re.compile(r"[^\W\d_][^\W\d_'.]*(?:[ '.-]+[^\W\d_][^\W\d_'.]*){0,4}")
_MAX_STATE_TEXT = 40
_PLACE_JOINING_WORDS = frozenset({"of", "and", "de", "del", "la", "di", "do", "da", "du"})
# Workflow words that make a value no place even among other words ("In Review", "Not
# Published"); "New" starts many places' names ("New South Wales", "New York").
_STATE_WORDS_IN_PLACES = RECORD_STATE_WORDS - {"new"}


def _state_area(index: Mapping[str, JSONValue]) -> str | None:
    """Return the state a record's ``state`` field names when it is a place, else None.

    A no-code table's ``State`` column may hold the state a camera stands in ("VIC",
    "Vermont") where other records keep their status there ("active", "Recording",
    "DISABLED"): only a postal code or capitalised words that are no status or workflow
    word count, and only when nothing finer places the camera.
    """
    for key in STATE_PLACE_KEYS:
        if key not in index or not isinstance(value := index[key], str):
            continue  # its own field or a row's cell (Coda ``values: {State}``)
        if len(value) > 4 * _MAX_STATE_TEXT:
            continue
        text = " ".join(value.split())
        if not text or len(text) > _MAX_STATE_TEXT or parse_status(text) is not None:
            continue
        if text.lower() in RECORD_STATE_WORDS or text.lower() in UNKNOWN_NUMBERS:
            continue
        if _STATE_CODE.fullmatch(text):
            return text
        words = [word for word in re.split(r"[ -]+", text) if word]
        if (
            _STATE_WORDS.fullmatch(text)
            and words[0][0].isupper()
            and all(word[0].isupper() or word in _PLACE_JOINING_WORDS for word in words)
            and not any(word.lower() in _STATE_WORDS_IN_PLACES for word in words)
        ):
            return text
    return None


_UNIT_KEY = "unit"


def _state_unit_area(index: Mapping[str, JSONValue], own: frozenset[str]) -> str | None:
    """Return the unit a record places itself in under its state, when written as a place.

    A lookout network's feature names the state and the agency's unit it serves within
    it (``state: "KT", unit: "Sangatta Utara"``): the unit is the finer place. Only beside
    a ``state`` read as a place (``_state_area``), and only a unit written as capitalised
    words with a lower-case letter (``Muara Wahau``): a code (``SLU``), a measurement unit
    (``°C``, ``m``), a status or an office read whole (``Bidang Pengelolaan Pasar``, ``Police``: see
    ``department_text``) is none; a place holding a department word (``Research
    Triangle``) is one.
    """
    if _UNIT_KEY not in own or not isinstance(value := index[_UNIT_KEY], str):
        return None
    if len(value) > 4 * _MAX_STATE_TEXT or _state_area(index) is None:
        return None
    text = " ".join(value.split())
    if (
        not text
        or len(text) > _MAX_STATE_TEXT
        or text.isupper()
        or not _STATE_WORDS.fullmatch(text)
    ):
        return None
    words = [word for word in re.split(r"[ -]+", text) if word]
    if not all(word[0].isupper() or word in _PLACE_JOINING_WORDS for word in words):
        return None
    if any(word.lower() in _STATE_WORDS_IN_PLACES for word in words):
        return None
    if parse_status(text) is not None or department_text(text):
        return None
    return text


# A ``geo`` field written as words (``"Argentina/Buenos Aires"``), no coordinate.
_GEO_TEXT = re.compile(r"[^\W\d_][^\d<>{}\[\]:;=@]{1,79}")


def _geo_area(index: Mapping[str, JSONValue], own: frozenset[str]) -> str | None:
    """Return the place a webcam list's ``geo`` text names (``Country/Region``), as area.

    A ``geo`` field more often holds a coordinate or a geometry; only a short text of
    words (no digit, no address) is the camera's place.
    """
    if "geo" not in own:
        return None
    value = index["geo"]
    if not isinstance(value, str) or not _GEO_TEXT.fullmatch(text := " ".join(value.split())):
        return None
    if "//" in text or looks_like_url(text):
        return None
    return text


def _place_text(area: str | None) -> str | None:
    """Return an area unless it is written as a machine identifier.

    A reference to another record (``areas: [{rid: "1A2B…"}]``, a region's UUID) names
    no place.
    """
    return None if area is None or id_shaped(area) else area


def _own_id(index: Mapping[str, JSONValue], own: frozenset[str], ctx: Context) -> str | None:
    """Return the item's own id: the list's id field, an id field, its ARN, its resource name."""
    if (served := _served_path_id(index, own)) is not None:
        return served
    if ctx.id_key is not None and ctx.id_key in index:
        if (found := _id_text(index[ctx.id_key])) is not None:
            return found
    found = next(
        (
            text
            for key in ID_KEYS
            if key in own
            and key != ctx.id_key
            and (text := _id_text(index[key]))
            and not stamped_id(text)
        ),
        None,
    )
    if found is None:
        found = resource_name_id(index, own)  # a cloud resource's own ARN (``arn``)
    if found is None and isinstance(resource := index.get("name"), str):
        last = resource.strip().rsplit("/", 1)[-1]
        if _RESOURCE_NAME.fullmatch(resource.strip()) and "." not in last:
            found = _id_text(last)  # a file path's last segment is no id
    if found is None and "alias" in own and isinstance(alias := index["alias"], str):
        # A record keyed by its handle (``alias: "simpang_kabo"``, IPCamLive's camera
        # alias) and by no id field: the handle is its id. A label in words is no handle.
        if _ALIAS_HANDLE.fullmatch(text := alias.strip()):
            found = text
    if found is None:
        found = _device_path_id(index, own)
    return found


# Fields naming the capture device a camera record is keyed by (a camera service's
# ``device: "/dev/video0"``, ``device_path``, ``devnode``).
_DEVICE_NODE_KEYS = ("device", "device_path", "dev", "dev_path", "devnode", "device_node")
# A Linux device node (``/dev/video0``, ``/dev/v4l/by-id/usb-…-video-index0``): a name
# under ``/dev/`` of letters, digits and ``_ . : + -``, no space, at most 128 characters.
_DEVICE_NODE = re.compile(r"/dev/[A-Za-z0-9_.:+-]{1,64}(?:/[A-Za-z0-9_.:+-]{1,64}){0,3}", re.ASCII)


def _device_path_id(index: Mapping[str, JSONValue], own: frozenset[str]) -> str | None:
    """Return the device path a camera record is keyed by, as written, else None.

    A camera service listing the capture devices it publishes (a JSON-RPC
    ``get_camera_list`` answer's ``{device: "/dev/video0", name, status, streams}``)
    keys each camera by its device node and by nothing else: that path is its id. Only
    a record with no id field of its own reads it (motionEye keeps its ``id`` beside its
    ``device``), and only a device node: a device kind or model (``device: "custom"``,
    ``device: "Hikvision"``) is no id. The path is never media.
    """
    for key in _DEVICE_NODE_KEYS:
        if key not in own:
            continue
        value = index[key]
        if isinstance(value, str) and _DEVICE_NODE.fullmatch(text := value.strip()):
            return text
    return None


# A record's handle: letters, digits, ``_``, ``-`` and ``.``, no space, no address.
_ALIAS_HANDLE = re.compile(r"[A-Za-z0-9][\w.-]{0,63}", re.ASCII)
# A media server's links to one path (OpenTAKServer's ``rtsp_link``, ``webrtc_link``,
# ``hls_link``), built on the path's name.
_SERVED_LINK_KEYS = ("hls_link", "rtsp_link", "webrtc_link")


def _served_links(index: Mapping[str, JSONValue]) -> bool:
    """Return True for a media server's stream record (its ``hls_link`` is a path's page).

    OpenTAKServer's records give a path's ``hls_link`` beside its ``rtsp_link`` or
    ``webrtc_link``, or under the ``path`` that link ends in. An event's or a webinar's
    ``hls_link`` alone (``https://events.example.com/webinar/0/``) is no such record: its
    page is no stream, only a real playlist under it is.
    """
    if any(isinstance(index.get(key), str) for key in ("rtsp_link", "webrtc_link")):
        return True
    path, link = index.get("path"), index.get("hls_link")
    if not isinstance(path, str) or not isinstance(link, str) or len(link) > 2048:
        return False
    tail = link.split("?", 1)[0].split("#", 1)[0].rstrip("/")
    return bool(path.strip("/")) and tail.rsplit("/", 1)[-1] == path.strip("/")


def _served_path_id(index: Mapping[str, JSONValue], own: frozenset[str]) -> str | None:
    """Return the media-server path a stream record is keyed by, else None.

    A media server's stream list (OpenTAKServer's ``{path, uid, rtsp_link, hls_link}``)
    keys each stream by its ``path``, the name its links end in (``…/hls/<path>/``); its
    ``uid`` names the phone publishing or is empty. A record with an id field of its own,
    a path that is no handle (``/live/cam``) or links not ending in it keeps its other id.
    """
    if "path" not in own or any(key in own for key in ID_KEYS):
        return None
    path = index["path"]
    if not isinstance(path, str) or not _ALIAS_HANDLE.fullmatch(path):
        return None
    for key in _SERVED_LINK_KEYS:
        link = index.get(key)
        if isinstance(link, str) and len(link) <= 2048:
            tail = link.split("?", 1)[0].split("#", 1)[0].rstrip("/")
            if tail.rsplit("/", 1)[-1] == path:
                return path
    return None


def _without_pulled_source(index: dict[str, JSONValue]) -> dict[str, JSONValue]:
    """Drop the upstream camera a media server pulls from a record carrying its own links.

    OpenTAKServer's ``source`` is the camera MediaMTX pulls (often with its login); the
    server's ``rtsp_link``/``hls_link``/``webrtc_link`` are the stream: ``source`` is
    never read beside them.
    """
    if "source" not in index or not any(
        isinstance(index.get(key), str) for key in _SERVED_LINK_KEYS
    ):
        return index
    return {key: value for key, value in index.items() if key != "source"}


def _without_crs(item: JSONObject) -> JSONObject:
    """Drop a GeoJSON (2008) or WFS ``crs`` member: the coordinate system, nothing shown.

    ``crs: {type: "name", properties: {name: "urn:ogc:def:crs:EPSG::4326"}}`` names the
    system the coordinates are written in; flattened with the record its ``type`` and
    ``name`` would read as a camera's name. Only an object of ``type`` and ``properties``
    is dropped; a ``crs`` text or any other object stays.
    """
    crs = item.get("crs")
    if not isinstance(crs, dict) or set(crs) != {"type", "properties"}:
        return item
    return {key: value for key, value in item.items() if key != "crs"}


def _read_fields(
    item: JSONObject, ctx: Context, notes: Notes, *, gis_feature: bool = False
) -> tuple[_Fields, dict[str, JSONValue]]:
    """Collect the camera fields of one item, by alias first and by value second.

    ``gis_feature`` marks a feature of a GIS layer (its province column may place it).
    """
    plain, pictures = _cms_properties(item)
    plain, zone_area = zone_relation(plain)  # a zone drawn as a polygon: no point of it
    plain = _without_crs(plain)
    index, own = address_first_fields(*flat_index(plain, norm_key))
    prefix = table_prefix(own)
    index, own = unprefixed(index, own, prefix)
    index, own = unsuffixed(index, own, camera_suffix(own))
    index = _without_pulled_source(index)
    fields = _Fields()
    fields.id = _own_id(index, own, ctx)
    series = _naming_series(index, own)
    if (
        coded := (series, "name")
        if series is not None
        else _coded_field(index, own, repeated=ctx.repeated_descriptions)
    ) is not None:
        # A document named by its naming series (Frappe ``name: "TCAM-0001"``) beside its
        # title, or a traffic camera's code as its name beside the description saying
        # where it stands: the code stands in for a missing id, the title or description
        # is its name.
        code, code_key = coded
        fields.id = fields.id or code
        index = {key: value for key, value in index.items() if key != code_key}
        own = own - {code_key}
    fields.name, named_by = _titled(
        _read_name(index, own, ctx.shared_name_keys, ctx.list_locality_keys, ctx.repeated_titles),
        index,
        own,
        ctx,
    )
    fields.device = len(own & _DEVICE_KEYS) >= _MIN_DEVICE_KEYS
    fields.plugin = _plugin_platform(index, own)
    if recorder_record(index, fields.name):
        # A DVR's or NVR's own record: a device, whose location places its channels.
        fields.device, fields.place = True, recorder_place(index, own)
    elif fields.device and recorder_site(index, fields.name):
        # A recorder named for its post ("Posko BPBD Sangatta"), no device word: a place.
        fields.site = True
    fields.area = _item_area(index, own, named_by, fields.name) or _feature_area(index, fields.name)
    fields.state_area = fields.area is not None and fields.area == _state_area(index)
    fields.room = _building_reference(index, own, fields.name)
    if (office := _plain_name(village_office(index, own, fields.name))) is not None:
        # A village's record naming the office its camera watches ("Kantor Desa Sepaso"):
        # the office names it; the village, said in the name, yields to a group's kecamatan.
        fields.name, fields.village = office, is_village(index, own, fields.area)
    if fields.area is None and fields.name and (tail := kecamatan_tail(fields.name)):
        # A label ending in its kecamatan ("Bundaran DPRD - Jl. Kalimantan, Kec. Sumbersari").
        fields.name, fields.area = tail
    fields.area = fields.area or zone_area
    fields.area = _place_text(fields.area) or _place_text(
        _province_area(index, own, prefix, gis_feature=gis_feature)
        or _port_area(index, named_by)
        or _country_text(index, own, ctx)
        or (location_district(index, own) if ctx.location_area else None)
        or location_kecamatan(index, own)
        or (jurisdiction_place(index, own) if ctx.jurisdiction_area else None)
    )
    status_index = _ya_tidak(index, ctx.ya_tidak_keys)
    fields.online = _read_status(status_index, own)
    fields.connection = connection_record(index, own)
    if _tree_node(own):
        _tree_fields(fields, index, own)
    key_aliases: tuple[str, ...] = KUTIM_STREAM_KEY_KEYS if ctx.kutim else STREAM_KEY_KEYS
    if publishing_key(index):
        key_aliases = ()  # an encoder's key for its ingest server: never read
    for key in key_aliases:
        value = index.get(key)
        if isinstance(value, str) and looks_like_url(value):
            if (url := resolve_url(value, ctx.base_url)) is not None:
                _place_url(fields, url, "stream", ctx)
        elif fields.stream_key is None and key in index:
            fields.stream_key = _stream_key(value)
    _place_path_media(index, fields, ctx)
    pages: list[tuple[str, str]] = []
    if (largest := _largest_size(index, ctx)) is not None:
        _place_url(fields, largest, "snapshot", ctx)  # of several sizes, the largest
    inputs: list[str] = []
    _place_aliases(index, fields, ctx, pages, inputs)
    _place_protocol_named_web_media(index, own, fields, ctx)
    _place_hls_named_path(index, own, fields, ctx)
    inputs += _live_login_inputs(index, own, ctx)[: max(0, _MAX_INPUTS - len(inputs))]
    _place_pictures(pictures, fields, ctx)
    for value in _own_values(index, own):
        if _output_list(value):
            continue  # one camera's outputs by protocol: placed best first below
        if (descriptor := _descriptor_url(value, ctx)) is not None:
            _place_url(fields, descriptor, None, ctx)
    _place_outputs(index, fields, ctx)
    _place_views(index, own, fields, ctx)
    _place_link_lists(index, fields, ctx)
    _place_listed_urls(index, fields, ctx)
    _read_by_value(index, fields, ctx, pages)
    embedded = any(role == _EMBEDDED_PAGE for _url, role in pages)
    ranked = [page for page in pages if not embedded or page[1] != _GENERIC_PAGE]
    ranked += [page for page in pages if embedded and page[1] == _GENERIC_PAGE]
    ranked = _without_empty_entry_pages(ranked, index, own, ctx)
    if ctx.shared_pages:
        ranked = [
            page for page in ranked if page[1] != _GENERIC_PAGE or page[0] not in ctx.shared_pages
        ]
    _place_pages(ranked, fields, ctx, inputs)
    viewer = _viewer_page(index, ctx) or _named_viewer_page(index, own, fields, ctx)
    if viewer is None and fields.snapshot_url:
        viewer = _viewer_field_page(index, fields, ctx)
    # Else go2rtc's player page of one stream (``stream.html?src=``).
    viewer = viewer or _go2rtc_player_field(index, own, ctx)
    if viewer is not None and not (fields.stream_url or fields.stream_key or fields.mjpeg_url):
        # A reader's camera viewer page beside its still, or a live page field's (``viewerlinks``).
        _place_url(fields, viewer, "stream", ctx)
    if inputs and ctx.hls_base is None and _key_only(fields):
        inputs = _without_key(fields, inputs, ctx)
    if inputs and _input_stands_in(fields, index):
        # Of a camera's login-bearing addresses (``rtsp_live`` beside ``hls_live``), HLS plays.
        _place_url(fields, next(filter(is_hls_url, inputs), inputs[0]), "stream", ctx)
    _place_typed_media(fields, index, own, ctx)
    _place_typed_video(fields, index, own, ctx)
    _place_typed_stream(fields, index, own, ctx)
    _drop_linked_page(fields, index, own, ctx)
    _place_video_field(fields, index, own, ctx)
    _drop_uploaded_clip(fields, index, own)
    _prefer_hd_rendition(index, own, fields, ctx)
    if (
        not (fields.stream_url or fields.stream_key or fields.mjpeg_url)
        or (
            fields.stream_url is not None
            and not fields.mjpeg_url
            and lan_address(fields.stream_url, ctx.base_url)
        )
    ) and (webrtc := _webrtc_page(index, ctx)):
        # A WebRTC page, after HLS and RTSP; a public one beats a stream on the camera's
        # own network (a relay's ``webrtc`` page beside its ``rtsp`` on ``10.…``), which
        # no viewer of a public answer reaches (``_place_url`` keeps the LAN one else).
        _place_url(fields, webrtc, "stream", ctx)
    position = _read_position(index, web_mercator=ctx.web_mercator)
    if ctx.microdegrees and (micro := microdegree_axes(index)) is not None:
        position = micro
    if position is None:
        position = _output_position(index, ctx)
    fields.position = check_position(position, notes)
    fields.geo_position = (
        _first(index, LAT_KEYS) is not None and _first(index, LNG_KEYS) is not None
    )
    if fields.id is None:
        fields.id = _room_id(index, own, fields)
    _still_camera_state(fields, status_index, own)
    return fields, index


def _still_camera_state(
    fields: _Fields, index: Mapping[str, JSONValue], own: frozenset[str]
) -> None:
    """Read a still camera's state again without its streaming flag (``_stream_flag_down``).

    A record with no stream of its own (a snapshot only): "not streaming" is its kind,
    no outage, so ``is_streaming: false`` beside ``active: true`` leaves it online.
    """
    if (
        fields.online is False
        and not (fields.stream_url or fields.stream_key or fields.mjpeg_url)
        and _stream_flag_down(index)
    ):
        fields.online = _read_status(index, own, stream_flag=False)


def _without_key(fields: _Fields, inputs: list[str], ctx: Context) -> list[str]:
    """Drop a key-only camera's stream key; return the inputs that may stand in for it.

    A camera's own login-bearing address set aside, and a relay's path name
    (``stream_key``) with no server to build an address on: the key plays nothing, and
    a public address is judged as the camera's only one. Inputs all on the LAN (its
    private source) never stand in from a public answer, whatever share of the list is
    such a relay's.
    """
    fields.stream_key = None
    if all(lan_address(url, ctx.base_url) for url in inputs):
        return []
    return inputs


def _key_only(fields: _Fields) -> bool:
    """Return True when a stream key is all the media the fields give (no address)."""
    return fields.stream_key is not None and not (
        fields.stream_url or fields.snapshot_url or fields.mjpeg_url
    )


def _place_pages(
    pages: list[tuple[str, str]], fields: _Fields, ctx: Context, inputs: Sequence[str] = ()
) -> None:
    """Place an item's pages, best first: each only stands in for no media at all.

    A video platform's embed under the camera's live field (``_LIVE_VIDEO_PAGE``) plays
    the camera: it is its stream beside its still too, unless a live address is given.
    Such a player comes before the pages that only stand in (an entry's own ``url`` on a
    directory), whatever order the fields are written in. A record whose only address
    is its camera's on the office network (a LAN stream, or login-bearing ``inputs`` all
    on the LAN) is watched only through its own viewer page (``_lan_viewer_page``): any
    other page stands in for nothing there, so the LAN address is judged alone.
    """
    pages = sorted(pages, key=_page_rank)
    lan_inputs = bool(inputs) and all(lan_address(url, ctx.base_url) for url in inputs)
    for url, role in pages:
        if role == _LIVE_VIDEO_PAGE and not (
            fields.stream_url or fields.stream_key or fields.mjpeg_url
        ):
            _place_url(fields, url, "stream", ctx)
        elif not fields.has_media:  # a URL of unknown shape only stands in for no media
            if not lan_inputs or _lan_viewer_page(fields, url, ctx):
                _place_url(fields, url, "stream" if role in _PAGE_ROLES else role, ctx)
        elif (role == "stream" or role in _PAGE_ROLES) and _lan_stream_only(fields, url, ctx):
            # A public answer's record whose only media is its camera's address on the
            # office network (a relay's ``rtspUrl: rtsp://10.…`` it pulls) is watched
            # through the page its stream field gives (``streamUrl: /live/<id>``).
            _place_url(fields, url, "stream", ctx)


def _page_rank(page: tuple[str, str]) -> int:
    """Return the rank of a page among an item's pages, lowest first.

    A live player (``_LIVE_VIDEO_PAGE``) goes first. A video platform's embed player
    that only stands in (a frame's ``iframe: youtube.com/embed/…``, which beside a
    still is no stream) comes next: with no media it is the camera's player, before a
    page that only stands in (a directory entry's own ``url``), whatever order the
    fields are written in. Other pages keep their order.
    """
    url, role = page
    if role == _LIVE_VIDEO_PAGE:
        return 0
    if role in ("stream", *_PAGE_ROLES) and is_platform_embed(url):
        return 1
    return 2


def _lan_stream_only(fields: _Fields, page: str, ctx: Context) -> bool:
    """Return True when a record's one medium is a LAN stream and the page is its viewer.

    ``deviceinputs.lan_address`` judges the stream (never for an answer from the local
    network). A still, an MJPEG address or a stream key of the record's own keeps the
    page from standing in, as it always did; the page must be the camera's own viewer
    page on the answer's site (``_lan_viewer_page``).
    """
    if fields.stream_key or fields.snapshot_url or fields.mjpeg_url or not fields.stream_url:
        return False
    return lan_address(fields.stream_url, ctx.base_url) and _lan_viewer_page(fields, page, ctx)


# Words a viewer page may write before the camera's id in its last path segment
# (``/live/camera_1``, ``/view/cam-3``, ``/stream/cctv7``).
_VIEWER_ID_PREFIXES = frozenset({"", "camera", "cam", "cctv", "kamera", "webcam", "channel", "ch"})
_MAX_VIEWER_ID = 128


def _lan_viewer_page(fields: _Fields, page: str, ctx: Context) -> bool:
    """Return True for the camera's own viewer page on the answer's site.

    Of a public answer's record reached only on the office network, only a page that
    the answer's own host (or its portal: the same registrable domain) serves and whose
    last path segment names the camera's id (``/live/<id>``, ``/live/camera_1``,
    ``/view/camera1``) stands in: another site's page, an admin route, another camera's
    page or a site's home page never does. A page on a LAN or loopback host, or with a
    login written in it, is none either.
    """
    if fields.id is None or has_userinfo(page) or lan_address(page, ctx.base_url):
        return False
    if registrable_site(page) != registrable_site(ctx.base_url) or not site_host(page):
        return False
    try:
        path = urlsplit(page[:2048]).path
    except ValueError:
        return False
    own = fields.id.casefold()[:_MAX_VIEWER_ID]
    last = path.rstrip("/").rsplit("/", 1)[-1].casefold()
    if not own or not last.endswith(own):
        return False
    return last.removesuffix(own).rstrip("_-.") in _VIEWER_ID_PREFIXES


_MAX_VIEWER_FIELDS = 64
# A field naming the camera's own viewer page outright (a scraper's ``viewerUrl``
# beside the ``imageUrl`` it took from that page). ``viewer_page`` is the readers' own
# key (``VIEWER_PAGE_KEY``), never read from a payload under any spelling.
_VIEWER_PAGE_FIELDS = ("viewer_url", "viewer_link")
_MAX_VIEWER_URL = 2048


# An article's address: a dated path (``/2024/05/01/…``, ``/2024/05/…``: a year and a
# two-digit month 01–12, as permalinks write them, or a year, an unpadded month 1–9 and
# a day 1–31, ``/2024/5/12/…``; ``/2024/1`` is a year before a number, ``/2024/13`` no
# month, ``/2024/5/40`` no day) or a news folder.
_DATED_PATH = re.compile(r"/(?:19|20)\d{2}/(?:0[1-9]|1[0-2]|[1-9]/(?:0?[1-9]|[12]\d|3[01]))(?:/|$)")
_ARTICLE_FOLDERS = frozenset(
    {"news", "berita", "artikel", "article", "articles", "blog", "post", "posts", "read"}
)


def _article_address(url: str) -> bool:
    """Return True for an address written as a news article's or a blog post's page."""
    try:
        path = urlsplit(url[:_MAX_VIEWER_URL]).path.lower()
    except ValueError:
        return True
    folders = [segment for segment in path.split("/") if segment][:-1]
    return _DATED_PATH.search(path) is not None or not _ARTICLE_FOLDERS.isdisjoint(folders)


def _named_viewer_page(
    index: Mapping[str, JSONValue], own: frozenset[str], fields: _Fields, ctx: Context
) -> str | None:
    """Return the viewer page a record's own ``viewerUrl`` field gives, if it is a page.

    Only an ``http(s)`` address without a login whose shape is no medium of its own (a
    picture, a playlist or a video file are read as such elsewhere); it is checked as
    any address is (``viewer_address``: a public host, no document or site page). The
    field alone says no camera: the page names one (``/kamera/``, ``/cameras/``,
    ``webcam.…``) or is on the site of the record's still and that still names one
    (``cctv.…/PTZ_046.jpg``: a document's thumbnail or a hotel room's picture on the
    viewer's site does not); a news article's or a blog
    post's page is never one (a document archive's ``/viewer/1``, a 3D model's or a
    tour's viewer, a dated article are no camera's page).
    """
    for key in _VIEWER_PAGE_FIELDS:
        value = index.get(key) if key in own else None
        if not isinstance(value, str) or len(value) > _MAX_VIEWER_URL or has_userinfo(value):
            continue
        if not value.strip().lower().startswith(("http://", "https://")):
            continue
        if (url := resolve_url(value.strip(), ctx.base_url)) is None or url_kind(url) is not None:
            continue
        if _video_file(url) or document_file(url) or site_page(url) or _article_address(url):
            continue
        still = fields.snapshot_url
        if not names_camera(host_and_path(url)) and (
            still is None
            or registrable_site(still) != registrable_site(url)
            or not names_camera(host_and_path(still))
        ):
            continue  # a viewer field alone is no camera's evidence
        if (page := viewer_address(url)) is not None:
            return page
    return None


def _viewer_field_page(index: Mapping[str, JSONValue], fields: _Fields, ctx: Context) -> str | None:
    """Return the camera's viewer page a field named for its live page gives, if any.

    ``url_live: /cctv/live/tma01`` beside the still ``/cctv/foto/tma01.jpg`` (the page's
    code is the camera's id or its still's name), or ``tautan_live: /cctv/bantaran/pinang``
    over ``/cctv/bantaran/pinang/terakhir.jpg`` (see ``viewerlinks``). Under a field named
    for the camera's live page or its stream (``liveUrl``, ``stream_url``), the portal's
    page of that camera keyed by its own slug or its still's file name after a playing or
    camera word (``/cctv/simpang-tiga`` beside ``/snapshot/simpang-tiga.jpg``) is one
    too. A page only stands in for a camera without media otherwise; a detail, map or
    news field is never read.
    """
    still = fields.snapshot_url
    if still is None or fields.stream_url or fields.stream_key or fields.mjpeg_url:
        return None
    codes = (fields.id, still_code(still))
    slug = index.get("slug")
    slugs = (slug if isinstance(slug, str) else None, still_stem(still))
    for key, value in itertools.islice(index.items(), _MAX_VIEWER_FIELDS):
        if not isinstance(value, str) or has_userinfo(value):
            continue
        embedding = embed_field(key)
        live = viewer_field(key)
        if not embedding and not live and not stream_field(key):
            continue
        url = resolve_url(value.strip(), ctx.base_url)
        if url is None or url_kind(url) is not None:
            continue
        if embedding:
            # ``embed_url: /embed/simpang-tiga`` beside ``slug: simpang-tiga`` or the still
            # ``/thumbnail/simpang-tiga.jpg``: the page embedding this camera.
            if slug_viewer_page(url, slugs) or viewer_page(url, codes) is not None:
                return url
        elif viewer_page(url, codes) is not None or (live and page_over_still(url, still)):
            return url
        elif slug_viewer_page(url, slugs, camera_route=True, frames=False):
            return url  # ``stream_url: /cctv/simpang-tiga`` beside ``…/simpang-tiga.jpg``
    return None


# A live server's room (livego's ``Room``, the channel a stream is published to) or a
# stream server's stream name (Wowza's and a relay's ``streamName``, a MediaMTX
# monitor's ``stream_name``): a camera's id when the record's own media address is
# published under it, as its file (``…/live/{room}.flv``) or as the folder of a
# playlist named generically (``…/hls/{room}/index.m3u8``, Wowza's
# ``…/live/{streamName}/playlist.m3u8``); a room holding a place or the application, or
# a stream name the address does not carry, is none.
_ROOM_KEYS = ("room", "room_name", "stream_name", "streamname")
_ROOM_TOKEN = re.compile(r"[\w.-]{1,64}")
_GENERIC_PLAYLISTS = frozenset({"index", "playlist", "master", "stream", "chunklist", "live"})


def _room_id(index: Mapping[str, JSONValue], own: frozenset[str], fields: _Fields) -> str | None:
    """Return the room a record's media address is published under, if it names one."""
    room = next((index[key] for key in _ROOM_KEYS if key in own), None)
    if not isinstance(room, str) or not _ROOM_TOKEN.fullmatch(room := room.strip()):
        return None
    for url in (fields.stream_url, fields.mjpeg_url):
        if not url:
            continue
        *folders, file = urlsplit(url).path.rsplit("/", 2)[-2:]
        stem = file.rsplit(".", 1)[0]
        if room in (file, stem) or (folders == [room] and stem.lower() in _GENERIC_PLAYLISTS):
            return room
    return None


_MAX_ADDRESS_FIELDS = 32


def _place_typed_media(
    fields: _Fields, index: Mapping[str, JSONValue], own: frozenset[str], ctx: Context
) -> None:
    """Place a record's one address as the media kind its own field names.

    ``{cam_type: "MJPEG", img_url}`` is a motion-JPEG stream, ``{type: "image", url}`` a
    still, whatever the address's shape, unless that shape is a video stream's (HLS,
    MP4, FLV). A record with several addresses or a stream key keeps them as they are;
    one with none takes the single address under a picture or camera field
    (``img_url``), never a web page's (``web_url``).
    """
    if fields.stream_key is not None or (kind := media_kind(index, own)) is None:
        return
    urls = {url for url in (fields.stream_url, fields.snapshot_url, fields.mjpeg_url) if url}
    if len(urls) > 1:
        return
    if urls:
        url = next(iter(urls))
    else:
        found = [
            resolved
            for key in [key for key in index if key in own][:_MAX_ADDRESS_FIELDS]
            if address_field(key)
            and isinstance(cell := index[key], str)
            and _written_as_address(cell)
            and (resolved := resolve_url(cell, ctx.base_url)) is not None
        ]
        if len(set(found)) != 1:
            return
        url = found[0]
    if url_kind(url) == "stream" or template_gap(url) or document_file(url):
        return
    if kind == "still" and (
        is_placeholder_picture(url) or is_marker_picture(url) or url in ctx.shared_pictures
    ):
        return
    if kind == "still" and url_kind(url) is None and _names_refused_picture(index, own, ctx):
        # A record typed as a picture whose picture is the list's stand-in (``type:
        # "image", imageUrl: "/assets/thumbnail.png"`` on several records) or a
        # placeholder has no view: its other address, of no kind (its page on the site,
        # ``url: "/cam/?id=…"``), is not its picture and stands in for nothing.
        fields.stream_url = fields.snapshot_url = fields.mjpeg_url = None
        return
    fields.stream_url = fields.snapshot_url = fields.mjpeg_url = None
    if kind == "mjpeg":
        fields.mjpeg_url = url
    else:
        fields.snapshot_url = url


def _names_refused_picture(
    index: Mapping[str, JSONValue], own: frozenset[str], ctx: Context
) -> bool:
    """Return True when a record's own fields name a still it may not show.

    A list's stand-in or shared picture (``ctx.shared_pictures``) or a placeholder
    (``no-signal.png``), written as an address among the record's first fields.
    """
    for key in [key for key in index if key in own][:_MAX_ADDRESS_FIELDS]:
        cell = index[key]
        if not isinstance(cell, str) or len(cell) > _MAX_SHARED_URL or not looks_like_url(cell):
            continue
        url = resolve_url(cell.strip(), ctx.base_url)
        if url is not None and url_kind(url) == "still":
            if url in ctx.shared_pictures or is_placeholder_picture(url):
                return True
    return False


def _place_typed_video(
    fields: _Fields, index: Mapping[str, JSONValue], own: frozenset[str], ctx: Context
) -> None:
    """Make a video record's one video file its stream, whatever field holds it.

    A webcam list mixing photos and clips (``{type: "video", caption, media:
    "…/timelapse.mp4", thumb: "…/latest.jpg"}``) names the kind beside a field of any
    name: the single address of a video container (``.mp4``, ``.webm``, ``.m4v``) among
    the record's own fields is its stream, when it has none yet. A page's field
    (``web_url``, ``link``) never gives one; two different video files give none.
    """
    if fields.stream_url or fields.stream_key or not video_kind(index, own):
        return
    found = {url for url in _own_addresses(index, own, ctx) if _video_file(url)}
    if len(found) == 1:
        fields.stream_url = found.pop()


def _own_addresses(
    index: Mapping[str, JSONValue], own: frozenset[str], ctx: Context
) -> Iterator[str]:
    """Yield the resolved addresses a record's own fields write, page fields left out.

    The first ``_MAX_ADDRESS_FIELDS`` own fields in document order; a value written
    with a login is never read.
    """
    for key in [key for key in index if key in own][:_MAX_ADDRESS_FIELDS]:
        if page_field(key):
            continue
        cell = index[key]
        if not isinstance(cell, str) or not looks_like_url(cell) or has_userinfo(cell):
            continue
        if (resolved := resolve_url(cell, ctx.base_url)) is not None:
            yield resolved


def _place_typed_stream(
    fields: _Fields, index: Mapping[str, JSONValue], own: frozenset[str], ctx: Context
) -> None:
    """Read a record's address by its own kind field's stream or ``unknown`` word.

    A webcam module typing each record (``{type: "stream" | "image" | "timelapse", url,
    thumbnailUrl}``) says its ``url`` plays live video: a video platform's embed there
    (``youtube.com/embed/live_stream?channel=…``) is the camera's stream beside its
    thumbnail, as under a live field, while a plain web page beside that thumbnail (a
    resort's page about its beach cam) plays nothing and stands in for nothing; with no
    thumbnail, in a list where no record plays a live address, a live record's page (a
    relay's ``rtsp.me/embed/…``, ``ipcamlive``'s player, a camera site's viewer) is its
    camera's player and stays. A scraper's ``type: "unknown"``
    (no media found on the camera's page) leaves its page ``url`` no stand-in either. A
    playlist, MJPEG, stream key, a player page of one stream (``is_stream_player_page``)
    and a platform's pages are kept; other kind words leave the record as it is.
    """
    if fields.mjpeg_url or fields.stream_key or (kind := stream_kind(index, own)) is None:
        return
    stream = fields.stream_url
    if stream is None:
        if kind != "stream" or not fields.snapshot_url:
            return
        embeds = {url for url in _own_addresses(index, own, ctx) if is_platform_embed(url)}
        if len(embeds) == 1:
            fields.stream_url = embeds.pop()
        return
    if (
        url_kind(stream) is None
        and not is_platform_page(stream)
        and not is_platform_embed(stream)
        and not is_stream_player_page(stream)
        and (
            kind != "stream"
            or ((fields.snapshot_url is not None or ctx.list_plays) and not _player_embed(stream))
        )
    ):
        # A live record's page is its camera's player (a relay's ``rtsp.me/embed/…``, a
        # camera site's viewer) unless it shows a thumbnail or other records play.
        fields.stream_url = None


def _drop_linked_page(
    fields: _Fields, index: Mapping[str, JSONValue], own: frozenset[str], ctx: Context
) -> None:
    """Drop a link entry's page address unless that page is its camera's own viewer.

    A camera map's list marks entries that only open another website (``{kind: "link",
    url}``, ``protocol: "link"``, ``type: "website"``: ``mediakind.link_kind``). Such an
    address is kept as the camera's player page only when it names that camera
    (``viewerlinks.linked_camera_page``): a viewer page or script keyed by the record,
    an identifying parameter with a value (``PlayVideo.aspx?ID=17``, ``player?cam=mc03``)
    or the record's own id as a path segment or parameter value, never an article's,
    news, detail or admin page (``read.php?id=9912``, ``/2024/2/berita``) nor an id that
    is a camera word (``cctv`` for ``…/cctv``). A page on a LAN, loopback or link-local
    host named by a public answer (``http://192.168.1.10/view.php?id=1``) is never kept
    (``policy.is_public_host``); a portal answering from the LAN keeps its own. A general
    page (``…/cctv``, ``…/cctv/``, an operator's home page) is no camera medium, so the entry is no camera. An address
    whose shape is media (a playlist, a still, motion JPEG) or a record with other media
    keeps what it has.
    """
    url = fields.stream_url
    if url is None or fields.snapshot_url or fields.mjpeg_url or fields.stream_key:
        return
    if url_kind(url) is not None or not link_kind(index, own):
        return
    if (
        linked_camera_page(url, fields.id, IDENTIFYING_PARAMS)
        and (
            _link_names_camera(url, index, own)
            or (
                ctx.plays_beside_links
                and (viewer_named_page(url, fields.id) or viewing_script_page(url))
                and not no_camera_site_page(url)
            )
        )
        and (is_public_host(url_host(url)) or not is_public_host(url_host(ctx.base_url)))
    ):
        return
    fields.stream_url = None


# A link entry's own text fields read for a camera word (``_link_names_camera``).
_LINK_TEXT_KEYS = (
    "name",
    "title",
    "nama",
    "judul",
    "label",
    "caption",
    "description",
    "kind",
    "type",
    "category",
)
_MAX_LINK_TEXT = 400


def _link_names_camera(url: str, index: Mapping[str, JSONValue], own: frozenset[str]) -> bool:
    """Return True when a link entry itself says it shows a camera.

    A typed link list (``[{type: "link", title, url: "…/view.php?id=1"}]``: a course's
    lessons, a hotel guide, a site menu) keys its pages by an identifying parameter just as
    a camera's viewer script is keyed, so the page alone is no evidence. The entry counts
    as a camera's when a camera word (``CCTV``, ``kamera``, ``webcam``, ``cam``, ``ATCS``:
    ``viewerlinks.names_camera``, whole words) stands in its page's address
    (``cctv.…/viewer/Player.aspx?cam=x3``, ``atcs.…/PlayVideo.aspx?ID=17``), in one of
    its own text fields (title, name, caption, description, kind, category) or in one of
    its own field names (``cctv_id``; the first ``_MAX_SHARED_FIELDS`` names in document
    order). At most 400 characters a field are read.
    """
    if names_camera(url):
        return True
    texts = [
        value[:_MAX_LINK_TEXT]
        for key in _LINK_TEXT_KEYS
        if key in own and isinstance(value := index.get(key), str)
    ]
    # Field names in document order (``index``), never a set's hash order: the same
    # answer must read the same names on every start.
    texts.extend(
        key.replace("_", " ")
        for key in itertools.islice((key for key in index if key in own), _MAX_SHARED_FIELDS)
    )
    return names_camera(" ".join(texts))


# A camera's own video field: a JamCam-style loop (``video: "…/00001.07101.mp4"``, the
# transit API's ``videoUrl`` mapped beside ``image``).
_VIDEO_FIELD = "video"
_MAX_VIDEO_FIELD_URL = 2048
# File names of a clip previewing or sampling a camera rather than playing it.
_CLIP_STEMS = frozenset({"preview", "sample", "trailer", "intro", "demo", "teaser"})


def _place_video_field(
    fields: _Fields, index: Mapping[str, JSONValue], own: frozenset[str], ctx: Context
) -> None:
    """Make a record's ``video`` field its stream when it holds a video file, beside a still.

    A traffic-camera list maps each camera's picture and its short MP4 loop side by side
    (``{image: "…/07101.jpg", video: "…/07101.mp4"}``): the loop is what plays. Only the
    record's own ``video`` field, only a video container (``.mp4``, ``.m4v``, ``.webm``,
    ``.ts``) on http(s) without a login, and only when no stream is read yet. A past
    event's recording (``/rekaman/…``), a preview or sample clip (``preview.mp4``), a
    page or a playlist of another shape are not taken here; the address is checked as
    any other (a private host from a public answer never plays). The field alone says no
    camera: the record says where it stands (a position) or its still's or video's
    address names a camera (``kamera.…``, ``/cctv/``); a record carrying a publication
    stamp, an author, a body or a track (``_published_work``'s words) is a news or media
    item whose clip never plays as a camera.
    """
    if fields.stream_url or fields.stream_key or fields.mjpeg_url or _VIDEO_FIELD not in own:
        return
    if not own.isdisjoint(_PUBLISHED_WORK_KEYS):
        return
    value = index[_VIDEO_FIELD]
    if not isinstance(value, str) or len(value) > _MAX_VIDEO_FIELD_URL or has_userinfo(value):
        return
    if not value.strip().lower().startswith(("http://", "https://", "/")):
        return
    if (url := resolve_url(value.strip(), ctx.base_url)) is None or not _video_file(url):
        return
    stem = urlsplit(url).path.rsplit("/", 1)[-1].rsplit(".", 1)[0].lower()
    if stem in _CLIP_STEMS or recorded_video(url):
        return
    addresses = (url, fields.snapshot_url or "")
    if _read_position(index, web_mercator=ctx.web_mercator) is None and not any(
        names_camera(host_and_path(address)) for address in addresses
    ):
        return  # neither a place nor a camera's address: a site's clip beside its picture
    _place_url(fields, url, "stream", ctx)


def _drop_uploaded_clip(
    fields: _Fields, index: Mapping[str, JSONValue], own: frozenset[str]
) -> None:
    """Drop a stream that is a site's uploaded film of a record not saying it is a camera.

    A tourism, place or event list gives each record its film under ``video`` or
    ``video_url`` (``/uploads/tour-2023.mp4``, ``/media/promo.mp4``, ``media.uploaded_clip``):
    a recording, no live camera, however the field or its position read. It stays when
    the stream's or the still's address names a camera (``cctv.…``, ``/cam/``), a live
    folder holds it (``/live/``, ``/hls/``) or the record says it is a camera or live
    (``_says_live_camera``).
    """
    url = fields.stream_url
    if url is None or not uploaded_clip(url):
        return
    if any(names_camera(host_and_path(a)) for a in (url, fields.snapshot_url or "")):
        return
    if not _says_live_camera(index, own):
        fields.stream_url = None
        if fields.snapshot_url and clip_poster(url, fields.snapshot_url):
            # The film's poster frame (``profil_kutim_2024.jpg`` beside its ``.mp4``):
            # no camera's still either, so the record is no camera.
            fields.snapshot_url = None


# Words of a record's own field saying it is live (``live``, ``is_live``, ``stream_url``).
_LIVE_KEY_WORDS = frozenset({"live", "islive", "stream", "streaming", "realtime"})
_RECORD_NAME_FIELDS = ("name", "title", "nama", "judul", "label", "category", "type")


def _says_live_camera(index: Mapping[str, JSONValue], own: frozenset[str]) -> bool:
    """Return True when a record says it is a camera or live: its name or a live field.

    A place or event list's record uploads its film under ``video``; a camera's record
    names a camera (``CCTV Simpang``, ``type: "webcam"``) or carries a live field
    (``is_live``, ``live: true``, ``stream_url``). At most 64 field names are looked at.
    """
    for key in itertools.islice(own, 64):
        if not _LIVE_KEY_WORDS.isdisjoint(key.split("_")):
            return True
    return any(
        isinstance(value := index.get(key), str) and names_camera(value)
        for key in _RECORD_NAME_FIELDS
    )


def _place_link_lists(index: Mapping[str, JSONValue], fields: _Fields, ctx: Context) -> None:
    """Place the stream of fields named for a camera or its links (``cctv``, ``links``).

    The value is an address, the first address of a list, or a live media path next to
    the page (``"cctv": "../hls/harmoni/index.m3u8"``).
    """
    for key in LINK_LIST_KEYS:
        value = index.get(key)
        if isinstance(value, list):
            value = next((v for v in value[:20] if isinstance(v, str) and looks_like_url(v)), None)
        if isinstance(value, str) and (
            looks_like_url(value) or relative_media_kind(value) in _RELATIVE_LIVE_KINDS
        ):
            if (url := resolve_url(value, ctx.base_url)) is not None:
                _place_url(fields, url, "stream", ctx)


# Words of a field name announcing a high-definition rendition (``hdAddress``, ``hlsHd``,
# ``hls_fhd``, ``url_high``), and words that take it back (``hd_low``).
_HD_WORDS = frozenset({"hd", "fhd", "uhd", "high", "hq"})
_NOT_HD_WORDS = frozenset({"sd", "low", "smooth", "sub", "mobile"})
_MAX_RENDITION_FIELDS = 64


def _prefer_hd_rendition(
    index: Mapping[str, JSONValue], own: frozenset[str], fields: _Fields, ctx: Context
) -> None:
    """Make the HD rendition of a camera's HLS its stream, as a player's quality choice does.

    A camera cloud lists one camera's renditions side by side (EZVIZ ``liveAddress`` and
    ``hdAddress``, ``hls`` and ``hlsHd``); of its own HLS fields, the first whose name
    announces HD wins over the stream read so far when that is HLS or FLV.
    """
    current = fields.stream_url
    if current is not None and not (is_hls_url(current) or _is_flv(current)):
        return
    for key in [key for key in index if key in own][:_MAX_RENDITION_FIELDS]:
        words = set(key.split("_"))
        if words.isdisjoint(_HD_WORDS) or not words.isdisjoint(_NOT_HD_WORDS):
            continue
        value = index[key]
        if not isinstance(value, str) or not looks_like_url(value) or has_userinfo(value):
            continue
        url = resolve_url(value, ctx.base_url)
        if url is None or not is_hls_url(url) or _device_address(url, ctx.base_url):
            continue
        fields.stream_url = url
        return


def _place_pictures(pictures: list[str], fields: _Fields, ctx: Context) -> None:
    """Place the stills of an item's CMS media records, whatever their address's shape.

    A media store may serve a picture at an address without extension (a handle): the
    record's type said it is a picture.
    """
    for picture in pictures[:8]:
        url = resolve_url(picture, ctx.base_url)
        if url is not None and url_kind(url) in (None, "still"):
            _place_url(fields, url, "snapshot", ctx)


# Stream fields that a recorder's channel list uses for the camera it pulls from; a field
# named for a stream (``stream_url``, ``hls``) is what the portal offers to play.
_INPUT_KEYS = frozenset({"rtsp", "rtsp_url", "url", "link", "src", "source"})


def _input_stands_in(fields: _Fields, index: Mapping[str, JSONValue]) -> bool:
    """Return True when a camera's login-bearing input is its only address.

    A user's own list of devices (an office monitor's saved ``rtspUrl``) names each
    camera and gives no other media: the address is the camera's, its login dropped. A
    media server's record publishing the input under a path of its own (EasyDarwin
    pushers' ``path``) or naming nothing is the server's, and its input stays unread.
    """
    return not fields.has_media and fields.name is not None and _path_name(index) is None


def _camera_input(value: JSONValue, url: str, ctx: Context) -> bool:
    """Return True for the camera a recording server pulls from, not a stream of its own.

    A channel list (EasyNVR, LiveNVR) names each channel's source (``Rtsp``, ``Url``)
    with the camera's own login on the server's LAN: no viewer can play it, and it is
    never offered as the camera's stream.
    """
    return isinstance(value, str) and has_userinfo(value) and _device_address(url, ctx.base_url)


_MAX_INPUTS = 4


def _live_login_inputs(
    index: Mapping[str, JSONValue], own: frozenset[str], ctx: Context
) -> list[str]:
    """Return the login-bearing addresses of fields named for live media, login dropped.

    A camera registry may keep each camera's public address with the viewer's login
    merged in under a field of its own naming (``live``, ``liveStream``, ``rtspLive``):
    the address stands in for the camera, without its login, like a known input field's
    does. A field of any other name, a LAN or loopback address or local host name
    (``localhost``, ``printer.local``, a single label) named by a public list, and a
    publish address (RTMP, SRT) never do.
    """
    public = is_public_host(url_host(ctx.base_url))
    found: list[str] = []
    for key, value in itertools.islice(index.items(), _MAX_PROPERTIES):
        if len(found) >= _MAX_INPUTS:
            break
        if isinstance(value, dict) and key in own and _LOGIN_RELAY_WORDS & set(key.split("_")):
            # A camera's relay block (a dashboard's ``webrtc_card: {url: rtsp://…}``, a
            # manager's ``go2rtcConfig: {streamUrl}``): its nested address is left out of
            # the record's fields for its login.
            value = _relay_block_url(value)
        if key in ALIAS_KEYS or not isinstance(value, str) or is_credential_key(key):
            continue
        if named_address_first(key) and (
            media_column(key) in index or not _recorder_channel(value, ctx)
        ):
            # Read as its media field beside another (url_rtsp by url_hls); alone, a
            # camera's own device address is the server's input, never its stream.
            continue
        if key.startswith(_SYSTEM_PREFIXES):
            continue
        if not _LOGIN_INPUT_WORDS & set(key.split("_")) and not _camera_address_key(key):
            continue
        if not looks_like_url(value) or not has_userinfo(value):
            continue
        url = resolve_url(value, ctx.base_url)
        if url is None or url.lower().startswith(_PUSH_SCHEMES):
            continue
        if public and not is_public_host(url_host(url)):
            continue  # a device's own address on some local network
        if _not_camera_media(key, url, ctx) or url_kind(url) not in ("stream", "mjpeg"):
            continue
        found.append(url)
    return found


_RELAY_URL_KEYS = ("url", "stream_url", "src")
# A table column naming the camera's own address by a camera word and an address word, in
# either order, apart or glued (``ip_cam``, ``cam_url``, ``url_cctv``, ``link_kamera``,
# ``camera_ip``, ``ipcam``): a database export's only media column. Read for a
# login-bearing live address like a field named for live media (its login dropped).
_CAMERA_ADDRESS_WORDS = ("ip", "url", "link", "uri", "address", "addr", "alamat")
# Spanish ``cámara`` (``linkCamara``, ``url_camara``) names the camera as ``camera`` does.
_ADDRESS_CAMERA_WORDS = (*_NAMED_ENTITY_WORDS, "camara", "cámara")
_CAMERA_ADDRESS_KEYS = frozenset(
    {f"{entity}_{word}" for entity in _ADDRESS_CAMERA_WORDS for word in _CAMERA_ADDRESS_WORDS}
    | {f"{word}_{entity}" for entity in _ADDRESS_CAMERA_WORDS for word in _CAMERA_ADDRESS_WORDS}
)


def _camera_address_key(key: str) -> bool:
    """Return True for a column naming a camera's address (``ip_cam``, ``cam_url``).

    Exactly a camera word and an address word: ``cam_user``, ``cam_pass`` or
    ``cam_url_backup`` never count.
    """
    if key in _CAMERA_ADDRESS_KEYS:
        return True
    if "_" in key or len(key) > 16:
        return False
    return any(
        key in (f"{entity}{word}", f"{word}{entity}")
        for entity in _ADDRESS_CAMERA_WORDS
        for word in _CAMERA_ADDRESS_WORDS
    )


def _relay_block_url(block: Mapping[str, JSONValue]) -> JSONValue:
    """Return the address a relay block (``{url}``, ``{streamUrl}``) names, or None."""
    for inner, value in itertools.islice(block.items(), 16):
        if norm_key(inner) in _RELAY_URL_KEYS and isinstance(value, str):
            return value
    return None


_ABBREVIATION = re.compile(r"[A-Za-z]{1,2}(?:[/.][A-Za-z]{0,2}){1,3}")
# A Home Assistant entity id (``camera.front_door``, ``image.gerbang``) under a media
# field names an entity of a dashboard's own instance, never a file next to the list; a
# file named like one (``camera.jpg``, ``image.php``) keeps its reading.
_ENTITY_ID = re.compile(
    r"(?:camera|image|media_player|sensor|binary_sensor|input_text|input_select|select"
    r"|text|switch|light|button|script|scene|automation|group)\.([a-z0-9_]+)"
)
_FILE_NAME_ENDINGS = frozenset(
    {
        *("jpg", "jpeg", "png", "gif", "webp", "bmp", "svg", "m3u8", "m3u", "mpd", "mp4"),
        *("m4v", "webm", "flv", "ts", "mov", "mkv", "avi", "mjpg", "mjpeg", "cgi", "php"),
        *("asp", "aspx", "jsp", "html", "htm", "shtml", "xhtml", "json", "xml", "txt"),
        *("pl", "jpe", "jfif", "tif", "tiff", "avif", "heic", "heif", "jxl", "ico", "rtsp"),
        *("sdp", "ashx", "asmx", "axd", "fcgi", "cfm", "do", "action", "py", "rb", "exe"),
        *("dll", "mpg", "mpeg", "wmv", "ogv", "ogg", "m4s", "mts", "m2ts", "f4v", "3gp"),
    }
)


def _url_cell(cell: Mapping[str, JSONValue]) -> bool:
    """Return True for a data portal's URL cell: ``{url}``, maybe with its description."""
    return isinstance(cell.get("url"), str) and set(cell) <= {"url", "description"}


def _written_as_address(value: JSONValue) -> bool:
    """Return True when a media field's value is written as an address, not a bare word.

    A word alone (``offline``, ``rusak``, ``cam1``, ``-``) under ``stream`` or ``snapshot``
    is a state or a name, never a page next to the list: an address has a scheme, a
    slash, a dot or a query (``/hls/1.m3u8``, ``embed.php?cam=1``, ``live/cam1``). A
    Home Assistant entity id (``camera.front_door``) is a name too.
    """
    if not isinstance(value, str):
        return False
    if looks_like_url(value):
        return True
    text = value.strip()
    if _ABBREVIATION.fullmatch(text) or (" " in text and "/" not in text):
        return False  # "N/A", "n.a.", "Tidak ada.": a note, not a file
    if (entity := _ENTITY_ID.fullmatch(text)) and entity[1] not in _FILE_NAME_ENDINGS:
        return False  # "camera.front_door": an entity, not a file
    return any(mark in text for mark in "/.?")


_MAX_LISTED_PICTURES = 32


def _first_listed_picture(cell: list[JSONValue]) -> str | None:
    """Return the first address of a picture column written as a list of addresses.

    A no-code table's image column (SeaTable ``Bild: ["https://…/a.jpg", …]``) lists
    a camera's pictures, the first its still; an empty list has none. A list holding
    anything but text (objects, numbers) is no such column.
    """
    if not cell or len(cell) > _MAX_LISTED_PICTURES:
        return None
    if not all(isinstance(entry, str) for entry in cell):
        return None
    first = cell[0]
    return first if isinstance(first, str) and looks_like_url(first) else None


def _place_aliases(
    index: Mapping[str, JSONValue],
    fields: _Fields,
    ctx: Context,
    pages: list[tuple[str, str]],
    inputs: list[str],
) -> None:
    """Place the URLs of the stream, still and MJPEG fields known by name.

    A camera's login-bearing LAN input (a recorder channel's ``Url``) is set aside in
    ``inputs`` (its address without the login): it stands in only when the item has no
    media at all.

    A still endpoint that is no picture file, found under a stream field (a JW Player
    item's ``link`` to its ``/previews/`` page), yields to the item's own picture field
    (``image``).
    """
    stills: list[str] = []
    watch_pages: list[str] = []
    for keys, role in ((STREAM_KEYS, "stream"), (SNAPSHOT_KEYS, "snapshot"), (MJPEG_KEYS, "mjpeg")):
        if role == "mjpeg":
            if watch_pages:
                # A video's watch page under a still field (``preview: "…/<uid>/watch"``,
                # ``thumbnail: "…/watch?v=…"``) shows no picture: never the still. It
                # stands in only as the player page of a record with no media at all.
                pages.append((watch_pages[0], _GENERIC_PAGE))
            for still in stills:
                _place_url(fields, still, "stream", ctx)
        for key in keys:
            cell = index.get(key)
            if cell is None:
                continue
            if role == "snapshot" and isinstance(cell, list):
                cell = _first_listed_picture(cell)
            elif isinstance(cell, dict) and _url_cell(cell):
                cell = cell["url"]  # a data portal's URL column (Socrata ``{url}``)
            if isinstance(cell, str) and is_markup(cell):
                _place_markup(fields, cell, key, role, ctx, pages)
            elif (
                cell is not None
                and _written_as_address(cell)
                and (url := resolve_url(cell, ctx.base_url)) is not None
            ):
                if _teaser_picture(key, url):
                    continue  # a promotional teaser picture (``teaser-<place>.jpg``)
                if role == "stream" and key in _INPUT_KEYS and _camera_input(cell, url, ctx):
                    if len(inputs) < _MAX_INPUTS:
                        inputs.append(url)
                    continue
                if key == "hls_link" and url_kind(url) is None and not _served_links(index):
                    continue  # an event's or a webinar's ``hls_link`` page: no server's list
                if (
                    role in ("stream", "mjpeg")
                    and url_kind(url) is None
                    and own_proxy_to_internal(url, ctx.base_url)
                ):
                    continue  # the site's proxy handed its own or its cloud's address
                if (
                    role in ("stream", "mjpeg")
                    and url_kind(url) is None
                    and own_still_proxy(url, ctx.base_url)
                ):
                    _place_url(fields, url, "snapshot", ctx)  # the site's own picture proxy
                    continue
                if (
                    role in ("stream", "mjpeg")
                    and url_kind(url) is None
                    and (proxied := own_media_proxy(url, ctx.base_url)) is not None
                ):
                    _place_url(fields, url, proxied, ctx)  # the site's own media proxy route
                    continue
                if (
                    role in ("stream", "mjpeg")
                    and url_kind(url) is None
                    and (handed := handed_live_media(url, ctx.base_url)) is not None
                    and not _device_address(handed, ctx.base_url)
                ):
                    url = handed  # a player page handed its playlist (``?vurl=…``, ``#…``)
                if role == "snapshot" and not watch_pages and _watch_page(url):
                    watch_pages.append(url)  # a picture under a later still field goes first
                    continue
                if role == "stream" and key in _HLS_FIELD_KEYS and _hls_page(url, ctx):
                    if fields.stream_url is None or _is_rtsp(fields.stream_url):
                        fields.stream_url = url  # a media server's HLS page, before RTSP
                    continue
                if (
                    role == "stream"
                    and key == "src"
                    and url_kind(url) is None
                    and _image_attributes(index)
                    and not _video_file(url)
                    and not _watch_page(url)
                ):
                    _place_url(fields, url, "snapshot", ctx)  # an <img>'s src beside its alt
                    continue
                if (
                    url_kind(url) is None
                    and role == "stream"
                    and not _video_file(url)
                    and not refreshed_still(url)
                ):
                    # Maybe a web page: media URLs go first, and a generic link (a post's
                    # own ``url``) after a player embedded in the item's markup.
                    pages.append((url, _alias_page_role(key, url)))
                elif (
                    role == "stream"
                    and url_kind(url) == "still"
                    and not _PICTURE_FILE.search(url)
                    and len(stills) < 8
                ):
                    stills.append(url)
                else:
                    _place_url(fields, url, role, ctx)


# Fields of an image element's attributes copied into a record (a site's loader data
# ``[{src, alt}]`` rendered into ``<img src alt>``, with its size, title and loading hints).
_IMAGE_ATTRIBUTE_KEYS = frozenset(
    {"src", "alt", "title", "width", "height", "loading", "class", "class_name", "srcset"}
    | {"sizes", "decoding", "id", "key", "caption", "name"}
)


def _image_attributes(index: Mapping[str, JSONValue]) -> bool:
    """Return True for a record that is an image element's attributes (``{src, alt}``).

    Only an image has alt text: a record holding ``src`` and a text ``alt`` and nothing
    but other attributes of an image (size, title, loading hints, a caption or a key)
    names a picture, whatever its address's shape (an image relay's ``/hdrelay/b9/<id>``,
    a preview script, a panorama service's ``…/medium``). A record with other fields (a
    type, a player, a stream field beside it) is no such element.
    """
    alt = index.get("alt")
    if not isinstance(alt, str) or not alt.strip() or not isinstance(index.get("src"), str):
        return False
    return len(index) <= 12 and all(key in _IMAGE_ATTRIBUTE_KEYS for key in index)


# Last path segments of a video's player page (a video host's ``preview: "…/<uid>/watch"``).
_WATCH_PAGE_SEGMENTS = frozenset({"watch", "embed", "iframe", "player"})


def _watch_page(url: str) -> bool:
    """Return True for a video's watch page under a still field: no picture of its own.

    A video host's ``preview`` is the page playing the video (``…/<uid>/watch``); the
    record's picture field (``thumbnail``) after it is the still. Only an address of no
    media kind whose last path segment names such a page counts, or a video platform's
    page (``youtube.com/embed/<id>``, ``vimeo.com/<n>``): none of them is a picture.
    """
    if url_kind(url) is not None:
        return False
    if is_platform_page(url):
        return True
    path = url[:2048].split("?", 1)[0].split("#", 1)[0].rstrip("/")
    return path.rsplit("/", 1)[-1].lower() in _WATCH_PAGE_SEGMENTS


# Words of a field named for RTMP (``link_rtmp``, ``rtmp_url``, ``url_rtmp``), and words
# saying it holds the address a camera pushes to or the server's settings.
_RTMP_FIELD_WORDS = frozenset({"rtmp", "rtmps"})
_NOT_RTMP_FIELD_WORDS = frozenset(
    {"push", "publish", "ingest", "server", "key", "port", "app", "application", "input"}
)
_MAX_RTMP_FIELDS = 64


def _place_protocol_named_web_media(
    index: Mapping[str, JSONValue], own: frozenset[str], fields: _Fields, ctx: Context
) -> None:
    """Read a field named for RTMP by its address's scheme: web media in it plays.

    ``link_rtmp: "http://host/…/mp4/diskominfo/SmpTiga01/s.mp4"``: an app's field named
    for RTMP that holds an HTTP(S) video file or live address is the camera's stream, as
    under a stream field; an ``rtmp://`` address stays no media, and a page, a login-bearing
    address, a push, publish or server field are never read so.
    """
    if fields.stream_url or fields.stream_key:
        return
    for key in [key for key in index if key in own][:_MAX_RTMP_FIELDS]:
        words = set(key.split("_"))
        if len(key) > 40 or not words & _RTMP_FIELD_WORDS or words & _NOT_RTMP_FIELD_WORDS:
            continue
        value = index[key]
        if not isinstance(value, str) or has_userinfo(value):
            continue
        text = value.strip()
        if not text[:8].lower().startswith(("http://", "https://")):
            continue
        url = resolve_url(text, ctx.base_url)
        if url is not None and (url_kind(url) == "stream" or _video_file(url)):
            _place_url(fields, url, "stream", ctx)
            return


# Fields naming a camera's HLS output (a camera bridge's ``hls_url``, a media server's
# stream list's ``hls_link``).
_HLS_FIELD_KEYS = frozenset({"hls", "hls_url", "hls_link"})
_HLS_PAGE_PATH = re.compile(r"(?:/[A-Za-z0-9_.~%-]{1,128}){1,4}/")


def _hls_page(url: str, ctx: Context) -> bool:
    """Return True for a media server's HLS page for one path, under an HLS field.

    MediaMTX serves each path's HLS player at ``http://host:8888/<path>/`` (its playlist
    at ``/<path>/index.m3u8``); camera bridges built on it (docker-wyze-bridge's
    ``hls_url``) give that page as the camera's HLS. Under a field named for HLS, such an
    address of no other kind is the camera's stream, before its RTSP address. A page on
    a LAN address or a local name from a public answer, one with a login, a bare origin
    and other pages (``/cctv/view/12``, no trailing slash) are not.
    """
    parts = _page_parts(url, ctx, split_limit=2048)
    return parts is not None and _HLS_PAGE_PATH.fullmatch(parts.path) is not None


def _go2rtc_player_field(
    index: Mapping[str, JSONValue], own: frozenset[str], ctx: Context
) -> str | None:
    """Return go2rtc's player page of one stream held by a record's own field.

    go2rtc's ``stream.html?src=<stream>`` (or ``webrtc.html``) plays that one stream,
    whatever field holds it (a parents' portal keeps it as ``tunnel_url``, published
    through a tunnel): it is the camera's stream when the record gives no other, beside
    its still too. A login, a LAN or local host from a public answer, and a page naming
    no stream are not taken; at most ``_MAX_VIEWER_FIELDS`` fields are looked at.
    """
    for key, value in itertools.islice(index.items(), _MAX_VIEWER_FIELDS):
        if key not in own or not isinstance(value, str) or len(value) > _MAX_VIEWER_URL:
            continue
        if not _NOT_PLAYER_FIELD_WORDS.isdisjoint(key.split("_")):
            continue  # a documentation or help link (``docs``, ``help_url``), no player
        text = value.strip()
        if not text.lower().startswith(("http://", "https://")) or has_userinfo(text):
            continue
        if not is_stream_player_page(text) or lan_address(text, ctx.base_url):
            continue
        if (host := url_host(text)) is not None and host.lower() in _CODE_HOSTS:
            continue  # the player's source file in a code repository
        if (url := resolve_url(text, ctx.base_url)) is not None:
            return url
    return None


# Field words naming a link about the software, not a camera's player.
_NOT_PLAYER_FIELD_WORDS = frozenset(
    {"docs", "doc", "documentation", "help", "readme", "source", "repo", "about", "manual"}
)
# Code hosting sites: a ``stream.html`` there is the player's source, never a camera's.
_CODE_HOSTS = frozenset(
    {"github.com", "gitlab.com", "bitbucket.org", "raw.githubusercontent.com", "codeberg.org"}
)


# A media server's path address written without the trailing slash (``/live/cam1``):
# one to four segments, the last with no file extension.
_SERVER_PATH = re.compile(
    r"(?:/[A-Za-z0-9_~%-][A-Za-z0-9_.~%-]{0,127}){0,3}/[A-Za-z0-9_~%-]{1,128}"
)
# Words of a field name that say it holds no camera's main HLS output: a low or preview
# rendition, a recording's playback, an address a camera pushes to, a server's settings
# or a switch.
_NOT_MAIN_OUTPUT_WORDS = frozenset(
    {
        *("low", "sub", "lq", "preview", "thumb", "thumbnail", "playback", "record"),
        *("recording", "push", "publish", "ingest", "input", "server", "port", "enabled"),
        *("enable", "on", "base", "prefix", "template", "key", "id", "name", "title"),
    }
)
_MAX_NAMED_OUTPUT_WORDS = 5
# MediaMTX's HLS port: a path there is a relay's HLS address, whatever its host.
_HLS_RELAY_PORT = 8888


def _output_named_field(key: str, protocol: str) -> bool:
    """Return True for a field named for one protocol's main output by its words.

    ``visualisation_url_hls``, ``url_hls``, ``hls_stream``, ``link_webrtc`` (camelCase
    read as words): the protocol's word among at most five words, none saying a low
    rendition, a playback, a push address, a server setting or a switch.
    """
    words = key.split("_")
    return (
        protocol in words
        and len(words) <= _MAX_NAMED_OUTPUT_WORDS
        and not _NOT_MAIN_OUTPUT_WORDS.intersection(words)
    )


def _place_hls_named_path(
    index: Mapping[str, JSONValue], own: frozenset[str], fields: _Fields, ctx: Context
) -> None:
    """Read a field named for HLS holding a media server's path as the camera's HLS.

    A MediaMTX-backed recorder's camera record gives its HLS output as the server's
    path (``visualisation_url_hls: "https://nvr…:8888/live/pasar"``, the playlist
    ``index.m3u8`` implied, or ``…/live/pasar/``, the server's HLS page): under a field
    named for HLS (see ``_output_named_field``) that is no stream alias, such an address
    of no other kind is the camera's stream before its RTSP address. A path without the
    trailing slash, like the folder with it, counts only on MediaMTX's HLS port or when
    it ends with the record's own code or name (a radio's ``url_hls`` folder or a
    course's ``link_hls`` lesson folder is none), and never on a sound server's host or
    path (``radio.…``, ``/listen/``). Pages with a query, a login, a LAN or local host
    from a public answer, media files and low renditions (``…_hls_low``) are not read so.
    """
    if fields.stream_url is not None and not _is_rtsp(fields.stream_url):
        return
    for key in [key for key in index if key in own][:_MAX_MEDIA_FIELDS]:
        if key in STREAM_KEYS or len(key) > 60 or not _output_named_field(key, "hls"):
            continue
        value = index[key]
        if not isinstance(value, str) or len(value) > 2048:
            continue
        if not value.strip()[:8].lower().startswith(("http://", "https://")):
            continue  # a server's address is written whole (``camera-id-value="41"`` is none)
        url = resolve_url(value.strip(), ctx.base_url)
        if url is None or (parts := _page_parts(url, ctx)) is None:
            continue
        if not _HLS_PAGE_PATH.fullmatch(parts.path) and not _SERVER_PATH.fullmatch(parts.path):
            continue
        try:
            port = parts.port
        except ValueError:
            continue  # a port out of range is no server's
        last = parts.path.rstrip("/").rsplit("/", 1)[-1].lower()
        if sound_address(url) or (
            port != _HLS_RELAY_PORT
            and not _record_relay_page(index, key, parts, last, code_only=True)
        ):
            continue  # a radio's or a course's folder is no relay's HLS page
        fields.stream_url = url
        return


def _page_parts(url: str, ctx: Context, *, split_limit: int | None = None) -> SplitResult | None:
    """Return the parts of a media server's page address a stream field may take, else None.

    The page is of no known media kind, has no login, is on no LAN address or local name
    (from a public answer), splits (the first ``split_limit`` characters, when given) and
    is plain http(s) with no query and no fragment. The HLS and WebRTC page readers share
    these tests and add their own of the path.
    """
    if url_kind(url) is not None or has_userinfo(url) or lan_address(url, ctx.base_url):
        return None
    try:
        parts = urlsplit(url if split_limit is None else url[:split_limit])
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or parts.query or parts.fragment:
        return None
    return parts


# Fields naming a camera's WebRTC output (a control room's ``stream.webrtc_url``, a
# relay's ``protocols.webrtc``); bare ``webrtc`` is also a bridge's on/off flag.
_WEBRTC_FIELD_KEYS = ("webrtc_url", "webrtc")
# A bridge's WebRTC player page for one camera (``/webrtc/<camera>``), below at most
# three folders.
_WEBRTC_PLAYER_PATH = re.compile(
    r"(?:/[A-Za-z0-9_.~%-]{1,128}){0,3}/webrtc/[A-Za-z0-9_.~%-]{1,128}"
)
# A media server's WebRTC page named after its path (``/camera2/webrtc``, a MediaMTX
# camera service's ``streams.webrtc``), below at most three folders.
_WEBRTC_PATH_PAGE = re.compile(r"(?:/[A-Za-z0-9_.~%-]{1,128}){1,3}/webrtc/?")
# Signalling endpoints a WebRTC player posts its offer to: nothing to watch.
_WEBRTC_SIGNALLING = frozenset({"whep", "whip", "offer", "signaling", "signalling"})


def _webrtc_page(index: Mapping[str, JSONValue], ctx: Context) -> str | None:
    """Return the camera's WebRTC page a field named for WebRTC gives, if any.

    A media relay serves each path's WebRTC reader page at ``http://host:8889/<path>/``
    (MediaMTX) or behind a proxy at ``/webrtc/<path>/``; a camera bridge its player at
    ``/webrtc/<camera>``. Such a page is the camera's stream only when it has no other:
    HLS and RTSP addresses go first. Besides ``webrtc_url`` and ``webrtc``, any field named
    for WebRTC's main output by its words (``url_webrtc``, ``visualisation_url_webrtc``,
    see ``_output_named_field``) is read so. A WHEP or WHIP endpoint (``…/whep``), a page with a
    query, a login, a media file and a LAN or local address are not taken.
    """
    named = [
        key for key in itertools.islice(index, _MAX_MEDIA_FIELDS) if key not in _WEBRTC_FIELD_KEYS
    ]
    for key in (*_WEBRTC_FIELD_KEYS, *named):
        if key not in _WEBRTC_FIELD_KEYS and (
            len(key) > 60 or not _output_named_field(key, "webrtc")
        ):
            continue
        value = index.get(key)
        if not isinstance(value, str) or not value.strip() or len(value) > 2048:
            continue
        url = resolve_url(value.strip(), ctx.base_url)
        if url is None or (parts := _page_parts(url, ctx)) is None:
            continue
        last = parts.path.rstrip("/").rsplit("/", 1)[-1].lower()
        if not last or last in _WEBRTC_SIGNALLING:
            continue
        try:
            port = parts.port
        except ValueError:
            continue  # a port out of range (``:99999``) is no page
        if (
            _HLS_PAGE_PATH.fullmatch(parts.path)
            or _WEBRTC_PLAYER_PATH.fullmatch(parts.path)
            or _WEBRTC_PATH_PAGE.fullmatch(parts.path)
        ):
            if port == _WEBRTC_RELAY_PORT or _record_relay_page(index, key, parts, last):
                return url
        elif (
            value.strip()[:8].lower().startswith(("http://", "https://"))
            and _SERVER_PATH.fullmatch(parts.path)
        ) and (
            # A relay's reader page written without its trailing slash (``:8889/live/cam``,
            # ``…/gerbang`` of ``path: gerbang``): on the relay's port or ending with the
            # record's own code or name, never only on the host of another address of it.
            port == _WEBRTC_RELAY_PORT
            or _record_relay_page(index, key, parts, last, code_only=True)
        ):
            return url
    return None


# MediaMTX's WebRTC port: a page there is a relay's reader page, whatever its host.
_WEBRTC_RELAY_PORT = 8889


def _record_relay_page(
    index: Mapping[str, JSONValue],
    field: str,
    parts: SplitResult,
    last: str,
    *,
    code_only: bool = False,
) -> bool:
    """Return True when a WebRTC page is the record's own: a blog's or docs' page is not.

    The page is on the host of another address of the record (its still, HLS or
    signalling) or ends with one of its own codes or names (``/webrtc/dermaga`` of
    ``Dermaga``, ``/webrtc/camera_49e77c80/`` of ``pathId: camera_49e77c80``); with
    ``code_only``, only the latter.
    """
    host, code = parts.hostname, code_key(last)
    for key, value in itertools.islice(index.items(), _MAX_MEDIA_FIELDS):
        if key == field or not isinstance(value, str | int) or isinstance(value, bool):
            continue
        text = str(value).strip()
        if len(code) >= 2 and len(text) <= 80 and code == code_key("".join(text.split())):
            # Its code, or its name written as the path's slug (``Jembatan Sepaso`` of
            # ``/webrtc/jembatan-sepaso/``).
            return True
        if (
            not code_only
            and isinstance(value, str)
            and looks_like_url(text)
            and not has_userinfo(text)
        ):
            try:
                if urlsplit(text[:2048]).hostname == host:
                    return True
            except ValueError:
                continue
    return False


# Words of a field name that say it holds a camera's live media (``livestream``,
# ``live_stream``, ``hls``); generic links (``url``, ``link``) never do, nor pictures: a
# post's unset ``feature_image`` says nothing about a camera.
_LIVE_FIELD_WORDS = frozenset(
    {"stream", "livestream", "live", "hls", "m3u8", "mjpeg", "mjpg", "video", "rtsp", "flv"}
)
# A WebRTC relay's source (a dashboard camera's ``webrtc_card: {url}``, ``go2rtc: {url}``)
# is the camera's live address as well.
_LOGIN_RELAY_WORDS = frozenset({"webrtc", "go2rtc"})
_LOGIN_INPUT_WORDS = _LIVE_FIELD_WORDS | _LOGIN_RELAY_WORDS
_MAX_MEDIA_FIELDS = 64
# Parts of a page's path that say it plays the camera (a player or embed page).
_PLAYER_PATH_WORDS = frozenset({"embed", "player", "play", "iframe", "live", "stream", "watch"})


def _empty_value(value: JSONValue) -> bool:
    """Return True for an unset field: null, empty text or an object of empty values."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return True
    if isinstance(value, dict) and 0 < len(value) <= 8:
        return all(v is None or (isinstance(v, str) and not v.strip()) for v in value.values())
    return False


# Fields of a camera's own current picture (an airport camera list's ``thumbnail``):
# left empty, the entry has no picture to show on its page. A post's or a place's
# ``image``, ``photo`` or ``foto`` is no such field.
_CAMERA_PICTURE_KEYS = frozenset(
    {"thumbnail", "thumbnail_url", "snapshot", "snapshot_url", "still", "still_url"}
    | {"still_image", "still_image_url"}
)


def _empty_media_field(index: Mapping[str, JSONValue], own: frozenset[str]) -> bool:
    """Return True when an item has a live media field of its own that is left empty.

    So does an empty field of the camera's own current picture (``thumbnail: ""``).
    """
    for key in [key for key in index if key in own][:_MAX_MEDIA_FIELDS]:
        if key in _GENERIC_LINK_KEYS or key in _INPUT_KEYS:
            continue
        words = set(key.split("_"))
        named = key in STREAM_KEYS or key in MJPEG_KEYS or key in _CAMERA_PICTURE_KEYS
        if (named or words & _LIVE_FIELD_WORDS) and _empty_value(index[key]):
            return True
    return False


def _without_empty_entry_pages(
    pages: list[tuple[str, str]], index: Mapping[str, JSONValue], own: frozenset[str], ctx: Context
) -> list[tuple[str, str]]:
    """Drop an entry's own page on the site when its live media fields are left empty.

    A camera not yet installed ("coming soon") keeps its page where it will be shown;
    there is no camera to watch there.
    """
    if not any(role == _GENERIC_PAGE for _url, role in pages) or not _empty_media_field(index, own):
        return pages
    return [
        (url, role)
        for url, role in pages
        if role != _GENERIC_PAGE or not _own_site_page(url, ctx.base_url)
    ]


def _own_site_page(url: str, base_url: str) -> bool:
    """Return True for a page on the portal's own site that is no player or embed."""
    try:
        parts, base = urlsplit(url), urlsplit(base_url)
        host, base_host = parts.hostname or "", base.hostname or ""
    except ValueError:
        return False
    if not host or host.removeprefix("www.") != base_host.removeprefix("www."):
        return False
    words = {word for word in re.split(r"[/._-]+", parts.path[:2048].lower()) if word}
    return not words & _PLAYER_PATH_WORDS and url_kind(url) is None


# Roles of page links: a generic link field (``url``, ``link``: a post's own page) and a
# player page embedded in the item's markup, which goes before it; both play as streams.
_GENERIC_LINK_KEYS = frozenset({"url", "link"})
_GENERIC_PAGE = "stream:generic"
# Field under which a page reader hands a camera's viewer page shown beside its still
# (``viewerlinks``): its stream, though a page only stands in for no media.
VIEWER_PAGE_KEY = "\0viewer_page"
_EMBEDDED_PAGE = "stream:embedded"


def _viewer_page(index: dict[str, JSONValue], ctx: Context) -> str | None:
    """Return the viewer page a reader put on its item, checked as any address is.

    Only a reader's own ``ReaderText`` is read, never a payload's field of that name,
    and only an ``http(s)`` page on a public host without a login.
    """
    viewer = index.get(VIEWER_PAGE_KEY)
    if type(viewer) is not ReaderText or has_userinfo(viewer):
        return None
    if (url := resolve_url(viewer, ctx.base_url)) is None:
        return None
    return viewer_address(url)


# A video platform's page of one video (``youtube.com/embed/…``) under a field named for
# the camera's live media (``stream_url``, ``webcam_url``, ``video_url``): its stream,
# beside its still too, unless a live address of the camera's own is given.
_LIVE_VIDEO_PAGE = "stream:video"
_PAGE_ROLES = frozenset({_GENERIC_PAGE, _EMBEDDED_PAGE, _LIVE_VIDEO_PAGE})


# Words of an unknown field's name that say it holds the camera's own live address
# (``webcam_url``, ``live_cam``); a frame's or a player's source (``iframe_src``) is none.
_LIVE_VIDEO_FIELD_WORDS = ("webcam", "camera", "kamera", "cctv", "stream", "live")


# The path of a streaming operator's embedded player for one camera (``/62/embed``,
# ``/cam/12/embed.html``): it plays that camera's live video.
_PLAYER_EMBED_PATH = re.compile(r"(?:/[A-Za-z0-9_.~%-]{1,64}){1,4}/embed(?:\.html?)?/?")
# An operator's player keyed after its word (``/embed/sangkulirang-dermaga``): the last
# segment is the camera's code, words joined or with digits, never a generic page name.
_PLAYER_EMBED_CODE_PATH = re.compile(
    r"(?:/[A-Za-z0-9_.~%-]{1,64}){0,3}/embed/([A-Za-z0-9_.~%-]{1,64})/?"
)
_EMBED_GENERIC_CODES = frozenset(
    {"player", "index", "live", "stream", "video", "embed", "iframe", "view", "page"}
)
# Words of such a player's host or path naming a camera or a live stream
# (``stream.…/62/embed``, ``cctv.…/Tomang-004/embed.html``, ``/cam/12/embed``), and
# words naming a news site's videos or a shop's goods (``news.…/video/123/embed``,
# ``/produk/1/embed``), whose embed pages play no camera.
_EMBED_CAMERA_WORDS = WEBCAM_WORDS | {"atcs", "live", "stream", "streams", "streaming"}
_EMBED_NOT_CAMERA_WORDS = SHOP_WORDS | {"products", "video", "videos", "berita", "news"}
_EMBED_NOT_CAMERA_WORDS |= {"artikel", "article", "post", "posts", "blog"}
_ADDRESS_WORD = re.compile(r"[a-z]+")


def _plain_page(url: str) -> SplitResult | None:
    """Return the parts of an ``http(s)`` page address without a query or fragment."""
    try:
        parts = urlsplit(url[:2048])
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or parts.query or parts.fragment:
        return None
    return parts


def _names_live_camera(parts: SplitResult) -> bool:
    """Return True when a page's host or path names a camera or a live stream.

    And neither names a news site's videos nor a shop's goods.
    """
    words = set(_ADDRESS_WORD.findall(f"{parts.hostname or ''} {parts.path}".lower()))
    return not words.isdisjoint(_EMBED_CAMERA_WORDS) and words.isdisjoint(_EMBED_NOT_CAMERA_WORDS)


def _player_embed(url: str) -> bool:
    """Return True for an operator's embed player page of one camera (``…/62/embed``).

    Its host or path names a camera or a live stream (``stream.…``, ``cctv.…``,
    ``/cam/12/embed``) and neither names a news site's videos or a shop's goods.
    """
    if (parts := _plain_page(url)) is None or _PLAYER_EMBED_PATH.fullmatch(parts.path) is None:
        return False
    return _names_live_camera(parts)


def _player_embed_code(url: str) -> bool:
    """Return True for an operator's player page naming its camera after ``/embed/``.

    Only under a field named for the stream (``streamUrl: …/embed/sangkulirang-dermaga``):
    its host or path names a camera or a live stream, its code is no generic page name
    (``/embed/player``) and names no news site's videos or shop's goods.
    """
    if (parts := _plain_page(url)) is None:
        return False
    if (found := _PLAYER_EMBED_CODE_PATH.fullmatch(parts.path)) is None:
        return False
    code = found.group(1).lower()
    if code in _EMBED_GENERIC_CODES or not any(c in "-_" or c.isdigit() for c in code):
        return False
    return _names_live_camera(parts)


def _alias_page_role(key: str, url: str) -> str:
    """Return the role of a page under a known stream field (``stream_url``, ``url``).

    A video platform's embed, or a streaming operator's embedded player of one camera
    (``stream_url: …/62/embed``), under a field named for the stream plays the camera.
    """
    if key in _GENERIC_LINK_KEYS:
        return _GENERIC_PAGE
    if is_platform_embed(url) or _player_embed(url) or _player_embed_code(url):
        return _LIVE_VIDEO_PAGE
    return "stream"


def _framed_page_role(key: str, url: str) -> str:
    """Return the role of the page an embed snippet under a stream field frames.

    Framed, a page is the camera's player even under a generic field (``link``): a video
    platform's embed, or a page whose address names a camera or a live stream
    (``cctv-pasar.…/embed/los-a``), plays it; any other page only stands in for no media.
    """
    if is_platform_embed(url):
        return _LIVE_VIDEO_PAGE
    if (parts := _plain_page(url)) is not None and _names_live_camera(parts):
        return _LIVE_VIDEO_PAGE
    return _alias_page_role(key, url)


def _place_markup(
    fields: _Fields,
    cell: str,
    key: str,
    role: str,
    ctx: Context,
    pages: list[tuple[str, str]],
) -> None:
    """Place the media a rendered cell under a media field name links or embeds.

    DataTables and admin APIs send cells as markup (``<img src>``, ``<a href>``,
    ``<video><source src>``, ``<iframe src>``): the media they name count, never the markup
    itself. A link of unknown shape is a still under a still's name, otherwise it only
    stands in when the item has no media at all (like a page link).

    An embed snippet pasted into a stream field (``stream_url: "<iframe src=…>"``, as a
    village CCTV module's admin form takes it) frames the camera's player: its page is
    read as if written plainly under that field, so an operator's embedded player or a
    video platform's embed plays the camera beside its still. A framed LAN address or one
    bearing a login is no page.
    """
    found = html_media(cell, ctx.base_url)
    for media_url in found.values():
        _place_url(fields, media_url, None, ctx)
    if (
        not found
        and role == "stream"
        and (frame := framed_page(cell, ctx.base_url)) is not None
        and not _device_address(frame, ctx.base_url)
    ):
        pages.append((frame, _framed_page_role(key, frame)))
        return
    if not found and (link := markup_link(cell, ctx.base_url)) is not None:
        if role == "snapshot":
            _place_url(fields, link, role, ctx)
        else:
            pages.append((link, role))


_MAX_PROPERTIES = 64
_PROPERTY_KEYS = ("key", "name")
_PROPERTY_EXTRAS = frozenset({"$type", "category", "source_system_key", "modified", "type"})


def _property_pairs(value: JSONValue) -> list[tuple[str, JSONValue]] | None:
    """Return the pairs of a key/value property list (``[{key, value}]``), else None."""
    if not isinstance(value, list) or not 0 < len(value) <= _MAX_PROPERTIES:
        return None
    pairs: list[tuple[str, JSONValue]] = []
    for entry in value:
        if not isinstance(entry, dict) or len(entry) > 8:
            return None
        index = index_keys(entry)
        name = next((index[k] for k in _PROPERTY_KEYS if isinstance(index.get(k), str)), None)
        inner = index.get("value")
        if name is None or "value" not in index or isinstance(inner, dict | list):
            return None
        if set(index) - _PROPERTY_EXTRAS - {"key", "name", "value"}:
            return None
        pairs.append((str(name)[:64], inner))
    return pairs


_TYPED_SCALARS = frozenset(
    {"stringValue", "integerValue", "doubleValue", "booleanValue", "timestampValue"}
    | {"referenceValue", "nullValue"}
)
_TYPED_OBJECTS = frozenset({"geoPointValue", "mapValue"})


# A context broker's attribute (FIWARE NGSI v2 ``{type: "Text", value, metadata}``, NGSI-LD
# ``{type: "Property", value, observedAt}``): its fields, and the attribute types it names.
_NGSI_ATTRIBUTE_KEYS = frozenset(
    {"type", "value", "metadata", "observedAt", "unitCode", "datasetId", "createdAt"}
    | {"modifiedAt", "instanceId", "lang", "languageMap", "vocab", "json"}
)
_NGSI_TYPES = frozenset(
    {"property", "geoproperty", "languageproperty", "vocabproperty", "jsonproperty"}
    | {"text", "url", "number", "integer", "float", "boolean", "datetime", "date", "time"}
    | {"geo:json", "geo:point", "structuredvalue", "string", "array", "object"}
)
_NGSI_VALUE_KEYS = ("value", "languageMap", "vocab", "json")


def _ngsi_value(value: JSONObject) -> JSONValue:
    """Return the value of a context broker's attribute, else the object itself.

    ``{"type": "Text", "value": "Sangatta Utara", "metadata": {}}`` reads "Sangatta
    Utara", ``{"type": "GeoProperty", "value": {"type": "Point", …}}`` the geometry.
    """
    kind = value.get("type")
    if not isinstance(kind, str) or kind.lower() not in _NGSI_TYPES or len(value) > 8:
        return value
    if not value.keys() <= _NGSI_ATTRIBUTE_KEYS:
        return value
    return next((value[key] for key in _NGSI_VALUE_KEYS if key in value), value)


def _extended_scalar(value: JSONValue, depth: int = 2) -> JSONValue:
    """Return the plain value of a typed wrapper, else value.

    MongoDB extended JSON (``{"$oid": "…"}``), document-database typed values
    (``{"stringValue": "…"}``, ``{"geoPointValue": {…}}``, ``{"mapValue": {"fields": …}}``)
    and context brokers' attributes (``{"type": "Text", "value": "…"}``).
    """
    if isinstance(value, dict) and "value" in value and "type" in value:
        return _ngsi_value(value)
    if not isinstance(value, dict) or len(value) != 1:
        return value
    key, inner = next(iter(value.items()))
    if key == "iv":
        return inner  # a headless CMS's invariant value (Squidex ``{"iv": …}``)
    if (key.startswith("$") or key in _TYPED_SCALARS) and (
        inner is None or isinstance(inner, str | int | float)
    ):
        return inner
    if key in _TYPED_OBJECTS and isinstance(inner, dict):
        fields = inner.get("fields") if key == "mapValue" else inner
        if isinstance(fields, dict) and depth > 0:
            return {
                k: _extended_scalar(v, depth - 1) for k, v in itertools.islice(fields.items(), 256)
            }
    return value


def _plain_values(obj: JSONObject) -> JSONObject:
    """Return obj with typed wrappers in its values (and in its field wrappers) unwrapped."""
    plain: JSONObject = {}
    for key, value in obj.items():
        if isinstance(value, dict) and norm_key(key) in FIELD_WRAPPERS and len(value) != 1:
            value = {k: _extended_scalar(v) for k, v in itertools.islice(value.items(), 256)}
        plain[key] = _extended_scalar(value)
    return plain


def _with_properties(item: JSONObject) -> JSONObject:
    """Return item with key/value property lists (``additionalProperties``) as fields.

    MongoDB extended-JSON scalars (``_id: {"$oid": …}``) are read as their value.
    """
    return _cms_properties(item)[0]


def _cms_properties(item: JSONObject) -> tuple[JSONObject, list[str]]:
    """Return item with its fields made plain, and the stills its media records name.

    CMS typed-element envelopes and media records (``cms_fields``), typed wrappers and
    key/value property lists are read as the item's fields; an object of player views
    with availability switches gives its chosen view alone (``chosen_player_views``), and
    its live view's switch is the item's ``available`` state when it names none.
    """
    item, pictures = cms_fields(item)
    if any(isinstance(value, dict) for value in item.values()):
        plain = _plain_values(item)
        item = chosen_player_views(plain)
        if item is not plain and (state := player_views_state(plain)) is not None:
            item = {**item, "available": state}  # the live view's switch, the only state
    lists = [(key, pairs) for key, value in item.items() if (pairs := _property_pairs(value))]
    if not lists:
        return item, pictures
    merged: JSONObject = {key: value for key, value in item.items() if key not in dict(lists)}
    for _key, pairs in lists:
        for name, value in pairs:
            merged.setdefault(name, value)
    return merged, pictures


# Words of a field naming the wireless network a camera joins (a camera app's
# ``ssid_name: "IndiHome_8010_2.4"``, ``wifi_name``, ``nama_wifi``): a shop's or a
# household's hotspot, never the camera's name.
_NETWORK_NAME_WORDS = frozenset({"ssid", "essid", "wifi", "wlan"})
# A ``hotspot`` is a network's when named (``hotspot_name``, ``nama_hotspot``); alone or
# beside a place word (``hotspot``, ``hotspot_lokasi``) it is a traffic list's trouble
# spot (``titik rawan``).
_HOTSPOT_NAME_WORDS = frozenset({"name", "nama"})


def _network_name_key(key: str) -> bool:
    """Return True for a field naming a wireless network (``ssid_name``, ``nama_wifi``)."""
    words = key.split("_")
    return not _NETWORK_NAME_WORDS.isdisjoint(words) or (
        "hotspot" in words and not _HOTSPOT_NAME_WORDS.isdisjoint(words)
    )


def _hinted_name(
    index: Mapping[str, JSONValue], own: frozenset[str], *, regions: bool = True
) -> str | None:
    """Return the first own field named like a name (``nama_titik``, ``judul``), if any.

    Without ``regions``, fields naming an administrative region (``nama_provinsi``) are
    passed over.
    """
    found = _hinted_field(index, own, regions=regions)
    return found[1] if found is not None else None


def _hinted_field(
    index: Mapping[str, JSONValue], own: frozenset[str], *, regions: bool = True
) -> tuple[str, str] | None:
    """Return the first own field named like a name and the name it holds, if any."""
    for key in [key for key in index if key in own][:_MAX_NAME_FIELDS]:
        value = index.get(key)
        if isinstance(value, dict):
            value = localised_text(value)  # a name given per language ({fr, nl})
        if key in ALIAS_KEYS or key.startswith(_SYSTEM_PREFIXES) or not isinstance(value, str):
            continue
        if key in _META_KEYS or (not regions and any(word in key for word in _REGION_WORDS)):
            continue
        if not regions and area_name_key(key) is not None:
            continue  # ``areaname``, ``area_name``, ``nama_area``: the area, named

        if key in STYLE_KEYS or key in _GEOMETRY_COLUMN_KEYS:
            continue  # how its marker is drawn, its geometry column's name: no name
        if _secondary(key) or _road_field(key) or _reporter(key):
            continue  # an owner, a kind or model, a code, a road, a reporter: no name here
        if _network_name_key(key):
            continue  # the Wi-Fi network a camera joins (``ssid_name``, ``wifi_name``)
        # A description is a name only when nothing else names the camera (read later).
        if key == "location" or _name_like(key, descriptions=False):
            if looks_like_url(value) or is_credential_key(key) or secret_field_name(key):
                continue
            if (text := _name_candidate(value)) is not None:
                return key, text
    return None


# Words of a field name for one size of a picture, with how large each one is: of
# ``smallUrl``/``largeUrl`` or ``thumbnail``/``medium``/``full`` the largest is the still.
_SIZE_RANKS = {
    **dict.fromkeys(("icon", "tiny", "mini"), 0),
    **dict.fromkeys(("thumb", "thumbnail", "thumbnails", "tn"), 1),
    **dict.fromkeys(("small", "sm", "low", "lowres", "kecil"), 2),
    **dict.fromkeys(("preview", "medium", "med", "mid", "normal", "sedang"), 3),
    **dict.fromkeys(("large", "big", "lg", "high", "hires", "hd", "besar"), 4),
    **dict.fromkeys(("full", "fullsize", "original", "orig", "xl", "xlarge", "max"), 5),
}
_MAX_SIZE_FIELDS = 64
# Definition words of a picture field (a webcam app's ``imageHD`` beside ``imageLD``,
# ``image_hq`` beside ``image_lq``, ``imageSD``): ranked with the sizes, low below HD. A
# field ranked by one of them counts only when it holds a picture by its address's shape
# (``…/1280_x.jpg``): a low- and high-definition pair of a video's base folders
# (``viewsurfLD``/``viewsurfHD``: ``…/media``) is no picture.
_DEFINITION_RANKS = {"ld": 2, "lq": 2, "sd": 2, "hq": 4}


def _size_rank(key: str) -> int | None:
    """Return how large a picture a field's name announces (``large_url``), or None."""
    ranks = [_SIZE_RANKS[word] for word in key.split("_") if word in _SIZE_RANKS]
    return max(ranks) if len(ranks) == 1 else None


def _definition_rank(key: str, url: str) -> int | None:
    """Return the rank of a picture field named for its definition (``image_ld``), or None."""
    words = key.split("_")
    ranks = [_DEFINITION_RANKS[word] for word in words if word in _DEFINITION_RANKS]
    if len(ranks) != 1 or any(word in _SIZE_RANKS for word in words):
        return None
    return ranks[0] if url_kind(url) == "still" else None


def _largest_size(index: Mapping[str, JSONValue], ctx: Context) -> str | None:
    """Return the largest of several sizes of one picture (``smallUrl``, ``largeUrl``).

    Only counts when at least two fields name different sizes and hold URLs.
    """
    sized: list[tuple[int, str]] = []
    large: list[tuple[str, str]] = []
    smaller: list[str] = []
    for key, value in itertools.islice(index.items(), _MAX_SIZE_FIELDS):
        if not isinstance(value, str) or not looks_like_url(value) or has_userinfo(value):
            continue
        if _watch_page(value):
            continue  # a video's watch page (``preview: "…/watch"``) is no size of a picture
        rank = _size_rank(key)
        if rank is None and not _DEFINITION_RANKS.keys().isdisjoint(key.split("_")):
            if (url := resolve_url(value, ctx.base_url)) is not None:
                rank = _definition_rank(key, url)
        if rank is not None:
            if (url := resolve_url(value, ctx.base_url)) is not None:
                sized.append((rank, url))
                if rank >= _LARGE_RANK:
                    large.append((key, url))
                else:
                    smaller.append(key)
    copies = {url for _rank, url in sized}
    if not large and (original := _plain_twin(index, smaller, copies, ctx)) is not None:
        return original  # smaller copies beside the picture they copy: the picture itself
    if len({rank for rank, _url in sized}) < 2:
        if sized and max(rank for rank, _url in sized) <= _THUMBNAIL_RANK:
            return _full_picture(index, ctx)  # a thumbnail beside the full picture
        for key, url in large:
            # The large twin of a plain picture field (``stillUrlFull`` beside ``stillUrl``).
            plain = "_".join(
                word
                for word in key.split("_")
                if word not in _SIZE_RANKS and word not in _DEFINITION_RANKS
            )
            twin = index.get(plain)
            if plain != key and isinstance(twin, str) and looks_like_url(twin):
                if url_kind(url) in ("still", None) and not lan_address(url, ctx.base_url):
                    return url  # a picture's twin only: an HD stream is no larger picture
        return None
    best = max(rank for rank, _url in sized)
    return next(url for rank, url in sized if rank == best)


_THUMBNAIL_RANK = 1
_LARGE_RANK = 4


def _plain_twin(
    index: Mapping[str, JSONValue], keys: list[str], copies: set[str], ctx: Context
) -> str | None:
    """Return the picture a smaller copy's field names without its size word, else None.

    A webcam service gives its current picture and copies of it in smaller sizes
    (``currentImageUrl`` beside ``currentMediumImageUrl`` and ``currentThumbImageUrl``):
    the field named as the copy without its size word holds the full picture, which is
    the still, before any other picture field (an owner's copy under ``externalUrl``).
    Only a still picture on a public address counts (``deviceinputs.lan_address``: a
    wildcard name spelling a private address or a single label is local too); a stream
    under the plain name (``stream`` beside ``stream_low``) is no picture. The plain name must keep two words
    (a nested thumbnail's own ``url``, flattened beside ``thumbnail_url``, is that copy),
    and its picture must be none of the copies.
    """
    for key in keys:
        words = [word for word in key.split("_") if word not in _SIZE_RANKS]
        twin = index.get(plain := "_".join(words))
        if len(words) < 2 or plain == key or not isinstance(twin, str):
            continue
        if not looks_like_url(twin) or has_userinfo(twin):
            continue
        if (url := resolve_url(twin, ctx.base_url)) is None or url in copies:
            continue
        if url_kind(url) == "still" and not lan_address(url, ctx.base_url):
            return url
    return None


def _full_picture(index: Mapping[str, JSONValue], ctx: Context) -> str | None:
    """Return the picture beside an item's thumbnail that names no size (``currentImage``).

    Webcam APIs link a thumbnail and the current full picture side by side
    (``links: {imageThumbnail, currentImage}``): the full one is the still.
    """
    for key, value in itertools.islice(index.items(), _MAX_SIZE_FIELDS):
        if not isinstance(value, str) or not looks_like_url(value) or has_userinfo(value):
            continue
        if _size_rank(key) is not None or any(word in _SIZE_RANKS for word in key.split("_")):
            continue
        url = resolve_url(value, ctx.base_url)
        if url is not None and url_kind(url) == "still" and not _is_decoration(key, url):
            return url
    return None


def _view_key(key: str) -> bool:
    """Return True for a list of one camera's views (``views``, ``cameraViews``)."""
    return key in VIEW_LIST_KEYS or key.rsplit("_", 1)[-1] in VIEW_LIST_KEYS


# Names of a camera index's thumbnail lists (``thumbLinks``, ``thumbnails``, ``previews``):
# views of one camera only while their entries are bare pictures.
_THUMB_VIEW_KEYS = frozenset(
    {"thumb_links", "thumbnail_links", "thumbnails", "thumbs", "previews", "preview_links"}
)
# Fields of an entry naming a camera of its own: its name, its id or its stream (a
# view's own address, ``url``/``src``/``href``, is its picture, no stream).
_OWN_CAMERA_KEYS = frozenset(NAME_KEYS + ID_KEYS + STREAM_KEYS) - {"url", "src", "href"}
_MAX_VIEW_ENTRIES = 20


def _view_list(key: str, value: JSONValue) -> bool:
    """Return True when the field holds a list of one camera's views or pictures.

    A thumbnail list (``thumbLinks: [{cacheLink, sourceLink, direction}]``, ``thumbnails:
    [{direction, url}]``) holds views of one camera only while its entries are bare
    picture records (their address, a cached copy, a direction, sizes). Entries carrying
    their own name, id or stream (``thumbnails: [{name: "Simpang 0", url}]`` under a
    place) are cameras: such a list is no view list. Other view lists (``views``,
    ``images``) are read by their name.
    """
    if not _view_key(key):
        return False
    if key not in _THUMB_VIEW_KEYS and key.rsplit("_", 1)[-1] not in _THUMB_VIEW_KEYS:
        return True
    if not isinstance(value, list):
        return True
    return not any(
        isinstance(entry, dict)
        and any(
            index_key in _OWN_CAMERA_KEYS and inner not in (None, "", [], {})
            for index_key, inner in itertools.islice(index_keys(entry).items(), _MAX_PROPERTIES)
        )
        for entry in value[:_MAX_VIEW_ENTRIES]
    )


# Fields of a view entry giving its picture: its address, and a camera index's link to
# the source's own picture (``sourceLink``; the index's cached copy, ``cacheLink``, is not
# the camera's).
_VIEW_URL_KEYS = ("url", "href", "src", "image_url", "source_link", "image_link")


def _view_url(value: JSONValue, ctx: Context) -> str | None:
    """Return the URL of the first entry of a camera's list of views or pictures.

    Of an entry giving several sizes of its picture the largest is read. An icon, a
    marker or a logo (a map's closed-camera placeholder ``/images/icon-camera-closed-
    fill-solid-padded.svg``) is no picture of the view: its entry gives none (see
    _view_placeholder; a photo merely named with such a word, ``BannerSummit.jpg``, is).
    An entry taken off the site (``disabled: true``) is passed over.
    """
    if not isinstance(value, list):
        return None
    for entry in value[:20]:
        candidates: list[JSONValue] = [entry]
        if isinstance(entry, dict):
            index = index_keys(entry)
            if any(index.get(key) is True for key in _VIEW_OFF_KEYS):
                continue  # a view taken off the site (``disabled: true``) shows nothing
            candidates = [index[k] for k in _VIEW_URL_KEYS if k in index]
            if (largest := _largest_size(index, ctx)) is not None:
                candidates.insert(0, largest)
        for candidate in candidates:
            if (
                isinstance(candidate, str)
                and looks_like_url(candidate)
                and not has_userinfo(candidate)
            ):
                if (url := resolve_url(candidate, ctx.base_url)) is not None:
                    if _view_placeholder(url):
                        break  # the view shows a placeholder icon, no picture
                    return url
    return None


# Pictures that are drawings (vector, icon files), never a view's photo.
_PLACEHOLDER_EXTENSIONS = (".svg", ".svgz", ".ico")
# Photo files: a decoration word in their name names a place (``BannerSummit.jpg``).
_PHOTO_EXTENSIONS = (".jpg", ".jpeg", ".jfif", ".webp")
_WORDS = re.compile(r"[a-z]+")
_PLACEHOLDER_WORDS = frozenset(DECORATION_HINTS) | {f"{hint}s" for hint in DECORATION_HINTS}


def _view_placeholder(url: str) -> bool:
    """Return True when a view's picture is a placeholder, not the view's photo.

    A drawing (``.svg``, ``.ico``), a picture in a folder of decorations (``/icons/``,
    ``/markers/``), or a picture other than a photo whose file name holds a decoration
    word whole (``icon-camera-closed.png``, ``logo-dishub.png``). A photo whose name only
    holds such a word (``BannerSummit.jpg``, ``us-6-banner-summit.jpg``) is the view's.
    """
    path = urlsplit(url).path[:2048].lower()
    if path.endswith(_PLACEHOLDER_EXTENSIONS):
        return True
    *folders, name = path.split("/")
    if any(not _PLACEHOLDER_WORDS.isdisjoint(_WORDS.findall(folder)) for folder in folders[-8:]):
        return True
    if name.endswith(_PHOTO_EXTENSIONS):
        return False
    return not _PLACEHOLDER_WORDS.isdisjoint(_WORDS.findall(name))


# Fields of a camera's view naming that view's live video (a 511 platform's
# ``images: [{imageUrl, videoUrl, videoType}]``, a webcam API's ``views[].video_url``).
_VIEW_VIDEO_KEYS = ("video_url", "video_src", "stream_url", "hls_url", "live_url")
# Flags of a view saying its video is switched off (``videoDisabled: true``) or open only
# after a login (a 511 platform's ``isVideoAuthRequired: true``): no stream either way.
_VIEW_VIDEO_OFF_KEYS = (
    *("video_disabled", "is_video_disabled", "disabled"),
    *("is_video_auth_required", "video_auth_required", "video_requires_auth"),
)
# Flags of a view saying it is taken off the site (``disabled: true``): none of its media.
_VIEW_OFF_KEYS = ("disabled", "is_disabled")


def _place_views(
    index: Mapping[str, JSONValue], own: frozenset[str], fields: _Fields, ctx: Context
) -> None:
    """Place the media of the item's lists of views: the first view's still and video."""
    for key in [key for key in index if key in own and _view_list(key, index[key])][:8]:
        if (url := _view_url(index[key], ctx)) is not None:
            _place_url(fields, url, "snapshot", ctx)
        views = index[key]
        if isinstance(views, list) and views and isinstance(views[0], dict):
            # The first view's own outputs (``views: [{url, sources: [{type, src}]}]``).
            first = index_keys(views[0])
            if any(first.get(off) is True for off in _VIEW_OFF_KEYS):
                continue  # the first view is taken off the site: none of its media
            _place_outputs(first, fields, ctx)
            if (video := _view_video(first, ctx)) is not None:
                _place_url(fields, video, url_kind(video), ctx)
            if (preview := _view_preview(first, ctx)) is not None:
                _place_url(fields, preview, "snapshot", ctx)


def _view_preview(view: Mapping[str, JSONValue], ctx: Context) -> str | None:
    """Return the preview still of a camera's first view, when it is a picture.

    A view whose own address is a video (an HLS stream) or no media at all (an RTMP
    address, which never plays) may name its picture in a preview field; that picture is
    the camera's still. Only an address shaped as a picture is read, never a page, a
    video file, a login-bearing address, nor (in a list from a public host) a LAN address
    or a local host name (``deviceinputs.lan_address``).
    """
    return _view_address(view, VIEW_PREVIEW_KEYS, ("still",), lan_address, ctx)


def _view_address(
    view: Mapping[str, JSONValue],
    keys: Iterable[str],
    kinds: tuple[str, ...],
    refused: Callable[[str, str], bool],
    ctx: Context,
) -> str | None:
    """Return the first address a view gives under keys whose kind is one of kinds.

    Only a URL-shaped text without a login counts, resolved against the list's address,
    and never one the refusal test (a LAN or device address) refuses.
    """
    for key in keys:
        value = view.get(key)
        if not isinstance(value, str) or not looks_like_url(value) or has_userinfo(value):
            continue
        url = resolve_url(value, ctx.base_url)
        if url is None or refused(url, ctx.base_url):
            continue
        if url_kind(url) in kinds:
            return url
    return None


def _view_video(view: Mapping[str, JSONValue], ctx: Context) -> str | None:
    """Return the live video URL of a camera's first view, when it is media.

    A list of one camera's views gives each view's still and, for some, its live video
    (511 ``images: [{imageUrl, videoUrl: "…/playlist.m3u8"}]``): the first view's video
    is the camera's stream. Only an address shaped as media (HLS, FLV, MP4, MJPEG) is
    read, never a web page, a login-bearing or LAN address; a view whose video is
    switched off (``videoDisabled: true``) or needs a login to play
    (``isVideoAuthRequired: true``) gives none.
    """
    if any(view.get(key) is True for key in _VIEW_VIDEO_OFF_KEYS):
        return None
    return _view_address(view, _VIEW_VIDEO_KEYS, ("stream", "mjpeg"), _device_address, ctx)


# A language code (``id``, ``en``, ``fr``, ``pt-BR``, ``zh_Hant``) keying a translation.
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(?:[-_][a-zA-Z]{2,4})?")
_PREFERRED_LANGUAGES = ("id", "in", "ind", "en")
_MAX_LANGUAGES = 32
_MAX_NAME_FIELDS = 256


def localised_text(value: JSONObject) -> str | None:
    """Return the text of a value given per language (``{"fr": …, "nl": …}``), else None.

    Every key is a language code and every value text; Indonesian, then English, then
    the first language listed is read.
    """
    if not 0 < len(value) <= _MAX_LANGUAGES:
        return None
    if not all(
        isinstance(text, str) and _LANGUAGE_CODE.fullmatch(code) for code, text in value.items()
    ):
        return None
    by_code = {code.lower(): text for code, text in value.items()}
    for code in _PREFERRED_LANGUAGES:
        if isinstance(text := by_code.get(code), str) and text.strip():
            return text
    return next((text for text in value.values() if isinstance(text, str) and text.strip()), None)


def _plain_name(value: JSONValue) -> str | None:
    """Return a name field's text, unless it is a resource path (``projects/…/cctv/x``).

    Nor is a coordinate reference system's name (a GeoJSON ``crs: {type: "name",
    properties: {name: "urn:ogc:def:crs:EPSG::4326"}}``) a name of anything shown.
    """
    if isinstance(value, dict):
        value = localised_text(value)
    text = _scalar_text(value)
    if text is None or _RESOURCE_NAME.fullmatch(text) or quality_label(text):
        return None
    if _CRS_NAME.fullmatch(text):
        return None
    return text


def _own_values(index: Mapping[str, JSONValue], own: frozenset[str]) -> list[JSONValue]:
    """Return the values of an item's own fields, in the item's order."""
    return [value for key, value in index.items() if key in own]


def _is_descriptor(value: JSONValue) -> bool:
    """Return True for a media descriptor: a URL with only its type and size."""
    if not isinstance(value, dict) or not value:
        return False
    keys = {norm_key(key) for key in value}
    return keys <= DESCRIPTOR_KEYS and any(
        isinstance(v, str) and looks_like_url(v) for v in value.values()
    )


def _descriptor_url(value: JSONValue, ctx: Context) -> str | None:
    """Return the media URL of a list of media descriptors (``media_files``), if any."""
    if not isinstance(value, list) or not value or not all(map(_is_descriptor, value[:20])):
        return None
    for descriptor in value[:20]:
        assert isinstance(descriptor, dict)
        for inner in descriptor.values():
            if isinstance(inner, str) and looks_like_url(inner):
                url = resolve_url(inner, ctx.base_url)
                if url is not None and url_kind(url) is not None:
                    return url
    return None


def _device_address(url: str, base_url: str) -> bool:
    """Return True for a LAN, loopback or link-local IP address named by a public list.

    Under a field of unknown name such an address is a device's own (the camera a server
    pulls from, a recorder's input), which no viewer outside that network can play: it is
    never read as a camera's media by its value alone. A list served from the local
    network itself (the user's own recorder) keeps reading its neighbours' addresses.
    A documentation-range address (RFC 5737: ``192.0.2.x``, ``198.51.100.x``,
    ``203.0.113.x``; RFC 3849) is no device's own: it stands in for a public one, as in
    every other reader, and is read as written.
    """
    host = url_host(url)
    return (
        is_device_ip(host) and not is_documentation_ip(host) and is_public_host(url_host(base_url))
    )


# Field names whose page shows the camera, and names of pages that do not.
_PAGE_HINTS = (
    "video",
    "stream",
    "embed",
    "player",
    "iframe",
    "live",
    "watch",
    "tayang",
    "siaran",
    "cctv",
    "kamera",
    "camera",
    "webcam",
    # A panorama camera's own player (``roundshot_url``, ``panomax_url``, ``panorama_url``,
    # ``pano_link``): the page the camera's live panorama plays in. A generic ``pano``
    # field is also a virtual tour's: see ``_panorama_camera_page``.
    "pano",
    "roundshot",
)
# Field words naming a panorama camera service, whose page is always a camera's.
_PANORAMA_SERVICE_WORDS = ("roundshot", "panomax")
# Host labels of a panorama camera's page (``pano.menumbar…``, ``resort.panomax…``,
# ``webcams.resort…``); a virtual tour's site (``www.hotel…/panorama.html``) has none.
_PANORAMA_CAMERA_HOST_LABELS = frozenset(
    {
        *("pano", "panocam", "panocams", "panomax", "roundshot", "feratel"),
        *("webcam", "webcams", "cam", "cams", "livecam", "livecams"),
    }
)
_NOT_PAGE_WORDS = ("map", "peta", "detail", "website", "homepage", "share", "route", "api")


# Words of a field naming an entry's own page (``page_url``, ``page_link``, ``webpage``):
# all its words must be among them and ``page`` one of them, so a paginator's
# ``next_page_url`` or a ``detail_page`` never is.
_PAGE_LINK_WORDS = frozenset({"page", "webpage", "url", "link", "web"})


def _page_link_key(key: str, url: str) -> bool:
    """Return True for a field named as an entry's own page, and only that.

    ``linkUrl``/``link_url`` is any REST record's link (an article's, a menu item's): it
    is a camera's page only when its path names a player or a camera.
    """
    words = key.split("_")
    if sorted(words) == ["link", "url"]:
        return _camera_page_path(url)
    return (
        len(words) <= 3
        and bool({"page", "webpage"} & set(words))
        and set(words) <= _PAGE_LINK_WORDS
    )


_CAMERA_PAGE_WORDS = _PLAYER_PATH_WORDS | WEBCAM_WORDS


def _camera_page_path(url: str) -> bool:
    """Return True for a page whose path has a player's or a camera's word (``/webcam/``)."""
    try:
        path = urlsplit(url[:2048]).path.lower()
    except ValueError:
        return False
    return not _CAMERA_PAGE_WORDS.isdisjoint(re.split(r"[^a-z0-9]+", path))


def _page_role(key: str, url: str, index: Mapping[str, JSONValue]) -> str | None:
    """Return the role of a page under a field of unknown name, None when it is none.

    A streaming operator's embedded player of one camera (``…/2101/embed``) under a
    field named for a player, embed, stream or video plays the camera beside its still.
    A page under a field named for the camera's video (``video_link``) or a video
    platform's page of one video (``youtube_link``, ``vimeo``, whatever its field is
    called) shows the camera; the camera's own page (``page_url``, ``pageUrl``) is read
    as a generic ``url`` or ``link`` is. Each stands in when the camera has no media.
    """
    if _page_stand_in(key, url) and (
        (any(word in key for word in _LIVE_VIDEO_FIELD_WORDS) and is_platform_embed(url))
        or (_embed_field(key) and is_platform_embed(url))
        or _player_embed(url)
    ):
        return _LIVE_VIDEO_PAGE  # also an operator's embedded player (``player_url: …/embed``)
    if feed_record(key, index) and is_platform_embed(url):
        # a live-cam network's feed (``large_feed_html``, ``feedUrl``) beside its place
        return _LIVE_VIDEO_PAGE
    if _page_stand_in(key, url) or is_platform_video(url):
        return "stream"
    return _GENERIC_PAGE if _page_link_key(key, url) else None


# Words of a field naming a record's embed address (``embed``, ``embed_url``, schema.org's
# ``embedUrl``). A player framed by an ``iframe`` beside a still (a map balloon's) is not
# one: it only stands in when the camera has no media.
_EMBED_FIELD_WORDS = frozenset({"embed", "embedded"})


def _embed_field(key: str) -> bool:
    """Return True for a field named as a record's embed address (``embed``, ``embedUrl``).

    A video platform's embed address under it (``youtube.com/embed/…``, a channel's
    ``embed/live_stream?channel=…``) is made to be framed as the camera's player, so it
    plays the camera beside its still, as under a live field. A watch page, a channel
    page or another site's embed (a map's) under it is no player and only stands in.
    """
    return not _EMBED_FIELD_WORDS.isdisjoint(key.split("_"))


# A field named for the camera by its short word (``cam_url``, ``camURL``, the weather API's
# ``CAMURL``): ``cam`` as a word of its own, or run together with a page word.
_CAM_PAGE_KEY = re.compile(r"cam(?:url|link|page)")
# A field named for playing (``play_url``, ``playUrl``, a video cloud's ``webPlayUrl``):
# ``play`` (or ``webplay``) as a word of its own, so ``display_url`` and ``playlist`` are
# not it, with an address word and no app store's (``play_store_url``,
# ``google_play_url``) nor a number's (``play_count``).
_PLAY_FIELD_WORDS = frozenset({"play", "webplay"})
_PLAY_ADDRESS_WORDS = frozenset({"url", "link", "address", "addr", "uri", "page"})
_PLAY_FIELD_WORDS_NOT = frozenset({"store", "google", "app", "apple", "market", "android", "ios"})


def _play_field(key: str) -> bool:
    """Return True for a field named for a player's address (``web_play_url``)."""
    words = set(key.split("_")[:5])
    return (
        not _PLAY_FIELD_WORDS.isdisjoint(words)
        and not _PLAY_ADDRESS_WORDS.isdisjoint(words)
        and _PLAY_FIELD_WORDS_NOT.isdisjoint(words)
    )


# Words of a play address's path or query naming a live player or a camera's channel
# (``/player/playlist/…``, ``webplay/index.html?liveChannelId=…``): a music or video
# site's ``/play/1`` names none.
_LIVE_PLAY_WORDS = frozenset(
    {"player", "webplay", "live", "livechannelid", "channel", "channelid", "camera", "cam"}
    | {"cctv", "kamera", "stream", "streamid", "device", "deviceid"}
)
_MAX_PLAY_WORDS = 40


def _live_play_page(url: str) -> bool:
    """Return True for a play address whose path or query names a live player or channel."""
    try:
        parts = urlsplit(url[:2048])
    except ValueError:
        return False
    names = [parts.path, *(name for name, _ in parse_qsl(parts.query)[:_MAX_PLAY_WORDS])]
    words = re.findall(r"[a-z]+", " ".join(names).lower())[:_MAX_PLAY_WORDS]
    return not _LIVE_PLAY_WORDS.isdisjoint(words)


def _page_stand_in(key: str, url: str) -> bool:
    """Return True when a field's name says its page shows the camera (``video_link``).

    A field named only for a panorama (``panorama_url``, ``pano_link``) also holds a
    hotel's or a resort's 360° virtual tour, a still picture to turn around: its page
    shows a camera only when it is on a panorama camera's host or its path names a
    camera (``_panorama_camera_page``). A panorama service's own field (``roundshot_url``,
    ``panomaxUrl``) always does.
    """
    if any(word in key for word in _NOT_PAGE_WORDS):
        return False
    if "cam" in key.split("_") or _CAM_PAGE_KEY.fullmatch(key) is not None:
        return True
    if _play_field(key) and _live_play_page(url):
        return True
    hints = [hint for hint in _PAGE_HINTS if hint in key]
    if hints != ["pano"] or any(word in key for word in _PANORAMA_SERVICE_WORDS):
        return bool(hints)
    return _panorama_camera_page(url)


def _panorama_camera_page(url: str) -> bool:
    """Return True for a page a panorama camera plays in, not a virtual tour's.

    Its host has a panorama camera service's or a webcam's label (``pano.resort…``,
    ``resort.panomax…``, ``webcams.resort…``) or its path names a camera or a player
    (``/webcam/pantai/``).
    """
    host = url_host(url)
    if host is None:
        return False
    labels = host.lower().split(".")
    return not _PANORAMA_CAMERA_HOST_LABELS.isdisjoint(labels) or _camera_page_path(url)


_MAX_LISTED_URLS = 8


def _place_listed_urls(index: Mapping[str, JSONValue], fields: _Fields, ctx: Context) -> None:
    """Place the media addresses of short lists of texts under unknown fields."""
    for key, value in itertools.islice(index.items(), _MAX_PROPERTIES):
        if isinstance(value, list) and key not in ALIAS_KEYS:
            _place_listed(key, value, fields, ctx)


def _place_listed(key: str, value: list[JSONValue], fields: _Fields, ctx: Context) -> None:
    """Place the media addresses of a short list of texts under an unknown field.

    An export's cell listing a camera's addresses (``format: ['…/cam.jpg',
    '…/playlist.m3u8']``): each stream, still or MJPEG address goes to its slot; a
    player page among them (an app entry opened in a web view, ``arguments:
    ['…/flv-player/#https://…/cam.flv']``) gives the address its query or fragment hands
    it. A list holding anything but texts, or more than a few, is no camera's own.
    """
    if not 0 < len(value) <= _MAX_LISTED_URLS or not all(isinstance(v, str) for v in value):
        return
    if key.startswith(_SYSTEM_PREFIXES) or key in _META_KEYS or is_credential_key(key):
        return
    for text in value:
        assert isinstance(text, str)
        if not looks_like_url(text) or has_userinfo(text):
            continue
        url = resolve_url(text, ctx.base_url)
        if url is None or _is_decoration(key, url) or _device_address(url, ctx.base_url):
            continue
        if url_kind(url) is None and (inner := inner_media_url(url, ctx.base_url)):
            url = inner[0]  # a player page handed its stream (an app's web view argument)
        if url_kind(url) is not None:
            _place_url(fields, url, None, ctx)


# Kinds of a relative path read by its value alone, under a field of unknown name.
_RELATIVE_LIVE_KINDS = frozenset({"stream", "mjpeg"})

# A record's field naming its camera's newest picture (``currentUrl``, ``currentImage``,
# ``latestImageUrl``, ``lastImagePath``, ``newestPicture``): a first word for the newest
# capture, then picture or address words only. Such a field holding a relative picture
# path (a webcam API's ``"currentUrl": "cams/ts/<id>/<time>.jpg"``, served under the
# API's own address) is the camera's still, where a relative picture under an unknown
# name may be an icon. Times and counts under such names (``lastImageUploaded``,
# ``currentImageUpdateFrequency``) are no picture path and are never read so.
_NEWEST_WORDS = frozenset({"current", "latest", "last", "newest", "recent", "actual"})
_NEWEST_PICTURE_WORDS = frozenset(
    {"image", "img", "picture", "pic", "photo", "snapshot", "snap", "still", "frame"}
)
_NEWEST_ADDRESS_WORDS = frozenset({"url", "uri", "src", "path", "file", "href", "link"})


def _newest_picture_key(key: str) -> bool:
    """Return True for a field named for a camera's newest picture (``current_url``)."""
    words = key.split("_")
    if len(words) < 2 or len(words) > 4 or words[0] not in _NEWEST_WORDS:
        return False
    rest = words[1:]
    if not all(w in _NEWEST_PICTURE_WORDS or w in _NEWEST_ADDRESS_WORDS for w in rest):
        return False
    # A bare address word (``current_url``) or a picture word, with at most one address
    # word after it (``latest_image_url``, ``last_photo_path``).
    return sum(w in _NEWEST_ADDRESS_WORDS for w in rest) <= 1 and rest[-1] != "link"


def _with_decoded_markup(index: Mapping[str, JSONValue]) -> Mapping[str, JSONValue]:
    """Return the fields with popup markup shipped Base64-encoded read as that markup.

    ``popupData: "PGRpdiBjbGFzcz0…"`` (decoded by the page with ``atob``) is read as the
    ``<div …>`` it encodes; only the first fields are tried, each at most 64 KiB.
    """
    decoded = {
        key: markup
        for key, value in itertools.islice(index.items(), _MAX_PROPERTIES)
        if isinstance(value, str) and (markup := base64_markup(value)) is not None
    }
    return {**index, **decoded} if decoded else index


def _own_proxy_kind(url: str, base_url: str) -> str | None:
    """Return what a site's own proxy route serves as written (stream, MJPEG, still), else None.

    A route handed a public playlist or MJPEG address is that stream
    (:func:`own_media_proxy`); one handed one public picture is the still
    (:func:`own_still_proxy`), never unwrapped to the picture host the site proxies.
    """
    if url_kind(url) is not None:
        return None
    if (proxied := own_media_proxy(url, base_url)) is not None:
        return proxied
    return "snapshot" if own_still_proxy(url, base_url) else None


def _read_by_value(
    index: Mapping[str, JSONValue],
    fields: _Fields,
    ctx: Context,
    pages: list[tuple[str, str]],
) -> None:
    """Fill empty URL and name slots from fields whose names are unknown.

    Pages that may show the camera (an embed under ``video_link``, an iframe in popup
    markup) are added to pages: they stand in only when the item has no media at all.
    """
    hinted: str | None = None
    anywhere: str | None = None
    secondary: str | None = None
    heading: str | None = None
    road: str | None = None
    index = _with_decoded_markup(index)
    for key, value in index.items():
        if key in ALIAS_KEYS or not isinstance(value, str) or is_credential_key(key):
            continue
        if key.startswith(_SYSTEM_PREFIXES) or key in _META_KEYS:
            # Type metadata ($type, __typename, kind) and a data portal's system fields
            # (Socrata's ``:id`` row ids, ``:@computed_region_…``): never a name or a link.
            continue
        if key in STYLE_KEYS and not looks_like_url(value):
            continue  # a marker's styling (simplestyle marker-symbol, marker-color)
        if (
            looks_like_url(value)
            or relative_media_kind(value) in _RELATIVE_LIVE_KINDS
            or (_newest_picture_key(key) and relative_media_kind(value, colons=True) == "still")
        ):
            # A live media path next to the page (``"cctv": "../hls/a/index.m3u8"``) is
            # read like an address; a relative picture under an unknown name may be an icon,
            # under a field named for the camera's newest picture it is its still.
            if has_userinfo(value):
                continue
            url = resolve_url(value, ctx.base_url)
            if url is None or _not_camera_media(key, url, ctx):
                continue
            if (proxied := _own_proxy_kind(url, ctx.base_url)) is not None:
                _place_url(fields, url, proxied, ctx)  # the site's own media or picture proxy
                continue
            if url_kind(url) is None and (inner := inner_media_url(url, ctx.base_url)):
                url = inner[0]  # a player or embed link naming its stream in the query
            if url_kind(url) is not None or refreshed_still(url):
                _place_url(fields, url, None, ctx)
            elif (page_role := _page_role(key, url, index)) is not None:
                pages.append((url, page_role))
            continue
        if "<" in value and "=" in value:
            # Popup or description markup (GeoJSON popupContent, map info windows); its
            # heading names the camera when no field does.
            heading = heading or _markup_heading(value)
            for slot, url in html_media(value, ctx.base_url).items():
                _place_url(fields, url, {"snapshot": "snapshot"}.get(slot), ctx)
            frame = framed_page(value, ctx.base_url)
            if frame is not None and not _device_address(frame, ctx.base_url):
                pages.append((frame, _EMBEDDED_PAGE))  # an embedded player page
            continue
        if "{{" in value or "[[" in value:
            _place_wiki_media(value, fields, ctx)
            continue
        if fields.name is not None or (hinted is not None):
            continue
        text = _name_candidate(value)
        if text is None or camera_kind_text(text) or _format_label(text):
            # A kind of camera (``tipe: "PTZ"``, ``cameraType: "Fix"``) or a rendition's
            # format (a player source's ``hrn: "HLS (TS)"``) names none.
            continue
        if _never_naming(key):
            continue
        if _secondary(key):
            # Who runs or supplies the camera, its kind or its code: only when nothing
            # else names it.
            secondary = secondary or text
        elif _road_field(key):
            road = road or text  # the road it stands on: after its own name or description
        elif _name_like(key):
            hinted = text
        elif anywhere is None and not any(h in key for h in LAT_HINTS + LNG_HINTS):
            # A "location" that is no coordinate pair is a place name.
            if not any(h in key for h in PAIR_HINTS) or _pair_from(value) is None:
                anywhere = text
    if fields.name is None:
        titled = _stream_title(index)
        fields.name = (
            titled or hinted or road or anywhere or heading or secondary or _path_name(index)
        )
        loose = anywhere or (secondary if not (hinted or road or heading) else None)
        fields.setting = loose is not None and fields.name == loose and _setting_word(loose)


# Words of a player source's format label (Livepeer's ``hrn: "HLS (TS)"``, ``"MP4"``,
# ``"WebRTC"``): a rendition, never a camera's name.
_FORMAT_LABEL_WORDS = frozenset(
    {"hls", "ts", "mp4", "fmp4", "dash", "webrtc", "rtmp", "rtsp", "flv", "mjpeg", "m3u8"}
    | {"cmaf", "html5", "ll", "ll-hls", "llhls", "mpeg-ts", "mpegts", "webm"}
)
_FORMAT_LABEL_WORD = re.compile(r"[a-z0-9-]+")
# A source's media type (``application/x-mpegURL``, Livepeer's ``html5/video/mp4``).
_MEDIA_TYPE_TEXT = re.compile(r"(?i)(?:html5/)?(?:application|video|audio)/[\w.+-]{1,60}")


def _format_label(text: str) -> bool:
    """Return True for a label naming only a stream format (``HLS (TS)``, ``MP4``)."""
    if _MEDIA_TYPE_TEXT.fullmatch(text.strip()):
        return True
    words = _FORMAT_LABEL_WORD.findall(text.lower()[:40])
    return bool(words) and len(text) <= 40 and all(w in _FORMAT_LABEL_WORDS for w in words)


# A setting's value (``auto_play: all``, ``style: hover-card``, a dashboard card's
# ``type: custom:advanced-camera-card``): one lower-case word or slug holding a setting
# word or a ``custom:`` prefix; a lower-case place (``sangatta``, ``muara-wahau``) is none.
_SETTING_WORD = re.compile(r"[a-z][a-z0-9]{0,30}(?:[:_-][a-z0-9]{1,30}){0,4}")
_SETTING_PART = re.compile(r"[:_-]")
_SETTING_VALUES = frozenset(
    {"all", "none", "auto", "grid", "live", "default", "hover", "card", "cards", "custom"}
    | {"list", "panel", "tab", "tabs", "masonry", "sidebar", "stack", "horizontal"}
    | {"vertical", "overlay", "hidden", "visible", "true", "false", "on", "off", "mode"}
    | {"style", "layout", "menu", "view", "views", "camera", "picture", "entity", "entities"}
    | {"glance", "fit", "contain", "cover", "fill", "small", "medium", "large", "never"}
    | {"always", "selected", "visible", "clips", "snapshots", "timeline", "image", "webrtc"}
)
_GRID_SIZE = re.compile(r"\d+x\d+")


def _setting_word(text: str) -> bool:
    """Return True when a name read from a field of unknown name is a setting's word."""
    if _SETTING_WORD.fullmatch(text) is None:
        return False
    parts = _SETTING_PART.split(text)
    return not _SETTING_VALUES.isdisjoint(parts) or any(_GRID_SIZE.fullmatch(p) for p in parts)


# Fields named as a path that some portals fill with the whole media address (a GIS
# layer's ``path`` column beside its WKT ``geom``, an API's ``stream_path``). Outside the
# kutim profile only a full http(s) address whose shape is media is read from them: a
# bare path (``/live/x``) stays a stream path, never a guessed URL.
_PATH_MEDIA_KEYS = ("path", "stream_path")
_FULL_URL = re.compile(r"https?://[^\s/?#]{1,253}/", re.IGNORECASE)


def _place_path_media(index: Mapping[str, JSONValue], fields: _Fields, ctx: Context) -> None:
    """Place the full media address a ``path``-named field of a record carries."""
    if ctx.kutim:
        return  # the kutim profile reads these fields as stream keys or URLs already
    for key in _PATH_MEDIA_KEYS:
        value = index.get(key)
        if not isinstance(value, str) or len(value) > 2048:
            continue
        text = value.strip()
        if _FULL_URL.match(text) is None or has_userinfo(text) or url_kind(text) is None:
            continue
        if (url := resolve_url(text, ctx.base_url)) is not None:
            _place_url(fields, url, None, ctx)


# A stream record's own name field (a camera hub's ``streamName``, "name for the
# camera"; a video-analytics stream registry's ``stream_name``): under the kutim
# profile the key a stream is published under, elsewhere the camera's name when it is
# written as one, words with a space between them. A path or a single token
# (``kantor_camat_2``, ``gerbang_tol_km12``) stays a path name, read after every other
# name of the record (``_path_name``).
_STREAM_TITLE_KEYS = ("stream_name", "streamname")


def _stream_title(index: Mapping[str, JSONValue]) -> str | None:
    """Return the camera name a stream record's ``stream_name`` writes, else None."""
    for key in _STREAM_TITLE_KEYS:
        value = index.get(key)
        if not isinstance(value, str) or len(value) > _MAX_PATH_NAME:
            continue
        text = _name_candidate(value)
        if text is None or " " not in text or "/" in text or camera_kind_text(text):
            continue
        return text
    return None


# A stream path or channel published by a media server (``/live/simpang-kabo``,
# ``kamera_pasar``): it names the camera when nothing else does.
_PATH_NAME = re.compile(r"/?[\w~-][\w.~-]*(?:/[\w~-][\w.~-]*){0,7}/?")
_PATH_NAME_KEYS = frozenset({"stream", "stream_name", "streamname", "channel", "channel_name"})
_MAX_PATH_NAME = 128


def _path_name(index: Mapping[str, JSONValue]) -> str | None:
    """Return the stream path or channel name that names a camera nothing else names.

    Media servers list what is published by its path (EasyDarwin pushers ``path``,
    ``customPath``, ``streamPath``) or channel name; a full URL, a media file or a
    path without a letter is no name.
    """
    for key, value in itertools.islice(index.items(), _MAX_PROPERTIES):
        if not isinstance(value, str) or not (
            "path" in key.split("_") or key.endswith("path") or key in _PATH_NAME_KEYS
        ):
            continue
        text = value.strip()
        if not 2 <= len(text) <= _MAX_PATH_NAME or not _PATH_NAME.fullmatch(text):
            continue
        if not _LETTER.search(text) or url_kind(text) is not None:
            continue
        if text.strip("/").lower() in _FORMAT_WORD_NAMES:
            continue
        return text
    return None


_MARKUP_HEADING = re.compile(
    r"<(h[1-6]|b|strong)\b[^>]{0,200}>([^<]{1,200})</\1\s*>", re.IGNORECASE
)


def _markup_heading(markup: str) -> str | None:
    """Return the text of the first heading (or bold line) of a popup's markup."""
    match = _MARKUP_HEADING.search(markup, 0, _MAX_TEXT * 4)
    text = html.unescape(match.group(2)) if match is not None else None
    return None if text is None or generic_label(text) else _name_candidate(text)


# Wiki-style media markup of map tools (uMap): {{image}}, {{{iframe}}}, [[link|text]].
_WIKI_MEDIA = re.compile(
    r"\{\{\{?\s*([^\s{}|]{1,2048})\s*(?:\|[^{}]{0,200})?\}?\}\}"
    r"|\[\[\s*([^\s\[\]|]{1,2048})\s*(?:\|[^\[\]]{0,200})?\]\]"
)
_MAX_WIKI_LINKS = 20


def _place_wiki_media(text: str, fields: _Fields, ctx: Context) -> None:
    """Place the media URLs of wiki-style markup: images as stills, links by their shape."""
    for number, match in enumerate(_WIKI_MEDIA.finditer(text[:_MAX_TEXT])):
        if number >= _MAX_WIKI_LINKS:
            break
        image, link = match.groups()
        raw = image or link
        if raw is None or not looks_like_url(raw) or has_userinfo(raw):
            continue
        url = resolve_url(raw, ctx.base_url)
        if url is None or _is_decoration("", url):
            continue
        if url_kind(url) is None and (inner := inner_media_url(url, ctx.base_url)):
            url = inner[0]
        if url_kind(url) is not None:
            _place_url(fields, url, None, ctx)


# A decoration word starting or ending a word of a path (``/markers/``, ``sitelogo.png``,
# ``icon-cctv.svg``), never inside one (``TlogosariKulon07``, a place's name).
_DECORATION_PATH = re.compile(
    "|".join(rf"(?<![a-z]){hint}|{hint}(?![a-z])" for hint in DECORATION_HINTS)
)


def _is_decoration(key: str, url: str) -> bool:
    """Return True for map markers, icons and logos that are not camera pictures.

    A live stream (HLS, FLV, DASH, RTSP) is never a decoration, whatever words its file
    name holds (``sosrodilogo.flv``: a bridge named Sosrodilogo, no logo).
    """
    if any(hint in key for hint in DECORATION_HINTS):
        return True
    if url_kind(url) == "stream":
        return False
    return bool(_DECORATION_PATH.search(urlsplit(url).path[:2048].lower()))


# Words of a field holding a picture of a map (a resort's ``trailMap``, ``pisteMap``,
# ``mapLink``, ``ski_map``; Indonesian ``peta``): a drawing of the place, no camera's still.
_MAP_PICTURE_WORDS = frozenset({"map", "trailmap", "pistemap", "skimap", "peta"})
_MAX_MAP_KEY = 64


def _map_picture(key: str, url: str) -> bool:
    """Return True for a picture under a field named for a map, which no camera shows.

    A ski resort's registry gives each resort its trail map (``mapLink``, ``trailMap``:
    ``…/plan-2026.png``) beside its webcams: the map never stands for a camera. A
    stream or an MJPEG under such a name is still read, as is a picture under a name
    that only holds the letters (``mapped_image``, ``bitmap``).
    """
    if len(key) > _MAX_MAP_KEY or url_kind(url) != "still":
        return False
    return not _MAP_PICTURE_WORDS.isdisjoint(key.split("_"))


def _not_camera_media(key: str, url: str, ctx: Context) -> bool:
    """Return True for an address under an unknown field that never shows the camera.

    That is a decoration (a marker, icon or logo), a device's own address on a LAN
    (an input), a picture of a map, or the site's own proxy route handed a metadata or
    loopback address.
    """
    return (
        _is_decoration(key, url)
        or _device_address(url, ctx.base_url)
        or _map_picture(key, url)
        or _teaser_picture(key, url)
        or own_proxy_to_internal(url, ctx.base_url)
    )


# A site's promotional teaser picture of a camera's place (a CMS's ``teaser: {url, alt}``
# uploaded as ``/media/webcams/teaser-<place>.jpg``): a picture an editor chose, never
# the camera's current still.
_TEASER_WORDS = frozenset({"teaser", "teasers"})
_TEASER_PATH = re.compile(r"(?<![a-z])teasers?(?![a-z])")


def _teaser_picture(key: str, url: str) -> bool:
    """Return True for a teaser picture: under a field or a file named for a teaser.

    Only a still counts: a stream or an MJPEG under such a name is still read.
    """
    if len(key) > _MAX_MAP_KEY or url_kind(url) != "still":
        return False
    if not _TEASER_WORDS.isdisjoint(key.split("_")):
        return True
    file_name = urlsplit(url).path[:2048].lower().rsplit("/", 1)[-1]
    return _TEASER_PATH.search(file_name) is not None


def is_decoration_url(url: str) -> bool:
    """Return True for a marker, icon or logo picture, by the words of its path."""
    return _is_decoration("", url)


def _shown_text(raw: str) -> str:
    """Return a portal-written name fit to show, with any secret in it redacted.

    Whatever field a reader took a name from, a portal may have written a login
    (``rtsp://admin:pw@host``, ``password=…``) or a token there: it is never shown.
    """
    text = sanitize_name(raw)
    return sanitize_name(redact_text(text)) if _MAY_HOLD_SECRET.search(text) else text


def _shown_area(raw: str) -> str | None:
    """Return an area's name fit to show, or None when it is an address, not a place.

    Whichever rule took it (an edge node's or recorder's name, a site field), a text
    naming a machine (``admin@10.0.0.5``, ``10.0.0.5:8000``, ``nvr-01.local``, a URL) is
    no place: see ``is_host_text``.
    """
    text = sanitize_name(area_name(raw))
    if not text or _ADDRESS_TEXT.match(text) or is_host_text(text):
        return None
    return _shown_text(text) or None


def _login_host_name(name: str) -> bool:
    """Return True for a name that is a host written with the user name logging in to it.

    A recorder list may label a channel by the login it is reached with
    (``admin@10.0.0.5``, ``operator@nvr-01.local``, ``***@10.0.0.5``): a login is never
    copied into a name, so the camera is named as one without a name. A host written alone
    (``10.0.0.5:8000``, ``nvr-01.local``) stays: some recorders label channels so; so does
    a whole address written as the name (``https://viewer:…@cam.example/p``), shown with its
    login redacted like any other address in a name.
    """
    return "@" in name and "://" not in name and is_host_text(name)


def _answer_area(fields: _Fields, ctx: Context) -> str | None:
    """Return the district the answer names above its list, unless it is the camera's name."""
    area = ctx.answer_area
    if area is None or (fields.name is not None and fields.name.casefold() == area.casefold()):
        return None
    return _shown_area(area)


def _build(fields: _Fields, ctx: Context) -> Camera:
    """Return the camera described by complete fields."""
    stream_url = fields.stream_url
    key = fields.stream_key
    if key is not None and ctx.hls_base is not None and (ctx.derived_first or stream_url is None):
        base = ctx.hls_base.rstrip("/")
        stream_url = f"{base}/hls/{quote(key, safe='')}/index.m3u8"
    camera_id = fields.id or derive_id(
        fields.stream_key,
        _identity_url(fields.stream_url) if fields.stream_url else None,
        _identity_url(fields.snapshot_url) if fields.snapshot_url else None,
        _identity_url(fields.mjpeg_url) if fields.mjpeg_url else None,
        fields.name,
    )
    # Names and areas are shown as device, entity and area names and in repair texts:
    # only visible characters, no markup, at most MAX_NAME_LENGTH characters, and never
    # a login or token the portal wrote into them.
    area = _shown_area(fields.area) if fields.area is not None else _answer_area(fields, ctx)
    # A name written with the device's IP after it ("Lobi | 192.168.1.64") is the name.
    raw_name = (
        without_device_address(without_written_address(_shown_text(fields.name)))
        if fields.name is not None
        else ""
    )
    if raw_name and _login_host_name(raw_name):
        raw_name = ""  # a login before a host (``admin@10.0.0.5``): never shown as a name
    if not raw_name:
        fallback = f"{area} {camera_id}" if area is not None else fields.stream_key or camera_id
        raw_name = _shown_text(fallback) or "Camera"
    name = sanitize_name(prettify_name(raw_name)) if ctx.prettify else raw_name
    latitude, longitude = fields.position or (None, None)
    return Camera(
        id=camera_id,
        raw_name=raw_name,
        name=name or raw_name,
        area=area,
        latitude=latitude,
        longitude=longitude,
        online=fields.online,
        stream_url=stream_url,
        stream_key=fields.stream_key,
        snapshot_url=fields.snapshot_url,
        mjpeg_url=fields.mjpeg_url,
    )


# Keys of a place's list of live links (a volcano's ``lives``, a beach's
# ``live_streams``): each entry links a live view of the place, a page or a stream.
_LIVE_LIST_KEYS = (
    *("lives", "live_streams", "livestreams", "live_links", "live_cams", "livecams"),
    # A resort's or beach's list of webcam links (``webcam: [{title, link}]``).
    *("webcam", "webcams", "webcam_links", "webcamlinks"),
)
# Keys of a place's links read only when a region's place list placed them there (a surf
# spot's ``cams: [{name, url}]`` of ``SPOTS``): a team's or an engine's ``cams`` are none.
_PLACED_LIST_KEYS = ("cams",)
_MAX_LINK_FIELDS = 32


def _linked_entry(link: JSONValue) -> bool:
    """Return True for an object holding a web address among its own text fields."""
    return isinstance(link, dict) and any(
        isinstance(inner, str) and looks_like_url(inner)
        for inner in itertools.islice(link.values(), _MAX_LINK_FIELDS)
    )


# Last words of a field naming the record that holds an entry (``volcano_id``, ``site_slug``).
_REFERENCE_WORDS = frozenset({"id", "slug", "code", "kode", "key"})


def _reference_values(
    obj: Mapping[str, JSONValue], *, own: bool, heads: frozenset[str] | None = None
) -> set[str]:
    """Return the identifier texts of an object's own ids (own) or of its references.

    A reference is a field named for another record's identifier (``volcano_id``,
    ``site_slug``, ``lokasi_kode``); heads, when given, keeps only references to records
    of those kinds (``location_id``, not ``user_id``).
    """
    found: set[str] = set()
    for key, inner in itertools.islice(obj.items(), _MAX_PROPERTIES):
        words = norm_key(key).split("_")
        if words[-1] not in _REFERENCE_WORDS or (len(words) > 1) == own:
            continue
        if heads is not None and "_".join(words[:-1]) not in heads:
            continue
        if isinstance(inner, int | str) and not isinstance(inner, bool):
            text = _id_text(inner)
            if text is not None and len(text) <= 80:
                found.add(text)
    return found


def _refer_back(
    holder_ids: set[str], links: list[JSONValue], heads: frozenset[str] | None = None
) -> bool:
    """Return True when every entry names the record holding it by one of its ids.

    An API that embeds a relation writes the holder's id into each of its rows
    (``volcano_id``, ``site_slug``, Laravel's ``location_id``), so the rows are the
    holder's own. heads narrows the references to records of those kinds.
    """
    entries = links[:_MAX_VIEWS]
    if not holder_ids or not entries:
        return False
    return all(
        isinstance(link, dict)
        and not holder_ids.isdisjoint(_reference_values(link, own=False, heads=heads))
        for link in entries
    )


# Fields naming the kecamatan (or its regional equivalent) a record lies in.
_KECAMATAN_KEYS = (
    *("kecamatan", "nama_kecamatan", "kec", "nama_kec"),
    *("kapanewon", "kemantren", "distrik"),
)
_MAX_KECAMATAN_TEXT = 80


def _kecamatan_area(index: Mapping[str, JSONValue], area: str | None) -> bool:
    """Return True when the area read for a record is the kecamatan its own field names.

    A housing estate or location holding its camera rows (``{nama_perumahan, kecamatan:
    "Sangatta Utara", cctvs: [{perumahanId}]}``) names the kecamatan it lies in: that
    is where its cameras are placed, as every camera list is sorted. A region, province
    or kabupaten (a volcano's ``region``, a beach's ``kabupaten``) is coarser than the
    place itself and stays below its name.
    """
    if area is None:
        return False
    wanted = " ".join(area.split()).casefold()
    for key in _KECAMATAN_KEYS:
        value = index.get(key)
        if isinstance(value, str) and len(value) <= _MAX_KECAMATAN_TEXT:
            if " ".join(value.split()).casefold() == wanted:
                return True
    return False


def _refer_to_holder(index: Mapping[str, JSONValue], links: list[JSONValue]) -> bool:
    """Return True when every entry names the record holding it by that record's id.

    A place's list of its live links (``{id: "etna", name: "Etna", region, lives: [{
    volcano_id: "etna", name, url}]}``) is the place's own: each entry refers back to
    it (``volcano_id``, ``site_slug``), as a relation an API embeds does.
    """
    return _refer_back(_reference_values(index, own=True), links)


# Keys a place holds its cameras under as an object keyed by each camera's id
# (``{name: "Sangatta Utara", cameras: {"cam-01": {name, hls}, …}}``): camera words only,
# never a camera's own ``streams`` or ``channels`` (its outputs, its recorder's inputs).
_ID_MAP_HOLDERS = ("cameras", "camera", "cams", "webcams", "cctv", "cctvs", "kamera")
# Keys of one camera's outputs or views, never a camera's id.
_OUTPUT_WORDS = frozenset(
    {"main", "sub", "live", "archive", "preview", "thumbnail", "snapshot", "video", "audio"}
    | {"low", "high", "hd", "sd", "primary", "secondary", "mobile", "desktop", "default"}
)
_MAX_MAP_ID = 64


def id_keyed_cameras(value: JSONValue) -> list[JSONValue] | None:
    """Return the records of an object keying camera records by their ids, as a list.

    A place's cameras written as an object keyed by each camera's id (``{"cam-01":
    {"name": "Simpang Tiga", "hls": "…m3u8"}, "cam-02": {…}}``) are its camera list, each
    key the id of the record under it (an id the record writes itself wins). Every key a
    handle (no space, 64 characters at most, no field name, no output or quality word:
    ``main``, ``sub``, ``720p`` key one camera's outputs), every value a record, and most
    records carrying media of their own; at most ``MAX_CAMERAS`` records.
    """
    if not isinstance(value, dict) or not 1 <= len(value) <= MAX_CAMERAS:
        return None
    records: list[JSONValue] = []
    for key, record in value.items():
        if not isinstance(record, dict) or not key or len(key) > _MAX_MAP_ID:
            return None
        if any(char.isspace() for char in key) or "/" in key or ":" in key:
            return None
        lowered = key.lower()
        if norm_key(key) in ALIAS_KEYS or lowered in _OUTPUT_WORDS or lowered in QUALITY_RANKS:
            return None
        if re.fullmatch(r"\d{3,4}p|\d+k", lowered):
            return None  # a rendition (``720p``, ``4k``)
        records.append({"id": key, **record})
    shown = sum(1 for record in records[:50] if _carries_media(record, 1))
    return records if 2 * shown > min(len(records), 50) else None


def _listed_id_maps(item: JSONObject) -> JSONObject:
    """Return a record with its cameras keyed by id under a camera word listed, else it.

    A place holding ``cameras: {"cam-01": {…}, "cam-02": {…}}`` holds the list
    ``[{id: "cam-01", …}, …]`` (``id_keyed_cameras``): each record a camera of the place,
    read as a list under that key is (its own name, else the place's numbered; the place's
    name its area when its cameras name themselves), never its fields spread on the place.
    """
    changed: JSONObject | None = None
    for key, value in itertools.islice(item.items(), _MAX_PROPERTIES):
        if norm_key(key) not in _ID_MAP_HOLDERS or not isinstance(value, dict):
            continue
        if (mapped := id_keyed_cameras(value)) is not None:
            changed = dict(item) if changed is None else changed
            changed[key] = mapped
    return item if changed is None else changed


def _links(index: Mapping[str, JSONValue]) -> list[JSONValue] | None:
    """Return the list of per-camera links of a multi-link map point, if any."""
    for key in LINK_LIST_KEYS:
        value = index.get(key)
        if isinstance(value, list) and any(isinstance(link, dict) for link in value):
            if _output_list(value):
                continue  # one camera's outputs by protocol, not several cameras
            return value
    for key in _LIVE_LIST_KEYS:
        value = index.get(key)
        if isinstance(value, list) and any(_linked_entry(link) for link in value[:20]):
            return value  # a place's live links (YouTube lives, web cam pages)
    for key in _PLACED_LIST_KEYS:
        value = index.get(key)
        if isinstance(value, list) and any(
            isinstance(name, str) and _placed_links(name, value)
            for name in (index.get(name_key) for name_key in NAME_KEYS)
        ):
            return value  # a region's place's cams (``SPOTS``)
    # A list of objects under any other name counts when its entries carry media.
    for key, value in index.items():
        if _view_list(key, value) or _property_pairs(value) is not None or _output_list(value):
            continue
        if isinstance(value, list) and not all(map(_is_descriptor, value[:20])):
            if any(_carries_media(link) for link in value[:20]):
                return value
    return None


# Words of a list's name that say the state of every camera it holds
# (``cctv_links_active`` beside ``cctv_links_inactive``, ``kamera_aktif`` beside
# ``kamera_nonaktif``, ``online_cameras`` beside ``offline_cameras``).
_LIST_STATE_WORDS: dict[str, bool] = {
    **dict.fromkeys(("active", "aktif", "online", "enabled", "up", "live", "hidup"), True),
    **dict.fromkeys(("inactive", "nonaktif", "offline", "disabled", "down", "mati"), False),
    **dict.fromkeys(("non_aktif", "tidak_aktif", "not_active", "in_active"), False),
}
_MAX_STATE_LISTS = 6


def _list_state(key: str) -> tuple[str, bool] | None:
    """Split a list's name into its stem and the state word it ends or starts with."""
    words = key.split("_")
    if len(words) < 2 or len(key) > 64:
        return None
    for size in (2, 1):
        if len(words) <= size:
            continue
        tail = "_".join(words[-size:])
        if tail in _LIST_STATE_WORDS:
            return "_".join(words[:-size]), _LIST_STATE_WORDS[tail]
        head = "_".join(words[:size])
        if head in _LIST_STATE_WORDS:
            return "_".join(words[size:]), _LIST_STATE_WORDS[head]
    return None


def _stated_links(index: Mapping[str, JSONValue]) -> tuple[list[JSONValue], list[bool]] | None:
    """Return a group's cameras split into lists by their state, with each one's state.

    A kecamatan holding ``cctv_links_active`` and ``cctv_links_inactive`` (or
    ``*_online``/``*_offline``, ``kamera_aktif``/``kamera_nonaktif``) lists all its
    cameras: each list's name says the state of every camera in it. The lists count only
    when two of the same stem state both ways and their entries carry media.
    """
    stems: dict[str, list[tuple[list[JSONValue], bool]]] = {}
    for key, value in itertools.islice(index.items(), _MAX_PROPERTIES):
        if not isinstance(value, list) or (stated := _list_state(key)) is None:
            continue
        if any(not isinstance(link, dict) for link in value[:20]):
            continue
        stems.setdefault(stated[0], []).append((value, stated[1]))
    for lists in stems.values():
        if len(lists) > _MAX_STATE_LISTS or {state for _, state in lists} != {True, False}:
            continue
        if not any(_carries_media(link) for value, _ in lists for link in value[:20]):
            continue
        links: list[JSONValue] = []
        states: list[bool] = []
        for value, state in lists:
            # No more than one past the camera limit, so that the caller sees the cap.
            taken = value[: MAX_CAMERAS + 1 - len(links)]
            links.extend(taken)
            states.extend([state] * len(taken))
        return links, states
    return None


# Fields of a descriptor that names the protocol it serves (``{protocol: "hls", url}``).
_PROTOCOL_KEYS = frozenset({"protocol", "proto", "transport"})
# Fields that name a protocol only when their value is a protocol or format word
# (``{format: "hls", url}``, ``{type: "RTSP", url}``): a ``type`` may also be a MIME type.
_FORMAT_KEYS = frozenset({"format", "type", "kind", "stream_type", "stream_format"})
_FORMAT_WORDS = frozenset(
    {"hls", "llhls", "ll_hls", "m3u8", "mjpeg", "mjpg", "mp4", "fmp4", "h264", "h265", "hevc"}
    | {"rtsp", "rtsps", "rtmp", "rtmps", "webrtc", "whep", "flv", "http_flv", "httpflv", "ws_flv"}
    | {"dash", "mpd", "jpeg", "jpg", "snapshot", "srt", "mpegts", "ts", "webm", "mse"}
    | {"m_jpeg", "motion_jpeg", "mpeg_dash", "hls_ll", "low_latency_hls"}
)
_MAX_OUTPUTS = 20
# Words that only say how a stream travels or is encoded: never a camera's name.
_FORMAT_WORD_NAMES = _FORMAT_WORDS | frozenset(
    {"tcp", "udp", "rtp", "http", "https", "onvif", "multicast", "unicast", "rtp_over_tcp"}
    | {"ll-hls", "http-flv", "ws-flv", "tcp/udp", "udp/tcp", "h.264", "h.265", "m-jpeg"}
)


# MIME types of streaming outputs (``{type: "application/x-mpegURL", src}``).
_FORMAT_MIME = {
    "application/x-mpegurl": "hls",
    "application/vnd.apple.mpegurl": "hls",
    "audio/mpegurl": "hls",
    "application/dash+xml": "dash",
    "video/mp4": "mp4",
    "video/webm": "webm",
    "video/x-flv": "flv",
    "video/mp2t": "mpegts",
    "multipart/x-mixed-replace": "mjpeg",
    "video/x-motion-jpeg": "mjpeg",
    "image/jpeg": "jpeg",
}
# The media types a source declares for an HLS playlist (``<source type=…>``).
HLS_MIME_TYPES = frozenset(mime for mime, word in _FORMAT_MIME.items() if word == "hls")


def _format_word(value: JSONValue) -> str | None:
    """Return the protocol or format word a descriptor value names (``HLS``, ``http-flv``)."""
    if not isinstance(value, str) or len(value) > 40:
        return None
    text = value.strip().lower()
    if (mime := _FORMAT_MIME.get(text.split(";", 1)[0].strip())) is not None:
        return mime
    word = re.sub(r"[\s.-]+", "_", text)
    return word if len(word) <= 16 and word in _FORMAT_WORDS else None


def _output_format(entry: Mapping[str, JSONValue]) -> tuple[str, str] | None:
    """Return the field and the format word an output descriptor names, if it names one.

    The format is named by a protocol or format field (``protocol``, ``format``,
    ``type``, ``kind``) or by a label holding only a format word (``{name: "HLS", url}``).
    """
    for key, inner in itertools.islice(entry.items(), _MAX_OUTPUT_FIELDS):
        if key in _PROTOCOL_KEYS or key in _FORMAT_KEYS or _name_like(key):
            if (word := _format_word(inner)) is not None:
                return key, word
        if key in _FORMAT_KEYS and isinstance(inner, str) and len(inner) <= 16:
            # A media kind (``{type: "image", url}``, ``{type: "video", url}``).
            if (kind := inner.strip().lower()) in _MEDIA_KIND_WORDS:
                return key, kind
    return None


# Kinds of media a typed entry names under ``type``/``kind``: a still or a live view of
# the camera, never a camera's name (``urls: [{type: "image", url}, {type: "video", url}]``).
_MEDIA_KIND_WORDS = frozenset(
    {"image", "video", "photo", "picture", "still", "live", "stream", "thumbnail"}
)


def _output_position(index: Mapping[str, JSONValue], ctx: Context) -> tuple[float, float] | None:
    """Return the place the first of a camera's typed outputs gives, when they carry one.

    Else the one place the record's HTML fields give (a map link, a pin's data
    attributes, labelled text: ``fragmentplaces``), unless most records link it.
    """
    web_mercator = ctx.web_mercator
    for value in itertools.islice(index.values(), _MAX_PROPERTIES):
        if not _output_list(value):
            continue
        assert isinstance(value, list)
        for entry in value:
            if isinstance(entry, dict):
                entry_index = index_keys(entry)
                if (found := _read_position(entry_index, web_mercator=web_mercator)) is not None:
                    return found
    if (place := fragment_place(index, ctx.fragment_scan)) not in ctx.shared_fragment_places:
        return place
    return None


_MAX_OUTPUT_FIELDS = 16


# An address of any streaming scheme (``rtmp://``, ``srt://``, ``wss://``): an output
# entry may give one that no viewer plays, which still makes it an output of the list.
_SCHEME_ADDRESS = re.compile(r"\s{0,8}[A-Za-z][A-Za-z0-9+.-]{1,11}://\S")


def _output_address(value: str) -> bool:
    """Return True for an output entry's address, of the web or of another scheme."""
    return looks_like_url(value) or _SCHEME_ADDRESS.match(value[:40]) is not None


def _output_list(value: JSONValue) -> bool:
    """Return True for one camera's outputs: descriptors each naming their protocol.

    ``streams: [{protocol: "rtsp", url}, {protocol: "hls", url}]`` lists ways to watch
    one camera, not cameras of a map point; so does ``[{format: "mjpeg", url, tag: null},
    {id, protocol: "HLS", url, resolution, codec}, {name: "FLV", url}]`` when every entry
    names another format (several cameras of one map point may all be ``hls``) and none
    carries a name, a title or nested data of its own.
    """
    if not isinstance(value, list) or not 0 < len(value) <= _MAX_OUTPUTS:
        return False
    if _renditions(value):
        return True
    formats: set[str] = set()
    for entry in value:
        if not isinstance(entry, dict) or not 0 < len(entry) <= _MAX_OUTPUT_FIELDS:
            return False
        keys = {norm_key(key): inner for key, inner in entry.items()}
        if not any(isinstance(v, str) and _output_address(v) for v in entry.values()):
            return False
        if keys.keys() & _PROTOCOL_KEYS and keys.keys() <= DESCRIPTOR_KEYS | _PROTOCOL_KEYS:
            continue
        if keys.keys() <= DESCRIPTOR_KEYS and _publish_entry(keys):
            continue  # where the server takes the stream in (``{type: "publish", url}``)
        if (named := _output_format(keys)) is None or named[1] in formats:
            return False
        formats.add(named[1])
        for key, inner in keys.items():
            if key == named[0] or key in DESCRIPTOR_KEYS or key in _FORMAT_KEYS:
                continue
            if isinstance(inner, dict | list):
                return False  # nested data: a record, not an output
            if isinstance(inner, str) and inner.strip() and not looks_like_url(inner):
                if _name_like(key) or key in LOCATION_NAME_KEYS:
                    return False  # a name or a place of its own: a camera, not an output
    return True


# A video file a player plays as a fallback rendition (``…/senggigi-loop.mp4``).
_VIDEO_FILE = re.compile(r"\.(?:mp4|m4v|webm|mov)(?:[?#]|$)", re.IGNORECASE)

_PICTURE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|bmp)(?:[?#]|$)", re.IGNORECASE)


def _renditions(value: list[JSONValue]) -> bool:
    """Return True for one camera's renditions: sources labelled only by their quality.

    A JW Player playlist item's sources (``jwplayer:source file=… label="HD"`` beside
    ``label="SD"``, a feed's HLS manifest beside MP4s labelled ``540p``) are ways to
    watch one camera: every entry is a media address with no nested data, at least one
    is labelled, and every label names only a quality. A label naming anything else
    ("Arah Utara", "Cam 2") makes the entries cameras of their own.
    """
    labelled = False
    for entry in value:
        if not isinstance(entry, dict) or not 0 < len(entry) <= _MAX_OUTPUT_FIELDS:
            return False
        media = 0
        for key, inner in entry.items():
            if isinstance(inner, dict | list):
                return False
            if not isinstance(inner, str) or not inner.strip():
                continue
            if looks_like_url(inner):
                address = inner.strip()
                media += url_kind(address) is not None or bool(_VIDEO_FILE.search(address))
                continue
            name = norm_key(key)
            if _name_like(name) or name in LOCATION_NAME_KEYS:
                if not quality_label(inner.strip()):
                    return False
                labelled = True
        if media != 1:
            return False
    return labelled


def _place_outputs(index: Mapping[str, JSONValue], fields: _Fields, ctx: Context) -> None:
    """Place the URLs of each list of one camera's outputs (``media.streams``)."""
    for value in itertools.islice(index.values(), _MAX_PROPERTIES):
        for output, typed in _output_urls(value, ctx):
            _place_url(fields, output, "stream" if typed else None, ctx)


# Formats a web player plays, by rank: HLS, then FLV and MP4, then the others; an output
# typed with one of them is the camera's stream whatever its address looks like
# (``{type: "http_flv", url: "…/flv?app=live&stream=cam1"}``).
_PLAYABLE_RANKS = {"hls": 0, "llhls": 0, "ll_hls": 0, "hls_ll": 0, "low_latency_hls": 0}
_PLAYABLE_RANKS |= {"m3u8": 0, "flv": 1, "http_flv": 1, "httpflv": 1, "mp4": 1, "fmp4": 1}
_PLAYABLE_RANKS |= {"dash": 2, "mpd": 2, "mpeg_dash": 2, "webrtc": 2, "whep": 2}
# Words of an output entry saying it is where a stream is sent to the server (a publish
# or ingest address, an encoder's push URL): never a stream anyone watches.
_PUBLISH_WORDS = frozenset({"publish", "publishing", "ingest", "push", "upload", "input"})


def _publish_entry(entry: Mapping[str, JSONValue]) -> bool:
    """Return True for an output entry naming itself a publish or ingest address."""
    for key, inner in itertools.islice(entry.items(), _MAX_OUTPUT_FIELDS):
        if set(norm_key(key).split("_")) & _PUBLISH_WORDS:
            return True
        if isinstance(inner, str) and len(inner) <= 24:
            if set(re.split(r"[\s_-]+", inner.strip().lower())) & _PUBLISH_WORDS:
                return True
    return False


def _output_urls(value: JSONValue, ctx: Context) -> list[tuple[str, bool]]:
    """Return the URLs of one camera's outputs, best first: HLS, other web, then RTSP.

    Each URL comes with whether its entry's type names a format a web player plays
    (HLS, FLV, MP4, DASH, WebRTC): such an output is a stream whatever its address
    looks like; of those, HLS goes first, then FLV and MP4. An entry naming itself a
    publish or ingest address is never read.
    """
    if not _output_list(value):
        return []
    assert isinstance(value, list)
    found: list[tuple[str, bool, int]] = []
    for entry in value:
        if not isinstance(entry, dict) or _publish_entry(entry):
            continue
        named = _output_format(index_keys(entry))
        rank = _PLAYABLE_RANKS.get(named[1]) if named is not None else None
        for inner in entry.values():
            if not isinstance(inner, str) or not looks_like_url(inner) or has_userinfo(inner):
                continue
            if (url := resolve_url(inner, ctx.base_url)) is None:
                continue
            web = url.lower().startswith(("https:", "http:"))
            if rank is not None and web:
                found.append((url, True, 0 if is_hls_url(url) else rank))
            elif url_kind(url) is not None:
                shape = 1 if _is_flv(url) or _video_file(url) else 3
                found.append((url, False, 0 if is_hls_url(url) else shape))
    found.sort(key=lambda entry: (not entry[0].lower().startswith(("https:", "http:")), entry[2]))
    return [(url, typed) for url, typed, _rank in found]


def _carries_media(value: JSONValue, depth: int = _MAX_GROUP_DEPTH) -> bool:
    """Return True for an object with a media URL, in itself or in nested groups."""
    if not isinstance(value, dict) or depth < 0:
        return False
    for inner in itertools.islice(value.values(), 64):
        if isinstance(inner, str) and looks_like_url(inner) and url_kind(inner) is not None:
            return True
        if isinstance(inner, dict) and any(
            isinstance(v, str) and looks_like_url(v) for v in itertools.islice(inner.values(), 32)
        ):
            return True
        if isinstance(inner, dict) and _keyed_views(inner):
            return True
        if isinstance(inner, list) and any(_carries_media(entry, depth - 1) for entry in inner[:5]):
            return True
    return False


_MAX_KEYED_VIEWS = 8


def _keyed_views(value: JSONObject) -> bool:
    """Return True for a camera's views keyed by the way each looks, one with a picture.

    A multi-direction site (``imageDirections: {"N": {url, age}, "S": {url, age}}``)
    holds one view per compass point under its own key: a view's own media URL counts.
    """
    for view in itertools.islice(value.values(), _MAX_KEYED_VIEWS):
        if isinstance(view, dict) and any(
            isinstance(text, str) and looks_like_url(text) and url_kind(text) is not None
            for text in itertools.islice(view.values(), 16)
        ):
            return True
    return False


def _id_key_of(items: Iterable[JSONValue]) -> str | None:
    """Return the identifier field of a list of items (features by their properties)."""
    indexes: list[dict[str, JSONValue]] = []
    for item in items:
        if not isinstance(item, dict):
            continue
        feature = _feature(item)
        fields = _unwrapped(feature[0] if feature is not None else item)
        indexes.append(flat_index(_with_properties(fields), norm_key)[0])
    return choose_id_key(indexes)


# Fields of a device's own record (a DVR's or NVR's ``manufacturer``, ``model``,
# ``serial_number``, ``firmware``, ``mac``): a record with two of them is a recorder.
# A home bridge's plugin platform entry (Homebridge ``config.json``: ``platforms: [{platform:
# "Camera-ffmpeg", name: "Camera FFmpeg", cameras: [...]}]``): ``platform`` names the plugin
# by its identifier, a word with no space (``EufySecurity``, ``Camera-ffmpeg``,
# ``homebridge-unifi-protect.UniFi Protect`` has one and is no such entry).
_PLUGIN_PLATFORM = re.compile(r"[A-Za-z][A-Za-z0-9_.@/-]{1,63}")


def _plugin_platform(index: Mapping[str, JSONValue], own: frozenset[str]) -> bool:
    """Return True for a bridge's plugin platform entry: a ``platform`` beside its ``name``.

    Read only for a record holding cameras (``_link_cameras``): its ``name`` is the
    plugin's instance name (``EufySecurity``, ``Camera FFmpeg``), never the area of the
    cameras it lists. A ``platform`` of several words or of no letter (a station's
    ``platform: "2"``) or one without a ``name`` beside it is none.
    """
    value = index.get("platform")
    if "platform" not in own or "name" not in own or not isinstance(value, str):
        return False
    return _PLUGIN_PLATFORM.fullmatch(value.strip()) is not None


_DEVICE_KEYS = frozenset(
    {"manufacturer", "vendor", "brand", "model", "model_name", "device_model", "firmware"}
    | {"firmware_version", "serial_number", "serial_no", "serial", "mac", "mac_address"}
)
_MIN_DEVICE_KEYS = 2


def _is_group(parent: _Fields, links: list[JSONValue]) -> bool:
    """Return True when an item with a link list is a group (an area) of cameras.

    A map point with several links carries its own place or media; a group (a
    kecamatan, an area) carries only a name, and its entries are cameras of their own.
    """
    if parent.position is not None or parent.has_media:
        return False
    return _entries_named(links, tree=parent.tree)


def _entries_named(links: list[JSONValue], *, tree: bool = False) -> bool:
    """Return True when at least half of a list's first 50 entries carry their own name."""
    named = sum(
        1
        for link in links[:50]
        if isinstance(link, dict) and (_names_itself(link) or (tree and _texted(link)))
    )
    return 2 * named >= min(len(links), 50) > 0


def _texted(link: JSONObject) -> bool:
    """Return True for a tree or picker entry named by its ``text`` (Select2's options).

    Under a node named by its ``text`` (``{text: "Sangatta Utara", children: […]}``),
    each entry carrying a ``text`` of its own is an option of that group.
    """
    text = link.get("text")
    return isinstance(text, str) and _name_candidate(text) is not None


_DESCRIPTION_KEYS = frozenset({"keterangan", "ket", "deskripsi", "description", "caption"})


def _names_itself(link: JSONObject) -> bool:
    """Return True when an entry carries its own name, also in a CMS field wrapper.

    That is a name field, a place name (``nama_titik``), a field named like a name
    (``judul``, ``namaLokasi``) or a description or caption (``keterangan``).
    """
    index, own = flat_index(_unwrapped(link), norm_key)
    if any(key in NAME_KEYS or key in LOCATION_NAME_KEYS for key in own):
        return True
    if _tree_name(index, own) is not None or _hinted_name(index, own) is not None:
        return True
    return any(
        key in _DESCRIPTION_KEYS and isinstance(text := index[key], str) and _name_candidate(text)
        for key in own
    )


_MAX_VIEWS = 50
# Lists of a station's views or presets (pictures, photos and attachments are files).
_CAMERA_VIEW_WORDS = frozenset({"views", "presets", "directions"})


def _view_shows(entry: JSONValue) -> bool:
    """Return True for a view with media: an address of media, or one under a picture field.

    A view's picture field (``imageUrl``) may hold the picture route of the operator's
    server, with no file extension (``…/kamera?id=3000512_1``).
    """
    if _carries_media(entry, 0):
        return True
    if not isinstance(entry, dict):
        return False
    index = index_keys(entry)
    return any(
        isinstance(value := index.get(key), str) and _FULL_URL.match(value.strip()) is not None
        for key in SNAPSHOT_KEYS
    )


def _map_still_view(entry: JSONValue) -> bool:
    """Return True for a view whose picture is the 511 map software's ``/map/Cctv/<id>``.

    The 511 traveller APIs list one camera's views (``Views: [{Id, Url, Status,
    Description}]``, each named for the way it looks): the camera is read from its first
    view (``_view_status``), never each view as a camera of its own.
    """
    if not isinstance(entry, dict):
        return False
    return any(
        isinstance(value, str) and is_map_cctv_still(value)
        for value in itertools.islice(entry.values(), _MAX_PROPERTIES)
    )


def _own_views(index: Mapping[str, JSONValue]) -> tuple[list[JSONValue], str | None] | None:
    """Return a list of views that are cameras of their own, with their id field.

    A station's presets or a site's per-direction views (``presets: [{presetId,
    presentationName, imageUrl}]``) each carry their own id and picture: each is a
    camera at the station's place. Views without an id or a name of their own are
    pictures of the station's own camera. A named view without a picture (a preset out
    of collection, ``inCollection: false``) is no camera, while at least half of the
    views have one (one of two presets out of collection leaves the other a camera of
    its own); with fewer, the views are the station's pictures.
    """
    for key, value in itertools.islice(index.items(), _MAX_PROPERTIES):
        if key.rsplit("_", 1)[-1] not in _CAMERA_VIEW_WORDS or not isinstance(value, list):
            continue
        listed = value[:_MAX_VIEWS]
        if not listed or not all(
            isinstance(entry, dict) and _names_itself(entry) for entry in listed
        ):
            continue  # unnamed views are pictures of the station's own camera
        entries = [entry for entry in listed if _view_shows(entry)]
        if 2 * len(entries) < len(listed):
            continue
        if any(_map_still_view(entry) for entry in entries):
            continue  # a 511 map camera's views: the camera is read from its first view
        singular = key.rsplit("_", 1)[-1].removesuffix("s")
        preferred = f"{singular}_id"
        keys: list[str | None] = []
        for entry in entries:
            assert isinstance(entry, dict)
            entry_index = index_keys(entry)
            if preferred in entry_index and _id_text(entry_index[preferred]) is not None:
                keys.append(preferred)
            elif "id" in entry_index and _id_text(entry_index["id"]) is not None:
                keys.append("id")
            else:
                keys.append(None)
        if None in keys or len(set(keys)) != 1:
            continue
        return list(entries), keys[0]
    return None


# Words of a view's name that say only which way a camera looks at its place ("Arah
# Utara", "Northbound"): views named so belong to the place, never a group of cameras.
_VIEW_DIRECTION_WORDS = frozenset(
    {"arah", "direction", "towards", "toward", "menuju", "ke", "to", "view", "cam", "camera"}
    | {"north", "south", "east", "west", "utara", "selatan", "timur", "barat"}
    | {"northbound", "southbound", "eastbound", "westbound", "nb", "sb", "eb", "wb"}
)
_VIEW_LEADING_WORDS = frozenset({"arah", "direction", "towards", "toward", "menuju"})
_NAME_WORD = re.compile(r"[^\W_]+")
_SLUG_TEXT = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)+")
_MIN_PLACE_WORD = 3


def _place_words(text: str) -> set[str]:
    """Return the words of a name that can tell one place from another (3+ letters)."""
    return {word for word in _NAME_WORD.findall(text.lower()[:120]) if len(word) >= _MIN_PLACE_WORD}


def _named_place_group(parent: _Fields, links: list[JSONValue], ctx: Context) -> bool:
    """Return True when a positioned, named place holds cameras of its own names.

    A resort, beach or ski area (``{name: "Coronet Peak", region, lat, lng, cameras:
    [{name: "Base Building", url}]}``) groups cameras named after spots within it: the
    place's name is their area and they have no ids of the place's. A map point's views
    are named after the point itself ("Simpang Bengalon - Arah Sangatta") or after the
    way they look ("Arah Utara", "Northbound"), so they stay the point's views.
    """
    if parent.position is None or parent.has_media or parent.name is None:
        return False
    if generic_label(parent.name) or _SLUG_TEXT.fullmatch(parent.name):
        return False
    place = _place_words(parent.name)
    entries = links[:_MAX_VIEWS]
    if not place or not entries:
        return False
    for link in entries:
        if not isinstance(link, dict) or not _names_itself(link):
            return False
        name = _read_fields(link, ctx, Notes())[0].name
        if name is None or generic_label(name):
            return False
        words = _NAME_WORD.findall(name.lower()[:120])
        if not words or words[0] in _VIEW_LEADING_WORDS:
            return False
        if all(word in _VIEW_DIRECTION_WORDS or word.isdigit() for word in words):
            return False
        if not place.isdisjoint(_place_words(name)):
            return False
    return True


# Words of a foreign key that points at a place record (``location_id``, ``lokasi_id``).
_PLACE_KEY_WORDS = frozenset(
    {"location", "lokasi", "place", "site", "point", "titik", "spot", "area", "zone", "zona"}
    | {"kawasan", "wilayah", "region", "district", "kecamatan", "simpang", "persimpangan"}
)


def _child_records(parent: _Fields, links: list[JSONValue]) -> bool:
    """Return True when every entry is a row of the place that holds it.

    A framework's eager-loaded relation (``{id: 4, name: "Alun-alun Pare", lat, lon,
    cctvs: [{id: 5, location_id: 4, name, url}]}``) writes the place's id into each of
    its cameras: the cameras are the place's own records, each with its own id and name,
    so the place's name is their area even when their names repeat it.
    """
    if parent.id is None or parent.has_media:
        return False
    for link in links[:_MAX_VIEWS]:
        if not isinstance(link, dict) or not _names_itself(link):
            return False
        if _id_text(index_keys(link).get("id")) is None:
            return False
    return _refer_back({parent.id}, links, _PLACE_KEY_WORDS)


# Last words of a field saying what kind of medium an entry is (``cameraType``,
# ``cameratype``, ``stream_type``).
_MEDIUM_KIND_WORDS = ("type", "kind", "format", "protocol")


def _sole_output(parent: _Fields, fields: _Fields, index: Mapping[str, JSONValue]) -> bool:
    """Return True when a camera's only nested entry is its own media, no camera of its own.

    The entry describes its medium (its kind, ``cameraType: "HLS"``) but names nothing by
    a name, title or description field of its own and gives no position other than its
    holder's; its holder has an id and a name. A bare link (``links: [{url}]``) is no such
    entry: it stays the holder's numbered view (``5-1``), as it always was.
    """
    if parent.id is None or parent.name is None:
        return False
    if not any(
        norm_key(key).rsplit("_", 1)[-1].endswith(_MEDIUM_KIND_WORDS)
        for key in itertools.islice(index, _MAX_NAME_FIELDS)
    ):
        return False
    if fields.position is not None and fields.position != parent.position:
        return False
    if _read_name(index, frozenset(index))[0] is not None:
        return False
    return not any(
        _name_like(key) and isinstance(value, str) and _name_candidate(value) is not None
        for key, value in itertools.islice(index.items(), _MAX_NAME_FIELDS)
    )  # a view named by its own title or description is a camera of its own


# Last words of a reading's time field (``lastUpdated``, ``timestamp``, ``capturedAt``).
_READING_TIME_WORDS = frozenset({"updated", "timestamp", "time", "date", "captured", "taken"})
# A camera's media field names (stream, snapshot, MJPEG): a timed reading's media and a
# media record nested in a camera (``thumbnail: {id, url}``, no station) are named so.
_MEDIA_FIELD_KEYS = frozenset(STREAM_KEYS + SNAPSHOT_KEYS + MJPEG_KEYS)
_MAX_READING_FIELDS = 8


def _sole_reading(parent: _Fields, fields: _Fields, index: Mapping[str, JSONValue]) -> bool:
    """Return True when a camera's only nested entry is a timed reading of its media.

    A traffic-control centre's dynamic answer keeps each camera's latest picture in a
    list of readings (UTMC ``{systemCodeNumber, dynamics: [{image, lastUpdated}]}``): an
    entry of nothing but media fields and a time stamp, under a holder with an id, is
    that camera's picture, not a view of its own (``KT_SGT_A1``, not ``KT_SGT_A1-1``).
    An entry with any other field (an id, a name, a kind, a position), or without a time
    stamp (a bare link stays the holder's numbered view), is not read so.
    """
    if parent.id is None or fields.id is not None or fields.position is not None:
        return False
    keys = [norm_key(key) for key in itertools.islice(index, _MAX_READING_FIELDS + 1)]
    if len(keys) > _MAX_READING_FIELDS:
        return False
    timed = [key for key in keys if key.rsplit("_", 1)[-1] in _READING_TIME_WORDS]
    media = [key for key in keys if key in _MEDIA_FIELD_KEYS]
    return bool(timed) and bool(media) and len(timed) + len(media) == len(keys)


# Words of a group's field saying the group is a road section (``nama_ruas``,
# ``kode_ruas``, ``routeName``, ``koridor``).
_ROUTE_KEY_WORDS = frozenset(
    {"ruas", "route", "routes", "rute", "jalur", "koridor", "corridor", "segment", "segmen"}
)


def _route_group(fields: _Fields, index: Mapping[str, JSONValue]) -> bool:
    """Return True when a group is a road section named between two places.

    The group names itself as a section (``nama_ruas``, ``kode_ruas``, ``routeName``)
    and its name runs from one place to another (``Bontang - Sangatta``): it is where
    along a road its cameras stand, no area. A toll section stays an area (see
    route_section); a group named so without a section field (a surf region's
    ``Canggu - Batu Bolong``) is read as before.
    """
    if not route_section(fields.name):
        return False
    return any(
        not _ROUTE_KEY_WORDS.isdisjoint(key.split("_"))
        for key in itertools.islice(index, _MAX_NAME_FIELDS)
    )


# Fields of a room's record naming the building or the floor it is on (Laravel's
# ``building_id``, ``gedung_id``), and a floor's number (``floor``, ``lantai``).
_BUILDING_REFERENCE_KEYS = frozenset(
    {"building_id", "gedung_id", "id_gedung", "floor_id", "lantai_id"}
)
_FLOOR_KEYS = frozenset({"floor", "lantai"})
# Words of a camera's reference to the room holding it (``room_id``, ``roomId``, ``ruang_id``).
_ROOM_KEY_WORDS = frozenset({"room", "ruang", "ruangan"})


def _building_reference(
    index: Mapping[str, JSONValue], own: frozenset[str], name: str | None
) -> bool:
    """Return True when a record refers to the building or the floor it is a room of.

    A filled building or floor reference (``building_id: 1``) makes it a room; a floor's
    number alone (``floor``, ``lantai``) only when its name says room (``Ruang Server``):
    a district's null ``floor`` or a building telling its floors (``lantai: 2``) is the
    site itself.
    """
    if any(_filled(index.get(key)) for key in _BUILDING_REFERENCE_KEYS & own):
        return True
    if name is None or not any(_filled(index.get(key)) for key in _FLOOR_KEYS & own):
        return False
    return not _ROOM_KEY_WORDS.isdisjoint(re.findall(r"[a-z]+", name.lower()))


def _filled(value: JSONValue) -> bool:
    """Return True for a field's value that says something (no null, blank or false)."""
    if isinstance(value, str):
        return bool(value.strip())
    return value is not None and value is not False


def _building_room(parent: _Fields, links: list[JSONValue]) -> bool:
    """Return True when a record holding cameras is a room of a building, no area.

    A building's back end lists its rooms with their cameras (``{id, building_id,
    name: "Lobi Utama", cctvs: [{id, room_id, name, ip_rtsp_url}]}``, a smart home's
    ``{data: {id, name}, cameras: [{id, name, url, roomId}]}``): the room names where in
    the building its cameras hang (a lobby, a control room, a yard), never a district.
    It is a room when its record names its building or floor, or when every camera
    refers back to it by a room reference. A district or place holding its cameras
    (``location_id``) is read as before.
    """
    if parent.room:
        return True
    return parent.id is not None and _room_referred(parent.id, links)


def _room_referred(room_id: str, links: list[JSONValue]) -> bool:
    """Return True when every camera names the room holding it by a room reference.

    The reference's first word says room (``room_id``, ``ruang_id``, a facility's
    ``ruangan_otmil_id`` qualified by the kind of facility).
    """
    entries = links[:_MAX_VIEWS]
    if not entries:
        return False
    for link in entries:
        if not isinstance(link, dict):
            return False
        found = False
        for key, inner in itertools.islice(link.items(), _MAX_PROPERTIES):
            words = norm_key(key).split("_")
            if len(words) < 2 or words[-1] not in _REFERENCE_WORDS:
                continue
            if words[0] not in _ROOM_KEY_WORDS or isinstance(inner, bool):
                continue
            if isinstance(inner, int | str) and _id_text(inner) == room_id:
                found = True
                break
        if not found:
            return False
    return True


# Heads of a camera's reference to the pole or mast it is mounted on (``cameraPoleId``).
_POLE_KEY_HEADS = frozenset({"camera_pole", "pole", "tiang", "tiang_cctv", "mast"})


def _camera_pole(parent: _Fields, links: list[JSONValue]) -> bool:
    """Return True when every camera of a record refers back to it as its pole.

    A traffic site's camera poles (``[{id: 101, description: "SH-1 @ Simpang Tiga
    Sangatta", mapCameras: [{id, cameraPoleId: 101, location, streamDictionary}]}]``)
    hold the cameras mounted on them: the pole is the site they belong to, and its name
    is their area even when written as a road and its cross street. A group merely
    named as a road (``Jl. Yos Sudarso``) without such references stays no area.
    """
    return parent.id is not None and _refer_back({parent.id}, links, _POLE_KEY_HEADS)


def _placed_links(name: str | None, links: list[JSONValue]) -> bool:
    """Return True when every link was placed in the named place by its place list.

    The place list reader (``parsing.items``) gives each camera of a region's place its
    place's name under the first area field; a link of its own area is no such camera.
    """
    if name is None:
        return False
    wanted = name.casefold()
    entries = links[:_MAX_VIEWS]
    return bool(entries) and all(
        isinstance(link, dict)
        and isinstance(area := link.get(AREA_KEYS[0]), str)
        and " ".join(area.split()).casefold() == wanted
        for link in entries
    )


def _sole_slot_camera(links: list[JSONValue], ctx: Context) -> bool:
    """Return True when a place holds one camera named only by its slot ("CCTV-1").

    The one entry has media of its own and no other name than a camera word and a
    number (``sharedplace.numbered_camera_label``); a named entry ("Arah Bontang",
    "Gerbang Kawasan"), a group of several and an entry holding entries of its own stay
    as they are.
    """
    if len(links) != 1 or not isinstance(links[0], dict):
        return False
    fields, index = _read_fields(links[0], ctx, Notes())
    if not fields.has_media or _links(index) is not None:
        return False
    return numbered_camera_label(fields.name)


def _held_group(
    parent: _Fields,
    links: list[JSONValue],
    ctx: Context,
    read: tuple[bool, str | None, str | None],
    *,
    held: bool,
    place: bool,
    kecamatan: bool,
    slot: bool,
) -> tuple[bool, str | None]:
    """Return whether a holder's links are a group of its own and the area they take.

    read is (group, group_area, group_name) as the holder's fields gave them; the
    flags are those of ``_link_cameras`` (slot: ``_sole_slot_camera``).
    """
    group, group_area, group_name = read
    if slot:
        # A site's one camera labelled only by its slot ("CCTV-1", "Kamera 1"): the
        # site's name names the camera, the kecamatan it gives is its area.
        return False, parent.area
    if held and group_name is not None:
        # A place holding its own list of cameras beside its own media (a resort's
        # stream beside its webcams): its name is their area.
        return True, group_name
    if group and group_name is not None and place:
        # A place (a volcano, a beach) holding its own live links: its name is their
        # area, before the coarser region it lies in; a kecamatan it names places them.
        return group, parent.area if kecamatan and parent.area is not None else group_name
    if not group and group_name is not None and _child_records(parent, links):
        # A place's own rows (Laravel's location with its cctvs): its name is their area.
        return True, parent.area or group_name
    if not group and (_named_place_group(parent, links, ctx) or _placed_links(group_name, links)):
        # A resort or beach holding its cameras, or a region's place (a surf spot of
        # ``SPOTS``) whose cameras the answer's place list gave it as their area: its name
        # beats its coarser region, its cameras are no views of a point.
        return True, group_name
    return group, group_area


def _link_cameras(
    parent: _Fields,
    links: list[JSONValue],
    ctx: Context,
    notes: Notes,
    depth: int,
    id_key: str | None = None,
    *,
    place: bool = False,
    states: list[bool] | None = None,
    held: bool = False,
    point: bool = False,
    kecamatan: bool = False,
) -> tuple[list[Camera], int]:
    """Return one camera per usable link of a map point or entry of a group.

    place says the links name their holder by its id (``_refer_to_holder``); states
    gives each link's state when the lists holding them say it (``_stated_links``);
    held says the parent is a named place holding its own camera list beside a live
    stream of its own (``_camera_holder``): its name is their area; point says the
    parent is a GeoJSON feature's point holding its cameras: its name is their place,
    never their area; kecamatan says the parent's area is the kecamatan its own field
    names (``_kecamatan_area``): that places a place's own links before its name.
    """
    cameras: list[Camera] = []
    skipped = 0
    group = _is_group(parent, links)
    room = _building_room(parent, links)
    # A group named only by what it holds (an ECharts series "CCTV", "Kamera") is no area,
    # nor is a recorder holding its channels ("Dahua DVR 1"): a device, not a place; nor
    # a road ("Jl. Yos Sudarso", "I-95"): the road its cameras stand along.
    device = parent.device and not parent.site
    group_name = (
        None
        if generic_label(parent.name)
        or device
        or (road_written(parent.name) and not _camera_pole(parent, links))
        or parent.route
        or neighbourhood_unit(parent.name)
        or parent.setting
        or parent.plugin
        or room
        else parent.name
    )
    group_area = (parent.area or group_name) if group and not point else parent.area
    # A facility's room whose cameras name it back (``ruangan_otmil_id``): its security
    # zone and its floor-plan offsets are parts of the one facility, never its cameras'
    # district or position.
    room_plan = room and parent.id is not None and _room_referred(parent.id, links)
    if room_plan:
        group_area = None
    if not point and parent.state_area and group_name is not None and parent.position:
        # A positioned site in a state (``state: "KT"``) holding its cameras or its views:
        # the site places them more finely than its state.
        group_area = group_name
    if parent.device and group_area is None:
        group_area = parent.place  # a recorder's district places its channels
    slot = group_name is not None and not point and _sole_slot_camera(links, ctx)
    group, group_area = _held_group(
        parent,
        links,
        ctx,
        (group, group_area, group_name),
        held=held,
        place=place,
        kecamatan=kecamatan,
        slot=slot,
    )
    several = len(links) > 1
    link_ctx = replace(
        ctx, id_key=id_key or ctx.link_id_key or _id_key_of(links[:500]), link_id_key=None
    )
    if not ctx.location_area and shared_location_districts(links[:_MAX_SHARED_SCAN]):
        # A list nested in a result entry (``RESULT[0].Camera[]``) whose locations name
        # districts, as a top-level list's would.
        link_ctx = replace(link_ctx, location_area=True)
    if ya_tidak := ya_tidak_keys(links[:_MAX_SHARED_SCAN]):
        link_ctx = replace(link_ctx, ya_tidak_keys=ya_tidak)  # a nested list's own columns
    if not ctx.recorder_hosts and (recorders := _recorder_hosts(links[:_MAX_SHARED_SCAN])):
        # A nested list's channels of one public recorder (a room's ``kamera`` list).
        link_ctx = replace(link_ctx, recorder_hosts=recorders)
    for number, link in enumerate(links, start=1):
        if len(cameras) > MAX_CAMERAS:
            break  # the caller marks the list as capped
        if not isinstance(link, dict):
            skipped += 1
            continue
        if depth < _MAX_GROUP_DEPTH:
            link = _listed_id_maps(link)  # a sub-group's cameras keyed by their ids
        fields, index = _read_fields(link, link_ctx, notes)
        fields.route = _route_group(fields, index)
        if (
            place
            and fields.id is not None
            and fields.id == parent.id
            and fields.id not in _reference_values(link, own=True)
        ):
            fields.id = None  # the link's reference to its place is no id of its own
        if parent.tree and not fields.tree:
            # A leaf of a tree widget's folder, marked by nothing of its own.
            _tree_fields(fields, index, frozenset(norm_key(key) for key in _unwrapped(link)))
        stated = _stated_links(index) if depth < _MAX_GROUP_DEPTH else None
        inner = stated[0] if stated is not None else _links(index)
        if (
            inner is not None
            and depth < _MAX_GROUP_DEPTH
            and (not fields.has_media or _place_thumbnail(fields, index))
        ):
            if fields.area is None and (
                fields.name is None
                or fields.position is not None
                or (
                    group_area is not None
                    and (
                        street_address(fields.name)
                        or road_written(fields.name)
                        or fields.route
                        or neighbourhood_unit(fields.name)
                    )
                )
            ):
                # An unnamed sub-group, a map point (which is a place, not an area), or a
                # branch named by its street address or as a road inside a city: the city
                # places it.
                fields.area = group_area
            found, bad = _link_cameras(
                fields,
                inner,
                ctx,
                notes,
                depth + 1,
                states=stated[1] if stated is not None else None,
            )
            cameras.extend(found)
            skipped += bad
            continue
        if not fields.has_media or _no_cameras_of_its_own(index, fields):
            skipped += 1
            continue
        if _plays_only_clips(
            fields.stream_url, fields.mjpeg_url, fields.stream_key
        ) and _article_record(link, [fields.snapshot_url or ""], clip=bool(fields.stream_url)):
            # A news article's or a shop's product among a place's cameras (``cams: [{name,
            # url: "…/berita/…", image}]``): its cover is no camera's picture.
            skipped += 1
            continue
        if slot:
            fields.name = parent.name
        if not several and not group and not point and _sole_output(parent, fields, index):
            # A camera's one media entry (511 ``CameraMainDetail: [{URL, cameraType}]``):
            # the camera itself, with its own id and name; the entry's kind is no name.
            fields.id, fields.name = fields.id or parent.id, parent.name
        if not several and not group and not point and _sole_reading(parent, fields, index):
            # A camera's one timed reading (UTMC ``dynamics: [{image, lastUpdated}]``):
            # the camera's latest picture, the camera itself.
            fields.id = fields.id or parent.id
        if fields.id is None and parent.id is not None and not group and not point:
            fields.id = f"{parent.id}-{number}"  # a point's id names the place, not its views
        if fields.name is None and parent.name is not None and not group:
            fields.name = f"{parent.name} {number}" if several else parent.name
        if fields.village and group_area is not None:
            fields.area = group_area  # the kecamatan a village's office lies in
        fields.area = fields.area or group_area
        # A room's floor-plan offsets are no camera's position; its latitude and
        # longitude fields are.
        plan = room_plan and not parent.geo_position
        fields.position = fields.position or (None if plan else parent.position)
        if fields.online is None and states is not None and number <= len(states):
            fields.online = states[number - 1]  # the state the list holding it says
        fields.online = parent.online if fields.online is None else fields.online
        cameras.append(_build(fields, ctx))
    return cameras, skipped


def _feature(
    item: JSONObject, *, web_mercator: bool = False, lat_first: bool = False
) -> tuple[JSONObject, tuple[float, float] | None, JSONValue] | None:
    """Split a GeoJSON Feature into its properties, position and feature id.

    With ``lat_first`` (the collection writes its points [lat, lng]), a Point is read in
    that order.
    """
    index = index_keys(item)
    kind = index.get("type")
    is_feature = isinstance(kind, str) and kind.lower() == "feature"
    if not is_feature and not ("geometry" in index and "properties" in index):
        return None
    properties = index.get("properties")
    own = properties if isinstance(properties, dict) else {}
    if media := _foreign_media(index):
        own = {**media, **own}  # the feature's properties win over its foreign members
    pair = lat_first_point(item) if lat_first and not web_mercator else None
    return (
        own,
        pair or _geometry_pair(index.get("geometry"), web_mercator=web_mercator),
        index.get("id"),
    )


def _esri_feature(item: JSONObject) -> bool:
    """Return True for an Esri JSON feature: its ``attributes`` beside its ``geometry``."""
    return (
        isinstance(item.get("attributes"), dict)
        and isinstance(item.get("geometry"), dict)
        and len(item) <= _MAX_ESRI_MEMBERS
    )


# An Esri JSON feature holds ``attributes`` and ``geometry`` (and, from some writers, a
# ``symbol`` or ``infoTemplate`` / ``popupTemplate``); a record with more is no feature.
_MAX_ESRI_MEMBERS = 4

# Members GeoJSON defines on a Feature and on a geometry; any other member is foreign.
_FEATURE_MEMBERS = frozenset({"type", "id", "geometry", "properties", "bbox", "crs"})
_GEOMETRY_MEMBERS = frozenset({"type", "coordinates", "geometries", "bbox", "crs"})
_MAX_FOREIGN_MEMBERS = 16
_MAX_FOREIGN_URL = 2048


def _foreign_media(index: Mapping[str, JSONValue]) -> dict[str, JSONValue]:
    """Return the media addresses a Feature writes as foreign members, by their names.

    RFC 7946 (section 6.1) allows members it does not define on any GeoJSON object, and
    some writers keep a camera's addresses there: beside the Feature's ``properties``
    (``{type, id, geometry, properties, image: "…/301.jpg", stream: "…/playlist.m3u8"}``)
    or inside its geometry next to the coordinates (a regency GIS layer's ``geometry:
    {type: "Point", coordinates, url_streaming: "…/playlist.m3u8"}``). Such a member
    counts as one of the feature's fields only when its value is an absolute address
    whose shape says it is a stream, a still or an MJPEG; pages, names, numbers and
    nested objects stay unread, and an object with more than 16 members (a record, not
    a feature or a Point) gives nothing. Only a member named for a camera's media
    (``_foreign_media_key``) is read: a POI layer's ``photo`` of the place is no camera's.
    A LAN address among them meets the policy it would meet in ``properties``.
    """
    found: dict[str, JSONValue] = {}
    geometry = index.get("geometry")
    holders: list[tuple[Mapping[str, JSONValue], frozenset[str]]] = [(index, _FEATURE_MEMBERS)]
    if isinstance(geometry, dict):
        holders.append((geometry, _GEOMETRY_MEMBERS))
    for holder, defined in holders:
        if len(holder) > _MAX_FOREIGN_MEMBERS:
            continue
        for key, value in holder.items():
            if key in defined or norm_key(key) in defined or not isinstance(value, str):
                continue
            if not _foreign_media_key(key):
                continue
            address = value.strip()
            if not address or len(address) > _MAX_FOREIGN_URL or not looks_like_url(address):
                continue
            if url_kind(address) is not None:
                found.setdefault(key, address)
    return found


# Words of a foreign member's name that say it holds a camera's media (``stream``,
# ``hls_url``, ``url_streaming``, ``snapshot``, ``image``, ``cctv``, ``camera``). A photo
# of a place (``photo``, ``foto``, ``picture``, ``gambar``, ``cover``) is none: tourism and
# POI layers write their pictures so.
_FOREIGN_MEDIA_WORDS = frozenset(
    {
        *("stream", "streams", "streaming", "livestream", "hls", "m3u8", "rtsp", "rtmp"),
        *("flv", "webrtc", "video", "live", "mjpeg", "mjpg", "image", "img", "snapshot"),
        *("snap", "still", "thumbnail", "thumb", "preview", "cctv", "camera", "cam"),
        *("kamera", "webcam", "atcs", "feed"),
    }
)
# Address words run together with a media word (``hlsurl``, ``urlstreaming``, ``camsrc``).
_FOREIGN_ADDRESS_AFFIX = re.compile(r"^(?:url|uri|link|src)|(?:url|uri|link|src)$")
_MAX_FOREIGN_KEY = 64


def _foreign_media_key(key: str) -> bool:
    """Return True when a foreign member's name says it holds a camera's media.

    Some word of the name (split as field names are, an address word run into it set
    aside) is a stream's, a still's, an MJPEG's or a camera's word.
    """
    if len(key) > _MAX_FOREIGN_KEY:
        return False
    for word in norm_key(key).split("_"):
        if word in _FOREIGN_MEDIA_WORDS:
            return True
        if _FOREIGN_ADDRESS_AFFIX.sub("", word) in _FOREIGN_MEDIA_WORDS:
            return True
    return False


# The fewest decimals a rounded geometry keeps for it to be read as a rounding: an
# integer or one-decimal point (a placeholder, a region's centre) is never one.
_MIN_ROUNDED_DECIMALS = 2
_MAX_ROUNDED_DECIMALS = 12


def _written_decimals(value: float) -> int | None:
    """Return how many decimals a coordinate is written with, None when it cannot tell."""
    text = repr(float(value))
    if "e" in text or "n" in text:  # an exponent, inf or nan
        return None
    return len(text.partition(".")[2].rstrip("0"))


def _rounded_point(geometry: tuple[float, float], own: tuple[float, float] | None) -> bool:
    """Return True when a feature's geometry is its properties' position rounded.

    A map layer built from database rows often writes its Point rounded (to 4 or 5
    decimals, ``[117.5461, 0.5098]``) while the row in its properties keeps the surveyed
    ``lat``/``lng`` (``"0.50981"``, ``"117.54612"``): both name one place, the properties
    more precisely. Each coordinate of the geometry must equal the property's, rounded or
    cut to the decimals the geometry writes (at least two), and the property must write
    more of them. A geometry at another place is the feature's own position and wins.
    """
    if own is None:
        return False
    more = False
    for placed, written in zip(geometry, own, strict=True):
        decimals = _written_decimals(placed)
        own_decimals = _written_decimals(written)
        if (
            decimals is None
            or own_decimals is None
            or not _MIN_ROUNDED_DECIMALS <= decimals <= _MAX_ROUNDED_DECIMALS
        ):
            return False
        scale = 10.0**decimals
        tolerance = 0.5 / scale / 1000
        rounded = abs(round(written, decimals) - placed) <= tolerance
        cut = abs(int(written * scale) / scale - placed) <= tolerance
        if not (rounded or cut):
            return False
        more = more or own_decimals > decimals
    return more


def _feature_position(
    geometry: tuple[float, float], fields: _Fields, notes: Notes
) -> tuple[float, float] | None:
    """Return a feature's position: its geometry, or its properties' when that is rounded.

    The geometry beats a position its properties name, unless it is only that position
    rounded (``_rounded_point``) and the properties name it by latitude and longitude.
    """
    if fields.geo_position and _rounded_point(geometry, fields.position):
        return fields.position
    return check_position(geometry, notes)


# Fields of a map feature record holding its one GeoJSON feature (a CARS-program 511
# map's GraphQL ``mapFeatures: [{title, uri, __typename: "Camera", features: [{id,
# geometry, properties}], views}]``).
_HELD_FEATURE_KEYS = ("features",)
_MAX_HELD_FEATURE_FIELDS = 64


def _held_feature(
    index: Mapping[str, JSONValue], *, web_mercator: bool = False
) -> tuple[tuple[float, float] | None, str | None] | None:
    """Return the point and id of the one GeoJSON feature a record holds, else None.

    A map's feature record (``{title, uri: "camera/18493", features: [{id: "18493",
    geometry: {type: "Point", coordinates}, properties: {icon}}], views}``) is drawn by
    that one feature: its Point places the record and its id names it. The feature's
    properties (the marker's icon, its z-index) are never read. A list of several
    features (a road event's line and its end points), a feature without a Point and
    a record of many fields say nothing.
    """
    if len(index) > _MAX_HELD_FEATURE_FIELDS:
        return None
    for key in _HELD_FEATURE_KEYS:
        held = index.get(key)
        if not isinstance(held, list) or len(held) != 1 or not isinstance(held[0], dict):
            continue
        feature = index_keys(held[0])
        geometry = feature.get("geometry")
        kind = geometry.get("type") if isinstance(geometry, dict) else None
        if not isinstance(kind, str) or kind.lower() != "point":
            continue
        pair = _geometry_pair(geometry, web_mercator=web_mercator)
        if pair is None:
            continue
        return pair, _id_text(feature.get("id"))
    return None


_GRID_ROW_KEYS = frozenset({"id", "cell"})


def _grid_row(item: JSONObject) -> JSONValue:
    """Return a grid widget's row ``{id, cell}`` (jqGrid, Flexigrid) as an item.

    Positional cells are read by value (see ``row_item``), named cells as they are; the
    row's ``id`` is the camera's id. Any other object is returned unchanged.
    """
    cells = item.get("cell")
    if not set(item) <= _GRID_ROW_KEYS or not isinstance(cells, list | dict):
        return item
    found = row_item(cells) if isinstance(cells, list) else dict(cells)
    if found is None:
        return None
    row_id = item.get("id")
    if isinstance(row_id, str | int) and not isinstance(row_id, bool) and str(row_id).strip():
        found["id"] = str(row_id).strip()
    return found


def item_cameras(
    item: JSONValue, key_id: str | None, ctx: Context, notes: Notes
) -> tuple[list[Camera], int]:
    """Return the cameras one list item describes and how many were unusable."""
    if isinstance(item, list):
        item = row_item(item)
    elif isinstance(item, dict):
        item = _grid_row(item)
    if not isinstance(item, dict):
        return [], 1
    item = _listed_id_maps(_server_stream(asset_record(_unwrapped(item), ctx.base_url)))
    geometry: tuple[float, float] | None = None
    feature = _feature(item, web_mercator=ctx.web_mercator, lat_first=ctx.lat_first_points)
    own_id: str | None = None
    if feature is not None:
        item, geometry, feature_id = feature
        own_id = _id_text(feature_id)
        key_id = own_id or key_id
    elif (held := _held_feature(index_keys(item), web_mercator=ctx.web_mercator)) is not None:
        # A map feature record drawn by its one feature: its point and, when the record
        # names no id of its own, the feature's id.
        geometry, held_id = held
        key_id = key_id or held_id
    # A feature of a GIS layer: a GeoJSON Feature, or an Esri JSON feature of a query
    # answer (``{attributes, geometry}``); its province column may be its area.
    gis_feature = feature is not None or _esri_feature(item)
    if (station := _measured_station(item)) is not None:
        item, own_id = station, None  # the station's own id beats the reading's
    fields, index = _read_fields(item, ctx, notes, gis_feature=gis_feature)
    if _needs_login(index, fields):
        notes.need_login += 1
        return [], 1
    if own_id is not None and fields.id != own_id:
        # The feature's own id beats record numbers and GUIDs in its properties.
        source = next(
            (
                key
                for key in (ctx.id_key, *ID_KEYS)
                if key is not None and key in index and _id_text(index[key]) == fields.id
            ),
            None,
        )
        if yields_to_feature_id(source, index.get(source) if source else None):
            fields.id = own_id
    if geometry is not None and (feature is not None or fields.position is None):
        fields.position = _feature_position(geometry, fields, notes)
    if fields.id is None:
        fields.id = key_id or _reference_id(index)
    main = _main_camera(item, fields, ctx)
    if (views := _own_views(index)) is not None:
        cameras, skipped = _link_cameras(fields, views[0], ctx, notes, 1, views[1])
        if cameras:
            return _led(main, cameras), skipped
    if (stated := _stated_links(index)) is not None:
        cameras, skipped = _link_cameras(fields, stated[0], ctx, notes, 1, states=stated[1])
        if cameras:
            return _led(main, cameras), skipped
    if (primary := _primary_stream_camera(fields, index, ctx, notes)) is not None:
        return [primary], 0
    links = _links(index)
    if links is not None:
        fields.route = _route_group(fields, index)
        place = _refer_to_holder(index, links)
        if (holder := _camera_holder(item, index, links, ctx)) is not None:
            parent, own = holder
            parent.route = _route_group(parent, index)
            point = own is None and fields.position is not None and parent.position is None
            if point:
                # A GeoJSON feature's point holding its cameras (``properties.Cameras``):
                # its geometry places each of them; its name is their place, no area.
                parent = replace(parent, position=fields.position)
            cameras, skipped = _link_cameras(
                parent,
                links,
                ctx,
                notes,
                1,
                place=place,
                held=own is not None,
                point=point,
                kecamatan=place and _kecamatan_area(index, parent.area),
            )
            if cameras:
                if own is not None and own.stream_url not in {c.stream_url for c in cameras}:
                    cameras.insert(0, _build(own, ctx))
                return _led(main, cameras), skipped
        cameras, skipped = _link_cameras(
            fields,
            links,
            ctx,
            notes,
            1,
            place=place,
            kecamatan=place and _kecamatan_area(index, fields.area),
        )
        if cameras:
            return _led(main, cameras), skipped
    if not fields.has_media or _no_cameras_of_its_own(index, fields):
        return [], 1
    if _overview_entry(fields) or _satellite_entry(fields):
        return [], 1
    return [_build(fields, ctx), *_sub_cameras(item, fields, ctx, notes)], 0


# Fields by which a sub-camera names the camera it belongs to (an intensity map's
# ``GroupId``, a VMS's ``parentId``/``parent_camera_id``, ``master_id``).
_PARENT_HEADS = frozenset({"group", "parent", "parent_camera", "master", "induk", "main_camera"})
_MAX_SUB_CAMERAS = 20


def _sub_camera_list(parent: _Fields, entries: list[JSONValue]) -> bool:
    """Return True when every entry is a camera of its own naming the parent camera.

    Each entry refers back to the parent's id under a parent field (``GroupId``,
    ``parent_id``) and has an id of its own, other than the parent's; the parent has an
    id and media of its own.
    """
    if parent.id is None or not parent.has_media or not entries:
        return False
    if len(entries) > _MAX_SUB_CAMERAS or not _refer_back({parent.id}, entries, _PARENT_HEADS):
        return False
    for entry in entries:
        own = _own_entry_ids(entry) if isinstance(entry, dict) else set()
        if not own or parent.id in own:
            return False
    return True


def _own_entry_ids(entry: JSONObject) -> set[str]:
    """Return the texts of an entry's own id fields (``id``, ``CameraID``, ``code``)."""
    found: set[str] = set()
    for key, value in itertools.islice(entry.items(), _MAX_PROPERTIES):
        if (
            norm_key(key) in ID_KEYS
            and isinstance(value, int | str)
            and not isinstance(value, bool)
        ):
            if (text := _id_text(value)) is not None:
                found.add(text)
    return found


def _main_camera(item: JSONObject, parent: _Fields, ctx: Context) -> Camera | None:
    """Return a record's own camera when it holds its site's further cameras in a list.

    The list (``children``, ``SubCameras``, ``Group``) is read as the record's links or
    views; the record itself, a camera with an id and media of its own that every entry
    names back (``_sub_camera_list``), is a camera of the list as they are.
    """
    if parent.id is None or not parent.has_media:
        return None
    for value in itertools.islice(item.values(), _MAX_PROPERTIES):
        if isinstance(value, list) and _sub_camera_list(parent, value):
            return _build(parent, ctx)
    return None


def _led(main: Camera | None, cameras: list[Camera]) -> list[Camera]:
    """Return the cameras read from a record's list, after its own main camera if any."""
    if main is None or any(camera.id == main.id for camera in cameras):
        return cameras
    return [main, *cameras]


def _sub_cameras(item: JSONObject, parent: _Fields, ctx: Context, notes: Notes) -> list[Camera]:
    """Return the sub-cameras a camera record holds in a list of its own, each naming it.

    A traffic centre's camera list nests the further cameras of a site inside the site's
    main camera (``{ID: 69, Name, VideoURL, Images, Group: [{ID: 70, Name, GroupId: 69,
    Images}]}``): each entry refers back to the camera by its id under a parent field
    (``GroupId``, ``parentId``) and has an id of its own, so it is a camera of the list
    as the holder is, read by its own fields only (at most 20, one level). Entries
    without an id of their own (the camera's views or outputs), entries naming another
    record (``camera_id`` of a reading), lists under a record without an id and entries
    playing the holder's own stream are not taken.
    """
    if parent.id is None:
        return []
    found: list[Camera] = []
    for value in itertools.islice(item.values(), _MAX_PROPERTIES):
        if not isinstance(value, list) or not _sub_camera_list(parent, value):
            continue
        for entry in value:
            if not isinstance(entry, dict):
                continue
            fields = _read_fields(entry, ctx, notes)[0]
            if fields.id is None or fields.id == parent.id or not fields.has_media:
                continue
            if fields.stream_url is not None and fields.stream_url == parent.stream_url:
                continue
            found.append(_build(fields, ctx))
    return found


# A record's flag saying its camera's media needs a login (an open registry's ``auth:
# true``, ``requiresAuth``, ``login_required``): no viewer could load the picture. Only a
# raised yes/no flag counts; a visibility flag (``public: false``) says nothing of it and
# an ``auth`` object (a server's settings) is not read.
_LOGIN_FLAG_KEYS = (
    *("auth", "requires_auth", "auth_required", "needs_auth"),
    *("login_required", "requires_login", "needs_login"),
)
_MAX_LOGIN_URL = 2048


def _needs_login(index: Mapping[str, JSONValue], fields: _Fields) -> bool:
    """Return True for a record flagging that its camera's media needs a login it lacks.

    A record handing its login inside a media address (a user's own saved cameras,
    ``rtsp://user:pass@…`` beside ``requiresAuth: true``) is the user's camera: the login
    is dropped and the camera kept, as for any address carrying one. So is a record
    handing a signed or tokenised media address (``…/1.m3u8?token=…``, ``?key=9f2c41d0``,
    ``?sig=``): the portal's own token is the access the flag asks for. Only the
    addresses read as the camera's media count (a help link's ``?key=`` hands nothing).
    """
    if not any(index.get(key) is True for key in _LOGIN_FLAG_KEYS):
        return False
    media = [
        url[:_MAX_LOGIN_URL]
        for url in (fields.stream_url, fields.snapshot_url, fields.mjpeg_url)
        if url is not None
    ]
    if any(query_hands_access(url) for url in media):
        return False
    paths = {_address_path(url) for url in media} - {None}
    for value in itertools.islice(index.values(), _MAX_PROPERTIES):
        if not isinstance(value, str) or "@" not in value[:_MAX_LOGIN_URL]:
            continue
        try:
            parts = urlsplit(value[:_MAX_LOGIN_URL])
        except ValueError:
            continue
        if "@" in parts.netloc and parts.path in paths:
            return False
    return True


def _address_path(url: str) -> str | None:
    """Return an address's path, else None for an address that does not parse."""
    try:
        return urlsplit(url).path
    except ValueError:
        return None


# A record's own address inside its site written as a relative reference (a CARS-program
# 511 site's camera view ``uri: "camera/4101/1"``, its site ``camera/4101``): a kind word
# and one to three numbered parts, never a URL, a file or a host.
_REFERENCE_URI_KEYS = ("uri",)
_REFERENCE_URI = re.compile(r"[a-z][a-z_-]{1,30}(?:/\d{1,12}){1,3}")


# A record's own address on its server written from the root (a recorder's camera list
# ``uri="/cameras/0"`` beside ``image-uri="/cameras/0/image"``): a camera collection and
# one number, the channel number the recorder keys the camera by.
_CAMERA_RESOURCE_URI = re.compile(r"/(?:cameras|camera|cams|cctv|channels)/(\d{1,6})/?")


def _reference_id(index: Mapping[str, JSONValue]) -> str | None:
    """Return the relative reference a record without an id is addressed by, else None.

    A root-relative camera address (``/cameras/3``) gives its number alone.
    """
    for key in _REFERENCE_URI_KEYS:
        value = index.get(key)
        if not isinstance(value, str):
            continue
        text = value.strip()
        if _REFERENCE_URI.fullmatch(text):
            return text
        if (resource := _CAMERA_RESOURCE_URI.fullmatch(text)) is not None:
            return resource.group(1)
    return None


# Lists of one camera's own streams (a media server's virtual camera: ``streams: [{uid,
# primary: true, urls}, {uid, primary: false, subtitle: "… - sub (640x360)"}]``) and the
# flags marking the stream the camera is shown by.
_STREAM_LIST_KEYS = frozenset({"streams", "stream_profiles", "profiles", "sources", "variants"})
_PRIMARY_FLAG_KEYS = ("primary", "is_primary", "main", "is_main", "main_stream", "is_main_stream")
_MAX_CAMERA_STREAMS = 8
# A stream's holder naming the camera it is by its uid (``camera: "cam-sgt-0101"``).
_CAMERA_UID_KEYS = ("camera", "camera_uid", "cam")
_UID_TEXT = re.compile(r"[\w.:-]{1,80}")


def _primary_entry(links: list[JSONValue]) -> JSONObject | None:
    """Return the one stream of a camera's stream list marked primary, else None.

    Every entry must carry a yes/no primary flag and exactly one must be raised; a list
    of more than a few streams is a server's list of cameras, not one camera's streams.
    """
    if not links or len(links) > _MAX_CAMERA_STREAMS:
        return None
    marked: list[JSONObject] = []
    for link in links:
        if not isinstance(link, dict):
            return None
        flags = index_keys(link)
        flag = next((flags[key] for key in _PRIMARY_FLAG_KEYS if key in flags), None)
        if not isinstance(flag, bool):
            return None
        if flag:
            marked.append(link)
    return marked[0] if len(marked) == 1 else None


def holds_primary_stream(index: Mapping[str, JSONValue]) -> bool:
    """Return True for one camera's record holding its streams, one marked primary.

    A media server's answer for one camera (``{camera, title, streams: [{primary: true},
    {primary: false}]}``) is the camera, not the list of its streams.
    """
    if not any(isinstance(index.get(key), str) for key in NAME_KEYS):
        return False
    return any(
        key in _STREAM_LIST_KEYS and isinstance(value, list) and _primary_entry(value) is not None
        for key, value in itertools.islice(index.items(), _MAX_PROPERTIES)
    )


def _primary_stream_camera(
    fields: _Fields, index: Mapping[str, JSONValue], ctx: Context, notes: Notes
) -> Camera | None:
    """Return a camera shown by the primary one of its own streams, else None.

    A media server's camera (``{camera: "cam-sgt-0101", title, streams: [{primary: true,
    state, urls: {hls_live}}, {primary: false, subtitle: "… - sub"}]}``) is one camera:
    its own id (else the uid its ``camera`` field gives), name, area and position, and
    the media of its primary stream, never the sub streams. Its state is its own, else
    the primary stream's. A record with media of its own, without a name or an id, or
    whose streams do not mark exactly one primary (a server's independent streams) is
    left to the other rules.
    """
    if fields.has_media or fields.name is None:
        return None
    links = next(
        (
            value
            for key, value in itertools.islice(index.items(), _MAX_PROPERTIES)
            if key in _STREAM_LIST_KEYS and isinstance(value, list)
        ),
        None,
    )
    entry = _primary_entry(links) if links is not None else None
    if entry is None:
        return None
    own_id = fields.id
    if own_id is None:
        uid = next((index[key] for key in _CAMERA_UID_KEYS if key in index), None)
        text = _id_text(uid) if isinstance(uid, str) else None
        own_id = text if text is not None and _UID_TEXT.fullmatch(text) else None
    if own_id is None:
        return None
    # The stream's table of playback addresses (``urls: {hls_live, rtsp_live, preview}``)
    # is read as its own fields, so that a login written into them is dropped as it is
    # from any live field's address, not the address with it.
    lifted = dict(entry)
    for key, value in itertools.islice(entry.items(), _MAX_PROPERTIES):
        if isinstance(value, dict) and len(value) <= _MAX_PROPERTIES:
            if all(isinstance(inner, str) for inner in value.values()):
                lifted.pop(key)
                for inner_key, inner in value.items():
                    lifted.setdefault(inner_key, inner)
    stream = _read_fields(lifted, replace(ctx, id_key=None), notes)[0]
    if not stream.has_media:
        return None
    camera = replace(
        fields,
        id=own_id,
        stream_url=stream.stream_url,
        stream_key=stream.stream_key,
        snapshot_url=stream.snapshot_url,
        mjpeg_url=stream.mjpeg_url,
        online=fields.online if fields.online is not None else stream.online,
    )
    return _build(camera, ctx)


# Keys of a place's own list of cameras (a resort's ``webcams``, a lake's ``cams``).
_HELD_CAMERA_KEYS = frozenset({"cameras", "webcams", "cams", "kamera", "cctvs"})


def _live_media(fields: _Fields) -> bool:
    """Return True when fields hold a live medium: a stream, a video file, a video's page.

    A picture alone (a place's cover, its piste map) is no camera of the place's own,
    nor is a web page of unknown kind (its site, an API address).
    """
    if fields.mjpeg_url:
        return True
    url = fields.stream_url
    return url is not None and (url_kind(url) == "stream" or video_address(url))


# Words of a portal's title naming what it shows, never a place's name.
_CAMERA_TITLE_WORDS = frozenset({"cctv", "camera", "cameras", "kamera", "webcam", "webcams"})
# Words of a field holding a place's own live stream (``live``, ``liveStream``,
# ``stream``): a video page or file under another name (a profile ``video``) is no camera.
_OWN_LIVE_WORDS = frozenset({"live", "livestream", "stream", "streaming", "hls", "webcam"})


def _own_live_field(index: Mapping[str, JSONValue], own: _Fields, ctx: Context) -> bool:
    """Return True when a place's live medium is a stream, or sits in a field named for one."""
    url = own.stream_url
    if own.mjpeg_url or (url is not None and url_kind(url) == "stream"):
        return True
    return any(
        set(key.split("_")) & _OWN_LIVE_WORDS
        and isinstance(value, str)
        and resolve_url(value, ctx.base_url) == url
        for key, value in itertools.islice(index.items(), _MAX_PROPERTIES)
    )


def _camera_holder(
    item: JSONObject, index: Mapping[str, JSONValue], links: list[JSONValue], ctx: Context
) -> tuple[_Fields, _Fields | None] | None:
    """Return a named place holding its own list of cameras, and its own camera if it has one.

    A ski resort, lake or marina (``{caption: "Serra da Estrela", stream:
    "https://youtu.be/…", map: "…pistemap.jpg", webcams: [{caption: "Torre", media}]}``)
    holds its webcams under a list named for cameras, each named by itself: the place's
    name is their area. The place's own fields, read without that list (whose first
    camera's media would otherwise pass for the place's), decide what it is: with a live
    medium of its own (a stream or video file address, a video platform's page, an MJPEG
    stream) it is a camera too, named by the place, its id derived (the place's id names
    the place) and no still (its picture shows the place), listed before its webcams,
    and its name beats a coarser area it names; without one it is read as any group
    (``_is_group``), a picture of its own (a cover) being no camera. A place at a
    position holding no live medium is left to the place rules (``_named_place_group``).
    Returns the place as a parent without media, and its own camera or None; None when
    the list sits under another name, in a nested object, or its entries do not name
    themselves.
    """
    key = next(
        (key for key, value in itertools.islice(index.items(), _MAX_PROPERTIES) if value is links),
        None,
    )
    if key is None or key not in _HELD_CAMERA_KEYS or not _entries_named(links):
        return None
    rest = {raw: value for raw, value in item.items() if value is not links}
    if len(rest) == len(item):
        return None  # the list sits in a nested object: not the place's own field
    own = _read_fields(rest, ctx, Notes())[0]
    if own.name is None or generic_label(own.name) or own.device or own.tree:
        return None
    if organisation_text(own.name) or _CAMERA_TITLE_WORDS & set(
        _NAME_WORD.findall(own.name.lower())
    ):
        return None  # a portal's or an office's title ("CCTV Kabupaten …"), no place
    live = _live_media(own) and _own_live_field(index_keys(rest), own, ctx)
    if not live and own.position is not None:
        return None
    parent = replace(own, stream_url=None, stream_key=None, snapshot_url=None, mjpeg_url=None)
    if not live:
        return parent, None
    # The place's picture (a cover, a map) shows the place, never its stream.
    return parent, replace(own, id=None, snapshot_url=None)


_MAX_OVERVIEW_NAME = 60


def _overview_entry(fields: _Fields) -> bool:
    """Return True for a webcam list's weather overview entry, which is no camera.

    A mesonet's list opens with a radar picture of the whole network ("NEXRAD
    Overview", id ``KCCI-000``) served by a script, not a camera's picture: an entry
    named only by overview words, with no stream and no picture file, is left out.
    A camera named after a place ("Radar Hill") keeps its name's other words.
    """
    name = fields.name
    if not name or len(name) > _MAX_OVERVIEW_NAME or fields.stream_key or fields.mjpeg_url:
        return False
    words = set(re.findall(r"\w+", name.lower()))
    if not words or not words <= OVERVIEW_NAME_WORDS or words.isdisjoint(OVERVIEW_CORE_WORDS):
        return False
    media = [url for url in (fields.stream_url, fields.snapshot_url) if url]
    return all(url_kind(url) is None for url in media)


def _satellite_entry(fields: _Fields) -> bool:
    """Return True for an entry showing only a weather satellite's picture, no camera.

    A weather board's ``Himawari-9 Kalimantan`` or ``GOES-18 GeoColor`` download beside
    its webcams (``satellite.satellite_picture``); an entry that plays anything stays.
    """
    if fields.stream_url or fields.stream_key or fields.mjpeg_url or not fields.snapshot_url:
        return False
    return satellite_picture(fields.snapshot_url, fields.name)


# Keys of a place's list of cameras (a surf spot's ``cameras``, a site's ``kamera``).
_CAMERA_LIST_KEYS = ("cameras", "kamera", "cctvs", "webcams")


def _place_thumbnail(fields: _Fields, index: Mapping[str, JSONValue]) -> bool:
    """Return True when a place's only media is a still beside its own list of cameras."""
    if fields.stream_url or fields.stream_key or fields.mjpeg_url:
        return False
    return any(isinstance(index.get(key), list) and index[key] for key in _CAMERA_LIST_KEYS)


def _no_cameras_of_its_own(index: Mapping[str, JSONValue], fields: _Fields) -> bool:
    """Return True for a place whose list of cameras is empty and that shows only a still.

    A spot or site listing its cameras (``cameras: []``) has none when the list is
    empty: its own thumbnail is a picture of the place, never a camera.
    """
    if fields.stream_url or fields.stream_key or fields.mjpeg_url:
        return False
    return any(index.get(key) == [] for key in _CAMERA_LIST_KEYS)


_MAX_STATION_FIELDS = 64


def _own_media(value: JSONObject) -> bool:
    """Return True when an object's own text fields hold a stream or picture address."""
    return any(
        isinstance(inner, str) and looks_like_url(inner) and url_kind(inner.strip()) is not None
        for inner in itertools.islice(value.values(), _MAX_STATION_FIELDS)
    )


def _measured_station(item: JSONObject) -> JSONObject | None:
    """Return a reading's station as the item, the reading's fields after its own, else None.

    A water-level or weather reading (``{id, ketinggian, tanggal, pintu_air: {id, name,
    kecamatan, cctv}}``) is no camera: the station it was taken at, nested as the one
    object naming itself with an id and a camera address, is. A record naming itself or
    carrying media of its own is read as it is.
    """
    fields = list(itertools.islice(item.items(), _MAX_STATION_FIELDS))
    if _own_media(item) or _names_itself(item):
        return None
    found: tuple[str, JSONObject] | None = None
    for key, value in fields:
        if not isinstance(value, dict) or norm_key(key) in _MEDIA_FIELD_KEYS:
            continue  # a media record (``thumbnail: {id, url, filename}``) is no station
        if not _own_media(value):
            continue
        index = index_keys(dict(list(itertools.islice(value.items(), _MAX_STATION_FIELDS))))
        if not any(_id_text(index.get(name)) for name in ID_KEYS) or not _names_itself(value):
            continue
        if found is not None:
            return None  # two stations (from and to): no single camera
        found = (key, value)
    if found is None:
        return None
    merged: JSONObject = dict(found[1])
    for key, value in item.items():
        if key != found[0]:
            merged.setdefault(key, value)
    return merged


def _unwrapped(item: JSONObject) -> JSONObject:
    """Return the record of a single-key wrapper (``{"cctv": {...}}``), else the item."""
    for _ in range(2):
        if len(item) != 1:
            break
        key, value = next(iter(item.items()))
        if not isinstance(value, dict) or norm_key(key) not in RECORD_WRAPPER_KEYS:
            break
        item = value
    return item


# A record naming the media server that serves its stream (``serverType: "flussonic"``)
# beside the stream's address on it (``url``) and a playback ``token``: the keys naming
# the server, the keys of the address, and the token's keys and form.
_SERVER_KIND_KEYS = frozenset(
    {"servertype", "server_type", "streamer", "mediaserver", "media_server"}
)
_SERVER_ADDRESS_KEYS = ("url", "stream_url", "streamurl", "stream")
_SERVER_TOKEN_KEYS = ("token", "stream_token", "play_token")
_SERVER_TOKEN = re.compile(r"[A-Za-z0-9._~-]{1,256}")
_SERVER_HLS_MODES = {"fmp4": "index.fmp4.m3u8"}


def _server_stream(item: JSONObject) -> JSONObject:
    """Return a record with its Flussonic stream's HLS address built, else the item.

    A record naming Flussonic as its media server (``serverType``, ``streamer``,
    ``mediaServer``) with the stream's address on it and no playlist
    (``https://fl2…/city_lenina_sq``) plays ``<address>/index.m3u8`` (``index.fmp4.m3u8``
    in the fMP4 ``hlsMode``), with the record's playback ``token`` as the query
    Flussonic reads (``?token=…``): a token the address carries is part of it (redacted
    in logs and diagnostics like any). A LAN, loopback or local-name host gets the
    playlist but never the token. Another server, an address with a path extension
    or a query of its own, or a token with characters no token has, leave the record.
    """
    kinds = [v for k, v in item.items() if norm_key(k) in _SERVER_KIND_KEYS]
    if len(kinds) != 1 or not isinstance(kinds[0], str) or kinds[0].strip().lower() != "flussonic":
        return item
    lowered = {norm_key(k): k for k in item}
    key = next((lowered[k] for k in _SERVER_ADDRESS_KEYS if k in lowered), None)
    url = item.get(key) if key is not None else None
    if not isinstance(url, str) or not url.startswith(("https://", "http://")):
        return item
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return item
    last = parts.path.rstrip("/").rsplit("/", 1)[-1]
    if parts.query or parts.fragment or not last or "." in last:
        return item
    mode = next((v for k, v in item.items() if norm_key(k) == "hls_mode"), None)
    playlist = (
        _SERVER_HLS_MODES.get(mode.strip().lower(), "index.m3u8")
        if isinstance(mode, str)
        else "index.m3u8"
    )
    token = next((item[lowered[k]] for k in _SERVER_TOKEN_KEYS if k in lowered), None)
    query = ""
    if isinstance(token, str) and token.strip() and is_public_host(parts.hostname):
        if _SERVER_TOKEN.fullmatch(token.strip()) is None:
            return item
        query = f"token={token.strip()}"
    built = urlunsplit(
        (parts.scheme, parts.netloc, parts.path.rstrip("/") + "/" + playlist, query, "")
    )
    return {**item, key: built}  # type: ignore[dict-item]


_BUTTON = re.compile(r"<(?:a|button)\b", re.IGNORECASE)
_MAX_BUTTON_SCAN = 4096


def _markup_cell(item: JSONObject, position: int, cell: str) -> None:
    """Read one rendered cell of a positional row (DataTables ``data`` arrays).

    Its media are read from the cell itself (kept under a field of its own), a badge's
    text gives the state, and the first cell whose text reads like a name names the row;
    a button's label (``Tonton``, ``Lihat``) never does.
    """
    item.setdefault(f"cell_{position}", cell)
    text = markup_text(cell)
    if text is None:
        return
    if generic_label(text) and _BUTTON.search(cell[:_MAX_BUTTON_SCAN]):
        return  # a link's or button's label ("Live", "Lihat") is neither a state nor a name
    if (state := parse_status(text)) is not None:
        item.setdefault("status", state)
    elif "name" not in item and not generic_label(text) and (name := _name_candidate(cell)):
        item["name"] = name


_ROW_ID = re.compile(r"[A-Za-z0-9][\w.:/-]{0,39}")
_MAX_ROW_AREA = 40
_TEXT_PAIR = re.compile(r"\s*(-?\d{1,3}\.\d{1,15})\s*[,;]\s*(-?\d{1,3}\.\d{1,15})\s*")


def _text_pair(value: JSONValue) -> tuple[float, float] | None:
    """Return (lat, lng) of a ``'lat, lng'`` text cell within degree ranges, else None."""
    if not isinstance(value, str) or len(value) > 80:
        return None
    found = _TEXT_PAIR.fullmatch(value)
    if found is None:
        return None
    return _row_pair([float(found.group(1)), float(found.group(2))])


def _row_pair(numbers: list[float | None]) -> tuple[float, float] | None:
    """Return the first two neighbouring fractional numbers read as (lat, lng) by value.

    Leaflet and Google rows write the latitude first, OpenLayers rows the longitude:
    when only one order is within degree ranges, that order is the pair's.
    """
    for first, second in itertools.pairwise(numbers):
        if first is None or second is None or first.is_integer() or second.is_integer():
            continue
        if abs(first) <= 90 and abs(second) <= 180:
            return first, second
        if abs(second) <= 90 and abs(first) <= 180:
            return second, first
    return None


def row_item(row: list[JSONValue], shared: frozenset[int] = frozenset()) -> JSONObject | None:
    """Return a positional row (``['Name', lat, lng, 'https://…m3u8']``) as an item.

    Each cell's role comes from its value: URLs and relative media paths by their kind,
    two neighbouring fractional numbers within degree ranges the position (in either
    order), the first name-like text the name, and a leading scalar the id when a later
    cell names the camera (``[id, lon, lat, heading, 'name', 'still.jpg']``).

    A grid widget's rendered row (a cell holding markup: jqGrid and Flexigrid ``cell``
    arrays, DataTables ``data`` arrays) is read the same way, and there the short text
    right after the name is its area (``['21', 'Simpang Tiga', 'Sangatta Utara', …]``)
    and a ``'lat, lng'`` text cell its position.

    A code after the name is the id unless it names a kind or a resolution (``PTZ360``,
    ``4K``) or stands in one of the ``shared`` columns (``shared_code_columns``): a value
    the list's rows repeat names no camera.
    """
    if not 2 <= len(row) <= 16 or any(isinstance(v, dict) for v in row):
        return None
    nested = [value for value in row if isinstance(value, list)]
    if len(nested) > 1 or (nested and not 2 <= len(nested[0]) <= 3):
        return None  # only one nested cell, a position ([lat, lng]), belongs in a row
    item: JSONObject = {}
    numbers: list[float | None] = []
    names: list[tuple[int, str]] = []
    name_at: int | None = None
    rendered = False
    for position, value in enumerate(row):
        if isinstance(value, list):
            numbers.append(None)
            continue
        if isinstance(value, str) and is_markup(value):
            numbers.append(None)
            rendered = True
            _markup_cell(item, position, value)
            if name_at is None and "name" in item:
                name_at = position
            continue
        is_url = isinstance(value, str) and looks_like_url(value)
        number = _number(value) if not is_url else None
        numbers.append(number)
        if number is None and isinstance(value, str) and (state := parse_status(value)) is not None:
            item.setdefault("status", state)  # a text state ("Aktif") is no name
        elif isinstance(value, str) and is_url:
            kind = url_kind(value.replace("\\/", "/").strip())
            slot = _MEDIA_SLOTS.get(kind or "", "url")
            item.setdefault(slot, value)
        elif number is None and isinstance(value, str) and (kind := relative_media_kind(value)):
            item.setdefault(_MEDIA_SLOTS[kind], value.strip())
        elif number is None and isinstance(value, str) and len(names) < 3:
            if (text := _name_candidate(value)) is not None:
                names.append((position, text))
    if names and "name" not in item:
        item["name"], name_at = names[0][1], names[0][0]
        lead = row[0]
        if names[0][0] == 0 and len(names) > 1 and _row_id(lead, names[1][1]):
            item["id"], item["name"], name_at = str(lead).strip(), names[1][1], names[1][0]
        elif names[0][0] > 0 and _row_id(lead, names[0][1]) and numbers[0] is not None:
            item["id"] = str(lead).strip()
        elif len(names) > 1 and _code_cell(names[0][1], names[1][1]):
            # A code before the name past the position (``[lat, lng, 'BGL-01', 'Terminal']``).
            item["id"], item["name"] = names[0][1], names[1][1]
        elif code := next(
            (
                t
                for at, t in names[1:]
                if at not in shared and _code_cell(t, names[0][1]) and not _kind_code(t)
            ),
            None,
        ):
            # A code after the name (Baidu Maps rows ``[lng, lat, name, code, url]``), also
            # past a plain word (``[name, lat, lng, 'publik', still, 'rw03-tl']``).
            item["id"] = code
    if rendered and name_at is not None:
        area = next((text for at, text in names if at == name_at + 1), None)
        if area is not None and len(area) <= _MAX_ROW_AREA and len(area.split()) <= 4:
            item.setdefault("area", area)
    pair = _row_pair(numbers)
    if pair is None and rendered:
        pair = next(filter(None, map(_text_pair, row)), None)
    if pair is None and nested:
        cell = [_number(v) if not isinstance(v, list | dict) else None for v in nested[0][:2]]
        pair = _row_pair(cell)
        if pair is None and None not in cell:
            return None  # a nested list that is no position: not a row of one camera
    if pair is not None:
        item["lat"], item["lng"] = pair
    _row_viewer_page(item)
    return item if "name" in item else None


def _row_viewer_page(item: JSONObject) -> None:
    """Mark a row's page cell as its viewer page when the page is keyed by the camera.

    ``['KP-01', 'Pelabuhan', lat, lng, '…/siaran/kp-01', '…/gambar/kp-01.jpg']``: a page
    whose path ends in a word saying it plays and the row's own code (its id or its
    still's file name, see ``viewerlinks``) is the camera's stream beside its still. A
    slug of words, a detail or news page, a relative page and a LAN host stay a page,
    which only stands in for a camera without media.
    """
    page, still = item.get("url"), item.get("snapshot")
    if not isinstance(page, str) or not isinstance(still, str) or VIEWER_PAGE_KEY in item:
        return
    ident = item.get("id")
    codes = (ident if isinstance(ident, str) else None, still_code(still.strip()))
    if viewer_page(page.replace("\\/", "/").strip(), codes) is not None:
        item[VIEWER_PAGE_KEY] = ReaderText(page.strip())


def _code_cell(text: str, name: str) -> bool:
    """Return True when a text cell is a camera code beside a name (``KT-0107``).

    A code is one word of letters joined to digits (both present, at most 40 characters)
    and the name is a longer text or several words; a second name, an area or a number
    alone is none.
    """
    return (
        _number(text) is None
        and any(c.isdigit() for c in text)
        and any(c.isalpha() for c in text)
        and _row_id(text, name)
    )


# A code made of kind words and resolutions only (``PTZ360``, ``2MP``, ``4K``, ``1080p``).
_CODE_RUN = re.compile(r"[^\W\d_]+|\d+")
_RESOLUTION = re.compile(r"\d{1,2}(?:mp|k)|\d{3,4}p", re.IGNORECASE)


def _kind_code(text: str) -> bool:
    """Return True when a code only names a kind of camera or a resolution (``PTZ360``)."""
    if _RESOLUTION.fullmatch(text) or _listing_category(text):
        return True
    return _listing_category(" ".join(_CODE_RUN.findall(text[:40])))


def shared_code_columns(rows: list[JSONValue]) -> frozenset[int]:
    """Return the text columns of positional rows read together whose values repeat.

    A code every row (or several rows) of a list carries in one column (``'PTZ360'``,
    ``'RT07'``) is a kind or a place, no camera's id; an id taken from it would depend on
    the rows' order.
    """
    table = [row for row in rows[:_MAX_COLUMN_ROWS] if isinstance(row, list)]
    if len(table) < 2:
        return frozenset()
    shared: set[int] = set()
    for column in range(min(len(row) for row in table)):
        cells = [row[column] for row in table]
        texts = [cell.strip().casefold() for cell in cells if isinstance(cell, str)]
        if len(texts) > 1 and len(set(texts)) < len(texts):
            shared.add(column)
    return frozenset(shared)


def _row_id(lead: JSONValue, name: str) -> bool:
    """Return True when a row's leading cell is an id rather than a name or a number."""
    if isinstance(lead, bool):
        return False
    if isinstance(lead, int):
        return lead >= 0
    if not isinstance(lead, str) or not _ROW_ID.fullmatch(lead.strip()):
        return False
    text = lead.strip()
    return any(c.isdigit() for c in text) and (" " in name or len(name) > len(text))


# Positional rows read together: a column's values across the rows say what it holds
# where one row's values cannot. At most this many rows are compared.
_MAX_COLUMN_ROWS = 500
_MIN_COLUMN_ROWS = 3


def _plain_cell(value: JSONValue) -> str | None:
    """Return a cell's text when it is plain text: no URL, media path, markup or number."""
    if not isinstance(value, str) or is_markup(value) or looks_like_url(value):
        return None
    if _number(value) is not None or relative_media_kind(value):
        return None
    return clean_text(value) or None


_NO_AREA_CHARACTERS = frozenset(":@/\\")


def _area_text(text: str) -> bool:
    """Return True for a short place-like text: letters, at most 4 words, no login or path.

    One word mixing letters and digits (``CH1``, ``cam02``) is a code, no place.
    """
    return (
        len(text) <= _MAX_ROW_AREA
        and (" " in text.strip() or not any(c.isdigit() for c in text))
        and len(text.split()) <= 4
        and any(c.isalpha() for c in text)
        and not _NO_AREA_CHARACTERS.intersection(text)
    )


# Words saying what a column's value is when it is no place: a camera's maker, the way
# it looks (``Arah Utara``: a direction, compass words alone) or its mounting.
_ROW_NOT_PLACE_WORDS = frozenset(
    {
        "hikvision", "hilook", "dahua", "uniview", "ezviz", "imou", "axis", "bosch",
        "hanwha", "samsung", "wisenet", "sony", "panasonic", "vivotek", "mobotix", "reolink",
        "tiandy", "milesight", "pelco", "honeywell", "avtech", "tp-link", "tapo", "xiaomi",
        "arah", "direction", "menghadap", "facing", "view", "lajur", "jalur", "lane",
    }
)  # fmt: skip
_ROW_COMPASS_WORDS = frozenset(
    {
        "north", "south", "east", "west", "northeast", "northwest", "southeast",
        "southwest", "utara", "selatan", "timur", "barat", "laut", "daya", "tenggara",
        "barat-laut", "n", "s", "e", "w", "ne", "nw", "se", "sw",
    }
)  # fmt: skip
# Small joining words a place name may hold in lower case ("Jalan Poros km 12").
_ROW_PLACE_JOINERS = frozenset({"km", "di", "de", "da", "do", "dos", "das", "dan", "of", "el"})
# Times an id column must not be: seconds or milliseconds since 1970, years 2000..2100.
_EPOCH_SECONDS = (946_684_800, 4_102_444_800)


def _row_place(text: str) -> bool:
    """Return True for a value reading as a place: capitalised words, no maker or direction.

    ``Hikvision`` (a maker), ``Arah Utara`` (the way a camera looks) and ``Timur`` (a compass
    word alone) file cameras by something other than a place.
    """
    words = [w.strip(".,()") for w in text.split()]
    folded = [w.casefold() for w in words if w]
    if not folded or any(w in _ROW_NOT_PLACE_WORDS for w in folded):
        return False
    if all(w in _ROW_COMPASS_WORDS for w in folded):
        return False
    return all(
        w[:1].isupper() or w[:1].isdigit() or w.casefold() in _ROW_PLACE_JOINERS for w in words if w
    )


def _row_time_or_port(numbers: list[int]) -> bool:
    """Return True when a column of numbers reads as times or as a host's ports.

    An updated-at epoch (10 digits in seconds, 13 in milliseconds) changes on each refresh,
    and ports ``8081..8084`` number a recorder's channels: neither names a camera for good.
    """
    low, high = _EPOCH_SECONDS
    if all(low <= v <= high or low * 1000 <= v <= high * 1000 for v in numbers):
        return True
    return (
        all(1000 <= v <= 65535 for v in numbers) and max(numbers) - min(numbers) == len(numbers) - 1
    )


def row_columns(rows: list[JSONValue]) -> tuple[int | None, int | None]:
    """Return the (area, id) column indexes of a list of positional rows, else None each.

    Map pages write their cameras as rows of equal width (``['Name', lat, lng, 'still.jpg',
    'DR-10 São Paulo', 101]``). A short text column past the first text (the name) whose
    values repeat across the rows, but not one value on every row, files the cameras by
    place: it is their area, unless every value names a kind of camera or a listing
    (``PTZ``, ``Dome``) or a state, and only when every value reads as a place: capitalised
    words naming no camera maker (``Hikvision``) nor a direction (``Arah Utara``, a compass
    word alone). A last column of distinct non-negative integers is the cameras' id when
    its values do not all fit within the row count: Google's ``[name, lat, lng, zIndex]``
    rows number their stacking order ``1..n``, which is no id; nor are epochs (an updated-at
    time, seconds or milliseconds) or consecutive 4- or 5-digit ports (``8081..8084``).
    """
    sample = rows[:_MAX_COLUMN_ROWS]
    if len(sample) < _MIN_COLUMN_ROWS or not all(isinstance(row, list) for row in sample):
        return None, None
    table = [row for row in sample if isinstance(row, list)]
    width = len(table[0])
    if not 3 <= width <= 16 or any(len(row) != width for row in table):
        return None, None
    area: int | None = None
    texts = 0
    for column in range(width):
        cells = [_plain_cell(row[column]) for row in table]
        if any(cell is None for cell in cells):
            continue
        texts += 1
        if texts == 1:
            continue  # the first text column is the name
        values = [cell for cell in cells if cell is not None]
        distinct = {value.casefold() for value in values}
        if not 1 < len(distinct) < len(values):
            continue
        if any(not _area_text(v) or not _row_place(v) for v in values):
            continue
        if all(_listing_category(v) for v in values) or any(parse_status(v) for v in values):
            continue
        area = column
        break
    last = [row[-1] for row in table]
    ident: int | None = None
    if all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in last):
        numbers = [v for v in last if isinstance(v, int)]
        if (
            len(set(numbers)) == len(numbers)
            and max(numbers) > len(rows)
            and not _row_time_or_port(numbers)
        ):
            ident = width - 1
    return area, ident


def with_row_columns(
    item: JSONObject, row: list[JSONValue], columns: tuple[int | None, int | None]
) -> None:
    """Add a row's area and id read from its columns (see ``row_columns``) to its item."""
    area, ident = columns
    if area is not None and area < len(row) and (text := _plain_cell(row[area])):
        if text != item.get("name"):
            item.setdefault("area", text)
    if ident is not None and ident < len(row) and "id" not in item:
        item["id"] = str(row[ident])


_MAX_GROUPS = 50


def _wall_cameras(
    items: list[tuple[str | None, JSONValue]],
) -> tuple[list[tuple[str | None, JSONValue]], list[int] | None]:
    """Return a list with each video wall screen read as the camera it shows, if any.

    A screen showing a camera stands for that camera's record (its own id, name, place and
    media); a screen showing an app, a call, a page or nothing is left out. Beside it come
    the positions in items of the entries kept (a screen's camera at ``-1``: a record of
    its own, never prepared with its screen), or None when the list is unchanged.
    """
    read: list[tuple[str | None, JSONValue]] = []
    origins: list[int] = []
    changed = False
    for position, (key, item) in enumerate(items):
        if isinstance(item, dict):
            screen, shown = wall_screen(item)
            if screen:
                changed = True
                if shown is not None:
                    read.append((key, shown))
                    origins.append(-1)
                continue
        read.append((key, item))
        origins.append(position)
    return (read, origins) if changed else (items, None)


def _shared_link_id_key(items: list[JSONValue]) -> str | None:
    """Return the field identifying the channels of several recorders' lists together.

    A gateway listing its recorders gives each its channels, numbered again on every
    recorder (``channel_id`` 1, 2, 3) beside the app's own record id for the channel
    (``stream_id`` 11, 12 … 31), unique across them: that id identifies the camera. Only
    when the key each list would choose repeats across the lists is another one taken.
    """
    groups = [
        links[:500]
        for item in items[:_MAX_GROUPS]
        if isinstance(item, dict) and (links := _links(flat_index(item, norm_key)[0]))
    ]
    if len(groups) < 2:
        return None
    combined = [link for links in groups for link in links][:500]
    shared = _id_key_of(combined)
    if shared is None:
        return None
    own_keys = {_id_key_of(links) for links in groups}
    if len(own_keys) != 1:
        return None  # lists choosing their ids differently (a record naming its own code)
    own = next(iter(own_keys))
    return shared if own is not None and own != shared else None


# Entries giving no camera read before a list is read no further: a 6 MB list of map
# points without media costs what this many of them cost, never seconds per refresh.
MAX_UNUSABLE_ENTRIES = 2 * MAX_CAMERAS
# The entries of a list read at all: ten times as many as reading reaches without wall
# screens left out before it.
_MAX_LISTED = 10 * (MAX_CAMERAS + MAX_UNUSABLE_ENTRIES)


def _plays_media(camera: Camera) -> bool:
    """Return True when a camera plays video (MJPEG or a video stream), not a page or a picture.

    A sign's rendering, a weather station's chart or an incident's photo are no camera's
    picture, but a marker of other equipment playing live video is a camera, whatever
    kind of equipment its marker is drawn as.
    """
    stream = camera.stream_url
    return camera.mjpeg_url is not None or (stream is not None and url_kind(stream) == "stream")


# A news article's record (a publication stamp, an author and its body text written out)
# and a music track's (an artist beside the track, song or album): a news or music
# service's answer, whose picture is a cover, never a camera's view.
_ARTICLE_STAMPS = frozenset(
    {"published_at", "publish_date", "published", "pub_date", "date_published", "tanggal_terbit"}
)
_ARTICLE_AUTHORS = frozenset({"author", "author_name", "penulis", "byline"})
_ARTICLE_BODIES = frozenset({"body", "content", "isi", "konten", "isi_berita", "article_body"})
_TRACK_KEYS = frozenset({"track", "track_name", "song", "song_title", "album", "album_name"})
# Any one of them marks a record as a published work's (a video field's clip is no camera's).
_PUBLISHED_WORK_KEYS = (
    _ARTICLE_STAMPS | _ARTICLE_AUTHORS | _ARTICLE_BODIES | _TRACK_KEYS | {"artist", "ingredients"}
)


# A camera registry's typed source (gKhazaradze-style ``source: {kind: "youtube",
# videoId} | {kind: "link", url} | {kind: "windy", webcamId} | {kind: "iframe", url}``, or
# a flat ``type: "windy"`` beside the entry's fields): the kind says what the entry is.
_SOURCE_OBJECT_KEYS = ("source", "media", "feed", "embed", "player")
_SOURCE_KIND_KEYS = ("kind", "type")
# Kinds naming a plain link to a page (an operator's site, a webcam page listing several).
_LINK_SOURCE_KINDS = frozenset(
    {"link", "links", "website", "webpage", "web", "page", "homepage", "external"}
    | {"external_link", "externallink", "site"}
)
# Webcam directories whose camera is given by its id alone and plays only through their
# API with a key: the entry's page is the directory's detail page, no player or picture.
_DIRECTORY_SOURCE_KINDS = frozenset(
    {"windy", "windy_webcam", "skylinewebcams", "skyline", "webcamtaxi", "earthcam"}
)


def _source_kind(item: Mapping[str, JSONValue]) -> tuple[str, bool] | None:
    """Return the kind an entry's typed source states and whether a source object states it.

    A nested source object (``source: {kind}``) comes first, then the entry's own flat
    ``kind``/``type``; None when neither states one.
    """
    index = index_keys(item)
    for key in _SOURCE_OBJECT_KEYS:
        inner = index.get(key)
        if isinstance(inner, dict):
            inner_index = index_keys(inner)
            for kind_key in _SOURCE_KIND_KEYS:
                if isinstance(kind := inner_index.get(kind_key), str) and len(kind) <= 40:
                    return kind.strip().lower(), True
    for kind_key in _SOURCE_KIND_KEYS:
        if isinstance(kind := index.get(kind_key), str) and len(kind) <= 40:
            return kind.strip().lower(), False
    return None


def _unplayable_source(item: JSONValue, found: list[Camera]) -> bool:
    """Return True for a registry entry whose typed source is a page, not media.

    A ``link`` kind (``website``, ``page``…) points at a site, unless it links one
    camera's viewer keyed by its id; a webcam directory's kind (``windy``) gives only its
    id. Either way the entry's address is a page: it is no camera unless a camera read
    from it plays video or shows a picture after all.
    """
    if not isinstance(item, dict) or (stated := _source_kind(item)) is None:
        return False
    kind, nested = stated
    # An entry's own flat kind naming a link is read by ``mediakind.link_kind`` (its
    # words: ``link``, ``website``…; ``type: "web"`` is none): only a source object's
    # kind, or a directory's kind however written, is read here.
    if not (nested and kind in _LINK_SOURCE_KINDS) and kind not in _DIRECTORY_SOURCE_KINDS:
        return False
    if any(_plays_media(camera) or camera.snapshot_url is not None for camera in found):
        return False
    # A link to one camera's viewer keyed by its id (``PlayVideo.aspx?ID=17``,
    # ``/live/view.php?id=7``, ``/cam/17``) is that camera's player page: it stays.
    return kind in _DIRECTORY_SOURCE_KINDS or not any(
        camera.stream_url is not None and _keyed_viewer(camera.stream_url) for camera in found
    )


def _keyed_viewer(url: str) -> bool:
    """Return True for a page keyed by a query or a numbered last path segment."""
    try:
        parts = urlsplit(url[:_MAX_RECORD_PAGE])
    except ValueError:
        return False
    last = parts.path.rstrip("/").rsplit("/", 1)[-1]
    return bool(parts.query) or any(c.isdigit() for c in last)


def _published_work(item: JSONValue) -> bool:
    """Return True for a news article's or a music track's record (see ``_TRACK_KEYS``)."""
    if not isinstance(item, dict):
        return False
    index = index_keys(item)
    if isinstance(index.get("artist"), str) and any(
        isinstance(index.get(key), str) for key in _TRACK_KEYS
    ):
        return True
    return (
        not _ARTICLE_STAMPS.isdisjoint(index)
        and any(isinstance(index.get(key), str) for key in _ARTICLE_AUTHORS)
        and any(isinstance(index.get(key), str) for key in _ARTICLE_BODIES)
    )


# A record's link to its own page (``url``, ``link``, ``permalink``).
_RECORD_PAGE_KEYS = (
    *("url", "link", "permalink", "href", "web_url", "page_url", "detail_url"),
    *("canonical_url", "share_url", "article_url", "news_url", "post_url", "product_url"),
)
# Folders of a shop's product pages (``/product/kaos-1``, ``/produk/…``, ``/shop/…``). A
# generic ``item``/``items`` folder is none: a traffic list's ``/item/0`` is a camera's page.
_PRODUCT_FOLDERS = SHOP_WORDS | {"products", "jual", "beli"}
_MAX_RECORD_PAGE = 2048
_RECORD_NAME_KEYS = ("name", "title", "nama", "judul", "label", "headline")
# An article's teaser written beside its slug (``excerpt``, ``summary``): with a slug and a
# post's page (a root-level permalink ``/banjir-0/`` or an article folder) a post's record.
_ARTICLE_TEASERS = frozenset(
    {"excerpt", "summary", "ringkasan", "deskripsi_singkat", "lead", "teaser"}
)
# A dated permalink (``/2024/05/banjir``, ``/2024/05/01/banjir-0``): a year and a month,
# then a page after them; ``/2024/1`` (a number after a year) is none.
_DATED_PERMALINK = re.compile(
    r"/(?:19|20)\d{2}/(?:0?[1-9]|1[0-2])/(?:(?:0?[1-9]|[12]\d|3[01])/)?[^/]*[a-z]{3}"
)
# A page's last segment written as a slug of words (``banjir-surut``, ``kaos-1``,
# ``story-0.html``): a word of three letters or more joined to another part.
_SLUG_SEGMENT = re.compile(r"(?=[^/]*[a-z]{3})[a-z0-9]+(?:[-_][a-z0-9]+)+(?:\.[a-z]{2,5})?")


# A record's ``type`` naming a post (WordPress ``type: "post"``), an article or news.
_ARTICLE_TYPES = frozenset({"post", "article", "news", "berita", "artikel", "blogposting"})


def _written_out(value: JSONValue) -> bool:
    """Return True for a field written out: a text, or WordPress's ``{rendered: text}``."""
    if isinstance(value, dict):
        value = value.get("rendered")
    return isinstance(value, str) and bool(value.strip())


def _rendered(value: JSONValue) -> bool:
    """Return True for WordPress's ``{rendered: text}`` field, written only by its REST API."""
    return isinstance(value, dict) and isinstance(value.get("rendered"), str)


_MAX_FOLDERS_SCAN = 16


def _page_segments(url: str) -> list[str] | None:
    """Return the path segments of a record's page (at most 16), None when it is no URL."""
    try:
        path = urlsplit(url[:_MAX_RECORD_PAGE]).path.lower()
    except ValueError:
        return None
    return [segment for segment in path.split("/") if segment][:_MAX_FOLDERS_SCAN]


def _article_page(url: str) -> bool:
    """Return True for a page written as an article's or a product's by its address alone.

    A news or article folder (``_ARTICLE_FOLDERS``) or a shop's (``_PRODUCT_FOLDERS``)
    holding a page named by a slug of words (``/berita/banjir-surut``, ``/news/story-0``,
    ``/produk/kaos-1``), or a dated permalink (``/2024/05/01/banjir-0``). A folder alone
    (``/news/0``, ``/item/0``) or a year before a number (``/2024/1``) is none.
    """
    segments = _page_segments(url)
    if not segments:
        return False
    if _DATED_PERMALINK.search("/" + "/".join(segments)) is not None:
        return True
    folders = segments[:-1]
    if _ARTICLE_FOLDERS.isdisjoint(folders) and _PRODUCT_FOLDERS.isdisjoint(folders):
        return False
    return _SLUG_SEGMENT.fullmatch(segments[-1]) is not None


def _post_page(url: str, slug: str) -> bool:
    """Return True for a post's permalink: one root-level slug or a page in an article folder.

    The root-level page is a slug of words (``/banjir-0/``) or the record's own ``slug``.
    """
    segments = _page_segments(url)
    if not segments:
        return False
    if len(segments) == 1:
        own = segments[0] == slug.strip().lower()
        return own or _SLUG_SEGMENT.fullmatch(segments[0]) is not None
    return not _ARTICLE_FOLDERS.isdisjoint(segments[:-1])


# A live platform embed (YouTube's ``embed/live_stream?channel=…``): a channel's live
# broadcast, which an article-shaped record may still play as a camera.
_LIVE_EMBED_WORDS = frozenset({"live_stream"})


def _uploaded_platform_video(url: str) -> bool:
    """Return True for a video platform's page of one uploaded video, not a live embed.

    ``youtube.com/embed/<id>``, ``youtu.be/<id>``, ``player.vimeo.com/video/<n>``: a news
    video's clip, no camera, beside an article's record; ``…/embed/live_stream?channel=…``
    plays the channel's live broadcast and is none.
    """
    if not is_platform_page(url):
        return False
    segments = _page_segments(url)
    return segments is not None and _LIVE_EMBED_WORDS.isdisjoint(segments)


def _plays_only_clips(stream: str | None, mjpeg: str | None, stream_key: str | None) -> bool:
    """Return True when a record plays nothing but, at most, a platform's uploaded video."""
    if mjpeg or stream_key:
        return False
    return stream is None or _uploaded_platform_video(stream)


def _linked_article(item: JSONValue, found: list[Camera]) -> bool:
    """Return True for an article's, a post's or a product's record read as a still only.

    A news answer lists its articles (``[{title, url: "…/berita/2024/05/banjir", image}]``,
    ``{news: [{title, link, image}]}``, ``{data: {posts: [{title, slug, url, cover,
    excerpt}]}}``) and a shop its products, each a page link beside its cover picture:
    the picture is a cover, no camera's view. Such a record links its own page
    (``_RECORD_PAGE_KEYS``) and shows strong article evidence (``_article_record``); it
    plays nothing (no stream, no MJPEG) but, at most, a video platform's uploaded video
    (a news clip's ``embed: "youtube.com/embed/<id>"``; a live embed,
    ``embed/live_stream?channel=…``, still plays a camera), and neither its name, its
    page nor its picture names a camera (``cctv``, ``kamera``, ``/cam/``). A link that
    is media itself (``url: "…/snapshot.jpg"``) is a camera's, never an article's page.
    """
    if not found or any(map(_plays_media, found)):
        return False
    if not all(
        _plays_only_clips(camera.stream_url, camera.mjpeg_url, camera.stream_key)
        for camera in found
    ):
        return False
    stills = [camera.snapshot_url or "" for camera in found]
    return _article_record(item, stills, clip=any(camera.stream_url for camera in found))


def _article_record(item: JSONValue, stills: list[str], *, clip: bool = False) -> bool:
    """Return True for a record shaped as an article's or a product's (``_linked_article``).

    ``stills`` are the pictures read from it; the caller has checked it plays nothing
    live. A generic folder or two loose fields are never enough; it takes one of:

    - its page written as an article's or a product's (``_article_page``: a news or shop
      folder holding a slugged page, or a dated permalink);
    - WordPress's ``{rendered: …}`` title, excerpt or content, or a ``type`` naming a
      post or an article beside a teaser or body written out;
    - a teaser (``excerpt``, ``summary``) and a ``slug`` written out beside a post's
      permalink (``_post_page``: ``/banjir-0/`` at the root, ``/post/3``).

    ``clip``: it plays a platform's uploaded video (``_plays_only_clips``); a post saying
    it is a camera's or live in its title, teaser or tags (a Ghost post tagged ``#cctv``,
    ``excerpt: "Siaran langsung …"``) then stays a camera (``_says_live_post``).
    """
    if not isinstance(item, dict):
        return False
    index = index_keys(item)
    pages = [
        value
        for key in _RECORD_PAGE_KEYS
        if isinstance(value := index.get(key), str) and 0 < len(value) <= _MAX_RECORD_PAGE
    ]
    if not pages:
        return False
    kind = index.get("type")
    posted = isinstance(kind, str) and kind.strip().lower() in _ARTICLE_TYPES
    written = any(_written_out(index.get(key)) for key in _ARTICLE_TEASERS | _ARTICLE_BODIES)
    teaser = any(_written_out(index.get(key)) for key in _ARTICLE_TEASERS)
    article = (posted and written) or any(
        _rendered(index.get(key)) for key in ("title", "excerpt", "content")
    )
    slug = index.get("slug")
    slugged = isinstance(slug, str) and bool(slug.strip())
    for page in pages:
        if url_kind(page) is not None or names_camera(host_and_path(page)):
            return False
        article = (
            article or _article_page(page) or (teaser and slugged and _post_page(page, str(slug)))
        )
    if not article:
        return False
    names = " ".join(value for key in _RECORD_NAME_KEYS if isinstance(value := index.get(key), str))
    if names_camera(names[:400]) or (clip and _says_live_post(index)):
        return False
    return not any(names_camera(host_and_path(still)) for still in stills[:_MAX_FOLDERS_SCAN])


# A post's fields naming its topic (Ghost ``tags``/``primary_tag``, WordPress-style
# ``categories``), and words of a teaser or title saying it plays live.
_POST_TAG_KEYS = ("tags", "primary_tag", "categories", "category", "kategori")
_LIVE_POST_WORDS = frozenset({"live", "livestream", "siaran", "realtime"})
_MAX_POST_TAGS = 16


def _says_live_post(index: Mapping[str, JSONValue]) -> bool:
    """Return True when a post says it is a camera's or live: its title, teaser or tags.

    A Ghost site listing its cameras as posts tags them (``#cctv``) or writes ``LIVE``/
    ``Siaran langsung`` in the title or excerpt; a news clip's post says neither. At most
    16 tags and 1,000 characters are read.
    """
    texts: list[str] = []
    for key in (*_RECORD_NAME_KEYS, *sorted(_ARTICLE_TEASERS)):
        value = index.get(key)
        if isinstance(value, dict):
            value = value.get("rendered")
        if isinstance(value, str):
            texts.append(value[:400])
    for key in _POST_TAG_KEYS:
        value = index.get(key)
        tags = value[:_MAX_POST_TAGS] if isinstance(value, list) else [value]
        for tag in tags:
            if isinstance(tag, dict):
                tag = tag.get("name")
            if isinstance(tag, str):
                texts.append(tag[:100])
    text = " ".join(texts)[:1000]
    if names_camera(text):
        return True
    return not _LIVE_POST_WORDS.isdisjoint(re.findall(r"[a-z]+", text.lower()))


def normalise_items(
    items: Iterable[tuple[str | None, JSONValue]],
    ctx: Context,
    notes: Notes,
    *,
    limit: int = MAX_CAMERAS,
    prepare: tuple[Callable[[JSONValue], JSONValue], int] | None = None,
) -> tuple[list[Camera], int]:
    """Return the cameras of a list of items and how many items were unusable.

    Reading stops once more than ``limit`` cameras were found, so that a huge list costs
    no more than a list of that size; the caller sees the list is too long by its length.
    It also stops after ``MAX_UNUSABLE_ENTRIES`` entries giving no camera, saying so.
    ``prepare`` is the caller's preparation of an entry and how many leading entries it
    already prepared: a later entry reading reaches (entries left out as wall screens
    before it) and the camera a wall screen shows are prepared when read.
    """
    listed = list(items)
    total = len(listed)
    # Reading never reaches past this many entries but for wall screens left out before
    # it: the list-level passes walk no further (a 2 MB list of empty entries).
    del listed[_MAX_LISTED:]
    # Entries are told prepared or not by their position in the list, the passes below
    # handing on new objects (a wall screen's camera, a tree node given its area).
    walled, origins = _wall_cameras(listed)
    entries = _tree_areas(walled)
    # The first entries every list-level rule scans, built once.
    head = [item for _, item in entries[:_MAX_SHARED_SCAN]]
    if ctx.id_key is None:
        id_key = _id_key_of(item for _, item in entries[:500])
        # A Kutim list's ``key`` is each camera's stream key, never read as its id.
        ctx = replace(ctx, id_key=None if ctx.kutim and id_key == "key" else id_key)
    if (
        link_id_key := _shared_link_id_key([item for _, item in entries[:_MAX_GROUPS]])
    ) is not None:
        ctx = replace(ctx, link_id_key=link_id_key)
    stand_ins = _stand_in_pictures(head, ctx)
    if shared := _shared_pictures(head, ctx) | stand_ins:
        ctx = replace(ctx, shared_pictures=shared)
    if recorders := _recorder_hosts(head):
        ctx = replace(ctx, recorder_hosts=recorders)
    if _mjpeg_wall(head, ctx):
        ctx = replace(ctx, mjpeg_wall=True)
    if pages := _shared_pages(head, ctx):
        ctx = replace(ctx, shared_pages=pages)
    linked, plays, shows_live = _list_signs(head, ctx)
    ctx = replace(ctx, plays_beside_links=linked and plays, list_plays=shows_live)
    if _repeated_descriptions(head):
        ctx = replace(ctx, repeated_descriptions=True)
    ctx = replace(ctx, repeated_titles=_repeated_titles(head))
    if shared_names := shared_name_keys(head):
        ctx = replace(ctx, shared_name_keys=shared_names)
    if (len(entries) > _MAX_SHARED_SCAN or _may_hold_road(head)) and (
        localities := list_localities(head)
    ):
        # Only a road record without a name reads them (``_road_locality``); a list too
        # long for the scan may hold road records past it.
        ctx = replace(ctx, list_locality_keys=localities)
    if _country_framed(head):
        ctx = replace(ctx, country_area=True)
    if shared_location_districts(
        [item for item in head if not _shows_only_stand_ins(item, stand_ins, ctx)]
        if stand_ins
        else head
    ):
        ctx = replace(ctx, location_area=True)
    if jurisdiction_places(head):
        ctx = replace(ctx, jurisdiction_area=True)
    if (label_key := _kind_label_key(head)) is not None:
        ctx = replace(ctx, label_key=label_key)
    if ya_tidak := ya_tidak_keys(head):
        ctx = replace(ctx, ya_tidak_keys=ya_tidak)
    if microdegree_list(flat_index(item, norm_key)[0] for item in head if isinstance(item, dict)):
        ctx = replace(ctx, microdegrees=True)
    scan = FragmentScan()
    ctx = replace(
        ctx,
        fragment_scan=scan,
        shared_fragment_places=shared_fragment_places(iter(head), scan),
    )
    columns = row_columns([item for _, item in entries])
    shared_codes = shared_code_columns([item for _, item in entries])
    cameras: list[Camera] = []
    skipped = unusable = 0
    others = other_feature_records([item for _, item in entries])
    recorded = recorded_beside_live([item for _, item in entries])
    # A media listing's recorded files and event pictures (``mediafiles``): no cameras.
    recorded |= recorded_file_records([item for _, item in entries])
    for number, (key_id, item) in enumerate(entries):
        origin = number if origins is None else origins[number]
        if prepare is not None and (origin < 0 or origin >= prepare[1]):
            item = prepare[0](item)
        if isinstance(item, list):
            if (read := row_item(item, shared_codes)) is not None:
                with_row_columns(read, item, columns)
            item = read
        found, bad = item_cameras(item, key_id, ctx, notes)
        if number in recorded:
            # A video host's upload or past broadcast listed beside its live videos: a
            # recorded video, no camera, counted like any entry giving none.
            found, bad = [], 0
            notes.recordings += 1
        elif (number in others and not any(_plays_media(camera) for camera in found)) or (
            found and _unplayable_source(item, found)
        ):
            # A message sign's or a weather station's marker, playing no video, or a
            # registry's typed entry of a plain link (``source: {kind: "link", url}``) or
            # of a webcam directory's id (``kind: "windy"``), a page: no camera, counted
            # like any entry giving none (a flood of them ends reading too).
            found, bad = [], 0
        elif found and (
            (_published_work(item) and not any(map(_plays_media, found)))
            or _linked_article(item, found)
        ):
            # A news article's, a post's, a product's or a music track's cover (beside
            # its page link): no camera, counted like any entry giving none.
            found, bad = [], 0
            notes.articles += 1
        cameras.extend(found)
        skipped += bad
        unusable += not found
        if len(cameras) > limit:
            break
        if unusable > MAX_UNUSABLE_ENTRIES and number + 1 < len(entries):
            notes.add(
                f"reading stopped after {number + 1} of {total} entries: "
                f"{unusable} of them gave no camera"
            )
            break
    return _without_shared_stills(cameras), skipped


# Words of a field name for a camera's kind (``type``, ``jenis``), alone or beside the
# camera word (``camera_type``, ``type_cctv`` read without its suffix as ``type``).
_KIND_WORDS = frozenset({"type", "tipe", "tipo", "jenis", "typ"})
# How many records a kind column must title, and how long a title may be.
_MIN_TITLED = 4
_MAX_TITLE = 80
# A model code in a kind (``DS-2CD2143G0``, ``IPC-HFW1230``, ``P1455``): a word of four or
# more letters and digits mixed, written in lower case here.
_MODEL_CODE = re.compile(r"(?<![\w-])(?=[a-z-]*\d)(?=[\d-]*[a-z])[a-z\d-]{4,}(?![\w-])")


def _kind_key(key: str) -> bool:
    """Return True for a field named only as a camera's kind (``type``, ``cctv_jenis``)."""
    words = [word for word in key.split("_") if word not in CAMERA_FIELD_WORDS]
    return len(words) == 1 and words[0] in _KIND_WORDS


# A field holding the name a video management system shows the camera by (``vms_cctv``,
# ``vms``): a title of each camera when no two records share it, else the server itself
# (``VMS POLDA``, ``Milestone XProtect``), which names none.
_VMS_WORDS = frozenset({"vms"})


def _vms_key(key: str) -> bool:
    """Return True for a field named only as the camera's VMS (``vms``, ``vms_cctv``)."""
    words = [word for word in key.split("_") if word not in CAMERA_FIELD_WORDS]
    return len(words) == 1 and words[0] in _VMS_WORDS


def _titled(
    named: tuple[str | None, str | None],
    index: Mapping[str, JSONValue],
    own: frozenset[str],
    ctx: Context,
) -> tuple[str | None, str | None]:
    """Return a camera's name and its field, titled by its list's kind column if it has one.

    The title a kind column gives (``type_cctv``) names a camera nothing else names, and
    one named only by its street address or description (``address_cctv``).
    """
    name, named_by = named
    if name is not None and named_by not in _SPOT_KEYS:
        return named
    if ctx.label_key is None or ctx.label_key not in own:
        return named
    label = index[ctx.label_key]
    title = _name_candidate(label) if isinstance(label, str) else None
    return named if title is None else (title, None)


def _kind_label_key(items: list[JSONValue]) -> str | None:
    """Return the kind column that titles each camera of a list, else None.

    A kind repeats across a list (``cctv arteri``, ``PTZ``, ``Fixed``). A column named
    for the kind (or for the camera's VMS, ``vms_cctv``) whose value differs on every
    record (four or more, nearly all carrying it), each a title (letters, at most 80
    characters, no address and no format word, most of several words: ``GERBANG TOL NUSA
    DUA``, ``Pantai Sanur``), is each camera's own title: a police dashboard heads each
    card with ``type_cctv`` above the street in ``address_cctv``. It names a camera only
    where no name field does, before the street.
    """
    records = [item for item in items if isinstance(item, dict)]
    if len(records) < _MIN_TITLED:
        return None
    values: dict[str, list[str]] = {}
    for item in records:
        index, own = flat_index(item, norm_key)
        index, own = unsuffixed(index, own, camera_suffix(own))
        for key in [key for key in index if key in own][:_MAX_SHARED_FIELDS]:
            if (_kind_key(key) or _vms_key(key)) and isinstance(value := index[key], str):
                values.setdefault(key, []).append(" ".join(value.split()).casefold())
    # A kind column titles first; a VMS column only where no kind column does.
    for key, texts in sorted(values.items(), key=lambda entry: _vms_key(entry[0])):
        if len(texts) < _MIN_TITLED or 10 * len(texts) < 9 * len(records):
            continue
        if len(set(texts)) != len(texts):
            continue  # a kind shared by cameras
        if 2 * sum(_MODEL_CODE.search(text) is not None for text in texts) >= len(texts):
            continue  # each camera's model (``Hikvision DS-2CD2143``), no title
        if not all(
            0 < len(text) <= _MAX_TITLE
            and _LETTER.search(text)
            and not looks_like_url(text)
            and _format_word(text) is None
            for text in texts
        ):
            continue
        if 2 * sum(" " in text for text in texts) >= len(texts):
            return key
    return None


# A country written out (``Chile``, ``Côte d'Ivoire``), not a code (``ID``, ``USA``).
_COUNTRY_TEXT = re.compile(r"(?=[^\d<>{}\[\]:;=@/]{4,60}$)[^\W\d_].*[a-z\u00e0-\u024f].*")
_COUNTRY_KEY_SET = frozenset(COUNTRY_KEYS)
# Fields that place a record finer than its country (or as a province or state).
_PLACE_KEY_SET = frozenset(AREA_KEYS) | frozenset(PROVINCE_KEYS) | {"state", "geo", "address"}


def _country_text(index: Mapping[str, JSONValue], own: frozenset[str], ctx: Context) -> str | None:
    """Return the country a record's own field names (in a country-framed list), else None."""
    if not ctx.country_area:
        return None
    for key in COUNTRY_KEYS:
        if key in own and isinstance(value := index[key], str):
            text = " ".join(value.split())
            if _COUNTRY_TEXT.fullmatch(text):
                return text
    return None


# A country every record names frames the list from three records on (like a link every
# record shares); two records naming one country may be two cameras placed by it.
_MIN_FRAMING_RECORDS = 3


def _country_framed(items: list[JSONValue]) -> bool:
    """Return True when a list's records are placed by their country and nothing finer.

    A webcam matrix spanning countries (``{country: "Chile", location, latitude, …}``)
    places each camera by its country; where any record names a city, district or region
    (``location: {city, country}``), or every record of three or more names the same
    country (a list of one country's cameras), the country is only the list's frame and
    no area.
    """
    records = [item for item in items if isinstance(item, dict)]
    if not any(_COUNTRY_KEY_SET & {norm_key(key) for key in item} for item in records):
        return False
    if len(records) >= _MIN_FRAMING_RECORDS and len(_countries(records)) < 2:
        return False  # one country for the whole list: its frame, never an area
    return all(_PLACE_KEY_SET.isdisjoint(flat_index(item, norm_key)[0]) for item in records)


def _countries(records: list[JSONObject]) -> set[str]:
    """Return the countries a list's records name in their own country fields (folded)."""
    found: set[str] = set()
    for item in records:
        for key, value in item.items():
            if norm_key(key) in _COUNTRY_KEY_SET and isinstance(value, str):
                found.add(" ".join(value.split()).casefold())
    return found


# How many records (and fields of each) are looked at for a picture all of them show.
_MAX_SHARED_SCAN = 200
_MAX_SHARED_FIELDS = 64
_MAX_SHARED_URL = 2048


def _record_pictures(item: JSONValue, ctx: Context) -> set[str] | None:
    """Return the still addresses a record's own fields (and its ``properties``) name."""
    if not isinstance(item, dict):
        return None
    values = list(itertools.islice(item.values(), _MAX_SHARED_FIELDS))
    inner = item.get("properties")
    if isinstance(inner, dict):
        values += list(itertools.islice(inner.values(), _MAX_SHARED_FIELDS))
    found: set[str] = set()
    for value in values:
        if not isinstance(value, str) or len(value) > _MAX_SHARED_URL:
            continue
        if looks_like_url(value) or relative_media_kind(value) == "still":
            url = resolve_url(value.strip(), ctx.base_url)
            if url is not None and url_kind(url) == "still":
                found.add(url)
    return found


def _open_kind(ctx: Context) -> str:
    """Return the kind of an address left open for a timestamp and of no kind of its own."""
    return "mjpeg" if ctx.mjpeg_wall else "still"


def _mjpeg_wall(items: list[JSONValue], ctx: Context) -> bool:
    """Return True for a camera wall whose feeds are MJPEG streams left open for a time.

    A wall page's camera list gives each camera one address the page puts, with a random
    number or the time appended, into an ``<img>`` (``{name, url: "…/bmjpg?camera=101&t="}``
    beside ``"…/T01-012K+300?resolution=CIF_352X288&t="``). An address so left open is
    read as a reloaded still, unless its list is such a wall: some record's address left
    open is MJPEG by its own route, another's left open has no kind of its own, and no
    record names a still by its route (a wall of ``.jpg?t=`` pictures beside one MJPEG
    feed keeps its open addresses as stills).
    """
    mjpeg = unknown = 0
    for item in items:
        if not isinstance(item, dict):
            return False
        for value in itertools.islice(item.values(), _MAX_SHARED_FIELDS):
            if not isinstance(value, str) or len(value) > _MAX_SHARED_URL:
                continue
            if not looks_like_url(value) and relative_media_kind(value) is None:
                continue
            if (url := resolve_url(value.strip(), ctx.base_url)) is None:
                continue
            kind = url_kind(url)
            if kind == "still":
                return False
            if refreshed_still(url):
                if kind == "mjpeg":
                    mjpeg += 1
                elif kind is None:
                    unknown += 1
    return mjpeg > 0 and unknown > 0


# How many records a list needs before a name field its records share is told apart.
_MIN_SHARED_NAME_RECORDS = 3


def _repeated_descriptions(items: list[JSONValue]) -> bool:
    """Return True when two of a list's records write the same description of their spot."""
    seen: set[str] = set()
    for item in items:
        if not isinstance(item, dict):
            continue
        index = index_keys(item)
        value = next((index[key] for key in _CODE_DESCRIPTION_KEYS if key in index), None)
        if not isinstance(value, str) or not value.strip():
            continue
        folded = _fold(value)
        if folded in seen:
            return True
        seen.add(folded)
    return False


def shared_name_keys(items: list[JSONValue]) -> frozenset[str]:
    """Return the name-like fields a list's records share beside differing descriptions.

    A camera tour's list (``<Camera>`` with ``Description`` and ``TourName``) names, in a
    field only named like a name, the tour several of its cameras belong to, while each
    camera's plain ``description`` (two to twelve words, no office) differs on every
    record: the shared field names the group, never the camera. Only when every record
    (three or more, up to the scan cap) holds both as text, some value of the name field
    is repeated and no description is; fields of the known name aliases (``name``,
    ``title``, ``nama``) are never passed over.
    """
    if len(items) < _MIN_SHARED_NAME_RECORDS:
        return frozenset()
    indexes: list[dict[str, JSONValue]] = []
    for item in items:
        if not isinstance(item, dict):
            return frozenset()
        index = index_keys(item)
        text = _spot_text(index, "description")
        if text is None or not 2 <= len(text.split()) <= _MAX_DESCRIPTION_WORDS:
            return frozenset()
        if organisation_text(text):
            return frozenset()
        indexes.append(index)
    descriptions = {_fold(str(index["description"])) for index in indexes}
    if len(descriptions) < len(indexes):
        return frozenset()
    first = indexes[0]
    shared: set[str] = set()
    for key in itertools.islice(first, _MAX_SHARED_FIELDS):
        if key in NAME_KEYS or key in ALIAS_KEYS or not _name_like(key, descriptions=False):
            continue
        values = [index.get(key) for index in indexes]
        if not all(isinstance(value, str) and value.strip() for value in values):
            continue
        if len({_fold(str(value)) for value in values}) < len(values):
            shared.add(key)
    return frozenset(shared)


_MAX_LOCALITY_TEXT = 200


# A road word anywhere in a text (``highway``, ``roadName``, ``nama_jalan``), and how many
# keys and values of a list's records are looked at for one before it is assumed.
_ROAD_WORD_TEXT = re.compile("|".join(sorted(map(re.escape, _ROAD_WORDS))))
_MAX_ROAD_SCAN = 20_000


def _may_hold_road(items: list[JSONValue]) -> bool:
    """Return False only when no record can hold a road field (see ``_road_field``).

    Every key of the records, at any depth, is looked at as ``_road_field`` reads it
    (``norm_key``: ``r_x006f_ad`` is ``road``) for a road word inside it, a table's prefix
    being cut off a key later; every text is looked at in lower case, as a property
    list's field names are values (``{"name": "highway"}``). Text beyond plain ASCII, or
    more than _MAX_ROAD_SCAN keys and values, or an escaped character in a text, is
    assumed to hold one.
    """
    stack: list[JSONValue] = list(items)
    budget = _MAX_ROAD_SCAN
    while stack:
        budget -= 1
        if budget < 0:
            return True
        value = stack.pop()
        if isinstance(value, dict):
            for key, inner in itertools.islice(value.items(), budget + 1):
                if _ROAD_WORD_TEXT.search(norm_key(key)) is not None:
                    return True
                stack.append(inner)
            budget -= min(len(value), budget + 1)
        elif isinstance(value, list):
            stack.extend(value[: budget + 1])
        elif isinstance(value, str) and (
            not value.isascii()
            or "_x" in (lowered := value.lower())  # an escaped character (``_x0061_``)
            or _ROAD_WORD_TEXT.search(lowered) is not None
        ):
            return True
    return False


def list_localities(items: list[JSONValue]) -> frozenset[str]:
    """Return the locality fields every record of a list (two or more) holds one value in.

    ``locality: "Loganholme"`` on every camera along a motorway is the place the whole
    list covers, its area, never each camera's name; a locality differing between
    records (``localita: "Sangatta - Simpang Tiga"``) says where each camera stands.
    """
    if len(items) < 2:
        return frozenset()
    values: dict[str, set[str]] = {}
    for item in items:
        if not isinstance(item, dict):
            return frozenset()
        index = index_keys(item)
        for key in LOCALITY_KEYS:
            value = index.get(key)
            if isinstance(value, str) and value.strip():
                values.setdefault(key, set()).add(_fold(value[:_MAX_LOCALITY_TEXT]))
            else:
                values.setdefault(key, set()).add("")
    return frozenset(key for key, seen in values.items() if len(seen) == 1 and "" not in seen)


def _fold(text: str) -> str:
    """Return a text as compared with others: trimmed, single-spaced, in lower case."""
    return " ".join(text.split()).lower()


_MIN_RECORDER_CHANNELS = 2
_MAX_RECORDER_FIELDS = 64


def _recorder_channel(value: str, ctx: Context) -> bool:
    """Return True for a login-bearing address of the list's shared recorder."""
    return (
        bool(ctx.recorder_hosts) and (url_host(value.strip()) or "").lower() in ctx.recorder_hosts
    )


def _recorder_hosts(items: list[JSONValue]) -> frozenset[str]:
    """Return the hosts of a recorder whose channels a list's records address.

    A facility's camera register names each camera's channel on its recorder under a
    lone ``url_rtsp`` (``rtsp://…@nvr.rutan.example:554/Streaming/Channels/201``): two
    or more records addressing the same public host are that recorder's channels, and
    such an address (its login dropped) stands in for a camera with no other media.
    Records each addressing a host of their own (``cam3.…``, ``cam4.…``) name the
    cameras' own devices, a media server's inputs, which never do.
    """
    counts: dict[str, int] = {}
    for item in items:
        if not isinstance(item, dict):
            continue
        for key, value in itertools.islice(item.items(), _MAX_RECORDER_FIELDS):
            if not isinstance(value, str) or not named_address_first(norm_key(key)):
                continue
            if not value.strip().lower().startswith("rtsp://"):
                continue
            host = (url_host(value.strip()) or "").lower()
            if host and is_public_host(host):
                counts[host] = counts.get(host, 0) + 1
    return frozenset(host for host, count in counts.items() if count >= _MIN_RECORDER_CHANNELS)


def _shared_pictures(items: list[JSONValue], ctx: Context) -> frozenset[str]:
    """Return the pictures every record of a list shows beside a picture of its own.

    A dashboard's data gives each camera its still and one placeholder thumbnail or icon
    for all (``thumbnail: "./images/CameraThumbnail.png"``): that shared picture is no
    camera's view. Only when every record (three or more) has another picture of its
    own; a list whose records share their one picture keeps it.
    """
    if len(items) < _SHARED_STILL_CAMERAS:
        return frozenset()
    sets: list[set[str]] = []
    for item in items:
        pictures = _record_pictures(item, ctx)
        if not pictures:
            return frozenset()
        sets.append(pictures)
    shared = set.intersection(*sets)
    if not shared or any(not pictures - shared for pictures in sets):
        return frozenset()
    return frozenset(shared)


# How many records of a list must show one generic picture for it to be a stand-in.
_MIN_STAND_IN_RECORDS = 2


def _stand_in_pictures(items: list[JSONValue], ctx: Context) -> frozenset[str]:
    """Return the generic pictures two or more records of a list show alike.

    A site gives each camera without a picture of its own one fallback file
    (``thumbnail: "/assets/thumbnail.png"`` on two records, ``/images/camera-thumb.png``
    on four): no camera's view, whether the record plays a stream beside it or nothing
    else. Only an address written alike in full (query included) and whose file name
    says only "a thumbnail" (``media.is_generic_picture``); one record's own
    ``/cams/12/thumbnail.jpg``, or two records reusing a named picture
    (``pasar-induk.jpg``), keep their still. Records are counted once each: a list
    repeating one camera's record (a row listed twice, a page overlap) shows its own
    ``/cam12/preview.jpg`` on one camera only.
    """
    records: dict[str, set[tuple[tuple[str, str], ...]]] = {}
    for item in items:
        for url in _record_pictures(item, ctx) or ():
            if is_generic_picture(url):
                records.setdefault(url, set()).add(_record_signature(item))
    return frozenset(url for url, seen in records.items() if len(seen) >= _MIN_STAND_IN_RECORDS)


def _record_signature(item: JSONValue) -> tuple[tuple[str, str], ...]:
    """Return what tells a record from another: its first scalar fields, as text."""
    if not isinstance(item, dict):
        return ()
    return tuple(
        (key, str(value)[:_MAX_SHARED_URL])
        for key, value in itertools.islice(item.items(), _MAX_SHARED_FIELDS)
        if isinstance(value, str | int | float | bool)
    )


def _shows_only_stand_ins(item: JSONValue, stand_ins: frozenset[str], ctx: Context) -> bool:
    """Return True for a record whose only media is a list's stand-in picture.

    Such a record gives no camera, so its fields (a district written otherwise than the
    cameras' ones, ``Kutai Timur - Sangatta Utara``) tell nothing of the list's cameras.
    """
    pictures = _record_pictures(item, ctx)
    if not pictures or not pictures <= stand_ins or not isinstance(item, dict):
        return False
    for value in itertools.islice(item.values(), _MAX_SHARED_FIELDS):
        if not isinstance(value, str) or len(value) > _MAX_SHARED_URL:
            continue
        if looks_like_url(value):
            url = resolve_url(value.strip(), ctx.base_url)
            if url is not None and url_kind(url) in ("stream", "mjpeg"):
                return False
    return True


def _list_signs(items: list[JSONValue], ctx: Context) -> tuple[bool, bool, bool]:
    """Return whether a list holds a link entry, a live address and a live address or embed.

    Both together make a camera map's list of link entries (``plays_beside_links``).
    A camera map's list mixes media with plain links (``kind: "hls"`` beside ``kind:
    "link"``, ``mediakind.link_kind``): beside records playing a stream or MJPEG, a link
    entry's page naming its camera (``viewerlinks.linked_camera_page``) is that camera's
    viewer. A live address or a video platform's embed (``youtube.com/embed/…``) alone
    (``list_plays``) tells a live-typed record's web page from its camera's player
    (``_place_typed_stream``). Only records' own top-level
    addresses of a live kind count: a thumbnail or icon (a hotel guide's, a menu's
    pictures) is no sign. The first ``_MAX_SHARED_SCAN`` records, ``_MAX_SHARED_FIELDS``
    fields each.
    """
    linked = plays = embeds = False
    for item in items:
        if not isinstance(item, dict):
            continue
        index = {
            norm_key(key): value
            for key, value in itertools.islice(item.items(), _MAX_SHARED_FIELDS)
        }
        own = frozenset(index)
        if link_kind(index, own):
            linked = True
            continue
        for value in index.values() if not plays else ():
            if not isinstance(value, str) or len(value) > _MAX_SHARED_URL:
                continue
            if not looks_like_url(value):
                continue
            url = resolve_url(value.strip(), ctx.base_url)
            if url is not None and url_kind(url) in ("stream", "mjpeg"):
                plays = True
                break
            if url is not None and not embeds and is_platform_embed(url):
                embeds = True
        if linked and plays:
            break
    return linked, plays, plays or embeds


def _shared_pages(items: list[JSONValue], ctx: Context) -> frozenset[str]:
    """Return the generic link every record of a list gives alike: the list's own page.

    A front end's camera data may carry, on every camera, the link of the site's camera
    list (``link: "/cameras"``): that page shows no one camera, so it never stands in
    for a camera's media. Only when every record (three or more) gives the same address
    under the same generic field (``url``, ``link``); records linking pages of their own
    keep them.
    """
    if len(items) < _SHARED_STILL_CAMERAS:
        return frozenset()
    shared: set[str] | None = None
    for item in items:
        if not isinstance(item, dict):
            return frozenset()
        index = index_keys(item)
        found: set[str] = set()
        for key in _GENERIC_LINK_KEYS:
            value = index.get(key)
            if isinstance(value, str) and len(value) <= _MAX_SHARED_URL and looks_like_url(value):
                if (url := resolve_url(value.strip(), ctx.base_url)) is not None:
                    found.add(url)
        shared = found if shared is None else shared & found
        if not shared:
            return frozenset()
    return frozenset(shared or ())


def _tree_areas(
    entries: list[tuple[str | None, JSONValue]],
) -> list[tuple[str | None, JSONValue]]:
    """Give the nodes of a flat tree (each naming its parent's id) their folder as area.

    jsTree's flat format (``parent``, ``#`` for a root) and zTree's simple data (``pId``)
    list folders and cameras side by side: a camera's nearest folder (a node without
    media that names itself) is its area, unless it names an area of its own.
    """
    if not 2 < len(entries) <= _MAX_TREE_NODES:
        return entries
    nodes: dict[str, tuple[JSONObject, str | None]] = {}
    for _key, item in entries:
        if not isinstance(item, dict):
            return entries
        index = index_keys(item)
        node_id = _id_text(index.get("id"))
        parent = next((index[key] for key in _PARENT_KEYS if key in index), None)
        if node_id is None or parent is None:
            return entries
        nodes[node_id] = (item, _id_text(parent))
    folders: dict[str, str] = {}
    for node_id, (item, _parent) in nodes.items():
        if _carries_media(item):
            continue
        index, own = flat_index(item, norm_key)
        name = _read_name(index, own)[0]
        if name is not None:
            folders[node_id] = name
    if not folders:
        return entries
    found: list[tuple[str | None, JSONValue]] = []
    for key, item in entries:
        assert isinstance(item, dict)
        parent = nodes[str(_id_text(index_keys(item).get("id")))][1]
        for _step in range(_MAX_TREE_DEPTH):
            if parent is None or parent in folders:
                break
            parent = nodes[parent][1] if parent in nodes else None
        if parent in folders and _carries_media(item):
            item = {"area": folders[parent], **item}
        found.append((key, item))
    return found


# How many cameras with different streams must show one picture for it to be a theme
# image: two related records may rightly point at one uploaded file.
_SHARED_STILL_CAMERAS = 3


def _without_shared_stills(cameras: list[Camera]) -> list[Camera]:
    """Drop a still shown by three or more cameras that play different streams.

    A still belongs to one camera; the same picture on every marker or row of a list is a
    theme image or a placeholder ("no preview"), not a view of any of them.
    """
    owners: dict[str, set[tuple[str | None, str | None]]] = {}
    for camera in cameras:
        if camera.snapshot_url and (camera.stream_url or camera.mjpeg_url):
            owners.setdefault(camera.snapshot_url, set()).add((camera.stream_url, camera.mjpeg_url))
    shared = {still for still, plays in owners.items() if len(plays) >= _SHARED_STILL_CAMERAS}
    if not shared:
        return cameras
    return [
        replace(camera, snapshot_url=None)
        if camera.snapshot_url in shared and (camera.stream_url or camera.mjpeg_url)
        else camera
        for camera in cameras
    ]


_DERIVED_ID = re.compile(r"k-[0-9a-f]{12}")


def _full_identity_url(url: str) -> str:
    """Return url with its whole query, sorted, tokens and logins masked (``redact_url``)."""
    parts = urlsplit(redact_url(url))
    query = sorted(
        (name.lower(), value) for name, value in parse_qsl(parts.query, keep_blank_values=True)
    )
    return urlunsplit(
        (parts.scheme.lower(), parts.netloc.lower(), parts.path, urlencode(query), "")
    )


def _derived_from_own_fields(camera: Camera) -> str:
    """Return the id ``_build`` derives from a camera's fields (a portal's own id differs)."""
    return derive_id(
        camera.stream_key,
        _identity_url(camera.stream_url) if camera.stream_url else None,
        _identity_url(camera.snapshot_url) if camera.snapshot_url else None,
        _identity_url(camera.mjpeg_url) if camera.mjpeg_url else None,
        camera.name,
    )


def _rederived_ids(cameras: list[Camera]) -> list[Camera]:
    """Give cameras clashing on a derived id ids derived from their whole addresses.

    A derived id reads only the identifying part of an address's query (``IDENTIFYING_
    PARAMS``), so two player pages differing only in another field (``embed.php?source=
    kabo`` and ``?source=pelangi``) derive the same id, and numbering them by page order
    would swap their ids when the portal reorders its list. Only ids the camera's own
    fields derive count (a portal's own id written ``k-…`` is never replaced). Each camera of such a clash
    is given an id derived from its addresses with their whole query, sorted, tokens and
    logins masked as in logs (a rotating token never changes the id), when that tells
    every camera of the clash apart and names no id already used; otherwise the clash is
    numbered as before.
    """
    groups: dict[str, dict[Camera, None]] = {}  # distinct cameras per id, in order
    for camera in cameras:
        if _DERIVED_ID.fullmatch(camera.id) and camera.id == _derived_from_own_fields(camera):
            groups.setdefault(camera.id, {})[camera] = None
    renamed: dict[Camera, str] = {}
    taken = {camera.id for camera in cameras}
    for members in groups.values():
        if len(members) < 2:
            continue  # no clash: the id stays
        group = list(members)
        new_ids = [
            derive_id(
                camera.stream_key,
                _full_identity_url(camera.stream_url) if camera.stream_url else None,
                _full_identity_url(camera.snapshot_url) if camera.snapshot_url else None,
                _full_identity_url(camera.mjpeg_url) if camera.mjpeg_url else None,
                camera.name,
            )
            for camera in group
        ]
        if len(set(new_ids)) == len(group) and taken.isdisjoint(new_ids):
            renamed.update(zip(group, new_ids, strict=True))
            taken.update(new_ids)
    if not renamed:
        return cameras
    return [
        replace(camera, id=renamed[camera]) if camera in renamed else camera for camera in cameras
    ]


def dedupe(cameras: Iterable[Camera], notes: Notes) -> tuple[Camera, ...]:
    """Return cameras with unique ids: exact repeats dropped, clashing ones renamed.

    Cameras clashing on a derived id are first told apart by their whole addresses
    (``_rederived_ids``); what still clashes is numbered in order.
    """
    cameras = _rederived_ids(list(cameras))
    taken = {camera.id for camera in cameras}
    kept: list[Camera] = []
    by_id: dict[str, set[Camera]] = {}
    counters: dict[str, int] = {}
    assigned: set[str] = set()
    for camera in cameras:
        same = by_id.setdefault(camera.id, set())
        if not same and camera.id not in assigned:
            same.add(camera)
            assigned.add(camera.id)
            kept.append(camera)
            continue
        if camera in same:  # an exact repeat (a set: repeats of one id cost no scan)
            continue
        number = counters.get(camera.id, 1)
        while True:
            number += 1
            new_id = f"{camera.id}-{number}"
            if new_id not in taken and new_id not in assigned:
                break
        counters[camera.id] = number
        assigned.add(new_id)
        notes.add(f"duplicate camera id {camera.id!r}: the later camera is {new_id!r}")
        same.add(camera)
        kept.append(replace(camera, id=new_id))
    return tuple(kept)
