"""Player pages: the playlist an embed page plays, read from its markup and scripts."""

from __future__ import annotations

import tracemalloc

import pytest

from custom_components.kutim_cctv.portal import Camera
from custom_components.kutim_cctv.portal.playerpage import (
    MAX_CANDIDATES,
    PAGE_MAX_BYTES,
    PageFinding,
    find_page_stream,
    is_platform_page,
    is_playlist,
    platform_of,
)

PAGE = "https://cctv.kutim.example/embed.php?cam=simpang-tiga"

# Player pages in the shapes real embed pages take (hls.js, video.js, Clappr, JW Player,
# MediaMTX's own HLS page, a PHP player naming its stream in the query).
FOUND = [
    pytest.param(
        "<video id='video' controls></video><script>"
        "var videoSrc = 'https://hls.kutim.example/live/simpang-tiga/master.m3u8';"
        "if (Hls.isSupported()) { var hls = new Hls(); hls.loadSource(videoSrc); }"
        "else if (video.canPlayType('application/vnd.apple.mpegurl')) {"
        " video.src = 'https://hls.kutim.example/live/simpang-tiga/master.m3u8'; }</script>",
        "https://hls.kutim.example/live/simpang-tiga/master.m3u8",
        id="hlsjs-variable-and-native-fallback",
    ),
    pytest.param(
        '<video-js id="player" class="video-js vjs-default-skin" controls>'
        '<source src="/hls/simpang-tiga/index.m3u8" type="application/x-mpegURL">'
        "</video-js><script>videojs('player').play();</script>",
        "https://cctv.kutim.example/hls/simpang-tiga/index.m3u8",
        id="videojs-relative-source",
    ),
    pytest.param(
        '<div id="player"></div><script>var player = new Clappr.Player({source: '
        '"https:\\/\\/stream.kutim.example:8443\\/live\\/cam01.M3U8?token=ab12&expires=99",'
        ' parentId: "#player", autoPlay: true});</script>',
        "https://stream.kutim.example:8443/live/cam01.M3U8?token=ab12&expires=99",
        id="clappr-escaped-slashes-upper-case-query",
    ),
    pytest.param(
        '<script>jwplayer("p").setup({"playlist": [{"file": "//cdn.kutim.example/hls/'
        'bundaran/playlist.m3u8", "image": "/img/poster.jpg"}], "autostart": true});</script>',
        "https://cdn.kutim.example/hls/bundaran/playlist.m3u8",
        id="jwplayer-protocol-relative",
    ),
    pytest.param(
        '<video data-src="https://cctv.kutim.example/hls/a/index.m3u8?x=1&amp;y=2"></video>',
        "https://cctv.kutim.example/hls/a/index.m3u8?x=1&y=2",
        id="attribute-entities-decoded",
    ),
    pytest.param(
        '<iframe src="https://player.kutim.example/player.html?src=https://hls.kutim.example/'
        'a/index.m3u8&autoplay=1"></iframe>',
        "https://hls.kutim.example/a/index.m3u8",
        id="player-naming-its-stream-in-the-query",
    ),
    pytest.param(
        "<script>const create = () => { const hls = new Hls(); "
        "hls.loadSource('index.m3u8' + window.location.search); };</script>",
        "https://cctv.kutim.example/index.m3u8?cam=simpang-tiga",
        id="page-relative-name-with-the-page-query",
    ),
]


@pytest.mark.parametrize(("page", "stream"), FOUND)
def test_the_one_playlist_a_player_names_is_found(page: str, stream: str) -> None:
    assert find_page_stream(page, PAGE) == PageFinding(stream=stream)


def test_a_name_relative_to_the_page_resolves_against_its_final_address() -> None:
    page = "<script>hls.loadSource('index.m3u8' + window.location.search);</script>"
    found = find_page_stream(page, "http://nvr.kutim.example:8888/simpang/")
    assert found.stream == "http://nvr.kutim.example:8888/simpang/index.m3u8"


