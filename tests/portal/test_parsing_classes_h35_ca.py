"""Relay configurations keyed by stream name, read after holdout 35.

A WebRTC or restreaming relay publishes its configuration as JSON: the sources it pulls,
keyed by stream name, beside its own settings. webrtc-streamer writes ``{"urls":
{"Harbour": {"video": "rtsp://…", "position": "lat,lng"}}, "iceServers": […], "http":
{…}}``; RTSPtoWebRTC ``{"server": {"http_port": ":8083"}, "streams": {"demo1":
{"on_demand": false, "url": "rtsp://…"}}}``. Each source is a camera: its key is its id
and its name (a source naming itself keeps its own name), its address without the login
its stream, its ``position`` its place. A local file, the screen or a capture device is
no camera.

Not read so: a camera's own record whose renditions are keyed by quality (``{name,
streams: {hd: {url}, sd: {url}}}``), a map of settings keyed by name holding no address,
a map keyed by field names (``hls``, ``rtsp``) or of pictures only.

A record's own station or site id (``stationID: "SMD-01"``, ``siteId``, ``station_id:
4012``) beats a document store's generated key (a MongoDB ObjectId ``_id``, also as
``{"$oid": …}``), after an id or code named for the camera. Not so: a relation to a
station (``assoc_station_id``), a station id repeated across records (several cameras of
one station), a plain non-hash ``id``, a station id that is itself an ObjectId.

Shinobi serves a monitor's still (``/{key}/jpeg/{group}/{monitor}/s.jpg``) only while its
details turn snapshots on (``snap: "1"``, its older monitor list adding ``snapshot`` only
then): a monitor whose details say ``snap: "0"`` gets no built still, while a listed one
is kept and details that say nothing keep the built one. A monitor whose status says
nothing (a stopped monitor's row carries none) is offline when its mode is ``stop``; a
status always wins over the mode, and a running mode (``start``, ``record``) says nothing.

A webcam index's reachability states are read: ``ALIVE``/``REACHABLE`` online, ``DEAD``,
``UNREACHABLE`` offline. An address whose query separates its parameters with the HTML
entity ``&amp;`` (a scraper copying a page's escaped markup into JSON or CSV) has them
read as ``&``, so a login written there is dropped like any other; an ``&amp;`` in the
path or fragment, or not before a parameter's name, is left as written.
"""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.fieldurls import resolve_url
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.items import _source_map, _source_record
from custom_components.kutim_cctv.portal.shapes import choose_id_key
from custom_components.kutim_cctv.portal.values import index_keys

BASE = "https://relay.kutim.example:8000/config.json"


def parse(value: object) -> tuple[Camera, ...]:
    """Parse a JSON answer the way an Automatic portal is read."""
    return parse_body(json.dumps(value), profile=Profile.AUTO, base_url=BASE).cameras


def parse_any(value: object) -> tuple[Camera, ...]:
    """Parse a JSON answer; an answer giving no camera list gives none."""
    try:
        return parse(value)
    except PortalFormatError:
        return ()


WEBRTC_STREAMER = {
    "urls": {
        "Harbour": {
            "video": "rtsp://viewer:ReStream5@cam-harbour.example/axis-media/media.amp",
            "position": "-0.5021,117.1536",
        },
        "Bridge": {"video": "rtsp://cam-bridge.example:554/live", "options": "rtptransport=tcp"},
        "Clip": {"video": "file:///srv/clip.mkv"},
        "Desktop": {"video": "screen://"},
        "Webcam": {"video": "videocap://0"},
    },
    "iceServers": ["stun:stun.example:3478"],
    "publishFilter": "",
    "http": {"port": 8000, "webroot": "html"},
    "log": {"level": "info", "file": "/var/log/relay.log"},
}


def test_webrtc_streamer_urls_keyed_by_name_are_cameras() -> None:
    cameras = parse(WEBRTC_STREAMER)
    assert [(c.id, c.raw_name) for c in cameras] == [("Harbour", "Harbour"), ("Bridge", "Bridge")]
    harbour, bridge = cameras
    assert harbour.stream_url == "rtsp://cam-harbour.example/axis-media/media.amp"
    assert (harbour.latitude, harbour.longitude) == (-0.5021, 117.1536)
    assert bridge.stream_url == "rtsp://cam-bridge.example:554/live"
    assert "ReStream5" not in repr(cameras)


def test_rtsptowebrtc_streams_beside_a_server_block() -> None:
    cameras = parse(
        {
            "server": {"http_port": ":8083"},
            "streams": {
                "gate_north": {"on_demand": False, "url": "rtsp://cam-n.example/h264"},
                "gate_south": {"on_demand": True, "url": "rtsp://cam-s.example/h264"},
            },
        }
    )
    assert [(c.id, c.raw_name, c.stream_url) for c in cameras] == [
        ("gate_north", "gate_north", "rtsp://cam-n.example/h264"),
        ("gate_south", "gate_south", "rtsp://cam-s.example/h264"),
    ]


