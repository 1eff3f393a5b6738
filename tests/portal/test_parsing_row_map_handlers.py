"""Table rows placed by a map handler's arguments; removal handlers hand no media."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.dataposition import handler_position
from custom_components.kutim_cctv.portal.parsing.embeds import player_link

BASE = "https://gardu.example/cctv"


def cameras(text: str) -> tuple[Camera, ...]:
    """Parse a page as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _row(record: int, name: str, media: str, handler: str) -> str:
    delete = f"modalDelete('Cctv', '{name}', 'cctv/' + {record}, '/cctv/')"
    return (
        f'<tr><td onclick="{handler}">{record}</td><td onclick="{handler}">{name}</td>'
        f'<td><a href="{media}" target="blank">{media}</a></td>'
        f'<td><a href="https://gardu.example/cctv/{record}/edit">Edit</a>'
        f'<a href="#" onclick="{delete}">Delete</a></td></tr>'
    )


def _table(rows: str) -> str:
    head = "<tr><th>No</th><th>Name</th><th>Link</th><th>Action</th></tr>"
    return f"<table><thead>{head}</thead><tbody>{rows}</tbody></table>"


def test_open_map_handler_places_the_row() -> None:
    """openMap(lat, lng) on a row's cells is its position; an empty call places nothing."""
    rows = _row(
        16,
        "GI Muara Wahau",
        "http://wahau.example:8081/mjpg/video.mjpg",
        "openMap(1.0372, 116.8869)",
    )
    rows += _row(14, "GI Bengalon", "https://nvr.example/hls/bengalon/index.m3u8", "openMap(, )")
    found = {c.id: c for c in cameras(_table(rows))}
    assert set(found) == {"16", "14"}
    assert (found["16"].latitude, found["16"].longitude) == (1.0372, 116.8869)
    assert (found["14"].latitude, found["14"].longitude) == (None, None)


def test_delete_handler_route_is_no_second_camera() -> None:
    """modalDelete(…, '/cctv/') hands the record's route and a return page: no stream."""
    rows = _row(
        16,
        "GI Muara Wahau",
        "http://wahau.example:8081/mjpg/video.mjpg",
        "openMap(1.0372, 116.8869)",
    )
    found = cameras(_table(rows))
    assert [(c.id, c.stream_url, c.mjpeg_url) for c in found] == [
        ("16", None, "http://wahau.example:8081/mjpg/video.mjpg")
    ]


def test_handler_position_shapes() -> None:
    """Two fractional numbers first, to a function named for a map, with a label after."""
    assert handler_position({"onclick": "openMap(1.0372, 116.8869)"}) == ("1.0372", "116.8869")
    assert handler_position({"onclick": "showMap(0.5, 117.5, 'Simpang Tiga')"}) == ("0.5", "117.5")
    assert handler_position({"onclick": "focusMap(0.5, 117.5, true)"}) == ("0.5", "117.5")
    assert handler_position({"onclick": "zoomTo(-0.5, 117.5, 17)"}) == ("-0.5", "117.5")
    assert handler_position({"href": "javascript:lihatPeta('0.5','117.5')"}) == ("0.5", "117.5")
    assert handler_position({"onclick": "goToMarker(0.5, 117.5); return false;"}) == (
        "0.5",
        "117.5",
    )


def test_handler_position_near_misses() -> None:
    """No map word, whole numbers, a second pair, out of range or a plain link: nothing."""
    assert handler_position({"onclick": "setRating(3.5, 4.2)"}) is None
    assert handler_position({"onclick": "hapus(1.5, 2.5)"}) is None
    assert handler_position({"onclick": "openMap(16, 2)"}) is None
    assert handler_position({"onclick": "openMap(, )"}) is None
    assert handler_position({"onclick": "showMap(7)"}) is None
    assert handler_position({"onclick": "lihatPeta(0.5, 117.5, 0.6, 117.6)"}) is None
    assert handler_position({"onclick": "openMap(95.5, 117.5)"}) is None
    assert handler_position({"href": "openMap(0.5, 117.5)"}) is None
    assert handler_position({"onclick": "openMap(0.5, 117.5); hapus(3)"}) is None


