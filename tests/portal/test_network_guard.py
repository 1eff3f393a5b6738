"""Hostile portals against the client's network guard, over real loopback HTTP.

Every server here listens on 127.0.0.1. Public-looking names are "resolved" by the URL
policy's resolver to public addresses, and a route carries a connection to such an
address to the loopback server that plays it. The HTTP session's own resolver sends every
name to a CANARY server instead: any request that reaches the canary was connected by a
second lookup (DNS rebinding) or went somewhere the policy never checked.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
import gzip
import json
from pathlib import Path
import socket
import ssl
import tracemalloc
from typing import Any
import zlib

import aiohttp
from aiohttp import web
from aiohttp.abc import AbstractResolver, ResolveResult
import pytest
import yarl

from custom_components.kutim_cctv.portal import (
    Camera,
    CameraList,
    NotModified,
    PortalClient,
    PortalConnectionError,
    PortalFormatError,
    PortalSettings,
    PortalTLSError,
    PortalTooLargeError,
    PortalUnsafeURLError,
    Profile,
)
from custom_components.kutim_cctv.portal.grab import IMAGE_MAX_BYTES, async_grab_still
from custom_components.kutim_cctv.portal.http import (
    ACCEPT_ENCODING,
    MAX_COOKIE_BYTES,
    MAX_COOKIES,
    RESOLVE_CACHE_SECONDS,
    GuardedHttp,
)
from custom_components.kutim_cctv.portal.policy import UrlPolicy
from fake_portal import FakePortal
from fake_portal.hostile import encode_jpeg
from fake_portal.tls import CERT_FILE, make_self_signed

pytestmark = pytest.mark.usefixtures("socket_enabled")

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

PORTAL = "portal.kutim.example"
CDN = "cdn.kutim.example"
PORTAL_IP = "36.91.12.34"
CDN_IP = "36.91.12.40"
JPEG = encode_jpeg(16, 16)


class Server:
    """A loopback HTTP server recording the requests it gets; routes may come later."""

    def __init__(self) -> None:
        self.app = web.Application()
        self.handlers: dict[str, Handler] = {}
        self.requests: list[web.Request] = []
        self.runner: web.AppRunner | None = None
        self.port = 0

    def route(self, path: str, handler: Handler) -> None:
        """Serve path ("/a/{x}" serves everything under /a/) with handler."""
        self.handlers[path.split("{", maxsplit=1)[0]] = handler

    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        self.requests.append(request)
        handler = self.handlers.get(request.path)
        if handler is None:
            handler = next(
                (
                    h
                    for p, h in self.handlers.items()
                    if p.endswith("/") and request.path.startswith(p)
                ),
                None,
            )
        if handler is None:
            return web.Response(body=JPEG, content_type="image/jpeg")
        return await handler(request)

    async def start(self) -> None:
        self.app.router.add_route("*", "/{tail:.*}", self._dispatch)
        self.runner = web.AppRunner(self.app)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    def count(self, path: str | None = None) -> int:
        return sum(1 for r in self.requests if path is None or r.path == path)


class CanaryResolver(AbstractResolver):
    """The session's resolver: every name leads to the canary server."""

    def __init__(self, canary: Server) -> None:
        self.canary = canary
        self.calls: list[str] = []

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        self.calls.append(host)
        return [
            ResolveResult(
                hostname=host,
                host="127.0.0.1",
                port=self.canary.port,
                family=socket.AF_INET,
                proto=0,
                flags=0,
            )
        ]

    async def close(self) -> None:
        return None


class Network:
    """Names as the URL policy sees them, and where checked addresses really lead."""

    def __init__(self) -> None:
        self.answers: dict[str, list[list[str]]] = {}
        self.lookups: list[str] = []
        self.servers: dict[str, int] = {}
        self.routed: list[tuple[str, str]] = []

    def name(self, host: str, *answers: list[str]) -> None:
        """Answer lookups of host in turn with each list; the last one sticks."""
        self.answers[host] = list(answers)

    async def resolve(self, host: str, port: int) -> list[str]:
        self.lookups.append(host)
        queue = self.answers[host]
        return queue.pop(0) if len(queue) > 1 else queue[0]

    def route(self, host: str, address: str, port: int) -> tuple[str, int]:
        self.routed.append((host, address))
        # Unknown addresses lead to a closed port: nothing answers there.
        return "127.0.0.1", self.servers.get(address, 9)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
async def servers() -> AsyncIterator[dict[str, Server]]:
    made = {"portal": Server(), "cdn": Server(), "canary": Server()}
    yield made
    for server in made.values():
        if server.runner is not None:
            await server.runner.cleanup()


@pytest.fixture
async def net(servers: dict[str, Server]) -> Network:
    network = Network()
    for server in servers.values():
        await server.start()
    network.name(PORTAL, [PORTAL_IP])
    network.name(CDN, [CDN_IP])
    network.servers[PORTAL_IP] = servers["portal"].port
    network.servers[CDN_IP] = servers["cdn"].port
    return network


@pytest.fixture
async def session(servers: dict[str, Server], net: Network) -> AsyncIterator[aiohttp.ClientSession]:
    resolver = CanaryResolver(servers["canary"])
    connector = aiohttp.TCPConnector(resolver=resolver, use_dns_cache=False)
    async with aiohttp.ClientSession(connector=connector) as sess:
        sess.canary_resolver = resolver  # type: ignore[attr-defined]
        yield sess


