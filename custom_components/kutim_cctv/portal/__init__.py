"""Client for Indonesian public CCTV portals, Kutai Timur first.

This package has no Home Assistant imports: it only needs ``aiohttp`` (and PyAV to
decode stills from HLS streams).
"""

from __future__ import annotations

from .client import PortalClient, dedupe_cameras
from .errors import (
    PortalConnectionError,
    PortalDNSError,
    PortalError,
    PortalFormatError,
    PortalHTTPError,
    PortalNoStreamError,
    PortalTimeoutError,
    PortalTLSError,
    PortalTooLargeError,
    PortalUnsafeURLError,
)
from .grab import Still, async_grab_still
from .models import (
    DEFAULT_KUTIM_API,
    DEFAULT_KUTIM_HLS,
    MAX_CAMERAS,
    Camera,
    CameraList,
    NotModified,
    ParseResult,
    PortalFormat,
    PortalSettings,
    Profile,
    normalise_url,
    portal_identity,
)
from .policy import UrlPolicy
from .redact import redact_text, redact_url

__all__ = [
    "DEFAULT_KUTIM_API",
    "DEFAULT_KUTIM_HLS",
    "MAX_CAMERAS",
    "Camera",
    "CameraList",
    "NotModified",
    "ParseResult",
    "PortalClient",
    "PortalConnectionError",
    "PortalDNSError",
    "PortalError",
    "PortalFormat",
    "PortalFormatError",
    "PortalHTTPError",
    "PortalNoStreamError",
    "PortalSettings",
    "PortalTLSError",
    "PortalTimeoutError",
    "PortalTooLargeError",
    "PortalUnsafeURLError",
    "Profile",
    "Still",
    "UrlPolicy",
    "async_grab_still",
    "dedupe_cameras",
    "normalise_url",
    "portal_identity",
    "redact_text",
    "redact_url",
]
