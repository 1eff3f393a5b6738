"""Media-server stream lists, video-host video lists and stream files keyed by handle."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.livevideos import recorded_beside_live
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body

OTS = "https://video.bpbd.kutimkab.example"
CF = "https://customer-k3t7w1.cloudflarestream.kutimkab.example"


def parse(payload: object, base: str) -> tuple[Camera, ...]:
    return parse_body(
        json.dumps(payload), profile=Profile.AUTO, base_url=base, prettify=False
    ).cameras


def ots_stream(path: str, alias: str, *, ready: bool, host: str = OTS, **extra: object) -> dict:
    record: dict[str, object] = {
        "uid": f"ICU-{path}",
        "path": path,
        "alias": alias,
        "username": "operator",
        "ready": ready,
        "source": "rtsp://admin:Rahasia9@192.168.1.64:554/Streaming/Channels/101",
        "rtsp_link": f"rtsp://{host.split('//', 1)[1]}:8554/{path}",
        "webrtc_link": f"{host}:443/webrtc/{path}/",
        "hls_link": f"{host}:443/hls/{path}/",
        "thumbnail": f"{host}:443/api/videos/thumbnail?path={path}",
    }
    record.update(extra)
    return record


def ots_answer(*records: dict) -> dict:
    return {"results": list(records), "total_pages": 1, "current_page": 1, "per_page": 10}


# --- OpenTAKServer stream lists -------------------------------------------------------


def test_media_server_stream_list_reads_hls_page_path_and_ready() -> None:
    cameras = parse(
        ots_answer(
            ots_stream("sungai-sangatta", "Pos Sungai Sangatta", ready=True),
            ots_stream("jembatan-pinang", "Jembatan Pinang", ready=False),
        ),
        f"{OTS}/api/videos/streams",
    )
    assert [c.id for c in cameras] == ["sungai-sangatta", "jembatan-pinang"]
    assert [c.name for c in cameras] == ["Pos Sungai Sangatta", "Jembatan Pinang"]
    assert cameras[0].stream_url == f"{OTS}:443/hls/sungai-sangatta/"
    assert cameras[0].snapshot_url == f"{OTS}:443/api/videos/thumbnail?path=sungai-sangatta"
    assert [c.online for c in cameras] == [True, False]
    for camera in cameras:
        # The pulled source is a private address with a login: never copied.
        assert "192.168" not in repr(camera) and "Rahasia9" not in repr(camera)


def test_record_with_an_id_field_keeps_it_over_its_path() -> None:
    cameras = parse(
        ots_answer(
            ots_stream("simpang-tiga", "Simpang Tiga", ready=True, id="cam-101"),
            ots_stream("simpang-empat", "Simpang Empat", ready=True, id="cam-102"),
        ),
        f"{OTS}/api/videos/streams",
    )
    assert [c.id for c in cameras] == ["cam-101", "cam-102"]


def test_path_not_named_by_the_links_is_no_id() -> None:
    first = ots_stream("simpang-tiga", "Simpang Tiga", ready=True)
    second = ots_stream("simpang-empat", "Simpang Empat", ready=True)
    first["path"], second["path"] = "live/a", "lainnya"
    cameras = parse(ots_answer(first, second), f"{OTS}/api/videos/streams")
    assert "live/a" not in [c.id for c in cameras]
    assert "lainnya" not in [c.id for c in cameras]


def test_ready_flag_without_the_servers_links_is_no_state() -> None:
    # A shop's stock flag beside a product's picture and video: no camera state.
    items = [
        {
            "id": n,
            "name": f"Kamera Dome {n}",
            "stream_url": f"https://toko.kutimkab.example/demo/{n}/index.m3u8",
            "ready": True,
        }
        for n in (1, 2)
    ]
    cameras = parse({"data": items}, "https://toko.kutimkab.example/api/products")
    assert cameras and all(c.online is None for c in cameras)


def test_lan_hls_page_from_a_public_answer_is_no_stream() -> None:
    lan = "http://192.168.5.10"
    cameras = parse(
        ots_answer(
            ots_stream("gudang", "Gudang", ready=True, host=lan),
            ots_stream("pos-jaga", "Pos Jaga", ready=True),
        ),
        f"{OTS}/api/videos/streams",
    )
    for camera in cameras:
        for url in (camera.stream_url, camera.snapshot_url, camera.mjpeg_url):
            assert url is None or "192.168" not in url


def test_pulled_source_is_never_read_beside_the_servers_links() -> None:
    # The upstream camera the media server pulls (``source``), public and with a login,
    # is no stream of the list: the server's own link is, and without a public one none.
    public = "rtsp://admin:Rahasia9@cams.kutimkab.example/cam0"
    served = [
        ots_stream(path, path.title(), ready=True, source=public, hls_link=None, webrtc_link=None)
        for path in ("cam0", "cam1")
    ]
    cameras = parse(ots_answer(*served), f"{OTS}/api/videoStreams")
    assert [c.stream_url for c in cameras] == [
        "rtsp://video.bpbd.kutimkab.example:8554/cam0",
        "rtsp://video.bpbd.kutimkab.example:8554/cam1",
    ]
    lan = [
        ots_stream(path, path.title(), ready=True, host="http://192.168.1.5", source=public)
        for path in ("cam0", "cam1")
    ]
    try:
        cameras = parse(ots_answer(*lan), f"{OTS}/api/videoStreams")
    except PortalFormatError:
        return  # no public media: no camera list
    for camera in cameras:
        assert "cams.kutimkab.example" not in repr(camera)
        assert "Rahasia9" not in repr(camera)


# --- Video host lists ------------------------------------------------------------------


def cf_video(uid: str, name: str, state: str, *, duration: float = -1) -> dict:
    return {
        "uid": uid,
        "meta": {"name": name},
        "duration": duration,
        "liveInput": "f0e1d2c3b4a5968778695a4b3c2d1e0f",
        "playback": {
            "hls": f"{CF}/{uid}/manifest/video.m3u8",
            "dash": f"{CF}/{uid}/manifest/video.mpd",
        },
        "preview": f"{CF}/{uid}/watch",
        "status": {"state": state, "pctComplete": "100.000000"},
        "thumbnail": f"{CF}/{uid}/thumbnails/thumbnail.jpg",
    }


CF_BASE = "https://api.cloudflare.kutimkab.example/client/v4/accounts/7a6b/stream"


def test_live_videos_are_cameras_with_thumbnail_still_and_state() -> None:
    answer = {
        "result": [
            cf_video("a1b2c3d4e5f60718293a4b5c6d7e8f90", "Bundaran Sangatta", "live-inprogress"),
            cf_video("b2c3d4e5f60718293a4b5c6d7e8f90a1", "Pasar Pagi", "live-inprogress"),
            cf_video("c3d4e5f60718293a4b5c6d7e8f90a1b2", "Rekaman banjir", "ready", duration=90),
        ],
        "success": True,
    }
    cameras = parse(answer, CF_BASE)
    assert [c.name for c in cameras] == ["Bundaran Sangatta", "Pasar Pagi"]
    assert cameras[0].id == "a1b2c3d4e5f60718293a4b5c6d7e8f90"
    assert cameras[0].stream_url == f"{CF}/a1b2c3d4e5f60718293a4b5c6d7e8f90/manifest/video.m3u8"
    assert cameras[0].snapshot_url == (
        f"{CF}/a1b2c3d4e5f60718293a4b5c6d7e8f90/thumbnails/thumbnail.jpg"
    )
    assert all(c.online is True for c in cameras)


def test_video_list_with_nothing_live_drops_nothing() -> None:
    answer = {
        "result": [
            cf_video("a1b2c3d4e5f60718293a4b5c6d7e8f90", "Profil Dishub", "ready", duration=95),
            cf_video("b2c3d4e5f60718293a4b5c6d7e8f90a1", "Rekaman Pasar", "ready", duration=60),
        ],
        "success": True,
    }
    cameras = parse(answer, CF_BASE)
    assert [c.name for c in cameras] == ["Profil Dishub", "Rekaman Pasar"]
    assert all(not (c.snapshot_url or "").endswith("/watch") for c in cameras)


def test_recorded_beside_live_needs_a_status_object() -> None:
    live = {"status": {"state": "live-inprogress"}}
    recorded = {"status": {"state": "ready"}}
    worded = {"status": "offline"}
    assert recorded_beside_live([live, recorded, worded, "x", 3]) == frozenset({1})
    assert recorded_beside_live([recorded, worded]) == frozenset()
    assert recorded_beside_live([{"status": {"state": "x" * 80}}, live]) == frozenset()


def test_watch_page_alone_under_a_still_field_is_kept_as_before() -> None:
    # No picture field beside it: the record's only still address stays as read before.
    videos = [cf_video(f"{n}1b2c3d4e5f60718293a4b5c6d7e8f9", f"Kamera {n}", "ready") for n in "ab"]
    for video in videos:
        del video["thumbnail"]
    cameras = parse({"result": videos, "success": True}, CF_BASE)
    assert [c.name for c in cameras] == ["Kamera a", "Kamera b"]


# --- Stream files keyed by handle ------------------------------------------------------

STREAMS = "https://pantai.kutimkab.example/data/stream_urls.json"


def test_flat_handle_to_playlist_object_is_a_camera_list() -> None:
    payload = {
        "pantai-kenyamukan": "https://live3.beach.kutimkab.example/streams/7a1c/stream.m3u8",
        "muara_sangatta": "https://live1.beach.kutimkab.example/streams/2b8d/stream.m3u8",
        "teluk-golok": "https://live3.beach.kutimkab.example/dash/9c3e/manifest.mpd",
    }
    cameras = parse(payload, STREAMS)
    assert [(c.id, c.name) for c in cameras] == [
        ("pantai-kenyamukan", "pantai-kenyamukan"),
        ("muara_sangatta", "muara_sangatta"),
        ("teluk-golok", "teluk-golok"),
    ]
    assert [c.stream_url for c in cameras] == list(payload.values())


def test_lan_playlist_in_a_public_stream_file_is_left_out() -> None:
    payload = {
        "dermaga-maloy": "https://cdn.ombak.kutimkab.example/hls/dermaga-maloy/index.m3u8",
        "pantai-aquarium": "https://cdn.ombak.kutimkab.example/hls/pantai-aquarium/index.m3u8",
        "gudang": "http://192.168.8.20:8888/gudang/index.m3u8",
        "router": "http://127.0.0.1:8888/router/index.m3u8",
    }
    cameras = parse(payload, "https://ombak.kutimkab.example/streams.json")
    assert [c.id for c in cameras] == ["dermaga-maloy", "pantai-aquarium"]


def test_credentials_in_a_playlist_address_are_never_copied() -> None:
    payload = {
        "teluk-lingga": "https://viewer:Rahasia9@cdn.ombak.kutimkab.example/a/index.m3u8",
        "kaliorang": "https://cdn.ombak.kutimkab.example/b/index.m3u8",
    }
    try:
        cameras = parse(payload, "https://ombak.kutimkab.example/streams.json")
    except PortalFormatError:
        return
    assert all("Rahasia9" not in repr(c) for c in cameras)


@pytest.mark.parametrize("login", ["u=admin&p=secret", "user=admin&password=secret"])
def test_query_login_in_a_playlist_address_is_never_copied(login: str) -> None:
    payload = {
        "gate-a": f"https://cams.kutimkab.example/a/s.m3u8?{login}",
        "gate-b": f"https://cams.kutimkab.example/b/s.m3u8?{login}",
        "gate-c": "https://cams.kutimkab.example/c/s.m3u8",
    }
    cameras = parse(payload, "https://ombak.kutimkab.example/streams.json")
    assert all("secret" not in repr(c) for c in cameras)
    assert [c.id for c in cameras] == ["gate-c"]


@pytest.mark.parametrize(
    "payload",
    [
        # One camera's renditions or protocols, not cameras.
        {
            "hls": "https://cdn.kutimkab.example/a/index.m3u8",
            "dash": "https://cdn.kutimkab.example/a/manifest.mpd",
        },
        {
            "720p": "https://cdn.kutimkab.example/a/720.m3u8",
            "480p": "https://cdn.kutimkab.example/a/480.m3u8",
        },
        {
            "high": "https://cdn.kutimkab.example/a/hi.m3u8",
            "low": "https://cdn.kutimkab.example/a/lo.m3u8",
        },
    ],
)
def test_rendition_keys_are_no_handles(payload: dict[str, str]) -> None:
    try:
        cameras = parse(payload, STREAMS)
    except PortalFormatError:
        return
    assert not {c.id for c in cameras} & set(payload)
    assert len(cameras) <= 1


@pytest.mark.parametrize(
    "payload",
    [
        # A news site's article links and a shop's product pages: no playlists.
        {
            "banjir-sangatta": "https://berita.kutimkab.example/2026/12/banjir-sangatta",
            "jalan-rusak": "https://berita.kutimkab.example/2026/12/jalan-rusak",
        },
        {
            "kamera-dome": "https://toko.kutimkab.example/produk/kamera-dome",
            "kamera-bullet": "https://toko.kutimkab.example/produk/kamera-bullet",
        },
        # A settings object beside one playlist.
        {
            "version": "https://cdn.kutimkab.example/a/index.m3u8",
            "title": "Pantai",
        },
    ],
)
def test_other_flat_objects_are_no_stream_file(payload: dict[str, str]) -> None:
    try:
        cameras = parse(payload, STREAMS)
    except PortalFormatError:
        return
    assert not {c.id for c in cameras} & set(payload)


def test_malformed_playlist_address_is_no_stream_file() -> None:
    payload = {
        "teluk-lingga": "http://[bukan-ipv6/a/index.m3u8",
        "kaliorang": "https://cdn.ombak.kutimkab.example/b/index.m3u8",
    }
    try:
        cameras = parse(payload, STREAMS)
    except PortalFormatError:
        return
    assert all(c.id != "teluk-lingga" for c in cameras)


@pytest.mark.parametrize(
    "extra",
    [{}, {"image": "https://events.example.com/img/{n}.jpg"}],
)
def test_hls_link_page_outside_a_media_servers_list_is_no_stream(extra: dict[str, str]) -> None:
    events = [
        {
            "id": n,
            "title": f"Webinar {n}",
            "hls_link": f"https://events.example.com/webinar/{n}/",
            **{key: value.format(n=n) for key, value in extra.items()},
        }
        for n in range(3)
    ]
    try:
        cameras = parse({"events": events}, "https://events.example.com/api/events")
    except PortalFormatError:
        return
    assert all(camera.stream_url is None for camera in cameras)


def test_hls_link_playlist_outside_a_media_servers_list_is_still_the_stream() -> None:
    events = [
        {"id": n, "title": f"Gate {n}", "hls_link": f"https://cams.example.org/{n}/index.m3u8"}
        for n in range(2)
    ]
    cameras = parse({"cameras": events}, "https://cams.example.org/api/cameras")
    assert [c.stream_url for c in cameras] == [
        "https://cams.example.org/0/index.m3u8",
        "https://cams.example.org/1/index.m3u8",
    ]
