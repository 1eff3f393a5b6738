"""The live proxy core: playlist rewriting, references, wake-ups, caps and concurrency."""

from __future__ import annotations

import asyncio
import re

import aiohttp
from aiohttp import web
import pytest

from custom_components.kutim_cctv.portal import (
    Camera,
    PortalClient,
    PortalFormatError,
    PortalHTTPError,
    PortalSettings,
    PortalTooLargeError,
    PortalUnsafeURLError,
    Profile,
)
from custom_components.kutim_cctv.portal.live import (
    INDEX_NAME,
    MAX_PLAYLIST_URIS,
    LiveBusyError,
    LiveKind,
    LiveNotFoundError,
    LiveProxy,
    ReferenceTable,
    SequenceKeeper,
    rewrite_playlist,
)

from .test_client import Server, kutim

pytestmark = pytest.mark.usefixtures("socket_enabled")

BASE = "https://cctv.example.go.id/hls/cam/index.m3u8"
NAME = re.compile(r"^[pskm]-[A-Za-z0-9_-]{22}(\.[a-z0-9]{1,5})?$")


def recorder() -> tuple[list[tuple[str, LiveKind]], object]:
    """Return a list of (url, kind) seen and a reference function naming them in order."""
    seen: list[tuple[str, LiveKind]] = []

    def reference(url: str, kind: LiveKind) -> str:
        seen.append((url, kind))
        return f"{kind.value}-{len(seen)}"

    return seen, reference


def test_master_playlist_variants_and_renditions_are_rewritten() -> None:
    """Variant lines and EXT-X-MEDIA URIs become references; I-frame playlists are left out."""
    seen, reference = recorder()
    text = (
        "\ufeff#EXTM3U\n#EXT-X-VERSION:6\n"
        '#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="a",NAME="id",URI="audio/id.m3u8"\n'
        '#EXT-X-I-FRAME-STREAM-INF:BANDWIDTH=1,URI="iframes.m3u8"\n'
        '#EXT-X-SESSION-KEY:METHOD=AES-128,URI="https://keys.example/k"\n'
        "# a comment with http://10.0.0.1/\n"
        '#EXT-X-STREAM-INF:BANDWIDTH=500000,CODECS="avc1.42e01e"\n'
        "low/index.m3u8?session=abc\n"
        "#EXT-X-STREAM-INF:BANDWIDTH=900000\n"
        "https://cdn.example.go.id/high.m3u8\n"
        "stray.m3u8\n"
    )
    out = rewrite_playlist(text, BASE, reference)  # type: ignore[arg-type]
    assert seen == [
        ("https://cctv.example.go.id/hls/cam/audio/id.m3u8", LiveKind.PLAYLIST),
        ("https://cctv.example.go.id/hls/cam/low/index.m3u8?session=abc", LiveKind.PLAYLIST),
        ("https://cdn.example.go.id/high.m3u8", LiveKind.PLAYLIST),
    ]
    assert out.splitlines() == [
        "#EXTM3U",
        "#EXT-X-VERSION:6",
        '#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="a",NAME="id",URI="p-1"',
        '#EXT-X-STREAM-INF:BANDWIDTH=500000,CODECS="avc1.42e01e"',
        "p-2",
        "#EXT-X-STREAM-INF:BANDWIDTH=900000",
        "p-3",
    ]


def test_media_playlist_segments_map_and_key_are_rewritten() -> None:
    """Segments, the init section and the key are references; nothing upstream is left."""
    seen, reference = recorder()
    text = (
        "#EXTM3U\n#EXT-X-TARGETDURATION:2\n#EXT-X-MEDIA-SEQUENCE:7\n"
        '#EXT-X-MAP:URI="init.mp4?token=t"\n'
        '#EXT-X-KEY:METHOD=AES-128, URI="/keys/7.key",IV=0x0102\n'
        "#EXTINF:2.0,\n#EXT-X-PROGRAM-DATE-TIME:2026-12-01T00:00:00Z\nseg7.m4s?token=t\n"
        '#EXT-X-PART:DURATION=0.5,URI="part8.0.m4s"\n'
        '#EXT-X-PRELOAD-HINT:TYPE=PART,URI="part8.1.m4s"\n'
        "#EXTINF:2.0,\nhttp://cdn.example.go.id/seg8.m4s\n#EXT-X-ENDLIST\n"
    )
    out = rewrite_playlist(text, BASE, reference)  # type: ignore[arg-type]
    assert seen == [
        ("https://cctv.example.go.id/hls/cam/init.mp4?token=t", LiveKind.MAP),
        ("https://cctv.example.go.id/keys/7.key", LiveKind.KEY),
        ("https://cctv.example.go.id/hls/cam/seg7.m4s?token=t", LiveKind.SEGMENT),
        ("http://cdn.example.go.id/seg8.m4s", LiveKind.SEGMENT),
    ]
    assert 'URI="m-1"' in out
    assert '#EXT-X-KEY:METHOD=AES-128, URI="k-2",IV=0x0102' in out
    assert "token" not in out
    assert "example" not in out
    assert "PART" not in out
    assert out.rstrip().endswith("#EXT-X-ENDLIST")


