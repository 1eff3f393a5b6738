"""Reading a list answer (decoding and parsing) runs off the event loop."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
import threading
from typing import Any

import aiohttp
from aiohttp import web
import pytest

from custom_components.kutim_cctv.portal import (
    CameraList,
    PortalClient,
    PortalFormatError,
    PortalSettings,
    Profile,
    detect,
    paging,
)

pytestmark = pytest.mark.usefixtures("socket_enabled")

GENERIC = {"cameras": [{"id": "c1", "name": "Simpang Tiga", "stream": "/hls/c1/index.m3u8"}]}
KUTIM = [{"id": 7, "name": "Bundaran Kabo", "lat": 0.5, "lng": 117.5, "streamKey": "kabo"}]


@pytest.fixture
async def base(unused_tcp_port: int) -> AsyncIterator[str]:
    """Serve a generic list at /list, a Kutim page at its path and a broken answer at /bad."""

    async def handle(request: web.Request) -> web.StreamResponse:
        if request.path == "/list":
            return web.json_response(GENERIC)
        if request.path == "/api/cctv/public":
            return web.json_response(KUTIM if request.query.get("page") == "1" else [])
        return web.Response(text='{"cameras": [', content_type="application/json")

    app = web.Application()
    app.router.add_get("/{tail:.*}", handle)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", unused_tcp_port).start()
    try:
        yield f"http://127.0.0.1:{unused_tcp_port}"
    finally:
        await runner.cleanup()


def _recording(func: Callable[..., Any], threads: list[int]) -> Callable[..., Any]:
    """Wrap a parser so that the thread it runs on is recorded."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.get_ident())
        return func(*args, **kwargs)

    return wrapper


@pytest.mark.parametrize(
    ("module", "name", "profile", "path"),
    [
        (detect, "parse_body", Profile.AUTO, "/list"),
        (detect, "parse_body", Profile.JSON, "/list"),
        (paging, "parse_kutim_page", Profile.KUTIM, ""),
    ],
)
async def test_list_answers_are_parsed_in_a_worker_thread(
    base: str, monkeypatch: pytest.MonkeyPatch, module: Any, name: str, profile: Profile, path: str
) -> None:
    """The parser runs on another thread than the event loop, and its result is used."""
    threads: list[int] = []
    monkeypatch.setattr(module, name, _recording(getattr(module, name), threads))
    settings = PortalSettings(profile=profile, url=base + path, hls_url=base)
    async with aiohttp.ClientSession() as session:
        result = await PortalClient(session, settings).async_get_cameras()
    assert isinstance(result, CameraList)
    assert [c.raw_name for c in result.cameras] in (["Simpang Tiga"], ["Bundaran Kabo"])
    assert threads, "the parser was not called"
    assert threading.get_ident() not in threads


async def test_a_parse_error_in_the_worker_reaches_the_caller(base: str) -> None:
    """A format error raised off the loop is raised to the caller as the same error."""
    settings = PortalSettings(profile=Profile.JSON, url=base + "/bad", hls_url=base)
    async with aiohttp.ClientSession() as session:
        with pytest.raises(PortalFormatError):
            await PortalClient(session, settings).async_get_cameras()
