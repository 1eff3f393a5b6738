"""What the fake portal counts: requests, body bytes, encodes and wake-ups."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class Counters:
    """Requests and body bytes served, keyed by route name and by exact path."""

    requests: Counter[str] = field(default_factory=Counter)
    bytes: Counter[str] = field(default_factory=Counter)
    encodes: Counter[str] = field(default_factory=Counter)
    total_requests: int = 0
    total_bytes: int = 0
    in_flight: Counter[str] = field(default_factory=Counter)
    """Requests of each route being answered right now."""
    peak_in_flight: Counter[str] = field(default_factory=Counter)
    """The most requests of each route answered at the same time."""
    waking: int = 0
    """Streams started and not serving yet (the portal's wake-ups under way)."""
    peak_waking: int = 0
    ranges: int = 0
    """Segment requests answered with part of the segment (206)."""

    def reset(self) -> None:
        """Forget everything counted so far."""
        self.requests.clear()
        self.bytes.clear()
        self.encodes.clear()
        self.peak_in_flight.clear()
        self.total_requests = 0
        self.total_bytes = 0
        self.peak_waking = self.waking
        self.ranges = 0

    def add_request(self, name: str, path: str) -> None:
        """Count one request under its route name and its path."""
        self.requests[name] += 1
        self.requests[path] += 1
        self.total_requests += 1

    def add_bytes(self, name: str, path: str, size: int) -> None:
        """Count ``size`` body bytes sent under the route name and the path."""
        if size <= 0:
            return
        self.bytes[name] += size
        self.bytes[path] += size
        self.total_bytes += size
