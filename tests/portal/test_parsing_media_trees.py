"""Camera maps keyed by id whose media sit in nested media trees (kind, live or archive, rendition)."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.shapes import flat_index, media_tree_leaf
from custom_components.kutim_cctv.portal.values import JSONValue, norm_key

BASE = "https://cams.kutim.example/api/streaming/list"
CDN = "https://cdn.cams.kutim.example"


def parse(data: JSONValue) -> tuple[Camera, ...]:
    return parse_body(json.dumps(data), profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def live(uuid: str) -> str:
    return f"{CDN}/hls/playlists/multivariant.m3u8?uuid={uuid}&token=bearer-1a2b"


def archive(uuid: str) -> str:
    return f"{CDN}/hls/archive/multivariant.m3u8?uuid={uuid}&token=bearer-1a2b"


def still(uuid: str, lossy: bool = False) -> str:
    return f"{CDN}/snapshot?uuid={uuid}{'&lossy=1' if lossy else ''}&token=bearer-1a2b"


def record(uuid: str, name: str, media: JSONValue) -> dict[str, JSONValue]:
    return {
        "UUID": uuid,
        "NAME": name,
        "ADDRESS": "Jl. Yos Sudarso, Sangatta Utara",
        "POSITION": {"LATITUDE": "0.509482", "LONGITUDE": "117.638511"},
        "MEDIA": media,
    }


def test_id_keyed_map_with_upper_case_media_tree() -> None:
    cameras = parse(
        {
            "1021": record(
                "u-1021",
                "Simpang Tiga",
                {
                    "HLS": {"LIVE": {"MAIN": live("u-1021")}},
                    "SNAPSHOT": {"LIVE": {"LOSSY": still("u-1021", lossy=True)}},
                },
            ),
            "1040": record(
                "u-1040",
                "Pasar Induk",
                {"HLS": None, "SNAPSHOT": {"LIVE": {"LOSSY": still("u-1040", lossy=True)}}},
            ),
        }
    )
    assert [(c.id, c.name) for c in cameras] == [
        ("u-1021", "Simpang Tiga"),
        ("u-1040", "Pasar Induk"),
    ]
    assert cameras[0].stream_url == live("u-1021")
    assert cameras[0].snapshot_url == still("u-1021", lossy=True)
    assert (cameras[0].latitude, cameras[0].longitude) == (0.509482, 117.638511)
    assert cameras[1].stream_url is None
    assert cameras[1].snapshot_url == still("u-1040", lossy=True)


def test_lower_case_media_tree_and_renditions_ranked() -> None:
    cameras = parse(
        {
            "a": {
                "id": "sgt-01",
                "name": "Bundaran Pelangi",
                "media": {
                    "hls": {
                        "live": {
                            "low_latency": f"{CDN}/ll/sgt-01.m3u8",
                            "main": f"{CDN}/sgt-01.m3u8",
                        }
                    },
                    "snapshot": {
                        "live": {"lossy": f"{CDN}/sgt-01-lossy.jpg", "main": f"{CDN}/sgt-01.jpg"}
                    },
                },
            },
            "b": {
                "id": "sgt-02",
                "name": "Simpang Kabo",
                "media": {"hls": {"live": {"main": f"{CDN}/sgt-02.m3u8"}}},
            },
        }
    )
    assert [(c.id, c.stream_url, c.snapshot_url) for c in cameras] == [
        ("sgt-01", f"{CDN}/sgt-01.m3u8", f"{CDN}/sgt-01.jpg"),
        ("sgt-02", f"{CDN}/sgt-02.m3u8", None),
    ]


def test_archive_branch_is_never_the_live_stream() -> None:
    cameras = parse(
        {
            "4101": {
                "ID": 4101,
                "NAME": "Terminal Sangatta",
                "ARCHIVE": {"LINK": "archive/cam4101.m3u8", "START_TIME": "30.11.2026 00:00"},
                "MEDIA": {
                    "HLS": {
                        "ARCHIVE": {"MAIN": archive("u-4101")},
                        "LIVE": {"MAIN": live("u-4101")},
                    },
                    "SNAPSHOT": {
                        "ARCHIVE": {"MAIN": f"{CDN}/old.jpg"},
                        "LIVE": {"LOSSY": still("u-4101")},
                    },
                },
            },
            "4103": {
                "ID": 4103,
                "NAME": "Pelabuhan Kenyamukan",
                "ARCHIVE": {"LINK": "archive/cam4103.m3u8"},
                "MEDIA": {
                    "HLS": {"ARCHIVE": archive("u-4103")},
                    "SNAPSHOT": {"LIVE": {"MAIN": still("u-4103")}},
                },
            },
            "4104": {
                "ID": 4104,
                "NAME": "Gudang Arsip",
                "ARCHIVE": {"LINK": "archive/cam4104.m3u8"},
                "MEDIA": {"HLS": {"ARCHIVE": archive("u-4104")}},
            },
        }
    )
    by_id = {c.id: c for c in cameras}
    assert set(by_id) == {"4101", "4103"}  # archives only: no camera
    assert by_id["4101"].stream_url == live("u-4101")
    assert by_id["4101"].snapshot_url == still("u-4101")
    assert by_id["4103"].stream_url is None
    assert by_id["4103"].snapshot_url == still("u-4103")
    assert all("archive" not in (c.stream_url or "") for c in cameras)


def test_map_whose_trees_hold_only_recordings_is_no_camera_list() -> None:
    with pytest.raises(PortalFormatError):
        parse(
            {
                "1": {"NAME": "Gudang", "MEDIA": {"HLS": {"ARCHIVE": {"MAIN": archive("u-1")}}}},
                "2": {"NAME": "Dermaga", "MEDIA": {"HLS": {"ARCHIVE": archive("u-2")}}},
            }
        )


def test_group_of_cameras_keyed_by_name_is_not_a_media_tree() -> None:
    """A place keying its cameras (``{"Sangatta": {"cam-1": {…}}}``) stays groups."""
    cameras = parse(
        {
            "Sangatta": {"cam-1": {"name": "Simpang Tiga", "hls": f"{CDN}/cam-1.m3u8"}},
            "Bengalon": {"cam-2": {"name": "Pasar Bengalon", "hls": f"{CDN}/cam-2.m3u8"}},
        }
    )
    assert sorted((c.name, c.area) for c in cameras) == [
        ("Pasar Bengalon", "Bengalon"),
        ("Simpang Tiga", "Sangatta"),
    ]


def test_media_tree_leaf_near_misses() -> None:
    def leaf(tree: dict[str, JSONValue]) -> str | None:
        return media_tree_leaf(tree, norm_key)

    assert leaf(
        {"LIVE": {"MAIN": "https://x.example/a.m3u8"}, "ARCHIVE": "https://x.example/r.m3u8"}
    ) == ("https://x.example/a.m3u8")
    assert leaf({"HD": "/snap/1.jpg", "LOSSY": "/snap/1_lossy.jpg"}) == "/snap/1.jpg"
    assert leaf({"sub": "https://x.example/s.m3u8", "main": "https://x.example/m.m3u8"}) == (
        "https://x.example/m.m3u8"
    )
    assert leaf({"ARCHIVE": {"MAIN": "https://x.example/r.m3u8"}}) is None  # recordings only
    assert leaf({"STATUS": True, "REASON": ""}) is None  # an access flag, no tree
    assert leaf({"LIVE": {"STATUS": True}}) is None
    assert leaf({"combined": "wss://x.example/ws", "main": "wss://x.example/ws?q=main"}) is None
    assert leaf({"main": "yes", "sub": "no"}) is None  # no address written
    assert leaf({"LIVE": {"LIVE": {"LIVE": {"MAIN": "https://x.example/deep.m3u8"}}}}) is None


def test_recorded_block_of_an_item_is_not_read_as_its_link() -> None:
    index, _ = flat_index(
        {"name": "Pasar", "archive": {"link": "archive/cam1.m3u8", "start_time": "x"}}, norm_key
    )
    assert "link" not in index
    assert "archive_link" not in index
    index, _ = flat_index({"name": "Pasar", "detail": {"link": "https://x.example/p"}}, norm_key)
    assert index["link"] == "https://x.example/p"  # a field wrapper's link is still read


def test_playback_object_is_still_a_live_stream() -> None:
    """A video platform's ``playback: {hls}`` is its live stream, no recording."""
    cameras = parse(
        {
            "streams": [
                {
                    "uid": "sgt-1",
                    "label": "Simpang Tiga",
                    "playback": {"hls": f"{CDN}/sgt-1/index.m3u8"},
                },
                {"uid": "sgt-2", "label": "Kabo", "playback": {"hls": f"{CDN}/sgt-2/index.m3u8"}},
            ]
        }
    )
    assert [c.stream_url for c in cameras] == [f"{CDN}/sgt-1/index.m3u8", f"{CDN}/sgt-2/index.m3u8"]


