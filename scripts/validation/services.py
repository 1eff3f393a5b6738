"""services.yaml: schema, selectors, and a description and translation per action.

Selectors and fields are validated with Home Assistant's own selector and service helpers.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import config_validation as cv, selector, service as ha_service
from homeassistant.util.yaml import load_yaml_dict
import voluptuous as vol

from .code import CodeIndex
from .common import Report, lookup


def _exists(value: Any) -> Any:
    """Reject a YAML null."""
    if value is None:
        raise vol.Invalid("value cannot be empty")
    return value


def services_schema() -> vol.Schema:
    """Return the schema of services.yaml, built on Home Assistant's selector validators."""
    common: dict[Any, Any] = {
        vol.Optional("example"): _exists,
        vol.Optional("default"): _exists,
        vol.Optional("required"): bool,
        vol.Optional("advanced"): bool,
        vol.Optional("selector"): selector.validate_selector,
        vol.Optional("name"): str,
        vol.Optional("description"): str,
    }
    targeted_field = {
        **common,
        vol.Optional("filter"): {
            vol.Exclusive("attribute", "field_filter"): {
                vol.Required(str): [vol.All(str, ha_service.validate_attribute_option)]
            },
            vol.Exclusive("supported_features", "field_filter"): [
                vol.All(str, ha_service.validate_supported_feature)
            ],
        },
    }

    def unique_fields(fields: dict[str, Any]) -> dict[str, Any]:
        """Reject a field name used twice (at the top and in a section)."""
        seen: set[str] = set()
        for key, value in fields.items():
            names = list(value["fields"]) if value and "fields" in value else [key]
            for name in names:
                if name in seen:
                    raise vol.Invalid(f"field '{name}' is used twice")
                seen.add(name)
        return fields

    def service(field_schema: dict[Any, Any], *, targeted: bool) -> vol.Schema:
        """Return the schema of one action."""
        section = {
            vol.Optional("collapsed"): bool,
            vol.Optional("name"): str,
            vol.Optional("description"): str,
            vol.Required("fields"): {str: field_schema},
        }
        schema: dict[Any, Any] = {
            vol.Optional("name"): str,
            vol.Optional("description"): str,
            vol.Optional("fields"): vol.All(
                {str: vol.Any(vol.Schema(field_schema), vol.Schema(section))}, unique_fields
            ),
        }
        if targeted:
            schema[vol.Required("target")] = vol.Any(selector.TargetSelector.CONFIG_SCHEMA, None)
        return vol.Schema(schema)

    return vol.Schema(
        {
            cv.slug: vol.Any(
                service(targeted_field, targeted=True), service(common, targeted=False), None
            )
        }
    )


class ServiceChecks(Report):
    """Checks of services.yaml."""

    def check_services(
        self,
        package: Path,
        code: CodeIndex,
        strings: Mapping[str, Any],
        icons: Mapping[str, Any],
    ) -> dict[str, Any]:
        """Check services.yaml against the registered actions, translations and icons."""
        path = package / "services.yaml"
        registered, unresolved = code.registered_services()
        for where in unresolved:
            self.add(path, where, "action name is not a string constant; cannot check it")
        if not path.is_file():
            if registered or unresolved:
                self.add(
                    path, "", f"missing, but the code registers {', '.join(sorted(registered))}"
                )
            for name in strings.get("services", {}):
                self.add(package / "strings.json", f"services.{name}", "action is not registered")
            return {}
        self.checked.append("services.yaml")
        try:
            services: Any = load_yaml_dict(str(path))
        except HomeAssistantError as err:
            self.add(path, "", f"invalid YAML: {err}")
            return {}
        if not self.schema_problems(path, services_schema(), services):
            return {}
        for name in sorted(set(services) - set(registered)):
            self.add(path, name, "described here but never registered in the code")
        for name in sorted(set(registered) - set(services)):
            self.add(path, name, f"registered at {registered[name]} but not described here")
        strings_path = package / "strings.json"
        translated = strings.get("services", {})
        for name, description in services.items():
            text_of = translated.get(name)
            if not isinstance(text_of, dict):
                self.add(
                    strings_path,
                    f"services.{name}",
                    "missing: every action needs a name and description",
                )
                continue
            fields = (description or {}).get("fields", {})
            for field_name, field_info in fields.items():
                if field_info and "fields" in field_info:
                    if lookup(text_of, ["sections", field_name, "name"]) is None:
                        self.add(
                            strings_path, f"services.{name}.sections.{field_name}.name", "missing"
                        )
                    inner = field_info["fields"]
                else:
                    inner = {field_name: field_info}
                for inner_name, inner_info in inner.items():
                    for part in ("name", "description"):
                        if lookup(text_of, ["fields", inner_name, part]) is None:
                            self.add(
                                strings_path,
                                f"services.{name}.fields.{inner_name}.{part}",
                                "missing",
                            )
                    key = lookup(inner_info, ["selector", "select", "translation_key"])
                    if key is not None and lookup(strings, ["selector", key]) is None:
                        self.add(
                            strings_path, f"selector.{key}", f"missing: used by {name}.{inner_name}"
                        )
            all_fields = {
                inner_name
                for field_name, field_info in fields.items()
                for inner_name in (
                    field_info["fields"] if field_info and "fields" in field_info else [field_name]
                )
            }
            for field_name in text_of.get("fields", {}):
                if field_name not in all_fields:
                    self.add(
                        strings_path,
                        f"services.{name}.fields.{field_name}",
                        "no such field in services.yaml",
                    )
            if lookup(icons, ["services", name]) is None:
                self.add(
                    package / "icons.json",
                    f"services.{name}",
                    "missing: every action needs an icon",
                )
        for name in translated:
            if name not in services:
                self.add(strings_path, f"services.{name}", "no such action in services.yaml")
        for name in icons.get("services", {}):
            if name not in services:
                self.add(
                    package / "icons.json", f"services.{name}", "no such action in services.yaml"
                )
        return dict(services)
