"""Player pages: the HLS stream an embed page plays, found without running its scripts.

Many portals list a camera only by the page that shows it (``embed.php?cam=…``,
``player.html?id=…``, an iframe in a post). Such a page names its playlist somewhere in
its markup or its player setup (``<source src="…m3u8">``, ``file: "…m3u8"``,
``hls.loadSource('…m3u8')``), or it frames one more page that does. This module reads that
address from the page's text, bounded and linear in the page's length; the caller fetches
the page under the safety policy and vets the address found like any other.

Pages of video platforms (YouTube, Vimeo, Facebook…) play through their own players and
expose no playlist: they are recognised by their host and never fetched.
"""

from __future__ import annotations

from dataclasses import dataclass
import re
from urllib.parse import urljoin, urlsplit, urlunsplit

from .values import unescape_attribute

__all__ = [
    "MAX_PAGE_HOPS",
    "PAGE_MAX_BYTES",
    "PageFinding",
    "find_page_stream",
    "is_platform_page",
    "is_playlist",
    "is_stream_player_page",
    "platform_of",
]

PAGE_MAX_BYTES = 1024 * 1024
"""Largest player page read (a CMS page with its scripts inline is a few hundred KiB)."""

MAX_PAGE_HOPS = 2
"""Pages read for one stream: the listed page and at most one page it frames."""

MAX_CANDIDATES = 64
"""Playlist mentions looked at in one page; a page naming more is no single player."""

MAX_URL_LENGTH = 2048

_PLATFORMS = {
    "youtube.com": "YouTube",
    "youtu.be": "YouTube",
    "youtube-nocookie.com": "YouTube",
    "vimeo.com": "Vimeo",
    "facebook.com": "Facebook",
    "fb.watch": "Facebook",
    "instagram.com": "Instagram",
    "twitch.tv": "Twitch",
    "dailymotion.com": "Dailymotion",
    "dai.ly": "Dailymotion",
    "tiktok.com": "TikTok",
    "x.com": "X",
    "twitter.com": "X",
}

