"""Player embeds as a page's only media: CMS articles and blocks, components, builders."""

from __future__ import annotations

import html
import json

import pytest

from custom_components.kutim_cctv.portal import MAX_CAMERAS, PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.embeds import (
    builder_embed,
    component_embed,
    placeholder_embed,
    player_frame,
    player_title,
)

BASE = "https://diskominfo.kutim.example/cctv/"
YT = "https://www.youtube.com/embed/"


def cameras(text: str) -> tuple[Camera, ...]:
    """Parse a page as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _frame(src: str, title: str = "", extra: str = "allowfullscreen") -> str:
    titled = f' title="{title}"' if title else ""
    return f'<iframe src="{src}"{titled} width="560" height="315" {extra}></iframe>'


@pytest.mark.parametrize(
    "heading",
    ['<h3 class="wp-block-heading">{}</h3>', "<h2>{}</h2>", '<div class="title">{}</div>'],
)
@pytest.mark.parametrize(
    "wrap",
    [
        '<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">{}</div></figure>',
        "<p>{}</p>",
        '<div class="ratio ratio-16x9">{}</div>',
        '<div class="et_pb_module et_pb_video"><div class="et_pb_video_box">{}</div></div>',
        '<div class="fl-video fl-embed-video">{}</div>',
    ],
)
def test_block_heading_before_each_player_names_it(heading: str, wrap: str) -> None:
    """A heading written before each player frame names it, over the frame's own title."""
    page = "<h1>Live CCTV</h1>" + "".join(
        heading.format(name) + wrap.format(_frame(f"{YT}{vid}?feature=oembed", name.upper()))
        for name, vid in (("Simpang Tiga", "kT3mQ9xVb2E"), ("Bundaran Kabo", "Zp81cWd4HnA"))
    )
    found = cameras(f"<html><body><main>{page}</main></body></html>")
    assert [(c.raw_name, c.stream_url) for c in found] == [
        ("Simpang Tiga", f"{YT}kT3mQ9xVb2E?feature=oembed"),
        ("Bundaran Kabo", f"{YT}Zp81cWd4HnA?feature=oembed"),
    ]


def test_card_title_after_the_player_names_it() -> None:
    """A card's title following its player names it; a generic frame title never does."""
    card = (
        '<div class="card"><div class="ratio ratio-16x9">{}</div>'
        '<div class="card-body"><h5 class="card-title">{}</h5></div></div>'
    )
    page = "".join(
        card.format(
            _frame(f"https://www.youtube-nocookie.com/embed/{v}", "YouTube video player"), n
        )
        for n, v in (("Pelabuhan Maloy", "Hc7wYb2RnX4"), ("Taman Bersemi", "Qm3TzK8vLp0"))
    )
    found = cameras(f"<body><h1>CCTV</h1>{page}</body>")
    assert [c.raw_name for c in found] == ["Pelabuhan Maloy", "Taman Bersemi"]
    assert found[0].stream_url == "https://www.youtube-nocookie.com/embed/Hc7wYb2RnX4"


def test_frame_title_names_a_player_without_a_heading_of_its_own() -> None:
    """Frames sharing one page heading are named by their own titles."""
    page = "<h1>CCTV Kutai Timur</h1>" + "".join(
        f"<p>{_frame(f'https://player.vimeo.com/video/{n}', t)}</p>"
        for n, t in (("912345678", "Simpang Pendidikan"), ("912345701", "Jalan APT Pranoto"))
    )
    found = cameras(f"<body>{page}</body>")
    assert [c.raw_name for c in found] == ["Simpang Pendidikan", "Jalan APT Pranoto"]


def test_bold_line_before_a_player_names_it_but_a_bold_word_in_text_does_not() -> None:
    """A short bold line right before a frame labels it (Blogger posts); a bold word
    inside a sentence labels nothing."""
    page = (
        '<div class="post-body"><div><b><span>Pasar Bengalon</span></b></div>'
        f'<div class="separator">{_frame("https://tayang.kutim.example/embed/pasar")}</div>'
        "<p>Pantau <b>arus</b> lalu lintas di simpang.</p>"
        f'<div class="separator">{_frame("https://tayang.kutim.example/embed/sepaso", "Sepaso")}'
        "</div></div>"
    )
    found = cameras(f"<body>{page}</body>")
    assert [c.raw_name for c in found] == ["Pasar Bengalon", "Sepaso"]


