"""Evidence for quality scale rules: one ``rule_*`` method per rule that can be verified.

A rule marked done in quality_scale.yaml without a method here is taken on trust.
"""

from __future__ import annotations

import ast
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
import re
import tomllib
from typing import Any, Final

from .code import CodeIndex, _base_name, _call_name, _keyword
from .common import (
    DISCOVERY_KEYS,
    DISCOVERY_STEPS,
    PLATFORMS,
    RE_COVERAGE_FLOOR,
    RE_HEADING,
    TRANSLATED_EXCEPTIONS,
    Report,
    _heading_match,
    _read_json,
    lookup,
)

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


@dataclass
class RuleChecks:
    """Automatic evidence for quality scale rules marked done."""

    validator: Report
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
