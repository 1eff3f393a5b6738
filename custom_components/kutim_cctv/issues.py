"""Repair issues a user can act on: an unreachable portal, a changed format, TLS, gone cameras."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Final
from urllib.parse import urlsplit

from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import issue_registry as ir
from homeassistant.util.hass_dict import HassKey

from .const import DOMAIN, ISSUE_NEW_CAMERAS
from .markdown import markdown_placeholders
from .portal import (
    MAX_CAMERAS,
    PortalError,
    PortalFormatError,
    PortalTLSError,
    PortalTooLargeError,
    Profile,
    redact_url,
)

if TYPE_CHECKING:
    from collections.abc import Mapping

    from .data import KutimConfigEntry

UNREACHABLE_AFTER: Final = 3600.0
"""Seconds of consecutive failed polls before the portal is reported unreachable."""
FORMAT_POLLS: Final = 3
"""Consecutive unreadable answers before the list format is reported as changed."""
MAX_NAMES: Final = 10

ISSUE_CAMERAS_GONE: Final = "cameras_gone"
ISSUE_TOO_MANY_CAMERAS: Final = "too_many_cameras"
PROBE_COMMAND: Final = "python -m custom_components.kutim_cctv.portal list"
# Error classes (PortalError.reason) whose issue has its own text; any other class gets the
# issue's general text. Only translated text names the cause, never the error's message.
UNREACHABLE_REASONS: Final = frozenset(
    {"cannot_connect", "cannot_resolve", "timeout", "http_error", "unsafe_url"}
)
FORMAT_REASONS: Final = frozenset({"too_large"})


class Failure(StrEnum):
    """Why a poll of the camera list failed; the value keys its repair issue, if any."""

    UNREACHABLE = "portal_unreachable"
    FORMAT = "format_changed"
    TLS = "tls_error"
    EMPTY = "list_empty"


@dataclass(slots=True)
class PortalHealth:
    """Failure bookkeeping of one portal entry that outlives setup retries."""

    failing_since: float | None = None
    unreadable_polls: int = 0
    retry_at: float | None = None
    failure: Failure | None = None

    def failed(self, failure: Failure, now: float) -> None:
        """Record a failed poll."""
        if self.failing_since is None:
            self.failing_since = now
        self.unreadable_polls = self.unreadable_polls + 1 if failure is Failure.FORMAT else 0
        self.failure = failure

    def succeeded(self) -> None:
        """Forget past failures after a good poll."""
        self.failing_since = None
        self.unreadable_polls = 0
        self.failure = None


# The coordinator and the runtime data are rebuilt on every setup retry; an outage must
# still add up, so the bookkeeping lives with Home Assistant, by entry id, until unload.
DATA_HEALTH: Final[HassKey[dict[str, PortalHealth]]] = HassKey(f"{DOMAIN}_portal_health")


def portal_health(hass: HomeAssistant, entry: KutimConfigEntry) -> PortalHealth:
    """Return the failure bookkeeping of an entry."""
    return hass.data.setdefault(DATA_HEALTH, {}).setdefault(entry.entry_id, PortalHealth())


def failure_of(err: PortalError) -> Failure:
    """Classify a client error."""
    if isinstance(err, PortalTLSError):
        return Failure.TLS
    if isinstance(err, (PortalFormatError, PortalTooLargeError)):
        return Failure.FORMAT
    return Failure.UNREACHABLE


def issue_id(key: str, entry: KutimConfigEntry) -> str:
    """Return the id of one of an entry's issues."""
    return f"{key}_{entry.entry_id}"


def _probe_command(entry: KutimConfigEntry) -> str:
    """Return the probe CLI call that reads this portal the way the integration does."""
    settings = entry.runtime_data.client.settings
    command = f"{PROBE_COMMAND} --profile {settings.profile.value} --api {redact_url(settings.url)}"
    if settings.profile is Profile.KUTIM:
        command += f" --hls {redact_url(settings.hls_url)}"
    return command


