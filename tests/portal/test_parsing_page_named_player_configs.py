"""A player's configuration held in a script variable names nothing: the page names it."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://seyret.kutimkab.example/simpang-tiga/"
HLS = "https://livestream.kutimkab.example/cam/b_simpangtiga.stream/playlist.m3u8"


def _page(script: str, heading: str = "<h1>Simpang Tiga</h1>", extra: str = "") -> str:
    return (
        "<html><head><title>Simpang Tiga &#8211; Kutim Live</title></head><body>"
        f"{heading}<div id='p'></div><script>{script}</script>{extra}</body></html>"
    )


def _read(text: str) -> list[tuple[str, str | None]]:
    result = parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False)
    return [(c.raw_name, c.stream_url) for c in result.cameras]


def test_a_bradmax_config_with_escaped_slashes_is_named_by_the_heading() -> None:
    config = {"dataProvider": {"source": [{"url": HLS}]}, "autoplay": True}
    script = (
        f"var bradmaxPlayerConfig_1 = {json.dumps(config).replace('/', chr(92) + '/')};"
        "window.bradmax.player.create(document.getElementById('p'), bradmaxPlayerConfig_1);"
    )
    assert _read(_page(script)) == [("Simpang Tiga", HLS)]


def test_a_source_config_is_named_by_the_title_without_a_heading() -> None:
    script = f"var source = {{hls: '{HLS}'}}; player.load(source);"
    assert _read(_page(script, heading="")) == [("Simpang Tiga – Kutim Live", HLS)]


def test_a_rendition_format_label_names_no_camera() -> None:
    script = (
        "const playbackInfo = {type: 'live', meta: {live: true, source: [{hrn: 'HLS (TS)', "
        f"type: 'html5/application/vnd.apple.mpegurl', url: '{HLS}'}}]}}}};"
    )
    assert _read(_page(script)) == [("Simpang Tiga", HLS)]


def test_a_named_record_in_script_data_keeps_its_name() -> None:
    record = {"nama": "Jembatan Kabo", "stream": HLS}
    script = f"var kamera = {json.dumps(record)};"
    assert _read(_page(script)) == [("Jembatan Kabo", HLS)]


def test_an_unnamed_record_with_a_position_is_not_named_by_the_page() -> None:
    record = {"stream": HLS, "lat": 0.5012, "lng": 117.553}
    script = f"var kamera = {json.dumps(record)};"
    names = [name for name, _stream in _read(_page(script))]
    assert names and "Simpang Tiga" not in names


def test_several_unnamed_streams_of_one_list_are_not_all_named_by_the_page() -> None:
    records = [
        {"stream": HLS},
        {"stream": "https://livestream.kutimkab.example/cam/b_kabo.stream/playlist.m3u8"},
    ]
    script = f"var kamera = {json.dumps(records)};"
    names = [name for name, _stream in _read(_page(script))]
    assert names.count("Simpang Tiga") <= 1
