"""M3U playlists: one camera per entry, extended (#EXTINF attributes) or plain."""

from __future__ import annotations

from collections import Counter
import re
from urllib.parse import urlsplit

from ..aliases import DECORATION_HINTS
from ..errors import PortalFormatError
from ..fieldurls import looks_like_url, resolve_url, url_kind
from ..models import MAX_CAMERAS, ParseResult, PortalFormat
from ..normalise import Context, Notes, normalise_items
from ..values import JSONValue, clean_text
from ..viewerlinks import names_camera
from .channelcams import broadcast_title
from .items import _capped_result, _plain
from .kindnames import camera_kind_name

# Lines read at most: a playlist of MAX_CAMERAS entries with a few option lines each.
_MAX_LINES = 20 * MAX_CAMERAS
_MAX_LINE = 4096
_ATTRIBUTE = re.compile(r"""\s*([A-Za-z][\w-]{0,40})=(?:"([^"]{0,2000})"|'([^']{0,2000})'|(\S*))""")
_STREAM_SCHEMES = ("http://", "https://", "rtsp://", "rtsps://")
# Words in a logo's address that say it is a picture of what the camera sees.
_STILL_WORDS = ("snapshot", "snap", "still", "capture", "thumb", "preview", "screenshot", "foto")
_STILL_EXTENSIONS = (".jpg", ".jpeg")
_NOT_STILL_WORDS = (*DECORATION_HINTS, "channel", "brand", "tvg", "epg")
# Kodi's label formatting tags (``[COLOR orange]``, ``[COLOR FF00BFFF]``, ``[B]``, ``[I]``,
# ``[LIGHT]``, ``[UPPERCASE]``, ``[LOWERCASE]``, ``[CAPITALIZE]`` and their closing tags,
# ``[CR]`` a line break): playlists written for Kodi colour their titles, tvg-name and
# group-title with them. They are markup, never part of a name; the text between them
# stays as written. Only these tag names are taken, so ``Kamera [Arah Dermaga]`` or
# ``[HD]`` keeps its brackets. A colour is a word or an 8-digit ARGB hex value.
_KODI_TAG = re.compile(
    r"\[(?:/?(?:B|I|LIGHT|UPPERCASE|LOWERCASE|CAPITALIZE)|COLOR [A-Za-z0-9]{1,32}|/COLOR|CR)\]",
    re.IGNORECASE,
)


def _lines(text: str) -> list[str]:
    """Return the stripped, non-empty lines of a playlist (bounded)."""
    found: list[str] = []
    for raw in text.lstrip("\ufeff").splitlines():
        line = raw.strip()[:_MAX_LINE]
        if line:
            found.append(line)
            if len(found) >= _MAX_LINES:
                break
    return found


def _entry_line(line: str) -> bool:
    """Return True for a line naming a playlist entry's media.

    A script comment (``/**/ cb({…});``, the guard of a JSONP answer) is no path.
    """
    if line.startswith(("#", "/*")):
        return False
    return looks_like_url(line) or line.lower().startswith("rtsp")


def looks_like_playlist(text: str) -> bool:
    """Return True when a body is an M3U camera playlist (not an HLS stream playlist)."""
    head = text.lstrip("\ufeff \t\r\n")[:4096]
    if head[:1] in ("", "<", "{", "["):
        return False
    if head[:7].upper() == "#EXTM3U":
        return True
    lines = _lines(text[:200_000])
    entries = [line for line in lines if not line.startswith("#")]
    return bool(entries) and all(_entry_line(line) for line in entries)


# Attribute names of the extended-M3U dialects (``tvg-logo``, ``group-title``,
# ``channel-id``, ``catchup-source``, ``tvh-epg``, ``radio``): the only names taken when
# an attribute is written after the duration's comma, where a title may hold ``a="b"``.
_PLAYLIST_KEY = re.compile(
    r"(?:tvg|group|channel|catchup|tvh|x-tvg|audio|parent|aspect)-[a-z][a-z-]{0,30}"
    r"|radio|catchup|timeshift",
    re.IGNORECASE,
)
# One attribute written after the comma: a quoted value only, spaces or commas before it.
_LATE_ATTRIBUTE = re.compile(
    r"""[\s,]*([A-Za-z][\w-]{0,40})\s*=\s*(?:"([^"]{0,2000})"|'([^']{0,2000})')"""
)