@pytest.mark.parametrize(
    "page",
    [
        # Addresses built by scripts are not guessed.
        "<script>const source = `${base}/hls/${params.id}.m3u8`;</script>",
        '<script>var src = "/hls/" + key + ".m3u8";</script>',
        "<script>var src = '/hls/{{ key }}/index.m3u8';</script>",
        "<script>var src = '/hls/' + key + '/.m3u8';</script>",
        # The right-hand part of a concatenation, whatever the quote and spacing.
        '<script>fetch("streams/"+ name +"_adaptive.m3u8", {method: "HEAD"});</script>',
        "<script>hls.loadSource(server + 'cam' + id + '/index.m3u8');</script>",
        "<script>var src = base +\n      `/live/index.m3u8?token=abc`;</script>",
        '<script>var src = "https://cdn.kutim.example/hls/" +\t"simpang/index.m3u8";</script>',
        # Entities decoded into characters no address holds leave no address behind.
        '<video data-src="x&ltb.m3u8"></video>',
        ".m3u8 at the start",
        # Other schemes and look-alike endings.
        '<a href="ftp://files.kutim.example/live.m3u8">x</a>',
        '<script src="/js/m3u8-parser.m3u8x.js"></script><p>.m3u8_backup</p>',
        "<p>No camera here.</p>",
        "",
    ],
)
def test_no_stream_is_invented(page: str) -> None:
    assert find_page_stream(page, PAGE) == PageFinding()


@pytest.mark.parametrize(
    ("quote", "encoded"),
    [
        ('"', "&quot;"),
        ('"', "&#34;"),
        ("'", "&#39;"),
        ("'", "&apos;"),
        ("<", "&lt;"),
    ],
)
def test_a_query_ends_at_an_encoded_quote(quote: str, encoded: str) -> None:
    """JSON written into an attribute (htmlspecialchars(json_encode(...))) ends the query."""
    setup = (
        f"{{{encoded}src{encoded}:{encoded}https:\\/\\/cdn.kutim.example\\/live\\/a"
        f"\\/index.m3u8?token=9f&amp;exp=1{encoded},{encoded}type{encoded}:{encoded}x{encoded}}}"
    )
    found = find_page_stream(f'<video-js data-setup="{setup}"></video-js>', PAGE)
    assert found == PageFinding(stream="https://cdn.kutim.example/live/a/index.m3u8?token=9f&exp=1")
    assert quote not in (found.stream or "")


def test_a_left_hand_literal_of_a_concatenation_is_still_read() -> None:
    """Only the right-hand part is a built tail; the literal a "+" follows is whole."""
    page = "<script>hls.loadSource('https://cdn.kutim.example/a/index.m3u8' + suffix);</script>"
    assert find_page_stream(page, PAGE).stream == "https://cdn.kutim.example/a/index.m3u8"
    # A "+" farther back than a few spaces is no operator of this literal.
    page = "<p>1 + 1</p>" + " " * 70 + "<source src='/hls/b/index.m3u8'>"
    assert find_page_stream(page, PAGE).stream == "https://cctv.kutim.example/hls/b/index.m3u8"


def test_a_page_naming_several_playlists_is_no_single_player() -> None:
    page = (
        '<source src="/hls/cam1/index.m3u8"><source src="/hls/cam2/index.m3u8">'
        '<source src="/hls/cam1/index.m3u8">'
    )
    assert find_page_stream(page, PAGE) == PageFinding(several=True)


def test_the_one_frame_of_a_page_is_read_next() -> None:
    page = '<h1>Simpang Tiga</h1><iframe src="/player/simpang-tiga.html" allowfullscreen>'
    assert find_page_stream(page, PAGE) == PageFinding(
        frame="https://cctv.kutim.example/player/simpang-tiga.html"
    )
    # A platform player is handed back as the frame: the caller names it.
    youtube = (
        '<iframe title="YouTube video player" src="https://www.youtube.com/embed/kT3mQ9xVb2E">'
    )
    assert find_page_stream(youtube, PAGE).frame == "https://www.youtube.com/embed/kT3mQ9xVb2E"
    # Two different frames: no guess.
    two = '<iframe src="/a.html"></iframe><iframe src="/b.html"></iframe>'
    assert find_page_stream(two, PAGE) == PageFinding()


@pytest.mark.parametrize(
    ("url", "platform"),
    [
        ("https://www.youtube.com/embed/kT3mQ9xVb2E?feature=oembed", "YouTube"),
        ("https://m.youtube.com/watch?v=kT3mQ9xVb2E", "YouTube"),
        ("https://youtu.be/kT3mQ9xVb2E", "YouTube"),
        ("https://www.youtube-nocookie.com/embed/kT3mQ9xVb2E", "YouTube"),
        ("https://YOUTUBE.COM./live/abc", "YouTube"),
        ("https://player.vimeo.com/video/123", "Vimeo"),
        ("https://www.facebook.com/plugins/video.php?href=x", "Facebook"),
        ("https://player.twitch.tv/?channel=kutim", "Twitch"),
        ("https://youtube.com.evil.example/embed/x.m3u8", None),
        ("https://notyoutube.com/embed/x", None),
        ("https://cctv.kutim.example/youtube.com/x.m3u8", None),
        ("rtsp://10.0.0.1/stream", None),
        ("http://[::1", None),
    ],
)
def test_video_platform_pages_are_known_by_their_host(url: str, platform: str | None) -> None:
    assert platform_of(url) == platform
    assert is_platform_page(url) is (platform is not None)


