"""JSON hidden in noisy bodies, JSON cells holding HTML, and states written as text."""

from __future__ import annotations

import html
import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.fieldurls import resolve_url
from custom_components.kutim_cctv.portal.models import Camera, ParseResult, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.decode import php_noise_only, pre_json
from custom_components.kutim_cctv.portal.values import JSONValue, markup_text

BASE = "https://cctv.kutim.example/api/cctv"
ITEMS: list[JSONValue] = [
    {
        "id": "4",
        "nama": "Simpang Empat Pendidikan",
        "kecamatan": "Sangatta Utara",
        "stream": "https://cctv.kutim.example/hls/cam4.m3u8",
    },
    {
        "id": "9",
        "nama": "Pelabuhan Kenyamukan",
        "kecamatan": "Sangatta Utara",
        "stream": "https://cctv.kutim.example/hls/cam9.m3u8",
    },
]
ANSWER = json.dumps({"status": True, "data": ITEMS}).replace("/", "\\/")

CI_BLOCK = (
    '<div style="border:1px solid #990000;padding-left:20px;margin:0 0 10px 0;">\n'
    "<h4>A PHP Error was encountered</h4>\n<p>Severity: Notice</p>\n"
    "<p>Message:  Undefined variable: limit</p>\n<p>Filename: controllers/Api.php</p>\n"
    '<p>Line Number: 58</p>\n<p style="margin-left:10px">File: /var/www/html/index.php<br />'
    "Line: 315<br />Function: require_once</p>\n</div>"
)
HTML_ERRORS = (
    '<br />\n<b>Warning</b>:  Undefined array key "page" in '
    "<b>/var/www/html/api/cctv.php</b> on line <b>14</b><br />\n"
)
XDEBUG = (
    "<br />\n<font size='1'><table class='xdebug-error xe-notice' dir='ltr' border='1'>"
    "<tr><th align='left' colspan=\"5\">( ! ) Notice: Undefined variable: kec in "
    "/var/www/api/list.php on line <i>23</i></th></tr>"
    "<tr><td>1</td><td>{main}(  )</td><td>.../list.php<b>:</b>0</td></tr></table></font>\n"
)
TEXT_NOTICE = "\nNotice: Undefined index: limit in /var/www/api/cctv.php on line 12\n\n"
DRF_PAGE = (
    "<!DOCTYPE html><html><head><title>Kamera List</title></head><body><div class=container>"
    '<pre class="prettyprint"><b>GET</b> /api/kamera/</pre>'
    '<pre class="prettyprint"><span class="meta nocode"><b>HTTP 200 OK</b>\n'
    '<b>Allow:</b> <span class="lit">GET</span>\n\n</span>{}</pre>'
    '<script type="application/json" id="drf_csrf">{{"csrfToken": ""}}</script>'
    "</div></body></html>"
)


def auto(text: str) -> ParseResult:
    """Parse a body with the AUTO profile."""
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False)


def _escaped_with_links(answer: str) -> str:
    """Return a JSON answer the way an API browser shows it: escaped, URLs as links."""
    shown = html.escape(answer.replace("\\/", "/"))
    for item in ITEMS:
        assert isinstance(item, dict)
        url = str(item["stream"])
        shown = shown.replace(url, f'<a href="{url}" rel="nofollow">{url}</a>')
    return shown


NOISY_BODIES = {
    "codeigniter block before": CI_BLOCK + ANSWER,
    "codeigniter block after": ANSWER + "\n" + CI_BLOCK,
    "blocks on both sides": CI_BLOCK + CI_BLOCK + ANSWER + CI_BLOCK,
    "html_errors lines": HTML_ERRORS + HTML_ERRORS.replace("Warning", "Deprecated") + ANSWER,
    "html_errors and a block": HTML_ERRORS + CI_BLOCK + ANSWER,
    "xdebug table": XDEBUG + ANSWER,
    "text notices": TEXT_NOTICE + ANSWER,
    "byte order marks": "\ufeff\ufeff" + ANSWER,
    "xssi angular": ")]}',\n" + ANSWER,
    "xssi while": "while(1);" + ANSWER,
    "xssi for": "for(;;);" + ANSWER,
    "jsonp": "/**/ typeof cb === 'function' && cb(" + ANSWER + ");",
    "jsonp on its own line": "/**/\ncb(" + ANSWER + ");\n",
    "jsonp after a notice": TEXT_NOTICE + "cb(" + ANSWER + ")",
    "pre escaped with links": DRF_PAGE.format(_escaped_with_links(ANSWER)),
    "pre raw": "<html><body><h1>Debug</h1><pre>" + ANSWER + "</pre></body></html>",
}


