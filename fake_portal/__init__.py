"""A local fake of the Kutim public CCTV portal and other public CCTV portal formats."""

from __future__ import annotations

from .app import PORTAL_KEY, Counters, FakePortal, Faults
from .data import FakeCamera, demo_cameras, many_cameras
from .tls import make_self_signed
from .video import PATTERN_MOVING, PATTERN_STILL, VARIANT_FMP4, VARIANT_MPEGTS

__all__ = [
    "PATTERN_MOVING",
    "PATTERN_STILL",
    "PORTAL_KEY",
    "VARIANT_FMP4",
    "VARIANT_MPEGTS",
    "Counters",
    "FakeCamera",
    "FakePortal",
    "Faults",
    "demo_cameras",
    "make_self_signed",
    "many_cameras",
]
