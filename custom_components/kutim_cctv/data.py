"""Typed runtime data of a config entry."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from homeassistant.config_entries import ConfigEntry

from .portal import PortalClient
from .snapshot import SnapshotService

if TYPE_CHECKING:
    from .coordinator import KutimCoordinator
    from .entity import CameraEntityAdder
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
    background_adders: list[CameraEntityAdder] = field(default_factory=list)
    """Adders whose first add runs after setup, in ``background_add``."""
    background_add: asyncio.Task[None] | None = None


type KutimConfigEntry = ConfigEntry[KutimRuntimeData]
