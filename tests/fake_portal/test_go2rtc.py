"""The go2rtc stand-in answers Home Assistant's go2rtc client the way go2rtc does."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import aiohttp
from go2rtc_client import Go2RtcRestClient
from go2rtc_client.ws import Go2RtcWsClient, WebRTCOffer, WsError
from homeassistant.components.camera.webrtc import DATA_WEBRTC_PROVIDERS
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir
from homeassistant.setup import async_setup_component
import pytest

from fake_portal.go2rtc import NO_WEBRTC, VERSION, FakeGo2rtc, main


@pytest.fixture
async def server(socket_enabled: None) -> AsyncIterator[FakeGo2rtc]:
    """Run the stand-in on 127.0.0.1."""
    go2rtc = FakeGo2rtc()
    await go2rtc.start()
    yield go2rtc
    await go2rtc.stop()


async def test_home_assistant_client_accepts_the_version(server: FakeGo2rtc) -> None:
    """The version check Home Assistant runs before registering its WebRTC provider passes."""
    async with aiohttp.ClientSession() as session:
        client = Go2RtcRestClient(session, server.url)
        version = await client.validate_server_version()
    assert str(version) == VERSION
    assert server.state.requests["info"] == 1


async def test_streams_registered_are_recorded_and_listed(server: FakeGo2rtc) -> None:
    """PUT /api/streams keeps every source in order; GET lists them as producers."""
    sources = ["http://127.0.0.1:8123/api/kutim/abc/index.m3u8", "ffmpeg:camera.x#audio=opus"]
    async with aiohttp.ClientSession() as session:
        client = Go2RtcRestClient(session, server.url)
        await client.streams.add("camera.x", sources)
        await client.streams.add("camera.y", "rtsp://127.0.0.1:8554/y")
        listed = await client.streams.list()
    assert [producer.url for producer in listed["camera.x"].producers] == sources
    assert [producer.url for producer in listed["camera.y"].producers] == [
        "rtsp://127.0.0.1:8554/y"
    ]
    assert [(item.name, item.sources) for item in server.state.registrations] == [
        ("camera.x", sources),
        ("camera.y", ["rtsp://127.0.0.1:8554/y"]),
    ]


async def test_replacing_and_deleting_a_stream(server: FakeGo2rtc) -> None:
    """A second PUT replaces the sources (and is recorded too); DELETE forgets the stream."""
    async with aiohttp.ClientSession() as session:
        client = Go2RtcRestClient(session, server.url)
        await client.streams.add("camera.x", ["http://127.0.0.1:1/a"])
        await client.streams.add("camera.x", ["http://127.0.0.1:1/b"])
        assert [p.url for p in (await client.streams.list())["camera.x"].producers] == [
            "http://127.0.0.1:1/b"
        ]
        async with session.delete(f"{server.url}/api/streams", params={"src": "camera.x"}) as resp:
            assert resp.status == 200
        assert await client.streams.list() == {}
    assert len(server.state.registrations) == 2


async def test_put_without_source_is_refused(server: FakeGo2rtc) -> None:
    """A registration without a source is a client error and is not recorded."""
    async with (
        aiohttp.ClientSession() as session,
        session.put(f"{server.url}/api/streams", params={"name": "camera.x"}) as resp,
    ):
        assert resp.status == 400
    assert server.state.registrations == []
    assert server.state.streams == {}


async def test_webrtc_offer_is_answered_with_an_error(server: FakeGo2rtc) -> None:
    """Home Assistant's websocket client gets an error message, so players fall back to HLS."""
    received: list[Any] = []
    async with aiohttp.ClientSession() as session:
        ws_client = Go2RtcWsClient(session, server.url, source="camera.x")
        ws_client.subscribe(received.append)
        await ws_client.send(WebRTCOffer("v=0\r\n", []))
        for _ in range(100):
            if received:
                break
            await _sleep()
        await ws_client.close()
    assert len(received) == 1
    assert isinstance(received[0], WsError)
    assert received[0].error == NO_WEBRTC
    assert [offer.stream for offer in server.state.offers] == ["camera.x"]


async def test_state_endpoint_reports_everything(server: FakeGo2rtc) -> None:
    """GET /_fake/state shows registrations and request counts as JSON."""
    async with aiohttp.ClientSession() as session:
        client = Go2RtcRestClient(session, server.url)
        await client.validate_server_version()
        await client.streams.add("camera.x", ["http://127.0.0.1:1/a"])
        async with session.get(f"{server.url}/_fake/state") as resp:
            state = await resp.json()
    assert state["version"] == VERSION
    assert state["streams"] == {"camera.x": ["http://127.0.0.1:1/a"]}
    assert [item["sources"] for item in state["registrations"]] == [["http://127.0.0.1:1/a"]]
    assert state["requests"]["info"] == 1
    assert state["requests"]["streams.add"] == 1


async def test_schemes_preload_and_frame(server: FakeGo2rtc) -> None:
    """The endpoints newer clients call answer like go2rtc (no pictures, nothing preloaded)."""
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{server.url}/api/schemes") as resp:
            schemes = await resp.json()
        async with session.get(f"{server.url}/api/preload") as resp:
            preloads = await resp.json()
        async with session.get(f"{server.url}/api/frame.jpeg", params={"src": "x"}) as resp:
            frame_status = resp.status
    assert {"http", "https", "rtsp"} <= set(schemes)
    assert preloads == {}
    assert frame_status == 500


@pytest.mark.parametrize("host", ["0.0.0.0", "192.0.2.1", "example.invalid"])
async def test_refuses_to_listen_beyond_loopback(host: str) -> None:
    """Only loopback addresses are accepted, by the class and by the command line."""
    with pytest.raises(ValueError, match="loopback"):
        await FakeGo2rtc().start(host)
    with pytest.raises(SystemExit):
        main(["--host", host])


async def _sleep() -> None:
    import asyncio

    await asyncio.sleep(0.02)


async def test_home_assistant_go2rtc_registers_its_provider(
    hass: HomeAssistant, server: FakeGo2rtc
) -> None:
    """Home Assistant's own go2rtc integration, pointed at the stand-in, registers WebRTC."""
    assert await async_setup_component(hass, "go2rtc", {"go2rtc": {"url": server.url}})
    await hass.async_block_till_done()
    entries = hass.config_entries.async_entries("go2rtc")
    assert [entry.state for entry in entries] == [ConfigEntryState.LOADED]
    providers = hass.data.get(DATA_WEBRTC_PROVIDERS, set())
    assert [provider.domain for provider in providers] == ["go2rtc"]
    assert server.state.requests["info"] >= 1
    # No version issue: the version reported is at least the recommended one.
    registry = ir.async_get(hass)
    assert registry.async_get_issue("go2rtc", "recommended_version") is None
