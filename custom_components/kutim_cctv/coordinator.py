"""The coordinator that polls a portal's camera list."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import device_registry as dr, issue_registry as ir
from homeassistant.helpers.update_coordinator import DataUpdateCoordinator, UpdateFailed
from homeassistant.util import dt as dt_util

from .const import (
    CONF_ADD_NEW,
    CONF_CAMERAS,
    CONF_KNOWN_CAMERAS,
    CONF_SCAN_INTERVAL,
    DEFAULT_ADD_NEW,
    DEFAULT_SCAN_INTERVAL,
    DOMAIN,
    ISSUE_NEW_CAMERAS,
    LOGGER,
    STALE_POLLS,
)
from .portal import (
    Camera,
    NotModified,
    PortalClient,
    PortalError,
    PortalFormat,
    redact_text,
)

if TYPE_CHECKING:
    from .data import KutimConfigEntry


@dataclass(frozen=True, slots=True, kw_only=True)
class PortalData:
    """The camera list as last read from the portal."""

    cameras: Mapping[str, Camera]
    format: PortalFormat
    skipped: int = 0
    warnings: tuple[str, ...] = ()
    last_success: datetime = field(default_factory=dt_util.utcnow)
    not_modified: bool = False


def device_identifier(entry: KutimConfigEntry, camera_id: str) -> tuple[str, str]:
    """Return the device registry identifier of a camera of this portal."""
    return (DOMAIN, f"{entry.unique_id}:{camera_id}")


def selected_camera_ids(entry: KutimConfigEntry, cameras: Mapping[str, Camera]) -> set[str]:
    """Return the ids the user wants: the selection plus new cameras when allowed."""
    selected = set(entry.options.get(CONF_CAMERAS, []))
    if entry.options.get(CONF_ADD_NEW, DEFAULT_ADD_NEW):
        known = set(entry.options.get(CONF_KNOWN_CAMERAS, []))
        selected |= set(cameras) - known
    return selected


class KutimCoordinator(DataUpdateCoordinator[PortalData]):
    """Poll the camera list, track new and vanished cameras."""

    config_entry: KutimConfigEntry

    def __init__(self, hass: HomeAssistant, entry: KutimConfigEntry, client: PortalClient) -> None:
        """Set up the coordinator for one portal."""
        minutes = int(entry.options.get(CONF_SCAN_INTERVAL, DEFAULT_SCAN_INTERVAL))
        super().__init__(
            hass,
            LOGGER,
            config_entry=entry,
            name=DOMAIN,
            update_interval=timedelta(minutes=minutes),
        )
        self.client = client
        self.missing_polls: dict[str, int] = {}
        self.last_error: str | None = None
        self.polls = 0
        self.not_modified_polls = 0
        self.last_body_bytes = 0

    async def _async_update_data(self) -> PortalData:
        """Fetch the list, conditionally once a list is known."""
        previous = self.data
        try:
            result = await self.client.async_get_cameras(conditional=previous is not None)
        except PortalError as err:
            self.last_error = redact_text(str(err))
            raise UpdateFailed(
                translation_domain=DOMAIN,
                translation_key="update_failed",
                translation_placeholders={"error": self.last_error},
            ) from err
        self.polls += 1
        self.last_error = None
        self.last_body_bytes = result.body_bytes
        if isinstance(result, NotModified):
            self.not_modified_polls += 1
            assert previous is not None
            self._track_missing(previous.cameras)
            return replace(previous, last_success=dt_util.utcnow(), not_modified=True)
        cameras = {camera.id: camera for camera in result.cameras}
        self._track_missing(cameras)
        return PortalData(
            cameras=cameras,
            format=result.format,
            skipped=result.skipped,
            warnings=result.warnings,
        )

    def _track_missing(self, cameras: Mapping[str, Camera]) -> None:
        """Count polls a known camera is absent and remove it after several."""
        entry = self.config_entry
        dev_reg = dr.async_get(self.hass)
        for device in dr.async_entries_for_config_entry(dev_reg, entry.entry_id):
            camera_id = self._camera_id_of(device)
            if camera_id is None:
                continue
            if camera_id in cameras:
                self.missing_polls.pop(camera_id, None)
                continue
            count = self.missing_polls.get(camera_id, 0) + 1
            self.missing_polls[camera_id] = count
            if count >= STALE_POLLS:
                LOGGER.info(
                    "Camera %s is gone from the portal for %d polls; removing it", camera_id, count
                )
                dev_reg.async_remove_device(device.id)
                self.missing_polls.pop(camera_id, None)

    def _camera_id_of(self, device: dr.DeviceEntry) -> str | None:
        """Return the portal camera id a device stands for."""
        prefix = f"{self.config_entry.unique_id}:"
        for domain, identifier in device.identifiers:
            if domain == DOMAIN and identifier.startswith(prefix):
                return identifier.removeprefix(prefix)
        return None

    @callback
    def async_update_new_camera_issue(self) -> None:
        """Offer cameras the user has not seen yet when they are not added automatically."""
        entry = self.config_entry
        issue_id = f"{ISSUE_NEW_CAMERAS}_{entry.entry_id}"
        new: list[Camera] = []
        if self.data is not None and not entry.options.get(CONF_ADD_NEW, DEFAULT_ADD_NEW):
            known = set(entry.options.get(CONF_KNOWN_CAMERAS, []))
            new = [camera for cid, camera in self.data.cameras.items() if cid not in known]
        if not new:
            ir.async_delete_issue(self.hass, DOMAIN, issue_id)
            return
        names = ", ".join(sorted(camera.name for camera in new)[:10])
        ir.async_create_issue(
            self.hass,
            DOMAIN,
            issue_id,
            is_fixable=True,
            is_persistent=False,
            severity=ir.IssueSeverity.WARNING,
            translation_key=ISSUE_NEW_CAMERAS,
            translation_placeholders={
                "portal": entry.title,
                "count": str(len(new)),
                "names": names,
            },
            data={"entry_id": entry.entry_id},
        )
