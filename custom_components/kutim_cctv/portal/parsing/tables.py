"""Header-aware reading of HTML tables: one camera per row, columns mapped to fields."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
import itertools
from itertools import pairwise
import re
from urllib.parse import parse_qsl, urlsplit

from ..aliases import (
    ALERT_LEVEL_WORDS,
    BOOLEAN_ICON_ALTS,
    CAMERA_CARD_CLASS_WORDS,
    LAYOUT_ID_WORDS,
    POST_HEADERS,
    ROW_SELECTION_NAMES,
)
from ..fieldurls import is_address_text, looks_like_url, registrable_site, url_host, url_kind
from ..fragmentplaces import map_link_place
from ..media import live_file_name
from ..models import MAX_CAMERAS
from ..normalise import STREET_LINE, VIEWER_PAGE_KEY
from ..playerpage import is_platform_video
from ..policy import is_device_ip, is_public_host
from ..shapes import has_userinfo
from ..values import (
    JSONObject,
    JSONValue,
    ReaderText,
    clean_text,
    generic_label,
    norm_key,
    parse_status,
    webcam_link_label,
)
from ..viewerlinks import (
    captioned_viewer_page,
    code_key,
    names_camera,
    still_code,
    viewer_code,
    viewer_page,
)
from .adminrows import (
    MAX_VIEW_LINKS,
    stream_page_header,
    stream_page_text,
    view_action_id,
    view_instead_of_lan,
)
from .dataposition import data_position, handler_position
from .embeds import device_live_page
from .rowrecords import camera_record, cut_address, handler_record, record_address, record_id

# Resolves a URL written in a page and tells its kind (stream, still, mjpeg) or None.
type Classify = Callable[[str], tuple[str, str | None] | None]

_MAX_CELLS = 64
_MAX_CELL_TEXT = 300
_MAX_CELL_URLS = 8
_MAX_CELL_WORDS = 32
_URL_PUNCTUATION = "()[]<>{},;\"'"
_MAX_DEPTH = 8
_MAX_SPAN = 16
# A cell spanning rows (a kecamatan cell beside its cameras' rows) is carried into at most
# this many rows below it; ``rowspan="0"`` spans the rest of its row group.
_MAX_ROW_SPAN = 1000
# Cells spanning down at once: a grouped table carries a few (kecamatan, kelurahan); each
# one carried is a cell more in every row it covers, so they are bounded tightly.
_MAX_CARRIED = 8
# A table read sideways (one camera per column) is small: a names row and a few rows of
# media or fields. Longer tables are read one camera per row only.
_MAX_SIDEWAYS_ROWS = 12
# Elements that start or end a line of a cell's text.
_LINE_TAGS = frozenset({"div", "p", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6"})
_MAX_ROW_IDS = 4
# Links read in one table cell (a row's actions are a few; a cell of fifty View links
# is not read past these), save those whose address is a media file's (a Live link
# after the actions) up to _MAX_CELL_ANCHORS links in all.
MAX_ROW_LINKS = 8
_MAX_CELL_ANCHORS = 16
_MAX_NAME = 120
_ROW_NUMBER = frozenset(
    {"no", "nomor", "no urut", "#", "nr", "number", "urut"}
    # Polish "Lp." (liczba porządkowa) and Czech "Č." (číslo) number the rows.
    | {"lp", "č"}
    # The numero sign of Portuguese, Spanish and Italian lists ("Nº", "N°", "N.º").
    | {"nº", "n", "n º", "núm", "num"}
)
_KIND_KEYS = {"stream": "stream", "still": "snapshot", "mjpeg": "mjpeg"}
# MediaWiki's {{coord}} writes the decimal position in a hidden <span class="geo">
# as "lat; lon", beside the degrees shown.
_GEO_CLASS = re.compile(r"(?:^|\s)geo(?:$|\s)")
_GEO_POINT = re.compile(r"\s*(-?\d{1,3}(?:\.\d{1,12})?)\s*;\s*(-?\d{1,3}(?:\.\d{1,12})?)\s*")

# (field, words a header holds), in order of preference; first match wins per header.
_HEADER_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("id", ("id", "kode", "code", "kd")),
    # Portuguese and Spanish lists write the code column "Código" or "Cód." (accented
    # or not).
    ("id", ("código", "codigo", "cód", "cod")),
    # Polish "Kod" / "Identyfikator" (a camera's "ID kamery" is read by its "ID").
    ("id", ("kod", "identyfikator")),
    # A map server's feature id (GeoServer's HTML feature tables: ``fid``, "layer.3"):
    # the camera's id when no column of its own gives one.
    ("fid", ("fid",)),
    ("latlng", ("koordinat", "coordinate", "coordinates", "latlng", "posisi", "position")),
    # Polish "Współrzędne", Czech "Souřadnice", Hungarian "Koordináták": "lat, lng".
    ("latlng", ("współrzędne", "wspolrzedne", "souřadnice", "souradnice", "koordináták")),
    ("lat", ("lat", "latitude", "lintang")),
    ("lng", ("lng", "lon", "long", "longitude", "bujur")),
    # Polish "Szerokość" / "Długość" (geograficzna), Czech "Šířka" / "Délka".
    ("lat", ("szerokość", "szerokosc", "šířka", "sirka")),
    ("lng", ("długość", "dlugosc", "délka", "delka")),
    (
        "status",
        (
            *("status", "kondisi", "keadaan", "state", "online", "keterangan", "ket"),
            # An admin list's boolean column ("Aktif", Django's "Is active").
            *("aktif", "active"),
            # Portuguese "Situação" and Spanish "Estado" (Ativa, Online, Fuera de servicio).
            *("situação", "situacao", "estado"),
            # German "Zustand" and "Betriebszustand" ("in Betrieb", "außer Betrieb").
            *("zustand", "betriebszustand"),
            # Scandinavian "Tilstand" / "Tillstånd" and "Driftsstatus" ("I drift").
            *("tilstand", "tillstånd", "tillstand", "driftsstatus", "driftstatus"),
            # Polish "Stan" (Aktywna, Nieaktywna), Czech "Stav" (V provozu, Mimo provoz),
            # Hungarian "Állapot".
            *("stan", "stav", "állapot", "allapot"),
            # A command centre's link to each camera ("Koneksi": Terhubung, Terputus).
            *("koneksi", "connection"),
        ),
    ),
    (
        "area",
        (
            *("kecamatan", "kec", "wilayah", "area", "district", "kelurahan", "desa"),
            # Kecamatan and villages under their regional names (Yogyakarta's kapanewon
            # and kemantren, its kalurahan; Papua's distrik).
            *("kapanewon", "kemantren", "kalurahan", "distrik"),
            *("zona", "region", "kota", "city", "kabupaten", "daerah"),
            # Portuguese and Spanish "Região" / "Región" (Centro, Norte, Zona Sul).
            *("região", "regiao", "región"),
            # A campus's or a housing estate's list groups its cameras by building.
            *("gedung", "building", "bangunan", "blok", "block"),
            # An admin list's group column (Group, Grup, Kelompok) holds the camera's group.
            *("group", "grup", "kelompok"),
            # A ski report groups its webcams by the resort or mountain they watch.
            *("resort", "mountain"),
            # A Brazilian or Latin American city's list gives the neighbourhood (bairro,
            # barrio) of each camera.
            *("bairro", "barrio", "neighborhood", "neighbourhood"),
            # A German list's district ("Landkreis", "Kreis").
            *("landkreis", "kreis"),
            # A Polish city's district (dzielnica), estate (osiedle) or commune (gmina),
            # a Czech quarter (čtvrť) and a Hungarian (Budapest) district (kerület).
            *("dzielnica", "osiedle", "gmina", "čtvrť", "ctvrt", "kerület", "kerulet"),
            # A Spanish or Latin American city's district ("Distrito": Centro, Tetuán,
            # Miraflores).
            "distrito",
            # A city's district under its other names: Colombia's and Chile's comuna,
            # Bogotá's localidad, a rural corregimiento, Mexico's colonia and alcaldía,
            # Portugal's freguesia and a parish (parroquia); the German-speaking Bezirk,
            # Stadtbezirk, Stadtteil and Ortsteil; the French arrondissement and
            # quartier, the Italian quartiere; the Dutch wijk and stadsdeel, the
            # Scandinavian bydel and stadsdel.
            *("comuna", "localidad", "corregimiento", "colonia", "alcaldía", "alcaldia"),
            *("freguesia", "parroquia"),
            *("bezirk", "stadtbezirk", "stadtteil", "ortsteil"),
            *("arrondissement", "quartier", "quartiere", "wijk", "stadsdeel", "bydel"),
            "stadsdel",
        ),
    ),
    # A municipality or county column (Swedish "Kommun", Norwegian and Danish "Kommune",
    # a US list's "County"): the area when no finer place column (a town) is given.
    ("county", ("kommun", "kommune", "municipality", "county")),
    ("name", ("nama", "name", "judul", "title", "nome", "nombre", "bezeichnung")),
    # Polish "Nazwa", Czech and Slovak "Název", Hungarian "Név".
    ("name", ("nazwa", "název", "nazov", "názov", "nazev", "név")),
    # Danish and Norwegian "Navn", Swedish "Namn".
    ("name", ("navn", "namn")),
    # French and Catalan "Nom".
    ("name", ("nom",)),
    # A road segment ("Ruas", "Ruas Jalan": a stretch between two towns, "Sangatta -
    # Bengalon") files the cameras along it: their area beside a column naming each
    # camera's point, else the camera's label.
    # A bare "Segment" is no road's (a network segment in a list of devices): it is one
    # only beside a road word ("Road Segment", "Segmen Jalan"; see _SEGMENT_ROADS).
    ("segment", ("ruas", "koridor", "corridor")),
    (
        "place",
        (
            *("lokasi", "location", "titik", "tempat", "jalan", "simpang"),
            # A traffic list's junction column ("Intersection", "Persimpangan").
            *("intersection", "junction", "crossing", "persimpangan", "perempatan"),
            "pertigaan",
            # Portuguese "Local" / "Localização" and Spanish "Ubicación": the place a
            # camera watches, its label when no name column is given.
            *("local", "localização", "localizacao", "ubicación", "ubicacion"),
            # German "Standort": where the camera stands.
            "standort",
            # Polish "Lokalizacja" / "Miejsce", Czech "Umístění" / "Poloha", Hungarian
            # "Helyszín".
            *("lokalizacja", "miejsce", "umístění", "umisteni", "poloha", "helyszín"),
        ),
    ),
    # An address or a locality ("Alamat", "Address", German "Ort"): the camera's label when
    # no column names it, else its area when no column gives one.
    ("where", ("alamat", "address", "ort")),
    # Spanish "Cámara" and Portuguese "Câmera" / "Câmara" (a column of the cameras' own
    # labels, beside a "Código" column of their codes).
    ("camera", ("cctv", "kamera", "camera", "cam", "webcam")),
    ("camera", ("cámara", "camara", "câmera", "câmara")),
    # French "Caméra".
    ("camera", ("caméra",)),
    # A recorder's channel ("Kanal", "Channel", "CH"): the camera's id only when every
    # row writes a channel code of its own (see _channel_codes).
    ("channel", ("kanal", "channel", "ch")),
    # A "Description(s)" column beside the address ("Descriptions | WebCam URL"): the
    # camera's label when no column names it or gives its place or address.
    ("described", ("description", "descriptions", "deskripsi", "beschreibung")),
    ("described", ("descripción", "descripcion", "descrição", "descricao")),
)
# A Czech city's municipal district ("Městská část": Praha 7, Brno-střed), read as the
# two words together: either alone says nothing.
# A list of the objects cameras watch names each by its object ("Objek Vital", "Obyek
# Wisata": a port, a place of worship, a beach): a header led by that word, naming no
# other field, is the camera's place, its label when no column names it.
_OBJECT_HEADER_WORDS = frozenset({"objek", "obyek"})
_SEGMENT_ROADS = frozenset({"road", "jalan", "ruas", "street", "highway", "jalur", "tol"})
_AREA_PHRASES = frozenset({"městská část", "mestska cast", "městský obvod", "mestsky obvod"})
# A transport list groups its cameras by the port or airport they watch, or by the part
# of it (a port's terminal or berth, a zone): a header that is that word alone
# ("Pelabuhan", "Terminal", "Dermaga"), never a cell naming one ("Pelabuhan Sepaso") nor
# a header that only holds the word ("Nama Terminal" names the camera's place).
_FACILITY_HEADERS = frozenset(
    {"pelabuhan", "harbour", "harbor", "bandara", "bandar udara", "airport"}
    | {"terminal", "dermaga", "pier", "berth", "wharf", "zone", "sector", "sektor"}
)
# Of them, the facilities a camera watches, which name a row no other column names (the
# cameras of one dock share it); a zone or sector is only a part of a site, its cameras'
# area.
_NAMING_FACILITIES = _FACILITY_HEADERS - {"zone", "sector", "sektor"}
# Japanese and Chinese headers join their words without spaces (カメラ番号, 地点名,
# 所属区县): they are matched by the words they hold, in the same order of preference.
# A river's or water system's name (河川名, 水系名) names no camera and no area.
_CJK_HEADER_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("id", ("番号", "コード", "编号", "編號", "代码", "代碼")),
    ("latlng", ("座標", "坐标", "经纬度", "經緯度", "緯度経度")),
    ("lat", ("緯度", "纬度")),
    ("lng", ("経度", "经度")),
    ("status", ("状態", "状况", "状态", "狀態")),
    ("area", ("市町村", "市区町村", "所在地", "区域", "辖区", "区县", "行政区", "所属区")),
    ("name", ("地点名", "カメラ名", "観測所名", "局名", "名称", "名稱", "点位名", "监控点")),
    ("camera", ("カメラ", "摄像", "监控", "監視")),
)
# The station a Chinese monitoring system files each camera under (``所属电站``, the
# power station it belongs to; ``泵站``, ``水库``): its group, the word alone or after
# 所属, never a header naming it (``电站名称`` names the camera's place).
_CJK_FACILITIES = frozenset({"电站", "水电站", "泵站", "水库", "闸站", "港区", "码头", "机场"})
_HIDDEN_STYLE = re.compile(r"(?i)display\s{0,3}:\s{0,3}none")
_WORD = re.compile(r"[^\W_]+")
# The joint of two words of a camel-case name (``PlatformCode``, ``stationName``).
_CAMEL_JOINT = re.compile(r"(?<=[a-z])(?=[A-Z])")
_MAX_CAMEL_HEADER = 64
# Attributes that give a row's or a card's camera id.
_ID_ATTRIBUTES = (
    "data-id",
    "data-cctv-id",
    "data-camera-id",
    "data-cam-id",
    "data-kamera-id",
    "data-webcam-id",
    "data-webcamid",
    # Unhyphenated, as a live-camera list writes its items (``<li data-camid="7CDD…">``).
    "data-camid",
    "data-cameraid",
    "data-id-cctv",
    "data-cctvid",
    "data-kode",
    "data-kode-cctv",
)
_CARD_ID_ATTRIBUTES = ("data-cam", "data-camera", "data-webcam", "data-kamera", "data-cctv")
_CARD_ELEMENTS = frozenset({"tr", "div", "li", "article", "section", "figure"})
_ID_VALUE = re.compile(r"[\w.:-]{1,64}")
# A video element whose whole id is a number (``<video id=21>``): the record number a
# page's loop writes into the element, never a handle such as ``video1`` or ``cctv-1``.
_VIDEO_ELEMENTS = frozenset({"video", "video-js"})
_RECORD_NUMBER = re.compile(r"[0-9]{1,9}")
_MAX_ROW_KEY = 24
# id="cctv-12": an element id namespaced by what it is, followed by the camera's own id.
# A namespaced row's own word before the record's number (``cctv-row-7``, ``cam_item_3``).
_ROW_RECORD = re.compile(r"(?i)(?:row|item|record|entry|baris)[-_](\d{1,12})")
_PREFIXED_ID = re.compile(r"(?i)(?:cctv|cam|camera|kamera|webcam)[-_]([\w.-]{1,64})")
# A card keyed by its record's code under a data attribute of the site's own name
# (``<div class="card" data-apill="APL-01">``): capitals, a hyphen and a number, perhaps
# one capital after it. Attributes that key something else (a shop's goods, a ticket, a
# page, a slide, a script's target) are never read so.
_CODED_VALUE = re.compile(r"[A-Z]{2,8}-[0-9]{1,6}[A-Z]?")
_CODED_NAME = re.compile(r"data-[a-z]{2,20}")
_NOT_CODED_NAMES = frozenset(
    {"sku", "product", "produk", "barang", "item", "order", "invoice", "ticket", "tiket"}
    | {"page", "index", "slide", "target", "toggle", "parent", "lang", "locale", "version"}
    | {"plate", "nopol", "phone", "telp", "nip", "nik", "model", "tipe", "type", "seri"}
    # a road's number the camera watches (``data-route="MN-55"``), not the camera's own
    | {"route", "rute", "road", "jalan", "ruas", "highway", "line", "jalur", "koridor"}
    # a picture's resolution or quality, a topic or category every card may share
    | {"res", "resolusi", "resolution", "quality", "kualitas", "format"}
    | {"topik", "topic", "tag", "tags", "kategori", "category", "label"}
)
_MAX_CODED_ATTRIBUTES = 40
_CLASS_WORD = re.compile(r"[^\W_]+")
# Headers of columns that hold the media: read by their content, named here so that a
# header row written with plain cells is still known as one.
_MEDIA_COLUMNS = frozenset(
    {"aksi", "action", "actions", "link", "url", "stream", "video", "live", "foto", "gambar"}
    | {"snapshot", "preview", "tautan", "play", "lihat", "opsi", "option", "options", "view"}
    | {"streaming"}
    # German "Bild" and "Aktuelles Bild": the picture column.
    | {"bild", "aktuelles"}
    # Portuguese and Spanish "Imagem" / "Imagen" and "Vídeo" / "Ao vivo" / "En vivo".
    | {"imagem", "imagen", "vídeo", "ao", "en", "vivo"}
    # Polish "Podgląd" / "Transmisja" / "Na żywo", Czech "Náhled" / "Živě" / "Přenos".
    | {"podgląd", "podglad", "transmisja", "na", "żywo", "náhled", "nahled", "živě", "přenos"}
)
# Cells a spreadsheet's HTML export draws around its grid (Google Sheets' ``pubhtml``):
# the row numbers, the column-width shims and the frozen-rows bar hold no data.
# An admin table's row buttons (Edit, Delete, Ubah, Hapus) link the record they act on:
# ``/cctv/edit/14``, ``/cctv/14/edit``. The number is the row's record id.
# Django admin's links are ``/<pk>/change/``.
# CodeIgniter controllers name the method for the action and the record together
# (``/administrator/ubah_cctv/12``, ``/admin/cctv_admin/edit_cctv/31``): the action word
# joined to a camera word by ``_`` or ``-``, or written straight onto it as a Laravel
# route's method name is (``/panel/cctv/hapusCCTV/12``, ``/deletecctv/5``), names the
# same record.
_ACTION_WORDS = r"(?:edit|ubah|update|delete|hapus|destroy|remove|detail|show|view|lihat|change)"
# Only a camera record word is joined so: ``lihat_kecamatan/4`` acts on a kecamatan's
# record, never on the row's camera.
_JOINED_RECORD = r"(?:[_-]?(?:cctv|kamera|camera|cam|webcam)s?)?"
_ACTION_LINK = re.compile(
    rf"(?i)/{_ACTION_WORDS}{_JOINED_RECORD}/(\d{{1,12}})(?=[/?#]|$)"
    rf"|/(\d{{1,12}})/{_ACTION_WORDS}(?=[/?#]|$)"
)
# The actions that change or remove a record: a link to one is the admin's, never a page
# that plays the camera, whatever camera word its path holds (``/hapus_cctv/12``).
_CHANGE_WORDS = r"(?:edit|ubah|update|delete|hapus|destroy|remove|change)"
_CHANGE_LINK = re.compile(
    rf"(?i)/{_CHANGE_WORDS}{_JOINED_RECORD}/\d{{1,12}}(?=[/?#]|$)"
    rf"|/\d{{1,12}}/{_CHANGE_WORDS}(?=[/?#]|$)"
)


def action_link_id(href: str) -> str | None:
    """Return the record number an action link names (``/cctv/edit/14``), or None."""
    action = _ACTION_LINK.search(href[:300])
    return None if action is None else action.group(1) or action.group(2)


def change_link(href: str) -> bool:
    """Return True for a link to a record's edit or delete action (``/ubah_cctv/12``)."""
    return _CHANGE_LINK.search(href[:300]) is not None


