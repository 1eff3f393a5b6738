"""Shared set-ups of the portal client tests."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import aiohttp

from custom_components.kutim_cctv.portal import Camera, CameraList, PortalClient, PortalSettings
from fake_portal import FakePortal, many_cameras


@asynccontextmanager
async def cold_portal(
    session: aiohttp.ClientSession, count: int
) -> AsyncIterator[tuple[FakePortal, PortalClient, list[Camera]]]:
    """Serve ``count`` online cameras whose streams wake slowly.

    Yield the portal, a client and the cameras it listed, with the counters reset.
    """
    cameras = [c for c in many_cameras(40) if c.online][:count]
    assert len(cameras) == count
    # Long enough that a batch of wake-ups is still waking when the last of it starts,
    # even on a loaded machine (the peak at once is what the tests check).
    portal = FakePortal(cameras, wake_delay=1.0)
    await portal.start()
    try:
        client = PortalClient(session, PortalSettings(url=portal.url, hls_url=portal.url))
        listed = await client.async_get_cameras()
        assert isinstance(listed, CameraList)
        assert len(listed.cameras) == count
        portal.counters.reset()
        yield portal, client, listed.cameras
    finally:
        await portal.stop()
