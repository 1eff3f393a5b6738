"""The portal client over real loopback HTTP: paging, validators, limits, errors."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
import gc
import json
import socket
from typing import Any

import aiohttp
from aiohttp import web
from aiohttp.abc import AbstractResolver, ResolveResult
import pytest

from custom_components.kutim_cctv.portal import (
    Camera,
    CameraList,
    NotModified,
    PortalClient,
    PortalConnectionError,
    PortalDNSError,
    PortalFormatError,
    PortalHTTPError,
    PortalNoStreamError,
    PortalSettings,
    PortalTimeoutError,
    PortalTooLargeError,
    PortalUnsafeURLError,
    Profile,
    dedupe_cameras,
)
from custom_components.kutim_cctv.portal.client import READY_POLL_INTERVAL, WAKE_INTERVAL, stable_id
from custom_components.kutim_cctv.portal.http import parse_retry_after

pytestmark = pytest.mark.usefixtures("socket_enabled")

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def json_client(session: aiohttp.ClientSession, url: str, **client_args: Any) -> PortalClient:
    """Return a client for the JSON camera list at url."""
    return PortalClient(session, PortalSettings(profile=Profile.JSON, url=url), **client_args)


def kutim_item(n: int) -> dict[str, Any]:
    """Return one well-formed Kutim list item."""
    return {
        "id": n,
        "name": f"CCTV SIMP {n} JL. POROS SGT",
        "lat": f"0.5{n:03d}",
        "lng": "117.55",
        "streamKey": f"cam-{n}",
    }


class Server:
    """A tiny portal with hand-written handlers, recording the requests it gets."""

    def __init__(self) -> None:
        self.app = web.Application()
        self.requests: list[web.Request] = []
        self.runner: web.AppRunner | None = None
        self.url = ""

    def route(self, method: str, path: str, handler: Handler) -> None:
        async def wrapped(request: web.Request) -> web.StreamResponse:
            self.requests.append(request)
            return await handler(request)

        self.app.router.add_route(method, path, wrapped)

    async def start(self) -> str:
        self.runner = web.AppRunner(self.app)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}"
        return self.url

    def count(self, path: str) -> int:
        return sum(1 for r in self.requests if r.path == path)


@pytest.fixture
async def server() -> AsyncIterator[Server]:
    srv = Server()
    yield srv
    if srv.runner is not None:
        await srv.runner.cleanup()


@pytest.fixture
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as sess:
        yield sess


def paged_list(items: list[dict[str, Any]], *, cap: int | None, meta: bool) -> Handler:
    """Return a handler serving items page by page like the Kutim API."""

    async def handler(request: web.Request) -> web.Response:
        page = int(request.query.get("page", "1"))
        limit = int(request.query.get("limit", "100"))
        size = min(limit, cap) if cap else limit
        chunk = items[(page - 1) * size : page * size]
        body: dict[str, Any] = {"data": chunk}
        if meta:
            body["meta"] = {"page": page, "limit": size, "total": len(items)}
        text = json.dumps(body)
        etag = f'"{hash(text) & 0xFFFFFFFF:x}"'
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag})
        return web.Response(text=text, content_type="application/json", headers={"ETag": etag})

    return handler


def kutim(url: str, **kwargs: Any) -> PortalSettings:
    return PortalSettings(profile=Profile.KUTIM, url=url, hls_url=url, **kwargs)


@pytest.mark.parametrize("meta", [True, False])
async def test_paging_follows_a_server_cap(
    server: Server, session: aiohttp.ClientSession, meta: bool
) -> None:
    """A server that caps pages below the limit still yields the whole list."""
    items = [kutim_item(n) for n in range(1, 8)]
    server.route("GET", "/api/cctv/public", paged_list(items, cap=3, meta=meta))
    url = await server.start()
    result = await PortalClient(session, kutim(url)).async_get_cameras()
    assert isinstance(result, CameraList)
    assert [c.id for c in result.cameras] == [str(n) for n in range(1, 8)]
    # With a total the client stops at page 3; without, the short page 3 ends it.
    assert server.count("/api/cctv/public") == 3
    first = result.cameras[0]
    assert first.stream_key == "cam-1"
    assert first.stream_url == f"{url}/hls/cam-1/index.m3u8"
    assert first.latitude == pytest.approx(0.5001)


async def test_paging_stops_on_an_empty_page(
    server: Server, session: aiohttp.ClientSession
) -> None:
    """Without a total, full pages continue until an empty one."""
    items = [kutim_item(n) for n in range(1, 7)]
    server.route("GET", "/api/cctv/public", paged_list(items, cap=3, meta=False))
    url = await server.start()
    result = await PortalClient(session, kutim(url)).async_get_cameras()
    assert isinstance(result, CameraList)
    assert len(result.cameras) == 6
    assert server.count("/api/cctv/public") == 3


async def test_paging_stops_when_page_is_ignored(
    server: Server, session: aiohttp.ClientSession
) -> None:
    """A server that always returns page 1 does not make the client loop."""

    async def same(request: web.Request) -> web.Response:
        return web.json_response({"data": [kutim_item(1), kutim_item(2)]})

    server.route("GET", "/api/cctv/public", same)
    url = await server.start()
    result = await PortalClient(session, kutim(url, page_limit=2)).async_get_cameras()
    assert isinstance(result, CameraList)
    assert len(result.cameras) == 2
    assert server.count("/api/cctv/public") == 2
    assert any("page parameter" in w for w in result.warnings)


async def test_paging_is_capped(server: Server, session: aiohttp.ClientSession) -> None:
    """The number of pages is bounded even for an endless list."""

    async def endless(request: web.Request) -> web.Response:
        page = int(request.query["page"])
        return web.json_response({"data": [kutim_item(page)]})

    server.route("GET", "/api/cctv/public", endless)
    url = await server.start()
    result = await PortalClient(session, kutim(url, page_limit=1, max_pages=4)).async_get_cameras()
    assert isinstance(result, CameraList)
    assert len(result.cameras) == 4
    assert any("stopped after 4 pages" in w for w in result.warnings)


async def test_conditional_get_reports_not_modified(
    server: Server, session: aiohttp.ClientSession
) -> None:
    """An unchanged list costs only validators; a changed one is read again."""
    items = [kutim_item(n) for n in range(1, 4)]
    server.route("GET", "/api/cctv/public", paged_list(items, cap=None, meta=True))
    url = await server.start()
    client = PortalClient(session, kutim(url))
    first = await client.async_get_cameras(conditional=True)
    assert isinstance(first, CameraList)
    assert first.etag is not None
    second = await client.async_get_cameras(conditional=True)
    assert isinstance(second, NotModified)
    assert second.body_bytes == 0
    assert "If-None-Match" in server.requests[-1].headers
    items.append(kutim_item(4))
    third = await client.async_get_cameras(conditional=True)
    assert isinstance(third, CameraList)
    assert len(third.cameras) == 4
    # Without `conditional` the list is always read in full.
    fourth = await client.async_get_cameras()
    assert isinstance(fourth, CameraList)
    assert "If-None-Match" not in server.requests[-1].headers


async def test_body_size_cap(server: Server, session: aiohttp.ClientSession) -> None:
    """Bodies over the cap are refused, declared or streamed."""

    async def big(request: web.Request) -> web.StreamResponse:
        if request.query.get("stream"):
            resp = web.StreamResponse()
            await resp.prepare(request)
            for _ in range(40):
                await resp.write(b" " * 1024)
            await resp.write_eof()
            return resp
        return web.Response(body=b"[" + b" " * 50_000 + b"]", content_type="application/json")

    server.route("GET", "/list", big)
    url = await server.start()
    for suffix in ("", "?stream=1"):
        settings = PortalSettings(
            profile=Profile.JSON, url=f"{url}/list{suffix}", max_body_bytes=10_000
        )
        with pytest.raises(PortalTooLargeError, match="larger than"):
            await PortalClient(session, settings).async_get_cameras()


async def test_timeout(server: Server, session: aiohttp.ClientSession) -> None:
    """A portal that does not answer in time raises the timeout error."""

    async def slow(request: web.Request) -> web.Response:
        await asyncio.sleep(2)
        return web.json_response([])

    server.route("GET", "/list", slow)
    url = await server.start()
    settings = PortalSettings(profile=Profile.JSON, url=f"{url}/list", timeout=0.2)
    with pytest.raises(PortalTimeoutError, match="did not answer"):
        await PortalClient(session, settings).async_get_cameras()


async def test_http_error_with_retry_after(server: Server, session: aiohttp.ClientSession) -> None:
    """Error statuses carry the status and the Retry-After delay."""

    async def busy(request: web.Request) -> web.Response:
        return web.Response(status=429, headers={"Retry-After": "120"})

    server.route("GET", "/list", busy)
    url = await server.start()
    with pytest.raises(PortalHTTPError) as err:
        await json_client(session, f"{url}/list").async_get_cameras()
    assert err.value.status == 429
    assert err.value.retry_after == 120
    assert "throttles" in str(err.value)


def test_parse_retry_after() -> None:
    assert parse_retry_after(None) is None
    assert parse_retry_after("7") == 7
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470) == 10
    assert parse_retry_after("soon") is None


async def test_redirect_loop(server: Server, session: aiohttp.ClientSession) -> None:
    async def loop(request: web.Request) -> web.Response:
        raise web.HTTPFound("/list")

    server.route("GET", "/list", loop)
    url = await server.start()
    with pytest.raises(PortalConnectionError, match="loop"):
        await json_client(session, f"{url}/list").async_get_cameras()


async def test_redirect_is_followed_and_checked(
    server: Server, session: aiohttp.ClientSession
) -> None:
    """Redirects are followed hop by hop; the final URL is the base of relative links."""

    async def moved(request: web.Request) -> web.Response:
        raise web.HTTPMovedPermanently("/v2/list")

    async def listing(request: web.Request) -> web.Response:
        return web.json_response([{"id": 1, "name": "Taman", "url": "hls/a/index.m3u8"}])

    server.route("GET", "/list", moved)
    server.route("GET", "/v2/list", listing)
    url = await server.start()
    result = await json_client(session, f"{url}/list").async_get_cameras()
    assert isinstance(result, CameraList)
    assert result.cameras[0].stream_url == f"{url}/v2/hls/a/index.m3u8"


class StaticResolver(AbstractResolver):
    """Resolve every name to loopback, so a 'public' host can be served locally."""

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        return [
            ResolveResult(
                hostname=host, host="127.0.0.1", port=port, family=socket.AF_INET, proto=0, flags=0
            )
        ]

    async def close(self) -> None:
        return None


async def public_resolver(host: str, port: int) -> list[str]:
    return ["36.91.12.34"]


def loopback_route(host: str, address: str, port: int) -> tuple[str, int]:
    """Carry connections to the checked public address to the loopback server."""
    return "127.0.0.1", port


async def test_redirect_into_private_network_is_refused(server: Server) -> None:
    """A public portal redirecting to a private address is stopped before connecting."""

    async def evil(request: web.Request) -> web.Response:
        raise web.HTTPFound("http://10.0.0.1/admin")

    server.route("GET", "/list", evil)
    url = await server.start()
    port = url.rsplit(":", 1)[1]
    connector = aiohttp.TCPConnector(resolver=StaticResolver())
    async with aiohttp.ClientSession(connector=connector) as sess:
        settings = PortalSettings(profile=Profile.JSON, url=f"http://portal.example:{port}/list")
        client = PortalClient(sess, settings, resolve=public_resolver, route=loopback_route)
        with pytest.raises(PortalUnsafeURLError):
            await client.async_get_cameras()
    assert server.count("/list") == 1


async def test_public_name_resolving_to_private_is_refused(session: aiohttp.ClientSession) -> None:
    async def private(host: str, port: int) -> list[str]:
        return ["192.168.1.5"]

    with pytest.raises(PortalUnsafeURLError):
        await json_client(session, "http://cams.example/list", resolve=private).async_get_cameras()


async def test_dns_failure(session: aiohttp.ClientSession) -> None:
    async def fail(host: str, port: int) -> list[str]:
        raise socket.gaierror(-2, "Name or service not known")

    with pytest.raises(PortalDNSError, match="Cannot resolve") as err:
        await json_client(session, "http://cams.example/list", resolve=fail).async_get_cameras()
    # Told apart from a refused connection, still a connection error for older callers.
    assert err.value.reason == "cannot_resolve"
    assert isinstance(err.value, PortalConnectionError)


class FailingResolver(StaticResolver):
    """Fail every name like a resolver that finds nothing."""

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        raise OSError(socket.EAI_NONAME, "Name or service not known")


async def test_dns_failure_in_the_session() -> None:
    """A name the session cannot resolve (local portals skip our own check) is a DNS error."""
    connector = aiohttp.TCPConnector(resolver=FailingResolver())
    async with aiohttp.ClientSession(connector=connector) as sess:
        settings = PortalSettings(
            profile=Profile.JSON, url="http://cams.example/list", allow_local=True
        )
        with pytest.raises(PortalDNSError) as err:
            await PortalClient(sess, settings).async_get_cameras()
    assert err.value.reason == "cannot_resolve"


async def test_connection_refused(session: aiohttp.ClientSession) -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    with pytest.raises(PortalConnectionError, match="Cannot connect"):
        await json_client(session, f"http://127.0.0.1:{port}/list").async_get_cameras()


async def test_unsafe_media_urls_are_dropped(
    server: Server, session: aiohttp.ClientSession
) -> None:
    """A public portal cannot point the client at the local network."""

    async def listing(request: web.Request) -> web.Response:
        return web.json_response(
            [
                {"id": 1, "name": "Good", "url": "https://cctv.example.id/a/index.m3u8"},
                {"id": 2, "name": "Bad", "url": "http://169.254.169.254/latest/x.m3u8"},
                {
                    "id": 3,
                    "name": "Half",
                    "url": "http://127.0.0.1/x.m3u8",
                    "thumbnail": "https://cctv.example.id/t.jpg",
                },
            ]
        )

    server.route("GET", "/list", listing)
    url = await server.start()
    port = url.rsplit(":", 1)[1]
    connector = aiohttp.TCPConnector(resolver=StaticResolver())
    async with aiohttp.ClientSession(connector=connector) as sess:
        settings = PortalSettings(profile=Profile.JSON, url=f"http://portal.example:{port}/list")
        result = await PortalClient(
            sess, settings, resolve=public_resolver, route=loopback_route
        ).async_get_cameras()
    assert isinstance(result, CameraList)
    assert [c.id for c in result.cameras] == ["1", "3"]
    assert result.cameras[1].stream_url is None
    assert result.cameras[1].snapshot_url == "https://cctv.example.id/t.jpg"
    assert result.skipped == 1
    assert any("local or reserved" in w for w in result.warnings)


async def test_headers_and_cookie_bootstrap(server: Server, session: aiohttp.ClientSession) -> None:
    """Extra headers go with every request; the landing page's cookie is sent back."""

    async def landing(request: web.Request) -> web.Response:
        resp = web.Response(text="<html></html>", content_type="text/html")
        resp.set_cookie("portal_session", "abc123")
        return resp

    async def listing(request: web.Request) -> web.Response:
        if request.cookies.get("portal_session") != "abc123":
            return web.Response(status=403)
        if request.headers.get("Referer") != "https://cctv.example.id/":
            return web.Response(status=403)
        return web.json_response([{"id": 1, "name": "A", "url": "/hls/a/index.m3u8"}])

    server.route("GET", "/", landing)
    server.route("GET", "/list", listing)
    url = await server.start()
    settings = PortalSettings(
        profile=Profile.AUTO,
        url=f"{url}/list",
        landing_url=f"{url}/",
        headers={"Referer": "https://cctv.example.id/"},
    )
    client = PortalClient(session, settings)
    result = await client.async_get_cameras()
    assert isinstance(result, CameraList)
    assert len(result.cameras) == 1
    await client.async_get_cameras()
    assert server.count("/") == 1  # the landing page is loaded once

    without = PortalSettings(profile=Profile.AUTO, url=f"{url}/list")
    with pytest.raises(PortalHTTPError) as err:
        await PortalClient(session, without).async_get_cameras()
    assert err.value.status == 403
    assert "Referer" in str(err.value)


