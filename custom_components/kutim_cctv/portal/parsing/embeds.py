"""Embedded players: the pages a portal frames to show a camera (YouTube, Vimeo, players).

A page that only frames its cameras (a CMS article or block holding one player
``<iframe>``, a ``<lite-youtube>`` component, a page builder's video module) gives each
player's page as that camera's stream. Frames of other kinds (maps, forms, social
widgets, ads, comment boxes, tag managers) and hidden frames are never players.
"""

from __future__ import annotations

import json
import re
from urllib.parse import parse_qsl, urlsplit

from ..aliases import GENERIC_LINK_WORDS
from ..values import clean_text, generic_label
from ..viewerlinks import CAMERA_WORDS, camera_word_pattern

# Words of a frame's host or path that say it shows something other than a player.
_NOT_PLAYER_WORDS = frozenset(
    {"map", "maps", "peta", "openstreetmap", "umap", "arcgis", "mapbox", "leaflet", "gmaps"}
    | {"form", "forms", "viewform", "formulir", "jotform", "typeform", "survey", "survei"}
    | {"kuesioner", "polling", "docs", "calendar", "kalender", "disqus", "comment", "comments"}
    | {"googletagmanager", "doubleclick", "googlesyndication", "adservice", "ads", "adserver"}
    | {"recaptcha", "captcha", "hcaptcha", "chat", "livechat", "tawk", "whatsapp", "spotify"}
    | {"soundcloud", "anchor", "weather", "cuaca", "prakiraan", "gempa", "likebox", "share"}
    | {"sharer", "follow", "analytics", "consent", "cookie", "login", "signin", "payment"}
)
# Words of an admin's record action route (``/cctv/16/edit``, ``/cctv/delete/5``,
# ``/kamera/hapus/3``, ``/cctv/7/destroy``): a page changing or removing a record never
# plays it, whatever camera word its path also holds.
_ACTION_ROUTE_WORDS = frozenset({"edit", "ubah", "delete", "hapus", "destroy", "remove"})
# Social hosts: their frames are page, like and timeline widgets unless they play a video.
_SOCIAL_HOSTS = frozenset(
    {"facebook", "twitter", "instagram", "tiktok", "linkedin", "pinterest", "threads"}
)
# Words of a frame's address that say it plays something.
_PLAYER_WORDS = frozenset(
    {"embed", "player", "play", "live", "stream", "streaming", "video", "videos", "cctv"}
    | {"cam", "cams", "camera", "kamera", "watch", "tv", "hls", "webcam", "tayang", "siaran"}
    | {"youtube", "vimeo", "dailymotion", "twitch", "rtsp", "restream", "livestream"}
    | {"oembed"}
)
# Hosts of video sites: a frame whose query names a page on one (a CMS's own oEmbed
# frame, ``/media/oembed?url=https://www.youtube.com/watch…``) plays that video.
_VIDEO_HOSTS = frozenset({"youtube", "youtu", "vimeo", "dailymotion", "twitch", "rtsp"})
# A frame's permissions that only a player asks for.
_PLAYER_PERMISSIONS = ("autoplay", "fullscreen", "encrypted-media", "picture-in-picture")
_WORD = re.compile(r"[a-z0-9]+")
# A server script whose name says it shows a camera, one word of a viewing verb and a
# camera word (``showcam.php``, ``viewcam.php``, ``showcamera.aspx``, ``camview.jsp``,
# ``lihatkamera.php``): a frame of it is that camera's player page.
# Its camera word is a core one (``viewerlinks.CAMERA_WORDS``): a script's name writes
# no collection plural or path-only word.
_CAMERA_VIEW_SCRIPT = re.compile(
    r"(?:(?:show|view|lihat|live|play|watch|tampil|open)[_-]?)?"
    rf"(?:{camera_word_pattern(CAMERA_WORDS)})"
    r"(?:[_-]?(?:view|live|player|\d{1,4}))?\.(?:php|aspx?|jsp|cgi|html?)"
)
# Words of a title that only says the frame is a player ("YouTube video player").
_PLAYER_TITLE_WORDS = GENERIC_LINK_WORDS | frozenset(
    {"youtube", "vimeo", "dailymotion", "facebook", "twitch", "embed", "embedded", "iframe"}
    | {"media", "pemutar", "a", "of", "on", "dari", "frame", "content", "konten"}
)
_YOUTUBE_ID = re.compile(r"[A-Za-z0-9_-]{6,20}")
_VIMEO_ID = re.compile(r"[0-9]{4,12}")
# Page-builder video modules giving their video's address only in their settings
# (Elementor's ``data-settings``: ``youtube_url``, ``vimeo_url``…), rendered by script.
_BUILDER_URL_KEYS = ("youtube_url", "vimeo_url", "dailymotion_url", "videopress_url")
_MAX_SETTINGS = 8000


