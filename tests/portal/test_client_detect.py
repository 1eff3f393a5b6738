"""Automatic format detection behind a base address, against the fake portal over HTTP."""

from __future__ import annotations

import aiohttp
from aiohttp import web
import pytest

from custom_components.kutim_cctv.portal import (
    CameraList,
    PortalClient,
    PortalFormatError,
    PortalSettings,
    Profile,
)
from custom_components.kutim_cctv.portal.client import KUTIM_LIST_PATH
from fake_portal import FakePortal
from fake_portal.data import demo_cameras

pytestmark = pytest.mark.usefixtures("socket_enabled")


def auto(url: str) -> PortalSettings:
    """Return Automatic settings the way the setup form stores them (HLS host = URL)."""
    return PortalSettings(profile=Profile.AUTO, url=url, hls_url=url)


@pytest.mark.parametrize("suffix", ["", "/"])
async def test_auto_finds_the_kutim_list_behind_a_base_url(
    fake_portal: FakePortal, suffix: str
) -> None:
    """A Kutim-style portal's base URL in Automatic gives its cameras, streams and wake-ups."""
    base = fake_portal.url + suffix
    async with aiohttp.ClientSession() as session:
        client = PortalClient(session, auto(base))
        result = await client.async_get_cameras()
        assert isinstance(result, CameraList)
        assert result.format == "kutim"
        expected = {str(c.id) for c in demo_cameras() if c.stream_key}
        assert {c.id for c in result.cameras} >= expected
        camera = next(c for c in result.cameras if c.stream_key)
        assert camera.stream_url == f"{fake_portal.url}/hls/{camera.stream_key}/index.m3u8"
        url = await client.async_stream_url(camera, wait_ready=False)
        assert url == camera.stream_url
        assert camera.stream_key in fake_portal.started  # the wake-up went to the base host
        # A second poll goes straight to the list that was found.
        before = fake_portal.counters.requests.get("landing", 0)
        again = await client.async_get_cameras()
        assert isinstance(again, CameraList)
        assert [c.id for c in again.cameras] == [c.id for c in result.cameras]
        assert fake_portal.counters.requests.get("landing", 0) == before


async def test_auto_reads_the_list_url_itself_first(fake_portal: FakePortal) -> None:
    """A list URL that is a camera list is read as it is, without probing anything else."""
    async with aiohttp.ClientSession() as session:
        client = PortalClient(session, auto(f"{fake_portal.url}/f2/cameras.json"))
        result = await client.async_get_cameras()
    assert isinstance(result, CameraList)
    assert result.format == "json"
    assert fake_portal.counters.requests.get("list", 0) == 0


async def test_auto_says_which_formats_it_tried(unused_tcp_port: int) -> None:
    """When nothing behind the address is a camera list, the error lists what was tried."""

    async def page(request: web.Request) -> web.Response:
        return web.Response(
            text="<html><body><h1>Selamat datang</h1></body></html>", content_type="text/html"
        )

    app = web.Application()
    app.router.add_get("/", page)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", unused_tcp_port)
    await site.start()
    try:
        async with aiohttp.ClientSession() as session:
            client = PortalClient(session, auto(f"http://127.0.0.1:{unused_tcp_port}"))
            with pytest.raises(PortalFormatError) as caught:
                await client.async_get_cameras()
    finally:
        await runner.cleanup()
    tried = caught.value.tried
    assert tried[1] == f"Kutim paged list ({KUTIM_LIST_PATH})"
    assert any(name.startswith("go2rtc") for name in tried)
    assert "Kutim paged list" in str(caught.value)


async def test_auto_finds_an_nvr_list_behind_a_base_url(unused_tcp_port: int) -> None:
    """A go2rtc server's base URL in Automatic gives its streams."""
    requested: list[str] = []

    async def streams(request: web.Request) -> web.Response:
        return web.json_response({"gate": {"producers": [{"url": "rtsp://u:p@10.0.0.2/1"}]}})

    async def anything(request: web.Request) -> web.Response:
        requested.append(request.path)
        return web.Response(status=404)

    app = web.Application()
    app.router.add_get("/api/streams", streams)
    app.router.add_get("/{tail:.*}", anything)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", unused_tcp_port)
    await site.start()
    base = f"http://127.0.0.1:{unused_tcp_port}"
    try:
        async with aiohttp.ClientSession() as session:
            result = await PortalClient(session, auto(base)).async_get_cameras()
    finally:
        await runner.cleanup()
    assert isinstance(result, CameraList)
    assert [(c.id, c.stream_url) for c in result.cameras] == [
        ("gate", f"{base}/api/stream.m3u8?src=gate")
    ]
    assert KUTIM_LIST_PATH in requested  # Kutim's list was tried first