def test_a_source_naming_itself_keeps_its_name() -> None:
    cameras = parse(
        {
            "server": {"http_port": ":8083"},
            "streams": {
                "cam1": {"name": "Pasar Baru", "url": "rtsp://cam1.example/live"},
                "cam2": {"url": "rtsp://cam2.example/live"},
            },
        }
    )
    assert [(c.id, c.raw_name) for c in cameras] == [("cam1", "Pasar Baru"), ("cam2", "cam2")]


def test_video_is_the_source_address_only_without_an_address_field() -> None:
    assert _source_record({"video": "rtsp://a.example/"}) == {"url": "rtsp://a.example/"}
    kept = {"url": "rtsp://a.example/main", "video": "h264"}
    assert _source_record(kept) is kept


def test_one_cameras_renditions_keyed_by_quality_stay_its_fields() -> None:
    record = {
        "name": "Simpang Lima",
        "streams": {
            "hd": {"url": "https://media.example/simpang/hd.m3u8"},
            "sd": {"url": "https://media.example/simpang/sd.m3u8"},
        },
    }
    assert _source_map(index_keys(record)) is None
    assert all(c.raw_name not in ("hd", "sd") for c in parse_any(record))


def test_settings_keyed_by_name_are_no_cameras() -> None:
    settings = {
        "server": {"http_port": ":8083"},
        "streams": {"default": {"bitrate": 2000}, "low": {"bitrate": 500, "fps": 10}},
    }
    assert _source_map(index_keys(settings)) is None
    with pytest.raises(PortalFormatError):
        parse(settings)


def test_maps_keyed_by_field_names_or_of_pictures_are_no_source_maps() -> None:
    by_format = {
        "streams": {
            "hls": {"url": "https://media.example/a.m3u8"},
            "rtsp": {"url": "rtsp://media.example/a"},
        }
    }
    assert _source_map(index_keys(by_format)) is None
    pictures = {
        "sources": {
            "north": {"url": "https://img.example/n.jpg"},
            "south": {"url": "https://img.example/s.jpg"},
        }
    }
    assert _source_map(index_keys(pictures)) is None


def test_a_map_mostly_of_other_addresses_is_no_source_map() -> None:
    services = {
        "sources": {
            "db": {"url": "postgres://db.example/relay"},
            "queue": {"url": "amqp://mq.example/"},
            "cam": {"url": "rtsp://cam.example/live"},
        }
    }
    assert _source_map(index_keys(services)) is None


def test_numbered_keys_are_no_stream_names() -> None:
    channels = {"streams": {"0": {"url": "rtsp://a.example/0"}, "1": {"url": "rtsp://a.example/1"}}}
    assert _source_map(index_keys(channels)) is None


def _oid(number: int) -> str:
    """Return a MongoDB ObjectId-like hex key."""
    return f"64f1a2c0e4b0a1d2c3e4f{number:03d}"


def test_a_station_id_beats_a_mongo_object_id() -> None:
    records = [
        {
            "_id": _oid(n),
            "stationID": f"SMD-0{n}",
            "name": f"Pos {n}",
            "lat": -0.4 - n / 100,
            "lon": 117.1,
            "link": f"https://river.example/hls/{n}/playlist.m3u8",
        }
        for n in (1, 2, 3)
    ]
    cameras = parse({"status": "ok", "data": records})
    assert [c.id for c in cameras] == ["SMD-01", "SMD-02", "SMD-03"]


def test_site_and_numbered_station_ids_beat_extended_json_object_ids() -> None:
    records = [
        {
            "_id": {"$oid": _oid(n)},
            "stationId": 4010 + n,
            "name": f"Pos Duga Air {n}",
            "snapshot": f"https://sda.example/cam/{n}/latest.jpg",
        }
        for n in (1, 2)
    ]
    assert [c.id for c in parse({"data": records})] == ["4011", "4012"]
    rows = [{"_id": _oid(n), "site_id": f"KT-{n}", "name": "x"} for n in (1, 2)]
    assert choose_id_key(rows) == "site_id"


def test_a_camera_id_or_code_beats_a_station_id() -> None:
    rows = [{"_id": _oid(n), "station_id": f"ST-{n}", "camera_id": f"C{n}"} for n in (1, 2)]
    assert choose_id_key(rows) == "camera_id"
    rows = [{"_id": _oid(n), "station_id": f"ST-{n}", "kode_cctv": f"C-{n}"} for n in (1, 2)]
    assert choose_id_key(rows) == "kode_cctv"


def test_station_ids_that_are_no_record_id_leave_the_object_id() -> None:
    related = [{"_id": _oid(n), "assoc_station_id": f"KORNEW{n}"} for n in (1, 2)]
    assert choose_id_key(related) == "_id"
    shared = [{"_id": _oid(n), "station_id": "ST-1"} for n in (1, 2)]
    assert choose_id_key(shared) == "_id"
    hashed = [{"_id": _oid(n), "station_id": _oid(n + 10)} for n in (1, 2)]
    assert choose_id_key(hashed) == "_id"
    plain = [{"id": f"cam-{n}", "station_id": f"ST-{n}"} for n in (1, 2)]
    assert choose_id_key(plain) == "id"


