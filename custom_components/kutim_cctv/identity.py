"""Who is who: the ids of a portal's devices and entities, and their migration.

A portal has no serial number, and Home Assistant does not accept URLs as ids, so every
id is built from the config entry id: the portal's own device is ``<entry id>``, a camera's
device and camera entity are ``<entry id>:<camera id>`` and the other entities of a camera
add ``:<key>``. Entries of version 1 used the portal's list URL where the entry id is now;
``async_migrate_identity`` rewrites their registry entries in place, so that no entity is
renamed or lost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import device_registry as dr, entity_registry as er

from .const import CONFIG_VERSION, DOMAIN, LOGGER

if TYPE_CHECKING:
    from .data import KutimConfigEntry

SEPARATOR: Final = ":"


def camera_key(entry: KutimConfigEntry, camera_id: str) -> str:
    """Return the unique id of a camera's entity, also the id of its device."""
    return f"{entry.entry_id}{SEPARATOR}{camera_id}"


def entity_key(entry: KutimConfigEntry, camera_id: str, key: str) -> str:
    """Return the unique id of one of a camera's other entities."""
    return f"{camera_key(entry, camera_id)}{SEPARATOR}{key}"


def portal_key(entry: KutimConfigEntry, key: str) -> str:
    """Return the unique id of one of the portal's own entities."""
    return f"{entry.entry_id}{SEPARATOR}{key}"


def device_identifier(entry: KutimConfigEntry, camera_id: str) -> tuple[str, str]:
    """Return the device registry identifier of a camera of this portal."""
    return (DOMAIN, camera_key(entry, camera_id))


def portal_identifier(entry: KutimConfigEntry) -> tuple[str, str]:
    """Return the device registry identifier of the portal's own service device."""
    return (DOMAIN, entry.entry_id)


def camera_id_of(entry: KutimConfigEntry, key: str) -> str | None:
    """Return the camera id of a camera key (entity unique id or device id), else None."""
    prefix = f"{entry.entry_id}{SEPARATOR}"
    if not key.startswith(prefix) or len(key) == len(prefix):
        return None
    return key.removeprefix(prefix)


def device_camera_id(entry: KutimConfigEntry, device: dr.DeviceEntry) -> str | None:
    """Return the camera id a device of this portal stands for (None: the portal's own)."""
    for domain, identifier in device.identifiers:
        if domain == DOMAIN and (camera_id := camera_id_of(entry, identifier)) is not None:
            return camera_id
    return None


def rekeyed(old_prefix: str, new_prefix: str, identifier: str) -> str:
    """Return an id under ``old_prefix`` rewritten under ``new_prefix`` (others are kept)."""
    if identifier == old_prefix:
        return new_prefix
    if identifier.startswith(f"{old_prefix}{SEPARATOR}"):
        return new_prefix + identifier.removeprefix(old_prefix)
    return identifier


@callback
def _migrate_registries(hass: HomeAssistant, entry: KutimConfigEntry, old: str) -> None:
    """Rewrite the unique ids and device identifiers of a version 1 entry."""
    new = entry.entry_id
    ent_reg = er.async_get(hass)
    for registered in er.async_entries_for_config_entry(ent_reg, entry.entry_id):
        unique_id = rekeyed(old, new, registered.unique_id)
        if unique_id != registered.unique_id:
            ent_reg.async_update_entity(registered.entity_id, new_unique_id=unique_id)

    dev_reg = dr.async_get(hass)
    for device in dr.async_entries_for_config_entry(dev_reg, entry.entry_id):
        identifiers = {
            (domain, rekeyed(old, new, identifier) if domain == DOMAIN else identifier)
            for domain, identifier in device.identifiers
        }
        if identifiers != device.identifiers:
            dev_reg.async_update_device(device.id, new_identifiers=identifiers)


async def async_migrate_identity(hass: HomeAssistant, entry: KutimConfigEntry) -> bool:
    """Bring an entry to the current version; False for a version this code cannot read."""
    if entry.version > CONFIG_VERSION:
        LOGGER.error(
            "The settings of %s come from a newer version of this integration", entry.title
        )
        return False
    if entry.version == 1:
        # Version 1 keyed everything on the portal's list URL, kept as the entry's
        # unique id (not updated by reconfigure, so it may name an older address).
        if entry.unique_id:
            _migrate_registries(hass, entry, entry.unique_id)
        hass.config_entries.async_update_entry(
            entry, unique_id=None, version=CONFIG_VERSION, minor_version=1
        )
        LOGGER.debug("Moved the ids of %s to version %d", entry.title, CONFIG_VERSION)
    return True
