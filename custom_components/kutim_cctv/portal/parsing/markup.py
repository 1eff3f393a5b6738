"""The HTML page scanner: cameras in the markup, script data and map markers."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
import html
from html.parser import HTMLParser
import itertools
import json
import re
from typing import NoReturn
from urllib.parse import parse_qsl, unquote, urlsplit

from ..aliases import (
    AREA_HEADING_WORDS,
    AREA_KEYS,
    CAMERA_CARD_CLASS_WORDS,
    DECORATION_HINTS,
    ID_KEYS,
    IDENTIFYING_PARAMS,
    LAYOUT_ID_WORDS,
    LOCALITY_KEYS,
    NAME_KEYS,
    NO_PLACE_WORDS,
    OFFLINE_WORDS,
    ONLINE_WORDS,
    PLACE_CHOOSING_WORDS,
    STATUS_KEYS,
    STREAM_KEYS,
    USER_PICTURE_CLASSES,
    USER_PICTURE_LABELS,
    WEBCAM_LINK_WORDS,
)
from ..errors import PortalFormatError
from ..fieldurls import (
    handed_address,
    looks_like_url,
    player_address_values,
    resolve_url,
    url_host,
    url_kind,
    without_query_login,
)
from ..fragmentplaces import map_link_place
from ..media import (
    is_device_route,
    is_hls_url,
    is_page_header_picture,
    is_server_chrome_picture,
    is_slide_picture,
)
from ..models import MAX_CAMERAS, Camera, ParseResult, PortalFormat
from ..names import prettify_name, sanitize_name
from ..normalise import (
    HLS_MIME_TYPES,
    VIEWER_PAGE_KEY,
    Context,
    Notes,
    item_cameras,
    normalise_items,
)
from ..playerpage import is_platform_video
from ..policy import is_public_host
from ..redact import redact_text
from ..values import (
    BUYING_WORDS,
    SHOP_WORDS,
    STATE_MARKS,
    JSONValue,
    ReaderText,
    clean_text,
    digits_int,
    generic_label,
    marked_ampersands,
    norm_key,
    parse_status,
    quality_label,
    quality_rank,
    sells_goods,
    shop_page,
    states_price,
    unmarked,
    webcam_link_label,
)
from ..viewerlinks import (
    CAMERA_PLURAL_WORDS,
    CAMERA_WORDS,
    camera_caption,
    camera_word_pattern,
    names_camera,
    namespaced_code,
    platform_player_page,
    played_record_page,
    playing_caption,
    still_code,
    stream_key_viewer,
    viewer_code,
    viewer_page,
)
from .basehref import document_base
from .dashtiles import dashboard_tiles
from .dataposition import data_position as _data_position
from .decode import _embedded_json
from .detailsidebar import sidebar_cameras
from .diagnose import describe_page
from .dialogplayers import DialogPlayer, dialog_players, dialog_target
from .embeds import (
    builder_embed,
    camera_view_frame,
    component_embed,
    device_live_page,
    frame_id_name,
    frame_source,
    placeholder_embed,
    player_frame,
    player_link,
    player_query_id,
    player_title,
    server_player_page,
)
from .fieldtemplates import (
    fill_field_joins,
    fill_field_templates,
    fill_method_templates,
    fill_templates_across_scripts,
)
from .foreignpictures import foreign_picture, news_picture
from .framework import (
    MAX_STATE_ATTRIBUTES,
    MAX_STATE_CHARS,
    attribute_values,
    flight_values,
    iife_values,
    revive,
    route_table,
    state_attribute,
)
from .headedcolumns import headed_columns
from .headedsections import headed_cameras
from .inactivetiles import inactive_tiles
from .indexed import indexed_records
from .items import (
    _MAX_TITLE_SOURCE,
    Items,
    _capped_result,
    _has_stream_keys,
    _plain,
    find_items,
    placed_cameras,
    portal_title,
)
from .javascript import blank_comments, call_rows, call_values, is_code_type, script_values
from .keyed import KeyedPattern
from .linklists import link_list_cameras
from .lookups import resolve_lookups
from .mapjs import marker_items, player_streams
from .optionlabels import option_labels
from .pageonly import page_only
from .picturefolders import join_picture_folders
from .players import Player, find_players, player_items, player_posters
from .plotly import plotly_records
from .popupplaces import place_popup_areas
from .previewcalls import preview_call_items
from .refresh import Refreshed, refreshed_images
from .rownames import named_rows
from .selectbase import SelectBases
from .statetables import give_states, state_tables
from .stilllinks import camera_still_address, camera_token, lightbox_link
from .tables import (
    CAMERA_KINDS,
    STRUCTURE as TABLE_STRUCTURE,
    TableReader,
    action_link_id,
    camera_id_of,
    change_link,
    coded_id,
    street_line,
)
from .tabular import header_rows
from .tagbound import VOID_TAGS, bound_tag_attributes
from .textlines import MAX_LINE_TEXT, address_line, public_or_local_page, state_line
from .titledmarkers import place_by_marker_titles
from .tuplegroups import tuple_group_records

_NO_PAGE_LIST = "No camera list found in the portal page"
_MAX_PAGE_SEARCH_DEPTH = 6

# ---------------------------------------------------------------------------
# HTML markup
# ---------------------------------------------------------------------------

_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "figcaption"})
_HEADING_RANKS = {f"h{rank}": rank for rank in range(1, 7)}
# A caption's class in other languages too (``legenda``, ``leyenda``: Portuguese, Spanish;
# ``nombre``, ``nom``, ``titel``, ``titre``, ``titulo``: a name or title in Spanish,
# French, German and Portuguese).
_NAME_CLASS = re.compile(
    r"(?:^|[\s_-])(?:title|judul|caption|name|nama|header|legenda|leyenda|nombre|nom|titel"
    r"|titre|titulo|título)(?:$|[\s_-])"
)
# The same as the last part of a camelCase class (``camTitle``, ``itemTitle``, ``camName``),
# read in the class as written; a ``subTitle`` is no name.
_NAME_CLASS_CAMEL = re.compile(r"(?<![Ss]ub)(?<=[a-z])(?:Title|Name|Caption)(?:$|[\s_-])")
_MAX_CLASS_TEXT = 500
_CARD_HINTS = ("card", "cam", "cctv", "kamera", "thumb", "grid", "gallery", "snapshot", "still")
_CARD_TAGS = frozenset({"figure", "li", "td", "article"})
_KIND_KEYS = {"stream": "stream", "still": "snapshot", "mjpeg": "mjpeg"}
# Addresses resolved and classified per page, at most this many remembered at once.
_MAX_RESOLVED = 4096
_UNKNOWN: tuple[str, str | None] = ("", None)
# data-* attributes that make any element a camera card.
_DATA_MEDIA = frozenset(
    {"data-stream", "data-src", "data-hls", "data-snapshot", "data-mjpeg", "data-video"}
    | {"data-url", "data-stream-url", "data-hls-url", "data-still", "data-image", "data-rtsp"}
)
_MAX_CARD_TEXT = 120
# Player elements of a dialog another element opens: read at that element only.
_DIALOG_PLAYER_TAGS = frozenset({"iframe", "video", "video-js", "source"})
_MAX_ELEMENTS = 5000
# A picture's element id that may key its camera (``_picture_key``): a plain key.
_PICTURE_KEY = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{1,47}")
# What a picture is, before a counter (``img0``, ``gambar4``, ``webcamImg2``): a page slot.
_PICTURE_SLOT_WORDS = frozenset(
    {
        "img",
        "image",
        "images",
        "imagen",
        "imagem",
        "bild",
        "gambar",
        "foto",
        "photo",
        "pic",
        "picture",
        "still",
        "snap",
        "snapshot",
        "thumb",
        "thumbnail",
        "preview",
        "cam",
        "cams",
        "camera",
        "kamera",
        "webcam",
        "webcamimg",
        "camimg",
        "camimage",
        "camerapic",
        "camerafeed",
        "cctv",
        "live",
        "livecam",
        "stream",
        "video",
        "player",
        "feed",
        "myimg",
        "mypic",
        "logo",
        "banner",
    }
)
# An element id joining one word to a key: ``loading-cam-st``, ``cam-st-time``.
_LEADING_WORD = re.compile(r"[A-Za-z]+[-_](?P<key>[A-Za-z0-9][A-Za-z0-9_-]+)")
_TRAILING_WORD = re.compile(r"(?P<key>[A-Za-z0-9][A-Za-z0-9_-]+?)[-_][A-Za-z]+")
# Classes of an element remembered for players attached by a collection's index, and the
# form of such a target (``#cams .player[2]``).
_MAX_CLASSES = 8
_MAX_PLAYER_TARGETS = 500
_NTH_ELEMENT = re.compile(r"(?:#([\w-]{1,100}) )?\.([\w-]{1,100})\[(\d{1,4})\]")
# Elements with an id whose headings above are remembered (for players attached to them
# by script), and how deep such an element may sit.
_MAX_LEAD_ELEMENTS = 1000
_MAX_LEAD_DEPTH = 64
# Player elements: HTML video, video.js, and the web components of Vidstack
# (<media-player>) and media-chrome's media elements (<hls-video>, <dash-video>…).
_VIDEO_TAGS = (
    "video",
    "video-js",
    "media-player",
    "hls-video",
    "dash-video",
    "mux-video",
    "mux-player",
    "shaka-video",
)
# A web-component player's poster given as a child element.
_POSTER_TAGS = frozenset({"media-poster", "media-poster-image"})
# How far above a camera's parts their card container may be.
_PAIR_DEPTH = 6
# Card elements whose plain id may be their camera's (checked against its picture's path).
_PLAIN_ID_CARDS = frozenset({"li", "div", "article", "figure", "section"})
_PLAIN_ID = re.compile(r"[^\W_][\w.-]{2,63}")
# A player element numbered by its record (a template's ``<video id="video{{ $id }}">``):
# a player or camera word and the number, nothing else (``video4``, ``player-12``).
# The player's word may follow the camera word namespacing it (``cctv-video-3``,
# ``cam_player_12``): the word that repeats on every player is the player's.
_NUMBERED_PLAYER = re.compile(
    r"(?:(?:cctv|cam|camera|kamera|webcam)[-_])?"
    r"(video|vid|player|cam|cctv|camera|kamera|webcam|stream|vms)[-_]?([0-9]{1,9})",
    re.IGNORECASE,
)
_CLASS_WORD = re.compile(r"[^\W_]+")
_NOT_CARDS = frozenset({"html", "body", "main", "table", "tbody", "thead", "tr", "form"})
# A still given as a CSS background.
_STYLE_IMAGE = re.compile(r"""background(?:-image)?\s*:[^;]*?url\(\s*(["']?)([^"')]+)\1\s*\)""")
# Quoted URLs in an event handler's code.
_HANDLER_URL = re.compile(r"""(["'])((?:https?:)?//[^"'\s]+|/[^"'\s]+)\1""")
# Event handlers: plain (onclick), and the directives of Alpine, Vue, Livewire, AngularJS.
_EVENT_ATTR = re.compile(
    r"on[a-z]{3,20}|@[a-z][\w.:-]{0,40}|(?:x|v)-on:[\w.:-]{1,40}"
    r"|(?:data-)?ng-(?:click|dblclick|mousedown)|wire:click(?:\.[\w-]+){0,4}"
)
# Quoted literals of a handler, and the ones given under a name key ({title: '…'}).
# A string literal, its backslash escapes kept (``'Pompa \\'B\\''``, as PHP's addslashes
# writes a quote into a handler's argument): undone by ``_JS_ESCAPE``.
_LITERAL = re.compile(r"""(["'])((?:\\[^\n]|(?!\1)[^\\\n]){1,2000})\1""")
_JS_ESCAPE = re.compile(r"\\([^\n])")
_KEYED_NAME = re.compile(
    r"""(?<![\w$])(?:title|name|nama|judul|label|lokasi)\s*:\s*(["'])((?:(?!\1)[^\\\n]){1,200})\1"""
)
# Text of an element that is a status pill ("Online", "Mati"), but never a short code
# or a decoration every card carries ("LIVE").
_PILL_TAGS = frozenset({"span", "small", "b", "strong", "em", "mark", "label", "p", "i"})
# An admin card's record buttons (Edit, Delete, Detail, Ubah, Hapus) call a handler whose
# first argument is the record's number: ``onclick="edit(31,'…')"``, ``deleteData(31)``,
# ``return hapusCctv(7)``, ``href="javascript:detail('12')"``. The handler's name holds
# one of these words (camel case or underscores apart); a viewer's ``show(0)`` or
# ``play(2)`` (a position in a list) never counts.
_ACTION_CALL = re.compile(
    r"\s*(?:javascript:\s*)?(?:return\s+)?([A-Za-z_$][\w$]{0,40})\(\s*(['\"]?)(\d{1,12})\2\s*[,)]"
)
# A resource form acting on one camera record (Laravel's ``<form action="/cctv/14"
# method="POST">`` carrying ``<input type="hidden" name="_method" value="DELETE">``, as
# its ``@method('DELETE')`` or ``method_field('delete')`` writes): the record's number
# after a camera collection word ends the path. A POST alone (``/cctv`` stores a new
# one; a search or login form) names no record.
_RESOURCE_RECORD = re.compile(
    rf"(?i)/(?:{camera_word_pattern(CAMERA_WORDS | CAMERA_PLURAL_WORDS)})/(\d{{1,12}})/?(?=[?#]|$)"
)
_RECORD_METHODS = frozenset({"delete", "put", "patch"})
_ACTION_NAME_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_ACTION_NAME_WORDS = frozenset(
    {"edit", "ubah", "update", "delete", "del", "hapus", "destroy", "remove", "detail"}
    | {"details", "rincian"}
)
# A block read as a pill only when its whole short text is a state (a tile's absolutely
# placed ``<div class="… text-green-400">● ONLINE</div>``), never as a place badge.
_STATE_PILL_TAGS = frozenset({"div"})
_PILL_TEXT = 40
# Elements whose text labels a section: a tab, an accordion header, a legend.
_LABEL_TAGS = frozenset(
    {"a", "button", "h1", "h2", "h3", "h4", "h5", "h6", "li", "legend", "summary"}
)
_SECTION_TAGS = frozenset({"fieldset", "details"})
# A card heading that labels a section of a detail page by what it tells, never which
# camera ("Descripción", "Description", "Deskripsi", "Beschreibung", "Descrição",
# "Keterangan"), with at most an icon beside it: the text card under a page's single
# player is titled so, and the player keeps the page's own title.
_SECTION_LABEL_WORDS = frozenset(
    {"description", "descripción", "descripcion", "descrição", "descricao", "descrizione"}
    | {"deskripsi", "keterangan", "beschreibung", "omschrijving", "beskrivning"}
)
_SECTION_LABEL_WORD = re.compile(r"[^\W\d_]+")


def _section_label(text: str) -> bool:
    """Return True for a heading that is one section label word alone (_SECTION_LABEL_WORDS)."""
    words = _SECTION_LABEL_WORD.findall(text[:40].casefold())
    return len(words) == 1 and words[0] in _SECTION_LABEL_WORDS


_MAX_LABELS = 500
# A count after a section's label ("Bengalon (2)", "Bengalon 2 kamera", "Telen · 3 CCTV").
_COUNTED = r"\d{1,4}(?:\s{0,3}(?:kamera|cctv|cams?|cameras?|webcams?|titik|lokasi|unit|buah))?"
_LABEL_COUNT = re.compile(
    rf"\s*[\u00b7\u2022|\u2013\u2014-]?\s*(?:\(\s*{_COUNTED}\s*\)|\[\s*{_COUNTED}\s*\]|{_COUNTED})$",
    re.IGNORECASE,
)
_AREA_KEYS = frozenset({"area", "kecamatan", "wilayah", "district", "region", "zona", "kawasan"})
_STATUS_KEYS = frozenset({"online", "status", "state", "aktif", "active", "kondisi"})
_NOT_PILLS = frozenset({"live", "true", "false", "error", "enable", "disable", "yes"})
# A card's line that names its place by a label ("Kecamatan: Sangatta Utara", "Kec. Bengalon").
_MAX_PLACE_LABEL = 30
# A heading's closing part in brackets: "Live CCTV (Group : Masaran)".
_BRACKETED_PART = re.compile(r"[^()\[\]]{1,120}?\s*(?:\(([^()]{3,80})\)|\[([^\[\]]{3,80})\])")
# The words labelling a group of cameras in an admin's views: its area.
_GROUP_LABELS = frozenset({"group", "grup", "kelompok"})
_LABELLED = re.compile(
    r"([^\W\d_][^\W\d]{1,23})\s{0,3}[.:\uff1a]\s{0,3}([^\W\d_].{1,60})", re.DOTALL
)
# Elements whose text introduces the group of cameras after it: a heading, a table's
# caption, a definition list's term, a card-deck or section header.
_LEAD_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6", "caption", "dt"})
# Blocks that may wrap a heading alone (a grid column, a header row).
_HEADING_WRAPPERS = frozenset({"div", "section", "header", "span"})
# Schemes of an element id written as an absolute address.
_LIVE_ID_SCHEMES = ("http://", "https://", "rtsp://", "rtsps://")
_LEAD_CLASS = re.compile(
    r"(?:^|[\s_-])(?:title|titre|titulo|judul|header|heading|caption)(?:$|[\s_-])"
)
_MAX_LEAD = 60
# Data attributes of a card naming its place for the page's filter, and the elements
# read as cards for them.
# A region or regency attribute (``data-wilayah="KABUPATEN GK"``) names a wider place
# than the camera's and is not read.
_DATA_AREA = ("data-kecamatan", "data-district")
_DATA_AREA_CARDS = frozenset({"div", "li", "article", "section", "figure", "tr"})
_MAX_MENU_LINKS = 200
_MAX_SELECTS = 16
# Data attributes naming the one camera a card shows (a point of a group).
_POINT_ATTRIBUTES = (
    *("data-titik", "data-nama-titik", "data-camera-name", "data-cam-name"),
    *("data-nama-kamera", "data-nama-cctv", "data-cctv-name"),
)
_POINT_CARD_TAGS = frozenset({"div", "li", "article", "section", "figure"})
_SLUG_GAPS = re.compile(r"[^a-z0-9]+")


def _slug(text: str) -> str:
    """Return a name written as a URL slug ("Lorong Kelas XII" -> "lorong-kelas-xii")."""
    return _SLUG_GAPS.sub("-", text.lower()).strip("-")


# Elements whose whole text, when it is one bold element, is a line titling a card.
_BOLD_LINE_TAGS = frozenset({"p", "div", "span", "center"})
# Blocks set in bold by a utility class (Bootstrap, Tailwind, AdminLTE), read as <b>.
_BOLD_CLASS_TAGS = frozenset({"div", "p"})
_BOLD_CLASS = re.compile(
    r"(?:^|\s)(?:fw-bold|fw-semibold|fw-bolder|font-weight-bold|font-bold|font-semibold"
    r"|text-bold)(?:$|\s)"
)
# A tab's pane: its data-title is its tab's title (Shortcodes Ultimate, tab plugins).
_TAB_PANE = re.compile(r"(?i)(?:^|\s)[\w-]*tabs?[-_]?(?:pane|panel)(?:$|\s)")
# Elements that hold a page's parts, never a heading, whatever their class says.
_NOT_LEADS = frozenset(
    {"html", "body", "header", "nav", "footer", "main", "section", "article", "aside"}
    | {"a", "button", "ul", "ol", "table", "form", "select", "video", "img"}
)
# A pill that labels a card's place or group: a badge, chip or tag, or one carrying a
# map-pin icon.
# A zone line (an airport's ``<p class="zona">Terminal 1</p>``, ``<small class="zone">``)
# or a county line (``<span class="camera-county">Inyo County</span>``) is read the same
# way.
_BADGE_CLASS = re.compile(
    r"(?:^|[\s_-])(?:badge|chip|tag|label|lokasi|location|kecamatan|wilayah|district|area|region"
    r"|zona|zone|county|kabupaten)(?:$|[\s_-])"
)
# A card field whose class names a municipality or its part (Portugal's freguesia and
# concelho, Spain's concejo and municipio, Italy's comune, a bairro or barrio, a Japanese
# city's ward (区) or a London borough): its text, up to a heading's length, is the
# camera's place.
_PLACE_CLASS = re.compile(
    r"(?:^|[\s_-])(?:freguesia|concelho|concejo|municipio|municipality|comune|comuna|commune"
    r"|gemeinde|gemeente|bairro|barrio|quartier|kelurahan|suburb|neighbou?rhood|ward|borough"
    # A town or village a card names (a coast's or a valley's webcam tiles).
    r"|town|village|locality)(?:$|[\s_-])"
)
# A text line that starts with a bracketed camera code ("[B1cam] Halemaʻumaʻu…"): the
# code is the camera's id and the rest its name. Lines end at these elements' edges.
_CODED_LINE = re.compile(r"\s*\[([^\W_][\w.-]{0,23})\]\s*(\S.{1,199}?)\s*", re.DOTALL)
# A text line that is a code of letters and digits in two to five parts joined by hyphens
# or underscores, alone or after one label word ("Tiang TG-SS-01", "Kode: KTM-07", "ID
# #CAM_12"); a file name ("semangir_0755.jpg") is none.
_CODE_LINE = re.compile(
    r"\s{0,8}(?:[^\W\d_]{2,16}\s{0,3}[:#.]?\s{0,3})?"
    r"([A-Za-z0-9]{1,8}(?:[-_][A-Za-z0-9]{1,8}){1,4})\s{0,8}"
)
_MAX_CODE_LINE = 64
_LINE_TAGS = frozenset(
    {"br", "p", "div", "li", "td", "th", "tr", "dd", "dt", "ul", "ol", "table", "section"}
    | {"article", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "hr"}
)
_MAX_LINE = 300
# The text an element's closing reads from the page's text pieces: a heading, a link, a
# card's or a pill's text (enough for every length rule applied to them).
_MAX_TEXT_PIECES = 200
_MAX_LABEL_PIECES = 20
_MAX_COLLECTED = 4000
# The deepest element nesting read (browsers stop nesting at 512 levels; real pages stay
# far below 100): what lies deeper is read as the deepest open element's content.
_MAX_OPEN = 256
# The most start tags read from one page: a page of cameras holds far fewer (2,000 cards
# of 50 elements each), and each costs tens of microseconds to read.
_MAX_PAGE_ELEMENTS = 150_000
_MAX_PAGE_MEDIA = 8 * MAX_CAMERAS

# A shortcode printed as page text because no plugin rendered it (WordPress and the
# like): ``[rtsp_player url="rtsp://…"]``, ``[video src="….m3u8"][/video]``,
# ``[embed]https://…/index.m3u8[/embed]``, its quotes straight or curled by the page's
# texturiser (” ″ ’). A name of at most 40 characters, attributes of at most 600 (a
# shortcode written over lines is joined across the line breaks between them), and an
# enclosed address of at most 600.
_SHORTCODE = KeyedPattern(
    r"\[([a-z][a-z0-9_-]{0,39})(\s[^\[\]]{0,600})?\](?:\s{0,4}([^\s\[\]]{4,600})\s{0,4}\[/\1\])?",
    ("[",),
)
_SHORTCODE_ATTRIBUTE = re.compile(
    r"([a-z][a-z0-9_-]{0,30})\s*=\s*[\"'\u2018\u2019\u201c\u201d\u2032\u2033]?"
    r"([^\s\"'\u2018\u2019\u201c\u201d\u2032\u2033\]]{4,2000})"
)
# The attributes of a shortcode that hold its media: the address of a player plugin
# (``url``, ``src``, ``file``, ``stream``, a VLC ``mrl``) or one of WordPress's [video]
# formats (``mp4``, ``webm``…).
_SHORTCODE_MEDIA = frozenset(
    {"url", "src", "source", "file", "stream", "mrl", "hls", "m3u8", "rtsp", "video"}
    | {"mp4", "m4v", "webm", "ogv", "flv", "mov"}
)
_SHORTCODE_VIDEO_FILES = (".mp4", ".m4v", ".webm", ".ogv", ".mov")
# Elements whose text shows code as written (a page documenting a shortcode).
_CODE_TAGS = frozenset({"code", "pre", "kbd", "samp", "textarea"})
# The page text scanned for shortcodes, the shortcodes read from one page, and the text
# of an unclosed one carried over a line break.
_MAX_SHORTCODE_TEXT = 200_000
_MAX_SHORTCODES = 2 * MAX_CAMERAS
_MAX_SHORTCODE_TAIL = 700
# The text on either side of a shortcode looked at for words (a sentence mentioning it),
# and a bracketed neighbour (another shortcode, a closing [/video]) set aside there.
_SHORTCODE_SIDE = 200
_BRACKETED = re.compile(r"\[[^\[\]]{0,200}\]")
# The VLC web plugin: its Mozilla plugin's types, its ActiveX control's class id, the
# attributes of an <embed> (and an <object>'s ``data``) holding the address it plays, and
# the names of the <param> elements holding it inside an <object>.
_VLC_TYPES = frozenset({"application/x-vlc-plugin", "application/x-google-vlc-plugin"})
_VLC_CLASS_ID = "clsid:9be31822-fdad-461b-ad51-be1d1c159921"
_VLC_ATTRIBUTES = ("target", "mrl", "src", "data")
_VLC_PARAMS = frozenset({"mrl", "src", "target", "filename", "url"})
# The files VLC plays over HTTP (MPEG transport and program streams, Windows Media, Ogg,
# session descriptions, containers): any other file (a help page, an installer, a zip or
# a PDF) is no stream, even in a player.
_VLC_MEDIA_SUFFIXES = (
    *(".ts", ".m2ts", ".mts", ".mpg", ".mpeg", ".asf", ".wmv", ".ogg", ".ogv", ".sdp"),
    *(".mkv", ".avi", ".mov"),
)


# A resource's edit action after its record's number (``/admin/cctv/6/edit``) and an
# address ending in a record's number (``/admin/cctv/6``, a DELETE form's action).
_EDIT_ACTION = re.compile(r"/\d{1,12}(/(?:edit|ubah)/?)$", re.IGNORECASE)
_RECORD_NUMBER = re.compile(r"/\d{1,12}/?$")
_MAX_RECORD_HREF = 2048


class _PageCut(Exception):
    """Raised to stop reading a page past _MAX_PAGE_ELEMENTS start tags."""


# A wiki heading's edit link after its text ("Tarakan [ sunting ]", "Kīlauea [edit]").
_EDIT_LINK = re.compile(r"\s*\[\s*[^\W\d_]{2,20}(?:\s[^\W\d_]{2,20})?\s*\]$")
# A card's state in a data attribute of its element (Phoenix and Stimulus card templates).
_DATA_STATUS = ("data-status", "data-state", "data-online", "data-camera-status")
# A card's location line left empty by its template ("No location", "Tanpa lokasi").
_NO_PLACE_TEXTS = frozenset(
    {"no location", "tanpa lokasi", "tidak ada lokasi", "lokasi belum diisi"}
)
# A line starting with a street's word (``Jl. Poros Bengalon``, ``Jalan``, ``Gg.``).
_STREET_START = re.compile(r"(?:jl|jln|jalan|gg|gang)\b\.?\s", re.IGNORECASE)
_PIN_CLASS = re.compile(r"geo|map-?marker|map-?pin|location|place|pin(?:$|[\s_-])")
# Labels of a card's line naming its place: an area word ("Kecamatan: Bengalon") or a
# locality's ("Ort: Sölden", "Localidad: Benasque").
_PLACE_LABELS = frozenset(AREA_KEYS) | frozenset(LOCALITY_KEYS)
# A card's table of label and value rows (``<tr><th>Lokasi</th><th>Barabai</th></tr>``,
# ``<td>Kecamatan</td><td>:</td><td>Sangatta Utara</td>``): a value under a place label
# is the card's area, under a state label (``Status``, ``Kondisi``) its state. A value
# under a looser place label (``Lokasi``, ``Location``) is an area only when written as a
# plain place name: no street, no number, no comma-joined address.
_ROW_CELLS = frozenset({"td", "th"})
_ROW_PLACE_LABELS = frozenset({"lokasi", "location"})
_ROW_STATE_LABELS = frozenset(STATUS_KEYS)
_ROW_SEPARATORS = frozenset({":", "=", "\uff1a"})
_MAX_ROW_LABEL = 30
# The longest loose place line counted as a card's address line.
_MAX_LOOSE_LINE = 120
# A state badge's class (``<span class="badge bg-danger">Live</span>``, a chip or a pill):
# inside a card's title it states the camera's state, never a part of its name.
_STATE_BADGE_CLASS = re.compile(r"(?:^|[\s_-])(?:badge|chip|pill|tag|label|status)(?:$|[\s_-])")
# Words a badge uses for the kind of camera, never for its place.
_NOT_AREAS = CAMERA_KINDS | frozenset(
    {"cctv", "kamera", "camera", "baru", "new", "hd", "full hd", "4k", "360", "publik"}
    | {"public", "live"}
)
# data-* attributes are read by value too: a stream or MJPEG address under any name.
_MAX_DATA_VALUES = 32
# A value written as a relative path (``m3/x.m3u8``, ``./hls/a/index.m3u8``, ``../a.flv``).
_RELATIVE_PATH = re.compile(r"(?:\.{1,2}/)*[\w.~%-]+(?:/[\w.~%-]+)*(?:\?[^\s<>\"']*)?")
_MAX_RELATIVE = 400
# A check report's heading starting with a mark ("✅ Working webcams", "❌ Broken") states
# the result of the cameras below it, never their place.
_STATE_HEADING = frozenset(STATE_MARKS) - {" ", "\ufe0f"}
# Classes of a site's navigation (``navbar-nav``, ``nav-link``, ``sidebar``, ``nav-sidebar``,
# ``main-navigation``, ``menu-item``, ``dropdown-menu``), and of tabs, which are none.
_NAV_CLASS = re.compile(
    r"(?:[a-z0-9]{1,20}[-_]){0,2}(?:nav|navbar|navigation|sidebar|menu|dropdown)"
    r"(?:[-_][a-z0-9]{1,20}){0,2}"
)
_TAB_CLASSES = frozenset({"nav-tabs", "nav-pills", "tabs", "tab-nav", "nav-tab"})
_NAV_DEPTH = 12
# What an element's own tag and classes say: not read yet, nothing, a navigation menu, tabs.
_NAV_UNKNOWN, _NAV_NONE, _NAV_MENU, _NAV_TABS = -1, 0, 1, 2
_LABEL_WORD = re.compile(r"[^\W_]+")
# Icon fonts drawn by ligatures (Google's Material Icons and Material Symbols, used by
# Materialize and Material Design pages): the element's text is the icon's name
# ("more_vert", "videocam", "chevron_right"), a lower-case word joined by underscores.
_GLYPH_CLASS = re.compile(r"(?i)(?:^|\s)material-(?:icons|symbols)(?:-[a-z]{1,12})?(?=\s|$)")
_LIGATURE = re.compile(r"\s{0,20}[a-z][a-z0-9_]{1,40}\s{0,20}")
# The text of a heading's permalink: a symbol (Hugo and Docusaurus "#", Sphinx and MkDocs
# "¶", "🔗", "§", "»"), or nothing but a zero-width space, and blanks.
_PERMALINK_TEXT = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufe0f#¶§»🔗⚓]{0,12}")
# How much of a player link's address its query is read from.
_MAX_QUERY_URL = 4000
# Position attributes of a card element (the item's own keys stay with the data card).
_POSITION_KEYS = frozenset(
    {"lat", "lng", "latitude", "longitude", "lon", "position", "coordinates"}
)
# Attributes of a link to a larger picture giving its caption (fancybox, GLightbox,
# Lightbox2, PhotoSwipe, Magnific Popup, or the link's own title).
_CAPTION_ATTRIBUTES = ("data-caption", "data-title", "title")
# A caption that only dates the picture ("Last update: 02.12.2026 09:58", "Diperbarui
# 2026-12-02 09.58 WITA") names nothing.
_TIMESTAMP = re.compile(
    r"[^\d]{0,40}\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?:[ ,T]+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?"
    r"\s*(?:WIB|WITA|WIT|UTC|[AP]M)?",
    re.IGNORECASE,
)
# A caption that only times the picture with the words of an update ("Diperbarui 12:30
# WIB", "Updated 09:58", "Aktualisiert um 14:05 Uhr", "Mis à jour à 10h15", "Última
# actualización 08:30") names nothing; a name holding a time word ("Simpang 4 Jam 12",
# "CCTV 24 Jam") has no update word and still names. Only short lines are tried.
_UPDATE_TIME = re.compile(
    r"(?:last\s+|terakhir\s+)?(?:updated?|update\s+terakhir|diperbarui|diperbaharui|pembaruan"
    r"|aktualisiert|aktualisierung|stand|mis\s+à\s+jour|actualisé|mise\s+à\s+jour"
    r"|dernière\s+mise\s+à\s+jour|(?:última\s+)?actualizaci[oó]n|actualizado|atualizado"
    r"|(?:última\s+)?atualiza[cç][aã]o|aggiornato|bijgewerkt)"
    r"\s*:?\s*(?:(?:um|at|à|a\s+las|às|alle|pukul|jam|om)\s+)?"
    r"\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?\s*(?:WIB|WITA|WIT|UTC|GMT|CET|CEST|Uhr|h|[AP]M)?\.?",
    re.IGNORECASE,
)
_MAX_UPDATE_LINE = 80


def _dates_only(line: str) -> bool:
    """Return True for a line that only dates or times a picture."""
    return _TIMESTAMP.fullmatch(line) is not None or (
        len(line) <= _MAX_UPDATE_LINE and _UPDATE_TIME.fullmatch(line) is not None
    )


# The last path segment of a video route shown in an <img> (phone webcam apps' /video,
# /videofeed, a server's /stream): a picture can only show it as MJPEG.
_IMAGE_VIDEO_ROUTE = re.compile(
    r"/(?:video|videofeed|video[-_]?stream|live[-_]?stream|stream|mjpegfeed)/?$", re.IGNORECASE
)


# A srcset candidate's width or density descriptor (``1600w``, ``2x``, ``1.5x``).
_DESCRIPTOR = re.compile(r"(\d{1,5}(?:\.\d{1,3})?)[wx]")
# Words an alt text adds to a card's title ("Webcam Gipfel", "CCTV Simpang Tiga",
# "Panorama Cime Caron").
# A server script whose name says it serves a camera's picture (webcam.php, getcam.aspx,
# cctv.jsp, kamera.cgi): an <img> showing it shows that camera's still.
_CAMERA_SCRIPT = re.compile(
    r"(?i)/[\w-]{0,24}(?:cam|camera|kamera|cctv|webcam)[\w-]{0,24}\.(?:php|aspx?|ashx|jsp|cgi)$"
)
# A picture served by a route naming a camera or its picture and the camera's number,
# without an image extension (``/camera?id=33``, ``/picture/show/99``, ``/webcam/7``):
# a camera or picture word as a path segment, at most one action segment, then a number
# ending the path; or a camera word ending the path, its query naming the camera by number.
_PICTURE_ROUTE = re.compile(
    r"(?i)/(?:cams?|cameras?|kamera|cctv|webcams?|pictures?|snapshots?)"
    r"(?:/(?:show|view|get|current|latest|image|picture))?/\d{1,10}/?$"
)
_CAMERA_ROUTE = frozenset({"cam", "cams", "camera", "cameras", "kamera", "cctv", "webcam"})
# A proxy's route serving one camera's picture, named in one word for the camera and the
# picture (``/cameraStrasseImage``, ``/camera_gate_snapshot``): a camera word, the
# camera's own name, a picture word, no file suffix.
_NAMED_PICTURE_ROUTE = re.compile(
    r"(?i)(?P<camera>camera|kamera|webcam|cctv|cam)[-_]?"
    r"(?P<name>[a-z0-9]{2,30}(?:[-_][a-z0-9]{1,30}){0,3}?)[-_]?(?:image|picture|snapshot|still)"
)
_ROUTE_ID_KEYS = frozenset({"id", "cam", "camera", "cameraid", "camid", "cam_id", "camera_id"})
_MAX_ROUTE = 300
# A script serving a camera's picture by the camera's key (``/snap.php?image=graslei``,
# ``getimage.php?cam=dampoort``, ``snapshot.cgi?camera=3``): the script's name says it
# serves a picture, the query names the camera with one token.
_PICTURE_SCRIPT = re.compile(
    r"(?i)(?:get_?)?(?:snap|snapshot|image|img|picture|pic|still|foto|gambar|webcam|cam|live)"
    r"\.(?:php|aspx?|ashx|cgi|jsp|pl|py)"
)
_SCRIPT_KEYS = _ROUTE_ID_KEYS | {
    "image",
    "img",
    "picture",
    "kamera",
    "cctv",
    "name",
    "nama",
}  # A WordPress media-library picture: the post's featured image (``wp-post-image``), a
# block or classic editor image (``wp-image-845``), or an upload resized by the library
# (``/wp-content/uploads/2020/11/name-1024x576.jpg``). Beside player frames it is the
# article's photo, never a camera's still; a camera's still overwritten in place has
# no library size in its name.
_LIBRARY_CLASS = re.compile(r"(?:^|\s)wp-(?:post-image|image-\d{1,12})(?:$|\s)")
_LIBRARY_UPLOAD = re.compile(
    r"(?i)/wp-content/uploads/\d{4}/\d{2}/[^/]{1,200}-\d{2,5}x\d{2,5}\.(?:jpe?g|png|webp|gif)$"
)

_SCRIPT_KEY = re.compile(r"[A-Za-z0-9][\w.-]{0,63}")
# A picture a watcher script loads and refreshes: its camera's name or its refresh
# period written on it (``data-name="Jalan Depan"``, ``data-interval="3000"``).
_WATCH_ATTRIBUTES = ("data-name", "data-interval", "data-refresh", "data-delay", "data-reload")


# Headings of a photo gallery (a news post's ``Dokumentasi``, ``Galeri Foto``, ``Foto
# Kegiatan``): a gallery word first, then only words of what the photos are of.
_GALLERY_HEAD_WORDS = frozenset(
    {"dokumentasi", "documentation", "galeri", "gallery", "galeria", "galerie", "album"}
    | {"foto", "fotos", "photo", "photos", "potret"}
)
_GALLERY_TAIL_WORDS = _GALLERY_HEAD_WORDS | frozenset(
    {"kegiatan", "acara", "berita", "terkait", "lainnya", "event", "events", "activity"}
    | {"activities", "liputan"}
)
_MAX_GALLERY_HEADING = 60
# A lightbox caption or alt saying a camera (``_marked_thumbnail``): a core camera word
# (``viewerlinks.CAMERA_WORDS``) or "live", the word a camera's caption adds, read as
# whole words of the text.
_LABEL_CAMERA_WORDS = re.compile(
    rf"\b(?:{camera_word_pattern(CAMERA_WORDS | {'live'})})\b", re.IGNORECASE
)


def _gallery_heading(text: str) -> bool:
    """Return True for a heading over a photo gallery (``Dokumentasi``, ``Foto Kegiatan``)."""
    words = text.casefold().split()
    if not words or len(text) > _MAX_GALLERY_HEADING or words[0] not in _GALLERY_HEAD_WORDS:
        return False
    return all(word in _GALLERY_TAIL_WORDS for word in words[1:])


def _gallery_photo(media: _Media) -> bool:
    """Return True for a lightbox thumbnail naming no camera under a gallery's heading.

    A news post's ``Dokumentasi`` (``Galeri``, ``Gallery``, ``Foto Kegiatan``) opens each
    event photo's full size in a lightbox: with no camera named by its still, thumbnail,
    link id or caption and no script refreshing it (``_marked_thumbnail``), the photo
    is no camera, whatever its heading or caption. A gallery of webcam stills
    (``/webcam/cam01.jpg``, ``title="Kamera Dermaga"``) stays cameras.
    """
    return (
        media.lightbox
        and media.unmarked
        and media.link_id is None
        and media.heading is not None
        and _gallery_heading(media.heading)
    )


def _marked_thumbnail(
    urls: tuple[str, str], ids: tuple[str | None, str | None], labels: tuple[str | None, str]
) -> bool:
    """Return True when a lightbox thumbnail says it shows a camera.

    Its still's or thumbnail's path names a camera (``/webcam/cam01.jpg``), the link's
    or the picture's id is a camera token (``cctv3``), or its caption or alt says a
    camera word (``Kamera Dermaga``, ``CCTV Simpang``, ``Live``).
    """
    if any(camera_still_address(url) for url in urls):
        return True
    if any(element_id and camera_token(element_id) for element_id in ids):
        return True
    return any(text and _LABEL_CAMERA_WORDS.search(text[:200]) for text in labels)


def _watched_picture(attributes: dict[str, str]) -> bool:
    """Return True when a picture element is one a watcher script refreshes."""
    return any(attributes.get(key) for key in _WATCH_ATTRIBUTES)


def _picture_route(url: str, watched: bool = False) -> bool:
    """Tell a picture element's address that is a camera's picture route, not a file.

    Read on an ``<img>`` only (its address is a picture whatever its form); an address
    longer than _MAX_ROUTE, a route without the camera's number or a query naming no
    camera by number (``/camera?size=large``) is none. A proxy's one-word route for a
    named camera's picture (``/cameraStrasseImage``) is one on a picture a watcher script
    refreshes (watched: ``_watched_picture``) only, as news and shop photos are served
    from such routes too (``/media/cctv-footage1-still``); a bare ``/cameraImage`` or a
    device page (``/cameraStrasseDevice/``) is not.
    """
    if len(url) > _MAX_ROUTE:
        return False
    parts = urlsplit(url)
    if _PICTURE_ROUTE.search(parts.path[-80:]):
        return True
    tail = parts.path.rstrip("/").rsplit("/", 1)[-1].lower()
    if (
        watched
        and not parts.query
        and (named := _NAMED_PICTURE_ROUTE.fullmatch(tail[:80]))
        and is_public_host(parts.hostname)
    ):
        # ``cameraimage`` is no ``cam`` named ``era``: the name is more than a camera word.
        return _NAMED_PICTURE_ROUTE.fullmatch(named.group("name") + "image") is None and not (
            named.group("camera") == "cam" and named.group("name").startswith("era")
        )
    if parts.query and _PICTURE_SCRIPT.fullmatch(tail):
        return any(
            key.lower() in _SCRIPT_KEYS and _SCRIPT_KEY.fullmatch(value) is not None
            for key, value in parse_qsl(parts.query)[:8]
        )
    if not parts.query or tail not in _CAMERA_ROUTE:
        return False
    return any(
        key.lower() in _ROUTE_ID_KEYS and value.isdigit() and len(value) <= 10
        for key, value in parse_qsl(parts.query)[:8]
    )


# A picture's alt written as a key (``vagen-indre``, ``containerkaj_2``): lower-case
# letters and digits, joined by hyphens, underscores or dots; and how much of the link
# around it is read for that key (its last path segment, or one of 20 query values).
_KEY_ALT = re.compile(r"[a-z0-9]{1,40}(?:[-_.][a-z0-9]{1,40}){0,8}")
_MAX_KEY_LINK = 2000
_MAX_KEY_PARAMS = 20
# A picture's alt text saying it is a preview of a camera ("Vorschaubild Neubau Nord",
# "Thumbnail of North Gate", "Aperçu : Lac") or a snapshot of it ("Snapshot Kelas 7A",
# a React card's ``alt={`Snapshot ${name}`}``; "Screenshot", Indonesian "Cuplikan"): the
# word (and a joining "of", "von", "de"…) is no part of the name that follows it.
_PREVIEW_ALT = re.compile(
    r"(?i)^(?:vorschaubild|vorschau|thumbnail|thumb|preview|pratinjau|miniatura|miniature"
    r"|miniatur|aper[çc]u|vignette|voorbeeld|anteprima|vista\s+previa"
    r"|snapshot|screenshot|cuplikan)"
    r"(?:\s*[:\u2013\u2014-])?\s+(?:(?:of|von|der|des|du|de\s+la|de|di|dari|da|do|van|del)\s+)?"
)
# The key a picture's address and the page link around it share (``/video/jpeg/44a3f4``
# in ``<a href="/webcam/projekt/44a3f4/">``): a token holding a digit.
_SHARED_KEY = re.compile(r"(?=[\w.-]{0,63}[0-9])[A-Za-z0-9][\w.-]{0,63}")
_ALT_CAMERA_WORDS = re.compile(
    r"(?i)^(?:(?:live\s*)?(?:webcam|web\s*cam|cctv|kamera|camera|cam|livecam|livestream"
    r"|panorama|panoramic|pano)"
    r"\s*[:\u2013\u2014-]?\s+)+"
)


# lightGallery's item attributes: data-video holds the video plugin's JSON
# ({"source": [{"src": "…m3u8", "type": "application/x-mpegURL"}]}), data-sub-html the
# caption's markup, whose first heading names the item.
_MAX_GALLERY_JSON = 4000
_CAPTION_HEADING = re.compile(r"(?is)<h[1-6][^>]{0,200}>(.{1,300}?)</h[1-6]>")
_CAPTION_TAG = re.compile(r"<[^>]{0,300}>")


def _gallery_item(card: dict[str, JSONValue]) -> None:
    """Read a gallery item's video JSON and caption markup into plain card fields."""
    video = card.get("video")
    if isinstance(video, str) and video.lstrip().startswith("{"):
        card["video"] = _gallery_source(video[:_MAX_GALLERY_JSON])
    caption = card.get("sub-html")
    if isinstance(caption, str) and "<" in caption and "name" not in card:
        heading = _CAPTION_HEADING.search(caption[:_MAX_GALLERY_JSON])
        if heading is not None:
            text = clean_text(html.unescape(_CAPTION_TAG.sub(" ", heading.group(1))))
            if text and any(c.isalpha() for c in text):
                card["name"] = text[:_MAX_CARD_TEXT]


def _gallery_source(value: str) -> str:
    """Return the source a video plugin's JSON plays, HLS first ("" when none)."""
    try:
        parsed = json.loads(value)
    except ValueError:
        return ""
    sources = parsed.get("source") if isinstance(parsed, dict) else None
    found = [
        str(each["src"])
        for each in (sources if isinstance(sources, list) else [])[:8]
        if isinstance(each, dict) and isinstance(each.get("src"), str)
    ]
    return next((src for src in found if is_hls_url(src)), found[0] if found else "")


def _data_name(attributes: dict[str, str]) -> str:
    """Return a picture's ``data-name`` written as words (a capital or a space), else ``""``."""
    value = attributes.get("data-name", "")[:_MAX_LEAD]
    text = clean_text(value) or ""
    return text if any(c.isupper() or c == " " for c in text) and not text.isupper() else ""


def _data_area(tag: str, attributes: dict[str, str]) -> str | None:
    """Return the place a card's data attribute names (``data-kecamatan="Bengalon"``).

    On a card element only, as written for the page's filter: a kecamatan or district
    attribute holding a place name (letters, a capital, at most _MAX_LEAD
    characters); a number or a lower-case key (``data-district="3"``, ``"hangar"``),
    a dash, or a generic label is none; so are the filter's placeholders ("Semua", "All
    Districts", "Pilih Kecamatan", "Hidden", "TBD") and the wider region the district
    is in ("Kabupaten Kutai Timur").
    """
    if tag not in _DATA_AREA_CARDS:
        return None
    value = next((attributes[k] for k in _DATA_AREA if attributes.get(k)), None)
    if value is None or len(value) > _MAX_LEAD:
        return None
    text = clean_text(value)
    if not text or not any(c.isupper() for c in text) or any(c.isdigit() for c in text):
        return None
    first = text.casefold().split()[0].rstrip(".")
    if first in PLACE_CHOOSING_WORDS or first in NO_PLACE_WORDS or first in _REGION_WORDS:
        return None
    return None if generic_label(text) or text.lower() in _NOT_AREAS else text


# Words for the region around a district (a regency, a province), first in a value.
_REGION_WORDS = frozenset({"kabupaten", "kab", "provinsi", "prov", "propinsi", "regency"})


def _label(text: str) -> str | None:
    """Return an element's title as a name, or None when it only says what to do."""
    cleaned = clean_text(text)
    return None if generic_label(cleaned) else cleaned


# Words of a handler's function name that remove a record (``modalDelete``,
# ``hapusCctv``, ``confirm_destroy``): the paths it is handed are routes, never media.
_REMOVAL_WORDS = frozenset({"delete", "del", "hapus", "destroy", "remove"})
_CALLED_NAME = re.compile(r"\s*(?:javascript:\s*)?(?:return\s+)?([A-Za-z_$][\w$.]{0,60})\s*\(")


def _removal_call(code: str) -> bool:
    """Return True when a handler calls a function whose name removes a record."""
    if (call := _CALLED_NAME.match(code[:200])) is None:
        return False
    words = _ACTION_NAME_WORD.findall(call.group(1).rsplit(".", 1)[-1])
    return any(word.lower() in _REMOVAL_WORDS for word in words[:6])


def _handler_name(code: str) -> str | None:
    """Return the camera name an event handler hands to its player, or None.

    A literal under a name key ({title: '…'}) names it; else the one literal beside
    the address that reads as a place name (words, not a code such as 'open-player').
    """
    if (keyed := _KEYED_NAME.search(code)) is not None:
        return _label(keyed.group(2))
    names: list[str] = []
    for match in _LITERAL.finditer(code):
        text = _JS_ESCAPE.sub(r"\1", match.group(2))
        if looks_like_url(text) or text[0] in "#./" or not any(c.isalpha() for c in text):
            continue
        if " " not in text.strip() and not any(c.isupper() for c in text):
            continue
        if any(c in text for c in "(){}[];=<>$"):
            continue
        if (label := _label(text)) is not None:
            names.append(label)
    return names[0] if len(names) == 1 else None


def _nav_kind(node: _Node) -> int:
    """Return what an element's own tag and first 16 classes say of navigation."""
    if node.tag == "nav":
        return _NAV_MENU
    tokens = node.hints.split()[:16]
    if any(token in _TAB_CLASSES for token in tokens):
        return _NAV_TABS
    if any(_NAV_CLASS.fullmatch(token[:60]) for token in tokens):
        return _NAV_MENU
    return _NAV_NONE


def _folders(url: str) -> list[str]:
    """Return the folders of an address's path (never its last part, a file's name)."""
    return urlsplit(url[:2000]).path.split("/")[:32][:-1]


def _line_code(line: str) -> str | None:
    """Return the code a text line gives alone or after one label word, or None.

    "Tiang TG-SS-01" gives "TG-SS-01", "Kode: KTM-07" gives "KTM-07"; a date
    ("Diperbarui 14-10-2025"), a code without a digit or a letter, or a longer
    sentence gives None.
    """
    text = " ".join(line[:_MAX_LINE].split())
    match = _CODE_LINE.fullmatch(text) if len(text) <= _MAX_CODE_LINE else None
    if match is None:
        return None
    code = match.group(1)
    if not any(c.isdigit() for c in code) or not any(c.isalpha() for c in code):
        return None
    return code


@dataclass(slots=True, eq=False)
class _Node:
    """An open element while the page is read."""

    tag: str
    # A dialog whose player an element opening it gives (``dialogplayers``).
    dialog: bool = False
    hints: str = ""
    name: str | None = None
    media: int = 0
    card: dict[str, JSONValue] | None = None
    headings: int = 0
    title: str | None = None
    # How many distinct headings closed in this element after its frame: a page section
    # of several headed cards beside a single player counts many.
    titled_after: int = 0
    # The title was given by a caption (a figcaption, a ``caption`` classed line), not
    # by a heading or a name element.
    caption_title: bool = False
    pieces: list[_Piece] | None = None
    data_id: str | None = None
    poster: str | None = None
    # A card's position in its own data attributes (data-lat/data-lng, data-latitude…).
    position: tuple[str, str] | None = None
    # The place a map link inside the element gives (a card's "Google Maps" link to
    # ``/maps/@lat,lng,…``), and whether two links inside it gave different places.
    map_place: tuple[str, str] | None = None
    map_places: int = 0
    data_area: str | None = None
    players: int = 0
    # The element's text is read, when it closes, as a status pill, a section label or
    # a heading-like lead.
    pill: bool = False
    # A block read as a pill for a state only (_STATE_PILL_TAGS).
    state_only: bool = False
    # Set once a state was counted inside: then the node and all above it are no pills.
    holds_state: bool = False
    label: bool = False
    label_for: tuple[str, ...] = ()
    area: str | None = None
    status: bool | None = None
    statuses: int = 0
    # Text of a heading-like element, and the last one closed as a child of this node.
    leading: bool = False
    lead: str | None = None
    leads: int = 0
    # What the element's own tag and classes say of navigation (_NAV_UNKNOWN until read).
    nav_kind: int = _NAV_UNKNOWN
    # The rank of the heading that is the lead (2 for an h2, 0 for other leads), and the
    # higher-ranked headings above it in this element (rank, serial, text): a town's h2
    # over an h3 per camera.
    lead_rank: int = 0
    uppers: tuple[tuple[int, int, str], ...] = ()
    # The page's start tags read when the element opened, and when its lead opened and
    # closed (nothing opened before or after it: a wrapper holding the heading alone).
    opened: int = 0
    lead_start: int = 0
    lead_end: int = 0
    badge: str | None = None
    badges: int = 0
    # The place a labelled line inside names ("Kec. Bengalon"), and how many such lines.
    place: str | None = None
    places: int = 0
    # The labelled place lines written directly in this element (not inside a child): a
    # detail card's own "Distrito:" line beside its player, apart from its thumbnails'.
    own_place: str | None = None
    own_places: int = 0
    pinned: bool = False
    embeds: int = 0
    # A lazy player's placeholder: the pictures inside are its poster, not cameras.
    player: bool = False
    # A heading's permalink (``<a class="headerlink" href="#slug">¶</a>``): its symbol
    # is no part of the heading's text.
    permalink: bool = False
    # An icon font's glyph (``<i class="material-icons">more_vert</i>``): its ligature
    # word draws the icon and is no part of the text around it.
    glyph: bool = False
    # A link to a page (no media address): a player page when its label says it shows
    # a webcam ("View Webcams"), read when the link closes.
    page_link: str | None = None
    fragment_link: bool = False
    # A page builder's video module whose player is rendered by script (its address).
    builder: str | None = None
    # The camera viewer pages linked inside the element (``viewerlinks``; two at most
    # kept): a card's "Lihat Live" button beside its still.
    viewer_links: tuple[str, ...] = ()
    # The pages inside the element linked by a caption saying only that it plays
    # (``Play``, ``Live``: two at most; with two, none is the card's).
    play_links: tuple[str, ...] = ()
    # The viewer pages inside the element linked by a caption saying it views the camera
    # (``Tonton``, ``Lihat CCTV``; never ``Data Realtime``): a link-only card's page.
    viewing_links: tuple[str, ...] = ()
    # Text inside states a price (``Rp 850.000``), and a shop's word (``Beli``, ``Stok``,
    # ``2MP``): a card with both is a shop's product.
    priced: bool = False
    sells: bool = False
    # Text pieces read before the element opened, and a bold line that began its text
    # (its text and the text pieces read when it closed).
    seen: int = 0
    bold_line: tuple[str, int] | None = None
    # A card's camera name written in a data attribute (data-titik, data-camera-name).
    point: str | None = None
    # The last definition term closed in this element ("Area" before its <dd>), and the
    # id of a LiveView stream container (phx-update="stream"), whose items are keyed by it.
    term: str | None = None
    # Where the element's text begins in the page's text pieces, and the text captures
    # (heading, name element, link) it holds.
    mark: int = 0
    # Its position in the open elements while it is open (never moves: the stack only
    # grows at its top and is cut above a closed element).
    depth: int = -1
    captures: list[_Capture] | None = None
    stream_id: str | None = None
    # The plain element id of a card classed as one camera's (``<li class="camera"
    # id="Axis-AlabamaHills1">``): its camera's id when its picture's path holds it.
    plain_id: str | None = None
    # A definition whose term names a place ("<dt>Area</dt><dd>Sea Point</dd>").
    area_term: bool = False
    # A table row's label (its first cell's text, ``:`` cells skipped) and how many cells
    # it has closed; a value cell under a loose place label (``Lokasi``).
    row_label: str | None = None
    cells: int = 0
    loose_place: bool = False
    # The state the element's own data attribute gives (``data-status="online"``), and
    # whether a pill inside repeating it was taken as that same state.
    own_state: bool | None = None
    state_echoed: bool = False
    # A line in this element that gives a camera's code and its description
    # ("[B1cam] Halemaʻumaʻu from the down-dropped block").
    coded: tuple[str, str] | None = None
    # A line in this element that gives a code alone or after a label ("Tiang TG-SS-01",
    # "Kode: KTM-07"): the camera's id when its media's path holds the code.
    line_code: str | None = None
    # The first text line finished inside this element and how many it holds (counted
    # up to three): a card's lone caption line (``<p class="lead">London GC apron</p>``
    # over its picture), or the name line beside its labelled place line.
    line: str | None = None
    lines: int = 0
    # The second text line finished inside this element, and the text of the first state
    # pill closed inside it ("● ONLINE"): a tile's name line beside its state badge.
    next_line: str | None = None
    state_text: str | None = None
    # The record number the record buttons inside name (edit(31), /cctv/edit/31), and
    # whether they name two different ones.
    action_id: str | None = None
    action_mixed: bool = False
    # Which record button (counted through the page) gave action_id.
    action_button: int = 0
    # A POST form's camera record (``_RESOURCE_RECORD``), a record button once a spoofed
    # ``_method`` field inside says it changes or removes that record.
    record_form: str | None = None
    # A link to a camera's own page (``/cameras/12``): the pictures inside are cameras'.
    detail: bool = False
    # A VLC web plugin <object>: the params inside hold its camera's address.
    vlc: bool = False


@dataclass(slots=True, eq=False)
class _Select:
    """A select element: its id and name, its own change handler, its relative options."""

    keys: tuple[str, str]
    handler: str
    options: list[tuple[dict[str, JSONValue], str]] = field(default_factory=list)


@dataclass(slots=True, eq=False)
class _Piece:
    """A card or media element found in the markup, with the elements around it."""

    ref: dict[str, JSONValue] | _Media
    ancestors: tuple[_Node, ...]
    named: bool = False


@dataclass(slots=True, eq=False)
class _Media:
    """A camera found in the markup."""

    kind: str
    url: str | None
    ancestors: tuple[_Node, ...]
    snapshot: str | None = None
    name: str | None = None
    title: str | None = None
    heading: str | None = None
    # The serial number of that heading among the page's headings (1 for the first), and
    # whether the element holding that heading holds this camera too (the heading is
    # written in its section, not in an earlier card or figure).
    heading_number: int = 0
    heading_held: bool = False
    rank: tuple[int, int] | None = None
    # A lightbox thumbnail: its card's title names it before its caption and alt text.
    lightbox: bool = False
    # A lightbox link over a live-camera map, a camera on its own (``stilllinks``).
    still_link: bool = False
    # A lightbox thumbnail naming no camera (its still, thumbnail, link id and caption
    # say none, no script refreshes it): under a gallery's heading, an event's photo.
    unmarked: bool = False
    alt: str | None = None
    # A still served by a camera's picture route (``/picture/show/99``), not a file.
    routed: bool = False
    # The id a player link names in its query (``?camId=…&videoUrl=…m3u8``), or the key
    # a reloaded picture's id joins to its script's id prefix (``imageWebcam`` + key).
    link_id: str | None = None
    # The picture element's own id (``<img id="cam-snapshot-chenal">``).
    element_id: str | None = None
    # An alt text that is the key the link around the picture ends in: the camera's id,
    # naming it only when its card gives no name.
    key: str | None = None
    # Text written inside a video element: what browsers that cannot play it show.
    fallback: bool = False
    # The HLS media type a video's source declares for an address of no media shape.
    typed: str | None = None
    # The viewer page linked around a still, ending in a camera's code (``viewerlinks``).
    viewer: str | None = None
    # A player element's own id (``<video id="video4">``).
    player_id: str | None = None


def _player_numbers(ids: list[str]) -> dict[str, str]:
    """Return the record number each of the page's player elements is numbered by.

    A template numbering each card's player by its record (``<video id="video4">``,
    ``video7``, ``video12``) gives each camera played there its record's id. The numbered
    players are two or more, all with the same word; their numbers are unique and are no
    run without gaps (``player1`` … ``player4``, ``cam7`` … ``cam9``), which a loop's
    counter writes: those are places on the page, no record's id. A player named for what
    it is (``video-player``, ``cam``) has no number.
    """
    numbers: dict[str, int] = {}
    words: set[str] = set()
    for element_id in ids[:_MAX_ELEMENTS]:
        if (found := _NUMBERED_PLAYER.fullmatch(element_id)) is None:
            continue
        if element_id in numbers:
            return {}  # one id on two players: no record's
        words.add(found.group(1).casefold())
        numbers[element_id] = int(found.group(2))
    values = sorted(numbers.values())
    if len(values) < 2 or len(words) != 1 or len(set(values)) != len(values):
        return {}
    if values[-1] - values[0] == len(values) - 1:
        return {}  # a loop's counter: consecutive places on the page
    return {key: str(value) for key, value in numbers.items()}


def _without_poster_pictures(media: list[_Media]) -> list[_Media]:
    """Return the media without pictures showing a player's own poster.

    Such a picture (the still a page shows while the camera is offline, a placeholder it
    swaps for the player) is that player's still, never a camera of its own.
    """
    posters = {one.snapshot for one in media if one.kind == "stream" and one.snapshot}
    if not posters:
        return media
    return [one for one in media if one.kind != "still" or one.url not in posters]


def _one_cameras_pieces(node: _Node) -> bool:
    """Return True when an element holds at most one camera's pieces (a still and its stream).

    Two pieces of the same kind (two cards, two stills, two players) are two cameras: a
    row holding them is no card, and one card's state or badge is never the other's.
    """
    pieces = node.pieces or ()
    if len(pieces) > 2:
        return False
    if len(pieces) < 2:
        return True
    first, second = (piece.ref for piece in pieces)
    if isinstance(first, _Media) and isinstance(second, _Media):
        return first.kind != second.kind
    return isinstance(first, _Media) != isinstance(second, _Media)


@dataclass(slots=True, eq=False)
class _Embed:
    """A player frame showing a page (YouTube, Vimeo, a restreamer's embed page)."""

    url: str
    ancestors: tuple[_Node, ...]
    title: str | None
    label: str | None
    label_number: int
    # The key a link to a camera's viewing script names its camera by (``camkey=…``).
    key: str | None = None
    # A card without a picture linking its own viewer page (``_viewer_card``): its
    # state line is the camera's.
    viewer_card: bool = False
    # The camera number a player page's bare query carries (``index.html?41``).
    query_id: str | None = None


@dataclass(slots=True, eq=False)
class _Wall:
    """A picture no card claims, kept in case a page script reloads it (a camera wall)."""

    url: str | None
    classes: frozenset[str]
    names: tuple[str, ...]
    ancestors: tuple[_Node, ...]
    heading: str | None
    leads: tuple[tuple[int, int, str], ...]
    label: str | None
    label_number: int
    alt: str | None
    shared_key: str | None = None


@dataclass(slots=True, eq=False)
class _Capture:
    """Text being collected for a heading or a link, from the text piece start on."""

    node: _Node
    target: _Node | _Media | None
    start: int
    # Headings read before it began: one read inside a header names that header.
    headings: int = 0


def _script_entry(script_type: str, script: str) -> tuple[str, str]:
    """Return a script element's type and text, its comments blanked when it is code."""
    return script_type, blank_comments(script) if is_code_type(script_type) else script


# An attribute of a start tag as written: its name and its value, quoted or bare.
_WRITTEN_ATTRIBUTE = re.compile(
    r"""(?<=[\s"'/])([^\s/>"'=]+)\s*=\s*("[^"]*"|'[^']*'|[^\s"'>][^\s>]*)"""
)


def _as_written(tag: str, attrs: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """Return a start tag's attributes with the ampersands HTML keeps literal kept.

    The standard parser decodes ``&region``, ``&times`` or ``&para`` in a bare-``&``
    query as ``®ion``, ``×`` or ``¶``; a browser leaves them as written. Only a tag
    where that happens is read again.
    """
    marked = marked_ampersands(tag)
    if marked == tag:
        return attrs
    # Read from the tag with its literal ampersands already marked: each value is then
    # decoded as it stands, without scanning its references a second time.
    written: dict[str, str] = {}
    for match in _WRITTEN_ATTRIBUTE.finditer(marked):
        value = match.group(2)
        if value[:1] in "\"'":
            value = value[1:-1]
        written.setdefault(match.group(1).lower(), value)
    seen: set[str] = set()
    kept: list[tuple[str, str | None]] = []
    for name, value in attrs:
        raw = written.get(name) if name not in seen else None
        seen.add(name)
        kept.append((name, unmarked(raw) if value and raw is not None else value))
    return kept


class _PageScanner(HTMLParser):
    """Collect scripts and camera-like media elements of an HTML page."""

    def __init__(
        self, base_url: str, page_url: str | None = None, *, keep_news: bool = False
    ) -> None:
        """Start reading a page whose relative URLs resolve against base_url.

        page_url is the page's own address when its ``<base href>`` declares another;
        keep_news reads the pictures stored with the site's news as any other.
        """
        super().__init__(convert_charrefs=True)
        # The players of dialogs opened by one element each, by the dialog's id.
        self.dialogs: dict[str, tuple[DialogPlayer, str | None]] = {}
        self._dialog_next = False
        self.keep_news = keep_news
        self.news_pictures = 0  # news pictures seen (and left out unless keep_news)
        self.base_url = base_url
        self.page_url = page_url or base_url
        self._resolved: dict[str, tuple[str, str | None] | None] = {}
        self.scripts: list[tuple[str, str]] = []
        self.media: list[_Media] = []
        self._stack: list[_Node] = []
        self._script: list[str] | None = None
        self._script_type = ""
        self._in_style = False
        # Shortcodes printed as text: the text scanned, the ones read, an unclosed one's text.
        self._shortcode_text = 0
        self._shortcodes = 0
        self._text_lines = 0  # labelled text lines looked at
        self._shortcode_tail = ""
        # The text pieces of the page outside scripts and styles, in order: an open
        # element's text is read from them when it closes, never copied piece by piece
        # into every element around it.
        self._chunks: list[str] = []
        # Elements left unopened below the deepest open element (see _MAX_OPEN), the
        # start tags read, and whether the page was cut at _MAX_PAGE_ELEMENTS of them.
        self._overflow = 0
        # Links of the open table row past those read (their end tags are not read).
        self._crowded = 0
        self._started = 0
        self.cut = False
        self._video: _Media | None = None
        # The ids of the page's player elements, and the record numbers they give.
        self._player_ids: list[str] = []
        self._numbered: dict[str, str] | None = None
        self._anchor: _Media | None = None
        # A link to a still ("Foto", "Snapshot", image.cgi) that may sit beside a picture.
        self._still_link: _Media | None = None
        # Of that link: whether a lightbox opens it, its element id, and whether it showed
        # a picture of its own (a thumbnail) rather than an icon (``stilllinks``).
        self._still_link_lightbox = False
        self._still_link_id: str | None = None
        self._still_link_icon = False
        self._still_link_thumb = False
        self._heading: str | None = None
        self.title: str | None = None
        # Frame items whose card names the camera by id: cameras beside other cameras.
        self.carded_embeds: dict[int, str] = {}
        # Frames whose card is one of a wall of like cards holding the page's other cameras.
        self.walled_embeds: set[int] = set()
        self._title: list[str] | None = None
        self._headings: list[str] = []
        # The place line written in each heading's section (``Island: Tanna (Tafea
        # Province) | Alert Level: 2``), by the heading's serial number.
        self._section_places: dict[int, str] = {}
        # The element holding the heading written last (None for a figure's caption).
        self._heading_holder: _Node | None = None
        # Horizontal rules read so far, the text piece and rule count at the picture added
        # last, and whether a heading was written right after a picture (a caption below
        # it: then headings name no picture of the page by section).
        self._rules = 0
        self._last_media_at: tuple[int, int, _Node | None] | None = None
        self.captions_below = False
        # How many stills each caption line stands under (``_still_caption``).
        self._still_captions: dict[str, int] = {}
        self.cards: list[dict[str, JSONValue]] = []
        self.tables = TableReader(self._url, self.page_url)
        self._optgroup: str | None = None
        self._pieces: list[_Piece] = []
        # Elements with an id, and the elements around them, for players attached by id.
        self.elements: dict[str, tuple[_Node, ...]] = {}
        self._keyed: dict[str, list[str]] | None = None
        # The elements (and those around them) a page script attached a player to.
        self.player_chains: list[tuple[_Node, ...]] = []
        # The page plays a news site's recorded videos (``_news_video``): its frames are too.
        self.news_videos = False
        # Elements by each class they carry, in page order, for players attached to the
        # nth element of a collection (``querySelectorAll('.player')[2]``); bounded.
        self._classed: dict[str, list[tuple[_Node, ...]]] = {}
        self._scoped: dict[tuple[str, str], list[tuple[_Node, ...]]] = {}
        self._classed_count = 0
        self._nth: dict[str, tuple[_Node, ...] | None] = {}
        # The label written last before each element with an id (its text and serial),
        # and how many players' elements follow each label: a heading over one player
        # each (``<h3>Spillway</h3><video id="cam21">``) names it.
        self._element_labels: dict[str, tuple[str, int]] = {}
        self._label_players: dict[int, int] = {}
        # The same for players carrying their own address (``<h4>Sawah</h4><video
        # data-src="…m3u8">``): the label before each such card, by the card.
        self._card_labels: dict[int, tuple[str, int]] = {}
        # The own id of each lazy player element read as a data card (``<video id="cctv-12"
        # data-src="…m3u8">``), by the card's identity.
        self._card_players: dict[int, str] = {}
        self._label_cards: dict[int, int] = {}
        self._element_leads = 0
        # Section labels by the id they label, and the cameras placed in the page.
        self._labels: dict[str, str] = {}
        self._placed: list[tuple[dict[str, JSONValue], tuple[_Node, ...]]] = []
        # The headings that introduce each piece's groups: (node, lead number, text).
        self._leads: dict[int, tuple[tuple[int, int, str], ...]] = {}
        self._table_items: set[int] = set()
        # What holds the page's top-level elements (a fragment has no body).
        self._root = _Node("#root")
        self._badged: list[tuple[dict[str, JSONValue], str]] = []
        # Lines placing a card under a loose label (``Lokasi: Simpang Tiga``), by their
        # text, and the places they write: a card's area beside its title, its name
        # when it has none.
        self._loose_lines: dict[str, str] = {}
        self._loose_places: set[str] = set()
        # The page's loose place lines, however long, and how many are street addresses
        # ("Location: Jl. Soekarno-Hatta, depan Mapolres"): [lines, addresses].
        self._loose_count = [0, 0]
        self._heading_named: set[int] = set()
        # The record buttons read, and for each record number they name, the buttons
        # that identified cameras by it and those cameras (_action_record).
        self._buttons = 0
        self._actioned: dict[str, tuple[set[int], list[dict[str, JSONValue]]]] = {}
        # Elements keyed by a code in a data attribute of the site's own name (``coded_id``).
        self._coded_nodes: list[_Node] = []
        # Cards named by a container far above them, for want of their own title.
        self._named_above: set[int] = set()
        # Attributes holding a framework's state (data-page, wire:snapshot, props, x-data).
        self.states: list[str] = []
        self._state_chars = 0
        # Player frames showing pages, and the label written last before them: a heading
        # or a short bold line (counted, so that frames sharing one label are known).
        self.embeds: list[_Embed] = []
        # Named links to cameras' viewing scripts, by script and query field: two or
        # more make a list of player pages (see ``_view_link``).
        self._view_links: dict[str, set[str]] = {}
        self._view_first: dict[str, tuple[_Embed, tuple[tuple[int, int, str], ...]]] = {}
        # Record addresses the page edits or deletes (``/admin/cctv/6`` of a ``/6/edit``
        # link or a POST form): a back office's show pages, never player pages.
        self._record_pages: set[str] = set()
        self.listed_views: set[int] = set()
        self._embed_label: str | None = None
        self._embed_labels = 0
        self._bold: tuple[_Node, list[str]] | None = None
        self._bold_label = False
        # How much text had been read when the last label was written: an element opened
        # before it and still open holds that label.
        self._label_seen = 0
        # Text pieces read so far (not counting blanks), and when the open bold began.
        self._seen = 0
        self._line: list[str] = []
        # Whether the text line being read follows a line break (<br>) in its element.
        self._broken = False
        # Titles of links opening a part of the page (``href="#cam-x"``: a popup's
        # inline content), by the id they open.
        self._opened: dict[str, str] = {}
        self._bold_seen = 0
        # Player pages a table row was given as its stream.
        self.frame_pages: set[str] = set()
        # Pictures of a WordPress media library (_LIBRARY_CLASS): an article's photos.
        self.library_pictures: set[str] = set()
        # Pictures no card claims, for a script reloading them as a camera wall.
        self.walls: list[_Wall] = []
        # The keys of the pictures a reload script picks by an id prefix (``'kam_' + k``).
        self.reload_keys: set[str] = set()
        # Stream pickers, and the one open: their options' relative values.
        self._selects: list[_Select] = []
        self._select: _Select | None = None
        # Labels of links opening this same page for another section (``?id_ruas=…``),
        # by the query fields they set: a menu of the page's sections.
        self._menu: dict[tuple[str, ...], set[str]] = {}
        self._menu_links = 0
        # Labels of links to the pages beside this one (``/cctv-group/1`` on
        # ``/cctv-group/3``) and of links to this very page: a menu of the site's
        # section pages, and the entry of the section shown.
        self._sibling_labels: set[str] = set()
        self._own_labels: set[str] = set()
        # The texts of the page's headings, in order (bounded).
        self._page_headings: list[str] = []

    def _piece(self, piece: _Piece) -> None:
        """Remember a card or media element under the containers around it."""
        if len(self._pieces) > 4 * MAX_CAMERAS:
            return
        self._pieces.append(piece)
        self._leads[id(piece.ancestors)] = self._lead_chain(piece.ancestors)
        ref = piece.ref
        url = ref.url if isinstance(ref, _Media) else None
        for node in piece.ancestors[-_PAIR_DEPTH:]:
            if node.pieces is None:
                node.pieces = []
            if url is not None and any(
                isinstance(other.ref, _Media) and other.ref.url == url for other in node.pieces
            ):
                continue  # a link repeating a picture's address ("Open image") is that piece
            if len(node.pieces) < 3:
                node.pieces.append(piece)

    def _states(self, tag: str, attributes: dict[str, str]) -> None:
        """Keep attribute values that may hold a framework's state (bounded).

        A gallery item's video JSON (lightGallery's data-video) is that item's media,
        read with its card, never a list of its own; so are a player element's options
        (video.js ``data-setup``), read with its player.
        """
        for key, value in attributes.items():
            if key == "data-setup" and tag in _VIDEO_TAGS:
                continue
            if key != "data-video" and (
                len(self.states) < MAX_STATE_ATTRIBUTES
                and state_attribute(value)
                and self._state_chars + len(value) <= MAX_STATE_CHARS
            ):
                self.states.append(value)
                self._state_chars += len(value)

    @property
    def first_heading(self) -> str | None:
        """Return the page's first heading, or None."""
        return self._headings[0] if self._headings else None

    @property
    def leading_headings(self) -> list[str]:
        """Return the page's first headings (bounded)."""
        return self._headings[:_MAX_ROUTE_HEADINGS]

    def names_cameras(self) -> bool:
        """Return True when the page's title or first headings hold a camera word."""
        return names_camera(" ".join([self.title or "", *self._headings[:_MAX_ROUTE_HEADINGS]]))

    def _url(self, value: str | None) -> tuple[str, str | None] | None:
        """Return a resolved URL and its kind, or None.

        An element's address is looked at by several readers, and pages repeat addresses:
        each is resolved and classified once (the memo is bounded).
        """
        if not value:
            return None
        if (known := self._resolved.get(value, _UNKNOWN)) is not _UNKNOWN:
            return known
        url = resolve_url(value, self.base_url)
        found = None
        if url is not None:
            # A data server's interface icons (ERDDAP's tooltip "?", its link mark) show
            # no camera, whatever element carries them.
            found = (url, None if is_server_chrome_picture(url) else url_kind(url))
        if len(self._resolved) >= _MAX_RESOLVED:
            self._resolved.clear()
        self._resolved[value] = found
        return found

    def _add(self, media: _Media) -> None:
        """Record a camera found in the markup (at most _MAX_PAGE_MEDIA: then the page is cut)."""
        if len(self.media) >= _MAX_PAGE_MEDIA:
            self.cut = True
            return
        media.heading = self._heading
        media.heading_number = len(self._headings)
        self._last_media_at = (
            len(self._chunks),
            self._rules,
            media.ancestors[-1] if media.ancestors else None,
        )
        holder = self._heading_holder
        media.heading_held = holder is not None and any(node is holder for node in media.ancestors)
        for node in media.ancestors:
            node.media += 1
        self.media.append(media)
        self._piece(_Piece(media, media.ancestors))

    def _void_card(self, tag: str, attributes: dict[str, str]) -> None:
        """Record an element without content whose data-* attributes hold media."""
        if tag == "img" and self._decoration(attributes):
            return  # a lazy logo or a sponsor's picture (Squarespace data-image)
        card: dict[str, JSONValue] = {k[5:]: v for k, v in attributes.items() if k[:5] == "data-"}
        if tag == "img" and (found := self._url(attributes.get("src"))) is not None:
            card.setdefault("snapshot", found[0])
        label = attributes.get("alt") or attributes.get("title")
        if label:
            card.setdefault("name", label)
        self.cards.append(card)
        self._piece(_Piece(card, tuple(self._stack), named=True))

    def _deep_media(self, tag: str, attributes: dict[str, str]) -> None:
        """Read the media an element nested past _MAX_OPEN names in its own attributes."""
        if tag == "iframe":
            self._iframe(attributes)
            return
        if tag in _VIDEO_TAGS:
            found = self._url(attributes.get("src"))
        elif tag == "a":
            found = self._link(attributes.get("href"))
        else:
            return
        if found is not None and found[1] in ("stream", "mjpeg"):
            title = _label(attributes.get("title", ""))
            self._add(_Media(found[1] or "stream", found[0], tuple(self._stack), name=title))

    def _start_video(self, attributes: dict[str, str]) -> None:
        """Start a player element's camera: its source, poster, title and own id."""
        found = self._url(attributes.get("src"))
        poster = self._url(_video_poster(attributes))
        self._video = _Media(
            "stream",
            found[0] if found else None,
            tuple(self._stack),
            snapshot=poster[0] if poster else None,
            name=_label(attributes.get("title", "")),
            player_id=attributes.get("id", "")[:64] or None,
        )
        if self._video.player_id and len(self._player_ids) < _MAX_ELEMENTS:
            self._player_ids.append(self._video.player_id)

    def _unopened(self, tag: str, attributes: dict[str, str]) -> bool:
        """Read an element that opens nothing; return False for one to open.

        Pictures, sources and void elements hold no content. Elements nested deeper than
        any real page (_MAX_OPEN) are read as their parent's content: every open element
        is walked for each camera found below it.
        """
        if tag == "img" and not attributes.keys() & (_DATA_MEDIA - {"data-src"}):
            self._image(attributes, element=True)
        elif tag == "source" or tag in _POSTER_TAGS:
            self._source(tag, attributes)
        elif tag in VOID_TAGS:
            if attributes.keys() & _DATA_MEDIA and tag in ("img", "source", "input"):
                self._void_card(tag, attributes)
            elif tag in ("embed", "param"):
                self._vlc(tag, attributes)
            elif (record := self._form_record(tag, attributes)) is not None:
                self._record_button(record)
        elif len(self._stack) >= _MAX_OPEN:
            self._overflow += 1
            self._deep_media(tag, attributes)
        else:
            return False
        return True

    def _not_read(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        """Count a start tag; return True for one not read.

        A table's rows past the cameras kept (once MAX_CAMERAS + 1 rows gave one) are not
        read, nor a cell's links past its first MAX_ROW_LINKS unless they address media
        (``TableReader.crowded``).
        """
        self._started += 1
        if self._started > _MAX_PAGE_ELEMENTS:
            raise _PageCut
        self._rules += tag == "hr"
        if tag != "table" and self.tables.skipping:
            if tag in TABLE_STRUCTURE:
                self.tables.start(tag, {})
            return True
        if tag == "tr":
            self._crowded = 0
        if self.tables.crowded(tag, attrs):
            self._crowded += 1  # its end tag is not read either
            return True
        return False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Track elements, start text captures and pick up media elements."""
        if self._not_read(tag, attrs):
            return
        attrs = _as_written(self.get_starttag_text() or "", attrs)
        attributes = {key.lower(): (value or "").strip() for key, value in reversed(attrs)}
        player: DialogPlayer = ()
        if self.dialogs:
            if tag in _DIALOG_PLAYER_TAGS and any(each.dialog for each in self._stack):
                return  # a dialog's player: read where the element opening it stands
            attributes, player = self._opened_dialog(attributes)
        self._start(tag, attributes)
        if player:
            # The player of the dialog this element opens, read as if it stood inside it.
            for part, values in player:
                self._start(part, dict(values))
            for part, _values in reversed(player):
                if part not in VOID_TAGS:
                    self.handle_endtag(part)

    def _opened_dialog(self, attributes: dict[str, str]) -> tuple[dict[str, str], DialogPlayer]:
        """Return an element's attributes and the player of the dialog it opens, if any.

        A dialog's own element is marked (its player is not read there). The opener's
        own media attributes (the ``data-src`` a script would load into the dialog) give
        way to the player the dialog shows; the dialog id's number is the player's
        record id.
        """
        if attributes.get("id", "") in self.dialogs:
            self._dialog_next = True
        target = dialog_target(attributes)
        if target is None or (found := self.dialogs.get(target)) is None:
            return attributes, ()
        player, number = found
        if not player:
            return attributes, ()
        kept = {key: value for key, value in attributes.items() if key not in _DATA_MEDIA}
        if number is not None:
            first = (player[0][0], (*player[0][1], ("data-id", number)))
            player = (first, *player[1:])
        return kept, player

    def _start(self, tag: str, attributes: dict[str, str]) -> None:
        """Read a start tag's element from its attributes."""
        self._states(tag, attributes)
        self._note_record_page(tag, attributes)
        if tag in _LINE_TAGS:
            self._end_line(broken=tag == "br")
        if tag == "script":
            self._script, self._script_type = [], attributes.get("type", "").lower()
            return
        if tag == "style":
            self._in_style = True
            return
        if tag == "title":
            if self.title is None:
                self._title = []
            return
        self.tables.start(tag, attributes)
        if self.tables.in_cell or (tag == "tr" and self.tables.in_row):
            self._cell_media(tag, attributes)
        if tag == "optgroup":
            self._optgroup = clean_text(attributes.get("label", ""))
        self._start_select(tag, attributes)
        if self._unopened(tag, attributes):
            return
        classes = f"{attributes.get('class', '')} {attributes.get('id', '')}".lower()
        pane = _TAB_PANE.search(attributes.get("class", "")[:300]) is not None or (
            attributes.get("role") == "tabpanel"
        )
        node = self._new_node(tag, classes, attributes, pane)
        node.dialog, self._dialog_next = self._dialog_next, False
        node.opened = self._started
        node.mark = len(self._chunks)
        if tag == "a" and attributes.get("href", "")[:1] == "#":
            node.permalink = any(each.tag in _HEADING_TAGS for each in self._stack[-3:])
        self._popup(tag, node, attributes)
        # A plain field element whose class names a place (Webflow's <div class="cam-region">)
        # is read like a badge.
        field = tag == "div" and _BADGE_CLASS.search(attributes.get("class", "").lower())
        node.area_term = self._area_field(tag, classes)
        node.pill = bool(tag in _PILL_TAGS or field or node.area_term)
        node.state_only = not node.pill and tag in _STATE_PILL_TAGS
        node.pill = node.pill or node.state_only
        self._row_value(node)
        self._section(node, attributes)
        if pane and node.area is None and (title := clean_text(attributes.get("data-title", ""))):
            node.area = title[:_MAX_LEAD] if any(c.isalpha() for c in title) else None
        parent = self._stack[-1] if self._stack else None
        self._groups(node, parent, attributes.get("class", "").lower())
        node.depth = len(self._stack)
        self._stack.append(node)
        self._remember(node, attributes)
        placeholder = self._placeholder(tag, node, attributes)
        if (
            not placeholder
            and (attributes.keys() & _DATA_MEDIA or self._data_media(attributes))
            and tag not in ("img", "iframe")
        ):
            node.card = {key[5:]: value for key, value in attributes.items() if key[:5] == "data-"}
            _gallery_item(node.card)
            self._card_player(tag, node.card, attributes)
            node.headings = len(self._headings)
            self._label_card(tag, node.card)
        elif not placeholder and (handed := self._handed_card(tag, attributes)):
            # <option value="…m3u8">, onclick="play('Name', '…m3u8')": named by its text.
            node.card = handed
            self._picked_option(tag, handed, attributes)
            if tag == "option" and self._optgroup:
                node.card.setdefault("area", self._optgroup)
            node.headings = len(self._headings)
        if node.card is not None and tag in _VIDEO_TAGS and (still := _video_poster(attributes)):
            # A lazy <video data-src> or a player keeps its still in its poster attribute.
            node.card.setdefault("poster", still)
        style = attributes.get("style", "")
        if "url(" in style and (image := _STYLE_IMAGE.search(style[:2000])):
            self._image({"src": image.group(2), "class": classes, "alt": ""})
        if tag in _HEADING_TAGS or _name_class(attributes.get("class", "")):
            self._capture(node, parent)
        if tag in _VIDEO_TAGS:
            self._start_video(attributes)
        elif tag == "iframe":
            self._iframe(attributes)
        elif tag == "a":
            found = self._link(attributes.get("href"))
            # A link inside a video that has its media is the video's own camera.
            if found is not None and found[1] in ("stream", "mjpeg") and not self._fallback_link():
                self._anchor = _Media(
                    found[1] or "stream",
                    found[0],
                    tuple(self._stack),
                    title=_label(attributes.get("title", "")),
                    link_id=self._link_id(attributes.get("href", ""), found[0]),
                )
                self._capture(node, self._anchor)
            elif found is not None and found[1] is None:
                node.page_link = found[0]
                self._viewer_link_inside(found[0])
                # A link to a part of this page (``href="#"``) is no menu entry.
                node.fragment_link = attributes.get("href", "").lstrip()[:1] == "#"
            elif found is not None and found[1] == "still" and self._still_link is None:
                caption = next(
                    (attributes[k] for k in _CAPTION_ATTRIBUTES if attributes.get(k)), ""
                )
                title = _label(caption)
                self._still_link = _Media(
                    "still",
                    found[0],
                    tuple(self._stack),
                    title=None if title is None or _dates_only(title) else title,
                )
                self._still_link_lightbox = lightbox_link(attributes)
                self._still_link_id = attributes.get("id", "").strip() or None
                self._still_link_icon = self._still_link_thumb = False
        self._embed_start(tag, node, attributes)
        if node.name is None and tag not in ("a", "iframe", *_VIDEO_TAGS):
            title = attributes.get("title")
            node.name = clean_text(title) if title else None

    @staticmethod
    def _groups(node: _Node, parent: _Node | None, class_text: str) -> None:
        """Start a heading's text; a map-pin icon marks the text beside it as a place."""
        if node.tag in _LEAD_TAGS or (
            node.tag not in _NOT_LEADS and _LEAD_CLASS.search(class_text)
        ):
            node.leading = True
        if parent is not None and _PIN_CLASS.search(class_text):
            parent.pinned = True

    def _data_media(self, attributes: dict[str, str]) -> bool:
        """Return True when a data-* attribute of any name holds a stream or MJPEG address."""
        checked = 0
        for key, value in attributes.items():
            if key[:5] != "data-" or not value:
                continue
            checked += 1
            if checked > _MAX_DATA_VALUES:
                break
            if looks_like_url(value) and (found := self._url(value)) is not None:
                if found[1] in ("stream", "mjpeg"):
                    return True
        return False

    def _lead_chain(self, ancestors: tuple[_Node, ...]) -> tuple[tuple[int, int, str], ...]:
        """Return the headings read so far in the elements around a piece, outermost first."""
        nodes = (self._root, *ancestors)
        return tuple(
            entry
            for n in nodes
            if n.lead is not None
            for entry in (
                *((id(n), -serial, text) for _, serial, text in n.uppers),
                (id(n), n.leads, n.lead),
            )
        )

    def _close_lead(self, node: _Node, parts: list[str]) -> None:
        """Remember a heading's text on its parent: it introduces what follows it there."""
        text = _EDIT_LINK.sub("", (clean_text(" ".join(parts)) or "")[:_MAX_LINE]) or None
        index = self._depth_of(node, 0)
        if node.tag == "dt" and index > 0:
            self._stack[index - 1].term = text[:_MAX_LEAD] if text else None
        text = _LABEL_COUNT.sub("", text) if text else None
        rank = _HEADING_RANKS.get(node.tag, 0)
        if not rank and node.lead is not None and node.lead_rank:
            # A header holding a heading (its buttons, its state line "Online Semua"
            # beside it) introduces what follows by that heading's text alone.
            text, rank = node.lead, node.lead_rank
        if not text or len(text) > _MAX_LEAD or generic_label(text):
            return
        if not any(c.isalpha() for c in text) or node.media or node.pieces:
            return  # a heading holds no camera
        if len(self._page_headings) < _MAX_PAGE_HEADINGS:
            self._page_headings.append(text)
        parent = self._stack[index - 1] if index > 0 else self._root
        if rank:
            # Headings of a lower or the same rank end the ones they follow; the lead so
            # far, ranked higher, stays above this one.
            uppers = tuple(entry for entry in parent.uppers if entry[0] < rank)
            if parent.lead is not None and 0 < parent.lead_rank < rank:
                uppers = (*uppers, (parent.lead_rank, parent.leads, parent.lead))
            parent.uppers = uppers
        parent.lead = text
        parent.leads += 1
        parent.lead_rank = rank
        parent.lead_start, parent.lead_end = node.opened, self._started

    def register_tables(self) -> None:
        """Place the items of the tables closed so far, under the elements around them."""
        ancestors = tuple(self._stack)
        fresh: list[dict[str, JSONValue]] = []
        for item in reversed(self.tables.items):
            if id(item) in self._table_items:
                break
            fresh.append(item)
        if not fresh:
            return
        self._leads[id(ancestors)] = self._lead_chain(ancestors)
        for item in reversed(fresh):
            self._table_items.add(id(item))
            self.place(item, ancestors)

    def _section(self, node: _Node, attributes: dict[str, str]) -> None:
        """Start a section label's text, or give a section the label read before it.

        A tab or an accordion header names the element it controls (``href="#…"``,
        ``data-bs-target``, ``aria-controls``) or the one ``aria-labelledby`` names it;
        a fieldset's legend and a details' summary name their section.
        """
        targets = [attributes.get("id", "")]
        if node.tag in _LABEL_TAGS:
            for key in ("href", "data-bs-target", "data-target", "aria-controls"):
                value = attributes.get(key, "")
                targets.append(value[1:] if value.startswith("#") else "")
        targets = [t[:100] for t in targets if t]
        if targets or node.tag in ("legend", "summary"):
            node.label, node.label_for = True, tuple(dict.fromkeys(targets))
        labelled = attributes.get("aria-labelledby", "").split()
        own = attributes.get("id", "")
        for key in (*labelled[:2], own):
            if key and (label := self._labels.get(key)) is not None:
                node.area = label
                break

    def _close_label(self, node: _Node, parts: list[str]) -> None:
        """Remember a section label's text for the sections it names."""
        text = clean_text(" ".join(parts))
        text = _LABEL_COUNT.sub("", text) if text and len(text) <= 120 else None
        if not text or len(text) > 60 or generic_label(text) or not any(c.isalpha() for c in text):
            return
        if node.tag in ("legend", "summary"):
            index = self._depth_of(node, 0)
            parent = self._stack[index - 1] if index > 0 else None
            if parent is not None and parent.tag in _SECTION_TAGS and parent.area is None:
                parent.area = text
            return
        for target in node.label_for:
            if len(self._labels) < _MAX_LABELS:
                self._labels.setdefault(target, text)

    def place(self, item: dict[str, JSONValue], ancestors: tuple[_Node, ...]) -> None:
        """Remember a camera item and the elements around it, for its section's area.

        A card holding this camera alone lends it the position in its data attributes.
        """
        if not item.keys() & _POSITION_KEYS and (found := self._card_position(ancestors)):
            item["lat"], item["lng"] = found
        if not item.keys() & _AREA_KEYS and (area := self._card_area(ancestors)):
            item["area"] = area
        if len(self._placed) < 4 * MAX_CAMERAS:
            self._placed.append((item, ancestors))
            if (badge := self._badge_of(ancestors)) is not None:
                self._badged.append((item, badge))

    def section_areas(self) -> None:
        """Give each camera the area its card's badge, its section or its heading names.

        A badge on each card ("Sangatta Utara" beside a map pin) names the camera's place
        when the cards show two or more different ones. Then a labelled section (a tab,
        an accordion, a legend) or else a heading introducing a group of cameras (h2–h6,
        a caption, a definition term, a card or section header) gives the area of the
        cameras that have none, under the same rules: two or more groups, one of them
        holding several cameras, and no label is the name of a camera.
        """
        names = {
            clean_text(str(item.get("name") or ""))
            for item, _ in self._placed
            if id(item) not in self._heading_named
        }
        badges = {text for _, text in self._badged}
        # A missing place's placeholder ("No location" beside a map pin) names no place;
        # of the other badges, those of which most are street addresses ("Jl. Poros
        # Bengalon") are the cards' free address lines, no districts: none is an area.
        placed = [
            (item, text) for item, text in self._badged if text.casefold() not in _NO_PLACE_TEXTS
        ]
        addresses = 2 * sum(1 for _, text in placed if _STREET_START.match(text)) >= len(placed)
        if len(self._badged) >= 2 and len(badges) >= 2 and not badges & names and not addresses:
            for item, text in placed:
                if not item.keys() & _AREA_KEYS:
                    item["area"] = text
        if not self._labelled_areas():
            self._headed_areas(names)
        self._shown_areas(names)
        if self._loose_places and self._loose_addresses():
            # The cards' loose place lines are mostly street addresses: free address
            # lines, no districts; the few plain ones among them are no area either.
            for item, _ in self._placed:
                if item.get("area") in self._loose_places:
                    del item["area"]
        if self._loose_places:
            for item, ancestors in self._placed:
                self._loose_name(item, ancestors)

    def _loose_addresses(self) -> bool:
        """Return True when more than half of two or more loose place lines are street addresses."""
        lines, addresses = self._loose_count
        return lines >= 2 and 2 * addresses > lines

    def _count_loose_line(self, text: str) -> None:
        """Count a card line under a loose place label, and whether it is a street address."""
        labelled = _LABELLED.fullmatch(text[:_MAX_LOOSE_LINE])
        if labelled is None or norm_key(labelled.group(1)) not in _ROW_PLACE_LABELS:
            return
        self._loose_count[0] += 1
        self._loose_count[1] += street_line(labelled.group(2).strip())

    def _loose_place(self, line: str, place: str) -> None:
        """Remember a card's line placing it under a loose label (``Lokasi``, ``Location``)."""
        if len(self._loose_lines) < 4 * MAX_CAMERAS:
            self._loose_lines[line] = place
            self._loose_places.add(place)

    def _loose_name(self, item: dict[str, JSONValue], ancestors: tuple[_Node, ...]) -> None:
        """Name a camera whose card has no title by its ``Lokasi:`` line, as a table's row.

        A loose place label (``Lokasi``, ``Location``) gives the card's area beside a
        title; a card whose only text is that line (no name, or the line itself read as
        one) is named by its place instead, and that place is no area.
        """
        name = clean_text(str(item.get("name") or "")) or ""
        if name and name not in self._loose_lines:
            return
        for node in reversed(ancestors[-_PAIR_DEPTH - 1 :]):
            if node.tag in _NOT_CARDS or node.places > 1 or node.players > 1:
                return
            if node.embeds > 1 or not _one_cameras_pieces(node):
                return
            if node.places == 1 and node.place:
                place = node.place
                if place not in self._loose_places or self._loose_lines.get(name, place) != place:
                    return
                item["name"] = place
                if item.get("area") == place:
                    del item["area"]
                return

    def _labelled_areas(self) -> bool:
        """Give each camera the label of the section holding it; True if any was given.

        Only when the cameras lie in two or more labelled sections, one of them holds
        several cameras, and no label is the name of a camera it holds (tabs per camera,
        a map and a list tab, a modal opened by every card never name an area).
        """
        groups: dict[int, list[dict[str, JSONValue]]] = {}
        labels: dict[int, str] = {}
        for item, ancestors in self._placed:
            section = next((n for n in reversed(ancestors) if n.area is not None), None)
            if section is None or item.keys() & _AREA_KEYS:
                continue
            groups.setdefault(id(section), []).append(item)
            labels[id(section)] = str(section.area)
        if len(groups) < 2 or max(map(len, groups.values())) < 2:
            return False
        for key, items in groups.items():
            names = {clean_text(str(item.get("name") or "")) for item in items}
            if labels[key] in names:
                return False
        for key, items in groups.items():
            for item in items:
                item["area"] = labels[key]
        return True

    def _headed_areas(self, names: set[str | None]) -> None:
        """Give each camera the heading that introduces its group as its area.

        A camera's group is the nearest heading above it that is not its own title; the
        headings must introduce two or more groups, one of several cameras, and none may
        name a camera of the page.
        """
        groups: dict[tuple[int, int], list[dict[str, JSONValue]]] = {}
        labels: dict[tuple[int, int], str] = {}
        for item, ancestors in self._placed:
            if item.keys() & _AREA_KEYS:
                continue
            name = clean_text(str(item.get("name") or ""))
            # A lead is read without a trailing count ("Km 12" reads "Km"): so is the name.
            own = {name, _LABEL_COUNT.sub("", name[:120]) if name else name}
            chain = self._leads.get(id(ancestors), ())
            lead = next((entry for entry in reversed(chain) if entry[2] not in own), None)
            if lead is None or lead[2][:1] in _STATE_HEADING:
                # "✅ Working webcams", "❌ Broken": a report's heading states a result.
                continue
            groups.setdefault(lead[:2], []).append(item)
            labels[lead[:2]] = lead[2]
        # A heading of a higher rank above a camera's own heading only groups cameras
        # that no nearer heading groups (a reading of the same camera named by its group's
        # heading stays out).
        nearer = {
            _item_media(item) for key, items in groups.items() if key[1] > 0 for item in items
        }
        for key in [key for key in groups if key[1] < 0]:
            kept = [item for item in groups[key] if _item_media(item) not in nearer]
            if kept:
                groups[key] = kept
            else:
                del groups[key], labels[key]
        # A card's title above its picture and its button (one camera twice) is no group,
        # and a camera shown under two headings belongs to neither.
        media = [{_item_media(item) for item in items} for items in groups.values()]
        # One heading over all cameras is the page's title, unless it repeats the entry
        # of the page's own section menu that is shown (a toll road's section, a
        # kecamatan): then it is their area.
        # So is one heading naming the group shown in a labelled part ("Live CCTV (Group :
        # Masaran)"): that part's place is their area.
        single = next(iter(labels.values())) if len(groups) == 1 else None
        group = _labelled_group(single) if single else None
        picked = single is not None and (group is not None or self._picked_section(single))
        if (len(groups) < 2 and not picked) or max(map(len, media)) < 2:
            return
        if sum(map(len, media)) != len(set().union(*media)):
            return
        if set(labels.values()) & names or (group is not None and group in names):
            return
        for key, items in groups.items():
            for item in items:
                item["area"] = group or _heading_area(labels[key])

    def _record_button(self, record: str) -> None:
        """Count a record button naming this record for the elements around it."""
        self._buttons += 1
        for above in self._stack[-_PAIR_DEPTH - 1 :]:
            if above.action_id is None:
                above.action_id, above.action_button = record, self._buttons
            elif above.action_id != record:
                above.action_mixed = True

    def _form_record(self, tag: str, attributes: dict[str, str]) -> str | None:
        """Return the record a resource form's ``_method`` field changes or removes, or None.

        ``<input type="hidden" name="_method" value="DELETE">`` inside a POST form to
        ``/cctv/14`` is that form's record button: record 14. Any other field, a form
        to another collection or a GET form gives none.
        """
        if tag != "input" or attributes.get("name") != "_method":
            return None
        if attributes.get("value", "").lower() not in _RECORD_METHODS:
            return None
        for node in reversed(self._stack[-_PAIR_DEPTH:]):
            if node.tag == "form":
                return node.record_form
        return None

    def _handed_card(self, tag: str, attributes: dict[str, str]) -> dict[str, JSONValue] | None:
        """Return the media an element other than a player or a media link hands on."""
        if tag in ("iframe", *_VIDEO_TAGS):
            return None
        if tag == "a" and (found := self._href(attributes.get("href"))) and found[1] is not None:
            return None
        return self._handed_media(attributes)

    def _played_image(self, attributes: dict[str, str]) -> bool:
        """Record a picture whose click hands a stream to a player; True if it did.

        Its own address is the still unless it is a logo, an icon or a placeholder.
        """
        handed = self._handed_media(attributes)
        if handed is None or not handed.keys() & {"stream", "mjpeg"}:
            return False
        kind = "stream" if "stream" in handed else "mjpeg"
        found = self._url(_image_address(attributes))
        still = found[0] if found is not None and found[1] == "still" else None
        if still is not None and self._decoration(attributes):
            still = None
        label = attributes.get("alt") or attributes.get("title") or ""
        name = handed.get("name")
        self._add(
            _Media(
                kind,
                str(handed[_KIND_KEYS[kind]]),
                tuple(self._stack),
                snapshot=still,
                name=name if isinstance(name, str) else clean_text(label),
            )
        )
        return True

    def _remember(self, node: _Node, attributes: dict[str, str]) -> None:
        """Remember an element with an id (a player may attach to it) and its data id."""
        # Ids, positions, places and states are read from an id and data-* attributes:
        # an element without any (most of a page) is not looked at for them.
        data = any(key[:5] == "data-" for key in attributes)
        found = camera_id_of(node.tag, attributes) if data or "id" in attributes else None
        if found is not None and found == coded_id(attributes):
            self._coded_nodes.append(node)
        node.data_id = found or node.data_id
        node.position = _data_position(attributes) if data else None
        if node.tag == "a" and "map" in (href := attributes.get("href", ""))[:200].lower():
            self._map_link(href)
        node.data_area = _data_area(node.tag, attributes) if data else None
        parent = self._stack[-2] if len(self._stack) > 1 else None
        own = attributes.get("id", "")[:120]
        if parent is not None and parent.stream_id and own.startswith(parent.stream_id):
            # A LiveView stream's item is keyed "<stream>-<record id>" (cameras-12).
            key = own[len(parent.stream_id) :]
            if key.isalnum() and node.data_id is None:
                node.data_id = key
        if attributes.get("phx-update") == "stream" and own:
            node.stream_id = f"{own}-"
        if node.data_id is None and node.tag in _PLAIN_ID_CARDS and _PLAIN_ID.fullmatch(own):
            words = _CLASS_WORD.findall(attributes.get("class", "")[:200].lower())
            # An id naming what the element is (``id="webcam"``) or a part of the page
            # (``id="gallery"``) is no camera's, whatever folder a picture sits in.
            generic = _CLASS_WORD.findall(own.lower())
            if any(word in CAMERA_CARD_CLASS_WORDS for word in words) and not all(
                word in CAMERA_CARD_CLASS_WORDS or word in LAYOUT_ID_WORDS or word == "live"
                for word in generic
            ):
                node.plain_id = own
        if data:
            self._state_attribute(node, attributes)
        if node.tag == "form" and attributes.get("method", "").lower() == "post":
            resource = _RESOURCE_RECORD.search(attributes.get("action", "")[:300])
            node.record_form = None if resource is None else resource.group(1)
        if (record := _action_id(node.tag, attributes)) is not None:
            node.detail = node.tag == "a" and record == detail_link_id(attributes.get("href", ""))
            self._record_button(record)
        if (element_id := attributes.get("id")) and len(self.elements) < _MAX_ELEMENTS:
            if element_id not in self.elements:
                ancestors = tuple(self._stack)
                self.elements[element_id] = ancestors
                if self._embed_label is not None:
                    self._element_labels[element_id] = (self._embed_label, self._embed_labels)
                if len(ancestors) <= _MAX_LEAD_DEPTH and self._element_leads < _MAX_LEAD_ELEMENTS:
                    # The headings above it so far: a script's player attached to it later
                    # is grouped under them like a card.
                    self._element_leads += 1
                    self._leads[id(ancestors)] = self._lead_chain(ancestors)
            node.poster = attributes.get("poster") or attributes.get("data-poster") or None
        if (classes := attributes.get("class")) and self._classed_count < _MAX_ELEMENTS:
            ancestors = tuple(self._stack)
            for name in classes[:300].split()[:_MAX_CLASSES]:
                self._classed.setdefault(name, []).append(ancestors)
                self._classed_count += 1
            if node.poster is None:
                node.poster = attributes.get("poster") or attributes.get("data-poster") or None

    def _popup(self, tag: str, node: _Node, attributes: dict[str, str]) -> None:
        """Name an inline popup by the title of the link that opens it.

        A lightbox's inline item (Magnific Popup's ``<a href="#cam-x" title="…">`` and a
        hidden ``<div id="cam-x">`` holding the player) is named by its link.
        """
        href = attributes.get("href", "")
        if tag == "a" and href.startswith("#") and len(self._opened) < _MAX_LABELS:
            title = clean_text(attributes.get("title", "")[:_MAX_CARD_TEXT])
            if title and len(href) > 1 and not generic_label(title):
                self._opened.setdefault(href[1:200], title)
        elif (own := attributes.get("id")) and (title := self._opened.get(own)):
            node.name = node.name or title

    def _card_thumbnail(self, url: str) -> bool:
        """Tell a picture inside a data card that names another still and a stream.

        A gallery item (lightGallery's data-video beside data-poster) shows a smaller
        thumbnail of its poster: the card is the camera, the thumbnail none of its own.
        A picture of the card's own still stays: it pairs with the card.
        """
        for node in reversed(self._stack[-_PAIR_DEPTH - 1 :]):
            if node.card is None:
                continue
            found = [
                each
                for value in itertools.islice(node.card.values(), _MAX_DATA_VALUES)
                if isinstance(value, str) and (each := self._url(value)) is not None
            ]
            kinds = {kind for _, kind in found}
            return {"still", "stream"} <= kinds and url not in {each for each, _ in found}
        return False

    def _end_line(self, *, broken: bool = False) -> None:
        """Finish a text line: one giving a camera's code and description marks its card.

        A line of a card's lines split by line breaks (``<strong>Kecamatan:</strong>
        Kaliwates<br><strong>Level Air:</strong> 1.42 m``) that labels a place gives the
        card's badge, as a badge element of its own would.
        """
        line, self._line = "".join(self._line), []
        after_break, self._broken = self._broken, broken
        if self._headings and ":" in line[:_MAX_LINE] and len(self._section_places) < _MAX_SECTIONS:
            if (place := _section_place(line)) is not None:
                self._section_places.setdefault(len(self._headings), place)
        lead = line[:_MAX_LINE].lstrip() if broken or after_break else ""
        if ":" in lead[:_MAX_PLACE_LABEL]:
            labelled = _LABELLED.fullmatch(" ".join(lead.split()))
            if labelled is not None and norm_key(labelled.group(1)) in _PLACE_LABELS:
                self._close_badge(len(self._stack), labelled.group(2).strip())
        if line and not line.isspace():
            text: str | None = None
            for node in self._stack[-_PAIR_DEPTH - 1 :]:
                if node.lines < 3:
                    text = text or clean_text(line[:_MAX_LINE])
                    if node.lines == 1:
                        node.next_line = text
                    node.line = node.line or text
                    node.lines += 1
        if (code := _line_code(line)) is not None:
            for node in self._stack[-_PAIR_DEPTH - 1 :]:
                node.line_code = node.line_code or code
        if "[" not in line or (coded := _CODED_LINE.fullmatch(line)) is None:
            return
        text = clean_text(coded.group(2))
        if not text or not any(c.isalpha() for c in text) or generic_label(text):
            return
        for node in self._stack[-_PAIR_DEPTH - 1 :]:
            node.coded = node.coded or (coded.group(1), text[:_MAX_CARD_TEXT])

    @staticmethod
    def _coded(media: _Media) -> tuple[str, str] | None:
        """Return the code and description of the card line naming this media's camera.

        The nearest coded line around the picture counts when its code is the picture's
        alt text or name, or a segment of its address (/cams/B1cam/images/M.jpg).
        """
        for node in reversed(media.ancestors[-_PAIR_DEPTH - 1 :]):
            if node.coded is None:
                continue
            code = node.coded[0].casefold()
            said = {(media.alt or "").casefold(), (media.name or "").casefold()}
            segments = urlsplit(str(media.url or "")).path.casefold().split("/")
            return node.coded if code in said or code in segments else None
        return None

    def _area_field(self, tag: str, classes: str) -> bool:
        """Tell an element whose text is its card's place.

        A definition under an area term ("<dt>Area</dt><dd>Sea Point</dd>") or a field
        classed by a municipality's name (``camera-card__freguesia``).
        """
        if tag == "dd" and self._stack and (term := self._stack[-1].term):
            return norm_key(term) in AREA_KEYS
        if tag in _PILL_TAGS or tag == "div":
            return _PLACE_CLASS.search(classes[:300]) is not None
        return False

    def _row_value(self, node: _Node) -> None:
        """Read a table cell after its row's label cell as a place or state pill.

        Only the cell right after the label (a ``:`` cell between them skipped) counts: a
        row of a camera list (name, place, state, link) has no label in its first cell.
        """
        row = self._stack[-1] if self._stack and node.tag in _ROW_CELLS else None
        if row is None or row.tag != "tr" or row.cells != 1 or row.row_label is None:
            return
        label = row.row_label
        if label in _PLACE_LABELS or label in _ROW_PLACE_LABELS:
            node.area_term = node.pill = True
            node.state_only = False
            node.loose_place = label not in _PLACE_LABELS
        elif label in _ROW_STATE_LABELS:
            node.pill = node.state_only = True
            node.area_term = False

    def _close_cell(self, node: _Node) -> None:
        """Count a closed table cell in its row; the first one's text is the row's label."""
        index = self._depth_of(node, -1)
        row = self._stack[index - 1] if index > 0 else None
        if row is None or row.tag != "tr" or row.cells > 1:
            return
        text = clean_text(" ".join(self._pieces_of(node, 4))) or ""
        if text in _ROW_SEPARATORS:
            return  # the colon between a label and its value
        row.cells += 1
        if row.cells == 1 and 0 < len(text) <= _MAX_ROW_LABEL:
            label = text.rstrip(":\uff1a ").strip()
            row.row_label = norm_key(label) if any(c.isalpha() for c in label) else None

    def _state_attribute(self, node: _Node, attributes: dict[str, str]) -> None:
        """Count a card's state written in its data attributes (data-status="offline")."""
        for key in _DATA_STATUS:
            if (value := attributes.get(key)) is not None:
                if (status := parse_status(value[:40])) is not None:
                    self._count_status(len(self._stack), status)
                    node.own_state = status
                return

    def _count_status(self, index: int, status: bool) -> None:
        """Count a camera's state in the elements up to the one at index (exclusive).

        The nearest elements count it; every element above is no pill any more. Each
        element is cleared once (those above a cleared one were cleared with it), so a
        page of nested states costs linear time. A pill repeating the state a tile's own
        data attribute gives (``data-status="ACTIVE"`` … ``<span>ACTIVE</span>``) is
        that same state: the tile and the elements above it counted it already.
        """
        stack = self._stack
        echoed = False
        for position in range(index - 1, max(index - _PAIR_DEPTH - 2, -1), -1):
            parent = stack[position]
            if not echoed and parent.own_state is status and not parent.state_echoed:
                parent.state_echoed = echoed = True
            if echoed:
                continue
            parent.statuses += 1
            if parent.status is None:
                parent.status = status
        for position in range(index - 1, -1, -1):
            parent = stack[position]
            if parent.holds_state:
                break
            # What holds a pill is no pill itself.
            parent.holds_state, parent.pill = True, False

    def _depth_of(self, node: _Node, default: int) -> int:
        """Return the node's position in the open elements, or default when it is not open."""
        position = node.depth
        if 0 <= position < len(self._stack) and self._stack[position] is node:
            return position
        return default

    def _fallback_link(self) -> bool:
        """Return True for a link inside a video element that already has its media.

        A video's content is shown only by browsers that cannot play it: WordPress's
        ``[video]`` shortcode writes a link to the same file there (``<source
        src="….m3u8?_=1"><a href="….m3u8">…</a>``), pages a "watch the stream" line.
        Such a link is the video's own camera, never a second one.
        """
        video = self._video
        if video is None or video.url is None or not video.ancestors:
            return False
        return any(node is video.ancestors[-1] for node in self._stack[-_PAIR_DEPTH * 2 :])

    def _source(self, tag: str, attributes: dict[str, str]) -> None:
        """Keep the best of a video's stream sources: HLS first, then the best quality.

        A poster element inside a web-component player (<media-poster>) is its still.
        """
        video, found = self._video, self._url(attributes.get("src"))
        if video is None or found is None:
            return
        if tag in _POSTER_TAGS:
            video.snapshot = video.snapshot or found[0]
            return
        url = found[0]
        if found[1] is None and attributes.get("type", "").lower() in HLS_MIME_TYPES:
            if video.typed is None and (
                video.url is None or video.rank is None or video.rank < _TYPED_RANK
            ):
                # A playlist served by a script, declared as HLS by its type: after an
                # address shaped as HLS, before any other.
                video.url, video.typed, video.rank = url, attributes["type"], _TYPED_RANK
            return
        if found[1] != "stream":
            video.url = video.url or url
            return
        label = next(
            (attributes[k] for k in ("label", "res", "size", "data-quality") if attributes.get(k)),
            None,
        )
        number = digits_int(label, 5) if label is not None else None
        size = number if number is not None else label
        rank = (int(is_hls_url(url)), quality_rank(size) or 0)
        if video.url is None or video.rank is None or rank > video.rank:
            video.url, video.rank, video.typed = url, rank, None

    def _element(self, target: str | None) -> tuple[_Node, ...] | None:
        """Return the element a player is attached to and the elements around it.

        By its id, or as the nth element of a class (``.player[2]``), counted inside the
        element of the id given before it (``#cams .player[2]``) when one is.
        """
        if not target:
            return None
        if (found := self.elements.get(target)) is not None:
            return found
        if target in self._nth:
            return self._nth[target]
        if len(self._nth) >= _MAX_PLAYER_TARGETS:
            return None
        indexed = _NTH_ELEMENT.fullmatch(target)
        self._nth[target] = None
        if indexed is None:
            return None
        listed = self._classed_in(indexed.group(1), indexed.group(2))
        number = int(indexed.group(3))
        self._nth[target] = listed[number] if number < len(listed) else None
        return self._nth[target]

    def _classed_in(self, scope_id: str | None, name: str) -> list[tuple[_Node, ...]]:
        """Return the elements of a class in page order, inside the element of scope_id.

        Each (scope, class) list is built once, however many players count in it.
        """
        listed = self._classed.get(name, [])
        if not scope_id:
            return listed
        if (known := self._scoped.get((scope_id, name))) is not None:
            return known
        scope = self.elements.get(scope_id)
        found: list[tuple[_Node, ...]] = []
        if scope:
            # An element inside the scope has it at the scope's depth in its own chain.
            depth, inside = len(scope) - 1, scope[-1]
            found = [each for each in listed if len(each) > depth and each[depth] is inside]
        if len(self._scoped) < _MAX_PLAYER_TARGETS:
            self._scoped[scope_id, name] = found
        return found

    def describe(self, target: str | None) -> dict[str, str]:
        """Return what the page shows about an element a player is attached to.

        Its name is the title of the smallest card holding it and no other player
        (never its id), else the card's line before its labelled place line, else,
        among players side by side under labels of their own, the heading or bold line
        written just before it when no other player follows that same label; its still
        its ``poster``; its id a ``data-id`` on the way; its area the one badge of that
        card, else its one labelled place line (``<p>Kec. Banjarmasin Barat</p>``), else
        the one written directly in the card that also lists other cameras with their
        own lines.
        """
        ancestors = self._element(target)
        info: dict[str, str] = {}
        if ancestors:
            own = ancestors[-1]
            if own.poster and (found := self._url(own.poster)) is not None:
                info["poster"] = found[0]
            line: str | None = None
            caption: str | None = None
            for node in reversed(ancestors[-_PAIR_DEPTH - 1 :]):
                if node.players > 1 or node.tag in _NOT_CARDS:
                    break
                if node.data_id and "id" not in info:
                    info["id"] = node.data_id
                if node.places == 1 and node.place and "area" not in info:
                    info["area"] = node.place
                    line = line or _beside_place(node)
                if title := (node.name or node.title):
                    info["name"] = title
                    if node.badges == 1 and node.badge and node.badge != title:
                        info["area"] = node.badge
                    break
                if node.lines and caption is None:
                    caption = _lone_caption(node) or ""
            if line and "name" not in info:
                info["name"] = line
            if caption and "name" not in info:
                info["name"] = caption  # the one line written beside the player
            if "area" not in info and (place := self._own_place(ancestors)) is not None:
                info["area"] = place
        label = self._element_labels.get(target) if target else None
        if (
            "name" not in info
            and label is not None
            and self._label_players.get(label[1]) == 1
            and len(self._label_players) > 1
        ):
            info["name"] = label[0]  # players side by side: the heading just before each
        if "id" not in info and target and (number := self.player_numbers().get(target)):
            info["id"] = number  # a player numbered by its record (``video4``)
        return info

    def _item_id(
        self,
        item: dict[str, JSONValue],
        media: _Media,
        coded: tuple[str, str] | None,
        numbered: dict[str, str],
    ) -> None:
        """Give a media camera's item the id its card, link, path or player gives."""
        if (own_id := self._own_id(media.ancestors)) is not None:
            item["id"] = own_id
        elif media.link_id is not None:
            item["id"] = media.link_id
        elif (key := _playlist_key(media)) is not None:
            item["id"] = key
        elif coded is not None:
            item["id"] = coded[0]
        elif (path_id := self._coded_path(media) or self._path_id(media)) is not None:
            item["id"] = path_id
        elif (record := _action_record(media.ancestors)) is not None:
            self._action_id(item, *record)
        if "id" not in item and (number := numbered.get(media.player_id or "")) is not None:
            item["id"] = number  # a player numbered by its record (``video4``)

    def player_numbers(self) -> dict[str, str]:
        """Return the record number each numbered player element id gives (``_player_numbers``)."""
        if self._numbered is None:
            self._numbered = _player_numbers(self._player_ids)
        return self._numbered

    def player_areas(self, items: list[tuple[dict[str, JSONValue], str | None]]) -> None:
        """Give the cameras of named players the areas the page writes around their elements.

        The players are placed on their own, at the elements they are attached to: a place
        line on each card (``<p class="cam-region">Reykjanesskagi</p>`` under the card's
        title), a labelled section or a heading over a group of cards gives their areas
        as it does for other cards' cameras, under the same rules (two or more places,
        none a camera's name).
        """
        placed, badged, self._placed, self._badged = self._placed, self._badged, [], []
        for item, target in items[: 4 * MAX_CAMERAS]:
            if ancestors := self._element(target):
                self.place(item, ancestors)
        if self._placed:
            self.section_areas()
        self._placed, self._badged = placed, badged

    def give_posters(self, posters: dict[str, str]) -> None:
        """Give a video element the poster its player's setup names, when it has none."""
        if not posters:
            return
        for media in self.media:
            if media.kind != "stream" or media.snapshot is not None:
                continue
            for target, poster in posters.items():
                element = self._element(target)
                if element and element[-1] is media.ancestors[-1]:
                    media.snapshot = poster
                    break

    def count_players(self, targets: list[str], recorded: frozenset[str] = frozenset()) -> None:
        """Count the players attached inside each element.

        The elements of players playing recorded news (``recorded``) sign no wall.
        """
        for target in dict.fromkeys(targets):
            chain = self._element(target)
            for node in chain or ():
                node.players += 1
            if chain and target not in recorded and len(self.player_chains) < 4 * MAX_CAMERAS:
                self.player_chains.append(chain)
        for target in targets:
            if (label := self._element_labels.get(target)) is not None:
                self._label_players[label[1]] = self._label_players.get(label[1], 0) + 1

    def _cell_media(self, tag: str, attributes: dict[str, str]) -> None:
        """Record the media URLs an element inside a table cell carries."""
        href = attributes.get("href", "")
        candidates = [
            attributes.get(key, "")
            for key in ("href", "src", "data-src", "poster")
            if not (key in ("src", "data-src") and tag == "img" and self._decoration(attributes))
        ]
        candidates.extend(v for k, v in attributes.items() if k in _DATA_MEDIA)
        if handed := self._handed_media(attributes):
            candidates.extend(str(value) for value in handed.values())
        for candidate in candidates:
            if not candidate or candidate == "#":
                continue
            is_target = tag == "a" and candidate == href
            found = self._href(candidate) if is_target else self._url(candidate)
            if found is None:
                continue
            url, kind = found
            if kind is None and tag in ("a", "iframe"):
                for value in player_address_values(url):
                    inner = self._url(handed_address(value, url, self.base_url))
                    if inner is not None and inner[1] is not None:
                        url, kind = inner
                        break
            if kind is not None:
                self.tables.media(url, kind)
            elif tag == "iframe" and player_frame(url, attributes):
                self.tables.media(url, "stream")  # a player's page: the row's camera
                if len(self.frame_pages) < 4 * MAX_CAMERAS:
                    self.frame_pages.add(url)
            elif (
                tag == "a"
                and url != self.page_url
                and (player_link(url) or is_platform_video(url))
                and not change_link(url)
            ):
                self.tables.page(url)  # a link to a player page: kept by its column
        for page in self._handed_device_pages(attributes):
            self.tables.page(page)

    def _handed_device_pages(self, attributes: dict[str, str]) -> list[str]:
        """Return the cameras' own live-view pages an element's handler hands a frame.

        A monitoring table's address column handing each row's address to one function
        (``show('http://cam…/doc/page/preview.asp')``) that plays HLS and FLV and frames
        anything else gives a camera's own live-view page (``embeds.device_live_page``)
        as that row's player page. A page on a LAN, loopback or link-local host named by
        a public page, or written with a login, is never taken; at most 8 literals of
        each handler and 4 pages an element are read.
        """
        pages: list[str] = []
        listed_publicly = is_public_host(url_host(self.page_url))
        for key, value in attributes.items():
            if not _EVENT_ATTR.fullmatch(key):
                continue
            for match in itertools.islice(_HANDLER_URL.finditer(value[:2000]), 8):
                found = self._url(match.group(2))
                if found is None or found[1] is not None or not device_live_page(found[0]):
                    continue
                if listed_publicly and not is_public_host(url_host(found[0])):
                    continue  # a LAN camera's page is never media of a public page
                if found[0] not in pages and len(pages) < 4:
                    pages.append(found[0])
        return pages

    @staticmethod
    def _decoration(attributes: dict[str, str]) -> bool:
        """Return True for an image that is a logo, an icon or a marker."""
        described = " ".join(
            attributes.get(key, "") for key in ("src", "data-src", "alt", "class", "id")
        ).lower()
        return any(hint in described for hint in DECORATION_HINTS) or _user_picture(attributes)

    def _handed_media(self, attributes: dict[str, str]) -> dict[str, JSONValue] | None:
        """Return the media an element hands to a player: its value or a handler's URL.

        An element whose own id is an absolute live address (an AllVideoShare gallery's
        ``<div id="https://…/playlist.m3u8" onclick="display_camera(this.id, …)">``, a
        button handing ``playVideo(this.id)``) hands that address.
        """
        candidates = [attributes.get("value", "")]
        if (own_id := attributes.get("id", ""))[:8].lower().startswith(_LIVE_ID_SCHEMES):
            candidates.append(own_id if _live_address(self._url(own_id)) else "")
        handler = ""
        for key, value in attributes.items():
            if _EVENT_ATTR.fullmatch(key) and len(candidates) < 8:
                found_urls = [m.group(2) for m in _HANDLER_URL.finditer(value[:2000])]
                if found_urls and not handler:
                    handler = value[:2000]
                candidates.extend(found_urls)
        for index, candidate in enumerate(candidates):
            if not candidate:
                continue
            if looks_like_url(candidate):
                found = self._url(candidate)
            elif index == 0:  # an element's own value may be a path relative to the page
                found = self._relative_media(candidate)
            else:
                continue
            if found is not None and found[1] == "still" and _decoration_address(candidate):
                continue  # a user's avatar, a logo: refused as an <img> of it would be
            if found is not None and found[1] is not None:
                handed: dict[str, JSONValue] = {_KIND_KEYS[found[1]]: found[0]}
                if handler and (name := _handler_name(handler)) is not None:
                    handed["name"] = name
                return handed
        return self._handed_page(handler, candidates[1:])

    def _handed_page(self, handler: str, candidates: list[str]) -> dict[str, JSONValue] | None:
        """Return the player page a named call hands a modal (``openCctvModal('Nama', url)``).

        A dashboard card's click handing a camera's name and its player page (a go2rtc
        ``stream.html?src=…``, a YouTube embed) to a function loading it into a modal's
        frame gives that page as the camera's stream. Only a call naming the camera by
        a literal counts, and only a page that plays (a player word in its path, a video
        platform's page) on a public host: a share, map or news link, a page on a LAN or
        loopback host, a call without a name, or a call of a removal function (an admin
        row's ``modalDelete('Cctv', 'Nama', 'cctv/' + 16, '/cctv/')``: its paths are the
        record's route and where to return), gives none.
        """
        if not handler or (name := _handler_name(handler)) is None:
            return None
        if _removal_call(handler):
            return None
        for candidate in candidates[:8]:
            if not candidate or not looks_like_url(candidate):
                continue
            found = self._url(candidate)
            if found is None or found[1] is not None:
                continue
            if not is_public_host(url_host(found[0])):
                continue  # a LAN player page is never media
            if player_link(found[0]) or is_platform_video(found[0]):
                return {"stream": found[0], "name": name}
        return None

    def _relative_media(self, value: str) -> tuple[str, str | None] | None:
        """Return a value written as a path relative to the page (``m3/x.m3u8``).

        Only a playable stream or MJPEG address counts: a word, a number or a page never
        does, and neither does a value holding spaces or a scheme of its own.
        """
        text = value.strip()
        if len(text) > _MAX_RELATIVE or not _RELATIVE_PATH.fullmatch(text):
            return None
        found = self._url(text)
        if found is None or found[1] not in ("stream", "mjpeg"):
            return None
        return found

    def _iframe(self, attributes: dict[str, str]) -> None:
        """Record an embedded player whose address reveals a stream or still."""
        found = self._url(frame_source(attributes))
        if found is None:
            return
        url, kind = found
        if kind is None:
            for value in player_address_values(url):
                inner = self._url(handed_address(value, url, self.base_url))
                if inner is not None and inner[1] is not None:
                    url, kind = inner
                    break
        if kind is not None:
            self._add(
                _Media(kind, url, tuple(self._stack), name=_label(attributes.get("title", "")))
            )
        elif player_frame(url, attributes):
            # A frame with no title or label of its own may carry its record's key in its
            # element id (``<iframe id="ifrm-simpang_tiga">``: embeds.frame_id_name).
            title = attributes.get("title") or attributes.get("aria-label")
            self._embed(url, title or frame_id_name(attributes.get("id")))

    def _embed(
        self, url: str, title: str | None, ancestors: tuple[_Node, ...] | None = None
    ) -> None:
        """Record a player frame showing a page; it supersedes a builder's settings."""
        ancestors = tuple(self._stack) if ancestors is None else ancestors
        if len(self.embeds) >= 4 * MAX_CAMERAS:
            return
        noscript = next((i for i, n in enumerate(ancestors) if n.tag == "noscript"), None)
        if noscript is not None and noscript > 0 and ancestors[noscript - 1].embeds:
            return  # the copy a lazy loader keeps for browsers without scripts
        label = self._embed_label
        embed = _Embed(url, ancestors, player_title(title), label, self._embed_labels)
        embed.query_id = player_query_id(url)
        self._keep_embed(embed, self._lead_chain(ancestors))

    def _keep_embed(self, embed: _Embed, lead: tuple[tuple[int, int, str], ...]) -> None:
        """Keep a player frame read with the labels written before it (``lead``)."""
        if len(self.embeds) >= 4 * MAX_CAMERAS:
            return
        for node in embed.ancestors:
            node.embeds += 1
            node.builder = None
        self.embeds.append(embed)
        self._leads[id(embed.ancestors)] = lead

    def _without_key_piece(self, node: _Node, key: str) -> str | None:
        """Return a link's text after its first text piece when that piece captions the key.

        ``<a><div>Kamera CAM01</div><div>Simpang Tiga</div></a>`` reads "Simpang Tiga";
        None when the first piece is no caption of the key or nothing follows it.
        """
        window = self._chunks[node.mark : node.mark + 8]
        for index, piece in enumerate(window):
            if (first := clean_text(piece)) is None:
                continue
            if not _key_caption(first, key):
                return None
            return clean_text("".join(window[index + 1 :]))
        return None

    def _note_record_page(self, tag: str, attributes: dict[str, str]) -> None:
        """Remember a record's address the page edits or deletes (see _record_pages).

        ``<a href="/admin/cctv/6/edit">`` (a resource's edit action: the record's number,
        then ``edit``/``ubah``) gives ``/admin/cctv/6``; a form posting to an address
        ending in a record's number (a DELETE form, ``_method`` hidden) gives that one.
        """
        if tag not in ("a", "form") or len(self._record_pages) >= 4 * MAX_CAMERAS:
            return
        if tag == "a":
            href = attributes.get("href", "")[:_MAX_RECORD_HREF].split("#", 1)[0]
            match = _EDIT_ACTION.search(href.split("?", 1)[0])
            record = None if match is None else href[: match.start(1)]
        elif attributes.get("method", "").lower() == "post":
            record = attributes.get("action", "")[:_MAX_RECORD_HREF].split("#", 1)[0]
        else:
            record = None
        if not record or "?" in record or _RECORD_NUMBER.search(record) is None:
            return
        if (url := resolve_url(record, self.base_url)) is not None:
            self._record_pages.add(url)

    def _view_link(self, url: str, label: str, node: _Node) -> bool:
        """Read a named link to a camera's viewing script keyed by its query; True if so.

        ``<a href="camview.php?camkey=telaga_warna">Telaga Warna</a>``: the script's name
        says it shows a camera (``camview.php``, ``showcam.php``, ``ViewCamera.aspx``) and
        its one query field keys the camera. Two or more such links to one script and
        field, keyed differently, are a list of cameras: each viewer page stands in for
        its camera as a player frame does (only on a page with no other camera), named
        by its label and keyed by the query's value. A link alone, a label that only says
        what to do ("View camera") or a sentence is none, and so is a menu's page.
        """
        if (keyed := _view_link_key(url)) is None:
            return False
        script, key = keyed
        if len(self._view_links.get(script, ())) > MAX_CAMERAS:
            return False  # the script's cameras are all kept: its further links are not read
        shown = label
        label = self._without_key_piece(node, key) or _without_key_caption(label, key)
        if label == shown and not camera_view_frame(url) and not self._camera_route(script, key):
            return False  # a site's live blog, match or product page keyed by a number
        name = player_title(label)
        words = _LABEL_WORD.findall(label.lower()[:120])
        if name is None or not words or len(words) > _MAX_VIEW_NAME_WORDS:
            return False
        if set(words) <= WEBCAM_LINK_WORDS or name.endswith((".", "!", "?", ":")):
            return False
        if states_price(shown, _MAX_LINE):
            return False  # a shop's product (``… Bullet 2MP Rp 850.000``) is no camera
        return self._keep_keyed_link(script, key, url, name, node)

    def _stream_key_link(self, url: str, label: str, node: _Node) -> bool:
        """Read a card's Watch link to its camera's viewer page keyed by a stream key.

        ``<a href="/view.php?key=4c1e9b7a…">Watch</a>`` in a card headed by the camera's
        name: the caption only says it shows the camera (``camera_caption``), the script
        is named only by viewing words and keyed by one stream-key field holding a token
        (``viewerlinks.stream_key_viewer``), and the page's title or headings speak of
        cameras. Two or more such links to one script with different keys are a list of
        cameras: each page is its card's stream (the player-page convention: only on a
        page with no other camera), named by the card, keyed by the stream key. A link
        alone, a number or word as the key, another caption, a page speaking of no
        camera, a menu's entry and a LAN page give none.
        """
        script = "key:" + url.split("=", 1)[0].lower()
        if len(self._view_links.get(script, ())) > MAX_CAMERAS:
            return False  # the script's cameras are all kept: its further links are not read
        if not camera_caption(label) or (key := stream_key_viewer(url)) is None:
            return False
        if not self._speaks_of_cameras() or self._speaks_of_goods():
            return False
        return self._keep_keyed_link(script, key, url, None, node)

    def _keep_keyed_link(
        self, script: str, key: str, url: str, name: str | None, node: _Node
    ) -> bool:
        """Keep a link to a viewing script keyed by ``key``; True when it was taken.

        The first link of a script is kept aside until a second one, keyed differently,
        makes the links a list of cameras; a repeated key, a script past the camera limit
        or past the scripts' limit and a site menu's entry are not taken.
        """
        keys = self._view_links.get(script)
        if keys is None:
            if len(self._view_links) >= _MAX_VIEW_SCRIPTS:
                return False
            keys = self._view_links[script] = set()
        if key in keys or len(keys) > MAX_CAMERAS:
            return False
        index = self._depth_of(node, -1)
        if index < 0 or self._in_navigation(index):
            return False  # a site menu's entry through the viewing script is no camera's
        keys.add(key)
        ancestors = tuple(self._stack[: index + 1])
        embed = _Embed(url, ancestors, name, self._embed_label, self._embed_labels, key)
        lead = self._lead_chain(ancestors)
        if len(keys) == 1:  # kept aside until a second link makes a list
            self._view_first[script] = (embed, lead)
            return True
        if (first := self._view_first.pop(script, None)) is not None:
            self._keep_embed(*first)
        self._keep_embed(embed, lead)
        return True

    def _speaks_of_cameras(self) -> bool:
        """Return whether the page's title or first headings speak of cameras."""
        texts = [self.title or "", *self._headings[:_MAX_ROUTE_HEADINGS]]
        return any(
            _CAMERA_WORD.fullmatch(word)
            for text in texts
            for word in _TITLE_WORD.findall(text[:_MAX_LINE].casefold())
        )

    def _speaks_of_goods(self) -> bool:
        """Return whether the page's title or first headings speak of a shop or streamers.

        A camera shop's review videos (``Toko Kamera Jaya - Review Kamera``) or a site of
        people streaming from their webcams (``Top Webcam Streamers``): its Watch cards
        show no camera watching a place.
        """
        texts = [self.title or "", *self._headings[:_MAX_ROUTE_HEADINGS]]
        return any(
            word in _NOT_PLACE_CAMERA_WORDS
            for text in texts
            for word in _TITLE_WORD.findall(text[:_MAX_LINE].casefold())
        )

    def _camera_route(self, route: str, key: str) -> bool:
        """Return whether a viewing route's link, its key uncaptioned, shows a camera.

        Its key is a camera's code (letters and digits: ``CAM01``, ``cam05``, never a bare
        number) under a camera word (``/cameras/cam05``), or under a viewing word on a
        page whose title or headings speak of cameras. ``/live/98231``, ``/watch/4412``
        and ``/camera/2231`` (a news site's live blog, a match, a shop's product) are
        none.
        """
        if not any(char.isalpha() for char in key) or not any(char.isdigit() for char in key):
            return False
        if route.rstrip("/").rsplit("/", 1)[-1].lower() in _ROUTE_CAMERA_WORDS:
            return True
        return self._speaks_of_cameras()

    def _placeholder(self, tag: str, node: _Node, attributes: dict[str, str]) -> bool:
        """Record a lazy player's placeholder (a video page to load on click); True if so."""
        if tag in ("img", "iframe") or (placeholder := placeholder_embed(attributes)) is None:
            return False
        node.player = True
        if (found := self._url(placeholder)) is not None:
            self._embed(found[0], attributes.get("data-alt") or attributes.get("title"))
        return True

    def _embed_start(self, tag: str, node: _Node, attributes: dict[str, str]) -> None:
        """Pick up a player component, a builder's video module or a bold line's start."""
        if tag == "object" and _vlc_element(attributes):
            node.vlc = True
            self._vlc(tag, attributes)
        if (embedded := component_embed(tag, attributes)) is not None:
            self._embed(embedded, attributes.get("videotitle") or attributes.get("title"))
        if "data-settings" in attributes:
            node.builder = builder_embed(attributes)
        if self._bold is None and (tag in ("b", "strong") or _bold_class(tag, attributes)):
            self._bold = (node, [])
            self._bold_seen = self._seen

    def _new_node(self, tag: str, classes: str, attributes: dict[str, str], pane: bool) -> _Node:
        """Return an opened element, named by its data attributes if they name it."""
        name = attributes.get("data-name") or attributes.get("data-title")
        if pane and name and not attributes.get("data-name"):
            # A tab pane carrying its tab's title (Shortcodes Ultimate's su-tabs-pane
            # data-title): a section label for the cameras in it, never a camera's name.
            name = None
        point = next(
            (v for k in _POINT_ATTRIBUTES if (raw := attributes.get(k)) and (v := clean_text(raw))),
            None,
        )
        name = name or point
        node = _Node(tag, hints=classes, name=clean_text(name) if name else None, seen=self._seen)
        if point is not None and tag in _POINT_CARD_TAGS:
            node.point = point[: _MAX_LEAD * 2]
            self._point_card(node, attributes, point)
        if tag in ("i", "span"):
            node.glyph = _GLYPH_CLASS.search(attributes.get("class", "")[:300]) is not None
        return node

    @staticmethod
    def _point_card(node: _Node, attributes: dict[str, str], point: str) -> None:
        """Read the group and the key of a card whose data attributes name its camera.

        A card keyed by its group and its camera (``id="sma-1-gerbang-utama"`` beside
        ``data-sekolah="sma-1"``, ``data-sekolah-name="SMA 1"``, ``data-titik="Gerbang
        Utama"``) is that camera's record: its id is the camera's id and the group's
        name its area.
        """
        element_id = attributes.get("id", "")
        own = _slug(point)
        if not own or len(element_id) > 120 or not element_id.endswith(own):
            return
        for key, value in itertools.islice(attributes.items(), _MAX_DATA_VALUES):
            if key[:5] != "data-" or key.endswith("-name") or not value or len(value) > 80:
                continue
            label = clean_text(attributes.get(f"{key}-name", ""))
            if label and element_id == f"{value}-{own}" and label != point:
                node.badge, node.badges = label[:_MAX_LEAD], 1
                node.data_id = node.data_id or element_id
                return

    def _bold_line(self, node: _Node, text: str) -> None:
        """Remember a bold element that began the text of its paragraph-like parent."""
        index = self._depth_of(node, 0)
        parent = self._stack[index - 1] if index > 0 else None
        if parent is not None and parent.tag in _BOLD_LINE_TAGS and parent.seen == self._bold_seen:
            parent.bold_line = (text, self._seen)

    def _new_label(self, text: str, bold: bool) -> None:
        """Remember the label written last before the next player frame.

        A bold line counts only while no other text follows it (a bold word inside a
        paragraph labels nothing); a heading counts until the next label.
        """
        self._embed_label = text
        self._embed_labels += 1
        self._bold_label = bold
        self._label_seen = self._seen

    def embed_items(self, *, among_cards: bool = False) -> list[JSONValue]:
        """Return the player frames as camera items, each named by its nearest title.

        The title of the smallest element holding this frame and no other (an article,
        a card, a figure with its caption), else the heading or bold line written just
        before it when no other frame shares it, else the frame's own title.
        """
        shared: dict[int, int] = {}
        for embed in self.embeds:
            shared[embed.label_number] = shared.get(embed.label_number, 0) + 1
        items: list[JSONValue] = []
        # The frames are placed on their own: their cards' badges, their sections' labels
        # and the headings over their groups give their areas as they do for other cards.
        # Frames read among the page's other cards are grouped with those cards again
        # (copies, their given areas set aside), so a section holding one frame and
        # several stills names the frame's area too.
        placed, badged, self._placed, self._badged = self._placed, self._badged, [], []
        copies: set[int] = set()
        if among_cards:
            copied: dict[int, dict[str, JSONValue]] = {}
            for card, ancestors in placed[: 4 * MAX_CAMERAS]:
                copy = {key: value for key, value in card.items() if key != "area"}
                if id(card) in self._heading_named:
                    copies.add(id(copy))
                copied[id(card)] = copy
                self._placed.append((copy, ancestors))
            self._heading_named |= copies
            # Their cards' badges too: the frames' badges ("Centrum") are read beside the
            # other cards' ("Noord", "Zuid"), as one grid of badged cards.
            self._badged = [(copied[id(card)], text) for card, text in badged if id(card) in copied]
        walls: dict[tuple[str, str], int] = {}
        if among_cards:
            for media in self.media[: 4 * MAX_CAMERAS]:
                if (sign := self._card_sign(media.ancestors, media=True)) is not None:
                    walls[sign] = walls.get(sign, 0) + 1
            # A player a card's script attaches to its own <video> (an hls.js loadSource
            # per card) is a camera of the wall as a picture is.
            for chain in self.player_chains:
                if (sign := self._player_sign(chain)) is not None:
                    walls[sign] = walls.get(sign, 0) + 1
        for embed in self.embeds:
            if embed.url in self._record_pages:
                continue  # a back office's show page of a record it edits or deletes
            sign = self._card_sign(embed.ancestors, media=False) if walls else None
            walled = sign is not None and walls.get(sign, 0) >= 2
            name = self._embed_title(embed)
            if walled:
                # A heading before a wall of cameras is the wall's, not this frame's.
                name = name or embed.title
            if name is None and embed.label and shared[embed.label_number] == 1:
                name = embed.label
            if name and embed.key is not None and _key_caption(name, embed.key):
                name = embed.title  # a card heading "Kamera CAM01" captions the key only
            item: dict[str, JSONValue] = {"stream": embed.url}
            if name := name or embed.title:
                item["name"] = name
            if (own_id := self._embed_id(embed)) is not None:
                if embed.viewer_card:
                    own_id = namespaced_code(own_id, (), embed.url) or own_id
                    if (status := self._status_of(embed.ancestors)) is not None:
                        item["online"] = status
                self.carded_embeds[id(item)] = own_id
            elif embed.key is not None:
                item["id"] = embed.key
                self.listed_views.add(id(item))
            elif (record := self._embed_action(embed)) is not None:
                self._action_id(item, *record)
            elif embed.query_id is not None:
                item["id"] = embed.query_id  # the player page's bare query numbers it
            if walled:
                self.walled_embeds.add(id(item))
            self.place(item, embed.ancestors)
            items.append(item)
        self._shared_actions()  # a record every frame's card names is none of theirs
        self.section_areas()
        self._heading_named -= copies  # the copies go with this reading
        self._placed, self._badged = placed, badged
        return items

    @staticmethod
    def _card_sign(ancestors: tuple[_Node, ...], *, media: bool) -> tuple[str, str] | None:
        """Return the tag and classes of the nearest classed card holding one camera alone.

        A wall of cameras repeats one card (``<div class="cam">`` around each picture,
        MJPEG stream or player frame); an element holding several is no card.
        """
        for node in reversed(ancestors[-_PAIR_DEPTH - 1 :]):
            if node.tag in _NOT_CARDS:
                return None
            alone = len(node.pieces or ()) == 1 if media else node.embeds == 1 and not node.media
            if not alone:
                return None
            if node.hints.strip() and node.tag not in ("img", "iframe", *_VIDEO_TAGS):
                # A card is around its player: a video element's own classes are none.
                return node.tag, " ".join(node.hints.split())
        return None

    @staticmethod
    def _player_sign(chain: tuple[_Node, ...]) -> tuple[str, str] | None:
        """Return the tag and classes of the nearest classed card holding one player alone.

        The card holds no frame and no picture of its own beside the player.
        """
        for node in reversed(chain[-_PAIR_DEPTH - 1 :]):
            if node.tag in _NOT_CARDS:
                return None
            if node.players != 1 or node.embeds or node.media:
                return None
            if node.hints.strip() and node.tag not in ("img", "iframe", *_VIDEO_TAGS):
                return node.tag, " ".join(node.hints.split())
        return None

    @staticmethod
    def _embed_id(embed: _Embed) -> str | None:
        """Return the camera id of the smallest card holding one frame and nothing else."""
        for node in reversed(embed.ancestors[-_PAIR_DEPTH - 1 :]):
            if node.embeds != 1 or node.media or node.player or node.tag in _NOT_CARDS:
                return None  # a lazy player's placeholder keys its video, not a camera
            if node.data_id:
                return node.data_id
        return None

    @staticmethod
    def _embed_action(embed: _Embed) -> tuple[str, int] | None:
        """Return the record the buttons of the card holding this frame alone name, or None.

        As for a picture's card (``_action_record``): the smallest element around the
        frame whose record buttons name one record, holding no other frame or picture.
        """
        for node in reversed(embed.ancestors[-_PAIR_DEPTH - 1 :]):
            if node.embeds != 1 or node.media or node.tag in _NOT_CARDS or node.action_mixed:
                return None
            if node.action_id is not None:
                return node.action_id, node.action_button
        return None

    @staticmethod
    def _embed_title(embed: _Embed) -> str | None:
        """Return the title of the smallest element holding one frame and nothing else."""
        title: str | None = None
        for node in reversed(embed.ancestors[-_PAIR_DEPTH - 1 :]):
            if node.embeds != 1 or node.media or node.tag in _NOT_CARDS:
                break
            if node.point:
                return node.point  # the card's own record names its camera
            if title is None and node.titled_after >= 2:
                # A page section holding, after a detail page's single player, several
                # headed cards (its weather, map or contact cards): none of them names it.
                break
            title = title or node.title
        return title

    def _library_picture(self, attributes: dict[str, str], url: str, kind: str | None) -> None:
        """Note a still of a WordPress media library (_LIBRARY_CLASS): an article's photo."""
        if (
            kind == "still"
            and _LIBRARY_CLASS.search(attributes.get("class", "")[:500])
            and len(self.library_pictures) < 4 * MAX_CAMERAS
        ):
            self.library_pictures.add(url)

    def _note_still_link_picture(self, attributes: dict[str, str]) -> None:
        """Note what a pending link to a still shows: an icon or marker, or a picture."""
        link = self._still_link
        if link is None or not any(node is link.ancestors[-1] for node in self._stack):
            return
        shown = " ".join((_image_address(attributes) or "", attributes.get("class", "")))
        if any(hint in shown[:2000].lower() for hint in DECORATION_HINTS):
            self._still_link_icon = True
        else:
            self._still_link_thumb = True

    def _image(self, attributes: dict[str, str], element: bool = False) -> None:
        """Record an image that looks like a camera still (not a logo or an icon)."""
        self._note_still_link_picture(attributes)
        if any(node.player for node in self._stack):
            return  # a lazy player's poster
        if attributes.get("usemap"):
            return  # an image map: a picture of where the cameras are, linking to them
        if self._played_image(attributes):
            return
        found = self._url(_image_address(attributes))
        if found is None:
            if element:
                self._wall(attributes, None)
            return
        url, kind = found
        if kind == "still" and (larger := self._largest_candidate(attributes)) is not None:
            url = larger  # of a responsive picture's sizes, the full one
        self._library_picture(attributes, url, kind)
        if kind is None and _IMAGE_VIDEO_ROUTE.search(urlsplit(url).path):
            kind = "mjpeg"  # a picture fed by a video route can only be a multipart stream
        # A picture script keyed by the camera is a camera's still whether or not its
        # name alone already says picture (``img.ashx?name=…`` as ``snap.php?image=…``).
        routed = (
            kind in (None, "still")
            and element
            and _picture_route(url, _watched_picture(attributes))
        )
        if routed:
            kind = "still"
        if kind is None and element and _CAMERA_SCRIPT.search(urlsplit(url).path):
            # A picture served by a camera's script (``webcam.php?id=3``, ``cam.aspx``)
            # is that camera's still, named by its alt or title, inside a card.
            kind = "still"
        if kind is None and element:
            self._wall(attributes, url)
        if kind is None or kind not in ("still", "mjpeg"):
            return
        # A picture a watcher script refreshes carries its camera's name in ``data-name``
        # (smartserver's ImageWatcher) when it has no alt or title.
        label = attributes.get("alt") or attributes.get("title") or _data_name(attributes)
        parent = self._stack[-1].hints if self._stack else ""
        described = " ".join(
            (urlsplit(url).path, label, attributes.get("class", ""), attributes.get("id", ""))
        )
        if any(hint in f"{described} {parent}".lower() for hint in DECORATION_HINTS):
            return
        if (
            is_page_header_picture(url)  # the page's header banner (``topo_cet.gif``)
            or is_slide_picture(url)  # a carousel's artwork (``/images/slider/slide1.png``)
            or _user_picture(attributes)
            or _summary_picture(attributes)
            or self._overlay_picture(attributes)
            or (kind == "still" and self._foreign_picture(attributes, url))
        ):
            # The signed-in user's picture in an admin template's top bar; a montage or
            # timelapse of past pictures; a channel mask or watermark laid over a player;
            # an app store's badge, a news picture or a camera's coming-soon picture.
            return
        link, lightbox, own = self._still_link, False, url
        if link is not None:
            # A picture inside a link to a still (a lightbox's thumbnail opening its full
            # size) is that larger still; a picture beside such a link is the still itself.
            self._still_link = None
            if kind == "still" and any(node is link.ancestors[-1] for node in self._stack):
                url, lightbox = str(link.url), True
        if self._anchor is not None:
            self._anchor.snapshot = self._anchor.snapshot or url
            self._anchor.title = self._anchor.title or clean_text(label)
            return
        # A picture served by a camera's picture route is a camera's, as in a card; so is
        # one inside a link to a camera's own page (``<a href="/camaras/101">`` around
        # the picture and its heading).
        in_card = (
            routed
            or any(
                node.tag in _CARD_TAGS
                or any(hint in node.hints for hint in _CARD_HINTS)
                or node.card is not None  # an element handing a camera's media
                for node in self._stack
            )
            or any(node.detail for node in self._stack[-_PAIR_DEPTH:])
        )
        if lightbox and link is not None:
            # Named by its card's title, else the lightbox caption, else its alt text.
            media = _Media(kind, url, tuple(self._stack), title=link.title, lightbox=True)
            media.alt = clean_text(label) or None
            media.unmarked = not _marked_thumbnail(
                (url, own), (self._still_link_id, attributes.get("id")), (link.title, label)
            ) and not _watched_picture(attributes)
            if label or in_card or link.title:
                self._add(media)
            elif element:
                # Unnamed and in no card: kept like the same picture without its link,
                # for a page script refreshing it (``$('img.webcam').each(…)``).
                self._wall(attributes, own)
        elif self._card_thumbnail(url):
            return
        elif label or in_card:
            alt = _without_preview_word(clean_text(label))
            # An alt text saying only what the picture is ("thumbnail", "Vorschaubild",
            # "CCTV") names no camera.
            name = None if generic_label(alt) else alt
            media = _Media(kind, url, tuple(self._stack), name=name, alt=alt or None)
            media.element_id = attributes.get("id") or None
            media.routed = bool(routed)
            if alt and (key := self._linked_key(alt)) is not None:
                # A camera viewer's template writes the camera's key as the alt and in
                # the link to its page (``/cameras/vagen-indre``, ``view.php?cam=…``):
                # the key is its id, and the card's caption names it.
                media.name = media.alt = None
                media.key = media.link_id = key
            elif (key := self._shared_key(url)) is not None:
                media.link_id = key
            media.viewer = self._viewer_around()
            self._add(media)
        elif element:
            self._wall(attributes, url)

    def _foreign_picture(self, attributes: dict[str, str], url: str) -> bool:
        """Return True for a still that shows no camera (see ``foreignpictures``).

        A picture stored with the site's news is counted: it is none of the page's
        cameras unless the page is read again keeping them (it gave no other).
        """
        link = next(
            (node.page_link for node in reversed(self._stack[-_PAIR_DEPTH:]) if node.page_link),
            None,
        )
        if foreign_picture(attributes, url, link):
            return True
        if not news_picture(url):
            return False
        self.news_pictures += 1
        return not self.keep_news

    def _overlay_picture(self, attributes: dict[str, str]) -> bool:
        """Return True for a picture laid over a player: a mask, a watermark, an overlay.

        Webcam pages lay a channel mask or a station's watermark over each player
        (``<div class="video-overlay"><img class="channel-mask" src="mask.png"></div>``):
        a picture whose class or id names a mask or watermark, or one inside an overlay
        element named for a video or player, is no camera's still.
        """
        own = _CLASS_WORD.findall(f"{attributes.get('class', '')} {attributes.get('id', '')}"[:300])
        if {word.lower() for word in own} & _OVERLAY_PICTURE_WORDS:
            return True
        for node in self._stack[-2:]:
            words = set(_CLASS_WORD.findall(node.hints[:300]))
            if "overlay" in words and words & _PLAYER_WORDS:
                return True
        return False

    def _linked_key(self, alt: str) -> str | None:
        """Return a picture's alt text when it is the key of the page link around it.

        The nearest open link to a page (no media address) holding the picture counts:
        its last path segment (``/cameras/bryggen/``, ``cam-12.html``) or one of its
        query values (``view.php?cam=salzlager``) must be the alt as written. An alt
        with a capital or a space is a written name, never a key.
        """
        if len(alt) > 120 or not _KEY_ALT.fullmatch(alt):
            return None
        for node in reversed(self._stack[-_PAIR_DEPTH:]):
            if node.tag != "a":
                continue
            if (link := node.page_link) is None or len(link) > _MAX_KEY_LINK:
                return None
            parts = urlsplit(link)
            segment = parts.path.rstrip("/").rsplit("/", 1)[-1]
            keys = {segment, segment.rsplit(".", 1)[0]}
            keys.update(value for _k, value in parse_qsl(parts.query)[:_MAX_KEY_PARAMS])
            return alt if alt in keys else None
        return None

    def _viewer_link_inside(self, url: str) -> None:
        """Note a link to a camera viewer page on the elements around it (a card's button)."""
        if viewer_code(url) is None:
            return
        for node in self._stack[-_PAIR_DEPTH - 1 :]:
            # Two different pages are kept at most: with two, none is the card's.
            if len(node.viewer_links) < 2 and url not in node.viewer_links:
                node.viewer_links = (*node.viewer_links, url)

    def _play_link_inside(self, url: str) -> None:
        """Note a page linked by a playing caption (``Play``) on the elements around it."""
        for node in self._stack[-_PAIR_DEPTH - 1 :]:
            if len(node.play_links) < 2 and url not in node.play_links:
                node.play_links = (*node.play_links, url)

    def _viewing_link_inside(self, url: str) -> None:
        """Note a viewer page linked by a viewing caption on the elements around it."""
        for node in self._stack[-_PAIR_DEPTH - 1 :]:
            if url in node.viewer_links and url not in node.viewing_links:
                node.viewing_links = (*node.viewing_links, url)

    def _viewer_around(self) -> str | None:
        """Return the nearest open link around a picture when it is a camera viewer page.

        Only a page whose path ends in a playing word (or ``cctv``) and a camera's code
        counts (``/cctv/su-01``); whether the code is this camera's is checked when its
        item is made (``viewerlinks.viewer_page``).
        """
        for node in reversed(self._stack[-_PAIR_DEPTH:]):
            if node.tag != "a":
                continue
            link = node.page_link
            if link is not None and (viewer_code(link) or platform_player_page(link)):
                return link
            return None
        return None

    def _shared_key(self, url: str) -> str | None:
        """Return the key a picture's address shares with the page link around it.

        A camera's picture route and its page name the camera by the same key
        (``/http-api/video/jpeg/44a3f4`` inside ``<a href="/webcam/projekt/44a3f4/">``,
        ``snapshot.php?id=17`` inside ``lihat.php?id=17``): the last path segment (or
        its stem) or an id field's value of both (``_url_keys``), one token holding a
        digit, is the camera's id. The nearest open link to a page counts; two keys
        shared are none.
        """
        for node in reversed(self._stack[-_PAIR_DEPTH:]):
            if node.tag != "a":
                continue
            if (link := node.page_link) is None or len(link) > _MAX_KEY_LINK:
                return None
            if len(url) > _MAX_KEY_LINK:
                return None
            shared = _url_keys(link) & _url_keys(url)
            return shared.pop() if len(shared) == 1 else None
        return None

    def _href(self, href: str | None) -> tuple[str, str | None] | None:
        """Return a link's address and kind: a device's route (``:8080/video``) is a page.

        A firmware's MJPEG route is known by its path and port alone, which a site served
        on that port shares with its own pages (a ``Video`` menu entry): as a link's
        target it is a page, as before such routes were read.
        """
        found = self._url(href)
        if found is not None and found[1] == "mjpeg" and is_device_route(found[0]):
            return found[0], None
        return found

    def _link(self, href: str | None) -> tuple[str, str | None] | None:
        """Return a link's address and kind; a media server's player page plays a stream.

        Such a page (Ant Media's ``play.html?name=…``) is the card's stream unless the
        card shows a still, as a player page is.
        """
        found = self._href(href)
        if found is not None and found[1] is None and server_player_page(found[0]):
            return found[0], "stream"
        if found is not None and found[1] is None and (inner := self._query_media(found[0])):
            return inner
        return found

    def _link_id(self, href: str, url: str) -> str | None:
        """Return the id a player link names when its stream came from its query."""
        own = self._url(href)
        if own is None or own[1] is not None or own[0] == url:
            return None
        return _query_id(own[0])

    def _query_media(self, url: str) -> tuple[str, str] | None:
        """Return the stream or MJPEG address a player page's address hands it, or None.

        ``expandcameraplayer/?camId=…&videoUrl=https://…/index.m3u8``: the page plays
        that stream; so does ``flv-player/#https://…/camera.flv`` (its fragment). Only a
        value written as a URL counts (bounded by ``player_address_values``).
        """
        for value in player_address_values(url):
            inner = self._url(handed_address(value, url, self.base_url))
            if inner is not None and inner[1] in ("stream", "mjpeg"):
                return inner[0], str(inner[1])
        return None

    def _largest_candidate(self, attributes: dict[str, str]) -> str | None:
        """Return the largest still a picture's ``srcset`` offers (``1600w``, ``2x``), or None.

        Only candidates with a width or density descriptor and a still's address count;
        at most 16 are read.
        """
        best: tuple[float, str] | None = None
        for candidate in _srcset(attributes).split(",")[:16]:
            parts = candidate.split()
            if len(parts) != 2 or not (found := _DESCRIPTOR.fullmatch(parts[1])):
                continue
            resolved = self._url(parts[0])
            if resolved is None or resolved[1] != "still":
                continue
            size = float(found.group(1))
            if best is None or size > best[0]:
                best = (size, resolved[0])
        return best[1] if best is not None else None

    def _wall(self, attributes: dict[str, str], url: str | None) -> None:
        """Keep a picture no card claims, in case a page script reloads it (bounded)."""
        if len(self.walls) >= 4 * MAX_CAMERAS:
            return
        described = " ".join(
            (
                urlsplit(url).path if url else "",
                attributes.get("alt", ""),
                attributes.get("class", ""),
                attributes.get("id", ""),
            )
        ).lower()
        if any(hint in described for hint in DECORATION_HINTS):
            return
        ancestors = tuple(self._stack)
        self.walls.append(
            _Wall(
                url,
                frozenset(attributes.get("class", "").split()[:16]),
                tuple(v for v in (attributes.get("id"), attributes.get("name")) if v),
                ancestors,
                self._heading,
                self._lead_chain(ancestors),
                self._embed_label,
                self._embed_labels,
                _without_preview_word(clean_text(attributes.get("alt", ""))) or None,
                self._shared_key(url) if url else None,
            )
        )

    def refreshed(self, found: Refreshed) -> None:
        """Add the pictures a page script reloads as cameras (a camera wall).

        Each is named by its alt text, else by the title of the card holding it alone
        (a caption below or above it), else by the heading or short bold line written
        just before it when no other such picture shares that line.
        """
        if not found:
            return
        added: list[tuple[_Media, _Wall]] = []
        for wall in self.walls:
            if not found.picks(wall.classes, wall.names):
                continue
            given = next((found.sources[n] for n in wall.names if n in found.sources), None)
            key = found.key(wall.names)  # the key its id joins to the script's id prefix
            if given is None and wall.url is None and key is not None:
                given = found.keyed.get(key)  # the address the script maps that key to
            resolved = self._url(given or wall.url)
            if resolved is None or resolved[1] == "stream":
                continue
            media = _Media(resolved[1] or "still", resolved[0], wall.ancestors, alt=wall.alt)
            media.link_id = key
            if key is not None:
                self.reload_keys.add(key)
            elif wall.url is not None and wall.url == resolved[0]:
                media.link_id = wall.shared_key  # the key its picture and link share
            self._add(media)
            media.heading = wall.heading
            media.heading_held = False  # named by the camera wall's own rules
            self._leads[id(wall.ancestors)] = wall.leads
            added.append((media, wall))
        if found.prefixes:
            for media in self.media:
                # A card's picture the script picks by its id prefix: keyed the same way.
                if media.link_id is None and media.element_id:
                    media.link_id = found.key((media.element_id,))
                    if media.link_id is not None:
                        self.reload_keys.add(media.link_id)
        shared: dict[int, int] = {}
        for _media, wall in added:
            shared[wall.label_number] = shared.get(wall.label_number, 0) + 1
        for media, wall in added:
            label = wall.label if shared[wall.label_number] == 1 else None
            media.name = media.alt or self._container_title(media) or label

    def handle_endtag(self, tag: str) -> None:
        """Close elements, finish captures and emit finished video or link cameras."""
        if self._script is None and self._title is None and tag != "table":
            if self.tables.skipping:
                if tag in TABLE_STRUCTURE:
                    self.tables.end(tag)
                return
            if tag == "a" and self._crowded:
                self._crowded -= 1
                return
        if tag != "br":
            self._shortcode_tail = ""
        if tag in _LINE_TAGS:
            self._end_line()
        if tag == "script" and self._script is not None:
            self.scripts.append(_script_entry(self._script_type, "".join(self._script)))
            self._script = None
            return
        if tag == "style":
            self._in_style = False
            return
        if tag == "select":
            self._select = None
        if tag == "title" and self._title is not None:
            self.title = portal_title("".join(self._title))
            self._title = None
            return
        self.tables.end(tag)
        if tag == "table":
            self.register_tables()
        if tag == "optgroup":
            self._optgroup = None
        if self._overflow and tag not in VOID_TAGS:
            self._overflow -= 1
            return
        for index in range(len(self._stack) - 1, -1, -1):
            if self._stack[index].tag == tag:
                for node in self._stack[index:]:
                    self._close(node)
                del self._stack[index:]
                break

    def _close_page_link(self, node: _Node) -> None:
        """Read a link whose label says it shows a webcam as a player page ("View Webcams").

        Such a page stands in for a camera as a player frame does (only on a page with no
        other camera); a link to the page itself or to a page of its own site that names
        no player (a menu's "Webcams" entry) is none.
        """
        if (url := node.page_link) is None:
            return
        node.page_link = None
        label = clean_text(self._text_since(node.mark, 8)) or ""
        if camera_caption(label):
            self._viewing_link_inside(url)
        if playing_caption(label):
            self._play_link_inside(url)
        if not node.fragment_link:
            self._menu_entry(url, label)
        if self._view_link(url, label, node) or self._stream_key_link(url, label, node):
            return
        if not webcam_link_label(label):
            return
        if url.split("#", maxsplit=1)[0] == self.page_url.split("#", maxsplit=1)[0]:
            return
        if _same_site(url, self.page_url) and not player_link(url):
            return
        index = self._depth_of(node, -1)
        if index >= 0 and not self._in_navigation(index):
            self._embed(url, None, tuple(self._stack[: index + 1]))

    def _viewer_card(self, node: _Node) -> None:
        """Read a card without a picture that links its own camera's viewer page.

        ``<li class="cam" id="cam-kl-01">`` holding a name, a state and one link to
        ``/realtime/kl-01`` (``viewerlinks``): the card's namespaced id names the code the
        page ends in (``namespaced_code``), so the page is that camera's stream, read as
        a frame in a card that names its camera (kept only among other cameras' cards or
        on a page without cameras). A card holding a picture or player, two viewer pages,
        a page of another code, a slug id, a LAN page, a link whose caption does not say
        it views the camera (``Data Realtime``, ``Posisi bus``: ``camera_caption``) or a
        shop's priced card (a price beside a shop's word or on a shop's page, as
        ``_product_card``) gives none.
        """
        if node.media or node.embeds or node.data_id is None or len(node.viewer_links) != 1:
            return
        if node.tag not in _PLAIN_ID_CARDS:
            return
        if node.priced and (node.sells or shop_page(self.page_url)):
            return  # a shop's product (a toll tariff or parking fee alone is no sale)
        url = node.viewer_links[0]
        if url not in node.viewing_links:
            return  # a realtime page of data (weather, a bus's position), no viewer
        if namespaced_code(node.data_id, (), url) is None:
            return
        index = self._depth_of(node, -1)
        if index < 0 or self._in_navigation(index) or len(self.embeds) >= 4 * MAX_CAMERAS:
            return
        ancestors = tuple(self._stack[: index + 1])
        embed = _Embed(url, ancestors, None, self._embed_label, self._embed_labels)
        embed.viewer_card = True
        self._keep_embed(embed, self._lead_chain(ancestors))

    def _in_navigation(self, index: int) -> bool:
        """Return True for an element inside the site's navigation, up from ``index``.

        A ``<nav>`` element, or an element classed as a navigation bar, a sidebar menu
        or a menu entry (Bootstrap's ``navbar-nav``/``nav-item``/``nav-link``, SB Admin's
        ``sidebar``, AdminLTE's ``nav-sidebar``, WordPress's ``main-navigation``/
        ``menu-item``, a ``dropdown-menu``): its "Live CCTV" entry opens a section of
        the site, no camera's player. Tabs and pills (``nav-tabs``) switch a page's own
        views and are no navigation. The twelve nearest elements are read.
        """
        for node in self._stack[max(0, index - _NAV_DEPTH) : index + 1]:
            if node.nav_kind == _NAV_UNKNOWN:
                node.nav_kind = _nav_kind(node)  # read once per element, not per link
            if node.nav_kind == _NAV_TABS:
                return False
            if node.nav_kind == _NAV_MENU:
                return True
        return False

    def _start_select(self, tag: str, attributes: dict[str, str]) -> None:
        """Open a picker of streams.

        Its options' values may be files in a folder the page's script puts in front of
        them (see ``rebase_options``).
        """
        if tag != "select":
            return
        if len(self._selects) >= _MAX_SELECTS:
            self._select = None  # a select past the bound: its options are no one's
            return
        handler = next(
            (value for key, value in attributes.items() if _EVENT_ATTR.fullmatch(key)), ""
        )
        keys = (attributes.get("id", ""), attributes.get("name", ""))
        self._select = _Select(keys, handler[:2000])
        self._selects.append(self._select)

    def _picked_option(
        self, tag: str, handed: dict[str, JSONValue], attributes: dict[str, str]
    ) -> None:
        """Remember an option of the open select handing a relative stream file."""
        value = attributes.get("value", "").strip()
        if tag != "option" or self._select is None or looks_like_url(value):
            return
        if len(self._select.options) < MAX_CAMERAS:
            self._select.options.append((handed, value))

    def rebase_options(self) -> None:
        """Resolve a stream picker's file names against the base its script joins them to.

        ``var baseUrl = "https://…/m3/"; $('select[name="cctv"]').on('change', … baseUrl +
        $(this).val())``: each option's value is a file in that folder, not beside the
        page. Without such a base written for that select, the values stay resolved
        against the page.
        """
        bases = SelectBases([script for _, script in self.scripts])
        for select in self._selects:
            if not select.options:
                continue
            base = bases.base(select.keys, select.handler)
            if base is None:
                continue
            for card, value in select.options:
                found = self._url(base + value)
                if found is None or found[1] not in ("stream", "mjpeg"):
                    continue
                for key in _KIND_KEYS.values():
                    card.pop(key, None)
                card[_KIND_KEYS[found[1]]] = found[0]

    def _menu_entry(self, url: str, label: str) -> None:
        """Remember a link opening this page for another section, with its label.

        A toll-road frame's sidebar (``cctv_inframe/?id_ruas=6td`` "Jakarta - Cikampek")
        or a kecamatan picker links the page itself, its query naming the section.
        """
        if self._menu_links >= _MAX_MENU_LINKS or not label or len(label) > _MAX_LEAD:
            return
        try:
            link, page = urlsplit(url), urlsplit(self.page_url)
        except ValueError:
            return
        if link.netloc != page.netloc:
            return
        if not link.query and not page.query:
            # A site of one page per section (``/cctv-group/3``, ``/first/cctv_sub/4``)
            # links the pages beside this one, and this one, from its menu.
            own, path = link.path.rstrip("/"), page.path.rstrip("/")
            if own == path:
                self._menu_links += 1
                self._own_labels.add(label)
            elif _sibling_paths(own, path):
                self._menu_links += 1
                self._sibling_labels.add(label)
            return
        if not link.query or link.path != page.path:
            return
        fields = tuple(sorted({key for key, _ in parse_qsl(link.query)}))[:8]
        if fields:
            self._menu_links += 1
            self._menu.setdefault(fields, set()).add(label)

    def _shown_section(self) -> str | None:
        """Return the section a page of one numbered section shows, when a heading names it.

        The menu links this page and one or more pages beside it (the same path but its
        last part, a record number: ``/cctv-group/1`` on ``/cctv-group/3``), each
        labelled differently; a heading of the page is this page's entry, or ends with
        it after words of its own ("Camera Group Dermaga Curah Cair", "CCTV PASAR
        DESA"). A menu without this page, or headings naming no entry of it, name none.
        """
        if len(self._own_labels) != 1 or not self._sibling_labels - self._own_labels:
            return None
        shown = next(iter(self._own_labels))
        for heading in self._page_headings:
            if heading == shown or heading.endswith(f" {shown}"):
                return shown
        return None

    def _shown_areas(self, names: set[str | None]) -> None:
        """Give the cameras of a page of one section that section as their area.

        Only cameras without an area of their own, two or more of them, and only when
        the section is no camera's name (a page of one camera is named after it).
        """
        if len(self._placed) < 2 or (shown := self._shown_section()) is None or shown in names:
            return
        for item, _ in self._placed:
            if not item.keys() & _AREA_KEYS:
                item["area"] = shown

    def _picked_section(self, label: str) -> bool:
        """Return True when a heading repeats one entry of a menu of the page's sections.

        The menu is two or more links opening this page, setting the same query fields,
        each labelled differently: the heading names the section shown.
        """
        return any(len(labels) >= 2 and label in labels for labels in self._menu.values())

    def _close_card(self, node: _Node, card: dict[str, JSONValue]) -> None:
        """Emit a card described by data attributes, named by its text if need be."""
        named = any(norm_key(key) in NAME_KEYS for key in card)
        if not named:
            text = clean_text(self._text_since(node.mark, _MAX_TEXT_PIECES))
            named_above = next(
                (n.name for n in reversed(self._stack) if n.name and n is not node), None
            )
            if node.name:
                card["name"] = node.name
            elif len(self._headings) > node.headings:
                card["name"] = self._headings[node.headings]
            elif text and len(text) <= _MAX_CARD_TEXT and not generic_label(text):
                card["name"] = text
            elif named_above:
                card["name"] = named_above
                self._named_above.add(id(card))
        self.cards.append(card)
        ancestors = tuple(self._stack[: self._depth_of(node, len(self._stack) - 1) + 1])
        self._piece(_Piece(card, ancestors, named=named))

    def _long_line(self, node: _Node) -> None:
        """Count a line too long for a pill when it is a loose place line (an address)."""
        pieces = self._chunks[node.mark : node.mark + _MAX_TEXT_PIECES]
        text = " ".join(" ".join(data[:200].split()) for data in pieces)
        if len(text) <= _MAX_LOOSE_LINE:
            self._count_loose_line(text.strip())

    def _close_pill(self, node: _Node, pill: list[str]) -> None:
        """Count a status pill ("Online", "Mati") in the elements around it."""
        text = clean_text(" ".join(pill))
        if text and not node.area_term:
            self._count_loose_line(text)
        # A place written in CJK script is short (a city "明石市", a ward "北区"): two
        # characters are a name there, as they are for a field classed as a place.
        shortest = 2 if node.area_term or _cjk_text(text) else 4
        if not text or len(text) < shortest or text.lower() in _NOT_PILLS:
            return
        if node.loose_place and street_line(text):
            return  # an address under a loose place label, no area
        index = self._depth_of(node, len(self._stack))
        if node.state_only:
            if (state := parse_status(text)) is not None:
                self._state_pill(index, state, text)
            return
        labelled = _LABELLED.fullmatch(text)
        if labelled is not None and _place_label(labelled.group(1), labelled.group(2).strip()):
            place = labelled.group(2).strip()
            if norm_key(labelled.group(1)) not in _PLACE_LABELS:
                self._loose_place(text, place)
            self._close_badge(index, place)
            self._close_place(index, place)
            return
        if (worded := _worded_place(text) or _pinned_place(text)) is not None:
            self._close_badge(index, worded)
            self._close_place(index, worded)
            return
        if (status := parse_status(_unbracketed(text))) is None:
            if labelled is not None and _COLON_LABEL.match(text[len(labelled.group(1)) :]):
                return  # "Sumber: Dishub", "Jenis: PTZ": a field of the card, no place
            if node.pinned or node.area_term or _BADGE_CLASS.search(node.hints):
                if text := _unpinned(text):
                    self._close_badge(index, text)
            return
        self._state_pill(index, status, text)

    def _state_pill(self, index: int, status: bool, text: str) -> None:
        """Count a state pill's state, and keep its text in the elements around it."""
        self._count_status(index, status)
        for parent in self._around(index):
            parent.state_text = parent.state_text or text

    def _title_badge(self, node: _Node, pill: list[str]) -> None:
        """Leave a state badge out of the title it sits in ("Giggijoch <b class=badge>Live").

        The badge is an element of its own, classed as a badge, chip or pill, whose whole
        text is a state word ("Online", "Mati") or "Live", inside a heading or a name
        element that is read as a title and has text of its own before the badge. Its text
        pieces are blanked: the title reads without it; its state was counted already, and
        "Live", no state word as a loose pill (a decoration every player carries), is the
        camera's state as a badge of its own in its title.
        """
        if not _STATE_BADGE_CLASS.search(node.hints[:300]):
            return
        text = clean_text(" ".join(pill)) or ""
        if not text or (text.lower() != "live" and parse_status(text) is None):
            return
        index = self._depth_of(node, len(self._stack))
        if index <= 0:
            return
        for above in self._stack[max(index - _PAIR_DEPTH, 0) : index]:
            for capture in above.captures or ():
                if capture.start < node.mark and clean_text(
                    self._text_since(capture.start, min(node.mark - capture.start, 20))
                ):
                    end = min(len(self._chunks), node.mark + _MAX_TEXT_PIECES)
                    for position in range(node.mark, end):
                        self._chunks[position] = ""
                    if text.lower() == "live":
                        # A badge of its own in the title: "Live" states the camera's state.
                        self._count_status(index, True)
                    return

    def _close_badge(self, index: int, text: str) -> None:
        """Count a badge naming a place or group ("Sangatta Utara") in the elements around it."""
        if len(text) > _MAX_LEAD or generic_label(text) or quality_label(text):
            return
        if text.lower() in _NOT_AREAS or not any(c.isalpha() for c in text):
            return
        for parent in self._around(index):
            parent.pill = False
            parent.badges += 1
            if parent.badge is None:
                parent.badge = text

    def _close_place(self, index: int, text: str) -> None:
        """Count a labelled place line in the elements around it (a player card's area)."""
        if len(text) > _MAX_LEAD or generic_label(text) or text.lower() in _NOT_AREAS:
            return
        for parent in self._around(index):
            parent.places += 1
            if parent.place is None:
                parent.place = text
        if 0 < index <= len(self._stack):
            parent = self._stack[index - 1]
            parent.own_places += 1
            if parent.own_place is None:
                parent.own_place = text

    def _around(self, index: int) -> list[_Node]:
        """Return the elements holding the one at index that can be its card, innermost first."""
        return self._stack[max(0, index - _PAIR_DEPTH - 1) : index][::-1]

    @staticmethod
    def _badge_of(ancestors: tuple[_Node, ...]) -> str | None:
        """Return the badge of the smallest card around a camera, or None (as a status pill)."""
        for node in reversed(ancestors[-_PAIR_DEPTH - 1 :]):
            if node.tag in _NOT_CARDS or node.badges > 1 or not _one_cameras_pieces(node):
                return None
            if node.embeds > 1:
                return None  # a container of several player frames
            if node.badge is not None:
                return node.badge
        return None

    @staticmethod
    def _status_of(ancestors: tuple[_Node, ...]) -> bool | None:
        """Return the status pill of the smallest card around a camera, or None.

        The card holds one pill and no more than one camera's pieces (a still and
        its stream); a row or a section holding several pills belongs to no camera.
        """
        for node in reversed(ancestors[-_PAIR_DEPTH - 1 :]):
            if node.tag in _NOT_CARDS or node.statuses > 1 or not _one_cameras_pieces(node):
                return None
            if node.status is not None:
                return node.status
        return None

    def _close_captures(self, node: _Node) -> None:
        """Finish the text captures of a closed element: a heading, a name or a link."""
        captures, node.captures = node.captures or [], None
        for capture in captures:
            text = clean_text(self._text_since(capture.start, _MAX_TEXT_PIECES))
            if isinstance(capture.target, _Media):
                if not generic_label(text):
                    capture.target.name = capture.target.name or text
            elif capture.node.tag not in _HEADING_TAGS and len(self._headings) > capture.headings:
                # A header holding a heading (``<div class="ruas-header"><h3>…</h3><a
                # class="btn">Online</a></div>``) is named by that heading, never by its
                # whole text: its buttons and state line are no part of the name.
                inner = self._headings[capture.headings]
                if capture.target is not None and capture.target.name is None:
                    capture.target.name = capture.node.name or inner
            elif (
                text
                and not generic_label(text)
                and not _dates_only(text)
                and not _section_label(text)
            ):
                caption = (
                    capture.node.tag == "figcaption" or "caption" in capture.node.hints.lower()
                )
                for above in self._stack[-_PAIR_DEPTH - 1 :]:
                    if above.embeds and text != above.title:
                        above.titled_after += 1
                    if above.title is None:
                        above.title, above.caption_title = text, caption
                self._heading = text
                self._headings.append(text)
                self._heading_holder = (
                    next((n for n in reversed(self._stack) if n is not capture.node), None)
                    if capture.node.tag != "figcaption"
                    else None
                )
                self._caption_below(capture.start)
                if capture.node.tag != "figcaption":
                    self._new_label(text, bold=False)
                if capture.target is not None and capture.target.name is None:
                    # A caption whose name element (``<span class="nama">``) named it
                    # lends that name, never the caption's further lines.
                    capture.target.name = capture.node.name or text

    def _close(self, node: _Node) -> None:
        """Finish whatever was tied to an element that is now closed."""
        if self._bold is not None and self._bold[0] is node:
            text = clean_text("".join(self._bold[1]))
            self._bold = None
            if text and len(text) <= _PILL_TEXT * 2 and any(c.isalpha() for c in text):
                if not generic_label(text):
                    self._new_label(text, bold=True)
                    self._bold_line(node, text)
                    if node.tag in _BOLD_CLASS_TAGS and not node.media:
                        # A block set in bold by its class is a line of its own: it
                        # titles the card around it, as a heading does.
                        for above in self._stack[-_PAIR_DEPTH - 1 :]:
                            above.title = above.title or text
        if node.bold_line is not None:
            text, seen = node.bold_line
            node.bold_line = None
            if seen == self._seen and not node.media:
                # A paragraph that is one bold line (<p><strong>Simpang</strong></p>)
                # titles the card around it, as a heading does.
                for above in self._stack[-_PAIR_DEPTH - 1 :]:
                    above.title = above.title or text
        if node.builder is not None:
            builder, node.builder = node.builder, None
            index = self._depth_of(node, -1)
            if index >= 0:
                self._embed(builder, None, tuple(self._stack[: index + 1]))
        self._close_page_link(node)
        self._viewer_card(node)
        if node.label:
            node.label = False
            self._close_label(node, self._pieces_of(node, _MAX_LABEL_PIECES))
        if node.leading:
            node.leading = False
            self._close_lead(node, self._pieces_of(node, _MAX_LABEL_PIECES))
        elif self._lone_heading(node):
            # A heading wrapped alone in a grid column (``<div class="col-12"><h2>Dam
            # A</h2></div>``) introduces what follows the wrapper, as a header does.
            self._close_lead(node, [])
        if node.tag in _ROW_CELLS:
            self._close_cell(node)
        if node.pill:
            node.pill = False
            if (pill := self._pill_of(node)) is not None:
                self._close_pill(node, pill)
                if not node.state_only:
                    self._title_badge(node, pill)
            elif not node.state_only:
                self._long_line(node)
        if node.card is not None:
            card, node.card = node.card, None
            self._close_card(node, card)
        self._close_captures(node)
        if self._video is not None and self._video.ancestors[-1] is node:
            if self._video.url is not None:
                self._add(self._video)
            self._video = None
        elif self._anchor is not None and self._anchor.ancestors[-1] is node:
            self._add(self._anchor)
            self._anchor = None
        if self._still_link is not None and self._still_link.ancestors[-1] is node:
            if (media := self._camera_still_link()) is not None:
                self._add(media)
            else:
                # Only a card's partner: it pairs with the card's picture or stream, never
                # becomes a camera on its own.
                self._piece(_Piece(self._still_link, self._still_link.ancestors))
            self._still_link = None

    def _camera_still_link(self) -> _Media | None:
        """Return the camera a lightbox link to a camera's still is on its own, if it is one.

        A live-camera map's link over its map picture (see ``stilllinks``): named by its
        title, showing no picture of its own (an icon or nothing), its still or id naming
        a camera, opened by a lightbox or shown as an icon. Its id is the link's element
        id when that is a camera token or the still's file stem (``id="cam01"`` for
        ``cam01.jpg``).
        """
        link = self._still_link
        if link is None or link.url is None or link.title is None or self._still_link_thumb:
            return None
        own_id = self._still_link_id
        named = camera_still_address(link.url) or (own_id is not None and camera_token(own_id))
        if not named or not (self._still_link_lightbox or self._still_link_icon):
            return None
        media = _Media("still", link.url, link.ancestors, title=link.title, name=link.title)
        media.still_link = True
        stem = urlsplit(link.url).path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        if own_id is not None and (camera_token(own_id) or own_id == stem):
            media.link_id = own_id
        return media

    def handle_data(self, data: str) -> None:
        """Collect script text and the text of headings and links."""
        if self._script is not None:
            self._script.append(data)
        elif self._title is not None:
            if sum(map(len, self._title)) < _MAX_TITLE_SOURCE:
                self._title.append(data)
        elif self.tables.skipping:
            return  # the text of a row past the cameras kept
        elif self._stack and self._stack[-1].permalink and _PERMALINK_TEXT.fullmatch(data[:40]):
            return  # a heading's "#", "¶" or "🔗" permalink symbol
        elif (
            self._stack and self._stack[-1].glyph and len(data) <= 80 and _LIGATURE.fullmatch(data)
        ):
            return  # an icon font's ligature word ("more_vert", "videocam")
        elif not self._in_style:
            if self._video is not None and not data.isspace():
                self._video.fallback = True
            self.tables.data(data)
            if sum(map(len, self._line)) < _MAX_LINE:
                self._line.append(data[:_MAX_LINE])
            if not data.isspace():
                self._seen += 1
                if states_price(data, _MAX_LINE):
                    for node in self._stack[-_PAIR_DEPTH - 1 :]:
                        node.priced = True
                if sells_goods(data, _MAX_LINE):
                    for node in self._stack[-_PAIR_DEPTH - 1 :]:
                        node.sells = True
            if "[" in data or self._shortcode_tail:
                self._shortcode(data)
            if ":" in data or "\uff1a" in data:
                self._text_line(data)
            if self._bold is not None:
                if sum(map(len, self._bold[1])) < 200:
                    self._bold[1].append(data[:200])
            elif self._bold_label and data.strip():
                self._embed_label, self._bold_label = None, False
            self._chunks.append(data)

    def _vlc(self, tag: str, attributes: dict[str, str]) -> None:
        """Read a VLC web plugin panel: the address it plays is the camera's stream.

        ``<embed type="application/x-vlc-plugin" target="rtsp://…">`` (or ``src``,
        ``mrl``), ``<object type="application/x-vlc-plugin" data="…">`` and VLC's ActiveX
        control (``<object classid="clsid:9BE31822-…">`` with ``<param name="MRL"
        value="…">``, or ``Src``, ``Target``, ``Filename``) are read like a video element
        there. Inside a VLC object, its first address is its camera: the params after it
        and the plugin ``<embed>`` it keeps for other browsers repeat it. An empty address
        or a page's is none (an HTTP address plays only with a media path: no home page,
        download or watch page), and so is any other plugin (a Flash ``movie`` param).
        """
        holder = next((n for n in reversed(self._stack[-3:]) if n.vlc), None)
        if tag == "param":
            name = attributes.get("name", "").lower()
            if holder is None or name not in _VLC_PARAMS:
                return
            value = attributes.get("value")
        elif tag == "embed" and not _vlc_element(attributes):
            return
        else:
            value = next((attributes[k] for k in _VLC_ATTRIBUTES if attributes.get(k)), None)
        if holder is not None and holder.media:
            return  # the object's camera is read already
        if (found := self._url(value)) is None:
            return
        url, kind = found
        if kind is None and urlsplit(url).scheme in ("http", "https"):
            if not _vlc_media_path(url):
                return
            kind = "stream"  # an HTTP stream VLC plays (MPEG-TS, a server's live path)
        if kind in ("stream", "mjpeg"):
            ancestors = tuple(self._stack)
            self._add(_Media(kind, url, ancestors, name=_label(attributes.get("title", ""))))

    def _shortcode(self, data: str) -> None:
        """Read media shortcodes printed as page text (no plugin rendered them).

        ``[nikov_rtsp_player url=”rtsp://…”]``, ``[video mp4="….mp4"][/video]``,
        ``[embed]https://…/index.m3u8[/embed]``: the address under a media attribute
        (``url``, ``src``, ``file``, a [video] format…), or the one enclosed, is a camera
        where it is a stream or MJPEG address (or a video file), read like a video element
        there, so the heading above names it. A shortcode with no such address (a form, a
        gallery, a button linking a page, an embed of a web page) is none, and so is one
        shown as code (``<pre>``, ``<code>``) or mentioned in a sentence (words beside it
        on its line). The text after an unclosed shortcode is
        carried over line breaks (a shortcode written over several lines).
        """
        text, self._shortcode_tail = self._shortcode_tail + data, ""
        if (
            self._shortcode_text >= _MAX_SHORTCODE_TEXT
            or self._shortcodes >= _MAX_SHORTCODES
            or any(node.tag in _CODE_TAGS for node in self._stack[-8:])
        ):
            return
        text = text[: _MAX_SHORTCODE_TEXT - self._shortcode_text]
        # A carried tail is scanned again, so it counts again.
        self._shortcode_text += len(text)
        end = 0
        for match in _SHORTCODE.finditer(text):
            end = match.end()
            found = self._shortcode_media(match)
            if found is None:
                continue
            self._shortcodes += 1
            if not _shortcode_alone(text, match.start(), end):
                continue
            # The shortcode's own text is the media written out, never its caption.
            self._add(_Media(found[1], found[0], tuple(self._stack), fallback=True))
            if self._shortcodes >= _MAX_SHORTCODES:
                return
        opened = text.rfind("[", end)
        if opened >= 0 and "]" not in text[opened:] and len(text) - opened <= _MAX_SHORTCODE_TAIL:
            self._shortcode_tail = text[opened:]

    def _text_line(self, data: str) -> None:
        """Read a device's labelled text line: its stream's address or its state.

        ``<div>流地址: https://…/index.m3u8</div>``, ``<p>Stream URL: rtsp://…</p>``: the
        address is a camera there, read like a video element, so the heading above
        names it; ``<p>Status: Online</p>`` is a state pill of the card around it. Text
        shown as code, a LAN address on a public page and an address of no stream or
        MJPEG shape are none.
        """
        if len(data) > MAX_LINE_TEXT or any(n.tag in _CODE_TAGS for n in self._stack[-8:]):
            return
        if self._text_lines >= _MAX_PAGE_MEDIA:
            return
        self._text_lines += 1
        if (address := address_line(data)) is not None:
            found = self._url(address)
            if found is None or found[1] not in ("stream", "mjpeg"):
                return
            if not public_or_local_page(found[0], self.base_url):
                return
            self._add(_Media(found[1], found[0], tuple(self._stack), fallback=True))
        elif self._stack and (state := state_line(data)) is not None:
            self._state_pill(len(self._stack), state, " ".join(data.split()))

    def _shortcode_media(self, match: re.Match[str]) -> tuple[str, str] | None:
        """Return the stream or MJPEG address (and its kind) a shortcode shows, or None."""
        values = [
            value
            for name, value in _SHORTCODE_ATTRIBUTE.findall(match[2] or "")
            if name in _SHORTCODE_MEDIA
        ]
        if match[3]:
            values.append(match[3])
        for value in values[:4]:
            if not looks_like_url(value) or (found := self._url(value)) is None:
                continue
            url, kind = found
            if kind in ("stream", "mjpeg"):
                return url, kind
            if kind is None and urlsplit(url).path.lower().endswith(_SHORTCODE_VIDEO_FILES):
                return url, "stream"
        return None

    def _capture(self, node: _Node, target: _Node | _Media | None) -> None:
        """Start collecting the text of an element for a heading, a name or a link."""
        if node.captures is None:
            node.captures = []
        node.captures.append(_Capture(node, target, len(self._chunks), len(self._headings)))

    def _text_since(self, start: int, pieces: int) -> str:
        """Return the page text read from piece start on, bounded in pieces and characters.

        Each closing element reads at most pieces pieces and little more than
        _MAX_COLLECTED characters, so deeply nested elements cost linear time.
        """
        window = self._chunks[start : start + pieces]
        if sum(map(len, window)) <= _MAX_COLLECTED:
            return "".join(window)
        parts: list[str] = []
        total = 0
        for data in window:
            parts.append(data[: _MAX_COLLECTED + 1 - total])
            total += len(parts[-1])
            if total > _MAX_COLLECTED:
                break
        return "".join(parts)

    def _lone_heading(self, node: _Node) -> bool:
        """Return True for a block holding one ranked heading and nothing else."""
        if node.tag not in _HEADING_WRAPPERS or node.lead is None or not node.lead_rank:
            return False
        if node.leads != 1 or node.uppers or node.media or node.pieces:
            return False
        if node.lead_start != node.opened + 1 or node.lead_end != self._started:
            return False  # an element before or after the heading (a player set up later)
        return clean_text(" ".join(self._pieces_of(node, _MAX_LABEL_PIECES))) == node.lead

    def _pieces_of(self, node: _Node, pieces: int) -> list[str]:
        """Return the first text pieces read inside an element, each cut to 200 characters."""
        return [data[:200] for data in self._chunks[node.mark : node.mark + pieces]]

    def _pill_of(self, node: _Node) -> list[str] | None:
        """Return the words of a short element's text, or None when it is too long for a pill."""
        limit = _MAX_LEAD if node.area_term else _PILL_TEXT
        pill: list[str] = []
        total = 0
        for data in self._chunks[node.mark : node.mark + _MAX_TEXT_PIECES]:
            if words := " ".join(data[:200].split()):
                pill.append(words[: limit + 1])
                total += len(pill[-1])
                if total > limit:
                    return None
        return pill

    def finish(self) -> None:
        """Close whatever is still open once the page has been read."""
        if self._script is not None:
            # Some Python versions keep the text of an unclosed script unreported.
            self._script.append(self.rawdata)
            self.rawdata = ""
            self.scripts.append(_script_entry(self._script_type, "".join(self._script)))
            self._script = None
        for node in reversed(self._stack):
            self._close(node)
        self._stack.clear()
        self._shared_codes()
        self.tables.finish()
        self.register_tables()
        for piece in self._pieces:
            card = piece.ref
            if isinstance(card, dict) and not any(norm_key(key) in ID_KEYS for key in card):
                if (record := _action_record(piece.ancestors)) is not None:
                    self._action_id(card, *record)
        self._shared_actions()

    def _shared_codes(self) -> None:
        """Take back a data attribute's code several elements of the page carry.

        A value written on every card (``data-res="HD-1080"``, ``data-topik="COVID-19"``)
        says what kind each card is, never which record: no card is keyed by it.
        """
        counts = Counter(node.data_id for node in self._coded_nodes)
        for node in self._coded_nodes:
            if counts[node.data_id] > 1 and node.data_id is not None:
                node.data_id = None

    def _action_id(self, item: dict[str, JSONValue], record: str, button: int) -> None:
        """Identify a camera by the record number its card's record button names."""
        item["id"] = record
        buttons, items = self._actioned.setdefault(record, (set(), []))
        buttons.add(button)
        items.append(item)

    def _shared_actions(self) -> None:
        """Take back a record number the buttons of several cameras' cards name.

        A link every card carries (the operator's profile ``/user/view/7``) names a
        record of something else, never each camera.
        """
        for buttons, items in self._actioned.values():
            if len(buttons) > 1:
                for item in items:
                    item.pop("id", None)

    def _kinds(self, piece: _Piece) -> dict[str, str]:
        """Return the media kinds of a piece and the first URL of each."""
        if isinstance(piece.ref, _Media):
            found = {piece.ref.kind: piece.ref.url or ""}
            if piece.ref.snapshot:
                found.setdefault("still", piece.ref.snapshot)
            return found
        kinds: dict[str, str] = {}
        for key, value in piece.ref.items():
            if not isinstance(value, str):
                continue
            if looks_like_url(value):
                url = self._url(value)
                if url is not None and url[1] is not None:
                    kinds.setdefault(url[1], url[0])
                    continue
            if norm_key(key) in STREAM_KEYS and any(mark in value for mark in "/.?"):
                # An address of unknown kind under a stream name (``data-stream="live/1"``,
                # a player page) is the card's live part: its picture is its still.
                if (url := self._url(value)) is not None:
                    kinds.setdefault("stream", url[0])
        return kinds

    def _partner(self, piece: _Piece) -> tuple[_Node, _Piece] | None:
        """Return the card container a piece shares with exactly one other piece."""
        for node in reversed(piece.ancestors[-_PAIR_DEPTH:]):
            pieces = node.pieces or []
            if len(pieces) >= 2:
                if len(pieces) != 2 or node.tag in _NOT_CARDS:
                    return None
                return node, pieces[0] if pieces[1] is piece else pieces[1]
        return None

    def paired(self) -> list[JSONValue]:
        """Join a card's still and its stream, found on different elements, into one item.

        A card container (the smallest element holding both) that holds nothing else
        describes one camera, named by the card's title, never by a button's label.
        """
        items: list[JSONValue] = []
        used: set[int] = set()
        for piece in self._pieces:
            if id(piece) in used or (found := self._partner(piece)) is None:
                continue
            node, other = found
            if id(other) in used or self._partner(other) != (node, piece):
                continue
            kinds, other_kinds = self._kinds(piece), self._kinds(other)
            if set(kinds) == {"still"} and other_kinds and "still" not in other_kinds:
                still, live = piece, other
            elif set(other_kinds) == {"still"} and kinds and "still" not in kinds:
                still, live = other, piece
            else:
                continue
            item = self._merge(node, still, live)
            if isinstance(item, dict):
                self.place(item, live.ancestors)
            used.update((id(piece), id(other)))
            items.append(item)
        consumed = {id(p.ref) for p in self._pieces if id(p) in used}
        self.cards = [card for card in self.cards if id(card) not in consumed]
        self.media = [media for media in self.media if id(media) not in consumed]
        cards = {id(card) for card in self.cards}
        for piece in self._pieces:
            ref = piece.ref
            if isinstance(ref, dict) and id(ref) in cards and not ref.keys() & _STATUS_KEYS:
                if (status := self._status_of(piece.ancestors)) is not None:
                    ref["online"] = status
            if isinstance(ref, dict) and id(ref) in cards:
                self.place(ref, piece.ancestors)
                if not any(norm_key(key) in ID_KEYS for key in ref):
                    if (own_id := self._card_id(piece.ancestors)) is not None:
                        ref["id"] = own_id
                    elif (code := self._card_code(piece.ancestors, ref)) is not None:
                        ref["id"] = code
                    elif number := self.player_numbers().get(self._card_players.get(id(ref), "")):
                        ref["id"] = number  # a lazy player numbered by its record (``cctv-12``)
                if id(ref) in self._named_above or not any(
                    norm_key(key) in NAME_KEYS for key in ref
                ):
                    # A card's title may follow the player it names (a video, then its
                    # caption): the title of the card holding it and nothing else.
                    if (title := self._piece_title(piece.ancestors)) is not None:
                        ref["name"] = title
                    elif (label := self._side_label(ref)) is not None:
                        ref["name"] = label
        return items

    def _map_link(self, href: str) -> None:
        """Give the elements around a map link the place it gives (``/maps/@lat,lng``)."""
        if (place := map_link_place(href.strip())) is None:
            return
        written = (repr(place[0]), repr(place[1]))
        for node in self._stack[-_PAIR_DEPTH - 1 :]:
            if node.map_place != written:
                node.map_places += 1
                node.map_place = node.map_place or written

    def _card_player(
        self, tag: str, card: dict[str, JSONValue], attributes: dict[str, str]
    ) -> None:
        """Remember the own id of a player element read as a data card (``cctv-12``)."""
        if tag in _VIDEO_TAGS and (player := attributes.get("id", "")[:64]):
            self._card_players[id(card)] = player

    def _label_card(self, tag: str, card: dict[str, JSONValue]) -> None:
        """Remember the label written last before a player carrying its own address.

        Only a label written beside the player counts: inside the element holding the
        player (``<h4>…</h4><video>`` in one post body), never a card's heading before
        a hidden popup holding the player.
        """
        parent = self._stack[-2] if len(self._stack) > 1 else self._root
        if tag in _VIDEO_TAGS and self._embed_label is not None and parent.seen < self._label_seen:
            number = self._embed_labels
            self._card_labels[id(card)] = (self._embed_label, number)
            self._label_cards[number] = self._label_cards.get(number, 0) + 1

    def _side_label(self, card: dict[str, JSONValue]) -> str | None:
        """Return the label just before a player card when each label has one player.

        Players carrying their own address written side by side (``<h4>Sawah</h4><video
        data-src="…m3u8">``, a bold line before each lazy video) have no card of their
        own: each is named by the heading or bold line written last before it, when no
        other player card follows that label and the players follow two labels or more.
        """
        label = self._card_labels.get(id(card))
        if label is None or self._label_cards.get(label[1]) != 1 or len(self._label_cards) < 2:
            return None
        return label[0]

    def _merge(self, node: _Node, still: _Piece, live: _Piece) -> JSONValue:
        """Return one camera item from a card's still and its stream."""
        still_url = self._kinds(still)["still"]
        if isinstance(live.ref, _Media):
            item: dict[str, JSONValue] = self._media_fields(live.ref)
            live_name = live.ref.name or live.ref.title
        else:
            item = dict(live.ref)
            live_name = str(item.pop("name", "") or "") if not live.named else None
        item["snapshot"] = still_url
        if (
            not item.keys() & _STATUS_KEYS
            and (status := self._status_of(live.ancestors)) is not None
        ):
            item["online"] = status
        if "id" not in item and (own_id := self._pair_id(node, live.ancestors)) is not None:
            item["id"] = own_id
        elif "id" not in item and isinstance(live.ref, _Media):
            if (key := _playlist_key(live.ref)) is not None:
                item["id"] = key
        if live.named:
            return item
        if isinstance(still.ref, _Media):
            still_name = still.ref.name or still.ref.title
        else:
            value = next((v for k, v in still.ref.items() if norm_key(k) in NAME_KEYS), None)
            still_name = value if isinstance(value, str) else None
        name = node.title or still_name or live_name
        if name:
            item["name"] = name
        return item

    @staticmethod
    def _media_fields(media: _Media) -> dict[str, JSONValue]:
        """Return a medium's address under its kind's field.

        A stream declared as HLS by its source's type, whatever its address looks like,
        is given as a typed output (``sources: [{type, src}]``), as a camera service's
        list gives one.
        """
        if media.typed is not None and media.url is not None:
            return {"sources": [{"type": media.typed, "src": media.url}]}
        return {_KIND_KEYS[media.kind]: media.url}

    def _card_keys(self, media: _Media) -> set[str]:
        """Return the keys a card gives its camera: its own id, its link's or picture's."""
        keys = {media.link_id, media.key, self._own_id(media.ancestors)}
        return {key.casefold() for key in keys if key}

    @staticmethod
    def _own_id(ancestors: tuple[_Node, ...]) -> str | None:
        """Return the id of the smallest card around a camera that holds no other camera."""
        return _PageScanner._pair_id(None, ancestors)

    @staticmethod
    def _pair_id(node: _Node | None, ancestors: tuple[_Node, ...]) -> str | None:
        """Return the id of the smallest card around a still and stream paired in node.

        Below the pairing card an element holds one of the two; from it up, a card holds
        the pair and no other media. Without a pairing card, the card holds one medium.
        """
        limit = 1
        for each in reversed(ancestors[-_PAIR_DEPTH - 1 :]):
            if node is not None and each is node:
                limit = node.media
            if each.tag in _NOT_CARDS or each.media > limit:
                return None
            if each.data_id:
                return each.data_id
        return None

    @staticmethod
    def _coded_path(media: _Media) -> str | None:
        """Return the code a card's line gives when its camera's media path holds it.

        A city-camera card writes the pole's or camera's code on a line of its own
        ("Tiang TG-SS-01") and serves the camera's stream from a folder named by it
        (``/live/tg-ss-01/index.m3u8``): the code is the camera's id. A code the media's
        path does not hold as a whole segment (a route number, a street's code) is none.
        """
        for node in reversed(media.ancestors[-_PAIR_DEPTH - 1 :]):
            if node.tag in _NOT_CARDS or node.media > 1:
                return None
            if node.line_code:
                segments = {
                    segment.casefold()
                    for url in (media.url, media.snapshot)
                    if url
                    for segment in _folders(url)
                }
                return node.line_code if node.line_code.casefold() in segments else None
        return None

    def _picture_key(self, media: _Media) -> str | None:
        """Return the element id of a card's picture when the card's elements are keyed by it.

        A picture's id is mostly a page slot a reload script addresses (``cam-front``,
        ``mid-cam``, ``cam3``: no camera's id); one spelling the camera's name is read by
        ``_name_slug_id``. It also keys the camera when the card's other elements are
        keyed by it, an element id joining a word to it (``<img id="cam-st">`` beside
        ``<div id="loading-cam-st">`` and ``<span id="cam-st-time">`` in the same card):
        a template writing each card from the camera's key. The picture must be the
        card's only camera (the caller drops an id written on two pictures) and its id a
        plain key; a picture word and a counter (``img0``, ``gambar4``, ``webcamImg2``)
        or a camera word alone is no key, and an element outside the card keys nothing.
        """
        key = media.element_id
        if key is None or _PICTURE_KEY.fullmatch(key) is None:
            return None
        compact = key.replace("-", "").replace("_", "").casefold()
        if compact.rstrip("0123456789") in _PICTURE_SLOT_WORDS or compact.isdigit():
            return None
        card: _Node | None = None
        for node in reversed(media.ancestors[-_PAIR_DEPTH - 1 :]):
            if node.tag in _NOT_CARDS or node.media > 1:
                break
            card = node
        if card is None:
            return None
        for other in self._keyed_elements().get(key, ())[:8]:
            if any(node is card for node in self.elements.get(other, ())):
                return key
        return None

    def _keyed_elements(self) -> dict[str, list[str]]:
        """Return the element ids of the page by the key they join a word to.

        ``loading-cam-st`` and ``cam-st-time`` are both filed under ``cam-st``: one word
        of letters before or after the key, joined by ``-`` or ``_``.
        """
        if self._keyed is None:
            self._keyed = {}
            for element_id in itertools.islice(self.elements, _MAX_ELEMENTS):
                if len(element_id) > 80:
                    continue
                for found in (
                    _LEADING_WORD.fullmatch(element_id),
                    _TRAILING_WORD.fullmatch(element_id),
                ):
                    if found is not None:
                        self._keyed.setdefault(found.group("key"), []).append(element_id)
        return self._keyed

    @staticmethod
    def _path_id(media: _Media) -> str | None:
        """Return the plain id of the camera card around a lone medium, or None.

        A wildfire network's list (``<li class="camera" id="Axis-AlabamaHills1">``) keys
        each card by the camera's id, the folder its picture is served from
        (``/public-camera-data/Axis-AlabamaHills1/latest-frame.jpg``): the element id is
        the camera's only when its medium's path holds it as a whole segment.
        """
        for node in reversed(media.ancestors[-_PAIR_DEPTH - 1 :]):
            if node.tag in _NOT_CARDS or node.media > 1:
                return None
            if node.plain_id:
                segments = {
                    segment
                    for url in (media.url, media.snapshot)
                    if url
                    for segment in urlsplit(url[:2000]).path.split("/")[:32]
                }
                return node.plain_id if node.plain_id in segments else None
        return None

    @staticmethod
    def _own_place(ancestors: tuple[_Node, ...]) -> str | None:
        """Return the one place line written directly in the card around a camera, or None.

        A camera detail card (``<h2>`` name, ``<p>Distrito: Cercado</p>``, the player)
        may also hold a list of the other cameras, each with its own place line: the
        card's own line is the shown camera's area when the elements between the camera
        and the card hold no other camera (the thumbnails' list holds several).
        """
        for node in reversed(ancestors[-_PAIR_DEPTH - 1 :]):
            if node.tag in _NOT_CARDS:
                return None
            if node.own_places == 1 and node.own_place:
                return node.own_place
            if node.own_places or node.media + node.players > 1:
                return None
        return None

    @staticmethod
    def _card_area(ancestors: tuple[_Node, ...]) -> str | None:
        """Return the kecamatan a data attribute of the smallest card of one camera gives."""
        for node in reversed(ancestors[-_PAIR_DEPTH - 1 :]):
            if node.tag in _NOT_CARDS or node.media > 1 or len(node.pieces or ()) > 2:
                return None
            if node.data_area is not None:
                return node.data_area
        return None

    @staticmethod
    def _card_position(ancestors: tuple[_Node, ...]) -> tuple[str, str] | None:
        """Return the data position of the smallest card holding one camera, or None."""
        for node in reversed(ancestors[-_PAIR_DEPTH - 1 :]):
            if node.tag in _NOT_CARDS or node.media > 1 or len(node.pieces or ()) > 2:
                return None
            if node.position is not None:
                return node.position
            if node.map_places == 1 and node.map_place is not None:
                return node.map_place  # the card's one map link (``/maps/@lat,lng``)
        return None

    @staticmethod
    def _card_id(ancestors: tuple[_Node, ...]) -> str | None:
        """Return the id of the element around a data card (a slide) holding it alone."""
        for node in reversed(ancestors[-_PAIR_DEPTH - 1 :]):
            if node.tag in _NOT_CARDS or node.media or len(node.pieces or ()) > 1:
                return None
            if node.data_id:
                return node.data_id
        return None

    @staticmethod
    def _card_code(ancestors: tuple[_Node, ...], card: dict[str, JSONValue]) -> str | None:
        """Return the code a line of the card around a data card gives, when its media hold it.

        As for a media element's card (see ``_coded_path``): the code ("Tiang TG-SS-01")
        is the camera's id only when an address of the data card holds it as a whole
        path segment (``data-src="/live/tg-ss-01/index.m3u8"``).
        """
        for node in reversed(ancestors[-_PAIR_DEPTH - 1 :]):
            if node.tag in _NOT_CARDS or node.media or len(node.pieces or ()) > 1:
                return None
            if node.line_code:
                code = node.line_code.casefold()
                for value in itertools.islice(card.values(), 32):
                    if isinstance(value, str) and "/" in value:
                        if code in {folder.casefold() for folder in _folders(value)}:
                            return node.line_code
                return None
        return None

    @staticmethod
    def _piece_title(ancestors: tuple[_Node, ...]) -> str | None:
        """Return the title of the card that holds one piece and nothing else."""
        for node in reversed(ancestors[-_PAIR_DEPTH:]):
            if len(node.pieces or ()) != 1 or node.tag in _NOT_CARDS:
                return None
            if node.title:
                return node.title
        return None

    @staticmethod
    def _container_title(media: _Media, shared: frozenset[str] = frozenset()) -> str | None:
        """Return the title of the card that holds this media element and nothing else.

        A title that is a label every picture shares (a caption repeated in every card)
        is passed over for the card's own title further out.
        """
        for node in reversed(media.ancestors[-_PAIR_DEPTH:]):
            if len(node.pieces or ()) != 1 or node.tag in _NOT_CARDS:
                return None
            if node.title and node.title.casefold() not in shared:
                return node.title
        return None

    def _titled_name(
        self, media: _Media, name: str | None, titles: set[str], shared: frozenset[str]
    ) -> str | None:
        """Return the card's title for a name read from the picture when it names it."""
        if name and (title := self._container_title(media, shared)) and title != name:
            if self._yields_to_title(media, name, title, titles, shared):
                return title
        if name is not None and name == media.alt:
            return self._described_card(media, name) or name
        return name

    def _yields_to_title(
        self, media: _Media, name: str, title: str, titles: set[str], shared: frozenset[str]
    ) -> bool:
        """Tell a name read from the picture that yields to its card's own title.

        An alt text saying what the picture is ("Webcam Gipfel Sonnkogel", "Harbour Tower
        Webcam") yields to the card's own title naming the place ("Gipfel Sonnkogel"),
        unless that title is a caption line; one naming another card's title was copied
        from that card.
        """
        bare = _ALT_CAMERA_WORDS.sub("", name, count=1).casefold()
        return (
            bare == title.casefold()
            or (media.name == media.alt and _shortened_title(name, title))
            or (name in (media.alt, media.title) and _described_title(name, title))
            or (name == media.alt and bare in titles)
            or (name == media.alt and _id_alt(name, self._card_keys(media)))
            or (
                name == media.alt
                and _caption_lead(name, title)
                and self._caption_titled(media, shared)
            )
            or (
                name == media.alt
                and _camera_labelled(name, title)
                and (not self._caption_titled(media, shared) or _caption_written_as_title(title))
            )
        )

    @staticmethod
    def _caption_titled(media: _Media, shared: frozenset[str]) -> bool:
        """Return True when the card's title (``_container_title``) is a caption line."""
        for node in reversed(media.ancestors[-_PAIR_DEPTH:]):
            if len(node.pieces or ()) != 1 or node.tag in _NOT_CARDS:
                return False
            if node.title and node.title.casefold() not in shared:
                return node.caption_title
        return False

    @staticmethod
    def _described_card(media: _Media, alt: str) -> str | None:
        """Return the card's title when the alt repeats the description line under it.

        A weather site's camera card (``<h3 class="location">Pantai Teluk Lingga</h3>
        <small>Ke arah laut … – diperbarui tiap 5 menit</small>``, the same text as the
        picture's alt) or a heading over a figure whose caption repeats the alt describes
        the view in that line: a text longer than the title, written in the card holding
        the title and this picture alone, is no name. A caption with no title over it
        stays the name.
        """
        said = alt.casefold()
        for node in reversed(media.ancestors[-_PAIR_DEPTH:]):
            if len(node.pieces or ()) != 1 or node.tag in _NOT_CARDS:
                return None
            if not node.title:
                if node.lines:
                    return None  # a text of the picture's own box comes first: its caption
                continue
            if node.caption_title and node.title.casefold() == said:
                continue  # a figure's caption repeating the alt: the card is further out
            lines = (line.casefold() for line in (node.line, node.next_line) if line)
            if node.lines < 2 or said not in lines:
                return None
            title_words = len(_TITLE_WORD.findall(node.title[:200]))
            return node.title if len(_TITLE_WORD.findall(alt[:200])) > title_words else None
        return None

    @staticmethod
    def _caption(media: _Media) -> str | None:
        """Return the one short text line of the card holding this media alone, or None."""
        for node in reversed(media.ancestors[-_PAIR_DEPTH:]):
            if len(node.pieces or ()) != 1 or node.tag in _NOT_CARDS:
                return None
            if node.lines:
                line = node.line if node.lines == 1 else None
                if line and len(line) <= _MAX_LEAD and any(c.isalpha() for c in line):
                    return line
                return None
        return None

    def _caption_name(self, media: _Media) -> str | None:
        """Return the plain caption line of a stream's card, when it is a name.

        A block holding one video and one short line beside it (``<div
        class="text-center">KM 10+200 A</div>`` under the player) is labelled by that
        line, and so is a block holding one routed still without alt text (``<img
        src="/picture/show/99"><p>Main Gate</p>``); a line saying only a state or a count
        ("Online", "Semua Online"), an address, or text inside the video element (its
        fallback) is none.
        """
        if media.fallback:
            return None  # text inside the video is what shows when it cannot play
        if media.kind != "stream" and not (media.routed and media.alt is None):
            return None
        if (line := self._caption(media)) is None:
            return None
        if _names_nothing(line):
            return None
        return line

    def _still_caption(self, media: _Media) -> str | None:
        """Return the caption line under a still that says nothing of itself.

        A highway fragment's box (``<img src="/cam_root/KM2.10.jpg" alt=""><div
        style="width:320px;">KM 2.10 Susun Pelabuhan</div>``) holds one picture without
        alt text or title and one short line: that line names the camera, before the
        heading over every box of the page. A line saying only a state or a count, an
        address or a date is none.
        """
        if media.kind != "still" or media.alt or media.title or media.fallback:
            return None
        if (line := self._caption(media)) is None or _names_nothing(line):
            return None
        if self._still_captions.get(line.casefold(), 0) > 1:
            return None  # the same line under several pictures: a template's label
        return line

    @staticmethod
    def _beside_state(media: _Media) -> str | None:
        """Return the name line of a picture's tile whose other text is its state badge.

        A tile holding one picture without alt text (an ``<img>`` or a ``bg-cover`` div's
        ``background-image``), its label and one state badge (``<span>Gerbang
        Utama</span>`` … ``<span>● ONLINE</span>``): the tile's text less the badge's,
        on a line of its own or on the badge's line before or after it, names the camera.
        A tile with a third line, two states, or a rest that is no name (a state, a count,
        an address, a date) gives none.
        """
        if media.fallback or media.alt is not None or media.kind not in ("still", "mjpeg"):
            return None
        for node in reversed(media.ancestors[-_PAIR_DEPTH:]):
            if len(node.pieces or ()) != 1 or node.tag in _NOT_CARDS:
                return None
            if not node.lines:
                continue
            state = node.state_text
            if node.statuses != 1 or not state or not node.line or node.lines > 2:
                return None
            rest: str | None = None
            if node.lines == 2:
                if node.next_line == state:
                    rest = node.line
                elif node.line == state:
                    rest = node.next_line
            elif node.line.startswith(state):
                rest = node.line[len(state) :].strip()
            elif node.line.endswith(state):
                rest = node.line[: -len(state)].strip()
            if not rest or len(rest) > _MAX_LEAD or not any(c.isalpha() for c in rest):
                return None
            return None if _names_nothing(rest) else rest
        return None

    def _key_caption(self, media: _Media) -> str | None:
        """Return the plain caption line of a card whose picture's alt is its key.

        ``<span class="label">Salzlager Halle 3</span>`` beside a picture keyed
        ``salzlager``: the one short line of the card names the camera, unless it only
        says a state or is an address.
        """
        if media.key is None or (line := self._caption(media)) is None:
            return None
        if _names_nothing(line):
            return None
        return line

    @staticmethod
    def _one_per_card(media: list[_Media]) -> list[_Media]:
        """Return the media without a card's repeated links to its one camera's player.

        A card linking the same player twice (around its thumbnail and from its "Putar"
        button, a figure's image and caption) shows one camera: the repeated link of the
        same kind and address, in a card holding that one camera's piece and nothing
        else, is dropped, its still or name kept when the first lacks them (a stock
        picture's alt saying only "cam" names nothing).
        """
        kept: list[_Media] = []
        seen = {id(one) for one in media}
        for one in media:
            first = _PageScanner._card_first(one, seen)
            if first is None:
                kept.append(one)
                continue
            first.snapshot = first.snapshot or one.snapshot
            if first.title is not None and generic_label(first.title):
                first.title = None  # a stock picture's alt ("cam") around the first link
            if first.name is None and first.title is None:
                first.name, first.title = one.name, one.title
            seen.discard(id(one))
        return kept

    @staticmethod
    def _card_first(media: _Media, seen: set[int]) -> _Media | None:
        """Return the first medium of the card a repeated link to it sits in, or None."""
        if media.url is None or media.kind not in ("stream", "mjpeg"):
            return None
        for node in reversed(media.ancestors[-_PAIR_DEPTH:]):
            if node.tag in _NOT_CARDS or len(node.pieces or ()) != 1:
                return None
            first = node.pieces[0].ref if node.pieces else None
            if first is media:
                continue
            if (
                isinstance(first, _Media)
                and id(first) in seen
                and (first.kind, first.url) == (media.kind, media.url)
            ):
                return first
            return None
        return None

    def _caption_below(self, start: int) -> None:
        """Note a heading written right after a picture: nothing between but spaces.

        Only a heading beside the picture counts (held by the element holding the
        picture); a rule (``<hr>``) or any text between them keeps them apart, and more
        than 64 text pieces between them count as text.
        """
        if self._last_media_at is None:
            return
        at, rules, parent = self._last_media_at
        self._last_media_at = None
        if rules != self._rules or parent is None or parent is not self._heading_holder:
            return
        if not 0 <= start - at <= _MAX_CAPTION_GAP:
            return
        if all(piece.isspace() for piece in self._chunks[at:start]):
            self.captions_below = True

    def _own_section(
        self,
        media: _Media,
        name: str | None,
        headed: dict[str | None, int],
        shared: frozenset[str],
        lone_headings: int,
    ) -> tuple[str | None, str | None]:
        """Return a camera's name and area when the heading over it is its own section's.

        Articles and webcam pages give each camera a section of its own (``<h3>Yasur –
        crater rim camera</h3>``, a line, then the picture): when two or more headings
        each stand over exactly one camera, and no card holds it with a title of its own,
        such a heading names its camera before the alt text (``skycam_new``, ``Yasur
        latest image``), and the labelled place line of the section (``Island: Tanna
        (Tafea Province)``) is its area. A heading over several cameras is their group's,
        never a name, and so is a district's heading over one; an alt text that is a
        label of its own ("Pasar Bengalon") keeps naming its camera. Otherwise the name is
        returned as given, with no area.
        """
        heading = media.heading
        if self.captions_below or not media.heading_held or heading is None:
            return name, None
        if headed.get(heading) != 1:
            return name, None
        if name not in (media.alt, heading):
            return name, None
        if _area_heading(heading) or (
            name is not None and name == media.alt and not _picture_alt(name)
        ):
            # A district's heading ("Kecamatan Bengalon") groups its cameras, and an alt
            # text that is a label of its own ("Simpang Empat Sangatta") names its camera.
            return name, None
        if lone_headings < 2:
            return name, None
        if self._container_title(media, shared) is not None:
            return name, None
        place = self._section_places.get(media.heading_number)
        return heading, place if place != heading else None

    def items(self) -> list[JSONValue]:
        """Return the media cameras as portal-like items."""
        self.media = _without_poster_pictures(self._one_per_card(self.media))
        self.media = _without_map_pictures(self.media)
        items: list[JSONValue] = []
        headed: dict[str | None, int] = {}
        for media in self.media:
            headed[media.heading] = headed.get(media.heading, 0) + 1
        numbered = self.player_numbers()
        # How many pictures carry each element id: an id written on two keys neither.
        picture_ids: dict[str, int] = {}
        for media in self.media:
            if media.element_id:
                picture_ids[media.element_id] = picture_ids.get(media.element_id, 0) + 1
        # How many headings stand over exactly one camera (counted once for the page).
        lone_headings = sum(1 for text, count in headed.items() if text and count == 1)
        # The titles of the cards holding one picture each: an alt text naming another
        # card's title was copied from that card (a template's leftover), never this one's.
        shared = frozenset(
            _shared_labels(
                [(one.url, (one.alt, one.name, self._container_title(one))) for one in self.media]
            )
        )
        titles = {
            title.casefold()
            for media in self.media
            if (title := self._container_title(media, shared))
        }
        if shared:
            # One alt text or caption on every picture of the page ("Gambar Level Air",
            # "Foto CCTV") says what kind of picture each is: the template's label, never
            # a name; each card's own title names it.
            for media in self.media:
                if media.name is not None and media.name.casefold() in shared:
                    media.name = None
                if media.alt is not None and media.alt.casefold() in shared:
                    media.alt = None
        self._still_captions = {}
        for media in self.media[:_MAX_CAPTIONED_STILLS]:
            if media.kind == "still" and (line := self._caption(media)) is not None:
                key = line.casefold()
                self._still_captions[key] = self._still_captions.get(key, 0) + 1
        on_shop_page = shop_page(self.page_url)
        for media in self.media:
            if _product_card(media, on_shop_page) or _gallery_photo(media):
                # A card stating a price (``Rp 1.250.000``) is a shop's product; a lightbox
                # thumbnail naming no camera under a gallery's heading an event's photo.
                continue
            if media.lightbox:
                # A heading over this picture alone names it before the lightbox caption.
                own = media.heading if headed[media.heading] == 1 else None
                media.name = self._container_title(media, shared) or own or media.title or media.alt
            name = (
                media.name
                or media.title
                or next(
                    (
                        node.name
                        for node in reversed(media.ancestors)
                        if node.name
                        and node.media == 1
                        and not node.embeds
                        and node.name.casefold() not in shared
                    ),
                    None,
                )
                or self._container_title(media, shared)
                or self._caption_name(media)
                or self._key_caption(media)
                or self._beside_state(media)
                or media.key
                or self._still_caption(media)
                or media.heading
            )
            name = self._titled_name(media, name, titles, shared)
            if name is not None and name == media.alt and (line := self._caption(media)):
                # An alt text that is the card's lone caption line with a camera word
                # ("London GC apron Webcam", "Webcam Seebrücke") or shortened ("Yorkshire
                # GC" for "Yorkshire GC South") yields to that caption, and so does an alt
                # labelling the picture as another place's camera ("Bengalon North Webcam"
                # copied over "Kaliorang North") when the line is written as a title.
                said = _TITLE_WORD.findall(name[:200].casefold())
                while said and _CAMERA_WORD.fullmatch(said[-1]):
                    said.pop()
                while said and _CAMERA_WORD.fullmatch(said[0]):
                    said.pop(0)
                if line.casefold() != name.casefold() and (
                    said == _TITLE_WORD.findall(line.casefold())
                    or _shortened_title(name, line)
                    or (_camera_labelled(name, line) and _caption_written_as_title(line))
                ):
                    name = line
            name, section_place = self._own_section(media, name, headed, shared, lone_headings)
            coded = self._coded(media)
            if coded is not None and (name is None or name.casefold() == coded[0].casefold()):
                name = coded[1]
            item: dict[str, JSONValue] = {"name": name, **self._media_fields(media)}
            if media.snapshot is not None:
                item.setdefault("snapshot", media.snapshot)
            self._item_id(item, media, coded, numbered)
            _namespaced_id(item, media)
            if "id" not in item and picture_ids.get(media.element_id or "") == 1:
                if (slug := _name_slug_id(media.element_id, name)) is not None:
                    item["id"] = slug
                elif (picture_key := self._picture_key(media)) is not None:
                    item["id"] = picture_key
            if (status := self._status_of(media.ancestors)) is not None:
                item["online"] = status
            _viewer_beside_still(item, media)
            if name is not None and name == media.heading and name != media.name:
                self._heading_named.add(id(item))  # named for want of any other name
            # A card's own place, else the place line of the camera's own section.
            if (own_place := self._own_place(media.ancestors) or section_place) is not None:
                item["area"] = own_place
            self.place(item, media.ancestors)
            items.append(item)
        self._shared_actions()
        return items


_MIN_SHARED_LABEL = 3
# Pictures whose caption lines are counted (``_still_caption``); a page holds far fewer.
_MAX_CAPTIONED_STILLS = 2000


# A picture's element id written as its camera's name in one slug: letters and digits,
# perhaps words joined by hyphens or underscores (``bukitpelangi2``, ``dermaga-kecil``,
# ``MuaraSangatta``).
_NAME_SLUG = re.compile(r"[A-Za-z][A-Za-z0-9]{0,40}(?:[-_][A-Za-z0-9]{1,40}){0,5}")
_MIN_NAME_SLUG = 4
_MAX_NAME_WORDS = 12


def _name_slug_id(element_id: str | None, name: str | None) -> str | None:
    """Return a picture's element id when it spells its camera's name as one slug.

    A camera wall written by hand or from a list of records keyed by place slugs gives
    each picture the camera's key as its element id: ``<figure><img id="bukitpelangi2"
    src="…"><figcaption>Bukit Pelangi 2</figcaption></figure>``, ``<img
    id="teluklombok">`` captioned "Pantai Teluk Lombok". The id is the camera's when,
    bar case, hyphens and underscores, it is the run of the name's leading or closing
    words (four characters at least, a letter among them) and those words hold no
    camera word. A handle numbering the picture (``img4``, ``cam3``), a
    handle word beside the key (``kolamtimur-stream``: the name holds no "stream") or
    an id of other words names nothing; the caller drops an id written on two pictures.
    """
    if not element_id or not name or len(element_id) < _MIN_NAME_SLUG:
        return None
    if _NAME_SLUG.fullmatch(element_id) is None:
        return None
    key = element_id.replace("-", "").replace("_", "").casefold()
    words = _TITLE_WORD.findall(name[:200].casefold())[:_MAX_NAME_WORDS]
    if not any(character.isalpha() for character in key):
        return None
    for size in range(1, len(words) + 1):
        for run in (words[:size], words[-size:]):
            if "".join(run) == key and not any(_CAMERA_WORD.fullmatch(word) for word in run):
                return element_id
    return None


def _namespaced_id(item: dict[str, JSONValue], media: _Media) -> None:
    """Give a card's camera the code its namespaced element id holds (``namespaced_code``).

    ``<li id="cam-pm-01">`` around a still under ``/realtime/pm-01/`` or a button to
    ``/realtime/pm-01``: the id is ``pm-01``; an element id whose code none of the
    card's addresses writes stays whole.
    """
    own = item.get("id")
    if not isinstance(own, str):
        return
    urls = [url for key in ("stream", "snapshot", "mjpeg") if isinstance(url := item.get(key), str)]
    viewer = media.viewer or _viewer_in_card(media)
    if (code := namespaced_code(own, urls, viewer)) is not None:
        item["id"] = code


def _viewer_beside_still(item: dict[str, JSONValue], media: _Media) -> None:
    """Give a still-only card the viewer page linked around its still, named by its code.

    The page's code must be the card's id or the still's file name (``viewerlinks``); a
    card selling what it shows is a shop's product, never read as a camera (``_product_card``).
    """
    snapshot = item.get("snapshot")
    if not isinstance(snapshot, str) or any(item.get(key) for key in ("stream", "mjpeg")):
        return
    own = item.get("id")
    codes = (own if isinstance(own, str) else None, still_code(snapshot))
    viewer = media.viewer or _viewer_in_card(media)
    if viewer is not None and viewer_page(viewer, codes) is not None:
        item[VIEWER_PAGE_KEY] = ReaderText(viewer)
        return
    if media.viewer is not None and platform_player_page(media.viewer):
        # A streaming platform's player the preview picture links to (``viewerlinks``).
        item[VIEWER_PAGE_KEY] = ReaderText(media.viewer)
        return
    # A card's button captioned only with playing words (``Play``) linking the camera's
    # record page (``/camera/2`` in the card of camera 2) is its viewer page too.
    played = _played_in_card(media)
    if played is not None and played_record_page(played, codes) is not None:
        item[VIEWER_PAGE_KEY] = ReaderText(played)


def _product_card(media: _Media, on_shop_page: bool) -> bool:
    """Return True when an element holding this medium alone is a shop's product.

    It states a price beside a shop's word (``Beli``, ``Stok``, ``Bullet 2MP``), or on a
    shop's page (``values.shop_page``). A price alone is a camera's tariff or fee (``Tarif Gol
    I: Rp 7.500`` under a toll gate's camera, ``Parkir Rp 2.000/jam``, ``Day pass $89``).
    """
    priced = sells = False
    for node in reversed(media.ancestors[-_PAIR_DEPTH:]):
        if node.tag in _NOT_CARDS or node.media != 1:
            break
        priced, sells = priced or node.priced, sells or node.sells
    return priced and (sells or on_shop_page)


def _played_in_card(media: _Media) -> str | None:
    """Return the one page a card holding this still alone links by a playing caption.

    As ``_viewer_in_card``: the nearest element around the still holding other content
    counts, and two such pages in it give none.
    """
    for node in reversed(media.ancestors[-_PAIR_DEPTH:]):
        if node.tag in _NOT_CARDS or node.media != 1:
            return None
        if node.play_links:
            links = node.play_links
            return links[0] if len(links) == 1 else None
    return None


def _viewer_in_card(media: _Media) -> str | None:
    """Return the one viewer page a card holding this still alone links (its button).

    The nearest element around the still that holds other content is looked at: when
    it holds this picture alone and links one camera viewer page, that page is the
    card's; a card with two viewer links or a list holding several pictures gives none.
    """
    for node in reversed(media.ancestors[-_PAIR_DEPTH:]):
        if node.tag in _NOT_CARDS or node.media != 1:
            return None
        if node.viewer_links:
            links = node.viewer_links
            return links[0] if len(links) == 1 else None
    return None


def _action_id(tag: str, attributes: dict[str, str]) -> str | None:
    """Return the record number a record button names, or None.

    Its click handler (or ``javascript:`` link) calls a function named for a record
    action with the number first (_ACTION_CALL), or it links the record's action page
    (``/cctv/edit/14``, ``/monitoring/detail/12``).
    """
    code = attributes.get("onclick", "")
    href = attributes.get("href", "") if tag == "a" else ""
    if not code and href[:11].lower() == "javascript:":
        code = href
    if code and (call := _ACTION_CALL.match(code[:200])) is not None:
        words = _ACTION_NAME_WORD.findall(call.group(1))
        if any(word.lower() in _ACTION_NAME_WORDS for word in words[:6]):
            return call.group(3)
    if href and href[:11].lower() != "javascript:":
        return action_link_id(href) or detail_link_id(href)
    return None


# The folder of a camera's own page, in the words camera sites use (``/cameras/12``,
# ``/camaras/101``, ``/webcams/31``, ``/kamera/7/``): a link whose path ends in one of
# them and a number names that camera. A word key (``/media/cctv/lembuswana``) is left:
# a site keying some cameras by words and others by words with a digit
# (``jembatan_mahkota2``) would give ids to some of its cameras only.
_DETAIL_FOLDERS = CAMERA_CARD_CLASS_WORDS | {
    "camara",
    "camaras",
    "cámara",
    "cámaras",
    "câmera",
    "câmeras",
    "kameras",
    "livecams",
    "telecamera",
    "telecamere",
}
_DETAIL_KEY = re.compile(r"[0-9]{1,12}")
# Verbs a site's route puts between the camera folder and the number of the camera's
# page (``/cameras/ver/12``, ``/camera/view/4``, ``/webcams/watch/3``).
_VIEW_VERBS = frozenset(
    {"ver", "view", "show", "watch", "live", "detail", "details", "detalhe", "detalle"}
    | {"visualizar", "assistir", "mostrar", "lihat", "voir", "ansehen"}
)
# Sections of a site that file pages under a camera word without being camera pages: a
# shop's products (``/produk/cctv/3``), a blog's or a news site's posts and archives
# (``/blog/cctv/2024``, ``/berita/kamera/12``), tags and categories.
_NOT_CAMERA_SECTIONS = frozenset(
    {"shop", "store", "toko", "produk", "product", "products", "item", "items", "cart"}
    | {"blog", "blogs", "news", "berita", "artikel", "article", "articles", "post", "posts"}
    | {"tag", "tags", "category", "categories", "kategori", "archive", "archives", "arsip"}
)


def detail_link_id(href: str) -> str | None:
    """Return the camera id a link to a camera's own page ends in, or None.

    ``/camaras/101``, ``/camera/4/``: the path's last segment is a number, the one
    before it a camera folder word (percent escapes decoded), or a viewing verb after
    that word (``/cameras/ver/12``, ``/webcams/watch/3``). A link with a query
    (``?page=2``), a listing or category page (``/cameras/catalogo``,
    ``/cameras/category/5``), one filed under a shop's, a blog's or a tag's section
    (``/produk/cctv/3``, ``/blog/cctv/2024``) and one longer than _MAX_ROUTE are none.
    """
    if len(href) > _MAX_ROUTE:
        return None
    parts = urlsplit(href)
    if parts.query:
        return None
    segments = parts.path.rstrip("/").rsplit("/", 3)
    if len(segments) == 4 and unquote(segments[2]).lower() in _VIEW_VERBS:
        segments = [segments[0], segments[1], segments[3]]  # /cameras/ver/12
    elif len(segments) == 4:
        segments = [f"{segments[0]}/{segments[1]}", segments[2], segments[3]]
    if len(segments) < 3:
        return None
    folder, key = unquote(segments[1]).lower(), segments[2]
    if folder not in _DETAIL_FOLDERS or _DETAIL_KEY.fullmatch(key) is None:
        return None
    sections = unquote(segments[0]).lower().split("/")
    return None if _NOT_CAMERA_SECTIONS.intersection(sections) else key


def _piece_addresses(piece: _Piece) -> set[str]:
    """Return the media addresses a card or media piece holds."""
    ref = piece.ref
    if isinstance(ref, _Media):
        return {url for url in (ref.url, ref.snapshot) if url}
    return {value for key in _KIND_KEYS.values() if isinstance(value := ref.get(key), str)}


def _action_record(ancestors: tuple[_Node, ...]) -> tuple[str, int] | None:
    """Return the record number the record buttons of a camera's card name, or None.

    The smallest element around the camera whose buttons name a record counts, when it
    holds that one camera (its still and stream, or cards repeating its address) and
    its buttons name one record only. The number of the button naming it comes with it.
    """
    for node in reversed(ancestors[-_PAIR_DEPTH - 1 :]):
        if node.tag in _NOT_CARDS or node.media > 1 or node.action_mixed:
            return None
        pieces = node.pieces or ()
        if not _one_cameras_pieces(node) and (
            len(pieces) > 2 or len(set().union(*map(_piece_addresses, pieces))) != 1
        ):
            return None
        if node.action_id is not None:
            return node.action_id, node.action_button
    return None


def _shortcode_alone(text: str, start: int, end: int) -> bool:
    """Return True for a shortcode standing alone on its line, no sentence around it.

    A page prints an unrendered shortcode as a line (a paragraph) of its own; one
    mentioned in a sentence (``Gunakan shortcode [video src=…] untuk memutar.``) is
    documentation. Other shortcodes on the line and punctuation do not count as words.
    """
    before = text[max(0, start - _SHORTCODE_SIDE) : start].rsplit("\n", 1)[-1]
    after = text[end : end + _SHORTCODE_SIDE].split("\n", 1)[0]
    rest = _BRACKETED.sub("", before + " " + after)
    return not any(c.isalnum() for c in rest)


def _vlc_media_path(url: str) -> bool:
    """Return True for an HTTP address VLC plays: a media file or a server's live path.

    A site's home page (no path), a video platform's watch page and any other file (a
    page, an installer, an archive, a document) is none.
    """
    last = urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1].lower()
    if not last or is_platform_video(url):
        return False
    return "." not in last or last.endswith(_VLC_MEDIA_SUFFIXES)


def _vlc_element(attributes: dict[str, str]) -> bool:
    """Return True for an element of the VLC web plugin (its type or ActiveX class id)."""
    return (
        attributes.get("type", "").lower() in _VLC_TYPES
        or attributes.get("classid", "").lower() == _VLC_CLASS_ID
    )


def _srcset(attributes: dict[str, str]) -> str:
    """Return a picture's candidate list: its ``srcset``, else its lazy ``data-srcset``."""
    return (attributes.get("srcset") or attributes.get("data-srcset") or "")[:4000]


def _first_candidate(srcset: str) -> str | None:
    """Return the address of a candidate list's first candidate (``a.jpg 1x, …``)."""
    first = srcset.split(",", 1)[0].split()
    return first[0] if first and not first[0].lower().startswith("data:") else None


def _bold_class(tag: str, attributes: dict[str, str]) -> bool:
    """Return True for a text block set in bold by its class (``<div class="fw-semibold">``).

    Bootstrap's ``fw-bold``/``fw-semibold`` (``font-weight-bold`` before Bootstrap 5),
    Tailwind's ``font-bold``/``font-semibold`` and AdminLTE's ``text-bold`` write a
    bold line as a ``<b>`` does; a ``<span>`` (a word set in bold inside a line, a
    state pill), another tag (a heading, a link, a cell) or a class naming a lighter
    weight is none.
    """
    if tag not in _BOLD_CLASS_TAGS:
        return False
    return _BOLD_CLASS.search(attributes.get("class", "")[:_MAX_CLASS_TEXT]) is not None


def _name_class(classes: str) -> bool:
    """Return True for the class of an element holding a name or title."""
    classes = classes[:_MAX_CLASS_TEXT]
    return bool(_NAME_CLASS.search(classes.lower()) or _NAME_CLASS_CAMEL.search(classes))


def _cjk_text(text: str | None) -> bool:
    """Return True for a short text written in CJK script (kana or ideographs) alone."""
    return (
        bool(text)
        and len(text or "") <= 12
        and all("\u3040" <= char <= "\u30ff" or "\u3400" <= char <= "\u9fff" for char in text or "")
    )


# Words of a picture's alt text or title saying it collects a camera's past pictures: a
# weather station's "Webcam summary, past 24hrs", a "24 hour montage", a "Zeitraffer".
_SUMMARY_PICTURE_WORDS = frozenset(
    {"summary", "montage", "collage", "timelapse", "zeitraffer", "ringkasan"}
)
_MAX_SUMMARY_LABEL = 120


# A camera section's place line: a place label, then the place, a coarser place in
# brackets after it, and other labelled facts after a bar or a middle dot ("Island:
# Tanna (Tafea Province) | Volcanic Alert Level: 2"). Islands label a section's place too.
_SECTION_PLACE_LABELS = _PLACE_LABELS | frozenset({"island", "pulau", "isla", "ilha", "insel"})
_LINE_FACTS = re.compile(r"\s*[|\u00b7\u2022]\s*")
_TRAILING_BRACKET = re.compile(r"\s*\([^()]{1,60}\)$")
_MAX_SECTIONS = 500
_MAX_CAPTION_GAP = 64
_MAX_SECTION_PLACE_WORDS = 4


def _section_place(line: str) -> str | None:
    """Return the place a section's labelled line names, or None.

    The line must begin with a place label (``Island:``, ``Kecamatan:``, ``Ort:``) and
    the place be a short name without digits; a coarser place in brackets after it
    (``(Tafea Province)``) and the facts after a bar or a dot are dropped.
    """
    text = " ".join(line[:_MAX_LINE].split())
    if ":" not in text[:_MAX_PLACE_LABEL]:
        return None
    first = _LINE_FACTS.split(text, maxsplit=1)[0]
    labelled = _LABELLED.fullmatch(first)
    if labelled is None or norm_key(labelled.group(1)) not in _SECTION_PLACE_LABELS:
        return None
    place = _TRAILING_BRACKET.sub("", labelled.group(2)).strip(" ,;")
    words = place.split()
    if not words or len(words) > _MAX_SECTION_PLACE_WORDS or any(c.isdigit() for c in place):
        return None
    return place if any(c.isalpha() for c in place) and ":" not in place else None


def _summary_picture(attributes: dict[str, str]) -> bool:
    """Return True for a picture whose alt text or title says it is a summary of the past.

    Webcam pages show, below the live stills, a collage of the last day's pictures
    (``alt="Webcam summary, past 24hrs"``, ``title="Daily montage"``) or a timelapse's
    still: none is a camera's live still. The words are read whole (``time-lapse`` as
    ``timelapse``), from at most 120 characters of each text.
    """
    for key in ("alt", "title"):
        text = (
            attributes.get(key, "")[:_MAX_SUMMARY_LABEL].lower().replace("time-lapse", "timelapse")
        )
        if text and not _SUMMARY_PICTURE_WORDS.isdisjoint(_CLASS_WORD.findall(text)):
            return True
    return False


def _decoration_address(url: str) -> bool:
    """Return True for a picture's address naming a logo, an icon or an avatar.

    A handler handing ``…/avatars/4.jpg`` (a users table's Edit record) hands what an
    ``<img>`` of it would be refused as (``_decoration``): no camera's still.
    """
    path = url[:_MAX_CLASS_TEXT].lower()
    return any(hint in path for hint in DECORATION_HINTS)


def _user_picture(attributes: dict[str, str]) -> bool:
    """Return True for a signed-in user's picture: its whole alt text or a class says so.

    Admin templates show the user's picture in the top bar (``alt="User Image"``,
    ``alt="user"``, ``class="img-profile"``); a camera's still is never labelled so.
    """
    alt = " ".join(attributes.get("alt", "")[:40].lower().split())
    if alt in USER_PICTURE_LABELS:
        return True
    classes = attributes.get("class", "")[:_MAX_CLASS_TEXT].lower().split()
    return any(name in USER_PICTURE_CLASSES for name in classes[:16])


def _without_preview_word(alt: str | None) -> str | None:
    """Return a picture's alt text without a leading word saying it is a preview.

    ``Vorschaubild Neubau Klinikum Nord``, ``Thumbnail of North Gate``, ``Pratinjau
    Simpang Tiga``, ``Aperçu : Lac``: what follows names the camera. The word alone (or
    followed by nothing with a letter) is left as written: it names no camera.
    """
    if not alt or (found := _PREVIEW_ALT.match(alt[:300])) is None:
        return alt
    rest = alt[found.end() :].strip()
    return rest if any(c.isalpha() for c in rest) else alt


def _url_keys(url: str) -> set[str]:
    """Return the keys an address may name a camera by.

    Its last path segment (and that segment's stem) and the values of its query fields
    named as an id (``?id=17``; an ``alias`` or ``camera`` value is a handle, no id).
    """
    try:
        parts = urlsplit(url)
    except ValueError:
        return set()
    segment = parts.path.rstrip("/").rsplit("/", 1)[-1]
    keys = {segment, segment.rsplit(".", 1)[0]}
    keys.update(
        value for k, value in parse_qsl(parts.query)[:_MAX_KEY_PARAMS] if norm_key(k) in ID_KEYS
    )
    return {key for key in keys if _SHARED_KEY.fullmatch(key)}


def _image_address(attributes: dict[str, str]) -> str | None:
    """Return the address a picture element shows: its lazy ``data-src``, else its ``src``.

    A ``src`` that is the lazy address itself with a query of its own
    (``current.jpg?w=1280`` beside ``data-src="current.jpg"``: a size the page asks for)
    is what the page shows and stays; any other ``src`` beside a ``data-src`` is the lazy
    loader's placeholder. A picture with neither, or with an inline ``data:`` placeholder
    only, shows the first candidate of its ``srcset`` (lazysizes' ``data-srcset``).
    """
    src, lazy = attributes.get("src"), attributes.get("data-src")
    if src and src.lstrip()[:5].lower() == "data:":
        src = None  # an inline placeholder image
    if not lazy:
        return src or _first_candidate(_srcset(attributes))
    if src and len(src) <= _MAX_QUERY_URL and len(lazy) <= _MAX_QUERY_URL:
        shown, kept = urlsplit(src), urlsplit(lazy)
        if (
            shown.query
            and not kept.query
            and (shown.netloc, shown.path) == (kept.netloc, kept.path)
        ):
            return src
    return lazy


def _shared_labels(pictures: list[tuple[str | None, tuple[str | None, ...]]]) -> set[str]:
    """Return the texts (casefolded) that every one of a page's pictures carries alike.

    Each picture is given by its address and its texts (its alt text, its name, the
    title of the card holding it alone). A text naming each picture the same way, on
    three pictures or more of distinct addresses, is the template's label for the
    picture ("Gambar Level Air", a caption under every picture), never a camera's name.
    """
    if len({url for url, _texts in pictures}) < _MIN_SHARED_LABEL:
        return set()
    shared: set[str] | None = None
    for _url, texts in pictures:
        said = {text.casefold() for text in texts if text}
        shared = said if shared is None else shared & said
        if not shared:
            return set()
    return shared or set()


# Words of a line that only states cameras' state or counts them ("Online Semua",
# "2 dari 3 Online", "All cameras live").
_STATE_LINE_WORDS = (
    ONLINE_WORDS
    | OFFLINE_WORDS
    | {"semua", "all", "dari", "of", "kamera", "camera", "cameras", "cctv", "live", "status"}
)


def _video_poster(attributes: dict[str, str]) -> str | None:
    """Return a video's still: its ``poster``, else its ``data-poster``, else its setup's.

    Plyr and lazy loaders (lazysizes) take the poster from ``data-poster`` so the browser
    does not fetch it before they do; it is the same still. video.js reads its options
    from the element's ``data-setup`` JSON (``{"controls": true, "poster": "…jpg"}``):
    their ``poster`` is the player's still (at most _MAX_SETUP_JSON characters are read).
    """
    return attributes.get("poster") or attributes.get("data-poster") or _setup_poster(attributes)


_MAX_SETUP_JSON = 4000


def _setup_poster(attributes: dict[str, str]) -> str | None:
    """Return the ``poster`` of a video.js element's ``data-setup`` options, or None."""
    setup = attributes.get("data-setup", "")
    if "poster" not in setup[:_MAX_SETUP_JSON] or len(setup) > _MAX_SETUP_JSON:
        return None
    try:
        options = json.loads(setup)
    except ValueError:
        return None
    poster = options.get("poster") if isinstance(options, dict) else None
    return (poster.strip() or None) if isinstance(poster, str) else None


# Words of a picture's class or id naming what is laid over a player, and words naming
# the player an overlay element covers.
_OVERLAY_PICTURE_WORDS = frozenset({"mask", "watermark"})
_PLAYER_WORDS = frozenset({"video", "player", "vjs", "stream"})


# A ``<source>`` typed with an HLS playlist's media type (``HLS_MIME_TYPES``) is the
# player's stream whatever its address looks like (a script serving the playlist,
# ``m3u8.php?camkey=…``, a route ``/stream/12/playlist``). Its rank among a video's
# sources: below an address shaped as HLS of any quality, above any other (MP4, FLV, DASH).
_TYPED_RANK = (1, -1)


def _labelled_group(heading: str) -> str | None:
    """Return the place a heading's bracketed labelled part names, if any.

    "Live CCTV (Group : Masaran)", "Kamera Aktif [Kecamatan: Tirtomoyo]": a heading
    closing with a part in brackets that labels a place or a camera group (``Group``,
    ``Grup``, ``Kelompok``, the place words of labelled place lines) names the group of
    cameras it stands over. Any other bracketed part ("(4 kamera)", "(Online)") names none.
    """
    if len(heading) > _MAX_LEAD or not heading.endswith((")", "]")):
        return None
    bracketed = _BRACKETED_PART.fullmatch(heading)
    if bracketed is None:
        return None
    labelled = _LABELLED.fullmatch(" ".join((bracketed.group(1) or bracketed.group(2)).split()))
    if labelled is None:
        return None
    if norm_key(labelled.group(1)) not in _PLACE_LABELS | _GROUP_LABELS:
        return None
    place = labelled.group(2).strip()
    return place if any(c.isalpha() for c in place) and not _names_nothing(place) else None


def _lone_caption(node: _Node) -> str | None:
    """Return the one text line of a player's own block, above or below the video.

    A block holding the video and one line of text (``<p class="text-center">Pasar
    Masaran</p>`` under it) is captioned by that line, unless it names nothing (a state,
    an address, a generic label) or is a labelled place line.
    """
    line = node.line
    if node.lines != 1 or not line or node.places or len(line) > _MAX_LEAD:
        return None
    if not any(c.isalpha() for c in line) or _names_nothing(line):
        return None
    return line


def _beside_place(node: _Node) -> str | None:
    """Return the line naming a player's card whose other line labels its place.

    A card of two text lines, ``Plaza San Martín`` and ``Distrito: Cercado de Lima``,
    with no title: the first line, when it is not the place line, is the camera's name
    (never a state, an address or a generic label). A card with more lines gives none.
    """
    line = node.line
    if node.lines != 2 or not line or not node.place or node.place in line:
        return None
    if len(line) > _MAX_LEAD or not any(c.isalpha() for c in line):
        return None
    if _names_nothing(line):
        return None
    return line


def _place_label(label: str, value: str) -> bool:
    """Return True for a card line's label that places the camera at its value.

    A place word (``Kecamatan``, ``Area``) always does; a loose one (``Lokasi``,
    ``Location``) as in a table's rows, only for a value that is no street address.
    """
    key = norm_key(label)
    if key in _PLACE_LABELS:
        return True
    return key in _ROW_PLACE_LABELS and not street_line(value)


# The separator of a labelled line's label ("Sumber: Dishub"), after the label's word.
_COLON_LABEL = re.compile(r"\s{0,3}[:\uff1a]")


# Pages of numbered sections (``/cctv-group/3``): the longest path read, the headings of
# a page kept, and the record number closing a section's path.
_MAX_SECTION_PATH = 300
_MAX_PAGE_HEADINGS = 200
_SECTION_NUMBER = re.compile(r"[0-9]{1,12}")


def _sibling_paths(path: str, page: str) -> bool:
    """Return True for two pages of numbered sections in one folder (``/group/1``, ``/group/3``)."""
    if len(path) > _MAX_SECTION_PATH or len(page) > _MAX_SECTION_PATH:
        return False
    head, _, last = path.rpartition("/")
    page_head, _, page_last = page.rpartition("/")
    return (
        bool(head)
        and head == page_head
        and _SECTION_NUMBER.fullmatch(last) is not None
        and _SECTION_NUMBER.fullmatch(page_last) is not None
    )


def _names_nothing(line: str) -> bool:
    """Return True for a card's line that cannot name its camera.

    That is a generic label, a line of state words and counts ("Semua Online"), an
    address, or a line that only dates the picture ("Diperbarui 02.12.2026 12:30 WIB").
    """
    return generic_label(line) or _state_line(line) or looks_like_url(line) or _dates_only(line)


def _state_line(text: str) -> bool:
    """Return True for a line made only of state words and counts."""
    words = _TITLE_WORD.findall(text[:120].casefold())
    return bool(words) and all(word.isdigit() or word in _STATE_LINE_WORDS for word in words)


_TITLE_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
_CAMERA_WORD = re.compile(r"(?:live)?(?:web)?(?:cams?|cameras?|kamera|cctv|livestream|webcam)")
# Words of a page's title or headings saying its cameras are goods or people's
# (a shop's reviews, webcam streamers), not cameras watching places.
_NOT_PLACE_CAMERA_WORDS = (
    SHOP_WORDS
    | BUYING_WORDS
    | {"review", "reviews", "ulasan", "unboxing", "streamer", "streamers", "mirrorless"}
)


# Named links to cameras' viewing scripts (``_view_link``): the words a label may hold,
# the scripts of a page read, the characters of a key.
_MAX_VIEW_NAME_WORDS = 8
_MAX_VIEW_SCRIPTS = 8
_VIEW_KEY = re.compile(r"[\w.~-]{1,64}")


# The path word before a key that says the route shows one camera (``/stream/CAM01``,
# ``/camera/7``, ``/live/pos-3``); a route of at most four parts.
_ROUTE_WORDS = frozenset(
    {"stream", "live", "watch", "play", "player", "view", "lihat", "camera", "cameras"}
    | {"kamera", "cctv", "cam", "webcam"}
)
_MAX_ROUTE_PARTS = 4
# Route words naming the camera itself; the headings of a page read for a camera word.
_ROUTE_CAMERA_WORDS = frozenset({"camera", "cameras", "kamera", "cctv", "cam", "webcam"})
_MAX_ROUTE_HEADINGS = 16
# A label's leading caption of the key itself (``Kamera CAM01``, ``CCTV 7 -``).
_KEY_CAPTION = re.compile(r"(?i)\s*(?:kamera|camera|cam|cctv|webcam)\s*[#:.-]?\s*")


def _route_key(url: str) -> tuple[str, str] | None:
    """Return a camera's viewing route and the key its last path part gives, or None.

    ``/stream/CAM01`` gives ("host/stream/", "CAM01"): a route word (``stream``,
    ``live``, ``camera``) right before a key holding a digit, with no query. A file
    (``cam1.jpg``), a key of no digit (``/live/about``) or a deeper path
    (``/camera/7/edit``) gives None.
    """
    parts = urlsplit(url)
    if parts.query or parts.scheme not in ("http", "https"):
        return None
    segments = parts.path.rstrip("/").split("/")
    if not 3 <= len(segments) <= _MAX_ROUTE_PARTS + 1:
        return None
    word, key = segments[-2].lower(), segments[-1]
    if word not in _ROUTE_WORDS or "." in key or not _VIEW_KEY.fullmatch(key):
        return None
    if _NOT_CAMERA_SECTIONS.intersection(unquote(part).lower() for part in segments[:-2]):
        return None  # a shop's, a blog's or a tag's section (/blog/live/a1)
    if not any(char.isdigit() for char in key):
        return None
    return f"{parts.netloc.lower()}{'/'.join(segments[:-1])}/", key


def _key_caption(text: str, key: str) -> bool:
    """Return True for a text that only captions a key (``Kamera CAM01``, ``CCTV 7``)."""
    caption = _KEY_CAPTION.match(text)
    return caption is not None and text[caption.end() :].strip() == key


def _without_key_caption(label: str, key: str) -> str:
    """Return a link's label without a leading caption of its key (``Kamera CAM01``).

    ``Kamera CAM01 Simpang Tiga`` is the camera ``Simpang Tiga``; a label that is only
    the caption, or does not lead with one, is kept.
    """
    caption = _KEY_CAPTION.match(label)
    if caption is None or not label[caption.end() :].startswith(key):
        return label
    rest = label[caption.end() + len(key) :]
    if rest[:1].isalnum():
        return label  # the key is only the start of a longer word
    rest = rest.lstrip(" \t\n-:|·–—")
    return rest if any(char.isalpha() for char in rest) else label


def _view_link_key(url: str) -> tuple[str, str] | None:
    """Return a camera's viewing script keyed by its one query field, and the key.

    ``/camview.php?camkey=telaga_warna`` gives ("host/camview.php?camkey", "telaga_warna");
    an address with no query, two fields or a value that is no key (a URL, words) gives
    None. A viewing route keyed by its last path part (``/stream/CAM01``) gives the
    route and that part (``_route_key``).
    """
    if len(url) > _MAX_QUERY_URL:
        return None
    if not camera_view_frame(url):
        return _route_key(url)
    parts = urlsplit(url)
    fields = parse_qsl(parts.query[:_MAX_QUERY_URL], keep_blank_values=True)[:2]
    if len(fields) != 1 or not _VIEW_KEY.fullmatch(key := fields[0][1].strip()):
        return None
    return f"{parts.netloc.lower()}{parts.path}?{fields[0][0]}", key


# A playlist script's one query field keying its camera: a camera word with a key, id,
# code or name word (``camkey``, ``cam_id``, ``kameraId``), or a field naming the camera
# or channel (``cam``, ``id``, ``channel``: IDENTIFYING_PARAMS).
_PLAYLIST_KEY_FIELD = re.compile(
    r"(?:cam|camera|kamera|cctv|webcam)[_-]?(?:key|id|code|kode|name)", re.IGNORECASE
)
_SCRIPT_SUFFIXES = (".php", ".asp", ".aspx", ".ashx", ".jsp", ".cgi", ".py", ".pl")


def _playlist_key(media: _Media) -> str | None:
    """Return the camera key of a script serving a player's typed playlist, or None.

    A playlist script declared as HLS (``_Media.typed``) keyed by its one query field
    names its camera by it: ``m3u8.php?camkey=sawur_puncak`` gives "sawur_puncak",
    ``hls.aspx?cam=3`` "3". A route without a script's name, two query fields, a field
    that is no camera key (``?v=2``, ``?token=…``) or a value that is no key (a URL,
    words) gives None.
    """
    url = media.url
    if media.typed is None or url is None or len(url) > _MAX_QUERY_URL:
        return None
    parts = urlsplit(url)
    if not parts.path.lower().endswith(_SCRIPT_SUFFIXES):
        return None
    fields = parse_qsl(parts.query, keep_blank_values=True)[:2]
    if len(fields) != 1:
        return None
    name, key = fields[0][0].strip(), fields[0][1].strip()
    if name.lower() not in IDENTIFYING_PARAMS and not _PLAYLIST_KEY_FIELD.fullmatch(name):
        return None
    return key if _VIEW_KEY.fullmatch(key) else None


def _query_id(url: str) -> str | None:
    """Return the camera id a player link names beside the stream it hands over, or None.

    ``?camId=58e4…&videoUrl=https://…m3u8`` gives "58e4…": the first parameter named as
    an id (ID_KEYS), read only when the link's stream came from its own query.
    """
    for key, value in parse_qsl(urlsplit(url[:_MAX_QUERY_URL]).query)[:20]:
        value = value.strip()
        if value and len(value) <= 64 and norm_key(key) in ID_KEYS and not looks_like_url(value):
            return value
    return None


# A card's own line naming its district with the district's word and no colon
# ("Kapanewon Cangkringan", "Kecamatan Sangatta Utara"): the name after the word is one to
# four words, the first capitalised. A village's word (desa, kelurahan) leads a line of
# the card's address, read as no area: cards under a district's heading keep its area.
_DISTRICT_WORDS = frozenset({"kecamatan", "kapanewon", "kemantren", "distrik"})
_MAX_WORDED_PLACE = 4


# A pin glyph leading a card's line (``📍 Split``, ``📌 Bol``): the line names its place.
_PIN_GLYPHS = ("\U0001f4cd", "\U0001f4cc")
_MAX_PINNED_WORDS = 4


def _pinned_place(text: str) -> str | None:
    """Return the place a card's line names after a pin glyph, or None.

    "📍 Split" gives "Split", "📌 Donji Seget" "Donji Seget"; the glyph alone, a
    lower-case rest, a sentence (more than _MAX_PINNED_WORDS words) or a line where the
    glyph does not lead gives None.
    """
    if not text.startswith(_PIN_GLYPHS):
        return None
    rest = _unpinned(text)
    words = rest.split()
    if not words or len(words) > _MAX_PINNED_WORDS or not rest[:1].isupper():
        return None
    return rest


def _unpinned(text: str) -> str:
    """Return a badge's text without the pin glyph leading it ("📍 Pit Barat, Blok 3").

    A glyph decorates the line and is never part of the place; a glyph alone gives "".
    """
    if not text.startswith(_PIN_GLYPHS):
        return text
    return clean_text(text[1:].lstrip("\ufe0f")) or ""


def _worded_place(text: str) -> str | None:
    """Return the district a card's own line names after the district's word, or None.

    "Kapanewon Cangkringan" gives "Cangkringan", "Kecamatan Sangatta Utara" gives
    "Sangatta Utara"; the word alone, a lower-case rest ("kecamatan ini"), a longer
    sentence or a village's line ("Desa Jone") gives None.
    """
    word, _, rest = text[:_MAX_LEAD].partition(" ")
    rest = rest.strip()
    if word.casefold() not in _DISTRICT_WORDS or not rest[:1].isupper():
        return None
    if len(rest.split()) > _MAX_WORDED_PLACE or not all(c.isalpha() or c in " .'-" for c in rest):
        return None
    return rest


# Words of an alt text saying only what the picture is ("Yasur latest image", "Gambar
# terbaru Poto Tano"), never which camera.
_PICTURE_ALT_WORDS = frozenset(
    {"latest", "current", "image", "picture", "photo", "snapshot"}
    | {"gambar", "foto", "terbaru", "terkini", "aktuell", "bild"}
)


def _picture_alt(alt: str) -> bool:
    """Tell an alt text that is no label of its own: a file stem or a picture's words.

    A file stem (``skycam_new``, ``kayangan_cam``, ``eastcam``: one token with an
    underscore, a digit or no capital letter), a camera word alone (``Webcam``), or a
    text with a word saying what the picture is (``Yasur latest image``, ``Karangetang
    gambar terbaru``). "Simpang Empat Sangatta" or "Bengalon" is a label.
    """
    text = alt.strip()[:_MAX_LEAD]
    if not text:
        return False
    if len(text.split()) == 1 and (
        not any(c.isupper() for c in text)
        or any(c == "_" or c.isdigit() for c in text)
        or _CAMERA_WORD.fullmatch(text.casefold()) is not None
    ):
        return True
    return any(word in _PICTURE_ALT_WORDS for word in _TITLE_WORD.findall(text.casefold()))


_AREA_HEADING_ENDS = frozenset({"district", "subdistrict"})


def _area_heading(text: str) -> bool:
    """Tell a heading written as a district or village.

    A district word before the name ("Kecamatan Bengalon", "Desa Jone", "Distrik
    Abepura") or an English one after it ("Sangatta Utara District").
    """
    words = text[:_MAX_LEAD].casefold().split()
    if len(words) < 2:
        return False
    return words[0] in AREA_HEADING_WORDS or words[-1] in _AREA_HEADING_ENDS


def _heading_area(text: str) -> str:
    """Return a group heading's place without the full district or village word leading it.

    "Kecamatan Tanah Grogot" gives "Tanah Grogot", "Desa Kelurahan Baru" gives
    "Kelurahan Baru" (one word only); a heading that is the word alone stays as it is.
    A zone's word before a place's name goes too ("Zona Sangatta Selatan" gives
    "Sangatta Selatan"), never before a zone's kind ("Kawasan Industri Maloy").
    """
    word, _, rest = text.partition(" ")
    rest = rest.strip()
    if word.casefold() in AREA_HEADING_WORDS and any(c.isalpha() for c in rest):
        return rest
    if word.casefold() in _GROUP_WORDS and _group_place(rest):
        return rest
    return text


# Words for a zone or region written before its place's name in a group heading ("Zona
# Sangatta Selatan", "Wilayah Bengalon", "Kawasan Bukit Pelangi"): dropped as a district's
# word is. A zone named for what it is rather than where ("Kawasan Industri Maloy", "Zona
# Merah") keeps its word.
_GROUP_WORDS = frozenset({"zona", "wilayah", "kawasan"})
_ZONE_KINDS = frozenset(
    {"industri", "wisata", "ekonomi", "pelabuhan", "perkantoran", "pendidikan", "pergudangan"}
    | {"pertokoan", "perumahan", "pertambangan", "hutan", "konservasi", "rawan", "khusus"}
    | {"merah", "kuning", "hijau", "oranye", "biru", "aman", "bahaya", "integritas"}
)
_MAX_GROUP_PLACE_WORDS = 4
# Compass, centre and up/downstream words: a zone named by them alone ("Zona Timur Laut",
# "Kawasan Kota Pusat") is a part of the map, no place's name.
_COMPASS_WORDS = frozenset(
    {"utara", "selatan", "timur", "barat", "tengah", "laut", "daya", "raya", "kota", "pusat"}
    | {"north", "south", "east", "west", "central", "hulu", "hilir", "atas", "bawah"}
)
# The regency's one-word districts (kecamatan of Kutai Timur): a zone heading naming
# one of them alone ("Wilayah Bengalon") names a place.
_KNOWN_DISTRICTS = frozenset(
    {"bengalon", "kaliorang", "kaubun", "karangan", "sangkulirang", "sandaran", "kongbeng"}
    | {"telen", "busang", "sangatta"}
)


def _group_place(rest: str) -> bool:
    """Tell the rest of a zone heading that reads as a place's name ("Sangatta Selatan").

    Two to four capitalised words, letters only, none a zone's kind ("Industri",
    "Merah") and not all compass words ("Timur Laut"); or one word that is a known
    district of the regency ("Bengalon"). A single common or compass word ("Timur",
    "Sekolah") is no place: the heading keeps its zone word.
    """
    words = rest.split()
    if not words or len(words) > _MAX_GROUP_PLACE_WORDS or not rest[:1].isupper():
        return False
    if not all(c.isalpha() or c in " .'-" for c in rest):
        return False
    folded = [word.casefold() for word in words]
    if any(word in _ZONE_KINDS for word in folded):
        return False
    if len(words) == 1:
        return folded[0] in _KNOWN_DISTRICTS
    if all(word in _COMPASS_WORDS for word in folded):
        return False
    return all(word[:1].isupper() for word in words)


# What may stand between a camera word and the number it writes ("Camera #6710", "CCTV
# No. 12", "Kamera Nr. 3").
_ID_MARK = re.compile(r"(?i)(?:#|n°|(?:no|nr|num)\.?(?=[\s\d]))\s?")


def _id_alt(alt: str, keys: set[str]) -> bool:
    """Tell an alt text that is only a camera word and the card's own id.

    "Camera 6710" in a card keyed 6710 (``data-camera-id``), "CCTV #15", "Kamera 12":
    the picture says what it is and which camera, so the card's title names it. A rest
    other than one of the card's keys ("Camera Pier", "Camera 6711") says more.
    """
    if not keys or len(alt) > 80:
        return False
    bare = _ALT_CAMERA_WORDS.sub("", alt, count=1)
    if bare == alt:
        return False
    rest = bare.strip()
    if (mark := _ID_MARK.match(rest)) is not None:
        rest = rest[mark.end() :]
    return rest.strip().casefold() in keys


def _shortened_title(alt: str, title: str) -> bool:
    """Tell an alt text that is the card's title shortened or re-punctuated.

    "Muizenberg Surfer's Corner" for "Muizenberg – Surfer's Corner", "Mill Lane ford
    camera" for "Mill Lane Ford & Gauge": the same leading words, bar camera words at
    either end, case and punctuation. A live badge's word ending the alt ("Simpang Tiga
    Live" for "Simpang Tiga — Jl. Yos Sudarso") says only that the picture is current
    and is dropped like a camera word; one leading it ("Live Music Stage") is kept.
    """
    said = _TITLE_WORD.findall(alt[:200].casefold())
    while said and (_CAMERA_WORD.fullmatch(said[-1]) or said[-1] in _LIVE_BADGE_WORDS):
        said.pop()
    while said and _CAMERA_WORD.fullmatch(said[0]):
        said.pop(0)
    words = _TITLE_WORD.findall(title[:200].casefold())
    return len(said) >= 2 and words[: len(said)] == said


_MAX_CAPTION_LEAD_WORDS = 12


def _caption_lead(alt: str, caption: str) -> bool:
    """Tell a one-word alt text that its picture's own caption says in full.

    A camera wall's figure (``<img alt="Sangatta"><figcaption>Sangatta Kota (Cuaca -
    sangattawxCAM2)</figcaption>``) or a captioned picture shortens its caption to one
    of the place's words in the alt: the caption, which says more, names the camera.
    The word leads the caption ("Aramoana" for "Aramoana Mole (looking east)"), or is
    any word of a caption written as a title, every word capitalised ("Bay" for
    "Careys Bay Wharf"). Two or more leading words are ``_shortened_title``'s, read
    whatever the title is; this rule is only the caller's for a caption line (a
    figcaption, a ``caption`` classed line), never for a heading. Not taken: a camera
    word or a number alone as the alt, a word inside a caption written as a sentence
    ("Bromo" in "Sunrise over Bromo from the ridge"), a caption of one word or of more
    than twelve (prose, not a name).
    """
    said = _TITLE_WORD.findall(alt[:80].casefold())
    if len(said) != 1 or len(said[0]) < 3 or not said[0].isalpha():
        return False
    if _CAMERA_WORD.fullmatch(said[0]):
        return False
    written = _TITLE_WORD.findall(_CAPTION_REMARK.sub(" ", caption[:300]))
    words = [word.casefold() for word in written]
    if not 2 <= len(words) <= _MAX_CAPTION_LEAD_WORDS:
        return False
    if words[0] == said[0]:
        return True
    return said[0] in words and all(word[0].isupper() or word[0].isdigit() for word in written)


# A caption's bracketed remark ("(looking east)"), no part of its title's words.
_CAPTION_REMARK = re.compile(r"\([^()]{0,120}\)")


# A live badge's words ending an alt text ("Simpang Tiga Live"): no part of a name.
_LIVE_BADGE_WORDS = frozenset({"live", "langsung"})
# Words saying what a picture is, after its place in an alt text ("… cam still").
_PICTURE_WORDS = frozenset(
    {"still", "stills", "image", "picture", "snapshot", "photo", "foto", "view", "bild"}
)
_MAX_DESCRIPTION = 4  # words an alt text adds after the card's title


def _camera_labelled(alt: str, title: str) -> bool:
    """Tell an alt text that labels the picture as a camera's ("Harbour Tower Webcam").

    A label ending in a camera word, in other words than the card's title (often in
    another language), says what the picture is: the card's own title names it. One
    that begins with the title's words ("Snapper Rocks North Cam" under "Snapper
    Rocks") may name a finer place and is kept.
    """
    words = _TITLE_WORD.findall(alt[:200].casefold())
    if len(words) < 2 or _CAMERA_WORD.fullmatch(words[-1]) is None:
        return False
    said = _TITLE_WORD.findall(title[:200].casefold())
    return words[: len(said)] != said


def _caption_written_as_title(caption: str) -> bool:
    """Tell a caption line written as a place's title, not as a sentence about the view.

    A camera grid's lead line ("Kaliorang North", "Bukit Pelangi Hill", "Runway 27") is
    two to six words, each capitalised or a number: it is what the page shows as the
    camera's name, so an alt labelling the picture as another place's camera ("Bengalon
    North Webcam", copied from another site) yields to it as it yields to a heading.
    A caption written as a sentence ("Moorings at high water", "Blick auf die
    Strandpromenade") describes the view: the alt's camera label stays the name.
    """
    words = _TITLE_WORD.findall(_CAPTION_REMARK.sub(" ", caption[:200]))
    if not 2 <= len(words) <= _MAX_TITLE_CAPTION_WORDS:
        return False
    return all(word[:1].isupper() or word[:1].isdigit() for word in words)


_MAX_TITLE_CAPTION_WORDS = 6


def _described_title(alt: str, title: str) -> bool:
    """Tell an alt text that is the card's title followed by words describing the picture.

    "Snapper Rocks surf cam still" for "Snapper Rocks", "Summit Station webcam image" for
    "Summit Station": the title's whole words first, then at most four lower-case words,
    one of them a camera or picture word. A capitalised rest ("Kirra Beach Cam") may name
    a finer place and a rest without such a word ("Pier end") says more than the picture.
    """
    said = _TITLE_WORD.findall(alt[:200])
    words = [word.casefold() for word in _TITLE_WORD.findall(title[:200])]
    rest = said[len(words) :]
    if not words or [word.casefold() for word in said[: len(words)]] != words:
        return False
    return (
        0 < len(rest) <= _MAX_DESCRIPTION
        and all(word == word.lower() for word in rest)
        and any(_CAMERA_WORD.fullmatch(word) or word in _PICTURE_WORDS for word in rest)
    )


def _item_media(item: dict[str, JSONValue]) -> frozenset[str]:
    """Return the addresses an item carries: the same ones twice are one camera."""
    return frozenset(
        value
        for value in itertools.islice(item.values(), 64)
        if isinstance(value, str) and looks_like_url(value)
    )


def _media_urls(item: JSONValue, base_url: str) -> dict[str, list[tuple[str, str]]]:
    """Return an item's media values by kind, as (key, resolved URL) pairs."""
    found: dict[str, list[tuple[str, str]]] = {}
    if not isinstance(item, dict):
        return found
    for key, value in itertools.islice(item.items(), 64):
        if isinstance(value, str) and looks_like_url(value):
            url = resolve_url(value, base_url)
            kind = url_kind(url) if url is not None else None
            if url is not None and kind is not None:
                found.setdefault(kind, []).append((key, url))
    return found


# Words of a map picture's file stem or alt text (``map_kutim.png``, "Peta Kutai Timur").
_MAP_WORDS = frozenset({"map", "maps", "peta", "karte", "carte", "mapa", "mappa", "kaart"})
_MAP_SPLIT = re.compile(r"[\W_]+")
_MAX_MAP_CAPTION = 8


def _without_map_pictures(media: list[_Media]) -> list[_Media]:
    """Return the media without the map picture a live-camera map lays its links over.

    Links to the cameras' stills (``_camera_still_link``) sit in the container that also
    holds the map picture (``<div id="map"><img src="map_kutim.png" alt="Peta …">``): a
    picture inside the links' nearest shared container (the page, for a single link) whose file stem names a map, or
    whose alt text is a map's caption (a map word first or last: "Peta Kutai Timur",
    "Kutai Timur map"), is that map, no camera. A picture whose own address names a
    camera (``cam03.jpg``) and one merely named for a place holding a map word (a street,
    "Jl. PETA Lingkar Selatan") stay. Without such links a map picture is read as before.
    """
    shared: list[object] | None = None
    links = 0
    for one in media:
        if one.still_link:
            links += 1
            if shared is None:
                shared = list(one.ancestors)
            else:
                common = 0
                for mine, theirs in zip(shared, one.ancestors, strict=False):
                    if mine is not theirs:
                        break
                    common += 1
                del shared[common:]
    if shared is not None and links == 1:
        shared = shared[:1]  # one pin shares no container: any holding it (the page)
    if not shared:
        return media
    holder, depth = shared[-1], len(shared) - 1
    kept: list[_Media] = []
    for one in media:
        if (
            not one.still_link
            and one.kind == "still"
            and one.url is not None
            and len(one.ancestors) > depth
            and one.ancestors[depth] is holder
            and not camera_still_address(one.url)
        ):
            stem = urlsplit(one.url).path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
            caption = [word for word in _MAP_SPLIT.split((one.alt or "").lower()) if word]
            if set(_MAP_SPLIT.split(stem.lower())) & _MAP_WORDS or (
                0 < len(caption) <= _MAX_MAP_CAPTION
                and (caption[0] in _MAP_WORDS or caption[-1] in _MAP_WORDS)
            ):
                continue
        kept.append(one)
    return kept


def _drop_shared_stills(items: list[JSONValue], base_url: str) -> None:
    """Drop a picture that several cards with different streams all show.

    A placeholder poster ("loading.gif", "no-signal.png") or a stock picture shared
    by cameras that each have their own stream is no still of any of them, nor of a
    card showing it without a stream (a portal's ``assets/img/cctv.png`` icon on every
    card, one card with no playable stream): such a card keeps no picture and is no
    camera. A picture several cards show without any stream beside it stays.
    """
    media = [_media_urls(item, base_url) for item in items]
    lives: dict[str, set[str]] = {}
    holders: dict[str, int] = {}
    for found in media:
        live = {url for kind in ("stream", "mjpeg") for _key, url in found.get(kind, ())}
        if not live:
            continue
        for url in {url for _key, url in found.get("still", ())}:
            holders[url] = holders.get(url, 0) + 1
            if len(known := lives.setdefault(url, set())) < 2:
                known.update(live)
    shared = {url for url, live in lives.items() if holders[url] > 1 and len(live) > 1}
    if not shared:
        return
    for item, found in zip(items, media, strict=True):
        if isinstance(item, dict):
            for key, url in found.get("still", ()):
                if url in shared:
                    del item[key]


def _unbracketed(text: str) -> str:
    """Return a text written whole in parentheses without them ("(Offline)": "Offline")."""
    if len(text) > 2 and text[0] == "(" and text[-1] == ")" and "(" not in text[1:-1]:
        return text[1:-1].strip()
    return text


def _live_address(found: tuple[str, str | None] | None) -> bool:
    """Return True for a resolved address of a stream or an MJPEG feed."""
    return found is not None and found[1] in ("stream", "mjpeg")


def _scan_page(
    text: str, base_url: str, page_url: str | None = None, *, keep_news: bool = False
) -> _PageScanner:
    """Read a page (its crowded tags cut down) with the tolerant HTML parser."""
    scanner = _PageScanner(base_url, page_url, keep_news=keep_news)
    scanner.dialogs = dialog_players(text)
    try:
        scanner.feed(text)
        scanner.close()
    except _PageCut:
        scanner.cut = True
    except (AssertionError, ValueError):
        # Markup the standard parser gives up on ends the scan; what was read still counts.
        pass
    scanner.finish()
    scanner.rebase_options()
    if not scanner.scripts and not text.lstrip().startswith("<"):
        scanner.scripts.append(("", text))
    return scanner


# Words of a news site's recorded videos in a player's source: a host label, a folder or
# the file's name (``vod.news.example``, ``/berita/1/``, ``/videos/``, ``/arsip/``,
# ``news-1.m3u8``), and news words inside a host label (``kutimnews``, ``beritasatu``).
_NEWS_VIDEO_WORDS = frozenset(
    {"vod", "berita", "news", "artikel", "article", "articles", "blog", "video", "videos"}
    | {"rekaman", "arsip", "archive", "replay", "recording", "recordings"}
)
_NEWS_LABEL_WORDS = ("news", "berita")
_MAX_VIDEO_WORDS = 32
_VIDEO_WORD = re.compile(r"[a-z]+")


def _news_video(url: str) -> bool:
    """Return True for a player's source a news site's recorded-video address names.

    A news or recorded-video word in the host, the folders or the file's name: such
    players sign no wall of camera cards, so the platform embeds beside them stay
    promotional videos. A source naming a camera (``news.kutimtv.example/cctv/1/``,
    ``/blog/cam1/``) is a camera's relay.
    """
    try:
        parts = urlsplit(url[:2048])
    except ValueError:
        return False
    host = parts.hostname or ""
    if names_camera(f"{host} {parts.path}"):
        return False
    words = _VIDEO_WORD.findall(f"{host} {parts.path.lower()}")[:_MAX_VIDEO_WORDS]
    if not _NEWS_VIDEO_WORDS.isdisjoint(words):
        return True
    return any(news in label for label in host.split(".")[:-1] for news in _NEWS_LABEL_WORDS)


def _player_cameras(
    scanner: _PageScanner, ctx: Context, notes: Notes, cameras: list[Camera]
) -> tuple[dict[int, list[tuple[int, int]]], list[dict[str, JSONValue]]]:
    """Add one camera per named player the page's scripts set up.

    A player is named by its own title, else by the card of the element it is attached
    to. Return the script spans read (per script) and the players without a name: they
    are read last, named by the page, unless the page shows their stream otherwise.
    """
    code = [script if "json" not in kind else "" for kind, script in scanner.scripts]
    players = find_players(code, ctx.base_url)
    spans: dict[int, list[tuple[int, int]]] = {}
    for number, player in players:
        spans.setdefault(number, []).extend((player.span, *player.parts))
    # A news site's recorded videos (the page names no camera) are no camera either.
    camera_page = scanner.names_cameras()
    news = [
        player
        for _number, player in players
        if not camera_page and player.stream and _news_video(player.stream)
    ]
    scanner.count_players(
        [player.target for _number, player in players if player.target],
        frozenset(player.target for player in news if player.target),
    )
    scanner.news_videos = bool(news)
    dropped = {id(player) for player in news} | _repeated_previews(players)
    players = [(number, player) for number, player in players if id(player) not in dropped]
    scanner.give_posters(player_posters(players, ctx.base_url))
    unnamed: list[dict[str, JSONValue]] = []
    targets: dict[int, str] = {}
    items = player_items(players, ctx.base_url, scanner.describe, targets)
    scanner.player_areas([(item, targets.get(id(item))) for item in items if "name" in item])
    for item in items:
        if "name" not in item:
            unnamed.append(item)
        elif len(cameras) <= MAX_CAMERAS:
            cameras.extend(item_cameras(item, None, ctx, notes)[0])
    return spans, unnamed


def _repeated_previews(players: list[tuple[int, Player]]) -> set[int]:
    """Return the players a template repeats on every card: a preview of no camera.

    A card template carrying its own inline script (``var videoSrc = "/stream.m3u8";
    hls.loadSource(videoSrc)`` into ``#video-player``) writes the same script in every
    card: the same address played into the same element id by two or more scripts is
    one site-level preview (only the first element with that id ever plays), no card's
    camera. A player a page's one script sets up, or different addresses, stay.
    """
    scripts: dict[tuple[str, str], set[int]] = {}
    for number, player in players[: 4 * MAX_CAMERAS]:
        if player.stream and player.target:
            scripts.setdefault((player.target, player.stream), set()).add(number)
    repeated = {key for key, numbers in scripts.items() if len(numbers) > 1}
    return {
        id(player)
        for _number, player in players
        if player.stream and player.target and (player.target, player.stream) in repeated
    }


def _unnamed_stream(camera: Camera) -> bool:
    """Return True for a stream a script's data gave with nothing but its media.

    No name (its name is its derived id), no area, no position and no state: a player's
    configuration, not a camera record.
    """
    return (
        camera.stream_url is not None
        and camera.id.startswith("k-")
        and camera.raw_name == camera.id
        and camera.area is None
        and camera.latitude is None
        and camera.online is None
    )


def _without_player_config(
    found: list[Camera], state: bool, unnamed: list[dict[str, JSONValue]]
) -> list[Camera]:
    """Return a script value's cameras, its one unnamed stream moved to ``unnamed``.

    Only a script's own value (not a framework's state) giving a single camera with
    nothing but its media (``_unnamed_stream``) is a player's configuration.
    """
    if state or len(found) != 1 or not _unnamed_stream(found[0]):
        return found
    unnamed.append(_stream_item(found[0]))
    return []


def _stream_item(camera: Camera) -> dict[str, JSONValue]:
    """Return an unnamed stream's media as a player item, to be named by the page."""
    item: dict[str, JSONValue] = {"stream": camera.stream_url}
    if camera.snapshot_url is not None:
        item["snapshot"] = camera.snapshot_url
    if camera.mjpeg_url is not None:
        item["mjpeg"] = camera.mjpeg_url
    return item


def _page_named_streams(
    scanner: _PageScanner,
    unnamed: list[dict[str, JSONValue]],
    spans: dict[int, list[tuple[int, int]]],
    ctx: Context,
    notes: Notes,
    cameras: list[Camera],
) -> None:
    """Add the streams of players without a name, named by the page's heading or title."""
    page_name = scanner.first_heading or scanner.title
    known = {url for c in cameras for url in (c.stream_url, c.snapshot_url, c.mjpeg_url) if url}
    for item in unnamed:
        if item["stream"] in known or len(cameras) > MAX_CAMERAS:
            continue
        if page_name:
            item["name"] = page_name
        for camera in item_cameras(item, None, ctx, notes)[0]:
            cameras.append(camera)
            known.add(str(item["stream"]))
    for number, (script_type, script) in enumerate(scanner.scripts):
        if "json" in script_type or len(cameras) > MAX_CAMERAS:
            continue
        for url in player_streams(script, ctx.base_url, spans.get(number, ())):
            if url in known:
                continue
            for camera in item_cameras({"name": page_name, "stream": url}, None, ctx, notes)[0]:
                cameras.append(camera)
                known.add(url)


_MAX_STATE_CARDS = 500


def _card_key(name: str) -> str:
    return " ".join(name.casefold().split())


def _state_streams_on_cards(cameras: list[Camera], state: dict[int, Camera]) -> list[Camera]:
    """Join a framework state's stream-only records to the rendered cards showing them.

    A server-rendered page (a Next.js server component handing its client grid the
    camera rows in the flight data) gives each camera twice: the state's record with its
    id and player page but no picture, and the card drawn from it with the picture (a
    snapshot built from the row) and a state badge. A state camera holding a stream and
    no still or MJPEG and a card camera holding a still and no stream or MJPEG are one
    camera when their names are equal (case and spacing aside) and unique on both sides:
    the joined camera keeps the state's id, name and stream, the card's still, and each
    side's state, area and position where the other has none. Names repeated on either
    side, a state record with a still of its own and a card with a stream join nothing;
    at most ``_MAX_STATE_CARDS`` cameras are looked at. ``state`` maps the state cameras'
    identities to themselves: holding them keeps a dropped one's identity from being
    taken by a camera made later.
    """
    if not state or len(cameras) > _MAX_STATE_CARDS:
        return cameras
    streams: dict[str, list[int]] = {}
    cards: dict[str, list[int]] = {}
    for number, camera in enumerate(cameras):
        key = _card_key(camera.name)
        if not key:
            continue
        if state.get(id(camera)) is camera:
            if camera.stream_url and not camera.snapshot_url and not camera.mjpeg_url:
                streams.setdefault(key, []).append(number)
            else:
                streams.setdefault(key, []).extend((number, number))  # never joined
        elif camera.snapshot_url and not camera.stream_url and not camera.mjpeg_url:
            if not camera.stream_key:
                cards.setdefault(key, []).append(number)
        else:
            cards.setdefault(key, []).extend((number, number))
    joined: dict[int, Camera] = {}
    dropped: set[int] = set()
    for key, found in streams.items():
        card = cards.get(key, [])
        if len(found) != 1 or len(card) != 1:
            continue
        record, shown = cameras[found[0]], cameras[card[0]]
        joined[found[0]] = replace(
            record,
            snapshot_url=shown.snapshot_url,
            online=record.online if record.online is not None else shown.online,
            area=record.area or shown.area,
            latitude=record.latitude if record.latitude is not None else shown.latitude,
            longitude=record.longitude if record.latitude is not None else shown.longitude,
        )
        dropped.add(card[0])
    if not joined:
        return cameras
    return [
        joined.get(number, camera) for number, camera in enumerate(cameras) if number not in dropped
    ]


def _media_key(camera: Camera) -> tuple[str | None, str | None, str | None]:
    return camera.stream_url, camera.snapshot_url, camera.mjpeg_url


def _page_state(scanner: _PageScanner) -> list[JSONValue]:
    """Return the state frameworks left in the page's attributes and scripts."""
    values: list[JSONValue] = []
    for state in scanner.states:
        values.extend(attribute_values(state))
    values.extend(flight_values(scanner.scripts))
    for script_type, script in scanner.scripts:
        if "json" not in script_type:
            values.extend(iife_values(script))
    return values


# Words of a frame's host that say it serves cameras (``beachcam-network``, ``harbourcams``,
# ``cctv``): its player is a camera, never a promotional video.
_CAMERA_HOST_WORD = re.compile(r"[a-z]*(?:cams?|webcams?|cctv|kamera|cameras?)")


def _same_site(url: str, base_url: str) -> bool:
    """Return True when two addresses share their host."""
    try:
        return (urlsplit(url).hostname or "") == (urlsplit(base_url).hostname or "")
    except ValueError:
        return False


def _camera_host_frame(url: str) -> bool:
    """Return True for a frame served by a host named for cameras."""
    try:
        host = (urlsplit(url).hostname or "")[:253]
    except ValueError:
        return False
    labels = host.split(".")[:-1]  # the top-level domain names nothing
    return any(_CAMERA_HOST_WORD.fullmatch(word) for label in labels for word in label.split("-"))


def _player_pages(
    scanner: _PageScanner, ctx: Context, notes: Notes, cameras: list[Camera]
) -> list[Camera]:
    """Return the page's cameras, its player frames' pages standing in only without others.

    A page whose only media are player frames gives one camera a frame; player pages a
    table row was given count only when no other camera is found. A post's photos from
    its WordPress media library beside player frames are no cameras: the frames are.
    """
    if scanner.embeds:
        photos = [c for c in cameras if _library_photo(c, scanner.library_pictures)]
        if photos and all(c in photos or c.stream_url in scanner.frame_pages for c in cameras):
            cameras = [c for c in cameras if c not in photos]
    if any(c.stream_url not in scanner.frame_pages for c in cameras):
        cameras = [c for c in cameras if c.stream_url not in scanner.frame_pages]
        # A frame in a card that names its camera by id (a live tile among still tiles,
        # ``data-webcam-id``) is that camera; other frames (a promotional video) are not.
        known = {c.stream_url for c in cameras}
        for item in scanner.embed_items(among_cards=True):
            if len(cameras) > MAX_CAMERAS:
                break
            if not isinstance(item, dict) or item["stream"] in known:
                continue
            if id(item) in scanner.listed_views:
                continue  # a list of viewer pages stands in only for a page without cameras
            own_id = scanner.carded_embeds.get(id(item))
            if own_id is not None:
                item["id"] = own_id
                cameras.extend(item_cameras(item, None, ctx, notes)[0])
            elif id(item) in scanner.walled_embeds:
                # A frame in a card like the wall's other cameras' (div.cam each).
                cameras.extend(item_cameras(item, None, ctx, notes)[0])
            elif isinstance(url := item["stream"], str) and (
                _camera_host_frame(url) or camera_view_frame(url)
            ):
                # A camera network's player (embed.harbourcams…/player/…) or a camera's
                # viewing script (…/showcam.php?channel=1) among stills.
                cameras.extend(item_cameras(item, None, ctx, notes)[0])
        return cameras
    if not cameras and not scanner.news_videos:
        # A news site's recorded videos beside the frames make them its videos, too.
        for item in scanner.embed_items():
            if len(cameras) > MAX_CAMERAS:
                break
            if isinstance(item, dict) and (own := scanner.carded_embeds.get(id(item))):
                item["id"] = own  # the card holding the frame names its camera's id
            cameras.extend(item_cameras(item, None, ctx, notes)[0])
    return cameras


# A caption numbering an article's picture (``Gambar 1.``, ``Figure 2:``, ``Fig. 3 –``,
# ``Abb. 1:``, ``Abbildung 4.``, ``Figura 2)``): the picture illustrates the text.
_FIGURE_NUMBER = re.compile(
    r"(?i)\s{0,4}(?:gambar|figure|fig\.?|abb\.|abbildung|figura)\s?\d{1,3}[a-z]?\s?"
    r"(?:[.:)]|[-\u2013\u2014]\s)"
)


def _link_key(url: str) -> str | None:
    """Return the id a link to a camera's view page names (``/view/12``), or None."""
    found = _view_link_key(url)
    return found[1] if found else detail_link_id(url)


def _with_headed_sections(
    text: str, ctx: Context, notes: Notes, cameras: list[Camera]
) -> list[Camera]:
    """Read a post listing its cameras one heading each (headedsections) over the page's.

    The post's reading stands when the page reader missed a camera it shows (a player
    frame on a page with other cameras, most often): its cameras replace those sharing
    their media, and the pictures read outside its sections illustrate the post.
    """
    headed = headed_cameras(text, ctx.base_url, _link_key)
    if not headed:
        return cameras
    local = Notes()
    found = normalise_items(_plain([camera.item for camera in headed]), ctx, local)[0]
    read = {url for c in cameras for url in (c.stream_url, c.snapshot_url, c.mjpeg_url) if url}
    if len(found) < 2 or all(
        (c.stream_url or c.snapshot_url) in read for c in found if c.stream_url or c.snapshot_url
    ):
        return cameras
    shown = {url for c in found for url in (c.stream_url, c.snapshot_url, c.mjpeg_url) if url}
    shown |= {url for camera in headed for url in camera.media}
    kept = [
        c
        for c in cameras
        if c.stream_url is not None and not {c.stream_url, c.snapshot_url, c.mjpeg_url} & shown
    ]
    notes.messages.extend(local.messages)
    return [*found, *kept]


# A page about cameras says so somewhere: a camera word in its text, a title or an
# address (``/webcam/teluk-lingga/dermaga.jpg``), within its first 512 KiB.
_CAMERA_CONTEXT = re.compile(r"(?i)webcam|cctv|kamera|camera|\bcams?\b|livecam")
_CAMERA_CONTEXT_SPAN = 512 * 1024


def _with_headed_columns(
    text: str, ctx: Context, notes: Notes, cameras: list[Camera]
) -> list[Camera]:
    """Place cameras by the heading columns of a grid row before them (headedcolumns).

    The pictures the page reader took in a camera column get the heading's place (a
    camera with a place of its own, or named as the heading, keeps it); a player frame
    of a camera column named by its title is that place's camera when the page reader
    did not read it, on a public host when the page is served from one. The reading
    stands when it places cameras under two or more headings.
    """
    if _CAMERA_CONTEXT.search(text, 0, _CAMERA_CONTEXT_SPAN) is None:
        return cameras  # a listing's video tours or a shop's clips: no camera on the page
    found = headed_columns(text, ctx.base_url)
    if not found:
        return cameras

    def key(url: str) -> str:
        # The address as a camera holds it: resolved, its login dropped (a frame written
        # ``https://user:pass@host/embed/1`` is the camera read at ``https://host/embed/1``).
        return without_query_login(resolve_url(url, ctx.base_url) or url)

    index: dict[str, int] = {}
    for number, camera in enumerate(cameras):
        for url in (camera.stream_url, camera.snapshot_url, camera.mjpeg_url):
            if url:
                index.setdefault(key(url), number)
    public = is_public_host(url_host(ctx.base_url))
    placed: dict[int, str] = {}
    frames: list[JSONValue] = []
    areas: set[str] = set()
    for media in found:
        if (read := index.get(key(media.url))) is not None:
            if read >= 0 and cameras[read].name.casefold() != media.area.casefold():
                placed.setdefault(read, media.area)
                areas.add(media.area)
        elif media.kind == "frame" and media.name:
            if public and not is_public_host(url_host(media.url)):
                continue  # a public page hands out no LAN player
            index[key(media.url)] = -1
            frames.append({"name": media.name, "stream": media.url, "area": media.area})
            areas.add(media.area)
    if len(areas) < 2:
        return cameras
    local = Notes()
    added = normalise_items(_plain(frames), ctx, local)[0] if frames else []
    notes.messages.extend(local.messages)
    kept = [
        replace(camera, area=placed[number]) if number in placed and camera.area is None else camera
        for number, camera in enumerate(cameras)
    ]
    return [*kept, *added]


# What says a page is an article or a blog post: Open Graph's type, schema.org's
# article types, the hAtom entry class Blogger and WordPress themes write.
_ARTICLE_MARK = re.compile(
    r"""(?i)property=["']og:type["'][^>]{0,40}content=["']article["']"""
    r"""|schema\.org/(?:BlogPosting|NewsArticle|Article)\b|class=["'][^"'>]{0,200}\bhentry\b"""
)
_MAX_ARTICLE_MARK = 200_000


def _with_link_lists(text: str, ctx: Context, notes: Notes, cameras: list[Camera]) -> list[Camera]:
    """Read an article listing its cameras as links to viewer pages (linklists).

    Only on a page showing no live camera of its own: the pictures it shows, fewer than
    the links, are the article's photos when stored on its own site or when the page
    says it is an article (``og:type`` article, a ``BlogPosting``, an ``hentry`` post).
    """
    if any(c.stream_url or c.mjpeg_url for c in cameras):
        return cameras
    if any(not _same_site(c.snapshot_url or "", ctx.base_url) for c in cameras) and (
        _ARTICLE_MARK.search(text[:_MAX_ARTICLE_MARK]) is None
    ):
        return cameras
    items = link_list_cameras(text, ctx.base_url, _link_key)
    if len(items) < 2 or len(items) <= len(cameras):
        return cameras
    local = Notes()
    found = normalise_items(_plain(list(items)), ctx, local)[0]
    if len(found) < 2:
        return cameras
    notes.messages.extend(local.messages)
    return found


def _with_preview_calls(
    text: str, ctx: Context, notes: Notes, cameras: list[Camera]
) -> list[Camera]:
    """Read a page handing its cameras' pictures to ``addToPreview`` calls (previewcalls).

    Only on a page where nothing else gave a camera.
    """
    if cameras:
        return cameras
    items = preview_call_items(text, ctx.base_url)
    if not items:
        return cameras
    return normalise_items(_plain(list(items)), ctx, notes)[0]


def _with_dashboard_tiles(
    text: str, ctx: Context, notes: Notes, cameras: list[Camera]
) -> list[Camera]:
    """Read an application dashboard's tiles (Heimdall: dashtiles) as its camera list.

    On such a page the tiles are the list: the cameras read from them replace those the
    generic card readers found in the same tiles.
    """
    items = dashboard_tiles(text, ctx.base_url)
    if not items:
        return cameras
    local = Notes()
    found = normalise_items(_plain(list(items)), ctx, local)[0]
    if not found:
        return cameras
    notes.messages.extend(local.messages)
    return found


def _with_inactive_tiles(
    text: str, ctx: Context, notes: Notes, cameras: list[Camera]
) -> list[Camera]:
    """Add a webcam wall's inactive tiles, each with its webcam page (``inactivetiles``)."""
    items = inactive_tiles(text, ctx.base_url, cameras)
    if not items or len(cameras) > MAX_CAMERAS:
        return cameras
    known = {c.stream_url for c in cameras if c.stream_url}
    found = normalise_items(_plain(items), ctx, notes)[0]
    return [*cameras, *(c for c in found if c.stream_url and c.stream_url not in known)]


def _numbered_figure(camera: Camera) -> bool:
    """Return True for a still named by a numbered figure caption: an article's photo."""
    if camera.snapshot_url is None or camera.stream_url or camera.mjpeg_url:
        return False
    return _FIGURE_NUMBER.match(camera.name[:60]) is not None


def _library_photo(camera: Camera, library: set[str]) -> bool:
    """Return True for a camera that is only a WordPress media-library picture."""
    url = camera.snapshot_url
    if url is None or camera.stream_url or camera.mjpeg_url:
        return False
    if url in library:
        return True
    try:
        path = urlsplit(url[:2048]).path
    except ValueError:
        return False
    return _LIBRARY_UPLOAD.search(path) is not None


def _without_page_groups(cameras: list[Camera], groups: list[tuple[int, int]]) -> list[Camera]:
    """Drop a data value's entries that are only web pages when another gives real media.

    A site's config lists its piste-map or trail-map pages (``MAPS: {nord: {title,
    url}}``) beside its webcams (``FEATURED_WEBCAMS: [{name, imageUrl}]``): entries
    whose one address is a page that names no player, from a value where every entry
    is such a page, are no cameras when another value of the page gives pictures or
    streams.
    """
    if len(groups) < 2:
        return cameras
    paged = [all(page_only(c) for c in cameras[start:end]) for start, end in groups]
    if all(paged) or not any(paged):
        return cameras
    drop = {
        i
        for (start, end), only in zip(groups, paged, strict=True)
        if only
        for i in range(start, end)
    }
    return [camera for i, camera in enumerate(cameras) if i not in drop]


def _script_data(script: str, skip: Sequence[tuple[int, int]], base_url: str) -> list[JSONValue]:
    """Return a script's data literals; rows its loop names are read as named objects."""
    values = script_values(script, skip) + call_values(script, skip) + call_rows(script, skip)
    # Records assigned one at a time by a written key (``cctv_link[7] = {…}``).
    values += indexed_records(script, skip)
    if "lat" in script and "lon" in script:
        # Plotly map traces keep their points in columns: one record per point.
        values = [plotly_records(value) or value for value in values]
    named = named_rows(script) if "[" in script else []
    if named:
        plain = [rows for rows, _objects in named]
        found: list[JSONValue] = [objects for _rows, objects in named if objects]
        values = found + [v for v in values if v not in plain]
    # Rows whose first row holds the column titles (a spreadsheet grid's data, a sheet's
    # values) are records named by those titles.
    values = [(header_rows(v) or v) if isinstance(v, list) else v for v in values]
    # Records keeping a picture's file name the script joins with its folder.
    join_picture_folders(script, values, base_url)
    # Records without media whose popup template builds their picture from a field.
    fill_field_templates(script, values, placed_only=True)
    # Records whose picture the script joins from a base address field and a route.
    fill_field_joins(script, values, placed_only=True)
    # Records wrapped in a class whose method builds their still from a field.
    fill_method_templates(script, values)
    # Records given only their popup markup: its place line is their area.
    place_popup_areas(values)
    # A camera list naming its region or zone by a key into a table of names.
    return resolve_lookups(values) if len(values) > 1 else values


# Schema.org types of linked data (JSON-LD) describing the page, its site, its publisher
# or its navigation (Yoast's ``yoast-schema-graph``, a ``CollectionPage``): their own
# addresses and pictures are the page's, never a camera's.
_PAGE_TYPES = frozenset(
    {"webpage", "collectionpage", "itempage", "aboutpage", "contactpage", "profilepage"}
    | {"searchresultspage", "faqpage", "website", "organization", "governmentorganization"}
    | {"corporation", "person", "breadcrumblist", "listitem", "searchaction", "readaction"}
    | {"sitenavigationelement", "wpheader", "wpfooter", "article", "newsarticle"}
    | {"blogposting"}
)
_PAGE_ADDRESS_KEYS = frozenset(
    {"url", "@id", "item", "sameas", "mainentityofpage", "target", "urltemplate", "logo"}
    | {"image", "thumbnailurl", "primaryimageofpage"}
)
_MAX_LINKED_DEPTH = 12


def _without_page_addresses(value: JSONValue, script_type: str, depth: int = 0) -> JSONValue:
    """Return a linked-data script's value without the addresses of its page nodes.

    A node typed as the page, its site, publisher or breadcrumb (_PAGE_TYPES) keeps its
    other fields (a ``mainEntity`` list of cameras is still read) but loses its own
    address and picture fields: a page's ``url`` is never a camera's stream. Other
    scripts are returned as they are.
    """
    if "ld+json" not in script_type or depth > _MAX_LINKED_DEPTH:
        return value
    if isinstance(value, list):
        return [_without_page_addresses(each, script_type, depth + 1) for each in value]
    if not isinstance(value, dict):
        return value
    kinds = value.get("@type")
    names = kinds if isinstance(kinds, list) else [kinds]
    page = any(isinstance(kind, str) and kind.lower() in _PAGE_TYPES for kind in names[:8])
    return {
        key: _without_page_addresses(each, script_type, depth + 1)
        for key, each in value.items()
        if not (page and key.lower() in _PAGE_ADDRESS_KEYS)
    }


def _reload_table(value: JSONValue, reloads: Refreshed, used: set[str]) -> bool:
    """Return True for a reload script's table of pictures by camera key.

    ``KAMERE = {krozisce_vzhod: '…/krozisce_vzhod.jpg', …}`` gives each picture the
    script picks by an id prefix its address: the pictures are the cameras, named by
    their sections; the table itself is none.
    """
    if not used or not isinstance(value, dict) or not value:
        return False
    return (
        all(isinstance(v, str) for v in value.values())
        and value.keys() <= reloads.keyed.keys()
        and not used.isdisjoint(value.keys())
    )


def _detailed(camera: Camera, details: dict[str, str], ctx: Context) -> Camera:
    """Return a page's one camera named (and its state and area given) by its detail table.

    A camera's admin page shows its record as label/value rows beside its player: the
    name row names the camera, whatever heading the player sits under.
    """
    raw_name = sanitize_name(redact_text(details["name"]))
    if not raw_name:
        return camera
    name = sanitize_name(prettify_name(raw_name)) if ctx.prettify else raw_name
    online = parse_status(details["status"]) if "status" in details else None
    area = sanitize_name(details["area"]) if "area" in details else None
    return replace(
        camera,
        raw_name=raw_name,
        name=name,
        online=camera.online if online is None else online,
        area=camera.area or area or None,
    )


def _label_marker_areas(markers: list[JSONValue], page: str) -> None:
    """Give each marker whose area is a district slug a select lists its option's label."""
    labels: dict[str, str] | None = None
    for item in markers:
        if isinstance(item, dict) and isinstance(area := item.get("area"), str):
            labels = option_labels(page) if labels is None else labels
            if not labels:
                return
            item["area"] = labels.get(area, area)


class _NewsKeptOut(Exception):
    """A page read without its news pictures gave no camera."""


def _no_page_list(scanner: _PageScanner, markers: int, keep_news: bool) -> NoReturn:
    """Raise the error of a page giving no camera (_NewsKeptOut when news were left out)."""
    if not keep_news and scanner.news_pictures > 0:
        raise _NewsKeptOut
    media = len(scanner.media) + len(scanner.cards)
    found = describe_page(len(scanner.scripts), media, markers)
    raise PortalFormatError(f"{_NO_PAGE_LIST} (found {found})")


def _parse_html(text: str, ctx: Context, fmt: PortalFormat) -> ParseResult:
    """Parse an HTML page: script data first, then video, iframe, link and image cards.

    Pictures stored with the site's news are left out; a page giving no camera without
    them is read again keeping them (a newsroom's own webcams, ``/snap/news-desk.jpg``).
    """
    try:
        return _read_html(text, ctx, fmt, keep_news=False)
    except _NewsKeptOut:
        return _read_html(text, ctx, fmt, keep_news=True)


def _page_names_cameras(scanner: _PageScanner, base_url: str | None) -> bool:
    """Return True when a page's title, a heading or its own address names cameras."""
    texts = [scanner.title or "", *scanner.leading_headings, base_url or ""]
    return any(names_camera(text) for text in texts)


def _table_rows(scanner: _PageScanner, base_url: str | None) -> list[dict[str, JSONValue]]:
    """Return the items of the page's table rows that may be cameras.

    Stream pages written in a table naming no camera, on a page naming none (a church's
    services, a radio's stations), are no camera's.
    """
    rows = scanner.tables.items
    if scanner.tables.unproven and not _page_names_cameras(scanner, base_url):
        unproven = {id(item) for item in scanner.tables.unproven}
        rows = [item for item in rows if id(item) not in unproven]
    return rows


def _one_camera_page(
    text: str, page_url: str, scanner: _PageScanner, ctx: Context, notes: Notes, camera: Camera
) -> list[Camera]:
    """Return the cameras of a page that read one camera.

    A detail table beside it describes it; a sidebar linking every camera's page beside
    it (``/cctv/{slug}``, ``sidebar_cameras``) lists the portal's cameras.
    """
    if len(scanner.tables.details) == 1:
        camera = _detailed(camera, scanner.tables.details[0], ctx)
    return sidebar_cameras(text, page_url, camera, ctx, notes) or [camera]


def _script_items(value: JSONValue, *, local: bool) -> Items | None:
    """Return the entries a page's script data lists; a shop's priced catalogue gives none.

    ``local`` says the page came from the local network, as the JSON reader says of an
    answer: a LAN portal's page keeps its LAN playlists, a public page never gives them.
    """
    try:
        # Groups holding their cameras as positional tuples (``tuplegroups``) too.
        grouped = tuple_group_records(value)
        return find_items(placed_cameras(grouped), depth=_MAX_PAGE_SEARCH_DEPTH, local=local)
    except PortalFormatError:
        return None


def _read_html(text: str, ctx: Context, fmt: PortalFormat, *, keep_news: bool) -> ParseResult:
    """Parse an HTML page, its news pictures left out unless keep_news."""
    # Relative addresses resolve against the base the page declares; links to the page
    # itself are still recognised by its own address.
    page_url = ctx.base_url
    ctx = document_base(text, ctx)
    # A start tag crowded with attributes would cost memory per attribute in the standard
    # parser before any handler runs: it keeps its first ones only, once for every reader
    # of the page's markup below.
    bounded = bound_tag_attributes(text)[0]
    scanner = _scan_page(bounded, ctx.base_url, page_url, keep_news=keep_news)
    reloads = refreshed_images([script for kind, script in scanner.scripts if "json" not in kind])
    scanner.refreshed(reloads)
    notes = Notes()
    if scanner.cut:
        notes.add(
            f"The page has more than {_MAX_PAGE_ELEMENTS} elements or {_MAX_PAGE_MEDIA} media "
            "elements; only the first were read"
        )
    cameras: list[Camera] = []
    skipped = 0
    spans, unnamed = _player_cameras(scanner, ctx, notes, cameras)
    played = {c.stream_url for c in cameras if c.stream_url}
    sources: list[tuple[list[JSONValue], bool]] = [(_page_state(scanner), True)]
    groups: list[tuple[int, int]] = []  # the cameras each data value gave
    for number, (script_type, script) in enumerate(scanner.scripts):
        skip = spans.get(number, ())
        sources.append(
            ([_without_page_addresses(revive(_embedded_json(script)), script_type)], False)
            if "json" in script_type
            else (_script_data(script, skip, ctx.base_url), False)
        )
    # Records one script (or a JSON block) gives whose popup template is in another.
    fill_templates_across_scripts(
        ["" if "json" in script_type else script for script_type, script in scanner.scripts],
        [values for values, _state in sources[1:]],
    )
    # A script's table of the cameras' states keyed by their ids (``camStatus``).
    tables = state_tables(value for values, _state in sources[1:] for value in values)
    # The page's own address (not a ``<base href>`` it declares) says where it came from.
    lan_page = not is_public_host(url_host(page_url)) if page_url else False
    state_streams: dict[int, Camera] = {}  # the cameras a framework's state gave
    for values, state in sources:
        if len(cameras) > MAX_CAMERAS:
            break
        for value in values:
            if route_table(value) or _reload_table(value, reloads, scanner.reload_keys):
                continue
            # A region's list of places (``spots``, ``resorts``, ``beaches``) places the
            # cameras each holds, in a page's data as in a JSON answer.
            items = _script_items(value, local=lan_page)
            if not items:
                continue
            local = Notes()
            item_ctx = replace(ctx, kutim=True) if _has_stream_keys(items) else ctx
            if len(cameras) > MAX_CAMERAS:
                break
            found_cameras, bad = normalise_items(
                items, item_ctx, local, limit=MAX_CAMERAS - len(cameras)
            )
            # A player already read gives that camera; data naming its stream adds nothing.
            found_cameras = [c for c in found_cameras if c.stream_url not in played]
            # A player's configuration held in a script variable (Bradmax's
            # ``dataProvider.source``, a ``source = {hls}`` handed to ``player.load``)
            # names nothing: its stream is named by the page, like a player's.
            found_cameras = _without_player_config(found_cameras, state, unnamed)
            if state:
                # A framework's state may hand the same list to several components.
                seen = {_media_key(c) for c in cameras}
                found_cameras = [c for c in found_cameras if _media_key(c) not in seen]
            if found_cameras:
                groups.append((len(cameras), len(cameras) + len(found_cameras)))
                state_streams.update((id(c), c) for c in found_cameras if state)
                cameras.extend(found_cameras)
                skipped += bad
                notes.messages.extend(local.messages)
                notes.out_of_range += local.out_of_range
    cameras = _without_page_groups(cameras, groups)
    known = {url for c in cameras for url in (c.stream_url, c.snapshot_url, c.mjpeg_url) if url}
    extra: list[JSONValue] = scanner.paired()
    extra.extend(scanner.cards)
    page_items = scanner.items()
    give_states([*extra, *page_items], tables)
    scanner.section_areas()  # table rows too: before they are read
    rows = _table_rows(scanner, ctx.base_url)
    if rows and len(cameras) <= MAX_CAMERAS:
        for camera in normalise_items(_plain(list(rows)), ctx, notes)[0]:
            urls = {camera.stream_url, camera.snapshot_url, camera.mjpeg_url} - {None}
            if not urls & known:
                cameras.append(camera)
                known |= urls  # type: ignore[arg-type]
    _drop_shared_stills([*extra, *page_items], ctx.base_url)
    markers = 0
    for script_type, script in scanner.scripts:
        if "json" not in script_type:
            found_markers = marker_items(script, ctx.base_url)
            markers += len(found_markers)
            extra.extend(found_markers)
    _label_marker_areas(extra[len(extra) - markers :], text)
    for camera in normalise_items(_plain(extra), ctx, notes)[0]:
        urls = {camera.stream_url, camera.snapshot_url, camera.mjpeg_url} - {None}
        if not urls & known:
            cameras.append(camera)
            known |= urls  # type: ignore[arg-type]
    for item in page_items:
        if len(cameras) > MAX_CAMERAS:
            break
        if isinstance(item, dict) and any(
            isinstance(url := item.get(key), str) and url in known for key in _KIND_KEYS.values()
        ):
            continue  # a camera already read (a table row, a card): read it no more
        for camera in item_cameras(item, None, ctx, notes)[0]:
            urls = {camera.stream_url, camera.snapshot_url, camera.mjpeg_url}
            if not urls & known:
                cameras.append(camera)
    cameras = _state_streams_on_cards(cameras, state_streams)
    _page_named_streams(scanner, unnamed, spans, ctx, notes, cameras)
    # A picture captioned as a numbered figure (``Gambar 1. …``) illustrates an article.
    cameras = [camera for camera in cameras if not _numbered_figure(camera)]
    cameras = _player_pages(scanner, ctx, notes, cameras)
    cameras = _with_dashboard_tiles(bounded, ctx, notes, cameras)
    cameras = _with_headed_sections(bounded, ctx, notes, cameras)
    cameras = _with_headed_columns(bounded, ctx, notes, cameras)
    cameras = _with_inactive_tiles(bounded, ctx, notes, cameras)
    if len(cameras) == 1:
        cameras = _one_camera_page(bounded, page_url, scanner, ctx, notes, cameras[0])
    cameras = _with_link_lists(bounded, ctx, notes, cameras)
    cameras = _with_preview_calls(bounded, ctx, notes, cameras)
    # A map's media-less markers titled with a camera's name place that camera.
    scripts = [script for kind, script in scanner.scripts if "json" not in kind]
    cameras = place_by_marker_titles(scripts, cameras)
    if not cameras:
        _no_page_list(scanner, markers, keep_news)
    result = _capped_result(fmt, cameras, skipped, notes)
    # A page cut short lists its cameras in part: none missing from it is gone.
    return replace(result, title=scanner.title, capped=result.capped or scanner.cut)
