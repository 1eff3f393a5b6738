"""Validate the integration and the repository offline, as hassfest and HACS would.

Usage: ``scripts/validate [--root PATH]``. Every problem is printed as
``file: key: message``; the exit status is 1 when there is at least one.

The checks follow what Home Assistant's hassfest verifies for a custom integration
(manifest, dependencies, translations, icons, services, quality scale) and what HACS
checks in a repository (``hacs.json``, one integration, README, manifest keys). Where
Home Assistant ships a validator (config validation, selectors, the YAML loader, the
manifest type, AwesomeVersion) it is used instead of a copy of it.
"""

from __future__ import annotations

import argparse
import ast
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
import json
import logging
from pathlib import Path
import re
import string
import struct
import sys
import tomllib
from typing import Any, Final, Literal, get_args, get_type_hints

from awesomeversion import AwesomeVersion, AwesomeVersionException, AwesomeVersionStrategy
import homeassistant
from homeassistant import loader
from homeassistant.const import Platform
from homeassistant.exceptions import HomeAssistantError
from homeassistant.generated.countries import COUNTRIES
from homeassistant.helpers import config_validation as cv, selector, service as ha_service
from homeassistant.util.yaml import load_yaml_dict
from packaging.requirements import InvalidRequirement, Requirement
import voluptuous as vol

ROOT: Final = Path(__file__).resolve().parent.parent
HA_ROOT: Final = Path(homeassistant.__file__).resolve().parent
HA_COMPONENTS: Final = HA_ROOT / "components"

# The Home Assistant release the test suite runs on is the oldest one we support.
HA_PIN_FILE: Final = "requirements/ha.txt"

PLATFORMS: Final = frozenset(platform.value for platform in Platform)

# The version strategies Home Assistant's loader accepts for a custom integration.
VERSION_STRATEGIES: Final = [
    AwesomeVersionStrategy.CALVER,
    AwesomeVersionStrategy.SEMVER,
    AwesomeVersionStrategy.SIMPLEVER,
    AwesomeVersionStrategy.BUILDVER,
    AwesomeVersionStrategy.PEP440,
]

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
DISCOVERY_KEYS: Final = ("bluetooth", "dhcp", "homekit", "mqtt", "ssdp", "usb", "zeroconf")
DISCOVERY_STEPS: Final = frozenset(f"async_step_{key}" for key in (*DISCOVERY_KEYS, "hassio"))

# Packages Home Assistant provides or pins itself; a custom integration must not pin them.
FORBIDDEN_REQUIREMENTS: Final = frozenset(
    {"aiohttp", "av", "homeassistant", "numpy", "pillow", "probatio", "pyturbojpeg", "voluptuous"}
)

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

HACS_COUNTRY_ERROR: Final = "is not an ISO 3166-1 alpha-2 country code"
BRAND_IMAGES: Final = {
    "icon.png": (256, 256),
    "icon@2x.png": (512, 512),
    "dark_icon.png": (256, 256),
    "dark_icon@2x.png": (512, 512),
}

# Exceptions whose translation_key lives under "exceptions" in strings.json.
TRANSLATED_EXCEPTIONS: Final = frozenset(
    {
        "ConfigEntryAuthFailed",
        "ConfigEntryError",
        "ConfigEntryNotReady",
        "HomeAssistantError",
        "IntegrationError",
        "PlatformNotReady",
        "ServiceNotSupported",
        "ServiceValidationError",
        "UpdateFailed",
    }
)
ISSUE_EXCLUSIVE: Final = (
    "an issue has a description (not fixable) or a fix_flow (fixable), not both"
)
# Platforms whose entities take their icon from the entity component on purpose.
PLATFORMS_WITHOUT_ICON: Final = frozenset({"camera"})

QUALITY_SCALE_RULES: Final[dict[str, tuple[str, ...]]] = {
    "bronze": (
        "action-setup",
        "appropriate-polling",
        "brands",
        "common-modules",
        "config-flow",
        "config-flow-test-coverage",
        "dependency-transparency",
        "docs-actions",
        "docs-conditions",
        "docs-high-level-description",
        "docs-installation-instructions",
        "docs-removal-instructions",
        "docs-triggers",
        "entity-event-setup",
        "entity-unique-id",
        "has-entity-name",
        "runtime-data",
        "test-before-configure",
        "test-before-setup",
        "unique-config-entry",
    ),
    "silver": (
        "action-exceptions",
        "config-entry-unloading",
        "docs-configuration-parameters",
        "docs-installation-parameters",
        "entity-unavailable",
        "integration-owner",
        "log-when-unavailable",
        "parallel-updates",
        "reauthentication-flow",
        "test-coverage",
    ),
    "gold": (
        "devices",
        "diagnostics",
        "discovery",
        "discovery-update-info",
        "docs-data-update",
        "docs-examples",
        "docs-known-limitations",
        "docs-supported-devices",
        "docs-supported-functions",
        "docs-troubleshooting",
        "docs-use-cases",
        "dynamic-devices",
        "entity-category",
        "entity-device-class",
        "entity-disabled-by-default",
        "entity-translations",
        "exception-translations",
        "icon-translations",
        "reconfiguration-flow",
        "repair-issues",
        "stale-devices",
    ),
    "platinum": ("async-dependency", "inject-websession", "strict-typing"),
}
ALL_RULES: Final = tuple(rule for rules in QUALITY_SCALE_RULES.values() for rule in rules)

# Headings of the documentation that cover a docs-* rule (matched case-insensitively).
DOCS_HEADINGS: Final[dict[str, tuple[str, ...]]] = {
    "docs-installation-instructions": ("installation",),
    "docs-removal-instructions": ("removal", "uninstall"),
    "docs-data-update": ("data is updated", "data update"),
    "docs-examples": ("example",),
    "docs-known-limitations": ("limitation",),
    "docs-supported-devices": ("supported",),
    "docs-supported-functions": ("entities", "functions"),
    "docs-troubleshooting": ("troubleshooting",),
    "docs-use-cases": ("use case", "what you get"),
}

RE_REFERENCE: Final = re.compile(r"\[%key:([a-z0-9_:@.-]+)%\]", re.IGNORECASE)
RE_ANY_REFERENCE: Final = re.compile(r"\[%key:")
RE_QUOTED_PLACEHOLDER: Final = re.compile(r"'\{\w+\}'")
RE_URL: Final = re.compile(
    r"((ftp|ftps|scp|http|https|mqtt|mqtts|socket|socks5)://|www\.)"
    r"[a-z0-9]+([-.][a-z0-9]+)*\.[a-z]{2,5}(:\d{1,5})?(/\S*)?",
    re.IGNORECASE,
)
RE_TRANSLATION_KEY: Final = re.compile(r"^[a-z0-9]+(?:[_-][a-z0-9]+)*$")
RE_LANGUAGE_FILE: Final = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*\.json$")
RE_CODEOWNER: Final = re.compile(r"^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$")
RE_COVERAGE_FLOOR: Final = re.compile(r"--cov-fail-under[= ](\d+)")
RE_HEADING: Final = re.compile(r"^#{1,6}\s+(.+?)\s*$", re.MULTILINE)


@dataclass(frozen=True, order=True)
class Problem:
    """One thing that hassfest or HACS would reject, with where it is."""

    file: str
    key: str
    message: str

    def __str__(self) -> str:
        """Format the problem as ``file: key: message``."""
        return (
            f"{self.file}: {self.key}: {self.message}"
            if self.key
            else f"{self.file}: {self.message}"
        )


# ---------------------------------------------------------------------------------------
# Small helpers


def _vol_errors(err: vol.Invalid) -> list[vol.Invalid]:
    """Return the single errors inside a voluptuous error."""
    return list(err.errors) if isinstance(err, vol.MultipleInvalid) else [err]


def _dotted(path: Iterable[Any]) -> str:
    """Return a key path as dotted text."""
    return ".".join(str(part) for part in path)


def flatten(data: Mapping[str, Any], prefix: tuple[str, ...] = ()) -> dict[tuple[str, ...], Any]:
    """Return the leaves of nested mappings keyed by their path."""
    leaves: dict[tuple[str, ...], Any] = {}
    for key, value in data.items():
        path = (*prefix, str(key))
        if isinstance(value, Mapping):
            leaves.update(flatten(value, path))
        else:
            leaves[path] = value
    return leaves


