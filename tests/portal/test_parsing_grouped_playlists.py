"""Places each mapping their cameras' codes to HLS playlists (a road camera directory)."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://jalan.kutim.example/api/urls.json"
S1 = "https://streaming1.jalan.kutim.example"


def cameras(value: object) -> tuple[Camera, ...]:
    """Parse a JSON value as an Automatic portal answer (no camera: an empty tuple)."""
    try:
        return parse_body(
            json.dumps(value), profile=Profile.AUTO, base_url=BASE, prettify=False
        ).cameras
    except PortalFormatError:  # a refused answer reads no camera here
        return ()


def wowza(code: str, folder: str = "Phase1") -> str:
    return f"{S1}/{folder}/{code}.stream/playlist.m3u8"


def test_each_code_is_a_camera_in_the_place_holding_it() -> None:
    found = cameras(
        {
            "Sangatta Utara": {
                "PER-1-003-IN": wowza("PER_1_003_IN"),
                "PER-1-003-OUT": wowza("PER_1_003_OUT"),
            },
            "Bengalon": {"PER-2-011": wowza("PER_2_011", "Phase-2")},
        }
    )
    assert [(c.id, c.name, c.area, c.stream_url) for c in found] == [
        ("PER-1-003-IN", "PER-1-003-IN", "Sangatta Utara", wowza("PER_1_003_IN")),
        ("PER-1-003-OUT", "PER-1-003-OUT", "Sangatta Utara", wowza("PER_1_003_OUT")),
        ("PER-2-011", "PER-2-011", "Bengalon", wowza("PER_2_011", "Phase-2")),
    ]


def test_groups_of_one_camera_and_a_direction_suffix_on_the_folder() -> None:
    found = cameras(
        {
            "Kaliorang": {"PER-5-012": wowza("PER_5_012_OUT", "P5")},
            "Teluk Pandan": {"PER-1-021": wowza("PER_1_021")},
        }
    )
    assert [(c.id, c.area) for c in found] == [
        ("PER-5-012", "Kaliorang"),
        ("PER-1-021", "Teluk Pandan"),
    ]


def test_a_handle_folder_is_live_too() -> None:
    base = "https://strmr.kutim.example/rtplive"
    found = cameras(
        {
            "Sangatta Utara": {"simpang_tiga": f"{base}/simpang_tiga/playlist.m3u8"},
            "Bengalon": {"jembatan": f"{base}/jembatan/playlist.m3u8"},
        }
    )
    assert [(c.id, c.area) for c in found] == [
        ("simpang_tiga", "Sangatta Utara"),
        ("jembatan", "Bengalon"),
    ]


def test_playlists_naming_no_camera_are_no_cameras() -> None:
    # A radio's programmes by station: no folder under the key, no live folder, no
    # camera host.
    radio = "https://audio.radio.example/hls"
    found = cameras(
        {
            "Jakarta": {"pagi": f"{radio}/a1/index.m3u8", "siang": f"{radio}/a2/index.m3u8"},
            "Bandung": {"malam": f"{radio}/b1/index.m3u8"},
        }
    )
    assert all(c.area not in {"Jakarta", "Bandung"} for c in found)
    assert not {"pagi", "siang", "malam"} & {c.id for c in found}


def test_renditions_keyed_by_quality_are_no_places() -> None:
    found = cameras(
        {
            "720p": {"PER-1-003": wowza("PER_1_003_hd")},
            "360p": {"PER-1-003": wowza("PER_1_003_sd")},
        }
    )
    assert all(c.area not in {"720p", "360p"} for c in found)
    assert "PER-1-003" not in {c.id for c in found}


def test_a_group_holding_a_record_is_not_read_so() -> None:
    found = cameras(
        {
            "Sangatta Utara": {"PER-1-003": wowza("PER_1_003")},
            "Bengalon": {"PER-2-011": {"url": wowza("PER_2_011"), "status": 1}},
        }
    )
    assert ("PER-1-003", "Sangatta Utara") not in [(c.id, c.area) for c in found]
    assert "PER-2-011" not in {c.id for c in found}


def test_one_camera_in_all_is_no_directory() -> None:
    found = cameras({"Sangatta Utara": {"PER-1-003": wowza("PER_1_003")}, "Bengalon": {}})
    assert [(c.id, c.area) for c in found] != [("PER-1-003", "Sangatta Utara")]


def test_a_lan_playlist_is_never_read_from_a_public_answer() -> None:
    found = cameras(
        {
            "Sangatta Utara": {
                "PER-1-003": wowza("PER_1_003"),
                "PER-1-004": "http://192.168.1.20/Phase1/PER_1_004.stream/playlist.m3u8",
            },
            "Bengalon": {"PER-2-011": wowza("PER_2_011")},
        }
    )
    assert [c.id for c in found] == ["PER-1-003", "PER-2-011"]
    assert all("192.168." not in (c.stream_url or "") for c in found)


def test_a_short_key_does_not_claim_a_folder_by_its_prefix() -> None:
    # "ab" starting "abc_stream" says nothing: the folder test needs four characters.
    base = "https://media.example.org/vod"
    found = cameras(
        {
            "Kota": {"ab": f"{base}/abc_lecture/playlist.m3u8"},
            "Desa": {"cd": f"{base}/cde_lecture/playlist.m3u8"},
        }
    )
    assert all(c.area not in {"Kota", "Desa"} for c in found)
    assert not {"ab", "cd"} & {c.id for c in found}


def test_the_grouped_map_held_under_a_holder_key_reads_as_at_the_top() -> None:
    grouped = {
        "Sangatta Utara": {
            "PER-1-003-IN": wowza("PER_1_003_IN"),
            "PER-1-004-IN": wowza("PER_1_004_IN"),
        },
        "Sangatta Selatan": {"PER-2-001-IN": wowza("PER_2_001_IN", "Phase2")},
    }
    expected = [
        ("PER-1-003-IN", "PER-1-003-IN", "Sangatta Utara", wowza("PER_1_003_IN")),
        ("PER-1-004-IN", "PER-1-004-IN", "Sangatta Utara", wowza("PER_1_004_IN")),
        ("PER-2-001-IN", "PER-2-001-IN", "Sangatta Selatan", wowza("PER_2_001_IN", "Phase2")),
    ]
    for holder in ("streams", "data", "cctv"):
        found = cameras({holder: grouped, "updated": "2024-05-01T07:00:00+08:00"})
        assert [(c.id, c.name, c.area, c.stream_url) for c in found] == expected, holder


def test_held_playlists_naming_no_camera_are_no_places_as_cameras() -> None:
    # A radio's programmes by city under ``streams``: no code folder, no live folder,
    # no camera host; the grouped map takes none of its programmes (what the older
    # readers make of the cities is theirs).
    radio = "https://audio.radio.example/hls"
    found = cameras(
        {
            "streams": {
                "Jakarta": {"pagi": f"{radio}/a1/index.m3u8", "siang": f"{radio}/a2/index.m3u8"},
                "Bandung": {"malam": f"{radio}/b1/index.m3u8"},
            }
        }
    )
    assert {c.id for c in found} & {"pagi", "siang", "malam"} == set()
    assert {c.area for c in found} == {None}


def test_a_held_group_holding_a_record_is_not_read_as_the_grouped_map() -> None:
    found = cameras(
        {
            "streams": {
                "Sangatta Utara": {"PER-1-003-IN": {"hls": wowza("PER_1_003_IN")}},
                "Bengalon": {"PER-2-011": wowza("PER_2_011")},
            }
        }
    )
    assert [(c.id, c.area) for c in found if c.area is not None] == []