@pytest.mark.parametrize(
    "body",
    [
        "not a playlist",
        "#EXTM3U\n#EXTINF:2,\n#EXT-X-BYTERANGE:100@0\nseg.ts\n",
        '#EXTM3U\n#EXT-X-MAP:URI="init.mp4",BYTERANGE="100@0"\n',
        '#EXTM3U\n#EXT-X-KEY:METHOD=AES-128,URI="a",URI="b"\n',
        "#EXTM3U\n#EXT-X-KEY:METHOD=AES-128,URI=unquoted\n",
        "#EXTM3U\n#EXTINF:2,\n" + "s" * 9000 + ".ts\n",
        "#EXTM3U\n#EXTINF:2,\nhttp://[::1\n",
    ],
)
def test_unreadable_playlists_are_refused(body: str) -> None:
    """Playlists the proxy cannot rewrite faithfully fail as a whole."""
    _, reference = recorder()
    with pytest.raises(PortalFormatError):
        rewrite_playlist(body, BASE, reference)  # type: ignore[arg-type]


def test_playlist_uri_count_is_bounded() -> None:
    """A playlist naming thousands of addresses is refused rather than stored."""
    _, reference = recorder()
    body = "#EXTM3U\n" + "#EXTINF:1,\nseg.ts\n" * (MAX_PLAYLIST_URIS + 1)
    with pytest.raises(PortalFormatError):
        rewrite_playlist(body, BASE, reference)  # type: ignore[arg-type]


def test_reference_table_is_bounded_and_keyed_per_camera() -> None:
    """Names are stable per address, bound to a camera and a kind, oldest forgotten first."""
    table = ReferenceTable(b"s" * 32, capacity=3)
    first = table.add("a", "https://x.example/seg1.ts", LiveKind.SEGMENT)
    assert NAME.match(first)
    assert first.endswith(".ts")
    assert table.add("a", "https://x.example/seg1.ts", LiveKind.SEGMENT) == first
    assert table.get("a", first).url == "https://x.example/seg1.ts"
    with pytest.raises(LiveNotFoundError):
        table.get("b", first)  # another camera's name
    with pytest.raises(LiveNotFoundError):
        table.get("a", "k" + first[1:])  # another kind
    with pytest.raises(LiveNotFoundError):
        table.get("a", "../../etc/passwd")
    assert table.add("a", "https://x.example/live.m3u8?s=1", LiveKind.PLAYLIST).endswith(".m3u8")
    assert table.add("a", "https://x.example/key", LiveKind.KEY).endswith(".key")
    assert table.add("a", "https://x.example/noext", LiveKind.SEGMENT).count(".") == 0
    assert len(table) == 3
    with pytest.raises(LiveNotFoundError):
        table.get("a", first)  # forgotten
    other = ReferenceTable(b"t" * 32)
    assert other.add("a", "https://x.example/seg1.ts", LiveKind.SEGMENT) != first


