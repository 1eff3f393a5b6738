"""Diagnostics: settings, counts, errors and timings, with every secret redacted."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from homeassistant.components.diagnostics import async_redact_data
from homeassistant.core import HomeAssistant
from homeassistant.helpers import device_registry as dr

from .const import CONF_HEADERS, CONF_HLS_URL, CONF_LANDING_URL, CONF_URL
from .data import KutimConfigEntry
from .identity import device_camera_id
from .portal import Camera, redact_text, redact_url

TO_REDACT = {"password", "token", "cookie", "authorization"}


def _data(entry: KutimConfigEntry) -> dict[str, Any]:
    """Return the entry's data with URLs redacted and header values hidden."""
    data = dict(entry.data)
    for key in (CONF_URL, CONF_HLS_URL, CONF_LANDING_URL):
        if isinstance(data.get(key), str):
            data[key] = redact_url(data[key])
    headers = data.get(CONF_HEADERS) or {}
    data[CONF_HEADERS] = dict.fromkeys(headers, "**REDACTED**")
    return async_redact_data(data, TO_REDACT)


def _camera(camera: Camera) -> dict[str, Any]:
    """Return what diagnostics show of one camera."""
    return {
        "id": camera.id,
        "name": camera.name,
        "raw_name": camera.raw_name,
        "area": camera.area,
        "has_coordinates": camera.latitude is not None,
        "online": camera.online,
        "stream_key": camera.stream_key,
        "stream_url": redact_url(camera.stream_url) if camera.stream_url else None,
        "snapshot_url": redact_url(camera.snapshot_url) if camera.snapshot_url else None,
        "mjpeg_url": redact_url(camera.mjpeg_url) if camera.mjpeg_url else None,
    }


async def async_get_config_entry_diagnostics(
    hass: HomeAssistant, entry: KutimConfigEntry
) -> dict[str, Any]:
    """Return diagnostics for a portal entry."""
    runtime = entry.runtime_data
    coordinator = runtime.coordinator
    data = coordinator.data
    snapshots = runtime.snapshots
    return {
        "entry": {"title": entry.title, "data": _data(entry), "options": dict(entry.options)},
        "portal": {
            "format": data.format.value if data else None,
            "cameras_listed": len(data.cameras) if data else 0,
            "cameras_online": sum(1 for c in data.cameras.values() if c.online is not False)
            if data
            else 0,
            "skipped_items": data.skipped if data else 0,
            "warnings": [redact_text(w) for w in data.warnings] if data else [],
            "last_success": data.last_success.isoformat() if data else None,
            "last_update_success": coordinator.last_update_success,
            "last_error": coordinator.last_error,
            "polls": coordinator.polls,
            "not_modified_polls": coordinator.not_modified_polls,
            "last_body_bytes": coordinator.last_body_bytes,
            "missing_polls": dict(coordinator.missing_polls),
            "moved_cameras": coordinator.moved_cameras,
            "wake_calls": runtime.client.wake_calls,
        },
        "snapshots": {
            "freshness_seconds": snapshots.freshness,
            "stats": {name: getattr(snapshots.stats, name) for name in snapshots.stats.__slots__},
            "last_errors": dict(snapshots.last_errors),
        },
        "live": runtime.live.diagnostics(),
        "monitor": {
            "probe_interval_seconds": runtime.monitor.probe_interval.total_seconds(),
            "horizon_seconds": runtime.monitor.horizon.total_seconds(),
            "activity": asdict(settings)
            if (settings := runtime.monitor.activity_settings)
            else None,
        },
    }


async def async_get_device_diagnostics(
    hass: HomeAssistant, entry: KutimConfigEntry, device: dr.DeviceEntry
) -> dict[str, Any]:
    """Return diagnostics for one camera."""
    runtime = entry.runtime_data
    camera_id = device_camera_id(entry, device)
    data = runtime.coordinator.data
    camera = data.cameras.get(camera_id) if data and camera_id else None
    image = runtime.snapshots.cached(camera_id) if camera_id else None
    return {
        "camera_id": camera_id,
        "listed": camera is not None,
        "camera": _camera(camera) if camera else None,
        "missing_polls": runtime.coordinator.missing_polls.get(camera_id or "", 0),
        "image": {
            "source": image.source,
            "bytes": len(image.image),
            "age_seconds": round(runtime.snapshots.age(image), 1),
            "frame_time": image.frame_time.isoformat(),
        }
        if image
        else None,
        "last_error": runtime.snapshots.last_errors.get(camera_id or ""),
        "monitor": runtime.monitor.diagnostics(camera_id) if camera_id else None,
    }
