"""Run-together field names and live channels' state codes.

A video-analysis box writes its fields run together in one case (``rtspurl``,
``netstatus``, ``chnstatus``; Hikvision's ``RTSPURL``): each is read as the separated
field it spells. A cloud live service's ``channel_status`` codes 2 (abnormal) and 3
(closed) are a channel not live; a bare ``status`` code 2 is never read so.
"""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.normalise import record_state
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.values import norm_key

BASE = "https://vas.kutim.example/api/channels"


def cameras(payload: object) -> tuple[Camera, ...]:
    text = json.dumps(payload)
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


@pytest.mark.parametrize(
    ("key", "canonical"),
    [
        ("rtspurl", "rtsp_url"),
        ("RTSPURL", "rtsp_url"),
        ("hlsurl", "hls_url"),
        ("streamurl", "stream_url"),
        ("netstatus", "net_status"),
        ("NETSTATUS", "net_status"),
        ("chnstatus", "channel_status"),
        ("channelstatus", "channel_status"),
        ("rtspUrl", "rtsp_url"),
    ],
)
def test_run_together_names_read_as_separated(key: str, canonical: str) -> None:
    assert norm_key(key) == canonical


@pytest.mark.parametrize("key", ["imageurl", "imgurl", "docstatus", "listenurl", "cctvurl"])
def test_other_run_together_names_keep_their_reading(key: str) -> None:
    assert norm_key(key) == key


def test_channel_list_with_run_together_fields() -> None:
    found = cameras(
        {
            "code": 0,
            "data": [
                {
                    "channel": "1",
                    "chnname": "Simpang Tiga",
                    "netstatus": "1",
                    "rtspurl": "rtsp://admin:Rahasia1@cam1.kutim.example:554/h264",
                },
                {
                    "channel": "2",
                    "chnname": "Pasar Induk",
                    "netstatus": "0",
                    "rtspurl": "rtsp://cam2.kutim.example:554/h264",
                },
            ],
        }
    )
    assert [(c.id, c.stream_url, c.online) for c in found] == [
        ("1", "rtsp://cam1.kutim.example:554/h264", True),
        ("2", "rtsp://cam2.kutim.example:554/h264", False),
    ]
    assert all("Rahasia1" not in (c.stream_url or "") for c in found)


@pytest.mark.parametrize(
    ("record", "state"),
    [
        ({"channel_status": "1"}, True),
        ({"channel_status": "0"}, False),
        ({"channel_status": "2"}, False),
        ({"channel_status": "3"}, False),
        ({"channelStatus": "3"}, False),
        ({"chnstatus": "2"}, False),
        # Configuration incomplete (4) and other codes say nothing of the camera.
        ({"channel_status": "4"}, None),
        ({"channel_status": "12"}, None),
        # A bare status code is a record's draft or archive code, never read so.
        ({"status": "2"}, None),
        ({"status": "3"}, None),
        ({"stream_status": "2"}, None),
        # The network link's state comes first when both are given.
        ({"netstatus": "1", "chnstatus": "3"}, True),
        ({"netstatus": "0", "chnstatus": "1"}, False),
    ],
)
def test_channel_state_codes(record: dict[str, str], state: bool | None) -> None:
    assert record_state(record) is state


@pytest.mark.parametrize(
    ("record", "state"),
    [
        # The codes written as JSON numbers, under the same fields as their text.
        ({"channel_status": 2}, False),
        ({"channel_status": 3}, False),
        ({"channelStatus": 3}, False),
        ({"chnstatus": 2}, False),
        ({"channel_status": 4}, None),
        ({"channel_status": 12}, None),
        ({"channel_status": 2.0}, None),
        # A bare or other status number is never read so.
        ({"status": 2}, None),
        ({"status": 3}, None),
        ({"stream_status": 2}, None),
        # A bool is a flag, never a code.
        ({"channel_status": True}, True),
        ({"channel_status": False}, False),
    ],
)
def test_channel_state_number_codes(record: dict[str, object], state: bool | None) -> None:
    assert record_state(record) is state  # type: ignore[arg-type]


def test_channel_list_with_number_state_codes() -> None:
    found = cameras(
        [
            {"name": "Gate", "channel_status": 2, "hlsurl": "https://c.example/a/index.m3u8"},
            {"name": "Yard", "channel_status": 3, "hlsurl": "https://c.example/b/index.m3u8"},
            {"name": "Dock", "channel_status": 4, "hlsurl": "https://c.example/c/index.m3u8"},
        ]
    )
    assert [(c.name, c.stream_url, c.online) for c in found] == [
        ("Gate", "https://c.example/a/index.m3u8", False),
        ("Yard", "https://c.example/b/index.m3u8", False),
        ("Dock", "https://c.example/c/index.m3u8", None),
    ]


@pytest.mark.parametrize(
    ("record", "state"),
    [
        # 0 and 1 written as JSON numbers read as the flags their text is.
        ({"channel_status": 1}, True),
        ({"channel_status": 0}, False),
        ({"channelStatus": 1}, True),
        ({"chnstatus": 1}, True),
        ({"chnstatus": 0}, False),
        # The network link's state still comes first.
        ({"netstatus": 0, "chnstatus": 1}, False),
        ({"netstatus": 1, "chnstatus": 3}, True),
        ({"link_status": 0}, False),
        ({"net_status": 7}, None),
        # Other numbers under the same fields stay unread.
        ({"channel_status": -1}, None),
        ({"channel_status": 10}, None),
        # A bare status number is still never read as a channel code.
        ({"status": 0}, record_state({"status": "0"})),
    ],
)
def test_channel_state_zero_and_one_as_numbers(
    record: dict[str, object], state: bool | None
) -> None:
    assert record_state(record) is state  # type: ignore[arg-type]


def test_number_and_text_channel_codes_read_alike() -> None:
    for code in range(5):
        assert record_state({"channel_status": code}) is record_state(
            {"channel_status": str(code)}
        ), code


def test_the_link_state_comes_first_whatever_the_field_order() -> None:
    for link, channel in ((0, 1), ("0", "1"), (1, 3), ("1", "3")):
        first = record_state({"netstatus": link, "chnstatus": channel})  # type: ignore[dict-item]
        second = record_state({"chnstatus": channel, "netstatus": link})  # type: ignore[dict-item]
        assert first is second is (link in (1, "1")), (link, channel)
