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
  state word, a plain text line or a line of another class never is.
"""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

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
