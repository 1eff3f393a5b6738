"""Icecast's status-json.xsl: video mounts are cameras, radio mounts and LAN mounts are not."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.icecast import icecast_items
from custom_components.kutim_cctv.portal.values import JSONObject, JSONValue

BASE = "http://stream.kutimkab.example:8000/status-json.xsl"
HOST = "http://stream.kutimkab.example:8000"


def mount(name: str, path: str, kind: str, **extra: JSONValue) -> JSONObject:
    source: JSONObject = {
        "genre": "CCTV",
        "listener_peak": 3,
        "listeners": 1,
        "listenurl": f"{HOST}/{path}",
        "server_name": name,
        "server_type": kind,
        "stream_start_iso8601": "2026-12-06T05:00:12+0800",
        "dummy": None,
    }
    source.update(extra)
    return source


def status(source: JSONValue) -> str:
    return json.dumps(
        {
            "icestats": {
                "admin": "icemaster@kutimkab.example",
                "server_id": "Icecast 2.4.4",
                "source": source,
            }
        }
    )


def parse(text: str, base: str = BASE) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras


def test_video_mounts_are_cameras_their_listenurl_the_stream() -> None:
    cameras = parse(
        status(
            [
                mount("CCTV Simpang Tiga", "simpang-tiga.webm", "video/webm"),
                mount(
                    "CCTV Polder", "polder.ogg", "application/ogg", frame_width=640, frame_rate=15.0
                ),
                mount("Kamera Gerbang", "gerbang.ogv", "video/ogg"),
            ]
        )
    )
    assert [(c.name, c.stream_url) for c in cameras] == [
        ("CCTV Simpang Tiga", f"{HOST}/simpang-tiga.webm"),
        ("CCTV Polder", f"{HOST}/polder.ogg"),
        ("Kamera Gerbang", f"{HOST}/gerbang.ogv"),
    ]
    assert all(c.id.startswith("k-") and c.area is None and c.online is None for c in cameras)


def test_a_single_source_object_is_read_like_a_list_of_one() -> None:
    cameras = parse(status(mount("Kamera Jembatan", "jembatan.webm", "video/webm")))
    assert [(c.name, c.stream_url) for c in cameras] == [
        ("Kamera Jembatan", f"{HOST}/jembatan.webm")
    ]


def test_radio_mounts_are_not_cameras() -> None:
    cameras = parse(
        status(
            [
                mount("Radio Kutim", "radio.mp3", "audio/mpeg", bitrate=128),
                mount(
                    "Radio Vorbis",
                    "radio.ogg",
                    "application/ogg",
                    audio_info="channels=2",
                    samplerate=44100,
                ),
                mount("Pengumuman", "info.ogg", "audio/ogg", title="Jadwal kapal"),
                mount("Kamera Pasar", "pasar.webm", "video/webm"),
            ]
        )
    )
    assert [c.name for c in cameras] == ["Kamera Pasar"]


def test_a_radio_only_server_names_no_camera() -> None:
    text = status(
        [mount("Radio Kutim", "radio.mp3", "audio/mpeg"), mount("Opus", "o.opus", "audio/ogg")]
    )
    with pytest.raises(PortalFormatError):
        parse(text)


def test_lan_loopback_and_credential_mounts_are_never_media_of_a_public_answer() -> None:
    sources = [
        mount("Uji", "uji.webm", "video/webm", listenurl="http://localhost:8000/uji.webm"),
        mount("LAN", "lan.webm", "video/webm", listenurl="http://192.168.1.20:8000/lan.webm"),
        mount("Meta", "m.webm", "video/webm", listenurl="http://169.254.169.254/m.webm"),
        mount(
            "Login",
            "l.webm",
            "video/webm",
            listenurl="http://source:hackme@stream.kutimkab.example/l.webm",
        ),
        mount("RTMP", "r", "video/webm", listenurl="rtmp://stream.kutimkab.example/live/r"),
        mount("Kamera Pasar", "pasar.webm", "video/webm", server_url="http://10.0.0.5/"),
    ]
    items = icecast_items(json.loads(status(sources)), BASE)
    assert items == [{"name": "Kamera Pasar", "stream_url": f"{HOST}/pasar.webm"}]
    cameras = parse(status(sources))
    assert [(c.name, c.stream_url) for c in cameras] == [("Kamera Pasar", f"{HOST}/pasar.webm")]


@pytest.mark.parametrize(
    "data",
    [
        # Not an Icecast answer: a list of mounts elsewhere, or icestats without sources.
        {"source": [{"listenurl": f"{HOST}/a.webm", "server_type": "video/webm"}]},
        {"icestats": {"admin": "x", "host": "y"}},
        {"icestats": {"source": [{"listenurl": f"{HOST}/a.webm"}]}},
        {"icestats": {"source": "a.webm"}},
        [{"icestats": {"source": []}}],
    ],
)
def test_other_answers_are_no_icecast_status(data: JSONValue) -> None:
    assert icecast_items(data, BASE) is None


def test_sources_are_capped() -> None:
    many = [mount(f"Kamera {n}", f"k{n}.webm", "video/webm") for n in range(3000)]
    items = icecast_items({"icestats": {"source": many}}, BASE)
    assert items is not None
    assert len(items) == 2000


@pytest.mark.parametrize("placeholder", ["Unspecified name", "no name", "  "])
def test_placeholder_server_name_falls_back_to_the_mount(placeholder: str) -> None:
    body = {
        "icestats": {
            "admin": "a",
            "source": [
                {
                    "listenurl": "https://ice.example.net/pasar.webm",
                    "server_name": placeholder,
                    "server_type": "video/webm",
                    "listeners": 0,
                },
                {
                    "listenurl": "https://ice.example.net/dermaga.webm",
                    "server_name": placeholder,
                    "server_type": "video/webm",
                    "listeners": 0,
                },
            ],
        }
    }
    cameras = parse_body(
        json.dumps(body),
        profile=Profile.AUTO,
        base_url="https://ice.example.net/status-json.xsl",
        prettify=False,
    ).cameras
    assert [c.name for c in cameras] == ["pasar.webm", "dermaga.webm"]