def placeholders(text: str) -> set[str]:
    """Return the placeholder names of a translation; raise ValueError on bad braces."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def lookup(data: Any, path: Iterable[str]) -> Any:
    """Return the value at a key path of nested mappings, or None."""
    for part in path:
        if not isinstance(data, Mapping) or part not in data:
            return None
        data = data[part]
    return data


def _png_size(path: Path) -> tuple[int, int] | None:
    """Return the width and height of a PNG file, or None when it is not a PNG."""
    header = path.read_bytes()[:24]
    if len(header) < 24 or header[:8] != b"\x89PNG\r\n\x1a\n" or header[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", header[16:24])
    return int(width), int(height)


def _read_json(path: Path) -> tuple[Any, str | None]:
    """Return the parsed JSON of a file, or None and the reason it cannot be read."""
    try:
        return json.loads(path.read_text(encoding="utf-8")), None
    except (OSError, UnicodeDecodeError) as err:
        return None, f"cannot be read: {err}"
    except json.JSONDecodeError as err:
        return None, f"is not valid JSON: {err}"


def _heading_match(headings: Iterable[str], words: Iterable[str]) -> bool:
    """Return whether a heading contains one of the words."""
    lowered = [heading.casefold() for heading in headings]
    return any(word in heading for heading in lowered for word in words)


# ---------------------------------------------------------------------------------------
# Value validators used by the schemas (written after hassfest's rules)


def translation_key(value: Any) -> str:
    """Validate a translation key: lowercase words joined by single _ or -."""
    text = cv.string(value)
    if not RE_TRANSLATION_KEY.match(text):
        raise vol.Invalid(
            f"invalid translation key '{text}': use [a-z0-9], words joined by one _ or -"
        )
    return text


def _translation_text(value: Any, *, allow_placeholders: bool) -> str:
    """Validate one translated string the way hassfest does."""
    text = cv.string_with_no_html(value)
    if RE_QUOTED_PLACEHOLDER.search(text):
        raise vol.Invalid("placeholders must not be inside single quotes")
    try:
        names = placeholders(text)
    except ValueError as err:
        raise vol.Invalid(f"unbalanced braces: {err}") from err
    for name in names:
        if not allow_placeholders:
            raise vol.Invalid("placeholders are not allowed in this string")
        if not name.isidentifier():
            raise vol.Invalid(f"placeholder '{{{name}}}' is not a valid identifier")
    if RE_ANY_REFERENCE.search(text) and not RE_REFERENCE.fullmatch(text):
        raise vol.Invalid("a reference must be the whole string, not combined with text")
    if text != text.strip():
        raise vol.Invalid("leading or trailing whitespace")
    if RE_URL.search(text):
        raise vol.Invalid("URLs are not allowed in translations; pass them as placeholders")
    return text


def text(value: Any) -> str:
    """Validate a translated string that may hold placeholders."""
    return _translation_text(value, allow_placeholders=True)


def plain_text(value: Any) -> str:
    """Validate a translated string without placeholders (states, attribute names)."""
    return _translation_text(value, allow_placeholders=False)


def icon(value: Any) -> str:
    """Validate an icon from Material Design Icons."""
    name = cv.icon(cv.string_with_no_html(value))
    if not name.startswith("mdi:"):
        raise vol.Invalid("icons must come from Material Design Icons and start with 'mdi:'")
    return name


def version(value: Any) -> str:
    """Validate a version the way Home Assistant's loader does for custom integrations."""
    raw = cv.string(value)
    try:
        AwesomeVersion(raw, ensure_strategy=VERSION_STRATEGIES)
    except AwesomeVersionException as err:
        raise vol.Invalid(f"'{raw}' is not a valid version") from err
    return raw


def https_url(value: Any) -> str:
    """Validate an https URL."""
    url = cv.url(value)
    if not url.startswith("https://"):
        raise vol.Invalid("must start with https://")
    return url


def documentation_url(value: Any) -> str:
    """Validate a custom integration's documentation URL."""
    url = https_url(value)
    if url.startswith("https://www.home-assistant.io/integrations"):
        raise vol.Invalid("must point to this integration's documentation, not to core's")
    return url


def codeowner(value: Any) -> str:
    """Validate a GitHub handle or team."""
    owner = cv.string(value)
    if not RE_CODEOWNER.match(owner):
        raise vol.Invalid(f"'{owner}' is not a GitHub handle (@user or @org/team)")
    return owner


def component(value: Any) -> str:
    """Validate the domain of a Home Assistant integration."""
    domain = cv.string(value)
    if not (HA_COMPONENTS / domain / "manifest.json").is_file():
        raise vol.Invalid(f"'{domain}' is not a Home Assistant integration")
    return domain


def requirement(value: Any) -> str:
    """Validate a pip requirement: pinned, without spaces, not provided by Home Assistant."""
    raw = cv.string(value)
    if " " in raw:
        raise vol.Invalid(f"requirement '{raw}' contains a space")
    try:
        parsed = Requirement(raw)
    except InvalidRequirement as err:
        raise vol.Invalid(f"'{raw}' is not a valid requirement: {err}") from err
    if parsed.name.lower().replace("_", "-") in FORBIDDEN_REQUIREMENTS:
        raise vol.Invalid(f"'{parsed.name}' is provided by Home Assistant; do not pin it")
    if len(parsed.specifier) != 1 or next(iter(parsed.specifier)).operator != "==":
        raise vol.Invalid(f"requirement '{raw}' must be pinned with ==")
    return raw


def country(value: Any) -> list[str]:
    """Validate the hacs.json country field: a code or a list of codes."""
    codes = [value] if isinstance(value, str) else value
    if not isinstance(codes, list) or not all(isinstance(code, str) for code in codes):
        raise vol.Invalid("must be a country code or a list of country codes")
    for code in codes:
        if code.upper() not in COUNTRIES:
            raise vol.Invalid(f"'{code}' {HACS_COUNTRY_ERROR}")
    return [code.upper() for code in codes]


def _literal_values(annotation: Any) -> tuple[str, ...]:
    """Return the strings of a Literal annotation."""
    return tuple(str(arg) for arg in get_args(annotation))


def keyed(
    value_schema: Any, key_validator: Callable[[Any], Any] = translation_key
) -> Callable[[Any], Any]:
    """Validate a mapping whose keys are free but checked, reporting each bad key by name.

    Like Home Assistant's cv.schema_with_slug_keys, but every error keeps its key path.
    """
    compiled = vol.Schema(value_schema)

    def validate(value: Any) -> Any:
        """Validate every key and every value."""
        if not isinstance(value, dict):
            raise vol.Invalid("expected a dictionary")
        errors: list[vol.Invalid] = []
        for key, item in value.items():
            try:
                key_validator(key)
            except vol.Invalid as err:
                errors.append(vol.Invalid(f"invalid key: {err.msg}", path=[key]))
            try:
                compiled(item)
            except vol.Invalid as err:
                for single in _vol_errors(err):
                    single.prepend([key])
                    errors.append(single)
        if errors:
            raise vol.MultipleInvalid(errors)
        return value

    return validate


# ---------------------------------------------------------------------------------------
# Schemas


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


def _flow_schema() -> Callable[[Any], Any]:
    """Return the schema of a data entry flow (config, options or repair fix flow)."""
    fields = {str: text}
    step = {
        vol.Optional("title"): text,
        vol.Optional("description"): text,
        vol.Optional("data"): fields,
        vol.Optional("data_description"): fields,
        vol.Optional("menu_options"): fields,
        vol.Optional("menu_option_descriptions"): fields,
        vol.Optional("submit"): text,
        vol.Optional("sections"): {
            str: {
                vol.Optional("name"): text,
                vol.Optional("description"): text,
                vol.Optional("data"): fields,
                vol.Optional("data_description"): fields,
            }
        },
    }
    schema = vol.Schema(
        {
            vol.Required("step"): {str: step},
            vol.Optional("flow_title"): text,
            vol.Optional("error"): fields,
            vol.Optional("abort"): fields,
            vol.Optional("progress"): fields,
            vol.Optional("create_entry"): fields,
            vol.Optional("initiate_flow"): {vol.Required("user"): text},
        }
    )

    def described_fields_exist(value: dict[str, Any]) -> dict[str, Any]:
        """Check that every data_description key is also a data key."""
        for step_id, info in value["step"].items():
            extra = set(info.get("data_description", {})) - set(info.get("data", {}))
            if extra:
                raise vol.Invalid(
                    f"data_description of {', '.join(sorted(extra))} has no data entry",
                    path=["step", step_id, "data_description"],
                )
        return value

    return vol.All(schema, described_fields_exist)


def _service_strings_schema() -> Callable[[Any], Any]:
    """Return the schema of the services section of strings.json."""
    return keyed(
        {
            vol.Required("name"): text,
            vol.Required("description"): text,
            vol.Optional("fields"): keyed(
                {
                    vol.Required("name"): text,
                    vol.Required("description"): text,
                    vol.Optional("example"): text,
                },
                key_validator=translation_key,
            ),
            vol.Optional("sections"): keyed(
                {vol.Required("name"): text, vol.Optional("description"): text},
                key_validator=translation_key,
            ),
        },
        key_validator=translation_key,
    )


