"""Viewer pages beside stills: a camera's own page that plays it, named by its code.

A camera list often shows each camera's still and links the page that plays it: a
table row's "Lihat" button to ``/cctv/live/KT-0012`` beside ``/snapshot/KT-0012.jpg``,
a card's link to ``/cctv/su-01`` around its thumbnail, a KML balloon's "Tonton" link
to ``/player/ctz01`` (or ``/cctv/ctl01/live``, the code before the viewer word, under a
camera word). Such a link is the camera's stream (its viewer page) when

- its path ends in a word saying the page plays (``live``, ``player``, ``play``,
  ``stream``, ``watch``, ``embed``, ``siaran``, ``realtime``, Indonesian ``pantau`` and ``tonton``,
  "monitor" and "watch"…) or in ``cctv`` (a portal's route to a
  camera's live view), or in a camera word and one folder (the group a camera is filed
  under, ``/cctv/pantai/ptl-01``, or the portal's viewing route, ``/cctv/lihat/ktm-004``;
  never a picture, recording, detail, article, shop, camera-kind (``dome``, ``bullet``,
  ``indoor``) or map folder), followed by one
  code: a few letters and a number
  (``KT-0012``, ``su-01``, ``ctz01``, ``bpbd-s01``, ``atcs-sgt-01``), perhaps one letter after the number telling a
  junction's cameras apart (``atcs-01a``), never a slug of words (``/live/pasar-baru``),
  a bare number (``/cctv/2``, a page of a list) nor a query;
- that code is the camera's own: its id, or the file name of the still beside it,
  compared without case and separators (``CTZ-01`` and ``ctz01``);
- the page is on a public host, without credentials, and no admin's page.

A detail page about a camera (``/kamera/kj-11``, ``/cameras/17``, ``/cctv/detail/15``),
an article, a category, a list's pagination or the ``/cctv`` index is none, unless the
link itself says it plays: a page under a camera word keyed by the camera's own code
(``/objek-vital/kamera/OV-01``), linked by a button captioned only with playing words
(``Siaran``, ``Live``, ``Tonton``, ``Lihat Live``: ``captioned_viewer_page``), is its
viewer page; so is a camera's record page (``/camera/2``, a recorder dashboard's
``Play`` button in the card of camera 2: ``played_record_page``) keyed by the camera's
own id; a ``Detail`` or ``Lihat`` button, an icon without a caption, a shop's or
an article's folder, a query, a login and a LAN host give none.

A record's field named for its live page (``url_live``, ``link_live``, ``tautan_live``,
``url_viewer``, ``liveUrl``: ``viewer_field``; never ``url_player``) holding such a page beside the record's
still is its stream too, and so is the page the still is stored under
(``/cctv/bantaran/pinang`` beside ``/cctv/bantaran/pinang/terakhir.jpg``:
``page_over_still``): the camera's page keeping its latest picture, on the same host.
"""

from __future__ import annotations

from collections.abc import Iterable
import itertools
import re
from urllib.parse import SplitResult, parse_qsl, urlsplit

from .aliases import COURSE_WORDS, GENERIC_LINK_WORDS, SOUND_WORDS, WEBCAM_VIEW_WORDS, WEBCAM_WORDS
from .policy import is_public_host
from .values import BUYING_WORDS, SHOP_CAMERA_KINDS, SHOP_WORDS, webcam_link_label

__all__ = [
    "CAMERA_PATH_ONLY_WORDS",
    "CAMERA_PATH_WORDS",
    "CAMERA_PLURAL_WORDS",
    "CAMERA_WORDS",
    "camera_caption",
    "camera_route_key",
    "camera_word_pattern",
    "captioned_viewer_page",
    "code_key",
    "embed_field",
    "host_and_path",
    "linked_camera_page",
    "names_camera",
    "namespaced_code",
    "page_over_still",
    "platform_player_page",
    "played_record_page",
    "query_viewer_key",
    "slug_viewer_page",
    "still_code",
    "still_stem",
    "stream_field",
    "stream_key_viewer",
    "viewer_address",
    "viewer_code",
    "viewer_field",
    "viewer_page",
]

_MAX_URL = 300
# The last word of a viewer page's path before the camera's code.
_VIEWER_WORDS = frozenset(
    {"live", "player", "play", "stream", "streaming", "watch", "embed", "liveview"}
    | {"livestream", "tayang", "tayangan", "siaran", "putar", "cctv", "pantau", "tonton"}
    | {"realtime"}
)
# Viewer words a path may write after the camera's code (``/cctv/ctl01/live``).
_TRAILING_VIEWER_WORDS = _VIEWER_WORDS - {"cctv"}
# Viewer words a video-sharing site writes too (``/watch/v1029``): a viewer page's only
# under a camera word earlier in its path (``/atcs/watch/ATCS_3``, ``/cctv/play/su-01``).
_SHARED_VIEWER_WORDS = frozenset({"watch", "play"})
# The camera words: the one vocabulary every reader of a camera word builds on (this
# module owns it; a reader whose words differ names its addition or subtraction over
# these parts, never a second copy). CAMERA_WORDS, the core every reader takes: an
# address's folder, a record route's collection, a viewing script's name
# (``embeds._CAMERA_VIEW_SCRIPT``), a gallery caption (``markup._LABEL_CAMERA_WORDS``).
CAMERA_WORDS = frozenset(
    {"cctv", "camera", "cameras", "cam", "cams", "kamera", "webcam", "webcams"}
)
# The collection plurals a path writes beyond the core (``/cctvs/14``, ``/kameras/…``):
# read in a path and a record route (``markup._RESOURCE_RECORD``), not in a script's name.
CAMERA_PLURAL_WORDS = frozenset({"cctvs", "kameras"})
# Words only a path or a token writes: a traffic authority's ATCS folder and the Spanish
# ``cámara`` (with and without its accent) filing cameras (``/atcs/…``, ``/camaras/…``).
CAMERA_PATH_ONLY_WORDS = frozenset({"atcs", "camara", "camaras", "cámara", "cámaras"})
# The camera words an address, an element id or a file name writes, read whole (the
# address readers: a path files cameras under them, ``/cctv/…``, ``/kamera/…``,
# ``/camaras/…``; a still's stem or a link's id is a camera token made of one,
# ``stilllinks``); a map's host is read with them too (``popupviewers``), without the
# abbreviations ``cam``/``cams``.
CAMERA_PATH_WORDS = CAMERA_WORDS | CAMERA_PLURAL_WORDS | CAMERA_PATH_ONLY_WORDS


