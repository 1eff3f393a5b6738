"""A site's one camera labelled only by its slot, and a LAN restream beside a public RTSP."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.sharedplace import numbered_camera_label

BASE = "https://peta-cctv.kutimkab.example/data/cameras.json"
HLS = "https://cctv.kutimkab.example:8011/{}/index.m3u8"


def parse(value: object, base: str = BASE) -> tuple[Camera, ...]:
    return parse_body(
        json.dumps(value), profile=Profile.AUTO, base_url=base, prettify=False
    ).cameras


def site(
    site_id: str, name: str, district: str, channels: list[dict[str, object]]
) -> dict[str, object]:
    return {
        "id": site_id,
        "name": name,
        "district": district,
        "coordinates": {"lat": 0.51, "lng": 117.55, "source": "manual"},
        "channels": channels,
    }


def channel(channel_id: str, label: str) -> dict[str, object]:
    return {
        "id": channel_id,
        "label": label,
        "playback": {"kind": "hls", "url": HLS.format(channel_id)},
    }


@pytest.mark.parametrize("label", ["CCTV-1", "Camera 1", "Kamera 01", "CCTV 12", "cam3"])
def test_numbered_camera_label(label: str) -> None:
    assert numbered_camera_label(label)


@pytest.mark.parametrize(
    "label", ["Arah Bontang", "CCTV Simpang Tiga", "Gerbang Kawasan", "", None]
)
def test_named_label_is_no_slot(label: str | None) -> None:
    assert not numbered_camera_label(label)


def test_site_one_slot_channel_takes_site_name_and_district() -> None:
    cameras = parse(
        {
            "sites": [
                site(
                    "810021",
                    "Simpang Tiga Sangatta",
                    "Sangatta Utara",
                    [channel("810021-1", "CCTV-1")],
                ),
                site(
                    "810034", "Bundaran Pelangi", "Sangatta Utara", [channel("810034-1", "CCTV-1")]
                ),
            ]
        }
    )
    assert [(c.id, c.name, c.area) for c in cameras] == [
        ("810021-1", "Simpang Tiga Sangatta", "Sangatta Utara"),
        ("810034-1", "Bundaran Pelangi", "Sangatta Utara"),
    ]
    assert cameras[0].stream_url == HLS.format("810021-1")


def test_site_one_named_channel_keeps_its_own_name() -> None:
    cameras = parse(
        {
            "sites": [
                site(
                    "810021",
                    "Simpang Tiga Sangatta",
                    "Sangatta Utara",
                    [channel("810021-1", "Arah Bontang")],
                ),
                site(
                    "810034",
                    "Bundaran Pelangi",
                    "Sangatta Utara",
                    [channel("810034-1", "Gerbang Kawasan")],
                ),
            ]
        }
    )
    assert "Simpang Tiga Sangatta" not in {c.name for c in cameras}
    assert {c.name for c in cameras} == {"Arah Bontang", "Gerbang Kawasan"}


def test_site_with_several_slot_channels_is_not_renamed() -> None:
    cameras = parse(
        {
            "sites": [
                site(
                    "810021",
                    "Simpang Tiga Sangatta",
                    "Sangatta Utara",
                    [channel("810021-1", "CCTV-1"), channel("810021-2", "CCTV-2")],
                ),
                site(
                    "810034", "Bundaran Pelangi", "Sangatta Utara", [channel("810034-1", "CCTV-1")]
                ),
            ]
        }
    )
    names = [c.name for c in cameras if c.id.startswith("810021")]
    assert len(names) == 2
    assert "Simpang Tiga Sangatta" not in names  # two cameras never share the site's name


def test_slot_channel_without_media_is_no_camera() -> None:
    empty = {"id": "810057-1", "label": "CCTV-1", "playback": None}
    cameras = parse(
        {
            "sites": [
                site("810057", "Polder Ilham Maulana", "Sangatta Utara", [empty]),
                site(
                    "810034", "Bundaran Pelangi", "Sangatta Utara", [channel("810034-1", "CCTV-1")]
                ),
            ]
        }
    )
    assert [c.name for c in cameras] == ["Bundaran Pelangi"]


API = "https://cctv.dishub.kutimkab.example/api/cameras"


def record(cam_id: str, hls: str | None, rtsp: str | None) -> dict[str, object]:
    return {
        "id": cam_id,
        "name": f"Kamera {cam_id.title()} Sangatta",
        "rtsp_url": rtsp,
        "hls_url": hls,
    }


def test_public_rtsp_beats_lan_restream() -> None:
    cameras = parse(
        {
            "cameras": [
                record(
                    "pelabuhan",
                    "http://192.168.10.21:8888/p/index.m3u8",
                    "rtsp://pelabuhan.kutimkab.example/live",
                ),
                record(
                    "terminal",
                    "https://media.kutimkab.example/t/index.m3u8",
                    "rtsp://terminal.kutimkab.example/live",
                ),
                record("pasar", "https://media.kutimkab.example/p/index.m3u8", None),
            ]
        },
        API,
    )
    streams = {c.id: c.stream_url for c in cameras}
    assert streams["pelabuhan"] == "rtsp://pelabuhan.kutimkab.example/live"
    assert streams["terminal"] == "https://media.kutimkab.example/t/index.m3u8"  # HLS still first


def test_lan_rtsp_never_beats_public_hls() -> None:
    cameras = parse(
        {
            "cameras": [
                record(
                    "simpang",
                    "https://media.kutimkab.example/s/index.m3u8",
                    "rtsp://10.20.0.14:554/live",
                ),
                record("pasar", "https://media.kutimkab.example/p/index.m3u8", None),
            ]
        },
        API,
    )
    assert {c.id: c.stream_url for c in cameras}[
        "simpang"
    ] == "https://media.kutimkab.example/s/index.m3u8"
    assert not any("10.20.0.14" in (c.stream_url or "") for c in cameras)


def test_public_rtsp_login_is_never_copied() -> None:
    cameras = parse(
        {
            "cameras": [
                record(
                    "gudang",
                    "http://192.168.10.22:8888/g/index.m3u8",
                    "rtsp://op:Rahasia1@gudang.kutimkab.example/live",
                ),
                record("pasar", "https://media.kutimkab.example/p/index.m3u8", None),
            ]
        },
        API,
    )
    gudang = {c.id: c for c in cameras}["gudang"]
    assert gudang.stream_url == "rtsp://gudang.kutimkab.example/live"
    assert all(
        "Rahasia1" not in (c.stream_url or "") and "192.168" not in (c.stream_url or "")
        for c in cameras
    )


def test_lan_answer_keeps_its_restream() -> None:
    cameras = parse(
        {
            "cameras": [
                record(
                    "pelabuhan",
                    "http://192.168.10.21:8888/p/index.m3u8",
                    "rtsp://pelabuhan.kutimkab.example/live",
                )
            ]
        },
        "http://192.168.10.5/api/cameras",
    )
    assert cameras[0].stream_url == "http://192.168.10.21:8888/p/index.m3u8"