# Query parameters of a link to a camera's player page naming the camera itself
# (``flowplayeri.aspx?CAMID=CAM016``, ``viewcam.aspx?camId=…``, ``camera.php?cameraId=…``).
_CAMERA_ID_PARAMS = frozenset(
    {"camid", "cam_id", "camera_id", "cameraid", "cctv_id", "cctvid", "kamera_id", "webcam_id"}
)
_QUERY_ID = re.compile(r"[\w.-]{1,40}")


def camera_query_id(href: str) -> str | None:
    """Return the camera id a row's link to a player page names in its query, or None."""
    if "?" not in href[:300]:
        return None
    for key, value in parse_qsl(urlsplit(href[:300]).query)[:12]:
        if norm_key(key) in _CAMERA_ID_PARAMS and _QUERY_ID.fullmatch(value.strip()):
            return value.strip()
    return None


# A viewer page named by what it does (``/cctv/monitor?id=4``, ``live.php?id=2``,
# ``view?id=41``): its plain ``id`` is the camera record the page shows.
_VIEWER_PAGES = frozenset(
    {"monitor", "view", "live", "watch", "player", "play", "stream", "show", "detail"}
    | {"lihat", "pantau", "tonton", "tayang"}
)


# The distinct viewer-page ids counted in one table.
_MAX_VIEWER_IDS = 4 * MAX_CAMERAS


