"""Readers after holdout 27: outputs typed by protocol, popup place lines.

* a list of one camera's outputs typed by protocol (``urls: [{type: "http_flv", url},
  {type: "rtmp", url}]``, also under ``outputs``, ``sources``, ``playback``) gives the
  camera's stream from the type a web player plays (HLS, then FLV and MP4, then DASH and
  WebRTC) whatever its address looks like; an RTMP, RTSP or SRT entry makes the list
  no less an output list, and an entry naming itself a publish or ingest address is
  never read;
* a map popup's place line, right after its emphasised title (one ``<small>`` element,
  or an element classed as a place: ``location``, ``district``, ``area``), is the
  camera's area, as a card's place line is; a note (a sentence), a time or date, a
  state word, a plain text line or a line of another class never is;
* a reload script picking each picture by an id prefix joined to the camera's key
  (``getElementById('imageWebcam' + key)``, ``getElementById(`cam-${id}`)``,
  ``$('#cam_' + key)``) makes every ``<img>`` whose id carries that prefix a camera,
  keyed by the rest of its id; a picture without an address takes the one the script's
  table of keys gives (``{key: '…jpg'}``), and that table is no camera of its own;
* a town or village (``town``, ``pueblo``, ``población``), a parish (``parroquia``), a
  Catalan or Asturian municipality (``municipi``, ``concejo``) and a municipality written
  as its name (``nombre_municipio``, ``municipality_name``, ``nome_comune``) are finer
  than a region, comarca, island, state or province beside them and are the area.
"""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.refresh import refreshed_images

BASE = "https://cams.example/"


def cameras(text: str, base_url: str = BASE) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False).cameras


# --- outputs typed by protocol ----------------------------------------------------------


def _streams(*outputs: list[dict[str, str]], key: str = "urls") -> str:
    """A stream server's list: one stream per output list, named cam1, cam2, …"""
    return json.dumps(
        {
            "streams": [
                {"app": "live", "name": f"cam{number}", key: entries}
                for number, entries in enumerate(outputs, start=1)
            ]
        }
    )


def test_a_typed_http_flv_output_is_the_stream_beside_an_rtmp_one() -> None:
    flv = "https://s.example/flv?app=live&stream=cam{}"
    body = _streams(
        *(
            [
                {"type": "http_flv", "url": flv.format(number)},
                {"type": "rtmp", "url": f"rtmp://s.example/live/cam{number}"},
            ]
            for number in (1, 2)
        )
    )
    first, second = cameras(body)
    assert (first.name, first.stream_url) == ("cam1", flv.format(1))
    assert (second.name, second.stream_url) == ("cam2", flv.format(2))


def test_typed_hls_goes_before_flv_and_flv_before_dash() -> None:
    body = _streams(
        [
            {"type": "http_flv", "url": "https://s.example/play/flv?s=1"},
            {"type": "hls", "url": "https://s.example/play/hls?s=1"},
        ],
        [
            {"format": "dash", "url": "https://s.example/play/dash?s=2"},
            {"format": "flv", "url": "https://s.example/play/flv?s=2"},
        ],
        key="outputs",
    )
    first, second = cameras(body)
    assert first.stream_url == "https://s.example/play/hls?s=1"
    assert second.stream_url == "https://s.example/play/flv?s=2"


def test_a_typed_web_output_goes_before_rtsp() -> None:
    body = _streams(
        [
            {"type": "rtsp", "url": "rtsp://s.example:8554/cam1"},
            {"type": "mp4", "url": "https://s.example/live/cam1?fmt=mp4"},
        ],
        [
            {"type": "rtsp", "url": "rtsp://s.example:8554/cam2"},
            {"type": "mp4", "url": "https://s.example/live/cam2?fmt=mp4"},
        ],
        key="playback",
    )
    assert [c.stream_url for c in cameras(body)] == [
        "https://s.example/live/cam1?fmt=mp4",
        "https://s.example/live/cam2?fmt=mp4",
    ]