_PLAYLIST_MARK = ".m3u8"
_PLAYLIST = re.compile(r"\.m3u8(?![A-Za-z0-9_])", re.IGNORECASE)
# Characters that end an address written in markup or script text, walking back from
# ".m3u8" to its start or forward through its query. "=" ends it too: a player URL that
# names its stream in the query (player.html?src=https://…/s.m3u8) hands over the inner one.
_STOP_BACK = frozenset(" \t\r\n\f\v\"'<>()`\\=,;|{}^")
_STOP_FORWARD = frozenset(" \t\r\n\f\v\"'<>()`\\,|{}^")
# A mention right after one of these is the tail of an address a template or an
# expression builds (`${base}/x.m3u8`, "{{ key }}/index.m3u8"): not guessed.
_BUILT_AFTER = frozenset("{})$")
# A quoted mention whose opening quote follows a "+" is the right-hand part of a
# concatenation ("streams/" + name + "_adaptive.m3u8"): also not guessed.
_QUOTES = frozenset("\"'`")
_CONCAT_LOOKBACK = 64
# Characters no address holds once entities are decoded: a candidate ends before them
# (a query read up to "&quot;" in an attribute ends at the decoded quote).
_NOT_IN_URL = frozenset("\"'<>`")
_TEMPLATE_MARKS = ("$", "*", "{", "}", "+")
_SCRIPT_OPEN = re.compile(r"<script\b", re.IGNORECASE)
_SCRIPT_CLOSE = re.compile(r"</script\s*>", re.IGNORECASE)
# A quoted playlist followed by the page's own query: 'index.m3u8' + location.search.
_PAGE_QUERY = re.compile(r"[\"'`]\s{0,8}\+\s{0,8}(?:window\.)?(?:document\.)?location\.search\b")
# Words and numbers that name a rendition of one stream, between separators in a path:
# live/cam_hd720.m3u8 and live/cam_low.m3u8, /hd/cam.m3u8 and /sd/cam.m3u8, cam_720p and
# cam_480p, Hikvision-style main and sub streams, bit rates (cam_800k). Camera numbers
# (/hls/1234/) are no rendition: only the usual picture heights count.
_HEIGHT = r"(?:144|240|360|480|540|576|720|1080|1440|2160)"
_RENDITION = re.compile(
    r"(?<=[/_.\-])(?:hd|sd|fhd|uhd|hq|lq|low|lo|high|hi|mid|med|medium|main|sub|source"
    r"|src|original|mobile|" + _HEIGHT + r"p?|hd" + _HEIGHT + r"|[0-9]{2,5}k(?:bps)?)(?=[/_.\-])",
    re.IGNORECASE,
)
MAX_RENDITIONS = 8
"""Renditions of one stream a page may offer (a quality menu, a player's sources)."""
_DEFAULT_QUALITY = re.compile(r"\bdefaultQuality\s{0,8}:\s{0,8}([0-9])\b")
_IFRAME_START = re.compile(r"<iframe\b", re.IGNORECASE)
_IFRAME = re.compile(
    r"<iframe\b[^>]{0,2048}?\bsrc\s*=\s*([\"'])([^\"'<>]{1,2048})\1", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class PageFinding:
    """What a player page plays: its playlist, or the one page it frames, or neither.

    ``several``: the page names more than one playlist, so it is no single camera's player.
    """

    stream: str | None = None
    frame: str | None = None
    several: bool = False


def platform_of(url: str) -> str | None:
    """Return the video platform whose page url is (``"YouTube"``…), or None."""
    try:
        host = (urlsplit(url.strip()).hostname or "").rstrip(".").lower()
    except ValueError:
        return None
    while host:
        if host in _PLATFORMS:
            return _PLATFORMS[host]
        _, dot, host = host.partition(".")
        if not dot:
            break
    return None


# Path words of a platform page that plays one video or live stream (YouTube ``/embed/``,
# ``/watch``, ``/live/``, ``/shorts/``; Vimeo ``/video/``, ``/event/``), not a channel's
# or profile's home page.
_VIDEO_PATH_WORDS = frozenset(
    {"embed", "watch", "live", "live_stream", "shorts", "video", "videos", "event", "player"}
)


def is_platform_video(url: str) -> bool:
    """Return True when url is a video platform's page of one video or live stream.

    ``youtube.com/embed/{id}``, ``youtube.com/watch?v=…``, ``youtu.be/{id}``,
    ``player.vimeo.com/video/{n}``, ``vimeo.com/{n}``; a channel (``/@name``,
    ``/channel/…``) or a profile is not one.
    """
    if (platform := platform_of(url)) is None:
        return False
    try:
        parts = urlsplit(url.strip()[:MAX_URL_LENGTH])
    except ValueError:
        return False
    segments = [segment for segment in parts.path.lower().split("/") if segment][:12]
    if not segments:
        return False
    host = (parts.hostname or "").lower()
    if host.endswith(("youtu.be", "dai.ly", "fb.watch")):
        return len(segments) == 1
    if platform == "Vimeo" and segments[-1].isdigit():
        return True
    return bool(set(segments[:3]) & _VIDEO_PATH_WORDS)


def is_platform_embed(url: str) -> bool:
    """Return True for a video platform's embed address of one video or live stream.

    ``youtube.com/embed/{id}``, ``youtube.com/embed/live_stream?channel=…`` and
    ``player.vimeo.com/video/{n}`` are made to be framed as a player; a watch page, a
    channel or a profile is not one.
    """
    if not is_platform_video(url):
        return False
    try:
        parts = urlsplit(url.strip()[:MAX_URL_LENGTH])
    except ValueError:
        return False
    host = (parts.hostname or "").lower()
    return parts.path.lower().startswith("/embed/") or host.startswith("player.")


def is_platform_page(url: str) -> bool:
    """Return True when url is a video platform's page, which exposes no playlist."""
    return platform_of(url) is not None


# go2rtc's own player pages of one stream, named by their ``src`` parameter
# (``stream.html?src=<stream>``, ``webrtc.html?src=<stream>``), served at the server's
# root or under a base path behind a tunnel or proxy. Its ``links.html`` (a list of the
# stream's addresses), ``index.html`` and ``add.html`` are no player. Ant Media Server's
# ``play.html?name=`` beside a preview still stays a page (see ``embeds.server_player_page``).
_GO2RTC_PLAYER_PAGES = frozenset({"stream.html", "webrtc.html"})
_MAX_PLAYER_URL = 2048


def is_stream_player_page(url: str) -> bool:
    """Return True for go2rtc's player page of one named stream (``stream.html?src=…``).

    An http(s) address without a login whose last path segment is the player
    (``stream.html``, ``webrtc.html``) and whose query names the stream by ``src`` with
    a non-empty value (``?src=kelas7a``); the page alone (``/stream.html``) and another
    parameter (``?id=``) are not.
    """
    if len(url) > _MAX_PLAYER_URL:
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname or "@" in parts.netloc:
        return False
    if parts.path.rpartition("/")[2].lower() not in _GO2RTC_PLAYER_PAGES:
        return False
    for pair in parts.query.split("&")[:20]:
        key, _, value = pair.partition("=")
        if key.lower() == "src" and value.strip():
            return True
    return False


def is_playlist(body: bytes) -> bool:
    """Return True when a body is an HLS playlist (whatever its address looked like)."""
    return body.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"#EXTM3U")


