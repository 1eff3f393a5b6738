"""Pictures of a page that show no camera: app-store badges, news pictures, coming soon.

A camera page's sidebar or footer promotes the site's app with the stores' badges
(``<img src="/googleplay.png" alt="Get it on Google Play">``, ``google-play-badge.png``,
``Download on the App Store``) and lists the latest news with their pictures (an
article's picture stored under ``/uploads/berita/…``, ``/storage/news/…``, imported as
``berita1.jpeg``; a site whose own pages sit under ``/blog/`` or ``/news/`` keeps its
cameras' pictures); a card announcing a camera still to come shows a stock picture whose
alt says so (``Segera hadir``, ``Coming soon``). None of them is a camera's still.
"""

from __future__ import annotations

from itertools import pairwise
import re
from urllib.parse import unquote, urlsplit

from ..aliases import WEBCAM_WORDS

__all__ = ["foreign_picture"]

_MAX_TEXT = 600
_MAX_PATH = 500
_WORD = re.compile(r"[a-z]+|[0-9]+")
# The stores' names, written as one word or as two (``google-play``, ``App Store``), and
# the badge a store's name is drawn on (``en-play-badge.png``).
_STORE_WORDS = frozenset({"googleplay", "appstore", "playstore", "appgallery"})
_STORE_PAIRS = frozenset(
    {("google", "play"), ("app", "store"), ("play", "store"), ("play", "badge")}
)
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
# Alt texts of a camera not installed yet, its camera word aside ("CCTV segera hadir").
_COMING_SOON = frozenset(
    {"segera hadir", "segera tayang", "segera", "coming soon", "soon", "em breve"}
    | {"próximamente", "proximamente", "demnächst", "bald verfügbar", "binnenkort"}
    | {"prochainement", "in arrivo"}
)


def _words(text: str) -> list[str]:
    """Return the lower-case words and numbers of a bounded text."""
    return _WORD.findall(text[:_MAX_TEXT].lower())


def _store_badge(attributes: dict[str, str], path: str) -> bool:
    """Return True for an app store's badge, by its alt, file, class or id."""
    described = " ".join((attributes.get("alt", "")[:200], path, attributes.get("class", "")[:200]))
    words = _words(described)
    if not _STORE_WORDS.isdisjoint(words):
        return True
    return any(pair in _STORE_PAIRS for pair in pairwise(words))


def _news_picture(path: str) -> bool:
    """Return True for a picture stored with the site's news or articles."""
    segments = [segment.lower() for segment in path.split("/") if segment][-_MAX_SEGMENTS:]
    if any(
        folder in _STORAGE_FOLDERS and inner in _NEWS_WORDS for folder, inner in pairwise(segments)
    ):
        return True
    name = _words(segments[-1]) if segments else []
    return bool(name) and name[0] in _NEWS_WORDS


def _coming_soon(attributes: dict[str, str]) -> bool:
    """Return True for a picture whose alt says its camera is still to come."""
    alt = attributes.get("alt", "")[:80].lower()
    words = [word for word in alt.split() if word not in WEBCAM_WORDS]
    return bool(words) and " ".join(words).strip(" .!…") in _COMING_SOON


def foreign_picture(attributes: dict[str, str], url: str) -> bool:
    """Return True for a page's picture that shows no camera (see the module's text)."""
    try:
        path = unquote(urlsplit(url[:2048]).path)[:_MAX_PATH]
    except ValueError:
        return False
    return _store_badge(attributes, path) or _news_picture(path) or _coming_soon(attributes)