def test_a_publish_entry_is_never_the_stream() -> None:
    body = _streams(
        [
            {"type": "publish", "url": "https://s.example/ingest/whip?stream=cam1"},
            {"type": "webrtc", "url": "https://s.example/whep/?stream=cam1"},
        ],
        [
            {"type": "publish", "url": "https://s.example/ingest/whip?stream=cam2"},
            {"type": "hls", "url": "https://s.example/play/hls?stream=cam2"},
        ],
    )
    first, second = cameras(body)
    assert first.stream_url == "https://s.example/whep/?stream=cam1"
    assert second.stream_url == "https://s.example/play/hls?stream=cam2"


def test_only_rtmp_and_publish_entries_give_no_camera() -> None:
    body = _streams(
        [
            {"type": "rtmp", "url": "rtmp://s.example/live/cam1"},
            {"type": "publish", "url": "https://s.example/ingest?stream=cam1"},
        ],
        [{"type": "http_flv", "url": "https://s.example/flv?stream=cam2"}],
    )
    (only,) = cameras(body)
    assert (only.name, only.stream_url) == ("cam2", "https://s.example/flv?stream=cam2")


def test_an_untyped_address_without_a_media_shape_is_no_stream() -> None:
    body = _streams(
        [
            {"type": "page", "url": "https://s.example/watch?stream=cam1"},
            {"type": "hls", "url": "https://s.example/hls/cam1.m3u8"},
        ],
        [{"type": "http_flv", "url": "https://s.example/flv?stream=cam2"}],
    )
    first, _second = cameras(body)
    assert first.stream_url == "https://s.example/hls/cam1.m3u8"


# --- popup place lines ------------------------------------------------------------------


def _leaflet(*popups: str) -> str:
    """A Leaflet page: one divIcon marker per popup, each with a still of its own."""
    markers = "".join(
        f"L.marker([-13.9{number}, 33.7{number}], {{icon: pin}}).addTo(map).bindPopup("
        f"{json.dumps(popup.replace('STILL', f'/snap/{number}.jpg'))});\n"
        for number, popup in enumerate(popups, start=1)
    )
    return (
        "<html><body><div id='map'></div><script>\n"
        "var map = L.map('map').setView([-13.97, 33.77], 13);\n"
        "var pin = L.divIcon({html: '<i class=\"fa fa-camera\"></i>', className: ''});\n"
        f"{markers}</script></body></html>"
    )


def test_a_small_line_under_a_popup_title_is_the_area() -> None:
    page = _leaflet(
        "<div><b>Presidential Way</b><br><small>City Centre</small><img src='STILL'></div>",
        "<div><strong>Old Town Depot</strong><br><small>Area 2</small><img src='STILL'></div>",
    )
    first, second = cameras(page)
    assert (first.name, first.area) == ("Presidential Way", "City Centre")
    assert (second.name, second.area) == ("Old Town Depot", "Area 2")


def test_a_place_classed_line_under_a_heading_is_the_area() -> None:
    page = _leaflet(
        "<h4>Clifton 4th</h4><span class='cam-location'>Clifton</span><img src='STILL'>",
        "<h4>Llandudno</h4><div class='district'>Hout Bay</div><img src='STILL'>",
    )
    assert [(c.name, c.area) for c in cameras(page)] == [
        ("Clifton 4th", "Clifton"),
        ("Llandudno", "Hout Bay"),
    ]


def test_a_labelled_line_still_goes_first() -> None:
    page = _leaflet(
        "<b>Simpang Lima</b><br><small>Pusat</small><br>Kecamatan: Bengalon<img src='STILL'>",
        "<b>Pasar Induk</b><br><small>Utara</small><img src='STILL'>",
    )
    first, second = cameras(page)
    assert (first.area, second.area) == ("Bengalon", "Utara")


def test_notes_times_states_and_plain_lines_are_no_area() -> None:
    page = _leaflet(
        "<b>Ferry Terminal</b><br><small>Updated every 5 minutes.</small><img src='STILL'>",
        "<b>Market Gate</b><br><small>12/11 08:30</small><img src='STILL'>",
        "<b>Bus Depot</b><br><small>Online</small><img src='STILL'>",
        "<b>Big Bay</b><br>Camera on the lifeguard tower<img src='STILL'>",
        "<h4>Muizenberg</h4><span class='cam-note'>Facing south-east</span><img src='STILL'>",
        "<b>Harbour</b><br><small>Harbour</small><img src='STILL'>",
        "<b>Long Note</b><br><small>one two three four five six seven</small><img src='STILL'>",
    )
    found = cameras(page)
    assert len(found) == 7
    assert [c.area for c in found] == [None] * 7


