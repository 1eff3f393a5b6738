"""Shape classes of map-library calls, inline players and more NVR list answers."""

from __future__ import annotations

import json
from urllib.parse import urlencode

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.javascript import call_values, js_to_json
from custom_components.kutim_cctv.portal.parsing.mapjs import player_streams

BASE = "https://portal.kutim.example/peta"
STREAM = "https://stream.kutim.example/hls/simpang/index.m3u8"


def cameras(body: object, base: str = BASE) -> tuple[Camera, ...]:
    """Parse a JSON value or a text as an Automatic portal answer."""
    text = body if isinstance(body, str) else json.dumps(body)
    return parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras


def page(script: str, heading: str = "<h1>Simpang Tiga Sangatta</h1>") -> str:
    """Return an HTML page holding one script."""
    return (
        "<!doctype html><html><head><title>CCTV | Diskominfo</title></head><body>"
        f"{heading}<video id='v'></video><script>{script}</script></body></html>"
    )


# ---------------------------------------------------------------------------
# SRS, Shinobi and ZoneMinder variants
# ---------------------------------------------------------------------------


def _srs(name: str, active: bool, app: str = "live") -> dict[str, object]:
    return {
        "id": f"vid-{name}",
        "name": name,
        "vhost": "__defaultVhost__",
        "app": app,
        "tcUrl": "rtmp://pub:Secret1@10.1.1.1/live",
        "url": f"/{app}/{name}",
        "publish": {"active": active, "cid": "x"},
    }


@pytest.mark.parametrize(
    ("url", "base"),
    [
        ("http://srs.kutim.example:1985/api/v1/streams/", "http://srs.kutim.example:8080"),
        ("https://cctv.kutim.example/srs/api/v1/streams", "https://cctv.kutim.example/srs"),
        ("http://[2001:db8::5]:1985/api/v1/streams/", "http://[2001:db8::5]:8080"),
    ],
)
def test_srs_streams(url: str, base: str) -> None:
    """SRS streams give /{app}/{name}.m3u8 on its HTTP server, online from publish.active."""
    body = {
        "code": 0,
        "server": "vid-1",
        "streams": [_srs("simpang", True), _srs("pinang", False, "cctv/kutim")],
    }
    found = cameras(body, url)
    assert [(c.id, c.raw_name, c.online) for c in found] == [
        ("vid-simpang", "simpang", True),
        ("vid-pinang", "pinang", False),
    ]
    assert found[0].stream_url == f"{base}/live/simpang.m3u8"
    assert found[1].stream_url == f"{base}/cctv/kutim/pinang.m3u8"
    assert "Secret1" not in repr(found) and "rtmp" not in repr(found)


def test_srs_skips_parent_segments() -> None:
    """An app or stream name that climbs out of the server's paths is no camera."""
    body = {
        "code": 0,
        "server": "vid-1",
        "streams": [_srs("ok", True), _srs("..", True), _srs("x", True, "live/../admin")],
    }
    found = cameras(body, "http://srs.kutim.example:1985/api/v1/streams/")
    assert [c.id for c in found] == ["vid-ok"]


@pytest.mark.parametrize(("status", "online"), [("Idle", False), ("Watching", True)])
def test_shinobi_idle_monitors_are_offline(status: str, online: bool) -> None:
    """Shinobi's idle mode is a monitor that does not stream."""
    monitor = {"mid": "A1", "ke": "grp", "name": "Simpang", "status": status, "mode": "idle"}
    found = cameras([monitor], "https://nvr.kutim.example/KEY/monitor/grp")
    assert [(c.id, c.online) for c in found] == [("A1", online)]


_SHINOBI = "https://nvr.kutim.example/KEY"


def _monitor(stream_type: str | None, **fields: object) -> dict[str, object]:
    details = {"muser": "admin", "mpass": "RahasiaKutim1", "auto_host": "rtsp://10.0.0.9/"}
    if stream_type is not None:
        details["stream_type"] = stream_type
    return {"mid": "A1", "ke": "grp", "name": "Simpang", "details": json.dumps(details), **fields}


