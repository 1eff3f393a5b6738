"""Readers after holdout 27: login-bearing inputs, relative script media, setup functions, KML ids.

* a list whose only media is each camera's own RTSP address with a login merged in
  (``rtspUrl``, ``rtsp_url``, ``source``) and a name keeps the address and drops the
  login; a recorder channel's login-bearing input beside media of its own, and a media
  server's unnamed record publishing a path, keep it an input;
* a live media path next to the page (``../hls/a/index.m3u8``, ``media/a/playlist.m3u8``)
  is read from a script object's field of unknown name and from a map feature's options,
  and a stream file named after a place ending in a decoration word (``tlogo.flv``) is
  still a stream;
* a page defining one hls.js setup function per player (the same local names in each)
  gives one camera per player, named by its card and placed by the card's place line;
* bare-number ``Placemark`` ids in a document numbering its other elements the same way
  (simplekml) are no camera ids.
"""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cctv.kutim.example/peta/"


def cameras(text: str, base_url: str = BASE) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False).cameras


# --- login-bearing device inputs ----------------------------------------------------


def test_a_login_bearing_rtsp_input_alone_is_kept_without_its_login() -> None:
    body = (
        '[{"id": "a1", "name": "Gudang", "rtspUrl": "rtsp://admin:AntPass77@192.168.1.64:554/ch1"},'
        ' {"id": "a2", "name": "Kasir", "rtsp_url": "rtsp://viewer@192.168.1.65:554/ch2"},'
        ' {"id": "a3", "name": "Parkir", "source": "rtsp://admin:AntPass77@192.168.1.66/ch3"}]'
    )
    found = cameras(body)
    assert [(c.id, c.stream_url) for c in found] == [
        ("a1", "rtsp://192.168.1.64:554/ch1"),
        ("a2", "rtsp://192.168.1.65:554/ch2"),
        ("a3", "rtsp://192.168.1.66/ch3"),
    ]
    assert all("AntPass77" not in repr(camera) and "viewer" not in repr(camera) for camera in found)


def test_a_recorder_channels_login_bearing_input_beside_its_still_stays_an_input() -> None:
    body = (
        '{"Channels": [{"Channel": 1, "Name": "Simpang", "Url": '
        '"rtsp://admin:AntPass77@192.168.10.11:554/ch1", "SnapURL": "/snap/1.jpg"},'
        ' {"Channel": 2, "Name": "Pasar", "Url": '
        '"rtsp://admin:AntPass77@192.168.10.12:554/ch1", "SnapURL": "/snap/2.jpg"}]}'
    )
    found = cameras(body, "https://nvr.kutim.example/api/v1/getchannels")
    assert [c.stream_url for c in found] == [None, None]
    assert [c.snapshot_url for c in found] == [
        "https://nvr.kutim.example/snap/1.jpg",
        "https://nvr.kutim.example/snap/2.jpg",
    ]


def test_a_media_servers_unnamed_record_keeps_its_input_unread() -> None:
    body = (
        '{"rows": [{"id": "p1", "path": "/live/k1", "source": '
        '"rtsp://admin:AntPass77@10.0.0.1/ch1"}, {"id": "p2", "path": "/live/k2", '
        '"source": "rtsp://admin:AntPass77@10.0.0.2/ch1"}]}'
    )
    with pytest.raises(PortalFormatError) as err:
        cameras(body, "https://stream.kutim.example/api/v1/pushers")
    assert "AntPass77" not in str(err.value)


def test_an_input_without_an_address_gives_no_camera() -> None:
    body = (
        '[{"id": "a1", "name": "Gudang", "rtspUrl": "rtsp://admin:AntPass77@192.168.1.64/ch1"},'
        ' {"id": "a2", "name": "Ngrok", "rtspUrl": "tcp://0.tcp.ngrok.example:14825/h264"}]'
    )
    assert [c.id for c in cameras(body)] == ["a1"]


# --- relative media in script objects -------------------------------------------------


def test_a_relative_stream_path_under_an_unknown_field_is_read() -> None:
    script = (
        'var data = {"halte": ['
        '{"kode": "H1", "nama": "Giwangan", "siaran": "https://cctv.kutim.example/hls/a/index.m3u8"},'
        '{"kode": "H2", "nama": "Kusumanegara", "siaran": "../hls/b/index.m3u8"},'
        '{"kode": "H3", "nama": "Malioboro", "siaran": "hls/c.flv"}]};'
    )
    found = cameras(script)
    assert [(c.id, c.stream_url) for c in found] == [
        ("H1", "https://cctv.kutim.example/hls/a/index.m3u8"),
        ("H2", "https://cctv.kutim.example/hls/b/index.m3u8"),
        ("H3", "https://cctv.kutim.example/peta/hls/c.flv"),
    ]