def portal_url(servers: dict[str, Server], path: str = "") -> str:
    return f"http://{PORTAL}:{servers['portal'].port}{path}"


def cdn_url(servers: dict[str, Server], path: str = "") -> str:
    return f"http://{CDN}:{servers['cdn'].port}{path}"


def make_client(
    session: aiohttp.ClientSession,
    net: Network,
    url: str,
    *,
    clock: Clock | None = None,
    **settings: Any,
) -> PortalClient:
    options: dict[str, Any] = {"profile": Profile.JSON, "url": url, "timeout": 3.0}
    options.update(settings)
    return PortalClient(
        session,
        PortalSettings(**options),
        resolve=net.resolve,
        route=net.route,
        **({"clock": clock} if clock is not None else {}),
    )


def listing(*items: dict[str, Any]) -> Handler:
    async def handler(request: web.Request) -> web.Response:
        return web.json_response(list(items))

    return handler


def assert_canary_untouched(servers: dict[str, Server], session: aiohttp.ClientSession) -> None:
    assert servers["canary"].count() == 0
    assert session.canary_resolver.calls == []  # type: ignore[attr-defined]


# ---------------------------------------------------------------------------
# DNS rebinding: connect to exactly the checked addresses
# ---------------------------------------------------------------------------


async def test_connection_goes_to_the_checked_address(
    servers: dict[str, Server], net: Network, session: aiohttp.ClientSession
) -> None:
    """The session's resolver is never asked: no second lookup can answer differently."""
    servers["portal"].route("/list", listing({"id": 1, "name": "A", "url": "/a/index.m3u8"}))
    client = make_client(session, net, portal_url(servers, "/list"))
    result = await client.async_get_cameras()
    assert isinstance(result, CameraList)
    assert servers["portal"].count("/list") == 1
    request = servers["portal"].requests[0]
    assert request.headers["Host"] == f"{PORTAL}:{servers['portal'].port}"
    assert net.routed == [(PORTAL, PORTAL_IP)]
    assert_canary_untouched(servers, session)


async def test_rebinding_name_never_reaches_the_private_answer(
    servers: dict[str, Server], net: Network, session: aiohttp.ClientSession
) -> None:
    """A name answering "public" to the check and "private" afterwards is not followed."""
    servers["portal"].route("/list", listing({"id": 1, "name": "A", "thumbnail": "/a.jpg"}))
    net.name(PORTAL, [PORTAL_IP], ["192.168.1.10"])
    clock = Clock()
    client = make_client(session, net, portal_url(servers, "/list"), clock=clock)
    await client.async_get_cameras()
    await client.async_get_cameras()  # within the cache window: the checked address again
    assert net.lookups == [PORTAL]
    assert servers["portal"].count("/list") == 2
    # After the cache window the name is looked up again, answers private: refused.
    clock.now += RESOLVE_CACHE_SECONDS + 1
    with pytest.raises(PortalUnsafeURLError, match="non-public"):
        await client.async_get_cameras()
    assert net.lookups == [PORTAL, PORTAL]
    assert servers["portal"].count("/list") == 2
    assert_canary_untouched(servers, session)


@pytest.mark.parametrize(
    "answer",
    [["10.0.0.5"], ["127.0.0.1"], ["169.254.169.254"], ["100.100.100.200"], ["fd00:ec2::254"]],
)
async def test_redirect_to_a_rebinding_name_is_checked_and_pinned(
    servers: dict[str, Server],
    net: Network,
    session: aiohttp.ClientSession,
    answer: list[str],
) -> None:
    """Each redirect hop is resolved, checked and pinned on its own."""

    async def hop(request: web.Request) -> web.Response:
        raise web.HTTPFound(cdn_url(servers, "/still.jpg"))

    servers["portal"].route("/hop.jpg", hop)
    net.name(CDN, answer)
    client = make_client(session, net, portal_url(servers, "/list"))
    with pytest.raises(PortalUnsafeURLError):
        await client.async_fetch(portal_url(servers, "/hop.jpg"), max_bytes=1024)
    assert servers["cdn"].count() == 0
    assert_canary_untouched(servers, session)
    # The same hop to a name that answers public is followed, to the checked address.
    net.name(CDN, [CDN_IP])
    client = make_client(session, net, portal_url(servers, "/list"))
    response = await client.async_fetch(portal_url(servers, "/hop.jpg"), max_bytes=1024)
    assert response.body == JPEG
    assert servers["cdn"].count("/still.jpg") == 1
    assert_canary_untouched(servers, session)


async def test_every_checked_address_is_tried_and_no_other(
    servers: dict[str, Server], net: Network, session: aiohttp.ClientSession
) -> None:
    """An address that does not answer falls through to the next checked one."""
    servers["portal"].route("/list", listing({"id": 1, "name": "A", "thumbnail": "/a.jpg"}))
    net.name(PORTAL, ["36.91.12.99", PORTAL_IP])  # the first leads to a closed port
    client = make_client(session, net, portal_url(servers, "/list"))
    assert isinstance(await client.async_get_cameras(), CameraList)
    assert net.routed == [(PORTAL, "36.91.12.99"), (PORTAL, PORTAL_IP)]
    assert_canary_untouched(servers, session)
    net.name(PORTAL, ["36.91.12.98", "36.91.12.99"])
    client = make_client(session, net, portal_url(servers, "/list"))
    with pytest.raises(PortalConnectionError, match="Cannot connect"):
        await client.async_get_cameras()
    assert_canary_untouched(servers, session)


