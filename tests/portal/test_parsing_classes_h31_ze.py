"""Classes found by holdout 31 (part ze): lazy players named by the label before each.

Players carrying their own address (``<h4>Sawah</h4><video data-src="…m3u8">``, a bold
line before each lazy video) written side by side are each named by the heading or bold
line just before them when every label has one player; before, all were named by the
first heading of the page section holding them.
"""

from __future__ import annotations

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://kamera.example/"


def _cameras(text: str) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _page(body: str) -> str:
    return (
        "<html><body><h1>Kamera Desa</h1><div class='post-content'>"
        f"{body}</div><script>document.querySelectorAll('video[data-src]')"
        ".forEach(function (v) { var h = new Hls(); h.loadSource(v.dataset.src);"
        " h.attachMedia(v); });</script></body></html>"
    )


def _video(name: str) -> str:
    return f"<video muted data-src='/live/{name}/index.m3u8' poster='/img/static.gif'></video>"


def test_heading_before_each_lazy_video_names_it() -> None:
    body = "".join(
        f"<h4>{label}</h4>{_video(key)}"
        for label, key in (("Pendopo", "a"), ("Gerbang Desa", "b"), ("Sawah Wetan", "c"))
    )
    cameras = _cameras(_page(body))
    assert [c.name for c in cameras] == ["Pendopo", "Gerbang Desa", "Sawah Wetan"]
    assert [c.stream_url for c in cameras] == [
        f"https://kamera.example/live/{key}/index.m3u8" for key in "abc"
    ]


def test_heading_then_description_still_labels_the_video() -> None:
    body = (
        "<h3>Fuel Pier</h3><p>Looking east.</p>" + _video("a") + "<h3>Harbour Mouth</h3>"
        "<p>Breakwater.</p>" + _video("b")
    )
    assert [c.name for c in _cameras(_page(body))] == ["Fuel Pier", "Harbour Mouth"]


def test_bold_line_before_each_lazy_video_names_it() -> None:
    body = "".join(
        f"<p><strong>{label}</strong></p>{_video(key)}"
        for label, key in (("Steg Nord", "a"), ("Bojenfeld", "b"))
    )
    assert [c.name for c in _cameras(_page(body))] == ["Steg Nord", "Bojenfeld"]


def test_one_label_over_two_videos_names_neither() -> None:
    body = (
        "<h3>Siaran Langsung</h3><h4>Pendopo</h4>"
        + _video("a")
        + _video("b")
        + "<h4>Sawah</h4>"
        + _video("c")
    )
    # The two under one label are not told apart by it; the one under its own is named.
    names = [c.name for c in _cameras(_page(body))]
    assert names[0] == names[1]
    assert names[2] == "Sawah"


def test_a_single_labelled_video_is_not_renamed() -> None:
    body = "<h4>Pendopo</h4>" + _video("a")
    assert [c.name for c in _cameras(_page(body))] == ["Pendopo"]


def test_a_video_named_by_its_own_attribute_keeps_it() -> None:
    body = (
        "<h4>Pendopo</h4><video data-title='Kamera Pendopo' data-src='/live/a/index.m3u8'>"
        "</video><h4>Sawah</h4><video data-title='Kamera Sawah' data-src='/live/b/index.m3u8'>"
        "</video>"
    )
    assert [c.name for c in _cameras(_page(body))] == ["Kamera Pendopo", "Kamera Sawah"]


def test_a_video_in_its_own_titled_card_keeps_the_card_title() -> None:
    body = (
        "<h2>Kamera</h2>"
        "<div class='card'>" + _video("a") + "<p class='card-title'>Gerbang</p></div>"
        "<div class='card'>" + _video("b") + "<p class='card-title'>Balai</p></div>"
    )
    assert [c.name for c in _cameras(_page(body))] == ["Gerbang", "Balai"]


