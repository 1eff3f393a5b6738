"""The F5 portal format: camera stills, MJPEG streams and the list pointing at them."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any, Final

from aiohttp import web

from .documents import PortalDocuments
from .responses import CT_JPEG, CT_JSON

MJPEG_BOUNDARY: Final = "frame"


class StillRoutes(PortalDocuments):
    """The F5 format: a list of still and MJPEG URLs, and the stills and MJPEG streams."""

    # ----------------------------------------------------------------- F5 stills

    async def _snapshot(self, request: web.Request) -> web.StreamResponse:
        """Serve a JPEG of the current frame."""
        faults = self.faults
        if faults.delay > 0:
            await asyncio.sleep(faults.delay)
        camera = self._camera(request.match_info["key"])
        if camera is None or not camera.online:
            return self._not_found()
        body = self._damaged(await self.snapshot_jpeg(camera))
        return await self._send(request, body, CT_JPEG, {"Cache-Control": "no-cache"})

    async def _mjpeg(self, request: web.Request) -> web.StreamResponse:
        """Stream JPEG frames as ``multipart/x-mixed-replace`` until the client leaves."""
        camera = self._camera(request.match_info["key"])
        if camera is None or not camera.online:
            return self._not_found()
        response = web.StreamResponse(headers={"Cache-Control": "no-cache"})
        response.headers["Content-Type"] = self._ctype(
            f"multipart/x-mixed-replace; boundary={MJPEG_BOUNDARY}"
        )
        await response.prepare(request)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.mjpeg_max_seconds
        interval = 1.0 / self.mjpeg_fps if self.mjpeg_fps > 0 else 1.0
        while not self._closing.is_set() and loop.time() < deadline:
            jpeg = await self.snapshot_jpeg(camera)
            part = (
                (
                    f"--{MJPEG_BOUNDARY}\r\nContent-Type: {CT_JPEG}\r\n"
                    f"Content-Length: {len(jpeg)}\r\n\r\n"
                ).encode()
                + jpeg
                + b"\r\n"
            )
            try:
                await response.write(part)
            except ConnectionError:
                return response
            self._count_bytes(request, len(part))
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._closing.wait(), interval)
        with contextlib.suppress(ConnectionError):
            await response.write_eof()
        return response

    async def _f5(self, request: web.Request) -> web.StreamResponse:
        """Serve F5: cameras with only still and/or MJPEG URLs."""
        # Camera i gets both URLs when i % 3 == 0, only a still when 1, only MJPEG when 2.
        early = await self._list_preamble(request)
        if early is not None:
            return early
        origin = self._origin(request)
        items: list[dict[str, Any]] = []
        for index, (ident, camera) in enumerate(self._listed()):
            item: dict[str, Any] = {
                "id": ident,
                "name": camera.name,
                "lat": camera.lat or "",
                "lng": camera.lng or "",
            }
            if index % 3 in (0, 1):
                item["snapshot"] = origin + self._snapshot_path(camera)
            if index % 3 in (0, 2):
                item["mjpeg"] = origin + self._mjpeg_path(camera)
            items.append(item)
        return await self._send_document(request, self._json(items), CT_JSON)
