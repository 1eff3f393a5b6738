"""The fake portal's control API for scripts that run it as a process."""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
import pytest

from fake_portal import FakePortal
from fake_portal.control import add_control_routes
from fake_portal.data import demo_cameras

from .conftest import FakeClock


@pytest.fixture
async def portal(socket_enabled: None, clock: FakeClock) -> AsyncIterator[FakePortal]:
    """Run the demo portal with the control routes on 127.0.0.1."""
    fake = FakePortal(demo_cameras(), clock=clock)
    add_control_routes(fake)
    await fake.start()
    yield fake
    await fake.stop()


async def test_state_counts_wake_up_calls_per_camera(portal: FakePortal) -> None:
    """Start calls are counted per camera path; control requests are not counted at all."""
    async with aiohttp.ClientSession() as session:
        for _ in range(2):
            async with session.post(f"{portal.url}/api/stream/polder-im-1/start") as resp:
                assert resp.status == 200
        async with session.post(f"{portal.url}/api/stream/bp-gerbang/start") as resp:
            assert resp.status == 200
        for _ in range(3):
            async with session.get(f"{portal.url}/_fake/state") as resp:
                state = await resp.json()
    assert state["requests"]["start"] == 3
    assert state["requests"]["/api/stream/polder-im-1/start"] == 2
    assert state["requests"]["/api/stream/bp-gerbang/start"] == 1
    assert state["total_requests"] == 3
    assert "other" not in state["requests"]
    assert not any(path.startswith("/_fake") for path in state["requests"])
    assert state["started"] == ["bp-gerbang", "polder-im-1"]
    assert [camera["key"] for camera in state["cameras"]] == [
        camera.stream_key for camera in demo_cameras()
    ]
    offline = [camera["key"] for camera in state["cameras"] if not camera["online"]]
    assert offline == [camera.stream_key for camera in demo_cameras() if not camera.online]
    assert state["faults"]["segment_404"] is False


async def test_drop_makes_the_stream_answer_404_until_the_next_start(portal: FakePortal) -> None:
    """Dropping one stream (or all) forgets it as the portal does after idle time."""
    playlist = f"{portal.url}/hls/polder-im-1/index.m3u8"
    async with aiohttp.ClientSession() as session:
        for key in ("polder-im-1", "bp-gerbang"):
            async with session.post(f"{portal.url}/api/stream/{key}/start"):
                pass
        async with session.get(playlist) as resp:
            assert resp.status == 200
        async with session.post(f"{portal.url}/_fake/drop", params={"key": "polder-im-1"}) as resp:
            assert (await resp.json())["dropped"] == ["polder-im-1"]
        async with session.get(playlist) as resp:
            assert resp.status == 404
        assert list(portal.started) == ["bp-gerbang"]
        async with session.post(f"{portal.url}/api/stream/polder-im-1/start"):
            pass
        async with session.get(playlist) as resp:
            assert resp.status == 200
        async with session.post(f"{portal.url}/_fake/drop") as resp:
            assert (await resp.json())["dropped"] == ["bp-gerbang", "polder-im-1"]
        async with session.post(f"{portal.url}/_fake/drop", params={"key": "nope"}) as resp:
            assert (await resp.json())["dropped"] == []
    assert portal.started == {}
    assert portal.streams_dropped == 3


async def test_faults_are_set_and_reset(portal: FakePortal) -> None:
    """Known fault switches are set from JSON; unknown names and non-objects are refused."""
    async with aiohttp.ClientSession() as session:
        async with session.post(
            f"{portal.url}/_fake/faults", json={"segment_404": True, "start_status": 503}
        ) as resp:
            assert resp.status == 200
        assert portal.faults.segment_404 is True
        assert portal.faults.start_status == 503
        async with session.post(f"{portal.url}/api/stream/polder-im-1/start") as resp:
            assert resp.status == 503
        async with session.post(f"{portal.url}/_fake/faults", json={"nonsense": 1}) as resp:
            assert resp.status == 400
        async with session.post(f"{portal.url}/_fake/faults", json=[1]) as resp:
            assert resp.status == 400
        async with session.post(f"{portal.url}/_fake/faults", data=b"{") as resp:
            assert resp.status == 400
        async with session.post(f"{portal.url}/_fake/faults", json={"reset": True}) as resp:
            assert (await resp.json())["start_status"] is None
    assert portal.faults.segment_404 is False
    assert portal.faults.start_status is None


async def test_without_control_routes_nothing_is_exposed(
    socket_enabled: None, clock: FakeClock
) -> None:
    """A portal started without the control routes answers 404 there."""
    fake = FakePortal(demo_cameras(), clock=clock)
    await fake.start()
    try:
        async with (
            aiohttp.ClientSession() as session,
            session.get(f"{fake.url}/_fake/state") as resp,
        ):
            assert resp.status == 404
    finally:
        await fake.stop()
