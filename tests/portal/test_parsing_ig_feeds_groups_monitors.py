"""YouTube channel feeds, office names as playlist groups, Shinobi monitors switched off."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.normalise import organisation_text
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.videofeeds import youtube_feed_records

FEED_URL = "https://live.dishub.kutimkab.example/feeds/videos.xml?channel_id=UCkt"
CHANNEL = "UCkUt1mDishubL1veSgt8Qa"


def _entry(video: str, title: str, *, thumb: bool = True, channel: bool = True) -> str:
    still = (
        f'<media:thumbnail url="https://i1.ytimg.com/vi/{video}/hqdefault.jpg"/>' if thumb else ""
    )
    chan = f"<yt:channelId>{CHANNEL}</yt:channelId>" if channel else ""
    return (
        f"<entry><id>yt:video:{video}</id><yt:videoId>{video}</yt:videoId>{chan}"
        f'<title>{title}</title><link rel="alternate" href="https://www.youtube.com/watch?v={video}"/>'
        f"<author><name>Dishub</name><uri>https://www.youtube.com/channel/{CHANNEL}</uri></author>"
        f"<media:group><media:title>{title}</media:title>{still}"
        "<media:description>Siaran kamera</media:description></media:group></entry>"
    )


def _feed(*entries: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<feed xmlns:yt="http://www.youtube.com/xml/schemas/2015" '
        'xmlns:media="http://search.yahoo.com/mrss/" xmlns="http://www.w3.org/2005/Atom">'
        f'<link rel="self" href="{FEED_URL}"/><id>yt:channel:{CHANNEL}</id>'
        f"<title>Dishub Kutim Live</title>"
        f'<link rel="alternate" href="https://www.youtube.com/channel/{CHANNEL}"/>'
        f"{''.join(entries)}</feed>"
    )


def _read(text: str, url: str) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=url, prettify=False).cameras


# --- YouTube channel feeds -------------------------------------------------------------


def test_a_channel_feed_gives_the_video_id_the_title_and_the_thumbnail() -> None:
    cams = _read(
        _feed(_entry("Kt7SgtSmp3aQ", "LIVE CCTV Simpang Tiga"), _entry("Kt7Kabo00bX", "LIVE Kabo")),
        FEED_URL,
    )
    assert [(c.id, c.raw_name) for c in cams] == [
        ("Kt7SgtSmp3aQ", "LIVE CCTV Simpang Tiga"),
        ("Kt7Kabo00bX", "LIVE Kabo"),
    ]
    assert cams[0].snapshot_url == "https://i1.ytimg.com/vi/Kt7SgtSmp3aQ/hqdefault.jpg"
    # A watch page is no stream beside a still (the corpus's convention).
    assert cams[0].stream_url is None


def test_the_watch_page_stands_in_when_an_entry_has_no_thumbnail() -> None:
    cams = _read(
        _feed(
            _entry("Bn7PsrBgl01", "CCTV Pasar"), _entry("Bn7DrmSkl03", "CCTV Dermaga", thumb=False)
        ),
        FEED_URL,
    )
    assert cams[1].id == "Bn7DrmSkl03"
    assert cams[1].stream_url == "https://www.youtube.com/watch?v=Bn7DrmSkl03"
    assert cams[1].snapshot_url is None


def test_uploads_beside_titles_marked_live_are_left_out() -> None:
    cams = _read(
        _feed(
            _entry("Ka9SmpKabo1", "🔴 Live Simpang Kabo"),
            _entry("Ka9RpKoord2", "Rapat Koordinasi Operasi Zebra 2026"),
            _entry("Ka9TlkLgg04", "Siaran Langsung Pantai Teluk Lingga"),
            _entry("Ka9Kcl2026x", "Kecelakaan di Jl. Yos Sudarso (Rekaman CCTV)"),
        ),
        FEED_URL,
    )
    assert [c.id for c in cams] == ["Ka9SmpKabo1", "Ka9TlkLgg04"]


def test_a_feed_with_no_title_marked_live_keeps_every_entry() -> None:
    records = youtube_feed_records(
        [
            {"videoId": "Bn7PsrBgl01", "channelId": CHANNEL, "title": "CCTV Pasar"},
            {"videoId": "Bn7SmpBgl02", "channelId": CHANNEL, "title": "CCTV Simpang"},
        ]
    )
    assert records is not None
    assert [r["id"] for r in records if isinstance(r, dict)] == ["Bn7PsrBgl01", "Bn7SmpBgl02"]


def test_a_feed_whose_entries_carry_no_video_id_is_no_youtube_feed() -> None:
    # A blog's Atom feed: its entries name no video, the generic feed reader takes them.
    assert youtube_feed_records([{"id": "tag:blog,1", "title": "Berita"}]) is None
    assert youtube_feed_records([{"videoId": "Kt7SgtSmp3aQ", "title": "no channel"}]) is None
    assert youtube_feed_records([]) is None


def test_a_malformed_video_id_is_no_camera() -> None:
    records = youtube_feed_records(
        [
            {"videoId": "Kt7SgtSmp3aQ", "channelId": CHANNEL, "title": "LIVE a"},
            {"videoId": "../../etc", "channelId": CHANNEL, "title": "LIVE b"},
        ]
    )
    assert records is not None
    assert [r["id"] for r in records if isinstance(r, dict)] == ["Kt7SgtSmp3aQ"]


def test_channel_and_author_links_are_never_media() -> None:
    cams = _read(_feed(_entry("Kt7SgtSmp3aQ", "LIVE CCTV Simpang Tiga", thumb=False)), FEED_URL)
    assert len(cams) == 1
    assert cams[0].stream_url == "https://www.youtube.com/watch?v=Kt7SgtSmp3aQ"
    assert all("/channel/" not in (c.stream_url or "") for c in cams)


# --- Office names as playlist groups -------------------------------------------------


def _playlist(*entries: tuple[str, str, str]) -> str:
    lines = ["#EXTM3U"]
    for ident, group, url in entries:
        lines.append(f'#EXTINF:-1 tvg-id="{ident}" group-title="{group}",Kamera {ident}')
        lines.append(url)
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "group", ["Disperindag", "Dispar", "Dinkes", "DLH", "BPKAD", "Bappeda", "Setkab", "SKPD"]
)
def test_an_office_short_name_as_group_title_is_no_area(group: str) -> None:
    text = _playlist(
        ("a1", group, "https://cctv.kutimkab.example/hls/a1/index.m3u8"),
        ("a2", "Sangatta Utara", "https://cctv.kutimkab.example/hls/a2/index.m3u8"),
    )
    cams = _read(text, "https://cctv.kutimkab.example/cctv.m3u")
    assert [(c.id, c.area) for c in cams] == [("a1", None), ("a2", "Sangatta Utara")]


def test_places_sharing_letters_with_office_names_stay_areas() -> None:
    # Near misses: a place beginning like an office short name is no office.
    for place in ("Distrik Sangatta", "Dermaga Kenyamukan", "Sangkima", "Setia Budi"):
        assert not organisation_text(place)
    for office in ("Disperindag", "Dispar Kutim", "BPKAD", "Setkab Kutai Timur"):
        assert organisation_text(office)


def test_a_private_address_in_an_office_group_is_still_no_media() -> None:
    text = _playlist(
        ("a1", "Dishub", "https://cctv.kutimkab.example/hls/a1/index.m3u8"),
        ("a2", "Disperindag", "https://cctv.kutimkab.example/hls/a2/index.m3u8"),
        ("a3", "Setkab", "rtsp://192.168.1.20:554/h264/ch1/main/av_stream"),
    )
    cams = _read(text, "https://cctv.kutimkab.example/cctv.m3u")
    assert [(c.id, c.area) for c in cams] == [("a1", None), ("a2", None)]


# --- Shinobi monitors switched off ---------------------------------------------------

SHINOBI_URL = "https://nvr.kutimkab.example/KeyAb12/monitor/grpKT"


def _monitor(
    mid: str, mode: str, status: str | None, *, listed: bool, snap: bool
) -> dict[str, object]:
    monitor: dict[str, object] = {"mid": mid, "ke": "grpKT", "name": f"Kamera {mid}", "mode": mode}
    if status is not None:
        monitor["status"] = status
    streams = [f"/KeyAb12/hls/grpKT/{mid}/s.m3u8"] if listed else []
    monitor["streams"] = streams
    monitor["streamsSortedByType"] = {"hls": streams} if listed else {}
    if snap:
        monitor["snapshot"] = f"/KeyAb12/jpeg/grpKT/{mid}/s.jpg"
    monitor["details"] = json.dumps({"auto_host": "rtsp://admin:pw@192.168.5.2:554/ch1"})
    return monitor


def _shinobi(*monitors: dict[str, object]) -> tuple[Camera, ...]:
    return _read(json.dumps(list(monitors)), SHINOBI_URL)


@pytest.mark.parametrize(
    ("mode", "status"), [("stop", "Stopped"), ("stop", "Disabled"), ("stop", None)]
)
def test_a_switched_off_monitor_listing_nothing_is_left_out(mode: str, status: str | None) -> None:
    cams = _shinobi(
        _monitor("On1", "start", "Watching", listed=True, snap=True),
        _monitor("Off1", mode, status, listed=False, snap=False),
    )
    assert [c.id for c in cams] == ["On1"]


def test_a_stopped_monitor_still_listing_its_stream_is_kept_offline() -> None:
    cams = _shinobi(
        _monitor("On1", "start", "Watching", listed=True, snap=True),
        _monitor("Off1", "stop", "Stopped", listed=True, snap=False),
    )
    assert [(c.id, c.online) for c in cams] == [("On1", True), ("Off1", False)]
    assert cams[1].stream_url == "https://nvr.kutimkab.example/KeyAb12/hls/grpKT/Off1/s.m3u8"


def test_a_stopped_monitor_with_only_its_still_is_kept() -> None:
    cams = _shinobi(
        _monitor("On1", "start", "Watching", listed=True, snap=True),
        _monitor("Off1", "stop", "Stopped", listed=False, snap=True),
    )
    assert [c.id for c in cams] == ["On1", "Off1"]
    assert cams[1].snapshot_url == "https://nvr.kutimkab.example/KeyAb12/jpeg/grpKT/Off1/s.jpg"


def test_running_and_died_monitors_listing_nothing_still_get_their_built_addresses() -> None:
    cams = _shinobi(
        _monitor("Run1", "start", "Watching", listed=False, snap=False),
        _monitor("Died1", "start", "Died", listed=False, snap=False),
    )
    assert [(c.id, c.online) for c in cams] == [("Run1", True), ("Died1", False)]
    assert cams[0].stream_url == "https://nvr.kutimkab.example/KeyAb12/hls/grpKT/Run1/s.m3u8"
    assert all(
        "192.168" not in (c.stream_url or "") and "admin" not in (c.stream_url or "") for c in cams
    )


def test_a_list_of_switched_off_monitors_only_gives_no_camera() -> None:
    assert _shinobi(_monitor("Off1", "stop", "Stopped", listed=False, snap=False)) == ()
