"""Portal cost of the client: page sizes, unchanged polls and stream manifests read once."""

from __future__ import annotations

from collections.abc import AsyncIterator
import json
from typing import Any

import aiohttp
from aiohttp import web
import pytest

from custom_components.kutim_cctv.portal import (
    CameraList,
    NotModified,
    PortalClient,
    PortalHTTPError,
    PortalSettings,
    Profile,
    async_grab_still,
)
from custom_components.kutim_cctv.portal.client import LARGE_PAGE_LIMIT
from fake_portal import FakePortal
from fake_portal.data import demo_cameras

pytestmark = pytest.mark.usefixtures("socket_enabled")


def item(n: int) -> dict[str, Any]:
    """Return one well-formed Kutim list item."""
    return {"id": n, "name": f"CCTV SIMP {n}", "lat": "0.5", "lng": "117.5", "streamKey": f"k{n}"}


class ListServer:
    """A Kutim list endpoint with a configurable page size policy."""

    def __init__(
        self,
        items: list[dict[str, Any]],
        *,
        cap: int | None = None,
        refuse_over: int | None = None,
        pages_at_asked_size: bool = False,
    ) -> None:
        self.items = items
        self.cap = cap
        self.refuse_over = refuse_over
        self.pages_at_asked_size = pages_at_asked_size
        self.limits: list[int] = []
        self.statuses: list[int] = []
        self.runner: web.AppRunner | None = None

    async def handler(self, request: web.Request) -> web.Response:
        page = int(request.query["page"])
        asked = int(request.query["limit"])
        self.limits.append(asked)
        if self.refuse_over is not None and asked > self.refuse_over:
            self.statuses.append(422)
            return web.json_response({"message": "limit too large"}, status=422)
        size = min(asked, self.cap) if self.cap else asked
        pages = -(-len(self.items) // (asked if self.pages_at_asked_size else size))
        body = json.dumps(
            {
                "data": self.items[(page - 1) * size : page * size],
                "meta": {"page": page, "total": len(self.items), "last_page": pages},
            }
        )
        etag = f'"{hash(body) & 0xFFFFFFFF:x}"'
        if request.headers.get("If-None-Match") == etag:
            self.statuses.append(304)
            return web.Response(status=304, headers={"ETag": etag})
        self.statuses.append(200)
        return web.Response(text=body, content_type="application/json", headers={"ETag": etag})

    async def start(self) -> str:
        app = web.Application()
        app.router.add_get("/api/cctv/public", self.handler)
        self.runner = web.AppRunner(app)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        return f"http://127.0.0.1:{self.runner.addresses[0][1]}"


@pytest.fixture
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as sess:
        yield sess


@pytest.fixture
async def servers() -> AsyncIterator[list[ListServer]]:
    started: list[ListServer] = []
    yield started
    for server in started:
        if server.runner is not None:
            await server.runner.cleanup()


async def client_for(
    servers: list[ListServer], server: ListServer, session: aiohttp.ClientSession
) -> PortalClient:
    servers.append(server)
    url = await server.start()
    return PortalClient(session, PortalSettings(profile=Profile.KUTIM, url=url, hls_url=url))


async def test_whole_list_in_one_page_and_one_unchanged_request(
    servers: list[ListServer], session: aiohttp.ClientSession
) -> None:
    """A server that allows large pages is read, and polled unchanged, with one request."""
    server = ListServer([item(n) for n in range(1, 1002)])
    client = await client_for(servers, server, session)
    first = await client.async_get_cameras(conditional=True)
    assert isinstance(first, CameraList)
    assert len(first.cameras) == 1001
    assert server.limits == [LARGE_PAGE_LIMIT]
    again = await client.async_get_cameras(conditional=True)
    assert isinstance(again, NotModified)
    assert server.statuses == [200, 304]


@pytest.mark.parametrize("pages_at_asked_size", [False, True])
async def test_capped_server_is_paged_at_its_own_size(
    servers: list[ListServer], session: aiohttp.ClientSession, pages_at_asked_size: bool
) -> None:
    """A server capping the page size is paged at the size it used, whatever it counts."""
    server = ListServer(
        [item(n) for n in range(1, 12)], cap=4, pages_at_asked_size=pages_at_asked_size
    )
    client = await client_for(servers, server, session)
    result = await client.async_get_cameras(conditional=True)
    assert isinstance(result, CameraList)
    assert [c.id for c in result.cameras] == [str(n) for n in range(1, 12)]
    assert server.limits == [LARGE_PAGE_LIMIT, 4, 4]
    again = await client.async_get_cameras(conditional=True)
    assert isinstance(again, NotModified)
    assert server.limits[3:] == [LARGE_PAGE_LIMIT, 4, 4]


async def test_refused_page_size_falls_back_for_good(
    servers: list[ListServer], session: aiohttp.ClientSession
) -> None:
    """A server refusing large pages costs one refused request, then pages at the default."""
    server = ListServer([item(n) for n in range(1, 151)], refuse_over=100)
    client = await client_for(servers, server, session)
    result = await client.async_get_cameras(conditional=True)
    assert isinstance(result, CameraList)
    assert len(result.cameras) == 150
    assert server.limits == [LARGE_PAGE_LIMIT, 100, 100]
    again = await client.async_get_cameras(conditional=True)
    assert isinstance(again, NotModified)
    assert server.limits[3:] == [100, 100]


async def test_error_at_every_size_is_raised_and_large_pages_kept(
    servers: list[ListServer], session: aiohttp.ClientSession
) -> None:
    """When small pages fail as well, the error is the portal's and the size is not blamed."""
    server = ListServer([item(1)], refuse_over=0)
    client = await client_for(servers, server, session)
    with pytest.raises(PortalHTTPError) as err:
        await client.async_get_cameras()
    assert err.value.status == 422
    assert server.limits == [LARGE_PAGE_LIMIT, 100]
    with pytest.raises(PortalHTTPError):
        await client.async_get_cameras()
    assert server.limits[2:] == [LARGE_PAGE_LIMIT, 100]


async def test_hls_still_reads_the_manifest_once(session: aiohttp.ClientSession) -> None:
    """The manifest fetched to see the woken stream is up is the one the still grab reads."""
    portal = FakePortal(demo_cameras())
    await portal.start()
    try:
        client = PortalClient(session, PortalSettings(url=portal.url, hls_url=portal.url))
        result = await client.async_get_cameras()
        assert isinstance(result, CameraList)
        camera = next(c for c in result.cameras if c.id == "101")
        portal.counters.reset()
        await async_grab_still(client, camera)
        assert portal.counters.requests["master"] == 1
        assert portal.counters.requests["segment"] == 1
        # Later reads of the manifest go to the portal again.
        url = await client.async_stream_url(camera, wait_ready=False)
        await client.async_fetch(url, max_bytes=64 * 1024)
        assert portal.counters.requests["master"] == 2
    finally:
        await portal.stop()
