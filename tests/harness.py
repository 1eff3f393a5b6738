"""A loopback network for end-to-end tests: a public-looking portal name, TLS and log checks.

The fake portal listens on 127.0.0.1 but is configured under ``PORTAL_HOST``. The HTTP
session resolves every name to loopback while the URL policy is told the names resolve to
a public address, so the integration treats the portal exactly like the real, public one
(no local-network exemption) and hostile URLs are judged as they would be in a home.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from contextlib import asynccontextmanager, contextmanager
from dataclasses import replace
import logging
from pathlib import Path
import socket
import ssl
from typing import Any
from unittest.mock import patch

import aiohttp
from aiohttp import web
from aiohttp.abc import AbstractResolver, ResolveResult
from homeassistant.const import STATE_UNAVAILABLE
from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.kutim_cctv.const import (
    CONF_ALLOW_LOCAL,
    CONF_HEADERS,
    CONF_HLS_URL,
    CONF_PROFILE,
    CONF_URL,
    CONF_VERIFY_SSL,
    CONFIG_VERSION,
    DOMAIN,
)
from custom_components.kutim_cctv.coordinator import KutimCoordinator
from custom_components.kutim_cctv.issues import FORMAT_POLLS, UNREACHABLE_AFTER
from custom_components.kutim_cctv.portal import PortalClient, PortalSettings
from custom_components.kutim_cctv.util import settings_from_data
from fake_portal import FakePortal
from fake_portal.data import demo_cameras
from fake_portal.tls import write_self_signed

from .conftest import entry_options

PORTAL_HOST = "cctv-portal.kutim.example"
PUBLIC_ADDRESS = "36.91.12.34"
OUR_LOGGER = "custom_components.kutim_cctv"


def slow_step_notice(record: logging.LogRecord) -> bool:
    """Tell asyncio's debug-mode notice of a slow loop step ("Executing <Task …> took 0.107 s").

    The test loop runs in asyncio debug mode, which logs any step over 0.1 s of wall-clock
    time; on a loaded machine that measures the machine, not the integration. Tests that
    demand no warning at all leave out only this notice; any other asyncio record (an
    unclosed session, a destroyed pending task, an unretrieved exception) still counts.
    """
    return record.name == "asyncio" and str(record.msg).startswith("Executing ")


CLIENT_TIMEOUT = 2.0


class Network:
    """Name resolution of the test network, for the HTTP session and the URL policy."""

    def __init__(self) -> None:
        """Start with every name resolving (publicly, for the policy) and reachable."""
        self.policy_answers: dict[str, list[str]] = {}
        self.unresolvable: set[str] = set()
        self.ports: dict[str, int] = {}

    async def policy_resolve(self, host: str, port: int) -> list[str]:
        """Answer the URL policy: a public address unless told otherwise."""
        if host in self.unresolvable:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return self.policy_answers.get(host, [PUBLIC_ADDRESS])

    def route(self, host: str, address: str, port: int) -> tuple[str, int]:
        """Carry a connection to a checked address to the loopback server behind it."""
        return "127.0.0.1", self.ports.get(host, port)


class LoopbackResolver(AbstractResolver):
    """Resolve every name to 127.0.0.1 (optionally to another port) for aiohttp."""

    def __init__(self, network: Network) -> None:
        """Bind the resolver to the test network."""
        self._network = network

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        """Return loopback, or fail like a resolver for names marked unresolvable."""
        if host in self._network.unresolvable:
            raise OSError(socket.EAI_NONAME, "Name or service not known")
        target = self._network.ports.get(host, port)
        return [
            ResolveResult(
                hostname=host,
                host="127.0.0.1",
                port=target,
                family=socket.AF_INET,
                proto=0,
                flags=0,
            )
        ]

    async def close(self) -> None:
        """Release nothing."""


class Harness:
    """The fake portal under a public name, a session that reaches it, and the entry."""

    def __init__(self, tmp_path: Path) -> None:
        """Prepare the network; the portal starts with ``start``."""
        self.tmp_path = tmp_path
        self.network = Network()
        self.portal: FakePortal | None = None
        self.session: aiohttp.ClientSession | None = None
        self.server_tls: ssl.SSLContext | None = None
        self.trusted: tuple[Path, Path] | None = None
        self.untrusted: tuple[Path, Path] | None = None
        self.clients: list[PortalClient] = []
        self.timeout = CLIENT_TIMEOUT

    async def start(
        self,
        *,
        tls: bool = False,
        routes: Callable[[FakePortal], None] | None = None,
        **portal_args: Any,
    ) -> FakePortal:
        """Start the fake portal (over HTTPS with a certificate the session trusts).

        ``routes`` may add routes of the test's own to the portal before it starts.
        """
        portal = FakePortal(portal_args.pop("cameras", demo_cameras()), **portal_args)
        portal.faults.malformed_item = False
        if routes is not None:
            routes(portal)
        client_tls: ssl.SSLContext | bool = True
        if tls:
            self.trusted = write_self_signed(self.tmp_path / "trusted", [PORTAL_HOST])
            self.untrusted = write_self_signed(self.tmp_path / "untrusted", [PORTAL_HOST])
            self.server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            self.server_tls.load_cert_chain(*self.trusted)
            client_tls = ssl.create_default_context(cafile=str(self.trusted[0]))
        await portal.start(ssl_context=self.server_tls)
        self.portal = portal
        # A new connection per request, so name and certificate changes apply at once.
        connector = aiohttp.TCPConnector(
            resolver=LoopbackResolver(self.network),
            ssl=client_tls,
            use_dns_cache=False,
            force_close=True,
        )
        self.session = aiohttp.ClientSession(connector=connector)
        return portal

    @property
    def url(self) -> str:
        """Return the portal's base URL under its public name."""
        assert self.portal is not None
        scheme, _, rest = self.portal.url.partition("://")
        return f"{scheme}://{PORTAL_HOST}:{rest.rsplit(':', 1)[1]}"

    def clear_faults(self) -> None:
        """Switch every fault off, including the default malformed list item."""
        assert self.portal is not None
        self.portal.faults.reset()
        self.portal.faults.malformed_item = False

    def use_certificate(self, trusted: bool) -> None:
        """Make the portal present the trusted certificate or an untrusted one."""
        assert self.server_tls is not None and self.trusted and self.untrusted
        self.server_tls.load_cert_chain(*(self.trusted if trusted else self.untrusted))

    def entry(
        self,
        *,
        profile: str = "kutim",
        path: str = "",
        data: Mapping[str, Any] | None = None,
        **options: Any,
    ) -> MockConfigEntry:
        """Return a config entry for the portal, every demo camera selected."""
        entry_data: dict[str, Any] = {
            CONF_PROFILE: profile,
            CONF_URL: self.url + path,
            CONF_HLS_URL: self.url,
            CONF_HEADERS: {},
            CONF_VERIFY_SSL: True,
            CONF_ALLOW_LOCAL: False,
            **(data or {}),
        }
        return MockConfigEntry(
            domain=DOMAIN,
            title="Kutai Timur CCTV",
            version=CONFIG_VERSION,
            data=entry_data,
            options=entry_options(**options),
        )

    def create_client(
        self, hass: HomeAssistant, data: Mapping[str, Any], *, prettify: bool = True
    ) -> PortalClient:
        """Stand in for the integration's client factory: this network, short timeouts."""
        assert self.session is not None
        settings: PortalSettings = replace(
            settings_from_data(data, prettify=prettify), timeout=self.timeout
        )
        client = PortalClient(
            self.session,
            settings,
            resolve=self.network.policy_resolve,
            route=self.network.route,
        )
        self.clients.append(client)
        return client

    async def close(self) -> None:
        """Stop the portal and close the session."""
        if self.session is not None:
            await self.session.close()
        if self.portal is not None:
            await self.portal.stop()


