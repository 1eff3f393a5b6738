"""Positional rows whose popup template builds a player's or a picture's address from the row id.

A map page's rows (``var locations = [['301', 'name', …, lat, lng, '10.x LAN ip']]``) carry
no media address of their own; the loop placing them builds each camera's player in the
popup: ``'<iframe src="PlayVideo.aspx?ID=' + p[0] + '" …>'``. The filled element is the
row's popup (an iframe the player page, a picture the still), only around the row's id
cell, never around another cell, never a link.
"""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.rownames import _id_templates

BASE = "https://lalin.kutim.example/Default.aspx"
ROWS = (
    "var locations = ["
    "['301','Simpang Tiga','Three-way junction',0.50231,117.55102,'10.118.129.33'],"
    "['302','Bundaran Pelangi','Pelangi roundabout',0.49937,117.55488,'10.118.129.34']"
    "];"
)


def cameras(text: str, base: str = BASE) -> tuple[Camera, ...]:
    """Parse a page as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras


def page(popup: str, rows: str = ROWS) -> str:
    return (
        "<html><body><div id='map'></div><script>"
        + rows
        + "for (var i = 0; i < locations.length; i++) { var p = locations[i];"
        "var marker = new google.maps.Marker({position: new google.maps.LatLng(p[3], p[4]),"
        " map: map, title: p[0] + ' ' + p[1]});"
        "google.maps.event.addListener(marker, 'click', (function (marker, p) {"
        " return function () { infowindow.setContent(" + popup + "); }; })(marker, p)); }"
        "</script></body></html>"
    )


def test_iframe_template_around_the_id_gives_the_player_page() -> None:
    found = cameras(
        page("'<iframe src=\"PlayVideo.aspx?ID=' + p[0] + '\" scrolling=\"no\"></iframe>'")
    )
    assert [(c.id, c.name, c.latitude, c.stream_url) for c in found] == [
        ("301", "Simpang Tiga", 0.50231, "https://lalin.kutim.example/PlayVideo.aspx?ID=301"),
        ("302", "Bundaran Pelangi", 0.49937, "https://lalin.kutim.example/PlayVideo.aspx?ID=302"),
    ]
    assert not any("10.118" in repr(c) for c in found)


def test_picture_template_around_the_id_gives_the_still() -> None:
    popup = "'<b>' + p[1] + '</b><img src=\"https://snap.kutim.example/cam/' + p[0] + '.jpg\" width=\"320\">'"
    found = cameras(page(popup))
    assert [(c.id, c.snapshot_url) for c in found] == [
        ("301", "https://snap.kutim.example/cam/301.jpg"),
        ("302", "https://snap.kutim.example/cam/302.jpg"),
    ]


def test_counting_loop_cells_and_escaped_quotes_are_read() -> None:
    script = (
        "<html><body><script>" + ROWS + "for (i = 0; i < locations.length; i++) {"
        "marker = new google.maps.Marker({position: new google.maps.LatLng(locations[i][3],"
        " locations[i][4]), map: map});"
        'infowindow.setContent("<h4>" + locations[i][1] + "</h4><iframe src=\\"/cctv/play?id="'
        ' + locations[i][0] + "\\"></iframe>"); }</script></body></html>'
    )
    assert [(c.id, c.stream_url) for c in cameras(script)] == [
        ("301", "https://lalin.kutim.example/cctv/play?id=301"),
        ("302", "https://lalin.kutim.example/cctv/play?id=302"),
    ]


@pytest.mark.parametrize(
    "popup",
    [
        # A link, not a media element.
        "'<a href=\"PlayVideo.aspx?ID=' + p[0] + '\">Lihat</a>'",
        # A template around another cell than the id (the name).
        "'<iframe src=\"play.aspx?name=' + p[1] + '\"></iframe>'",
        # The address goes on with another value.
        "'<iframe src=\"play.aspx?ID=' + p[0] + '&ip=' + p[5] + '\"></iframe>'",
    ],
)
def test_near_misses_give_no_camera(popup: str) -> None:
    with pytest.raises(PortalFormatError):
        cameras(page(popup))


def test_template_finder_reads_only_media_sources() -> None:
    scope = (
        "x('<iframe src=\"PlayVideo.aspx?ID=' + p[0] + '\" scrolling=\"no\">');"
        "y('<img src=images/' + p[0] + '.png>');"
        "z('<a href=\"news.aspx?id=' + p[0] + '\">');"
    )
    assert _id_templates(scope, "p") == [
        (0, "iframe", "PlayVideo.aspx?ID=", ""),
        (0, "img", "images/", ".png"),
    ]


def test_row_with_its_own_media_keeps_it() -> None:
    rows = (
        "var locations = ["
        "['301','Simpang Tiga','x',0.50231,117.55102,'https://cdn.kutim.example/301/index.m3u8'],"
        "['302','Bundaran Pelangi','y',0.49937,117.55488,'']"
        "];"
    )
    found = cameras(page("'<iframe src=\"PlayVideo.aspx?ID=' + p[0] + '\"></iframe>'", rows))
    by_id = {c.id: c.stream_url for c in found}
    assert by_id["301"] == "https://cdn.kutim.example/301/index.m3u8"
    assert by_id["302"] == "https://lalin.kutim.example/PlayVideo.aspx?ID=302"


def test_lan_player_host_in_a_public_page_is_never_taken() -> None:
    popup = "'<iframe src=\"http://192.168.10.5/PlayVideo.aspx?ID=' + p[0] + '\"></iframe>'"
    try:
        found = cameras(page(popup))
    except PortalFormatError:
        return
    assert not any("192.168" in repr(c) for c in found)
