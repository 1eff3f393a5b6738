"""Glue between config entry data and the portal client."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
import unicodedata

from homeassistant.core import HomeAssistant
from homeassistant.helpers.aiohttp_client import async_get_clientsession

from .const import (
    CONF_ALLOW_LOCAL,
    CONF_EXTRA_HOSTS,
    CONF_HEADERS,
    CONF_HLS_URL,
    CONF_LANDING_URL,
    CONF_PROFILE,
    CONF_URL,
    CONF_VERIFY_SSL,
    DEFAULT_API_URL,
    DEFAULT_HLS_URL,
)
from .portal import PortalClient, PortalSettings, Profile

ALLOWED_HEADERS = frozenset(
    {"referer", "origin", "user-agent", "x-requested-with", "accept", "accept-language", "cookie"}
)


class InvalidHeaderError(ValueError):
    """A header line could not be understood."""


def _has_controls(value: str) -> bool:
    """Return True when a header value holds control characters other than a tab."""
    return any(unicodedata.category(char) == "Cc" and char != "\t" for char in value)


def parse_headers(text: str) -> dict[str, str]:
    """Parse 'Name: value' lines into a header mapping; raise InvalidHeaderError."""
    headers: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        name, sep, value = line.partition(":")
        name = name.strip()
        if not sep or not name or any(c.isspace() for c in name) or _has_controls(value):
            raise InvalidHeaderError(line)
        if name.lower() not in ALLOWED_HEADERS:
            raise InvalidHeaderError(line)
        headers[name] = value.strip()
    return headers


def format_headers(headers: Mapping[str, str]) -> str:
    """Return headers as the 'Name: value' lines the forms show."""
    return "\n".join(f"{name}: {value}" for name, value in headers.items())


def settings_from_data(data: Mapping[str, Any], *, prettify: bool = True) -> PortalSettings:
    """Build portal settings from config entry data (or a flow's user input)."""
    return PortalSettings(
        profile=Profile(data.get(CONF_PROFILE, Profile.KUTIM)),
        url=data.get(CONF_URL) or DEFAULT_API_URL,
        hls_url=data.get(CONF_HLS_URL) or DEFAULT_HLS_URL,
        headers=dict(data.get(CONF_HEADERS) or {}),
        landing_url=data.get(CONF_LANDING_URL) or None,
        verify_ssl=bool(data.get(CONF_VERIFY_SSL, True)),
        allow_local=bool(data.get(CONF_ALLOW_LOCAL, False)),
        extra_hosts=tuple(str(host) for host in data.get(CONF_EXTRA_HOSTS) or ()),
        prettify_names=prettify,
    )


def create_client(
    hass: HomeAssistant, data: Mapping[str, Any], *, prettify: bool = True
) -> PortalClient:
    """Create a portal client on Home Assistant's shared HTTP session."""
    settings = settings_from_data(data, prettify=prettify)
    session = async_get_clientsession(hass, verify_ssl=settings.verify_ssl)
    return PortalClient(session, settings)
