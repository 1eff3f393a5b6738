"""The snapshot service's caps against the fake portal: wake-ups and downloads apart (counts)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Coroutine
from typing import Any

import aiohttp
import pytest

from custom_components.kutim_cctv.const import MAX_CONCURRENT_GRABS
from custom_components.kutim_cctv.portal.client import MAX_CONCURRENT_WAKEUPS
from custom_components.kutim_cctv.snapshot import CachedImage, SnapshotService

from .portal.conftest import cold_portal

pytestmark = pytest.mark.usefixtures("socket_enabled")


@pytest.fixture
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as sess:
        yield sess


def start_task(
    coro: Coroutine[Any, Any, CachedImage | None], name: str
) -> asyncio.Task[CachedImage | None]:
    return asyncio.get_running_loop().create_task(coro, name=name)


async def test_cold_dashboard_caps_wake_ups_and_downloads_apart(
    session: aiohttp.ClientSession,
) -> None:
    """Every card of a cold dashboard gets a picture; the portal sees the documented caps.

    Waking streams never holds a download slot: many more streams wake at once than
    downloads are allowed at once.
    """
    async with cold_portal(session, 25) as (portal, client, cameras):
        service = SnapshotService(client, freshness=30.0, start_task=start_task)
        images = await asyncio.gather(*(service.async_image(c) for c in cameras))
        assert all(image is not None and image.source == "hls" for image in images)
        counters = portal.counters
        assert counters.requests["start"] == len(cameras)
        assert counters.requests["segment"] == len(cameras)
        assert counters.peak_waking == MAX_CONCURRENT_WAKEUPS
        assert MAX_CONCURRENT_WAKEUPS > MAX_CONCURRENT_GRABS
        assert 1 <= counters.peak_in_flight["segment"] <= MAX_CONCURRENT_GRABS
        assert counters.peak_in_flight["start"] <= MAX_CONCURRENT_WAKEUPS
        assert service.stats.upstream_grabs == len(cameras)
        service.close()