async def test_min_interval_paces_requests(server: Server, session: aiohttp.ClientSession) -> None:
    """Requests to one host are spaced by the configured interval."""
    items = [kutim_item(n) for n in range(1, 4)]
    server.route("GET", "/api/cctv/public", paged_list(items, cap=1, meta=True))
    url = await server.start()
    now = [100.0]
    waits: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        waits.append(seconds)
        now[0] += seconds

    client = PortalClient(
        session, kutim(url, min_interval=1.5), clock=lambda: now[0], sleep=fake_sleep
    )
    result = await client.async_get_cameras()
    assert isinstance(result, CameraList)
    assert len(result.cameras) == 3
    assert waits == [1.5, 1.5]


async def test_wake_up_is_coalesced(server: Server, session: aiohttp.ClientSession) -> None:
    """Many viewers cause one wake-up call per stream key per interval."""
    calls: list[str] = []

    async def start(request: web.Request) -> web.Response:
        calls.append(request.match_info["key"])
        assert request.headers["Content-Type"] == "application/json"
        await asyncio.sleep(0.05)
        return web.json_response({"success": True})

    server.route("POST", "/api/stream/{key}/start", start)
    url = await server.start()
    now = [0.0]
    client = PortalClient(session, kutim(url), clock=lambda: now[0])
    await asyncio.gather(*(client.async_start_stream("polder-im-1") for _ in range(25)))
    assert calls == ["polder-im-1"]
    await client.async_start_stream("polder-im-1")
    assert calls == ["polder-im-1"]
    now[0] += WAKE_INTERVAL + 1
    await client.async_start_stream("polder-im-1")
    await client.async_start_stream("bukit-pelangi")
    assert calls == ["polder-im-1", "polder-im-1", "bukit-pelangi"]
    assert client.wake_calls == 3