def strings_schema() -> vol.Schema:
    """Return the schema of strings.json and of every translation file."""
    flow = _flow_schema()
    states = keyed(plain_text, key_validator=translation_key)
    entity_strings = {
        vol.Optional("name"): text,
        vol.Optional("state"): states,
        vol.Optional("state_attributes"): keyed(
            {vol.Optional("name"): plain_text, vol.Optional("state"): states},
            key_validator=translation_key,
        ),
        vol.Optional("unit_of_measurement"): plain_text,
    }
    trigger_like = keyed(
        {
            vol.Required("name"): text,
            vol.Required("description"): text,
            vol.Optional("fields"): keyed(
                {vol.Required("name"): text, vol.Required("description"): text},
                key_validator=translation_key,
            ),
        },
        key_validator=translation_key,
    )
    return vol.Schema(
        {
            vol.Optional("title"): text,
            vol.Optional("config"): flow,
            vol.Optional("options"): flow,
            vol.Optional("config_subentries"): keyed(
                vol.Schema(
                    {
                        vol.Required("entry_type"): text,
                        vol.Required("initiate_flow"): {str: text},
                    },
                    extra=vol.ALLOW_EXTRA,
                ),
                key_validator=translation_key,
            ),
            vol.Optional("selector"): keyed(
                {
                    vol.Optional("options"): keyed(text, key_validator=translation_key),
                    vol.Optional("choices"): keyed(text, key_validator=translation_key),
                    vol.Optional("unit_of_measurement"): keyed(text, key_validator=translation_key),
                    vol.Optional("fields"): keyed(
                        {vol.Required("name"): text, vol.Optional("description"): text},
                        key_validator=translation_key,
                    ),
                },
                key_validator=vol.Any("_", translation_key),
            ),
            vol.Optional("device"): keyed(
                {vol.Optional("name"): text}, key_validator=translation_key
            ),
            vol.Optional("entity"): keyed(
                keyed(entity_strings, key_validator=translation_key),
                key_validator=vol.In(sorted(PLATFORMS)),
            ),
            vol.Optional("exceptions"): keyed(
                {vol.Required("message"): text}, key_validator=translation_key
            ),
            vol.Optional("issues"): keyed(
                vol.All(
                    cv.has_at_least_one_key("description", "fix_flow"),
                    vol.Schema(
                        {
                            vol.Required("title"): text,
                            vol.Exclusive("description", "fixable", msg=ISSUE_EXCLUSIVE): text,
                            vol.Exclusive("fix_flow", "fixable", msg=ISSUE_EXCLUSIVE): flow,
                        }
                    ),
                ),
                key_validator=translation_key,
            ),
            vol.Optional("services"): _service_strings_schema(),
            vol.Optional("conditions"): trigger_like,
            vol.Optional("triggers"): trigger_like,
            vol.Optional("device_automation"): {
                vol.Optional(key): {str: text}
                for key in (
                    "action_type",
                    "condition_type",
                    "trigger_type",
                    "trigger_subtype",
                    "extra_fields",
                    "extra_fields_descriptions",
                )
            },
            vol.Optional("system_health"): {
                vol.Optional("info"): keyed(text, key_validator=translation_key)
            },
            vol.Optional("application_credentials"): {vol.Optional("description"): text},
            vol.Optional("common"): keyed(text, key_validator=translation_key),
        }
    )


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


def hacs_schema() -> vol.Schema:
    """Return the schema of hacs.json: only the keys HACS and the Marketplace document."""
    return vol.Schema(
        {
            vol.Required("name"): vol.All(str, vol.Length(min=1)),
            vol.Optional("content_in_root"): bool,
            vol.Optional("country"): country,
            vol.Optional("filename"): str,
            vol.Optional("hacs"): version,
            vol.Optional("hide_default_branch"): bool,
            vol.Optional("homeassistant"): version,
            vol.Optional("persistent_directory"): str,
            vol.Optional("render_readme"): bool,
            vol.Optional("zip_release"): bool,
        }
    )


def quality_scale_schema() -> vol.Schema:
    """Return the schema of quality_scale.yaml: every rule, each with a valid status."""
    status = vol.Any(
        vol.In(["done", "todo"]),
        vol.Schema(
            {vol.Required("status"): vol.In(["done", "todo"]), vol.Required("comment"): str}
        ),
        vol.Schema({vol.Required("status"): "exempt", vol.Required("comment"): vol.Length(min=1)}),
    )
    return vol.Schema({vol.Required("rules"): {vol.Required(rule): status for rule in ALL_RULES}})


# ---------------------------------------------------------------------------------------
# What the Python code says


@dataclass(slots=True)
class ClassInfo:
    """What a class in the integration declares."""

    name: str
    module: str
    bases: list[str]
    assigned: dict[str, ast.expr] = field(default_factory=dict)
    methods: set[str] = field(default_factory=set)


@dataclass(slots=True)
class TranslationUse:
    """A translation key used in code, with where and how."""

    section: str
    key: str
    where: str
    platform: str | None = None
    has_device_class: bool = False
    provided: set[str] | None = None
    options: list[str] | None = None


@dataclass(slots=True)
class FlowUse:
    """A step, abort reason or error key that a flow shows."""

    section: str
    kind: Literal["step", "abort", "error"]
    key: str
    where: str
    provided: set[str] | None = None


def _call_name(node: ast.Call) -> str:
    """Return the last name of what a call calls."""
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _base_name(node: ast.expr) -> str:
    """Return the name of a base class expression (generics and attributes unwrapped)."""
    if isinstance(node, ast.Subscript):
        return _base_name(node.value)
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    return ""


def _keyword(node: ast.Call, name: str) -> ast.expr | None:
    """Return the value of a keyword argument of a call."""
    return next((kw.value for kw in node.keywords if kw.arg == name), None)


def _dict_keys(node: ast.expr | None) -> set[str] | None:
    """Return the literal keys of a dict display, or None when they are not all known."""
    if not isinstance(node, ast.Dict):
        return None
    keys: set[str] = set()
    for key in node.keys:
        if not (isinstance(key, ast.Constant) and isinstance(key.value, str)):
            return None  # a ** spread or a computed key
        keys.add(key.value)
    return keys


def _platform_from_name(name: str) -> str | None:
    """Return the platform a CamelCase class name refers to (BinarySensor… → binary_sensor)."""
    camel = {"".join(word.title() for word in p.split("_")): p for p in PLATFORMS}
    for candidate in sorted(camel, key=len, reverse=True):
        if candidate in name:
            return camel[candidate]
    return None


