"""Options flow: which cameras are shown and how they are refreshed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from homeassistant.config_entries import ConfigEntryState, ConfigFlowResult
from homeassistant.data_entry_flow import section
from homeassistant.helpers.selector import (
    BooleanSelector,
    NumberSelector,
    NumberSelectorConfig,
    NumberSelectorMode,
    SelectOptionDict,
)
import voluptuous as vol

from .compat import OptionsFlowBase
from .const import (
    CONF_ACTIVITY,
    CONF_ACTIVITY_HOLD,
    CONF_ACTIVITY_THRESHOLD,
    CONF_ADD_NEW,
    CONF_CAMERAS,
    CONF_EXPOSE_COORDINATES,
    CONF_FRESHNESS,
    CONF_KNOWN_CAMERAS,
    CONF_PRETTIFY,
    CONF_PROBE_INTERVAL,
    CONF_SCAN_INTERVAL,
    DEFAULT_ACTIVITY,
    DEFAULT_ACTIVITY_HOLD,
    DEFAULT_ACTIVITY_THRESHOLD,
    DEFAULT_ADD_NEW,
    DEFAULT_EXPOSE_COORDINATES,
    DEFAULT_FRESHNESS,
    DEFAULT_PRETTIFY,
    DEFAULT_PROBE_INTERVAL,
    DEFAULT_SCAN_INTERVAL,
    LOGGER,
    MAX_ACTIVITY_HOLD,
    MAX_ACTIVITY_THRESHOLD,
    MAX_FRESHNESS,
    MAX_PROBE_INTERVAL,
    MAX_SCAN_INTERVAL,
    MIN_ACTIVITY_HOLD,
    MIN_ACTIVITY_THRESHOLD,
    MIN_FRESHNESS,
    MIN_PROBE_INTERVAL,
    MIN_SCAN_INTERVAL,
)
from .continuity import MoveLog
from .flow_cameras import NoCamerasError, async_fetch_cameras, camera_options, cameras_selector
from .portal import Camera, PortalError

if TYPE_CHECKING:
    from collections.abc import Mapping

    from .data import KutimConfigEntry


def _loaded_cameras(entry: KutimConfigEntry) -> tuple[Camera, ...] | None:
    """Return the camera list a loaded entry already holds, or None."""
    if entry.state is not ConfigEntryState.LOADED:
        return None
    runtime = getattr(entry, "runtime_data", None)
    data = getattr(getattr(runtime, "coordinator", None), "data", None)
    cameras: Mapping[str, Camera] | None = getattr(data, "cameras", None)
    return None if cameras is None else tuple(cameras.values())


def _number(minimum: float, maximum: float, step: float, unit: str) -> NumberSelector:
    """Return a number box selector."""
    return NumberSelector(
        NumberSelectorConfig(
            min=minimum,
            max=maximum,
            step=step,
            unit_of_measurement=unit,
            mode=NumberSelectorMode.BOX,
        )
    )


SECTION_REFRESH: Final = "refresh"
SECTION_ACTIVITY: Final = "activity"
# Which stored option each collapsed section of the options form shows. Options are stored
# flat, as before sections existed, so existing entries keep working.
OPTION_SECTIONS: Final[dict[str, tuple[str, ...]]] = {
    SECTION_REFRESH: (CONF_FRESHNESS, CONF_SCAN_INTERVAL, CONF_PROBE_INTERVAL),
    SECTION_ACTIVITY: (CONF_ACTIVITY_THRESHOLD, CONF_ACTIVITY_HOLD),
}


def _option_values(options: Mapping[str, Any]) -> dict[str, Any]:
    """Return every value of the options form for stored (flat) options, with defaults."""
    return {
        CONF_ADD_NEW: options.get(CONF_ADD_NEW, DEFAULT_ADD_NEW),
        CONF_PRETTIFY: options.get(CONF_PRETTIFY, DEFAULT_PRETTIFY),
        CONF_EXPOSE_COORDINATES: options.get(CONF_EXPOSE_COORDINATES, DEFAULT_EXPOSE_COORDINATES),
        CONF_ACTIVITY: options.get(CONF_ACTIVITY, DEFAULT_ACTIVITY),
        CONF_FRESHNESS: options.get(CONF_FRESHNESS, DEFAULT_FRESHNESS),
        CONF_SCAN_INTERVAL: options.get(CONF_SCAN_INTERVAL, DEFAULT_SCAN_INTERVAL),
        CONF_PROBE_INTERVAL: options.get(CONF_PROBE_INTERVAL, DEFAULT_PROBE_INTERVAL),
        CONF_ACTIVITY_THRESHOLD: options.get(CONF_ACTIVITY_THRESHOLD, DEFAULT_ACTIVITY_THRESHOLD),
        CONF_ACTIVITY_HOLD: options.get(CONF_ACTIVITY_HOLD, DEFAULT_ACTIVITY_HOLD),
    }


def flatten_options(user_input: Mapping[str, Any]) -> dict[str, Any]:
    """Return the options form's input with the fields of its sections at the top level."""
    flat = {key: value for key, value in user_input.items() if key not in OPTION_SECTIONS}
    for name in OPTION_SECTIONS:
        flat.update(user_input.get(name) or {})
    return flat


