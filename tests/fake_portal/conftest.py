"""Fixtures for the fake portal tests: a steppable clock and started portals."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import aiohttp
import pytest

from fake_portal import FakePortal


class FakeClock:
    """A clock that only moves when told to."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


type PortalFactory = Callable[..., Awaitable[FakePortal]]


@pytest.fixture
def clock() -> FakeClock:
    """Return a fake clock starting at 1000 s."""
    return FakeClock()


@pytest.fixture
async def make_portal(socket_enabled: None, clock: FakeClock) -> AsyncIterator[PortalFactory]:
    """Start fake portals on 127.0.0.1 (fake clock unless given) and stop them afterwards."""
    portals: list[FakePortal] = []

    async def factory(*args: Any, **kwargs: Any) -> FakePortal:
        kwargs.setdefault("clock", clock)
        portal = FakePortal(*args, **kwargs)
        await portal.start()
        portals.append(portal)
        return portal

    yield factory
    for portal in portals:
        await portal.stop()


@pytest.fixture
async def portal(make_portal: PortalFactory) -> FakePortal:
    """Return a started portal with the demo cameras and the fake clock."""
    return await make_portal()


@pytest.fixture
async def http(socket_enabled: None) -> AsyncIterator[aiohttp.ClientSession]:
    """Return an aiohttp client session."""
    async with aiohttp.ClientSession() as session:
        yield session
