"""A video element whose whole id is a number (``<video id=21>``, as a PHP page's loop
writes each camera's record number into its player) gives that number as the camera's
id, for players a script attaches to it and for videos with ``<source>`` children alike.
Handles such as ``video1``, ``cctv-1`` or ``player_2`` stay handles: their cameras keep
derived ids.

A relay's camera record keeping the ingest server it pushes to beside its stream key
(``rtmp_server: "rtmp://a.rtmp.youtube.com/live2"``, ``stream_key``) holds a publisher's
key: it is never read (nor makes the list a Kutim one), and the platform's watch page
the record names is the camera's stream when it has no other media.

A table whose rows state their camera's state and link, in one column, the video
platform page each camera is shown on (two or more rows) is a camera list with those
pages as streams; a column of videos beside rows stating nothing (a news table) is not."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, PortalFormat, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cctv.kutim.example/"


def _parse(text: str, base: str = BASE) -> list[Camera]:
    return parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras


def _hls_cards(ids: list[str]) -> str:
    cards = "".join(
        f"""<div class="col"><video id="{e}" controls></video><script>
        var video = document.getElementById('{e}');
        var hls = new Hls(); hls.loadSource('/live/cam{n}/index.m3u8');
        hls.attachMedia(video);</script><h5>Simpang {n}</h5></div>"""
        for n, e in enumerate(ids, start=1)
    )
    return f"<html><body><h3>CCTV</h3><div class='row'>{cards}</div></body></html>"


def _source_tiles(ids: list[str]) -> str:
    tiles = "".join(
        f"""<section><h3>Dermaga {n}</h3><video id="{e}" class="video-js" controls>
        <source src="/hls/{n}/index.m3u8" type="application/x-mpegURL"></video></section>"""
        for n, e in enumerate(ids, start=1)
    )
    return f"<html><body><main>{tiles}</main></body></html>"


def test_a_number_as_a_players_video_id_is_the_camera_id() -> None:
    found = _parse(_hls_cards(["21", "22", "25"]))
    assert [(c.id, c.raw_name) for c in found] == [
        ("21", "Simpang 1"),
        ("22", "Simpang 2"),
        ("25", "Simpang 3"),
    ]


def test_a_number_as_a_video_with_sources_id_is_the_camera_id() -> None:
    found = _parse(_source_tiles(["31", "32", "35"]))
    assert [(c.id, c.raw_name) for c in found] == [
        ("31", "Dermaga 1"),
        ("32", "Dermaga 2"),
        ("35", "Dermaga 3"),
    ]


def test_video_handles_with_a_number_in_them_give_no_id() -> None:
    for ids in (["video1", "video2"], ["cctv-1", "cctv-2"], ["player_1", "player_2"]):
        found = _parse(_hls_cards(ids))
        assert len(found) == 2
        assert all(c.id.startswith("k-") for c in found), ids
        found = _parse(_source_tiles(ids))
        assert len(found) == 2
        assert all(c.id.startswith("k-") for c in found), ids


def test_a_long_number_or_a_number_with_signs_is_no_record_number() -> None:
    found = _parse(_source_tiles(["1234567890", "12.5"]))
    assert len(found) == 2
    assert all(c.id.startswith("k-") for c in found)


def test_a_number_on_a_div_a_player_attaches_to_gives_no_id() -> None:
    page = _hls_cards(["41", "42"]).replace("<video", "<div").replace("></video>", "></div>")
    found = _parse(page)
    assert len(found) == 2
    assert all(c.id.startswith("k-") for c in found)


def _relay(extra: dict[str, object] | None = None, **fields: object) -> str:
    records = []
    for n in (7, 8):
        record: dict[str, object] = {
            "id": n,
            "name": f"Gapura {n}",
            "status": "ONLINE",
            "rtmp_server": "rtmp://a.rtmp.youtube.com/live2",
            "stream_key": f"abcd-efgh-{n}",
            "youtube_url": f"https://www.youtube.com/watch?v=Pq8nRt2LzX{n}",
        }
        record.update(fields)
        record.update(extra or {})
        records.append({k: v for k, v in record.items() if v is not None})
    return json.dumps({"ok": True, "cameras": records})


def _result(text: str) -> tuple[PortalFormat, list[Camera]]:
    found = parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False)
    return found.format, list(found.cameras)


def test_a_key_beside_an_ingest_server_is_never_read_and_the_watch_page_is_the_stream() -> None:
    fmt, found = _result(_relay())
    assert fmt is not PortalFormat.KUTIM
    assert [(c.id, c.stream_url, c.stream_key) for c in found] == [
        ("7", "https://www.youtube.com/watch?v=Pq8nRt2LzX7", None),
        ("8", "https://www.youtube.com/watch?v=Pq8nRt2LzX8", None),
    ]


def test_rtmps_and_srt_ingest_servers_count_too() -> None:
    for server in ("rtmps://live-api-s.facebook.com:443/rtmp/", "srt://ingest.example:9000"):
        _fmt, found = _result(_relay(rtmp_server=server))
        assert [c.stream_key for c in found] == [None, None]
        assert all(c.stream_url and "youtube.com/watch" in c.stream_url for c in found)


def test_a_relay_output_of_its_own_stays_the_stream() -> None:
    extra = {"hls": "https://relay.kutim.example/hls/gapura/index.m3u8"}
    _fmt, found = _result(_relay(extra))
    assert [c.stream_url for c in found] == [
        "https://relay.kutim.example/hls/gapura/index.m3u8"
    ] * 2


def test_a_stream_key_without_an_ingest_server_stays_a_kutim_key() -> None:
    fmt, found = _result(_relay(rtmp_server=None, youtube_url=None))
    assert fmt is PortalFormat.KUTIM
    assert [c.stream_key for c in found] == ["abcd-efgh-7", "abcd-efgh-8"]


def test_an_rtmp_address_holding_the_key_keeps_the_key() -> None:
    records = [
        {
            "id": n,
            "name": f"Gapura {n}",
            "stream_key": f"cam{n}",
            "rtmp": f"rtmp://s.kutim.example/live/cam{n}",
        }
        for n in (1, 2)
    ]
    fmt, found = _result(json.dumps(records))
    assert fmt is PortalFormat.KUTIM
    assert [c.stream_key for c in found] == ["cam1", "cam2"]


def _table(rows: list[tuple[str, str, str]], state_header: str = "Status") -> str:
    body = "".join(
        f"<tr><td>{name}</td><td>{state}</td><td>"
        + (f'<a href="{link}">{link}</a>' if link else "<em>belum ada</em>")
        + '</td><td><a href="edit.php">Edit</a></td></tr>'
        for name, state, link in rows
    )
    return (
        "<html><body><h2>Daftar Kamera</h2><table>"
        f"<tr><th>Nama</th><th>{state_header}</th><th>YouTube</th><th>Aksi</th></tr>"
        f"{body}</table></body></html>"
    )


_ROWS = [
    ("Balai Desa", "ONLINE", "https://www.youtube.com/watch?v=Qk3xS9vTb1A"),
    ("Pasar Wage", "OFFLINE", "https://youtu.be/Zr7LmP0wQe4"),
    ("Makam Desa", "OFFLINE", ""),
    ("Lapangan", "ONLINE", "https://www.youtube.com/live/Hn2dVx8KcY0"),
]


def test_a_table_of_video_platform_pages_beside_states_lists_cameras() -> None:
    found = _parse(_table(_ROWS))
    assert [(c.raw_name, c.stream_url, c.online) for c in found] == [
        ("Balai Desa", "https://www.youtube.com/watch?v=Qk3xS9vTb1A", True),
        ("Pasar Wage", "https://youtu.be/Zr7LmP0wQe4", False),
        ("Lapangan", "https://www.youtube.com/live/Hn2dVx8KcY0", True),
    ]


def test_videos_beside_rows_stating_no_state_are_no_cameras() -> None:
    rows = [(name, "12 Mei 2026", link) for name, _state, link in _ROWS if link]
    page = _table(rows, state_header="Tanggal")
    assert not [c for c in _parse_or_none(page) if c.stream_url and "youtu" in c.stream_url]


def test_one_video_page_row_is_not_enough() -> None:
    page = _table([*_ROWS[:1], ("Pasar Wage", "ONLINE", "")])
    assert _parse_or_none(page) == []


def test_a_channel_page_is_no_cameras_stream() -> None:
    rows = [(name, state, "https://www.youtube.com/@desa") for name, state, _l in _ROWS]
    assert _parse_or_none(_table(rows)) == []


def _parse_or_none(text: str) -> list[Camera]:
    try:
        return _parse(text)
    except PortalFormatError:
        return []


def test_a_key_merely_written_inside_the_ingest_host_is_still_a_publishers_key() -> None:
    records = [
        {
            "id": n,
            "name": f"Gapura {n}",
            "stream_key": "cam",
            "rtmp_server": "rtmp://camserver.kutim.example/live",
            "watch": f"https://youtu.be/Vc4kSm9HdQ{n}",
        }
        for n in (1, 2)
    ]
    fmt, found = _result(json.dumps(records))
    assert fmt is not PortalFormat.KUTIM
    assert [(c.stream_key, c.stream_url) for c in found] == [
        (None, "https://youtu.be/Vc4kSm9HdQ1"),
        (None, "https://youtu.be/Vc4kSm9HdQ2"),
    ]