def test_outputs_keyed_by_format_are_no_media_tree() -> None:
    from custom_components.kutim_cctv.portal.parsing.items import _media_tree_record

    assert _media_tree_record({"MEDIA": {"HLS": {"LIVE": {"MAIN": live("u-1")}}}})
    assert _media_tree_record({"snapshot": {"hd": "/s/1.jpg", "lossy": "/s/1_l.jpg"}})
    assert not _media_tree_record({"streams": {"hls": {"url": f"{CDN}/7.m3u8"}}})
    assert not _media_tree_record({"sources": {"main": {"src": f"{CDN}/7/main.m3u8"}}})
    assert not _media_tree_record({"MEDIA": {"HLS": {"ARCHIVE": {"MAIN": archive("u-1")}}}})
    assert not _media_tree_record({"ARCHIVE": {"HLS": {"LIVE": {"MAIN": live("u-1")}}}})
    assert not _media_tree_record({"cam-1": {"hls": {"live": {"main": live("u-1")}}}})


PORTAL = "https://portal.example.com/api/cams.json"


def _rows(data: JSONValue, base: str = PORTAL) -> list[tuple[str | None, str | None, str | None]]:
    cameras = parse_body(json.dumps(data), profile=Profile.AUTO, base_url=base, prettify=False)
    return [(c.name, c.stream_url, c.snapshot_url) for c in cameras.cameras]


