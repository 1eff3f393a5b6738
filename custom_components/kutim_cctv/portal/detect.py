"""Single-URL camera lists (F2-F5) and automatic detection of known list APIs."""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from .errors import PortalError, PortalFormatError, PortalHTTPError
from .http import Response
from .listing import cache_validators, stable_id
from .media import is_mjpeg_url
from .models import Camera, CameraList, NotModified, ParseResult, PortalFormat, Profile
from .paging import KUTIM_LIST_PATH, KutimPaging, off_loop
from .parsing import decode_body, parse_body
from .redact import redact_url

_LOGGER = logging.getLogger(__name__)
# A base address that answers with one of these may still have a known API behind it.
_DETECT_AFTER_STATUSES = frozenset({400, 401, 403, 404, 405, 406, 410, 501})
AUTO_CANDIDATES: tuple[tuple[str, str], ...] = (
    ("go2rtc", "/api/streams"),
    ("MediaMTX", "/v3/paths/list"),
    ("Frigate", "/api/config"),
    ("ZoneMinder", "/api/monitors.json"),
)
"""Known list APIs tried behind a base address after Kutim's paged list (name, path)."""

AUTO_TRIED: tuple[str, ...] = (
    "JSON/GeoJSON/HTML at the address",
    f"Kutim paged list ({KUTIM_LIST_PATH})",
    *(f"{name} ({path})" for name, path in AUTO_CANDIDATES),
)
"""What the Automatic format tries, in order, as named in its error."""

DETECT_RETRY_FIRST = 300.0
"""Seconds after a detection that found nothing before the known APIs are probed again."""
DETECT_RETRY_MAX = 3600.0
"""The longest wait between probes: the wait doubles after each miss up to this."""