def camera_word_pattern(words: Iterable[str]) -> str:
    r"""Return a regex alternation of camera words, longest first (no group, no bounds).

    Each reader puts its own bounds around it: a whole word of a caption (``\b``), a
    path segment before a record's number, a script's name between a verb and a suffix.
    """
    return "|".join(sorted(map(re.escape, words), key=lambda word: (-len(word), word)))


# A folder between a camera word and the camera's code: the group the camera is filed
# under (``/cctv/pantai/ptl-01``, a beach's cameras) or the portal's viewing route
# (``/cctv/lihat/ktm-004``, ``/kamera/tonton/SGT-11``): one or a few plain words.
_FOLDER = re.compile(r"[a-z]{2,20}(?:-[a-z]{2,20}){0,2}")
# A shop's folders beyond the shared shop words (``values.SHOP_WORDS``, BUYING_WORDS):
# its prices, orders, items, reviews and brands. Not read in a page's address or a
# card's text, where "price" or "item" alone names no shop.
_SHOP_FOLDER_EXTRA = frozenset(
    {"products", "harga", "price", "order", "item", "items", "review", "ulasan", "merek"}
    | {"brand"}
)
# Folders that never hold a camera's viewer page: pictures, recordings, facts about the
# camera, a shop's goods and the kinds of camera it sorts them by, a map and a feed.
_NOT_FOLDER_WORDS = frozenset(
    {"foto", "fotos", "photo", "photos", "gambar", "img", "image", "images", "thumb"}
    | {"thumbs", "thumbnail", "thumbnails", "snapshot", "snapshots", "snap", "still"}
    | {"preview", "poster", "rekaman", "recording", "recordings", "playback", "arsip"}
    | {"archive", "download", "unduh", "info", "informasi", "lokasi", "location", "profil"}
    | {"profile", "about", "tentang", "peta", "map", "maps", "artikel", "article", "blog"}
    | {"post", "posts", "galeri", "gallery", "laporan", "report", "api", "data", "json"}
    | {"export", "feed", "rss", "setting", "settings", "config", "pengaturan"}
    # a shop's goods: the shared shop words, and folder words of a shop's pages only
    | SHOP_WORDS
    | BUYING_WORDS
    | _SHOP_FOLDER_EXTRA
    # kinds of camera a shop sorts its goods by (``/cctv/dome/hk-101``)
    | SHOP_CAMERA_KINDS
    | {"indoor", "outdoor", "turret", "fisheye", "wireless", "wifi", "analog", "hidden"}
    | {"spy", "mini"}
)
_ADMIN_WORDS = frozenset(
    {"admin", "edit", "change", "update", "delete", "ubah", "hapus", "detail", "details"}
    | {"berita", "news", "kategori", "category", "tag", "tags", "page", "login", "masuk"}
)
# A camera's code: up to eight letters, perhaps a second group of letters after a
# separator (an agency's and a place's prefix: ``bpbd-s01``, ``atcs-sgt-01``), an
# optional separator, up to eight digits and at most one letter telling a junction's
# cameras apart (``atcs-01a``, ``bgl-03n``).
_CODE = re.compile(r"[A-Za-z]{1,8}(?:[-_][A-Za-z]{1,8})?[-_]?\d{1,8}[A-Za-z]?")
_SEPARATORS = re.compile(r"[-_.]")
# Words of a record's field naming the camera's live page (``url_live``, ``url_viewer``,
# ``tautan_siaran``), and words of fields that never do. A player field (``url_player``)
# beside a still is not read so: such a page may be a generic player's, the still the
# camera's only picture of its own.
_FIELD_WORDS = frozenset(
    {"live", "liveview", "livestream", "viewer", "siaran", "tayang", "tayangan", "tonton"}
    | {"langsung"}
)
_NOT_FIELD_WORDS = frozenset(
    {"map", "maps", "peta", "detail", "details", "share", "api", "berita", "news", "admin"}
    | {"edit", "status", "count", "total", "time", "date", "waktu", "tanggal"}
)
_MAX_KEY = 40
# Words of a link's caption saying it plays the camera (``Siaran``, ``Live``, ``Tonton``,
# ``Lihat Live``, ``Siaran Langsung``): one of the core words, the rest fillers.
_PLAYING_CAPTION_CORE = frozenset(
    {"live", "siaran", "tonton", "putar", "tayang", "tayangan", "streaming", "watch"}
    | {"livestream", "play"}
)
_PLAYING_CAPTION_WORDS = _PLAYING_CAPTION_CORE | {"lihat", "langsung", "now", "sekarang"}
_CAPTION_WORD = re.compile(r"[^\W_]+")
_MAX_CAPTION = 40