def viewer_query_id(href: str) -> str | None:
    """Return the ``id`` a row's link to a viewer page (``monitor?id=4``) names, or None."""
    if "?" not in href[:300]:
        return None
    try:
        parts = urlsplit(href[:300])
    except ValueError:
        return None
    page = parts.path.rstrip("/").rsplit("/", 1)[-1].split(".", 1)[0].lower()
    if page not in _VIEWER_PAGES:
        return None
    for key, value in parse_qsl(parts.query)[:12]:
        if key.lower() == "id" and _QUERY_ID.fullmatch(value.strip()):
            return value.strip()
    return None


_SHEET_CHROME = re.compile(
    r"\b(?:row-header\w*|row-headers-background|header-shim|freezebar-cell)\b"
)


def _column_field(cell: _Cell) -> str | None:
    """Return the field a header cell names; a hidden id column only stands in for one.

    A record's key kept in a hidden column (EasyUI's ``hidden: true``, a CRUD template's
    ``display:none`` cell) is the camera's id only when no visible column gives one
    (``编号``, ``Kode``): the number the page shows is the camera's.
    """
    label = cell.label() or ""
    name = header_field(label)
    if name == "area" and " ".join(_WORD.findall(label.lower())) in _NAMING_FACILITIES:
        return "facility"  # the port, terminal or dock: the camera's place (see _item)
    if name is None and stream_page_header(label):
        return "streampage"  # "Stream URL": the stream written as the cell's text
    return "fid" if name == "id" and cell.hidden else name


def header_field(text: str) -> str | None:
    """Return the field a column header names, or None for a column that is not read.

    A header written as one camel-case name (``PlatformCode``, a data server's variable
    name) is read by its words when the name as a whole names no field.
    """
    field = _header_words_field(text)
    if field is None and _CAMEL_JOINT.search(text[:_MAX_CAMEL_HEADER]):
        field = _header_words_field(_CAMEL_JOINT.sub(" ", text[:_MAX_CAMEL_HEADER]))
    return field


# Words a channel column's header may hold beside the channel word ("No. Kanal", "CH ID").
_CHANNEL_NUMBER_WORDS = frozenset({"no", "nomor", "number", "nr", "num", "id", "kode", "code"})


def _channel_header(words: list[str]) -> bool:
    """Return True for a channel column's header: the channel word, at most a number word.

    A description or name column that speaks of the channel ("Deskripsi Kanal",
    "Channel Description") is no channel column.
    """
    channel = [word for word in words if word in ("kanal", "channel", "ch")]
    others = [word for word in words if word not in channel]
    return len(channel) == 1 and len(others) <= 1 and _CHANNEL_NUMBER_WORDS.issuperset(others)


def _header_words_field(text: str) -> str | None:
    """Return the field a column header's words name, or None."""
    lowered = text.lower().strip()
    words = _WORD.findall(lowered)
    if lowered in _ROW_NUMBER or " ".join(words) in _ROW_NUMBER or not words:
        return None
    if "lat" in words and any(w in words for w in ("lng", "lon", "long", "longitude")):
        return "latlng"
    if " ".join(words) in _FACILITY_HEADERS or " ".join(words) in _AREA_PHRASES:
        return "area"
    if not _SEGMENT_ROADS.isdisjoint(words) and not {"segment", "segmen"}.isdisjoint(words):
        return "segment"
    for name, hints in _HEADER_FIELDS:
        if any(word in hints for word in words) and (name != "channel" or _channel_header(words)):
            return name
    if " ".join(words) in POST_HEADERS:
        return "place"  # the monitoring post a river gauge's camera watches from
    if words[0] in _OBJECT_HEADER_WORDS and len(words) <= 3:
        return "place"  # "Objek Vital", "Obyek Wisata": the object the camera watches
    if any(char >= "\u3040" for char in lowered):
        if lowered.removeprefix("所属") in _CJK_FACILITIES:
            return "area"
        for name, hints in _CJK_HEADER_FIELDS:
            if any(hint in lowered for hint in hints):
                return name
    return None


@dataclass(slots=True)
class _Cell:
    """One cell being read."""

    header: bool
    span: int = 1
    text: list[str] = field(default_factory=list)
    urls: list[tuple[str, str]] = field(default_factory=list)
    # Rows the cell spans, and whether it is the copy of a cell spanning down from above.
    rows: int = 1
    carried: bool = False
    chrome: bool = False
    # Drawn hidden (``style="display:none"``): a header cell over a column the page keeps
    # out of sight, as an EasyUI datagrid or a CRUD template keeps a record's key.
    hidden: bool = False
    # The text of a MediaWiki {{coord}} cell's machine-readable span.geo ("-0.5; 117.1"),
    # and whether that span is open.
    geo: list[str] | None = None
    in_geo: bool = False
    # Links to a page that plays something (``/player/?cam=…``, ``/watch/tempel``).
    pages: list[str] = field(default_factory=list)
    # Whether its stream is a player page written as its text under a stream column.
    page_text: bool = False

    def label(self) -> str | None:
        if self.geo is not None and (point := _GEO_POINT.fullmatch("".join(self.geo))):
            return f"{point.group(1)}, {point.group(2)}"
        return clean_text("".join(self.text)[:_MAX_CELL_TEXT])


@dataclass(slots=True)
class _Table:
    """One table being read."""

    headers: list[str | None] | None = None
    in_head: bool = False
    row: list[_Cell] | None = None
    cell: _Cell | None = None
    row_urls: list[tuple[str, str]] = field(default_factory=list)
    row_id: str | None = None
    # Ids on the elements inside the open row (Edit/Delete buttons' data-id).
    inner_ids: set[str] = field(default_factory=set)
    # Positions the open row's elements give in data attributes (an Edit button's
    # ``data-lat``/``data-lng``), as written.
    positions: set[tuple[str, str]] = field(default_factory=set)
    # Record ids in the open row's action links (href="/cctv/edit/14").
    link_ids: set[str] = field(default_factory=set)
    # Those of them only a viewer page's plain ``id`` gave (``monitor?id=4``), the rows
    # naming each, and the items given one as their id.
    viewer_ids: set[str] = field(default_factory=set)
    viewer_rows: dict[str, int] = field(default_factory=dict)
    viewer_items: list[tuple[dict[str, JSONValue], str]] = field(default_factory=list)
    # The first rows as read, for a table whose columns are the cameras; None when longer.
    rows: list[list[_Cell]] | None = field(default_factory=list)
    made: list[dict[str, JSONValue]] = field(default_factory=list)
    # The group row read last (DataTables' row grouping: one spanning cell naming the
    # group of the rows below it), and the rows made under each.
    group: str | None = None
    grouped: list[tuple[dict[str, JSONValue], str]] = field(default_factory=list)
    # Cells spanning down into the next rows, by the column they start at: the cell and
    # how many more rows it covers.
    carry: dict[int, tuple[_Cell, int]] = field(default_factory=dict)
    # The columns of the open row covered by a spanning cell (carried or its own).
    covered: set[int] = field(default_factory=set)
    # Columns whose cells gave a row's stream, and rows whose only media is a player
    # page linked in a column (kept only when that column gives other rows' streams).
    stream_columns: set[int] = field(default_factory=set)
    paged: list[tuple[dict[str, JSONValue], int]] = field(default_factory=list)
    # How many named rows link their only page in each column by a label saying it
    # shows the camera ("Lihat CCTV", "Watch live").
    viewer_columns: dict[int, int] = field(default_factory=dict)
    # How many rows link, in each column, a viewer page ending in the code their still's
    # file name writes (``/cctv/lihat/SB-01`` beside ``/cctv/cuplikan/SB-01.jpg``), and
    # the rows showing only a still named by such a code (no page, no id of their own).
    coded_columns: dict[int, int] = field(default_factory=dict)
    coded_stills: list[dict[str, JSONValue]] = field(default_factory=list)
    # Whether the open row links anything (``<a href>``: a page, an article).
    row_links: bool = False
    # How many rows read with their own media link a player page in each column (a
    # "Link browser" column beside the RTSP one).
    page_columns: dict[int, int] = field(default_factory=dict)
    # Set while the rows read may still be the header's (a header of two or more rows):
    # "head" when it is a <thead>, "cells" when it is a row of header cells.
    heading: str | None = None
    # Whether the header's first cell is a row-number column ("No", "#").
    numbered: bool = False
    # The numbers written in that column, row by row (rows without media too), and the
    # items of the rows holding one.
    numbers: list[str] = field(default_factory=list)
    numbered_items: list[tuple[dict[str, JSONValue], str]] = field(default_factory=list)
    # Rows named by their camera column beside their place: the item, both texts.
    named: list[tuple[dict[str, JSONValue], str, str]] = field(default_factory=list)
    # How many rows link their own camera page by a playing caption in each column
    # ("Siaran" to ``/objek-vital/kamera/OV-01``), and the rows with only that page.
    captioned_columns: dict[int, int] = field(default_factory=dict)
    captioned_items: set[int] = field(default_factory=set)
    # A recorder's channel column (Kanal, Channel): the rows' channel codes (CH01, D2)
    # with their items, and whether a row wrote something else there (a bare number).
    channels: list[tuple[dict[str, JSONValue], str]] = field(default_factory=list)
    plain_channels: bool = False
    # The open row's view action links (``/crud/view/41``): resolved address, number;
    # and the sites of its Edit and Delete links.
    view_links: list[tuple[str, str]] = field(default_factory=list)
    change_sites: set[str] = field(default_factory=set)
    # How many links the open cell holds.
    anchors: int = 0
    # The rows whose stream is a page written under a stream column, and whether the
    # table names cameras (a camera word in its header or in a row's text): a stream
    # column of a table naming none (a church's services, a radio's stations) is kept
    # only when the page names cameras (see ``unproven``).
    stream_pages: list[dict[str, JSONValue]] = field(default_factory=list)
    camera_named: bool = False
    # The open row's addresses cut short in its cells (``rtsp://kabo...``: their starts)
    # and the record its Edit button hands a page function (``editCamera({…})``).
    cut: list[str] = field(default_factory=list)
    record: JSONObject | None = None
    # The rows given media by a record saying nothing of a camera (``camera_record``):
    # cameras only in a table or on a page naming cameras (see ``unproven``).
    recorded: list[dict[str, JSONValue]] = field(default_factory=list)


# A description reading as prose names nothing: more words than a label has, or a
# sentence ending before another starts ("… utama kota. Kamera …").
_MAX_LABEL_WORDS = 12
_SENTENCE_BREAK = re.compile(r"[^\W\d_]{3,}[.!?]\s+[^\W\d_]")


def _prose(text: str) -> bool:
    """Return True for a description written as sentences, no camera's label."""
    head = text[:_MAX_CELL_TEXT]
    return len(_WORD.findall(head)) > _MAX_LABEL_WORDS or bool(_SENTENCE_BREAK.search(head))


def _count_viewer_ids(table: _Table) -> set[str]:
    """Return the open row's viewer-page ids, counted among the table's rows naming each."""
    viewer_ids, table.viewer_ids = table.viewer_ids, set()
    for shown in viewer_ids:
        if len(table.viewer_rows) < _MAX_VIEWER_IDS or shown in table.viewer_rows:
            table.viewer_rows[shown] = table.viewer_rows.get(shown, 0) + 1
    return viewer_ids


