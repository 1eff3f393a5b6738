"""Just enough of HLS playlists to find the newest segment of a live stream."""

from __future__ import annotations

from dataclasses import dataclass
import re
from urllib.parse import urljoin

from .errors import PortalFormatError


@dataclass(frozen=True, slots=True)
class Variant:
    """One entry of a master playlist."""

    url: str
    bandwidth: int | None


@dataclass(frozen=True, slots=True)
class MediaPlaylist:
    """The parts of a media playlist a still grab needs."""

    segments: tuple[str, ...]
    init_url: str | None
    ended: bool
    media_sequence: int = 0
    durations: tuple[float, ...] = ()

    @property
    def sequence_of_last(self) -> int:
        """Return the media sequence number of the newest segment."""
        return self.media_sequence + len(self.segments) - 1

    def numbering(self) -> SegmentNumbering | None:
        """Return how segment URLs follow the media sequence, when they plainly do."""
        return segment_numbering(self)


@dataclass(frozen=True, slots=True)
class SegmentNumbering:
    """Live segments named by their media sequence number, one every ``duration`` seconds.

    From one reading of the playlist the name of any later segment is known without
    reading the playlist again: ``url_for(number)``.
    """

    prefix: str
    suffix: str
    newest: int
    duration: float

    def url_for(self, number: int) -> str:
        """Return the URL of segment ``number``."""
        return f"{self.prefix}{number}{self.suffix}"


def tag_attributes(line: str) -> dict[str, str]:
    """Parse the attribute list of an HLS tag, honouring quoted commas."""
    _, _, rest = line.partition(":")
    result: dict[str, str] = {}
    key = ""
    value = ""
    in_key = True
    quoted = False
    for char in rest + ",":
        if in_key:
            if char == "=":
                in_key = False
            elif char != ",":
                key += char
            continue
        if char == '"':
            quoted = not quoted
        elif char == "," and not quoted:
            result[key.strip().upper()] = value.strip().strip('"')
            key, value, in_key = "", "", True
        else:
            value += char
    return result


def resolve_uri(base_url: str, reference: str) -> str:
    """Resolve a playlist entry against the playlist's URL."""
    try:
        return urljoin(base_url, reference)
    except ValueError as err:  # "http://[::1" and other unparseable hosts
        raise PortalFormatError("The HLS playlist holds an address that is not valid") from err


def _is_count(text: str) -> bool:
    """Return True for a plain decimal number of sane length (no superscripts, no 5,000 digits)."""
    return text.isascii() and text.isdigit() and len(text) <= 18


def playlist_lines(text: str) -> list[str]:
    """Return the non-empty lines of a playlist, checking its header."""
    lines = [line.strip() for line in text.lstrip("\ufeff").splitlines() if line.strip()]
    if not lines or not lines[0].startswith("#EXTM3U"):
        raise PortalFormatError("The stream address does not return an HLS playlist")
    return lines


def is_master(text: str) -> bool:
    """Return True when the playlist lists variants rather than segments."""
    return "#EXT-X-STREAM-INF" in text


def parse_master(text: str, base_url: str) -> tuple[Variant, ...]:
    """Return the variants of a master playlist with absolute URLs."""
    lines = playlist_lines(text)
    variants: list[Variant] = []
    pending: dict[str, str] | None = None
    for line in lines[1:]:
        if line.startswith("#EXT-X-STREAM-INF"):
            pending = tag_attributes(line)
        elif not line.startswith("#") and pending is not None:
            bandwidth = pending.get("BANDWIDTH", "")
            variants.append(
                Variant(
                    resolve_uri(base_url, line), int(bandwidth) if _is_count(bandwidth) else None
                )
            )
            pending = None
    if not variants:
        raise PortalFormatError("The HLS master playlist lists no streams")
    return tuple(variants)


def _duration(line: str) -> float | None:
    """Return the duration of an #EXTINF line, or None when it is not a sane number."""
    _, _, rest = line.partition(":")
    text = rest.split(",", 1)[0].strip()
    if not text or len(text) > 20:
        return None
    try:
        value = float(text)
    except ValueError:
        return None
    return value if 0.0 < value < 3600.0 else None


def parse_media(text: str, base_url: str) -> MediaPlaylist:
    """Return the segments (oldest first) and init section of a media playlist."""
    lines = playlist_lines(text)
    segments: list[str] = []
    durations: list[float] = []
    init_url: str | None = None
    sequence = 0
    pending: float | None = None
    expect_uri = False
    for line in lines[1:]:
        if line.startswith("#EXT-X-MAP"):
            uri = tag_attributes(line).get("URI")
            if uri:
                init_url = resolve_uri(base_url, uri)
        elif line.startswith("#EXT-X-MEDIA-SEQUENCE:"):
            value = line.partition(":")[2].strip()
            sequence = int(value) if _is_count(value) else 0
        elif line.startswith("#EXTINF"):
            expect_uri = True
            pending = _duration(line)
        elif not line.startswith("#") and expect_uri:
            segments.append(resolve_uri(base_url, line))
            durations.append(pending if pending is not None else 0.0)
            expect_uri = False
    if not segments:
        raise PortalFormatError("The HLS playlist has no segments yet")
    return MediaPlaylist(
        tuple(segments), init_url, "#EXT-X-ENDLIST" in lines, sequence, tuple(durations)
    )


_DIGITS = re.compile(r"\d{1,18}")


def segment_numbering(media: MediaPlaylist) -> SegmentNumbering | None:
    """Return the naming rule of a live playlist's segments, if every name follows it.

    The rule holds when each segment's URL is the same text around one number that is
    its media sequence number, and the segments all last the same. Anything else (an
    ended playlist, names without the number, varying durations) gives None: such a
    playlist is read again for every picture.
    """
    count = len(media.segments)
    if media.ended or count < 1 or len(media.durations) != count:
        return None
    duration = media.durations[0]
    if duration <= 0 or any(abs(d - duration) > duration * 0.01 for d in media.durations):
        return None
    newest = media.sequence_of_last
    last = media.segments[-1]
    path_end = last.find("?")
    path_end = len(last) if path_end < 0 else path_end
    wanted = str(newest)
    for match in reversed(list(_DIGITS.finditer(last, 0, path_end))):
        if match.group() != wanted:
            continue
        prefix, suffix = last[: match.start()], last[match.end() :]
        numbering = SegmentNumbering(prefix, suffix, newest, duration)
        first = media.media_sequence
        if all(url == numbering.url_for(first + index) for index, url in enumerate(media.segments)):
            return numbering
    return None