def code_key(value: str) -> str:
    """Return a code compared without case and separators (``CTZ-01`` → ``ctz01``)."""
    return _SEPARATORS.sub("", value[:40]).lower()


def _viewer_parts(url: str) -> SplitResult | None:
    """Return the parts of an ``http(s)`` address on a public host without a login."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or "@" in parts.netloc or not is_public_host(host):
        return None
    return parts


def viewer_address(url: str) -> str | None:
    """Return url when a viewer page may be there: ``http(s)``, a public host, no login."""
    return url if _viewer_parts(url) is not None else None


def _page_segments(url: str) -> list[str] | None:
    """Return the path segments of a possible viewer page: two to six, no query, else None."""
    if len(url) > _MAX_URL:
        return None
    parts = _viewer_parts(url)
    if parts is None or parts.query:
        return None
    segments = [segment for segment in parts.path.split("/") if segment]
    return segments if 2 <= len(segments) <= 6 else None


def viewer_code(url: str) -> str | None:
    """Return the camera code a viewer page's path ends with, or None (see the module)."""
    if (segments := _page_segments(url)) is None:
        return None
    code, word = segments[-1], segments[-2].lower()
    if not _CODE.fullmatch(code):
        return _code_then_viewer(segments)
    if word not in _VIEWER_WORDS and not _camera_folder(segments):
        return None
    if word in _SHARED_VIEWER_WORDS and CAMERA_PATH_WORDS.isdisjoint(
        segment.lower() for segment in segments[:-2]
    ):
        return None  # a video site's ``/watch/v1029``, no camera's viewer
    if any(segment.lower() in _ADMIN_WORDS for segment in segments[:-1]):
        return None
    return code


def _code_then_viewer(segments: list[str]) -> str | None:
    """Return the code of a path writing it before the viewer word, or None.

    ``/cctv/ctl01/live``, ``/kamera/pmt04/player``: a camera word, the camera's code and a
    word saying the page plays (never ``cctv``); a news or admin path is none.
    """
    if len(segments) < 3 or segments[-1].lower() not in _TRAILING_VIEWER_WORDS:
        return None
    code = segments[-2]
    if not _CODE.fullmatch(code) or segments[-3].lower() not in CAMERA_PATH_WORDS:
        return None
    if any(segment.lower() in _ADMIN_WORDS for segment in segments[:-2]):
        return None
    return code


def _camera_folder(segments: list[str]) -> bool:
    """Return True for a path ending in a camera word, one folder and a code.

    ``/cctv/pantai/ptl-01`` (the cameras of a beach), ``/cctv/lihat/ktm-004`` (the
    portal's viewing route): the folder is one to three plain lower-case words, never a
    picture, recording, detail, article, shop, camera-kind, map or admin folder.
    """
    if len(segments) < 3 or segments[-3].lower() not in CAMERA_PATH_WORDS:
        return False
    folder = segments[-2]
    if not _FOLDER.fullmatch(folder):
        return False
    words = folder.split("-")
    return _NOT_FOLDER_WORDS.isdisjoint(words) and _ADMIN_WORDS.isdisjoint(words)


# Route words saying a page under a camera word shows the camera it keys: the viewer
# words and the portal's viewing routes (``/cctv/live/4``, ``/kamera/pantau/3``,
# ``/cctv/lihat/12``, ``/cameras/view/7``).
_ROUTE_WORDS = (_VIEWER_WORDS - {"cctv"}) | {"lihat", "view", "viewer", "show", "tampil"}
_ROUTE_KEY = re.compile(r"\d{1,8}")


def camera_route_key(url: str) -> str | None:
    """Return the key of a camera's viewing route, numbered or coded, else None.

    ``/cctv/live/4``, ``/kamera/pantau/3``, ``/atcs/view/su-01``: a camera word, later a
    word saying the page shows the camera (``live``, ``pantau``, ``lihat``, ``view``…)
    and the camera's key (a number or a code) last. Unlike ``viewer_code`` a bare number
    is taken, so the camera word must come before the viewing word: ``/cctv/4`` (a page
    of a list), ``/live/4``, ``/berita/live/4``, a detail or admin route, a query, a
    login and a LAN host give none.
    """
    if (segments := _page_segments(url)) is None or len(segments) < 3:
        return None
    key, word = segments[-1], segments[-2].lower()
    if word not in _ROUTE_WORDS or not (_ROUTE_KEY.fullmatch(key) or _CODE.fullmatch(key)):
        return None
    before = [segment.lower() for segment in segments[:-2]]
    if CAMERA_PATH_WORDS.isdisjoint(before):
        return None
    for segment in before:
        words = segment.split("-")
        if not _NOT_FOLDER_WORDS.isdisjoint(words) or not _ADMIN_WORDS.isdisjoint(words):
            return None
    return key


# A viewer script named for what it does (``lihat.php``, ``pantau.php``,
# ``view_cctv.php``, ``live.asp``): its stem's words are viewing words and perhaps a
# camera word, its suffix a server script's or a page's.
_SCRIPT = re.compile(r"([a-z]{2,12}(?:[-_][a-z]{2,12}){0,2})(?:\.(?:php|asp|aspx|jsp|cgi|html?))?")
# Folders a viewer script is never under; the map's own folder (``/peta/``) may hold it.
_SCRIPT_NOT_FOLDER_WORDS = _NOT_FOLDER_WORDS - {"peta", "map", "maps"}
# The one query field a viewer script is keyed by: the camera's id or code.
_QUERY_KEY_FIELDS = frozenset(
    {"id", "kode", "code", "cam", "camera", "kamera", "cctv", "id_cctv", "cctv_id"}
    | {"kode_cctv", "idcctv", "camid", "cam_id"}
)


