"""The asynchronous portal client, assembled from its list, detection and stream parts."""

from __future__ import annotations

import asyncio
import time

import aiohttp

from .detect import AUTO_CANDIDATES, AUTO_TRIED, ListDetection
from .errors import PortalError, PortalFormatError
from .http import Clock, GuardedHttp, Resolver, Response, Router, Sleep
from .listing import CachedPage, dedupe_cameras, stable_id
from .models import CameraList, NotModified, PortalSettings, Profile
from .paging import KUTIM_LIST_PATH, LARGE_PAGE_LIMIT
from .policy import UrlPolicy
from .streams import READY_REUSE_SECONDS, StreamAccess, StreamMemory
from .wakeup import (
    MAX_CONCURRENT_WAKEUPS,
    MIN_ALIVE_SECONDS,
    PLAYLIST_MAX_BYTES,
    READY_POLL_INTERVAL,
    STREAM_ALIVE_SECONDS,
    STREAM_READY_TIMEOUT,
    WAKE_INTERVAL,
)


class PortalClient(ListDetection, StreamAccess):
    """Read one public CCTV portal: its camera list, stream wake-ups and media."""

    def __init__(
        self,
        session: aiohttp.ClientSession,
        settings: PortalSettings,
        *,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
        resolve: Resolver | None = None,
        route: Router | None = None,
    ) -> None:
        """Bind the client to a session and a portal's settings.

        ``resolve`` and ``route`` stand in for name resolution and the network in tests.
        """
        self.settings = settings
        portal_urls = [settings.url, settings.landing_url or settings.url]
        if settings.profile in (Profile.KUTIM, Profile.AUTO):
            portal_urls.append(settings.hls_url)
        self.policy = UrlPolicy.for_portal(
            portal_urls, allow_local=settings.allow_local, extra_hosts=settings.extra_hosts
        )
        self.http = GuardedHttp(
            session,
            policy=self.policy,
            timeout=settings.timeout,
            verify_ssl=settings.verify_ssl,
            headers=settings.headers,
            min_interval=settings.min_interval,
            clock=clock,
            sleep=sleep,
            resolve=resolve,
            origins=portal_urls,
            route=route,
        )
        self._clock = clock
        self._sleep = sleep
        self._pages: dict[str, CachedPage] = {}
        self._bootstrapped = False
        self._wake_tasks: dict[str, asyncio.Task[None]] = {}
        self._closed = False
        self._ready_tasks: dict[str, asyncio.Task[None]] = {}
        self._woken_at: dict[str, float] = {}
        self._alive_at: dict[str, float] = {}
        self._ready: dict[str, tuple[float, Response]] = {}
        self._memory: dict[str, StreamMemory] = {}
        self._page_streams: dict[str, tuple[float, str]] = {}
        self.alive_seconds = STREAM_ALIVE_SECONDS
        self.wake_slots = asyncio.Semaphore(MAX_CONCURRENT_WAKEUPS)
        """Bounds the streams being woken at once (start call and wait for the manifest)."""
        self._page_limit = max(settings.page_limit, LARGE_PAGE_LIMIT)
        self.wake_calls = 0
        # What automatic detection found behind the configured base address.
        self._kutim_base: str | None = None
        self._list_url: str | None = None

    # ------------------------------------------------------------------ list

    async def async_get_cameras(self, *, conditional: bool = False) -> CameraList | NotModified:
        """Fetch the camera list; with ``conditional`` an unchanged list is NotModified."""
        await self._bootstrap()
        if self.settings.profile is Profile.AUTO:
            return await self._get_auto(conditional)
        if self.is_kutim:
            return await self._get_kutim(conditional)
        return await self._get_single(conditional)


__all__ = [
    "AUTO_CANDIDATES",
    "AUTO_TRIED",
    "KUTIM_LIST_PATH",
    "LARGE_PAGE_LIMIT",
    "MAX_CONCURRENT_WAKEUPS",
    "MIN_ALIVE_SECONDS",
    "PLAYLIST_MAX_BYTES",
    "READY_POLL_INTERVAL",
    "READY_REUSE_SECONDS",
    "STREAM_ALIVE_SECONDS",
    "STREAM_READY_TIMEOUT",
    "WAKE_INTERVAL",
    "PortalClient",
    "PortalError",
    "PortalFormatError",
    "StreamMemory",
    "dedupe_cameras",
    "stable_id",
]