def _no_list(data: JSONValue, base: str = PORTAL) -> None:
    with pytest.raises(PortalFormatError, match="No camera list found in the portal answer"):
        parse_body(json.dumps(data), profile=Profile.AUTO, base_url=base, prettify=False)


@pytest.mark.parametrize("placeholder", ["n/a", "N/A", "-/-", " n/a ", "tidak ada / offline"])
def test_placeholder_in_the_live_branch_falls_through_to_the_renditions(placeholder: str) -> None:
    data = [
        {
            "name": "Simpang",
            "stream": {"live": placeholder, "hd": "https://cam.example.com/1/hd.m3u8"},
        },
        {
            "name": "Pasar",
            "stream": {"live": placeholder, "hd": "https://cam.example.com/2/hd.m3u8"},
        },
    ]
    assert _rows(data) == [
        ("Simpang", "https://cam.example.com/1/hd.m3u8", None),
        ("Pasar", "https://cam.example.com/2/hd.m3u8", None),
    ]


def test_media_tree_leaf_takes_only_addresses() -> None:
    def leaf(tree: dict[str, JSONValue]) -> str | None:
        return media_tree_leaf(tree, norm_key)

    assert leaf({"live": "n/a", "hd": "https://x.example/hd.m3u8"}) == "https://x.example/hd.m3u8"
    assert leaf({"main": "N/A", "sub": "/hls/1/sub.m3u8"}) == "/hls/1/sub.m3u8"
    assert leaf({"live": "hls/1/index.m3u8"}) == "hls/1/index.m3u8"  # a relative path
    assert leaf({"live": "cam.example.com/1/index.m3u8"}) == "cam.example.com/1/index.m3u8"
    assert leaf({"live": "n/a"}) is None
    assert leaf({"live": "1/2", "main": "-/-"}) is None
    assert leaf({"live": {"main": "n/a"}, "hd": "https://x.example/hd.m3u8"}) is None


def test_tree_of_mixed_kinds_is_left_to_the_nested_field_readers() -> None:
    """A player page beside a playlist, an RTSP main beside an HLS sub: HLS is the stream."""
    page_first = [
        {
            "name": name,
            "video": {
                "live": f"https://cam.example.com/{n}/player.html",
                "hd": f"https://cam.example.com/{n}/hd.m3u8",
            },
        }
        for n, name in ((1, "Simpang"), (2, "Pasar"))
    ]
    assert _rows(page_first) == [
        ("Simpang", "https://cam.example.com/1/hd.m3u8", None),
        ("Pasar", "https://cam.example.com/2/hd.m3u8", None),
    ]
    rtsp_main = [
        {
            "name": "Simpang",
            "snapshot": {
                "live": "https://cam.example.com/1/live.jpg",
                "archive": "https://cam.example.com/1/a.jpg",
            },
            "stream": {
                "main": "rtsp://cam.example.com/1",
                "sub": "https://cam.example.com/1/sub.m3u8",
            },
        },
        {"name": "Pasar", "snapshot": "https://cam.example.com/2.jpg"},
    ]
    assert _rows(rtsp_main) == [
        ("Simpang", "https://cam.example.com/1/sub.m3u8", "https://cam.example.com/1/live.jpg"),
        ("Pasar", None, "https://cam.example.com/2.jpg"),
    ]


