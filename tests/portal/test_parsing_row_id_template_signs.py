"""Row-id popup templates: found in linear time, and filled only with a camera sign.

A map loop's popup template (``'<img src="/snap/cam/' + p[0] + '.jpg">'``) makes its
rows cameras only when its address or the names of its list or row say they are
cameras or live pictures (``PlayVideo.aspx``, ``cctv``, ``cam``, ``live``, ``stream``,
``player``). A hotel map's pictures and a video site's embedded player give none. The
template search reads only a bounded window around each use of a row's cell, so a
script full of escaped quotes costs no backtracking.
"""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.rownames import _id_templates, named_rows

BASE = "https://tourism.example/hotels"


def cameras(text: str, base: str = BASE) -> tuple[Camera, ...]:
    """Parse a page as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras


def page(popup: str, listed: str = "hotels", row: str = "h") -> str:
    return (
        "<html><body><div id='map'></div><script>"
        f"var {listed} = [['301','Hotel Mawar','3 stars',0.50231,117.55102],"
        "['302','Hotel Melati','4 stars',0.49937,117.55488]];"
        f"for (var i = 0; i < {listed}.length; i++) {{ var {row} = {listed}[i];"
        "var marker = new google.maps.Marker({position: new google.maps.LatLng("
        f"{row}[3], {row}[4]), map: map, title: {row}[1]}});"
        "google.maps.event.addListener(marker, 'click', (function (marker, "
        f"{row}) {{ return function () {{ infowindow.setContent({popup}); }}; }})"
        f"(marker, {row})); }}</script></body></html>"
    )


HOTEL_PICTURE = "'<b>' + h[1] + '</b><img src=\"/images/hotels/' + h[0] + '.jpg\">'"
YOUTUBE = "'<iframe src=\"https://www.youtube.com/embed/' + h[0] + '\"></iframe>'"


@pytest.mark.parametrize(
    "popup",
    [
        HOTEL_PICTURE,
        YOUTUBE,
        # A video site's watch page or a plain "video" folder is no camera sign.
        "'<iframe src=\"https://videos.example/watch/' + h[0] + '\"></iframe>'",
        "'<video src=\"/video/' + h[0] + '.mp4\"></video>'",
        # Words holding a camera word inside another word (camp, cambodia).
        "'<img src=\"/camp/photos/' + h[0] + '.jpg\">'",
    ],
)
def test_a_template_without_camera_sign_gives_no_camera(popup: str) -> None:
    with pytest.raises(PortalFormatError):
        cameras(page(popup))


@pytest.mark.parametrize(
    ("popup", "field", "address"),
    [
        (
            "'<iframe src=\"PlayVideo.aspx?ID=' + h[0] + '\"></iframe>'",
            "stream_url",
            "https://tourism.example/PlayVideo.aspx?ID=301",
        ),
        (
            "'<img src=\"https://snap.example/cctv/' + h[0] + '.jpg\">'",
            "snapshot_url",
            "https://snap.example/cctv/301.jpg",
        ),
        (
            "'<img src=\"/cam01/' + h[0] + '.jpg\">'",
            "snapshot_url",
            "https://tourism.example/cam01/301.jpg",
        ),
        (
            "'<img src=\"/live/' + h[0] + '.jpg\">'",
            "snapshot_url",
            "https://tourism.example/live/301.jpg",
        ),
        (
            "'<iframe src=\"/stream/' + h[0] + '\"></iframe>'",
            "stream_url",
            "https://tourism.example/stream/301",
        ),
        (
            "'<iframe src=\"/player.php?id=' + h[0] + '\"></iframe>'",
            "stream_url",
            "https://tourism.example/player.php?id=301",
        ),
    ],
)
def test_a_camera_or_viewing_word_in_the_address_keeps_the_template(
    popup: str, field: str, address: str
) -> None:
    found = {c.id: c for c in cameras(page(popup))}
    assert getattr(found["301"], field) == address
    assert found["301"].name == "Hotel Mawar"


@pytest.mark.parametrize(("listed", "row"), [("cctvList", "h"), ("lokasi", "kamera")])
def test_a_camera_word_in_the_list_or_row_name_keeps_a_plain_template(
    listed: str, row: str
) -> None:
    popup = HOTEL_PICTURE.replace("h[", f"{row}[")
    found = {c.id: c.snapshot_url for c in cameras(page(popup, listed, row))}
    assert found == {
        "301": "https://tourism.example/images/hotels/301.jpg",
        "302": "https://tourism.example/images/hotels/302.jpg",
    }


def test_a_counting_loop_over_a_camera_list_keeps_a_plain_template() -> None:
    script = (
        "<html><body><script>var cams = [['301','Simpang',0.50231,117.55102],"
        "['302','Bundaran',0.49937,117.55488]];"
        "for (i = 0; i < cams.length; i++) { infowindow.setContent('<img src=\"/img/' +"
        " cams[i][0] + '.jpg\">'); }</script></body></html>"
    )
    assert [(c.id, c.snapshot_url) for c in cameras(script)] == [
        ("301", "https://tourism.example/img/301.jpg"),
        ("302", "https://tourism.example/img/302.jpg"),
    ]
    hotels = script.replace("cams", "hotels")
    with pytest.raises(PortalFormatError):
        cameras(hotels)


def test_escaped_quotes_and_literal_bounds_are_read_as_before() -> None:
    scope = (
        "a('<p>it\\'s</p><img src=\"/cam/' + p[0] + '.jpg\">');"
        # The literal before the cell ends in an escaped quote: no template.
        "b('<img src=\"/cam/x\\' + p[0] + '.jpg\">');"
        # A literal on the line before the cell is not read across the line break.
        "c('<img src=\"/cam/y\n' + p[1] + '.jpg\">');"
        # An even run of backslashes before the closing quote closes the literal.
        "d('<img src=\"/cam/z\\\\' + p[2] + '.png\">');"
    )
    assert _id_templates(scope, "p") == [
        (0, "img", "/cam/", ".jpg"),
        (2, "img", "/cam/z\\\\", ".png"),
    ]


def test_a_script_of_escaped_quotes_and_many_loops_is_read_in_linear_time() -> None:
    """The 41 KB page of a reviewed hostile input: 20 loops share the whole script."""
    loops = "".join(f"for (var i=0;i<l{k}.length;i++){{ var p = l{k}[i]; }}" for k in range(20))
    text = (
        "<html><body><script>var junk = 'src+"
        + "\\'" * 20000
        + "';"
        + loops
        + "</script></body></html>"
    )
    assert len(text) > 40_000
    with pytest.raises(PortalFormatError):
        cameras(text, "https://portal.example.com/")
    script = "var junk = 'src+" + "\\'" * 40000 + "';" + loops
    assert named_rows(script) == []
    assert _id_templates("src+'" + "\\'" * 40000, "p") == []
    # Many uses of the row's cells, each after a long run of escaped quotes.
    uses = "".join(
        "x('" + "\\'" * 140 + "<img src=\"/cam/' + p[0] + '.jpg\">');" for _ in range(3000)
    )
    assert _id_templates(uses, "p") == [(0, "img", "/cam/", ".jpg")]
