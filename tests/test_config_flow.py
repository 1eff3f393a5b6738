"""Tests for the config flow, the reconfigure flow and the options flow."""

from __future__ import annotations

from collections.abc import AsyncIterator, Generator, Mapping
import json
from pathlib import Path
import re
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any
from unittest.mock import AsyncMock, patch

from homeassistant.config_entries import SOURCE_USER, ConfigEntryState
from homeassistant.data_entry_flow import FlowResult, FlowResultType, section
from homeassistant.helpers import config_validation as cv
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
import voluptuous as vol
import voluptuous_serialize

from custom_components.kutim_cctv import config_flow
from custom_components.kutim_cctv.config_flow import (
    OPTION_SECTIONS,
    OPTIONS_NEED_LISTENER,
    flatten_options,
)
from custom_components.kutim_cctv.const import (
    CONF_ACTIVITY,
    CONF_ACTIVITY_HOLD,
    CONF_ACTIVITY_THRESHOLD,
    CONF_ADD_NEW,
    CONF_ALLOW_LOCAL,
    CONF_CAMERAS,
    CONF_EXPOSE_COORDINATES,
    CONF_EXTRA_HOSTS,
    CONF_FRESHNESS,
    CONF_HEADERS,
    CONF_HLS_URL,
    CONF_KNOWN_CAMERAS,
    CONF_PRETTIFY,
    CONF_PROBE_INTERVAL,
    CONF_PROFILE,
    CONF_SCAN_INTERVAL,
    CONF_URL,
    CONF_VERIFY_SSL,
    CONFIG_VERSION,
    DEFAULT_ACTIVITY_HOLD,
    DEFAULT_ACTIVITY_THRESHOLD,
    DEFAULT_FRESHNESS,
    DEFAULT_PROBE_INTERVAL,
    DEFAULT_SCAN_INTERVAL,
    DOMAIN,
)
from custom_components.kutim_cctv.portal import (
    Camera,
    CameraList,
    PortalClient,
    PortalConnectionError,
    PortalDNSError,
    PortalFormat,
    PortalFormatError,
    PortalHTTPError,
    PortalNoStreamError,
    PortalTimeoutError,
    PortalTLSError,
    PortalTooLargeError,
    PortalUnsafeURLError,
)
from custom_components.kutim_cctv.portal.client import AUTO_TRIED
from fake_portal import FakeCamera, FakePortal, make_self_signed

from .conftest import demo_camera_ids, entry_options

if TYPE_CHECKING:
    from homeassistant.core import HomeAssistant

INTEGRATION = Path(__file__).parents[1] / "custom_components" / DOMAIN
FLOW_SECTIONS = ("config", "options", "selector")
DEMO_IDS = demo_camera_ids()


# --------------------------------------------------------------------- fixtures


@pytest.fixture
def mock_setup_entry() -> Generator[AsyncMock]:
    """Keep created entries from setting up the integration."""
    with (
        patch("custom_components.kutim_cctv.async_setup_entry", return_value=True) as setup,
        patch("custom_components.kutim_cctv.async_unload_entry", return_value=True),
    ):
        yield setup


@pytest.fixture
def kutim_hosts(fake_portal: FakePortal) -> Generator[str]:
    """Point the preselected Kutim hosts at the fake portal."""
    with (
        patch.object(config_flow, "DEFAULT_API_URL", fake_portal.url),
        patch.object(config_flow, "DEFAULT_HLS_URL", fake_portal.url),
    ):
        yield fake_portal.url


@pytest.fixture
def area_portal(fake_portal: FakePortal) -> FakePortal:
    """Add a camera without a kecamatan to the fake portal."""
    fake_portal.cameras.append(
        FakeCamera(108, "CCTV KANTOR DESA SANGKIMA", "0.4", "117.5", "desa-sangkima", None)
    )
    return fake_portal


@pytest.fixture
async def new_portal(socket_enabled: None) -> AsyncIterator[FakePortal]:
    """Run a second fake portal: the place an entry moves to."""
    portal = FakePortal()
    await portal.start()
    yield portal
    await portal.stop()


@pytest.fixture
async def tls_portal(socket_enabled: None, tmp_path: Path) -> AsyncIterator[FakePortal]:
    """Run a fake portal over HTTPS with a self-signed certificate."""
    portal = FakePortal()
    await portal.start(ssl_context=make_self_signed(tmp_path))
    yield portal
    await portal.stop()


# --------------------------------------------------------------------- helpers


def portal_input(url: str, /, **overrides: Any) -> dict[str, Any]:
    """Return a complete submission of the portal (or reconfigure) form."""
    values: dict[str, Any] = {
        CONF_URL: url,
        CONF_HLS_URL: "",
        CONF_PROFILE: "auto",
        CONF_HEADERS: "",
        CONF_VERIFY_SSL: True,
        CONF_ALLOW_LOCAL: False,
    }
    values.update(overrides)
    return values


def assert_new_style_entry(result: FlowResult) -> None:
    """Assert that a created entry is of the current version and not keyed on a URL."""
    entry = result["result"]
    assert entry.version == CONFIG_VERSION
    assert entry.unique_id is None


async def assert_options_applied(hass: HomeAssistant, entry: MockConfigEntry) -> None:
    """Wait for the reload that applies new options to an entry that was not loaded.

    From 2026.2 on the options flow reloads (so sets up) the entry; 2025.4 reloads through
    an update listener, which only a loaded entry has.
    """
    await hass.async_block_till_done()
    expected = ConfigEntryState.NOT_LOADED if OPTIONS_NEED_LISTENER else ConfigEntryState.LOADED
    assert entry.state is expected


def nest(flat: Mapping[str, Any]) -> dict[str, Any]:
    """Return an options submission with each field in its section, as the frontend sends it."""
    nested: dict[str, Any] = {}
    for key, value in flat.items():
        name = next((n for n, keys in OPTION_SECTIONS.items() if key in keys), None)
        if name is None:
            nested[key] = value
        else:
            nested.setdefault(name, {})[key] = value
    return nested


def field_path(field: str) -> list[str]:
    """Return the path of an options field in the sectioned form."""
    name = next((n for n, keys in OPTION_SECTIONS.items() if field in keys), None)
    return [field] if name is None else [name, field]


def schema_field(result: FlowResult, name: str) -> Any:
    """Return the schema key called name of a form, also inside a section."""
    schema: vol.Schema = result["data_schema"]
    for key, value in schema.schema.items():
        if key == name:
            return key
        if isinstance(value, section):
            found = next((inner for inner in value.schema.schema if inner == name), None)
            if found is not None:
                return found
    raise KeyError(name)


def field_default(result: FlowResult, name: str) -> Any:
    """Return the default of a form field."""
    return schema_field(result, name).default()


def suggested(result: FlowResult, name: str) -> Any:
    """Return the suggested value of a form field."""
    return (schema_field(result, name).description or {}).get("suggested_value")


def select_options(result: FlowResult, name: str) -> list[dict[str, str]]:
    """Return the options of a select field."""
    schema: vol.Schema = result["data_schema"]
    return list(schema.schema[schema_field(result, name)].config["options"])


