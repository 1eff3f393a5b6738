"""M3U playlists grouped by YouTube video category (a content category, no place)."""

from __future__ import annotations

from custom_components.kutim_cctv.portal.parsing.playlist import playlist_items

BASE = "https://tv.kutim.example/playlist.m3u"


def _playlist(*entries: tuple[str, str, str]) -> str:
    lines = ["#EXTM3U"]
    for group, title, url in entries:
        lines.append(f'#EXTINF:-1 group-title="{group}",{title}')
        lines.append(url)
    return "\n".join(lines) + "\n"


def test_category_groups_are_no_area_and_broadcasts_are_left_out() -> None:
    text = _playlist(
        ("News & Politics", "Berita Kutim Live", "https://v.kutim.example/a.m3u8"),
        ("Travel & Events", "Pantai Teluk Lingga Live", "https://v.kutim.example/b.m3u8"),
        ("Pets & Animals", "Orangutan Feeding Live", "https://v.kutim.example/c.m3u8"),
        ("Music", "Lagu Daerah Radio", "https://v.kutim.example/d.m3u8"),
    )
    items = playlist_items(text, BASE)
    assert [item["name"] for item in items] == [
        "Pantai Teluk Lingga Live",
        "Orangutan Feeding Live",
    ]
    assert all("area" not in item for item in items)


def test_broadcast_category_entry_naming_a_camera_stays() -> None:
    text = _playlist(
        ("News & Politics", "CCTV Pelabuhan Sangatta", "https://v.kutim.example/a.m3u8"),
        ("Gaming", "Simpang Tiga Traffic Cam", "https://v.kutim.example/b.m3u8"),
        ("Travel & Events", "Bukit Pelangi", "https://v.kutim.example/c.m3u8"),
    )
    names = [item["name"] for item in playlist_items(text, BASE)]
    assert names == ["CCTV Pelabuhan Sangatta", "Simpang Tiga Traffic Cam", "Bukit Pelangi"]


def test_place_groups_stay_areas() -> None:
    text = _playlist(
        ("Sangatta Utara", "Simpang Tiga", "https://v.kutim.example/a.m3u8"),
        ("Travel & Events", "Pantai", "https://v.kutim.example/b.m3u8"),
    )
    items = playlist_items(text, BASE)
    assert [item.get("area") for item in items] == ["Sangatta Utara", "Travel & Events"]


def test_single_word_category_alone_is_no_signal() -> None:
    """A playlist grouped only as ``Music``/``Sports`` keeps its groups and entries."""
    text = _playlist(
        ("Music", "Panggung Musik", "https://v.kutim.example/a.m3u8"),
        ("Sports", "Stadion Kudungga", "https://v.kutim.example/b.m3u8"),
    )
    items = playlist_items(text, BASE)
    assert [item.get("area") for item in items] == ["Music", "Sports"]


def test_lan_entry_in_category_playlist_is_not_media() -> None:
    from custom_components.kutim_cctv.portal.models import Profile
    from custom_components.kutim_cctv.portal.parsing import parse_body

    text = _playlist(
        ("Travel & Events", "Pantai Live Cam", "https://v.kutim.example/b.m3u8"),
        ("Pets & Animals", "Orangutan Live", "https://v.kutim.example/c.m3u8"),
        ("Travel & Events", "Gudang Cam", "http://192.168.1.20/live.m3u8"),
        ("Travel & Events", "Bukit Pelangi Cam", "https://v.kutim.example/d.m3u8"),
    )
    cameras = parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras
    assert [camera.stream_url for camera in cameras] == [
        "https://v.kutim.example/b.m3u8",
        "https://v.kutim.example/c.m3u8",
        "https://v.kutim.example/d.m3u8",
    ]
    assert all(camera.area is None for camera in cameras)