def test_a_bold_word_inside_a_sentence_labels_nothing() -> None:
    body = "<p>Lihat <b>Pendopo</b> dan sawah dari atas.</p>" + _video("a") + _video("b")
    names = [c.name for c in _cameras(_page(body))]
    assert "Pendopo" not in names


# A picture's alt saying it is a preview, and the key its picture and link share.


def _card(href: str, src: str, alt: str, title: str = "") -> str:
    caption = f"<h5 class='card-title'>{title}</h5>" if title else ""
    return (
        f"<div class='card'><a href='{href}'><img class='card-img-top' src='{src}'"
        f" alt='{alt}'></a><div class='card-body'>{caption}</div></div>"
    )


def _grid(*cards: str) -> str:
    return f"<html><body><h1>Kameras</h1><div class='row'>{''.join(cards)}</div></body></html>"


def test_preview_words_are_no_part_of_the_name() -> None:
    alts = (
        "Vorschaubild Neubau Nord",
        "Thumbnail of North Gate",
        "Pratinjau Simpang Tiga",
        "Aperçu : Lac des Confins",
        "Miniatura de Plaza Mayor",
        "Preview - Harbour",
    )
    cards = [_card(f"/page/{n}/", f"/img/cam{n}.jpg", alt) for n, alt in enumerate(alts, start=1)]
    assert [c.name for c in _cameras(_grid(*cards))] == [
        "Neubau Nord",
        "North Gate",
        "Simpang Tiga",
        "Lac des Confins",
        "Plaza Mayor",
        "Harbour",
    ]


def test_a_preview_word_inside_the_name_stays() -> None:
    cards = [
        _card("/a/", "/img/a.jpg", "Hafen Vorschau Nord"),
        _card("/b/", "/img/b.jpg", "Previewhill Road"),
    ]
    assert [c.name for c in _cameras(_grid(*cards))] == ["Hafen Vorschau Nord", "Previewhill Road"]


def test_a_preview_word_alone_names_nothing_and_the_card_title_does() -> None:
    cards = [
        _card("/a/", "/img/a.jpg", "Vorschaubild", "Neubau Nord"),
        _card("/b/", "/img/b.jpg", "Vorschaubild", "Quartier am Hafen"),
    ]
    assert [c.name for c in _cameras(_grid(*cards))] == ["Neubau Nord", "Quartier am Hafen"]


def test_the_key_a_picture_and_its_link_share_is_the_id() -> None:
    cards = [
        _card("/webcam/projekt/44a3f4/", "/http-api/video/jpeg/44a3f4.jpg", "Neubau Nord"),
        _card("/cctv/lihat.php?id=17", "/cctv/snapshot.php?id=17", "Simpang Tiga"),
        _card("/cameras/cam-0412/", "/media/snapshots/cam-0412.jpg", "North Gate"),
    ]
    assert [c.id for c in _cameras(_grid(*cards))] == ["44a3f4", "17", "cam-0412"]


def test_keys_not_shared_or_without_a_digit_are_no_id() -> None:
    cards = [
        # different keys
        _card("/webcam/projekt/44a3f4/", "/http-api/video/jpeg/df34e2.jpg", "Neubau Nord"),
        # a word without a digit: a page's name for its section, no key
        _card("/cams/harbour/", "/img/harbour.jpg", "Harbour"),
        # a handle in a query field not named as an id
        _card("/player.php?alias=5f3b8c2a91", "/snapshot.php?alias=5f3b8c2a91", "Dermaga"),
    ]
    ids = [c.id for c in _cameras(_grid(*cards))]
    assert len(ids) == 3
    assert all(i.startswith("k-") for i in ids)


