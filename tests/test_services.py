"""The refresh action: new pictures of chosen cameras or of a whole portal, translated errors."""

from __future__ import annotations

from unittest.mock import AsyncMock, patch

from homeassistant.const import STATE_OFF, STATE_ON
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.helpers.translation import async_get_translations
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
import voluptuous as vol

from custom_components.kutim_cctv.const import CONF_CAMERAS, DOMAIN
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
from custom_components.kutim_cctv.services import SERVICE_REFRESH
from fake_portal import FakePortal

from .conftest import kutim_entry, status_entry
from .monitoring import entities, stream_start_not_awaited
from .test_init import setup_entry

CAMERA_101 = "camera.simpang_3_jl_yos_sudarso"
CAMERA_103 = "camera.bukit_pelangi_gerbang"
CAMERA_104 = "camera.bukit_pelangi_parkir"


async def refresh(hass: HomeAssistant, **data: object) -> None:
    """Call the refresh action and wait for it."""
    await hass.services.async_call(DOMAIN, SERVICE_REFRESH, data, blocking=True)


async def test_refresh_cameras(
    hass: HomeAssistant, fake_portal: FakePortal, mock_config_entry: MockConfigEntry
) -> None:
    """Each named camera gets one new picture now, also as a target."""
    await setup_entry(hass, mock_config_entry)
    snapshots = mock_config_entry.runtime_data.snapshots
    await refresh(hass, entity_id=[CAMERA_101, CAMERA_103])
    assert fake_portal.counters.requests["segment"] == 2
    first = snapshots.cached("101")
    assert first is not None
    assert snapshots.cached("103") is not None
    online = entities(hass, mock_config_entry, "online")
    assert hass.states.get(online["101"]).state == STATE_ON
    # A new picture, not the cached one, a little later.
    snapshots._clock = lambda: first.fetched + 5
    await hass.services.async_call(
        DOMAIN, SERVICE_REFRESH, target={"entity_id": CAMERA_101}, blocking=True
    )
    assert snapshots.cached("101") is not first
    assert fake_portal.counters.requests["segment"] == 3


async def test_refresh_portal(
    hass: HomeAssistant, fake_portal: FakePortal, mock_config_entry: MockConfigEntry
) -> None:
    """A portal refresh takes a picture of every selected camera and reports each one.

    A camera whose stream does not start does not make the action fail: an automation
    goes on, and the response says which camera gave no picture and why.
    """
    await setup_entry(hass, mock_config_entry)
    with stream_start_not_awaited():
        response = await hass.services.async_call(
            DOMAIN,
            SERVICE_REFRESH,
            {"config_entry_id": mock_config_entry.entry_id},
            blocking=True,
            return_response=True,
        )
    assert fake_portal.counters.requests["segment"] == 6
    results = {result["entity_id"]: result for result in response["cameras"]}
    assert len(results) == 7
    assert results[CAMERA_104] == {
        "entity_id": CAMERA_104,
        "name": "Bukit Pelangi [Parkir]",
        "result": "failed",
        "error": "no_stream",
    }
    assert results[CAMERA_101]["result"] == "refreshed"
    assert sum(result["result"] == "refreshed" for result in results.values()) == 6
    online = entities(hass, mock_config_entry, "online")
    assert hass.states.get(online["104"]).state == STATE_OFF
    assert hass.states.get(online["107"]).state == STATE_ON


async def test_refresh_portal_skips_cameras_known_offline(
    hass: HomeAssistant, fake_portal: FakePortal, mock_config_entry: MockConfigEntry
) -> None:
    """Cameras our own online sensor calls offline are skipped, not asked again."""
    await setup_entry(hass, mock_config_entry)
    with stream_start_not_awaited():
        await refresh(hass, config_entry_id=mock_config_entry.entry_id)
    online = entities(hass, mock_config_entry, "online")
    assert hass.states.get(online["104"]).state == STATE_OFF
    starts = fake_portal.counters.requests["start"]
    assert starts > 0
    segments = fake_portal.counters.requests["segment"]
    snapshots = mock_config_entry.runtime_data.snapshots
    snapshots._clock = lambda: 10**9  # every picture is old: a refresh fetches again

    # Without a response asked for, the action still succeeds.
    await refresh(hass, config_entry_id=mock_config_entry.entry_id)
    response = await hass.services.async_call(
        DOMAIN,
        SERVICE_REFRESH,
        {"config_entry_id": mock_config_entry.entry_id},
        blocking=True,
        return_response=True,
    )
    results = {result["entity_id"]: result["result"] for result in response["cameras"]}
    assert results[CAMERA_104] == "skipped_offline"
    assert list(results.values()).count("refreshed") == 6
    # Camera 104 was not asked again; each of the others once more (the second call
    # joins the pictures of the first, taken less than a second before).
    assert fake_portal.counters.requests["start"] == starts
    assert fake_portal.counters.requests["segment"] == segments + 6


