"""Handle maps and place groups of playlists: sound, course and live signs, LAN answers."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.kutim import parse_kutim_page

PUBLIC = "https://portal.example.com/api/cams.json"
LAN = "http://192.168.1.10/streams.json"
S1 = "https://streaming1.jalan.kutim.example"

Row = tuple[str, str, str | None, str | None]


def read(payload: object, base_url: str = PUBLIC, profile: Profile = Profile.AUTO) -> list[Row]:
    """Return (id, name, area, stream) of each camera read from a JSON payload."""
    result = parse_body(json.dumps(payload), profile=profile, base_url=base_url, prettify=False)
    return [(c.id, c.name, c.area, c.stream_url) for c in result.cameras]


def live(key: str) -> str:
    return f"https://cctv.example.com/live/{key}/index.m3u8"


def wowza(code: str, host: str = S1) -> str:
    return f"{host}/Phase1/{code}.stream/playlist.m3u8"


def by_handle(*keys: str) -> list[Row]:
    return [(key, key, None, live(key)) for key in keys]


# Sound streams: a whole host label, path segment or a sound extension.


@pytest.mark.parametrize(
    "payload",
    [
        {
            "radio-dalam": "https://cctv.jakarta.example/streams/radio-dalam/stream.m3u8",
            "simpang-tiga": "https://cctv.jakarta.example/streams/simpang-tiga/stream.m3u8",
        },
        {
            "lobby": "https://rs.example.com/radiologi/live/lobby/index.m3u8",
            "parkir": "https://rs.example.com/radiologi/live/parkir/index.m3u8",
        },
        {"cam-a": live("cam-a"), "cam-b": live("cam-b") + "?codec=audio"},
        {"cam-a": live("cam-a"), "cam-b": "https://audiovisual.example.com/live/cam-b/i.m3u8"},
    ],
)
def test_a_sound_word_inside_a_name_host_or_query_is_no_sound_stream(
    payload: dict[str, str],
) -> None:
    assert read(payload) == [(key, key, None, url) for key, url in payload.items()]


def test_one_sound_stream_among_cameras_is_left_out() -> None:
    payload = {
        "a-1": live("a-1"),
        "b-2": live("b-2"),
        "c-3": live("c-3"),
        "prambors": "https://stream.example.org/radio/prambors/playlist.m3u8",
    }
    assert read(payload) == by_handle("a-1", "b-2", "c-3")


@pytest.mark.parametrize(
    "payload",
    [
        {  # half the playlists are sound streams
            "a-1": live("a-1"),
            "b-2": live("b-2"),
            "prambors": "https://stream.example.org/radio/prambors/playlist.m3u8",
            "ardan": "https://stream.example.org/live/ardan/listen.m3u8",
        },
        {  # one camera is left once the sound stream and the LAN playlist are out
            "a-1": live("a-1"),
            "b-2": "http://192.168.1.20/live/b-2/index.m3u8",
            "c-3": "https://stream.example.org/audio/c-3/index.m3u8",
        },
    ],
)
def test_a_map_of_sound_streams_or_of_one_camera_left_is_no_list(
    payload: dict[str, str],
) -> None:
    with pytest.raises(PortalFormatError):
        read(payload)


def test_grouped_radio_stations_in_a_live_looking_folder_are_no_cameras() -> None:
    payload = {
        "Jakarta": {"prambors": "https://stream.example.org/radio/prambors/playlist.m3u8"},
        "Bandung": {"ardan": "https://stream.example.org/radio/ardan/playlist.m3u8"},
    }
    with pytest.raises(PortalFormatError):
        read(payload)


def test_grouped_cameras_keep_their_places_beside_a_sound_stream() -> None:
    payload = {
        "Sangatta": {"PER-1-003": wowza("PER_1_003"), "PER-1-004": wowza("PER_1_004")},
        "Bengalon": {
            "PER-2-011": wowza("PER_2_011"),
            "rri": "https://stream.example.org/radio/rri/playlist.m3u8",
        },
    }
    assert read(payload) == [
        ("PER-1-003", "PER-1-003", "Sangatta", wowza("PER_1_003")),
        ("PER-1-004", "PER-1-004", "Sangatta", wowza("PER_1_004")),
        ("PER-2-011", "PER-2-011", "Bengalon", wowza("PER_2_011")),
    ]


# A course's parts.


@pytest.mark.parametrize(
    "payload",
    [
        {
            "Intro Python": {
                "lesson-1": "https://vod.example.org/hls/lesson-1/index.m3u8",
                "lesson-2": "https://vod.example.org/hls/lesson-2/index.m3u8",
            },
            "Web Dev": {"lesson-3": "https://vod.example.org/hls/lesson-3/index.m3u8"},
        },
        {
            "Intro": {"lesson-1": "https://vod.example.org/live/lesson-1/index.m3u8"},
            "Web": {"lesson-2": "https://vod.example.org/live/lesson-2/index.m3u8"},
        },
    ],
)
def test_grouped_lessons_are_no_cameras(payload: dict[str, object]) -> None:
    with pytest.raises(PortalFormatError):
        read(payload)


@pytest.mark.parametrize(
    "payload",
    [
        {"ep-01": live("ep-01"), "ep-02": live("ep-02")},
        {
            "session3": "https://vod.example.org/live/session3/index.m3u8",
            "session4": "https://vod.example.org/live/session4/index.m3u8",
        },
    ],
)
def test_numbered_parts_are_a_course(payload: dict[str, str]) -> None:
    with pytest.raises(PortalFormatError):
        read(payload)


@pytest.mark.parametrize(
    "keys",
    [("simpang-ep", "kelas-satu"), ("module-lobby", "kelas-7a"), ("bab-el-wad", "session-hall")],
)
def test_part_words_inside_camera_handles_name_no_course(keys: tuple[str, str]) -> None:
    assert read({key: live(key) for key in keys}) == by_handle(*keys)


# Holders.


def test_camera_stations_on_a_camera_host_are_cameras() -> None:
    stream = "https://cctv.example.com/streams"
    payload = {
        "stations": {
            "pintu-air-manggarai": f"{stream}/pintu-air-manggarai/stream.m3u8",
            "pintu-air-karet": f"{stream}/pintu-air-karet/stream.m3u8",
        }
    }
    assert read(payload) == [
        (
            "pintu-air-manggarai",
            "pintu-air-manggarai",
            None,
            f"{stream}/pintu-air-manggarai/stream.m3u8",
        ),
        ("pintu-air-karet", "pintu-air-karet", None, f"{stream}/pintu-air-karet/stream.m3u8"),
    ]


@pytest.mark.parametrize(
    "payload",
    [
        {  # one station off the camera host
            "stations": {
                "pintu-air-manggarai": live("pintu-air-manggarai"),
                "pintu-air-karet": "https://stream.example.org/streams/pintu-air-karet/s.m3u8",
            }
        },
        {"radios": {"manggarai": live("manggarai"), "karet": live("karet")}},
        {"lessons": {"intro": live("intro"), "setup": live("setup")}},
    ],
)
def test_sound_and_course_holders_hold_no_cameras(payload: dict[str, object]) -> None:
    with pytest.raises(PortalFormatError):
        read(payload)


# Upper-case playlists; an extension in the query.


def test_upper_case_playlists_are_cameras_by_handle() -> None:
    payload = {
        "cam-a": "https://cctv.example.com/live/cam-a/INDEX.M3U8",
        "cam-b": "https://cctv.example.com/live/cam-b/Index.M3u8",
    }
    assert read(payload) == [(key, key, None, url) for key, url in payload.items()]


def test_an_extension_in_the_query_is_no_handle_map() -> None:
    # Read as before handle maps were: one record, one derived camera (the two values
    # are one record's fields).
    payload = {
        "cam-a": "https://cctv.example.com/play?id=cam-a&f=.m3u8",
        "cam-b": "https://cctv.example.com/play?id=cam-b&f=.m3u8",
    }
    (camera,) = read(payload)
    assert camera[0].startswith("k-")
    assert camera[3] == "https://cctv.example.com/play?id=cam-a&f=.m3u8"


# A folder published under the handle.


def test_a_direction_or_stream_suffix_after_the_handle_is_its_folder() -> None:
    payload = {
        "gerbang": "https://media.example.org/hls/gerbang_out/index.m3u8",
        "dermaga": "https://media.example.org/hls/DERMAGA.stream/index.m3u8",
    }
    assert read(payload) == [(key, key, None, url) for key, url in payload.items()]


@pytest.mark.parametrize(
    "payload",
    [
        {
            "news": "https://tv.example.org/hls/newsroom_hd/index.m3u8",
            "sport": "https://tv.example.org/hls/sports_hd/index.m3u8",
        },
        {
            "gerbang": "https://media.example.org/hls/gerbang_hd/index.m3u8",
            "dermaga": "https://media.example.org/hls/dermaga2/index.m3u8",
        },
    ],
)
def test_any_other_continuation_of_the_handle_is_no_live_folder(payload: dict[str, str]) -> None:
    with pytest.raises(PortalFormatError):
        read(payload)


# Two cameras taken in all.


def test_grouped_directory_with_one_camera_taken_is_no_list() -> None:
    payload = {
        "Sangatta Utara": {"PER-1-003": wowza("PER_1_003")},
        "Bengalon": {"PER-2-011": wowza("PER_2_011", "http://192.168.1.20")},
    }
    with pytest.raises(PortalFormatError):
        read(payload)


def test_grouped_directory_negatives_read_no_list() -> None:
    radio = "https://audio.radio.example/hls"
    for payload in (
        {"Sangatta Utara": {"PER-1-003": wowza("PER_1_003")}, "Bengalon": {}},
        {
            "Jakarta": {"pagi": f"{radio}/a1/index.m3u8", "siang": f"{radio}/a2/index.m3u8"},
            "Bandung": {"malam": f"{radio}/b1/index.m3u8"},
        },
        {
            "720p": {"PER-1-003": wowza("PER_1_003_hd")},
            "360p": {"PER-1-003": wowza("PER_1_003_sd")},
        },
    ):
        with pytest.raises(PortalFormatError):
            read(payload)


# Answers from the local network, in every reader.

LAN_PAIRS = {
    "cam-a": "http://192.168.1.20/live/cam-a/index.m3u8",
    "cam-b": "http://192.168.1.21/live/cam-b/index.m3u8",
}
LAN_GROUPS = {
    "Sangatta": {"PER-1-003": wowza("PER_1_003", "http://192.168.1.20")},
    "Bengalon": {"PER-2-011": wowza("PER_2_011", "http://192.168.1.21")},
}


def test_kutim_reader_keeps_lan_playlists_of_a_lan_answer() -> None:
    expected = [(key, key, None, url) for key, url in LAN_PAIRS.items()]
    assert read(LAN_PAIRS, LAN, Profile.KUTIM) == expected
    page = parse_kutim_page(LAN_PAIRS, hls_base="http://192.168.1.10", base_url=LAN)
    assert [(c.id, c.stream_url) for c in page.result.cameras] == list(LAN_PAIRS.items())


def test_kutim_reader_takes_no_lan_playlist_from_a_public_answer() -> None:
    with pytest.raises(PortalFormatError):
        read(LAN_PAIRS, PUBLIC, Profile.KUTIM)
    with pytest.raises(PortalFormatError):
        parse_kutim_page(LAN_PAIRS, hls_base="https://stream.example.com")


def test_grouped_reader_keeps_lan_playlists_of_a_lan_answer() -> None:
    assert read(LAN_GROUPS, LAN) == [
        ("PER-1-003", "PER-1-003", "Sangatta", wowza("PER_1_003", "http://192.168.1.20")),
        ("PER-2-011", "PER-2-011", "Bengalon", wowza("PER_2_011", "http://192.168.1.21")),
    ]
    with pytest.raises(PortalFormatError):
        read(LAN_GROUPS, PUBLIC)


def test_grouped_reader_never_takes_a_metadata_host_even_from_a_lan_answer() -> None:
    payload = {
        "Sangatta": {"PER-1-003": wowza("PER_1_003", "http://192.168.1.20")},
        "Bengalon": {"PER-2-011": wowza("PER_2_011", "http://169.254.169.254")},
    }
    with pytest.raises(PortalFormatError):
        read(payload, LAN)


# A handle map as an entry of a list, anywhere in it.


def test_a_handle_map_entry_of_a_list_gives_its_cameras_by_handle() -> None:
    records = [{"name": f"R{n}", "url": live(f"r{n}")} for n in range(3)]
    rows = read([*records, {"cam-a": live("cam-a"), "cam-b": live("cam-b")}])
    assert [(row[1], row[3]) for row in rows] == [
        ("R0", live("r0")),
        ("R1", live("r1")),
        ("R2", live("r2")),
        ("cam-a", live("cam-a")),
        ("cam-b", live("cam-b")),
    ]
    assert rows[3:] == by_handle("cam-a", "cam-b")


def test_a_handle_map_past_the_fiftieth_entry_is_read_as_one() -> None:
    records = [{"name": f"R{n}", "url": live(f"r{n}")} for n in range(60)]
    rows = read(
        {"status": "ok", "cameras": [*records, {"cam-a": live("cam-a"), "cam-b": live("cam-b")}]}
    )
    assert len(rows) == 62
    assert rows[60:] == by_handle("cam-a", "cam-b")
