"""Player frames in the same cards as the page's script-attached players are cameras."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://atcs.kutim.example/live.php"

_HLS = """<video class='w-100' id='video_{key}'></video>
<script>
  const videoEl = document.getElementById('video_{key}');
  if (Hls.isSupported()) {{
    const hls = new Hls();
    hls.loadSource('{url}');
    hls.attachMedia(videoEl);
  }}
</script>"""
_FRAME = "<iframe class='w-100' height='200' src='{url}' allowfullscreen></iframe>"
_CARD = """<div class="col-md-4"><div class="card"><div class="card-body">
<h5 class="card-title">{name}</h5><div class="mb-3">{body}</div></div></div></div>"""


def hls(key: str) -> str:
    return _HLS.format(key=key, url=f"https://atcs.kutim.example/hls/{key}/index.m3u8")


def frame(url: str) -> str:
    return _FRAME.format(url=url)


def page(cards: list[tuple[str, str]], extra: str = "") -> list[Camera]:
    body = "".join(_CARD.format(name=name, body=inner) for name, inner in cards)
    text = f"<html><body><div class='row'>{body}</div>{extra}</body></html>"
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def streams(cameras: list[Camera]) -> dict[str, str | None]:
    return {camera.name: camera.stream_url for camera in cameras}


def test_frames_in_cards_like_two_player_cards_are_cameras() -> None:
    found = page(
        [
            ("Simpang Tiga", hls("simpang3")),
            ("Bundaran Pelangi", frame("https://www.youtube.com/embed/Xk3pQ7sLw2A")),
            ("Pelabuhan", frame("https://ams.kutim.example/WebRTCAppEE/play.html?name=pel01")),
            ("Simpang Kabo", hls("kabo")),
            ("Polder", frame("https://atcs.kutim.example/webrtc/?stream=polder")),
            ("Bengalon", frame("https://atcs.kutim.example/player/index.html?cam=bgl5")),
        ]
    )
    assert streams(found) == {
        "Simpang Tiga": "https://atcs.kutim.example/hls/simpang3/index.m3u8",
        "Bundaran Pelangi": "https://www.youtube.com/embed/Xk3pQ7sLw2A",
        "Pelabuhan": "https://ams.kutim.example/WebRTCAppEE/play.html?name=pel01",
        "Simpang Kabo": "https://atcs.kutim.example/hls/kabo/index.m3u8",
        "Polder": "https://atcs.kutim.example/webrtc/?stream=polder",
        "Bengalon": "https://atcs.kutim.example/player/index.html?cam=bgl5",
    }


def test_a_frame_outside_the_player_cards_is_no_camera() -> None:
    promo = (
        "<section class='profil'><h3>Profil Dinas</h3>"
        "<iframe src='https://www.youtube.com/embed/Ht3mVq8LzPo'></iframe></section>"
    )
    found = page([("Simpang Tiga", hls("simpang3")), ("Simpang Kabo", hls("kabo"))], promo)
    assert sorted(streams(found)) == ["Simpang Kabo", "Simpang Tiga"]


def test_one_player_card_makes_no_wall() -> None:
    found = page(
        [
            ("Simpang Tiga", hls("simpang3")),
            ("Video Profil", frame("https://www.youtube.com/embed/Xk3pQ7sLw2A")),
        ]
    )
    assert list(streams(found)) == ["Simpang Tiga"]


def test_a_card_holding_two_players_signs_no_wall() -> None:
    both = hls("a") + hls("b")
    found = page(
        [
            ("Dua Kamera", both),
            ("Simpang Kabo", both.replace("video_a", "video_c").replace("video_b", "video_d")),
            ("Video Profil", frame("https://www.youtube.com/embed/Xk3pQ7sLw2A")),
        ]
    )
    assert all("youtube" not in (camera.stream_url or "") for camera in found)


def test_lan_websocket_and_login_frames_are_never_media() -> None:
    found = page(
        [
            ("Simpang Tiga", hls("simpang3")),
            ("Simpang Kabo", hls("kabo")),
            ("Gudang", frame("http://192.168.10.21:5080/LiveApp/play.html?name=gudang1")),
            ("Loopback", frame("http://127.0.0.1:8889/cam/")),
            ("Pasar", frame("wss://atcs.kutim.example/ws/pasar")),
            ("Login", frame("https://admin:rahasia@atcs.kutim.example/webrtc/?stream=login")),
        ]
    )
    urls = [camera.stream_url or "" for camera in found]
    assert not any("192.168." in url or "127.0.0.1" in url for url in urls)
    assert not any(url.startswith("wss:") for url in urls)
    assert not any("rahasia" in url or "admin:" in url for url in urls)
    assert streams(found)["Login"] == "https://atcs.kutim.example/webrtc/?stream=login"


def _video_section(
    source: str,
    title: str = "Video Berita - Kutim News",
    headings: tuple[str, str] = (
        "Berita Video {i}: Banjir Sangatta",
        "Berita Video {i}: Wawancara Bupati",
    ),
    base: str = "https://news.example/video",
) -> tuple[Camera, ...]:
    # A video section: hls.js plays a source in two cards, YouTube embeds fill the others.
    cards = "".join(
        f'<div class="card video-card"><video id="v{i}" controls></video>'
        f"<h5>{headings[0].format(i=i)}</h5></div>"
        for i in (1, 2)
    ) + "".join(
        f'<div class="card video-card"><iframe src="https://www.youtube.com/embed/{key}">'
        f"</iframe><h5>{headings[1].format(i=i)}</h5></div>"
        for i, key in ((3, "dQw4w9WgXcQ"), (4, "9bZkp7q19f0"))
    )
    script = (
        "<script src='https://cdn.jsdelivr.net/npm/hls.js'></script><script>"
        + "".join(
            f"var h{i}=new Hls();h{i}.loadSource('{source.format(i=i)}');"
            f"h{i}.attachMedia(document.getElementById('v{i}'));"
            for i in (1, 2)
        )
        + "</script>"
    )
    text = (
        f"<html><head><title>{title}</title></head><body><h1>Video Terbaru"
        f"</h1><div class='row'>{cards}</div>{script}</body></html>"
    )
    try:
        return parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras
    except PortalFormatError:
        return ()


@pytest.mark.parametrize(
    "source",
    [
        "https://vod.news.example/berita/{i}/index.m3u8",
        "https://media.kutimnews.example/video/2026/{i}/index.m3u8",
        "https://cdn.kutimnews.example/videos/banjir-{i}/master.m3u8",
        "https://stream.beritasatu.example/rekaman/{i}/index.m3u8",
        "https://kutimnews.example/arsip/{i}/playlist.m3u8",
        "https://cdn.example/hls/news-{i}.m3u8",
    ],
)
def test_a_news_sites_recorded_videos_and_their_sibling_embeds_are_no_cameras(
    source: str,
) -> None:
    assert _video_section(source) == ()


@pytest.mark.parametrize(
    "source",
    [
        "https://news.kutimtv.example/cctv/{i}/index.m3u8",
        "https://stream.kutim.example/blog/cam{i}/index.m3u8",
    ],
)
def test_a_camera_walls_relay_on_a_news_or_blog_address_keeps_its_embeds(source: str) -> None:
    found = _video_section(
        source,
        title="CCTV Live Sangatta",
        headings=("CCTV Simpang {i}: Banjir Sangatta", "CCTV Simpang {i}: Live Cam"),
        base="https://kutimtv.example/cctv",
    )
    assert len(found) == 4
    assert sum("youtube" in (camera.stream_url or "") for camera in found) == 2
