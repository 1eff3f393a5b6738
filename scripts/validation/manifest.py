"""manifest.json: schema, key order, config flow, dependencies, imports and brand images.

Home Assistant's loader reads the manifest (``loader.Manifest`` gives the known keys).
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any, Final, get_type_hints

from homeassistant import loader
from homeassistant.helpers import config_validation as cv
import voluptuous as vol

from .code import CodeIndex
from .common import HA_COMPONENTS, PLATFORMS, Report, _png_size
from .values import (
    _literal_values,
    codeowner,
    component,
    documentation_url,
    https_url,
    requirement,
    version,
)

IOT_CLASSES: Final = (
    "assumed_state",
    "calculated",
    "cloud_polling",
    "cloud_push",
    "local_polling",
    "local_push",
)


MANIFEST_QUALITY_SCALES: Final = (
    "bronze",
    "silver",
    "gold",
    "platinum",
    "custom",
    "no_score",
    "internal",
    "legacy",
)


# Keys of loader.Manifest that the loader sets itself; they never belong in the file.
MANIFEST_RUNTIME_KEYS: Final = frozenset({"is_built_in", "overwrites_built_in"})


# Components any integration may import without declaring them (as hassfest allows).
ALWAYS_ALLOWED_COMPONENTS: Final = PLATFORMS | {
    "alert",
    "automation",
    "conversation",
    "default_config",
    "device_automation",
    "frontend",
    "group",
    "homeassistant",
    "input_boolean",
    "input_button",
    "input_datetime",
    "input_number",
    "input_select",
    "input_text",
    "media_source",
    "mjpeg",
    "onboarding",
    "panel_custom",
    "persistent_notification",
    "person",
    "script",
    "shopping_list",
    "stream",
    "sun",
    "system_health",
    "system_log",
    "timer",
    "webhook",
    "websocket_api",
    "zone",
}


BRAND_IMAGES: Final = {
    "icon.png": (256, 256),
    "icon@2x.png": (512, 512),
    "dark_icon.png": (256, 256),
    "dark_icon@2x.png": (512, 512),
}


def manifest_schema() -> vol.Schema:
    """Return the schema of a custom integration's manifest.json.

    The keys are those of Home Assistant's own ``loader.Manifest``; the value rules are
    hassfest's for custom integrations plus what HACS requires (issue tracker, version).
    """
    hints = get_type_hints(loader.Manifest)
    integration_types = [
        value for value in _literal_values(hints["integration_type"]) if value != "virtual"
    ]
    known: dict[Any, Any] = {
        vol.Required("domain"): cv.slug,
        vol.Required("name"): vol.All(str, vol.Length(min=1)),
        vol.Required("codeowners"): vol.All([codeowner], vol.Length(min=1)),
        vol.Required("documentation"): documentation_url,
        vol.Required("issue_tracker"): https_url,
        vol.Required("iot_class"): vol.In(IOT_CLASSES),
        vol.Required("version"): version,
        vol.Optional("integration_type"): vol.In(integration_types),
        vol.Optional("config_flow"): bool,
        vol.Optional("dependencies"): [component],
        vol.Optional("after_dependencies"): [component],
        vol.Optional("requirements"): [requirement],
        vol.Optional("loggers"): [str],
        vol.Optional("quality_scale"): vol.In(MANIFEST_QUALITY_SCALES),
        vol.Optional("single_config_entry"): bool,
        vol.Optional("import_executor"): bool,
        vol.Optional("disabled"): str,
        vol.Optional("mqtt"): [str],
        vol.Optional("zeroconf"): [vol.Any(str, dict)],
        vol.Optional("ssdp"): [vol.All(dict, vol.Length(min=1))],
        vol.Optional("homekit"): {vol.Optional("models"): [str]},
        vol.Optional("dhcp"): [dict],
        vol.Optional("usb"): [dict],
        vol.Optional("bluetooth"): [dict],
    }
    allowed = set(hints) - MANIFEST_RUNTIME_KEYS
    schema = {key: value for key, value in known.items() if str(key) in allowed}
    # Keys that only a newer Home Assistant knows are accepted with any value.
    named = {str(key) for key in schema}
    schema.update({vol.Optional(key): object for key in allowed - named})
    return vol.Schema(schema)


class ManifestChecks(Report):
    """Checks of manifest.json."""

    def check_manifest(self, package: Path, code: CodeIndex) -> dict[str, Any]:
        """Check manifest.json: keys, order, values, config flow and dependencies."""
        self.checked.append("manifest.json")
        path = package / "manifest.json"
        manifest = self.read_object(path, "missing")
        if manifest is None:
            return {}
        keys = list(manifest)
        expected = ["domain", "name", *sorted(k for k in keys if k not in {"domain", "name"})]
        expected = [k for k in expected if k in manifest]
        if keys != expected:
            self.add(
                path,
                "",
                "keys are not sorted: domain, name, then alphabetical order "
                f"(expected {', '.join(expected)})",
            )
        self.schema_problems(path, manifest_schema(), manifest)
        domain = manifest.get("domain")
        if domain != package.name:
            self.add(path, "domain", f"must match the folder name '{package.name}'")
        elif (HA_COMPONENTS / str(domain)).is_dir():
            self.add(path, "domain", "collides with a Home Assistant core integration")
        has_flow = (package / "config_flow.py").is_file()
        if bool(manifest.get("config_flow")) != has_flow:
            state = "exists" if has_flow else "does not exist"
            self.add(
                path, "config_flow", f"must be {str(has_flow).lower()}: config_flow.py {state}"
            )
        deps = set(manifest.get("dependencies", []))
        after = set(manifest.get("after_dependencies", []))
        for both in sorted(deps & after):
            self.add(path, "dependencies", f"'{both}' is also in after_dependencies")
        self.check_imports(package, code, path, deps | after, str(domain))
        self.check_config_schema(package, code)
        return manifest

    def check_imports(
        self, package: Path, code: CodeIndex, manifest_path: Path, declared: set[str], domain: str
    ) -> None:
        """Check that every imported component is a (after_)dependency, as hassfest does."""
        allowed = ALWAYS_ALLOWED_COMPONENTS | declared | {domain}
        for path, refs in code.referenced_components().items():
            relative = path.relative_to(package)
            owner = relative.stem if len(relative.parts) == 1 else relative.parts[0]
            platform_of_other = (HA_COMPONENTS / owner / "manifest.json").is_file()
            for ref in sorted(refs - allowed):
                # diagnostics.py may import diagnostics, repairs.py repairs, …
                if platform_of_other and owner == ref:
                    continue
                if not platform_of_other and (
                    (package / f"{ref}.py").is_file() or (package / ref).is_dir()
                ):
                    continue
                self.add(
                    manifest_path,
                    "dependencies",
                    f"{relative} imports homeassistant.components.{ref}, which is neither in "
                    "dependencies nor in after_dependencies",
                )

    def check_config_schema(self, package: Path, code: CodeIndex) -> None:
        """Require CONFIG_SCHEMA when the integration defines async_setup (hassfest rule)."""
        if (
            code.function("__init__", "async_setup") is None
            and code.function("__init__", "setup") is None
        ):
            return
        tree = code.modules.get(package / "__init__.py")
        names = {
            target.id
            for stmt in (tree.body if tree else [])
            if isinstance(stmt, ast.Assign)
            for target in stmt.targets
            if isinstance(target, ast.Name)
        }
        if not names & {"CONFIG_SCHEMA", "PLATFORM_SCHEMA", "PLATFORM_SCHEMA_BASE"}:
            self.add(
                package / "__init__.py",
                "CONFIG_SCHEMA",
                "async_setup is defined, so CONFIG_SCHEMA must be too "
                "(cv.config_entry_only_config_schema(DOMAIN) for a UI-only integration)",
            )

    def check_brand(self, package: Path) -> None:
        """Check the optional brand/ folder Home Assistant serves since 2026."""
        folder = package / "brand"
        if not folder.is_dir():
            return
        self.checked.append("brand/")
        if not (folder / "icon.png").is_file():
            self.add(folder, "icon.png", "missing: a brand folder needs at least icon.png")
        for image in sorted(folder.glob("*.png")):
            size = _png_size(image)
            if size is None:
                self.add(image, "", "is not a PNG image")
            elif image.name in BRAND_IMAGES and size != BRAND_IMAGES[image.name]:
                self.add(image, "", f"must be {BRAND_IMAGES[image.name]} pixels, is {size}")