@callback
def async_poll_failed(
    hass: HomeAssistant,
    entry: KutimConfigEntry,
    health: PortalHealth,
    now: float,
    reason: str,
    status: int | None = None,
) -> None:
    """Raise the issue a failed poll calls for, once its threshold is reached.

    ``reason`` is the class of the last error (``PortalError.reason``) and ``status`` its
    HTTP status: they choose the translated text, so no English message reaches it.
    """
    failure = health.failure
    if failure is Failure.TLS:
        host = urlsplit(entry.runtime_data.client.settings.url).hostname or ""
        _create(hass, entry, Failure.TLS, ir.IssueSeverity.ERROR, {"host": host})
    elif failure is Failure.FORMAT and health.unreadable_polls >= FORMAT_POLLS:
        key = _variant(Failure.FORMAT, reason, FORMAT_REASONS)
        placeholders: dict[str, str] = {"command": _probe_command(entry)}
        _create(hass, entry, Failure.FORMAT, ir.IssueSeverity.ERROR, placeholders, key)
    elif (
        failure is Failure.UNREACHABLE
        and health.failing_since is not None
        and now - health.failing_since >= UNREACHABLE_AFTER
    ):
        key = _variant(Failure.UNREACHABLE, reason, UNREACHABLE_REASONS)
        placeholders = {}
        if key == f"{Failure.UNREACHABLE}_http_error":
            placeholders["status"] = str(status) if status is not None else "?"
        _create(hass, entry, Failure.UNREACHABLE, ir.IssueSeverity.WARNING, placeholders, key)


def _variant(failure: Failure, reason: str, reasons: frozenset[str]) -> str:
    """Return the translation key of a failure issue for the class of its last error."""
    return f"{failure}_{reason}" if reason in reasons else failure.value


@callback
def async_poll_succeeded(hass: HomeAssistant, entry: KutimConfigEntry) -> None:
    """Clear the issues of a portal that answers with its list again."""
    for failure in (Failure.UNREACHABLE, Failure.FORMAT, Failure.TLS):
        ir.async_delete_issue(hass, DOMAIN, issue_id(failure, entry))


@callback
def async_update_cameras_gone(
    hass: HomeAssistant, entry: KutimConfigEntry, gone: Mapping[str, str]
) -> None:
    """Report selected cameras the portal no longer lists (id -> name), or clear the report."""
    placeholders: dict[str, str] | None = None
    if gone:
        names = sorted(gone.values())
        shown = ", ".join(names[:MAX_NAMES]) + (", …" if len(names) > MAX_NAMES else "")
        placeholders = {"count": str(len(gone)), "names": shown}
    async_set_issue(hass, entry, ISSUE_CAMERAS_GONE, placeholders, fixable=True)


@callback
def async_update_too_many_cameras(
    hass: HomeAssistant, entry: KutimConfigEntry, capped: bool
) -> None:
    """Report a camera list longer than the cap, or clear the report."""
    placeholders = {"limit": str(MAX_CAMERAS)} if capped else None
    async_set_issue(hass, entry, ISSUE_TOO_MANY_CAMERAS, placeholders, fixable=False)


@callback
def async_set_issue(
    hass: HomeAssistant,
    entry: KutimConfigEntry,
    key: str,
    placeholders: Mapping[str, str] | None,
    *,
    fixable: bool,
) -> None:
    """Create or update one of an entry's warnings, or delete it when there is nothing to say.

    A fixable issue carries the entry id for its repair flow.
    """
    if placeholders is None:
        ir.async_delete_issue(hass, DOMAIN, issue_id(key, entry))
        return
    _create(hass, entry, key, ir.IssueSeverity.WARNING, placeholders, fixable=fixable)


@callback
def async_delete_issues(hass: HomeAssistant, entry: KutimConfigEntry) -> None:
    """Delete every issue of an entry that is unloaded or removed, and its bookkeeping."""
    hass.data.get(DATA_HEALTH, {}).pop(entry.entry_id, None)
    keys = [*Failure, ISSUE_CAMERAS_GONE, ISSUE_NEW_CAMERAS, ISSUE_TOO_MANY_CAMERAS]
    for key in keys:
        ir.async_delete_issue(hass, DOMAIN, issue_id(key, entry))


def _create(
    hass: HomeAssistant,
    entry: KutimConfigEntry,
    key: str,
    severity: ir.IssueSeverity,
    placeholders: Mapping[str, str],
    translation_key: str | None = None,
    *,
    fixable: bool = False,
) -> None:
    """Create or update one of an entry's issues, keyed ``key``."""
    ir.async_create_issue(
        hass,
        DOMAIN,
        issue_id(key, entry),
        is_fixable=fixable,
        is_persistent=False,
        severity=severity,
        translation_key=translation_key or key,
        translation_placeholders=markdown_placeholders(
            {"portal": entry.title, **placeholders}, code=("command",)
        ),
        data={"entry_id": entry.entry_id} if fixable else None,
    )