def test_a_relative_picture_or_page_under_an_unknown_field_is_no_stream() -> None:
    script = (
        'var data = {"halte": ['
        '{"kode": "H1", "nama": "Giwangan", "siaran": "https://cctv.kutim.example/hls/a/index.m3u8"},'
        '{"kode": "H2", "nama": "Gembira", "siaran": "img/halte.jpg"},'
        '{"kode": "H3", "nama": "Tugu", "siaran": "lihat/tugu.php"},'
        '{"kode": "H4", "nama": "Kota", "siaran": "Kota Baru 2"}]};'
    )
    assert [c.id for c in cameras(script)] == ["H1"]


def test_the_camera_field_may_hold_a_relative_stream_path() -> None:
    script = (
        'var s = {"stations": ['
        '{"id": 1, "name": "Kota", "lat": "-6.13", "lng": "106.81", '
        '"cctv": "https://cctv.kutim.example/hls/kota/index.m3u8"},'
        '{"id": 2, "name": "Harmoni", "lat": "-6.16", "lng": "106.82", '
        '"cctv": "../hls/harmoni/index.m3u8"}]};'
    )
    found = cameras(script)
    assert [c.stream_url for c in found] == [
        "https://cctv.kutim.example/hls/kota/index.m3u8",
        "https://cctv.kutim.example/hls/harmoni/index.m3u8",
    ]


def test_an_openlayers_feature_with_relative_media_paths() -> None:
    page = """<html><body><div id="map"></div><script>
var a = new ol.Feature({geometry: new ol.geom.Point(ol.proj.fromLonLat([110.2, -7.3])),
  name: 'Telaga', kecamatan: 'Grabag', hls: 'https://media.kutim.example/live/a.m3u8'});
var b = new ol.Feature({geometry: new ol.geom.Point(ol.proj.fromLonLat([110.3, -7.4])),
  name: 'Candi', kecamatan: 'Borobudur', hls: 'media/candi/playlist.m3u8',
  thumb: './media/candi/thumb.jpg'});
var c = new ol.Feature({geometry: new ol.geom.Point(ol.proj.fromLonLat([110.4, -7.5])),
  name: 'Pasar', kecamatan: 'Borobudur', hls: 'Pasar Baru'});
</script></body></html>"""
    found = cameras(page)
    assert [(c.name, c.stream_url, c.snapshot_url) for c in found] == [
        ("Telaga", "https://media.kutim.example/live/a.m3u8", None),
        (
            "Candi",
            "https://cctv.kutim.example/peta/media/candi/playlist.m3u8",
            "https://cctv.kutim.example/peta/media/candi/thumb.jpg",
        ),
    ]


def test_a_stream_file_named_after_a_place_ending_in_logo_is_a_stream() -> None:
    body = (
        '[{"nama": "Simpang Tlogo", "video": "https://atcs.kutim.example/live/tlogo.flv"},'
        ' {"nama": "Tlogo Wetan", "video": "https://atcs.kutim.example/hls/tlogo/index.m3u8"}]'
    )
    assert [c.stream_url for c in cameras(body)] == [
        "https://atcs.kutim.example/live/tlogo.flv",
        "https://atcs.kutim.example/hls/tlogo/index.m3u8",
    ]


def test_a_logo_picture_is_still_no_still() -> None:
    body = (
        '[{"nama": "Simpang", "video": "https://atcs.kutim.example/live/a.flv",'
        ' "lampiran": "https://atcs.kutim.example/assets/sitelogo.png"},'
        ' {"nama": "Pasar", "video": "https://atcs.kutim.example/live/b.flv",'
        ' "lampiran": "https://atcs.kutim.example/assets/sitelogo.png"}]'
    )
    assert [c.snapshot_url for c in cameras(body)] == [None, None]


# --- one hls.js setup function per player ---------------------------------------------


def _function(number: int, source: str) -> str:
    return f"""function streamVideo{number}() {{
  var videoSrc = '{source}';
  var video = document.getElementById('player{number}');
  if (Hls.isSupported()) {{ var hls = new Hls(); hls.loadSource(videoSrc); hls.attachMedia(video); }}
  else if (video.canPlayType('application/vnd.apple.mpegurl')) {{ video.src = videoSrc; }}
}}
"""


def _card(number: int, title: str, place: str) -> str:
    return (
        f'<div class="col"><h5>{title}</h5><p class="small">{place}</p>'
        f'<video id="player{number}" controls poster="img/p{number}.jpg"></video></div>'
    )


