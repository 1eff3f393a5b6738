"""Unpublished cameras: a LAN-only camera among a public list's published ones.

A city or partner registry served from a public host publishes its cameras through
public addresses (a relay, an HLS host). A record whose only address is on a private
network (``http://192.168.1.64/ISAPI/…/httpPreview``, ``rtsp://10.…``) beside many
published ones is a camera not yet published: no viewer of the list reaches it, and the
live path would refuse it when played. When such cameras are a small minority of the
list (fewer than one in five, beside at least four cameras with a public address), they
are not listed. Lists where LAN addresses are common (a recorder's or a home camera
wall's own list, kept as their cameras' media) and lists served from the local network
itself are read as before.
"""

from __future__ import annotations

from ..deviceinputs import lan_address
from ..models import Camera

__all__ = ["without_unpublished_lan"]

_MIN_PUBLISHED = 4
# LAN-only cameras are left out only when fewer than one in this many of the list.
_MINORITY = 5


def _addresses(camera: Camera) -> list[str]:
    return [url for url in (camera.stream_url, camera.snapshot_url, camera.mjpeg_url) if url]


def without_unpublished_lan(cameras: list[Camera], base_url: str) -> list[Camera]:
    """Return the cameras less those only on a LAN, when they are a public list's outliers."""
    lan_only: set[int] = set()
    published = 0
    for index, camera in enumerate(cameras):
        addresses = _addresses(camera)
        if not addresses:
            continue
        if all(lan_address(url, base_url) for url in addresses):
            lan_only.add(index)
        else:
            published += 1
    if not lan_only or published < _MIN_PUBLISHED or len(lan_only) * _MINORITY >= len(cameras):
        return cameras
    return [camera for index, camera in enumerate(cameras) if index not in lan_only]