@pytest.mark.parametrize(
    "src",
    [
        "https://www.google.com/maps/embed?pb=!1m18!1m12",
        "https://maps.google.com/maps?q=sangatta&output=embed",
        "https://www.openstreetmap.org/export/embed.html?bbox=117.5",
        "https://docs.google.com/forms/d/e/1FAIpQLSd8/viewform?embedded=true",
        "https://www.facebook.com/plugins/page.php?href=https%3A%2F%2Ffacebook.com%2Fkutim",
        "https://www.facebook.com/plugins/comments.php?href=x",
        "https://kutim.disqus.example/embed/comments/?base=default",
        "https://googleads.g.doubleclick.net/pagead/ads?client=ca-pub-1",
        "https://www.googletagmanager.com/ns.html?id=GTM-K7T1MX",
        "https://calendar.google.com/calendar/embed?src=kutim",
        "https://open.spotify.com/embed/playlist/37i9",
        "https://www.google.com/recaptcha/api2/anchor?k=6Lc",
        "https://kominfo.kutim.example/about",
        "javascript:void(0)",
        "about:blank",
    ],
)
def test_frames_that_are_no_players_are_no_cameras(src: str) -> None:
    """Maps, forms, social widgets, comments, ads, tag managers and plain pages are never
    cameras, and a page holding only them still says what it found."""
    page = f"<body><h2>Lokasi</h2><p>{_frame(src, 'Peta Lokasi', '')}</p></body>"
    with pytest.raises(PortalFormatError, match="No camera list found"):
        cameras(page)


@pytest.mark.parametrize(
    "extra",
    ['width="0" height="0"', 'style="display:none;visibility:hidden"', "hidden", 'width="1"'],
)
def test_hidden_frames_are_no_cameras(extra: str) -> None:
    """A frame nobody sees is no player, even with a player-like address."""
    page = f'<body><h2>Simpang</h2><iframe src="{YT}kT3mQ9xVb2E" {extra}></iframe></body>'
    with pytest.raises(PortalFormatError):
        cameras(page)


def test_facebook_video_plugin_is_a_player() -> None:
    """A social host's video player is one; its page and like widgets are not."""
    video = "https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fv"
    page = f"<body><h2>Dermaga Kenyamukan</h2>{_frame(video)}</body>"
    assert [c.raw_name for c in cameras(page)] == ["Dermaga Kenyamukan"]


def test_page_wide_player_beside_a_camera_list_is_no_camera() -> None:
    """A profile video above a real camera list adds nothing to it."""
    page = (
        f"<body><h1>CCTV</h1>{_frame(YT + 'aQ1wE2rT3yU', 'Profil Diskominfo')}"
        '<div class="cam"><h4>Simpang</h4><video src="https://cctv.kutim.example/a.m3u8"></video>'
        '</div><div class="cam"><h4>Kabo</h4><video src="https://cctv.kutim.example/b.m3u8">'
        "</video></div></body>"
    )
    found = cameras(page)
    assert [c.stream_url for c in found] == [
        "https://cctv.kutim.example/a.m3u8",
        "https://cctv.kutim.example/b.m3u8",
    ]


def test_player_frame_with_a_login_loses_it() -> None:
    """A frame's address written with a login never keeps it."""
    page = (
        "<body><h2>Pasar</h2>"
        f"{_frame('https://admin:RahasiaKutim1@tayang.kutim.example/embed/pasar')}</body>"
    )
    found = cameras(page)
    assert len(found) == 1
    assert found[0].stream_url is not None
    assert "RahasiaKutim1" not in found[0].stream_url
    assert "admin" not in found[0].stream_url


def test_lite_components_give_their_embed_address() -> None:
    """lite-youtube and lite-vimeo load a known embed page, named by the figure's caption."""
    page = (
        '<figure><lite-youtube videoid="Vb9xK2mPq4E" videotitle="Live CCTV"></lite-youtube>'
        "<figcaption>Dermaga</figcaption></figure>"
        '<figure><lite-youtube videoid="Rt5nW8cJz1A" nocookie></lite-youtube>'
        "<figcaption>Pasar</figcaption></figure>"
        '<figure><lite-vimeo videoid="876543210"></lite-vimeo><figcaption>Singa</figcaption>'
        "</figure>"
    )
    found = cameras(f"<body><section>{page}</section></body>")
    assert [(c.raw_name, c.stream_url) for c in found] == [
        ("Dermaga", f"{YT}Vb9xK2mPq4E"),
        ("Pasar", "https://www.youtube-nocookie.com/embed/Rt5nW8cJz1A"),
        ("Singa", "https://player.vimeo.com/video/876543210"),
    ]