class CodeIndex:
    """Parse the integration's modules once and answer questions about them."""

    def __init__(self, package: Path, problems: list[Problem], rel: Callable[[Path], str]) -> None:
        """Parse every module of the integration package."""
        self.package = package
        self.modules: dict[Path, ast.Module] = {}
        self.constants: dict[str, str | None] = {}
        for path in sorted(package.rglob("*.py")):
            if "__pycache__" in path.parts:
                continue
            try:
                self.modules[path] = ast.parse(path.read_text(encoding="utf-8"), str(path))
            except SyntaxError as err:
                problems.append(
                    Problem(rel(path), f"line {err.lineno}", f"syntax error: {err.msg}")
                )
        for tree in self.modules.values():
            for stmt in tree.body:
                target, value = None, None
                if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
                    target, value = stmt.targets[0], stmt.value
                elif isinstance(stmt, ast.AnnAssign):
                    target, value = stmt.target, stmt.value
                if (
                    isinstance(target, ast.Name)
                    and isinstance(value, ast.Constant)
                    and isinstance(value.value, str)
                ):
                    # A name bound to two different strings cannot be resolved.
                    previous = self.constants.get(target.id, value.value)
                    self.constants[target.id] = value.value if previous == value.value else None
        self.classes: dict[str, ClassInfo] = {}
        for path, tree in self.modules.items():
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef):
                    self.classes[node.name] = self._class_info(node, path)

    def _class_info(self, node: ast.ClassDef, path: Path) -> ClassInfo:
        """Collect a class's bases, class-level and self attributes, and methods."""
        info = ClassInfo(node.name, path.stem, [_base_name(base) for base in node.bases])
        for stmt in node.body:
            if isinstance(stmt, ast.Assign):
                for target in stmt.targets:
                    if isinstance(target, ast.Name):
                        info.assigned[target.id] = stmt.value
            elif isinstance(stmt, ast.AnnAssign) and stmt.value is not None:
                if isinstance(stmt.target, ast.Name):
                    info.assigned[stmt.target.id] = stmt.value
            elif isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef):
                info.methods.add(stmt.name)
                if stmt.decorator_list and any(
                    _base_name(d) in {"property", "cached_property"} for d in stmt.decorator_list
                ):
                    info.assigned.setdefault(stmt.name, ast.Constant(value=...))
                for sub in ast.walk(stmt):
                    if isinstance(sub, ast.Assign):
                        for target in sub.targets:
                            if (
                                isinstance(target, ast.Attribute)
                                and isinstance(target.value, ast.Name)
                                and target.value.id == "self"
                            ):
                                info.assigned.setdefault(target.attr, sub.value)
        return info

    def resolve(self, node: ast.expr | None) -> str | None:
        """Return the string a constant expression stands for, or None."""
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.Name):
            return self.constants.get(node.id)
        if isinstance(node, ast.Attribute):
            return self.constants.get(node.attr)
        return None

    def where(self, path: Path, node: ast.AST) -> str:
        """Return ``module.py:line`` for a node."""
        return f"{path.relative_to(self.package)}:{getattr(node, 'lineno', 0)}"

    def walk(self, *, skip_type_checking: bool = False) -> Iterator[tuple[Path, ast.AST]]:
        """Yield every node of every module with its file."""
        for path, tree in self.modules.items():
            stack: list[ast.AST] = [tree]
            while stack:
                node = stack.pop()
                if (
                    skip_type_checking
                    and isinstance(node, ast.If)
                    and _base_name(node.test) == "TYPE_CHECKING"
                ):
                    stack.extend(node.orelse)
                    continue
                yield path, node
                stack.extend(ast.iter_child_nodes(node))

    def hierarchy(self, name: str) -> Iterator[ClassInfo]:
        """Yield a class and its bases that are defined in the integration."""
        seen: set[str] = set()
        todo = [name]
        while todo:
            current = todo.pop(0)
            if current in seen or current not in self.classes:
                continue
            seen.add(current)
            info = self.classes[current]
            yield info
            todo.extend(info.bases)

    def inherited(self, name: str, attribute: str) -> ast.expr | None:
        """Return the value an attribute gets in a class or its bases."""
        for info in self.hierarchy(name):
            if attribute in info.assigned:
                return info.assigned[attribute]
        return None

    def all_bases(self, name: str) -> set[str]:
        """Return every base class name of a class, including external ones."""
        names: set[str] = set()
        for info in self.hierarchy(name):
            names.update(info.bases)
        return names

    def is_entity_class(self, name: str) -> bool:
        """Return whether a class is an entity (named or based on *Entity)."""
        return name.endswith("Entity") or any(
            base.endswith("Entity") for base in self.all_bases(name)
        )

    def function(self, module: str, name: str) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
        """Return a module-level function of a module of the package's top level."""
        tree = self.modules.get(self.package / f"{module}.py")
        if tree is None:
            return None
        for stmt in tree.body:
            if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef) and stmt.name == name:
                return stmt
        return None

    def platform_modules(self) -> list[str]:
        """Return the platform modules of the integration (camera, sensor, …)."""
        return sorted(
            path.stem
            for path in self.modules
            if path.parent == self.package and path.stem in PLATFORMS
        )

    # -- translation keys ------------------------------------------------------------

    def _class_platform(self, info: ClassInfo) -> str | None:
        """Return the entity platform of a class, from its module or its bases."""
        if info.module in PLATFORMS:
            return info.module
        for base in self.all_bases(info.name):
            if base.endswith("Entity") and (platform := _platform_from_name(base)):
                return platform
        return None

    def translation_uses(self, problems: list[Problem], rel: str) -> list[TranslationUse]:
        """Return every translation key the code refers to, classified by section."""
        uses: list[TranslationUse] = []
        for info in self.classes.values():
            value = info.assigned.get("_attr_translation_key")
            key = self.resolve(value) if value is not None else None
            if key is None or not self.is_entity_class(info.name):
                continue
            uses.append(
                TranslationUse(
                    "entity",
                    key,
                    f"{info.module}.py:{info.name}",
                    platform=self._class_platform(info),
                    has_device_class=self.inherited(info.name, "_attr_device_class") is not None,
                )
            )
        for path, node in self.walk():
            if not isinstance(node, ast.Call):
                continue
            value = _keyword(node, "translation_key")
            if value is None:
                continue
            key = self.resolve(value)
            if key is None:
                continue  # built at run time: nothing to check statically
            name = _call_name(node)
            where = self.where(path, node)
            placeholders_node = _keyword(node, "translation_placeholders")
            provided = _dict_keys(placeholders_node) if placeholders_node is not None else set()
            if name in TRANSLATED_EXCEPTIONS or _keyword(node, "translation_domain") is not None:
                uses.append(TranslationUse("exceptions", key, where, provided=provided))
            elif name in {"async_create_issue", "create_issue"}:
                uses.append(TranslationUse("issues", key, where, provided=provided))
            elif name.endswith("SelectorConfig"):
                options = _keyword(node, "options")
                literal = None
                if isinstance(options, ast.List | ast.Tuple):
                    literal = [self.resolve(item) for item in options.elts]
                known = [item for item in literal or [] if item is not None]
                uses.append(TranslationUse("selector", key, where, options=known or None))
            elif name.endswith("Description"):
                platform = path.stem if path.stem in PLATFORMS else _platform_from_name(name)
                uses.append(
                    TranslationUse(
                        "entity",
                        key,
                        where,
                        platform=platform,
                        has_device_class=_keyword(node, "device_class") is not None,
                    )
                )
            else:
                problems.append(
                    Problem(
                        rel,
                        where,
                        f"cannot tell which strings.json section translation_key '{key}' "
                        f"of {name}() belongs to",
                    )
                )
        return uses

    # -- flows ------------------------------------------------------------------------

    def flow_uses(self) -> list[FlowUse]:
        """Return the steps, abort reasons and errors the flows of the integration show."""
        uses: list[FlowUse] = []
        for path, tree in self.modules.items():
            for node in tree.body:
                if isinstance(node, ast.ClassDef):
                    section = self._flow_section(node.name)
                    if section is not None:
                        uses.extend(self._flow_class_uses(path, node, section))
                elif path.name == "config_flow.py" and isinstance(
                    node, ast.FunctionDef | ast.AsyncFunctionDef
                ):
                    # Helpers of the config flow return {"base": "reason"} error dicts.
                    for sub in ast.walk(node):
                        if isinstance(sub, ast.Dict):
                            uses.extend(self._error_dict(path, sub, "config"))
        return uses

    def _flow_section(self, name: str) -> str | None:
        """Return the strings.json section of a flow class, or None when it is no flow."""
        bases = self.all_bases(name) | {name}
        if any("OptionsFlow" in base for base in bases):
            return "options"
        if any(base.endswith("RepairsFlow") for base in bases):
            return "fix_flow"
        if any(base == "ConfigFlow" or base.endswith("ConfigFlow") for base in bases - {name}):
            return "config"
        return None

    def _error_dict(self, path: Path, node: ast.Dict, section: str) -> list[FlowUse]:
        """Return the error keys of a literal {"base": "reason"} dict."""
        uses = []
        for key, value in zip(node.keys, node.values, strict=True):
            if (
                isinstance(key, ast.Constant)
                and key.value == "base"
                and (reason := self.resolve(value)) is not None
            ):
                uses.append(FlowUse(section, "error", reason, self.where(path, node)))
        return uses

    def _flow_class_uses(self, path: Path, node: ast.ClassDef, section: str) -> list[FlowUse]:
        """Return what one flow class shows."""
        uses: list[FlowUse] = []
        for sub in ast.walk(node):
            where = self.where(path, sub)
            if isinstance(sub, ast.Dict):
                uses.extend(self._error_dict(path, sub, section))
            if isinstance(sub, ast.Assign) and (reason := self.resolve(sub.value)) is not None:
                uses.extend(
                    FlowUse(section, "error", reason, where)
                    for target in sub.targets
                    if isinstance(target, ast.Subscript) and _base_name(target.value) == "errors"
                )
            if not isinstance(sub, ast.Call):
                continue
            name = _call_name(sub)
            if name == "async_show_form":
                step = self.resolve(_keyword(sub, "step_id"))
                if step is not None:
                    shown = _keyword(sub, "description_placeholders")
                    provided = _dict_keys(shown) if shown is not None else set()
                    uses.append(FlowUse(section, "step", step, where, provided))
            elif name == "async_abort":
                reason = self.resolve(_keyword(sub, "reason"))
                if reason is not None:
                    uses.append(FlowUse(section, "abort", reason, where))
            elif name == "async_update_reload_and_abort" and section == "config":
                given = _keyword(sub, "reason")
                resolved = "reconfigure_successful" if given is None else self.resolve(given)
                if resolved is not None:
                    uses.append(FlowUse(section, "abort", resolved, where))
            elif name == "_abort_if_unique_id_configured" and section == "config":
                uses.append(FlowUse(section, "abort", "already_configured", where))
            elif name == "AbortFlow" and sub.args:
                reason = self.resolve(sub.args[0])
                if reason is not None:
                    uses.append(FlowUse(section, "abort", reason, where))
            elif name == "_abort_if_unique_id_mismatch" and section == "config":
                reason = self.resolve(_keyword(sub, "reason")) or "unique_id_mismatch"
                uses.append(FlowUse(section, "abort", reason, where))
            elif name == "async_set_unique_id" and section == "config":
                raise_on_progress = _keyword(sub, "raise_on_progress")
                if not (
                    isinstance(raise_on_progress, ast.Constant) and not raise_on_progress.value
                ):
                    uses.append(FlowUse(section, "abort", "already_in_progress", where))
        return uses

    # -- services ---------------------------------------------------------------------

    def registered_services(self) -> tuple[dict[str, str], list[str]]:
        """Return the actions the code registers (name → where) and unresolvable ones."""
        found: dict[str, str] = {}
        unresolved: list[str] = []
        for path, node in self.walk():
            if not isinstance(node, ast.Call):
                continue
            name = _call_name(node)
            func = node.func
            position: int | None = None
            keyword = "service"
            if (
                name in {"async_register", "register"}
                and isinstance(func, ast.Attribute)
                and _base_name(func.value) == "services"
            ):
                position = 1
            elif name in {"async_register_admin_service", "async_register_platform_entity_service"}:
                position, keyword = 2, "service_name" if "platform" in name else "service"
            elif name == "async_register_entity_service":
                position, keyword = 0, "name"
            if position is None:
                continue
            arg = node.args[position] if len(node.args) > position else _keyword(node, keyword)
            service = self.resolve(arg)
            if service is None:
                unresolved.append(self.where(path, node))
            else:
                found.setdefault(service, self.where(path, node))
        return found, unresolved

    # -- dependencies -----------------------------------------------------------------

    def referenced_components(self) -> dict[Path, set[str]]:
        """Return the Home Assistant components each module imports (TYPE_CHECKING aside)."""
        refs: dict[Path, set[str]] = {path: set() for path in self.modules}
        for path, node in self.walk(skip_type_checking=True):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                if node.module.startswith("homeassistant.components."):
                    refs[path].add(node.module.split(".")[2])
                elif node.module == "homeassistant.components":
                    refs[path].update(alias.name for alias in node.names)
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.startswith("homeassistant.components."):
                        refs[path].add(alias.name.split(".")[2])
        return refs