def _viewer_script_field(url: str) -> tuple[str, str] | None:
    """Return the one query field and value of a viewer script's address, else None.

    The address is ``http(s)`` on a public host without a login or a fragment; its last
    path segment (of one to six) is a script named only by viewing words, perhaps with a
    camera word, in no detail, article, profile or admin folder; the query is read as one
    ``field=value`` (the value may hold no second field).
    """
    if len(url) > _MAX_URL or (parts := _viewer_parts(url)) is None or parts.fragment:
        return None
    segments = [segment for segment in parts.path.split("/") if segment]
    if not 1 <= len(segments) <= 6 or (script := _SCRIPT.fullmatch(segments[-1].lower())) is None:
        return None
    words = _SEPARATORS.split(script.group(1))
    if not set(words) <= _ROUTE_WORDS | CAMERA_PATH_WORDS or _ROUTE_WORDS.isdisjoint(words):
        return None
    for segment in segments[:-1]:
        folder = _SEPARATORS.split(segment.lower())
        if not _SCRIPT_NOT_FOLDER_WORDS.isdisjoint(folder) or not _ADMIN_WORDS.isdisjoint(folder):
            return None
    field, equals, key = parts.query.partition("=")
    if not equals or "&" in key or ";" in key:
        return None
    return field.lower(), key


def query_viewer_key(url: str) -> str | None:
    """Return the key of a viewer script keyed by one query field, else None.

    ``/lihat.php?id=4``, ``/cctv/view_cctv.php?kode=BGL-01``, ``/pantau.php?cam=7``: the
    last path segment is a script named only by viewing words (``lihat``, ``live``,
    ``view``, ``pantau``, ``tonton``…), perhaps with a camera word (``view_cctv``), and
    the query holds exactly one field, an id or code field (``id``, ``kode``, ``cam``…),
    whose value is a number or a camera code. A detail, article, profile, admin or
    picture page (``detail.php?id=8``, ``berita.php?id=2``, ``/admin/lihat.php?id=3``),
    a second query field, a fragment, a login and a LAN host give none.
    """
    if (found := _viewer_script_field(url)) is None:
        return None
    field, key = found
    if field not in _QUERY_KEY_FIELDS:
        return None
    return key if _ROUTE_KEY.fullmatch(key) or _CODE.fullmatch(key) else None


# A stream server's viewer page keyed by the camera's stream key (``view.php?key=…``,
# ``watch.php?stream_key=…``): the field names a stream key, its value a token of
# letters and digits long enough to be no record number or page.
_STREAM_KEY_FIELDS = frozenset({"key", "stream_key", "streamkey", "stream", "skey"})
_STREAM_KEY = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{7,63}")


def stream_key_viewer(url: str) -> str | None:
    """Return the stream key a viewer script is keyed by, else None.

    ``/view.php?key=4c1e9b7a…``, ``/live/watch.php?stream_key=sgt01-a7f3c2``: the script
    is named only by viewing words (as ``query_viewer_key``), its one query field names a
    stream key and its value is a token of 8 to 64 letters and digits holding both. A
    number (``view.php?key=12``, a song or a patient), another field, a detail, admin or
    article script (``patient_view.php``, ``preview.php``), a fragment, a login and a LAN
    host give none.
    """
    if (found := _viewer_script_field(url)) is None:
        return None
    field, key = found
    if field not in _STREAM_KEY_FIELDS:
        return None
    if not _STREAM_KEY.fullmatch(key) or key.isdigit() or key.isalpha():
        return None
    return key


def _file_name(url: str) -> str | None:
    """Return the last segment of a bounded URL's path (its file name, maybe empty), else None."""
    if len(url) > _MAX_URL:
        return None
    try:
        path = urlsplit(url).path
    except ValueError:
        return None
    return path.rsplit("/", 1)[-1]


def still_code(url: str) -> str | None:
    """Return the file name of a still without its suffix (``/snap/ctz01.jpg`` → ``ctz01``)."""
    if (name := _file_name(url)) is None:
        return None
    stem = name.rsplit(".", 1)[0]
    return stem if _CODE.fullmatch(stem) else None


def viewer_page(url: str, codes: Iterable[str | None]) -> str | None:
    """Return the code of a viewer page naming one of the camera's codes, else None.

    codes are the camera's id and its still's file name (``still_code``), as written.
    """
    if (code := viewer_code(url)) is None:
        return None
    key = code_key(code)
    return code if any(own and code_key(own) == key for own in codes) else None


# A card's element id namespacing its camera's code by what the card is (``cam-pm-01``,
# ``kamera_sgu-012``).
_NAMESPACED_ID = re.compile(r"(?i)(?:cctv|cam|camera|kamera|webcam)[-_]([\w.-]{1,40})")
_MAX_SEGMENTS = 12
_MAX_MEDIA_URLS = 4


