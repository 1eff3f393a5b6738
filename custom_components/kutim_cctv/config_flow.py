"""Config flow for the Kutai Timur CCTV integration: adding and reconfiguring a portal."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any, Final, cast
from urllib.parse import urlsplit

from homeassistant.config_entries import SOURCE_RECONFIGURE, ConfigFlow, ConfigFlowResult
from homeassistant.core import HomeAssistant, callback
from homeassistant.data_entry_flow import AbortFlow
from homeassistant.helpers.selector import (
    BooleanSelector,
    SelectOptionDict,
    SelectSelector,
    SelectSelectorConfig,
    SelectSelectorMode,
    TextSelector,
    TextSelectorConfig,
    TextSelectorType,
)
import voluptuous as vol

from .compat import OPTIONS_NEED_LISTENER
from .const import (
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
    CONF_PROFILE,
    CONF_SCAN_INTERVAL,
    CONF_URL,
    CONF_VERIFY_SSL,
    CONFIG_VERSION,
    DEFAULT_ADD_NEW,
    DEFAULT_API_URL,
    DEFAULT_EXPOSE_COORDINATES,
    DEFAULT_FRESHNESS,
    DEFAULT_HLS_URL,
    DEFAULT_PRETTIFY,
    DEFAULT_SCAN_INTERVAL,
    DOMAIN,
    KUTIM_VIEWER_URL,
    LOGGER,
)
from .flow_cameras import (
    NoCamerasError,
    async_fetch_list,
    camera_options,
    cameras_selector,
    sorted_cameras,
)
from .options_flow import OPTION_SECTIONS, OptionsFlowHandler, flatten_options
from .portal import (
    Camera,
    PortalError,
    PortalFormatError,
    PortalHTTPError,
    Profile,
    normalise_url,
    portal_identity,
)
from .portal.policy import parse_host_rule
from .util import InvalidHeaderError, format_headers, parse_headers, settings_from_data

if TYPE_CHECKING:
    from collections.abc import Mapping

    from .data import KutimConfigEntry

CONF_PORTAL: Final = "portal"
CONF_AREAS: Final = "areas"
PORTAL_KUTIM: Final = "kutim"
PORTAL_OTHER: Final = "other"
NO_AREA: Final = "no_area"
CONTEXT_PORTAL: Final = "kutim_portal"
"""The flow context key naming the portal a flow sets up, to refuse a second flow for it."""
KUTIM_TITLE: Final = "Kutai Timur CCTV"

PROFILE_CHOICES: Final = (
    Profile.AUTO,
    Profile.KUTIM,
    Profile.JSON,
    Profile.GEOJSON,
    Profile.HTML,
    Profile.SNAPSHOT,
)

# Portal errors whose reason is also the key of a translated form error.
_FORM_REASONS: Final = frozenset(
    {
        "cannot_resolve",
        "cannot_connect",
        "timeout",
        "tls_error",
        "invalid_format",
        "unsafe_url",
        "too_large",
    }
)
_ACCESS_DENIED_STATUSES: Final = frozenset({401, 403})
_NOT_FOUND_STATUSES: Final = frozenset({404, 410})
_RATE_LIMITED_STATUS: Final = 429

URL_SELECTOR: Final = TextSelector(TextSelectorConfig(type=TextSelectorType.URL))


def _http_error_key(status: int) -> str:
    """Return the form error of an HTTP error status: what it means decides what to do."""
    if status in _ACCESS_DENIED_STATUSES:
        return "access_denied"
    if status in _NOT_FOUND_STATUSES:
        return "not_found"
    if status == _RATE_LIMITED_STATUS:
        return "rate_limited"
    if status >= 500:
        return "server_error"
    return "http_error"


async def _async_test_portal(
    hass: HomeAssistant, data: Mapping[str, Any], *, prettify: bool = DEFAULT_PRETTIFY
) -> tuple[tuple[Camera, ...], dict[str, str], dict[str, str], str | None]:
    """Fetch the list for a form; return the cameras, errors, placeholders and portal name."""
    host = {"host": _host(str(data.get(CONF_URL, "")))}
    try:
        result = await async_fetch_list(hass, data, prettify=prettify)
    except NoCamerasError:
        return (), {"base": "no_cameras"}, host, None
    except PortalHTTPError as err:
        LOGGER.debug("Cannot read the camera list: %s", err)
        return (), {"base": _http_error_key(err.status)}, {**host, "status": str(err.status)}, None
    except PortalError as err:
        if isinstance(err, PortalFormatError) and err.tried:
            LOGGER.debug("Cannot read the camera list: %s", err)
            placeholders = {**host, "formats": ", ".join(err.tried)}
            return (), {"base": "invalid_format_tried"}, placeholders, None
        if err.reason in _FORM_REASONS:
            LOGGER.debug("Cannot read the camera list: %s", err)
            return (), {"base": err.reason}, host, None
        LOGGER.exception("Unexpected portal error while reading the camera list")
        return (), {"base": "unknown"}, host, None
    except Exception:  # noqa: BLE001 - the form must show an error, never a traceback
        LOGGER.exception("Unexpected error while reading the camera list")
        return (), {"base": "unknown"}, host, None
    return result.cameras, {}, {}, result.title


def _is_http_url(url: str) -> bool:
    """Return whether url is an absolute http(s) URL with a host."""
    if not url or any(char.isspace() or not char.isprintable() for char in url):
        return False
    try:
        parts = urlsplit(url)
        _ = parts.port
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def _data_from_input(
    user_input: Mapping[str, Any],
) -> tuple[dict[str, Any] | None, dict[str, str]]:
    """Validate the portal form; return entry data, or None and the field errors."""
    errors: dict[str, str] = {}
    url = str(user_input.get(CONF_URL, "")).strip()
    hls_url = str(user_input.get(CONF_HLS_URL) or "").strip()
    if not _is_http_url(url):
        errors[CONF_URL] = "invalid_url"
    if hls_url and not _is_http_url(hls_url):
        errors[CONF_HLS_URL] = "invalid_url"
    headers: dict[str, str] = {}
    try:
        headers = parse_headers(str(user_input.get(CONF_HEADERS) or ""))
    except InvalidHeaderError:
        errors[CONF_HEADERS] = "invalid_header"
    extra_hosts = _extra_hosts(str(user_input.get(CONF_EXTRA_HOSTS) or ""))
    if extra_hosts is None:
        errors[CONF_EXTRA_HOSTS] = "invalid_extra_hosts"
    if errors or extra_hosts is None:
        return None, errors
    return {
        CONF_PROFILE: str(user_input.get(CONF_PROFILE, Profile.AUTO)),
        CONF_URL: url,
        # Without an HLS host the portal's own host serves the streams.
        CONF_HLS_URL: hls_url or url,
        CONF_HEADERS: headers,
        CONF_VERIFY_SSL: bool(user_input.get(CONF_VERIFY_SSL, True)),
        CONF_ALLOW_LOCAL: bool(user_input.get(CONF_ALLOW_LOCAL, False)),
        CONF_EXTRA_HOSTS: extra_hosts,
    }, {}


def _extra_hosts(text: str) -> list[str] | None:
    """Return the extra allowed hosts of the form, or None when one is not a host."""
    hosts: list[str] = []
    for entry in text.replace(",", " ").split():
        try:
            parse_host_rule(entry)
        except ValueError:
            return None
        if entry not in hosts:
            hosts.append(entry)
    return hosts


def _kutim_data() -> dict[str, Any]:
    """Return the entry data of the Kutai Timur portal with its real hosts."""
    return {
        CONF_PROFILE: Profile.KUTIM.value,
        CONF_URL: DEFAULT_API_URL,
        CONF_HLS_URL: DEFAULT_HLS_URL,
        CONF_HEADERS: {},
        CONF_VERIFY_SSL: True,
        CONF_ALLOW_LOCAL: False,
    }


def _form_values(data: Mapping[str, Any]) -> dict[str, Any]:
    """Return the portal form's values for stored entry data."""
    return {
        CONF_URL: data.get(CONF_URL, ""),
        CONF_HLS_URL: data.get(CONF_HLS_URL, ""),
        CONF_PROFILE: data.get(CONF_PROFILE, Profile.KUTIM),
        CONF_HEADERS: format_headers(data.get(CONF_HEADERS) or {}),
        CONF_VERIFY_SSL: data.get(CONF_VERIFY_SSL, True),
        CONF_ALLOW_LOCAL: data.get(CONF_ALLOW_LOCAL, False),
        CONF_EXTRA_HOSTS: ", ".join(data.get(CONF_EXTRA_HOSTS) or []),
    }


