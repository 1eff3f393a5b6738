"""Cameras listed by their player page: the page is read, its playlist played, safely."""

from __future__ import annotations

import aiohttp
from aiohttp import web
import pytest

from custom_components.kutim_cctv.portal import (
    Camera,
    PortalClient,
    PortalNoStreamError,
    PortalSettings,
    PortalTooLargeError,
    PortalUnsafeURLError,
    Profile,
)
from custom_components.kutim_cctv.portal.live import INDEX_NAME, LiveProxy
from custom_components.kutim_cctv.portal.playerpage import PAGE_MAX_BYTES
from custom_components.kutim_cctv.portal.streams import PAGE_STREAM_SECONDS

from .test_client import Server

pytestmark = pytest.mark.usefixtures("socket_enabled")

MASTER = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1000\nvideo.m3u8\n"
MEDIA = "#EXTM3U\n#EXT-X-TARGETDURATION:2\n#EXTINF:2,\nseg1.ts\n#EXTINF:2,\nseg2.ts\n"


class Player:
    """A portal whose cameras are player pages naming a (possibly tokenised) playlist."""

    def __init__(self, server: Server) -> None:
        self.server = server
        self.token = "t1"
        self.page = self.hlsjs
        server.route("GET", "/embed.php", self.embed)
        server.route("GET", "/player/{name}.html", self.inner)
        server.route("GET", "/hls/cam/index.m3u8", self.master)
        server.route("GET", "/hls/cam/video.m3u8", self.media)
        server.route("GET", "/live/cam1", self.master_plain)

    def hlsjs(self) -> str:
        return (
            "<html><body><video id='v'></video><script>"
            f"var src = '\\/hls\\/cam\\/index.m3u8?token={self.token}';"
            "if (Hls.isSupported()) { var h = new Hls(); h.loadSource(src); }"
            "</script></body></html>"
        )

    async def embed(self, request: web.Request) -> web.Response:
        return web.Response(text=self.page(), content_type="text/html")

    async def inner(self, request: web.Request) -> web.Response:
        if request.match_info["name"] == "deeper":
            return web.Response(text='<iframe src="/embed.php"></iframe>', content_type="text/html")
        return web.Response(text=self.hlsjs(), content_type="text/html")

    async def master(self, request: web.Request) -> web.Response:
        if request.query.get("token") != self.token:
            return web.Response(status=403, text="expired")
        return web.Response(text=MASTER, content_type="application/vnd.apple.mpegurl")

    async def media(self, request: web.Request) -> web.Response:
        return web.Response(text=MEDIA, content_type="application/vnd.apple.mpegurl")

    async def master_plain(self, request: web.Request) -> web.Response:
        return web.Response(text=MASTER, content_type="application/octet-stream")


@pytest.fixture
async def player() -> object:
    server = Server()
    up = Player(server)
    await server.start()
    yield up
    assert server.runner is not None
    await server.runner.cleanup()


def settings(player: Player) -> PortalSettings:
    return PortalSettings(profile=Profile.JSON, url=f"{player.server.url}/list")


def camera(url: str) -> Camera:
    return Camera(id="5", raw_name="Simpang Tiga", name="Simpang Tiga", stream_url=url)


def names(body: bytes) -> list[str]:
    return [line for line in body.decode().splitlines() if not line.startswith("#")]


async def test_the_live_proxy_plays_the_playlist_a_player_page_names(player: Player) -> None:
    """The page is read once; its playlist is proxied; a later request reuses what was found."""
    cam = camera(f"{player.server.url}/embed.php?cam=simpang-tiga")
    async with aiohttp.ClientSession() as session:
        client = PortalClient(session, settings(player))
        proxy = LiveProxy(client)
        (variant,) = names((await proxy.async_get(cam, INDEX_NAME)).body)
        assert proxy.references.get("5", variant).url == f"{player.server.url}/hls/cam/video.m3u8"
        media = await proxy.async_get(cam, variant)
        assert len(names(media.body)) == 2
        await proxy.async_get(cam, INDEX_NAME)
        assert player.server.count("/embed.php") == 1
        assert player.server.count("/hls/cam/index.m3u8") == 2
        # Stills and other callers get the same playlist.
        assert await client.async_stream_url(cam) == (
            f"{player.server.url}/hls/cam/index.m3u8?token=t1"
        )
        assert player.server.count("/embed.php") == 1


async def test_an_expired_playlist_makes_the_page_be_read_again(player: Player) -> None:
    """The page hands out a new token: a refused playlist sends the proxy back to the page."""
    cam = camera(f"{player.server.url}/embed.php")
    async with aiohttp.ClientSession() as session:
        proxy = LiveProxy(PortalClient(session, settings(player)))
        await proxy.async_get(cam, INDEX_NAME)
        player.token = "t2"
        (variant,) = names((await proxy.async_get(cam, INDEX_NAME)).body)
        assert variant.startswith("p-")
        assert player.server.count("/embed.php") == 2


