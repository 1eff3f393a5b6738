"""MJPEG live view: a camera's multipart stream, passed on one checked picture at a time.

Nothing of the portal's answer is handed on as it came: its pictures are cut out of the
stream, each checked to be a JPEG of a sane size, at most ``MAX_FRAME_RATE`` a second,
and re-sent by the caller under a boundary and headers of its own. Part headers, text
parts and whatever else a portal puts in the stream never reach a browser.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
import time

from .errors import PortalError, PortalFormatError
from .http import GuardedHttp
from .pictures import JPEG_END as _END, JPEG_START as _START, check_picture
from .redact import redact_url

__all__ = [
    "BOUNDARY",
    "IDLE_TIMEOUT",
    "MAX_FRAME_BYTES",
    "MAX_FRAME_RATE",
    "JpegFrames",
    "frame_part",
    "relay_mjpeg",
]

BOUNDARY = "kutimframe"
MAX_FRAME_BYTES = 5 * 1024 * 1024
"""The largest picture passed on (as for stills); a larger one ends the view."""
MAX_FRAME_RATE = 10.0
"""Pictures a second passed on; a faster stream has pictures left out."""
IDLE_TIMEOUT = 20.0
"""A stream that sends nothing for this long has ended."""

_MULTIPART = ("multipart/x-mixed-replace", "multipart/mixed")


class JpegFrames:
    """Cut complete JPEG pictures out of a byte stream, in bounded memory and time.

    Each byte is searched a bounded number of times however the stream is split into
    chunks; a picture growing past ``max_bytes`` raises PortalFormatError.
    """

    def __init__(self, max_bytes: int = MAX_FRAME_BYTES) -> None:
        """Start with nothing buffered."""
        self._max = max_bytes
        self._buffer = bytearray()
        self._searched = 0  # bytes of a started picture already searched for its end

    def feed(self, data: bytes) -> list[bytes]:
        """Add bytes; return the pictures they complete."""
        self._buffer += data
        found: list[bytes] = []
        while True:
            if not self._buffer.startswith(_START):
                start = self._buffer.find(_START)
                if start < 0:
                    del self._buffer[:-1]  # a marker may be split across chunks
                    self._searched = 0
                    return found
                del self._buffer[:start]
                self._searched = 0
            end = self._buffer.find(_END, max(2, self._searched - 1))
            if end < 0:
                self._searched = len(self._buffer)
                if len(self._buffer) > self._max:
                    raise PortalFormatError(
                        f"An MJPEG picture is larger than {self._max // (1024 * 1024)} MiB"
                    )
                return found
            frame = bytes(self._buffer[: end + 2])
            del self._buffer[: end + 2]
            self._searched = 0
            if len(frame) <= self._max:
                found.append(frame)


def frame_part(frame: bytes) -> bytes:
    """Return one picture as a part of the ``BOUNDARY`` multipart stream."""
    head = f"--{BOUNDARY}\r\nContent-Type: image/jpeg\r\nContent-Length: {len(frame)}\r\n\r\n"
    return head.encode() + frame + b"\r\n"


async def relay_mjpeg(
    http: GuardedHttp,
    url: str,
    send: Callable[[bytes], Awaitable[bool]],
    *,
    clock: Callable[[], float] = time.monotonic,
) -> int:
    """Pass the pictures of an MJPEG stream to send until it returns False or the stream ends.

    Return the number of pictures passed on. Pictures that are no readable JPEG of a
    sane size are left out. An answer that is no multipart stream raises
    PortalFormatError before anything is passed on.
    """
    sent = 0

    async def sink(content_type: str, chunks: AsyncIterator[bytes]) -> None:
        nonlocal sent
        if not content_type.split(";", maxsplit=1)[0].strip().lower().startswith(_MULTIPART):
            raise PortalFormatError(f"{redact_url(url)} does not send an MJPEG stream")
        frames = JpegFrames()
        last: float | None = None
        async for chunk in chunks:
            for frame in frames.feed(chunk):
                now = clock()
                if last is not None and now - last < 1.0 / MAX_FRAME_RATE:
                    continue
                try:
                    check_picture(frame, "An MJPEG picture")
                except PortalError:
                    continue
                last = now
                if not await send(frame):
                    return
                sent += 1

    await http.relay(url, sink, idle_timeout=IDLE_TIMEOUT)
    return sent