def _options_schema(
    values: Mapping[str, Any], selected: list[str], choices: list[SelectOptionDict]
) -> vol.Schema:
    """Return the options form: main choices first, fine-tuning in collapsed sections."""
    fields: dict[str, Any] = {
        CONF_ADD_NEW: BooleanSelector(),
        CONF_PRETTIFY: BooleanSelector(),
        CONF_EXPOSE_COORDINATES: BooleanSelector(),
        CONF_ACTIVITY: BooleanSelector(),
        CONF_FRESHNESS: _number(MIN_FRESHNESS, MAX_FRESHNESS, 1, "s"),
        CONF_SCAN_INTERVAL: _number(MIN_SCAN_INTERVAL, MAX_SCAN_INTERVAL, 1, "min"),
        CONF_PROBE_INTERVAL: _number(MIN_PROBE_INTERVAL, MAX_PROBE_INTERVAL, 1, "min"),
        CONF_ACTIVITY_THRESHOLD: _number(MIN_ACTIVITY_THRESHOLD, MAX_ACTIVITY_THRESHOLD, 0.1, "%"),
        CONF_ACTIVITY_HOLD: _number(MIN_ACTIVITY_HOLD, MAX_ACTIVITY_HOLD, 1, "s"),
    }

    def required(key: str) -> vol.Required:
        return vol.Required(key, default=values[key])

    in_sections = {key for keys in OPTION_SECTIONS.values() for key in keys}
    schema: dict[Any, Any] = {
        vol.Required(CONF_CAMERAS, default=selected): cameras_selector(choices),
        **{required(key): field for key, field in fields.items() if key not in in_sections},
    }
    for name, keys in OPTION_SECTIONS.items():
        # A section left out keeps the stored values of its fields.
        schema[vol.Optional(name)] = section(
            vol.Schema({required(key): fields[key] for key in keys}), {"collapsed": True}
        )
    return vol.Schema(schema)


class OptionsFlowHandler(OptionsFlowBase):
    """Change which cameras are shown and how they are refreshed."""

    def __init__(self) -> None:
        """Start without a camera list."""
        self._cameras: tuple[Camera, ...] | None = None
        self._moves_seen = 0

    async def _async_cameras(self) -> tuple[Camera, ...]:
        """Return the current list: the loaded entry's, else fetched from the portal."""
        entry: KutimConfigEntry = self.config_entry
        if (cameras := _loaded_cameras(entry)) is not None:
            return cameras
        try:
            return await async_fetch_cameras(
                self.hass,
                entry.data,
                prettify=bool(entry.options.get(CONF_PRETTIFY, DEFAULT_PRETTIFY)),
            )
        except NoCamerasError:
            return ()

    async def async_step_init(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        """Show the camera choice and the refresh settings."""
        if self._cameras is None:
            self._moves_seen = MoveLog.of(self.hass, self.config_entry).position
            try:
                self._cameras = await self._async_cameras()
            except PortalError as err:
                LOGGER.debug("Cannot read the camera list for the options: %s", err)
                return self.async_abort(reason="cannot_connect")
            except Exception:  # noqa: BLE001 - abort with a reason, never a traceback
                LOGGER.exception("Unexpected error while reading the camera list")
                return self.async_abort(reason="unknown")
        options = self.config_entry.options
        listed = [camera.id for camera in self._cameras]
        selected: list[str] = list(options.get(CONF_CAMERAS, []))
        missing = [camera_id for camera_id in selected if camera_id not in set(listed)]
        values = _option_values(options)
        errors: dict[str, str] = {}
        if user_input is not None:
            values = _option_values({**options, **flatten_options(user_input)})
            selected = list(user_input[CONF_CAMERAS])
            if selected:
                # Cameras that moved to a new id while the form was open keep their place.
                moves = MoveLog.of(self.hass, self.config_entry)
                selected = moves.ids_since(self._moves_seen, selected)
                listed = moves.ids_since(self._moves_seen, listed)
                return self.async_create_entry(
                    data={
                        **options,
                        CONF_CAMERAS: selected,
                        CONF_KNOWN_CAMERAS: listed,
                        CONF_ADD_NEW: bool(values[CONF_ADD_NEW]),
                        CONF_FRESHNESS: int(values[CONF_FRESHNESS]),
                        CONF_SCAN_INTERVAL: int(values[CONF_SCAN_INTERVAL]),
                        CONF_EXPOSE_COORDINATES: bool(values[CONF_EXPOSE_COORDINATES]),
                        CONF_PRETTIFY: bool(values[CONF_PRETTIFY]),
                        CONF_PROBE_INTERVAL: int(values[CONF_PROBE_INTERVAL]),
                        CONF_ACTIVITY: bool(values[CONF_ACTIVITY]),
                        CONF_ACTIVITY_THRESHOLD: float(values[CONF_ACTIVITY_THRESHOLD]),
                        CONF_ACTIVITY_HOLD: int(values[CONF_ACTIVITY_HOLD]),
                    }
                )
            errors["base"] = "no_selection"
        return self.async_show_form(
            step_id="init",
            data_schema=_options_schema(values, selected, camera_options(self._cameras, missing)),
            errors=errors,
            description_placeholders={"total": str(len(listed))},
        )