async def test_the_page_is_read_again_after_a_while(player: Player) -> None:
    now = [100.0]
    cam = camera(f"{player.server.url}/embed.php")
    async with aiohttp.ClientSession() as session:
        client = PortalClient(session, settings(player), clock=lambda: now[0])
        await client.async_stream_url(cam)
        now[0] += PAGE_STREAM_SECONDS - 1
        await client.async_stream_url(cam)
        assert player.server.count("/embed.php") == 1
        now[0] += 2
        await client.async_stream_url(cam)
        assert player.server.count("/embed.php") == 2


async def test_a_playlist_at_an_unrevealing_address_is_fetched_once(player: Player) -> None:
    """An address that does not look like a playlist but is one costs no second request."""
    cam = camera(f"{player.server.url}/live/cam1")
    async with aiohttp.ClientSession() as session:
        proxy = LiveProxy(PortalClient(session, settings(player)))
        (variant,) = names((await proxy.async_get(cam, INDEX_NAME)).body)
        assert proxy.references.get("5", variant).url == f"{player.server.url}/live/video.m3u8"
        assert player.server.count("/live/cam1") == 1


async def test_one_framed_player_page_is_followed_and_no_more(player: Player) -> None:
    async with aiohttp.ClientSession() as session:
        client = PortalClient(session, settings(player))
        player.page = lambda: '<h1>Simpang Tiga</h1><iframe src="/player/simpang.html"></iframe>'
        url = await client.async_stream_url(camera(f"{player.server.url}/embed.php"))
        assert url == f"{player.server.url}/hls/cam/index.m3u8?token=t1"
        # A frame of a frame is not followed: two pages at most.
        player.page = lambda: '<iframe src="/player/deeper.html"></iframe>'
        with pytest.raises(PortalNoStreamError, match="names no HLS stream"):
            await client.async_stream_url(camera(f"{player.server.url}/embed.php?b=1"))
        assert player.server.count("/embed.php") == 2
        assert player.server.count("/player/deeper.html") == 1


@pytest.mark.parametrize(
    ("page", "message"),
    [
        ("<p>Kamera sedang perbaikan</p>", "names no HLS stream"),
        (
            '<source src="/hls/a/index.m3u8"><source src="/hls/b/index.m3u8">',
            "names several streams",
        ),
        (
            '<iframe width="560" src="https://www.youtube.com/embed/kT3mQ9xVb2E"></iframe>',
            "shows a YouTube player",
        ),
    ],
)
async def test_pages_without_one_playable_stream_say_why(
    player: Player, page: str, message: str
) -> None:
    player.page = lambda: page
    async with aiohttp.ClientSession() as session:
        client = PortalClient(session, settings(player))
        with pytest.raises(PortalNoStreamError, match=message):
            await client.async_stream_url(camera(f"{player.server.url}/embed.php"))
        assert player.server.count("/embed.php") == 1
        assert "youtube" not in " ".join(str(r.url) for r in player.server.requests)


async def test_a_platform_page_is_never_fetched(player: Player) -> None:
    async with aiohttp.ClientSession() as session:
        client = PortalClient(session, settings(player))
        proxy = LiveProxy(client)
        cam = camera("https://www.youtube.com/embed/kT3mQ9xVb2E?feature=oembed")
        with pytest.raises(PortalNoStreamError, match="YouTube"):
            await client.async_stream_url(cam)
        with pytest.raises(PortalNoStreamError, match="YouTube"):
            await proxy.async_get(cam, INDEX_NAME)
        assert not player.server.requests


@pytest.mark.parametrize(
    "target",
    [
        "http://10.0.0.5/hls/cam/index.m3u8",
        "http://169.254.169.254/latest/index.m3u8",
        "http://[::1]:8888/cam/index.m3u8",
        "http://192.168.1.20:8888/cam/index.m3u8",
    ],
)
async def test_a_page_cannot_send_the_player_into_the_local_network(
    player: Player, target: str
) -> None:
    player.page = lambda: f'<video><source src="{target}" type="application/x-mpegURL"></video>'
    cam = camera(f"{player.server.url}/embed.php")
    async with aiohttp.ClientSession() as session:
        client = PortalClient(session, settings(player))
        with pytest.raises(PortalUnsafeURLError):
            await client.async_stream_url(cam)
        with pytest.raises(PortalUnsafeURLError):
            await LiveProxy(client).async_get(cam, INDEX_NAME)


async def test_a_framed_page_in_the_local_network_is_refused(player: Player) -> None:
    player.page = lambda: '<iframe src="http://192.168.1.1/player.html"></iframe>'
    async with aiohttp.ClientSession() as session:
        client = PortalClient(session, settings(player))
        with pytest.raises(PortalUnsafeURLError):
            await client.async_stream_url(camera(f"{player.server.url}/embed.php"))


async def test_an_oversized_page_is_refused(player: Player) -> None:
    player.page = lambda: "<p>" + "x" * PAGE_MAX_BYTES + "</p>"
    async with aiohttp.ClientSession() as session:
        client = PortalClient(session, settings(player))
        with pytest.raises(PortalTooLargeError):
            await client.async_stream_url(camera(f"{player.server.url}/embed.php"))