class ListDetection(KutimPaging):
    """Lists served at one URL, and detection of known list APIs behind a base address."""

    _list_url: str | None
    # Detection that found nothing is not repeated on every poll: the known APIs are
    # probed again after a wait that doubles with each miss, bounded by DETECT_RETRY_MAX.
    # The address itself is still read on every poll.
    _detect_misses: int = 0
    _detect_retry_at: float | None = None

    async def _get_auto(self, conditional: bool) -> CameraList | NotModified:
        """Read the list Automatic found, and look again when it has gone away.

        A list found behind the base address that later answers "not found" (or no longer
        reads as a camera list) is forgotten, and the address is read and detection run
        again, within the detection wait. Other errors (timeouts, server errors) keep it.
        """
        try:
            if self._kutim_base is not None:
                return await self._get_kutim(conditional)
            return await self._get_single(conditional)
        except PortalError as err:
            if not self._found_is_gone(err):
                raise
            _LOGGER.info(
                "The camera list found behind %s no longer answers (%s); looking for it again",
                redact_url(self.settings.url),
                err,
            )
            self._kutim_base = self._list_url = None
            self._pages.clear()
            return await self._get_single(False)

    def _found_is_gone(self, err: PortalError) -> bool:
        """Return whether ``err`` says that the list detection found has gone away."""
        if self._kutim_base is None and self._list_url is None:
            return False
        if isinstance(err, PortalHTTPError):
            return err.status in _DETECT_AFTER_STATUSES
        return isinstance(err, PortalFormatError)

    async def _get_single(self, conditional: bool) -> CameraList | NotModified:
        """Fetch and parse a list served by one URL (formats F2–F5)."""
        settings = self.settings
        url = self._list_url or settings.url
        detect = settings.profile is Profile.AUTO and self._list_url is None
        cached = self._pages.get(url)
        headers = cache_validators(cached) if conditional else {}
        try:
            response = await self.http.request(
                "GET",
                url,
                headers=headers,
                max_bytes=settings.max_body_bytes,
                stop_before_body=lambda ctype: ctype.startswith("multipart/"),
            )
        except PortalHTTPError as err:
            if not detect or err.status not in _DETECT_AFTER_STATUSES:
                raise
            found = await self._detect(conditional, err)
            if found is None:
                raise
            return found
        if response.status == 304 and cached is not None:
            return NotModified(body_bytes=len(response.body))
        try:
            result = await self._parse_single(response)
        except PortalFormatError as err:
            if not detect:
                raise
            found = await self._detect(conditional, err)
            if found is None:
                raise PortalFormatError(
                    f"{err} (tried: {', '.join(self._tried_formats())})",
                    tried=self._tried_formats(),
                ) from err
            return found
        self._store(url, response, result)
        return self._finish(
            result.format,
            result.cameras,
            skipped=result.skipped,
            warnings=list(result.warnings),
            etag=response.headers.get("ETag"),
            last_modified=response.headers.get("Last-Modified"),
            body_bytes=len(response.body),
            capped=result.capped,
            title=result.title,
        )

    async def _parse_single(self, response: Response) -> ParseResult:
        """Parse a single-URL answer in the configured profile."""
        settings = self.settings
        ctype = response.content_type
        if settings.profile in (Profile.AUTO, Profile.SNAPSHOT) and (
            ctype.startswith(("image/", "multipart/"))
        ):
            result: ParseResult = self._single_media_camera(response)
        else:
            result = await off_loop(
                _decode_and_parse,
                response.body,
                profile=settings.profile,
                base_url=response.url,
                hls_base=settings.hls_url,
                prettify=settings.prettify_names,
                content_type=ctype or None,
            )
        return result

    def _bases(self) -> list[str]:
        """Return the base addresses known APIs are looked for behind: the URL, its origin."""
        parts = urlsplit(self.settings.url)
        path = parts.path.rstrip("/")
        origin = urlunsplit((parts.scheme, parts.netloc, "", "", ""))
        # A path naming a file (cameras.json, index.html) has no API under it.
        bases = [origin + path] if path and "." not in path.rsplit("/", 1)[-1] else []
        bases.append(origin)
        return bases

    def _tried_formats(self) -> tuple[str, ...]:
        """Return the formats automatic detection tries, for error messages."""
        return AUTO_TRIED

    async def _detect(
        self, conditional: bool, first_error: PortalError
    ) -> CameraList | NotModified | None:
        """Look for a known camera list API behind the base address; None if there is none.

        Kutim's paged list is tried first, then the list APIs of common NVR and stream
        servers. What is found is kept, so later polls go straight to it. When nothing is
        found, the probes wait DETECT_RETRY_FIRST seconds, doubling after each further miss
        up to DETECT_RETRY_MAX, so that a changed portal is still found later.
        """
        if self._detect_retry_at is not None and self.now() < self._detect_retry_at:
            _LOGGER.debug(
                "Not probing known list APIs behind %s again before %.0f s: %s",
                redact_url(self.settings.url),
                self._detect_retry_at - self.now(),
                first_error,
            )
            return None
        _LOGGER.debug(
            "Looking for a known list API behind %s: %s", redact_url(self.settings.url), first_error
        )
        found = await self._probe(conditional)
        if found is None:
            self._detect_misses += 1
            wait = min(DETECT_RETRY_FIRST * 2 ** min(self._detect_misses - 1, 16), DETECT_RETRY_MAX)
            self._detect_retry_at = self.now() + wait
        else:
            self._detect_misses, self._detect_retry_at = 0, None
        return found

    async def _probe(self, conditional: bool) -> CameraList | NotModified | None:
        """Try Kutim's paged list, then the known list APIs, on each base address."""
        for base in self._bases():
            self._kutim_base = base
            try:
                result = await self._get_kutim(conditional)
            except PortalError:
                self._kutim_base = None
                self._pages.clear()
                continue
            if isinstance(result, NotModified) or result.cameras:
                return result
            self._kutim_base = None
        for base in self._bases():
            for _name, path in AUTO_CANDIDATES:
                self._list_url = base + path
                try:
                    result = await self._get_single(conditional)
                except PortalError:
                    self._list_url = None
                    continue
                if isinstance(result, NotModified) or result.cameras:
                    return result
                self._list_url = None
        self._pages.clear()
        return None

    def _single_media_camera(self, response: Response) -> ParseResult:
        """Describe a portal URL that is itself one still image or MJPEG stream."""
        url = response.url
        mjpeg = response.content_type.startswith("multipart/") or is_mjpeg_url(url)
        name = self.policy.check(url).host or "Camera"
        camera = Camera(
            id=stable_id(url),
            raw_name=name,
            name=name,
            snapshot_url=None if mjpeg else url,
            mjpeg_url=url if mjpeg else None,
        )
        return ParseResult(format=PortalFormat.SNAPSHOT, cameras=(camera,))


def _decode_and_parse(body: bytes, **kwargs: Any) -> ParseResult:
    """Decode a list answer and parse it (run off the event loop)."""
    return parse_body(decode_body(body), **kwargs)
