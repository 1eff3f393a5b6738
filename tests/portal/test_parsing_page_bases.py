"""Pages: a declared ``<base href>`` and a group heading wrapped alone in a column."""

from __future__ import annotations

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

PAGE = "https://cctv.kutim.example/index.php/monitoring/bendungan"


def _cams(head: str, body: str, base_url: str = PAGE) -> tuple[Camera, ...]:
    page = f"<!doctype html><html><head>{head}<title>CCTV</title></head><body>{body}</body></html>"
    return parse_body(page, profile=Profile.AUTO, base_url=base_url, prettify=False).cameras


def _players(*names: str) -> str:
    return "".join(
        f'<div class="cam"><h3>{name}</h3><video class="video-js" poster="data/{name}/thumb.jpg">'
        f'<source src="data/{name}/index.m3u8" type="application/x-mpegURL"></video></div>'
        for name in names
    )


def _streams(cameras: tuple[Camera, ...]) -> dict[str | None, str | None]:
    return {c.raw_name: c.stream_url for c in cameras}


def test_relative_sources_resolve_against_the_declared_base() -> None:
    cameras = _cams('<base href="https://cctv.kutim.example/">', _players("Spillway", "Intake"))
    assert _streams(cameras) == {
        "Spillway": "https://cctv.kutim.example/data/Spillway/index.m3u8",
        "Intake": "https://cctv.kutim.example/data/Intake/index.m3u8",
    }
    assert {c.snapshot_url for c in cameras} == {
        "https://cctv.kutim.example/data/Spillway/thumb.jpg",
        "https://cctv.kutim.example/data/Intake/thumb.jpg",
    }


def test_a_relative_base_resolves_against_the_page_first() -> None:
    cameras = _cams("<BASE HREF='/media/live/'>", _players("Gate"))
    assert _streams(cameras) == {
        "Gate": "https://cctv.kutim.example/media/live/data/Gate/index.m3u8"
    }


def test_a_base_on_another_public_host_is_followed() -> None:
    cameras = _cams('<base href="https://static.kutim.example/cams/">', _players("Gate"))
    assert _streams(cameras) == {"Gate": "https://static.kutim.example/cams/data/Gate/index.m3u8"}


def test_without_a_usable_base_the_page_address_counts() -> None:
    want = {"Gate": "https://cctv.kutim.example/index.php/monitoring/data/Gate/index.m3u8"}
    for head in ('<base href="">', '<base target="_top">', '<base href="javascript:void(0)">', ""):
        assert _streams(_cams(head, _players("Gate"))) == want


def test_a_base_written_in_the_body_is_no_document_base() -> None:
    body = '<p>Example: <code><base href="https://other.example/"></code></p>' + _players("Gate")
    want = {"Gate": "https://cctv.kutim.example/index.php/monitoring/data/Gate/index.m3u8"}
    assert _streams(_cams("", body)) == want


def test_a_base_in_a_comment_or_a_script_string_is_no_document_base() -> None:
    page = "https://cctv.example.go.id/kamera/"
    body = (
        '<div class="card"><h4>Simpang Tiga</h4>'
        '<video src="hls/simpang3.m3u8" poster="snap/simpang3.jpg"></video></div>'
    )
    want = {"Simpang Tiga": "https://cctv.example.go.id/kamera/hls/simpang3.m3u8"}
    for head in (
        '<!-- <base href="https://old-cdn.example.net/assets/"> -->',
        "<script>var tpl = '<base href=\"https://evil.example.net/x/\">';</script>",
        '<style>/* <base href="https://old-cdn.example.net/assets/"> */</style>',
        '<noscript><base href="https://old-cdn.example.net/assets/"></noscript>',
        '<template><base href="https://old-cdn.example.net/assets/"></template>',
    ):
        cameras = _cams(head, body, base_url=page)
        assert _streams(cameras) == want
        assert {c.snapshot_url for c in cameras} == {
            "https://cctv.example.go.id/kamera/snap/simpang3.jpg"
        }
    # The real base after a commented-out one counts.
    real = '<!-- <base href="https://old-cdn.example.net/"> --><base href="https://cdn.example.go.id/">'
    assert _streams(_cams(real, body, base_url=page)) == {
        "Simpang Tiga": "https://cdn.example.go.id/hls/simpang3.m3u8"
    }


def test_a_base_after_a_long_head_still_counts() -> None:
    head = "<style>" + ".x{color:red}" * 3000 + '</style><base href="https://cdn.kutim.example/">'
    assert _streams(_cams(head, _players("Gate"))) == {
        "Gate": "https://cdn.kutim.example/data/Gate/index.m3u8"
    }


def test_a_public_page_never_bases_its_addresses_on_the_local_network() -> None:
    want = {"Gate": "https://cctv.kutim.example/index.php/monitoring/data/Gate/index.m3u8"}
    for base in ("http://192.168.1.20/", "http://127.0.0.1:8080/", "http://nvr.local/"):
        assert _streams(_cams(f'<base href="{base}">', _players("Gate"))) == want


def test_a_page_on_the_local_network_may_declare_a_neighbour_as_base() -> None:
    cameras = _cams(
        '<base href="http://192.168.1.20/">', _players("Gate"), base_url="http://192.168.1.5/cams"
    )
    assert _streams(cameras) == {"Gate": "http://192.168.1.20/data/Gate/index.m3u8"}


def _group(heading: str, *names: str) -> str:
    return (
        f'<div class="row"><div class="col-12"><h2>{heading}</h2></div>'
        + "".join(f'<div class="col-6">{_players(name)}</div>' for name in names)
        + "</div>"
    )


def test_a_heading_alone_in_its_column_heads_the_cameras_after_it() -> None:
    body = _group("Dam Kedungombo", "Spillway", "Intake") + _group("Dam Logung", "Crest", "Outlet")
    cameras = _cams('<base href="https://cctv.kutim.example/">', body)
    assert {c.raw_name: c.area for c in cameras} == {
        "Spillway": "Dam Kedungombo",
        "Intake": "Dam Kedungombo",
        "Crest": "Dam Logung",
        "Outlet": "Dam Logung",
    }


def test_a_card_whose_heading_is_followed_by_its_player_is_no_group_heading() -> None:
    # Each card holds its own title and then an element a script fills with a player:
    # the title is the camera's, never a heading over the cards after it.
    cards = "".join(
        f'<div class="col-6"><h4>{name}</h4><div id="p-{n}"></div>'
        f'<img src="https://cctv.kutim.example/snap/{n}.jpg" alt="{name}"></div>'
        for n, name in enumerate(("Pier", "Beach", "Bridge"))
    )
    cameras = _cams("", f'<div class="row">{cards}</div>')
    assert {c.raw_name: c.area for c in cameras} == {"Pier": None, "Beach": None, "Bridge": None}
