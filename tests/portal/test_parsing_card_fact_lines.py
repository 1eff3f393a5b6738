"""Cards' labelled fact lines: a Lokasi line is the area, other labelled lines are none."""

from __future__ import annotations

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://siehan.bpbd.example/cctv"


def cameras(text: str) -> tuple[Camera, ...]:
    """Parse a page as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _video(key: str) -> str:
    return (
        '<video class="video-js vjs-16-9" controls preload="none" data-setup="{}">'
        f'<source src="https://s.example/{key}.m3u8" type="application/x-mpegURL"></video>'
    )


def _card(player: str, title: str, *lines: str) -> str:
    body = "".join(lines)
    return (
        '<div class="col-md-4"><div class="card"><div class="card-img-top">'
        f'{player}</div><div class="card-body"><h5 class="card-title">{title}</h5>{body}'
        "</div></div></div>"
    )


def _pinned(text: str) -> str:
    return f'<p class="card-text"><i class="fa fa-map-marker"></i> {text}</p>'


def _badge(text: str) -> str:
    return f'<span class="badge bg-info">{text}</span>'


def _page(*cards: str) -> str:
    return f'<html><body><div class="row">{"".join(cards)}</div></body></html>'


def _areas(text: str) -> dict[str | None, str | None]:
    return {c.raw_name: c.area for c in cameras(text)}


def test_lokasi_line_is_area_beside_a_labelled_source_badge() -> None:
    """'Lokasi: Bengalon' is the area; the 'Sumber: Dishub' badge names no place."""
    page = _page(
        _card(_video("a"), "Simpang Tiga", _pinned("Lokasi: Bengalon"), _badge("Sumber: Dishub")),
        _card(
            _video("b"), "Pasar Induk", _pinned("Lokasi: Sangatta Utara"), _badge("Sumber: Kominfo")
        ),
        _card(_video("c"), "Pelabuhan", _pinned("Lokasi: Kaliorang"), _badge("Sumber: Dishub")),
    )
    assert _areas(page) == {
        "Simpang Tiga": "Bengalon",
        "Pasar Induk": "Sangatta Utara",
        "Pelabuhan": "Kaliorang",
    }


def test_lokasi_line_without_an_icon_is_area_too() -> None:
    """A plain 'Lokasi:' line of each card gives its area."""
    page = _page(
        _card(_video("a"), "Simpang Tiga", "<p>Lokasi: Bengalon</p>"),
        _card(_video("b"), "Pasar Induk", "<p>Lokasi: Sangatta Utara</p>"),
    )
    assert _areas(page) == {"Simpang Tiga": "Bengalon", "Pasar Induk": "Sangatta Utara"}


def test_lokasi_line_written_as_an_address_is_no_area() -> None:
    """'Lokasi: Jl. Pendidikan No. 7, Sangatta' is where the camera stands, not its area."""
    page = _page(
        _card(_video("a"), "Bengkel SMK", _pinned("Lokasi: Jl. Pendidikan No. 7, Sangatta")),
        _card(_video("b"), "Lapangan SMP", _pinned("Lokasi: Bengalon")),
        _card(_video("c"), "Halaman SD", _pinned("Lokasi: Kaliorang")),
    )
    assert _areas(page) == {
        "Bengkel SMK": None,
        "Lapangan SMP": "Bengalon",
        "Halaman SD": "Kaliorang",
    }


def test_labelled_badges_of_other_fields_name_no_area() -> None:
    """Badges labelled 'Sumber:' or 'Jenis:' are the cards' fields, never their places."""
    page = _page(
        _card(_video("a"), "Simpang Tiga", _badge("Sumber: Dishub")),
        _card(_video("b"), "Pasar Induk", _badge("Sumber: Diskominfo")),
        _card(_video("c"), "Pelabuhan", _badge("Jenis: PTZ Dome")),
    )
    assert _areas(page) == {"Simpang Tiga": None, "Pasar Induk": None, "Pelabuhan": None}


def test_unlabelled_badges_still_name_areas() -> None:
    """A badge of a place alone ("Bengalon") or labelled as one ("Kec. Bengalon") is read."""
    page = _page(
        _card(_video("a"), "Simpang Tiga", _badge("Bengalon")),
        _card(_video("b"), "Pasar Induk", _badge("Kec. Sangatta Utara")),
    )
    assert _areas(page) == {"Simpang Tiga": "Bengalon", "Pasar Induk": "Sangatta Utara"}


def test_video_platform_frame_in_a_card_like_the_players_cards() -> None:
    """A YouTube frame in the same card as the video.js cards is that card's camera."""
    frame = '<iframe src="https://www.youtube.com/embed/Lq3vN8cTz1w" allowfullscreen></iframe>'
    page = _page(
        _card(_video("a"), "Simpang Tiga", _pinned("Lokasi: Bengalon")),
        _card(frame, "Bukit Pelangi", _pinned("Lokasi: Sangatta Utara")),
        _card(_video("c"), "Pelabuhan", _pinned("Lokasi: Kaliorang")),
    )
    found = {c.raw_name: (c.stream_url, c.area) for c in cameras(page)}
    assert found["Bukit Pelangi"] == (
        "https://www.youtube.com/embed/Lq3vN8cTz1w",
        "Sangatta Utara",
    )
    assert len(found) == 3


def test_promotional_frame_outside_the_cards_is_no_camera() -> None:
    """A video frame in a block of its own beside the players' cards is none of them."""
    frame = (
        '<div class="promo-video"><h3>Profil Daerah</h3>'
        '<iframe src="https://www.youtube.com/embed/Zx9Qm3LtR2b" allowfullscreen></iframe></div>'
    )
    page = (
        _page(
            _card(_video("a"), "Simpang Tiga", _pinned("Lokasi: Bengalon")),
            _card(_video("b"), "Pelabuhan", _pinned("Lokasi: Kaliorang")),
        )
        + frame
    )
    found = cameras(page)
    assert {c.raw_name for c in found} == {"Simpang Tiga", "Pelabuhan"}


def test_lokasi_line_with_a_comma_is_still_the_area() -> None:
    """'Lokasi: Kecamatan Bengalon, Kutai Timur' holds no street or house number: the area."""
    found = cameras(
        _page(
            _card(_video("a"), "Pelabuhan", "<p>Lokasi: Kecamatan Bengalon, Kutai Timur</p>"),
            _card(_video("b"), "Dermaga", "<p>Lokasi: Kecamatan Sangatta, Kutai Timur</p>"),
        )
    )
    assert [(c.raw_name, c.area) for c in found] == [
        ("Pelabuhan", "Kecamatan Bengalon, Kutai Timur"),
        ("Dermaga", "Kecamatan Sangatta, Kutai Timur"),
    ]