@pytest.mark.parametrize("body", NOISY_BODIES.values(), ids=NOISY_BODIES.keys())
def test_json_answer_found_in_noise(body: str) -> None:
    """The JSON answer is read whatever PHP, XSSI guards or a <pre> put around it."""
    cameras = auto(body).cameras
    assert [(c.id, c.raw_name, c.area, c.stream_url) for c in cameras] == [
        (
            "4",
            "Simpang Empat Pendidikan",
            "Sangatta Utara",
            "https://cctv.kutim.example/hls/cam4.m3u8",
        ),
        ("9", "Pelabuhan Kenyamukan", "Sangatta Utara", "https://cctv.kutim.example/hls/cam9.m3u8"),
    ]


def test_php_noise_is_not_a_page() -> None:
    """Only PHP error output counts as noise; a real page before JSON is still a page."""
    assert php_noise_only(CI_BLOCK + HTML_ERRORS + XDEBUG)
    assert php_noise_only("\ufeff" + TEXT_NOTICE)
    assert not php_noise_only('<html><body><div class="card"><img src="/a.jpg"></div>')
    assert not php_noise_only(CI_BLOCK + '<div class="card">Kamera</div>')
    assert not php_noise_only(CI_BLOCK * 2000)  # more than any error output: bounded, a page


def test_page_with_media_is_still_read_as_a_page() -> None:
    """A page of cards before an unrelated JSON blob is read as the page."""
    page = (
        '<html><body><div class="card"><h5>Simpang Kabo</h5>'
        '<video src="https://cctv.kutim.example/hls/kabo.m3u8"></video></div>'
        '<script>var cfg = {"theme": "dark", "lang": ["id", "en"]};</script></body></html>'
    )
    cameras = auto(page).cameras
    assert [c.stream_url for c in cameras] == ["https://cctv.kutim.example/hls/kabo.m3u8"]


def test_pre_json_picks_the_largest_document() -> None:
    """Among several <pre> blocks the largest JSON document is the answer."""
    page = '<pre>{"a": 1}</pre><pre>' + html.escape(ANSWER) + "</pre><pre>[1, 2</pre>"
    found = pre_json(page)
    assert isinstance(found, dict)
    assert found["data"] == ITEMS


@pytest.mark.parametrize(
    "body",
    [
        CI_BLOCK.replace("</div>", "") * 3000 + ANSWER,  # blocks never closed
        "<h4>A PHP Error was encountered</h4>" * 20000 + ANSWER,
        "<b>Notice</b>: " + "x" * 200_000 + ANSWER,
        "<pre>" * 50_000 + "[" * 100_000,
        "<pre>" + "&quot;" * 100_000 + "</pre>" * 20,
        "<pre>" + "[" * 200_000 + "</pre>",
        "<div>" + "{" * 100_000,
    ],
    ids=["unclosed-blocks", "headings", "long-notice", "pre-open", "entities", "deep", "braces"],
)
def test_hostile_noise_is_bounded(body: str) -> None:
    """Hostile noise gives cameras or a clear format error, never a crash or a hang."""
    try:
        cameras = auto(body).cameras
    except PortalFormatError as err:
        message = str(err)
    else:
        message = ""
        assert all(isinstance(camera, Camera) for camera in cameras)
        assert len(cameras) <= 2
    assert message == "" or message.startswith(("No camera", "The portal answer"))


# ---------------------------------------------------------------------------
# JSON cells holding HTML
# ---------------------------------------------------------------------------


def _row(**cells: JSONValue) -> ParseResult:
    base: dict[str, JSONValue] = {"id": "5", "nama": "Jembatan Pinang", "kecamatan": "Sangatta"}
    return auto(json.dumps({"draw": 1, "recordsTotal": 1, "data": [{**base, **cells}]}))