@pytest.mark.parametrize(
    ("tag", "attributes"),
    [
        ("lite-youtube", {"videoid": '"><script>alert(1)</script>'}),
        ("lite-youtube", {"videoid": "a" * 200}),
        ("lite-youtube", {"videoid": "../../evil"}),
        ("lite-vimeo", {"videoid": "abc"}),
        ("lite-vimeo", {}),
        ("div", {"videoid": "Vb9xK2mPq4E"}),
    ],
)
def test_components_with_bad_ids_give_nothing(tag: str, attributes: dict[str, str]) -> None:
    """Only a well-formed video id makes a component's embed address."""
    assert component_embed(tag, attributes) is None


def _elementor(settings: dict[str, object] | str, eid: str = "9d3e1f7") -> str:
    raw = settings if isinstance(settings, str) else json.dumps(settings)
    return (
        f'<div class="elementor-element elementor-element-{eid} elementor-widget '
        f'elementor-widget-video" data-id="{eid}" data-element_type="widget" '
        f'data-settings="{html.escape(raw)}" data-widget_type="video.default">'
        '<div class="elementor-widget-container"><div class="elementor-wrapper">'
        '<div class="elementor-video"></div></div></div></div>'
    )


def test_elementor_video_settings_give_the_video_and_no_builder_id() -> None:
    """Elementor's YouTube widgets name their video only in data-settings; the builder's
    data-id is no camera id."""
    widgets = "".join(
        f'<div class="e-con" data-id="c{n}" data-element_type="container">'
        f'<div class="elementor-widget-heading" data-id="h{n}" data-element_type="widget">'
        f'<h3 class="elementor-heading-title">{name}</h3></div>'
        + _elementor(
            {"youtube_url": f"https://www.youtube.com/watch?v={vid}", "video_type": "youtube"},
            f"v{n}",
        )
        + "</div>"
        for n, (name, vid) in enumerate((("Simpang", "pL4xQ7sN2kD"), ("Jembatan", "Yw8tM1bV6cR")))
    )
    found = cameras(f"<body>{widgets}</body>")
    assert [(c.raw_name, c.stream_url) for c in found] == [
        ("Simpang", "https://www.youtube.com/watch?v=pL4xQ7sN2kD"),
        ("Jembatan", "https://www.youtube.com/watch?v=Yw8tM1bV6cR"),
    ]
    assert all(not c.id.startswith(("v0", "v1", "c0", "h0")) for c in found)


@pytest.mark.parametrize(
    "settings",
    [
        "{not json",
        "[1, 2]",
        json.dumps({"youtube_url": "javascript:alert(1)", "video_type": "youtube"}),
        json.dumps({"youtube_url": 5, "video_type": "youtube"}),
        json.dumps({"youtube_url": "https://www.youtube.com/watch?v=x", "pad": "x" * 9000}),
        json.dumps({"video_type": "hosted"}),
    ],
)
def test_malformed_or_huge_builder_settings_give_nothing(settings: str) -> None:
    """Settings that are no object, name no http(s) video, or are too long are skipped."""
    attributes = {"class": "elementor-widget-video", "data-settings": settings}
    assert builder_embed(attributes) is None


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("YouTube video player", None),
        ("vimeo Video Player", None),
        ("Live CCTV", None),
        ("Embedded video", None),
        ("LIVE CCTV SIMPANG TIGA", "LIVE CCTV SIMPANG TIGA"),
        ("Pasar Induk", "Pasar Induk"),
        ("", None),
        ("YouTube Video, CCTV Taman Bersemi - Live", "CCTV Taman Bersemi - Live"),
        ("Play: Simpang Tiga", "Simpang Tiga"),
        ("YouTube Video, Live", None),
        ("Simpang Tiga, Sangatta", "Simpang Tiga, Sangatta"),
    ],
)
def test_generic_player_titles_name_nothing(title: str, name: str | None) -> None:
    """A frame title that only says it is a player is no name."""
    assert player_title(title) == name


