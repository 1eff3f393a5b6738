"""Portal errors reach the user as translated text chosen by their class, never their message."""

from __future__ import annotations

import json
from pathlib import Path
import re
from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir
from homeassistant.helpers.update_coordinator import UpdateFailed
import pytest

from custom_components.kutim_cctv.const import DOMAIN
from custom_components.kutim_cctv.coordinator import UPDATE_FAILED_REASONS
from custom_components.kutim_cctv.issues import (
    FORMAT_POLLS,
    FORMAT_REASONS,
    UNREACHABLE_AFTER,
    UNREACHABLE_REASONS,
    Failure,
    issue_id,
)
from custom_components.kutim_cctv.portal import (
    PortalConnectionError,
    PortalDNSError,
    PortalError,
    PortalFormatError,
    PortalHTTPError,
    PortalNoStreamError,
    PortalTimeoutError,
    PortalTLSError,
    PortalTooLargeError,
    PortalUnsafeURLError,
)

from .harness import Harness, LogWatch
from .test_reliability import Loaded, load

COMPONENT = Path(__file__).parent.parent / "custom_components" / "kutim_cctv"
LANGUAGES = ("en", "id")
# An English message as the client writes them; none of its words may reach a text.
MESSAGE = "Quixotic zyzzyva xq17 refusal"
PLACEHOLDER = re.compile(r"\{(\w+)\}")

# Every class of portal error, with the update error key and the issue it leads to.
CASES: list[tuple[PortalError, str, Failure, str]] = [
    (PortalConnectionError(MESSAGE), "update_failed_cannot_connect", Failure.UNREACHABLE,
     "portal_unreachable_cannot_connect"),
    (PortalDNSError(MESSAGE), "update_failed_cannot_resolve", Failure.UNREACHABLE,
     "portal_unreachable_cannot_resolve"),
    (PortalTimeoutError(MESSAGE), "update_failed_timeout", Failure.UNREACHABLE,
     "portal_unreachable_timeout"),
    (PortalHTTPError(MESSAGE, status=502), "update_failed_http_error", Failure.UNREACHABLE,
     "portal_unreachable_http_error"),
    (PortalUnsafeURLError(MESSAGE), "update_failed_unsafe_url", Failure.UNREACHABLE,
     "portal_unreachable_unsafe_url"),
    (PortalNoStreamError(MESSAGE), "update_failed", Failure.UNREACHABLE, "portal_unreachable"),
    (PortalError(MESSAGE), "update_failed", Failure.UNREACHABLE, "portal_unreachable"),
    (PortalTLSError(MESSAGE), "update_failed_tls_error", Failure.TLS, "tls_error"),
    (PortalFormatError(MESSAGE, tried=("json",)), "update_failed_invalid_format",
     Failure.FORMAT, "format_changed"),
    (PortalTooLargeError(MESSAGE), "update_failed_too_large", Failure.FORMAT,
     "format_changed_too_large"),
]  # fmt: skip


def texts(language: str) -> dict[str, Any]:
    """Return one of the translation files."""
    path = COMPONENT / (
        "strings.json" if language == "strings" else f"translations/{language}.json"
    )
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def render(text: str, placeholders: dict[str, str] | None) -> str:
    """Fill a translated text the way the frontend does; every placeholder must be given."""
    given = placeholders or {}
    assert set(PLACEHOLDER.findall(text)) <= set(given), text
    return PLACEHOLDER.sub(lambda m: given[m.group(1)], text)


def assert_clean(rendered: str) -> None:
    """No word of the English error message is in a rendered text."""
    for word in MESSAGE.split():
        assert word.lower() not in rendered.lower(), rendered


@pytest.fixture
async def loaded(hass: HomeAssistant, harness: Harness, logs: LogWatch) -> Loaded:
    """Return a loaded Kutim entry on the harness."""
    return await load(hass, harness, logs)


def test_no_text_takes_an_error_message() -> None:
    """No translated text has a placeholder for an error's message."""
    for language in ("strings", *LANGUAGES):
        dump = json.dumps(texts(language))
        assert "{error}" not in dump
        assert "{message}" not in dump