def _absolute(candidate: str, base_url: str, *, playlist: bool = False) -> str | None:
    """Return candidate as an absolute http(s) address without fragment, or None.

    With ``playlist`` the decoded candidate must still name a playlist.
    """
    text = unescape_attribute(candidate).strip()
    for position, char in enumerate(text):
        if char in _NOT_IN_URL:
            text = text[:position]
            break
    if playlist and _PLAYLIST.search(text) is None:
        return None
    if not text or len(text) > MAX_URL_LENGTH or any(m in text for m in _TEMPLATE_MARKS):
        return None
    try:
        parts = urlsplit(urljoin(base_url, text))
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    return urlunsplit(parts._replace(fragment=""))


def _follows_plus(text: str, quote: int) -> bool:
    """Return True when the quote at that index comes right after a "+" operator."""
    position = quote - 1
    floor = max(0, quote - _CONCAT_LOOKBACK)
    while position >= floor and text[position].isspace():
        position -= 1
    return position >= floor and text[position] == "+"


def _mention_at(text: str, index: int) -> str:
    """Return the address around the ``.m3u8`` found at index (empty when there is none)."""
    start = index
    floor = max(0, index - MAX_URL_LENGTH)
    while start > floor and text[start - 1] not in _STOP_BACK:
        start -= 1
    if text[start:index].endswith("/") or start == index:
        return ""  # no file name before ".m3u8"
    if start > 0 and text[start - 1] in _BUILT_AFTER:
        return ""  # the tail of an address a template or an expression builds
    if start > 0 and text[start - 1] in _QUOTES and _follows_plus(text, start - 1):
        return ""  # the right-hand part of a concatenation
    end = index + len(_PLAYLIST_MARK)
    if end < len(text) and text[end] == "?":
        ceiling = min(len(text), end + MAX_URL_LENGTH)
        while end < ceiling and text[end] not in _STOP_FORWARD:
            end += 1
    return text[start:end]


def _with_page_query(url: str, base_url: str) -> str:
    """Return url with the page's own query, as ``'x.m3u8' + location.search`` builds it."""
    query = urlsplit(base_url).query
    if not query:
        return url
    parts = urlsplit(url)
    joined = f"{parts.query}&{query}" if parts.query else query
    return urlunsplit(parts._replace(query=joined))


