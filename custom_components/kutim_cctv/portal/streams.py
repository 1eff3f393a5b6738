"""Stream and media access: playable URLs, per-stream memory and media fetches."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from .errors import PortalNoStreamError
from .hls import SegmentNumbering
from .http import Response
from .media import is_hls_url
from .models import Camera, CameraList, Profile
from .parsing.decode import decode_body
from .playerpage import MAX_PAGE_HOPS, PAGE_MAX_BYTES, find_page_stream, is_playlist, platform_of
from .wakeup import StreamWaking

READY_REUSE_SECONDS = 5.0
"""A manifest fetched to see that a woken stream is up serves the next read of it this long."""

PAGE_STREAM_SECONDS = 600.0
"""How long the playlist found behind a camera's player page is used before it is read again.

A playlist the page names may carry a token: an answer that it expired (401, 403, 404,
410) makes the page be read again at once (``forget_page_stream``).
"""

MAX_PAGE_STREAMS = 2000
"""Player pages whose playlist is remembered (one per camera); the oldest is forgotten."""

_TOKEN_HINTS = ("token", "expires", "signature", "sig=", "session", "auth", "key=", "hash=")


@dataclass(slots=True)
class StreamMemory:
    """What the client learnt about one HLS stream, so the next picture costs less.

    ``variant_url``: the media playlist chosen from the master playlist (read once).
    ``numbering`` and ``anchored_at``: how segments are named and when the newest one was
    seen, so later segments are requested without reading the playlist. ``init``: the
    fMP4 initialisation section (URL and bytes), which does not change. ``keyframe_bytes``:
    how many bytes the first keyframe of the last segment took.
    """

    variant_url: str | None = None
    numbering: SegmentNumbering | None = None
    anchored_at: float = 0.0
    init: tuple[str, bytes] | None = None
    keyframe_bytes: int | None = None

    def forget_playlist(self) -> None:
        """Drop the learnt segment naming (the next picture reads the playlist)."""
        self.numbering = None


def _looks_expiring(url: str) -> bool:
    """Return True for stream URLs that carry a session or token in the query."""
    _, _, query = url.partition("?")
    lowered = query.lower()
    return any(hint in lowered for hint in _TOKEN_HINTS)


class StreamAccess(StreamWaking):
    """Playable stream URLs, per-stream memory and media fetches under the safety policy."""

    _memory: dict[str, StreamMemory]
    _page_streams: dict[str, tuple[float, str]]

    def stream_memory(self, camera: Camera) -> StreamMemory | None:
        """Return what is known of a camera's HLS stream, or None for tokenised URLs."""
        if camera.stream_key is not None and self.settings.profile is Profile.KUTIM:
            key = "key:" + camera.stream_key
        elif camera.stream_url is not None and not _looks_expiring(camera.stream_url):
            key = "url:" + camera.stream_url
        else:
            return None
        memory = self._memory.get(key)
        if memory is None:
            memory = self._memory[key] = StreamMemory()
        return memory

    async def async_stream_url(self, camera: Camera, *, wait_ready: bool = True) -> str:
        """Return a playable stream URL, resolved now: wake-up first, fresh tokens."""
        if camera.stream_key is not None and self.is_kutim:
            url = self.stream_url_for_key(camera.stream_key)
            if wait_ready:
                if not await self._still_up(camera.stream_key, url):
                    await self.async_wake_and_wait(camera.stream_key)
            else:
                await self.async_start_stream(camera.stream_key)
        elif camera.stream_url is not None:
            url = camera.stream_url
            if _looks_expiring(url):
                url = await self._fresh_stream_url(camera)
            url = await self.async_page_stream(camera, url)
        else:
            raise PortalNoStreamError(f"Camera {camera.name} has no live stream")
        await self.http.check(url)  # resolve and re-check the host now
        return url

    async def async_page_stream(self, camera: Camera, url: str) -> str:
        """Return the playlist a camera's stream address leads to.

        An address that names a playlist (``…m3u8``) or is no web address (RTSP) is the
        stream itself. A video platform's page raises PortalNoStreamError without a
        request: it exposes no playlist. Any other web address is read (then again after
        ``PAGE_STREAM_SECONDS``): a playlist answer is the stream itself, and is kept for
        the fetch that follows; a player page gives the one playlist it names, or the one
        page it frames is read in turn (``MAX_PAGE_HOPS`` pages in all). Every page and
        every address found is fetched under the safety policy, like any other.
        """
        if (platform := platform_of(url)) is not None:
            raise PortalNoStreamError(
                f"Camera {camera.name} is shown by a {platform} player, which exposes no "
                "stream that can be played here"
            )
        if not url.lower().startswith(("http://", "https://")) or is_hls_url(url):
            return url
        known = self._page_streams.get(url)
        if known is not None and 0.0 <= self._clock() - known[0] < PAGE_STREAM_SECONDS:
            return known[1]
        page = url
        several = False
        for _ in range(MAX_PAGE_HOPS):
            response = await self.http.request("GET", page, max_bytes=PAGE_MAX_BYTES)
            if is_playlist(response.body):
                self._ready[page] = (self._clock(), response)
                return self._remember_page_stream(url, page)
            finding = find_page_stream(decode_body(response.body), response.url)
            if finding.stream is not None:
                return self._remember_page_stream(url, finding.stream)
            several = finding.several
            if finding.frame is None:
                break
            if (platform := platform_of(finding.frame)) is not None:
                raise PortalNoStreamError(
                    f"The player page of camera {camera.name} shows a {platform} player, "
                    "which exposes no stream that can be played here"
                )
            page = finding.frame
        if several:
            raise PortalNoStreamError(
                f"The player page of camera {camera.name} names several streams, not one"
            )
        raise PortalNoStreamError(
            f"The stream address of camera {camera.name} is a web page that names no HLS stream"
        )

    def _remember_page_stream(self, page: str, stream: str) -> str:
        """Keep the playlist found behind a player page for the next reads."""
        self._page_streams.pop(page, None)
        self._page_streams[page] = (self._clock(), stream)
        while len(self._page_streams) > MAX_PAGE_STREAMS:
            del self._page_streams[next(iter(self._page_streams))]
        return stream

    def forget_page_stream(self, camera: Camera) -> None:
        """Read the camera's player page again next time (its playlist was refused)."""
        if camera.stream_url is not None:
            self._page_streams.pop(camera.stream_url, None)

    async def _fresh_stream_url(self, camera: Camera) -> str:
        """Fetch the list again to get an unexpired stream URL for a camera."""
        result = await self.async_get_cameras(conditional=False)
        assert isinstance(result, CameraList)
        for fresh in result.cameras:
            if fresh.id == camera.id and fresh.stream_url is not None:
                return fresh.stream_url
        raise PortalNoStreamError(f"Camera {camera.name} is no longer listed with a stream")

    async def async_fetch(
        self,
        url: str,
        *,
        max_bytes: int,
        until: Callable[[bytes], bool] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Response:
        """GET a media URL the portal handed out, under the safety policy and size cap.

        With ``until`` the body is read only until the predicate holds for what has
        arrived so far (the first picture of an endless MJPEG stream, for example).
        A stream manifest read moments ago to see the stream was up is reused once.
        """
        ready = self._ready.pop(url, None)
        if (
            ready is not None
            and until is None
            and not headers
            and self._clock() - ready[0] <= READY_REUSE_SECONDS
            and len(ready[1].body) <= max_bytes
        ):
            return ready[1]
        return await self.http.request(
            "GET", url, headers=headers, max_bytes=max_bytes, until=until
        )