def test_player_frame_needs_a_sign_it_plays() -> None:
    """A frame counts by a player word in its address or by a player's permissions."""
    assert player_frame("https://x.kutim.example/embed/1", {})
    assert player_frame("https://x.kutim.example/p/1", {"allowfullscreen": ""})
    assert player_frame("https://x.kutim.example/p/1", {"allow": "autoplay; encrypted-media"})
    assert not player_frame("https://x.kutim.example/p/1", {})
    assert not player_frame("ftp://x.kutim.example/embed/1", {"allowfullscreen": ""})


def test_many_player_frames_are_capped() -> None:
    """A page of thousands of frames gives at most the camera cap, quickly."""
    page = "<body>" + "".join(
        f"<h3>Kamera {n}</h3><p>{_frame(f'https://tayang.kutim.example/embed/{n}')}</p>"
        for n in range(MAX_CAMERAS * 3)
    )
    found = cameras(page + "</body>")
    assert 0 < len(found) <= MAX_CAMERAS


def test_deeply_nested_frames_are_read_without_error() -> None:
    """Deep nesting around frames ends in a bounded answer, never a crash."""
    page = "<div>" * 3000 + _frame(f"{YT}kT3mQ9xVb2E", "Simpang") + "</div>" * 3000
    found = cameras(f"<body>{page}</body>")
    assert [c.raw_name for c in found] == ["Simpang"]


@pytest.mark.parametrize(
    "src",
    [
        "/media/oembed?url=https%3A//www.youtube.com/watch%3Fv%3DhT4xN8qW2eR&max_width=0",
        "/wrap/frame.php?u=https%3A%2F%2Fvimeo.com%2F901234567",
    ],
)
def test_cms_frame_naming_a_video_page_is_a_player(src: str) -> None:
    """A CMS's own oEmbed frame, or a frame whose query names a video page, plays it."""
    page = (
        '<article class="node"><h2 class="node__title">Simpang Tiga</h2>'
        f'<div class="field"><iframe src="{html.escape(src)}" allowtransparency '
        'title="LIVE CCTV SIMPANG TIGA"></iframe></div></article>'
    )
    found = cameras(f"<body>{page}</body>")
    assert [c.raw_name for c in found] == ["Simpang Tiga"]
    assert found[0].stream_url == f"https://diskominfo.kutim.example{src}"


@pytest.mark.parametrize(
    "query", ["u=http://[broken", "u=https://[::1", "u=" + "a" * 5000, "u=https://maps.example/x"]
)
def test_frame_queries_that_name_no_video_page_decide_nothing(query: str) -> None:
    """Malformed or unrelated addresses in a frame's query never make it a player."""
    assert not player_frame(f"https://x.kutim.example/p/1?{query}", {})


def test_lazy_frames_read_their_real_address_once() -> None:
    """A frame lazy-loaded (src about:blank, data-lazy-src) plays its real address, and
    the noscript copy beside it adds no second camera."""
    lazy = (
        '<p><iframe src="about:blank" data-lazy-src="https://tayang.kutim.example/embed/{0}" '
        'allowfullscreen></iframe><noscript><iframe src="https://tayang.kutim.example/embed/{0}"'
        " allowfullscreen></iframe></noscript></p>"
    )
    page = f"<h2>Terminal</h2>{lazy.format('terminal')}<h2>Pasar</h2>{lazy.format('pasar')}"
    found = cameras(f"<body><main>{page}</main></body>")
    assert [(c.raw_name, c.stream_url) for c in found] == [
        ("Terminal", "https://tayang.kutim.example/embed/terminal"),
        ("Pasar", "https://tayang.kutim.example/embed/pasar"),
    ]


def test_frame_only_in_noscript_still_counts() -> None:
    """A player frame written only for browsers without scripts is still a player."""
    page = f"<body><h2>Dermaga</h2><div><noscript>{_frame(YT + 'Mk2vR7tLq9A')}</noscript></div>"
    assert [c.stream_url for c in cameras(page + "</body>")] == [f"{YT}Mk2vR7tLq9A"]