# A live server's MP4 address written as a cell's text: Shinobi's Poseidon route
# (``/{key}/mp4/{group}/{monitor}/s.mp4``), go2rtc's ``/api/stream.mp4?src=…``, a live
# folder's camera file ``/live/pasar/stream.mp4`` (``media.live_file_name``). An uploaded
# or recorded video file (``/storage/video/profil.mp4``, ``/rekaman/…``) and a live
# folder's named clips (``/streams/paripurna-1.mp4``) are none.
_LIVE_FILE_SUFFIXES = (".mp4", ".m4v", ".webm")


def live_video_file(url: str) -> bool:
    """Return True for a public live server's MP4 stream address (see ``live_file_name``).

    The file's name says it is live (``s.mp4``, ``stream.mp4``) or a live folder holds
    the camera's folder and its short file (``/live/maloy/index.webm``); a recordings or
    upload folder, a login in the address and LAN, loopback or local hosts are never
    such a stream.
    """
    try:
        parts = urlsplit(url[:2048])
    except ValueError:
        return False
    if parts.scheme not in ("http", "https") or has_userinfo(url):
        return False
    path = parts.path.lower()
    if not path.endswith(_LIVE_FILE_SUFFIXES) or not is_public_host(parts.hostname):
        return False
    return live_file_name(path)


def _break_line(cell: _Cell, tag: str) -> None:
    """Part the text of a cell's lines: a block element starts or ends a line.

    A name line and an address line written as two ``<div>`` in one cell
    (``<div>Balai Desa</div><div>https://…</div>``) are two lines, never one word.
    """
    if tag in _LINE_TAGS and cell.text and not cell.text[-1].endswith(" "):
        cell.text.append(" ")


def _row_element(table: _Table, tag: str, attributes: dict[str, str]) -> None:
    """Note the record id and the position an element inside the open row gives."""
    if tag != "tr" and len(table.inner_ids) <= _MAX_ROW_IDS:
        if (inner_id := camera_id_of(tag, attributes)) is not None:
            table.inner_ids.add(inner_id)
    if len(table.positions) <= _MAX_ROW_IDS:
        if (position := data_position(attributes)) is not None:
            _add_position(table.positions, position)
        elif (position := handler_position(attributes)) is not None:
            # A cell's click handler showing the row's place on a map
            # (``<td onclick="openMap(1.0372, 116.8869)">``) places it the same way.
            _add_position(table.positions, position)
        elif tag == "a" and (place := map_link_place(attributes.get("href", ""))) is not None:
            # A map link in the row (``/maps/@0.50233,117.5231,3a…``, ``?q=lat,lng``)
            # places it as its data attributes would.
            _add_position(table.positions, (repr(place[0]), repr(place[1])))


def _add_position(positions: set[tuple[str, str]], position: tuple[str, str]) -> None:
    """Add a row's position unless the same place is already written (``0.5023300``)."""
    place = _place_of(position)
    if place is None or all(_place_of(known) != place for known in positions):
        positions.add(position)


def _place_of(position: tuple[str, str]) -> tuple[float, float] | None:
    """Return a position written as text as numbers, or None."""
    try:
        return float(position[0]), float(position[1])
    except ValueError:
        return None


def _give_row_position(item: dict[str, JSONValue], positions: set[tuple[str, str]]) -> None:
    """Give a row's camera the one position its elements' data attributes write.

    A management table's Edit button carries the record's fields (``data-lat``,
    ``data-lng``) for its form: when the row's elements write one position and its
    cells give none, it is the camera's. Two different positions in a row place nothing.
    """
    if len(positions) != 1 or any(key in item for key in ("lat", "lng", "latlng")):
        return
    lat, lng = next(iter(positions))
    item["lat"], item["lng"] = lat.strip(), lng.strip()


def _give_row_id(
    table: _Table, item: dict[str, JSONValue], row_id: str | None, viewer: bool
) -> None:
    """Give a row's item the row's id unless it has its own; note one a viewer link gave."""
    if row_id is None or "id" in item:
        return
    item["id"] = row_id
    if viewer and len(table.viewer_items) < MAX_CAMERAS:
        table.viewer_items.append((item, row_id))


def _row_number(text: str | None) -> bool:
    """Return True for a row-number cell's text ("1", "12.")."""
    return bool(text) and len(text or "") <= 6 and (text or "").rstrip(".").isdigit()


def _aligned(table: _Table, headers: list[str | None], row: list[_Cell]) -> list[str | None]:
    """Return the headers lined up with a row one cell narrower or wider than the header.

    A list template that writes a "No" header but no number cell in its rows (a Blade
    loop without its counter) shifts every cell one column left: the header's number
    column is dropped. A template that numbers its rows under no header of their own
    shifts them right: the row's number cell gets no header.
    """
    width, first = _width(row), row[0].label() if row else None
    if table.numbered and width == len(headers) - 1 and not _row_number(first):
        return headers[1:]
    if not table.numbered and width == len(headers) + 1 and _row_number(first):
        return [None, *headers]
    return headers


def camera_id_of(tag: str, attributes: dict[str, str]) -> str | None:
    """Return the camera id an element's attributes give (data-id, id="cctv-12"), or None.

    A row key (``data-key``) counts on rows and cards, after the named id attributes.

    A prefixed ``id`` counts on rows and cards only: on a player element it is the
    handle the page's script attaches the player to. A video element's id made of digits
    alone (``<video id=21>``) is the camera's record number written out by the page, and
    counts; ``video1``, ``cctv-1`` and ``player_2`` are handles and never do. Elementor's ``data-id`` beside its
    ``data-element_type`` numbers the builder's elements and is no camera id.
    """
    for key in _ID_ATTRIBUTES:
        value = attributes.get(key, "")
        if key == "data-id" and "data-element_type" in attributes:
            continue  # a page builder's element id (Elementor), not the camera's
        if value and _ID_VALUE.fullmatch(value):
            return value
    if tag in _VIDEO_ELEMENTS:
        element_id = attributes.get("id", "")
        return element_id if _RECORD_NUMBER.fullmatch(element_id) else None
    if tag not in _CARD_ELEMENTS:
        return None
    # A list widget's row key (Yii GridView/ListView ``<tr data-key="14">``, bootstrap-table's
    # ``data-uniqueid``; never its ``data-index``, a position): short, so a
    # map key or token written the same way is never taken for an id.
    key = attributes.get("data-key") or attributes.get("data-uniqueid", "")
    if key and len(key) <= _MAX_ROW_KEY and _ID_VALUE.fullmatch(key):
        return key
    # A card keyed by its camera's slug (``<article data-cam="cime-caron">``): on a card
    # only, as a player element's ``data-camera`` may be the handle a script plays.
    for key in _CARD_ID_ATTRIBUTES:
        value = attributes.get(key, "")
        if value and _ID_VALUE.fullmatch(value):
            return value
    return _prefixed_id(attributes) or coded_id(attributes)


def coded_id(attributes: dict[str, str]) -> str | None:
    """Return the one record code a card's own data attribute gives, or None.

    ``<div class="card apill-card" data-apill="APL-01">``: a one-word data attribute
    holding a code of capitals, a hyphen and a number (``APL-01``, ``KLR-02``, ``ATCS-01A``)
    is the card's record; two such attributes, or one keying goods, tickets, pages or
    slides, a road's number (``data-sku``, ``data-ticket``, ``data-route``) or a
    resolution or topic (``data-res="HD-1080"``, ``data-topik="COVID-19"``), give none. A
    page reading the same code on several cards drops it (``_PageScanner.finish``).
    """
    found: str | None = None
    for key, value in itertools.islice(attributes.items(), _MAX_CODED_ATTRIBUTES):
        if not _CODED_NAME.fullmatch(key) or key[5:] in _NOT_CODED_NAMES:
            continue
        if not _CODED_VALUE.fullmatch(value):
            continue
        if found is not None:
            return None
        found = value
    return found


def _prefixed_id(attributes: dict[str, str]) -> str | None:
    """Return the camera id a card's namespaced element id gives, or None.

    ``id="cctv-12"``, ``id="kamera_A3"``: the prefix namespaces the record's number or
    code, one word holding a digit, which is its id. A slug of words after the prefix
    (``id="cam-apron-1"``, ``id="cam-runway"``) is the card's own name for its camera and
    kept whole, so that every card of a page reads the same way: one with a digit in it
    on any card element, one without on an element classed as a camera card
    (``<article class="cam">``) only, as a bare ``<div id="cam_lobby">`` is the handle a
    script attaches a player to.
    """
    element_id = attributes.get("id", "")
    found = _PREFIXED_ID.fullmatch(element_id)
    if found is None:
        return None
    rest = found.group(1)
    digit = any(char.isdigit() for char in rest)
    if digit and rest.isalnum():
        return rest
    if (row := _ROW_RECORD.fullmatch(rest)) is not None:
        return row.group(1)  # ``id="cctv-row-7"``: the row of record 7
    if digit:
        return element_id
    if any(word in LAYOUT_ID_WORDS for word in _CLASS_WORD.findall(rest.lower())):
        return None  # a part of the page (id="cctv-grid"), not a camera
    words = _CLASS_WORD.findall(attributes.get("class", "")[:200].lower())
    return element_id if any(word in CAMERA_CARD_CLASS_WORDS for word in words) else None


def _selected_record(attributes: dict[str, str]) -> str | None:
    """Return the record key of a row's bulk-action checkbox (``_selected_action``), or None."""
    if attributes.get("type", "").lower() != "checkbox":
        return None
    if attributes.get("name", "").lower() not in ROW_SELECTION_NAMES:
        return None
    value = attributes.get("value", "").strip()
    return value if _ID_VALUE.fullmatch(value) else None


def _span(value: str, limit: int, zero: int) -> int:
    """Return a colspan or rowspan attribute's count, 1 when it is not a number."""
    if not value.isascii() or not value.isdigit() or len(value) > 6:
        return 1
    number = int(value)
    return zero if number == 0 else min(number, limit)


def _width(row: list[_Cell]) -> int:
    return sum(cell.span for cell in row)


def _names_camera(row: list[_Cell]) -> bool:
    """Return True when a row's text, other than a stream page's address, names a camera."""
    return any(names_camera(cell.label() or "") for cell in row if not cell.page_text)


def _note_camera_words(table: _Table, row: list[_Cell]) -> None:
    """Note a row naming cameras in a table with a stream column (see ``unproven``)."""
    if not table.camera_named and "streampage" in (table.headers or ()):
        table.camera_named = _names_camera(row)


def _note_recorded(table: _Table, item: dict[str, JSONValue] | None, proven: bool) -> None:
    """Keep a row's item given media by a record saying nothing of a camera."""
    if item is not None and not proven:
        table.recorded.append(item)


def _note_stream_page(table: _Table, row: list[_Cell], item: dict[str, JSONValue]) -> None:
    """Keep a row's item whose stream is a page written under a stream column."""
    if any(cell.page_text for cell in row) and len(table.stream_pages) <= MAX_CAMERAS:
        table.stream_pages.append(item)


