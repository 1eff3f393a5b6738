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
from custom_components.kutim_cctv.portal.paging import KUTIM_LIST_PATH

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
    streams_status: int = 200
    kutim: object | None = None
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
        if request.path == KUTIM_LIST_PATH and state.kutim is not None:
            return web.json_response(state.kutim)
        if request.path == "/api/streams" and state.streams is not None:
            if state.streams_status != 200:
                return web.Response(status=state.streams_status)
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


async def found_go2rtc(
    portal: Portal, session: aiohttp.ClientSession, clock: FakeClock
) -> PortalClient:
    """Return a client that has found the portal's go2rtc list."""
    portal.streams = GO2RTC
    settings = PortalSettings(profile=Profile.AUTO, url=portal.base, hls_url=portal.base)
    client = PortalClient(session, settings, clock=clock)
    found = await poll(client)
    assert isinstance(found, CameraList)
    assert [c.id for c in found.cameras] == ["gate"]
    return client


@pytest.mark.parametrize(
    "gone",
    [
        # The found API has gone and the address itself now serves the list.
        {"streams": None, "root": LIST},
        # The found API answers something that is no longer a camera list.
        {"streams": {"version": "1.9"}, "root": LIST},
        # The found API's path is refused now and the address itself serves the list.
        {"streams_status": 403, "root": LIST},
    ],
)
async def test_a_found_list_that_has_gone_is_looked_for_again(
    portal: Portal, gone: dict[str, object]
) -> None:
    """A found list answering "not found" (or no list) is forgotten and detection runs again."""
    async with aiohttp.ClientSession() as session:
        client = await found_go2rtc(portal, session, FakeClock())
        for key, value in gone.items():
            setattr(portal, key, value)
        again = await poll(client)
        assert isinstance(again, CameraList), again
        assert [c.id for c in again.cameras] == ["c1"]
        # What is found now is read on the next poll, without asking the old API again.
        before = portal.requests["/api/streams"]
        assert isinstance(await poll(client), CameraList)
        assert portal.requests["/api/streams"] == before


@pytest.mark.parametrize("status", [500, 502, 503, 429])
async def test_a_found_list_failing_for_a_while_is_kept(portal: Portal, status: int) -> None:
    """Server errors do not make Automatic forget what it found or probe anything else."""
    async with aiohttp.ClientSession() as session:
        client = await found_go2rtc(portal, session, FakeClock())
        portal.streams_status = status
        before = dict(portal.requests)
        failed = await poll(client)
        assert isinstance(failed, PortalError)
        asked = {path for path, n in portal.requests.items() if n != before.get(path, 0)}
        assert asked == {"/api/streams"}
        portal.streams_status = 200
        back = await poll(client)
        assert isinstance(back, CameraList)
        assert [c.id for c in back.cameras] == ["gate"]


async def test_a_found_list_gone_with_nothing_else_gives_a_clear_error(portal: Portal) -> None:
    """When nothing is found again, the poll fails with a format error and then waits."""
    clock = FakeClock()
    async with aiohttp.ClientSession() as session:
        client = await found_go2rtc(portal, session, clock)
        portal.streams = None
        failed = await poll(client)
        assert isinstance(failed, PortalFormatError)
        assert failed.tried
        probes = portal.probes
        # Inside the wait, later polls read the address only.
        clock.value += DETECT_RETRY_FIRST / 2
        assert isinstance(await poll(client), PortalFormatError)
        assert portal.probes == probes


async def test_a_found_kutim_list_that_has_gone_is_looked_for_again(portal: Portal) -> None:
    """Kutim's paged list found behind the address is forgotten when it answers 404."""
    portal.kutim = [{"id": 7, "name": "Bundaran Kabo", "lat": 0.5, "lng": 117.5, "streamKey": "k7"}]
    settings = PortalSettings(profile=Profile.AUTO, url=portal.base, hls_url=portal.base)
    async with aiohttp.ClientSession() as session:
        client = PortalClient(session, settings, clock=FakeClock())
        found = await poll(client)
        assert isinstance(found, CameraList)
        assert [c.name for c in found.cameras] == ["Bundaran Kabo"]
        portal.kutim = None
        portal.streams = GO2RTC
        again = await poll(client)
        assert isinstance(again, CameraList), again
        assert [c.id for c in again.cameras] == ["gate"]
