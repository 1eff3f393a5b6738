"""Camera list fetching: conditional requests, the page cache, de-duplication and URL safety."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
import hashlib

import yarl

from .client_core import ClientCore
from .errors import PortalUnsafeURLError
from .http import Response
from .models import Camera, CameraList, ParseResult, PortalFormat
from .parsing import KutimPage

_REFUSED_HOSTS_SHOWN = 5


@dataclass(slots=True)
class CachedPage:
    """A page of the list with the validators it was served with."""

    etag: str | None
    last_modified: str | None
    page: KutimPage | ParseResult


def cache_validators(cached: CachedPage | None) -> dict[str, str]:
    """Return conditional-request headers for a cached page."""
    headers: dict[str, str] = {}
    if cached is None:
        return headers
    if cached.etag:
        headers["If-None-Match"] = cached.etag
    if cached.last_modified:
        headers["If-Modified-Since"] = cached.last_modified
    return headers


def dedupe_cameras(cameras: Iterable[Camera]) -> tuple[tuple[Camera, ...], tuple[str, ...]]:
    """Resolve duplicate ids deterministically: drop exact copies, suffix the others."""
    seen: dict[str, Camera] = {}
    result: list[Camera] = []
    warnings: list[str] = []
    for camera in cameras:
        first = seen.get(camera.id)
        if first is None:
            seen[camera.id] = camera
            result.append(camera)
            continue
        if first == camera:
            continue
        n = 2
        while f"{camera.id}-{n}" in seen:
            n += 1
        renamed = replace(camera, id=f"{camera.id}-{n}")
        seen[renamed.id] = renamed
        result.append(renamed)
        warnings.append(f"duplicate camera id {camera.id!r} renamed to {renamed.id!r}")
    return tuple(result), tuple(warnings)


def stable_id(url: str) -> str:
    """Derive a stable camera id from a URL, ignoring its query string."""
    return (
        "k-"
        + hashlib.sha1(url.split("?", maxsplit=1)[0].encode(), usedforsecurity=False).hexdigest()[
            :12
        ]
    )


def _origin(url: str) -> str | None:
    """Return "host:port" of url for messages (never its userinfo), or None."""
    try:
        parsed = yarl.URL(url)
        host, port = parsed.raw_host, parsed.port
    except Exception:  # noqa: BLE001 - yarl raises more than ValueError on odd input
        return None
    if not host or len(host) > 80 or not host.isascii() or not host.isprintable():
        return None
    shown = f"[{host}]" if ":" in host else host
    return f"{shown}:{port}" if port is not None else shown


class ListFetching(ClientCore):
    """Conditional list requests, the page cache and the safety pass over the result."""

    _pages: dict[str, CachedPage]
    _bootstrapped: bool

    async def _bootstrap(self) -> None:
        """Load the landing page once so the portal sets its session cookie."""
        if self._bootstrapped or not self.settings.landing_url:
            return
        await self.http.request(
            "GET", self.settings.landing_url, max_bytes=self.settings.max_body_bytes
        )
        self._bootstrapped = True

    async def _get_page(self, url: str, conditional: bool) -> tuple[Response, CachedPage | None]:
        """GET one list URL, conditionally when a cached copy exists."""
        cached = self._pages.get(url)
        headers = cache_validators(cached) if conditional else {}
        response = await self.http.request(
            "GET", url, headers=headers, max_bytes=self.settings.max_body_bytes
        )
        return response, cached

    def _store(self, url: str, response: Response, page: KutimPage | ParseResult) -> CachedPage:
        """Remember a freshly parsed page and its validators."""
        entry = CachedPage(
            etag=response.headers.get("ETag"),
            last_modified=response.headers.get("Last-Modified"),
            page=page,
        )
        self._pages[url] = entry
        return entry

    def _finish(
        self,
        fmt: PortalFormat,
        cameras: Iterable[Camera],
        *,
        skipped: int,
        warnings: list[str],
        etag: str | None,
        last_modified: str | None,
        body_bytes: int,
        capped: bool = False,
        title: str | None = None,
    ) -> CameraList:
        """Drop media URLs the safety policy refuses and build the final list."""
        safe: list[Camera] = []
        refused = 0
        hosts: set[str] = set()
        for camera in cameras:
            cleaned = self._safe_camera(camera, hosts)
            if cleaned is None:
                skipped += 1
                refused += 1
                continue
            if cleaned != camera:
                refused += 1
            safe.append(cleaned)
        if refused:
            shown = sorted(hosts)[:_REFUSED_HOSTS_SHOWN]
            more = f" and {len(hosts) - len(shown)} more" if len(hosts) > len(shown) else ""
            where = f" ({', '.join(shown)}{more})" if shown else ""
            warnings.append(
                f"{refused} camera(s) had media URLs pointing at local or reserved "
                f"addresses{where}; they were refused (a portal on your own network may "
                "list its hosts under extra allowed hosts)"
            )
        if not safe:
            # Callers may refuse an empty list; a later poll must fetch it again, not hear
            # "not modified" about it.
            self._pages.clear()
        return CameraList(
            format=fmt,
            cameras=tuple(safe),
            skipped=skipped,
            warnings=tuple(warnings),
            etag=etag,
            last_modified=last_modified,
            body_bytes=body_bytes,
            capped=capped,
            title=title,
        )

    def _safe_camera(self, camera: Camera, hosts: set[str]) -> Camera | None:
        """Return the camera without refused URLs, or None when nothing usable is left.

        The host and port of every refused URL that has one is added to ``hosts``.
        """
        changes: dict[str, str | None] = {}
        for field_name in ("stream_url", "snapshot_url", "mjpeg_url"):
            value: str | None = getattr(camera, field_name)
            if value is None:
                continue
            try:
                self.policy.check(value)
            except PortalUnsafeURLError:
                changes[field_name] = None
                origin = _origin(value)
                if origin is not None:
                    hosts.add(origin)
        if not changes:
            return camera
        cleaned = replace(camera, **changes)  # type: ignore[arg-type]
        return cleaned if cleaned.has_still else None
