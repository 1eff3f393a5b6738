"""Immutable models shared by the portal client, its parsers and its users."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from urllib.parse import urlsplit, urlunsplit

from .playerpage import is_platform_page
from .redact import redact_url

DEFAULT_KUTIM_API = "https://apicctv.kutaitimurkab.go.id"
DEFAULT_KUTIM_HLS = "https://cctv.kutaitimurkab.go.id"
DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024
DEFAULT_TIMEOUT = 20.0
DEFAULT_PAGE_LIMIT = 100
DEFAULT_MAX_PAGES = 50
MAX_CAMERAS = 2000
"""Most cameras read from one portal's list (a province portal lists 1,000 to 2,000).

Parsing stops after this many: a hostile list of 100,000 entries costs the CPU time of
2,000 and can never create more entities than that.
"""


class Profile(StrEnum):
    """How the configured portal is read."""

    KUTIM = "kutim"
    AUTO = "auto"
    JSON = "json"
    GEOJSON = "geojson"
    HTML = "html"
    SNAPSHOT = "snapshot"


class PortalFormat(StrEnum):
    """The format a camera list was actually read in."""

    KUTIM = "kutim"
    JSON = "json"
    GEOJSON = "geojson"
    HTML = "html"
    SNAPSHOT = "snapshot"
    PLAYLIST = "playlist"
    KML = "kml"
    CSV = "csv"
    XML = "xml"


@dataclass(frozen=True, slots=True, kw_only=True)
class Camera:
    """One public camera, normalised from whatever the portal sent."""

    id: str
    raw_name: str
    name: str
    area: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    online: bool | None = None
    stream_url: str | None = None
    stream_key: str | None = None
    snapshot_url: str | None = None
    mjpeg_url: str | None = None

    @property
    def has_stream(self) -> bool:
        """Return True when the camera has a live stream that can be played here.

        A video platform's page (a YouTube embed) shows the camera but exposes no stream.
        """
        return self.stream_key is not None or (
            self.stream_url is not None and not is_platform_page(self.stream_url)
        )

    @property
    def has_still(self) -> bool:
        """Return True when a still image can be obtained somehow."""
        return self.has_stream or self.snapshot_url is not None or self.mjpeg_url is not None


@dataclass(frozen=True, slots=True, kw_only=True)
class ParseResult:
    """What a parser found in one response body."""

    format: PortalFormat
    cameras: tuple[Camera, ...]
    skipped: int = 0
    warnings: tuple[str, ...] = ()
    capped: bool = False
    """The list was read in part: more than MAX_CAMERAS cameras, or a page cut short."""
    title: str | None = None
    """The portal's own name (a GeoJSON layer name, a page title), when it gives one."""


@dataclass(frozen=True, slots=True, kw_only=True)
class CameraList(ParseResult):
    """A complete camera list fetched from a portal."""

    etag: str | None = None
    last_modified: str | None = None
    body_bytes: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class NotModified:
    """The portal confirmed the list is unchanged since the last fetch."""

    body_bytes: int = 0


def _frozen_headers(headers: Mapping[str, str] | None) -> Mapping[str, str]:
    """Return a read-only copy of the given headers."""
    return MappingProxyType(dict(headers or {}))


@dataclass(frozen=True, slots=True, kw_only=True)
class PortalSettings:
    """Everything the client needs to talk to one portal.

    For the Kutim profile ``url`` is the API host and ``hls_url`` the HLS host; for
    every other profile ``url`` is the address of the camera list itself and
    ``hls_url`` is unused.
    """

    profile: Profile = Profile.KUTIM
    url: str = DEFAULT_KUTIM_API
    hls_url: str = DEFAULT_KUTIM_HLS
    headers: Mapping[str, str] = field(default_factory=lambda: _frozen_headers(None))
    landing_url: str | None = None
    verify_ssl: bool = True
    allow_local: bool = False
    extra_hosts: tuple[str, ...] = ()
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    timeout: float = DEFAULT_TIMEOUT
    min_interval: float = 0.0
    page_limit: int = DEFAULT_PAGE_LIMIT
    max_pages: int = DEFAULT_MAX_PAGES
    prettify_names: bool = True

    def __post_init__(self) -> None:
        """Freeze the header mapping so settings stay immutable."""
        object.__setattr__(self, "headers", _frozen_headers(self.headers))

    @property
    def list_url(self) -> str:
        """Return the URL that identifies the camera list of this portal."""
        if self.profile is Profile.KUTIM:
            return f"{self.url.rstrip('/')}/api/cctv/public"
        return self.url


def normalise_url(url: str) -> str:
    """Return a canonical form of a portal URL: lower-case host, no default port."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        port = None
    if port is not None and (scheme, port) not in (("http", 80), ("https", 443)):
        host = f"{host}:{port}"
    path = parts.path.rstrip("/")
    return urlunsplit((scheme, host, path, parts.query, ""))


def portal_identity(settings: PortalSettings) -> str:
    """Return the identity of a portal: its normalised list URL without secrets.

    The identity ends up in unique ids and device identifiers, so credentials and
    token-like query values are redacted first.
    """
    return normalise_url(redact_url(settings.list_url))