def _identity(data: Mapping[str, Any]) -> str:
    """Return what makes a portal the same portal: its normalised list URL."""
    try:
        return portal_identity(settings_from_data(data))
    except ValueError:  # settings this version cannot read match no new portal
        return ""


def _host(url: str) -> str:
    """Return the host (with an explicit port) of a URL for titles and texts."""
    return urlsplit(url).netloc.rpartition("@")[2].lower() or url


def _title(data: Mapping[str, Any], name: str | None = None) -> str:
    """Return the entry title: Kutim's name, the portal's own name, else its host name.

    The port is left out: the title becomes the start of entity ids, and
    "sensor.cctv_example_id_cameras_listed" reads better than one with a port number.
    """
    url = str(data.get(CONF_URL, ""))
    if data.get(CONF_PROFILE) == Profile.KUTIM and normalise_url(url) == normalise_url(
        DEFAULT_API_URL
    ):
        return KUTIM_TITLE
    if name:
        return name
    try:
        hostname = urlsplit(url.strip()).hostname
    except ValueError:
        hostname = None
    return hostname or _host(url)


def _generated_titles(data: Mapping[str, Any]) -> set[str]:
    """Return the titles this flow gives (or gave in earlier versions) to a portal."""
    return {_title(data), _host(str(data.get(CONF_URL, "")))}


