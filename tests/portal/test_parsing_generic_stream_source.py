"""Home Assistant's generic camera: ``stream_source`` is the camera's stream.

Its YAML platform entry (``camera: - platform: generic``) writes the stream under
``stream_source`` beside ``still_image_url``; a login written into it is removed, and a
LAN address or an empty value is never a stream.
"""

from __future__ import annotations

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://desa.kutim.example/config/configuration.yaml"

_YAML = """camera:
  - platform: generic
    name: Simpang Empat
    still_image_url: https://cam1.kutim.example/snap.jpg
    stream_source: rtsp://camop:Rahasia1@cam1.kutim.example:554/Streaming/Channels/2
  - platform: generic
    name: Dermaga
    stream_source: "https://cam2.kutim.example/live/dermaga.m3u8"
  - platform: generic
    name: Gudang
    stream_source: ""
    still_image_url: ""
  - platform: generic
    name: Pos Ronda
    stream_source: rtsp://camop:passwd@192.168.1.30:554/Streaming/Channels/2
"""


def cameras(text: str) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def test_generic_platform_stream_source_is_the_stream() -> None:
    found = {c.name: c for c in cameras(_YAML)}
    assert set(found) == {"Simpang Empat", "Dermaga"}
    first = found["Simpang Empat"]
    assert first.stream_url == "rtsp://cam1.kutim.example:554/Streaming/Channels/2"
    assert first.snapshot_url == "https://cam1.kutim.example/snap.jpg"
    assert "Rahasia1" not in (first.stream_url or "")
    assert found["Dermaga"].stream_url == "https://cam2.kutim.example/live/dermaga.m3u8"


def test_stream_source_without_an_address_is_no_stream() -> None:
    # An unrendered template under stream_source is no address: nothing is taken.
    text = """camera:
  - platform: generic
    name: Template
    stream_source: "{{ states('input_text.cam_url') }}"
  - platform: generic
    name: Pasar
    still_image_url: https://cam3.kutim.example/pasar.jpg
"""
    found = cameras(text)
    assert [(c.name, c.stream_url) for c in found] == [("Pasar", None)]
    assert found[0].snapshot_url == "https://cam3.kutim.example/pasar.jpg"