def _late_attributes(text: str, start: int) -> tuple[list[tuple[str, str]], int]:
    """Return the playlist attributes written one after another from ``start``.

    Reading stops at the first text that is no quoted playlist attribute; the offset
    returned is where it stopped (``start`` when there was none).
    """
    found: list[tuple[str, str]] = []
    position = start
    while len(found) < 32:
        match = _LATE_ATTRIBUTE.match(text, position)
        if match is None or not _PLAYLIST_KEY.fullmatch(match.group(1)):
            break
        value = match.group(2) if match.group(2) is not None else match.group(3)
        found.append((match.group(1).lower(), value or ""))
        position = match.end()
    return found, position


def _trailing_attributes(title: str) -> tuple[list[tuple[str, str]], str]:
    """Return the playlist attributes written after a title, and the title before them.

    ``Channel 1,tvg-name="Channel 1",group-title="Group 1"``: a run of quoted playlist
    attributes reaching the end of the title, after a comma or a space. Linear: each
    start is one of the comma or space separators, tried left to right until one run
    reaches the end.
    """
    end = len(title.rstrip(" ,"))
    for separator in re.finditer(r"[\s,]+(?=[A-Za-z])", title[:_MAX_LINE]):
        if separator.start() == 0:
            continue
        found, position = _late_attributes(title, separator.start())
        if found and position >= end:
            return found, title[: separator.start()]
        if found:
            break  # an attribute run that stops before the end: the title goes on
    return [], title


def _extinf(line: str) -> tuple[dict[str, str], str | None]:
    """Return the attributes and the title of an #EXTINF line.

    Attributes are read in every position lists write them: before the comma (the
    standard place), right after the duration's comma (``#EXTINF:0, group-title="G",Name``
    or ``#EXTINF:-1,tvg-id="1",tvg-name="N",group-title="G"`` with no title), and after
    the title (``#EXTINF:-1,Name,tvg-name="N",group-title="G"``). Past the comma only a
    playlist attribute name with a quoted value is taken (``_PLAYLIST_KEY``), so a title
    holding ``arah="Bontang"`` or a quoted word stays the title. An attribute already
    written with a value keeps it; a later one fills an empty one.
    """
    rest = line.split(":", 1)[1] if ":" in line else ""
    match = re.match(r"\s*-?\d+(?:\.\d+)?", rest)
    position = match.end() if match else 0
    attributes: dict[str, str] = {}
    while len(attributes) < 32:
        found = _ATTRIBUTE.match(rest, position)
        if found is None:
            break
        value = found.group(2) if found.group(2) is not None else found.group(3)
        if value is None:
            value = (found.group(4) or "").rstrip(",")
        attributes[found.group(1).lower()] = value
        position = found.end()
    comma = rest.find(",", position)
    if comma < 0:
        return attributes, None
    late, after = _late_attributes(rest, comma + 1)
    tail = rest[after:] if late else rest[comma + 1 :]
    if late:
        tail = re.sub(r"^\s*,?", "", tail, count=1)
    trailing, tail = _trailing_attributes(tail)
    for key, value in (*late, *trailing):
        if not attributes.get(key, "").strip():
            attributes[key] = value
    for key in ("tvg-name", "group-title"):
        if key in attributes:
            attributes[key] = _without_kodi_tags(attributes[key])
    return attributes, clean_text(_ESCAPED_COMMA.sub(",", _without_kodi_tags(tail)))


def _without_kodi_tags(text: str) -> str:
    """Return a playlist text without Kodi's label formatting tags (``[CR]`` read as a space)."""
    if "[" not in text:
        return text
    return _KODI_TAG.sub(lambda tag: " " if tag.group(0).upper() == "[CR]" else "", text)


# A comma written as its percent escape in a title (``Bengalon%2C Pelabuhan``, ``%2c``):
# playlist writers escape it so the title after #EXTINF's comma stays one field. Only
# the comma's escape is written back; any other (``50%25``) stays as written.
_ESCAPED_COMMA = re.compile(r"%2[Cc]")


def _is_still(url: str | None, shared: Counter[str]) -> bool:
    """Return True when an entry's logo is a picture of the camera, not a channel logo."""
    if url is None or shared[url] > 1 or url_kind(url) != "still":
        return False
    where = f"{urlsplit(url).path} {urlsplit(url).query}".lower()
    if any(word in where for word in _NOT_STILL_WORDS):
        return False
    return where.split(" ", 1)[0].endswith(_STILL_EXTENSIONS) or any(
        word in where for word in _STILL_WORDS
    )