def _player_words(text: str) -> bool:
    """Return True for text made only of words saying it is a player."""
    words = _WORD.findall(text.lower())
    return not words or all(word in _PLAYER_TITLE_WORDS for word in words)


def player_title(text: str | None) -> str | None:
    """Return a frame's title as a name, or None when it only says it is a player.

    A label led by such words (``YouTube Video, Simpang Tiga``, ``Play: Simpang Tiga``,
    as Google Sites and lazy players write them) names what follows.
    """
    cleaned = clean_text(text or "") or ""
    for separator in (", ", ": "):
        head, found, rest = cleaned.partition(separator)
        if found and rest.strip() and _player_words(head):
            cleaned = rest.strip()
            break
    if not cleaned or generic_label(cleaned):
        return None
    return None if _player_words(cleaned) else cleaned


def _hidden(attributes: dict[str, str]) -> bool:
    """Return True for a frame nobody sees (a tracking pixel, a hidden helper)."""
    if "hidden" in attributes or attributes.get("aria-hidden", "").lower() == "true":
        return True
    style = attributes.get("style", "").lower().replace(" ", "")
    if "display:none" in style or "visibility:hidden" in style:
        return True
    return any(
        attributes.get(key, "").strip() in ("0", "1", "0px", "1px") for key in ("width", "height")
    )


def video_page(value: str) -> bool:
    """Return True for the address of a page on a video site."""
    if not value.startswith(("https://", "http://")):
        return False
    try:
        host = urlsplit(value).hostname or ""
    except ValueError:
        return False
    return bool(set(_WORD.findall(host.lower())) & _VIDEO_HOSTS)


# A media server's own player page for one stream: Ant Media Server's bundled
# ``/{App}/play.html?name={streamId}`` (``id=`` in older releases).
_SERVER_PLAYER = re.compile(r"(?i)/[\w.-]{1,64}/play\.html$")
_SERVER_PLAYER_KEYS = frozenset({"name", "id"})


def server_player_page(url: str) -> bool:
    """Return True for a media server's player page naming the stream it plays."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    if parts.scheme not in ("http", "https") or not _SERVER_PLAYER.search(parts.path[:500]):
        return False
    return any(
        key in _SERVER_PLAYER_KEYS and value.strip()
        for key, value in parse_qsl(parts.query[:2000])[:20]
    )


def non_player_frame(url: str) -> bool:
    """Return True when a frame's address names a map, a form, a social widget or an ad.

    Such a frame never shows a camera, whatever else it carries.
    """
    try:
        parts = urlsplit(url)
    except ValueError:
        return True
    host_words = set(_WORD.findall((parts.hostname or "").lower()))
    words = host_words | set(_WORD.findall(parts.path.lower()[:500]))
    if words & _NOT_PLAYER_WORDS:
        return True
    return bool(host_words & _SOCIAL_HOSTS) and "video" not in words - host_words


def player_frame(url: str, attributes: dict[str, str]) -> bool:
    """Return True when a frame of a page (not a media file) is a player showing a camera.

    Its address names no map, form, social widget, ad, comment box or tag manager, it is
    not hidden, and it says it plays something: by a word of its address (``embed``,
    ``player``, ``live``, a video host) or by the permissions only a player asks for.
    """
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    if parts.scheme not in ("http", "https") or not parts.hostname or _hidden(attributes):
        return False
    host_words = set(_WORD.findall(parts.hostname.lower()))
    path_words = set(_WORD.findall(parts.path.lower()[:500]))
    words = host_words | path_words
    if words & _NOT_PLAYER_WORDS:
        return False
    if host_words & _SOCIAL_HOSTS and "video" not in path_words:
        return False
    if words & _PLAYER_WORDS:
        return True
    if _camera_view_path(parts.path):
        return True
    if any(video_page(value) for _key, value in parse_qsl(parts.query[:2000])[:20]):
        return True
    allowed = attributes.get("allow", "").lower()
    return any(key in attributes for key in ("allowfullscreen", "webkitallowfullscreen")) or any(
        permission in allowed for permission in _PLAYER_PERMISSIONS
    )


def _camera_view_path(path: str) -> bool:
    """Return True for a path ending in a camera's viewing script (_CAMERA_VIEW_SCRIPT)."""
    return _CAMERA_VIEW_SCRIPT.fullmatch(path[-41:].rsplit("/", 1)[-1].lower()) is not None


def camera_view_frame(url: str) -> bool:
    """Return True for a frame of a camera's viewing script (``…/showcam.php?channel=1``)."""
    try:
        parts = urlsplit(url[:2048])
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and _camera_view_path(parts.path)