def _column_of(table: _Table) -> str | None:
    """Return the field of the column the open cell starts at, by the table's header."""
    if table.headers is None or table.row is None:
        return None
    column = _width(table.row)
    return table.headers[column] if column < len(table.headers) else None


def _carry(table: _Table) -> None:
    """Put the cells spanning down from the rows above into the open row, where they stand.

    A cell with ``rowspan`` covers the same columns in the rows below it, so those rows'
    own cells start after it: its copy (its text, never its media, which belong to the
    row that holds them) is placed before them, so that every cell lines up with its
    column's header.
    """
    row = table.row
    if row is None:
        return
    while len(row) < _MAX_CELLS and (column := _width(row)) in table.carry:
        cell, left = table.carry.pop(column)
        row.append(_Cell(header=cell.header, span=cell.span, text=cell.text, carried=True))
        table.covered.add(column)
        if left > 1:
            table.carry[column] = (cell, left - 1)


def _skip_carried(table: _Table) -> None:
    """Count a row against the spanning cells it did not reach (a short row)."""
    for column in [c for c in table.carry if c not in table.covered]:
        cell, left = table.carry.pop(column)
        if left > 1:
            table.carry[column] = (cell, left - 1)
    table.covered = set()


def _header_row(row: list[_Cell]) -> bool:
    """Return True for a first row of plain cells that reads as column headers."""
    if any(cell.urls for cell in row):
        return False
    mapped = 0
    for cell in row:
        label = cell.label()
        if not label:
            continue
        words = _WORD.findall(label.lower())
        if header_field(label) is not None:
            mapped += 1
        elif not words or not set(words) <= _MEDIA_COLUMNS | _ROW_NUMBER:
            return False
    return mapped >= 2


# The tags giving a table its rows and cells: read past the cap too.
STRUCTURE = frozenset({"table", "thead", "tbody", "tfoot", "tr", "td", "th"})