async def test_portal_name_turning_private_after_setup(
    servers: dict[str, Server], net: Network, session: aiohttp.ClientSession
) -> None:
    """A portal whose name starts resolving into the home network is no longer read."""
    servers["portal"].route("/list", listing({"id": 1, "name": "A", "thumbnail": "/a.jpg"}))
    clock = Clock()
    client = make_client(session, net, portal_url(servers, "/list"), clock=clock)
    assert isinstance(await client.async_get_cameras(), CameraList)
    net.name(PORTAL, ["127.0.0.1"])
    clock.now += RESOLVE_CACHE_SECONDS + 1
    for _ in range(2):
        with pytest.raises(PortalUnsafeURLError):
            await client.async_get_cameras()
    assert servers["portal"].count("/list") == 1
    assert_canary_untouched(servers, session)


class _Transport:
    def __init__(self, peer: tuple[str, int] | None) -> None:
        self.peer = peer

    def get_extra_info(self, name: str) -> Any:
        return self.peer if name == "peername" else None


class _Connection:
    def __init__(self, peer: tuple[str, int] | None) -> None:
        self.transport = _Transport(peer)


class _Response:
    def __init__(self, peer: tuple[str, int] | None) -> None:
        self.connection = _Connection(peer)


@pytest.mark.parametrize(
    ("peer", "addresses", "refused"),
    [
        (("169.254.169.254", 80), None, True),
        (("fe80::1%eth0", 80, 0, 2), None, True),
        (("::ffff:169.254.169.254", 80, 0, 0), None, True),
        (("fd00:ec2::254", 80, 0, 0), None, True),
        (("100.100.100.200", 80), None, True),
        (("192.168.1.10", 80), None, False),  # a local name, connected by name: its own
        (("127.0.0.1", 8123), None, False),
        (None, None, False),
        # A resolved name connected by name (verified TLS): public, or what was checked.
        (("36.91.12.34", 443), ("36.91.12.34",), False),
        (("36.91.12.77", 443), ("36.91.12.34",), False),  # another public address of a CDN
        (("192.168.1.10", 443), ("36.91.12.34",), True),
        (("127.0.0.1", 443), ("36.91.12.34",), True),
        (("169.254.169.254", 443), ("36.91.12.34",), True),
    ],
)
def test_peer_address_is_checked(
    peer: tuple[Any, ...] | None, addresses: tuple[str, ...] | None, refused: bool
) -> None:
    """The address a connection ended at is checked before the answer is read."""
    http = GuardedHttp(
        aiohttp.ClientSession.__new__(aiohttp.ClientSession),
        policy=UrlPolicy.for_portal(["http://nvr.lan/"]),
        timeout=1.0,
        verify_ssl=True,
        headers={},
    )
    response: Any = _Response(peer)
    url = "http://nvr.lan/list" if addresses is None else "https://cdn.kutim.example/a.jpg"
    parsed = yarl.URL(url)
    if refused:
        with pytest.raises(PortalUnsafeURLError, match=r"metadata|non-public"):
            http._check_peer(response, url, parsed, addresses)
    else:
        http._check_peer(response, url, parsed, addresses)


# ---------------------------------------------------------------------------
# The still grab: every URL it fetches passes the policy, on every hop
# ---------------------------------------------------------------------------

MASTER = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=100000\n{variant}\n"
MEDIA = "#EXTM3U\n#EXT-X-TARGETDURATION:2\n{map}#EXTINF:2.0,\n{segment}\n"


def hostile_targets(canary: int) -> list[str]:
    """Forbidden places a playlist entry or a redirect may point at."""
    return [
        f"http://127.0.0.1:{canary}/x",
        f"http://[::ffff:127.0.0.1]:{canary}/x",
        f"http://2130706433:{canary}/x",
        "http://10.0.0.9/x",
        "http://169.254.169.254/latest/meta-data/",
        "http://[fd00:ec2::254]/latest/meta-data/",
        "http://100.100.100.200/latest/meta-data/",
        f"http://private.kutim.example:{canary}/x",  # a name resolving to 192.168/16
        f"http://nvr.local:{canary}/x",
    ]


