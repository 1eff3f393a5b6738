"""Groups whose cameras are split into lists by their state (``cctv_links_active``
beside ``cctv_links_inactive``, ``kamera_aktif`` beside ``kamera_nonaktif``,
``online_cameras`` beside ``offline_cameras``): every entry of every list is a camera
of the group, its state the one the list's name says. Camera blocks under a section
heading: a header's state line is no part of the heading, a block's caption beside its
video names it, and the shown entry of the page's own section menu is the area. A link
inside a video element that has its media is that video's camera. A stream picker's
file names resolve against the base its script joins to the picked value. A KML
balloon whose only media is a video platform's player frame has that page as stream."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cctv.kutim.example/"


def _parse(text: str, base: str = BASE) -> list[Camera]:
    return parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras


def _cam(n: int) -> dict[str, object]:
    return {"id": n, "name": f"Simpang {n}", "link": f"https://live.kutim.example/{n}.m3u8"}


def _groups(first: str, second: str) -> str:
    return json.dumps(
        [
            {"id": 1, "name": "Sangatta Utara", first: [_cam(11), _cam(12)], second: [_cam(13)]},
            {"id": 2, "name": "Bengalon", first: [], second: [_cam(21)]},
        ]
    )


def test_active_and_inactive_lists_are_all_cameras_of_the_group_with_their_state() -> None:
    found = _parse(_groups("cctv_links_active", "cctv_links_inactive"))
    assert [(c.id, c.raw_name, c.area, c.online) for c in found] == [
        ("11", "Simpang 11", "Sangatta Utara", True),
        ("12", "Simpang 12", "Sangatta Utara", True),
        ("13", "Simpang 13", "Sangatta Utara", False),
        ("21", "Simpang 21", "Bengalon", False),
    ]


def test_state_words_before_the_stem_and_indonesian_words_count() -> None:
    found = _parse(_groups("online_cameras", "offline_cameras"))
    assert [c.online for c in found] == [True, True, False, False]
    found = _parse(_groups("kameraAktif", "kameraNonaktif"))
    assert [c.online for c in found] == [True, True, False, False]
    found = _parse(_groups("cctv_aktif", "cctv_tidak_aktif"))
    assert [c.online for c in found] == [True, True, False, False]


def test_an_entry_stating_its_own_state_keeps_it() -> None:
    own = dict(_cam(13), status="online")
    text = json.dumps([{"name": "Sangatta Utara", "cctv_online": [], "cctv_offline": [own]}])
    assert [c.online for c in _parse(text)] == [True]


def test_lists_of_different_stems_state_nothing() -> None:
    # An active list beside an unrelated one (a group's inactive users) says no state.
    text = json.dumps(
        [
            {
                "name": "Sangatta Utara",
                "cctv_active": [_cam(11)],
                "users_inactive": [{"name": "operator", "email": "op@kutim.example"}],
            }
        ]
    )
    assert [(c.raw_name, c.online) for c in _parse(text)] == [("Simpang 11", None)]


def test_a_single_state_list_states_nothing() -> None:
    text = json.dumps([{"name": "Sangatta Utara", "cctv_active": [_cam(11), _cam(12)]}])
    assert [c.online for c in _parse(text)] == [None, None]


def test_state_lists_without_media_are_no_cameras() -> None:
    text = json.dumps(
        [
            {
                "name": "Sangatta Utara",
                "links_online": [{"name": "Operator A"}],
                "links_offline": [{"name": "Operator B"}],
                "stream": "https://live.kutim.example/own.m3u8",
            }
        ]
    )
    found = _parse(text)
    assert [(c.raw_name, c.stream_url) for c in found] == [
        ("Sangatta Utara", "https://live.kutim.example/own.m3u8")
    ]


# Camera blocks under a section heading: a header holding a heading and a state line
# ("Online Semua") is introduced by the heading alone; a block's plain caption line beside
# its video names the camera; one heading over all cameras is their area only when it
# repeats the shown entry of the page's own section menu.

TOL = "https://tol.kutim.example/frame?ruas=a&status=online"


def _block(src: str, caption: str) -> str:
    return (
        f'<div class="col-md-4"><div class="post-text-block"><video autoplay muted>'
        f'<source src="{src}" type="application/x-mpegURL"></video>'
        f'<div class="text-center">{caption}</div></div></div>'
    )


def _tol_page(menu: bool, state: str = "Online Semua", captions: tuple[str, ...] = ()) -> str:
    names = captions or ("KM 10+200 A", "GT Sangatta")
    side = (
        '<aside><div class="post-text-block"><a href="?ruas=a&amp;status=online">'
        '<h4>Sangatta - Bengalon</h4></a></div><div class="post-text-block">'
        '<a href="?ruas=b&amp;status=online"><h4>Sangatta - Muara Wahau</h4></a></div></aside>'
        if menu
        else ""
    )
    blocks = "".join(
        _block(f"//live.kutim.example/hls/{n}.m3u8", name) for n, name in enumerate(names)
    )
    return (
        f"<html><body>{side}<section><div class='ruas-header'><h3>Sangatta - Bengalon</h3>"
        f"<a class='btn' href='?ruas=a&amp;status=all'>{state}</a></div>"
        f"<div class='row'>{blocks}</div></section></body></html>"
    )


def test_a_block_caption_names_its_video_and_the_picked_section_is_the_area() -> None:
    found = _parse(_tol_page(menu=True), TOL)
    assert [(c.raw_name, c.area, c.stream_url) for c in found] == [
        ("KM 10+200 A", "Sangatta - Bengalon", "https://live.kutim.example/hls/0.m3u8"),
        ("GT Sangatta", "Sangatta - Bengalon", "https://live.kutim.example/hls/1.m3u8"),
    ]


def test_a_lone_heading_without_a_section_menu_is_no_area() -> None:
    found = _parse(_tol_page(menu=False), TOL)
    assert [(c.raw_name, c.area) for c in found] == [
        ("KM 10+200 A", None),
        ("GT Sangatta", None),
    ]


def test_a_header_state_line_is_never_part_of_a_heading() -> None:
    # Without captions the cameras are named by the heading, never "… Online Semua".
    page = _tol_page(menu=False).replace('<div class="text-center">', '<div class="x">')
    page = page.replace("KM 10+200 A", "").replace("GT Sangatta", "")
    assert {c.raw_name for c in _parse(page, TOL)} == {"Sangatta - Bengalon"}


def test_a_caption_stating_only_a_state_or_count_is_no_name() -> None:
    found = _parse(_tol_page(menu=False, captions=("Online", "2 dari 3 Online")), TOL)
    assert {c.raw_name for c in found} == {"Sangatta - Bengalon"}


def test_two_headed_groups_take_their_heading_without_the_state_badge() -> None:
    page = (
        "<html><body>"
        + "".join(
            f"<div><div class='ruas-header'><h4>{ruas}</h4><span class='badge'>{state}</span>"
            f"</div>{_block(f'/hls/{ruas[:3]}{n}.m3u8', f'KM {n}')}"
            f"{_block(f'/hls/{ruas[:3]}{n + 1}.m3u8', f'KM {n + 1}')}</div>"
            for n, (ruas, state) in enumerate(
                (("Bontang", "Online Semua"), ("Sangatta", "1 Offline"))
            )
        )
        + "</body></html>"
    )
    assert [(c.raw_name, c.area) for c in _parse(page)] == [
        ("KM 0", "Bontang"),
        ("KM 1", "Bontang"),
        ("KM 1", "Sangatta"),
        ("KM 2", "Sangatta"),
    ]


# A link inside a video element that already has its media (WordPress's [video]
# shortcode fallback, a "watch the stream" line) is the video's own camera.


def _wp_video(n: int, name: str) -> str:
    url = f"https://live.kutim.example/hls/{n}.m3u8"
    return (
        f"<h3>{name}</h3><div class='wp-video'><video class='wp-video-shortcode' "
        f"controls><source type='application/x-mpegURL' src='{url}?_={n}' />"
        f"<a href='{url}'>{url}</a></video></div>"
    )


def test_a_wordpress_video_fallback_link_is_no_second_camera() -> None:
    page = (
        f"<html><body>{_wp_video(1, 'Simpang Masabang')}{_wp_video(2, 'Pasar Induk')}</body></html>"
    )
    found = _parse(page)
    assert [(c.raw_name, c.stream_url) for c in found] == [
        ("Simpang Masabang", "https://live.kutim.example/hls/1.m3u8?_=1"),
        ("Pasar Induk", "https://live.kutim.example/hls/2.m3u8?_=2"),
    ]


def test_a_video_fallback_text_never_names_the_camera() -> None:
    url = "https://live.kutim.example/hls/9.m3u8"
    page = (
        f"<html><body><div class='box'><video controls><source src='{url}'>"
        f"<p>Tidak didukung. <a href='{url}'>Buka siaran</a></p></video></div></body></html>"
    )
    found = _parse(page)
    assert len(found) == 1
    assert found[0].stream_url == url
    assert found[0].raw_name not in ("Tidak didukung. Buka siaran", "Buka siaran")


def test_a_stream_link_beside_a_video_is_still_a_camera() -> None:
    # Outside the video element a link to another stream stays a camera of its own.
    page = (
        "<html><body><div class='cam'><h3>Simpang A</h3><video controls>"
        "<source src='https://live.kutim.example/a.m3u8'></video></div>"
        "<ul><li><a href='https://live.kutim.example/b.m3u8'>Simpang B</a></li></ul>"
        "</body></html>"
    )
    found = _parse(page)
    assert sorted(c.stream_url or "" for c in found) == [
        "https://live.kutim.example/a.m3u8",
        "https://live.kutim.example/b.m3u8",
    ]


def test_a_link_inside_a_video_without_media_is_kept() -> None:
    page = (
        "<html><body><h3>Simpang C</h3><video controls>"
        "<a href='https://live.kutim.example/c.m3u8'>Simpang C</a></video></body></html>"
    )
    assert [c.stream_url for c in _parse(page)] == ["https://live.kutim.example/c.m3u8"]


# A select of stream files whose script joins a base address to the picked value: the
# options are files in that folder; without a base written for that select they stay
# resolved against the page.

PICKER = "https://dishub.kutim.example/cctv/live"


def _picker(select: str, script: str) -> str:
    return (
        f"<html><body>{select}<option value=''>-- pilih --</option>"
        "<option value='kranji.m3u8'>Flyover Kranji</option>"
        "<option value='bulak/kapal.m3u8'>Simpang Bulak Kapal</option></select>"
        f"<video id='v'></video><script>{script}</script></body></html>"
    )


def test_a_jquery_handler_joining_a_base_variable_rebases_the_options() -> None:
    script = (
        "var baseUrl = 'https://stream.kutim.example/backup/m3/';"
        "$('select[name=\"cctv\"]').on('change', function () { var file = $(this).val();"
        " player.src({ src: baseUrl + file }); });"
    )
    found = _parse(_picker("<select name='cctv'>", script), PICKER)
    assert [(c.raw_name, c.stream_url) for c in found] == [
        ("Flyover Kranji", "https://stream.kutim.example/backup/m3/kranji.m3u8"),
        ("Simpang Bulak Kapal", "https://stream.kutim.example/backup/m3/bulak/kapal.m3u8"),
    ]


def test_an_inline_handler_and_a_template_literal_give_the_base() -> None:
    inline = "<select onchange=\"play('https://cdn.kutim.example/hls/' + this.value)\">"
    found = _parse(_picker(inline, ""), PICKER)
    assert [c.stream_url for c in found] == [
        "https://cdn.kutim.example/hls/kranji.m3u8",
        "https://cdn.kutim.example/hls/bulak/kapal.m3u8",
    ]
    script = (
        "document.getElementById('pilih').addEventListener('change', (e) => {"
        " hls.loadSource(`/live/${e.target.value}`); });"
    )
    found = _parse(_picker("<select id='pilih'>", script), PICKER)
    assert [c.stream_url for c in found] == [
        "https://dishub.kutim.example/live/kranji.m3u8",
        "https://dishub.kutim.example/live/bulak/kapal.m3u8",
    ]


def test_without_a_base_for_that_select_the_options_stay_beside_the_page() -> None:
    # The script joins a base to another select's value: this one's files stay put.
    script = (
        "var base = 'https://cdn.kutim.example/other/';"
        "$('#lain').on('change', function () { play(base + this.value); });"
    )
    found = _parse(_picker("<select id='cctv'>", script), PICKER)
    assert [c.stream_url for c in found] == [
        "https://dishub.kutim.example/cctv/kranji.m3u8",
        "https://dishub.kutim.example/cctv/bulak/kapal.m3u8",
    ]


def test_a_joined_word_that_is_no_folder_is_no_base() -> None:
    script = "$('#cctv').on('change', function () { alert('Kamera ' + this.value); });"
    found = _parse(_picker("<select id='cctv'>", script), PICKER)
    assert [c.stream_url for c in found] == [
        "https://dishub.kutim.example/cctv/kranji.m3u8",
        "https://dishub.kutim.example/cctv/bulak/kapal.m3u8",
    ]


def test_absolute_option_values_are_never_rebased() -> None:
    select = "<select onchange=\"play('https://cdn.kutim.example/hls/' + this.value)\">"
    page = (
        f"<html><body>{select}<option value='https://live.kutim.example/a.m3u8'>Simpang A"
        "</option><option value='https://live.kutim.example/b.m3u8'>Simpang B</option>"
        "</select></body></html>"
    )
    assert [c.stream_url for c in _parse(page, PICKER)] == [
        "https://live.kutim.example/a.m3u8",
        "https://live.kutim.example/b.m3u8",
    ]


def test_many_selects_and_references_stay_bounded() -> None:
    # Sixteen selects read, each referenced thousands of times in a large script whose
    # joins name variables assigned nowhere: the scan stops at its bounds.
    selects = "".join(
        f"<select id='s{n}'><option value='a{n}.m3u8'>Kamera {n}</option></select>"
        for n in range(40)
    )
    filler = "".join(
        f"$('#s{n % 40}').on('change', function () {{ go(x{n} + this.value + y{n}); }});"
        for n in range(20_000)
    )
    found = _parse(f"<html><body>{selects}<script>{filler}</script></body></html>", PICKER)
    assert len(found) == 40
    assert found[0].stream_url == "https://dishub.kutim.example/cctv/a0.m3u8"


# A KML balloon whose only media is a video platform's player frame: the frame's page
# is the placemark's stream; a still beside it wins, and a frame of a map is no player.


def _kml(*descriptions: str) -> str:
    marks = "".join(
        f"<Placemark><name>Pos {n}</name><description><![CDATA[{d}]]></description>"
        f"<Point><coordinates>117.5{n},0.4{n},0</coordinates></Point></Placemark>"
        for n, d in enumerate(descriptions)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2">'
        f"<Document><Folder><name>Sangatta Utara</name>{marks}</Folder></Document></kml>"
    )


def test_a_balloon_player_frame_is_the_placemarks_stream() -> None:
    frame = (
        '<p>Pos</p><iframe width="320" src="https://www.youtube.com/embed/aBcDeFgHi01"></iframe>'
    )
    found = _parse(_kml(frame), "https://peta.kutim.example/pos.kml")
    assert [(c.raw_name, c.area, c.latitude, c.stream_url, c.snapshot_url) for c in found] == [
        ("Pos 0", "Sangatta Utara", 0.40, "https://www.youtube.com/embed/aBcDeFgHi01", None)
    ]


def test_a_balloon_still_beside_a_frame_stays_the_only_media() -> None:
    both = (
        '<img src="https://peta.kutim.example/cam/pos.jpg">'
        '<iframe src="https://www.youtube.com/embed/aBcDeFgHi02"></iframe>'
    )
    found = _parse(_kml(both), "https://peta.kutim.example/pos.kml")
    assert [(c.stream_url, c.snapshot_url) for c in found] == [
        (None, "https://peta.kutim.example/cam/pos.jpg")
    ]


def test_a_balloon_frame_of_a_map_or_a_channel_is_no_camera() -> None:
    kml = _kml(
        '<iframe src="https://www.google.com/maps/embed?pb=!1m18"></iframe>',
        '<iframe src="https://www.youtube.com/@kutimtv"></iframe>',
        '<iframe src="https://www.youtube.com/embed/aBcDeFgHi03"></iframe>',
    )
    found = _parse(kml, "https://peta.kutim.example/pos.kml")
    assert [(c.raw_name, c.stream_url) for c in found] == [
        ("Pos 2", "https://www.youtube.com/embed/aBcDeFgHi03")
    ]
