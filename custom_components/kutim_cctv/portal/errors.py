"""Typed errors raised by the portal client.

Every message is written for the person who has to act on it; URLs in messages are
always redacted by the code that raises them.
"""

from __future__ import annotations


class PortalError(Exception):
    """Base class of every error the portal client raises."""

    #: Stable machine-readable reason, used as a translation key by front ends.
    reason: str = "unknown"


class PortalConnectionError(PortalError):
    """The portal could not be reached (DNS, refused, reset, redirect loop)."""

    reason = "cannot_connect"


class PortalDNSError(PortalConnectionError):
    """The portal's host name could not be resolved."""

    reason = "cannot_resolve"


class PortalTimeoutError(PortalConnectionError):
    """The portal did not answer in time."""

    reason = "timeout"


class PortalTLSError(PortalConnectionError):
    """The TLS handshake or certificate check failed."""

    reason = "tls_error"


class PortalHTTPError(PortalError):
    """The portal answered with an HTTP error status."""

    reason = "http_error"

    def __init__(self, message: str, *, status: int, retry_after: float | None = None) -> None:
        """Store the status and an optional Retry-After delay in seconds."""
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after


class PortalFormatError(PortalError):
    """The answer is not a camera list in any format the client understands."""

    reason = "invalid_format"

    def __init__(self, message: str, *, tried: tuple[str, ...] = ()) -> None:
        """Store the message and, after automatic detection, the formats that were tried."""
        super().__init__(message)
        self.tried = tried


class PortalUnsafeURLError(PortalError):
    """A URL was refused by the URL safety policy."""

    reason = "unsafe_url"


class PortalTooLargeError(PortalError):
    """The answer is larger than the configured size cap."""

    reason = "too_large"


class PortalNoStreamError(PortalError):
    """The camera has no stream or the stream could not be decoded to a picture."""

    reason = "no_stream"