def namespaced_code(element_id: str, media: Iterable[str], viewer: str | None) -> str | None:
    """Return the camera code a card's namespaced element id holds, when its links name it.

    ``<li id="cam-pm-01">`` around ``/realtime/pm-01/snap.jpg`` or a realtime page
    ``/realtime/pm-01``: the code after the camera word (a few letters and a number
    with a separator, see the module) is the camera's id when the card's viewer page
    (``viewer_code``) ends in it or one of its media addresses holds it as a whole
    folder or file name (compared without case and separators). A slug of words
    (``cam-apron-1``), a code the card's addresses do not write (``cam-st-04`` beside
    ``/foto/simpang-kabo.jpg``) or a plain code (``cam_k3``, read as ``k3`` already)
    gives None: the element id stays whole.
    """
    found = _NAMESPACED_ID.fullmatch(element_id[:60])
    if found is None:
        return None
    code = found.group(1)
    if code.isalnum() or not _CODE.fullmatch(code):
        return None
    key = code_key(code)
    if viewer is not None and (named := viewer_code(viewer)) is not None:
        if code_key(named) == key:
            return code
    for url in itertools.islice(media, _MAX_MEDIA_URLS):
        if len(url) > _MAX_URL:
            continue
        try:
            path = urlsplit(url).path
        except ValueError:
            continue
        segments = [segment for segment in path.split("/") if segment][-_MAX_SEGMENTS:]
        if segments:
            segments[-1] = segments[-1].rsplit(".", 1)[0]
        if any(code_key(segment) == key for segment in segments):
            return code
    return None


def playing_caption(text: str) -> bool:
    """Return True for a link caption saying only that it plays (``Siaran``, ``Lihat Live``)."""
    if not text or len(text) > _MAX_CAPTION:
        return False
    words = set(_CAPTION_WORD.findall(text.lower()))
    return (
        0 < len(words) <= 3
        and words <= _PLAYING_CAPTION_WORDS
        and bool(words & _PLAYING_CAPTION_CORE)
    )


# Words a link caption may add to the playing words when it says it views the camera
# (``Tonton realtime``, ``Lihat CCTV``, ``View camera``), and the words naming what it
# views beside ``lihat``/``view``.
_VIEWED_WORDS = frozenset({"cctv", "kamera", "camera", "cam", "webcam", "video"})
_VIEWING_CAPTION_WORDS = (
    _PLAYING_CAPTION_WORDS | _VIEWED_WORDS | {"view", "realtime", "online", "kini"}
)
_MAX_VIEWING_WORDS = 4
# A caption saying the link monitors the place (``Pantau``, ``Monitoring``).
_MONITORING_CAPTION = re.compile(
    r"(?:lihat\s+)?(?:pantau|pantauan|pemantauan|monitor|monitoring)", re.IGNORECASE
)
# A generic caption naming a camera (``Klik untuk melihat CCTV``): its words all generic
# link words (``aliases.GENERIC_LINK_WORDS``), a viewing verb and a camera word among
# them, none sending to details (``Lihat Detail CCTV``).
_VIEWING_VERBS = WEBCAM_VIEW_WORDS | {"melihat", "menonton", "memutar", "putar", "play"}
_DETAIL_WORDS = frozenset({"detail", "details", "selengkapnya", "more", "lanjut", "lengkap"})
_MAX_GENERIC_CAPTION_WORDS = 6
# Words naming a camera in a caption, a popup's text or an address (``Lihat CCTV``,
# ``view_cctv.php``, ``cctv.kutimkab.example``).
_CAMERA_NAMING_WORDS = WEBCAM_WORDS | CAMERA_PATH_WORDS
_LETTER_WORD = re.compile(r"[a-z]+")
_MAX_NAMING_TEXT = 4000


def camera_caption(text: str) -> bool:
    """Return True for a link caption saying it shows the camera: the one caption test.

    A playing caption (``Live``, ``Siaran``, ``Lihat Live``: ``playing_caption``), a
    webcam link label with ``live`` naming the camera (``Lihat CCTV``, ``Buka CCTV``,
    ``Open camera``, ``Watch live``: ``values.webcam_link_label``), a monitoring caption
    (``Pantau``, ``Monitoring``, ``Lihat Pemantauan``), a viewing caption (``Tonton
    realtime``, ``View camera``, ``Lihat video``) or a generic caption naming a camera
    (``Klik untuk melihat CCTV``); ``Data Realtime``, ``Posisi bus``, ``Demo Live``,
    ``Detail``, ``Lihat`` and ``Realtime`` alone are none.
    """
    if not text or len(text) > 2 * _MAX_CAPTION:
        return False
    if playing_caption(text) or webcam_link_label(text, live_names=True):
        return True
    if _MONITORING_CAPTION.fullmatch(text.strip()) is not None:
        return True
    words = set(_CAPTION_WORD.findall(text.lower()))
    if 0 < len(words) <= _MAX_VIEWING_WORDS and words <= _VIEWING_CAPTION_WORDS:
        if words & _PLAYING_CAPTION_CORE or (words & {"lihat", "view"} and words & _VIEWED_WORDS):
            return True
    return (
        0 < len(words) <= _MAX_GENERIC_CAPTION_WORDS
        and words <= GENERIC_LINK_WORDS
        and bool(words & WEBCAM_WORDS)
        and bool(words & _VIEWING_VERBS)
        and not words & _DETAIL_WORDS
    )


