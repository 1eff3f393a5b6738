"""Shape classes learnt from holdout batch 6, each over several spellings of the class."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.fieldurls import resolve_url
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://portal.kutim.example/api/list"


def cameras(body: object, base: str = BASE) -> tuple[Camera, ...]:
    """Parse a JSON value or a text as an Automatic portal answer."""
    text = body if isinstance(body, str) else json.dumps(body)
    return parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras


@pytest.mark.parametrize(
    "url",
    [
        "rtsp://admin:pw123@203.0.113.5:554/live",
        "https://user:pw123@cam.kutim.example/hls/a.m3u8",
        "http://:pw123@cam.kutim.example/a.jpg",
        "https://pw123@cam.kutim.example/a.jpg",
    ],
)
def test_user_information_is_never_copied(url: str) -> None:
    """A portal URL written with user:password@ keeps its address, never the login."""
    resolved = resolve_url(url, BASE)
    assert resolved is not None
    assert "pw123" not in resolved and "@" not in resolved
    found = cameras([{"id": "1", "name": "Simpang", "stream_url": url}])
    assert "pw123" not in repr(found[0])


@pytest.mark.parametrize("prefix", ["", "/mtx", "/media/mtx"])
def test_mediamtx_configured_paths(prefix: str) -> None:
    """The configured-path list gives HLS URLs, never the sources, and skips patterns."""
    body = {
        "pageCount": 1,
        "itemCount": 4,
        "items": [
            {"name": "wahau", "source": "rtsp://a:Secret1@10.0.0.5/x", "sourceOnDemand": True},
            {"name": "kaubun", "source": "rtsp://a:Secret1@10.0.0.6/x", "record": False},
            {"name": "~^cam_.*$", "source": "publisher", "sourceOnDemand": False},
            {"name": "all_others", "source": "publisher", "sourceOnDemand": False},
        ],
    }
    found = cameras(body, f"https://nvr.kutim.example{prefix}/v3/config/paths/list")
    assert [c.id for c in found] == ["wahau", "kaubun"]
    for camera in found:
        assert camera.stream_url == f"https://nvr.kutim.example{prefix}/{camera.id}/index.m3u8"
        assert "Secret1" not in repr(camera)


def test_single_shinobi_monitor_object() -> None:
    """Shinobi's answer for one monitor is the monitor object itself."""
    monitor = {"mid": "M1", "ke": "grp", "name": "Gerbang", "status": "Watching"}
    found = cameras(monitor, "https://shinobi.kutim.example/KEY/monitor/grp/M1")
    assert [(c.id, c.stream_url) for c in found] == [
        ("M1", "https://shinobi.kutim.example/KEY/hls/grp/M1/s.m3u8")
    ]


@pytest.mark.parametrize("output", ["cam-a", "live/cam-a", "x1"])
def test_restreamer_core_process_named_by_reference(output: str) -> None:
    """A core process writing its own playlist is read; the reference is its label."""
    process = {
        "id": "p1",
        "reference": "Dermaga Sangkulirang",
        "config": {"output": [{"address": f"{{memfs}}/{output}.m3u8"}]},
        "state": {"exec": "running"},
    }
    found = cameras([process], "https://rs.kutim.example/api/v3/process")
    assert [(c.id, c.raw_name, c.stream_url, c.snapshot_url) for c in found] == [
        ("p1", "Dermaga Sangkulirang", f"https://rs.kutim.example/memfs/{output}.m3u8", None)
    ]


@pytest.mark.parametrize(
    ("id_key", "name_key", "area_key"),
    [("kd_cctv", "nm_cctv", "nm_kec"), ("KdKamera", "NmLokasi", "nm_kecamatan")],
)
def test_abbreviated_columns(id_key: str, name_key: str, area_key: str) -> None:
    """kd_ and nm_ column abbreviations read as kode and nama."""
    rows = [
        {id_key: f"T-{n}", name_key: f"Simpang {n}", area_key: "Teluk Pandan", "u": f"/h/{n}.m3u8"}
        for n in (1, 2)
    ]
    found = cameras({"rows": rows})
    assert [(c.id, c.raw_name, c.area) for c in found] == [
        ("T-1", "Simpang 1", "Teluk Pandan"),
        ("T-2", "Simpang 2", "Teluk Pandan"),
    ]


