"""The refresh action: take new pictures of chosen cameras, or of every camera of a portal."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any, Final, cast

from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import ATTR_ENTITY_ID
from homeassistant.core import (
    HomeAssistant,
    ServiceCall,
    ServiceResponse,
    SupportsResponse,
    callback,
)
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.helpers import config_validation as cv, entity_registry as er
import voluptuous as vol

from .const import DOMAIN
from .coordinator import UPDATE_FAILED_REASONS, selected_camera_ids
from .data import KutimConfigEntry
from .identity import camera_id_of, camera_key
from .portal import Camera

if TYPE_CHECKING:
    from homeassistant.util.json import JsonValueType

SERVICE_REFRESH: Final = "refresh"
ATTR_CONFIG_ENTRY_ID: Final = "config_entry_id"
RESULT_REFRESHED: Final = "refreshed"
RESULT_SKIPPED: Final = "skipped_offline"
RESULT_FAILED: Final = "failed"
# Portal error classes with a translated refresh error of their own: those of a failed
# update, and a camera with no stream.
REFRESH_REASONS: Final = UPDATE_FAILED_REASONS | {"no_stream"}

REFRESH_SCHEMA: Final = vol.Schema(
    {
        vol.Optional(ATTR_ENTITY_ID): cv.entity_ids,
        vol.Optional(ATTR_CONFIG_ENTRY_ID): cv.string,
    }
)


@callback
def async_setup_services(hass: HomeAssistant) -> None:
    """Register the integration's actions."""
    hass.services.async_register(
        DOMAIN,
        SERVICE_REFRESH,
        _async_refresh,
        schema=REFRESH_SCHEMA,
        supports_response=SupportsResponse.OPTIONAL,
    )


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


def _entry_cameras(entry: KutimConfigEntry) -> tuple[list[Camera], list[Camera]]:
    """Return the selected cameras of an entry to refresh, and those known to be offline."""
    cameras = entry.runtime_data.coordinator.data.cameras
    monitor = entry.runtime_data.monitor
    wanted: list[Camera] = []
    offline: list[Camera] = []
    for camera_id in sorted(selected_camera_ids(entry, cameras) & set(cameras)):
        camera = cameras[camera_id]
        # The portal's own status, or our connectivity checks when it publishes none.
        (offline if monitor.connectivity(camera) is False else wanted).append(camera)
    return wanted, offline


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


def _camera_entity_id(hass: HomeAssistant, entry: KutimConfigEntry, camera: Camera) -> str | None:
    """Return the entity id of a portal camera, None when it has no camera entity."""
    return er.async_get(hass).async_get_entity_id("camera", DOMAIN, camera_key(entry, camera.id))


def _result(
    hass: HomeAssistant, entry: KutimConfigEntry, camera: Camera, outcome: str
) -> dict[str, Any]:
    """Return the response of the action about one camera."""
    result: dict[str, Any] = {
        "entity_id": _camera_entity_id(hass, entry, camera),
        "name": camera.name,
        "result": outcome,
    }
    if outcome == RESULT_FAILED:
        failure = entry.runtime_data.snapshots.last_failures.get(camera.id)
        result["error"] = failure.reason if failure is not None else "unknown"
        if failure is not None and failure.status is not None:
            result["status"] = failure.status
    return result


def _refresh_error(failed: list[tuple[KutimConfigEntry, Camera]]) -> HomeAssistantError:
    """Return the translated error about named cameras that gave no picture."""
    first_entry, first = failed[0]
    failure = first_entry.runtime_data.snapshots.last_failures.get(first.id)
    reason = failure.reason if failure is not None else "unknown"
    key = f"refresh_{reason}" if reason in REFRESH_REASONS else "refresh_failed"
    placeholders = {"cameras": ", ".join(sorted(camera.name for _, camera in failed))}
    if key == "refresh_http_error":
        placeholders["status"] = str(failure.status if failure is not None else "")
    return HomeAssistantError(
        translation_domain=DOMAIN, translation_key=key, translation_placeholders=placeholders
    )


async def _async_refresh(call: ServiceCall) -> ServiceResponse:
    """Take a new picture of every camera the action names, all at once.

    A portal's cameras known to be offline are skipped and every camera's outcome is
    reported: one dead camera must not stop an automation. Only a camera named on its
    own that gives no picture is an error.
    """
    hass = call.hass
    results: list[dict[str, Any]] = []
    portal: list[tuple[KutimConfigEntry, Camera]] = []
    skipped: list[tuple[KutimConfigEntry, Camera]] = []
    if entry_id := call.data.get(ATTR_CONFIG_ENTRY_ID):
        entry = _loaded_entry(hass, entry_id)
        wanted, offline = _entry_cameras(entry)
        portal.extend((entry, camera) for camera in wanted)
        skipped.extend((entry, camera) for camera in offline)
    named = [_entity_camera(hass, entity_id) for entity_id in call.data.get(ATTR_ENTITY_ID, [])]
    if not portal and not named and ATTR_CONFIG_ENTRY_ID not in call.data:
        raise ServiceValidationError(translation_domain=DOMAIN, translation_key="no_target")
    # A camera named on its own is asked even when known to be offline, and only once.
    targets: dict[tuple[str, str], tuple[KutimConfigEntry, Camera]] = {}
    for entry, camera in (*portal, *named):
        targets.setdefault((entry.entry_id, camera.id), (entry, camera))
    results.extend(
        _result(hass, entry, camera, RESULT_SKIPPED)
        for entry, camera in skipped
        if (entry.entry_id, camera.id) not in targets
    )
    images = await asyncio.gather(
        *(entry.runtime_data.snapshots.async_refresh(camera) for entry, camera in targets.values())
    )
    named_keys = {(entry.entry_id, camera.id) for entry, camera in named}
    failed_named: list[tuple[KutimConfigEntry, Camera]] = []
    for (key, (entry, camera)), image in zip(targets.items(), images, strict=True):
        results.append(
            _result(hass, entry, camera, RESULT_FAILED if image is None else RESULT_REFRESHED)
        )
        if image is None and key in named_keys:
            failed_named.append((entry, camera))
    if failed_named:
        raise _refresh_error(failed_named)
    if not call.return_response:
        return None
    results.sort(key=lambda result: (result["name"].casefold(), str(result["entity_id"])))
    return {"cameras": cast("list[JsonValueType]", results)}
