"""The asynchronous portal client."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from functools import partial
import hashlib
import logging
import time
from urllib.parse import quote, urlsplit, urlunsplit

import aiohttp
import yarl

from .errors import (
    PortalError,
    PortalFormatError,
    PortalHTTPError,
    PortalNoStreamError,
    PortalTooLargeError,
    PortalUnsafeURLError,
)
from .hls import SegmentNumbering
from .http import Clock, GuardedHttp, Resolver, Response, Router, Sleep
from .models import (
    MAX_CAMERAS,
    Camera,
    CameraList,
    NotModified,
    ParseResult,
    PortalFormat,
    PortalSettings,
    Profile,
)
from .parsing import KutimPage, decode_body, load_json, parse_body, parse_kutim_page
from .urls import UrlPolicy, is_mjpeg_url, redact_url

_LOGGER = logging.getLogger(__name__)

WAKE_INTERVAL = 30.0
"""At most one wake-up call per stream key within this many seconds."""

STREAM_READY_TIMEOUT = 6.0
"""How long to wait for a woken stream's manifest (HA allows 10 s for stream_source)."""

READY_POLL_INTERVAL = 0.5
"""Seconds between two looks at a woken stream's manifest while it still answers 404."""

STREAM_ALIVE_SECONDS = 45.0
"""A stream the portal served within this many seconds needs no wake-up call.

The portal stops a stream nobody reads for a while (60 s for the fake portal). When a
stream believed alive turns out to be stopped, the client shortens this window to half
the gap that was too long, so a portal that stops streams sooner costs one failed
request once, not at every picture.
"""

MIN_ALIVE_SECONDS = 5.0

MAX_CONCURRENT_WAKEUPS = 10
"""Streams woken at the same time: start calls plus their wait for the first manifest."""

PLAYLIST_MAX_BYTES = 512 * 1024

LARGE_PAGE_LIMIT = 5000
"""Page size asked for first: a regency's whole list fits one request, one 304 when unchanged.

Servers that cap page sizes answer with fewer items and are then paged at their own size;
servers that refuse the size are paged at ``PortalSettings.page_limit`` from then on.
"""

READY_REUSE_SECONDS = 5.0
"""A manifest fetched to see that a woken stream is up serves the next read of it this long."""

_REFUSED_HOSTS_SHOWN = 5
_PAGE_SIZE_REFUSALS = frozenset({400, 413, 414, 416, 422})
# A base address that answers with one of these may still have a known API behind it.
_DETECT_AFTER_STATUSES = frozenset({400, 401, 403, 404, 405, 406, 410, 501})

KUTIM_LIST_PATH = "/api/cctv/public"
AUTO_CANDIDATES: tuple[tuple[str, str], ...] = (
    ("go2rtc", "/api/streams"),
    ("MediaMTX", "/v3/paths/list"),
    ("Frigate", "/api/config"),
    ("ZoneMinder", "/api/monitors.json"),
)
"""Known list APIs tried behind a base address after Kutim's paged list (name, path)."""

AUTO_TRIED: tuple[str, ...] = (
    "JSON/GeoJSON/HTML at the address",
    f"Kutim paged list ({KUTIM_LIST_PATH})",
    *(f"{name} ({path})" for name, path in AUTO_CANDIDATES),
)
"""What the Automatic format tries, in order, as named in its error."""
_TOKEN_HINTS = ("token", "expires", "signature", "sig=", "session", "auth", "key=", "hash=")


@dataclass(slots=True)
class StreamMemory:
    """What the client learnt about one HLS stream, so the next picture costs less.

    ``variant_url``: the media playlist chosen from the master playlist (read once).
    ``numbering`` and ``anchored_at``: how segments are named and when the newest one was
    seen, so later segments are requested without reading the playlist. ``init``: the
    fMP4 initialisation section (URL and bytes), which does not change. ``keyframe_bytes``:
    how many bytes the first keyframe of the last segment took.
    """

    variant_url: str | None = None
    numbering: SegmentNumbering | None = None
    anchored_at: float = 0.0
    init: tuple[str, bytes] | None = None
    keyframe_bytes: int | None = None

    def forget_playlist(self) -> None:
        """Drop the learnt segment naming (the next picture reads the playlist)."""
        self.numbering = None


@dataclass(slots=True)
class _CachedPage:
    """A page of the list with the validators it was served with."""

    etag: str | None
    last_modified: str | None
    page: KutimPage | ParseResult


