"""Kutim's paged camera list: walking the pages, page-size fallback and stopping rules."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
import functools
from typing import Any

from .errors import PortalError, PortalFormatError, PortalHTTPError, PortalTooLargeError
from .listing import ListFetching, dedupe_cameras
from .models import MAX_CAMERAS, CameraList, NotModified, PortalFormat
from .parsing import KutimPage, decode_body, load_json, parse_kutim_page

LARGE_PAGE_LIMIT = 5000
"""Page size asked for first: a regency's whole list fits one request, one 304 when unchanged.

Servers that cap page sizes answer with fewer items and are then paged at their own size;
servers that refuse the size are paged at ``PortalSettings.page_limit`` from then on.
"""


async def off_loop[T](func: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
    """Run CPU-bound reading (decoding, parsing) in the default executor, off the event loop.

    A list answer may be up to the body cap; reading it must not stall everything else the
    event loop serves. The parsers are pure functions, so a worker thread is safe.
    """
    call = functools.partial(func, *args, **kwargs)
    return await asyncio.get_running_loop().run_in_executor(None, call)


def _read_kutim_page(
    body: bytes, hls_base: str, prettify: bool, url: str | None = None
) -> tuple[bool, KutimPage]:
    """Decode and parse one Kutim page (from ``url``); also say whether it was a web page."""
    text = decode_body(body)
    web_page = text.lstrip().startswith("<")
    page = parse_kutim_page(load_json(text), hls_base=hls_base, prettify=prettify, base_url=url)
    return web_page, page


_PAGE_SIZE_REFUSALS = frozenset({400, 413, 414, 416, 422})
KUTIM_LIST_PATH = "/api/cctv/public"


class KutimPaging(ListFetching):
    """Kutim's paged list: large pages first, the server's own size when it caps or refuses."""

    _page_limit: int

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
                try:
                    is_page, parsed = await off_loop(
                        _read_kutim_page,
                        response.body,
                        settings.hls_url,
                        settings.prettify_names,
                        url,
                    )
                except PortalFormatError as err:
                    if number == 1 and self._page_size_refused(limit, err):
                        return await self._get_kutim_small(conditional, limit)
                    raise
                web_page = web_page or is_page
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