@pytest.mark.parametrize("where", ["variant", "media", "init", "segment"])
@pytest.mark.parametrize("how", ["listed", "redirect"])
@pytest.mark.parametrize("target_index", range(9))
async def test_grab_refuses_every_forbidden_hop(
    servers: dict[str, Server],
    net: Network,
    session: aiohttp.ClientSession,
    where: str,
    how: str,
    target_index: int,
) -> None:
    """Variant, media playlist, init segment and segment: listed or redirected, refused."""
    portal = servers["portal"]
    net.name("private.kutim.example", ["192.168.1.10"])
    target = hostile_targets(servers["canary"].port)[target_index]
    base = portal_url(servers)

    def pick(name: str, good: str) -> str:
        if where != name:
            return good
        return target if how == "listed" else f"{base}/redirect/{name}"

    async def master(request: web.Request) -> web.Response:
        return web.Response(text=MASTER.format(variant=pick("variant", "/live/media.m3u8")))

    async def media(request: web.Request) -> web.Response:
        init = pick("init", "/live/init.mp4")
        segment = pick("segment", "/live/seg1.m4s")
        return web.Response(text=MEDIA.format(map=f'#EXT-X-MAP:URI="{init}"\n', segment=segment))

    async def redirect(request: web.Request) -> web.Response:
        raise web.HTTPFound(target)

    portal.route("/live/master.m3u8", master)
    portal.route("/live/media.m3u8", media)
    portal.route("/redirect/{name}", redirect)
    client = make_client(session, net, portal_url(servers, "/list"))
    stream = {"variant": f"{base}/live/master.m3u8", "media": pick("media", "")}.get(
        where, f"{base}/live/media.m3u8"
    )
    camera = Camera(id="1", raw_name="A", name="A", stream_url=stream)
    with pytest.raises(PortalUnsafeURLError):
        await async_grab_still(client, camera, time_limit=5.0)
    assert_canary_untouched(servers, session)
    if how == "redirect":
        assert portal.count(f"/redirect/{where}") == 1  # refused at the hop, not before
    assert portal.count("/live/seg1.m4s") == 0


# ---------------------------------------------------------------------------
# Decompression bombs
# ---------------------------------------------------------------------------

BOMB_SIZE = 128 * 1024 * 1024