class Upstream:
    """A Kutim-like portal whose stream must be started and can be dropped."""

    def __init__(self, server: Server) -> None:
        self.server = server
        self.started = False
        self.master = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1000\nvideo.m3u8?session=s1\n"
        self.media = "#EXTM3U\n#EXT-X-TARGETDURATION:2\n#EXTINF:2,\nseg1.ts\n#EXTINF:2,\nseg2.ts\n"
        self.segment = b"\x47" * 188
        self.start_status = 200
        self.segment_delay = 0.0
        self.session = 1
        self.variant_base = "video.m3u8"
        self.sessions = False  # when on, a restart renews the variant's session
        server.route("POST", "/api/stream/{key}/start", self.start)
        server.route("GET", "/hls/{key}/index.m3u8", self.playlist(lambda: self.master))
        server.route("GET", "/hls/{key}/video.m3u8", self.playlist(lambda: self.media))
        server.route("GET", "/hls/{key}/{name}.ts", self.seg)
        server.route("GET", "/old/list.m3u8", self.moved)

    async def moved(self, request: web.Request) -> web.Response:
        raise web.HTTPFound("/hls/cam/index.m3u8")

    async def start(self, request: web.Request) -> web.Response:
        if self.start_status == 200:
            if self.sessions and not self.started:
                self.session += 1
                self.master = f"#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1000\n{self.variant_base}?session=s{self.session}\n"
            self.started = True
        return web.json_response({}, status=self.start_status)

    def playlist(self, text: object) -> object:
        async def handler(request: web.Request) -> web.Response:
            if not self.started:
                return web.Response(status=404, text="404 page not found")
            session = request.query.get("session")
            if self.sessions and session is not None and session != f"s{self.session}":
                return web.Response(status=404, text="404 page not found")
            return web.Response(text=text(), content_type="application/vnd.apple.mpegurl")  # type: ignore[operator]

        return handler

    async def seg(self, request: web.Request) -> web.Response:
        if not self.started:
            return web.Response(status=404)
        await asyncio.sleep(self.segment_delay)
        return web.Response(body=self.segment, content_type="video/mp2t")


@pytest.fixture
async def upstream() -> object:
    server = Server()
    up = Upstream(server)
    await server.start()
    yield up
    assert server.runner is not None
    await server.runner.cleanup()


CAMERA = Camera(id="7", raw_name="C", name="C", stream_key="cam")


def names(playlist: bytes) -> list[str]:
    return [line for line in playlist.decode().splitlines() if not line.startswith("#")]


async def test_proxy_wakes_the_stream_and_serves_the_chain(upstream: Upstream) -> None:
    """The first playlist request wakes the stream; every URI is a local reference."""
    async with aiohttp.ClientSession() as session:
        client = PortalClient(session, kutim(upstream.server.url))
        proxy = LiveProxy(client)
        index = await proxy.async_get(CAMERA, INDEX_NAME)
        assert index.content_type == "application/vnd.apple.mpegurl"
        assert upstream.server.count("/api/stream/cam/start") == 1
        (variant,) = names(index.body)
        assert NAME.match(variant) and variant.startswith("p-")
        media = await proxy.async_get(CAMERA, variant)
        segments = names(media.body)
        assert len(segments) == 2 and all(
            s.startswith("s-") and s.endswith(".ts") for s in segments
        )
        assert b"127.0.0.1" not in index.body + media.body
        body = await proxy.async_get(CAMERA, segments[-1])
        assert body.body == upstream.segment
        assert body.content_type == "video/mp2t"
        # Another camera cannot use this camera's references.
        other = Camera(id="8", raw_name="D", name="D", stream_key="cam")
        with pytest.raises(LiveNotFoundError):
            await proxy.async_get(other, segments[-1])
        # A dropped stream is woken again by the next playlist request.
        upstream.started = False
        client._woken_at.clear()
        media = await proxy.async_get(CAMERA, variant)
        assert upstream.server.count("/api/stream/cam/start") == 2
        assert names(media.body) == segments
        proxy.close()
        with pytest.raises(LiveNotFoundError):
            await proxy.async_get(CAMERA, segments[-1])


async def test_proxy_reports_failed_wake_ups(upstream: Upstream) -> None:
    """A failing start call surfaces as the portal's HTTP error, no start at later requests."""
    upstream.start_status = 500
    async with aiohttp.ClientSession() as session:
        proxy = LiveProxy(PortalClient(session, kutim(upstream.server.url)))
        with pytest.raises(PortalHTTPError) as err:
            await proxy.async_get(CAMERA, INDEX_NAME)
        assert err.value.status == 500