# ---------------------------------------------------------------------------------------
# The validator


@dataclass
class Validator:
    """Run every check on a repository and collect the problems."""

    root: Path
    problems: list[Problem] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)

    def rel(self, path: Path) -> str:
        """Return a path relative to the repository root."""
        try:
            return str(path.relative_to(self.root))
        except ValueError:
            return str(path)

    def add(self, path: Path | str, key: str, message: str) -> None:
        """Record a problem."""
        file = path if isinstance(path, str) else self.rel(path)
        self.problems.append(Problem(file, key, message))

    def schema_problems(self, path: Path, schema: Callable[[Any], Any], data: Any) -> bool:
        """Validate data against a schema; record each error; return whether it passed."""
        try:
            schema(data)
        except vol.Invalid as err:
            for single in _vol_errors(err):
                value = lookup(data, [str(part) for part in single.path])
                shown = f" (got {value!r})" if isinstance(value, str | int | float | bool) else ""
                self.add(path, _dotted(single.path), f"{single.msg}{shown}")
            return False
        return True

    # -- entry point --------------------------------------------------------------------

    def run(self) -> list[Problem]:
        """Run all checks and return the problems, sorted."""
        package = self.check_repository()
        if package is not None:
            self.check_integration(package)
        return sorted(set(self.problems))

    # -- repository and HACS ------------------------------------------------------------

    def check_repository(self) -> Path | None:
        """Check the HACS layout; return the integration package."""
        self.checked.append("hacs.json")
        hacs_file = self.root / "hacs.json"
        hacs: Any = None
        if not hacs_file.is_file():
            self.add("hacs.json", "", "missing: HACS and the Marketplace need it in the root")
        else:
            hacs, error = _read_json(hacs_file)
            if error:
                self.add(hacs_file, "", error)
            elif not isinstance(hacs, dict):
                self.add(hacs_file, "", "must be a JSON object")
                hacs = None
            else:
                self.check_hacs(hacs_file, hacs)

        readme = self.root / "README.md"
        if not readme.is_file() or not readme.read_text(encoding="utf-8").strip():
            self.add("README.md", "", "missing or empty: HACS shows it as the repository's page")

        components = self.root / "custom_components"
        packages = (
            sorted(
                child
                for child in components.iterdir()
                if child.is_dir() and not child.name.startswith((".", "__"))
            )
            if components.is_dir()
            else []
        )
        if isinstance(hacs, dict) and hacs.get("content_in_root"):
            self.add(
                hacs_file,
                "content_in_root",
                "must not be true: the integration is in custom_components/",
            )
        if len(packages) != 1:
            found = ", ".join(p.name for p in packages) or "none"
            self.add(
                "custom_components",
                "",
                f"must hold exactly one integration for HACS (found: {found})",
            )
            return packages[0] if packages else None
        return packages[0]

    def check_hacs(self, path: Path, hacs: dict[str, Any]) -> None:
        """Check hacs.json's keys and values."""
        if not self.schema_problems(path, hacs_schema(), hacs):
            return
        if hacs.get("zip_release") and not hacs.get("filename"):
            self.add(path, "filename", "is required when zip_release is true")
        pinned = self.pinned_home_assistant()
        if pinned is not None and hacs.get("homeassistant") != pinned:
            self.add(
                path,
                "homeassistant",
                f"must be {pinned}, the Home Assistant release the tests run on "
                f"({HA_PIN_FILE}); got {hacs.get('homeassistant')!r}",
            )

    def pinned_home_assistant(self) -> str | None:
        """Return the Home Assistant version pinned for the test suite, if any."""
        pin_file = self.root / HA_PIN_FILE
        if not pin_file.is_file():
            return None
        match = re.search(
            r"^homeassistant==(\S+)", pin_file.read_text(encoding="utf-8"), re.MULTILINE
        )
        return match.group(1) if match else None

    # -- the integration ---------------------------------------------------------------

    def check_integration(self, package: Path) -> None:
        """Check the integration package."""
        code = CodeIndex(package, self.problems, self.rel)
        manifest = self.check_manifest(package, code)
        strings = self.check_strings(package)
        self.check_translation_files(package, strings)
        icons = self.check_icons(package, strings)
        services = self.check_services(package, code, strings, icons)
        self.check_code_translations(package, code, strings, icons)
        self.check_brand(package)
        self.check_quality_scale(
            package,
            code=code,
            manifest=manifest,
            strings=strings,
            icons=icons,
            services=services,
        )

    # -- manifest.json ---------------------------------------------------------------------

    def check_manifest(self, package: Path, code: CodeIndex) -> dict[str, Any]:
        """Check manifest.json: keys, order, values, config flow and dependencies."""
        self.checked.append("manifest.json")
        path = package / "manifest.json"
        if not path.is_file():
            self.add(path, "", "missing")
            return {}
        manifest, error = _read_json(path)
        if error or not isinstance(manifest, dict):
            self.add(path, "", error or "must be a JSON object")
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

    # -- strings.json and translations --------------------------------------------------------

    def check_strings(self, package: Path) -> dict[str, Any]:
        """Check strings.json's structure and that its references resolve."""
        self.checked.append("strings.json")
        path = package / "strings.json"
        if not path.is_file():
            self.add(path, "", "missing: the integration's texts must be translatable")
            return {}
        strings, error = _read_json(path)
        if error or not isinstance(strings, dict):
            self.add(path, "", error or "must be a JSON object")
            return {}
        self.schema_problems(path, strings_schema(), strings)
        for key, value in flatten(strings).items():
            if not isinstance(value, str):
                continue
            if (match := RE_REFERENCE.fullmatch(value)) is None:
                continue
            target = self.resolve_reference(match.group(1), package.name, strings)
            if target is None:
                self.add(path, _dotted(key), f"reference [%key:{match.group(1)}%] does not resolve")
            elif RE_REFERENCE.fullmatch(target):
                self.add(path, _dotted(key), "reference points to another reference")
        return strings

    def resolve_reference(self, ref: str, domain: str, strings: Mapping[str, Any]) -> str | None:
        """Return the text a [%key:…%] reference stands for, or None."""
        parts = ref.split("::")
        if parts[0] == "common":
            common, _ = _read_json(HA_ROOT / "strings.json")
            value = lookup(common, parts)
        elif parts[0] == "component" and len(parts) > 2:
            if parts[1] == domain:
                value = lookup(strings, parts[2:])
            else:
                other, _ = _read_json(HA_COMPONENTS / parts[1] / "strings.json")
                value = lookup(other, parts[2:])
        else:
            value = None
        return value if isinstance(value, str) else None

    def resolved_strings(
        self, package: Path, strings: Mapping[str, Any]
    ) -> dict[tuple[str, ...], str]:
        """Return strings.json's texts with references replaced by what they point to."""
        resolved: dict[tuple[str, ...], str] = {}
        for key, value in flatten(strings).items():
            if not isinstance(value, str):
                continue
            match = RE_REFERENCE.fullmatch(value)
            target = (
                self.resolve_reference(match.group(1), package.name, strings) if match else value
            )
            resolved[key] = target if target is not None else value
        return resolved

    def check_translation_files(self, package: Path, strings: dict[str, Any]) -> None:
        """Check that every translation has exactly strings.json's keys and placeholders."""
        folder = package / "translations"
        english = folder / "en.json"
        if not english.is_file():
            self.add(english, "", "missing: Home Assistant falls back to English")
        if not strings:
            return
        source = self.resolved_strings(package, strings)
        schema = strings_schema()
        for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
            self.checked.append(f"translations/{path.name}")
            if not RE_LANGUAGE_FILE.match(path.name):
                self.add(path, "", "file name is not a language code such as en.json or pt-BR.json")
            data, error = _read_json(path)
            if error or not isinstance(data, dict):
                self.add(path, "", error or "must be a JSON object")
                continue
            self.schema_problems(path, schema, data)
            leaves = flatten(data)
            for key in sorted(set(source) - set(leaves)):
                self.add(path, _dotted(key), "missing: strings.json has this key")
            for key in sorted(set(leaves) - set(source)):
                self.add(path, _dotted(key), "not in strings.json")
            for key, value in leaves.items():
                if not isinstance(value, str):
                    self.add(path, _dotted(key), "must be a string")
                    continue
                if RE_ANY_REFERENCE.search(value):
                    self.add(path, _dotted(key), "[%key:…%] references belong only in strings.json")
                    continue
                if key not in source:
                    continue
                try:
                    mine, theirs = placeholders(value), placeholders(source[key])
                except ValueError as err:
                    self.add(path, _dotted(key), f"unbalanced braces: {err}")
                    continue
                if mine != theirs:
                    self.add(
                        path,
                        _dotted(key),
                        f"placeholders {sorted(mine)} differ from strings.json's {sorted(theirs)}",
                    )
                elif path.name == "en.json" and value != source[key]:
                    self.add(path, _dotted(key), "differs from strings.json; regenerate en.json")

    # -- icons.json -----------------------------------------------------------------------

    def check_icons(self, package: Path, strings: Mapping[str, Any]) -> dict[str, Any]:
        """Check icons.json's structure and that its entity keys are translation keys."""
        path = package / "icons.json"
        if not path.is_file():
            return {}
        self.checked.append("icons.json")
        icons, error = _read_json(path)
        if error or not isinstance(icons, dict):
            self.add(path, "", error or "must be a JSON object")
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

    # -- services.yaml ----------------------------------------------------------------------

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

    # -- translation keys used by the code --------------------------------------------

    def check_code_translations(
        self,
        package: Path,
        code: CodeIndex,
        strings: Mapping[str, Any],
        icons: Mapping[str, Any],
    ) -> None:
        """Check that every translation key, step and reason in the code has its strings."""
        strings_path = package / "strings.json"
        rel = self.rel(strings_path)
        for use in code.translation_uses(self.problems, rel):
            if use.section == "entity":
                self._check_entity_use(package, use, strings, icons)
                continue
            node = lookup(strings, [use.section, use.key])
            if node is None:
                self.add(strings_path, f"{use.section}.{use.key}", f"missing: used at {use.where}")
                continue
            if use.section == "exceptions" and "message" not in node:
                self.add(
                    strings_path, f"exceptions.{use.key}.message", f"missing: used at {use.where}"
                )
            if use.section == "selector" and use.options:
                for option in use.options:
                    if lookup(node, ["options", option]) is None:
                        self.add(
                            strings_path,
                            f"selector.{use.key}.options.{option}",
                            f"missing: used at {use.where}",
                        )
            if use.provided is not None and use.section in {"exceptions", "issues"}:
                needed = self._placeholders_under(node)
                if missing := needed - use.provided:
                    self.add(
                        strings_path,
                        f"{use.section}.{use.key}",
                        f"{use.where} does not pass placeholders {sorted(missing)}",
                    )
        for flow in code.flow_uses():
            self._check_flow_use(strings_path, flow, strings)

    def _placeholders_under(self, node: Any) -> set[str]:
        """Return the placeholders of all texts below a strings.json node."""
        names: set[str] = set()
        for value in flatten(node).values() if isinstance(node, Mapping) else [node]:
            if isinstance(value, str) and not RE_REFERENCE.fullmatch(value):
                try:
                    names |= placeholders(value)
                except ValueError:
                    continue  # reported by the schema
        return names

    def _check_entity_use(
        self,
        package: Path,
        use: TranslationUse,
        strings: Mapping[str, Any],
        icons: Mapping[str, Any],
    ) -> None:
        """Check an entity translation key: its strings and, where expected, its icon."""
        strings_path = package / "strings.json"
        if use.platform is None:
            self.add(
                strings_path, f"entity.?.{use.key}", f"cannot tell the platform of {use.where}"
            )
            return
        if lookup(strings, ["entity", use.platform, use.key]) is None:
            self.add(
                strings_path, f"entity.{use.platform}.{use.key}", f"missing: used at {use.where}"
            )
        if (
            use.platform not in PLATFORMS_WITHOUT_ICON
            and not use.has_device_class
            and lookup(icons, ["entity", use.platform, use.key]) is None
        ):
            self.add(
                package / "icons.json",
                f"entity.{use.platform}.{use.key}",
                f"missing: {use.where} has no device class, so it needs an icon",
            )

    def _check_flow_use(
        self, strings_path: Path, flow: FlowUse, strings: Mapping[str, Any]
    ) -> None:
        """Check that a flow's step, abort reason or error has its strings."""
        if flow.section == "fix_flow":
            issues = strings.get("issues", {})
            steps = [lookup(issue, ["fix_flow", "step", flow.key]) for issue in issues.values()]
            if flow.kind == "step" and not any(step is not None for step in steps):
                self.add(
                    strings_path,
                    f"issues.*.fix_flow.step.{flow.key}",
                    f"missing: shown at {flow.where}",
                )
            return
        sections = {"step": "step", "abort": "abort", "error": "error"}
        node = lookup(strings, [flow.section, sections[flow.kind], flow.key])
        key = f"{flow.section}.{sections[flow.kind]}.{flow.key}"
        if node is None:
            self.add(strings_path, key, f"missing: shown at {flow.where}")
            return
        if flow.kind == "step" and flow.provided is not None:
            needed = set()
            for part in ("title", "description"):
                value = node.get(part) if isinstance(node, Mapping) else None
                if isinstance(value, str) and not RE_REFERENCE.fullmatch(value):
                    try:
                        needed |= placeholders(value)
                    except ValueError:
                        continue
            if missing := needed - flow.provided:
                self.add(
                    strings_path, key, f"{flow.where} does not pass placeholders {sorted(missing)}"
                )

    # -- brand -------------------------------------------------------------------------

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

    # -- quality_scale.yaml ---------------------------------------------------------------

    def check_quality_scale(
        self,
        package: Path,
        *,
        code: CodeIndex,
        manifest: Mapping[str, Any],
        strings: Mapping[str, Any],
        icons: Mapping[str, Any],
        services: Mapping[str, Any],
    ) -> None:
        """Check quality_scale.yaml and verify what can be verified of each 'done' rule."""
        path = package / "quality_scale.yaml"
        if not path.is_file():
            self.add(path, "", "missing: list every quality scale rule as done, todo or exempt")
            return
        self.checked.append("quality_scale.yaml")
        try:
            data: Any = load_yaml_dict(str(path))
        except HomeAssistantError as err:
            self.add(path, "", f"invalid YAML: {err}")
            return
        rules = data.get("rules") if isinstance(data, dict) else None
        if isinstance(rules, dict):
            for rule in sorted(set(rules) - set(ALL_RULES), key=str):
                self.add(path, f"rules.{rule}", "not a rule of the quality scale")
            data = {**data, "rules": {k: v for k, v in rules.items() if k in ALL_RULES}}
        if not self.schema_problems(path, quality_scale_schema(), data):
            return
        rules = data["rules"]
        status = {
            rule: value["status"] if isinstance(value, dict) else value
            for rule, value in rules.items()
        }
        done = {rule for rule, value in status.items() if value == "done"}
        checks = RuleChecks(self, package, code, manifest, strings, icons, services, done)
        for rule in ALL_RULES:
            if rule in done:
                for message in checks.verify(rule):
                    self.add(path, f"rules.{rule}", f"marked done, but {message}")


