"""libconfig configuration files (a restreamer's ``streamers`` list, streaming mountpoints)."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.libconfig import (
    MAX_CHARS,
    MAX_DEPTH,
    libconfig_document,
)

BASE = "https://restream.kutim.example/restreamer.conf"

RESTREAMER = """port: 5554
#loopback-only: false
// path to a web client
streamers: (
  {name: "Simpang Tiga", url: "rtsp://simpang.kutim.example:554/live", public: true},
  {name: "Kabo", url: "rtsp://op:S3cret@kabo.kutim.example/ch1", description: "Kabo"},
  {
    restream: false
    name: "DVR"
    type: "record"
    record-token: "q8Jd0vLzR2mA"
  }
)
webrtc: {
  stun-server: "stun://stun.kutim.example:3478"
}
"""


def parse(text: str, base_url: str = BASE) -> list[Camera]:
    """Parse a body the way an Automatic portal is read."""
    return list(parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False).cameras)


def test_a_restreamer_file_gives_its_streamers_with_urls() -> None:
    cameras = parse(RESTREAMER)
    assert [(c.raw_name, c.stream_url) for c in cameras] == [
        ("Simpang Tiga", "rtsp://simpang.kutim.example:554/live"),
        ("Kabo", "rtsp://kabo.kutim.example/ch1"),
    ]


def test_a_login_in_a_streamer_url_never_reaches_the_camera() -> None:
    for camera in parse(RESTREAMER):
        assert "S3cret" not in repr(camera)
        assert "@" not in (camera.stream_url or "")


def test_mountpoint_groups_written_with_equals_and_semicolons() -> None:
    text = """/* block comment */
general: { string_ids = true; };
pantai: {
  type = "rtsp";
  id = "pantai";
  description = "Pantai " "Lingga";
  url = "rtsp://pantai.kutim.example/live";
  rtsp_user = "viewer";
  rtsp_pwd = "Pw0rd9";
};
radio: { type = "live"; id = "radio"; filename = "/opt/streams/radio.alaw"; };
"""
    cameras = parse(text, "https://gw.kutim.example/janus.plugin.streaming.jcfg")
    assert [(c.id, c.raw_name, c.stream_url) for c in cameras] == [
        ("pantai", "Pantai Lingga", "rtsp://pantai.kutim.example/live")
    ]
    assert "Pw0rd9" not in repr(cameras)


def test_a_lan_streamer_of_a_public_file_is_left_out() -> None:
    text = """streamers: (
  {name: "Publik", url: "rtsp://publik.kutim.example/live"},
  {name: "Pasar", url: "rtsp://pasar.kutim.example/live"},
  {name: "Dermaga", url: "rtsp://dermaga.kutim.example/live"},
  {name: "Kantor", url: "rtsp://192.168.10.64:554/Streaming/Channels/101"}
)
"""
    assert [c.raw_name for c in parse(text)] == ["Publik", "Pasar", "Dermaga"]


def test_scalars_and_escapes_are_read_as_libconfig_writes_them() -> None:
    settings = libconfig_document(
        'a = { x = 0x1F; y = 0b101; z = 0q17; w = -12L; f = 1.5e3; s = "a\\x41\\n" "b";'
        " b = TRUE; l = [1, 2, 3,]; };"
    )
    assert settings == {
        "a": {
            "x": 31,
            "y": 5,
            "z": 15,
            "w": -12,
            "f": 1500.0,
            "s": "aA\nb",
            "b": True,
            "l": [1, 2, 3],
        }
    }


@pytest.mark.parametrize(
    "text",
    [
        "port: 5554\nname: kamera\n",  # bare settings: YAML's shape, no group or list
        '{"streamers": [{"name": "a"}]}',  # JSON
        'var streamers = [{name: "a", url: "rtsp://a.example/x"}];',  # a script
        "[general]\nurl = rtsp://a.example/x\n",  # an INI file
        "server {\n  listen 80;\n}\n",  # an nginx block: no ':' or '='
        '<html><body>streamers: ({name: "a"})</body></html>',
        'streamers: ( {name: "a", url: "rtsp://a.example/x"}',  # never closed
        "a: { b: 1, b: 2 }",  # a name written twice
        '@include "cameras.cfg"\nstreamers: ( {name: "a"} )',  # an include is never followed
        "a: [ {b: 1} ]",  # an array holds scalars only
        "a: { b: c }",  # a bare word is no value
    ],
)
def test_texts_that_are_no_libconfig_file(text: str) -> None:
    assert libconfig_document(text) is None


def test_depth_and_size_are_bounded() -> None:
    deep = "a: " + "{ b: " * (MAX_DEPTH + 2) + "1" + " }" * (MAX_DEPTH + 2)
    assert libconfig_document(deep) is None
    shallow = "a: " + "{ b: " * 3 + "1" + " }" * 3
    assert libconfig_document(shallow) == {"a": {"b": {"b": {"b": 1}}}}
    big = "a: ( " + ", ".join(['"x"'] * (MAX_CHARS // 5 + 1)) + " )"
    assert len(big) > MAX_CHARS
    assert libconfig_document(big) is None


def test_a_libconfig_file_without_cameras_says_it_found_none() -> None:
    text = 'webrtc: { stun-server: "stun://stun.kutim.example:3478" }\nport: 5554\n'
    with pytest.raises(PortalFormatError):
        parse(text)


def test_a_valid_yaml_document_is_still_read_as_yaml() -> None:
    text = "cameras:\n  - name: Pasar\n    url: https://cam.kutim.example/pasar/index.m3u8\n"
    cameras = parse(text, "https://cam.kutim.example/cameras.yml")
    assert [(c.raw_name, c.stream_url) for c in cameras] == [
        ("Pasar", "https://cam.kutim.example/pasar/index.m3u8")
    ]
