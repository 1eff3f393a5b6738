"""Differences between the Home Assistant releases this integration supports."""

from __future__ import annotations

from typing import TYPE_CHECKING

from homeassistant.config_entries import OptionsFlow

if TYPE_CHECKING:
    OptionsFlowBase = OptionsFlow
    OPTIONS_NEED_LISTENER: bool
else:
    try:  # Home Assistant 2025.8 and newer reload the entry after an options change.
        from homeassistant.config_entries import OptionsFlowWithReload as OptionsFlowBase

        OPTIONS_NEED_LISTENER = False
    except ImportError:  # Older releases need an update listener that reloads.
        OptionsFlowBase = OptionsFlow
        OPTIONS_NEED_LISTENER = True

__all__ = ["OPTIONS_NEED_LISTENER", "OptionsFlowBase"]