@dataclass
class RuleChecks:
    """Automatic evidence for quality scale rules marked done."""

    validator: Validator
    package: Path
    code: CodeIndex
    manifest: Mapping[str, Any]
    strings: Mapping[str, Any]
    icons: Mapping[str, Any]
    services: Mapping[str, Any]
    done: set[str]
    _docs: str | None = None

    def verify(self, rule: str) -> list[str]:
        """Return why a rule marked done does not hold (empty when nothing is found)."""
        method = getattr(self, "rule_" + rule.replace("-", "_"), None)
        if method is None:
            return []
        result: list[str] = method()
        return result

    # -- documentation -----------------------------------------------------------------

    @property
    def docs(self) -> str:
        """Return the README and every page under docs/."""
        if self._docs is None:
            root = self.validator.root
            pages = [root / "README.md", *sorted((root / "docs").glob("*.md"))]
            self._docs = "\n".join(p.read_text(encoding="utf-8") for p in pages if p.is_file())
        return self._docs

    def _docs_rule(self, rule: str) -> list[str]:
        """Check that the documentation has a heading for a docs rule."""
        words = DOCS_HEADINGS[rule]
        if _heading_match(RE_HEADING.findall(self.docs), words):
            return []
        return [
            f"no heading mentioning {' or '.join(repr(w) for w in words)} in README.md or docs/"
        ]

    def _labels_documented(self, section: str) -> list[str]:
        """Check that every form field label of a flow section appears in the documentation."""
        english, _ = _read_json(self.package / "translations" / "en.json")
        steps = lookup(english, [section, "step"]) or {}
        missing = sorted(
            {
                label
                for step in steps.values()
                for label in (step.get("data") or {}).values()
                if isinstance(label, str) and label.casefold() not in self.docs.casefold()
            }
        )
        return (
            [f"the documentation does not mention {', '.join(repr(m) for m in missing)}"]
            if missing
            else []
        )

    def rule_docs_high_level_description(self) -> list[str]:
        """README starts with a title and a description."""
        return (
            []
            if RE_HEADING.search(self.docs) and len(self.docs) > 200
            else ["README.md has no description"]
        )

    def rule_docs_installation_instructions(self) -> list[str]:
        """Documented: installation."""
        return self._docs_rule("docs-installation-instructions")

    def rule_docs_removal_instructions(self) -> list[str]:
        """Documented: removal."""
        return self._docs_rule("docs-removal-instructions")

    def rule_docs_data_update(self) -> list[str]:
        """Documented: how data is updated."""
        return self._docs_rule("docs-data-update")

    def rule_docs_examples(self) -> list[str]:
        """Documented: examples."""
        return self._docs_rule("docs-examples")

    def rule_docs_known_limitations(self) -> list[str]:
        """Documented: known limitations."""
        return self._docs_rule("docs-known-limitations")

    def rule_docs_supported_devices(self) -> list[str]:
        """Documented: supported devices (portals)."""
        return self._docs_rule("docs-supported-devices")

    def rule_docs_supported_functions(self) -> list[str]:
        """Documented: entities."""
        return self._docs_rule("docs-supported-functions")

    def rule_docs_troubleshooting(self) -> list[str]:
        """Documented: troubleshooting."""
        return self._docs_rule("docs-troubleshooting")

    def rule_docs_use_cases(self) -> list[str]:
        """Documented: use cases."""
        return self._docs_rule("docs-use-cases")

    def rule_docs_actions(self) -> list[str]:
        """Every action is documented as domain.action."""
        domain = self.manifest.get("domain", self.package.name)
        if not self.services:
            return ["the integration has no actions (mark it exempt)"]
        missing = [name for name in self.services if f"{domain}.{name}" not in self.docs]
        return [f"{', '.join(f'{domain}.{m}' for m in missing)} not documented"] if missing else []

    def rule_docs_configuration_parameters(self) -> list[str]:
        """Every option is documented."""
        return self._labels_documented("options")

    def rule_docs_installation_parameters(self) -> list[str]:
        """Every setup field is documented."""
        return self._labels_documented("config")

    def rule_docs_triggers(self) -> list[str]:
        """Device triggers exist (otherwise the rule is exempt)."""
        return (
            []
            if (self.package / "device_trigger.py").is_file()
            else ["there is no device_trigger.py"]
        )

    def rule_docs_conditions(self) -> list[str]:
        """Device conditions exist (otherwise the rule is exempt)."""
        return (
            []
            if (self.package / "device_condition.py").is_file()
            else ["there is no device_condition.py"]
        )

    # -- code -----------------------------------------------------------------------------

    def _setup_entry(self, module: str) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
        """Return async_setup_entry of a module."""
        return self.code.function(module, "async_setup_entry")

    def rule_config_flow(self) -> list[str]:
        """Config flow declared and implemented, every field described."""
        errors = []
        if not self.manifest.get("config_flow") or not (self.package / "config_flow.py").is_file():
            errors.append("manifest config_flow is not true or config_flow.py is missing")
        for section in ("config", "options"):
            for step_id, step in (lookup(self.strings, [section, "step"]) or {}).items():
                described = set(step.get("data_description", {}))
                errors.extend(
                    f"{section}.step.{step_id}.data_description.{field_name} is missing"
                    for field_name in step.get("data", {})
                    if field_name not in described
                )
        return errors

    def rule_config_flow_test_coverage(self) -> list[str]:
        """The config flow has its test module."""
        tests = self.validator.root / "tests" / "test_config_flow.py"
        return [] if tests.is_file() else ["tests/test_config_flow.py is missing"]

    def rule_test_coverage(self) -> list[str]:
        """The test script enforces at least 95 % coverage."""
        script = self.validator.root / "scripts" / "test"
        match = (
            RE_COVERAGE_FLOOR.search(script.read_text(encoding="utf-8"))
            if script.is_file()
            else None
        )
        if match is None or int(match.group(1)) < 95:
            return ["scripts/test does not enforce --cov-fail-under of at least 95"]
        return []

    def rule_runtime_data(self) -> list[str]:
        """async_setup_entry stores entry.runtime_data; typed entries when strict."""
        function = self._setup_entry("__init__")
        if function is None or len(function.args.args) != 2:
            return ["__init__.py has no async_setup_entry(hass, entry)"]
        entry = function.args.args[1].arg
        errors = []
        if not any(
            isinstance(node, ast.Attribute)
            and node.attr == "runtime_data"
            and isinstance(node.ctx, ast.Store)
            and _base_name(node.value) == entry
            for node in ast.walk(function)
        ):
            errors.append("async_setup_entry does not set entry.runtime_data")
        for path, node in self.code.walk():
            if (
                isinstance(node, ast.Subscript)
                and isinstance(node.value, ast.Attribute)
                and node.value.attr == "data"
                and _base_name(node.value.value) == "hass"
            ):
                errors.append(f"{self.code.where(path, node)} uses hass.data[…]")
        if "strict-typing" in self.done:
            errors.extend(self._untyped_entries())
        return errors

    def _untyped_entries(self) -> list[str]:
        """Return functions that take a plain ConfigEntry instead of the typed alias."""
        positions: dict[str, dict[str, int]] = {
            "__init__": {
                "async_migrate_entry": 2,
                "async_remove_config_entry_device": 2,
                "async_remove_entry": 2,
                "async_setup_entry": 2,
                "async_unload_entry": 2,
            },
            "diagnostics": {
                "async_get_config_entry_diagnostics": 2,
                "async_get_device_diagnostics": 2,
            },
        }
        for platform in self.code.platform_modules():
            positions[platform] = {"async_setup_entry": 2}
        typed = re.compile(r"^[A-Za-z]+ConfigEntry$")
        errors = []

        def check(
            function: ast.FunctionDef | ast.AsyncFunctionDef, position: int, module: str
        ) -> None:
            """Check one function's config entry argument."""
            args = function.args.args
            annotation = args[position - 1].annotation if len(args) >= position else None
            if not (isinstance(annotation, ast.Name) and typed.match(annotation.id)):
                errors.append(f"{module}.py {function.name} does not take the typed config entry")

        for module, functions in positions.items():
            for name, position in functions.items():
                if (function := self.code.function(module, name)) is not None:
                    check(function, position, module)
        flow = self.code.modules.get(self.package / "config_flow.py")
        for node in flow.body if flow else []:
            if isinstance(node, ast.ClassDef):
                for item in node.body:
                    if isinstance(item, ast.FunctionDef) and item.name == "async_get_options_flow":
                        check(item, 1, "config_flow")
        return errors

    def rule_test_before_setup(self) -> list[str]:
        """Setup fails early: first refresh or a ConfigEntry* exception."""
        function = self._setup_entry("__init__")
        if function is not None and any(
            isinstance(node, ast.Call) and _call_name(node) == "async_config_entry_first_refresh"
            for node in ast.walk(function)
        ):
            return []
        raised = {
            _base_name(node.exc.func if isinstance(node.exc, ast.Call) else node.exc)
            for _, node in self.code.walk()
            if isinstance(node, ast.Raise) and node.exc is not None
        }
        if raised & {"ConfigEntryNotReady", "ConfigEntryAuthFailed", "ConfigEntryError"}:
            return []
        return ["async_setup_entry neither refreshes first nor raises ConfigEntryNotReady"]

    def rule_unique_config_entry(self) -> list[str]:
        """The config flow prevents duplicate entries."""
        if self.manifest.get("single_config_entry"):
            return []
        calls = [node for _, node in self.code.walk() if isinstance(node, ast.Call)]
        if {_call_name(node) for node in calls} & {
            "_abort_if_unique_id_configured",
            "_async_abort_entries_match",
        }:
            return []
        # A flow may compare entries itself (on a normalised value) and abort like those do.
        if any(
            _call_name(node) == "AbortFlow"
            and node.args
            and self.code.resolve(node.args[0]) == "already_configured"
            for node in calls
        ):
            return []
        return ["the config flow never aborts on an already configured entry"]

    def rule_config_entry_unloading(self) -> list[str]:
        """The entry can be unloaded."""
        return (
            []
            if self.code.function("__init__", "async_unload_entry")
            else ["no async_unload_entry"]
        )

    def rule_diagnostics(self) -> list[str]:
        """Diagnostics exist."""
        if self.code.function(
            "diagnostics", "async_get_config_entry_diagnostics"
        ) or self.code.function("diagnostics", "async_get_device_diagnostics"):
            return []
        return ["diagnostics.py has no async_get_config_entry_diagnostics"]

    def rule_parallel_updates(self) -> list[str]:
        """Every platform module sets PARALLEL_UPDATES."""
        missing = []
        for platform in self.code.platform_modules():
            tree = self.code.modules[self.package / f"{platform}.py"]
            names = {
                target.id
                for stmt in tree.body
                for target in (
                    stmt.targets
                    if isinstance(stmt, ast.Assign)
                    else [stmt.target]
                    if isinstance(stmt, ast.AnnAssign)
                    else []
                )
                if isinstance(target, ast.Name)
            }
            if "PARALLEL_UPDATES" not in names:
                missing.append(f"{platform}.py does not set PARALLEL_UPDATES")
        return missing

    def _flow_has(self, step: str) -> bool:
        """Return whether a config flow class defines a step."""
        return any(
            step in info.methods
            for info in self.code.classes.values()
            if info.module == "config_flow"
        )

    def rule_reauthentication_flow(self) -> list[str]:
        """A reauthentication step exists."""
        return (
            []
            if self._flow_has("async_step_reauth")
            else ["config_flow.py has no async_step_reauth"]
        )

    def rule_reconfiguration_flow(self) -> list[str]:
        """A reconfigure step exists."""
        return (
            []
            if self._flow_has("async_step_reconfigure")
            else ["config_flow.py has no async_step_reconfigure"]
        )

    def rule_discovery(self) -> list[str]:
        """Discovery is declared and handled."""
        if any(key in self.manifest for key in DISCOVERY_KEYS) or any(
            DISCOVERY_STEPS & info.methods for info in self.code.classes.values()
        ):
            return []
        return ["there is no discovery in the manifest or the config flow"]

    def rule_strict_typing(self) -> list[str]:
        """Mypy runs in strict mode over the integration."""
        pyproject = self.validator.root / "pyproject.toml"
        try:
            mypy = (
                tomllib.loads(pyproject.read_text(encoding="utf-8")).get("tool", {}).get("mypy", {})
            )
        except (OSError, tomllib.TOMLDecodeError):
            return ["pyproject.toml has no readable [tool.mypy]"]
        errors = [] if mypy.get("strict") is True else ["[tool.mypy] strict is not true"]
        files = mypy.get("files", [])
        target = self.validator.rel(self.package)
        if not any(
            target == f.rstrip("/") or target.startswith(f.rstrip("/") + "/") for f in files
        ):
            errors.append(f"[tool.mypy] files does not include {target}")
        return errors

    def rule_action_setup(self) -> list[str]:
        """Actions are registered in async_setup, never in a setup_entry."""
        return [
            f"{module}.py registers an action in async_setup_entry"
            for module in ["__init__", *self.code.platform_modules()]
            if (function := self._setup_entry(module)) is not None
            and any(
                isinstance(node, ast.Call)
                and (
                    _call_name(node) == "async_register_entity_service"
                    or (
                        _call_name(node) in {"async_register", "register"}
                        and isinstance(node.func, ast.Attribute)
                        and _base_name(node.func.value) == "services"
                    )
                )
                for node in ast.walk(function)
            )
        ]

    def rule_has_entity_name(self) -> list[str]:
        """Every entity class has _attr_has_entity_name = True in its hierarchy."""
        errors = []
        for name in self.code.classes:
            if not self.code.is_entity_class(name):
                continue
            value = self.code.inherited(name, "_attr_has_entity_name")
            if not (isinstance(value, ast.Constant) and value.value is True):
                errors.append(f"{name} does not set _attr_has_entity_name = True")
        return errors

    def _entity_classes_in_platforms(self) -> list[str]:
        """Return the entity classes defined in platform modules."""
        return [
            name
            for name, info in self.code.classes.items()
            if info.module in PLATFORMS and self.code.is_entity_class(name)
        ]

    def rule_entity_unique_id(self) -> list[str]:
        """Every platform entity sets a unique id."""
        return [
            f"{name} does not set _attr_unique_id"
            for name in self._entity_classes_in_platforms()
            if self.code.inherited(name, "_attr_unique_id") is None
            and self.code.inherited(name, "unique_id") is None
        ]

    def rule_devices(self) -> list[str]:
        """Entities belong to devices."""
        return [
            f"{name} has no device info"
            for name in self._entity_classes_in_platforms()
            if self.code.inherited(name, "_attr_device_info") is None
            and self.code.inherited(name, "device_info") is None
        ]

    def rule_entity_translations(self) -> list[str]:
        """Entity names come from translations, never from literal strings."""
        errors = []
        for name, info in self.code.classes.items():
            value = info.assigned.get("_attr_name")
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                errors.append(f"{name} sets a literal _attr_name")
        for path, node in self.code.walk():
            if isinstance(node, ast.Call) and _call_name(node).endswith("EntityDescription"):
                value = _keyword(node, "name")
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    errors.append(f"{self.code.where(path, node)} has a literal name")
        return errors

    def rule_exception_translations(self) -> list[str]:
        """User-facing exceptions are raised with translation keys."""
        errors = []
        for path, node in self.code.walk():
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                continue
            call = node.exc
            if (
                _call_name(call) in TRANSLATED_EXCEPTIONS
                and call.args
                and _keyword(call, "translation_key") is None
            ):
                errors.append(
                    f"{self.code.where(path, node)} raises {_call_name(call)} with a literal message"
                )
        return errors

    def rule_icon_translations(self) -> list[str]:
        """Icons come from icons.json, not from code."""
        errors = []
        for name, info in self.code.classes.items():
            if "_attr_icon" in info.assigned or "icon" in info.assigned:
                errors.append(f"{name} sets its icon in code")
        for path, node in self.code.walk():
            if (
                isinstance(node, ast.Call)
                and _call_name(node).endswith("EntityDescription")
                and _keyword(node, "icon") is not None
            ):
                errors.append(f"{self.code.where(path, node)} sets an icon in code")
        if self.services and not self.icons.get("services"):
            errors.append("icons.json has no action icons")
        return errors

    def rule_repair_issues(self) -> list[str]:
        """Repair issues are raised and translated."""
        calls = {_call_name(node) for _, node in self.code.walk() if isinstance(node, ast.Call)}
        if "async_create_issue" in calls and self.strings.get("issues"):
            return []
        return ["no ir.async_create_issue with translated issues"]

    def rule_brands(self) -> list[str]:
        """Brand images ship with the integration."""
        return (
            [] if (self.package / "brand" / "icon.png").is_file() else ["brand/icon.png is missing"]
        )

    def rule_common_modules(self) -> list[str]:
        """Coordinator and base entity live in their own modules."""
        return [
            f"{module}.py is missing"
            for module in ("coordinator", "entity")
            if self.code.platform_modules() and not (self.package / f"{module}.py").is_file()
        ]

    def rule_dependency_transparency(self) -> list[str]:
        """Requirements, if any, are pinned (checked by the manifest schema)."""
        return []

    def rule_integration_owner(self) -> list[str]:
        """The manifest names a code owner."""
        return [] if self.manifest.get("codeowners") else ["manifest has no codeowners"]


# ---------------------------------------------------------------------------------------


def validate(root: Path) -> list[Problem]:
    """Validate the repository at root and return its problems."""
    return Validator(root.resolve()).run()


def main(argv: list[str] | None = None) -> int:
    """Run the validator from the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--root", type=Path, default=ROOT, help="repository to validate")
    args = parser.parse_args(argv)
    # Home Assistant's YAML loader also logs what it raises; the problem list says it once.
    logging.getLogger().addHandler(logging.NullHandler())
    validator = Validator(args.root.resolve())
    problems = validator.run()
    for problem in problems:
        print(problem)
    if problems:
        print(f"validate: {len(problems)} problem(s)")
        return 1
    print(f"validate: OK ({', '.join(validator.checked)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
