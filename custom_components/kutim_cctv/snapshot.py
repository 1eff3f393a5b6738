"""Stills for cameras that have no snapshot endpoint, at the lowest cost to the portal.

One upstream fetch per camera per freshness window, whatever the number of viewers:
concurrent requests share one fetch (single-flight). While someone looks at a camera
its picture is refreshed shortly before it leaves the window (refresh ahead), so a
dashboard never waits and never gets a picture older than the window; a picture
older than the window is only served when a new one cannot be had. A cap bounds
simultaneous downloads and decodes so a big dashboard never floods the portal; waking
streams up does not count against it (the client caps those separately).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Coroutine
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from datetime import datetime
from functools import partial
import time
from typing import Any, Protocol

from homeassistant.util import dt as dt_util

from .const import LOGGER, MAX_CONCURRENT_GRABS
from .portal import (
    Camera,
    PortalClient,
    PortalError,
    PortalHTTPError,
    Still,
    async_grab_still,
    redact_text,
)

StreamImage = Callable[[], Awaitable[bytes | None]]
Scheduler = Callable[[float, Callable[[], None]], Callable[[], None]]
"""Call a function after a delay in seconds; return the way to cancel it."""

MIN_REFRESH_LEAD = 1.0
"""Seconds before a picture leaves the window that its refresh starts, at least."""
WAIT_FOR_NEW = 8.0
"""How long a request for a too-old picture waits for the new one before taking the old."""


class Grabber(Protocol):
    """Take one still (``async_grab_still``'s signature)."""

    def __call__(
        self,
        client: PortalClient,
        camera: Camera,
        *,
        download_slot: AbstractAsyncContextManager[Any] | None = None,
    ) -> Awaitable[Still]:
        """Return a picture, downloading within ``download_slot``."""


def _call_later(delay: float, action: Callable[[], None]) -> Callable[[], None]:
    """Schedule ``action`` on the running loop."""
    return asyncio.get_running_loop().call_later(max(0.0, delay), action).cancel


TaskStarter = Callable[
    [Coroutine[Any, Any, "CachedImage | None"], str], "asyncio.Task[CachedImage | None]"
]
PictureListener = Callable[[str, "CachedImage | None"], None]
"""Called with a camera id and its new picture, or None when taking one failed."""


@dataclass(frozen=True, slots=True)
class CachedImage:
    """A still with the moments it was taken."""

    image: bytes
    content_type: str
    source: str
    fetched: float
    frame_time: datetime


@dataclass(frozen=True, slots=True)
class Failure:
    """Why a picture could not be taken: the error's class, never its English text."""

    reason: str
    status: int | None = None

    @classmethod
    def from_error(cls, err: PortalError | TimeoutError) -> Failure:
        """Return the failure of a portal error or a timeout."""
        if isinstance(err, PortalHTTPError):
            return cls(err.reason, err.status)
        return cls(err.reason if isinstance(err, PortalError) else "timeout")


@dataclass(slots=True)
class SnapshotStats:
    """Counters shown in diagnostics and used by the benchmark."""

    requests: int = 0
    fresh_hits: int = 0
    stale_served: int = 0
    upstream_grabs: int = 0
    upstream_bytes: int = 0
    failures: int = 0
    stream_frames: int = 0
    refreshes_ahead: int = 0
    waited_for_new: int = 0


class SnapshotService:
    """Cache, coalesce and cap still grabs for the cameras of one portal."""

    def __init__(
        self,
        client: PortalClient,
        *,
        freshness: float,
        start_task: TaskStarter,
        max_concurrent: int = MAX_CONCURRENT_GRABS,
        clock: Callable[[], float] = time.monotonic,
        grab: Grabber = async_grab_still,
        schedule: Scheduler = _call_later,
    ) -> None:
        """Bind the service to a portal client and the entry's task runner."""
        self._client = client
        self.freshness = freshness
        self._start_task = start_task
        self.download_slots = asyncio.Semaphore(max_concurrent)
        """Bounds simultaneous downloads and decodes (not wake-ups) of this portal."""
        self._clock = clock
        self._grab = grab
        self._schedule = schedule
        self._cache: dict[str, CachedImage] = {}
        self._inflight: dict[str, asyncio.Task[CachedImage | None]] = {}
        self._wanted: dict[str, tuple[float, Camera, StreamImage | None]] = {}
        self._timers: dict[str, Callable[[], None]] = {}
        self._grab_seconds: dict[str, float] = {}
        self.last_errors: dict[str, str] = {}
        self.last_failures: dict[str, Failure] = {}
        """Why each failing camera failed, for texts translated by the error's class."""
        self.stats = SnapshotStats()
        self._listeners: list[PictureListener] = []

    def add_listener(self, listener: PictureListener) -> Callable[[], None]:
        """Call listener after every picture taken or failed; return the way to stop."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _notify(self, camera_id: str, image: CachedImage | None) -> None:
        """Tell the listeners about a new picture or a failure."""
        for listener in list(self._listeners):
            listener(camera_id, image)

    def cached(self, camera_id: str) -> CachedImage | None:
        """Return the last image of a camera without fetching."""
        return self._cache.get(camera_id)

    def age(self, image: CachedImage) -> float:
        """Return how many seconds ago an image was taken."""
        return self._clock() - image.fetched

    def refresh_lead(self, camera_id: str) -> float:
        """Return how long before a picture leaves the window its refresh starts."""
        took = self._grab_seconds.get(camera_id, 0.0)
        return min(self.freshness / 2, max(MIN_REFRESH_LEAD, 1.5 * took + 0.5))

    async def async_image(
        self, camera: Camera, stream_image: StreamImage | None = None
    ) -> CachedImage | None:
        """Return a picture of the camera that is as fresh as the window allows.

        A picture inside the window is served at once; one close to leaving it starts
        its refresh. A picture older than the window (or none) waits for a new one, up
        to ``WAIT_FOR_NEW`` seconds, and the old one is served only if that fails.
        """
        self.stats.requests += 1
        now = self._clock()
        self._wanted[camera.id] = (now, camera, stream_image)
        cached = self._cache.get(camera.id)
        if cached is not None:
            age = now - cached.fetched
            if age <= self.freshness:
                self.stats.fresh_hits += 1
                if age >= self.freshness - self.refresh_lead(camera.id):
                    self.stats.refreshes_ahead += 1
                    self._ensure_fetch(camera, stream_image)
                else:
                    self._plan_refresh(camera.id, cached)
                return cached
            self.stats.waited_for_new += 1
        task = self._ensure_fetch(camera, stream_image)
        try:
            async with asyncio.timeout(WAIT_FOR_NEW if cached is not None else None):
                image = await asyncio.shield(task)
        except TimeoutError:
            image = None
        if image is not None:
            return image
        if cached is not None:
            self.stats.stale_served += 1  # no new picture: the old one, marked stale if so
        return cached

    def _plan_refresh(self, camera_id: str, image: CachedImage) -> None:
        """Refresh a watched picture shortly before it leaves the window."""
        if camera_id in self._timers:
            return
        due = image.fetched + self.freshness - self.refresh_lead(camera_id)

        def fire() -> None:
            self._timers.pop(camera_id, None)
            self._refresh_if_watched(camera_id, image)

        self._timers[camera_id] = self._schedule(due - self._clock(), fire)

    def _refresh_if_watched(self, camera_id: str, image: CachedImage) -> None:
        """Refresh the picture if someone asked for it since it was taken."""
        wanted = self._wanted.get(camera_id)
        if wanted is None or self._cache.get(camera_id) is not image:
            return
        asked, camera, stream_image = wanted
        if asked <= image.fetched:
            return  # nobody looked at this picture: the next request fetches on demand
        self.stats.refreshes_ahead += 1
        self._ensure_fetch(camera, stream_image)

    def close(self) -> None:
        """Cancel every planned refresh (the entry is unloading)."""
        for cancel in self._timers.values():
            cancel()
        self._timers.clear()

    async def async_refresh(self, camera: Camera) -> CachedImage | None:
        """Fetch a new picture now (joining one already under way)."""
        cached = self._cache.get(camera.id)
        task = self._inflight.get(camera.id)
        if task is None and cached is not None and self.age(cached) < 1.0:
            return cached
        return await asyncio.shield(self._ensure_fetch(camera, None))

    def _ensure_fetch(
        self, camera: Camera, stream_image: StreamImage | None
    ) -> asyncio.Task[CachedImage | None]:
        """Return the fetch under way for a camera, starting one if there is none."""
        task = self._inflight.get(camera.id)
        if task is None or task.done():
            task = self._start_task(
                self._fetch(camera, stream_image), f"kutim_cctv still {camera.id}"
            )
            if not task.done():  # a fetch may finish at once (eagerly started tasks)
                self._inflight[camera.id] = task
                task.add_done_callback(partial(self._fetch_done, camera.id))
        return task

    def _fetch_done(self, camera_id: str, task: asyncio.Task[CachedImage | None]) -> None:
        """Forget a finished fetch (unless a newer one took its place)."""
        if self._inflight.get(camera_id) is task:
            del self._inflight[camera_id]

    async def _fetch(self, camera: Camera, stream_image: StreamImage | None) -> CachedImage | None:
        """Take one picture (downloads within the cap) and store it."""
        if stream_image is not None:
            frame = await stream_image()
            if frame:
                self.stats.stream_frames += 1
                return self._store(camera, frame, "image/jpeg", "stream")
        self.stats.upstream_grabs += 1
        started = self._clock()
        try:
            still = await self._grab(self._client, camera, download_slot=self.download_slots)
        except (PortalError, TimeoutError) as err:
            self.stats.failures += 1
            message = redact_text(str(err)) or type(err).__name__
            if self.last_errors.get(camera.id) is None:
                LOGGER.info("No picture from camera %s: %s", camera.name, message)
            self.last_errors[camera.id] = message
            self.last_failures[camera.id] = Failure.from_error(err)
            self._notify(camera.id, None)
            return None
        self._grab_seconds[camera.id] = max(0.0, self._clock() - started)
        self.stats.upstream_bytes += still.fetched_bytes
        self.last_failures.pop(camera.id, None)
        if self.last_errors.pop(camera.id, None) is not None:
            LOGGER.info("Pictures from camera %s are back", camera.name)
        return self._store(camera, still.image, still.content_type, still.source)

    def _store(self, camera: Camera, image: bytes, content_type: str, source: str) -> CachedImage:
        """Cache a picture taken now."""
        cached = CachedImage(image, content_type, source, self._clock(), dt_util.utcnow())
        self._cache[camera.id] = cached
        cancel = self._timers.pop(camera.id, None)
        if cancel is not None:
            cancel()
        if camera.id in self._wanted:
            self._plan_refresh(camera.id, cached)
        self._notify(camera.id, cached)
        return cached

    def forget(self, keep: set[str]) -> None:
        """Drop cached pictures of cameras that are no longer shown."""
        for camera_id in list(self._cache):
            if camera_id not in keep:
                del self._cache[camera_id]
        for camera_id in list(self._wanted):
            if camera_id not in keep:
                del self._wanted[camera_id]
                cancel = self._timers.pop(camera_id, None)
                if cancel is not None:
                    cancel()