def test_a_camera_shown_only_by_a_platform_player_has_no_stream() -> None:
    youtube = Camera(
        id="1", raw_name="A", name="A", stream_url="https://www.youtube.com/embed/kT3mQ9xVb2E"
    )
    assert not youtube.has_stream
    assert not youtube.has_still
    with_still = Camera(
        id="2",
        raw_name="B",
        name="B",
        stream_url="https://youtu.be/kT3mQ9xVb2E",
        snapshot_url="https://cctv.kutim.example/snap/2.jpg",
    )
    assert not with_still.has_stream
    assert with_still.has_still
    page = Camera(id="3", raw_name="C", name="C", stream_url=PAGE)
    assert page.has_stream


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b"#EXTM3U\n#EXT-X-VERSION:3\n", True),
        (b"\xef\xbb\xbf\r\n  #EXTM3U\n", True),
        (b"<!DOCTYPE html><html>#EXTM3U", False),
        (b"", False),
    ],
)
def test_a_playlist_is_known_by_its_header(body: bytes, expected: bool) -> None:
    assert is_playlist(body) is expected


def test_only_the_first_page_cap_is_read() -> None:
    page = "x" * PAGE_MAX_BYTES + '<source src="/hls/late/index.m3u8">'
    assert find_page_stream(page, PAGE) == PageFinding()