def _playlists(text: str, base_url: str) -> tuple[list[str], bool]:
    """Return the distinct playlist addresses the text names, in order; True if cut short."""
    found: list[str] = []
    queried: set[str] = set()
    for mentions, match in enumerate(_PLAYLIST.finditer(text), 1):
        if mentions > MAX_CANDIDATES:
            return found, True
        url = _absolute(_mention_at(text, match.start()), base_url, playlist=True)
        if url is not None and _PAGE_QUERY.match(text, match.end()):
            queried.add(url)
            url = _with_page_query(url, base_url)
        if url is not None and url not in found:
            found.append(url)
    # The same literal used elsewhere without the query (a fallback for Safari, a
    # readiness fetch) is the same playlist.
    return [
        url for url in found if url not in queried or _with_page_query(url, base_url) == url
    ], False


def _rendition_key(url: str) -> tuple[str, int]:
    """Return url without its rendition words, and how many it held."""
    parts = urlsplit(url)
    path, count = _RENDITION.subn("", parts.path.lower())
    return f"{parts.netloc.lower()}{path}?{parts.query}", count


def _one_stream(playlists: list[str], text: str) -> str | None:
    """Return the rendition that plays when the playlists are renditions of one stream.

    They are when they differ only by rendition words (``_hd720``/``_low``, ``/hd/`` and
    ``/sd/``, ``main``/``sub``), each naming one: the first named plays, as players do,
    unless the page sets a ``defaultQuality`` index (DPlayer).
    """
    if not 1 < len(playlists) <= MAX_RENDITIONS:
        return None
    keys = [_rendition_key(url) for url in playlists]
    if len({key for key, _ in keys}) != 1 or any(count == 0 for _, count in keys):
        return None
    default = _DEFAULT_QUALITY.search(text)
    index = int(default.group(1)) if default is not None else 0
    return playlists[index] if index < len(playlists) else playlists[0]


def _without_comments(text: str) -> str:
    """Return text without its HTML comments, script bodies kept whole.

    A source left in ``<!-- -->`` does not play; old pages also wrap script bodies in
    ``<!-- -->``, so comments inside a script stay. Each character is looked at a
    bounded number of times.
    """
    kept: list[str] = []
    position = 0
    while (comment := text.find("<!--", position)) != -1:
        script = _SCRIPT_OPEN.search(text, position, comment)
        if script is not None:
            close = _SCRIPT_CLOSE.search(text, script.end())
            end = len(text) if close is None else close.end()
            kept.append(text[position:end])
            position = end
            continue
        kept.append(text[position:comment])
        closing = text.find("-->", comment + 4)
        position = len(text) if closing == -1 else closing + 3
    kept.append(text[position:])
    return "".join(kept)


def find_page_stream(text: str, base_url: str) -> PageFinding:
    """Return the one playlist a player page names, or the one page it frames.

    Script text often escapes its slashes as JSON does: they are read unescaped. A page
    naming two or more different playlists is a list, not one camera's player, and gives
    no stream, unless they are renditions of one stream (a quality menu). Without a playlist, a page holding exactly one frame (not a platform page)
    gives that frame to read next.
    """
    text = _without_comments(text[:PAGE_MAX_BYTES].replace("\\/", "/"))
    playlists, cut = _playlists(text, base_url)
    if len(playlists) == 1 and not cut:
        return PageFinding(stream=playlists[0])
    if not cut and (rendition := _one_stream(playlists, text)) is not None:
        return PageFinding(stream=rendition)
    if playlists:
        return PageFinding(several=True)
    frames: list[str] = []
    for count, _ in enumerate(_IFRAME_START.finditer(text), 1):
        if count > MAX_CANDIDATES:
            return PageFinding()  # a page of many frames is no single player
    for match in _IFRAME.finditer(text):
        url = _absolute(match.group(2), base_url)
        if url is not None and url not in frames:
            frames.append(url)
        if len(frames) > 1:
            return PageFinding()
    if len(frames) == 1:
        return PageFinding(frame=frames[0])
    return PageFinding()