async def test_failed_wake_up_is_not_remembered(
    server: Server, session: aiohttp.ClientSession
) -> None:
    status = [500]

    async def start(request: web.Request) -> web.Response:
        return web.Response(status=status[0])

    server.route("POST", "/api/stream/{key}/start", start)
    url = await server.start()
    client = PortalClient(session, kutim(url))
    with pytest.raises(PortalHTTPError):
        await client.async_start_stream("a")
    status[0] = 200
    await client.async_start_stream("a")
    assert server.count("/api/stream/a/start") == 2


async def held_wake_up(
    server: Server, session: aiohttp.ClientSession, answer: web.Response
) -> tuple[PortalClient, asyncio.Task[None], asyncio.Event]:
    """Start a wake-up of stream ``a`` that the portal holds until the event returned is set.

    Returns once the start call has reached the portal; the portal then gives ``answer``.
    """
    arrived = asyncio.Event()
    release = asyncio.Event()

    async def start(request: web.Request) -> web.Response:
        arrived.set()
        await release.wait()
        return answer

    server.route("POST", "/api/stream/{key}/start", start)
    url = await server.start()
    client = PortalClient(session, kutim(url))
    caller = asyncio.create_task(client.async_start_stream("a"))
    await arrived.wait()
    return client, caller, release