HOSTILE = {
    # Many mentions: looked at up to the cap, then the page is no single player.
    "repeated-sources": '<source src="/hls/a/index.m3u8">' * (PAGE_MAX_BYTES // 32),
    "bare-marks": ".m3u8" * (PAGE_MAX_BYTES // 5),
    # Long runs without a stop character before each mention.
    "long-runs": ("a" * 4000 + ".m3u8 ") * (PAGE_MAX_BYTES // 4006),
    # Many unclosed frames.
    "unclosed-frame-sources": "<iframe src='x" * (PAGE_MAX_BYTES // 13),
    "unclosed-frames": "<iframe " * (PAGE_MAX_BYTES // 8),
    # Comments and scripts in every arrangement.
    "comment-openings": "<!--" * (PAGE_MAX_BYTES // 4),
    "scripts-opening-comments": "<script><!--" * (PAGE_MAX_BYTES // 12),
    "scripts-and-comments": "<script></script><!-- x -->" * (PAGE_MAX_BYTES // 27),
    "unclosed-scripts": "<script>" * (PAGE_MAX_BYTES // 8) + "<!--",
    # Many playlists each followed by the page query.
    "page-queries": "'a.m3u8' + location.search;" * (PAGE_MAX_BYTES // 27),
}


@pytest.mark.parametrize("page", list(HOSTILE.values()), ids=list(HOSTILE))
def test_hostile_pages_cost_a_bounded_scan(page: str) -> None:
    tracemalloc.start()
    try:
        found = find_page_stream(page, PAGE)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert found.stream is None
    # The scan keeps at most MAX_CANDIDATES short addresses, never a copy per mention.
    assert peak < 4 * PAGE_MAX_BYTES


def test_mentions_past_the_cap_are_not_looked_at() -> None:
    page = "".join(f'<source src="/hls/{n}/index.m3u8">' for n in range(MAX_CANDIDATES + 1))
    assert find_page_stream(page, PAGE) == PageFinding(several=True)


@pytest.mark.parametrize(
    ("script", "stream"),
    [
        ("hls.loadSource('index.m3u8' + window.location.search);", "index.m3u8?cam=1&jwt=a"),
        ('new URL("api/stream.m3u8" +  location.search, location.href)', "api/stream.m3u8?cam=1&jwt=a"),
        ("src = 'live.m3u8?q=hd' + document.location.search;", "live.m3u8?q=hd"),
        ("src = 'live.m3u8' + searchParams;", "live.m3u8"),
    ],
)  # fmt: skip
def test_the_page_query_goes_with_a_playlist_that_asks_for_it(script: str, stream: str) -> None:
    """'x.m3u8' + location.search is the playlist with the page's own query (go2rtc, MediaMTX)."""
    page = f"<script>{script}</script>"
    base = "https://cctv.kutim.example/cam/?cam=1&jwt=a"
    assert find_page_stream(page, base) == PageFinding(
        stream=f"https://cctv.kutim.example/cam/{stream}"
    )


def test_sources_in_comments_do_not_play() -> None:
    page = (
        "<!-- <source src='https://old.kutim.example/hls/a/index.m3u8'> -->"
        "<video><source src='/hls/a/index.m3u8'></video>"
        "<script><!--\n var old = '/hls/a/index.m3u8'; // -->\n</script>"
        "<!-- unclosed <source src='/hls/b/index.m3u8'>"
    )
    assert find_page_stream(page, PAGE) == PageFinding(
        stream="https://cctv.kutim.example/hls/a/index.m3u8"
    )
    # A script body wrapped in a comment still counts.
    wrapped = "<script><!--\n player.src('/hls/c/index.m3u8');\n//--></script>"
    assert find_page_stream(wrapped, PAGE).stream == "https://cctv.kutim.example/hls/c/index.m3u8"


RENDITIONS = {
    # DPlayer's quality menu: the default index picks the rendition.
    "dplayer-default-second": (
        (
            "video: {quality: [{name: 'HD', url: '/live/kabo_hd720.m3u8'},"
            " {name: 'SD', url: '/live/kabo_low.m3u8'}], defaultQuality: 1}"
        ),
        "https://cctv.kutim.example/live/kabo_low.m3u8",
    ),
    # video.js sources with a resolution selector: the first source plays.
    "videojs-res-sources": (
        (
            '<video><source src="/hls/kabo_1080p.m3u8" label="1080p" res="1080">'
            '<source src="/hls/kabo_720p.m3u8" label="720p" res="720">'
            '<source src="/hls/kabo_360p.m3u8" label="360p" res="360"></video>'
        ),
        "https://cctv.kutim.example/hls/kabo_1080p.m3u8",
    ),
    # Renditions in directories of their own.
    "quality-directories": (
        (
            "sources: [{file: 'https://s.kutim.example/hd/simpang3/index.m3u8', label: 'HD'},"
            " {file: 'https://s.kutim.example/sd/simpang3/index.m3u8', label: 'SD'}]"
        ),
        "https://s.kutim.example/hd/simpang3/index.m3u8",
    ),
    # A DVR's main and sub streams of one channel.
    "main-and-sub": (
        "var streams = {main: '/nvr/ch01/main.m3u8', sub: '/nvr/ch01/sub.m3u8'};",
        "https://cctv.kutim.example/nvr/ch01/main.m3u8",
    ),
    # Bit-rate ladders (Wowza-style names).
    "bitrates": (
        "levels = ['/live/polder_1500k.m3u8', '/live/polder_800k.m3u8']",
        "https://cctv.kutim.example/live/polder_1500k.m3u8",
    ),
}


@pytest.mark.parametrize(("page", "stream"), list(RENDITIONS.values()), ids=list(RENDITIONS))
def test_renditions_of_one_stream_play_as_that_stream(page: str, stream: str) -> None:
    assert find_page_stream(page, PAGE) == PageFinding(stream=stream)


NOT_RENDITIONS = {
    # Camera numbers, not picture heights.
    "camera-numbers": '<source src="/hls/1234/index.m3u8"><source src="/hls/1235/index.m3u8">',
    # Two cameras, each in HD.
    "two-cameras-in-hd": "['/live/simpang3_hd.m3u8', '/live/kabo_hd.m3u8']",
    # One rendition word, the other address names none.
    "one-side-only": "['/live/kabo_hd.m3u8', '/live/kabo.m3u8']",
    # Two cameras in the same quality directory.
    "same-quality-directory": "['/hd/kabo/index.m3u8', '/hd/pinang/index.m3u8']",
    # Other hosts.
    "other-hosts": "['https://a.kutim.example/kabo_hd.m3u8', 'https://b.kutim.example/kabo_sd.m3u8']",
}


@pytest.mark.parametrize("page", list(NOT_RENDITIONS.values()), ids=list(NOT_RENDITIONS))
def test_playlists_of_different_streams_stay_several(page: str) -> None:
    assert find_page_stream(page, PAGE) == PageFinding(several=True)


def test_a_ladder_longer_than_a_quality_menu_is_no_single_player() -> None:
    page = "".join(f"'/live/kabo_{k}k.m3u8'," for k in range(100, 1100, 100))
    assert find_page_stream(page, PAGE) == PageFinding(several=True)


def test_a_default_index_past_the_menu_plays_the_first() -> None:
    page = "quality: [{url: '/live/kabo_hd.m3u8'}, {url: '/live/kabo_sd.m3u8'}], defaultQuality: 5"
    assert find_page_stream(page, PAGE).stream == "https://cctv.kutim.example/live/kabo_hd.m3u8"