def assert_form(result: FlowResult, step_id: str, errors: Mapping[str, str] | None = None) -> None:
    """Assert a form of step_id with exactly these errors, and that it serializes."""
    assert result["type"] is FlowResultType.FORM, result
    assert result["step_id"] == step_id
    assert (result["errors"] or {}) == dict(errors or {})
    if result["data_schema"] is not None:
        # Rendering the form in the frontend needs this to work.
        voluptuous_serialize.convert(result["data_schema"], custom_serializer=cv.custom_serializer)


async def start_other(hass: HomeAssistant) -> FlowResult:
    """Start a user flow and choose another portal."""
    result = await hass.config_entries.flow.async_init(DOMAIN, context={"source": SOURCE_USER})
    assert_form(result, "user")
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {"portal": "other"})
    assert_form(result, "portal")
    return result


def camera_list(*cameras: Camera) -> CameraList:
    """Return a camera list as the client returns it."""
    return CameraList(format=PortalFormat.JSON, cameras=cameras)


def loaded_runtime(cameras: list[Camera]) -> SimpleNamespace:
    """Return runtime data shaped like a loaded entry's, holding cameras."""
    data = SimpleNamespace(cameras={camera.id: camera for camera in cameras})
    return SimpleNamespace(coordinator=SimpleNamespace(data=data))


# --------------------------------------------------------------------- user: Kutim


@pytest.mark.usefixtures("kutim_hosts")
async def test_kutim_click_through(
    hass: HomeAssistant, fake_portal: FakePortal, mock_setup_entry: AsyncMock
) -> None:
    """A resident submits the preselected portal and keeps every camera."""
    result = await hass.config_entries.flow.async_init(DOMAIN, context={"source": SOURCE_USER})
    assert_form(result, "user")
    assert field_default(result, "portal") == "kutim"
    # The first step shows where the cameras come from before anything is read.
    host = fake_portal.url.removeprefix("http://")
    assert result["description_placeholders"] == {
        "viewer_url": "https://cctv.kutaitimurkab.go.id/map",
        "api_host": host,
        "stream_host": host,
    }

    result = await hass.config_entries.flow.async_configure(result["flow_id"], {"portal": "kutim"})
    # The Kutim list has no kecamatan, so the area step is skipped.
    assert_form(result, "cameras")
    assert result["description_placeholders"] == {
        "selected": str(len(DEMO_IDS)),
        "total": str(len(DEMO_IDS)),
    }
    assert sorted(field_default(result, CONF_CAMERAS)) == sorted(DEMO_IDS)
    labels = {option["value"]: option["label"] for option in select_options(result, CONF_CAMERAS)}
    assert labels["101"] == "Simpang 3 Jl. Yos Sudarso"

    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_CAMERAS: DEMO_IDS}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["title"] == "Kutai Timur CCTV"
    assert result["data"] == {
        CONF_PROFILE: "kutim",
        CONF_URL: fake_portal.url,
        CONF_HLS_URL: fake_portal.url,
        CONF_HEADERS: {},
        CONF_VERIFY_SSL: True,
        CONF_ALLOW_LOCAL: False,
    }
    assert result["options"] == entry_options()
    assert_new_style_entry(result)
    assert len(mock_setup_entry.mock_calls) == 1


@pytest.mark.usefixtures("kutim_hosts", "mock_setup_entry")
async def test_kutim_error_then_recovery(hass: HomeAssistant, fake_portal: FakePortal) -> None:
    """A portal outage is shown on the first form and the resident can retry."""
    fake_portal.faults.status = 503
    result = await hass.config_entries.flow.async_init(DOMAIN, context={"source": SOURCE_USER})
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {"portal": "kutim"})
    assert_form(result, "user", {"base": "server_error"})
    assert result["description_placeholders"]["status"] == "503"
    assert result["description_placeholders"]["host"] == fake_portal.url.removeprefix("http://")

    fake_portal.faults.reset()
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {"portal": "kutim"})
    assert_form(result, "cameras")
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_CAMERAS: ["101", "106"]}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["options"][CONF_CAMERAS] == ["101", "106"]
    assert result["options"][CONF_KNOWN_CAMERAS] == DEMO_IDS


KUTIM_ERRORS = [
    (PortalDNSError("no such host"), "cannot_resolve", {}),
    (PortalConnectionError("refused"), "cannot_connect", {}),
    (PortalTimeoutError("slow"), "timeout", {}),
    (PortalTLSError("bad certificate"), "tls_error", {}),
    (PortalHTTPError("down", status=503), "server_error", {"status": "503"}),
    (PortalHTTPError("gone", status=404), "not_found", {"status": "404"}),
    (PortalHTTPError("slow down", status=429), "rate_limited", {"status": "429"}),
    (PortalHTTPError("who", status=403), "access_denied", {"status": "403"}),
    (PortalHTTPError("teapot", status=418), "http_error", {"status": "418"}),
    (PortalFormatError("not a list"), "invalid_format", {}),
    (PortalTooLargeError("big"), "too_large", {}),
    (PortalUnsafeURLError("metadata"), "unsafe_url", {}),
]


@pytest.mark.parametrize(
    ("side_effect", "error", "placeholders"),
    KUTIM_ERRORS,
    ids=[error for _, error, placeholders in KUTIM_ERRORS],
)
@pytest.mark.usefixtures("kutim_hosts", "mock_setup_entry")
async def test_kutim_errors_then_recovery(
    hass: HomeAssistant,
    fake_portal: FakePortal,
    side_effect: Exception,
    error: str,
    placeholders: dict[str, str],
) -> None:
    """Each kind of failure on the preselected portal says what it is, then recovers."""
    result = await hass.config_entries.flow.async_init(DOMAIN, context={"source": SOURCE_USER})
    with patch.object(PortalClient, "async_get_cameras", AsyncMock(side_effect=side_effect)):
        result = await hass.config_entries.flow.async_configure(
            result["flow_id"], {"portal": "kutim"}
        )
    assert_form(result, "user", {"base": error})
    host = fake_portal.url.removeprefix("http://")
    assert {
        key: value
        for key, value in result["description_placeholders"].items()
        if key not in ("viewer_url", "api_host", "stream_host")
    } == {**placeholders, "host": host}
    # Every placeholder the error's text uses is given, in both languages.
    for language in ("en", "id"):
        text = _load(f"translations/{language}.json")["config"]["error"][error]
        assert set(_placeholders(text)) <= set(result["description_placeholders"]), language
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {"portal": "kutim"})
    assert_form(result, "cameras")


def test_portal_dns_error_is_its_own_class() -> None:
    """A host name that does not resolve is told apart from a refused connection."""
    assert issubclass(PortalDNSError, PortalConnectionError)
    assert PortalDNSError("x").reason == "cannot_resolve"


@pytest.mark.usefixtures("kutim_hosts")
async def test_kutim_already_configured(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry
) -> None:
    """The same portal cannot be added twice."""
    mock_config_entry.add_to_hass(hass)
    result = await hass.config_entries.flow.async_init(DOMAIN, context={"source": SOURCE_USER})
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {"portal": "kutim"})
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "already_configured"


@pytest.mark.usefixtures("kutim_hosts")
async def test_kutim_already_in_progress(hass: HomeAssistant) -> None:
    """A second flow for a portal that is being set up is refused."""
    first = await hass.config_entries.flow.async_init(DOMAIN, context={"source": SOURCE_USER})
    first = await hass.config_entries.flow.async_configure(first["flow_id"], {"portal": "kutim"})
    assert_form(first, "cameras")
    second = await hass.config_entries.flow.async_init(DOMAIN, context={"source": SOURCE_USER})
    second = await hass.config_entries.flow.async_configure(second["flow_id"], {"portal": "kutim"})
    assert second["type"] is FlowResultType.ABORT
    assert second["reason"] == "already_in_progress"


