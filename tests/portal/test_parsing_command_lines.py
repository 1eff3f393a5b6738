"""Addresses written inside command lines and labels, and logins they must not carry."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.fieldurls import resolve_url
from custom_components.kutim_cctv.portal.models import Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://hub.kutim.example/api/config"
SECRET = "RahasiaKutim1"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An ffmpeg command line: the word after -i is the input, its login dropped.
        (
            f"-rtsp_transport tcp -re -i rtsp://viewer:{SECRET}@cam.kutim.example:554/s1",
            "rtsp://cam.kutim.example:554/s1",
        ),
        ("-i https://cam.kutim.example/snap.jpg", "https://cam.kutim.example/snap.jpg"),
        (
            "-f mjpeg -re -i https://cam.kutim.example/video.mjpg?fps=5",
            "https://cam.kutim.example/video.mjpg?fps=5",
        ),
        # The first input is the video; a second one (audio) is not taken.
        (
            "-i https://cam.kutim.example/v.m3u8 -i https://cam.kutim.example/a.aac -map 0:v",
            "https://cam.kutim.example/v.m3u8",
        ),
        # Options after the input, and a label before a link.
        (
            "-re -i rtsps://cam.kutim.example/live -vcodec copy",
            "rtsps://cam.kutim.example/live",
        ),
        ("Live: https://cam.kutim.example/hls/1.m3u8", "https://cam.kutim.example/hls/1.m3u8"),
        # Without -i, the first address of the text.
        (
            "utama https://cam.kutim.example/a.m3u8 cadangan https://cam.kutim.example/b.m3u8",
            "https://cam.kutim.example/a.m3u8",
        ),
    ],
)
def test_the_address_inside_a_text_of_words(text: str, expected: str) -> None:
    """A text of several words holding an absolute address gives that address."""
    assert resolve_url(text, BASE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Still what they were: a relative path with a space, an absolute address with one.
        ("/images/cam 1.jpg", "https://hub.kutim.example/images/cam%201.jpg"),
        ("https://cam.kutim.example/cam 1.jpg", "https://cam.kutim.example/cam%201.jpg"),
        # A command line whose input is no http(s)/rtsp(s) address gives no address.
        ("-i file:///dev/video0", None),
        ("-f v4l2 -i /dev/video0", None),
        ("-rtsp_transport tcp", None),
    ],
)
def test_texts_without_an_address_word(text: str, expected: str | None) -> None:
    """Only an http(s)/rtsp(s) word is taken out of a text; a bare command line is none."""
    assert resolve_url(text, BASE) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A path normalised to one slash after the scheme still loses the login.
        f"relay/rtsp:/viewer:{SECRET}@cam.kutim.example/s1",
        f"relay/rtsp%3A%2Fviewer:{SECRET}%40cam.kutim.example/s1",
        f"relay?src=rtsp://viewer:{SECRET}@cam.kutim.example/s1",
    ],
)
def test_a_login_nested_in_a_path_is_never_kept(text: str) -> None:
    """However a nested address is written, its login is not copied."""
    url = resolve_url(text, BASE)
    assert url is not None and SECRET not in url and "viewer" not in url


def test_a_hub_config_of_command_line_cameras() -> None:
    """A camera plugin's config: inputs of its command lines, stills, no login anywhere."""
    body = {
        "platforms": [
            {
                "platform": "Camera-ffmpeg",
                "cameras": [
                    {
                        "name": "Simpang Empat",
                        "videoConfig": {
                            "source": f"-rtsp_transport tcp -i rtsp://admin:{SECRET}@"
                            "cam.kutim.example:554/Streaming/Channels/101",
                            "stillImageSource": "-i https://cam.kutim.example/snap/1.jpg",
                        },
                    },
                    {
                        "name": "Pasar Induk",
                        "videoConfig": {
                            "source": "-re -i https://cam.kutim.example/hls/2/index.m3u8"
                        },
                    },
                ],
            }
        ]
    }
    found = parse_body(
        json.dumps(body), profile=Profile.AUTO, base_url=BASE, prettify=False
    ).cameras
    assert [(c.raw_name, c.stream_url, c.snapshot_url) for c in found] == [
        (
            "Simpang Empat",
            "rtsp://cam.kutim.example:554/Streaming/Channels/101",
            "https://cam.kutim.example/snap/1.jpg",
        ),
        ("Pasar Induk", "https://cam.kutim.example/hls/2/index.m3u8", None),
    ]
    assert SECRET not in repr(found)