def test_a_reloaded_picture_route_reads_the_same_way() -> None:
    cards = [
        _card(f"/webcam/projekt/{key}/", f"/http-api/video/jpeg/{key}", f"Vorschaubild {name}")
        for key, name in (("44a3f4", "Neubau Nord"), ("7b19c0", "Quartier am Hafen"))
    ]
    script = (
        "<script>setInterval(function () { $('.card-img-top').each(function () {"
        " var s = $(this).attr('src').split('?')[0]; $(this).attr('src', s + '?' + Date.now());"
        " }); }, 600000);</script>"
    )
    page = _grid(*cards).replace("</body>", script + "</body>")
    cameras = _cameras(page)
    assert [(c.id, c.name) for c in cameras] == [
        ("44a3f4", "Neubau Nord"),
        ("7b19c0", "Quartier am Hafen"),
    ]


# A card linking its player twice is one camera.

_PLAYER = "https://player.example/hls/?src=https%3A%2F%2Fmedia.example%2Flive%2F{key}%2Findex.m3u8"


def _player_card(key: str, title: str) -> str:
    link = _PLAYER.format(key=key)
    return (
        f"<div class='card'><a href='{link}'><img src='/thumb/{key}.jpg' alt='{title}'></a>"
        f"<div class='card-body'><h5 class='card-title'>{title}</h5>"
        f"<a class='btn' href='{link}'>Putar</a></div></div>"
    )


def test_a_card_linking_its_player_twice_is_one_camera() -> None:
    cameras = _cameras(
        _grid(_player_card("utara", "Dermaga Utara"), _player_card("selatan", "Dermaga Selatan"))
    )
    assert [(c.name, c.stream_url, c.snapshot_url) for c in cameras] == [
        (
            "Dermaga Utara",
            "https://media.example/live/utara/index.m3u8",
            "https://kamera.example/thumb/utara.jpg",
        ),
        (
            "Dermaga Selatan",
            "https://media.example/live/selatan/index.m3u8",
            "https://kamera.example/thumb/selatan.jpg",
        ),
    ]


def test_a_stock_picture_alt_yields_to_the_card_title() -> None:
    link = "http://cam.example:89/ISAPI/Streaming/channels/102/httpPreview"
    card = (
        f"<div class='card'><div class='card-body'><h3>Halaman Kantor</h3><a href='{link}'>"
        f"<img src='/img/stock_cam.jpeg' alt='cam'></a><a class='btn' href='{link}'>Open CCTV</a>"
        "</div></div>"
    )
    cameras = _cameras(_grid(card))
    assert [(c.name, c.mjpeg_url) for c in cameras] == [("Halaman Kantor", link)]


def test_links_to_two_players_in_one_card_stay_two_cameras() -> None:
    first, second = _PLAYER.format(key="a"), _PLAYER.format(key="b")
    card = (
        f"<div class='card'><h5>Dermaga</h5><a href='{first}'>Utara</a>"
        f"<a href='{second}'>Selatan</a></div>"
    )
    assert len(_cameras(_grid(card))) == 2


def test_a_repeated_link_beside_another_camera_is_not_merged() -> None:
    # The section holds two cameras' links: the repeated one is no card's second link.
    first, second = _PLAYER.format(key="a"), _PLAYER.format(key="b")
    section = (
        f"<section><a href='{first}'>Utara</a><a href='{second}'>Selatan</a>"
        f"<a href='{first}'>Utara lagi</a></section>"
    )
    streams = [c.stream_url for c in _cameras(_grid(section))]
    assert streams.count("https://media.example/live/a/index.m3u8") == 2
    assert "https://media.example/live/b/index.m3u8" in streams


# A card's position written as one pair, latitude first.


def _video_card(position: str, name: str, key: str) -> str:
    return (
        f"<li class='cam-card' {position}><h3>{name}</h3><video poster='/cams/{key}.jpg'>"
        f"<source src='https://video.example/{key}/playlist.m3u8' type='application/x-mpegURL'>"
        "</video></li>"
    )


def _cards(*cards: str) -> str:
    return f"<html><body><h1>Cams</h1><ul class='cams'>{''.join(cards)}</ul></body></html>"


