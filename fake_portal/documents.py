"""How the fake portal answers list requests: access checks, document faults, conditional GET."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
import contextlib
import datetime as dt
import email.utils
import hashlib
import json
from typing import Any, Final

from aiohttp import web

from .core import PortalCore
from .responses import CT_HTML, TRICKLE_PARTS, etag_matches, padded, pieces

PHP_WARNING: Final = (
    "<br />\n<b>Warning</b>:  Undefined variable $x in /var/www/api.php on line 12<br />\n"
)
HTML_ERROR_PAGE: Final = (
    "<!DOCTYPE html>\n<html><head><title>Terjadi Kesalahan</title></head>\n"
    "<body><h1>Terjadi kesalahan pada server</h1>\n"
    "<p>SQLSTATE[HY000] [2002] Connection refused</p></body></html>\n"
)
SESSION_COOKIE: Final = "portal_session"

_BOM: Final = b"\xef\xbb\xbf"
_DOCUMENT_MEMORY: Final = 2048


class PortalDocuments(PortalCore):
    """Access checks and list documents: faults applied, conditional GET, streamed bodies."""

    # ----------------------------------------------------------------- access checks

    def _check_access(self, request: web.Request) -> web.Response | None:
        """Apply the Referer and cookie requirements of API routes."""
        faults = self.faults
        if faults.require_referer is not None:
            referer = request.headers.get("Referer", "")
            if not referer.startswith(faults.require_referer):
                return self._error(403, "Forbidden")
        if faults.require_cookie and request.cookies.get(SESSION_COOKIE) not in self._sessions:
            return self._error(403, "Forbidden: session required")
        return None

    async def _list_preamble(self, request: web.Request) -> web.StreamResponse | None:
        """Apply delay, access, redirect and status faults before a list document is built."""
        faults = self.faults
        if faults.delay > 0:
            await asyncio.sleep(faults.delay)
        denied = self._check_access(request)
        if denied is not None:
            return denied
        if faults.redirect_loop:
            return web.Response(status=302, headers={"Location": request.path_qs})
        if faults.redirect_to is not None:
            return web.Response(status=302, headers={"Location": faults.redirect_to})
        if faults.status is not None:
            return self._error(faults.status, "Fault injected")
        return None

    # ----------------------------------------------------------------- documents

    def _last_modified(self, key: str, etag: str) -> dt.datetime:
        """Return when the document at ``key`` last changed (now if ``etag`` is new)."""
        known = self._documents.get(key)
        if known is not None and known[0] == etag:
            self._documents.move_to_end(key)
            return known[1]
        now = dt.datetime.now(dt.UTC).replace(microsecond=0)
        self._documents[key] = (etag, now)
        self._documents.move_to_end(key)
        while len(self._documents) > _DOCUMENT_MEMORY:
            self._documents.popitem(last=False)
        return now

    async def _send_document(
        self, request: web.Request, body: bytes, content_type: str
    ) -> web.StreamResponse:
        """Send a list document with body faults and conditional GET applied."""
        faults = self.faults
        if faults.html_error_200:
            body, content_type = HTML_ERROR_PAGE.encode(), CT_HTML
        else:
            if faults.php_warning:
                body = PHP_WARNING.encode() + body
            if faults.bom:
                body = _BOM + body
        body = self._damaged(body)
        if faults.oversize_bytes is not None:
            return await self._stream(request, padded(body, faults.oversize_bytes), content_type)
        etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
        modified = self._last_modified(request.path_qs, etag)
        headers = {
            "ETag": etag,
            "Last-Modified": email.utils.format_datetime(modified, usegmt=True),
            "Cache-Control": "no-cache",
        }
        if self._not_modified(request, etag, modified):
            return web.Response(status=304, headers=headers)
        return await self._send(request, body, content_type, headers)

    def _damaged(self, body: bytes) -> bytes:
        """Apply the truncate and garbage faults to a body."""
        faults = self.faults
        if faults.truncate:
            body = body[: len(body) // 2]
        if faults.garbage:
            body = b"\xff\xfe\x00" + self._rng.randbytes(max(61, len(body) - 3))
        return body

    async def _send(
        self, request: web.Request, body: bytes, content_type: str, headers: dict[str, str]
    ) -> web.StreamResponse:
        """Send ``body``, in pieces with pauses when the trickle fault is on."""
        trickle = self.faults.trickle
        if trickle is not None:
            return await self._stream(
                request,
                pieces(body, TRICKLE_PARTS),
                content_type,
                headers=headers,
                pause=trickle,
                length=len(body),
            )
        return self._response(body, content_type, headers=headers)

    @staticmethod
    def _not_modified(request: web.Request, etag: str, modified: dt.datetime) -> bool:
        """Evaluate If-None-Match and If-Modified-Since."""
        if_none_match = request.headers.get("If-None-Match")
        if if_none_match is not None:
            return etag_matches(if_none_match, etag)
        since = request.if_modified_since
        return since is not None and modified <= since

    async def _stream(
        self,
        request: web.Request,
        chunks: Iterator[bytes],
        content_type: str,
        *,
        headers: dict[str, str] | None = None,
        pause: float | None = None,
        length: int | None = None,
    ) -> web.StreamResponse:
        """Stream ``chunks`` to the client, pausing ``pause`` seconds between them."""
        response = web.StreamResponse(headers=headers)
        response.headers["Content-Type"] = self._ctype(content_type)
        if length is not None:
            response.content_length = length
        await response.prepare(request)
        first = True
        for chunk in chunks:
            if pause and not first:
                await asyncio.sleep(pause)
            first = False
            try:
                await response.write(chunk)
            except ConnectionError:
                return response
            self._count_bytes(request, len(chunk))
        with contextlib.suppress(ConnectionError):
            await response.write_eof()
        return response

    def _json(self, value: Any) -> bytes:
        """Serialise ``value`` as compact UTF-8 JSON."""
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()