async def test_wake_up_outlives_its_caller_until_shutdown(
    server: Server, session: aiohttp.ClientSession
) -> None:
    """A caller that gives up leaves the wake-up running; shutdown cancels it for good."""
    client, caller, release = await held_wake_up(
        server, session, web.json_response({"success": True})
    )
    caller.cancel()
    with pytest.raises(asyncio.CancelledError):
        await caller
    (wake,) = client._wake_tasks.values()
    assert not wake.done()  # still running for the next viewer
    follower = asyncio.create_task(client.async_start_stream("a"))
    await asyncio.sleep(0)
    client.shutdown()
    with pytest.raises(asyncio.CancelledError):
        await follower
    assert wake.cancelled()
    assert client._wake_tasks == {}
    release.set()
    with pytest.raises(PortalNoStreamError):
        await client.async_start_stream("b")
    assert server.count("/api/stream/a/start") == 1
    assert server.count("/api/stream/b/start") == 0


async def test_failed_wake_up_without_callers_is_retrieved(
    server: Server, session: aiohttp.ClientSession
) -> None:
    """A wake-up failing after every caller left leaves no unretrieved task error behind."""
    client, caller, release = await held_wake_up(server, session, web.Response(status=500))
    (wake,) = client._wake_tasks.values()
    caller.cancel()
    release.set()
    await asyncio.wait([wake])
    assert wake.done() and not wake.cancelled()
    assert client._wake_tasks == {}
    await asyncio.sleep(0)  # let the cancelled caller finish
    reported: list[dict[str, Any]] = []
    loop = asyncio.get_running_loop()
    previous = loop.get_exception_handler()
    loop.set_exception_handler(lambda _loop, context: reported.append(context))
    try:
        del wake, caller
        gc.collect()
    finally:
        loop.set_exception_handler(previous)
    assert reported == []


