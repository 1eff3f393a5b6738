"""Automatic detection that found nothing is not repeated on every poll (bounded backoff)."""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import aiohttp
from aiohttp import web
import pytest

from custom_components.kutim_cctv.portal import (
    CameraList,
    PortalClient,
    PortalError,
    PortalFormatError,
    PortalSettings,
    Profile,
)
from custom_components.kutim_cctv.portal.detect import DETECT_RETRY_FIRST, DETECT_RETRY_MAX

pytestmark = pytest.mark.usefixtures("socket_enabled")

GO2RTC = {"gate": {"producers": [{"url": "rtsp://u:p@10.0.0.2/1"}], "consumers": None}}
LIST = {"cameras": [{"id": "c1", "name": "Simpang", "stream": "/hls/c1/index.m3u8"}]}


@dataclass
class Portal:
    """A small portal whose answers a test changes between polls."""

    base: str = ""
    root_status: int = 200
    root: object | None = None
    streams: object | None = None
    requests: Counter[str] = field(default_factory=Counter)

    @property
    def probes(self) -> int:
        """Return how many requests went anywhere but the address itself."""
        return sum(n for path, n in self.requests.items() if path != "/")


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.value = 1000.0

    def __call__(self) -> float:
        return self.value


@pytest.fixture
async def portal(unused_tcp_port: int) -> AsyncIterator[Portal]:
    """Serve a Portal on 127.0.0.1."""
    state = Portal(base=f"http://127.0.0.1:{unused_tcp_port}")

    async def handle(request: web.Request) -> web.StreamResponse:
        state.requests[request.path] += 1
        if request.path == "/":
            if state.root_status != 200:
                return web.Response(status=state.root_status)
            if state.root is not None:
                return web.json_response(state.root)
            return web.Response(
                text="<html><body><h1>Selamat datang</h1></body></html>", content_type="text/html"
            )
        if request.path == "/api/streams" and state.streams is not None:
            return web.json_response(state.streams)
        return web.Response(status=404)

    app = web.Application()
    app.router.add_get("/{tail:.*}", handle)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", unused_tcp_port).start()
    try:
        yield state
    finally:
        await runner.cleanup()


async def poll(client: PortalClient) -> CameraList | PortalError:
    """Return the list of one poll, or the error it raised."""
    try:
        result = await client.async_get_cameras()
    except PortalError as err:
        return err
    assert isinstance(result, CameraList)
    return result


@pytest.mark.parametrize("root_status", [200, 404])
async def test_a_miss_is_not_probed_again_until_the_wait_is_over(
    portal: Portal, root_status: int
) -> None:
    """After a miss, polls read the address only; the probes return after a doubling wait."""
    portal.root_status = root_status
    clock = FakeClock()
    settings = PortalSettings(profile=Profile.AUTO, url=portal.base, hls_url=portal.base)
    async with aiohttp.ClientSession() as session:
        client = PortalClient(session, settings, clock=clock)
        first = await poll(client)
        assert isinstance(first, PortalError)
        probes = portal.probes
        assert probes > 0
        assert portal.requests["/"] >= 1
        # The next polls, inside the wait, give the same error without any probe.
        for _ in range(3):
            clock.value += DETECT_RETRY_FIRST / 4
            again = await poll(client)
            assert type(again) is type(first)
            if isinstance(first, PortalFormatError):
                assert isinstance(again, PortalFormatError)
                assert again.tried == first.tried
        assert portal.probes == probes
        assert portal.requests["/"] >= 4  # the address itself is still read every poll
        # After the first wait the probes run once more, then wait twice as long.
        clock.value += DETECT_RETRY_FIRST
        await poll(client)
        assert portal.probes == 2 * probes
        clock.value += DETECT_RETRY_FIRST + 1
        await poll(client)
        assert portal.probes == 2 * probes
        clock.value += DETECT_RETRY_FIRST
        await poll(client)
        assert portal.probes == 3 * probes


async def test_the_wait_is_bounded(portal: Portal) -> None:
    """However many misses, the probes come back within DETECT_RETRY_MAX seconds."""
    clock = FakeClock()
    settings = PortalSettings(profile=Profile.AUTO, url=portal.base, hls_url=portal.base)
    async with aiohttp.ClientSession() as session:
        client = PortalClient(session, settings, clock=clock)
        for _ in range(12):
            await poll(client)
            clock.value += DETECT_RETRY_MAX + 1
        probes = portal.probes
        await poll(client)
        assert portal.probes > probes


async def test_a_changed_portal_is_found_after_the_wait(portal: Portal) -> None:
    """A list API that appears later is found at the next probe, then read directly."""
    clock = FakeClock()
    settings = PortalSettings(profile=Profile.AUTO, url=portal.base, hls_url=portal.base)
    async with aiohttp.ClientSession() as session:
        client = PortalClient(session, settings, clock=clock)
        assert isinstance(await poll(client), PortalError)
        portal.streams = GO2RTC
        assert isinstance(await poll(client), PortalError)  # still inside the wait
        clock.value += DETECT_RETRY_FIRST + 1
        found = await poll(client)
        assert isinstance(found, CameraList)
        assert [c.id for c in found.cameras] == ["gate"]
        # Found: the next miss starts from the first wait again, and polls go straight on.
        before = portal.requests["/api/streams"]
        again = await poll(client)
        assert isinstance(again, CameraList)
        assert portal.requests["/api/streams"] == before + 1


async def test_the_address_itself_is_read_even_while_waiting(portal: Portal) -> None:
    """When the address itself becomes a camera list, the next poll reads it at once."""
    clock = FakeClock()
    settings = PortalSettings(profile=Profile.AUTO, url=portal.base, hls_url=portal.base)
    async with aiohttp.ClientSession() as session:
        client = PortalClient(session, settings, clock=clock)
        assert isinstance(await poll(client), PortalError)
        portal.root = LIST
        found = await poll(client)
    assert isinstance(found, CameraList)
    assert [c.id for c in found.cameras] == ["c1"]


async def test_a_new_client_probes_at_once(portal: Portal) -> None:
    """The wait belongs to one client: setting up again probes straight away."""
    settings = PortalSettings(profile=Profile.AUTO, url=portal.base, hls_url=portal.base)
    async with aiohttp.ClientSession() as session:
        await poll(PortalClient(session, settings, clock=FakeClock()))
        probes = portal.probes
        await poll(PortalClient(session, settings, clock=FakeClock()))
    assert portal.probes == 2 * probes
