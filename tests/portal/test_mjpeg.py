"""MJPEG live view: pictures cut out of a portal's stream, checked, re-sent on their own."""

from __future__ import annotations

import asyncio
import io
import tracemalloc

import aiohttp
from aiohttp import web
from PIL import Image
import pytest

from custom_components.kutim_cctv.portal import (
    PortalClient,
    PortalFormatError,
    PortalSettings,
    PortalTimeoutError,
    PortalUnsafeURLError,
    Profile,
    mjpeg,
)
from custom_components.kutim_cctv.portal.mjpeg import (
    BOUNDARY,
    MAX_FRAME_RATE,
    JpegFrames,
    frame_part,
    relay_mjpeg,
)

from .test_client import Server

pytestmark = pytest.mark.usefixtures("socket_enabled")


def jpeg(shade: int, size: tuple[int, int] = (32, 24)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (shade, shade, shade)).save(buffer, "JPEG")
    return buffer.getvalue()


FRAMES = [jpeg(n * 40) for n in range(5)]


def multipart(parts: list[bytes], boundary: str = "myboundary", kind: str = "image/jpeg") -> bytes:
    return b"".join(
        f"--{boundary}\r\nContent-Type: {kind}\r\nContent-Length: {len(p)}\r\n\r\n".encode()
        + p
        + b"\r\n"
        for p in parts
    )


@pytest.mark.parametrize("chunk", [1, 7, 1000, 1 << 20])
def test_pictures_are_cut_out_whatever_the_chunks(chunk: int) -> None:
    body = b"garbage--\r\n" + multipart(FRAMES) + b"\xff\xd8 unfinished"
    frames = JpegFrames()
    found = []
    for offset in range(0, len(body), chunk):
        found += frames.feed(body[offset : offset + chunk])
    assert found == FRAMES


def test_a_picture_past_the_cap_ends_the_stream() -> None:
    frames = JpegFrames(max_bytes=1000)
    frames.feed(b"\xff\xd8" + b"\x00" * 900)
    with pytest.raises(PortalFormatError, match="larger than"):
        frames.feed(b"\x00" * 200)


def test_garbage_is_not_kept() -> None:
    frames = JpegFrames()
    tracemalloc.start()
    try:
        for _ in range(200):
            assert frames.feed(b"<html>" * 10_000) == []
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1 << 20


def test_parts_carry_only_our_headers() -> None:
    part = frame_part(FRAMES[0])
    head, _, rest = part.partition(b"\r\n\r\n")
    assert head.split(b"\r\n") == [
        f"--{BOUNDARY}".encode(),
        b"Content-Type: image/jpeg",
        f"Content-Length: {len(FRAMES[0])}".encode(),
    ]
    assert rest == FRAMES[0] + b"\r\n"


class Source:
    """A camera's MJPEG endpoint with a scriptable body."""

    def __init__(self, server: Server) -> None:
        self.server = server
        self.content_type = "multipart/x-mixed-replace; boundary=myboundary"
        self.parts: list[bytes] = []
        self.hold = False
        self.release = asyncio.Event()
        self.headers: dict[str, str] = {}
        server.route("GET", "/mjpeg/cam", self.stream)
        server.route("GET", "/moved", self.moved)

    async def stream(self, request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": self.content_type, **self.headers})
        await response.prepare(request)
        for part in self.parts:
            await response.write(part)
        if self.hold:
            await self.release.wait()
        return response

    async def moved(self, request: web.Request) -> web.Response:
        raise web.HTTPFound("http://192.168.1.64/mjpg/video.mjpg")


@pytest.fixture
async def source() -> object:
    server = Server()
    up = Source(server)
    await server.start()
    yield up
    up.release.set()
    assert server.runner is not None
    await server.runner.cleanup()


def client(session: aiohttp.ClientSession, source: Source) -> PortalClient:
    return PortalClient(
        session, PortalSettings(profile=Profile.SNAPSHOT, url=f"{source.server.url}/list")
    )


async def relay(source: Source, path: str = "/mjpeg/cam", **kwargs: object) -> list[bytes]:
    got: list[bytes] = []

    async def send(frame: bytes) -> bool:
        got.append(frame)
        return True

    async with aiohttp.ClientSession() as session:
        await relay_mjpeg(client(session, source).http, source.server.url + path, send, **kwargs)  # type: ignore[arg-type]
    return got


async def test_only_checked_pictures_are_passed_on(source: Source) -> None:
    """Text parts, markup in part headers and broken pictures never reach the viewer."""
    source.parts = [
        multipart([FRAMES[0]]),
        multipart([b"<script>alert(1)</script>"], kind="text/html"),
        b"--myboundary\r\nContent-Type: text/html\r\nX-Note: <b>x</b>\r\n\r\n",
        multipart([b"\xff\xd8not a picture\xff\xd9"]),
        multipart([FRAMES[1]]),
    ]
    ticks = iter(range(100))
    got = await relay(source, clock=lambda: float(next(ticks)))
    assert got == [FRAMES[0], FRAMES[1]]


async def test_the_frame_rate_is_bounded(source: Source) -> None:
    source.parts = [multipart(FRAMES)]
    now = [0.0]

    def clock() -> float:
        now[0] += 0.3 / MAX_FRAME_RATE
        return now[0]

    got = await relay(source, clock=clock)
    # Pictures 0.3 frame intervals apart: only every fourth is passed on.
    assert got == [FRAMES[0], FRAMES[4]]


async def test_a_viewer_that_leaves_ends_the_relay(source: Source) -> None:
    source.parts = [multipart(FRAMES)]
    source.hold = True
    got: list[bytes] = []

    async def send(frame: bytes) -> bool:
        got.append(frame)
        return False

    ticks = iter(range(100))
    async with aiohttp.ClientSession() as session:
        sent = await relay_mjpeg(
            client(session, source).http,
            f"{source.server.url}/mjpeg/cam",
            send,
            clock=lambda: float(next(ticks)),
        )
    assert got == [FRAMES[0]]
    assert sent == 0


@pytest.mark.parametrize(
    ("content_type", "headers"),
    [
        ("text/html", {}),
        ("image/jpeg", {}),
        ("multipart/x-mixed-replace; boundary=myboundary", {"Content-Encoding": "gzip"}),
    ],
)
async def test_an_answer_that_is_no_plain_mjpeg_stream_is_refused(
    source: Source, content_type: str, headers: dict[str, str]
) -> None:
    source.content_type = content_type
    source.headers = headers
    source.parts = [multipart(FRAMES)]
    with pytest.raises(PortalFormatError):
        await relay(source)


async def test_a_redirect_into_the_local_network_is_refused(source: Source) -> None:
    with pytest.raises(PortalUnsafeURLError):
        await relay(source, "/moved")
    assert source.server.count("/moved") == 1


async def test_a_stalled_stream_ends(source: Source, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mjpeg, "IDLE_TIMEOUT", 0.3)
    source.parts = [multipart(FRAMES[:1])]
    source.hold = True
    ticks = iter(range(100))
    got: list[bytes] = []

    async def send(frame: bytes) -> bool:
        got.append(frame)
        return True

    async with aiohttp.ClientSession() as session:
        with pytest.raises(PortalTimeoutError, match="sent nothing"):
            await relay_mjpeg(
                client(session, source).http,
                f"{source.server.url}/mjpeg/cam",
                send,
                clock=lambda: float(next(ticks)),
            )
    assert got == FRAMES[:1]