@pytest.mark.parametrize(
    "noise",
    ["2026-11-30T07:58:19+08:00", "2026-11-30 07:58:19", "2026-11-30", "07:58", "image/png"],
)
def test_timestamps_and_mime_types_are_no_names(noise: str) -> None:
    """A camera without a name is never named by a date, a time or a MIME type."""
    found = cameras([{"camera_id": "1001", "taken": noise, "image": "https://i.example/a.jpg"}])
    assert found[0].raw_name == "1001"


@pytest.mark.parametrize(
    "relation",
    [
        {"data": {"id": 1, "attributes": {"nama": "Sangatta Utara"}}},
        {"attributes": {"name": "Sangatta Utara"}},
        [{"id": "g/1", "name": "Sangatta Utara"}],
        {"id": 4, "nama_kecamatan": "Sangatta Utara"},
    ],
)
def test_area_relations_and_lists(relation: object) -> None:
    """An area given as a CMS relation, a wrapped object or a list reads by its name."""
    key = "areas" if isinstance(relation, list) else "kecamatan"
    found = cameras([{"id": 3, "nama": "Jembatan", key: relation, "hls": "/h/3.m3u8"}])
    assert found[0].area == "Sangatta Utara"


@pytest.mark.parametrize("key", ["media_files", "images", "media"])
def test_media_descriptor_lists_belong_to_their_item(key: str) -> None:
    """A list of {url, type, width} descriptors is the item's media, not a group."""
    item = {
        "id": "kutim.example/1",
        "url": "/api/cameras/kutim.example/1/",
        "name": "Jalan Poros",
        "geography": {"type": "Point", "coordinates": [116.98, 1.02]},
        key: [{"url": "https://img.kutim.example/1.png", "type": "image/png", "width": 300}],
    }
    found = cameras({"cameras": [item]})
    assert [(c.id, c.raw_name, c.snapshot_url, c.stream_url) for c in found] == [
        ("kutim.example/1", "Jalan Poros", "https://img.kutim.example/1.png", None)
    ]


@pytest.mark.parametrize("page_key", ["link", "url", "source"])
def test_media_urls_beat_page_links(page_key: str) -> None:
    """A page link under a stream-like name does not hide a media URL elsewhere."""
    item = {
        "id": 41,
        "title": "Simpang",
        page_key: "https://kutim.example/cctv/simpang/",
        "acf": {"link_cctv": "https://cctv.kutim.example/s3/index.m3u8"},
    }
    found = cameras([item, {**item, "id": 42}])
    assert found[0].stream_url == "https://cctv.kutim.example/s3/index.m3u8"


@pytest.mark.parametrize(("flag", "online"), [(True, True), (False, False), ("ya", True)])
def test_aktif_flags(flag: object, online: bool) -> None:
    """An Indonesian 'aktif' flag gives the online state."""
    found = cameras([{"id": 1, "judul": "Taman", "streamUrl": "/h/1.m3u8", "aktif": flag}])
    assert found[0].online is online


def test_map_points_inside_groups_keep_the_group_area() -> None:
    """A point with coordinates inside a kecamatan gives its cameras the kecamatan's area."""
    body = {
        "kecamatan": [
            {
                "nama": "Bengalon",
                "titik": [
                    {
                        "nama": "Simpang",
                        "lat": 0.83,
                        "lng": 117.77,
                        "cctv": [{"label": f"Simpang {d}", "hls": f"/h/{d}.m3u8"} for d in "ab"],
                    }
                ],
            }
        ]
    }
    found = cameras(body)
    assert [(c.raw_name, c.area, c.latitude) for c in found] == [
        ("Simpang a", "Bengalon", 0.83),
        ("Simpang b", "Bengalon", 0.83),
    ]


@pytest.mark.parametrize(
    "markup",
    [
        '<select><option value="">--</option><option value="{u}">Simpang Tiga</option></select>',
        "<ul><li onclick=\"play('Simpang Tiga','{u}')\">Simpang Tiga</li></ul>",
        '<div><button type="button" onclick=\'tampil("{u}")\'>Simpang Tiga</button></div>',
    ],
)
def test_media_handed_to_a_player(markup: str) -> None:
    """Options and event handlers handing a stream to a player are cameras."""
    url = "https://cctv.kutim.example/live/s3.m3u8"
    found = cameras(f"<html><body>{markup.format(u=url)}</body></html>")
    assert [(c.raw_name, c.stream_url) for c in found] == [("Simpang Tiga", url)]


