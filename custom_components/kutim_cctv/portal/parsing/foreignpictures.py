"""Pictures of a page that show no camera: app-store badges, news pictures, coming soon.

A camera page's sidebar or footer promotes the site's app with the stores' badges (a
file named for its store, ``/googleplay.png``, ``google-play-badge.png``, or a picture
whose alt names the store inside a link to the store's page: ``Download on the App
Store``) and lists the latest news with their pictures (an article's picture stored
under ``/uploads/berita/…``, ``/storage/news/…``, imported as ``berita1.jpeg``; a site
whose own pages sit under ``/blog/`` or ``/news/`` keeps its cameras' pictures, and so
does a news folder's camera folder, ``/images/news/webcams/``); a card announcing a
camera still to come shows a stock picture whose alt says so (``Segera hadir``,
``Coming soon``); a banner promoting the site's own app says so in its alt (``Unduh
aplikasi Lalin Kutim``, ``Download the Kutim Traffic app``). None of them is a camera's
still. News pictures are only told apart
where the page has other cameras (the page reader keeps them on a page with none).
"""

from __future__ import annotations

from itertools import pairwise
import re
from urllib.parse import unquote, urlsplit

from ..aliases import WEBCAM_WORDS

__all__ = ["foreign_picture", "news_picture"]

_MAX_TEXT = 600
_MAX_PATH = 500
_WORD = re.compile(r"[a-z]+|[0-9]+")
# The stores' names, written as one word or as two (``google-play``, ``App Store``).
_STORE_WORDS = frozenset({"googleplay", "appstore", "playstore", "appgallery"})
_STORE_PAIRS = frozenset({("google", "play"), ("app", "store"), ("play", "store")})
# The hosts of the stores' pages, as their first two labels (``play.google.com``,
# ``apps.apple.com``) or one (``itunes.apple.com``, ``appgallery.huawei.com``).
_STORE_HOSTS = frozenset({("play", "google"), ("apps", "apple")})
_STORE_HOST_LABELS = frozenset({"itunes", "appgallery"})
# Folders and file names of a site's news and articles (``/uploads/berita/2025/11/``,
# ``/storage/news/``, ``berita1.jpeg``, ``/images/artikel/``): a news word as the folder
# right inside a storage folder, or as the first word of the file's name. A news word
# elsewhere in the path (a site under ``/blog/wp-content/uploads/``) says nothing.
_NEWS_WORDS = frozenset({"berita", "artikel", "news", "article", "articles", "blog"})
_STORAGE_FOLDERS = frozenset(
    {"uploads", "upload", "storage", "images", "image", "img", "media", "assets", "files"}
    | {"public", "static", "gambar", "foto"}
)
_MAX_SEGMENTS = 32
# A folder of camera pictures inside a news folder (``/images/news/webcams/``).
_CAMERA_FOLDER_WORDS = WEBCAM_WORDS | frozenset({"snapshot", "snapshots", "live"})
# Alt texts of a camera not installed yet, its camera word aside ("CCTV segera hadir").
_COMING_SOON = frozenset(
    {"segera hadir", "segera tayang", "segera", "coming soon", "soon", "em breve"}
    | {"próximamente", "proximamente", "demnächst", "bald verfügbar", "binnenkort"}
    | {"prochainement", "in arrivo"}
)


# An app promotion's alt: a verb asking to fetch it, then the app word within a few words
# ("Unduh aplikasi …", "Download the … app", "Dapatkan aplikasinya", "Get our app").
_FETCH_VERBS = frozenset({"unduh", "download", "install", "instal", "dapatkan", "get"})
_APP_WORDS = frozenset({"aplikasi", "aplikasinya", "app", "apps", "applikasi", "application"})
_MAX_APP_GAP = 4


def _words(text: str) -> list[str]:
    """Return the lower-case words and numbers of a bounded text."""
    return _WORD.findall(text[:_MAX_TEXT].lower())


def _store_words(text: str) -> bool:
    """Return True for a text naming an app store (``Google Play``, ``appstore``)."""
    words = _words(text)
    if not _STORE_WORDS.isdisjoint(words):
        return True
    return any(pair in _STORE_PAIRS for pair in pairwise(words))


def _store_link(link: str | None) -> bool:
    """Return True for a link to an app store's page (``https://play.google.com/…``)."""
    if not link:
        return False
    try:
        host = (urlsplit(link[:2048]).hostname or "").split(".")
    except ValueError:
        return False
    return tuple(host[:2]) in _STORE_HOSTS or host[0] in _STORE_HOST_LABELS


def _store_badge(attributes: dict[str, str], path: str, link: str | None) -> bool:
    """Return True for an app store's badge: its file, or its alt in a link to the store.

    A file named for its store (``googleplay.png``, ``google-play-badge.png``) is a
    badge; an alt naming a store only inside a link to a store's page, so that a place
    named for a store (``App Store entrance``) stays a camera. The class is never read.
    """
    name = path.rsplit("/", 1)[-1]
    if _store_words(name):
        return True
    return _store_link(link) and _store_words(attributes.get("alt", "")[:200])


def news_picture(url: str) -> bool:
    """Return True for a picture stored with the site's news or articles.

    A news word as the folder right inside a storage folder, unless a folder after it
    holds camera pictures (``/images/news/webcams/``), or as the first word of the
    file's name.
    """
    path = _path(url)
    segments = [segment.lower() for segment in path.split("/") if segment][-_MAX_SEGMENTS:]
    for number, (folder, inner) in enumerate(pairwise(segments)):
        if folder in _STORAGE_FOLDERS and inner in _NEWS_WORDS:
            return not any(
                not _CAMERA_FOLDER_WORDS.isdisjoint(_words(segment))
                for segment in segments[number + 2 : -1]
            )
    name = _words(segments[-1]) if segments else []
    return bool(name) and name[0] in _NEWS_WORDS


def _coming_soon(attributes: dict[str, str]) -> bool:
    """Return True for a picture whose alt says its camera is still to come."""
    alt = attributes.get("alt", "")[:80].lower()
    words = [word for word in alt.split() if word not in WEBCAM_WORDS]
    return bool(words) and " ".join(words).strip(" .!…") in _COMING_SOON


def _app_promotion(attributes: dict[str, str]) -> bool:
    """Return True for a picture whose alt asks to download an app (``Unduh aplikasi …``).

    The alt must start with the verb and name the app within a few words after it: a
    camera whose name merely holds the word (``Gerai Aplikasi Samsat``) stays.
    """
    words = _words(attributes.get("alt", "")[:120])
    if not words or words[0] not in _FETCH_VERBS:
        return False
    return not _APP_WORDS.isdisjoint(words[1 : 1 + _MAX_APP_GAP])


def _path(url: str) -> str:
    """Return the decoded path of an address, bounded ("" when it is no address)."""
    try:
        return unquote(urlsplit(url[:2048]).path)[:_MAX_PATH]
    except ValueError:
        return ""


def foreign_picture(attributes: dict[str, str], url: str, link: str | None = None) -> bool:
    """Return True for a store's badge, an app promotion or a coming-soon picture.

    See the module's text.

    link is the page the picture links to, if any.
    """
    return (
        _store_badge(attributes, _path(url), link)
        or _app_promotion(attributes)
        or _coming_soon(attributes)
    )
