"""Shared ground of every check: repository paths, the problem record and the report.

A :class:`Report` holds the repository root and the problems found so far; every
artefact's checks are a mixin on it. Small helpers used by several artefacts live here too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
import json
from pathlib import Path
import re
import string
import struct
from typing import Any, Final

import homeassistant
from homeassistant.const import Platform
from homeassistant.helpers.translation import recursive_flatten
import voluptuous as vol

ROOT: Final = Path(__file__).resolve().parents[2]


HA_ROOT: Final = Path(homeassistant.__file__).resolve().parent


HA_COMPONENTS: Final = HA_ROOT / "components"


# The Home Assistant release the test suite runs on is the oldest one we support.
HA_PIN_FILE: Final = "requirements/ha.txt"


PLATFORMS: Final = frozenset(platform.value for platform in Platform)


DISCOVERY_KEYS: Final = ("bluetooth", "dhcp", "homekit", "mqtt", "ssdp", "usb", "zeroconf")


DISCOVERY_STEPS: Final = frozenset(f"async_step_{key}" for key in (*DISCOVERY_KEYS, "hassio"))


# Packages Home Assistant provides or pins itself; a custom integration must not pin them.
FORBIDDEN_REQUIREMENTS: Final = frozenset(
    {"aiohttp", "av", "homeassistant", "numpy", "pillow", "probatio", "pyturbojpeg", "voluptuous"}
)


HACS_COUNTRY_ERROR: Final = "is not an ISO 3166-1 alpha-2 country code"


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


# Platforms whose entities take their icon from the entity component on purpose.
PLATFORMS_WITHOUT_ICON: Final = frozenset({"camera"})


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


def _vol_errors(err: vol.Invalid) -> list[vol.Invalid]:
    """Return the single errors inside a voluptuous error."""
    return list(err.errors) if isinstance(err, vol.MultipleInvalid) else [err]


def _dotted(path: Iterable[Any]) -> str:
    """Return a key path as dotted text."""
    return ".".join(str(part) for part in path)


def flatten(data: Mapping[str, Any]) -> dict[str, Any]:
    """Return the leaves of a translation tree by dotted key, as Home Assistant flattens it.

    Values are typed Any: a broken file may hold lists or numbers where texts belong.
    """
    leaves: dict[str, Any] = recursive_flatten("", dict(data))
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


@dataclass
class Report:
    """The repository being checked and the problems found in it so far."""

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

    def read_object(self, path: Path, missing: str | None) -> dict[str, Any] | None:
        """Read a JSON file that must hold an object; record why it cannot be used.

        ``missing`` is the problem to record when the file does not exist; None when
        the file is optional.
        """
        if not path.is_file():
            if missing is not None:
                self.add(path, "", missing)
            return None
        data, error = _read_json(path)
        if error or not isinstance(data, dict):
            self.add(path, "", error or "must be a JSON object")
            return None
        return data

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