@pytest.mark.parametrize(
    ("cells", "stream", "snapshot"),
    [
        (
            {"gambar": '<img src="/uploads/5.jpg" class="img-thumbnail">', "stream": "/hls/5.m3u8"},
            "https://cctv.kutim.example/hls/5.m3u8",
            "https://cctv.kutim.example/uploads/5.jpg",
        ),
        (
            {"foto": "<img src='/foto/5' width=90>", "link_stream": "/hls/5.m3u8"},
            "https://cctv.kutim.example/hls/5.m3u8",
            "https://cctv.kutim.example/foto/5",  # a still without extension under a still name
        ),
        (
            {"stream": '<a href="https://x.example/live/5/index.m3u8" class="btn">Lihat</a>'},
            "https://x.example/live/5/index.m3u8",
            None,
        ),
        (
            {"video": '<video poster="/p/5.jpg"><source src="/hls/5.m3u8" type="x"></video>'},
            "https://cctv.kutim.example/hls/5.m3u8",
            "https://cctv.kutim.example/p/5.jpg",
        ),
        (
            {"player": '<iframe src="/embed.html?src=%2Fhls%2F5.m3u8" width="240"></iframe>'},
            "https://cctv.kutim.example/hls/5.m3u8",
            None,
        ),
    ],
)
def test_markup_cells_give_their_media(
    cells: dict[str, JSONValue], stream: str | None, snapshot: str | None
) -> None:
    """A cell of markup under any media name gives the media it links, resolved."""
    (camera,) = _row(**cells).cameras
    assert (camera.stream_url, camera.snapshot_url) == (stream, snapshot)


def test_markup_is_never_a_url_or_a_name() -> None:
    """Markup is not a URL, and a name cell of markup gives its first line of text."""
    assert resolve_url('<img src="/uploads/5.jpg">', BASE) is None
    assert resolve_url("/uploads/<5>.jpg", BASE) is None
    (camera,) = _row(
        nama='<a href="/cctv/detail/5"><b>Jembatan Pinang</b></a><br><small>Jl. Pinang</small>',
        kecamatan='<span class="text-muted">Sangatta Selatan</span>',
        gambar='<img src="/uploads/5.jpg">',
        aksi='<a href="/cctv/edit/5" class="btn"><i class="fa fa-pencil"></i></a>',
    ).cameras
    assert camera.raw_name == "Jembatan Pinang"
    assert camera.area == "Sangatta Selatan"
    assert camera.snapshot_url == "https://cctv.kutim.example/uploads/5.jpg"
    assert "<" not in camera.raw_name and "edit" not in str(camera.stream_url)


@pytest.mark.parametrize(
    ("badge", "online"),
    [
        ('<span class="badge badge-success">Online</span>', True),
        ('<span class="badge badge-danger"><i class="fa fa-circle"></i> Offline</span>', False),
        ("<span class='label label-success'>Aktif</span>", True),
        ("<span class='label label-danger'>Tidak Aktif</span>", False),
        ('<label class="badge bg-success">NORMAL</label>', True),
        ('<span class="badge">Rusak</span>', False),
        ('<span class="badge">-</span>', None),
        ('<span class="badge">Sangatta</span>', None),
    ],
)
@pytest.mark.parametrize("key", ["status", "kondisi", "status_kamera", "keterangan"])
def test_badge_cells_give_the_state(key: str, badge: str, online: bool | None) -> None:
    """A status badge's text gives the online state, under any status-like column."""
    (camera,) = _row(stream="/hls/5.m3u8", **{key: badge}).cameras
    assert camera.online is online


def test_markup_text_reads_the_first_line() -> None:
    """The text of markup is its first visible line, scripts and styles left out."""
    assert markup_text("<b>Nama</b><br/><small>Jl. X</small>") == "Nama"
    assert markup_text("<script>alert(1)</script><style>b{}</style><i>Aktif</i>") == "Aktif"
    assert markup_text("<img src='/a.jpg'>") is None
    assert markup_text("<div>" * 5000 + "Nama") is None  # read within the text cap
    assert markup_text("<b>Simpang <i>Kabo") == "Simpang Kabo"


def test_legacy_datatables_rows_named_by_scolumns() -> None:
    """DataTables 1.9 names positional aaData rows in one comma-separated sColumns."""
    answer = {
        "sEcho": 1,
        "iTotalRecords": 1,
        "sColumns": "kode,nama_cctv,kecamatan,gambar,status",
        "aaData": [
            [
                "K-1",
                "<a href='/d/K-1'>Simpang Kabo</a>",
                "Sangatta Utara",
                "<img src='/s/k1.jpg'>",
                "<span class='badge'>Aktif</span>",
            ],
        ],
    }
    (camera,) = auto(json.dumps(answer)).cameras
    assert (camera.id, camera.raw_name, camera.area, camera.snapshot_url, camera.online) == (
        "K-1",
        "Simpang Kabo",
        "Sangatta Utara",
        "https://cctv.kutim.example/s/k1.jpg",
        True,
    )