def test_every_class_has_its_text_in_every_language() -> None:
    """Each class-specific key exists with the same placeholders in all three files."""
    keys = [("exceptions", "update_failed", "message")]
    keys += [("exceptions", f"update_failed_{r}", "message") for r in UPDATE_FAILED_REASONS]
    for base, reasons in (
        (Failure.UNREACHABLE, UNREACHABLE_REASONS),
        (Failure.FORMAT, FORMAT_REASONS),
    ):
        for key in [base.value, *(f"{base}_{r}" for r in reasons)]:
            keys += [("issues", key, "title"), ("issues", key, "description")]
    files = {language: texts(language) for language in ("strings", *LANGUAGES)}
    for section, key, field in keys:
        found = {lang: data[section][key][field] for lang, data in files.items()}
        names = {lang: set(PLACEHOLDER.findall(text)) for lang, text in found.items()}
        assert names["strings"] == names["en"] == names["id"], key
        # The Indonesian text is a translation, not the English one.
        assert found["id"] != found["en"], key
    # The class-specific sentences differ from each other in both languages.
    for language in LANGUAGES:
        update = [
            files[language]["exceptions"][f"update_failed_{r}"]["message"]
            for r in UPDATE_FAILED_REASONS
        ]
        assert len(set(update)) == len(UPDATE_FAILED_REASONS)
        issues = files[language]["issues"]
        unreachable = [
            issues[f"portal_unreachable_{r}"]["description"] for r in UNREACHABLE_REASONS
        ]
        assert (
            len({*unreachable, issues["portal_unreachable"]["description"]})
            == len(UNREACHABLE_REASONS) + 1
        )


@pytest.mark.parametrize(
    ("error", "update_key", "failure", "issue_key"), CASES, ids=[type(c[0]).__name__ for c in CASES]
)
async def test_error_class_chooses_the_texts(
    hass: HomeAssistant,
    loaded: Loaded,
    monkeypatch: pytest.MonkeyPatch,
    error: PortalError,
    update_key: str,
    failure: Failure,
    issue_key: str,
) -> None:
    """The update error and the repair issue name the class, in English and Indonesian."""

    async def failing(**_: Any) -> None:
        raise error

    now = [10_000.0]
    loaded.coordinator.clock = lambda: now[0]
    monkeypatch.setattr(loaded.coordinator.client, "async_get_cameras", failing)
    await loaded.poll()
    exc = loaded.coordinator.last_exception
    assert isinstance(exc, UpdateFailed)
    assert exc.translation_domain == DOMAIN
    assert exc.translation_key == update_key
    # Only the log shows the (redacted) English message, as the exception's own text.
    assert str(exc) == MESSAGE
    for language in LANGUAGES:
        message = texts(language)["exceptions"][update_key]["message"]
        rendered = render(message, exc.translation_placeholders)
        assert_clean(rendered)
        if isinstance(error, PortalHTTPError):
            assert "502" in rendered
    # Enough failures for the issue of the class.
    now[0] += UNREACHABLE_AFTER
    await loaded.poll(FORMAT_POLLS)
    issue = ir.async_get(hass).async_get_issue(DOMAIN, issue_id(failure, loaded.entry))
    assert issue is not None
    assert issue.translation_key == issue_key
    placeholders = dict(issue.translation_placeholders or {})
    assert "error" not in placeholders
    assert placeholders["portal"] == loaded.entry.title
    for language in LANGUAGES:
        entry = texts(language)["issues"][issue_key]
        rendered = render(entry["title"], placeholders) + render(entry["description"], placeholders)
        used = PLACEHOLDER.findall(entry["title"] + entry["description"])
        assert set(used) == set(placeholders)
        assert_clean(rendered)
        if isinstance(error, PortalHTTPError):
            assert "502" in rendered
    # The diagnostics keep the message for whoever debugs the portal.
    assert loaded.coordinator.last_error == MESSAGE