# A camera's own web interface page showing its live view, as its firmware serves it
# at a fixed path: Hikvision's ``/doc/page/preview.asp`` and Axis' ``/view/view.shtml``
# (``viewer_index.shtml``, ``index.shtml``, ``indexFrame.shtml``). The same firmware's
# login, playback, configuration and admin pages (``/doc/page/login.asp``,
# ``/doc/page/playback.asp``, ``/view/admin/…``) show no live picture.
_DEVICE_LIVE_PATH = re.compile(
    r"/doc/page/preview\.asp|/view/(?:view|viewer_index|index|indexframe)\.shtml", re.IGNORECASE
)


# A login carried in a fragment: a ``user:pass`` pair, an ``@``, or a login key
# (``user=``, ``password=``, ``pwd=``, ``auth=``, ``token=``).
_FRAGMENT_LOGIN = re.compile(
    r"[:@]|(?:^|[^a-z])(?:user(?:name)?|usr|login|pass(?:word|wd)?|pwd|auth|token|key)=",
    re.IGNORECASE,
)


def device_live_page(url: str) -> bool:
    """Return True for a camera's own live-view web page (``_DEVICE_LIVE_PATH``).

    Only the firmware's whole path on a plain web address counts, without a login: a
    login in the address (``admin:12345@``) or in its fragment (``#user=admin:12345``,
    ``#password=…``, ``#admin@…``) refuses the page, as a fragment is never a query the
    login scrubbing reads; a plain anchor (``#main``) stays.
    """
    try:
        parts = urlsplit(url[:2048])
    except ValueError:
        return False
    if parts.scheme not in ("http", "https") or not parts.hostname or "@" in parts.netloc:
        return False
    if _FRAGMENT_LOGIN.search(parts.fragment[:512]) is not None:
        return False
    return _DEVICE_LIVE_PATH.fullmatch(parts.path) is not None


def player_link(url: str) -> bool:
    """Return True for a link to a page that plays something, by a word of its path.

    ``/player/?cam=srandakan``, ``/watch/tempel``, ``/live/embed.php?kamera=…``: its host
    alone (``cctv.example``) says nothing of one page, and a map, form or share page, or
    a record's edit or delete route (``/cctv/16/edit``), is never a player. A camera's
    own live-view page (``device_live_page``) plays too.
    """
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return False
    if device_live_page(url):
        return True
    path_words = set(_WORD.findall(parts.path.lower()[:500]))
    words = path_words | set(_WORD.findall(parts.hostname.lower()))
    if path_words & _ACTION_ROUTE_WORDS:
        return False
    return bool(path_words & _PLAYER_WORDS) and not words & _NOT_PLAYER_WORDS


def component_embed(tag: str, attributes: dict[str, str]) -> str | None:
    """Return the embed address a lazy player component loads (``<lite-youtube videoid>``).

    ``lite-youtube`` plays ``youtube.com/embed/{id}`` (``youtube-nocookie.com`` with its
    ``nocookie`` attribute), ``lite-vimeo`` ``player.vimeo.com/video/{id}``.
    """
    video_id = attributes.get("videoid") or attributes.get("video-id") or ""
    if tag == "lite-youtube" and _YOUTUBE_ID.fullmatch(video_id):
        host = "www.youtube-nocookie.com" if "nocookie" in attributes else "www.youtube.com"
        return f"https://{host}/embed/{video_id}"
    if tag == "lite-vimeo" and _VIMEO_ID.fullmatch(video_id):
        return f"https://player.vimeo.com/video/{video_id}"
    return None


def builder_embed(attributes: dict[str, str]) -> str | None:
    """Return the video address a page builder's video module keeps in its settings.

    Elementor's video widget (``data-widget_type="video.default"``) renders YouTube by
    script into an empty element: its ``data-settings`` name the video (``youtube_url``,
    ``vimeo_url``…), the one its ``video_type`` names first.
    """
    widget = attributes.get("data-widget_type", "")
    classes = attributes.get("class", "")
    if not widget.startswith("video.") and "elementor-widget-video" not in classes:
        return None
    raw = attributes.get("data-settings", "")
    if not raw or len(raw) > _MAX_SETTINGS:
        return None
    try:
        settings = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    if not isinstance(settings, dict):
        return None
    kind = settings.get("video_type")
    keys = [f"{kind}_url"] if isinstance(kind, str) and f"{kind}_url" in _BUILDER_URL_KEYS else []
    for key in (*keys, *_BUILDER_URL_KEYS):
        value = settings.get(key)
        if isinstance(value, str) and value.startswith(("https://", "http://")):
            return value.strip()
    return None