def test_media_tree_leaf_names_one_kind_of_address_only() -> None:
    def leaf(tree: dict[str, JSONValue]) -> str | None:
        return media_tree_leaf(tree, norm_key)

    assert leaf({"live": "https://x.example/p.html", "hd": "https://x.example/hd.m3u8"}) is None
    assert leaf({"main": "rtsp://x.example/1", "sub": "https://x.example/s.m3u8"}) is None
    assert (
        leaf({"live": {"main": "https://x.example/m.m3u8"}, "low": "https://x.example/l.jpg"})
        is None
    )
    assert leaf({"main": "https://x.example/m.mpd", "sub": "https://x.example/s.m3u8"}) is None
    # one kind: the best ranked address, a recording of another kind left out
    assert leaf({"main": "rtsp://x.example/1", "sub": "rtsp://x.example/2"}) == "rtsp://x.example/1"
    assert (
        leaf({"live": "https://x.example/l.m3u8", "archive": "https://x.example/a.mp4"})
        == "https://x.example/l.m3u8"
    )
    assert (
        leaf({"live": "https://x.example/a.html", "hd": "https://x.example/b.html"})
        == "https://x.example/a.html"
    )
    assert leaf({"hd": "/snap/1.jpg", "lossy": "/snap/1_lossy.jpeg"}) == "/snap/1.jpg"


def test_a_login_in_a_media_tree_leaf_is_left_out_as_in_a_nested_field() -> None:
    tree = [
        {
            "NAME": "Simpang",
            "media": {"hls": {"live": "https://admin:pw@cam.example.com/1/index.m3u8"}},
        },
        {"NAME": "Pasar", "media": {"hls": "https://cam.example.com/2/index.m3u8"}},
    ]
    flat = [
        {"NAME": "Simpang", "media": {"hls": "https://admin:pw@cam.example.com/1/index.m3u8"}},
        tree[1],
    ]
    expected = [("Pasar", "https://cam.example.com/2/index.m3u8", None)]
    assert _rows(tree) == expected
    assert _rows(flat) == expected
    own = [
        {
            "NAME": "Simpang",
            "hls": {"live": {"main": "https://admin:pw@cam.example.com/1/index.m3u8"}},
        },
        {"NAME": "Pasar", "hls": {"live": {"main": "https://cam.example.com/2/index.m3u8"}}},
    ]
    assert _rows(own) == expected


def test_flat_index_leaves_out_login_bearing_tree_leaves() -> None:
    login = "https://admin:pw@cam.example.com/1/index.m3u8"
    index, own = flat_index({"name": "Simpang", "hls": {"live": login}}, norm_key)
    assert "hls" not in index and "hls" not in own
    index, _ = flat_index({"name": "Simpang", "media": {"hls": {"live": login}}}, norm_key)
    assert "hls" not in index and "media_hls" not in index
    index, _ = flat_index(
        {"name": "Simpang", "media": {"hls": {"live": "https://cam.example.com/1/i.m3u8"}}},
        norm_key,
    )
    assert index["hls"] == "https://cam.example.com/1/i.m3u8"


RADIO = "https://data.example.fr/radios.json"


def test_foreign_stream_field_written_as_a_tree_is_checked_on_its_leaf() -> None:
    """A radio's ``url_flux: {hd, low}`` is no video, as its flat ``url_flux`` is none."""
    tree = [
        {
            "nom": "FIP",
            "url_flux": {
                "hd": "https://icecast.radiofrance.fr/fip-hifi.aac",
                "low": "https://icecast.radiofrance.fr/fip-midfi.mp3",
            },
        },
        {
            "nom": "France Inter",
            "url_flux": {"hd": "https://icecast.radiofrance.fr/franceinter-hifi.aac"},
        },
    ]
    _no_list(tree, RADIO)
    flat = [
        {"nom": "FIP", "url_flux": "https://icecast.radiofrance.fr/fip-hifi.aac"},
        {"nom": "France Inter", "url_flux": "https://icecast.radiofrance.fr/franceinter-hifi.aac"},
    ]
    _no_list(flat, RADIO)


def test_foreign_stream_tree_showing_video_is_kept() -> None:
    data = [
        {"nom": "Pont Neuf", "url_flux": {"hd": "https://video.example.fr/pont-neuf/hd.m3u8"}},
        {"nom": "Quai Sud", "url_flux": {"hd": "https://video.example.fr/quai-sud/hd.m3u8"}},
    ]
    assert _rows(data, RADIO) == [
        ("Pont Neuf", "https://video.example.fr/pont-neuf/hd.m3u8", None),
        ("Quai Sud", "https://video.example.fr/quai-sud/hd.m3u8", None),
    ]
    index, _ = flat_index(
        {"nom": "FIP", "url_flux": {"hd": "https://icecast.radiofrance.fr/fip-hifi.aac"}}, norm_key
    )
    assert "url_flux" not in index and "stream_url" not in index and "hd" not in index