class TableReader:
    """Turn the rows of headed tables into portal-like items (bounded)."""

    def __init__(self, classify: Classify | None = None, page_url: str | None = None) -> None:
        """Start with no open table; classify reads URLs written as a cell's text.

        page_url is the page's own address: a row's view action on its site opens the
        row's camera.
        """
        self._page_sites = frozenset({registrable_site(page_url)} if page_url else ())
        self.items: list[dict[str, JSONValue]] = []
        # What camera detail tables (label/value rows naming one camera) give.
        self.details: list[dict[str, str]] = []
        self._classify = classify
        # Rows given a stream page by their stream column's text in tables naming no
        # camera: cameras only when the page names cameras (its title, a heading, its
        # address).
        self.unproven: list[dict[str, JSONValue]] = []
        self._tables: list[_Table] = []
        self._ignored = 0

    @property
    def in_cell(self) -> bool:
        """Return True while a table cell is open."""
        return bool(self._tables) and self._tables[-1].cell is not None

    @property
    def in_row(self) -> bool:
        """Return True while a table row is open."""
        return bool(self._tables) and self._tables[-1].row is not None

    @property
    def skipping(self) -> bool:
        """Return True inside a table whose rows are past the cameras kept."""
        return bool(self._tables) and not self._ignored and self._past_cap(self._tables[-1])

    def crowded(self, tag: str, attrs: list[tuple[str, str | None]] | None = None) -> bool:
        """Count a link of the open row; return True for one not read.

        A cell's links past its first MAX_ROW_LINKS are read only when their address is
        a media file's (a row's Live link after its actions); its links past
        _MAX_CELL_ANCHORS never are. Cells are counted apart: a table read sideways holds
        one camera's link in each cell of a row.
        """
        table = self._tables[-1] if self._tables and not self._ignored else None
        if table is None or table.row is None or tag != "a":
            return False
        table.anchors += 1
        if table.anchors > _MAX_CELL_ANCHORS:
            return True
        if table.anchors <= MAX_ROW_LINKS:
            return False
        href = next((value or "" for key, value in attrs or () if key == "href"), "")
        return url_kind(href[:2048]) is None

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        """Follow the structure of tables."""
        if tag == "table":
            if len(self._tables) >= _MAX_DEPTH:
                self._ignored += 1
            else:
                self._tables.append(_Table())
            return
        if not self._tables or self._ignored:
            return
        table = self._tables[-1]
        if table.cell is not None:
            table.cell.in_geo = False
            _break_line(table.cell, tag)
            if tag == "span" and _GEO_CLASS.search(attributes.get("class", "")[:200]):
                table.cell.geo, table.cell.in_geo = [], True
        past = table.row is not None and self._past_cap(table)
        if past and tag not in STRUCTURE:
            return  # the row's camera is never made: its links and ids are not read
        if table.row is not None and not past:
            _row_element(table, tag, attributes)
        if table.row is not None and tag == "input" and len(table.inner_ids) <= _MAX_ROW_IDS:
            if (selected := _selected_record(attributes)) is not None:
                table.inner_ids.add(selected)
        if table.cell is not None and tag == "img":
            alt = attributes.get("alt", "").strip()
            if alt.lower() in BOOLEAN_ICON_ALTS:
                table.cell.text.append(alt)  # a boolean field's yes/no icon
        if table.row is not None and tag == "a" and attributes.get("href", "").strip():
            table.row_links = True
        if table.row is not None and table.record is None and "onclick" in attributes:
            table.record = handler_record(attributes)
        if table.row is not None and tag == "a" and len(table.link_ids) <= _MAX_ROW_IDS:
            href = attributes.get("href", "")
            action = action_link_id(href) or camera_query_id(href)
            if action is None and (action := viewer_query_id(href)) is not None:
                table.viewer_ids.add(action)
            if action is not None:
                table.link_ids.add(action)
            if (
                (number := view_action_id(href)) is not None
                and len(table.view_links) < MAX_VIEW_LINKS
                and self._classify is not None
                and (found := self._classify(href.strip())) is not None
            ):
                table.view_links.append((found[0], number))
            elif (
                len(table.change_sites) < _MAX_ROW_IDS
                and change_link(href)
                and self._classify is not None
                and (found := self._classify(href.strip())) is not None
            ):
                table.change_sites.add(registrable_site(found[0]))
        if tag == "thead":
            self._end_row(table)
            table.in_head, table.carry = True, {}
        elif tag in ("tbody", "tfoot"):
            self._end_row(table)
            table.in_head, table.carry = False, {}
        elif tag == "tr":
            self._end_row(table)
            table.row = []
            table.row_urls = []
            table.row_id = camera_id_of(tag, attributes)
            table.inner_ids = set()
            table.positions = set()
            if (position := data_position(attributes)) is not None:
                table.positions.add(position)
            table.link_ids = set()
            table.viewer_ids = set()
            table.view_links = []
            table.change_sites = set()
            table.row_links = False
            table.cut, table.record = [], None
            table.anchors = 0
        elif tag in ("td", "th"):
            self._end_cell(table)
            table.anchors = 0
            if table.row is None:
                table.row = []
            _carry(table)
            table.cell = _Cell(
                header=tag == "th",
                span=_span(attributes.get("colspan", "1"), _MAX_SPAN, 1),
                rows=_span(attributes.get("rowspan", "1"), _MAX_ROW_SPAN, _MAX_ROW_SPAN),
                chrome=_SHEET_CHROME.search(attributes.get("class", "")[:300]) is not None,
                hidden=_HIDDEN_STYLE.search(attributes.get("style", "")[:300]) is not None,
            )

    def media(self, url: str, kind: str) -> None:
        """Record a media URL found inside the open cell, or on the open row itself."""
        table = self._tables[-1] if self._tables else None
        if table is None:
            return
        urls = table.cell.urls if table.cell is not None else table.row_urls
        if (table.cell is not None or table.row is not None) and len(urls) < _MAX_CELL_URLS:
            urls.append((url, kind))

    def page(self, url: str) -> None:
        """Record a link to a player page found inside the open cell."""
        cell = self._tables[-1].cell if self._tables else None
        if cell is not None and len(cell.pages) < _MAX_CELL_PAGES and url not in cell.pages:
            cell.pages.append(url)

    def data(self, text: str) -> None:
        """Record the text of the open cell."""
        cell = self._tables[-1].cell if self._tables else None
        if cell is not None and sum(map(len, cell.text)) < _MAX_CELL_TEXT:
            cell.text.append(text)
        if cell is not None and cell.in_geo and cell.geo is not None and len(cell.geo) < 8:
            cell.geo.append(text[:80])

    def end(self, tag: str) -> None:
        """Close cells, rows and tables."""
        if tag == "table":
            if self._ignored:
                self._ignored -= 1
            elif self._tables:
                self._end_table(self._tables.pop())
            return
        if not self._tables or self._ignored:
            return
        table = self._tables[-1]
        if table.cell is not None:
            table.cell.in_geo = False
            _break_line(table.cell, tag)
        if tag in ("td", "th"):
            self._end_cell(table)
        elif tag == "tr":
            self._end_row(table)
        elif tag == "thead":
            self._end_row(table)
            table.in_head = False

    def finish(self) -> None:
        """Close whatever table is still open."""
        while self._tables:
            self._end_table(self._tables.pop())

    def _end_table(self, table: _Table) -> None:
        """Close a table; one whose columns are the cameras replaces its row items."""
        self._end_row(table)
        for item, shown in table.viewer_items:
            if table.viewer_rows.get(shown, 0) > 1 and item.get("id") == shown:
                del item["id"]  # a record every row links (its operator, its category)
        found = sideways_items(table.rows or []) or grid_items(table.rows or [])
        if found:
            made = {id(item) for item in table.made}
            self.items = [item for item in self.items if id(item) not in made]
            self.items.extend(found[: max(0, MAX_CAMERAS + 1 - len(self.items))])
        else:
            if table.stream_pages and not table.camera_named:
                self.unproven.extend(table.stream_pages)
            if table.recorded and not table.camera_named:
                self.unproven.extend(table.recorded)
            _paged_rows(table, self.items)
            _channel_codes(table)
            _coded_stills(table)
            _camera_numbers(table)
            _shared_camera_texts(table)
            _group_areas(table)
            _alert_levels(table)
            if len(self.details) < _MAX_DETAILS and (details := detail_fields(table)):
                self.details.append(details)

    def _past_cap(self, table: _Table) -> bool:
        """Return True once the rows read give more cameras than are kept.

        A row read then makes no item, and the table is past its first rows (those a
        table whose columns are the cameras, or a camera's detail table, is read from).
        """
        return len(self.items) > MAX_CAMERAS and table.rows is None and table.headers is not None

    def _end_cell(self, table: _Table) -> None:
        cell = table.cell
        if cell is not None and cell.chrome:
            cell = None  # a spreadsheet's row number or shim: no column of the table
        if cell is not None and table.row is not None and len(table.row) < _MAX_CELLS:
            cut = False
            if self._past_cap(table):
                pass  # no camera is made of the row: its text names no address
            elif not cell.urls and self._classify is not None:
                # Media addresses written as the cell's text (admin tables list them so,
                # alone, one a line or after a word: "HLS: https://…m3u8").
                for word in " ".join(cell.text)[:_MAX_CELL_TEXT].split()[:_MAX_CELL_WORDS]:
                    word = word.strip(_URL_PUNCTUATION)
                    if (start := cut_address(word)) is not None:
                        # An address cut short (``rtsp://kabo...``) is none: its start
                        # finds the whole one in the row's record.
                        cut = True
                        if len(table.cut) < _MAX_ROW_IDS:
                            table.cut.append(start)
                        continue
                    found = self._classify(word) if looks_like_url(word) else None
                    if found is not None and found[1] is not None:
                        cell.urls.append((found[0], found[1]))
                    elif found is not None and "@" not in word and live_video_file(found[0]):
                        cell.urls.append((found[0], "stream"))
                    if len(cell.urls) >= _MAX_CELL_URLS:
                        break
            if (
                not cut
                and not cell.urls
                and self._classify is not None
                and not self._past_cap(table)
                and _column_of(table) == "streampage"
            ):
                # A stream column's text naming a public player or embed page.
                page = stream_page_text(" ".join(cell.text), self._classify, _playing_page)
                if page is not None:
                    cell.urls.append((page, "stream"))
                    cell.page_text = True
            if cell.rows > 1 and len(table.carry) < _MAX_CARRIED:
                table.carry[_width(table.row)] = (cell, cell.rows - 1)
                table.covered.add(_width(table.row))
            table.row.append(cell)
        table.cell = None

    def _end_row(self, table: _Table) -> None:
        self._end_cell(table)
        if table.row is not None:
            _carry(table)  # cells spanning down into the row's last columns
            _skip_carried(table)
        row, table.row = table.row, None
        row_urls, table.row_urls = table.row_urls, []
        row_id, table.row_id = table.row_id, None
        inner_ids, table.inner_ids = table.inner_ids, set()
        positions, table.positions = table.positions, set()
        link_ids, table.link_ids = table.link_ids, set()
        view_links, table.view_links = table.view_links, []
        sites, table.change_sites = table.change_sites, set()
        cut, table.cut = table.cut, []
        record, table.record = table.record, None
        table.anchors = 0
        viewer_ids = _count_viewer_ids(table)
        linked = None
        if row_id is None and len(inner_ids) == 1:
            row_id = next(iter(inner_ids))  # every button of the row names one record
        elif row_id is None and not inner_ids and len(link_ids) == 1:
            row_id = next(iter(link_ids))  # its Edit and Delete links act on one record
            linked = row_id
        if not row:
            return
        if table.rows is not None:
            table.rows.append(row)
            if len(table.rows) > _MAX_SIDEWAYS_ROWS or row_urls:
                table.rows = None
        if table.headers is None:
            if not any(cell.label() for cell in row):
                return  # an empty row above the header (a spreadsheet's shims) names nothing
            if table.in_head or all(cell.header for cell in row) or _header_row(row):
                table.headers = []
                first = (row[0].label() or "").lower()
                table.numbered = header_field(first) is None and (
                    first in _ROW_NUMBER or " ".join(_WORD.findall(first)) in _ROW_NUMBER
                )
                for cell in row:
                    table.headers.extend([_column_field(cell)] * cell.span)
                table.heading = "head" if table.in_head else "cells"
                table.camera_named = _names_camera(row)
            return
        _note_camera_words(table, row)
        group = _group_row(row, table.headers)
        if (
            table.heading
            and group is None
            and not row_urls
            and (table.in_head if table.heading == "head" else all(c.header for c in row))
        ):
            # The header's next row names the columns grouped above (Koordinat over
            # Lintang and Bujur): a column it names takes that name.
            column = 0
            for cell in row:
                name = None if cell.carried else header_field(cell.label() or "")
                for index in range(column, min(column + cell.span, len(table.headers))):
                    table.headers[index] = name or table.headers[index]
                column += cell.span
            return
        table.heading = None
        if group is not None:
            table.group = group
            return
        if len(self.items) <= MAX_CAMERAS:
            headers = _aligned(table, table.headers, row)
            # The row's address cut short in its cell, whole in its Edit record.
            row_urls, row_id, proven = self._recorded(cut, record, row, row_urls, row_id)
            item = self._item(headers, row, row_urls, table.named)
            _note_recorded(table, item, proven)
            paged = None
            if item is None and not row_urls and (paged := _player_page(row)) is not None:
                # A row whose only media is a link to a player page: its camera, when the
                # link's column gives other rows' streams (checked when the table closes).
                item = self._item(headers, row, [(paged[0], "stream")], table.named)
            _note_channel(table, headers, row, item)
            if item is not None and view_links:
                # RTSP on the LAN beside the row's public View action: the view page.
                view_instead_of_lan(item, view_links, link_ids, sites | self._page_sites)
            if item is not None:
                if paged is not None:
                    table.paged.append((item, paged[1]))
                    _captioned_row(table, row, paged, item, row_id)
                    if _viewer_link(row, paged, item):
                        column = paged[1]
                        table.viewer_columns[column] = table.viewer_columns.get(column, 0) + 1
                else:
                    table.stream_columns.update(_stream_columns(row))
                    for column in _page_columns(row):
                        table.page_columns[column] = table.page_columns.get(column, 0) + 1
                    _viewer_page_beside_still(table, row, item, row_id)
                _give_row_id(table, item, row_id, linked in viewer_ids)
                _give_row_position(item, positions)
                _note_stream_page(table, row, item)
                self.items.append(item)
                table.made.append(item)
                if table.group is not None:
                    table.grouped.append((item, table.group))
            if table.numbered and headers is table.headers and len(table.numbers) < MAX_CAMERAS:
                number = (row[0].label() or "").strip()
                table.numbers.append(number)
                if item is not None:
                    table.numbered_items.append((item, number))

    def _recorded(
        self,
        cut: list[str],
        record: JSONObject | None,
        row: list[_Cell],
        row_urls: list[tuple[str, str]],
        row_id: str | None,
    ) -> tuple[list[tuple[str, str]], str | None, bool]:
        """Return the media of a row's record whose address its cell cut short, and its id.

        The flag says whether the record says the address is a camera's
        (``camera_record``). Only for a row with no media of its own: the record's address must begin with
        the cut text and be on a public host (``rowrecords.record_address``); the
        record's id names the row only then.
        """
        if not cut or record is None or row_urls or any(cell.urls for cell in row):
            return row_urls, row_id, True
        for start in cut:
            address = record_address(record, start)
            found = self._classify(address) if address and self._classify else None
            if address and found is not None and found[1] is not None:
                proven = camera_record(record, address)
                return [(found[0], found[1])], row_id or record_id(record), proven
        return row_urls, row_id, True

    @staticmethod
    def _item(
        headers: list[str | None],
        row: list[_Cell],
        row_urls: list[tuple[str, str]],
        named: list[tuple[dict[str, JSONValue], str, str]],
    ) -> dict[str, JSONValue] | None:
        """Return the item a row describes, or None when it links no media.

        An item named by its camera column is added to named with that column's text and
        its place's.
        """
        item: dict[str, JSONValue] = {_KIND_KEYS[kind]: url for url, kind in reversed(row_urls)}
        texts: dict[str, str] = {}
        column = 0
        for cell in row:
            name = headers[column] if column < len(headers) else None
            column += cell.span
            for url, kind in cell.urls:
                key = _KIND_KEYS[kind]
                if key not in item or (_lan_device(str(item[key])) and not _lan_device(url)):
                    # An admin list writes the camera's own LAN address (RTSP on
                    # 10.x/192.168.x) beside the public one: the public one is played.
                    item[key] = url
            text = cell.label()
            if name is None or not text or generic_label(text) or name in texts:
                continue
            if looks_like_url(text[:_MAX_CELL_TEXT]) or is_address_text(text[:_MAX_CELL_TEXT]):
                continue  # a device's or a stream's address is never a label nor a place
            texts[name] = text
        if not item:
            return None
        if _camera_named(headers, texts):
            # "Kamera" names the camera, "Lokasi" beside it says where it stands.
            named.append((item, texts["camera"], texts["place"]))
            texts["name"] = texts["camera"]
            if not street_line(texts["place"]):
                texts["area"] = texts["place"]
        label = texts.get("name") or texts.get("place") or texts.get("camera")
        if "facility" in texts:
            # A port's, terminal's or dock's column: where a named camera stands (its
            # area), else the only label the row gives, the place the camera watches.
            if not label:
                label = texts["facility"]
            elif "area" not in texts:
                texts["area"] = texts["facility"]
        if "segment" in texts:
            if not label:
                label = texts["segment"]  # the only label: the segment names the camera
            elif "area" not in texts:
                texts["area"] = texts["segment"]
        if label:
            item["name"] = label
        elif "where" in texts:
            item["name"] = texts["where"]
        elif "described" in texts and not _prose(texts["described"]):
            item["name"] = texts["described"]
        if label and "where" in texts and "area" not in texts:
            texts["area"] = texts["where"]
        if "county" in texts and "area" not in texts:
            texts["area"] = texts["county"]
        for key in ("id", "latlng", "lat", "lng", "status", "area"):
            if key in texts:
                item[key] = texts[key]
        if "id" not in texts and "fid" in texts:
            item["id"] = texts["fid"]
        return item


_MAX_GROUP = 60
_MAX_CELL_PAGES = 2
# Columns whose presence leaves a camera column's text no name: a name column names the
# camera, an area, county or address column gives its place.
_NAMED_ELSEWHERE = frozenset({"name", "area", "county", "where", "facility"})
_CAMERA_WORDS = frozenset(
    {"cctv", "cam", "camera", "kamera", "webcam", "cámara", "camara", "câmera", "câmara"}
    | {"caméra"}
)
# The kinds of camera a label, badge or column gives instead of its name or place.
CAMERA_KINDS = frozenset({"ptz", "dome", "bullet", "fixed", "fisheye", "thermal", "turret"})
# Camera makers named alone ("Hikvision"); a kind, a model code of no word
# ("DS-2CD2143G0") or a text two rows share says the rest.
_CAMERA_MAKERS = frozenset({"hikvision", "hilook", "dahua", "uniview", "ezviz", "imou"})


def _camera_named(headers: list[str | None], texts: dict[str, str]) -> bool:
    """Tell a camera column naming the camera beside a place column giving its area.

    An admin's master table of ``Kamera`` and ``Lokasi`` columns, and no name, area or
    address column: the camera column's text is the camera's label ("Jembatan Pinang")
    and the place column where it stands ("Sangatta Utara"). A camera column holding
    only a camera word and a number ("CCTV 01", "Cam-3"), or the camera's kind or model
    ("PTZ", "Dome", "Hikvision PTZ", "DS-2CD2143G0"), names nothing: the place does.
    """
    if "camera" not in texts or "place" not in texts or _NAMED_ELSEWHERE & set(headers):
        return False
    text = texts["camera"][:120].lower()
    words = _WORD.findall(text)
    if any(word in CAMERA_KINDS or word in _CAMERA_MAKERS for word in words):
        return False
    return any(len(word) >= 3 and word.isalpha() and word not in _CAMERA_WORDS for word in words)


