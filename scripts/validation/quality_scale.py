"""quality_scale.yaml: schema, known rules, and evidence for each rule marked done."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from homeassistant.exceptions import HomeAssistantError
from homeassistant.util.yaml import load_yaml_dict
import voluptuous as vol

from .code import CodeIndex
from .common import Report
from .rules import ALL_RULES, RuleChecks


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


class QualityScaleChecks(Report):
    """Checks of quality_scale.yaml."""

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