async def test_refresh_portal_skips_cameras_it_calls_offline(
    hass: HomeAssistant, fake_portal: FakePortal
) -> None:
    """Cameras the portal lists as offline are not asked; a portal of only those is a no-op."""
    entry = status_entry(fake_portal, **{CONF_CAMERAS: ["104"]})
    await setup_entry(hass, entry)
    await refresh(hass, config_entry_id=entry.entry_id)
    assert fake_portal.counters.requests["snapshot"] == 0


async def test_refresh_camera_failure_is_translated(
    hass: HomeAssistant, fake_portal: FakePortal, mock_config_entry: MockConfigEntry
) -> None:
    """A camera named on its own that gives no picture fails with the reason, translated."""
    await setup_entry(hass, mock_config_entry)
    with stream_start_not_awaited(), pytest.raises(HomeAssistantError) as err:
        await refresh(hass, entity_id=CAMERA_104)
    assert not isinstance(err.value, ServiceValidationError)
    assert err.value.translation_domain == DOMAIN
    assert err.value.translation_key == "refresh_no_stream"
    assert err.value.translation_placeholders == {"cameras": "Bukit Pelangi [Parkir]"}
    # No English portal text inside the translated message.
    texts = await async_get_translations(hass, "id", "exceptions", [DOMAIN])
    message = texts[f"component.{DOMAIN}.exceptions.refresh_no_stream.message"]
    assert message.format(**err.value.translation_placeholders) == (
        "Tidak ada gambar baru dari Bukit Pelangi [Parkir]: siaran kamera tidak dapat dimulai. "
        "Kamera kemungkinan sedang luring; coba lagi nanti."
    )


@pytest.mark.parametrize(
    ("failure", "key", "placeholders"),
    [
        (PortalNoStreamError("The stream did not start (HTTP 404)"), "refresh_no_stream", {}),
        (PortalDNSError("no such host"), "refresh_cannot_resolve", {}),
        (PortalConnectionError("refused"), "refresh_cannot_connect", {}),
        (PortalTimeoutError("slow"), "refresh_timeout", {}),
        (TimeoutError(), "refresh_timeout", {}),
        (PortalTLSError("bad certificate"), "refresh_tls_error", {}),
        (PortalHTTPError("down", status=503), "refresh_http_error", {"status": "503"}),
        (PortalFormatError("not a picture"), "refresh_invalid_format", {}),
        (PortalUnsafeURLError("metadata"), "refresh_unsafe_url", {}),
        (PortalTooLargeError("big"), "refresh_too_large", {}),
        (PortalError("odd"), "refresh_failed", {}),
    ],
)
async def test_refresh_camera_errors_by_class(
    hass: HomeAssistant,
    fake_portal: FakePortal,
    mock_config_entry: MockConfigEntry,
    failure: Exception,
    key: str,
    placeholders: dict[str, str],
) -> None:
    """Each class of portal error has its own translated message, in both languages."""
    await setup_entry(hass, mock_config_entry)
    with (
        patch.object(
            mock_config_entry.runtime_data.snapshots, "_grab", AsyncMock(side_effect=failure)
        ),
        pytest.raises(HomeAssistantError) as err,
    ):
        await refresh(hass, entity_id=CAMERA_101)
    assert err.value.translation_key == key
    assert err.value.translation_placeholders == {
        "cameras": "Simpang 3 Jl. Yos Sudarso",
        **placeholders,
    }
    for language in ("en", "id"):
        texts = await async_get_translations(hass, language, "exceptions", [DOMAIN])
        message = texts[f"component.{DOMAIN}.exceptions.{key}.message"]
        formatted = message.format(**err.value.translation_placeholders)
        assert "Simpang 3" in formatted
        assert str(failure) not in formatted or not str(failure)