def _shared_camera_texts(table: _Table) -> None:
    """Let the place name a table's cameras again when its camera column repeats a text.

    A camera column whose text two rows share (a kind or model the lists above do not
    know: "Speed", "Indoor") names no camera: each row's place names it, in no area.
    """
    texts = [camera.casefold() for _item, camera, _place in table.named]
    if len(set(texts)) == len(texts):
        return
    for item, _camera, place in table.named:
        item["name"] = place
        if item.get("area") == place:
            del item["area"]


# A place line led by its administrative word (``Kecamatan Bengalon, Kutai Timur``,
# ``Kel. Swarga Bara``): the place and the region holding it, never a street address.
_ADMINISTRATIVE_LINE = re.compile(r"(?i)(?:kecamatan|kelurahan|desa|kec\.|kel\.|ds\.)\s")


def street_line(text: str) -> bool:
    """Return True for a place written as a street address ("Jl. Pelabuhan No. 2").

    A street word leading it does, and a number or a comma ("Blok 4 Taman", "Barabai,
    Kalimantan Selatan") unless an administrative word leads it ("Kecamatan Bengalon,
    Kutai Timur").
    """
    if STREET_LINE.match(text) is not None:
        return True
    return _ADMINISTRATIVE_LINE.match(text) is None and any(c.isdigit() or c == "," for c in text)


def _player_page(row: list[_Cell]) -> tuple[str, int] | None:
    """Return the one player page a row links and the column of its cell, else None."""
    found: tuple[str, int] | None = None
    column = 0
    for cell in row:
        for url in cell.pages:
            if found is not None and found[0] != url:
                return None
            found = (url, column)
        column += cell.span
    return found


def _viewer_page_beside_still(
    table: _Table, row: list[_Cell], item: dict[str, JSONValue], row_id: str | None
) -> None:
    """Give a row showing only its still the one viewer page it links, named by its code.

    A "Lihat" button to ``/cctv/live/KT-0012`` beside ``/snapshot/KT-0012.jpg`` is the
    camera's stream (see ``viewerlinks``), and the code its id when the row gives none;
    so is a camera page its button captions as playing ("Siaran" to
    ``/objek-vital/kamera/OV-01``), counted in its column.
    """
    snapshot = item.get("snapshot")
    if not isinstance(snapshot, str) or "stream" in item or "mjpeg" in item:
        return
    if (page := _player_page(row)) is None:
        if (
            row_id is None
            and "id" not in item
            and not table.row_links
            and len(table.coded_stills) < MAX_CAMERAS
        ):
            table.coded_stills.append(item)  # linking nothing: its code read at the close
        return
    own = item.get("id")
    codes = (row_id, own if isinstance(own, str) else None, still_code(snapshot))
    if (code := viewer_page(page[0], codes)) is None:
        if (code := _captioned_page(row, page, codes)) is None:
            return
        _count_captioned(table, page[1])
    elif codes[2] is not None and code_key(code) == code_key(codes[2]):
        table.coded_columns[page[1]] = table.coded_columns.get(page[1], 0) + 1
    item[VIEWER_PAGE_KEY] = ReaderText(page[0])
    if own is None and row_id is None:
        item["id"] = code


def _count_captioned(table: _Table, column: int) -> None:
    """Count a row linking its own camera page by a playing caption in a column."""
    table.captioned_columns[column] = table.captioned_columns.get(column, 0) + 1


def _captioned_row(
    table: _Table,
    row: list[_Cell],
    paged: tuple[str, int],
    item: dict[str, JSONValue],
    row_id: str | None,
) -> None:
    """Note a row whose only media is its own camera page linked by a playing caption."""
    own = item.get("id")
    if _captioned_page(row, paged, (row_id, own if isinstance(own, str) else None)) is not None:
        _count_captioned(table, paged[1])
        table.captioned_items.add(id(item))


def _captioned_page(
    row: list[_Cell], page: tuple[str, int], codes: tuple[str | None, ...]
) -> str | None:
    """Return the code of the camera page a row's cell captions as playing, else None.

    The cell holding the link says only that it plays ("Siaran", "Live", "Tonton"): its
    page under a camera word keyed by the row's own code is the camera's viewer page
    (``viewerlinks.captioned_viewer_page``).
    """
    column = 0
    for cell in row:
        if column == page[1]:
            return captioned_viewer_page(page[0], cell.label() or "", codes)
        column += cell.span
    return None


def _viewer_link(row: list[_Cell], paged: tuple[str, int], item: dict[str, JSONValue]) -> bool:
    """Return True for a named row's page linked by a label saying it shows the camera.

    The link's cell reads only a viewing verb beside a camera word or "live" ("Lihat
    CCTV", "View camera", "Watch live"), never a bare verb ("Lihat", "Detail"), and the
    page is on no LAN address.
    """
    if not isinstance(item.get("name"), str) or _lan_device(paged[0]):
        return False
    column = 0
    for cell in row:
        if column == paged[1]:
            return webcam_link_label(cell.label() or "", live_names=True)
        column += cell.span
    return False


def _stream_columns(row: list[_Cell]) -> set[int]:
    """Return the columns whose cells hold a stream address of the row."""
    columns: set[int] = set()
    column = 0
    for cell in row:
        if not cell.carried and any(kind == "stream" for _url, kind in cell.urls):
            columns.add(column)
        column += cell.span
    return columns


# Words of a page's path saying it plays (``/live/view.html?ch=…``, ``/player/?cam=…``),
# not only that it is about a camera (an admin's ``/cctv/12/edit``), and the words of
# a record's admin page.
_PLAYING_WORDS = frozenset(
    {"embed", "player", "play", "live", "stream", "streaming", "watch", "hls", "webplay"}
    | {"livestream", "liveview", "tayang", "siaran", "putar"}
)
_ADMIN_WORDS = frozenset(
    {"admin", "edit", "change", "update", "delete", "ubah", "hapus", "detail", "details"}
)


def _playing_page(url: str) -> bool:
    """Return True for a player page whose path says it plays, and no admin's page.

    A camera's own live-view page (``embeds.device_live_page``) plays too.
    """
    if device_live_page(url):
        return True
    try:
        words = set(_WORD.findall(urlsplit(url).path.lower()[:300]))
    except ValueError:
        return False
    return bool(words & _PLAYING_WORDS) and not words & _ADMIN_WORDS


def _page_columns(row: list[_Cell]) -> set[int]:
    """Return the columns whose cells link a page of the row that plays."""
    columns: set[int] = set()
    column = 0
    for cell in row:
        if not cell.carried and any(_playing_page(url) for url in cell.pages):
            columns.add(column)
        column += cell.span
    return columns


def _paged_rows(table: _Table, items: list[dict[str, JSONValue]]) -> None:
    """Drop the rows read from a player page link whose column gives no other row's stream.

    A "Siaran" or "Live" column linking most rows' playlists and one row's player page
    (``/player/?cam=srandakan``) gives that row its camera; a page linked in a column of
    no stream (a news article, a detail page) is none, unless two or more named rows
    link their pages there by a label saying it shows the camera ("Lihat CCTV", "Watch
    live"): a list of viewer links, each page its camera's. A column of player pages beside
    the stream column (``Link browser`` next to ``Link android``'s RTSP addresses), where
    two or more rows read with their own media link their page too, is each camera's
    page: a row with only its page there is viewed through it. A row linking only its
    own camera page by a playing caption ("Siaran" to ``/objek-vital/kamera/OV-04``) is
    kept when two or more rows link theirs so in that column.
    """
    lives = _live_page_columns(table)
    viewers = {column for column, count in table.viewer_columns.items() if count >= 2}
    coded = {column for column, count in table.coded_columns.items() if count >= 2}
    kept: set[int] = set()
    for item, column in table.paged:
        if column in coded and (code := viewer_code(str(item.get("stream", "")))) is not None:
            # A row linking only its viewer page where other rows link theirs by the code
            # their stills write: its page is its camera's, the code its id.
            item.setdefault("id", code)
            kept.add(id(item))
    dropped = {
        id(item)
        for item, column in table.paged
        if column not in table.stream_columns
        and column not in viewers
        and id(item) not in kept
        and (
            table.page_columns.get(column, 0) < 2 or not _playing_page(str(item.get("stream", "")))
        )
        and not (column in lives and is_platform_video(str(item.get("stream", ""))))
        and not (id(item) in table.captioned_items and table.captioned_columns[column] >= 2)
    }
    if dropped:
        items[:] = [item for item in items if id(item) not in dropped]
        table.made = [item for item in table.made if id(item) not in dropped]
        table.grouped = [entry for entry in table.grouped if id(entry[0]) not in dropped]


# A recorder's channel code: a letter or a few and the channel's number (``CH01``,
# ``CH-02``, ``D1``, ``IP5``), never a bare number, which only numbers the channel on
# its recorder (channel 1 of each of two recorders).
_CHANNEL_CODE = re.compile(r"[A-Za-z]{1,3}[-_ ]?[0-9]{1,3}")


def _note_channel(
    table: _Table,
    headers: list[str | None],
    row: list[_Cell],
    item: dict[str, JSONValue] | None,
) -> None:
    """Keep the channel code a row writes in its channel column (see _channel_codes)."""
    if "channel" not in headers:
        return
    column = 0
    for cell in row:
        name = headers[column] if column < len(headers) else None
        column += cell.span
        if name != "channel":
            continue
        text = (cell.label() or "").strip()
        if not _CHANNEL_CODE.fullmatch(text[:_MAX_ROW_KEY]):
            table.plain_channels = True
        elif item is not None and len(table.channels) < MAX_CAMERAS:
            table.channels.append((item, text))
        return


def _channel_codes(table: _Table) -> None:
    """Give each row the channel code its recorder's channel column writes, as its id.

    A recorder's channel list (an NVR's page: Kanal CH01, CH02…; Channel D1, D2…) names
    each camera by its channel's code, one per channel: the codes are the cameras' ids
    when every row writes one, two or more rows do and no two are the same. A column of
    bare numbers (a channel's position on one of several recorders) gives none.
    """
    if table.plain_channels or len(table.channels) < 2:
        return
    codes = [code.casefold() for _, code in table.channels]
    if len(set(codes)) != len(codes):
        return
    for item, code in table.channels:
        if "id" not in item:
            item["id"] = code


def _coded_stills(table: _Table) -> None:
    """Give a row showing only its still the code its file name writes, as its id.

    Where two or more rows of the table link a viewer page ending in the code of their
    still (``/cctv/lihat/TL-05`` beside ``/cctv/cuplikan/TL-05.jpg``), the still's code is
    the camera's: a row whose signal is lost keeps its still (``TL-07.jpg``) and links
    nothing. A row linking another page (a news article) keeps a derived id.
    """
    if sum(count for count in table.coded_columns.values() if count >= 2) < 2:
        return
    for item in table.coded_stills:
        snapshot = item.get("snapshot")
        if "id" not in item and isinstance(snapshot, str) and (code := still_code(snapshot)):
            item["id"] = code


