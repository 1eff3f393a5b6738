"""Unpublished cameras: a LAN-only camera among a public answer's published ones.

A city or partner list served from a public host publishes its cameras through public
addresses (a relay, an HLS host, a camera's own public name). A camera whose only
addresses are on a private network (``http://192.168.1.64/ISAPI/…/httpPreview``,
``rtsp://10.…``) beside published ones is a camera not yet published: no viewer of the
list reaches it, and the live path would refuse it when played. In every reader (a JSON
or XML list, a playlist, a page's table or cards), such cameras are not listed when they
are fewer than half of the answer's cameras. Answers where LAN addresses are common are
read as before: a recorder's or a home camera wall's own list (most of its cameras on
the LAN), a page that writes its cameras' LAN addresses as text beside them (a local
display's "Serambi | 192.168.10.21" cards, reached through a public name; only a page
read as markup: a JSON or XML list giving each record an encoder's IP is no such page),
and any answer served from the local network itself.

A link-local or cloud metadata address (``http://169.254.169.254/latest/…``) in a public
answer is no LAN at all (``without_forbidden_media``): it is never a camera's media,
never counts toward a list mostly on the LAN, and a camera with nothing else is not
listed, whatever the answer's other addresses.

A camera with public media of its own never keeps an address on a LAN beside it
(``without_lan_beside_public``): a record giving a public still and a stream on
``http://192.168.…`` or ``rtsp://10.…`` plays only what a viewer reaches.
"""

from __future__ import annotations

import dataclasses
import itertools
import re

from ..deviceinputs import forbidden_address, lan_address
from ..models import Camera

__all__ = ["without_forbidden_media", "without_lan_beside_public", "without_unpublished_lan"]

# LAN-only cameras are left out only when fewer than one in this many of the answer.
_MINORITY = 2
# An IPv4 address written as text, not as a URL's host (``//10.1.2.3``, ``user@10.1.2.3``,
# ``"rtsp:10.1.2.3"``): a page naming its cameras' LAN addresses ("Alamat IP").
_TEXT_IP = re.compile(r"(?<![\w/@:.-])(\d{1,3}(?:\.\d{1,3}){3})(?![\w/:@-])(?!\.\d)")
_MAX_SCAN = 1_000_000
_MAX_TEXT_IPS = 512


def _addresses(camera: Camera) -> list[str]:
    return [url for url in (camera.stream_url, camera.snapshot_url, camera.mjpeg_url) if url]


def _text_lan_ips(text: str, base_url: str, enough: int) -> int:
    """Count the distinct LAN IPv4 addresses an answer writes as text (up to enough)."""
    seen: set[str] = set()
    for match in itertools.islice(_TEXT_IP.finditer(text, 0, _MAX_SCAN), _MAX_TEXT_IPS):
        address = match.group(1)
        if address not in seen and lan_address(f"http://{address}/", base_url):
            seen.add(address)
            if len(seen) >= enough:
                break
    return len(seen)


def without_unpublished_lan(
    cameras: tuple[Camera, ...], base_url: str, text: str = ""
) -> tuple[Camera, ...]:
    """Return the cameras less those only on a LAN, when they are a public answer's few.

    A camera counts as LAN-only when every address it has is one no viewer reaches
    (``deviceinputs.lan_address``: never for an answer from the local network). They are
    dropped when fewer than half of the cameras, unless the answer writes LAN addresses
    as text for at least half of its cameras (a local deployment's own page).
    """
    lan_only: set[int] = set()
    for index, camera in enumerate(cameras):
        addresses = _addresses(camera)
        if addresses and all(lan_address(url, base_url) for url in addresses):
            lan_only.add(index)
    if not lan_only or len(lan_only) * _MINORITY >= len(cameras):
        return cameras
    enough = -(-len(cameras) // _MINORITY)
    if text and _text_lan_ips(text, base_url, enough) >= enough:
        return cameras
    return tuple(camera for index, camera in enumerate(cameras) if index not in lan_only)


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


def without_forbidden_media(cameras: tuple[Camera, ...], base_url: str) -> tuple[Camera, ...]:
    """Return the cameras less every link-local or metadata address of a public answer.

    Such an address (``deviceinputs.forbidden_address``) is dropped from the camera; a
    camera left with no address is not listed. The LAN rules then judge what is left,
    so these addresses never make an answer "mostly on the LAN".
    """
    kept: list[Camera] = []
    changed = False
    for camera in cameras:
        urls = (camera.stream_url, camera.snapshot_url, camera.mjpeg_url)
        bad = tuple(url is not None and forbidden_address(url, base_url) for url in urls)
        if not any(bad):
            kept.append(camera)
            continue
        changed = True
        if all(url is None or out for url, out in zip(urls, bad, strict=True)):
            continue
        kept.append(
            dataclasses.replace(
                camera,
                stream_url=None if bad[0] else camera.stream_url,
                snapshot_url=None if bad[1] else camera.snapshot_url,
                mjpeg_url=None if bad[2] else camera.mjpeg_url,
            )
        )
    return tuple(kept) if changed else cameras
