"""Redirects change the request method as browsers do, checked against a loopback server.

The guarded HTTP layer follows redirects itself (every hop is vetted), so it has to apply
the method rules itself too: 303 See Other turns any request but HEAD into a GET without
the body and the headers that describe it; 307 and 308 repeat the request unchanged.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

import aiohttp
from aiohttp import web
import pytest

from custom_components.kutim_cctv.portal.http import GuardedHttp
from custom_components.kutim_cctv.portal.policy import UrlPolicy

pytestmark = pytest.mark.usefixtures("socket_enabled")


@dataclass(frozen=True)
class Seen:
    """One request as the server received it."""

    method: str
    path: str
    body: bytes
    content_type: str | None
    content_length: str | None


@dataclass
class Redirector:
    """A loopback server: /from/<status> redirects to /to, which answers 'done'."""

    url: str
    seen: list[Seen]


@pytest.fixture
async def redirector() -> AsyncIterator[Redirector]:
    """Serve the redirecting and the final resource on 127.0.0.1."""
    seen: list[Seen] = []

    async def record(request: web.Request) -> None:
        seen.append(
            Seen(
                request.method,
                request.path,
                await request.read(),
                request.headers.get("Content-Type"),
                request.headers.get("Content-Length"),
            )
        )

    async def redirect(request: web.Request) -> web.Response:
        await record(request)
        status = int(request.match_info["status"])
        return web.Response(status=status, headers={"Location": "/to"})

    async def target(request: web.Request) -> web.Response:
        await record(request)
        return web.Response(text=f"done by {request.method}")

    app = web.Application()
    app.router.add_route("*", "/from/{status}", redirect)
    app.router.add_route("*", "/to", target)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        yield Redirector(f"http://127.0.0.1:{port}", seen)
    finally:
        await runner.cleanup()


async def follow(redirector: Redirector, method: str, status: int) -> bytes:
    """Send one request through the guarded layer to /from/<status>; return the body."""
    async with aiohttp.ClientSession() as session:
        http = GuardedHttp(
            session,
            policy=UrlPolicy.for_portal([redirector.url]),
            timeout=5.0,
            verify_ssl=True,
            headers={},
            origins=[redirector.url],
        )
        response = await http.request(
            method,
            f"{redirector.url}/from/{status}",
            headers={"Content-Type": "application/json"},
            max_bytes=1024,
        )
    return response.body


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "GET"])
async def test_see_other_becomes_get_without_body(redirector: Redirector, method: str) -> None:
    """A request answered 303 (the wake-up POST, for one) is sent on as a bodiless GET."""
    body = await follow(redirector, method, 303)
    assert body == b"done by GET"
    first, second = redirector.seen
    assert (first.method, first.path) == (method, "/from/303")
    assert (second.method, second.path) == ("GET", "/to")
    assert second.body == b""
    assert second.content_type is None
    assert second.content_length in (None, "0")


async def test_see_other_keeps_head(redirector: Redirector) -> None:
    """HEAD stays HEAD on 303: it asks for no body either way."""
    await follow(redirector, "HEAD", 303)
    assert [(s.method, s.path) for s in redirector.seen] == [
        ("HEAD", "/from/303"),
        ("HEAD", "/to"),
    ]


@pytest.mark.parametrize("status", [307, 308])
@pytest.mark.parametrize("method", ["POST", "PUT", "GET"])
async def test_temporary_and_permanent_redirects_keep_the_method(
    redirector: Redirector, method: str, status: int
) -> None:
    """307 and 308 repeat the request with the same method and headers."""
    body = await follow(redirector, method, status)
    assert body == f"done by {method}".encode()
    first, second = redirector.seen
    assert (first.method, first.path) == (method, f"/from/{status}")
    assert (second.method, second.path) == (method, "/to")
    assert second.content_type == first.content_type == "application/json"