@pytest.mark.parametrize(
    "placeholder",
    [
        (
            '<div class="rll-youtube-player" data-src="{url}" data-id="{vid}" '
            'data-query="feature=oembed" data-alt="LIVE"></div>'
        ),
        (
            '<div class="perfmatters-lazy-youtube" data-src="{url}" data-id="{vid}" '
            'onclick="perfmattersLazyLoadYouTube(this);"><div><img src="https://i.ytimg.com/vi/'
            '{vid}/hqdefault.jpg" alt="YouTube video"><div class="play"></div></div></div>'
        ),
    ],
)
def test_lazy_player_placeholders_are_players_and_their_posters_no_cameras(
    placeholder: str,
) -> None:
    """WP Rocket and Perfmatters placeholders play their video page; the video site's
    thumbnail inside is its poster, never a camera of its own."""
    page = "".join(
        f"<h3>{name}</h3><figure>{placeholder.format(url=YT + vid, vid=vid)}</figure>"
        for name, vid in (("Dermaga Maloy", "Mk2vR7tLq9A"), ("Ruang Tunggu", "Bw5nX1cZr3E"))
    )
    found = cameras(f"<body><main>{page}</main></body>")
    assert [(c.raw_name, c.stream_url, c.snapshot_url) for c in found] == [
        ("Dermaga Maloy", f"{YT}Mk2vR7tLq9A", None),
        ("Ruang Tunggu", f"{YT}Bw5nX1cZr3E", None),
    ]


@pytest.mark.parametrize(
    "attributes",
    [
        {"data-src": f"{YT}Mk2vR7tLq9A", "class": "card"},
        {"data-src": "https://tayang.kutim.example/embed/1", "data-id": "1"},
        {"data-src": "javascript:alert(1)", "class": "lazy", "data-id": "x"},
        {"class": "rll-youtube-player", "data-id": "Mk2vR7tLq9A"},
    ],
)
def test_other_data_sources_are_no_placeholders(attributes: dict[str, str]) -> None:
    """Only a video site's page with the video's id or a loader's class is a placeholder."""
    assert placeholder_embed(attributes) is None


def test_google_sites_frames_are_named_by_their_aria_label() -> None:
    """Frames with no title and no heading of their own are named by their aria-label,
    past the player words leading it."""
    tile = (
        '<div class="oKdM2c"><iframe allowfullscreen="" sandbox="allow-scripts allow-forms" '
        'aria-label="YouTube Video, {0}" src="https://www.youtube.com/embed/{1}"></iframe></div>'
    )
    page = tile.format("Simpang Pendidikan", "Rq8vK3nT6wY") + tile.format("Taman", "Jd2mF5xP9sL")
    found = cameras(f"<body><h1>CCTV</h1><section>{page}</section></body>")
    assert [c.raw_name for c in found] == ["Simpang Pendidikan", "Taman"]


def _table(frames: list[tuple[str, str]]) -> str:
    rows = "".join(
        f"<tr><td>{n}</td><td>{name}</td><td>Sangatta Utara</td><td>{_frame(src)}</td></tr>"
        for n, (name, src) in enumerate(frames, 1)
    )
    return (
        "<table><thead><tr><th>No</th><th>Lokasi</th><th>Kecamatan</th><th>Live</th></tr>"
        f"</thead><tbody>{rows}</tbody></table>"
    )


def test_table_rows_with_player_frames_are_named_by_their_columns() -> None:
    """A table row whose only media is a player frame is a camera named by its columns."""
    frames = [
        ("Simpang Tiga", "https://rtsp.me/embed/Ab12Cd34/"),
        ("Bundaran Kabo", "https://rtsp.me/embed/Ef56Gh78/"),
    ]
    found = cameras(f"<body>{_table(frames)}</body>")
    assert [(c.raw_name, c.area, c.stream_url) for c in found] == [
        ("Simpang Tiga", "Sangatta Utara", "https://rtsp.me/embed/Ab12Cd34/"),
        ("Bundaran Kabo", "Sangatta Utara", "https://rtsp.me/embed/Ef56Gh78/"),
    ]


def test_table_player_frames_beside_real_cameras_are_no_cameras() -> None:
    """Player pages in a table stand in only on a page without other cameras; map frames
    in a table are never cameras."""
    frames = [("Profil", YT + "aQ1wE2rT3yU"), ("Peta", "https://www.google.com/maps/embed?pb=1")]
    page = (
        f"<body>{_table(frames)}"
        '<div class="cam"><h4>Simpang</h4><video src="https://cctv.kutim.example/a.m3u8"></video>'
        "</div></body>"
    )
    assert [c.stream_url for c in cameras(page)] == ["https://cctv.kutim.example/a.m3u8"]
    with pytest.raises(PortalFormatError):
        cameras(f"<body>{_table(frames[1:])}</body>")