def _validators(cached: _CachedPage | None) -> dict[str, str]:
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


def _looks_expiring(url: str) -> bool:
    """Return True for stream URLs that carry a session or token in the query."""
    _, _, query = url.partition("?")
    lowered = query.lower()
    return any(hint in lowered for hint in _TOKEN_HINTS)


def _forget_task(tasks: dict[str, asyncio.Task[None]], key: str, task: asyncio.Task[None]) -> None:
    """Forget a finished wake-up task; its error, if any, went to whoever awaited it."""
    if tasks.get(key) is task:
        del tasks[key]
    if not task.cancelled():
        task.exception()  # retrieved here too: every awaiter may have given up


class PortalClient:
    """Read one public CCTV portal: its camera list, stream wake-ups and media."""

    def __init__(
        self,
        session: aiohttp.ClientSession,
        settings: PortalSettings,
        *,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
        resolve: Resolver | None = None,
        route: Router | None = None,
    ) -> None:
        """Bind the client to a session and a portal's settings.

        ``resolve`` and ``route`` stand in for name resolution and the network in tests.
        """
        self.settings = settings
        portal_urls = [settings.url, settings.landing_url or settings.url]
        if settings.profile in (Profile.KUTIM, Profile.AUTO):
            portal_urls.append(settings.hls_url)
        self.policy = UrlPolicy.for_portal(
            portal_urls, allow_local=settings.allow_local, extra_hosts=settings.extra_hosts
        )
        self.http = GuardedHttp(
            session,
            policy=self.policy,
            timeout=settings.timeout,
            verify_ssl=settings.verify_ssl,
            headers=settings.headers,
            min_interval=settings.min_interval,
            clock=clock,
            sleep=sleep,
            resolve=resolve,
            origins=portal_urls,
            route=route,
        )
        self._clock = clock
        self._sleep = sleep
        self._pages: dict[str, _CachedPage] = {}
        self._bootstrapped = False
        self._wake_tasks: dict[str, asyncio.Task[None]] = {}
        self._closed = False
        self._ready_tasks: dict[str, asyncio.Task[None]] = {}
        self._woken_at: dict[str, float] = {}
        self._alive_at: dict[str, float] = {}
        self._ready: dict[str, tuple[float, Response]] = {}
        self._memory: dict[str, StreamMemory] = {}
        self.alive_seconds = STREAM_ALIVE_SECONDS
        self.wake_slots = asyncio.Semaphore(MAX_CONCURRENT_WAKEUPS)
        """Bounds the streams being woken at once (start call and wait for the manifest)."""
        self._page_limit = max(settings.page_limit, LARGE_PAGE_LIMIT)
        self.wake_calls = 0
        # What automatic detection found behind the configured base address.
        self._kutim_base: str | None = None
        self._list_url: str | None = None

    # ------------------------------------------------------------------ list

    async def async_get_cameras(self, *, conditional: bool = False) -> CameraList | NotModified:
        """Fetch the camera list; with ``conditional`` an unchanged list is NotModified."""
        await self._bootstrap()
        if self.is_kutim:
            return await self._get_kutim(conditional)
        return await self._get_single(conditional)

    @property
    def is_kutim(self) -> bool:
        """Return True when the portal is read as Kutim's paged list (set or detected)."""
        return self.settings.profile is Profile.KUTIM or self._kutim_base is not None

    @property
    def api_base(self) -> str:
        """Return the Kutim API host the list and wake-up calls go to."""
        return (self._kutim_base or self.settings.url).rstrip("/")

    async def _bootstrap(self) -> None:
        """Load the landing page once so the portal sets its session cookie."""
        if self._bootstrapped or not self.settings.landing_url:
            return
        await self.http.request(
            "GET", self.settings.landing_url, max_bytes=self.settings.max_body_bytes
        )
        self._bootstrapped = True

    async def _get_page(self, url: str, conditional: bool) -> tuple[Response, _CachedPage | None]:
        """GET one list URL, conditionally when a cached copy exists."""
        cached = self._pages.get(url)
        headers = _validators(cached) if conditional else {}
        response = await self.http.request(
            "GET", url, headers=headers, max_bytes=self.settings.max_body_bytes
        )
        return response, cached

    def _store(self, url: str, response: Response, page: KutimPage | ParseResult) -> _CachedPage:
        """Remember a freshly parsed page and its validators."""
        entry = _CachedPage(
            etag=response.headers.get("ETag"),
            last_modified=response.headers.get("Last-Modified"),
            page=page,
        )
        self._pages[url] = entry
        return entry

    async def _get_kutim(self, conditional: bool) -> CameraList | NotModified:
        """Walk the Kutim list page by page until it is complete."""
        settings = self.settings
        base = self.api_base
        pages: list[KutimPage] = []
        received = 0
        unchanged = True
        warnings: list[str] = []
        first_etag: str | None = None
        first_modified: str | None = None
        previous_ids: tuple[str, ...] | None = None
        largest = 0
        raw_total = 0
        web_page = False
        limit = self._page_limit
        collected = 0
        capped = False
        for number in range(1, settings.max_pages + 1):
            url = f"{base}{KUTIM_LIST_PATH}?page={number}&limit={limit}"
            try:
                response, cached = await self._get_page(url, conditional)
            except (PortalHTTPError, PortalTooLargeError) as err:
                if number == 1 and self._page_size_refused(limit, err):
                    return await self._get_kutim_small(conditional, limit)
                raise
            received += len(response.body)
            if response.status == 304 and cached is not None:
                entry = cached
            else:
                unchanged = False
                text = decode_body(response.body)
                web_page = web_page or text.lstrip().startswith("<")
                try:
                    parsed = parse_kutim_page(
                        load_json(text), hls_base=settings.hls_url, prettify=settings.prettify_names
                    )
                except PortalFormatError as err:
                    if number == 1 and self._page_size_refused(limit, err):
                        return await self._get_kutim_small(conditional, limit)
                    raise
                entry = self._store(url, response, parsed)
            if number == 1:
                first_etag, first_modified = entry.etag, entry.last_modified
            page = entry.page
            assert isinstance(page, KutimPage)  # Kutim URLs only ever cache Kutim pages
            ids = tuple(c.id for c in page.result.cameras)
            if number > 1 and ids and ids == previous_ids:
                warnings.append("the portal ignores the page parameter; stopped paging")
                break
            pages.append(page)
            previous_ids = ids
            raw_total += page.raw_count
            collected += len(ids)
            if page.result.capped or collected > MAX_CAMERAS:
                capped = True  # reading more pages would only cost time: stop here
                break
            if page.raw_count and not ids:
                break  # entries that are no cameras: paging on would only repeat them
            if page.raw_count == 0:
                break
            # A server that capped our page size may count pages at the size we asked for:
            # when it also gives a total, the total decides.
            if (
                page.total_pages is not None
                and number >= page.total_pages
                and (page.total is None or raw_total >= page.total)
            ):
                break
            if page.total is not None:
                if raw_total >= page.total:
                    break
            elif page.raw_count == 0 or (number > 1 and page.raw_count < largest):
                break
            largest = max(largest, page.raw_count)
            if number == 1 and 0 < page.raw_count < limit:
                # A short first page is the whole list or the server's own page size: go
                # on at that size, which keeps page offsets right whichever it was.
                limit = page.raw_count
        else:
            warnings.append(f"stopped after {settings.max_pages} pages")
        if conditional and unchanged:
            return NotModified(body_bytes=received)
        cameras, dup_warnings = dedupe_cameras(c for p in pages for c in p.result.cameras)
        capped = capped or len(cameras) > MAX_CAMERAS
        cameras = cameras[:MAX_CAMERAS]
        if raw_total and not cameras:
            self._pages.clear()  # a later poll must not take this answer as "unchanged"
            if web_page:
                raise PortalFormatError("The portal answered with a web page, not the camera list")
            raise PortalFormatError(
                f"The list has {raw_total} entries but none is a camera: "
                "the portal may have changed its format"
            )
        for page in pages:
            warnings.extend(page.result.warnings)
        warnings.extend(dup_warnings)
        return self._finish(
            PortalFormat.KUTIM,
            cameras,
            skipped=sum(p.result.skipped for p in pages),
            warnings=warnings,
            etag=first_etag,
            last_modified=first_modified,
            body_bytes=received,
            capped=capped,
        )

    async def _get_kutim_small(self, conditional: bool, refused: int) -> CameraList | NotModified:
        """Read the list again at the configured page size after a large page failed."""
        try:
            return await self._get_kutim(conditional)
        except PortalError:
            self._page_limit = refused  # small pages fail too: the size was not the problem
            raise

    def _page_size_refused(self, limit: int, err: PortalError) -> bool:
        """Return True (and page at the configured size from now on) if ``limit`` was refused."""
        small = self.settings.page_limit
        if limit <= small:
            return False
        if isinstance(err, PortalHTTPError) and err.status not in _PAGE_SIZE_REFUSALS:
            return False
        self._page_limit = small
        return True

    async def _get_single(self, conditional: bool) -> CameraList | NotModified:
        """Fetch and parse a list served by one URL (formats F2–F5)."""
        settings = self.settings
        url = self._list_url or settings.url
        detect = settings.profile is Profile.AUTO and self._list_url is None
        cached = self._pages.get(url)
        headers = _validators(cached) if conditional else {}
        try:
            response = await self.http.request(
                "GET",
                url,
                headers=headers,
                max_bytes=settings.max_body_bytes,
                stop_before_body=lambda ctype: ctype.startswith("multipart/"),
            )
        except PortalHTTPError as err:
            if not detect or err.status not in _DETECT_AFTER_STATUSES:
                raise
            found = await self._detect(conditional, err)
            if found is None:
                raise
            return found
        if response.status == 304 and cached is not None:
            return NotModified(body_bytes=len(response.body))
        try:
            result = self._parse_single(response)
        except PortalFormatError as err:
            if not detect:
                raise
            found = await self._detect(conditional, err)
            if found is None:
                raise PortalFormatError(
                    f"{err} (tried: {', '.join(self._tried_formats())})",
                    tried=self._tried_formats(),
                ) from err
            return found
        self._store(url, response, result)
        return self._finish(
            result.format,
            result.cameras,
            skipped=result.skipped,
            warnings=list(result.warnings),
            etag=response.headers.get("ETag"),
            last_modified=response.headers.get("Last-Modified"),
            body_bytes=len(response.body),
            capped=result.capped,
            title=result.title,
        )

    def _parse_single(self, response: Response) -> ParseResult:
        """Parse a single-URL answer in the configured profile."""
        settings = self.settings
        ctype = response.content_type
        if settings.profile in (Profile.AUTO, Profile.SNAPSHOT) and (
            ctype.startswith(("image/", "multipart/"))
        ):
            result: ParseResult = self._single_media_camera(response)
        else:
            result = parse_body(
                decode_body(response.body),
                profile=settings.profile,
                base_url=response.url,
                hls_base=settings.hls_url,
                prettify=settings.prettify_names,
                content_type=ctype or None,
            )
        return result

    def _bases(self) -> list[str]:
        """Return the base addresses known APIs are looked for behind: the URL, its origin."""
        parts = urlsplit(self.settings.url)
        path = parts.path.rstrip("/")
        origin = urlunsplit((parts.scheme, parts.netloc, "", "", ""))
        # A path naming a file (cameras.json, index.html) has no API under it.
        bases = [origin + path] if path and "." not in path.rsplit("/", 1)[-1] else []
        bases.append(origin)
        return bases

    def _tried_formats(self) -> tuple[str, ...]:
        """Return the formats automatic detection tries, for error messages."""
        return AUTO_TRIED

    async def _detect(
        self, conditional: bool, first_error: PortalError
    ) -> CameraList | NotModified | None:
        """Look for a known camera list API behind the base address; None if there is none.

        Kutim's paged list is tried first, then the list APIs of common NVR and stream
        servers. What is found is kept, so later polls go straight to it.
        """
        _LOGGER.debug(
            "Looking for a known list API behind %s: %s", redact_url(self.settings.url), first_error
        )
        for base in self._bases():
            self._kutim_base = base
            try:
                result = await self._get_kutim(conditional)
            except PortalError:
                self._kutim_base = None
                self._pages.clear()
                continue
            if isinstance(result, NotModified) or result.cameras:
                return result
            self._kutim_base = None
        for base in self._bases():
            for _name, path in AUTO_CANDIDATES:
                self._list_url = base + path
                try:
                    result = await self._get_single(conditional)
                except PortalError:
                    self._list_url = None
                    continue
                if isinstance(result, NotModified) or result.cameras:
                    return result
                self._list_url = None
        self._pages.clear()
        return None

    def _single_media_camera(self, response: Response) -> ParseResult:
        """Describe a portal URL that is itself one still image or MJPEG stream."""
        url = response.url
        mjpeg = response.content_type.startswith("multipart/") or is_mjpeg_url(url)
        name = self.policy.check(url).host or "Camera"
        camera = Camera(
            id=stable_id(url),
            raw_name=name,
            name=name,
            snapshot_url=None if mjpeg else url,
            mjpeg_url=url if mjpeg else None,
        )
        return ParseResult(format=PortalFormat.SNAPSHOT, cameras=(camera,))

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

    # --------------------------------------------------------------- streams

    def stream_url_for_key(self, stream_key: str) -> str:
        """Return the Kutim HLS manifest URL for a stream key."""
        return f"{self.settings.hls_url.rstrip('/')}/hls/{quote(stream_key, safe='')}/index.m3u8"

    def now(self) -> float:
        """Return the client's monotonic time."""
        return self._clock()

    def stream_alive(self, stream_key: str) -> bool:
        """Return True while the portal recently served this stream (no wake-up needed)."""
        alive = self._alive_at.get(stream_key)
        return alive is not None and self._clock() - alive < self.alive_seconds

    def mark_alive(self, stream_key: str) -> None:
        """Record that the portal just served this stream."""
        self._alive_at[stream_key] = self._clock()

    def mark_stopped(self, stream_key: str) -> None:
        """Record that a stream believed alive answered 404: it must be woken again."""
        alive = self._alive_at.pop(stream_key, None)
        if alive is not None:
            gap = self._clock() - alive
            # A stream gone within seconds was not stopped for idleness (a portal restart).
            if 2 * MIN_ALIVE_SECONDS <= gap < self.alive_seconds:
                self.alive_seconds = max(MIN_ALIVE_SECONDS, gap / 2)

    def stream_memory(self, camera: Camera) -> StreamMemory | None:
        """Return what is known of a camera's HLS stream, or None for tokenised URLs."""
        if camera.stream_key is not None and self.settings.profile is Profile.KUTIM:
            key = "key:" + camera.stream_key
        elif camera.stream_url is not None and not _looks_expiring(camera.stream_url):
            key = "url:" + camera.stream_url
        else:
            return None
        memory = self._memory.get(key)
        if memory is None:
            memory = self._memory[key] = StreamMemory()
        return memory

    async def async_start_stream(self, stream_key: str, *, force: bool = False) -> None:
        """Wake a Kutim stream up; concurrent and repeated calls are coalesced.

        Without ``force`` nothing is sent while the stream was woken within
        ``WAKE_INTERVAL`` or was served recently.

        The call runs in a task of the client's own: a caller that gives up (Home
        Assistant's timeouts) leaves it running for the next one, and ``shutdown``
        cancels it when the portal entry goes away.
        """
        running = self._wake_tasks.get(stream_key)
        if running is not None and not running.done():
            await asyncio.shield(running)
            return
        if not force:
            woken = self._woken_at.get(stream_key)
            if woken is not None and self._clock() - woken < WAKE_INTERVAL:
                return
            if self.stream_alive(stream_key):
                return
        if self._closed:
            raise PortalNoStreamError("The portal connection is closed")
        task = asyncio.get_running_loop().create_task(
            self._wake(stream_key), name="kutim_cctv stream wake-up"
        )
        self._wake_tasks[stream_key] = task
        task.add_done_callback(partial(_forget_task, self._wake_tasks, stream_key))
        await asyncio.shield(task)

    def shutdown(self) -> None:
        """Cancel wake-ups still running and refuse new ones (the entry is unloading)."""
        self._closed = True
        for tasks in (self._ready_tasks, self._wake_tasks):
            for task in list(tasks.values()):
                task.cancel()
            tasks.clear()

    async def _wake(self, stream_key: str) -> None:
        """Send the wake-up call for one stream key."""
        self.wake_calls += 1
        url = f"{self.api_base}/api/stream/{quote(stream_key, safe='')}/start"
        await self.http.request(
            "POST", url, headers={"Content-Type": "application/json"}, max_bytes=64 * 1024
        )
        self._woken_at[stream_key] = self._clock()

    async def async_wake_and_wait(self, stream_key: str) -> None:
        """Make sure a stream is up: one start call, then wait for its manifest.

        Nothing is sent while the stream is known alive. Concurrent callers share one
        wake-up, and at most ``MAX_CONCURRENT_WAKEUPS`` streams are woken at once.
        """
        if self.stream_alive(stream_key):
            return
        task = self._ready_tasks.get(stream_key)
        if task is None or task.done():
            if self._closed:
                raise PortalNoStreamError("The portal connection is closed")
            task = asyncio.get_running_loop().create_task(
                self._wake_and_wait(stream_key), name="kutim_cctv stream wake-up"
            )
            self._ready_tasks[stream_key] = task
            task.add_done_callback(partial(_forget_task, self._ready_tasks, stream_key))
        await asyncio.shield(task)

    async def _wake_and_wait(self, stream_key: str) -> None:
        """Wake one stream within the cap on concurrent wake-ups."""
        async with self.wake_slots:
            if self.stream_alive(stream_key):
                return  # another caller's picture or a manifest read proved it up meanwhile
            await self.async_start_stream(stream_key, force=True)
            await self._wait_ready(stream_key, self.stream_url_for_key(stream_key))

    async def async_stream_url(self, camera: Camera, *, wait_ready: bool = True) -> str:
        """Return a playable stream URL, resolved now: wake-up first, fresh tokens."""
        if camera.stream_key is not None and self.is_kutim:
            url = self.stream_url_for_key(camera.stream_key)
            if wait_ready:
                if not await self._still_up(camera.stream_key, url):
                    await self.async_wake_and_wait(camera.stream_key)
            else:
                await self.async_start_stream(camera.stream_key)
        elif camera.stream_url is not None:
            url = camera.stream_url
            if _looks_expiring(url):
                url = await self._fresh_stream_url(camera)
        else:
            raise PortalNoStreamError(f"Camera {camera.name} has no live stream")
        await self.http.check(url)  # resolve and re-check the host now
        return url

    async def _still_up(self, stream_key: str, url: str) -> bool:
        """Look once at the manifest of a stream believed alive (a portal may restart)."""
        if not self.stream_alive(stream_key):
            return False
        try:
            response = await self.http.request("GET", url, max_bytes=PLAYLIST_MAX_BYTES)
        except PortalHTTPError as err:
            if err.status != 404:
                raise
            self.mark_stopped(stream_key)
            return False
        self.mark_alive(stream_key)
        self._ready[url] = (self._clock(), response)
        return True

    async def _wait_ready(self, stream_key: str, url: str) -> None:
        """Wait out the 404-until-started window of a freshly woken stream.

        The start call is not repeated: the manifest is looked at every
        ``READY_POLL_INTERVAL`` seconds until it answers or ``STREAM_READY_TIMEOUT`` passes.
        """
        deadline = self._clock() + STREAM_READY_TIMEOUT
        while True:
            try:
                response = await self.http.request("GET", url, max_bytes=PLAYLIST_MAX_BYTES)
            except PortalHTTPError as err:
                if err.status != 404 or self._clock() >= deadline:
                    raise PortalNoStreamError(
                        f"The stream {redact_url(url)} did not start (HTTP {err.status})"
                    ) from err
                await self._sleep(READY_POLL_INTERVAL)
                continue
            self.mark_alive(stream_key)
            # A still grab reads this manifest next: it need not ask the portal twice.
            self._ready[url] = (self._clock(), response)
            return

    async def _fresh_stream_url(self, camera: Camera) -> str:
        """Fetch the list again to get an unexpired stream URL for a camera."""
        result = await self.async_get_cameras(conditional=False)
        assert isinstance(result, CameraList)
        for fresh in result.cameras:
            if fresh.id == camera.id and fresh.stream_url is not None:
                return fresh.stream_url
        raise PortalNoStreamError(f"Camera {camera.name} is no longer listed with a stream")

    async def async_fetch(
        self,
        url: str,
        *,
        max_bytes: int,
        until: Callable[[bytes], bool] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Response:
        """GET a media URL the portal handed out, under the safety policy and size cap.

        With ``until`` the body is read only until the predicate holds for what has
        arrived so far (the first picture of an endless MJPEG stream, for example).
        A stream manifest read moments ago to see the stream was up is reused once.
        """
        ready = self._ready.pop(url, None)
        if (
            ready is not None
            and until is None
            and not headers
            and self._clock() - ready[0] <= READY_REUSE_SECONDS
            and len(ready[1].body) <= max_bytes
        ):
            return ready[1]
        return await self.http.request(
            "GET", url, headers=headers, max_bytes=max_bytes, until=until
        )


__all__ = [
    "PortalClient",
    "PortalError",
    "PortalFormatError",
    "dedupe_cameras",
]