SHINOBI_BASE = "https://nvr.example/KEY1/monitor/grp"


def _monitor(mid: str, **extra: object) -> dict[str, object]:
    """Return a Shinobi monitor row with its details as a JSON string."""
    details = extra.pop("details", {"stream_type": "hls"})
    row: dict[str, object] = {"mid": mid, "ke": "grp", "name": f"Monitor {mid}"}
    row["details"] = json.dumps(details)
    row["streams"] = [f"/KEY1/hls/grp/{mid}/s.m3u8"]
    return row | extra


def _shinobi(*monitors: dict[str, object]) -> tuple[Camera, ...]:
    """Parse a Shinobi monitor list served at its API path."""
    return parse_body(
        json.dumps(list(monitors)), profile=Profile.AUTO, base_url=SHINOBI_BASE
    ).cameras


def test_shinobi_still_only_while_snapshots_are_on() -> None:
    on, off, unsaid = _shinobi(
        _monitor("a", details={"stream_type": "hls", "snap": "1"}),
        _monitor("b", details={"stream_type": "hls", "snap": "0"}),
        _monitor("c", details={"stream_type": "hls"}),
    )
    assert on.snapshot_url == "https://nvr.example/KEY1/jpeg/grp/a/s.jpg"
    assert off.snapshot_url is None
    assert off.stream_url == "https://nvr.example/KEY1/hls/grp/b/s.m3u8"
    assert unsaid.snapshot_url == "https://nvr.example/KEY1/jpeg/grp/c/s.jpg"


def test_shinobi_listed_still_stays_with_snapshots_off() -> None:
    (camera,) = _shinobi(
        _monitor("a", details={"snap": "0"}, snapshot="/KEY1/jpeg/grp/a/s.jpg"),
    )
    assert camera.snapshot_url == "https://nvr.example/KEY1/jpeg/grp/a/s.jpg"


def test_shinobi_stopped_mode_is_offline_when_no_status_says() -> None:
    stopped, watching, running, unsaid = _shinobi(
        _monitor("a", mode="stop"),
        _monitor("b", mode="stop", status="Watching"),
        _monitor("c", mode="start"),
        _monitor("d", mode="record"),
    )
    assert stopped.online is False
    assert watching.online is True
    assert running.online is None
    assert unsaid.online is None


def test_webcam_index_reachability_states() -> None:
    records = [
        {"id": n, "url": f"http://cam{n}.example/mjpg/video.mjpg", "location": f"Town {n}"}
        | {"status": status}
        for n, status in enumerate(("ALIVE", "DEAD", "UNREACHABLE", "REACHABLE", "ACTIVE"))
    ]
    assert [c.online for c in parse(records)] == [True, False, False, True, True]


def test_entity_separators_in_a_query_are_ampersands() -> None:
    base = "https://index.example/cams.json"
    url = "http://cam.example:8083/SnapshotJPEG?Resolution=640x480&amp;Quality=Clarity&amp;COUNTER"
    assert resolve_url(url, base) == (
        "http://cam.example:8083/SnapshotJPEG?Resolution=640x480&Quality=Clarity&COUNTER"
    )
    login = (
        "http://cam.example/cgi-bin/CGIProxy.fcgi?cmd=snapPicture2&amp;usr=admin&amp;pwd=ZmSecret9"
    )
    assert resolve_url(login, base) == "http://cam.example/cgi-bin/CGIProxy.fcgi?cmd=snapPicture2"


def test_entity_ampersands_elsewhere_stay_as_written() -> None:
    base = "https://index.example/cams.json"
    path = "http://cam.example/a&amp;b/image.jpg"
    assert resolve_url(path, base) == path
    trailing = "http://cam.example/image.jpg?q=1&amp;"
    assert resolve_url(trailing, base) == trailing
    fragment = "http://cam.example/view?cam=1#tab=1&amp;x=2"
    assert resolve_url(fragment, base) == fragment
    plain = "http://cam.example/image.jpg?a=1&b=2"
    assert resolve_url(plain, base) == plain


def test_many_entity_addresses_and_sources_stay_bounded() -> None:
    """Long addresses of entity separators and a large source map read in bounded time."""
    hostile = "http://cam.example/x.jpg?" + "a=1&amp;" * 600 + "&amp;" * 300
    records = [{"id": n, "url": hostile, "name": f"Cam {n}"} for n in range(200)]
    assert len(parse(records)) == 200
    sources = {
        f"stream{n}": {"video": f"rtsp://cam{n}.example/live", "options": "x" * 200}
        for n in range(3000)
    }
    assert len(parse({"urls": sources, "http": {"port": 8000}})) > 0