@pytest.mark.parametrize("not_ready_polls", [0, 1, 3, 8])
async def test_stream_url_waits_for_the_manifest(
    server: Server, session: aiohttp.ClientSession, not_ready_polls: int
) -> None:
    """The manifest answers 404 for a while after the start call; one start call suffices.

    The start call is never repeated while the manifest answers 404 (a woken stream takes
    a moment to appear); the manifest is looked at every half second instead.
    """
    started: dict[str, int] = {}
    polls = [0]

    async def start(request: web.Request) -> web.Response:
        key = request.match_info["key"]
        started[key] = started.get(key, 0) + 1
        return web.json_response({"success": True})

    async def manifest(request: web.Request) -> web.Response:
        polls[0] += 1
        if not started or polls[0] <= not_ready_polls:
            return web.Response(status=404)
        return web.Response(text="#EXTM3U\n", content_type="application/vnd.apple.mpegurl")

    server.route("POST", "/api/stream/{key}/start", start)
    server.route("GET", "/hls/{key}/index.m3u8", manifest)
    url = await server.start()
    sleeps: list[float] = []
    now = [0.0]

    async def fast_sleep(seconds: float) -> None:
        sleeps.append(seconds)
        now[0] += seconds

    client = PortalClient(session, kutim(url), sleep=fast_sleep, clock=lambda: now[0])
    camera = Camera(id="1", raw_name="A", name="A", stream_key="a b")
    stream = await asyncio.gather(*(client.async_stream_url(camera) for _ in range(5)))
    assert stream == [f"{url}/hls/a%20b/index.m3u8"] * 5
    assert started == {"a b": 1}
    assert client.wake_calls == 1
    assert sleeps == [READY_POLL_INTERVAL] * not_ready_polls
    assert polls[0] == not_ready_polls + 1
    # Known alive now: a viewer opening the live view costs one look at the manifest.
    await client.async_stream_url(camera)
    assert started == {"a b": 1}
    assert polls[0] == not_ready_polls + 2


