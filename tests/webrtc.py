"""A WebRTC provider standing in for go2rtc, and access to the live proxy over real HTTP.

With any WebRTC provider registered, Home Assistant asks every camera for its stream
source while adding the entity (and again when providers change). The fake provider
records those calls, accepts the sources go2rtc accepts, and on an offer pulls the
stream's playlist the way go2rtc does.
"""

from __future__ import annotations

from homeassistant.components.camera import (
    Camera,
    CameraWebRTCProvider,
    WebRTCAnswer,
    WebRTCSendMessage,
)
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.aiohttp_client import async_get_clientsession
from webrtc_models import RTCIceCandidateInit

GO2RTC_SCHEMES = frozenset({"http", "https", "rtsp", "rtsps", "rtmp"})


class FakeWebRTCProvider(CameraWebRTCProvider):
    """A go2rtc-like provider: supports http(s) and RTSP sources and pulls them on offers."""

    def __init__(self, hass: HomeAssistant) -> None:
        """Start with no calls recorded."""
        self._hass = hass
        self.checked: list[str] = []
        self.pulled: list[tuple[str, int]] = []

    @property
    def domain(self) -> str:
        """Return the provider's domain."""
        return "fake_go2rtc"

    @callback
    def async_is_supported(self, stream_source: str) -> bool:
        """Accept the schemes go2rtc accepts, recording every source seen."""
        self.checked.append(stream_source)
        return stream_source.partition(":")[0] in GO2RTC_SCHEMES

    async def async_handle_async_webrtc_offer(
        self,
        camera: Camera,
        offer_sdp: str,
        session_id: str,
        send_message: WebRTCSendMessage,
    ) -> None:
        """Pull the camera's stream source once, as go2rtc does, then answer."""
        source = await camera.stream_source()
        assert source is not None
        session = async_get_clientsession(self._hass)
        async with session.get(source) as response:
            await response.read()
            self.pulled.append((source, response.status))
        send_message(WebRTCAnswer(answer="v=0\r\n"))

    async def async_on_webrtc_candidate(
        self, session_id: str, candidate: RTCIceCandidateInit
    ) -> None:
        """Ignore candidates."""


async def fetch_live(hass: HomeAssistant, url: str) -> tuple[int, bytes]:
    """GET an address of the live proxy like a stream consumer; return status and body."""
    async with async_get_clientsession(hass).get(url) as response:
        return response.status, await response.read()
