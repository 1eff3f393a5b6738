"""A home bridge's camera plugin platforms: serial ids, the platform's name no area."""

from __future__ import annotations

import json
from typing import Any

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://bridge.kutim.example/api/config-editor"


def camera(name: str, host: str, **extra: Any) -> dict[str, Any]:
    """Return one plugin camera whose ffmpeg source names a public RTSP address."""
    return {"name": name, **extra, "videoConfig": {"source": f"-i rtsp://{host}/live"}}


def parse(config: dict[str, Any]) -> list[Camera]:
    """Parse a bridge's config.json."""
    text = json.dumps(config)
    return list(parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras)


def bridge(platform: dict[str, Any]) -> dict[str, Any]:
    """Return a config.json with the bridge block, its UI platform and one platform."""
    return {
        "bridge": {"name": "Homebridge Kantor", "username": "0E:21:7A:44:9C:10"},
        "platforms": [{"name": "Config", "port": 8581, "platform": "config"}, platform],
    }


def test_a_plugin_platform_name_is_no_area_and_the_serial_is_the_id() -> None:
    cameras = parse(
        bridge(
            {
                "platform": "EufySecurity",
                "name": "Kantor Camat",
                "cameras": [
                    camera("Gerbang", "gerbang.kutim.example", serialNumber="T8410P4223050A21"),
                    camera("Parkir", "parkir.kutim.example", serialNumber="T8400P2022210B07"),
                ],
            }
        )
    )
    assert [(c.id, c.raw_name, c.area) for c in cameras] == [
        ("T8410P4223050A21", "Gerbang", None),
        ("T8400P2022210B07", "Parkir", None),
    ]


def test_a_camera_without_serial_keeps_a_derived_id() -> None:
    cameras = parse(
        bridge(
            {
                "platform": "Camera-ffmpeg",
                "name": "Camera FFmpeg",
                "cameras": [
                    camera("Gerbang", "gerbang.kutim.example"),
                    camera("Parkir", "parkir.kutim.example"),
                ],
            }
        )
    )
    assert [c.area for c in cameras] == [None, None]
    assert all(c.id.startswith("k-") for c in cameras)


def test_an_own_id_goes_before_the_serial() -> None:
    cameras = parse(
        {
            "cameras": [
                camera("Gerbang", "gerbang.kutim.example", id="cam-1", serial_number="SN-1"),
                camera("Parkir", "parkir.kutim.example", id="cam-2", serial_number="SN-2"),
            ]
        }
    )
    assert [c.id for c in cameras] == ["cam-1", "cam-2"]


def test_a_group_with_a_platform_of_several_words_keeps_its_name_as_area() -> None:
    # A railway station's platform written out is no plugin identifier: the group is
    # named for its place as before.
    cameras = parse(
        {
            "stations": [
                {
                    "name": "Sangatta",
                    "platform": "Peron 2 arah Bontang",
                    "cameras": [
                        {"name": "Peron A", "stream": "https://cam.kutim.example/a/index.m3u8"},
                        {"name": "Peron B", "stream": "https://cam.kutim.example/b/index.m3u8"},
                    ],
                }
            ]
        }
    )
    assert [c.area for c in cameras] == ["Sangatta", "Sangatta"]