async def test_stream_url_gives_up_after_the_window(
    server: Server, session: aiohttp.ClientSession
) -> None:
    async def start(request: web.Request) -> web.Response:
        return web.json_response({})

    async def manifest(request: web.Request) -> web.Response:
        return web.Response(status=404)

    server.route("POST", "/api/stream/{key}/start", start)
    server.route("GET", "/hls/{key}/index.m3u8", manifest)
    url = await server.start()
    now = [0.0]

    async def fake_sleep(seconds: float) -> None:
        now[0] += seconds

    client = PortalClient(session, kutim(url), clock=lambda: now[0], sleep=fake_sleep)
    camera = Camera(id="1", raw_name="A", name="A", stream_key="a")
    with pytest.raises(PortalNoStreamError, match="did not start"):
        await client.async_stream_url(camera)


async def test_expiring_stream_url_is_refreshed(
    server: Server, session: aiohttp.ClientSession
) -> None:
    """A tokenised stream URL is taken fresh from the list when a stream starts."""
    token = [1]

    async def listing(request: web.Request) -> web.Response:
        return web.json_response(
            [{"id": 7, "name": "Yos Sudarso", "url": f"/live/a.m3u8?token=t{token[0]}"}]
        )

    server.route("GET", "/list", listing)
    url = await server.start()
    client = json_client(session, f"{url}/list")
    result = await client.async_get_cameras()
    assert isinstance(result, CameraList)
    camera = result.cameras[0]
    token[0] = 2
    assert await client.async_stream_url(camera) == f"{url}/live/a.m3u8?token=t2"
    # A stable URL is used as it is, without another list request.
    plain = Camera(id="8", raw_name="B", name="B", stream_url=f"{url}/live/b.m3u8")
    before = server.count("/list")
    assert await client.async_stream_url(plain) == f"{url}/live/b.m3u8"
    assert server.count("/list") == before
    token[0] = 3
    gone = Camera(id="9", raw_name="C", name="C", stream_url=f"{url}/x.m3u8?token=old")
    with pytest.raises(PortalNoStreamError, match="no longer listed"):
        await client.async_stream_url(gone)
    with pytest.raises(PortalNoStreamError, match="no live stream"):
        await client.async_stream_url(Camera(id="x", raw_name="X", name="X", snapshot_url=url))