def test_many_popup_titles_and_breaks_stay_bounded() -> None:
    hostile = ("<b>" + "x" * 150 + "</b>" + "<br>" * 5 + "<div class='a'>" * 2) * 120
    page = _leaflet(
        hostile + "<img src='STILL'>", "<b>Pasar</b><br><small>Utara</small><img src='STILL'>"
    )
    found = cameras(page)
    assert found[-1].area == "Utara"


# --- pictures a reload script picks by an id prefix -------------------------------------


def _sections(images: str, script: str) -> str:
    return (
        f"<html><body><main><h2>Sector A</h2>{images}</main><script>{script}</script></body></html>"
    )


def _section(title: str, image: str) -> str:
    return f'<section class="block"><h3>{title}</h3><div class="frame">{image}</div></section>'


_RELOAD = (
    "document.querySelectorAll('button[data-webcam-name]').forEach(function (btn) {"
    " var img = document.getElementById('imageWebcam' + btn.dataset.webcamName);"
    " setInterval(function () { img.src = img.dataset.webcamSrc + '?t=' + Date.now(); }, 60000);"
    " });"
)


def test_pictures_picked_by_an_id_prefix_are_cameras_keyed_by_the_rest() -> None:
    images = "".join(
        _section(title, f'<img id="imageWebcam{key}" src="/upload/{key}.jpg" alt="">')
        for title, key in (("Pont nord", "pontnord"), ("Pont sud", "pontsud"))
    )
    found = cameras(_sections(images, _RELOAD))
    assert [(c.id, c.name, c.snapshot_url) for c in found] == [
        ("pontnord", "Pont nord", "https://cams.example/upload/pontnord.jpg"),
        ("pontsud", "Pont sud", "https://cams.example/upload/pontsud.jpg"),
    ]


def test_a_template_or_jquery_prefix_picks_pictures_too() -> None:
    images = "".join(
        _section(title, f'<img id="cam-snapshot-{key}" src="/snap/{key}.jpg" alt="">')
        for title, key in (("Quai", "quai"), ("Chenal", "chenal"))
    )
    template = (
        "setInterval(() => { ids.forEach((id) => { const el = "
        "document.getElementById(`cam-snapshot-${id}`); "
        "el.src = el.src.split('?')[0] + '?t=' + new Date().getTime(); }); }, 30000);"
    )
    assert [c.id for c in cameras(_sections(images, template))] == ["quai", "chenal"]
    jquery = (
        "setInterval(function () { $.each(ids, function (i, k) { "
        "$('#cam-snapshot-' + k).attr('src', '/snap/' + k + '.jpg?' + Math.random()); }); }, 5000);"
    )
    assert [c.id for c in cameras(_sections(images, jquery))] == ["quai", "chenal"]


def test_a_table_of_addresses_by_key_gives_pictures_without_one() -> None:
    images = "".join(
        _section(title, f'<img id="kam_{key}" alt="">')
        for title, key in (("Glavni trg", "glavni_trg"), ("Krožišče", "krozisce"))
    )
    script = (
        "var KAMERE = {glavni_trg: 'https://k.example/glavni_trg.jpg',"
        " krozisce: 'https://k.example/krozisce.jpg', sever: 'https://k.example/sever.jpg'};"
        "function osvezi() { var t = new Date().getTime();"
        " for (var k in KAMERE) { var el = document.getElementById('kam_' + k);"
        " if (el) { el.src = KAMERE[k] + '?t=' + t; } } }"
        "setInterval(osvezi, 60000);"
    )
    found = cameras(_sections(images, script))
    assert [(c.id, c.name, c.snapshot_url) for c in found] == [
        ("glavni_trg", "Glavni trg", "https://k.example/glavni_trg.jpg"),
        ("krozisce", "Krožišče", "https://k.example/krozisce.jpg"),
    ]


