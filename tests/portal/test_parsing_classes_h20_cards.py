"""Card shapes read after holdout 20: LiveView stream items and Stimulus value cards."""

from __future__ import annotations

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cams.kutim.example/live"


def cameras(text: str) -> tuple[Camera, ...]:
    """Parse an HTML page as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _liveview(items: str, container: str = 'id="cams" phx-update="stream"') -> str:
    return f"<html><body><main><div {container}>{items}</div></main></body></html>"


def _item(key: str, name: str, state: str, term: str, place: str) -> str:
    return (
        f'<div id="cams-{key}" class="card" data-status="{state}">'
        f'<video id="v-{key}" phx-hook="Hls" data-src="/hls/{key}/index.m3u8"></video>'
        f"<h3>{name}</h3><dl><dt>{term}</dt><dd>{place}</dd></dl></div>"
    )


def test_liveview_stream_items_give_id_state_and_area() -> None:
    page = _liveview(
        _item("7", "Simpang Tiga", "online", "Area", "Sangatta Utara")
        + _item("9", "Jembatan Pinang", "offline", "Area", "Bengalon")
    )
    found = cameras(page)
    assert [(c.id, c.name, c.area, c.online) for c in found] == [
        ("7", "Simpang Tiga", "Sangatta Utara", True),
        ("9", "Jembatan Pinang", "Bengalon", False),
    ]
    assert found[0].stream_url == "https://cams.kutim.example/hls/7/index.m3u8"


def test_item_ids_outside_a_liveview_stream_are_not_record_ids() -> None:
    page = _liveview(
        _item("7", "Simpang Tiga", "online", "Area", "Sangatta Utara")
        + _item("9", "Jembatan Pinang", "online", "Area", "Bengalon"),
        container='id="cams" class="grid"',
    )
    assert [c.id for c in cameras(page)] != ["7", "9"]


def test_definition_under_another_term_is_no_area_and_unknown_state_is_none() -> None:
    page = _liveview(
        _item("7", "Simpang Tiga", "pending", "Operator", "Dishub Kutim")
        + _item("9", "Jembatan Pinang", "pending", "Operator", "Balai Jalan")
    )
    found = cameras(page)
    assert [(c.area, c.online) for c in found] == [(None, None), (None, None)]


def _stimulus(key: str, name: str, place: str, badge: str) -> str:
    return (
        f'<turbo-frame id="camera_{key}" class="camera-card">'
        f'<div data-controller="hls-player" data-hls-player-camera-id-value="{key}" '
        f'data-hls-player-src-value="https://video.kutim.example/live/{key}.m3u8"></div>'
        f'<h3>{name}</h3><p class="camera-card__freguesia">{place}</p>'
        f'<span class="badge">{badge}</span></turbo-frame>'
    )


def test_stimulus_cards_read_parish_field_and_portuguese_states() -> None:
    page = (
        "<html><body><div id='cameras'>"
        + _stimulus("41", "Rotunda Norte", "São José de São Lázaro e São João do Souto", "Em linha")
        + _stimulus("42", "Ponte Velha", "Maximinos, Sé e Cividade", "Fora de linha")
        + '<turbo-frame id="camera_53" src="/cameras/53/card" loading="lazy"></turbo-frame>'
        + "</div></body></html>"
    )
    found = cameras(page)
    assert [(c.id, c.area, c.online) for c in found] == [
        ("41", "São José de São Lázaro e São João do Souto", True),
        ("42", "Maximinos, Sé e Cividade", False),
    ]


def _still_card(alt: str, title: str, key: str) -> str:
    return (
        f'<div class="card"><img src="https://img.kutim.example/{key}.jpg" alt="{alt}">'
        f"<h3>{title}</h3></div>"
    )


def test_shortened_alt_yields_to_card_title_but_other_alt_stays() -> None:
    page = (
        "<html><body><div class='grid'>"
        + _still_card("Mill Lane ford camera", "Mill Lane Ford &amp; Gauge", "a")
        + _still_card("View towards the harbour", "Kalk Bay Pier", "b")
        + "</div></body></html>"
    )
    assert [c.name for c in cameras(page)] == ["Mill Lane Ford & Gauge", "View towards the harbour"]


def _coded_row(code: str, text: str, still: str | None = None) -> str:
    picture = still or f"/cams/{code}/latest.jpg"
    return (
        f'<tr><td><a href="view.php?cam={code}"><img src="{picture}" alt="{code}"></a></td>'
        f"<td><b>[{code}]</b> {text}<br><span>Last image: 2026-12-02 19:41</span></td></tr>"
    )


def test_bracketed_code_line_gives_id_and_name_under_section_headings() -> None:
    page = (
        "<html><body><section><h2>Kīlauea</h2><table>"
        + _coded_row("B2cam", "Caldera from the south rim")
        + _coded_row("K3cam", "Summit from Uēkahuna bluff")
        + "</table></section><section><h2>Mauna Loa</h2><table>"
        + _coded_row("M4cam", "Summit caldera from the north")
        + "</table></section></body></html>"
    )
    found = cameras(page)
    assert [(c.id, c.name, c.area) for c in found] == [
        ("B2cam", "Caldera from the south rim", "Kīlauea"),
        ("K3cam", "Summit from Uēkahuna bluff", "Kīlauea"),
        ("M4cam", "Summit caldera from the north", "Mauna Loa"),
    ]


def test_bracketed_code_of_another_camera_names_no_picture() -> None:
    # The code matches neither the picture's alt text nor its address.
    page = (
        "<html><body><div class='grid'>"
        '<div class="card"><img src="/stills/north.jpg" alt="North pier">'
        "<p>[X9] Old note about a removed camera</p></div>"
        '<div class="card"><img src="/stills/south.jpg" alt="South pier"></div>'
        "</div></body></html>"
    )
    found = cameras(page)
    assert [c.name for c in found] == ["North pier", "South pier"]
    assert "X9" not in [c.id for c in found]


def _wiki_row(name: str, port: str, geo: str, still: str) -> str:
    return (
        f"<tr><td>{port}</td><td>{name}</td>"
        f'<td><span class="geo-dec">1°S 116°E</span><span style="display:none">'
        f'<span class="geo">{geo}</span></span></td>'
        f'<td><a class="external text" href="{still}">gambar</a></td></tr>'
    )


def test_wikitable_reads_coord_span_and_port_column() -> None:
    page = (
        "<html><body><h2>Daftar <span class='mw-editsection'>[ sunting ]</span></h2>"
        "<table class='wikitable'><tr><th>Pelabuhan</th><th>Lokasi kamera</th>"
        "<th>Koordinat</th><th>Tangkapan</th></tr>"
        + _wiki_row("Dermaga", "Pelabuhan Sepaso", "0.71234; 117.60123", "/s/a.jpg")
        + _wiki_row("Gerbang", "Pelabuhan Maloy", "bad; value", "/s/b.jpg")
        + "</table></body></html>"
    )
    found = cameras(page)
    assert [(c.name, c.area, c.latitude, c.longitude) for c in found] == [
        ("Dermaga", "Pelabuhan Sepaso", 0.71234, 117.60123),
        ("Gerbang", "Pelabuhan Maloy", None, None),
    ]


def test_wiki_edit_link_is_cut_from_section_headings() -> None:
    section = (
        "<h2>{area} <span class='mw-editsection'>[<a href='?action=edit'>edit</a>]</span></h2>"
        "<table>{rows}</table>"
    )
    rows = "".join(_coded_row(code, f"Camera {code} view") for code in ("N1cam", "N2cam"))
    page = (
        "<html><body>"
        + section.format(area="North Rim", rows=rows)
        + section.format(area="South Rim", rows=_coded_row("S1cam", "South view"))
        + "</body></html>"
    )
    assert [c.area for c in cameras(page)] == ["North Rim", "North Rim", "South Rim"]


def _gallery_item(key: str, caption: str, thumb: str | None = None) -> str:
    host = "https://v.kutim.example"
    video = (
        f'{{"source": [{{"src": "{host}/{key}.mp4", "type": "video/mp4"}}, '
        f'{{"src": "{host}/{key}/index.m3u8", "type": "application/x-mpegURL"}}]}}'
    )
    return (
        f"<a class='item' data-video='{video}' data-poster='/stills/{key}.jpg' "
        f'data-sub-html="<h4>{caption}</h4><p>Lantai 1</p>">'
        f'<img src="{thumb or f"/stills/{key}.jpg"}" alt=""></a>'
    )


def test_lightgallery_items_read_video_json_poster_and_caption() -> None:
    page = (
        "<html><body><div class='gallery'>"
        + _gallery_item("a", "Los Sayur")
        + _gallery_item("b", "Los Ikan", thumb="/thumbs/b_small.jpg")
        + "</div></body></html>"
    )
    found = cameras(page)
    assert [(c.name, c.stream_url, c.snapshot_url) for c in found] == [
        (
            "Los Sayur",
            "https://v.kutim.example/a/index.m3u8",
            "https://cams.kutim.example/stills/a.jpg",
        ),
        (
            "Los Ikan",
            "https://v.kutim.example/b/index.m3u8",
            "https://cams.kutim.example/stills/b.jpg",
        ),
    ]


def test_broken_gallery_json_gives_no_stream() -> None:
    page = (
        "<html><body><div class='gallery'>"
        "<a class='item' data-video='{\"source\": [' data-poster='/stills/x.jpg'>"
        '<img src="/stills/x.jpg" alt="Gerbang"></a></div></body></html>'
    )
    found = cameras(page)
    assert [(c.stream_url, c.snapshot_url) for c in found] == [
        (None, "https://cams.kutim.example/stills/x.jpg")
    ]


def _inline_popup(key: str, title: str, target: str | None = None) -> str:
    return (
        f'<div class="cam"><a href="#{target or key}" class="popup-inline" title="{title}">'
        f'<img src="/p/{key}.jpg" alt="{title}"></a><div class="info"><h4>{title}</h4></div>'
        f'<div id="{key}" class="mfp-hide"><video data-hls="https://l.kutim.example/{key}.m3u8" '
        f'poster="/p/{key}.jpg"></video></div></div>'
    )


def test_inline_popup_player_is_named_by_the_link_opening_it() -> None:
    page = (
        "<html><head><title>Live Cam - Masjid Raya</title></head><body><div class='row'>"
        + _inline_popup("cam-a", "Pelataran Utama")
        + _inline_popup("cam-b", "Menara")
        + "</div></body></html>"
    )
    assert [c.name for c in cameras(page)] == ["Pelataran Utama", "Menara"]


def test_link_to_another_part_names_no_popup() -> None:
    page = (
        "<html><head><title>Live Cam - Masjid Raya</title></head><body><div class='row'>"
        + _inline_popup("cam-a", "Pelataran Utama", target="top")
        + _inline_popup("cam-b", "Menara", target="top")
        + "</div></body></html>"
    )
    names = [c.name for c in cameras(page)]
    assert len(names) == 2
    assert "Pelataran Utama" not in names and "Menara" not in names