async def test_single_image_url_is_one_camera(
    server: Server, session: aiohttp.ClientSession
) -> None:
    """A portal URL that is itself a still (F5) becomes one snapshot camera."""

    async def image(request: web.Request) -> web.Response:
        return web.Response(body=b"\xff\xd8\xff\xe0fake\xff\xd9", content_type="image/jpeg")

    server.route("GET", "/zm/cgi-bin/nph-zms", image)
    url = await server.start()
    settings = PortalSettings(
        profile=Profile.SNAPSHOT, url=f"{url}/zm/cgi-bin/nph-zms?mode=single&monitor=3"
    )
    result = await PortalClient(session, settings).async_get_cameras()
    assert isinstance(result, CameraList)
    (camera,) = result.cameras
    assert camera.snapshot_url == settings.url
    assert camera.id == stable_id(settings.url)


async def test_not_a_camera_list(server: Server, session: aiohttp.ClientSession) -> None:
    async def page(request: web.Request) -> web.Response:
        return web.Response(text="<html><body>Maintenance</body></html>", content_type="text/html")

    server.route("GET", "/list", page)
    url = await server.start()
    with pytest.raises(PortalFormatError):
        await PortalClient(
            session, PortalSettings(profile=Profile.AUTO, url=f"{url}/list")
        ).async_get_cameras()


def test_dedupe_is_deterministic() -> None:
    a = Camera(id="1", raw_name="A", name="A", stream_key="a")
    b = Camera(id="1", raw_name="B", name="B", stream_key="b")
    c = Camera(id="1", raw_name="C", name="C", stream_key="c")
    cameras, warnings = dedupe_cameras([a, a, b, c])
    assert [cam.id for cam in cameras] == ["1", "1-2", "1-3"]
    assert [cam.name for cam in cameras] == ["A", "B", "C"]
    assert len(warnings) == 2
    assert dedupe_cameras([a, a, b, c]) == (cameras, warnings)