async def test_redirects_follow_the_policy(upstream: Upstream) -> None:
    """A playlist that redirects is read at its final address and resolved against it."""
    upstream.started = True
    settings = PortalSettings(profile=Profile.JSON, url=f"{upstream.server.url}/list")
    camera = Camera(
        id="9", raw_name="R", name="R", stream_url=f"{upstream.server.url}/old/list.m3u8"
    )
    async with aiohttp.ClientSession() as session:
        proxy = LiveProxy(PortalClient(session, settings))
        (variant,) = names((await proxy.async_get(camera, INDEX_NAME)).body)
        assert proxy.references.get("9", variant).url == (
            f"{upstream.server.url}/hls/cam/video.m3u8?session=s1"
        )


async def test_non_http_uris_are_refused(upstream: Upstream) -> None:
    """A playlist naming a file, data or RTSP address is refused as a whole."""
    upstream.started = True
    async with aiohttp.ClientSession() as session:
        proxy = LiveProxy(PortalClient(session, kutim(upstream.server.url)))
        for target in ("file:///etc/passwd", "data:video/mp2t;base64,AAAA", "rtsp://x.example/a"):
            upstream.master = f"#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1\n{target}\n"
            with pytest.raises(PortalUnsafeURLError):
                await proxy.async_get(CAMERA, INDEX_NAME)


async def test_sizes_are_capped(upstream: Upstream) -> None:
    """Playlists and media over their caps fail without being kept."""
    upstream.started = True
    async with aiohttp.ClientSession() as session:
        proxy = LiveProxy(PortalClient(session, kutim(upstream.server.url)))
        upstream.media = '#EXTM3U\n#EXT-X-KEY:METHOD=AES-128,URI="big.ts"\n#EXTINF:2,\nseg1.ts\n'
        (variant,) = names((await proxy.async_get(CAMERA, INDEX_NAME)).body)
        media = (await proxy.async_get(CAMERA, variant)).body.decode()
        key = re.search(r'URI="(k-[^"]+)"', media)
        assert key is not None
        upstream.segment = b"\x00" * 5000  # a "key" of 5 kB
        with pytest.raises(PortalTooLargeError):
            await proxy.async_get(CAMERA, key.group(1))
        upstream.media = "#EXTM3U\n" + "#EXT-X-DISCONTINUITY\n" * 40000
        with pytest.raises(PortalTooLargeError):
            await proxy.async_get(CAMERA, variant)


async def test_concurrency_is_bounded_and_shared(upstream: Upstream) -> None:
    """Consumers asking for one segment share a fetch; slots cap what runs at once."""
    upstream.started = True
    upstream.segment_delay = 0.2
    upstream.media += "#EXTINF:2,\nseg3.ts\n"
    async with aiohttp.ClientSession() as session:
        proxy = LiveProxy(
            PortalClient(session, kutim(upstream.server.url)), max_concurrent=2, slot_timeout=0.1
        )
        (variant,) = names((await proxy.async_get(CAMERA, INDEX_NAME)).body)
        first, second, third = names((await proxy.async_get(CAMERA, variant)).body)
        same = await asyncio.gather(*(proxy.async_get(CAMERA, first) for _ in range(10)))
        assert all(item.body == upstream.segment for item in same)
        assert upstream.server.count("/hls/cam/seg1.ts") == 1
        results = await asyncio.gather(
            proxy.async_get(CAMERA, first),
            proxy.async_get(CAMERA, second),
            proxy.async_get(CAMERA, third),
            return_exceptions=True,
        )
        assert [type(r) for r in results].count(LiveBusyError) == 1
        assert upstream.server.count("/hls/cam/seg1.ts") == 2


async def test_renewed_variant_urls_are_followed(upstream: Upstream) -> None:
    """After a restart with new variant URLs, the consumer's variant name still plays."""
    upstream.sessions = True
    async with aiohttp.ClientSession() as session:
        client = PortalClient(session, kutim(upstream.server.url))
        proxy = LiveProxy(client)
        (variant,) = names((await proxy.async_get(CAMERA, INDEX_NAME)).body)
        assert proxy.references.get(CAMERA.id, variant).url.endswith("session=s2")
        upstream.started = False  # the portal restarts: the old session is gone
        media = await proxy.async_get(CAMERA, variant)
        assert names(media.body)
        assert upstream.session == 3
        assert proxy.references.get(CAMERA.id, variant).url.endswith("session=s3")
        assert upstream.server.count("/api/stream/cam/start") == 2
        # A renewed variant at the same path but a refused address is not followed.
        upstream.variant_base = "http://10.0.0.1/hls/cam/video.m3u8"
        upstream.started = False
        with pytest.raises(PortalUnsafeURLError):
            await proxy.async_get(CAMERA, variant)
        assert proxy.references.get(CAMERA.id, variant).url.endswith("session=s3")
        # One that moved elsewhere is not guessed at either.
        upstream.variant_base = "other/video.m3u8"
        upstream.started = False
        with pytest.raises(PortalHTTPError):
            await proxy.async_get(CAMERA, variant)


