"""Shared fixtures: the integration, a fake portal on loopback, a config entry."""

from __future__ import annotations

from collections.abc import AsyncIterator, Generator, Iterator, Mapping
from pathlib import Path
import time
from typing import TYPE_CHECKING, Any
from unittest.mock import PropertyMock, patch

from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.syrupy import HomeAssistantSnapshotExtension
from syrupy.assertion import SnapshotAssertion

# Import the integration before the hass fixture starts, so that Home Assistant's
# loader finds it instead of the test package's own custom_components folder.
import custom_components.kutim_cctv  # noqa: F401
from custom_components.kutim_cctv.const import (
    CONF_ADD_NEW,
    CONF_ALLOW_LOCAL,
    CONF_CAMERAS,
    CONF_EXPOSE_COORDINATES,
    CONF_FRESHNESS,
    CONF_HEADERS,
    CONF_HLS_URL,
    CONF_KNOWN_CAMERAS,
    CONF_PRETTIFY,
    CONF_PROFILE,
    CONF_SCAN_INTERVAL,
    CONF_URL,
    CONF_VERIFY_SSL,
    CONFIG_VERSION,
    DEFAULT_FRESHNESS,
    DEFAULT_SCAN_INTERVAL,
    DOMAIN,
)
from fake_portal import FakePortal
from fake_portal.data import demo_cameras

if TYPE_CHECKING:
    from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

    from .harness import Harness, LogWatch
    from .webrtc import FakeWebRTCProvider


@pytest.fixture(autouse=True)
def auto_enable_custom_integrations(enable_custom_integrations: None) -> None:
    """Enable custom integrations in every test."""


@pytest.fixture
async def fake_portal(socket_enabled: None) -> AsyncIterator[FakePortal]:
    """Run the fake Kutim portal with the demo cameras on 127.0.0.1."""
    portal = FakePortal(demo_cameras())
    await portal.start()
    yield portal
    await portal.stop()


def demo_camera_ids() -> list[str]:
    """Return the ids of the fake portal's well-formed demo cameras."""
    return [str(camera.id) for camera in demo_cameras()]


def entry_options(**overrides: Any) -> dict[str, Any]:
    """Return config entry options with every demo camera selected."""
    ids = demo_camera_ids()
    options: dict[str, Any] = {
        CONF_CAMERAS: ids,
        CONF_KNOWN_CAMERAS: ids,
        CONF_ADD_NEW: True,
        CONF_FRESHNESS: DEFAULT_FRESHNESS,
        CONF_SCAN_INTERVAL: DEFAULT_SCAN_INTERVAL,
        CONF_EXPOSE_COORDINATES: True,
        CONF_PRETTIFY: True,
    }
    options.update(overrides)
    return options


@pytest.fixture
def mock_config_entry(fake_portal: FakePortal) -> MockConfigEntry:
    """Return a config entry for the fake portal (Kutim profile)."""
    return kutim_entry(fake_portal)


def entry_for(
    title: str, data: Mapping[str, Any], version: int = CONFIG_VERSION, **options: Any
) -> MockConfigEntry:
    """Return a config entry with these settings and option overrides."""
    return MockConfigEntry(
        domain=DOMAIN,
        title=title,
        version=version,
        data=dict(data),
        options=entry_options(**options),
    )


def kutim_entry(portal: FakePortal, **options: Any) -> MockConfigEntry:
    """Return a Kutim-profile config entry for a fake portal, with option overrides."""
    data = {
        CONF_PROFILE: "kutim",
        CONF_URL: portal.url,
        CONF_HLS_URL: portal.url,
        CONF_HEADERS: {},
        CONF_VERIFY_SSL: True,
        CONF_ALLOW_LOCAL: False,
    }
    return entry_for("Kutai Timur CCTV", data, **options)


def status_entry(portal: FakePortal, **options: Any) -> MockConfigEntry:
    """Return a config entry for the portal's F2 list, which publishes each camera's status."""
    data = {
        CONF_PROFILE: "json",
        CONF_URL: f"{portal.url}/f2/cameras.json",
        CONF_HLS_URL: portal.url,
    }
    return entry_for("F2 portal", data, **options)


@pytest.fixture
async def clocked_portal(socket_enabled: None) -> AsyncIterator[FakePortal]:
    """Run the fake portal on the test's clock, so that moving the clock changes the picture."""
    # Looked up at each call, so that the freezer fixture moves it.
    portal = FakePortal(demo_cameras(), clock=lambda: time.monotonic())  # noqa: PLW0108
    await portal.start()
    yield portal
    await portal.stop()


@pytest.fixture
def entity_registry_enabled_by_default() -> Generator[None]:
    """Create every entity enabled, also those disabled by default."""
    with patch(
        "homeassistant.helpers.entity.Entity.entity_registry_enabled_default",
        return_value=True,
        new_callable=PropertyMock,
    ):
        yield


@pytest.fixture
async def harness(
    hass: HomeAssistant, socket_enabled: None, tmp_path: Path
) -> AsyncIterator[Harness]:
    """Provide the loopback network; the integration builds its client on it."""
    from .harness import running_harness  # it builds on the fixtures of this module

    async with running_harness(tmp_path) as h:
        yield h


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture) -> Iterator[LogWatch]:
    """Watch the log and check at the end that nothing crashed."""
    from .harness import watching_logs  # it builds on the fixtures of this module

    with watching_logs(caplog) as watch:
        yield watch


@pytest.fixture
async def webrtc_provider(hass: HomeAssistant) -> FakeWebRTCProvider:
    """Register a go2rtc-like WebRTC provider before any camera is added."""
    from homeassistant.components.camera import async_register_webrtc_provider
    from homeassistant.setup import async_setup_component

    from .webrtc import FakeWebRTCProvider

    assert await async_setup_component(hass, "camera", {})
    provider = FakeWebRTCProvider(hass)
    async_register_webrtc_provider(hass, provider)
    return provider


@pytest.fixture
async def live_server(
    hass: HomeAssistant, hass_client_no_auth: ClientSessionGenerator, socket_enabled: None
) -> str:
    """Serve Home Assistant's HTTP app on loopback and make it the internal URL."""
    from homeassistant.setup import async_setup_component

    assert await async_setup_component(hass, "http", {})
    # As Home Assistant's own server does: views registered after the start still count.
    hass.http.app._router.freeze = lambda: None  # type: ignore[method-assign]
    client = await hass_client_no_auth()
    base = str(client.make_url("/")).rstrip("/")
    await hass.config.async_update(internal_url=base)
    return base


@pytest.fixture
def snapshot(snapshot: SnapshotAssertion) -> SnapshotAssertion:
    """Return syrupy's snapshot in Home Assistant's format (states, registry entries)."""
    return snapshot.use_extension(HomeAssistantSnapshotExtension)
