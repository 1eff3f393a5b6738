"""Typed runtime data of a config entry."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from homeassistant.config_entries import ConfigEntry

from .portal import PortalClient
from .snapshot import SnapshotService

if TYPE_CHECKING:
    from .coordinator import KutimCoordinator
    from .live import LiveStreams
    from .monitor import CameraMonitor


@dataclass(slots=True)
class KutimRuntimeData:
    """What a loaded portal entry holds."""

    client: PortalClient
    coordinator: KutimCoordinator
    snapshots: SnapshotService
    monitor: CameraMonitor
    live: LiveStreams


type KutimConfigEntry = ConfigEntry[KutimRuntimeData]