def test_hostile_scolumns_and_cells_are_bounded() -> None:
    """A huge sColumns string and huge markup cells give a bounded result."""
    answer = {
        "sColumns": ",".join(f"c{i}" for i in range(100_000)),
        "aaData": [["<img src='/s/1.jpg'>" * 5000, "<a href='x'>" * 5000] for _ in range(50)],
    }
    try:
        cameras = auto(json.dumps(answer)).cameras
    except PortalFormatError as err:
        message = str(err)
    else:
        message = ""
        assert len(cameras) <= 50
        assert all("<" not in camera.raw_name for camera in cameras)
    assert message == "" or message.startswith(("No camera", "The portal answer"))


# ---------------------------------------------------------------------------
# States written as text under status-like columns
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "value", "online"),
    [
        ("status_kamera", "Aktif", True),
        ("status_kamera", "Tidak Aktif", False),
        ("statusKamera", "ONLINE", True),
        ("kondisi_cctv", "Normal", True),
        ("kondisi_kamera", "Rusak", False),
        ("keterangan", "OFFLINE", False),
        ("ket", "online", True),
        ("status_perangkat", "TIDAK AKTIF", False),
        ("keadaan", "Baik", True),
        ("camera_state", "offline", False),
        ("keterangan", "Dekat Pasar Induk", None),  # free text is no state
        ("status_code", "1", None),  # codes are never states
        ("kode_status", "0", None),
        ("tgl_status", "2025-01-01", None),
        ("status_kamera", 1, None),  # a bare number under a hinted name is no state
    ],
)
def test_text_states_under_status_like_columns(
    key: str, value: JSONValue, online: bool | None
) -> None:
    """Text states count under any column named like a state, all values strings too."""
    item = {
        "camera_id": "KT-1",
        "lokasi_kamera": "Simpang Polres",
        "url_video": "https://data.kutim.example/live/kt1.m3u8",
        key: value,
    }
    (camera,) = auto(json.dumps([item])).cameras
    assert camera.online is online


def test_known_status_field_wins_and_hinted_field_fills_in() -> None:
    """A known status field that says something wins; one that says nothing is passed over."""
    item: dict[str, JSONValue] = {
        "id": "7",
        "nama": "Simpang Tiga",
        "stream": "/hls/7.m3u8",
        "keterangan": "OFFLINE",
    }
    (publish,) = auto(json.dumps([{**item, "status": "publish"}])).cameras
    assert publish.online is False
    (known,) = auto(json.dumps([{**item, "status": "online"}])).cameras
    assert known.online is True
    (weak,) = auto(json.dumps([{**item, "is_active": True}])).cameras
    assert weak.online is False  # a named state beats a weak flag


@pytest.mark.parametrize("wrapper", ["data", "aaData"])
def test_positional_rows_of_rendered_cells(wrapper: str) -> None:
    """Rows without column names read their media, name and state from rendered cells."""
    rows: list[JSONValue] = [
        [
            "1",
            '<a href="/cctv/lihat/17">Simpang Tiga Hasanuddin</a>',
            '<img src="/upload/17.jpg">',
            '<a href="/live/17/index.m3u8" class="btn"><i class="bi bi-play"></i> Tonton</a>',
            '<span class="badge">Online</span>',
        ],
        [
            "<b>Pelabuhan Maloy</b><br><small>Kaliorang</small>",
            "0.8953",
            "117.9021",
            '<video><source src="/stream/maloy.m3u8"></video>',
            "Tidak Aktif",
        ],
        ["3", '<a href="/live/19.m3u8" class="btn">Lihat</a>', "<span>Offline</span>"],
    ]
    cameras = auto(json.dumps({wrapper: rows})).cameras
    got = [(c.raw_name, c.stream_url, c.snapshot_url, c.online, c.latitude) for c in cameras]
    assert got == [
        (
            "Simpang Tiga Hasanuddin",
            "https://cctv.kutim.example/live/17/index.m3u8",
            "https://cctv.kutim.example/upload/17.jpg",
            True,
            None,
        ),
        ("Pelabuhan Maloy", "https://cctv.kutim.example/stream/maloy.m3u8", None, False, 0.8953),
    ]  # the third row has only a button label: no name, so no camera
    assert all(camera.id.startswith("k-") for camera in cameras)