# --------------------------------------------------------------------- user: other portals


@pytest.mark.usefixtures("mock_setup_entry")
async def test_other_auto_areas_and_cameras(hass: HomeAssistant, area_portal: FakePortal) -> None:
    """A JSON portal with kecamatan goes through the area and camera choices."""
    result = await start_other(hass)
    assert field_default(result, CONF_PROFILE) == "auto"
    assert field_default(result, CONF_VERIFY_SSL) is True
    assert field_default(result, CONF_ALLOW_LOCAL) is False
    assert select_options(result, CONF_PROFILE) == [
        "auto",
        "kutim",
        "json",
        "geojson",
        "html",
        "snapshot",
    ]

    url = f"{area_portal.url}/f2/cameras.json"
    result = await hass.config_entries.flow.async_configure(result["flow_id"], portal_input(url))
    assert_form(result, "areas")
    assert select_options(result, "areas") == [
        {"value": "Sangatta Selatan", "label": "Sangatta Selatan (1)"},
        {"value": "Sangatta Utara", "label": "Sangatta Utara (6)"},
        {"value": "no_area", "label": "(no area) (1)"},
    ]
    assert field_default(result, "areas") == ["Sangatta Selatan", "Sangatta Utara", "no_area"]
    assert result["description_placeholders"] == {"areas": "2", "total": "8"}

    result = await hass.config_entries.flow.async_configure(result["flow_id"], {"areas": []})
    assert_form(result, "areas", {"base": "no_area_selected"})
    # The form keeps the user's choice (nothing) instead of ticking every kecamatan again.
    assert field_default(result, "areas") == []

    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"areas": ["Sangatta Selatan", "no_area"]}
    )
    assert_form(result, "cameras")
    assert field_default(result, CONF_CAMERAS) == ["106", "108"]
    assert result["description_placeholders"] == {"selected": "2", "total": "8"}
    options = select_options(result, CONF_CAMERAS)
    assert len(options) == 8
    assert options[0] == {"value": "106", "label": "Jl. Pendidikan Sangatta — Sangatta Selatan"}
    assert options[-1] == {"value": "108", "label": "Kantor Desa Sangkima"}

    result = await hass.config_entries.flow.async_configure(result["flow_id"], {CONF_CAMERAS: []})
    assert_form(result, "cameras", {"base": "no_selection"})
    assert field_default(result, CONF_CAMERAS) == []
    assert result["description_placeholders"] == {"selected": "2", "total": "8"}

    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_CAMERAS: ["108", "106"]}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    # A readable title: the host name without the port.
    assert result["title"] == "127.0.0.1"
    assert result["data"] == {
        CONF_PROFILE: "auto",
        CONF_URL: url,
        CONF_HLS_URL: url,
        CONF_HEADERS: {},
        CONF_VERIFY_SSL: True,
        CONF_ALLOW_LOCAL: False,
        CONF_EXTRA_HOSTS: [],
    }
    # Selected ids keep the portal's order.
    assert result["options"][CONF_CAMERAS] == ["106", "108"]
    assert result["options"][CONF_KNOWN_CAMERAS] == [*DEMO_IDS, "108"]
    assert_new_style_entry(result)


@pytest.mark.usefixtures("mock_setup_entry")
async def test_other_single_area_skips_area_step(
    hass: HomeAssistant, fake_portal: FakePortal
) -> None:
    """A portal whose cameras all share one kecamatan goes straight to the cameras."""
    fake_portal.cameras = [c for c in fake_portal.cameras if c.area == "Sangatta Utara"]
    result = await start_other(hass)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], portal_input(f"{fake_portal.url}/f2/cameras.json", profile="json")
    )
    assert_form(result, "cameras")
    assert result["description_placeholders"] == {"selected": "6", "total": "6"}


@pytest.mark.usefixtures("mock_setup_entry")
async def test_other_kutim_profile_with_headers(
    hass: HomeAssistant, fake_portal: FakePortal
) -> None:
    """The Kutim profile on another host sends the configured headers."""
    fake_portal.faults.require_referer = "https://cctv.example.id/"
    result = await start_other(hass)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], portal_input(fake_portal.url, profile="kutim")
    )
    assert_form(result, "portal", {"base": "access_denied"})
    assert result["description_placeholders"] == {
        "status": "403",
        "host": fake_portal.url.removeprefix("http://"),
    }
    # The form keeps what was typed.
    assert suggested(result, CONF_URL) == fake_portal.url

    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        portal_input(
            f" {fake_portal.url} ",
            profile="kutim",
            hls_url=fake_portal.url,
            headers="Referer: https://cctv.example.id/map\n\nX-Requested-With: XMLHttpRequest",
        ),
    )
    assert_form(result, "cameras")
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_CAMERAS: DEMO_IDS}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["title"] == "127.0.0.1"
    assert result["data"][CONF_URL] == fake_portal.url
    assert result["data"][CONF_HEADERS] == {
        "Referer": "https://cctv.example.id/map",
        "X-Requested-With": "XMLHttpRequest",
    }
    assert_new_style_entry(result)


@pytest.mark.usefixtures("mock_setup_entry")
async def test_other_already_configured(
    hass: HomeAssistant, fake_portal: FakePortal, mock_config_entry: MockConfigEntry
) -> None:
    """Another spelling of a configured portal's address is the same portal."""
    mock_config_entry.add_to_hass(hass)
    result = await start_other(hass)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], portal_input(f"{fake_portal.url.upper()}/", profile="kutim")
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "already_configured"


@pytest.mark.parametrize(
    ("faults", "error", "placeholders"),
    [
        ({"status": 503}, "server_error", {"status": "503"}),
        ({"status": 500}, "server_error", {"status": "500"}),
        ({"status": 404}, "not_found", {"status": "404"}),
        ({"status": 410}, "not_found", {"status": "410"}),
        ({"status": 429}, "rate_limited", {"status": "429"}),
        ({"status": 418}, "http_error", {"status": "418"}),
        ({"status": 401}, "access_denied", {"status": "401"}),
        ({"status": 403}, "access_denied", {"status": "403"}),
        # Automatic detection found nothing else behind the address: it says what it tried.
        ({"garbage": True}, "invalid_format_tried", {"formats": ", ".join(AUTO_TRIED)}),
        ({"html_error_200": True}, "invalid_format_tried", {"formats": ", ".join(AUTO_TRIED)}),
        ({"redirect_loop": True}, "cannot_connect", {}),
        ({"oversize_bytes": 9 * 1024 * 1024}, "too_large", {}),
    ],
)
@pytest.mark.usefixtures("mock_setup_entry")
async def test_portal_faults_then_recovery(
    hass: HomeAssistant,
    fake_portal: FakePortal,
    faults: dict[str, Any],
    error: str,
    placeholders: dict[str, str],
) -> None:
    """Faults of a real portal become translated errors, and fixing them recovers."""
    for name, value in faults.items():
        setattr(fake_portal.faults, name, value)
    result = await start_other(hass)
    url = f"{fake_portal.url}/f2/cameras.json"
    result = await hass.config_entries.flow.async_configure(result["flow_id"], portal_input(url))
    assert_form(result, "portal", {"base": error})
    host = fake_portal.url.removeprefix("http://")
    assert result["description_placeholders"] == {**placeholders, "host": host}

    fake_portal.faults.reset()
    result = await hass.config_entries.flow.async_configure(result["flow_id"], portal_input(url))
    assert_form(result, "areas")


