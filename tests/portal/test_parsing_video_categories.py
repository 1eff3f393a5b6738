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


def test_content_categories_need_a_camera_word_of_the_title() -> None:
    """Sports, lectures and vlogs are content; ``Cam'ron`` and ``Cam Girl`` name no camera."""
    text = _playlist(
        ("Travel & Events", "Pantai Kenyamukan Live Cam", "https://yt.example/live/1.m3u8"),
        ("Sports", "Persikutim vs Perseba LIVE", "https://yt.example/live/2.m3u8"),
        ("Education", "Kuliah Umum Unmul", "https://yt.example/live/3.m3u8"),
        ("People & Blogs", "Vlog Harian Live", "https://yt.example/live/4.m3u8"),
        ("News & Politics", "Kompas TV Live", "https://yt.example/live/5.m3u8"),
        ("Music", "Cam'ron - Oh Boy (Live)", "https://yt.example/live/6.m3u8"),
        ("Gaming", "Mobile Legends Cam Girl Stream", "https://yt.example/live/7.m3u8"),
        ("Howto & Style", "Gunung Api Webcam", "https://yt.example/live/8.m3u8"),
    )
    names = [item["name"] for item in playlist_items(text, "https://yt.example/playlist.m3u")]
    assert names == ["Pantai Kenyamukan Live Cam", "Gunung Api Webcam"]


def test_keynotes_launches_shows_and_broadcasts_are_no_cameras_in_any_category() -> None:
    """China Central TV, a keynote, a launch, a car show, a concert, a TV show, an album."""
    text = _playlist(
        ("Science & Technology", "Apple Event Keynote Live", "https://v.example/1.m3u8"),
        ("Science & Technology", "SpaceX Starship Launch Live", "https://v.example/2.m3u8"),
        ("Autos & Vehicles", "Top Gear Review Live", "https://v.example/3.m3u8"),
        ("Travel & Events", "Konser Dangdut Tahun Baru Live", "https://v.example/4.m3u8"),
        ("News & Politics", "CCTV News Live", "https://v.example/5.m3u8"),
        ("Entertainment", "CCTV-4 中文国际", "https://v.example/6.m3u8"),
        ("Comedy", "Candid Camera Classics", "https://v.example/7.m3u8"),
        ("Music", "Camera Obscura - Full Album", "https://v.example/8.m3u8"),
        ("Travel & Events", "Pantai Teluk Lingga Live Cam", "https://v.example/9.m3u8"),
    )
    names = [item["name"] for item in playlist_items(text, BASE)]
    assert names == ["Pantai Teluk Lingga Live Cam"]
