"""Just enough of HLS playlists to find the newest segment of a live stream."""

from __future__ import annotations

from dataclasses import dataclass
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


def parse_media(text: str, base_url: str) -> MediaPlaylist:
    """Return the segments (oldest first) and init section of a media playlist."""
    lines = playlist_lines(text)
    segments: list[str] = []
    init_url: str | None = None
    expect_uri = False
    for line in lines[1:]:
        if line.startswith("#EXT-X-MAP"):
            uri = tag_attributes(line).get("URI")
            if uri:
                init_url = resolve_uri(base_url, uri)
        elif line.startswith("#EXTINF"):
            expect_uri = True
        elif not line.startswith("#") and expect_uri:
            segments.append(resolve_uri(base_url, line))
            expect_uri = False
    if not segments:
        raise PortalFormatError("The HLS playlist has no segments yet")
    return MediaPlaylist(tuple(segments), init_url, "#EXT-X-ENDLIST" in lines)
