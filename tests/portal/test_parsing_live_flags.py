"""Live and online flags of streaming platforms' stream lists."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://ws.video.kutim.example/live-streams"
HLS = "https://live.video.kutim.example/{}.m3u8"


def cameras(body: object) -> tuple[Camera, ...]:
    """Parse a JSON value as an Automatic portal answer."""
    return parse_body(json.dumps(body), profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _streams(key: str, values: tuple[object, object]) -> list[dict[str, object]]:
    return [
        {
            "liveStreamId": f"li{n}",
            "name": f"Simpang {n}",
            key: value,
            "assets": {"hls": HLS.format(n)},
        }
        for n, value in enumerate(values, start=1)
    ]


@pytest.mark.parametrize(
    "key",
    [
        "broadcasting",
        "isBroadcasting",
        "is_streaming",
        "streaming",
        "isPublishing",
        "publishing",
        "isLive",
        "live_now",
        "onAir",
        "alive",
        "isConnected",
    ],
)
def test_live_flags(key: str) -> None:
    assert [c.online for c in cameras(_streams(key, (True, False)))] == [True, False]


@pytest.mark.parametrize(
    ("value", "online"),
    [
        ("ON_AIR", True),
        ("OFF_AIR", False),
        ("PUBLISHING", True),
        ("broadcasting", True),
        ("idle", False),
        ("not-live", False),
    ],
)
def test_live_state_words(value: str, online: bool) -> None:
    assert cameras(_streams("status", (value, value)))[0].online is online


@pytest.mark.parametrize(
    "key", ["hasLive", "canStream", "supportsStreaming", "allowStreaming", "streamingEnabled"]
)
def test_capability_flags_say_nothing(key: str) -> None:
    assert [c.online for c in cameras(_streams(key, (True, False)))] == [None, None]


@pytest.mark.parametrize("value", ["list", 7, "2026-12-02", None])
def test_flags_without_a_yes_or_no_say_nothing(value: object) -> None:
    assert cameras(_streams("streaming", (value, value)))[0].online is None


def test_a_status_field_beats_a_live_flag() -> None:
    streams = _streams("broadcasting", (True, True))
    streams[0]["status"] = "offline"
    assert [c.online for c in cameras(streams)] == [False, True]


def test_flags_alone_are_no_cameras() -> None:
    body = [{"name": f"Kanal {n}", "broadcasting": True, "viewers": n} for n in (1, 2)]
    with pytest.raises(Exception, match="No camera list found"):
        cameras(body)


def test_many_flags_are_bounded() -> None:
    flags: dict[str, object] = {f"is_flag_{i}": True for i in range(3000)}
    streams = [
        {"id": n, "name": f"Simpang {n}", "hls": HLS.format(n), "broadcasting": n == 1} | flags
        for n in (1, 2)
    ]
    found = cameras(streams)
    assert [c.online for c in found] == [True, False]
