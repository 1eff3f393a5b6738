"""Single values the schemas are made of: keys, texts, icons, versions, URLs, requirements.

Each function is a voluptuous validator written after hassfest's rules; where Home
Assistant ships the rule (config validation, AwesomeVersion, countries) it is used.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final, get_args

from awesomeversion import AwesomeVersion, AwesomeVersionException, AwesomeVersionStrategy
from homeassistant.generated.countries import COUNTRIES
from homeassistant.helpers import config_validation as cv
from packaging.requirements import InvalidRequirement, Requirement
import voluptuous as vol

from .common import (
    FORBIDDEN_REQUIREMENTS,
    HA_COMPONENTS,
    HACS_COUNTRY_ERROR,
    RE_ANY_REFERENCE,
    RE_CODEOWNER,
    RE_QUOTED_PLACEHOLDER,
    RE_REFERENCE,
    RE_TRANSLATION_KEY,
    RE_URL,
    _vol_errors,
    placeholders,
)

# The version strategies Home Assistant's loader accepts for a custom integration.
VERSION_STRATEGIES: Final = [
    AwesomeVersionStrategy.CALVER,
    AwesomeVersionStrategy.SEMVER,
    AwesomeVersionStrategy.SIMPLEVER,
    AwesomeVersionStrategy.BUILDVER,
    AwesomeVersionStrategy.PEP440,
]


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
