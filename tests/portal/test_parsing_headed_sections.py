"""Posts listing cameras one heading each, the media of mixed kinds under each heading."""

from __future__ import annotations

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.headedsections import headed_cameras

BASE = "https://blog.sangatta.example/2026/12/daftar-cctv/"
YT = "https://www.youtube.com/embed/{}"
HLS = "https://atcs.kutimkab.example/live/{}.m3u8"


def page(body: str) -> str:
    return (
        "<!DOCTYPE html><html><head><title>Daftar CCTV Sangatta</title></head><body>"
        '<header><img src="/img/logo.png" alt="Blog Sangatta"></header>'
        f'<article><h1>Daftar CCTV Sangatta</h1><div class="post-content">{body}</div>'
        '</article><aside><h2>Pos terbaru</h2><ul><li><a href="/2026/11/pasar/">'
        '<img src="/wp-content/uploads/2026/11/pasar-150x150.jpg" alt=""> Pasar</a></li>'
        "</ul></aside></body></html>"
    )


def read(body: str) -> tuple[Camera, ...]:
    return parse_body(page(body), profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def frame(video: str) -> str:
    return (
        f'<iframe src="{YT.format(video)}" title="YouTube video player" allowfullscreen></iframe>'
    )


def video(key: str, poster: str = "") -> str:
    shown = f' poster="{poster}"' if poster else ""
    return f'<video controls{shown}><source src="{HLS.format(key)}" type="application/x-mpegURL">'


MIXED = (
    '<p><img src="/img/macet.jpg" alt="Kondisi lalu lintas"></p>'
    "<h2>Daftar CCTV Publik Sangatta</h2>"
    f"<h3>1. Simpang Tiga Sangatta</h3><p>Arah Jl. Yos Sudarso.</p>{frame('Sg3tSimp001')}"
    f"<h3>2. Bundaran Enggang</h3>{video('enggang', '/img/cctv/enggang.jpg')}</video>"
    '<h3>3. Bukit Pelangi</h3><p><a href="https://cctv.kutimkab.example/view/12">'
    "Lihat CCTV Simpang Empat Bukit Pelangi</a></p>"
    '<h3>4. Pelabuhan Kenyamukan</h3><p><img src="https://atcs.kutimkab.example/snap/ke.jpg"'
    ' alt="CCTV Pelabuhan Kenyamukan"></p>'
    "<h3>5. Simpang Kabo</h3><p><em>Segera hadir</em></p>"
    "<h2>Tips</h2><ul><li>Gunakan koneksi stabil.</li></ul>"
)


def test_each_heading_with_media_is_a_camera_named_without_its_number() -> None:
    cams = read(MIXED)
    assert [c.raw_name for c in cams] == [
        "Simpang Tiga Sangatta",
        "Bundaran Enggang",
        "Bukit Pelangi",
        "Pelabuhan Kenyamukan",
    ]
    assert cams[0].stream_url == YT.format("Sg3tSimp001")
    assert cams[1].stream_url == HLS.format("enggang")
    assert cams[1].snapshot_url == "https://blog.sangatta.example/img/cctv/enggang.jpg"
    assert cams[2].stream_url == "https://cctv.kutimkab.example/view/12"
    assert cams[2].id == "12"
    assert cams[3].stream_url is None
    assert cams[3].snapshot_url == "https://atcs.kutimkab.example/snap/ke.jpg"
    # One list-title heading above them all is no area.
    assert all(c.area is None for c in cams)


def test_the_posts_own_pictures_and_sidebar_thumbnails_are_no_cameras() -> None:
    urls = {url for c in read(MIXED) for url in (c.stream_url, c.snapshot_url) if url}
    assert not any("macet" in url or "150x150" in url or "logo" in url for url in urls)


def test_group_headings_give_the_area_when_there_are_two_or_more() -> None:
    body = (
        f"<h2>Litoral Norte</h2><h3>ERS-040 km 13 - Viamão</h3>{frame('Qk3vB9xLm2A')}"
        f"<h3>ERS-389 km 20 - Osório</h3>{video('ers389')}</video>"
        f"<h2>Serra Gaúcha</h2><h3>RS-122 km 70 - Caxias do Sul</h3>{frame('Rs122Km70x')}"
    )
    cams = read(body)
    assert [(c.raw_name, c.area) for c in cams] == [
        ("ERS-040 km 13 - Viamão", "Litoral Norte"),
        ("ERS-389 km 20 - Osório", "Litoral Norte"),
        ("RS-122 km 70 - Caxias do Sul", "Serra Gaúcha"),
    ]


def test_group_headings_naming_camera_lists_are_no_areas() -> None:
    body = (
        f"<h2>CCTV Dishub</h2><h3>Simpang Tiga</h3>{frame('Simpang3abc')}"
        f"<h2>CCTV BPBD</h2><h3>Jembatan Pinang</h3>{video('pinang')}</video>"
    )
    assert [c.area for c in read(body)] == [None, None]


def test_a_section_with_two_players_or_none_is_no_camera() -> None:
    body = (
        f"<h3>Simpang Tiga</h3>{frame('Simpang3abc')}{frame('Simpang3def')}"
        f"<h3>Jembatan Pinang</h3>{frame('JbPinang0x2')}"
        f"<h3>Pasar Induk</h3>{video('pasar')}</video>"
        "<h3>Simpang Kabo</h3><p>Segera hadir</p>"
    )
    found = headed_cameras(page(body), BASE, lambda _url: None)
    assert [camera.item["name"] for camera in found] == ["Jembatan Pinang", "Pasar Induk"]


def test_picture_only_listicles_are_not_read_as_a_camera_list() -> None:
    # A post on CCTV brands: each heading over a product photo, no live medium at all.
    body = "".join(
        f'<h3>{n}. {brand}</h3><p><img src="https://shop.example/{brand}.jpg" alt="{brand}"></p>'
        for n, brand in enumerate(("Hikvision", "Dahua", "Ezviz"), start=1)
    )
    assert headed_cameras(page(body), BASE, lambda _url: None) == []


def test_a_picture_stored_on_the_posts_site_is_no_still() -> None:
    body = (
        f"<h3>Simpang Tiga</h3>{frame('Simpang3abc')}"
        '<h3>Jembatan Pinang</h3><p><img src="/wp-content/uploads/2026/01/jembatan.jpg"></p>'
        f"<h3>Pasar Induk</h3>{video('pasar')}</video>"
    )
    found = headed_cameras(page(body), BASE, lambda _url: None)
    assert [camera.item["name"] for camera in found] == ["Simpang Tiga", "Pasar Induk"]


def test_a_link_not_labelled_as_showing_a_camera_is_no_medium() -> None:
    body = (
        f"<h3>Simpang Tiga</h3>{frame('Simpang3abc')}"
        '<h3>Jembatan Pinang</h3><p><a href="https://bpbd.kutimkab.example/berita/7">'
        "Berita banjir</a></p>"
        f"<h3>Pasar Induk</h3>{video('pasar')}</video>"
    )
    found = headed_cameras(page(body), BASE, lambda _url: None)
    assert [camera.item["name"] for camera in found] == ["Simpang Tiga", "Pasar Induk"]


def test_a_lazy_players_noscript_copy_is_not_a_second_medium() -> None:
    body = "".join(
        f'<h3>{name}</h3><div class="perfmatters-lazy-youtube" data-src="{YT.format(key)}"'
        f' data-id="{key}"><img src="https://i.ytimg.com/vi/{key}/hqdefault.jpg"></div>'
        f"<noscript>{frame(key)}</noscript>"
        for name, key in (("Dermaga Maloy", "Mk2vR7tLq9A"), ("Kenyamukan", "Bw5nX1cZr3E"))
    )
    body += f"<h3>Pasar Induk</h3>{video('pasar')}</video>"
    found = headed_cameras(page(body), BASE, lambda _url: None)
    assert [camera.item.get("stream") for camera in found] == [
        YT.format("Mk2vR7tLq9A"),
        YT.format("Bw5nX1cZr3E"),
        HLS.format("pasar"),
    ]


def test_a_video_sites_frame_among_stills_alone_is_no_camera_list() -> None:
    # Stills under their headings and one video site's frame: a promotional video.
    body = (
        '<h3>Ramp</h3><p><img src="https://cams.example/ramp.jpg" alt="Ramp"></p>'
        '<h3>Wharf</h3><p><img src="https://cams.example/wharf.jpg" alt="Wharf"></p>'
        f"<h3>Bar</h3>{frame('dQw4w9WgXcQ')}"
    )
    assert headed_cameras(page(body), BASE, lambda _url: None) == []


def test_numbers_that_are_part_of_the_name_stay() -> None:
    body = (
        f"<h3>2026 Festival Sangatta</h3>{frame('Festival26a')}"
        f"<h3>#4 Simpang Empat</h3>{video('simpang4')}</video>"
        f"<h3>KM 12 Poros Bontang</h3>{frame('Km12Poros0')}"
    )
    found = headed_cameras(page(body), BASE, lambda _url: None)
    assert [camera.item["name"] for camera in found] == [
        "2026 Festival Sangatta",
        "Simpang Empat",
        "KM 12 Poros Bontang",
    ]


def test_hostile_markup_is_read_within_bounds() -> None:
    deep = "<div>" * 5000 + "<h3>x</h3>" * 5000 + "</div>" * 5000
    assert headed_cameras(deep, BASE, lambda _url: None) == []
    assert headed_cameras("<h3><<<</h3><iframe src='javascript:1'>", BASE, lambda _u: None) == []


NEWS = "https://www.beritakutim.example/2026/05/artikel.html"


def post(body: str) -> str:
    return f"<div>{body}</div>"


def read_at(body: str, base_url: str) -> tuple[Camera, ...]:
    return parse_body(post(body), profile=Profile.AUTO, base_url=base_url, prettify=False).cameras


def test_a_recipe_blogs_videos_under_headings_are_no_cameras() -> None:
    body = (
        "<h2>Sarapan</h2><h3>Nasi Kuning</h3>"
        '<video src="https://media.resepku.example/v/nasi-kuning.mp4" controls></video>'
        '<h3>Bubur Ayam</h3><img src="https://media.resepku.example/p/bubur.jpg">'
        "<h2>Makan Siang</h2><h3>Soto Banjar</h3>"
        '<video src="https://media.resepku.example/v/soto.mp4" controls></video>'
        '<h3>Ikan Bakar</h3><img src="https://media.resepku.example/p/ikan.jpg">'
    )
    assert headed_cameras(post(body), NEWS, lambda _url: None) == []
    cams = read_at(body, NEWS)
    assert [c.raw_name for c in cams] == ["Nasi Kuning", "Soto Banjar"]  # the page reader's
    assert all(c.area is None for c in cams)


def test_a_football_pages_players_under_headings_are_no_cameras() -> None:
    body = (
        '<h3>Persib vs Persija</h3><iframe src="https://player.streambola.example/embed/'
        'match-1234" allowfullscreen></iframe>'
        '<h3>Borneo FC vs Arema</h3><iframe src="https://player.streambola.example/embed/'
        'match-1235" allowfullscreen></iframe>'
        '<h3>Bali United vs PSM</h3><img src="https://cdn.streambola.example/p/1236.jpg">'
    )
    assert headed_cameras(post(body), NEWS, lambda _url: None) == []
    assert "Bali United vs PSM" not in {c.raw_name for c in read_at(body, NEWS)}


def test_the_same_players_read_when_the_post_speaks_of_cameras() -> None:
    body = (
        "<h2>Daftar CCTV Sangatta</h2>"
        '<h3>Simpang Tiga</h3><iframe src="https://player.streambola.example/embed/'
        'match-1234" allowfullscreen></iframe>'
        '<h3>Taman Bersemi</h3><img src="https://cdn.streambola.example/p/1236.jpg">'
    )
    found = headed_cameras(post(body), NEWS, lambda _url: None)
    assert [camera.item["name"] for camera in found] == ["Simpang Tiga", "Taman Bersemi"]


def test_a_camera_stream_is_context_enough_without_camera_words() -> None:
    body = (
        f"<h3>Simpang Tiga</h3>{video('simpang')}</video>"
        '<h3>Taman Bersemi</h3><img src="https://atcs.kutimkab.example/snap/2.jpg">'
    )
    found = headed_cameras(post(body), NEWS, lambda _url: None)
    assert [camera.item["name"] for camera in found] == ["Simpang Tiga", "Taman Bersemi"]


def test_a_news_sites_own_cdn_is_the_posts_site() -> None:
    body = (
        "<title>Daftar CCTV Kutim</title>"
        f"<h2>1. Pantai Teluk Lombok</h2>{video('lombok')}</video>"
        '<h2>2. Bukit Pelangi</h2><img src="https://cdn.beritakutim.example/2026/05/bukit.jpg">'
        '<h2>3. Pantai Sekerat</h2><img src="https://cdn.beritakutim.example/2026/05/pantai.jpg">'
    )
    found = headed_cameras(post(body), NEWS, lambda _url: None)
    assert [camera.item["name"] for camera in found] == []  # one camera only: no list
    body += '<h2>4. Simpang Kabo</h2><img src="https://atcs.kutimkab.example/snap/kabo.jpg">'
    found = headed_cameras(post(body), NEWS, lambda _url: None)
    assert [camera.item["name"] for camera in found] == ["Pantai Teluk Lombok", "Simpang Kabo"]


def test_a_public_posts_sections_hand_out_no_lan_addresses() -> None:
    base = "https://www.blogcctv.example/2026/05/artikel.html"
    body = (
        f"<h3>Simpang Tiga</h3>{video('simpang')}</video>"
        f"<h3>Bundaran Enggang</h3>{video('enggang')}</video>"
        '<h3>Taman Bersemi</h3><img src="http://admin:12345@169.254.169.254/latest/snap.jpg">'
        '<h3>Pasar Induk</h3><a href="http://10.0.0.5/view/3">Lihat CCTV Pasar</a>'
    )
    found = headed_cameras(post(body), base, lambda _url: None)
    assert [camera.item["name"] for camera in found] == ["Simpang Tiga", "Bundaran Enggang"]
    urls = {c.snapshot_url for c in read_at(body, base)} | {
        c.stream_url for c in read_at(body, base)
    }
    assert not any(url and ("169.254" in url or "10.0.0.5" in url) for url in urls)
    # The same post served on a LAN keeps them (its own network's cameras).
    found = headed_cameras(post(body), "http://192.168.1.10/cctv.html", lambda _url: None)
    assert len(found) == 4


def test_pages_without_a_heading_run_and_a_live_medium_are_not_parsed() -> None:
    assert headed_cameras("<ul><li>x</li></ul>" * 1000, BASE, lambda _url: None) == []
    assert headed_cameras("<h3>a</h3><h4>b</h4>" + video("x"), BASE, lambda _u: None) == []
    assert headed_cameras("<h3>a</h3><h3>b</h3><img src=x>", BASE, lambda _u: None) == []


def test_a_huge_page_stops_being_read_at_the_cap() -> None:
    """A page of 200,000 stray tags after a heading reads nothing (its CPU time is
    measured by ``scripts/bench_hostile.py``)."""
    body = "<h3>x</h3><iframe></iframe><h3>y</h3><video></video>" + "<p>x</b>" * 200_000
    assert headed_cameras(post(body), BASE, lambda _url: None) == []