@pytest.mark.parametrize(
    ("listed", "stream", "mjpeg", "snapshot"),
    [
        ("/KEY/hls/grp/A1/s.m3u8", f"{_SHINOBI}/hls/grp/A1/s.m3u8", None, "jpeg"),
        ("/KEY/mp4/grp/A1/s.mp4", f"{_SHINOBI}/mp4/grp/A1/s.mp4", None, "jpeg"),
        ("/KEY/mp4/grp/A1/s.ts", f"{_SHINOBI}/mp4/grp/A1/s.ts", None, "jpeg"),
        ("/KEY/flv/grp/A1/s.flv", f"{_SHINOBI}/flv/grp/A1/s.flv", None, "jpeg"),
        ("/KEY/mjpeg/grp/A1", None, f"{_SHINOBI}/mjpeg/grp/A1", "jpeg"),
        ("/KEY/jpeg/grp/A1/s.jpg", None, None, "jpeg"),
        ("/KEY/h264/grp/A1", None, None, "jpeg"),
    ],
)
@pytest.mark.parametrize("field", ["streams", "streamsSortedByType"])
def test_shinobi_stream_types(
    listed: str, stream: str | None, mjpeg: str | None, snapshot: str, field: str
) -> None:
    """Each listed Shinobi stream goes to the slot its type names, in either list."""
    kind = listed.split("/")[2]
    value: object = [listed] if field == "streams" else {kind: [listed]}
    found = cameras([_monitor(kind, **{field: value})], f"{_SHINOBI}/monitor/grp")
    assert [(c.stream_url, c.mjpeg_url) for c in found] == [(stream, mjpeg)]
    assert found[0].snapshot_url == f"{_SHINOBI}/{snapshot}/grp/A1/s.jpg"
    assert "RahasiaKutim1" not in repr(found) and "10.0.0.9" not in repr(found)


@pytest.mark.parametrize(
    ("stream_type", "stream", "mjpeg"),
    [
        (None, f"{_SHINOBI}/hls/grp/A1/s.m3u8", None),
        ("hls", f"{_SHINOBI}/hls/grp/A1/s.m3u8", None),
        ("mp4", f"{_SHINOBI}/mp4/grp/A1/s.mp4", None),
        ("flv", f"{_SHINOBI}/flv/grp/A1/s.flv", None),
        ("mjpeg", None, f"{_SHINOBI}/mjpeg/grp/A1"),
        ("jpeg", None, None),
        ("b64", None, None),
        ("h264", None, None),
        ("something-new", f"{_SHINOBI}/hls/grp/A1/s.m3u8", None),
    ],
)
def test_shinobi_unlisted_streams_follow_the_details(
    stream_type: str | None, stream: str | None, mjpeg: str | None
) -> None:
    """A monitor listing no streams gets the address of the type its details name."""
    found = cameras([_monitor(stream_type)], f"{_SHINOBI}/monitor/grp")
    assert [(c.stream_url, c.mjpeg_url) for c in found] == [(stream, mjpeg)]
    assert found[0].snapshot_url == f"{_SHINOBI}/jpeg/grp/A1/s.jpg"


def test_shinobi_prefers_hls_and_ignores_broken_details() -> None:
    """Of several listed streams HLS is the stream; unreadable details change nothing."""
    monitor = _monitor(None, streams=["/KEY/mp4/grp/A1/s.mp4", "/KEY/hls/grp/A1/s.m3u8"])
    monitor["details"] = "{not json" + "x" * 70000
    found = cameras([monitor], f"{_SHINOBI}/monitor/grp")
    assert [c.stream_url for c in found] == [f"{_SHINOBI}/hls/grp/A1/s.m3u8"]


@pytest.mark.parametrize(
    "fields",
    [
        {"Function": "Modect", "Capturing": "None"},
        {"Function": "None", "Capturing": "Always"},
        {"Capturing": "None"},
    ],
)
def test_zoneminder_monitors_that_do_not_capture(fields: dict[str, str]) -> None:
    """A monitor switched off by Function (old) or Capturing (1.36 on) is no camera."""
    body = {
        "monitors": [
            {"Monitor": {"Id": "1", "Name": "On", "Function": "Modect", "Capturing": "Always"}},
            {"Monitor": {"Id": "2", "Name": "Off", **fields}},
        ]
    }
    found = cameras(body, "https://nvr.kutim.example/zm/api/monitors.json")
    assert [c.id for c in found] == ["1"]


# ---------------------------------------------------------------------------
# Positions
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["LatLng", "koordinat", "position", "location"])
def test_list_of_bare_points(key: str) -> None:
    """A position given as a list of bare points is the first point."""
    item = {"nama": "Dermaga", "snapshot": "https://s.kutim.example/a.jpg"}
    item[key] = [{"lat": 0.485, "lng": 117.5711}, {"lat": 1.0, "lng": 118.0}]
    found = cameras([item])
    assert (found[0].latitude, found[0].longitude) == (0.485, 117.5711)


