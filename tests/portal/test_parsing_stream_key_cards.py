"""Cards watching a viewer page keyed by a stream key; address badges that are no areas."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import MAX_CAMERAS, Camera
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.viewerlinks import stream_key_viewer

BASE = "https://cctv.bengalon.kutimkab.example/index.php"
KEYS = ("4c1e9b7a2d5f4083b6e2a9c1d7f05b38", "a8d3f0c6e1b2497c8e5d2a7f4c9b1e60")


def parse(html: str) -> tuple[Camera, ...]:
    return parse_body(html, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def card(name: str, href: str, caption: str = "Watch", place: str | None = None) -> str:
    line = f'<p><i class="fas fa-map-marker-alt"></i> {place}</p>' if place else ""
    return (
        f'<div class="glass rounded-2xl"><div class="p-5"><h3>{name}</h3>{line}'
        f'<a href="{href}" class="btn"><i class="fas fa-play"></i>{caption}</a></div></div>'
    )


def page(*cards: str, title: str = "CCTV Kecamatan Bengalon") -> str:
    return (
        f"<html><head><title>{title}</title></head><body><h2>Live Camera Feeds</h2>"
        f'<div class="grid">{"".join(cards)}</div></body></html>'
    )


def test_stream_key_viewer_takes_a_token_under_a_stream_key_field() -> None:
    assert stream_key_viewer(f"https://h.example/view.php?key={KEYS[0]}") == KEYS[0]
    assert stream_key_viewer("https://h.example/watch.php?stream=sgt01-a7f3c2") == "sgt01-a7f3c2"
    assert stream_key_viewer("https://h.example/view.php?key=12") is None
    assert stream_key_viewer("https://h.example/view.php?key=harbourrepairs") is None
    assert stream_key_viewer("https://h.example/patient_view.php?key=ab12cd34ef") is None
    assert stream_key_viewer("https://h.example/admin/view.php?key=ab12cd34ef") is None
    assert stream_key_viewer("https://h.example/news/view.php?key=2025-11-repairs") is None
    assert stream_key_viewer("https://h.example/view.php?key=ab12cd34ef&t=1") is None
    assert stream_key_viewer("https://192.168.1.5/view.php?key=ab12cd34ef") is None


def test_cards_watching_keyed_viewer_pages_are_cameras() -> None:
    html = page(
        card("Simpang Tiga Bengalon &amp; Jl. Poros", f"/view.php?key={KEYS[0]}"),
        card("Dermaga Sepaso", f"/view.php?key={KEYS[1]}"),
    )
    cameras = parse(html)
    assert [(c.id, c.name, c.stream_url) for c in cameras] == [
        (
            KEYS[0],
            "Simpang Tiga Bengalon & Jl. Poros",
            f"https://cctv.bengalon.kutimkab.example/view.php?key={KEYS[0]}",
        ),
        (
            KEYS[1],
            "Dermaga Sepaso",
            f"https://cctv.bengalon.kutimkab.example/view.php?key={KEYS[1]}",
        ),
    ]


def test_address_badges_give_no_area() -> None:
    html = page(
        card("Simpang Tiga", f"/view.php?key={KEYS[0]}", place="Jl. Poros Bengalon"),
        card("Dermaga Sepaso", f"/view.php?key={KEYS[1]}", place="No location"),
    )
    assert all(c.area is None for c in parse(html))


def test_placeholder_badges_leave_the_real_districts_their_area() -> None:
    keys = [f"{n}c1e9b7a2d5f4083b6e2a9c1d7f05b3{n}" for n in range(4)]
    places = ("Sangatta Utara", "Sangatta Utara", "No location", "No location")
    html = page(
        *(card(f"Simpang {n}", f"/view.php?key={keys[n]}", place=places[n]) for n in range(4))
    )
    assert [c.area for c in parse(html)] == ["Sangatta Utara", "Sangatta Utara", None, None]


def test_a_single_link_another_caption_or_a_page_without_cameras_gives_none() -> None:
    with pytest.raises(PortalFormatError):
        parse(page(card("Dermaga Sepaso", f"/view.php?key={KEYS[1]}")))
    with pytest.raises(PortalFormatError):
        parse(
            page(
                card("Dermaga Sepaso", f"/view.php?key={KEYS[0]}", caption="Recordings"),
                card("Pasar Bengalon", f"/view.php?key={KEYS[1]}", caption="Recordings"),
            )
        )
    with pytest.raises(PortalFormatError):
        parse(
            page(
                card("Lagu Daerah", f"/view.php?key={KEYS[0]}"),
                card("Tari Jepen", f"/view.php?key={KEYS[1]}"),
                title="Video Budaya Kutai",
            ).replace("Live Camera Feeds", "Video Budaya")
        )


def test_a_lan_viewer_page_is_never_taken() -> None:
    html = page(
        card("Dermaga Sepaso", f"http://192.168.1.20/view.php?key={KEYS[0]}"),
        card("Pasar Bengalon", f"http://192.168.1.20/view.php?key={KEYS[1]}"),
    )
    with pytest.raises(PortalFormatError):
        parse(html)


@pytest.mark.parametrize(
    ("title", "heading", "cards"),
    [
        (
            "Toko Kamera Jaya - Review Kamera Mirrorless",
            "Video Review Kamera",
            [
                card(name, f"/watch.php?key=rv4c1e9b7a2d{n}", "Tonton")
                for n, name in enumerate(
                    ("Review Sony A7 IV", "Review Canon R6", "Review Fuji XT5")
                )
            ],
        ),
        (
            "Top Webcam Streamers",
            "Live now",
            [
                card(f"Streamer {n}", f"/watch.php?stream=u4c1e9b7a2d5f{n}", "Watch live")
                for n in range(3)
            ],
        ),
    ],
)
def test_watch_cards_of_a_camera_shop_or_streamers_are_no_cameras(
    title: str, heading: str, cards: list[str]
) -> None:
    html = (
        f"<html><head><title>{title}</title></head><body><h2>{heading}</h2>"
        f'<div class="grid">{"".join(cards)}</div></body></html>'
    )
    with pytest.raises(PortalFormatError):
        parse(html)


def test_many_cards_watching_keyed_viewer_pages_stay_bounded() -> None:
    """Read for the bench_hostile case: 4,000 cards; the first MAX_CAMERAS are the cameras.

    The viewer script's further links are not read once its cameras are all kept.
    """
    cards = [card(f"Cam {n}", f"/view.php?key=k{n:08d}4c1e9b7a2d5f4083b6e2") for n in range(4000)]
    cameras = parse(page(*cards))
    assert len(cameras) == MAX_CAMERAS
    assert (cameras[0].name, cameras[-1].name) == ("Cam 0", f"Cam {MAX_CAMERAS - 1}")


def test_two_megabytes_of_cards_watching_keyed_viewer_pages_stay_bounded() -> None:
    """Read for the bench_hostile case: 15,000 cards (2.7 MB); the first MAX_CAMERAS are
    the cameras, and a live player past them is still read (the viewer pages then stand
    in for nothing)."""
    cards = [card(f"Cam {n}", f"/view.php?key=k{n:08d}4c1e9b7a2d5f4083b6e2") for n in range(15000)]
    cameras = parse(page(*cards))
    assert len(cameras) == MAX_CAMERAS
    assert (cameras[0].name, cameras[-1].name) == ("Cam 0", f"Cam {MAX_CAMERAS - 1}")
    player = '<video src="https://cctv.bengalon.kutimkab.example/hls/pasar/index.m3u8"></video>'
    cameras = parse(page(*cards, player))
    assert [c.stream_url for c in cameras] == [
        "https://cctv.bengalon.kutimkab.example/hls/pasar/index.m3u8"
    ]