def test_a_data_latlng_pair_gives_the_card_position() -> None:
    cameras = _cameras(
        _cards(
            _video_card("data-latlng='41.826178,-71.418999'", "Interchange", "a"),
            _video_card("data-lat-lon='41.84085, -71.418205'", "Admiral Street", "b"),
            _video_card("data-latlng=''", "Airport Connector", "c"),
        )
    )
    assert [(c.name, c.latitude, c.longitude) for c in cameras] == [
        ("Interchange", 41.826178, -71.418999),
        ("Admiral Street", 41.84085, -71.418205),
        ("Airport Connector", None, None),
    ]


def test_malformed_or_other_pairs_give_no_position() -> None:
    cameras = _cameras(
        _cards(
            _video_card("data-latlng='41.8'", "One Number", "a"),
            _video_card("data-latlng='41.8,-71.4,12'", "Three Numbers", "b"),
            _video_card("data-latlng='north,west'", "Words", "c"),
            # longitude first: another attribute, not read as latitude first
            _video_card("data-lnglat='-71.4,41.8'", "Longitude First", "d"),
        )
    )
    assert [(c.latitude, c.longitude) for c in cameras] == [(None, None)] * 4


def test_separate_attributes_still_win_over_a_pair() -> None:
    card = _video_card("data-lat='41.1' data-lng='-71.1' data-latlng='42.2,-72.2'", "Both", "a")
    cameras = _cameras(_cards(card, _video_card("", "Other", "b")))
    assert (cameras[0].latitude, cameras[0].longitude) == (41.1, -71.1)


def test_a_list_holding_several_cameras_lends_none_its_pair() -> None:
    page = (
        "<html><body><ul class='cams' data-latlng='41.8,-71.4'>"
        + _video_card("", "First", "a")
        + _video_card("", "Second", "b")
        + "</ul></body></html>"
    )
    assert [(c.latitude, c.longitude) for c in _cameras(page)] == [(None, None)] * 2


def test_many_repeated_links_keyed_pictures_and_labelled_videos_stay_bounded() -> None:
    # Hostile page: thousands of cards each linking one player twice, pictures in links
    # with long addresses sharing keys, preview alts of long names, and lazy videos
    # under their own labels. Its cost is measured by scripts/bench_hostile.py.
    long_tail = "x" * 1500
    parts = []
    for n in range(1500):
        link = _PLAYER.format(key=f"k{n}")
        parts.append(
            f"<div class='card'><a href='{link}'><img src='/t/{n}.jpg' alt='Vorschaubild"
            f" {'Nama ' * 40}{n}'></a><a class='btn' href='{link}'>Putar</a></div>"
            f"<div class='card'><a href='/page/{long_tail}/c{n}'><img"
            f" src='/snap/{long_tail}/c{n}.jpg' alt='Thumbnail of Cam {n}'></a></div>"
            f"<h4>Label {n}</h4><video data-src='/live/v{n}/index.m3u8'></video>"
        )
    cameras = _cameras(_grid(*parts))
    assert cameras
    assert len({c.stream_url for c in cameras if c.stream_url}) == len(
        [c for c in cameras if c.stream_url]
    )


def test_a_heading_outside_the_element_holding_the_video_labels_nothing() -> None:
    # Each card's heading sits in its info block beside a picture linking elsewhere; the
    # video in a hidden popup opened after it: the heading was not written beside it.
    body = "".join(
        f"<div class='cam'><a href='#top'><img src='/p/{key}.jpg' alt='{label}'></a>"
        f"<div class='info'><h4>{label}</h4></div>"
        f"<div class='mfp-hide'>{_video(key)}</div></div>"
        for label, key in (("Pelataran", "a"), ("Menara", "b"))
    )
    names = [c.name for c in _cameras(_page(body)) if c.stream_url]
    assert len(names) == 2
    assert "Pelataran" not in names and "Menara" not in names