def test_list_of_places_is_no_position() -> None:
    """A list of objects carrying more than a point (map points of a group) is no position."""
    body = {
        "wilayah": [
            {
                "nama_wilayah": "Sangkulirang",
                "titik": [{"id": 1, "nama": "Dermaga", "stream": STREAM, "lat": 1, "lng": 118}],
            },
        ]
    }
    found = cameras(body)
    assert [(c.raw_name, c.area) for c in found] == [("Dermaga", "Sangkulirang")]


@pytest.mark.parametrize(
    "geometry",
    [
        {"type": "point", "longitude": 117.55, "latitude": 0.5},
        {"type": "Point", "lat": 0.5, "lng": 117.55},
        {"type": "Point", "coordinates": [117.55, 0.5]},
    ],
)
def test_point_geometry_with_named_coordinates(geometry: dict[str, object]) -> None:
    """A point geometry gives its position by coordinates or by latitude/longitude."""
    found = cameras([{"name": "Bundaran", "stream": STREAM, "geometry": geometry}])
    assert (found[0].latitude, found[0].longitude) == (0.5, 117.55)


# ---------------------------------------------------------------------------
# Object literals handed to library calls
# ---------------------------------------------------------------------------


def test_repeated_constructor_objects_are_a_list() -> None:
    """Objects given to the same constructor once per camera (ArcGIS Graphic) are a list."""
    graphic = (
        "layer.add(new Graphic({{geometry: {{type: 'point', longitude: {lng}, latitude: 0.5}}, "
        "symbol: sym, attributes: {{Nama: '{name}', Stream: '{url}'}}, popupTemplate: tpl}}));"
    )
    script = "const sym = {type: 'simple-marker'};" + "".join(
        graphic.format(lng=117.5 + n / 100, name=f"Titik {n}", url=f"https://s.example/{n}.m3u8")
        for n in range(3)
    )
    found = cameras(page(script))
    assert [(c.raw_name, c.longitude) for c in found] == [
        ("Titik 0", 117.5),
        ("Titik 1", 117.51),
        ("Titik 2", 117.52),
    ]


@pytest.mark.parametrize(
    "script",
    [
        (
            "jwplayer('p').setup({playlist: [{title: 'Simpang', image: '/t.jpg', "
            "sources: [{file: '/live/a.m3u8', type: 'hls'}]}], primary: 'html5'});"
        ),
        (
            "map.addSource('cctv', {type: 'geojson', data: {type: 'FeatureCollection', features: "
            "[{type: 'Feature', geometry: {type: 'Point', coordinates: [117.5, 0.5]}, "
            "properties: {title: 'Simpang', stream: '/live/a.m3u8'}}]}, cluster: true});"
        ),
        "flowplayer('#p', {playlist: [{title: 'Simpang', sources: [{src: '/live/a.m3u8'}]}]});",
    ],
)
def test_object_with_a_list_handed_to_a_call(script: str) -> None:
    """An object given once counts when it holds a list (a playlist, a map source)."""
    found = cameras(page(script, heading=""))
    assert [(c.raw_name, c.stream_url) for c in found] == [
        ("Simpang", "https://portal.kutim.example/live/a.m3u8")
    ]


@pytest.mark.parametrize(
    "script",
    [
        "var a = L.icon({iconUrl: '/img/cam.png'}); var b = L.icon({iconUrl: '/img/cam2.png'});",
        "new ol.style.Icon({src: '/img/a.png'}); new ol.style.Icon({src: '/img/b.png'});",
        (
            "L.tileLayer('https://{s}.tile.example/{z}/{x}/{y}.png', {attribution: 'x'});"
            "L.tileLayer('https://{s}.tile2.example/{z}/{x}/{y}.png', {attribution: 'y'});"
        ),
        "$.ajax({url: '/api/snapshot.jpg', type: 'GET'});",
    ],
)
def test_icons_styles_and_options_are_no_cameras(script: str) -> None:
    """Icons, styles, tile layers and a single options object never become cameras."""
    with pytest.raises(PortalFormatError):
        cameras(page(script, heading=""))


def test_lenient_literals_only_null_bare_variables() -> None:
    """A bare variable as a value reads as null; member access and calls still fail."""
    assert json.loads(js_to_json("{a: sym, b: [x, 1]}", lenient=True) or "") == {
        "a": None,
        "b": [None, 1],
    }
    assert js_to_json("{a: sym}") is None
    assert js_to_json("{a: cams[0].source}", lenient=True) is None
    assert js_to_json("{a: f(1)}", lenient=True) is None


def test_call_scan_is_bounded() -> None:
    """A script made of endless calls is read up to the candidate cap, quickly."""
    script = "g({a: [{b: 1}]});" * 50_000 + "h({x: [{y: 2}]});"
    values = call_values(script)
    assert len(values) == 1 and isinstance(values[0], list)
    assert len(values[0]) == 200  # every candidate went to the first call


