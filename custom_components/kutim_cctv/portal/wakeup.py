"""Stream wake-up and readiness: start calls, waiting for the manifest, alive tracking."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from functools import partial
from typing import Any
from urllib.parse import quote

from .client_core import ClientCore
from .errors import PortalHTTPError, PortalNoStreamError
from .http import Response, Sleep
from .redact import redact_url

WAKE_INTERVAL = 30.0
"""At most one wake-up call per stream key within this many seconds."""

STREAM_READY_TIMEOUT = 6.0
"""How long to wait for a woken stream's manifest (HA allows 10 s for stream_source)."""

READY_POLL_INTERVAL = 0.5
"""Seconds between two looks at a woken stream's manifest while it still answers 404."""

STREAM_ALIVE_SECONDS = 45.0
"""A stream the portal served within this many seconds needs no wake-up call.

The portal stops a stream nobody reads for a while (60 s for the fake portal). When a
stream believed alive turns out to be stopped, the client shortens this window to half
the gap that was too long, so a portal that stops streams sooner costs one failed
request once, not at every picture.
"""

MIN_ALIVE_SECONDS = 5.0

MAX_CONCURRENT_WAKEUPS = 10
"""Streams woken at the same time: start calls plus their wait for the first manifest."""

PLAYLIST_MAX_BYTES = 512 * 1024


def _forget_task(tasks: dict[str, asyncio.Task[None]], key: str, task: asyncio.Task[None]) -> None:
    """Forget a finished wake-up task; its error, if any, went to whoever awaited it."""
    if tasks.get(key) is task:
        del tasks[key]
    if not task.cancelled():
        task.exception()  # retrieved here too: every awaiter may have given up