def test_one_setup_function_per_player_gives_one_camera_each() -> None:
    script = (
        _function(1, "https://live.kutim.example/hls/a.m3u8")
        + _function(2, "https://live.kutim.example/hls/b.m3u8")
        + _function(3, "hls/c.m3u8")
    )
    page = (
        f"<html><head><script>{script}</script></head><body>"
        + _card(1, "Dermaga Satu", "Kec. Sangatta Utara")
        + _card(2, "Terminal Dua", "Kec. Sangatta Utara")
        + _card(3, "Gerbang Tiga", "Kec. Bengalon")
        + "</body></html>"
    )
    found = cameras(page)
    assert [(c.name, c.area, c.stream_url, c.snapshot_url) for c in found] == [
        (
            "Dermaga Satu",
            "Sangatta Utara",
            "https://live.kutim.example/hls/a.m3u8",
            "https://cctv.kutim.example/peta/img/p1.jpg",
        ),
        (
            "Terminal Dua",
            "Sangatta Utara",
            "https://live.kutim.example/hls/b.m3u8",
            "https://cctv.kutim.example/peta/img/p2.jpg",
        ),
        (
            "Gerbang Tiga",
            "Bengalon",
            "https://cctv.kutim.example/peta/hls/c.m3u8",
            "https://cctv.kutim.example/peta/img/p3.jpg",
        ),
    ]


def test_a_card_without_a_place_line_gives_no_area() -> None:
    script = _function(1, "https://live.kutim.example/hls/a.m3u8") + _function(
        2, "https://live.kutim.example/hls/b.m3u8"
    )
    page = (
        f"<html><head><script>{script}</script></head><body>"
        + _card(1, "Dermaga Satu", "Pantauan 24 jam")
        + _card(2, "Terminal Dua", "")
        + "</body></html>"
    )
    assert [(c.name, c.area) for c in cameras(page)] == [
        ("Dermaga Satu", None),
        ("Terminal Dua", None),
    ]


def test_a_single_setup_with_its_names_set_once_is_unchanged() -> None:
    page = (
        "<html><head><script>var src = 'https://live.kutim.example/hls/a.m3u8';"
        "var v = document.getElementById('player1'); var hls = new Hls();"
        "hls.loadSource(src); hls.attachMedia(v);</script></head><body>"
        + _card(1, "Dermaga Satu", "")
        + "</body></html>"
    )
    assert [(c.name, c.stream_url) for c in cameras(page)] == [
        ("Dermaga Satu", "https://live.kutim.example/hls/a.m3u8")
    ]


def test_many_setup_functions_stay_bounded() -> None:
    """Thousands of setup functions reusing their names cost little (timed by the bench)."""
    script = "".join(
        _function(number, f"https://live.kutim.example/hls/{number}.m3u8") for number in range(3000)
    )
    script += "hls.loadSource(videoSrc); hls.attachMedia(video);" * 20000
    page = f"<html><head><script>{script}</script></head><body>" + "".join(
        _card(number, f"Pos {number}", "Kec. Bengalon") for number in range(300)
    )
    found = cameras(page + "</body></html>")
    assert 0 < len(found) <= 1000


# --- KML generator ids ----------------------------------------------------------------


def _kml(document_id: str, style_id: str, placemarks: list[tuple[str, str, str]]) -> str:
    marks = "".join(
        f'<Placemark id="{mark_id}"><name>{name}</name>'
        f'<description>&lt;img src="https://atcs.kutim.example/snap/{snap}.jpg"/&gt;</description>'
        f'<Point id="{int(mark_id) - 1 if mark_id.isdigit() else "p"}">'
        "<coordinates>117.5,0.5,0</coordinates></Point></Placemark>"
        for mark_id, name, snap in placemarks
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2">'
        f'<Document id="{document_id}"><Style id="{style_id}"/>{marks}</Document></kml>'
    )


def test_simplekml_running_numbers_are_no_camera_ids() -> None:
    kml = _kml("1", "2", [("4", "Simpang", "a"), ("6", "Pasar", "b")])
    found = cameras(kml, "https://atcs.kutim.example/cctv.kml")
    assert [c.name for c in found] == ["Simpang", "Pasar"]
    assert all(c.id not in ("4", "6") for c in found)


def test_bare_number_placemark_ids_alone_are_camera_ids() -> None:
    kml = (
        '<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2">'
        '<Document><Style id="camera"/>'
        '<Placemark id="9818"><name>Simpang</name><description>&lt;img '
        'src="https://atcs.kutim.example/snap/a.jpg"/&gt;</description>'
        "<Point><coordinates>117.5,0.5,0</coordinates></Point></Placemark>"
        "</Document></kml>"
    )
    assert [c.id for c in cameras(kml, "https://atcs.kutim.example/cctv.kml")] == ["9818"]


def test_named_placemark_ids_beside_numbered_elements_stay_camera_ids() -> None:
    kml = _kml("1", "2", [("SGT-01", "Simpang", "a"), ("SGT-02", "Pasar", "b")])
    found = cameras(kml, "https://atcs.kutim.example/cctv.kml")
    assert [c.id for c in found] == ["SGT-01", "SGT-02"]