# ---------------------------------------------------------------------------
# Streams handed to a player by a script
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "script",
    [
        f"var hls = new Hls(); hls.loadSource('{STREAM}'); hls.attachMedia(v);",
        f'var videoSrc = "{STREAM}"; if (Hls.isSupported()) {{ hls.loadSource(videoSrc); }}',
        f"video.src = '{STREAM}';",
        f"var player = videojs('v'); player.src({{src: '{STREAM}', type: 'application/x-mpegURL'}});",
        f"new Clappr.Player({{source: '{STREAM}', parentId: '#p', mute: true}});",
        f"jwplayer('p').setup({{file: '{STREAM}', width: 640}});",
        f"videojs('v', {{sources: [{{src: '{STREAM}', type: 'application/x-mpegURL'}}]}});",
    ],
)
def test_stream_handed_to_a_player(script: str) -> None:
    """A stream a script hands to a player is a camera named by the page heading."""
    found = cameras(page(script))
    assert [(c.raw_name, c.stream_url) for c in found] == [("Simpang Tiga Sangatta", STREAM)]


def test_player_stream_without_heading_takes_the_title() -> None:
    """Without a heading the page title names the camera."""
    found = cameras(page(f"hls.loadSource('{STREAM}');", heading=""))
    assert [c.raw_name for c in found] == ["CCTV | Diskominfo"]


@pytest.mark.parametrize(
    "script",
    [
        "video.src = '/img/poster.jpg';",
        "new Clappr.Player({source: cams[0].source, poster: '/p.jpg'});",
        "hls.loadSource(url);",
        "var s = 'https://example.com/page.html'; hls.loadSource(s);",
    ],
)
def test_non_streams_handed_to_players_are_no_cameras(script: str) -> None:
    """Images, pages and values that are not literals are never player cameras."""
    with pytest.raises(PortalFormatError):
        cameras(page(script))


def test_player_streams_are_capped() -> None:
    """A script naming endless streams yields a bounded number of them."""
    script = "".join(f"hls.loadSource('/live/{n}.m3u8');" for n in range(5000))
    assert len(player_streams(script, BASE)) == 50


def test_player_stream_shown_elsewhere_is_not_repeated() -> None:
    """A stream already read from the page's markup is not a second camera."""
    markup = (
        "<!doctype html><html><body><div class='card'><h3>Polder</h3>"
        f"<video data-hls='{STREAM}'></video></div>"
        f"<script>hls.loadSource('{STREAM}');</script></body></html>"
    )
    found = cameras(markup)
    assert [(c.raw_name, c.stream_url) for c in found] == [("Polder", STREAM)]


# ---------------------------------------------------------------------------
# go2rtc's answer for one stream
# ---------------------------------------------------------------------------

_GO2RTC_ONE = {
    "producers": [{"url": "rtsp://admin:Go2Pass@10.40.3.2:554/live", "remote_addr": "10.40.3.2"}],
    "consumers": None,
}


@pytest.mark.parametrize(
    ("url", "name", "base"),
    [
        (
            "http://g.kutim.example:1984/api/streams?src=gerbang",
            "gerbang",
            "http://g.kutim.example:1984/api",
        ),
        (
            "https://cctv.kutim.example/go2rtc/api/streams?src=simpang+lima&video=all",
            "simpang lima",
            "https://cctv.kutim.example/go2rtc/api",
        ),
        (
            "https://cctv.kutim.example/api/streams/?src=a%2Fb",
            "a/b",
            "https://cctv.kutim.example/api",
        ),
    ],
)
def test_go2rtc_answer_for_one_stream(url: str, name: str, base: str) -> None:
    """The answer for ?src=name is that stream: named by src, never by its producers."""
    found = cameras(_GO2RTC_ONE, url)
    assert [(c.id, c.raw_name) for c in found] == [(name, name)]
    src = urlencode({"src": name})
    assert found[0].stream_url == f"{base}/stream.m3u8?{src}"
    assert found[0].snapshot_url == f"{base}/frame.jpeg?{src}"
    assert "Go2Pass" not in repr(found) and "10.40.3.2" not in repr(found)


@pytest.mark.parametrize(
    "url", ["http://g.kutim.example:1984/api/streams", "https://a.example/x?src="]
)
def test_go2rtc_stream_without_a_name_is_no_camera(url: str) -> None:
    """Without a src the producers' device addresses are never read as cameras."""
    assert cameras(_GO2RTC_ONE, url) == ()