class StreamWaking(ClientCore):
    """Kutim stream wake-ups, coalesced and capped, and what is known alive."""

    _sleep: Sleep
    _wake_tasks: dict[str, asyncio.Task[None]]
    _closed: bool
    _ready_tasks: dict[str, asyncio.Task[None]]
    _woken_at: dict[str, float]
    _alive_at: dict[str, float]
    _ready: dict[str, tuple[float, Response]]
    alive_seconds: float
    wake_slots: asyncio.Semaphore
    wake_calls: int

    def stream_url_for_key(self, stream_key: str) -> str:
        """Return the Kutim HLS manifest URL for a stream key."""
        return f"{self.settings.hls_url.rstrip('/')}/hls/{quote(stream_key, safe='')}/index.m3u8"

    def stream_alive(self, stream_key: str) -> bool:
        """Return True while the portal recently served this stream (no wake-up needed)."""
        alive = self._alive_at.get(stream_key)
        return alive is not None and self._clock() - alive < self.alive_seconds

    def mark_alive(self, stream_key: str) -> None:
        """Record that the portal just served this stream."""
        self._alive_at[stream_key] = self._clock()

    def mark_stopped(self, stream_key: str) -> None:
        """Record that a stream believed alive answered 404: it must be woken again."""
        alive = self._alive_at.pop(stream_key, None)
        if alive is not None:
            gap = self._clock() - alive
            # A stream gone within seconds was not stopped for idleness (a portal restart).
            if 2 * MIN_ALIVE_SECONDS <= gap < self.alive_seconds:
                self.alive_seconds = max(MIN_ALIVE_SECONDS, gap / 2)

    async def async_start_stream(self, stream_key: str, *, force: bool = False) -> None:
        """Wake a Kutim stream up; concurrent and repeated calls are coalesced.

        Without ``force`` nothing is sent while the stream was woken within
        ``WAKE_INTERVAL`` or was served recently.

        The call runs in a task of the client's own: a caller that gives up (Home
        Assistant's timeouts) leaves it running for the next one, and ``shutdown``
        cancels it when the portal entry goes away.
        """
        running = self._wake_tasks.get(stream_key)
        if running is not None and not running.done():
            await asyncio.shield(running)
            return
        if not force:
            woken = self._woken_at.get(stream_key)
            if woken is not None and self._clock() - woken < WAKE_INTERVAL:
                return
            if self.stream_alive(stream_key):
                return
        await asyncio.shield(self._start(self._wake_tasks, stream_key, self._wake))

    def _start(
        self,
        tasks: dict[str, asyncio.Task[None]],
        stream_key: str,
        work: Callable[[str], Coroutine[Any, Any, None]],
    ) -> asyncio.Task[None]:
        """Start the shared wake-up task of a stream, kept in ``tasks`` until it ends."""
        if self._closed:
            raise PortalNoStreamError("The portal connection is closed")
        task = asyncio.get_running_loop().create_task(
            work(stream_key), name="kutim_cctv stream wake-up"
        )
        tasks[stream_key] = task
        task.add_done_callback(partial(_forget_task, tasks, stream_key))
        return task

    def shutdown(self) -> None:
        """Cancel wake-ups still running and refuse new ones (the entry is unloading)."""
        self._closed = True
        for tasks in (self._ready_tasks, self._wake_tasks):
            for task in list(tasks.values()):
                task.cancel()
            tasks.clear()

    async def _wake(self, stream_key: str) -> None:
        """Send the wake-up call for one stream key."""
        self.wake_calls += 1
        url = f"{self.api_base}/api/stream/{quote(stream_key, safe='')}/start"
        await self.http.request(
            "POST", url, headers={"Content-Type": "application/json"}, max_bytes=64 * 1024
        )
        self._woken_at[stream_key] = self._clock()

    async def async_wake_and_wait(self, stream_key: str) -> None:
        """Make sure a stream is up: one start call, then wait for its manifest.

        Nothing is sent while the stream is known alive. Concurrent callers share one
        wake-up, and at most ``MAX_CONCURRENT_WAKEUPS`` streams are woken at once.
        """
        if self.stream_alive(stream_key):
            return
        task = self._ready_tasks.get(stream_key)
        if task is None or task.done():
            task = self._start(self._ready_tasks, stream_key, self._wake_and_wait)
        await asyncio.shield(task)

    async def _wake_and_wait(self, stream_key: str) -> None:
        """Wake one stream within the cap on concurrent wake-ups."""
        async with self.wake_slots:
            if self.stream_alive(stream_key):
                return  # another caller's picture or a manifest read proved it up meanwhile
            await self.async_start_stream(stream_key, force=True)
            await self._wait_ready(stream_key, self.stream_url_for_key(stream_key))

    async def _still_up(self, stream_key: str, url: str) -> bool:
        """Look once at the manifest of a stream believed alive (a portal may restart)."""
        if not self.stream_alive(stream_key):
            return False
        try:
            response = await self.http.request("GET", url, max_bytes=PLAYLIST_MAX_BYTES)
        except PortalHTTPError as err:
            if err.status != 404:
                raise
            self.mark_stopped(stream_key)
            return False
        self.mark_alive(stream_key)
        self._ready[url] = (self._clock(), response)
        return True

    async def _wait_ready(self, stream_key: str, url: str) -> None:
        """Wait out the 404-until-started window of a freshly woken stream.

        The start call is not repeated: the manifest is looked at every
        ``READY_POLL_INTERVAL`` seconds until it answers or ``STREAM_READY_TIMEOUT`` passes.
        """
        deadline = self._clock() + STREAM_READY_TIMEOUT
        while True:
            try:
                response = await self.http.request("GET", url, max_bytes=PLAYLIST_MAX_BYTES)
            except PortalHTTPError as err:
                if err.status != 404 or self._clock() >= deadline:
                    raise PortalNoStreamError(
                        f"The stream {redact_url(url)} did not start (HTTP {err.status})"
                    ) from err
                await self._sleep(READY_POLL_INTERVAL)
                continue
            self.mark_alive(stream_key)
            # A still grab reads this manifest next: it need not ask the portal twice.
            self._ready[url] = (self._clock(), response)
            return