@pytest.mark.usefixtures("mock_setup_entry")
async def test_portal_no_cameras_then_recovery(
    hass: HomeAssistant, fake_portal: FakePortal
) -> None:
    """A valid but empty list is reported as such."""
    cameras, fake_portal.cameras = fake_portal.cameras, []
    fake_portal.faults.malformed_item = False
    result = await start_other(hass)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], portal_input(fake_portal.url, profile="kutim")
    )
    assert_form(result, "portal", {"base": "no_cameras"})

    fake_portal.cameras = cameras
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], portal_input(fake_portal.url, profile="kutim")
    )
    assert_form(result, "cameras")


@pytest.mark.usefixtures("mock_setup_entry", "socket_enabled")
async def test_portal_cannot_connect(
    hass: HomeAssistant, fake_portal: FakePortal, new_portal: FakePortal
) -> None:
    """A portal that refuses connections is reported as unreachable."""
    url = fake_portal.url
    await fake_portal.stop()
    result = await start_other(hass)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], portal_input(url, profile="kutim")
    )
    assert_form(result, "portal", {"base": "cannot_connect"})
    assert result["description_placeholders"] == {"host": url.removeprefix("http://")}
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], portal_input(new_portal.url, profile="kutim")
    )
    assert_form(result, "cameras")