@pytest.mark.parametrize(
    ("data", "key", "placeholders"),
    [
        ({}, "no_target", None),
        ({"config_entry_id": "nope"}, "entry_not_found", {"entry_id": "nope"}),
        (
            {"entity_id": "sensor.kutai_timur_cctv_cameras_listed"},
            "not_a_camera",
            {"entity_id": "sensor.kutai_timur_cctv_cameras_listed"},
        ),
        ({"entity_id": "camera.nowhere"}, "not_a_camera", {"entity_id": "camera.nowhere"}),
    ],
)
async def test_refresh_validation_errors(
    hass: HomeAssistant,
    fake_portal: FakePortal,
    mock_config_entry: MockConfigEntry,
    data: dict[str, str],
    key: str,
    placeholders: dict[str, str] | None,
) -> None:
    """Wrong targets are the user's to fix, with a translated message."""
    await setup_entry(hass, mock_config_entry)
    with pytest.raises(ServiceValidationError) as err:
        await refresh(hass, **data)
    assert err.value.translation_domain == DOMAIN
    assert err.value.translation_key == key
    assert err.value.translation_placeholders == placeholders
    assert fake_portal.counters.requests["segment"] == 0


async def test_refresh_other_integration_entry(
    hass: HomeAssistant, fake_portal: FakePortal, mock_config_entry: MockConfigEntry
) -> None:
    await setup_entry(hass, mock_config_entry)
    other = MockConfigEntry(domain="demo")
    other.add_to_hass(hass)
    with pytest.raises(ServiceValidationError) as err:
        await refresh(hass, config_entry_id=other.entry_id)
    assert err.value.translation_key == "entry_not_found"


async def test_refresh_unloaded_entry(
    hass: HomeAssistant, fake_portal: FakePortal, mock_config_entry: MockConfigEntry
) -> None:
    """A camera of an unloaded portal, or the portal itself, cannot be refreshed."""
    await setup_entry(hass, mock_config_entry)
    assert await hass.config_entries.async_unload(mock_config_entry.entry_id)
    for data in ({"config_entry_id": mock_config_entry.entry_id}, {"entity_id": CAMERA_101}):
        with pytest.raises(ServiceValidationError) as err:
            await refresh(hass, **data)
        assert err.value.translation_key == "entry_not_loaded"
        assert err.value.translation_placeholders == {"portal": "Kutai Timur CCTV"}


async def test_refresh_camera_no_longer_listed(
    hass: HomeAssistant, fake_portal: FakePortal
) -> None:
    entry = kutim_entry(fake_portal)
    await setup_entry(hass, entry)
    fake_portal.cameras[:] = [c for c in fake_portal.cameras if str(c.id) != "101"]
    await entry.runtime_data.coordinator.async_refresh()
    with pytest.raises(HomeAssistantError) as err:
        await refresh(hass, entity_id=CAMERA_101)
    assert err.value.translation_key == "camera_not_listed"
    assert err.value.translation_placeholders == {"entity_id": CAMERA_101}


async def test_refresh_schema(hass: HomeAssistant, mock_config_entry: MockConfigEntry) -> None:
    """Only cameras and a portal can be named."""
    await setup_entry(hass, mock_config_entry)
    with pytest.raises(vol.Invalid) as err:
        await refresh(hass, area_id="garden")
    assert err.value.path == ["area_id"]


async def test_refresh_portal_and_named_camera_report_each_camera_once(
    hass: HomeAssistant, fake_portal: FakePortal, mock_config_entry: MockConfigEntry
) -> None:
    """A camera named besides its portal is reported once; named, an offline one is asked."""
    await setup_entry(hass, mock_config_entry)
    with stream_start_not_awaited():
        await refresh(hass, config_entry_id=mock_config_entry.entry_id)
    response = await hass.services.async_call(
        DOMAIN,
        SERVICE_REFRESH,
        {"config_entry_id": mock_config_entry.entry_id, "entity_id": [CAMERA_101, CAMERA_101]},
        blocking=True,
        return_response=True,
    )
    ids = [result["entity_id"] for result in response["cameras"]]
    assert len(ids) == len(set(ids)) == 7
    starts = fake_portal.counters.requests["start"]
    # Camera 104 is known offline: skipped for the portal, but asked when it is named.
    with stream_start_not_awaited(), pytest.raises(HomeAssistantError) as err:
        await refresh(hass, config_entry_id=mock_config_entry.entry_id, entity_id=CAMERA_104)
    assert err.value.translation_key == "refresh_no_stream"
    assert fake_portal.counters.requests["start"] > starts
