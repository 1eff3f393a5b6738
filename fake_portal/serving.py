"""Running the fake servers: bind a loopback site, wait for a stop signal."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
import contextlib
import signal
import ssl

from aiohttp import web


async def start_site(
    app: web.Application, host: str, port: int, ssl_context: ssl.SSLContext | None = None
) -> tuple[web.AppRunner, str]:
    """Serve ``app`` on ``host``:``port`` (0 picks a free port); return the runner and base URL."""
    runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
    await runner.setup()
    site = web.TCPSite(runner, host, port, ssl_context=ssl_context)
    try:
        await site.start()
    except BaseException:
        await runner.cleanup()
        raise
    scheme = "https" if ssl_context is not None else "http"
    shown = f"[{host}]" if ":" in host else host
    return runner, f"{scheme}://{shown}:{int(runner.addresses[0][1])}"


@contextlib.asynccontextmanager
async def serving(
    routes: Mapping[str, Callable[[web.Request], Awaitable[web.StreamResponse]]],
) -> AsyncIterator[str]:
    """Serve GET handlers by path on a free 127.0.0.1 port; yield the base URL."""
    app = web.Application()
    for path, handler in routes.items():
        app.router.add_get(path, handler)
    runner, url = await start_site(app, "127.0.0.1", 0)
    try:
        yield url
    finally:
        await runner.cleanup()


async def serve_until_signal(stop: Callable[[], Awaitable[None]]) -> None:
    """Wait for SIGINT or SIGTERM, then call ``stop``."""
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(signum, stopping.set)
    try:
        await stopping.wait()
    finally:
        await stop()