def test_pictures_outside_the_prefix_or_without_a_reload_are_not_keyed() -> None:
    images = _section("Pont nord", '<img id="imageWebcampontnord" src="/upload/n.jpg" alt="">')
    images += _section("Pont sud", '<img id="imageWebcampontsud" src="/upload/s.jpg" alt="">')
    images += '<aside><img id="bandeau" src="/img/bandeau.jpg" alt=""></aside>'
    found = cameras(_sections(images, _RELOAD))
    assert [(c.id, c.name) for c in found] == [("pontnord", "Pont nord"), ("pontsud", "Pont sud")]
    # The same id prefix in a script that reloads nothing (no timer, no cache-buster).
    still = "var img = document.getElementById('imageWebcam' + key); img.classList.add('x');"
    page = _sections(
        _section("Pont nord", '<img id="imageWebcampontnord" src="/upload/n.jpg" alt="">')
        + _section("Pont sud", '<img id="imageWebcampontsud" src="/upload/s.jpg" alt="">'),
        still,
    )
    with pytest.raises(PortalFormatError):
        cameras(page)  # unlabelled pictures outside cards, reloaded by nothing: no cameras


def test_a_rest_that_is_no_plain_key_gives_no_id() -> None:
    images = "".join(
        _section(title, f'<img id="imageWebcam{rest}" src="/upload/{number}.jpg" alt="">')
        for number, (title, rest) in enumerate((("Nord", ".x"), ("Sud", ":2")))
    )
    found = cameras(_sections(images, _RELOAD))
    assert [c.name for c in found] == ["Nord", "Sud"]
    assert all(c.id.startswith("k-") for c in found)


def test_many_prefixes_and_pairs_in_a_large_reload_script_stay_bounded() -> None:
    timer = "setInterval(function () { x.src = Date.now(); });"
    prefixes = "".join(f"document.getElementById('pre{n}_' + k);" for n in range(1_000))
    pairs = ",".join(f"k{n}: '/p/{n}.jpg'" for n in range(15_000))
    script = f"{timer}{prefixes} var T = {{{pairs}}};" + ": '/" * 20_000
    assert len(script) < 500_000  # all of it is read
    images = _section("Pont nord", '<img id="pre1_k1" alt="">')
    images += _section("Pont sud", '<img id="pre1_k2" alt="">')
    reloads = refreshed_images([script])
    assert len(reloads.prefixes) == 64 and len(reloads.keyed) <= 2000  # capped
    assert cameras(_sections(images, script))  # read within its bounds


# --- a finer municipality over a region -------------------------------------------------


def _records(fine: str, coarse: str) -> str:
    return json.dumps(
        [
            {
                "nombre": f"Cam {number}",
                coarse: ["Asturias", "Asturias", "Canarias"][number],
                fine: f"Villa {number}",
                "imagen": f"https://x.example/{number}.jpg",
            }
            for number in range(3)
        ]
    )


def test_a_town_or_named_municipality_is_finer_than_a_region() -> None:
    for fine in ("town", "pueblo", "poblacion", "municipi", "concejo", "parroquia"):
        for coarse in ("region", "island", "state", "provincia", "comarca"):
            areas = [c.area for c in cameras(_records(fine, coarse))]
            assert areas == ["Villa 0", "Villa 1", "Villa 2"], (fine, coarse)
    for fine in ("nombre_municipio", "municipality_name", "nome_comune", "municipio_nombre"):
        for coarse in ("region", "comarca"):
            areas = [c.area for c in cameras(_records(fine, coarse))]
            assert areas == ["Villa 0", "Villa 1", "Villa 2"], (fine, coarse)


def test_a_region_alone_stays_and_a_province_alone_is_no_area() -> None:
    body = json.dumps(
        [
            {"nombre": f"Cam {n}", "region": "Asturias", "imagen": f"https://x.example/{n}.jpg"}
            for n in range(2)
        ]
    )
    assert [c.area for c in cameras(body)] == ["Asturias", "Asturias"]
    body = json.dumps(
        [
            {"nombre": f"Cam {n}", "provincia": "Teruel", "imagen": f"https://x.example/{n}.jpg"}
            for n in range(2)
        ]
    )
    assert [c.area for c in cameras(body)] == [None, None]


def test_a_finer_district_still_goes_before_the_town() -> None:
    body = json.dumps(
        [
            {
                "nombre": f"Cam {n}",
                "barrio": f"Barrio {n}",
                "town": "Gijón",
                "imagen": f"https://x.example/{n}.jpg",
            }
            for n in range(2)
        ]
    )
    assert [c.area for c in cameras(body)] == ["Barrio 0", "Barrio 1"]
