"""The refresh action: take new pictures of chosen cameras, or of every camera of a portal."""

from __future__ import annotations

import asyncio
from typing import Final

from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import ATTR_ENTITY_ID
from homeassistant.core import HomeAssistant, ServiceCall, callback
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.helpers import config_validation as cv, entity_registry as er
import voluptuous as vol

from .const import DOMAIN
from .coordinator import selected_camera_ids
from .data import KutimConfigEntry
from .identity import camera_id_of
from .portal import Camera

SERVICE_REFRESH: Final = "refresh"
ATTR_CONFIG_ENTRY_ID: Final = "config_entry_id"

REFRESH_SCHEMA: Final = vol.Schema(
    {
        vol.Optional(ATTR_ENTITY_ID): cv.entity_ids,
        vol.Optional(ATTR_CONFIG_ENTRY_ID): cv.string,
    }
)


@callback
def async_setup_services(hass: HomeAssistant) -> None:
    """Register the integration's actions."""
    hass.services.async_register(DOMAIN, SERVICE_REFRESH, _async_refresh, schema=REFRESH_SCHEMA)


def _loaded_entry(hass: HomeAssistant, entry_id: str) -> KutimConfigEntry:
    """Return a loaded portal entry, or raise a translated validation error."""
    entry: KutimConfigEntry | None = hass.config_entries.async_get_entry(entry_id)
    if entry is None or entry.domain != DOMAIN:
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="entry_not_found",
            translation_placeholders={"entry_id": entry_id},
        )
    if entry.state is not ConfigEntryState.LOADED:
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="entry_not_loaded",
            translation_placeholders={"portal": entry.title},
        )
    return entry


def _entry_cameras(entry: KutimConfigEntry) -> list[Camera]:
    """Return the selected cameras of an entry the portal does not call offline."""
    cameras = entry.runtime_data.coordinator.data.cameras
    return [
        cameras[camera_id]
        for camera_id in sorted(selected_camera_ids(entry, cameras) & set(cameras))
        if cameras[camera_id].online is not False
    ]


def _entity_camera(hass: HomeAssistant, entity_id: str) -> tuple[KutimConfigEntry, Camera]:
    """Return the entry and portal camera of a camera entity, or raise a translated error."""
    registered = er.async_get(hass).async_get(entity_id)
    if (
        registered is None
        or registered.platform != DOMAIN
        or registered.domain != "camera"
        or registered.config_entry_id is None
    ):
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="not_a_camera",
            translation_placeholders={"entity_id": entity_id},
        )
    entry = _loaded_entry(hass, registered.config_entry_id)
    camera_id = camera_id_of(entry, registered.unique_id)
    camera = (
        None if camera_id is None else entry.runtime_data.coordinator.data.cameras.get(camera_id)
    )
    if camera is None:
        raise HomeAssistantError(
            translation_domain=DOMAIN,
            translation_key="camera_not_listed",
            translation_placeholders={"entity_id": entity_id},
        )
    return entry, camera


async def _async_refresh(call: ServiceCall) -> None:
    """Take a new picture of every camera the action names, all at once."""
    hass = call.hass
    targets: list[tuple[KutimConfigEntry, Camera]] = []
    if entry_id := call.data.get(ATTR_CONFIG_ENTRY_ID):
        entry = _loaded_entry(hass, entry_id)
        targets.extend((entry, camera) for camera in _entry_cameras(entry))
    targets.extend(
        _entity_camera(hass, entity_id) for entity_id in call.data.get(ATTR_ENTITY_ID, [])
    )
    if not targets and ATTR_CONFIG_ENTRY_ID not in call.data:
        raise ServiceValidationError(translation_domain=DOMAIN, translation_key="no_target")
    images = await asyncio.gather(
        *(entry.runtime_data.snapshots.async_refresh(camera) for entry, camera in targets)
    )
    failed = {
        camera.name: entry.runtime_data.snapshots.last_errors.get(camera.id, "")
        for (entry, camera), image in zip(targets, images, strict=True)
        if image is None
    }
    if failed:
        raise HomeAssistantError(
            translation_domain=DOMAIN,
            translation_key="refresh_failed",
            translation_placeholders={
                "cameras": ", ".join(sorted(failed)),
                "error": "; ".join(sorted({error for error in failed.values() if error})),
            },
        )
