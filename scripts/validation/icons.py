"""icons.json: schema and one icon for every translated entity and action."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import voluptuous as vol

from .common import PLATFORMS, Report, lookup
from .values import icon, keyed, translation_key


def icons_schema() -> Callable[[Any], Any]:
    """Return the schema of icons.json for an integration that is not an entity component."""
    states = keyed(icon, key_validator=translation_key)
    sections = {str: {vol.Optional("section"): {str: icon}}}
    flow_icons = {vol.Optional("step"): sections}

    def differs_from_default(value: dict[str, Any]) -> dict[str, Any]:
        """Reject state icons equal to their default: they can simply be left out."""
        for platform, keys in value.items():
            for key, info in keys.items():
                for state, state_icon in info.get("state", {}).items():
                    if state_icon == info.get("default"):
                        raise vol.Invalid(
                            f"icon of state '{state}' equals the default icon",
                            path=[platform, key, "state", state],
                        )
        return value

    entity = vol.All(
        keyed(
            keyed(
                {
                    vol.Optional("default"): icon,
                    vol.Optional("state"): states,
                    vol.Optional("range"): {str: icon},
                    vol.Optional("state_attributes"): keyed(
                        {vol.Optional("default"): icon, vol.Optional("state"): states},
                        key_validator=translation_key,
                    ),
                },
                key_validator=translation_key,
            ),
            key_validator=vol.In(sorted(PLATFORMS)),
        ),
        differs_from_default,
    )
    return vol.Schema(
        {
            vol.Optional("entity"): entity,
            vol.Optional("services"): keyed(
                {
                    vol.Optional("service"): icon,
                    vol.Optional("sections"): keyed(icon, key_validator=translation_key),
                },
                key_validator=translation_key,
            ),
            vol.Optional("config"): flow_icons,
            vol.Optional("options"): flow_icons,
            vol.Optional("issues"): {str: {vol.Optional("fix_flow"): flow_icons}},
        }
    )


class IconChecks(Report):
    """Checks of icons.json."""

    def check_icons(self, package: Path, strings: Mapping[str, Any]) -> dict[str, Any]:
        """Check icons.json's structure and that its entity keys are translation keys."""
        path = package / "icons.json"
        if path.is_file():
            self.checked.append("icons.json")
        icons = self.read_object(path, None)
        if icons is None:
            return {}
        self.schema_problems(path, icons_schema(), icons)
        entity_strings = strings.get("entity", {})
        for platform, keys in (
            icons.get("entity", {}).items() if isinstance(icons.get("entity"), dict) else []
        ):
            for key in keys if isinstance(keys, dict) else []:
                if lookup(entity_strings, [platform, key]) is None:
                    self.add(
                        path,
                        f"entity.{platform}.{key}",
                        "no such entity translation key in strings.json",
                    )
        return icons
