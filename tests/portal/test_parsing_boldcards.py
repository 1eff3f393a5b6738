"""Cards titled by a bold-class block and their Play buttons to camera record pages."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.viewerlinks import played_record_page, playing_caption

BASE = "https://nvr.sangatta.kutimkab.example/dashboard"
HOST = "https://nvr.sangatta.kutimkab.example"


def _card(number: int, name: str, name_class: str = "fw-semibold", button: str = "Play") -> str:
    return f"""
      <div class="col-3"><div class="card">
        <img src="/videos/{number}/live/preview.jpg" class="card-img-top" alt="preview">
        <div class="card-body">
          <div class="d-flex"><div>
            <div class="{name_class}">{name}</div>
            <div class="text-muted small">Jl. Yos Sudarso</div>
          </div><span class="badge bg-success">REC</span></div>
          <a class="btn btn-sm btn-primary" href="/camera/{number}">{button}</a>
          <a class="btn btn-sm btn-outline-secondary" href="/admin/cameras/{number}/edit">Edit</a>
        </div>
      </div></div>"""


def _page(*cards: str, heading: str = "All Cameras") -> str:
    return f"""<html><head><title>Dashboard</title></head><body><main>
      <h5 class="mb-3">{heading}</h5><div class="row">{"".join(cards)}</div>
    </main></body></html>"""


def _cameras(text: str, base: str = BASE) -> list[Camera]:
    return parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras


def test_bold_class_block_names_each_card_over_the_heading() -> None:
    cameras = _cameras(_page(_card(2, "Bundaran Pelangi"), _card(3, "Gerbang Kantor Bupati")))
    assert [(c.id, c.name) for c in cameras] == [
        ("2", "Bundaran Pelangi"),
        ("3", "Gerbang Kantor Bupati"),
    ]
    assert all(c.name != "All Cameras" for c in cameras)


def test_tailwind_and_older_bootstrap_bold_classes_name_cards_too() -> None:
    for name_class in ("font-semibold text-sm", "font-weight-bold", "text-bold flex"):
        cameras = _cameras(_page(_card(4, "Ruang Paripurna", name_class), _card(6, "Taman Depan")))
        assert [c.name for c in cameras] == ["Ruang Paripurna", "Taman Depan"], name_class


def test_play_button_to_the_cameras_record_page_is_its_stream() -> None:
    cameras = _cameras(_page(_card(2, "Bundaran Pelangi"), _card(3, "Gerbang Kantor Bupati")))
    assert [c.stream_url for c in cameras] == [f"{HOST}/camera/2", f"{HOST}/camera/3"]
    assert cameras[0].snapshot_url == f"{HOST}/videos/2/live/preview.jpg"


def test_detail_caption_gives_no_stream() -> None:
    cameras = _cameras(_page(_card(2, "Bundaran Pelangi", button="Detail"), _card(3, "Taman")))
    assert cameras[0].stream_url is None
    assert cameras[1].stream_url == f"{HOST}/camera/3"


def test_bold_span_pill_is_no_title() -> None:
    card = _card(2, "Bundaran Pelangi", name_class="text-muted").replace(
        '<span class="badge bg-success">REC</span>',
        '<span class="font-bold text-emerald-400">ONLINE</span>',
    )
    cameras = _cameras(_page(card, _card(3, "Taman")))
    assert cameras[0].name != "ONLINE"


def test_bold_block_without_a_picture_names_no_card() -> None:
    summary = '<div class="col-3"><div class="fw-bold">Ringkasan</div><p>2 kamera</p></div>'
    cameras = _cameras(_page(summary, _card(2, "Bundaran Pelangi"), _card(3, "Taman")))
    assert "Ringkasan" not in {c.name for c in cameras}
    assert len(cameras) == 2


def test_played_record_page_takes_the_cameras_own_number_only() -> None:
    assert played_record_page(f"{HOST}/camera/2", ("2", None)) == "2"
    assert played_record_page(f"{HOST}/cctv/su-01", ("SU01", None)) == "su-01"
    # another record's number, a non-camera folder, admin and picture folders
    assert played_record_page(f"{HOST}/camera/3", ("2", None)) is None
    assert played_record_page(f"{HOST}/berita/2", ("2", None)) is None
    assert played_record_page(f"{HOST}/admin/camera/2", ("2", None)) is None
    assert played_record_page(f"{HOST}/foto/camera/2", ("2", None)) is None
    # a query, a LAN host, a login, a single segment
    assert played_record_page(f"{HOST}/camera/2?x=1", ("2", None)) is None
    assert played_record_page("http://192.168.1.20/camera/2", ("2", None)) is None
    assert played_record_page("http://10.20.0.18/camera/2", ("2", None)) is None
    assert played_record_page("https://admin:pw@nvr.kutim.example/camera/2", ("2", None)) is None
    assert played_record_page(f"{HOST}/2", ("2", None)) is None


def test_playing_captions() -> None:
    assert playing_caption("Play")
    assert playing_caption("Watch")
    assert playing_caption("Lihat Live")
    assert not playing_caption("Detail")
    assert not playing_caption("Edit")
    assert not playing_caption("Lihat")


def test_lan_play_link_on_a_public_page_gives_no_stream() -> None:
    card = _card(2, "Bundaran Pelangi").replace(
        'href="/camera/2"', 'href="http://10.0.0.5/camera/2"'
    )
    cameras = _cameras(_page(card, _card(3, "Taman")))
    assert cameras[0].stream_url is None
    assert all("10.0.0.5" not in (c.stream_url or "") for c in cameras)


def test_news_page_with_bold_lines_and_play_links_yields_no_cameras() -> None:
    page = """<html><body><h1>Berita</h1>
      <div class="post"><div class="fw-bold">Rapat Paripurna</div><p>Isi berita.</p>
      <a href="/video/2">Play</a></div>
      <div class="post"><div class="fw-bold">Pasar Murah</div><p>Isi.</p>
      <a href="/video/3">Play</a></div></body></html>"""
    with pytest.raises(PortalFormatError):
        _cameras(page, "https://berita.kutimkab.example/")