def test_map_handler_of_another_function_places_nothing() -> None:
    """A row handler that is no map call (a rating) leaves the row unplaced."""
    rows = _row(
        16, "GI Muara Wahau", "http://wahau.example:8081/mjpg/video.mjpg", "setRating(3.5, 4.2)"
    )
    found = cameras(_table(rows))
    assert [(c.id, c.latitude, c.longitude) for c in found] == [("16", None, None)]


def test_action_routes_are_no_player_pages() -> None:
    """A record's edit or delete route is no player page, whatever camera word it holds."""
    assert player_link("https://kamera.example/player/?cam=taman")
    assert player_link("https://kamera.example/cctv/live/5")
    assert not player_link("https://kamera.example/cctv/16/edit")
    assert not player_link("https://kamera.example/cctv/delete/5")
    assert not player_link("https://kamera.example/kamera/hapus/3")
    assert not player_link("https://kamera.example/cctv/7/destroy")
    assert not player_link("https://kamera.example/cctv/ubah/7")


def test_removal_handler_hands_no_player_page_but_a_viewer_does() -> None:
    """A card's play call handing a named player page keeps it; a delete call does not."""
    page = (
        "<div class='card'><button onclick=\"openCctvModal('Simpang Tiga', "
        "'https://kamera.example/player/?cam=simpang-tiga')\">Lihat</button></div>"
    )
    found = cameras(page)
    assert [(c.raw_name, c.stream_url) for c in found] == [
        ("Simpang Tiga", "https://kamera.example/player/?cam=simpang-tiga")
    ]
    with pytest.raises(PortalFormatError):
        cameras(page.replace("openCctvModal", "hapusCctv"))


@pytest.mark.parametrize(
    "handler",
    [
        "gotoPage(1.5, 2.5)",
        "goToPage(0.5, 117.5)",
        "zoomImage(1.5, 2.5)",
        "nextSlide(0.5, 117.5)",
        "centerText(0.5, 117.5)",
        "panToTop(0.5, 117.5)",
        "focusTab(0.5, 117.5)",
        "scrollToRow(0.5, 117.5)",
    ],
)
def test_a_pager_or_gallery_call_places_nothing(handler: str) -> None:
    """A map verb acting on a page, a slide or a picture is no map call."""
    assert handler_position({"onclick": handler}) is None


@pytest.mark.parametrize(
    "handler",
    [
        "gotoLocation(0.5, 117.5)",
        "zoomMapToRow(0.5, 117.5)",
        "setMarkerPosition(0.5, 117.5)",
        "panTo(0.5, 117.5)",
        "flyTo(0.5, 117.5)",
        "centerMap(0.5, 117.5)",
        "javascript:  openMap(0.5, 117.5) ;  return false ; ",
    ],
)
def test_a_map_call_naming_a_map_or_place_still_places(handler: str) -> None:
    """A call naming a map or a place keeps placing the row, whatever else it names."""
    key = "href" if handler.startswith("javascript:") else "onclick"
    assert handler_position({key: handler}) == ("0.5", "117.5")


def test_a_pager_handler_leaves_its_row_unplaced() -> None:
    """A table row whose handler turns a page places nothing, its camera stays."""
    rows = _row(
        17, "Simpang Tiga", "http://simpang.example:8081/mjpg/video.mjpg", "gotoPage(1.5, 2.5)"
    )
    found = cameras(_table(rows))
    assert [(c.id, c.latitude, c.longitude) for c in found] == [("17", None, None)]


@pytest.mark.parametrize("handler", ["flyToRow(-0.5, 117.5)", "zoomToItem(-0.5, 117.5)"])
def test_a_map_verb_flying_to_a_row_or_item_still_places(handler: str) -> None:
    """A row or an item is what a map flies to: the call places the row."""
    assert handler_position({"onclick": handler}) == ("-0.5", "117.5")
