"""Scripts declaring a region's places (``SPOTS``, ``resorts``, ``beaches``) holding ``cams``."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body, script_values

BASE = "https://ombak.kutimkab.example/js/config.js"

SPOTS = """
  { id: "teluklingga", name: "Pantai Teluk Lingga", lat: 0.5254, lon: 117.5587, tideStation: "KTM-TL01",
    swell: { prime: [80, 110], good: [70, 125] },
    cams: [
      { name: "Dispar Teluk Lingga", url: "https://wisata.kutimkab.example/live-cams/teluk-lingga/" },
      { name: "YouTube TL", url: "https://www.youtube.com/embed/tLk7Sg9aQe4" },
    ] },
  { id: "kenyamukan", name: "Muara Kenyamukan", lat: 0.4588, lon: 117.5831, tideStation: "KTM-KY02",
    cams: [
      { name: "Syahbandar Kenyamukan", url: "https://pelabuhan.kutimkab.example/cams/kenyamukan/" },
      { name: "Dermaga cam", url: "http://10.20.4.15/cam/dermaga" },
      { name: "Loopback", url: "http://127.0.0.1:8080/cam" },
    ] },
"""


def parse(text: str) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


@pytest.mark.parametrize(
    "declaration",
    ["export const SPOTS", "const SPOTS", "let surfSpots", "var BEACHES", "const resorts"],
)
def test_each_cam_of_a_declared_place_list_is_a_camera_in_its_place(declaration: str) -> None:
    cameras = parse(f"export const TZ = 'Asia/Makassar';\n{declaration} = [{SPOTS}];\n")
    assert [(c.name, c.area, c.latitude, c.longitude, c.stream_url) for c in cameras] == [
        (
            "Dispar Teluk Lingga",
            "Pantai Teluk Lingga",
            0.5254,
            117.5587,
            "https://wisata.kutimkab.example/live-cams/teluk-lingga/",
        ),
        (
            "YouTube TL",
            "Pantai Teluk Lingga",
            0.5254,
            117.5587,
            "https://www.youtube.com/embed/tLk7Sg9aQe4",
        ),
        (
            "Syahbandar Kenyamukan",
            "Muara Kenyamukan",
            0.4588,
            117.5831,
            "https://pelabuhan.kutimkab.example/cams/kenyamukan/",
        ),
    ]
    # The spot's id names the break, not its cams: their ids are derived.
    assert all(c.id.startswith("k-") for c in cameras)


def test_lan_and_loopback_cams_are_never_media() -> None:
    cameras = parse(f"const SPOTS = [{SPOTS}];")
    urls = {c.stream_url for c in cameras}
    assert not any(u and ("10.20.4.15" in u or "127.0.0.1" in u) for u in urls)


def test_only_a_declared_place_list_name_is_kept() -> None:
    values = script_values(
        f"const SPOTS = [{SPOTS}]; const WIND_BANDS = [{{max: 22.5, cls: 'offshore'}}];"
    )
    assert isinstance(values[0], dict) and list(values[0]) == ["SPOTS"]
    assert values[1] == [{"max": 22.5, "cls": "offshore"}]
    # An object under a place-list name, and a bare assignment, are left as they are.
    assert script_values("const SPOTS = {a: [1, 2]};") == [{"a": [1, 2]}]
    assert script_values("window.spots = [{name: 'x'}];") == [[{"name": "x"}]]
    assert script_values("const SPOTSHOP = [{name: 'x'}];") == [[{"name": "x"}]]


def test_a_place_list_without_cams_is_no_camera_list() -> None:
    text = (
        "export const SPOTS = [{ id: 'tl', name: 'Pantai Teluk Lingga', lat: 0.52, lon: 117.55, "
        "forecastUrl: 'https://ombak.kutimkab.example/forecast/tl' }];"
    )
    with pytest.raises(PortalFormatError):
        parse(text)


def test_cams_with_their_own_area_stay_where_they_say() -> None:
    text = (
        "const SPOTS = [{ name: 'Pantai Teluk Lingga', lat: 0.52, lon: 117.55, cams: ["
        "{ name: 'Kamera A', kecamatan: 'Sangatta Selatan', url: 'https://wisata.kutimkab.example/live-cams/a/' }"
        "] }];"
    )
    cameras = parse(text)
    assert [c.name for c in cameras] == ["Kamera A"]
    assert cameras[0].stream_url == "https://wisata.kutimkab.example/live-cams/a/"


TEAMS = (
    '{"teams":[{"name":"Persib","cams":[{"name":"Match highlights",'
    '"url":"https://news.example/2024/persib-win"}]},'
    '{"name":"Arema","cams":[{"name":"Interview","url":"https://news.example/2024/arema"}]}]}'
)
ENGINES = (
    '{"engines":[{"name":"LS3","cams":[{"name":"Cam spec sheet",'
    '"url":"https://parts.example/ls3/cam-spec"}]},'
    '{"name":"LS7","cams":[{"name":"Cam upgrade","url":"https://parts.example/ls7/cam-upgrade"}]}]}'
)


@pytest.mark.parametrize("body", [TEAMS, ENGINES])
def test_cams_of_records_outside_a_place_list_are_no_live_links(body: str) -> None:
    with pytest.raises(PortalFormatError):
        parse_body(body, profile=Profile.AUTO, base_url="https://portal.example.com/api")