def _camera_numbers(table: _Table) -> None:
    """Give each row its number as its id when the numbers are the cameras', not a count.

    A "Nº" or "No" column usually counts the rows (1, 2, 3… or 01, 02, 03…, from any
    start on a later page): that numbers nothing. A traffic authority's list writes each
    camera's own number there instead (017, 024, 031, 045): numbers of at most six
    digits, distinct, that do not count the rows, over every row of the table (a row
    without media too), are the cameras' ids, as written. A count may run either way
    and skip a row (5, 4, 3, 2, 1; 1, 2, 3, 5, 6): numbers moving by one between half or
    more of the neighbouring rows are a count, positions that pass to another camera as
    soon as one is added, never ids.
    """
    numbers = table.numbers
    if len(table.numbered_items) < 2 or not all(_row_number(text) for text in numbers):
        return
    values = [int(text.rstrip(".")) for text in numbers]
    if len(set(values)) != len(values):
        return
    steps = [abs(later - earlier) for earlier, later in pairwise(values)]
    if 2 * sum(step == 1 for step in steps) >= len(steps):
        return  # a count of the rows
    for item, number in table.numbered_items:
        if "id" not in item:
            item["id"] = number.rstrip(".")


def _live_page_columns(table: _Table) -> set[int]:
    """Return the columns linking each row's video platform page beside the row's state.

    A village or relay dashboard lists its cameras with their state (``ONLINE``,
    ``Aktif``) and the YouTube live or watch page each is shown on: a column linking
    such pages (``youtube.com/watch?v=…``, ``youtu.be/…``, ``/live/…``) in two or more
    rows that each name their camera and state its state is that table's stream column.
    A column of videos beside rows stating nothing (a news table), or beside rows naming
    no camera (a table of documents by number, each with its state), is none.
    """
    counts: dict[int, int] = {}
    for item, column in table.paged[: 4 * MAX_CAMERAS]:
        if (
            is_platform_video(str(item.get("stream", "")))
            and parse_status(item.get("status")) is not None
            and isinstance(item.get("name"), str)
        ):
            counts[column] = counts.get(column, 0) + 1
    return {column for column, count in counts.items() if count >= 2}


def _lan_device(url: str) -> bool:
    """Return True for a URL whose host is a private, loopback or link-local IP address."""
    return is_device_ip(url_host(url))


def _group_row(row: list[_Cell], headers: list[str | None]) -> str | None:
    """Return the group a row names: one cell spanning the columns, text and no media."""
    if len(row) != 1 or len(headers) < 2 or row[0].urls:
        return None
    cell = row[0]
    if cell.span < 2 and not cell.header:
        return None
    label = cell.label()
    if not label or len(label) > _MAX_GROUP or generic_label(label):
        return None
    return label if any(c.isalpha() for c in label) else None


def _group_areas(table: _Table) -> None:
    """Give a table's rows the group row above them as their area.

    Only when the rows fall in two or more groups, one of several rows, and no group is
    the name of a row's camera; a row naming its own area keeps it.
    """
    groups: dict[str, int] = {}
    for _item, group in table.grouped:
        groups[group] = groups.get(group, 0) + 1
    if len(groups) < 2 or max(groups.values()) < 2:
        return
    if any(item.get("name") in groups for item, _group in table.grouped):
        return
    for item, group in table.grouped:
        item.setdefault("area", group)


def _alert_levels(table: _Table) -> None:
    """Drop the status of a table's rows when its status column gives alert levels.

    A water-level table's Status column reads "Normal", "Siaga 3", "Waspada": the river's
    level at the post, not whether its camera is up; one such level among the rows tells
    the column, so its "Normal" rows are not online cameras either.
    """
    levels = (item.get("status") for item in table.made[:MAX_CAMERAS])
    if not any(
        isinstance(text, str)
        and (words := _WORD.findall(text[:40].lower()))
        and words[0] in ALERT_LEVEL_WORDS
        for text in levels
    ):
        return
    for item in table.made:
        item.pop("status", None)


def _spanning(cell: _Cell) -> bool:
    """Return True for a cell spanning columns or rows, or carried down from above."""
    return cell.span != 1 or cell.rows != 1 or cell.carried


def _words(label: str | None) -> set[str]:
    return set(_WORD.findall(label.lower())) if label else set()


def _camera_label(label: str | None) -> bool:
    """Return True for a column's title that can name a camera (a place, not a field)."""
    if not label or generic_label(label):
        return False
    words = _words(label)
    if not words or words <= _MEDIA_COLUMNS | _ROW_NUMBER:
        return False
    return header_field(label) in (None, "place", "camera", "segment")


def _field_label(cell: _Cell) -> str | None:
    """Return the field a row's first cell names when the rows are fields, else None."""
    label = cell.label()
    if cell.urls or not label:
        return None
    if (name := header_field(label)) is not None:
        return name
    words = _words(label)
    return "media" if words and words <= _MEDIA_COLUMNS else None


def _one_per_kind(urls: list[tuple[str, str]]) -> bool:
    kinds = [kind for _url, kind in urls]
    return len(kinds) == len(set(kinds))


def _names_row(row: list[_Cell], columns: dict[int, list[tuple[str, str]]]) -> bool:
    """Return True for a row of plain cells naming a distinct camera over each column."""
    if any(cell.urls for cell in row) or max(columns) >= len(row):
        return False
    labels = [row[index].label() for index in columns]
    return len(set(labels)) == len(labels) and all(map(_camera_label, labels))


def sideways_items(rows: list[list[_Cell]]) -> list[dict[str, JSONValue]]:
    """Return one item per column of a table whose columns are the cameras, else [].

    Two layouts are read so: a row naming the cameras above (or, as captions, below)
    rows of their media (stills, stream links), and a first column labelling the fields
    (``Lokasi``, ``Kecamatan``, ``Status``, ``Video``) beside one column per camera.
    Decided from the structure only: at least two columns carry media, each column at
    most one address of each kind, some row holds media in two columns, and no cell
    outside the camera columns holds text of its own; spanning cells and longer tables
    are never read so.
    """
    if len(rows) < 2 or any(_spanning(cell) for row in rows for cell in row):
        return []
    width = max(len(row) for row in rows)
    fields = [_field_label(row[0]) for row in rows]
    corner = rows[0][0]
    first = 1 if all(fields[1:]) and (fields[0] or not (corner.label() or corner.urls)) else 0
    columns: dict[int, list[tuple[str, str]]] = {}
    for row in rows:
        for index, cell in enumerate(row[first:], start=first):
            if cell.urls:
                columns.setdefault(index, []).extend(cell.urls)
    if len(columns) < 2 or not all(map(_one_per_kind, columns.values())):
        return []
    if not any(sum(1 for cell in row[first:] if cell.urls) >= 2 for row in rows):
        return []
    names_row: list[_Cell] | None = None
    if first == 0:
        # The names: the first row of plain cells naming a camera over each column.
        names_row = next((row for row in rows if _names_row(row, columns)), None)
        if names_row is None:
            return []
    elif not fields[0]:
        names_row = rows[0]  # an empty corner cell: the first row names the cameras
        if not _names_row(names_row, columns):
            return []
    body = [row for row in rows if row is not names_row]
    labels = [label for row, label in zip(rows, fields, strict=True) if row is not names_row]
    for row in body:
        for index, cell in enumerate(row[first:], start=first):
            if index not in columns and not cell.urls and cell.label():
                return []  # a row's own name or field: the rows are the cameras
    items: list[dict[str, JSONValue]] = []
    for index in sorted(columns)[:width]:
        item: dict[str, JSONValue] = {}
        for url, kind in columns[index]:
            item.setdefault(_KIND_KEYS[kind], url)
        texts: dict[str, str] = {}
        for row, label in zip(body, labels, strict=True):
            text = row[index].label() if index < len(row) else None
            if first and label and label != "media" and text and not generic_label(text):
                texts.setdefault(label, text)
        name = (names_row[index].label() if names_row is not None else None) or next(
            (texts[key] for key in ("name", "place", "camera", "segment") if key in texts), None
        )
        if name:
            item["name"] = name
        for key in ("id", "latlng", "lat", "lng", "status", "area"):
            if key in texts:
                item[key] = texts[key]
        items.append(item)
    return items


# Words a detail table's name label uses for the camera ("Camera Name", "Nama Kamera").
_DETAIL_CAMERA_WORDS = frozenset({"camera", "kamera", "cctv", "cam", "webcam", "camara"})
_MIN_DETAIL_ROWS = 3
_MAX_DETAILS = 4


def detail_fields(table: _Table) -> dict[str, str] | None:
    """Return the name and status a camera's detail table gives, else None.

    An admin's camera page shows one camera's record as label/value rows beside its
    player (``Camera Name | Mimbar``, ``IP Address | …``, ``Status | Online``): every
    row two cells, the first a header cell, no media in the table, at least three rows,
    and one name row whose label names the camera (``Camera Name``, ``Nama Kamera``,
    ``Nama CCTV``; a bare ``Name`` may be a user's). Only the name, the status and the
    area are read; logins, addresses and the other rows never are.
    """
    rows = table.rows
    if not rows or len(rows) < _MIN_DETAIL_ROWS:
        return None
    found: dict[str, str] = {}
    for row in rows:
        if len(row) != 2 or not row[0].header or row[1].header or _spanning(row[1]):
            return None
        label, value = row[0].label(), row[1].label()
        field_name = header_field(label or "")
        if field_name == "name" and not _words(label) & _DETAIL_CAMERA_WORDS:
            return None
        if field_name in ("name", "status", "area") and value and field_name not in found:
            found[field_name] = value
    return found if "name" in found else None


def _own_name(cell: _Cell) -> str | None:
    """Return the first piece of a cell's text that can name a camera, or None."""
    for piece in cell.text[:16]:
        text = clean_text(piece[:_MAX_CELL_TEXT])
        if text and not looks_like_url(text) and not generic_label(text):
            return text if len(text) <= _MAX_NAME and _camera_label(text) else None
    return None


def grid_items(rows: list[list[_Cell]]) -> list[dict[str, JSONValue]]:
    """Return one item per cell of a layout table whose every cell is a named camera.

    Old webcam and district pages lay cameras out as a grid: each cell holds one
    camera's name (its first text) and its media, at most one address of each kind.
    Read so only when every cell with text holds media, at least two cells do, and their
    names differ; any cell of text alone (a header, a caption row) leaves the table to
    the other readings.
    """
    if any(_spanning(cell) for row in rows for cell in row):
        return []
    items: list[dict[str, JSONValue]] = []
    for row in rows:
        for cell in row:
            if not cell.urls:
                if cell.label():
                    return []
                continue
            name = _own_name(cell)
            if name is None or not _one_per_kind(cell.urls):
                return []
            item: dict[str, JSONValue] = {"name": name}
            for url, kind in cell.urls:
                key = _KIND_KEYS[kind]
                if key not in item or (_lan_device(str(item[key])) and not _lan_device(url)):
                    # An admin list writes the camera's own LAN address (RTSP on
                    # 10.x/192.168.x) beside the public one: the public one is played.
                    item[key] = url
            items.append(item)
    if len(items) < 2 or len({item["name"] for item in items}) != len(items):
        return []
    return items
