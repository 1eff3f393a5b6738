"""Entries read from nothing but a web page, beside entries that give real media.

A page's address kept as an entry's stream (its ``url``) may be a player page that a
later step resolves, so an entry whose one address is a page is a camera on its own.
Beside entries that give pictures or streams, an entry whose one address is a page
naming no player is a link of another kind: a GIS layer's information point (a museum's
site next to webcams with stills), a config's trail-map page next to its webcams.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ..fieldurls import url_host, url_kind
from ..models import Camera
from ..playerpage import is_platform_embed, is_platform_page
from .embeds import server_player_page

__all__ = ["page_only", "without_page_entries"]

# Words of an address path that say a page plays something (a player, an embed, a live
# view, WebRTC; Indonesian ``siaran``, ``tayang`` and ``tonton``: a broadcast, airing,
# watching; never a press release's ``siaran-pers``); a page address without them beside
# real media is a link of another kind.
_PLAYING_PATH = re.compile(
    r"(?i)embed|play|live|stream|video|view|watch|cam|cctv|kamera|webcam|webrtc"
    r"|siaran(?![-_ ]?pers)|tonton|tayang"
)
_PAGE_EXTENSIONS = frozenset({"html", "htm", "php", "asp", "aspx", "jsp", "shtml"})


def page_only(camera: Camera) -> bool:
    """Return True for a camera read from nothing but a web page naming no player."""
    url = camera.stream_url
    if url is None or camera.snapshot_url or camera.mjpeg_url or url_kind(url) is not None:
        return False
    if is_platform_page(url) or server_player_page(url):
        return False
    try:
        parts = urlsplit(url[:2048])
    except ValueError:
        return False
    route = _hash_route(parts.path, parts.fragment)
    return not _PLAYING_PATH.search(f"{parts.hostname or ''} {parts.path} {parts.query} {route}")


def _hash_route(path: str, fragment: str) -> str:
    """Return a single-page app's route written in the fragment (``/#/cembed/…``), else "".

    An app served from its root routes by the fragment: ``https://host/#/cembed/<hash>``
    is the app's embedded player, its route the page's real path. Only a root page's
    fragment that starts as a path (``/``, ``!/``) is read, at most 256 characters.
    """
    if path.strip("/") or not fragment.startswith(("/", "!/")):
        return ""
    return fragment[:256]


def _web_page(camera: Camera) -> bool:
    """Return True for a page-only camera whose address names a document, not a file.

    Its last path segment has no extension or a page's (``/museum``, ``/about.html``);
    an address ending in a media file name the kind reader does not know (a video
    server's ``…/s.mp4`` route) is no web page.
    """
    if not page_only(camera) or camera.stream_url is None:
        return False
    try:
        path = urlsplit(camera.stream_url[:2048]).path
    except ValueError:
        return False
    segment = path.rsplit("/", 1)[-1]
    if "." not in segment:
        return True
    return segment.rsplit(".", 1)[-1].lower() in _PAGE_EXTENSIONS


def _real_media(camera: Camera) -> bool:
    """Return True for a camera giving a picture, an MJPEG or a stream of a known kind.

    A video platform's embed of one video or live stream (``youtube.com/embed/…``) plays
    the camera and counts as real media, so an aircraft- or ship-position map page listed
    beside such embeds is a link of another kind.
    """
    if camera.snapshot_url or camera.mjpeg_url:
        return True
    url = camera.stream_url
    return url is not None and (url_kind(url) is not None or is_platform_embed(url))


# Words of an entry's name that say it shows a camera, whatever its address.
_CAMERA_NAME = re.compile(r"(?i)cctv|kamera|camera|\bcams?\b|webcam|ipcam|\blive\b|siaran")


def _site_root(camera: Camera) -> bool:
    """Return True for a page-only entry whose one address is a site's front page.

    ``https://grafana.host.example`` or ``…/`` (no path, query or route): a start page's
    application (a recorder's, a metrics board's, webmail) named with no camera word.
    """
    if not page_only(camera) or camera.stream_url is None:
        return False
    try:
        parts = urlsplit(camera.stream_url[:2048])
    except ValueError:
        return False
    if parts.path.strip("/") or parts.query or parts.fragment.strip("/"):
        return False
    return _CAMERA_NAME.search(camera.raw_name[:300]) is None


# Names of applications a start page links by their front pages (a word of the entry's
# name or its host's first label).
_APPLICATION_WORDS = frozenset(
    {"grafana", "portainer", "frigate", "webmail", "mail", "roundcube", "status", "uptime"}
    | {"kuma", "nas", "jellyfin", "plex", "emby", "sonarr", "radarr", "nextcloud", "owncloud"}
    | {"vaultwarden", "bitwarden", "vault", "pihole", "adguard", "proxmox", "truenas"}
    | {"synology", "router", "gitea", "gitlab", "jenkins", "prometheus", "kibana", "immich"}
    | {"syncthing", "transmission", "qbittorrent", "photoprism", "paperless", "traefik"}
    | {"unifi", "openwrt", "pfsense", "opnsense", "cockpit", "webmin", "phpmyadmin", "homer"}
    | {"dashy", "heimdall", "homarr", "netdata", "zabbix", "monitoring", "wiki", "media"}
    | {"cloud", "docker", "nvr", "dashboard", "admin", "git", "jira", "confluence"}
)
_NAME_WORD = re.compile(r"[a-z0-9]+")


def _application(camera: Camera) -> bool:
    """Return True for a front page named for an application (its name or first label)."""
    words = set(_NAME_WORD.findall(camera.raw_name[:300].lower()))
    host = url_host(camera.stream_url or "") or ""
    words.update(_NAME_WORD.findall(host.split(".", 1)[0]))
    return not _APPLICATION_WORDS.isdisjoint(words)


def without_page_entries(cameras: list[Camera]) -> list[Camera]:
    """Drop a list's web-page entries when most of its entries give real media.

    At least two entries must give real media, more than the page-only ones; otherwise
    the list is kept whole (a list of player pages, one page beside one picture). A
    site's front page named with no camera word (``_site_root``) is dropped beside
    entries giving real media or a player page when they are at least as many as the
    front pages, else only when it is named for an application (``_application``:
    ``Grafana``, ``webmail.…``).
    """
    roots = [_site_root(camera) for camera in cameras]
    others = sum(
        1 for camera, root in zip(cameras, roots, strict=True) if not root and not _web_page(camera)
    )
    if any(roots) and others:
        # Fewer entries giving media than front pages: only applications' front pages go
        # (cameras published as their own hosts' front pages, `pasarinduk.ddns…`, stay).
        every = others >= sum(roots)
        cameras = [
            camera
            for camera, root in zip(cameras, roots, strict=True)
            if not root or not (every or _application(camera))
        ]
    pages = [_web_page(camera) for camera in cameras]
    if not any(pages):
        return cameras
    media = sum(1 for camera in cameras if _real_media(camera))
    if media < 2 or media <= sum(pages):
        return cameras
    return [camera for camera, page in zip(cameras, pages, strict=True) if not page]