@pytest.mark.parametrize(
    ("side_effect", "error", "placeholders"),
    [
        (PortalConnectionError("refused"), "cannot_connect", {}),
        (PortalDNSError("no such host"), "cannot_resolve", {}),
        (PortalTimeoutError("slow"), "timeout", {}),
        (PortalTLSError("bad certificate"), "tls_error", {}),
        (PortalFormatError("not a list"), "invalid_format", {}),
        (camera_list(), "no_cameras", {}),
        (PortalUnsafeURLError("metadata"), "unsafe_url", {}),
        (PortalHTTPError("oops", status=500), "server_error", {"status": "500"}),
        (PortalHTTPError("gone", status=404), "not_found", {"status": "404"}),
        (PortalHTTPError("slow down", status=429), "rate_limited", {"status": "429"}),
        (PortalHTTPError("teapot", status=418), "http_error", {"status": "418"}),
        (PortalHTTPError("who", status=401), "access_denied", {"status": "401"}),
        (PortalHTTPError("no", status=403), "access_denied", {"status": "403"}),
        (PortalTooLargeError("big"), "too_large", {}),
        (PortalNoStreamError("odd"), "unknown", {}),
        (RuntimeError("boom"), "unknown", {}),
    ],
)
@pytest.mark.usefixtures("mock_setup_entry")
async def test_client_errors_then_recovery(
    hass: HomeAssistant,
    fake_portal: FakePortal,
    side_effect: Exception | CameraList,
    error: str,
    placeholders: dict[str, str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Every failure of the client becomes a translated error, never a traceback."""
    result = await start_other(hass)
    url = f"{fake_portal.url}/f2/cameras.json"
    mock = (
        AsyncMock(return_value=side_effect)
        if isinstance(side_effect, CameraList)
        else AsyncMock(side_effect=side_effect)
    )
    with patch.object(PortalClient, "async_get_cameras", mock):
        result = await hass.config_entries.flow.async_configure(
            result["flow_id"], portal_input(url)
        )
    assert_form(result, "portal", {"base": error})
    host = fake_portal.url.removeprefix("http://")
    assert result["description_placeholders"] == {**placeholders, "host": host}
    assert ("Traceback" in caplog.text) is (error == "unknown")

    result = await hass.config_entries.flow.async_configure(result["flow_id"], portal_input(url))
    assert_form(result, "areas")


@pytest.mark.parametrize(
    ("changes", "errors"),
    [
        ({CONF_URL: "ftp://cctv.example.id/list"}, {CONF_URL: "invalid_url"}),
        ({CONF_URL: "cctv.example.id"}, {CONF_URL: "invalid_url"}),
        ({CONF_URL: "http://"}, {CONF_URL: "invalid_url"}),
        ({CONF_URL: "http://cctv.example.id:99999/"}, {CONF_URL: "invalid_url"}),
        ({CONF_URL: "http://cctv.example .id/"}, {CONF_URL: "invalid_url"}),
        ({CONF_URL: ""}, {CONF_URL: "invalid_url"}),
        ({CONF_HLS_URL: "javascript:alert(1)"}, {CONF_HLS_URL: "invalid_url"}),
        ({CONF_HEADERS: "Authorization: Bearer x"}, {CONF_HEADERS: "invalid_header"}),
        ({CONF_HEADERS: "Referer https://cctv.example.id"}, {CONF_HEADERS: "invalid_header"}),
        (
            {CONF_URL: "gopher://x", CONF_HEADERS: "Host: evil"},
            {CONF_URL: "invalid_url", CONF_HEADERS: "invalid_header"},
        ),
        ({CONF_EXTRA_HOSTS: "http://nvr.lan/"}, {CONF_EXTRA_HOSTS: "invalid_extra_hosts"}),
        ({CONF_EXTRA_HOSTS: "nvr.lan, 169.254.169.254"}, {CONF_EXTRA_HOSTS: "invalid_extra_hosts"}),
        ({CONF_EXTRA_HOSTS: "[fe80::1]:80"}, {CONF_EXTRA_HOSTS: "invalid_extra_hosts"}),
        ({CONF_EXTRA_HOSTS: "metadata.google.internal"}, {CONF_EXTRA_HOSTS: "invalid_extra_hosts"}),
        ({CONF_EXTRA_HOSTS: "admin@nas.lan"}, {CONF_EXTRA_HOSTS: "invalid_extra_hosts"}),
        ({CONF_EXTRA_HOSTS: "nas.lan:99999"}, {CONF_EXTRA_HOSTS: "invalid_extra_hosts"}),
    ],
)
@pytest.mark.usefixtures("mock_setup_entry")
async def test_invalid_input_then_recovery(
    hass: HomeAssistant, fake_portal: FakePortal, changes: dict[str, str], errors: dict[str, str]
) -> None:
    """Malformed addresses and headers are refused before anything is fetched."""
    url = f"{fake_portal.url}/f2/cameras.json"
    result = await start_other(hass)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], portal_input(url, **changes)
    )
    assert_form(result, "portal", errors)
    assert fake_portal.counters.total_requests == 0

    result = await hass.config_entries.flow.async_configure(result["flow_id"], portal_input(url))
    assert_form(result, "areas")


# --------------------------------------------------------------------- TLS warning


@pytest.mark.usefixtures("mock_setup_entry")
async def test_insecure_confirmation(hass: HomeAssistant, tls_portal: FakePortal) -> None:
    """A self-signed portal fails verification and works once the risk is accepted."""
    url = f"{tls_portal.url}/f2/cameras.json"
    result = await start_other(hass)
    result = await hass.config_entries.flow.async_configure(result["flow_id"], portal_input(url))
    assert_form(result, "portal", {"base": "tls_error"})

    requests = tls_portal.counters.total_requests
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], portal_input(url, verify_ssl=False)
    )
    assert_form(result, "insecure")
    assert result["description_placeholders"] == {"host": tls_portal.url.removeprefix("https://")}
    assert tls_portal.counters.total_requests == requests  # nothing fetched before confirming

    result = await hass.config_entries.flow.async_configure(result["flow_id"], {})
    assert_form(result, "areas")
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"areas": ["Sangatta Utara"]}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_CAMERAS: ["101"]}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["data"][CONF_VERIFY_SSL] is False


@pytest.mark.usefixtures("mock_setup_entry")
async def test_insecure_then_error_returns_to_portal_form(
    hass: HomeAssistant, fake_portal: FakePortal
) -> None:
    """An error after the confirmation shows the portal form with what was typed."""
    fake_portal.faults.status = 503
    url = f"{fake_portal.url}/f2/cameras.json"
    result = await start_other(hass)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], portal_input(url, verify_ssl=False, headers="Referer: https://a.id/")
    )
    assert_form(result, "insecure")
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {})
    assert_form(result, "portal", {"base": "server_error"})
    assert suggested(result, CONF_HEADERS) == "Referer: https://a.id/"
    assert suggested(result, CONF_VERIFY_SSL) is False

    fake_portal.faults.reset()
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], portal_input(url, verify_ssl=False)
    )
    assert_form(result, "insecure")
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {})
    assert_form(result, "areas")


# --------------------------------------------------------------------- reconfigure


async def test_reconfigure(
    hass: HomeAssistant,
    fake_portal: FakePortal,
    new_portal: FakePortal,
    mock_config_entry: MockConfigEntry,
    mock_setup_entry: AsyncMock,
) -> None:
    """The portal's settings change; the entry keeps its id (its entities' ids) and title."""
    mock_config_entry.add_to_hass(hass)
    result = await mock_config_entry.start_reconfigure_flow(hass)
    assert_form(result, "reconfigure")
    assert suggested(result, CONF_URL) == fake_portal.url
    assert suggested(result, CONF_PROFILE) == "kutim"
    assert suggested(result, CONF_HEADERS) == ""

    new_url = new_portal.url
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        portal_input(new_url, profile="kutim", headers="User-Agent: Mozilla/5.0"),
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "reconfigure_successful"
    await hass.async_block_till_done()
    assert hass.config_entries.async_get_entry(mock_config_entry.entry_id) is mock_config_entry
    assert mock_config_entry.unique_id is None
    assert mock_config_entry.title == "Kutai Timur CCTV"
    assert mock_config_entry.data == {
        CONF_PROFILE: "kutim",
        CONF_URL: new_url,
        CONF_HLS_URL: new_url,
        CONF_HEADERS: {"User-Agent": "Mozilla/5.0"},
        CONF_VERIFY_SSL: True,
        CONF_ALLOW_LOCAL: False,
        CONF_EXTRA_HOSTS: [],
    }
    assert mock_config_entry.options == entry_options()
    assert len(mock_setup_entry.mock_calls) == 1


async def test_reconfigure_extra_hosts(
    hass: HomeAssistant,
    fake_portal: FakePortal,
    mock_config_entry: MockConfigEntry,
    mock_setup_entry: AsyncMock,
) -> None:
    """Extra allowed hosts are stored as a list and shown again; old entries have none."""
    mock_config_entry.add_to_hass(hass)
    assert CONF_EXTRA_HOSTS not in mock_config_entry.data
    result = await mock_config_entry.start_reconfigure_flow(hass)
    assert suggested(result, CONF_EXTRA_HOSTS) == ""
    assert suggested(result, CONF_ALLOW_LOCAL) is False
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        portal_input(
            fake_portal.url,
            profile="kutim",
            extra_hosts="nvr.lan, 192.168.1.20:8080\n[fd00::5]:554 nvr.lan",
        ),
    )
    assert result["reason"] == "reconfigure_successful"
    assert mock_config_entry.data[CONF_EXTRA_HOSTS] == [
        "nvr.lan",
        "192.168.1.20:8080",
        "[fd00::5]:554",
    ]
    result = await mock_config_entry.start_reconfigure_flow(hass)
    assert suggested(result, CONF_EXTRA_HOSTS) == "nvr.lan, 192.168.1.20:8080, [fd00::5]:554"


@pytest.mark.usefixtures("mock_setup_entry")
async def test_reconfigure_moves_the_portal_identity(
    hass: HomeAssistant,
    fake_portal: FakePortal,
    new_portal: FakePortal,
    mock_config_entry: MockConfigEntry,
) -> None:
    """After a move from portal X to Y, Y counts as configured and X is free again."""
    mock_config_entry.add_to_hass(hass)
    result = await mock_config_entry.start_reconfigure_flow(hass)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], portal_input(new_portal.url, profile="kutim")
    )
    assert result["reason"] == "reconfigure_successful"

    # Y, however it is spelled, is refused.
    result = await start_other(hass)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        portal_input(new_portal.url.replace("http://", "HTTP://") + "/", profile="kutim"),
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "already_configured"
    # X can be set up as a second entry.
    result = await start_other(hass)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], portal_input(fake_portal.url, profile="kutim")
    )
    assert_form(result, "cameras")
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_CAMERAS: DEMO_IDS}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["data"][CONF_URL] == fake_portal.url
    assert len(hass.config_entries.async_entries(DOMAIN)) == 2


@pytest.mark.usefixtures("mock_setup_entry")
async def test_reconfigure_onto_itself_is_allowed(
    hass: HomeAssistant, fake_portal: FakePortal, mock_config_entry: MockConfigEntry
) -> None:
    """An entry may be reconfigured to another spelling of its own portal."""
    mock_config_entry.add_to_hass(hass)
    result = await mock_config_entry.start_reconfigure_flow(hass)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], portal_input(f"{fake_portal.url}/", profile="kutim")
    )
    assert result["reason"] == "reconfigure_successful"


@pytest.mark.usefixtures("kutim_hosts")
async def test_version_1_entry_blocks_its_portal(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry
) -> None:
    """An entry not yet migrated (still keyed on its URL) is found by its data."""
    MockConfigEntry(
        domain=DOMAIN,
        version=1,
        unique_id="https://old-portal.kutim.example/api/cctv/public",
        data=dict(mock_config_entry.data),
    ).add_to_hass(hass)
    result = await hass.config_entries.flow.async_init(DOMAIN, context={"source": SOURCE_USER})
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {"portal": "kutim"})
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "already_configured"


@pytest.mark.usefixtures("mock_setup_entry")
@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # A title generated by an earlier version (host and port) becomes the readable one.
        (None, "127.0.0.1"),
        ("CCTV Sangatta", "CCTV Sangatta"),
    ],
    ids=["generated_title_follows", "user_title_kept"],
)
async def test_reconfigure_title(
    hass: HomeAssistant,
    fake_portal: FakePortal,
    new_portal: FakePortal,
    mock_config_entry: MockConfigEntry,
    title: str | None,
    expected: str,
) -> None:
    """A title generated from the host follows the new host; a name the user chose stays.

    ``None`` stands for the title generated from the old portal's host and port.
    """
    mock_config_entry.add_to_hass(hass)
    if title is None:
        title = fake_portal.url.removeprefix("http://")
    hass.config_entries.async_update_entry(mock_config_entry, title=title)
    result = await mock_config_entry.start_reconfigure_flow(hass)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], portal_input(new_portal.url, profile="kutim")
    )
    assert result["reason"] == "reconfigure_successful"
    assert mock_config_entry.title == expected


@pytest.mark.usefixtures("mock_setup_entry")
async def test_reconfigure_error_then_recovery(
    hass: HomeAssistant, fake_portal: FakePortal, mock_config_entry: MockConfigEntry
) -> None:
    """Errors show on the reconfigure form."""
    mock_config_entry.add_to_hass(hass)
    result = await mock_config_entry.start_reconfigure_flow(hass)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], portal_input("mailto:x@example.id", profile="kutim")
    )
    assert_form(result, "reconfigure", {CONF_URL: "invalid_url"})

    fake_portal.faults.status = 403
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], portal_input(fake_portal.url, profile="kutim")
    )
    assert_form(result, "reconfigure", {"base": "access_denied"})
    assert result["description_placeholders"] == {
        "status": "403",
        "host": fake_portal.url.removeprefix("http://"),
    }

    fake_portal.faults.reset()
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], portal_input(fake_portal.url, profile="kutim")
    )
    assert result["reason"] == "reconfigure_successful"


@pytest.mark.usefixtures("mock_setup_entry")
async def test_reconfigure_insecure(
    hass: HomeAssistant, fake_portal: FakePortal, mock_config_entry: MockConfigEntry
) -> None:
    """Turning TLS verification off while reconfiguring asks for confirmation too."""
    mock_config_entry.add_to_hass(hass)
    result = await mock_config_entry.start_reconfigure_flow(hass)
    user_input = portal_input(fake_portal.url, profile="kutim", verify_ssl=False)

    fake_portal.faults.status = 500
    result = await hass.config_entries.flow.async_configure(result["flow_id"], user_input)
    assert_form(result, "insecure")
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {})
    assert_form(result, "reconfigure", {"base": "server_error"})

    fake_portal.faults.reset()
    result = await hass.config_entries.flow.async_configure(result["flow_id"], user_input)
    assert_form(result, "insecure")
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {})
    assert result["reason"] == "reconfigure_successful"
    assert mock_config_entry.data[CONF_VERIFY_SSL] is False

    # Already off: no second warning.
    result = await mock_config_entry.start_reconfigure_flow(hass)
    result = await hass.config_entries.flow.async_configure(result["flow_id"], user_input)
    assert result["reason"] == "reconfigure_successful"


@pytest.mark.usefixtures("mock_setup_entry")
async def test_reconfigure_already_configured(
    hass: HomeAssistant, fake_portal: FakePortal, mock_config_entry: MockConfigEntry
) -> None:
    """Moving an entry onto a portal that another entry reads is refused."""
    mock_config_entry.add_to_hass(hass)
    other_url = f"{fake_portal.url}/f2/cameras.json"
    MockConfigEntry(
        domain=DOMAIN,
        version=CONFIG_VERSION,
        data={CONF_PROFILE: "json", CONF_URL: other_url.replace("http://", "HTTP://") + "/"},
    ).add_to_hass(hass)
    result = await mock_config_entry.start_reconfigure_flow(hass)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], portal_input(other_url)
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "already_configured"
    assert mock_config_entry.data[CONF_URL] == fake_portal.url
    assert fake_portal.counters.total_requests == 0


# --------------------------------------------------------------------- options


async def test_options_not_loaded(
    hass: HomeAssistant, fake_portal: FakePortal, mock_config_entry: MockConfigEntry
) -> None:
    """Without a loaded entry the list is fetched; every option is saved."""
    mock_config_entry.add_to_hass(hass)
    hass.config_entries.async_update_entry(
        mock_config_entry,
        options=entry_options(
            **{CONF_CAMERAS: ["101", "999"], CONF_KNOWN_CAMERAS: ["101", "999"], "extra": 1}
        ),
    )
    result = await hass.config_entries.options.async_init(mock_config_entry.entry_id)
    assert_form(result, "init")
    assert result["description_placeholders"] == {"total": str(len(DEMO_IDS))}
    assert field_default(result, CONF_CAMERAS) == ["101", "999"]
    assert field_default(result, CONF_FRESHNESS) == DEFAULT_FRESHNESS
    assert field_default(result, CONF_SCAN_INTERVAL) == DEFAULT_SCAN_INTERVAL
    options = select_options(result, CONF_CAMERAS)
    assert options[-1] == {"value": "999", "label": "999"}
    assert {option["value"] for option in options} == {*DEMO_IDS, "999"}

    result = await hass.config_entries.options.async_configure(
        result["flow_id"],
        nest(
            {
                CONF_CAMERAS: ["999", "102"],
                CONF_ADD_NEW: False,
                CONF_FRESHNESS: 90.0,
                CONF_SCAN_INTERVAL: 60.0,
                CONF_EXPOSE_COORDINATES: False,
                CONF_PRETTIFY: False,
            }
        ),
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert mock_config_entry.options == {
        CONF_CAMERAS: ["999", "102"],
        CONF_KNOWN_CAMERAS: DEMO_IDS,
        CONF_ADD_NEW: False,
        CONF_FRESHNESS: 90,
        CONF_SCAN_INTERVAL: 60,
        CONF_EXPOSE_COORDINATES: False,
        CONF_PRETTIFY: False,
        # Untouched alert settings are stored with their defaults.
        CONF_PROBE_INTERVAL: DEFAULT_PROBE_INTERVAL,
        CONF_ACTIVITY: False,
        CONF_ACTIVITY_THRESHOLD: DEFAULT_ACTIVITY_THRESHOLD,
        CONF_ACTIVITY_HOLD: DEFAULT_ACTIVITY_HOLD,
        "extra": 1,
    }
    assert isinstance(mock_config_entry.options[CONF_FRESHNESS], int)
    await assert_options_applied(hass, mock_config_entry)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        (CONF_FRESHNESS, 4),
        (CONF_FRESHNESS, 3601),
        (CONF_SCAN_INTERVAL, 0),
        (CONF_SCAN_INTERVAL, 1441),
    ],
)
async def test_options_out_of_range(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    field: str,
    value: int,
) -> None:
    """Numbers outside their range are refused by the form."""
    mock_config_entry.add_to_hass(hass)
    result = await hass.config_entries.options.async_init(mock_config_entry.entry_id)
    user_input = {
        CONF_CAMERAS: ["101"],
        CONF_ADD_NEW: True,
        CONF_FRESHNESS: DEFAULT_FRESHNESS,
        CONF_SCAN_INTERVAL: DEFAULT_SCAN_INTERVAL,
        CONF_EXPOSE_COORDINATES: True,
        CONF_PRETTIFY: True,
        field: value,
    }
    with pytest.raises(vol.Invalid) as err:
        await hass.config_entries.options.async_configure(result["flow_id"], nest(user_input))
    assert err.value.path == field_path(field)


async def test_options_alerts(
    hass: HomeAssistant, fake_portal: FakePortal, mock_config_entry: MockConfigEntry
) -> None:
    """Connectivity checks and activity detection are set in the options."""
    mock_config_entry.add_to_hass(hass)
    result = await hass.config_entries.options.async_init(mock_config_entry.entry_id)
    assert field_default(result, CONF_PROBE_INTERVAL) == DEFAULT_PROBE_INTERVAL
    assert field_default(result, CONF_ACTIVITY) is False
    assert field_default(result, CONF_ACTIVITY_THRESHOLD) == DEFAULT_ACTIVITY_THRESHOLD
    assert field_default(result, CONF_ACTIVITY_HOLD) == DEFAULT_ACTIVITY_HOLD
    result = await hass.config_entries.options.async_configure(
        result["flow_id"],
        nest(
            {
                CONF_CAMERAS: ["101"],
                CONF_PROBE_INTERVAL: 15.0,
                CONF_ACTIVITY: True,
                CONF_ACTIVITY_THRESHOLD: 2.5,
                CONF_ACTIVITY_HOLD: 120.0,
            }
        ),
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    options = mock_config_entry.options
    assert options[CONF_PROBE_INTERVAL] == 15
    assert isinstance(options[CONF_PROBE_INTERVAL], int)
    assert options[CONF_ACTIVITY] is True
    assert options[CONF_ACTIVITY_THRESHOLD] == 2.5
    assert options[CONF_ACTIVITY_HOLD] == 120
    await assert_options_applied(hass, mock_config_entry)
    # The form shows the stored values next time.
    result = await hass.config_entries.options.async_init(mock_config_entry.entry_id)
    assert field_default(result, CONF_ACTIVITY) is True
    assert field_default(result, CONF_ACTIVITY_THRESHOLD) == 2.5


@pytest.mark.parametrize(
    ("field", "value"),
    [
        (CONF_PROBE_INTERVAL, 0),
        (CONF_PROBE_INTERVAL, 1441),
        (CONF_ACTIVITY_THRESHOLD, 0.1),
        (CONF_ACTIVITY_THRESHOLD, 41),
        (CONF_ACTIVITY_HOLD, -1),
        (CONF_ACTIVITY_HOLD, 3601),
    ],
)
async def test_options_alerts_out_of_range(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry, field: str, value: float
) -> None:
    """Alert settings outside their range are refused by the form."""
    mock_config_entry.add_to_hass(hass)
    result = await hass.config_entries.options.async_init(mock_config_entry.entry_id)
    with pytest.raises(vol.Invalid) as err:
        await hass.config_entries.options.async_configure(
            result["flow_id"], nest({CONF_CAMERAS: ["101"], field: value})
        )
    assert err.value.path == field_path(field)


async def test_options_no_selection(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry
) -> None:
    """At least one camera must stay selected."""
    mock_config_entry.add_to_hass(hass)
    result = await hass.config_entries.options.async_init(mock_config_entry.entry_id)
    user_input = {
        CONF_CAMERAS: [],
        CONF_ADD_NEW: True,
        CONF_FRESHNESS: 45,
        CONF_SCAN_INTERVAL: DEFAULT_SCAN_INTERVAL,
        CONF_EXPOSE_COORDINATES: True,
        CONF_PRETTIFY: True,
    }
    result = await hass.config_entries.options.async_configure(result["flow_id"], nest(user_input))
    assert_form(result, "init", {"base": "no_selection"})
    # The form comes back with what the user entered, not with the stored options.
    assert field_default(result, CONF_FRESHNESS) == 45
    assert field_default(result, CONF_CAMERAS) == []

    result = await hass.config_entries.options.async_configure(
        result["flow_id"], nest({**user_input, CONF_CAMERAS: ["103"]})
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert mock_config_entry.options[CONF_CAMERAS] == ["103"]
    assert mock_config_entry.options[CONF_FRESHNESS] == 45
    await assert_options_applied(hass, mock_config_entry)


async def test_options_empty_portal_keeps_selection(
    hass: HomeAssistant, fake_portal: FakePortal, mock_config_entry: MockConfigEntry
) -> None:
    """A portal that lists nothing right now still lets the selection be kept."""
    mock_config_entry.add_to_hass(hass)
    fake_portal.cameras = []
    fake_portal.faults.malformed_item = False
    result = await hass.config_entries.options.async_init(mock_config_entry.entry_id)
    assert_form(result, "init")
    assert result["description_placeholders"] == {"total": "0"}
    assert [o["value"] for o in select_options(result, CONF_CAMERAS)] == DEMO_IDS


@pytest.mark.parametrize(
    ("side_effect", "reason"),
    [
        (PortalHTTPError("down", status=503), "cannot_connect"),
        (PortalTimeoutError("slow"), "cannot_connect"),
        (PortalFormatError("garbage"), "cannot_connect"),
        (RuntimeError("boom"), "unknown"),
    ],
)
@pytest.mark.usefixtures("fake_portal")
async def test_options_cannot_fetch(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    side_effect: Exception,
    reason: str,
) -> None:
    """Without a loaded entry and a reachable portal the options cannot be shown."""
    mock_config_entry.add_to_hass(hass)
    with patch.object(PortalClient, "async_get_cameras", side_effect=side_effect):
        result = await hass.config_entries.options.async_init(mock_config_entry.entry_id)
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == reason


async def test_options_loaded_uses_runtime_data_and_reloads(
    hass: HomeAssistant,
    fake_portal: FakePortal,
    mock_config_entry: MockConfigEntry,
    mock_setup_entry: AsyncMock,
) -> None:
    """A loaded entry's list is used without fetching, and saving reloads the entry."""
    mock_config_entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(mock_config_entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)
    assert mock_config_entry.state is ConfigEntryState.LOADED
    if OPTIONS_NEED_LISTENER:
        # What __init__.py does on Home Assistant releases without OptionsFlowWithReload.
        async def reload(hass: HomeAssistant, entry: Any) -> None:
            await hass.config_entries.async_reload(entry.entry_id)

        mock_config_entry.add_update_listener(reload)
    cameras = [
        Camera(id="101", raw_name="CCTV SIMP 3", name="Simpang 3", area="Sangatta Utara"),
        Camera(id="200", raw_name="CCTV BARU", name="Baru"),
    ]
    mock_config_entry.runtime_data = loaded_runtime(cameras)
    fake_portal.faults.status = 503  # a fetch would fail

    result = await hass.config_entries.options.async_init(mock_config_entry.entry_id)
    assert_form(result, "init")
    assert select_options(result, CONF_CAMERAS)[:2] == [
        {"value": "101", "label": "Simpang 3 — Sangatta Utara"},
        {"value": "200", "label": "Baru"},
    ]
    assert result["description_placeholders"] == {"total": "2"}
    assert fake_portal.counters.total_requests == 0

    result = await hass.config_entries.options.async_configure(
        result["flow_id"],
        nest(
            {
                CONF_CAMERAS: ["101", "200"],
                CONF_ADD_NEW: True,
                CONF_FRESHNESS: 5,
                CONF_SCAN_INTERVAL: 1440,
                CONF_EXPOSE_COORDINATES: True,
                CONF_PRETTIFY: True,
            }
        ),
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    assert mock_config_entry.options[CONF_KNOWN_CAMERAS] == ["101", "200"]
    assert mock_config_entry.options[CONF_FRESHNESS] == 5
    assert mock_config_entry.options[CONF_SCAN_INTERVAL] == 1440
    assert len(mock_setup_entry.mock_calls) == 2
    assert mock_config_entry.state is ConfigEntryState.LOADED


async def test_options_loaded_without_runtime_data_fetches(
    hass: HomeAssistant,
    fake_portal: FakePortal,
    mock_config_entry: MockConfigEntry,
    mock_setup_entry: AsyncMock,
) -> None:
    """A loaded entry without a camera list falls back to reading the portal."""
    mock_config_entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(mock_config_entry.entry_id)
    result = await hass.config_entries.options.async_init(mock_config_entry.entry_id)
    assert_form(result, "init")
    assert result["description_placeholders"] == {"total": str(len(DEMO_IDS))}
    assert fake_portal.counters.total_requests > 0


# --------------------------------------------------------------------- texts


def _load(name: str) -> dict[str, Any]:
    """Return one of the integration's JSON files."""
    return json.loads((INTEGRATION / name).read_text(encoding="utf-8"))


def _placeholders(text: str) -> list[str]:
    """Return the placeholders of a text, in order."""
    return re.findall(r"\{(\w+)\}", text)


# --------------------------------------------------------------------- sections and titles


async def test_options_sections_read_and_store_flat_options(
    hass: HomeAssistant, fake_portal: FakePortal, mock_config_entry: MockConfigEntry
) -> None:
    """Fine-tuning sits in collapsed sections, filled from and saved to flat options."""
    mock_config_entry.add_to_hass(hass)
    stored = entry_options(
        **{
            CONF_FRESHNESS: 45,
            CONF_SCAN_INTERVAL: 20,
            CONF_PROBE_INTERVAL: 7,
            CONF_ACTIVITY: True,
            CONF_ACTIVITY_THRESHOLD: 3.5,
            CONF_ACTIVITY_HOLD: 90,
        }
    )
    hass.config_entries.async_update_entry(mock_config_entry, options=stored)
    result = await hass.config_entries.options.async_init(mock_config_entry.entry_id)
    assert_form(result, "init")
    schema: vol.Schema = result["data_schema"]
    sections = {
        str(key): value for key, value in schema.schema.items() if isinstance(value, section)
    }
    assert set(sections) == set(OPTION_SECTIONS)
    for name, form_section in sections.items():
        assert form_section.options["collapsed"] is True, name
        assert [str(key) for key in form_section.schema.schema] == list(OPTION_SECTIONS[name])
    # The main choices stay at the top; the fine-tuning only inside the sections.
    top = [str(key) for key in schema.schema if str(key) not in OPTION_SECTIONS]
    assert top == [
        CONF_CAMERAS,
        CONF_ADD_NEW,
        "prettify_names",
        CONF_EXPOSE_COORDINATES,
        CONF_ACTIVITY,
    ]
    # Every field shows the stored value.
    for key in (CONF_FRESHNESS, CONF_SCAN_INTERVAL, CONF_PROBE_INTERVAL, CONF_ACTIVITY):
        assert field_default(result, key) == stored[key], key
    assert field_default(result, CONF_ACTIVITY_THRESHOLD) == 3.5
    assert field_default(result, CONF_ACTIVITY_HOLD) == 90

    result = await hass.config_entries.options.async_configure(
        result["flow_id"],
        {
            CONF_CAMERAS: ["101"],
            CONF_ACTIVITY: False,
            "refresh": {CONF_FRESHNESS: 60, CONF_SCAN_INTERVAL: 30, CONF_PROBE_INTERVAL: 10},
            "activity": {CONF_ACTIVITY_THRESHOLD: 5.0, CONF_ACTIVITY_HOLD: 30},
        },
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    options = dict(mock_config_entry.options)
    assert not set(OPTION_SECTIONS) & set(options)
    assert options[CONF_CAMERAS] == ["101"]
    assert options[CONF_FRESHNESS] == 60
    assert options[CONF_SCAN_INTERVAL] == 30
    assert options[CONF_PROBE_INTERVAL] == 10
    assert options[CONF_ACTIVITY] is False
    assert options[CONF_ACTIVITY_THRESHOLD] == 5.0
    assert options[CONF_ACTIVITY_HOLD] == 30
    await assert_options_applied(hass, mock_config_entry)


def test_flatten_options() -> None:
    """Section fields come out at the top level; other keys are kept as they are."""
    assert flatten_options(
        {CONF_CAMERAS: ["1"], "refresh": {CONF_FRESHNESS: 5}, "activity": {}}
    ) == {CONF_CAMERAS: ["1"], CONF_FRESHNESS: 5}
    assert flatten_options({CONF_ADD_NEW: True}) == {CONF_ADD_NEW: True}


@pytest.mark.parametrize(
    ("url", "title"),
    [
        ("http://127.0.0.1:48371/f2/cameras.json", "127.0.0.1"),
        ("https://CCTV.Example.id/api/list", "cctv.example.id"),
        ("https://user:secret@cctv.example.id:8443/list", "cctv.example.id"),
        ("http://[2001:db8::1]:8080/list", "2001:db8::1"),
    ],
)
def test_title_of_another_portal(url: str, title: str) -> None:
    """Another portal is titled by its host name: no port, no credentials."""
    assert config_flow._title({CONF_PROFILE: "auto", CONF_URL: url}) == title


@pytest.mark.usefixtures("mock_setup_entry")
async def test_another_portal_is_titled_by_its_own_name(
    hass: HomeAssistant, fake_portal: FakePortal
) -> None:
    """A portal page with a title names the entry; its entity ids start with that name."""
    result = await start_other(hass)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], portal_input(f"{fake_portal.url}/f4/index.html")
    )
    if result["step_id"] == "areas":
        result = await hass.config_entries.flow.async_configure(
            result["flow_id"], {"areas": [o["value"] for o in select_options(result, "areas")]}
        )
    assert_form(result, "cameras")
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_CAMERAS: field_default(result, CONF_CAMERAS)}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["title"] == "Peta CCTV Kutai Timur"


