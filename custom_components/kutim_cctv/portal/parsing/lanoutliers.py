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

A camera with public media of its own never keeps an address on a LAN beside it
(``without_lan_beside_public``): a record giving a public still and a stream on
``http://192.168.…`` or ``rtsp://10.…`` plays only what a viewer reaches.
"""

from __future__ import annotations

import dataclasses

from ..deviceinputs import lan_address
from ..models import Camera

__all__ = ["without_lan_beside_public", "without_unpublished_lan"]

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


def _without_lan_media(camera: Camera, base_url: str) -> Camera:
    """Return the camera less its LAN addresses when it has a public one of its own."""
    urls = (camera.stream_url, camera.snapshot_url, camera.mjpeg_url)
    lan = tuple(url is not None and lan_address(url, base_url) for url in urls)
    public = any(url is not None and not on_lan for url, on_lan in zip(urls, lan, strict=True))
    if not any(lan) or not public:
        return camera  # nothing on a LAN, or only LAN addresses (judged by the list rule)
    return dataclasses.replace(
        camera,
        stream_url=None if lan[0] else camera.stream_url,
        snapshot_url=None if lan[1] else camera.snapshot_url,
        mjpeg_url=None if lan[2] else camera.mjpeg_url,
    )


def without_lan_beside_public(cameras: tuple[Camera, ...], base_url: str) -> tuple[Camera, ...]:
    """Return the cameras less every LAN address beside a public one of the same camera.

    In an answer from a public host (``deviceinputs.lan_address``), an address on a
    private, shared, loopback or link-local network, a local or single-label name or a
    metadata host is no viewer's media when the camera has public media of its own:
    it is dropped and the camera keeps its public media. Cameras whose only addresses
    are on a LAN are left to ``without_unpublished_lan``; answers from the local network
    and documentation-range addresses are unchanged.
    """
    changed = tuple(_without_lan_media(camera, base_url) for camera in cameras)
    return cameras if all(a is b for a, b in zip(changed, cameras, strict=True)) else changed
