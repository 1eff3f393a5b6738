"""HACS: hacs.json, the README and the one integration under custom_components/."""

from __future__ import annotations

from pathlib import Path
import re
from typing import Any

import voluptuous as vol

from .common import HA_PIN_FILE, Report, _read_json
from .values import country, version


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


class HacsChecks(Report):
    """Checks of HACS."""

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