def test_handlers_without_media_are_no_cameras() -> None:
    """A handler or option value naming a page or a script is not a camera."""
    page = (
        '<html><body><select><option value="/tentang">Tentang</option></select>'
        "<li onclick=\"go('/kontak')\">Kontak</li>"
        '<video src="https://cctv.kutim.example/a.m3u8" title="Simpang"></video></body></html>'
    )
    assert [c.raw_name for c in cameras(page)] == ["Simpang"]


@pytest.mark.parametrize(
    "call", ["L.geoJSON({fc}).addTo(map)", "L.geoJson({fc}, {{}})", "layer.addData({fc})"]
)
def test_data_handed_to_a_map_layer(call: str) -> None:
    """A FeatureCollection literal passed to a map layer is read as a list."""
    fc = json.dumps(
        {
            "type": "FeatureCollection",
            "features": [
                {
                    "type": "Feature",
                    "properties": {"nama": "Kabo", "link": "https://c.kutim.example/k.m3u8"},
                    "geometry": {"type": "Point", "coordinates": [117.53, 0.53]},
                }
            ],
        }
    )
    found = cameras(f"<html><script>{call.format(fc=fc)}</script></html>")
    assert [(c.raw_name, c.latitude, c.longitude) for c in found] == [("Kabo", 0.53, 117.53)]


@pytest.mark.parametrize("library", ["mapboxgl", "maplibregl"])
def test_mapbox_markers(library: str) -> None:
    """Mapbox GL and MapLibre markers give their position and popup media."""
    script = (
        f"new {library}.Marker({{color: '#e00'}}).setLngLat([117.56, 0.52])"
        f".setPopup(new {library}.Popup().setHTML('<h4>Simpang</h4>"
        '<a href="https://c.kutim.example/p.m3u8">Lihat</a>\')).addTo(map);'
    )
    found = cameras(f"<html><body><script>{script}</script></body></html>")
    assert [(c.raw_name, c.latitude, c.longitude, c.stream_url) for c in found] == [
        ("Simpang", 0.52, 117.56, "https://c.kutim.example/p.m3u8")
    ]


@pytest.mark.parametrize(
    ("stream", "kept"),
    [
        ("https://nvr.kutim.example/live/kabo/s.mp4", True),
        ("https://nvr.kutim.example/live/kabo/s.ts?token=1", True),
        ("https://nvr.kutim.example/live/kabo.webm", True),
        ("https://portal.kutim.example/cctv/12", False),
        ("https://portal.kutim.example/cctv/kabo.html", False),
    ],
)
def test_video_file_under_a_stream_field_is_the_stream(stream: str, kept: bool) -> None:
    """A video container under a stream field is the stream, beside a still too; a page
    link only stands in for a camera without media."""
    item = {"id": "1", "name": "Bundaran Kabo", "stream_url": stream, "snapshot": "/s/kabo.jpg"}
    found = cameras([item])
    assert [c.stream_url for c in found] == [stream if kept else None]
    assert found[0].snapshot_url == "https://portal.kutim.example/s/kabo.jpg"


@pytest.mark.parametrize(
    ("url", "slot"),
    [
        ("http://cam.kutim.example/nphMotionJpeg?Resolution=640x480", "mjpeg"),
        ("https://atcs.kutim.example/abs2mjpg/bmjpg?camera=11&t=", "mjpeg"),
        ("http://cam.kutim.example/-wvhttp-01-/GetOneShot?frame_count=0", "mjpeg"),
        ("http://cam.kutim.example/-wvhttp-01-/GetOneShot", "snapshot"),
        ("http://cam.kutim.example/ISAPI/Streaming/channels/101/picture", "snapshot"),
        ("http://cam.kutim.example/stw-cgi/video.cgi?msubmenu=snapshot", "snapshot"),
    ],
)
@pytest.mark.parametrize("field", ["url", "link", "stream"])
def test_device_addresses_go_to_the_slot_they_serve(url: str, slot: str, field: str) -> None:
    """A device's MJPEG route is never read as a video stream, its still never as one."""
    found = cameras([{"id": "1", "nama": "Simpang", field: url}])
    got = {"mjpeg": found[0].mjpeg_url, "snapshot": found[0].snapshot_url}
    assert found[0].stream_url is None
    assert got[slot] == url
    assert [v for k, v in got.items() if k != slot] == [None]