def host_and_path(url: str) -> str:
    """Return an address's host and path, the words saying what it serves (``""``: none)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    return f"{parts.hostname or ''} {parts.path}"


def names_camera(text: str) -> bool:
    """Return True when a text or address holds a camera word (``Lihat CCTV``, ``/cctv/``).

    Whole words only, in lower case: ``CCTV Simpang Tiga``, ``view_cctv.php``,
    ``https://cctv.kutimkab.example/``, ``Kamera ATCS`` do; ``Kamar``, ``camp`` do not.
    """
    words = _LETTER_WORD.findall(text[:_MAX_NAMING_TEXT].lower())
    return not _CAMERA_NAMING_WORDS.isdisjoint(words)


def captioned_viewer_page(url: str, caption: str, codes: Iterable[str | None]) -> str | None:
    """Return the code of a camera page a playing caption links, when it is the camera's.

    ``<a href="/objek-vital/kamera/OV-01">Siaran</a>`` in the row of ``OV-01``: the path
    ends in a camera word and a code (see the module), the caption says only that it
    plays, and the code is one of the camera's codes (its id, its still's file name).
    A picture, shop, article, detail or admin folder on the way, a query, a login and a
    LAN host give none; a ``Detail`` or bare ``Lihat`` caption gives none.
    """
    if not playing_caption(caption) or (segments := _page_segments(url)) is None:
        return None
    code = segments[-1]
    if not _CODE.fullmatch(code) or segments[-2].lower() not in CAMERA_PATH_WORDS:
        return None
    for segment in segments[:-2]:
        words = segment.lower().split("-")
        if not _NOT_FOLDER_WORDS.isdisjoint(words) or not _ADMIN_WORDS.isdisjoint(words):
            return None
    key = code_key(code)
    return code if any(own and code_key(own) == key for own in codes) else None


_RECORD_NUMBER = re.compile(r"\d{1,8}")


def played_record_page(url: str, codes: Iterable[str | None]) -> str | None:
    """Return the number of a camera's record page a playing button links, when it is its own.

    ``<a href="/camera/2">Play</a>`` in the card of camera 2 (a recorder's dashboard
    linking each camera's player page by its record number): the path is a camera word
    and the camera's record number (or code), the caption says only that it plays
    (``Play``, ``Live``, ``Watch``, ``Tonton``), and the number is the camera's id. A
    ``Detail`` or ``Edit`` caption, another record's number, a folder before the camera
    word that is a picture's, shop's, article's or admin's, a query, a login and a LAN
    host give none.
    """
    if (segments := _page_segments(url)) is None:
        return None
    code = segments[-1]
    if segments[-2].lower() not in CAMERA_PATH_WORDS:
        return None
    if not _RECORD_NUMBER.fullmatch(code) and not _CODE.fullmatch(code):
        return None
    for segment in segments[:-2]:
        words = segment.lower().split("-")
        if not _NOT_FOLDER_WORDS.isdisjoint(words) or not _ADMIN_WORDS.isdisjoint(words):
            return None
    key = code_key(code)
    return code if any(own and code_key(own) == key for own in codes) else None


def viewer_field(key: str) -> bool:
    """Return True for a normalised field name naming a camera's live page (``url_live``)."""
    if len(key) > _MAX_KEY:
        return False
    words = set(key.split("_"))
    return bool(words & _FIELD_WORDS) and not words & _NOT_FIELD_WORDS


def page_over_still(url: str, still: str) -> bool:
    """Return True when a still is stored right under a page's path, on its host.

    ``/cctv/bantaran/pinang`` over ``/cctv/bantaran/pinang/terakhir.jpg``: the camera's
    own page keeping its latest picture. The page has two to six path parts, no query,
    no file suffix, no admin's, article's or detail's word, on a public host without
    credentials; the still is one file below it.
    """
    if len(url) > _MAX_URL or len(still) > _MAX_URL:
        return False
    try:
        page, picture = urlsplit(url), urlsplit(still)
        host = page.hostname
    except ValueError:
        return False
    if page.scheme not in ("http", "https") or page.query or "@" in page.netloc:
        return False
    if host is None or picture.hostname != host or not is_public_host(host):
        return False
    segments = [segment for segment in page.path.split("/") if segment]
    if len(segments) < 2 or len(segments) > 6 or "." in segments[-1]:
        return False
    if any(segment.lower() in _ADMIN_WORDS for segment in segments):
        return False
    prefix = "/" + "/".join(segments) + "/"
    if not picture.path.startswith(prefix):
        return False
    rest = picture.path[len(prefix) :]
    return bool(rest) and "/" not in rest and "." in rest


# Words of a record's field naming the page that embeds its camera (``embed_url``,
# ``url_embed``, ``embed_link``).
_EMBED_FIELD_WORDS = frozenset({"embed", "embedded"})
# A slug of lower-case words and numbers (``simpang-tiga-sangatta``).
_SLUG = re.compile(r"[a-z0-9]{1,40}(?:-[a-z0-9]{1,40}){0,11}")
_MAX_SLUG = 120


def embed_field(key: str) -> bool:
    """Return True for a normalised field name naming a camera's embed page (``embed_url``)."""
    if len(key) > _MAX_KEY:
        return False
    words = set(key.split("_"))
    return bool(words & _EMBED_FIELD_WORDS) and not words & _NOT_FIELD_WORDS


# Words of a record's field naming its stream (``stream_url``, ``streamUrl``,
# ``url_stream``), and words saying such a field holds something else (its key, name,
# protocol or format).
_STREAM_FIELD_WORDS = frozenset({"stream", "streaming"})
_NOT_STREAM_FIELD_WORDS = frozenset({"key", "name", "id", "type", "format", "protocol", "path"})


def stream_field(key: str) -> bool:
    """Return True for a normalised field name naming a camera's stream (``stream_url``)."""
    if len(key) > _MAX_KEY:
        return False
    words = set(key.split("_"))
    return (
        bool(words & _STREAM_FIELD_WORDS)
        and not words & _NOT_FIELD_WORDS
        and not words & _NOT_STREAM_FIELD_WORDS
    )


def slug_viewer_page(
    url: str, slugs: Iterable[str | None], *, camera_route: bool = False, frames: bool = True
) -> bool:
    """Return True for a viewer page keyed by the record's own slug.

    ``/embed/simpang-tiga-sangatta`` beside ``slug: "simpang-tiga-sangatta"`` or the still
    ``/thumbnail/simpang-tiga-sangatta.jpg``: the path's last part is the slug, after a
    word saying the page plays (``embed``, ``live``, ``player``…; ``cctv`` only with
    camera_route, for a field named for the camera's stream or live page: a portal's
    ``/cctv/simpang-tiga`` beside ``/snapshot/simpang-tiga.jpg``; ``embed`` only with
    frames, as a stream field's ``/embed/…`` beside a still is a frame of the portal, no
    stream). A slug the record does not carry, a query, an admin's or news page and a LAN
    host give False.
    """
    if (segments := _page_segments(url)) is None:
        return False
    slug, word = segments[-1], segments[-2].lower()
    words = _VIEWER_WORDS if camera_route else _TRAILING_VIEWER_WORDS
    if word not in words or word in _SHARED_VIEWER_WORDS or (word == "embed" and not frames):
        return False
    if len(slug) > _MAX_SLUG or not _SLUG.fullmatch(slug):
        return False
    if any(segment.lower() in _ADMIN_WORDS for segment in segments[:-1]):
        return False
    return any(own and own.strip().lower() == slug for own in slugs)


def still_stem(url: str) -> str | None:
    """Return a still's file name without its suffix (``/thumb/pasar-baru.jpg`` → ``pasar-baru``)."""
    if (name := _file_name(url)) is None:
        return None
    return name.rsplit(".", 1)[0] if "." in name else None


# A streaming platform's player for one camera: a host made for its player
# (``player.livespotting.com``, ``webtv.feratel.com``) or a player folder or script
# (``/webtv/``, ``/player/``, ``jwp.html``), handed the camera by a query field naming
# it (``?alias=…&ch=LS_…``, ``?cam=5244``).
_PLAYER_HOST_LABELS = frozenset({"player", "players", "webtv", "embed", "play"})
_PLAYER_PATH_WORDS = frozenset(
    {"player", "players", "webtv", "embed", "jwp", "jwplayer", "play", "videoplayer"}
)
_PLAYER_QUERY_KEYS = frozenset(
    {"alias", "ch", "channel", "cam", "camera", "camid", "cam_id", "stream", "streamid"}
)
_PLAYER_VALUE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
_MAX_PLAYER_FIELDS = 16


def platform_player_page(url: str) -> bool:
    """Return True for a streaming platform's player page handed one camera.

    A webcam list links a camera's preview picture to the platform's player that plays
    it (``<a href="https://player.livespotting.com/?alias=…&ch=LS_3f855"><img
    src="…/vpu/…/x.jpg"></a>``, a feratel ``webtv/?design=v4&cam=3150``): the player is
    on a host whose first label names a player (``player.``, ``webtv.``, ``embed.``) or
    under a player folder or script (``/webtv/``, ``/player/``, ``jwp.html``), and a
    query field names the camera or channel (``alias``, ``ch``, ``cam``, ``stream``) by a
    short code. An operator's or town's website, a webcam info page, a page without such
    a field, a login, a LAN host and an admin's or article's page are none.
    """
    if len(url) > _MAX_URL * 2:
        return False
    parts = _viewer_parts(url)
    if parts is None or not parts.query:
        return False
    host = (parts.hostname or "").lower()
    segments = [segment.lower() for segment in parts.path.split("/") if segment][:8]
    if any(segment in _ADMIN_WORDS for segment in segments):
        return False
    stems = {segment.rsplit(".", 1)[0] for segment in segments}
    if host.split(".", 1)[0] not in _PLAYER_HOST_LABELS and not stems & _PLAYER_PATH_WORDS:
        return False
    fields = parse_qsl(parts.query[:1000])[:_MAX_PLAYER_FIELDS]
    return any(
        key.lower() in _PLAYER_QUERY_KEYS and _PLAYER_VALUE.fullmatch(value.strip())
        for key, value in fields
    )


# Words of a page about something other than one camera's view, in its folders or its
# script's name: an article or a news item (``read.php?id=9912``, ``/berita/…``), a
# detail, category or admin page, a picture, a document or a feed.
_NOT_VIEWER_PAGE_WORDS = (
    _ADMIN_WORDS
    | (_NOT_FOLDER_WORDS - {"peta", "map", "maps", "lokasi", "location", "data", "info"})
    | {"read", "baca", "artikel", "articles", "kabar", "pengumuman", "agenda", "event"}
)
_PAGE_WORD = re.compile(r"[a-z]+")
_MAX_LINKED_PARAMETERS = 16


def viewer_named_page(url: str, own_id: str | None) -> bool:
    """Return True when a page is named as a camera's viewer keyed by the record.

    A viewer script keyed by one id or stream-key field (``view.php?id=2``,
    ``lihat.php?kode=BGL-01``), a viewer page or a played record page naming the record's
    id, or a camera's viewing route keyed by it (``/cctv/live/4``): the page's own name
    says it shows a camera. A page keyed only by an identifying parameter of a script
    named otherwise (``lesson.php?id=2``) is not.
    """
    codes = (own_id,)
    if query_viewer_key(url) is not None or stream_key_viewer(url) is not None:
        return True
    if viewer_page(url, codes) is not None or played_record_page(url, codes) is not None:
        return True
    if (key := camera_route_key(url)) is not None and own_id is not None:
        return code_key(key) == code_key(own_id)
    return False


# Words naming a page that shows a camera, as a script's or page's last path segment
# spells them (``PlayVideo.aspx``, ``live_view.php``, ``lihat-cctv``, ``watch``).
_VIEWING_SCRIPT_WORDS = (_VIEWER_WORDS - {"cctv"}) | {"lihat", "view", "viewer"}
_SCRIPT_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
# Folder words of a site's traffic camera viewers (with the camera words of
# ``names_camera``).
_TRAFFIC_VIEWER_WORDS = frozenset({"traffic", "lalin", "lalulintas", "atcs"})
# Host labels and folders of a site whose viewing scripts play no camera: a course's (and
# Moodle's ``mod`` activities), a radio's or podcast's, a news site's.
_NOT_VIEWING_PLACE_WORDS = COURSE_WORDS | SOUND_WORDS | {"mod", "quiz", "forum", "news", "berita"}


def _http_page_parts(url: str) -> SplitResult | None:
    """Return a bounded http(s) address's parts, None for another scheme or a login."""
    if len(url) > _MAX_URL:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or "@" in parts.netloc:
        return None
    return parts


def no_camera_site_page(url: str) -> bool:
    """Return True for a page of a site that plays no camera, whatever its script's name.

    A host label or a folder names a course (Moodle's ``/course/view.php``, its
    ``/mod/lesson/view.php`` activities), a radio or podcast (``radio.…/player``) or a
    news site (``news.…/watch``), unless its folders name traffic or cameras
    (``news.…/traffic/view.php``, ``radio.…/cctv/player``); the page's own file name is
    not read here.
    """
    if (parts := _http_page_parts(url)) is None:
        return False
    segments = [segment for segment in parts.path.split("/") if segment][:-1][:_MAX_SEGMENTS]
    places = {
        *(parts.hostname or "").split(".")[:_MAX_SEGMENTS],
        *(word for segment in segments for word in _PAGE_WORD.findall(segment.lower())),
    }
    if _NOT_VIEWING_PLACE_WORDS.isdisjoint(places):
        return False
    # A news or radio station's own traffic camera viewer (``news.…/traffic/view.php``,
    # ``radio.…/cctv/player``) names its cameras in its path.
    words = {word for segment in segments for word in _PAGE_WORD.findall(segment.lower())}
    return _TRAFFIC_VIEWER_WORDS.isdisjoint(words) and not names_camera(parts.path)


def viewing_script_page(url: str) -> bool:
    """Return True when a page's last path segment is named for viewing (``PlayVideo.aspx``).

    ``view.php``, ``PlayVideo.aspx``, ``live_view.php``, ``/player``, ``/lihat-cctv``: a
    word of the segment (split at case changes and punctuation) is a viewing word. A
    lesson, article or detail page (``lesson.php``, ``read.php``, ``detail.php``), a
    viewing script of a course, a radio or a news site (a host label or a folder such as
    ``/course/view.php``, Moodle's ``/mod/lesson/view.php``, ``radio.…/player``,
    ``news.…/watch``), a bare host and an address that is no ``http(s)`` page give False.
    """
    if (parts := _http_page_parts(url)) is None:
        return False
    segments = [segment for segment in parts.path.split("/") if segment]
    if not segments:
        return False
    if no_camera_site_page(url):
        return False  # a course's, a radio's or a news site's player
    stem = segments[-1].rsplit(".", 1)[0]
    words = {word.lower() for word in _SCRIPT_WORD.findall(stem[:64])}
    return not words.isdisjoint(_VIEWING_SCRIPT_WORDS) and words.isdisjoint(_NOT_VIEWER_PAGE_WORDS)


def linked_camera_page(url: str, own_id: str | None, identifying: Iterable[str]) -> bool:
    """Return True when a page a record only links (its kind "link") names that camera.

    The page is the record's own viewer: a viewer page, viewer script or camera record
    page keyed by the record's id (``viewer_page``, ``query_viewer_key``,
    ``played_record_page``, ``camera_route_key``), or a page whose query names one camera
    by an identifying parameter (``PlayVideo.aspx?ID=17``, ``Player.aspx?cam=x3``; the
    names given in identifying) or whose path or query writes the record's own id
    (``/lihat/b4`` for ``b4``). Never an article's, news item's, detail, admin or
    picture page (``read.php?id=9912``, ``/berita/…``, ``/2024/05/…``), an id that is a
    camera word or a generic link word (``cctv`` for ``…/cctv``), a login or a page
    that is no ``http(s)`` address.
    """
    if viewer_named_page(url, own_id):
        return True
    if own_id is not None and camera_route_key(url) is not None:
        return False  # a viewing route keyed by another camera
    if (parts := _http_page_parts(url)) is None:
        return False
    segments = [segment for segment in parts.path.split("/") if segment][:_MAX_SEGMENTS]
    words = {word for segment in segments for word in _PAGE_WORD.findall(segment.lower())}
    if not _NOT_VIEWER_PAGE_WORDS.isdisjoint(words) or _dated_segments(segments):
        return False
    values = [
        (name.lower(), value)
        for name, value in parse_qsl(parts.query[:_MAX_URL])[:_MAX_LINKED_PARAMETERS]
        if value.strip()
    ]
    names = frozenset(identifying)
    if any(name in names for name, _ in values):
        return True
    if not own_id or own_id.lower() in CAMERA_PATH_WORDS | GENERIC_LINK_WORDS:
        return False
    return own_id in segments or any(value == own_id for _, value in values)


_YEAR_SEGMENT = re.compile(r"(?:19|20)\d{2}")
_MONTH_SEGMENT = re.compile(r"0?[1-9]|1[0-2]")


def _dated_segments(segments: list[str]) -> bool:
    """Return True for a path holding a year folder and a month folder (``/2024/2/``)."""
    return any(
        _YEAR_SEGMENT.fullmatch(year) is not None and _MONTH_SEGMENT.fullmatch(month) is not None
        for year, month in itertools.pairwise(segments)
    )