# A recorded clip's file (``/vod/sosialisasi.mp4``); a live server's own MP4 address
# (``/live/cam1/s.mp4``, ``stream.mp4?src=cam1``) names itself live or takes a query.
_CLIP_SUFFIXES = (".mp4", ".m4v", ".webm", ".mov", ".mkv", ".avi", ".wmv")
_LIVE_PATH_WORDS = frozenset({"live", "stream", "streams", "hls", "s", "index", "playlist"})
_MAX_SEGMENTS = 16


def _recorded_clip(url: str) -> bool:
    """Return True for the address of a recorded video file, no live stream."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    path = parts.path.lower()
    if parts.query or not path.endswith(_CLIP_SUFFIXES):
        return False
    if url_kind(url) is not None:
        return False  # an address read as live by its own route (``/cgi-bin/mjpg/video.mp4``)
    segments = path.split("/")[-_MAX_SEGMENTS:]
    segments[-1] = segments[-1].rsplit(".", 1)[0]
    return _LIVE_PATH_WORDS.isdisjoint(segments)


# A sound file's suffix (``/audio/imbauan.mp3``): a recorded announcement or a song,
# never a camera, whatever the playlist's other entries are.
_AUDIO_SUFFIXES = (".mp3", ".aac", ".m4a", ".ogg", ".oga", ".opus", ".wav", ".flac", ".wma")


def _audio_file(url: str) -> bool:
    """Return True for the address of a sound file (by its path's suffix)."""
    try:
        path = urlsplit(url).path.lower()
    except ValueError:
        return False
    return path.endswith(_AUDIO_SUFFIXES)


def _without_clips(
    entries: list[tuple[dict[str, str], str | None, str]], base_url: str
) -> list[tuple[dict[str, str], str | None, str]]:
    """Drop recorded clips (an information video) listed beside live cameras.

    A playlist whose other entries are live streams (HLS, RTSP, MJPEG) may close with a
    recorded clip (``/vod/tertib-lalin.mp4``): that plays a film, no camera. A playlist
    of video files only keeps its entries.
    """
    clips = [
        (url := resolve_url(line, base_url)) is not None and _recorded_clip(url)
        for _attrs, _title, line in entries
    ]
    if not any(clips) or all(clips):
        return entries
    return [entry for entry, clip in zip(entries, clips, strict=True) if not clip]


# YouTube's video categories (Data API ``videoCategories`` titles). A playlist a YouTube
# scraper writes groups its entries by the video's category: a content category, no place.
_VIDEO_CATEGORIES = frozenset(
    {
        "film & animation",
        "autos & vehicles",
        "music",
        "pets & animals",
        "sports",
        "short movies",
        "travel & events",
        "gaming",
        "videoblogging",
        "people & blogs",
        "comedy",
        "entertainment",
        "news & politics",
        "howto & style",
        "education",
        "science & technology",
        "nonprofits & activism",
    }
)
# Categories of live views (a beach, a zoo's animals, a road, a weather station): an entry
# there is a live view whatever its title says. In every other category (news, music,
# games, sports, lectures, vlogs) an entry is a camera only when its title names one
# (``Harbour Cam``, ``CCTV Pelabuhan``).
# A title of a broadcast, a show or a recording (``CCTV News Live``, ``Konser … Live``,
# ``Candid Camera Classics``) is none in any category (``broadcast_title``).
_SCENERY_CATEGORIES = frozenset({"travel & events", "pets & animals"})
# Categories of a station's or a road's live view (``Sangatta Weather Station Live
# View``) beside keynotes, launches and car shows: an entry there is a camera when its
# title names a camera or a view.
_VIEW_CATEGORIES = frozenset({"autos & vehicles", "science & technology"})
_VIEW_WORDS = frozenset({"view", "views", "panorama", "pemandangan"})
# A title's words: letters and digits, an apostrophe joining a word's tail (``Cam'ron``).
_TITLE_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
# Words after a camera word naming a person's stream (``Cam Girl``), not a camera.
_PERSON_STREAM_WORDS = frozenset({"girl", "girls", "boy", "boys", "model", "models"})


def _camera_title(title: str) -> bool:
    """Return True when a title names a camera by a word of its own (``Pantai Live Cam``).

    A camera word joined by an apostrophe (``Cam'ron``) or naming a person's stream
    (``Cam Girl``) does not count.
    """
    words = [word.lower() for word in _TITLE_WORD.findall(title[:_MAX_LINE])]
    return any(
        "'" not in word
        and "\u2019" not in word
        and names_camera(word)
        and (index + 1 == len(words) or words[index + 1] not in _PERSON_STREAM_WORDS)
        for index, word in enumerate(words)
    )


# A tuner's guide number (an HDHomeRun lineup.m3u's ``channel-id="5.1"``): a virtual
# channel number, whole or major.minor, the id the tuner knows the channel by.
_GUIDE_NUMBER = re.compile(r"[0-9]{1,4}(?:\.[0-9]{1,4})?")


def _guide_number(attrs: dict[str, str]) -> str | None:
    """Return an entry's ``channel-id`` when it is a tuner's guide number, else None.

    Only a number is taken (``5.1``, ``105.1``): a word or a code under the same name is
    no guide number. ``tvg-id``, when written, names the entry first.
    """
    value = attrs.get("channel-id", "").strip()
    return value if _GUIDE_NUMBER.fullmatch(value) else None


def _view_title(title: str) -> bool:
    """Return True when a title names a live view (``… Live View``, ``Panorama …``)."""
    return not _VIEW_WORDS.isdisjoint(w.lower() for w in _TITLE_WORD.findall(title[:_MAX_LINE]))


def _video_categories(entries: list[tuple[dict[str, str], str | None, str]]) -> bool:
    """Return True when every entry is grouped by a YouTube video category.

    At least one group must be a two-word category (``Travel & Events``) that no camera
    portal names its groups with; ``Music`` or ``Sports`` alone may be a real group.
    """
    groups = {(clean_text(attrs.get("group-title", "")) or "").lower() for attrs, _t, _l in entries}
    return bool(groups) and groups <= _VIDEO_CATEGORIES and any("&" in group for group in groups)


def playlist_items(text: str, base_url: str) -> list[dict[str, JSONValue]]:
    """Return one portal-like item per playlist entry, at most MAX_CAMERAS + 1."""
    entries: list[tuple[dict[str, str], str | None, str]] = []
    attributes: dict[str, str] = {}
    title: str | None = None
    for line in _lines(text):
        upper = line[:8].upper()
        if upper.startswith("#EXTINF"):
            attributes, title = _extinf(line)
        elif upper.startswith("#EXTGRP:"):
            attributes.setdefault("group-title", _without_kodi_tags(line[8:]))
        elif not line.startswith("#"):
            entries.append((attributes, title, line))
            attributes, title = {}, None
            if len(entries) > MAX_CAMERAS:
                break
    entries = _without_clips(entries, base_url)
    logos = Counter(
        url
        for attrs, _title, _line in entries
        if (url := resolve_url(attrs.get("tvg-logo"), base_url)) is not None
    )
    categories = _video_categories(entries)
    items: list[dict[str, JSONValue]] = []
    for attrs, name, line in entries:
        group = clean_text(attrs.get("group-title", "")) or ""
        title = name or clean_text(attrs.get("tvg-name", "")) or ""
        if categories and (
            broadcast_title(title)
            or (
                group.lower() not in _SCENERY_CATEGORIES
                and not _camera_title(title)
                and not (group.lower() in _VIEW_CATEGORIES and _view_title(title))
            )
        ):
            continue  # a news broadcast, a music stream or a match a live search caught
        url = resolve_url(line, base_url)
        kind = url_kind(url) if url is not None else None
        if url is None or (kind is None and not _entry_line(line)):
            continue  # a bare word is not an entry; a relative media file name is
        if kind is None and _audio_file(url):
            continue  # a sound file (an announcement, a song) shows nothing
        item: dict[str, JSONValue] = {"mjpeg" if kind == "mjpeg" else "stream": url}
        name = name or clean_text(attrs.get("tvg-name", ""))
        if name:
            item["name"] = name
        if ident := clean_text(attrs.get("tvg-id", "")) or _guide_number(attrs):
            item["id"] = ident
        area = "" if categories else group
        if area and not camera_kind_name(area):
            # A group named only for the kind of camera (``CCTV TMA``) says nothing of where.
            item["area"] = area
        logo = resolve_url(attrs.get("tvg-logo"), base_url)
        if _is_still(logo, logos):
            item["snapshot"] = logo
        items.append(item)
    return items


def parse_playlist(text: str, ctx: Context) -> ParseResult:
    """Parse an M3U playlist into cameras."""
    if "#EXT-X-" in text[:65536].upper():
        raise PortalFormatError(
            "The portal answer is an HLS stream playlist (one stream), not a camera list"
        )
    items = playlist_items(text, ctx.base_url)
    notes = Notes()
    cameras, skipped = normalise_items(_plain(list(items)), ctx, notes)
    if not cameras:
        raise PortalFormatError(
            f"No camera list found in the playlist (found {len(items)} entries with a URL)"
        )
    return _capped_result(PortalFormat.PLAYLIST, cameras, skipped, notes)
