"""Diagnostics keep hosts but never secrets."""

from __future__ import annotations

import json

from homeassistant.core import HomeAssistant
from homeassistant.helpers import device_registry as dr
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.kutim_cctv.const import CONF_HEADERS, CONFIG_VERSION, DOMAIN
from custom_components.kutim_cctv.diagnostics import (
    async_get_config_entry_diagnostics,
    async_get_device_diagnostics,
)
from fake_portal import FakePortal

from .conftest import entry_options
from .test_init import setup_entry


async def test_entry_and_device_diagnostics_redact_secrets(
    hass: HomeAssistant, fake_portal: FakePortal
) -> None:
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="Kutai Timur CCTV",
        version=CONFIG_VERSION,
        data={
            "profile": "kutim",
            "url": fake_portal.url.replace("http://", "http://guest:hunter2@"),
            "hls_url": fake_portal.url + "/?token=s3cr3t",
            CONF_HEADERS: {"Cookie": "portal_session=abcdef", "Referer": "https://x.example/"},
            "verify_ssl": True,
            "allow_local": False,
        },
        options=entry_options(),
    )
    await setup_entry(hass, entry)
    diag = await async_get_config_entry_diagnostics(hass, entry)
    text = json.dumps(diag)
    for secret in ("hunter2", "guest:", "s3cr3t", "abcdef", "x.example"):
        assert secret not in text
    assert "127.0.0.1" in text  # hosts are kept
    assert diag["portal"]["cameras_listed"] == 7
    assert diag["portal"]["format"] == "kutim"
    source = await entry.runtime_data.live.stream_source(
        entry.runtime_data.coordinator.data.cameras["101"]
    )
    assert source is not None
    token = source.rsplit("auth=", 1)[1]
    assert token not in text
    assert diag["live"]["active"] is True
    assert diag["live"]["references"] == 0
    assert diag["entry"]["data"][CONF_HEADERS] == {
        "Cookie": "**REDACTED**",
        "Referer": "**REDACTED**",
    }

    device = dr.async_get(hass).async_get_device(identifiers={(DOMAIN, f"{entry.entry_id}:101")})
    assert device is not None
    device_diag = await async_get_device_diagnostics(hass, entry, device)
    assert device_diag["camera_id"] == "101"
    assert device_diag["listed"] is True
    assert device_diag["camera"]["stream_key"] == "simpang-yossudarso-1"
    assert device_diag["image"] is None