async def test_closing_the_proxy_ends_waiting_requests_cleanly(upstream: Upstream) -> None:
    """A consumer waiting on a shared fetch when the entry unloads gets 'not found'."""
    upstream.started = True
    upstream.segment_delay = 1.0
    async with aiohttp.ClientSession() as session:
        proxy = LiveProxy(PortalClient(session, kutim(upstream.server.url)))
        (variant,) = names((await proxy.async_get(CAMERA, INDEX_NAME)).body)
        segment = names((await proxy.async_get(CAMERA, variant)).body)[0]
        leaving = asyncio.create_task(proxy.async_get(CAMERA, segment))
        waiting = asyncio.create_task(proxy.async_get(CAMERA, segment))
        await asyncio.sleep(0.1)
        leaving.cancel()  # one consumer gives up: its own cancellation, the fetch goes on
        with pytest.raises(asyncio.CancelledError):
            await leaving
        assert not waiting.done()
        proxy.close()
        with pytest.raises(LiveNotFoundError):
            await waiting


def media(first: int, count: int) -> str:
    """Return a rewritten-looking media playlist of count segments from sequence first."""
    lines = ["#EXTM3U", "#EXT-X-TARGETDURATION:2", f"#EXT-X-MEDIA-SEQUENCE:{first}"]
    for n in range(first, first + count):
        lines += ["#EXTINF:2,", f"s-{n}.ts"]
    return "\n".join(lines) + "\n"


def served(text: str) -> tuple[int, list[str], int | None]:
    """Return the media sequence, the segment names and where a discontinuity stands."""
    lines = text.splitlines()
    sequence = int(next(x for x in lines if x.startswith("#EXT-X-MEDIA-SEQUENCE:")).split(":")[1])
    names = [x for x in lines if x.startswith("s-")]
    gap = None
    if "#EXT-X-DISCONTINUITY" in lines:
        gap = [x for x in lines[lines.index("#EXT-X-DISCONTINUITY") :] if x.startswith("s-")][0]
    return sequence, names, names.index(gap) if gap else None


def test_sequence_numbers_keep_rising_across_a_portal_restart() -> None:
    """A restarted stream numbered from 0 again is served on from the last number."""
    keeper = SequenceKeeper()
    assert keeper.apply(media(100, 4)) == media(100, 4)  # nothing changes before a restart
    assert keeper.apply(media(101, 4)) == media(101, 4)
    sequence, names, gap = served(keeper.apply(media(0, 1)))
    assert (sequence, names, gap) == (105, ["s-0.ts"], 0)
    sequence, names, gap = served(keeper.apply(media(0, 3)))
    assert (sequence, names, gap) == (105, ["s-0.ts", "s-1.ts", "s-2.ts"], 0)
    sequence, names, gap = served(keeper.apply(media(2, 4)))
    assert (sequence, gap) == (107, None)  # the discontinuity has left the window
    # A second restart goes on from there.
    sequence, _, gap = served(keeper.apply(media(0, 2)))
    assert (sequence, gap) == (111, 0)
    master = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1\np-x.m3u8\n"
    assert keeper.apply(master) == master


def test_low_latency_controls_are_left_out() -> None:
    """Parts are dropped, so blocking reloads and part targets are not offered."""
    _, reference = recorder()
    text = (
        "#EXTM3U\n#EXT-X-SERVER-CONTROL:CAN-BLOCK-RELOAD=YES,PART-HOLD-BACK=1.0\n"
        "#EXT-X-PART-INF:PART-TARGET=0.33\n#EXT-X-TARGETDURATION:2\n#EXTINF:2,\nseg.mp4\n"
    )
    out = rewrite_playlist(text, BASE, reference)  # type: ignore[arg-type]
    assert "SERVER-CONTROL" not in out
    assert "PART-INF" not in out
    assert "#EXT-X-TARGETDURATION:2" in out