# Attributes where lazy loaders keep a frame's or a placeholder's real address.
LAZY_SOURCES = ("data-lazy-src", "data-src", "data-litespeed-src", "data-rocket-src")
_PLACEHOLDER_CLASSES = ("lazy", "youtube", "vimeo", "rll-", "lyte")


def frame_source(attributes: dict[str, str]) -> str | None:
    """Return a frame's address, the lazy loader's one when its ``src`` is a blank."""
    src = attributes.get("src", "")
    if src and not src.lower().startswith(("about:", "data:", "javascript:")):
        return src
    return next((attributes[key] for key in LAZY_SOURCES if attributes.get(key)), src or None)


def placeholder_embed(attributes: dict[str, str]) -> str | None:
    """Return the video page a lazy player placeholder loads when clicked, or None.

    WP Rocket (``div.rll-youtube-player``), Perfmatters and the like replace a video
    site's frame by an element carrying its address (``data-src``) and the video's id
    (``data-id``); the thumbnail inside is the site's poster, not a camera.
    """
    url = next((attributes[key] for key in LAZY_SOURCES if attributes.get(key)), "")
    if not video_page(url):
        return None
    video_id = attributes.get("data-id", "")
    classes = attributes.get("class", "").lower()
    if (video_id and video_id in url) or any(hint in classes for hint in _PLACEHOLDER_CLASSES):
        return url
    return None


# A player frame's own element id carrying its record's key after a frame handle: a grid
# rendering ``<iframe id="ifrm-{{ name }}">`` (``ifrm-simpang_tiga``), a tab panel's
# ``id="frame-{{ $id }}"``, ``iframe_tanjung_bara``. The key is the record's name as the
# page carries it, used only where the frame has no title or label of its own.
_FRAME_ID_NAME = re.compile(
    r"(?:ifrm|iframe|ifr|frame)[-_]([a-z][a-z0-9]*(?:[-_][a-z0-9]+){0,7})", re.IGNORECASE
)
# Words of a frame handle that say what the frame is on the page, not which record it
# shows (``frame-video``, ``iframe_modal``, ``ifrm-player2``, ``frame-cctv-main``).
_FRAME_HANDLE_WORDS = frozenset(
    {"video", "player", "stream", "live", "main", "modal", "preview", "content", "embed"}
    | {"container", "wrapper", "view", "viewer", "cctv", "cam", "camera", "kamera", "webcam"}
    | {"map", "peta", "popup", "full", "fullscreen", "src", "box", "holder", "frame", "tab"}
    | {"left", "right", "top", "bottom", "inner", "outer", "large", "small", "default"}
)
_MAX_FRAME_ID = 80
_MIN_KEY_LETTERS = 4


def frame_id_name(value: str | None) -> str | None:
    """Return the record key a frame's element id carries after its handle, or None.

    ``ifrm-simpang_tiga`` gives ``simpang_tiga`` (as written). Not: a handle with a number
    (``frame-1``, ``ifrm-3``), words that only say what the frame is (``frame-video``,
    ``iframe_modal``, ``ifrm-player2``, ``frame-cctv-main``), a key of fewer than four
    letters, an id without a frame handle (``myIframe``, ``modal-video``, ``cam-kabo``).
    """
    if not value or len(value) > _MAX_FRAME_ID:
        return None
    found = _FRAME_ID_NAME.fullmatch(value.strip())
    if found is None:
        return None
    key = found.group(1)
    words = [word.rstrip("0123456789") for word in re.split(r"[-_]", key.lower())]
    if sum(char.isalpha() for char in key) < _MIN_KEY_LETTERS:
        return None
    if all(not word or word in _FRAME_HANDLE_WORDS for word in words):
        return None
    return key


# A player page keyed by the camera's number as its whole query (``player/index.html?41``,
# ``live/view.php?3``): that number is the camera's record id. A longer number (a
# timestamp cache-buster ``?1712345678``) or a query with fields (``?id=4&t=1``) is not.
_BARE_QUERY_NUMBER = re.compile(r"[0-9]{1,9}")
_PAGE_SUFFIXES = (".html", ".htm", ".php", ".asp", ".aspx", ".jsp")
_MAX_QUERY_URL = 2048


def player_query_id(url: str) -> str | None:
    """Return the camera number a player page's bare query carries, or None.

    ``https://host/player/index.html?41`` gives ``41``; the page is a document
    (``.html``, ``.php``…) or a folder (``/player/?7``). Media files, a query with fields
    and a number of ten digits or more are left alone.
    """
    if len(url) > _MAX_QUERY_URL:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if _BARE_QUERY_NUMBER.fullmatch(parts.query) is None:
        return None
    last = parts.path.rsplit("/", 1)[-1].lower()
    if last and not last.endswith(_PAGE_SUFFIXES):
        return None
    return parts.query
