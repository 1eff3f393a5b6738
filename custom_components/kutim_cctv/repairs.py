"""Repair flows: add cameras that appeared on the portal, forget cameras that are gone."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from homeassistant import data_entry_flow
from homeassistant.components.repairs import ConfirmRepairFlow, RepairsFlow
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
import voluptuous as vol

from .const import CONF_CAMERAS, CONF_KNOWN_CAMERAS, ISSUE_NEW_CAMERAS
from .data import KutimConfigEntry
from .issues import ISSUE_CAMERAS_GONE, MAX_NAMES, async_update_cameras_gone
from .markdown import markdown_placeholders


def _names(names: Iterable[str]) -> str:
    """Return the first few names in order, and an ellipsis when there are more."""
    ordered = sorted(names)
    return ", ".join(ordered[:MAX_NAMES]) + (", …" if len(ordered) > MAX_NAMES else "")


class _EntryRepairFlow(RepairsFlow):
    """A repair flow of one loaded entry that asks once for confirmation."""

    def __init__(self, entry: KutimConfigEntry) -> None:
        """Remember the entry the issue belongs to."""
        self._entry = entry

    async def async_step_init(
        self, user_input: dict[str, Any] | None = None
    ) -> data_entry_flow.FlowResult:
        """Start with the confirmation step."""
        return await self.async_step_confirm()

    async def async_step_confirm(
        self, user_input: dict[str, Any] | None = None
    ) -> data_entry_flow.FlowResult:
        """Ask the user, then repair."""
        raise NotImplementedError


class NewCamerasRepairFlow(_EntryRepairFlow):
    """Add the cameras the portal lists now to the entry's selection."""

    async def async_step_confirm(
        self, user_input: dict[str, Any] | None = None
    ) -> data_entry_flow.FlowResult:
        """Ask, then add every new camera."""
        entry = self._entry
        data = entry.runtime_data.coordinator.data
        listed = list(data.cameras) if data is not None else []
        known = set(entry.options.get(CONF_KNOWN_CAMERAS, []))
        new = [camera_id for camera_id in listed if camera_id not in known]
        if user_input is not None:
            selected = list(entry.options.get(CONF_CAMERAS, []))
            selected += [camera_id for camera_id in new if camera_id not in selected]
            self.hass.config_entries.async_update_entry(
                entry,
                options={**entry.options, CONF_CAMERAS: selected, CONF_KNOWN_CAMERAS: listed},
            )
            # The camera platform adds entities for the new selection on the next update.
            entry.runtime_data.coordinator.async_update_listeners()
            return self.async_create_entry(data={})
        return self.async_show_form(
            step_id="confirm",
            data_schema=vol.Schema({}),
            description_placeholders=markdown_placeholders(
                {
                    "count": str(len(new)),
                    "portal": entry.title,
                    "names": _names(data.cameras[c].name for c in new) if data else "",
                }
            ),
        )


class GoneCamerasRepairFlow(_EntryRepairFlow):
    """Take cameras the portal no longer lists out of the entry's selection."""

    async def async_step_confirm(
        self, user_input: dict[str, Any] | None = None
    ) -> data_entry_flow.FlowResult:
        """Ask, then deselect the cameras that are still not listed."""
        entry = self._entry
        gone = entry.runtime_data.coordinator.gone_cameras
        if user_input is not None:
            selected = [c for c in entry.options.get(CONF_CAMERAS, []) if c not in gone]
            self.hass.config_entries.async_update_entry(
                entry, options={**entry.options, CONF_CAMERAS: selected}
            )
            async_update_cameras_gone(self.hass, entry, {})
            return self.async_create_entry(data={})
        return self.async_show_form(
            step_id="confirm",
            data_schema=vol.Schema({}),
            description_placeholders=markdown_placeholders(
                {"count": str(len(gone)), "portal": entry.title, "names": _names(gone.values())}
            ),
        )


async def async_create_fix_flow(
    hass: HomeAssistant, issue_id: str, data: dict[str, Any] | None
) -> RepairsFlow:
    """Create the fix flow of a repair issue."""
    entry_id = str((data or {}).get("entry_id", ""))
    entry = hass.config_entries.async_get_entry(entry_id)
    if entry is None or entry.state is not ConfigEntryState.LOADED:
        return ConfirmRepairFlow()
    if issue_id.startswith(ISSUE_NEW_CAMERAS):
        return NewCamerasRepairFlow(entry)
    if issue_id.startswith(ISSUE_CAMERAS_GONE):
        return GoneCamerasRepairFlow(entry)
    return ConfirmRepairFlow()