@pytest.mark.usefixtures("mock_setup_entry")
async def test_automatic_finds_a_kutim_style_portal_from_its_base_url(
    hass: HomeAssistant, fake_portal: FakePortal
) -> None:
    """A Kutim-style portal's base URL with the format left on Automatic lists its cameras."""
    result = await start_other(hass)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], portal_input(fake_portal.url)
    )
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] in ("areas", "cameras")
    assert result["errors"] == {}
    assert fake_portal.counters.requests["list"] >= 1
    if result["step_id"] == "cameras":
        assert result["description_placeholders"]["total"] == str(len(DEMO_IDS))


async def test_options_without_sections_keep_stored_values(
    hass: HomeAssistant, fake_portal: FakePortal, mock_config_entry: MockConfigEntry
) -> None:
    """Sections left out of a submission keep the values stored before."""
    mock_config_entry.add_to_hass(hass)
    stored = entry_options(**{CONF_FRESHNESS: 45, CONF_ACTIVITY_HOLD: 90})
    hass.config_entries.async_update_entry(mock_config_entry, options=stored)
    result = await hass.config_entries.options.async_init(mock_config_entry.entry_id)
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {CONF_CAMERAS: ["101"]}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert mock_config_entry.options[CONF_FRESHNESS] == 45
    assert mock_config_entry.options[CONF_ACTIVITY_HOLD] == 90
    assert mock_config_entry.options[CONF_CAMERAS] == ["101"]