def _deflate_stream(size: int, wbits: int) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, wbits)
    block = b"\x00" * (1024 * 1024)
    parts = [compressor.compress(block) for _ in range(size // len(block))]
    parts.append(compressor.flush())
    return b"".join(parts)


@pytest.fixture(scope="module")
def bombs() -> dict[str, bytes]:
    """Bodies of about 128 KiB that inflate to 128 MiB, in each encoding."""
    return {
        "gzip": _deflate_stream(BOMB_SIZE, 16 + zlib.MAX_WBITS),
        "x-gzip": _deflate_stream(BOMB_SIZE, 16 + zlib.MAX_WBITS),
        "deflate": _deflate_stream(BOMB_SIZE, zlib.MAX_WBITS),
        "deflate-raw": _deflate_stream(BOMB_SIZE, -zlib.MAX_WBITS),
    }


def encoded(body: bytes, coding: str, content_type: str) -> web.Response:
    return web.Response(
        body=body,
        headers={"Content-Encoding": coding.removesuffix("-raw"), "Content-Type": content_type},
    )


async def measure(call: Callable[[], Awaitable[Any]]) -> tuple[BaseException | None, int]:
    """Run call under tracemalloc; return what it raised and the peak growth in bytes."""
    tracemalloc.start()
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    raised: BaseException | None = None
    try:
        await call()
    except Exception as err:  # returned for the test to assert on
        raised = err
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return raised, peak - before


@pytest.mark.parametrize("coding", ["gzip", "x-gzip", "deflate", "deflate-raw"])
async def test_list_bomb_is_refused_within_the_cap(
    servers: dict[str, Server],
    net: Network,
    session: aiohttp.ClientSession,
    bombs: dict[str, bytes],
    coding: str,
) -> None:
    """A list that inflates to 128 MiB stops at the 1 MiB cap; memory stays near the cap."""
    cap = 1024 * 1024
    body = bombs[coding]
    assert len(body) < cap  # small on the wire: only the inflated size can catch it

    async def bomb(request: web.Request) -> web.Response:
        return encoded(body, coding, "application/json")

    servers["portal"].route("/list", bomb)
    client = make_client(session, net, portal_url(servers, "/list"), max_body_bytes=cap)
    raised, growth = await measure(client.async_get_cameras)
    assert isinstance(raised, PortalTooLargeError), raised
    assert "larger than 1024 KiB" in str(raised)
    assert growth < 3 * cap, f"memory grew by {growth / 2**20:.1f} MiB"


@pytest.mark.parametrize("coding", ["gzip", "deflate"])
async def test_still_bomb_is_refused_within_the_cap(
    servers: dict[str, Server],
    net: Network,
    session: aiohttp.ClientSession,
    bombs: dict[str, bytes],
    coding: str,
) -> None:
    """A still that inflates to 128 MiB stops at the picture cap."""

    async def bomb(request: web.Request) -> web.Response:
        return encoded(bombs[coding], coding, "image/jpeg")

    servers["cdn"].route("/still.jpg", bomb)
    client = make_client(session, net, portal_url(servers, "/list"))
    camera = Camera(id="1", raw_name="A", name="A", snapshot_url=cdn_url(servers, "/still.jpg"))
    raised, growth = await measure(lambda: async_grab_still(client, camera))
    assert isinstance(raised, PortalTooLargeError), raised
    assert growth < 2 * IMAGE_MAX_BYTES, f"memory grew by {growth / 2**20:.1f} MiB"
    assert growth < BOMB_SIZE // 8


@pytest.mark.parametrize("coding", ["gzip", "x-gzip", "deflate", "deflate-raw", "identity"])
async def test_compressed_answers_are_read(
    servers: dict[str, Server], net: Network, session: aiohttp.ClientSession, coding: str
) -> None:
    """Honest compressed lists and stills decode to exactly what was compressed."""
    items = [{"id": n, "name": f"Kamera {n}", "thumbnail": f"/s/{n}.jpg"} for n in range(300)]
    raw = json.dumps(items).encode()
    wbits = {"deflate": zlib.MAX_WBITS, "deflate-raw": -zlib.MAX_WBITS}.get(coding)
    if coding in ("gzip", "x-gzip"):
        body = gzip.compress(raw)
    elif wbits is not None:
        compressor = zlib.compressobj(6, zlib.DEFLATED, wbits)
        body = compressor.compress(raw) + compressor.flush()
    else:
        body = raw

    async def answer(request: web.Request) -> web.Response:
        return encoded(body, coding, "application/json")

    servers["portal"].route("/list", answer)
    client = make_client(session, net, portal_url(servers, "/list"))
    result = await client.async_get_cameras()
    assert isinstance(result, CameraList)
    assert len(result.cameras) == 300
    assert servers["portal"].requests[-1].headers["Accept-Encoding"] == ACCEPT_ENCODING
    # The cap is on the decoded size: just under it passes, just over it does not.
    response = await client.async_fetch(portal_url(servers, "/list"), max_bytes=len(raw))
    assert response.body == raw
    with pytest.raises(PortalTooLargeError):
        await client.async_fetch(portal_url(servers, "/list"), max_bytes=len(raw) - 1)


@pytest.mark.parametrize("coding", ["br", "zstd", "compress", "gzip, gzip", "gzip, br", "bogus"])
async def test_unsupported_encodings_are_refused(
    servers: dict[str, Server], net: Network, session: aiohttp.ClientSession, coding: str
) -> None:
    async def answer(request: web.Request) -> web.Response:
        return web.Response(body=b"\x00" * 64, headers={"Content-Encoding": coding})

    servers["portal"].route("/list", answer)
    client = make_client(session, net, portal_url(servers, "/list"))
    with pytest.raises(PortalFormatError, match="not supported"):
        await client.async_get_cameras()


@pytest.mark.parametrize(
    "body",
    [
        b"not compressed at all",
        gzip.compress(b"[1,2,3]", mtime=0)[:-12] + b"garbage!" * 4,
        b"\x1f\x8b",
    ],
    ids=["plain", "corrupt-gzip", "truncated-header"],
)
async def test_corrupt_compressed_answers_are_format_errors(
    servers: dict[str, Server], net: Network, session: aiohttp.ClientSession, body: bytes
) -> None:
    async def answer(request: web.Request) -> web.Response:
        return encoded(body, "gzip", "application/json")

    servers["portal"].route("/list", answer)
    client = make_client(session, net, portal_url(servers, "/list"))
    with pytest.raises(PortalFormatError):
        await client.async_get_cameras()


async def test_compressed_mjpeg_stops_at_the_first_picture(
    servers: dict[str, Server], net: Network, session: aiohttp.ClientSession
) -> None:
    """Reading until a condition holds works on decoded bytes too."""
    part = b"--frame\r\nContent-Type: image/jpeg\r\n\r\n" + JPEG + b"\r\n"
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    body = compressor.compress(part * 3 + b"\x00" * (32 * 1024 * 1024)) + compressor.flush()

    async def stream(request: web.Request) -> web.Response:
        return encoded(body, "gzip", "multipart/x-mixed-replace; boundary=frame")

    servers["cdn"].route("/video.mjpg", stream)
    client = make_client(session, net, portal_url(servers, "/list"))
    camera = Camera(id="1", raw_name="A", name="A", mjpeg_url=cdn_url(servers, "/video.mjpg"))
    still = await async_grab_still(client, camera)
    assert still.image == JPEG


# ---------------------------------------------------------------------------
# Cookies and configured headers stay with the portal
# ---------------------------------------------------------------------------

USER_HEADERS = {
    "Referer": "https://cctv.kutim.example/",
    "User-Agent": "KutimViewer/1.0",
    "Cookie": "user_pref=1; shared=user",
}


def cookie_routes(servers: dict[str, Server]) -> None:
    async def landing(request: web.Request) -> web.Response:
        response = web.Response(text="<html></html>", content_type="text/html")
        response.set_cookie("portal_session", "s3cr3t-session")
        response.set_cookie("shared", "portal")
        return response

    async def cameras(request: web.Request) -> web.Response:
        return web.json_response(
            [
                {"id": 1, "name": "A", "thumbnail": cdn_url(servers, "/a.jpg")},
                {"id": 2, "name": "B", "thumbnail": portal_url(servers, "/b.jpg")},
                {"id": 3, "name": "C", "thumbnail": portal_url(servers, "/to-cdn.jpg")},
            ]
        )

    async def to_cdn(request: web.Request) -> web.Response:
        raise web.HTTPFound(cdn_url(servers, "/c.jpg"))

    servers["portal"].route("/", landing)
    servers["portal"].route("/list", cameras)
    servers["portal"].route("/to-cdn.jpg", to_cdn)


def cookie_client(
    session: aiohttp.ClientSession, net: Network, servers: dict[str, Server]
) -> PortalClient:
    return make_client(
        session,
        net,
        portal_url(servers, "/list"),
        landing_url=portal_url(servers, "/"),
        headers=USER_HEADERS,
    )


async def test_headers_and_cookies_reach_only_the_portal(
    servers: dict[str, Server], net: Network, session: aiohttp.ClientSession
) -> None:
    cookie_routes(servers)
    client = cookie_client(session, net, servers)
    result = await client.async_get_cameras()
    assert isinstance(result, CameraList)
    for camera in result.cameras:
        assert camera.snapshot_url is not None
        await client.async_fetch(camera.snapshot_url, max_bytes=IMAGE_MAX_BYTES)
    portal_requests = [r for r in servers["portal"].requests if r.path != "/"]
    assert {r.path for r in portal_requests} == {"/list", "/b.jpg", "/to-cdn.jpg"}
    for request in portal_requests:
        assert request.headers["Referer"] == USER_HEADERS["Referer"]
        assert request.headers["User-Agent"] == USER_HEADERS["User-Agent"]
        assert request.cookies["portal_session"] == "s3cr3t-session"
    cdn_requests = servers["cdn"].requests
    assert {r.path for r in cdn_requests} == {"/a.jpg", "/c.jpg"}  # direct and redirected
    for request in cdn_requests:
        assert "Cookie" not in request.headers
        assert "Referer" not in request.headers
        assert request.headers.get("User-Agent") != USER_HEADERS["User-Agent"]
        text = "\n".join(f"{k}: {v}" for k, v in request.headers.items())
        assert "s3cr3t-session" not in text
        assert "user_pref" not in text


async def test_user_cookie_is_merged_never_replaced(
    servers: dict[str, Server], net: Network, session: aiohttp.ClientSession
) -> None:
    cookie_routes(servers)
    client = cookie_client(session, net, servers)
    await client.async_get_cameras()
    request = next(r for r in servers["portal"].requests if r.path == "/list")
    header = request.headers["Cookie"]
    pairs = [part.strip() for part in header.split(";")]
    assert pairs[:2] == ["user_pref=1", "shared=user"]
    assert "portal_session=s3cr3t-session" in pairs
    assert "shared=portal" not in pairs
    assert len(request.headers.getall("Cookie")) == 1


async def test_media_host_cookies_are_not_kept(
    servers: dict[str, Server], net: Network, session: aiohttp.ClientSession
) -> None:
    """100 cookies of 1 KB from a media host change nothing for the list."""

    async def stuffing(request: web.Request) -> web.Response:
        response = web.Response(body=JPEG, content_type="image/jpeg")
        for n in range(100):
            response.set_cookie(f"junk{n}", "x" * 1000)
        return response

    servers["cdn"].route("/a.jpg", stuffing)
    servers["portal"].route("/list", listing({"id": 1, "name": "A", "thumbnail": "/b.jpg"}))
    client = make_client(session, net, portal_url(servers, "/list"))
    for _ in range(2):
        await client.async_fetch(cdn_url(servers, "/a.jpg"), max_bytes=IMAGE_MAX_BYTES)
        assert isinstance(await client.async_get_cameras(), CameraList)
    assert client.http.cookies == {}
    for request in servers["portal"].requests:
        assert "Cookie" not in request.headers


async def test_portal_cookie_jar_is_capped(
    servers: dict[str, Server], net: Network, session: aiohttp.ClientSession
) -> None:
    """A portal setting 100 cookies of 1 KB keeps a bounded jar; its list stays readable."""
    calls = 0

    async def stuffing(request: web.Request) -> web.Response:
        nonlocal calls
        calls += 1
        response = web.json_response([{"id": 1, "name": "A", "thumbnail": "/b.jpg"}])
        for n in range(100):
            response.set_cookie(f"c{calls}_{n}", "x" * 1000)
        response.set_cookie("huge", "y" * 5000)
        return response

    servers["portal"].route("/list", stuffing)
    client = make_client(session, net, portal_url(servers, "/list"))
    for _ in range(3):
        assert isinstance(await client.async_get_cameras(), CameraList)
        jar = client.http.cookies
        assert len(jar) <= MAX_COOKIES
        assert sum(len(k) + len(v) + 2 for k, v in jar.items()) <= MAX_COOKIE_BYTES
        assert "huge" not in jar
    # The newest cookies are kept, the oldest dropped.
    assert any(name.startswith("c3_") for name in client.http.cookies)
    assert not any(name.startswith("c1_") for name in client.http.cookies)
    for request in servers["portal"].requests:
        assert len(request.headers.get("Cookie", "")) <= MAX_COOKIE_BYTES


def _delete_session_cookie(response: web.Response) -> None:
    response.del_cookie("portal_session")


def _expire_session_cookie(**delete: Any) -> Callable[[web.Response], None]:
    def expire(response: web.Response) -> None:
        response.set_cookie("portal_session", "", **delete)

    return expire


@pytest.mark.parametrize(
    "delete",
    [
        _delete_session_cookie,
        _expire_session_cookie(max_age=0),
        _expire_session_cookie(max_age=-1),
        _expire_session_cookie(expires="Thu, 01 Jan 1970 00:00:00 GMT"),
    ],
    ids=["del_cookie", "max_age_0", "max_age_negative", "expires_past"],
)
async def test_expired_cookie_is_forgotten(
    servers: dict[str, Server],
    net: Network,
    session: aiohttp.ClientSession,
    delete: Callable[[web.Response], None],
) -> None:
    """A cookie the portal deletes, in any form, is forgotten; the others are kept."""

    async def landing(request: web.Request) -> web.Response:
        response = web.Response(text="ok")
        response.set_cookie("portal_session", "abc")
        response.set_cookie("keep", "1")
        return response

    async def logout(request: web.Request) -> web.Response:
        response = web.json_response([{"id": 1, "name": "A", "thumbnail": "/b.jpg"}])
        delete(response)
        return response

    servers["portal"].route("/", landing)
    servers["portal"].route("/list", logout)
    client = make_client(
        session, net, portal_url(servers, "/list"), landing_url=portal_url(servers, "/")
    )
    await client.async_get_cameras()
    assert "portal_session" not in client.http.cookies
    assert client.http.cookies == {"keep": "1"}


async def test_secure_cookie_stays_off_plain_http(
    servers: dict[str, Server], net: Network, session: aiohttp.ClientSession
) -> None:
    """A cookie marked Secure is never sent over a plain-HTTP connection."""

    async def landing(request: web.Request) -> web.Response:
        response = web.Response(text="ok")
        response.set_cookie("secure_session", "only-over-tls", secure=True)
        response.set_cookie("plain", "1")
        return response

    servers["portal"].route("/", landing)
    servers["portal"].route("/list", listing({"id": 1, "name": "A", "thumbnail": "/b.jpg"}))
    client = make_client(
        session, net, portal_url(servers, "/list"), landing_url=portal_url(servers, "/")
    )
    await client.async_get_cameras()
    request = next(r for r in servers["portal"].requests if r.path == "/list")
    assert request.headers["Cookie"] == "plain=1"
    assert "secure_session" in client.http.cookies


async def test_not_modified_with_an_odd_encoding(
    servers: dict[str, Server], net: Network, session: aiohttp.ClientSession
) -> None:
    """A 304 has no body: its Content-Encoding does not matter."""

    async def answer(request: web.Request) -> web.Response:
        if request.headers.get("If-None-Match") == '"v1"':
            return web.Response(status=304, headers={"ETag": '"v1"', "Content-Encoding": "br"})
        return web.json_response(
            [{"id": 1, "name": "A", "thumbnail": "/b.jpg"}], headers={"ETag": '"v1"'}
        )

    servers["portal"].route("/list", answer)
    client = make_client(session, net, portal_url(servers, "/list"))
    assert isinstance(await client.async_get_cameras(conditional=True), CameraList)
    assert isinstance(await client.async_get_cameras(conditional=True), NotModified)


async def test_bytes_after_the_compressed_stream(
    servers: dict[str, Server], net: Network, session: aiohttp.ClientSession
) -> None:
    """A little trailing junk is dropped; an endless tail is refused, not buffered."""
    items = [{"id": 1, "name": "A", "thumbnail": "/b.jpg"}]
    packed = gzip.compress(json.dumps(items).encode())
    tail = {"short": b"junk" * 10, "long": b"\x00" * (8 * 1024 * 1024)}

    async def answer(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(
            headers={"Content-Encoding": "gzip", "Content-Type": "application/json"}
        )
        response.enable_chunked_encoding()
        await response.prepare(request)
        await response.write(packed)
        kind = request.query["tail"]
        for start in range(0, len(tail[kind]), 256 * 1024):
            await response.write(tail[kind][start : start + 256 * 1024])
        await response.write_eof()
        return response

    servers["portal"].route("/list", answer)
    client = make_client(session, net, portal_url(servers, "/list?tail=short"))
    result = await client.async_get_cameras()
    assert isinstance(result, CameraList)
    assert [c.id for c in result.cameras] == ["1"]
    client = make_client(
        session, net, portal_url(servers, "/list?tail=long"), max_body_bytes=1024 * 1024
    )
    raised, growth = await measure(client.async_get_cameras)
    assert isinstance(raised, PortalTooLargeError), raised
    assert growth < 3 * 1024 * 1024


# ---------------------------------------------------------------------------
# Verified HTTPS: by name (right SNI, pooled per name), rebinding stopped by TLS
# ---------------------------------------------------------------------------


class TlsServer(Server):
    """A loopback HTTPS server recording the SNI and Host of every request."""

    def __init__(self, context: ssl.SSLContext) -> None:
        super().__init__()
        self.context = context
        self.seen: list[tuple[str | None, str]] = []
        self.sni: dict[int, str | None] = {}

        def record(ssl_object: Any, name: str | None, _: ssl.SSLContext) -> None:
            self.sni[id(ssl_object)] = name

        context.sni_callback = record

    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        ssl_object = request.transport.get_extra_info("ssl_object") if request.transport else None
        sni = self.sni.get(id(ssl_object))
        self.seen.append((sni, request.host.rsplit(":", 1)[0]))
        return await super()._dispatch(request)

    async def start(self) -> None:
        self.app.router.add_route("*", "/{tail:.*}", self._dispatch)
        self.runner = web.AppRunner(self.app)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0, ssl_context=self.context)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]


class NameResolver(AbstractResolver):
    """The session's resolver for HTTPS tests: each name to a chosen loopback port."""

    def __init__(self, ports: dict[str, int]) -> None:
        self.ports = ports

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        return [
            ResolveResult(
                hostname=host,
                host="127.0.0.1",
                port=self.ports[host],
                family=socket.AF_INET,
                proto=0,
                flags=0,
            )
        ]

    async def close(self) -> None:
        return None


@pytest.fixture
async def tls(tmp_path: Path) -> AsyncIterator[dict[str, Any]]:
    """A TLS server for both public names, a LAN device, and a session trusting both."""
    shared = TlsServer(make_self_signed(tmp_path / "shared", [PORTAL, CDN]))
    # A LAN device whose certificate is for its own name; it filters handshake noise.
    device = FakePortal()
    lan = TlsServer(make_self_signed(tmp_path / "lan", [PORTAL, CDN]))
    await shared.start()
    await device.start(ssl_context=make_self_signed(tmp_path / "device", ["router.lan"]))
    await lan.start()
    trust = ssl.create_default_context(cafile=str(tmp_path / "shared" / CERT_FILE))
    trust.load_verify_locations(cafile=str(tmp_path / "device" / CERT_FILE))
    trust.load_verify_locations(cafile=str(tmp_path / "lan" / CERT_FILE))
    resolver = NameResolver({PORTAL: shared.port, CDN: shared.port})
    connector = aiohttp.TCPConnector(resolver=resolver, ssl=trust, use_dns_cache=False)
    network = Network()
    network.name(PORTAL, [PORTAL_IP])
    network.name(CDN, [PORTAL_IP])  # both names on the same public address
    network.servers[PORTAL_IP] = shared.port
    async with aiohttp.ClientSession(connector=connector) as sess:
        yield {
            "shared": shared,
            "device": device,
            "lan": lan,
            "resolver": resolver,
            "net": network,
            "session": sess,
        }
    await device.stop()
    for server in (shared, lan):
        assert server.runner is not None
        await server.runner.cleanup()


def tls_client(tls: dict[str, Any]) -> PortalClient:
    port = tls["shared"].port
    return make_client(tls["session"], tls["net"], f"https://{PORTAL}:{port}/list")


async def test_https_names_on_one_address_keep_their_own_sni(tls: dict[str, Any]) -> None:
    """Two names on one address never share a TLS connection made for the other."""
    shared: TlsServer = tls["shared"]
    shared.route("/list", listing({"id": 1, "name": "A", "thumbnail": "/a.jpg"}))
    client = tls_client(tls)
    for _ in range(3):
        assert isinstance(await client.async_get_cameras(), CameraList)
        await client.async_fetch(f"https://{CDN}:{shared.port}/b.jpg", max_bytes=IMAGE_MAX_BYTES)
    assert len(shared.seen) == 6
    assert all(sni == host for sni, host in shared.seen), shared.seen
    assert {host for _, host in shared.seen} == {PORTAL, CDN}


async def test_https_rebinding_fails_at_the_handshake(tls: dict[str, Any]) -> None:
    """The name is checked public, the connection's lookup answers a LAN device: no request."""
    device: FakePortal = tls["device"]
    tls["resolver"].ports[PORTAL] = int(device.url.rsplit(":", 1)[1])
    with pytest.raises(PortalTLSError):
        await tls_client(tls).async_get_cameras()
    assert device.counters.total_requests == 0
    assert tls["shared"].seen == []


async def test_https_peer_outside_the_checked_addresses_is_refused(tls: dict[str, Any]) -> None:
    """Had a LAN device a certificate for the name, its answer would still not be read."""
    lan: TlsServer = tls["lan"]
    lan.route("/list", listing({"id": 1, "name": "A", "thumbnail": "/a.jpg"}))
    tls["resolver"].ports[PORTAL] = lan.port
    with pytest.raises(PortalUnsafeURLError, match="non-public address when connecting"):
        await tls_client(tls).async_get_cameras()
    assert tls["shared"].seen == []


async def test_unverified_https_goes_to_the_checked_address_unpooled(
    tls: dict[str, Any],
) -> None:
    """Without verification TLS proves nothing: connect to the checked address, never pool."""
    shared: TlsServer = tls["shared"]
    device: FakePortal = tls["device"]
    tls["resolver"].ports[PORTAL] = int(device.url.rsplit(":", 1)[1])  # a rebinding answer
    tls["resolver"].ports[CDN] = int(device.url.rsplit(":", 1)[1])
    shared.route("/list", listing({"id": 1, "name": "A", "thumbnail": "/a.jpg"}))
    client = make_client(
        tls["session"], tls["net"], f"https://{PORTAL}:{shared.port}/list", verify_ssl=False
    )
    for _ in range(2):
        assert isinstance(await client.async_get_cameras(), CameraList)
        await client.async_fetch(f"https://{CDN}:{shared.port}/b.jpg", max_bytes=IMAGE_MAX_BYTES)
    assert len(shared.seen) == 4
    assert all(sni == host for sni, host in shared.seen), shared.seen
    assert all(r.headers["Connection"] == "close" for r in shared.requests)
    assert device.counters.total_requests == 0