def _area_key(camera: Camera) -> str:
    """Return the area a camera is grouped under in the area choice."""
    return camera.area or NO_AREA


class KutimCctvConfigFlow(ConfigFlow, domain=DOMAIN):
    """Set up a public CCTV portal, Kutai Timur's by default."""

    VERSION = CONFIG_VERSION
    MINOR_VERSION = 1

    def __init__(self) -> None:
        """Start with nothing chosen."""
        self._data: dict[str, Any] = {}
        self._form: dict[str, Any] = {}
        self._cameras: tuple[Camera, ...] = ()
        self._areas: frozenset[str] | None = None
        self._name: str | None = None

    @staticmethod
    @callback
    def async_get_options_flow(config_entry: KutimConfigEntry) -> OptionsFlowHandler:
        """Return the options flow of an entry."""
        return OptionsFlowHandler()

    async def async_step_user(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        """Offer the Kutai Timur portal, or another portal on the advanced path."""
        errors: dict[str, str] = {}
        placeholders: dict[str, str] = {}
        if user_input is not None:
            if user_input[CONF_PORTAL] == PORTAL_OTHER:
                return await self.async_step_portal()
            self._data = _kutim_data()
            self._claim_portal(self._data)
            self._cameras, errors, placeholders, self._name = await _async_test_portal(
                self.hass, self._data
            )
            if not errors:
                return await self.async_step_areas()
        return self.async_show_form(
            step_id="user",
            data_schema=vol.Schema(
                {
                    vol.Required(CONF_PORTAL, default=PORTAL_KUTIM): SelectSelector(
                        SelectSelectorConfig(
                            options=[PORTAL_KUTIM, PORTAL_OTHER],
                            mode=SelectSelectorMode.LIST,
                            translation_key=CONF_PORTAL,
                        )
                    )
                }
            ),
            errors=errors,
            description_placeholders={
                "viewer_url": KUTIM_VIEWER_URL,
                "api_host": _host(DEFAULT_API_URL),
                "stream_host": _host(DEFAULT_HLS_URL),
                **placeholders,
            },
        )

    async def async_step_portal(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        """Describe any portal: its address, format, headers and TLS settings."""
        errors: dict[str, str] = {}
        placeholders: dict[str, str] = {}
        if user_input is not None:
            self._form = user_input
            data, errors = _data_from_input(user_input)
            if data is not None:
                self._data = data
                self._claim_portal(data)
                if not data[CONF_VERIFY_SSL]:
                    return await self.async_step_insecure()
                self._cameras, errors, placeholders, self._name = await _async_test_portal(
                    self.hass, data
                )
                if not errors:
                    return await self.async_step_areas()
        return self._show_portal_form("portal", user_input or {}, errors, placeholders)

    async def async_step_insecure(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Make the user confirm that TLS certificates will not be checked."""
        if user_input is None:
            return self.async_show_form(
                step_id="insecure",
                data_schema=vol.Schema({}),
                description_placeholders={"host": _host(self._data[CONF_URL])},
            )
        reconfiguring = self.source == SOURCE_RECONFIGURE
        self._cameras, errors, placeholders, self._name = await _async_test_portal(
            self.hass, self._data, prettify=self._prettify()
        )
        if errors:
            step_id = "reconfigure" if reconfiguring else "portal"
            return self._show_portal_form(step_id, self._form, errors, placeholders)
        if reconfiguring:
            return self._async_finish_reconfigure()
        return await self.async_step_areas()

    async def async_step_areas(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        """Let the user narrow the cameras down by kecamatan."""
        counts = Counter(_area_key(camera) for camera in self._cameras)
        if len(counts) < 2:
            # One area (or none at all) leaves nothing to choose.
            self._areas = None
            return await self.async_step_cameras()
        errors: dict[str, str] = {}
        areas = sorted((area for area in counts if area != NO_AREA), key=str.casefold)
        options = [SelectOptionDict(value=area, label=f"{area} ({counts[area]})") for area in areas]
        if NO_AREA in counts:
            # The label is replaced by the selector translation; it only serves as a fallback.
            options.append(SelectOptionDict(value=NO_AREA, label=f"(no area) ({counts[NO_AREA]})"))
        chosen = [option["value"] for option in options]
        if user_input is not None:
            # Shown again, the form keeps what the user chose, even nothing at all.
            chosen = list(user_input[CONF_AREAS])
            if chosen:
                self._areas = frozenset(chosen)
                return await self.async_step_cameras()
            errors["base"] = "no_area_selected"
        return self.async_show_form(
            step_id="areas",
            data_schema=vol.Schema(
                {
                    vol.Required(CONF_AREAS, default=chosen): SelectSelector(
                        SelectSelectorConfig(
                            options=options,
                            multiple=True,
                            mode=SelectSelectorMode.LIST,
                            translation_key=CONF_AREAS,
                        )
                    )
                }
            ),
            errors=errors,
            description_placeholders={
                "areas": str(len(areas)),
                "total": str(len(self._cameras)),
            },
        )

    async def async_step_cameras(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Let the user pick the cameras to add."""
        errors: dict[str, str] = {}
        default = [
            camera.id
            for camera in sorted_cameras(self._cameras)
            if self._areas is None or _area_key(camera) in self._areas
        ]
        preselected = len(default)
        if user_input is not None:
            if selected := set(user_input[CONF_CAMERAS]):
                return self._async_create(selected)
            # Shown again, the form keeps the user's choice: nothing ticked.
            default = []
            errors["base"] = "no_selection"
        return self.async_show_form(
            step_id="cameras",
            data_schema=vol.Schema(
                {
                    vol.Required(CONF_CAMERAS, default=default): cameras_selector(
                        camera_options(self._cameras)
                    )
                }
            ),
            errors=errors,
            description_placeholders={
                "selected": str(preselected),
                "total": str(len(self._cameras)),
            },
        )

    async def async_step_reconfigure(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Change where and how the portal is read, keeping its cameras' identity."""
        entry = self._get_reconfigure_entry()
        errors: dict[str, str] = {}
        placeholders: dict[str, str] = {}
        if user_input is None:
            return self._show_portal_form("reconfigure", _form_values(entry.data), {}, {})
        self._form = user_input
        data, errors = _data_from_input(user_input)
        if data is not None:
            # Entity ids are built on the entry id, so they survive a move to another host.
            self._abort_if_portal_configured(data, ignore=entry)
            self._data = data
            if entry.data.get(CONF_VERIFY_SSL, True) and not data[CONF_VERIFY_SSL]:
                return await self.async_step_insecure()
            self._cameras, errors, placeholders, self._name = await _async_test_portal(
                self.hass, data, prettify=self._prettify()
            )
            if not errors:
                return self._async_finish_reconfigure()
        return self._show_portal_form("reconfigure", user_input, errors, placeholders)

    @callback
    def _abort_if_portal_configured(
        self, data: Mapping[str, Any], ignore: KutimConfigEntry | None = None
    ) -> None:
        """Abort when another entry reads the same portal (by normalised list URL).

        Like ``_async_abort_entries_match``, but on the normalised URL, which follows
        reconfiguration, instead of on the stored text.
        """
        identity = _identity(data)
        for entry in self._async_current_entries(include_ignore=False):
            if entry is not ignore and _identity(entry.data) == identity:
                raise AbortFlow("already_configured")

    @callback
    def _claim_portal(self, data: Mapping[str, Any]) -> None:
        """Abort when the portal is set up already or being set up by another flow."""
        self._abort_if_portal_configured(data)
        identity = _identity(data)
        if self._async_in_progress(
            include_uninitialized=True, match_context={CONTEXT_PORTAL: identity}
        ):
            raise AbortFlow("already_in_progress")
        cast("dict[str, Any]", self.context)[CONTEXT_PORTAL] = identity

    def _prettify(self) -> bool:
        """Return whether names are prettified for the entry being reconfigured."""
        if self.source != SOURCE_RECONFIGURE:
            return DEFAULT_PRETTIFY
        return bool(self._get_reconfigure_entry().options.get(CONF_PRETTIFY, DEFAULT_PRETTIFY))

    @callback
    def _async_finish_reconfigure(self) -> ConfigFlowResult:
        """Store the new portal settings and reload the entry."""
        entry = self._get_reconfigure_entry()
        # A title the user chose is kept; a generated one follows the portal.
        generated = entry.title in _generated_titles(entry.data)
        title = _title(self._data, self._name) if generated else entry.title
        return self.async_update_reload_and_abort(entry, title=title, data_updates=self._data)

    @callback
    def _async_create(self, selected: set[str]) -> ConfigFlowResult:
        """Create the entry with the chosen cameras."""
        listed = [camera.id for camera in self._cameras]
        return self.async_create_entry(
            title=_title(self._data, self._name),
            data=self._data,
            options={
                CONF_CAMERAS: [camera_id for camera_id in listed if camera_id in selected],
                CONF_KNOWN_CAMERAS: listed,
                CONF_ADD_NEW: DEFAULT_ADD_NEW,
                CONF_FRESHNESS: DEFAULT_FRESHNESS,
                CONF_SCAN_INTERVAL: DEFAULT_SCAN_INTERVAL,
                CONF_EXPOSE_COORDINATES: DEFAULT_EXPOSE_COORDINATES,
                CONF_PRETTIFY: DEFAULT_PRETTIFY,
            },
        )

    @callback
    def _show_portal_form(
        self,
        step_id: str,
        values: Mapping[str, Any],
        errors: dict[str, str],
        placeholders: dict[str, str],
    ) -> ConfigFlowResult:
        """Show the portal settings form (new portal or reconfigure) with values filled in."""
        schema = vol.Schema(
            {
                vol.Required(CONF_URL): URL_SELECTOR,
                vol.Optional(CONF_HLS_URL): URL_SELECTOR,
                vol.Required(CONF_PROFILE, default=Profile.AUTO.value): SelectSelector(
                    SelectSelectorConfig(
                        options=[profile.value for profile in PROFILE_CHOICES],
                        mode=SelectSelectorMode.DROPDOWN,
                        translation_key=CONF_PROFILE,
                    )
                ),
                vol.Optional(CONF_HEADERS): TextSelector(TextSelectorConfig(multiline=True)),
                vol.Required(CONF_VERIFY_SSL, default=True): BooleanSelector(),
                vol.Required(CONF_ALLOW_LOCAL, default=False): BooleanSelector(),
                vol.Optional(CONF_EXTRA_HOSTS): TextSelector(),
            }
        )
        return self.async_show_form(
            step_id=step_id,
            data_schema=self.add_suggested_values_to_schema(schema, values),
            errors=errors,
            description_placeholders=placeholders,
        )


__all__ = [
    "OPTIONS_NEED_LISTENER",
    "OPTION_SECTIONS",
    "KutimCctvConfigFlow",
    "NoCamerasError",
    "OptionsFlowHandler",
    "async_fetch_list",
    "flatten_options",
]
