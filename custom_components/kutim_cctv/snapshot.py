"""Stills for cameras that have no snapshot endpoint, at the lowest cost to the portal.

One upstream fetch per camera per freshness window, whatever the number of viewers:
concurrent requests share one fetch (single-flight), an image older than the window
is served at once while one background refresh runs (stale-while-revalidate), and a
global cap bounds simultaneous grabs so a big dashboard never floods the portal.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from datetime import datetime
import time
from typing import Any

from homeassistant.util import dt as dt_util

from .const import LOGGER, MAX_CONCURRENT_GRABS, STALE_FACTOR
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
Grabber = Callable[[PortalClient, Camera], Awaitable[Still]]
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
    ) -> None:
        """Bind the service to a portal client and the entry's task runner."""
        self._client = client
        self.freshness = freshness
        self._start_task = start_task
        self._semaphore = asyncio.Semaphore(max_concurrent)
        self._clock = clock
        self._grab = grab
        self._cache: dict[str, CachedImage] = {}
        self._inflight: dict[str, asyncio.Task[CachedImage | None]] = {}
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

    def is_stale(self, image: CachedImage) -> bool:
        """Return True when an image is too old to be presented as current."""
        return self.age(image) > self.freshness * STALE_FACTOR

    async def async_image(
        self, camera: Camera, stream_image: StreamImage | None = None
    ) -> CachedImage | None:
        """Return a picture of the camera that is as fresh as the window allows."""
        self.stats.requests += 1
        cached = self._cache.get(camera.id)
        if cached is not None:
            age = self.age(cached)
            if age <= self.freshness:
                self.stats.fresh_hits += 1
                return cached
            if age <= self.freshness * STALE_FACTOR:
                self.stats.stale_served += 1
                self._ensure_fetch(camera, stream_image)
                return cached
        image = await asyncio.shield(self._ensure_fetch(camera, stream_image))
        return image if image is not None else cached

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
        if task is None:
            task = self._start_task(
                self._fetch(camera, stream_image), f"kutim_cctv still {camera.id}"
            )
            self._inflight[camera.id] = task
            task.add_done_callback(lambda _: self._inflight.pop(camera.id, None))
        return task

    async def _fetch(self, camera: Camera, stream_image: StreamImage | None) -> CachedImage | None:
        """Take one picture within the global cap and store it."""
        async with self._semaphore:
            if stream_image is not None:
                frame = await stream_image()
                if frame:
                    self.stats.stream_frames += 1
                    return self._store(camera, frame, "image/jpeg", "stream")
            self.stats.upstream_grabs += 1
            try:
                still = await self._grab(self._client, camera)
            except (PortalError, TimeoutError) as err:
                self.stats.failures += 1
                message = redact_text(str(err)) or type(err).__name__
                if self.last_errors.get(camera.id) is None:
                    LOGGER.info("No picture from camera %s: %s", camera.name, message)
                self.last_errors[camera.id] = message
                self.last_failures[camera.id] = Failure.from_error(err)
                self._notify(camera.id, None)
                return None
        self.stats.upstream_bytes += still.fetched_bytes
        self.last_failures.pop(camera.id, None)
        if self.last_errors.pop(camera.id, None) is not None:
            LOGGER.info("Pictures from camera %s are back", camera.name)
        return self._store(camera, still.image, still.content_type, still.source)

    def _store(self, camera: Camera, image: bytes, content_type: str, source: str) -> CachedImage:
        """Cache a picture taken now."""
        cached = CachedImage(image, content_type, source, self._clock(), dt_util.utcnow())
        self._cache[camera.id] = cached
        self._notify(camera.id, cached)
        return cached

    def forget(self, keep: set[str]) -> None:
        """Drop cached pictures of cameras that are no longer shown."""
        for camera_id in list(self._cache):
            if camera_id not in keep:
                del self._cache[camera_id]
