"""strings.json and translations/*.json: schema, references, same keys and placeholders.

Also checks that every translation key the code uses exists in the strings.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Final

from homeassistant.helpers import config_validation as cv
import voluptuous as vol

from .code import CodeIndex, FlowUse, TranslationUse
from .common import (
    HA_COMPONENTS,
    HA_ROOT,
    PLATFORMS,
    PLATFORMS_WITHOUT_ICON,
    RE_ANY_REFERENCE,
    RE_LANGUAGE_FILE,
    RE_REFERENCE,
    Report,
    _read_json,
    flatten,
    lookup,
    placeholders,
)
from .values import keyed, plain_text, text, translation_key

ISSUE_EXCLUSIVE: Final = (
    "an issue has a description (not fixable) or a fix_flow (fixable), not both"
)


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


class TranslationChecks(Report):
    """Checks of strings.json and translations/*.json."""

    def check_strings(self, package: Path) -> dict[str, Any]:
        """Check strings.json's structure and that its references resolve."""
        self.checked.append("strings.json")
        path = package / "strings.json"
        strings = self.read_object(path, "missing: the integration's texts must be translatable")
        if strings is None:
            return {}
        self.schema_problems(path, strings_schema(), strings)
        for key, value in flatten(strings).items():
            if not isinstance(value, str):
                continue
            if (match := RE_REFERENCE.fullmatch(value)) is None:
                continue
            target = self.resolve_reference(match.group(1), package.name, strings)
            if target is None:
                self.add(path, key, f"reference [%key:{match.group(1)}%] does not resolve")
            elif RE_REFERENCE.fullmatch(target):
                self.add(path, key, "reference points to another reference")
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

    def resolved_strings(self, package: Path, strings: Mapping[str, Any]) -> dict[str, str]:
        """Return strings.json's texts with references replaced by what they point to."""
        resolved: dict[str, str] = {}
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
                self.add(path, key, "missing: strings.json has this key")
            for key in sorted(set(leaves) - set(source)):
                self.add(path, key, "not in strings.json")
            for key, value in leaves.items():
                if not isinstance(value, str):
                    self.add(path, key, "must be a string")
                    continue
                if RE_ANY_REFERENCE.search(value):
                    self.add(path, key, "[%key:…%] references belong only in strings.json")
                    continue
                if key not in source:
                    continue
                try:
                    mine, theirs = placeholders(value), placeholders(source[key])
                except ValueError as err:
                    self.add(path, key, f"unbalanced braces: {err}")
                    continue
                if mine != theirs:
                    self.add(
                        path,
                        key,
                        f"placeholders {sorted(mine)} differ from strings.json's {sorted(theirs)}",
                    )
                elif path.name == "en.json" and value != source[key]:
                    self.add(path, key, "differs from strings.json; regenerate en.json")

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
