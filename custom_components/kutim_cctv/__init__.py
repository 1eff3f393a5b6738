"""The Kutai Timur CCTV integration: public portal cameras as camera entities."""

from __future__ import annotations

from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import Platform
from homeassistant.core import HomeAssistant
from homeassistant.helpers import config_validation as cv, device_registry as dr
from homeassistant.helpers.typing import ConfigType

from .compat import OPTIONS_NEED_LISTENER
from .const import CONF_FRESHNESS, CONF_PRETTIFY, DEFAULT_FRESHNESS, DEFAULT_PRETTIFY, DOMAIN
from .continuity import CameraMemory, MoveLog
from .coordinator import KutimCoordinator, selected_camera_ids
from .data import KutimConfigEntry, KutimRuntimeData
from .entity import async_start_background_adds, async_stop_background_adds
from .identity import async_migrate_identity, device_camera_id, portal_identifier
from .issues import async_delete_issues
from .live import async_register_live_view, async_setup_live
from .monitor import create_monitor
from .services import async_setup_services
from .snapshot import SnapshotService
from .util import create_client

PLATFORMS: list[Platform] = [Platform.BINARY_SENSOR, Platform.CAMERA, Platform.SENSOR]
CONFIG_SCHEMA = cv.config_entry_only_config_schema(DOMAIN)


async def async_setup(hass: HomeAssistant, config: ConfigType) -> bool:
    """Register the integration's actions."""
    async_setup_services(hass)
    async_register_live_view(hass)
    return True


async def async_setup_entry(hass: HomeAssistant, entry: KutimConfigEntry) -> bool:
    """Connect to the portal, read its list, and set up the cameras."""
    client = create_client(
        hass, entry.data, prettify=entry.options.get(CONF_PRETTIFY, DEFAULT_PRETTIFY)
    )
    coordinator = KutimCoordinator(hass, entry, client)
    snapshots = SnapshotService(
        client,
        freshness=float(entry.options.get(CONF_FRESHNESS, DEFAULT_FRESHNESS)),
        start_task=lambda coro, name: entry.async_create_background_task(hass, coro, name),
    )
    monitor = create_monitor(hass, entry, coordinator, snapshots)
    live = async_setup_live(hass, entry, client)
    entry.runtime_data = KutimRuntimeData(client, coordinator, snapshots, monitor, live)
    entry.async_on_unload(snapshots.close)
    await coordinator.async_config_entry_first_refresh()
    entry.async_on_unload(monitor.async_start())
    coordinator.async_update_new_camera_issue()
    entry.async_on_unload(coordinator.async_add_listener(coordinator.async_update_new_camera_issue))
    await hass.config_entries.async_forward_entry_setups(entry, PLATFORMS)
    if OPTIONS_NEED_LISTENER:
        entry.async_on_unload(entry.add_update_listener(_async_reload))
    # The entities of the cameras are added once setup has returned, cameras first.
    async_start_background_adds(hass, entry)
    return True


async def _async_reload(hass: HomeAssistant, entry: KutimConfigEntry) -> None:
    """Apply changed options by reloading the entry."""
    await hass.config_entries.async_reload(entry.entry_id)


async def async_unload_entry(hass: HomeAssistant, entry: KutimConfigEntry) -> bool:
    """Unload the cameras of a portal and withdraw its repair issues."""
    await async_stop_background_adds(entry)
    await entry.runtime_data.coordinator.memory.async_flush()
    unloaded = await hass.config_entries.async_unload_platforms(entry, PLATFORMS)
    if unloaded:
        async_delete_issues(hass, entry)
    return unloaded


async def async_remove_entry(hass: HomeAssistant, entry: KutimConfigEntry) -> None:
    """Remove the repair issues and the remembered cameras of a deleted portal entry."""
    async_delete_issues(hass, entry)
    await CameraMemory.create(hass, entry).async_remove()
    MoveLog.forget(hass, entry)


async def async_migrate_entry(hass: HomeAssistant, entry: KutimConfigEntry) -> bool:
    """Move an entry of an older version to ids that do not depend on the portal URL."""
    return await async_migrate_identity(hass, entry)


async def async_remove_config_entry_device(
    hass: HomeAssistant, entry: KutimConfigEntry, device: dr.DeviceEntry
) -> bool:
    """Allow removing a camera's device unless it would come straight back.

    The portal's own device lives as long as the entry. A selected camera comes back
    while the portal lists it; when the entry is not loaded, whether it is listed is
    unknown, so a selected camera's device is kept.
    """
    if portal_identifier(entry) in device.identifiers:
        return False
    if (camera_id := device_camera_id(entry, device)) is None:
        return True  # not one of this portal's cameras: nothing would bring it back
    if entry.state is not ConfigEntryState.LOADED:
        return camera_id not in selected_camera_ids(entry, {})
    cameras = entry.runtime_data.coordinator.data.cameras
    return not (camera_id in cameras and camera_id in selected_camera_ids(entry, cameras))


__all__ = ["KutimConfigEntry", "KutimCoordinator"]