class LogWatch(logging.Handler):
    """Collect every log record and read what the integration logged since the last look."""

    def __init__(self, caplog: pytest.LogCaptureFixture) -> None:
        """Capture everything from DEBUG up, across fixture setup and the test."""
        super().__init__(logging.DEBUG)
        caplog.set_level(logging.DEBUG)
        self.records: list[logging.LogRecord] = []
        self._seen = 0
        logging.getLogger().addHandler(self)

    def emit(self, record: logging.LogRecord) -> None:
        """Keep a record."""
        self.records.append(record)

    def close(self) -> None:
        """Stop collecting."""
        logging.getLogger().removeHandler(self)
        super().close()

    def lines(self) -> list[str]:
        """Return the integration's new INFO-or-higher messages."""
        records = self.records[self._seen :]
        self._seen = len(self.records)
        return [
            record.getMessage()
            for record in records
            if record.name.startswith(OUR_LOGGER) and record.levelno >= logging.INFO
        ]

    def text(self) -> str:
        """Return every message and traceback logged so far, at any level."""
        formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
        return "\n".join(formatter.format(record) for record in self.records)

    def assert_no_crash(self) -> None:
        """Assert that nothing logged a traceback or an unexpected error."""
        # asyncio reports closed and refused connections at DEBUG level with a traceback.
        for record in self.records:
            if record.levelno < logging.WARNING:
                continue
            message = record.getMessage()
            assert record.exc_info is None, message
            assert "Unexpected error" not in message
            assert "Traceback" not in message
            if not record.name.startswith(OUR_LOGGER):
                assert record.levelno < logging.ERROR, message


@asynccontextmanager
async def running_harness(tmp_path: Path) -> AsyncIterator[Harness]:
    """Provide a harness the integration builds its portal clients on."""
    harness = Harness(tmp_path)
    with patch("custom_components.kutim_cctv.create_client", harness.create_client):
        try:
            yield harness
        finally:
            await harness.close()


@contextmanager
def watching_logs(caplog: pytest.LogCaptureFixture) -> Iterator[LogWatch]:
    """Watch the log; on the way out, check that nothing crashed."""
    watch = LogWatch(caplog)
    try:
        yield watch
    finally:
        watch.close()
    watch.assert_no_crash()


def unavailable(hass: HomeAssistant, entity_id: str) -> bool:
    """Return True when an entity's state is unavailable."""
    state = hass.states.get(entity_id)
    assert state is not None
    return state.state == STATE_UNAVAILABLE


async def raise_outage_and_format_issues(
    hass: HomeAssistant, portal: FakePortal, coordinator: KutimCoordinator, now: list[float]
) -> None:
    """Poll through an outage long enough to report, then unreadable answers until reported.

    ``now`` is the coordinator's clock, moved here.
    """
    portal.faults.status = 500
    await coordinator.async_refresh()
    now[0] += UNREACHABLE_AFTER
    await coordinator.async_refresh()
    portal.faults.status = None
    portal.faults.garbage = True
    for _ in range(FORMAT_POLLS):
        await coordinator.async_refresh()
    await hass.async_block_till_done()


def fault_answer(portal: FakePortal, page: str) -> web.Response | None:
    """Return what a list route answers while the portal's faults say it is down or broken.

    An HTTP error status answers with that status; garbage answers with the HTML ``page``.
    """
    if portal.faults.status is not None:
        return web.json_response({"error": "down"}, status=portal.faults.status)
    if portal.faults.garbage:
        return web.Response(text=page, content_type="text/html")
    return None
