"""Camera lists published as XML: image lists, status files, feeds, WFS answers, DATEX II."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import (
    MAX_CAMERAS,
    Camera,
    ParseResult,
    PortalFormat,
    Profile,
)
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.xmllist import looks_like_xml

BASE = "https://data.kutim.example/cctv/list.xml"
_DECL = '<?xml version="1.0" encoding="UTF-8"?>\n'


def _parse(text: str) -> ParseResult:
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False)


def _cams(text: str) -> tuple[Camera, ...]:
    return _parse(text).cameras


def _rows(cameras: tuple[Camera, ...]) -> list[tuple[object, ...]]:
    return [
        (c.id, c.raw_name, c.area, c.latitude, c.longitude, c.stream_url, c.snapshot_url)
        for c in cameras
    ]


# ---------------------------------------------------------------------------
# Repeated records: child elements and attributes are fields
# ---------------------------------------------------------------------------

_EXPECTED = [
    ("SGT01", "Simpang Tiga", "Sangatta Utara", 0.50912, 117.54683, None, "https://c.kutim.example/SGT01.JPG"),
    ("BGL02", "Simpang Bengalon", "Bengalon", 0.8521, 117.83514, None, "https://c.kutim.example/BGL02.JPG"),
]  # fmt: skip


def _element_records(root: str, record: str, prefix: str = "") -> str:
    ns = f' xmlns:{prefix[:-1]}="https://data.kutim.example/ns"' if prefix else ""
    rows = "".join(
        f"<{prefix}{record}><{prefix}key>{cid}</{prefix}key><{prefix}district>{area}</{prefix}district>"
        f"<{prefix}description>{name}</{prefix}description><{prefix}latitude>{lat}</{prefix}latitude>"
        f"<{prefix}longitude>{lng}</{prefix}longitude><{prefix}url>{still}</{prefix}url></{prefix}{record}>"
        for cid, name, area, lat, lng, _s, still in _EXPECTED
    )
    return f"{_DECL}<{prefix}{root}{ns}>{rows}</{prefix}{root}>"


def _attribute_records(root: str, record: str) -> str:
    rows = "".join(
        f'<{record} id="{cid}" name="{name}" kecamatan="{area}" lat="{lat}" lng="{lng}" snapshot="{still}"/>'
        for cid, name, area, lat, lng, _s, still in _EXPECTED
    )
    return f"<{root}>{rows}</{root}>"


@pytest.mark.parametrize(
    "text",
    [
        _element_records("image-list", "image"),
        _element_records("cameras", "camera", "d:"),
        _element_records("ArrayOfCamera", "Camera"),
        _attribute_records("markers", "marker"),
        _attribute_records("kamera_list", "kamera"),
    ],
    ids=["image-list", "prefixed", "dotnet-array", "attributes", "attributes-id"],
)
def test_repeated_records_are_read_like_json_items(text: str) -> None:
    assert looks_like_xml(text)
    result = _parse(text)
    assert result.format is PortalFormat.XML
    assert _rows(result.cameras) == _EXPECTED


def test_records_deep_in_a_publication_are_found_and_the_richest_list_wins() -> None:
    header = "".join(f"<supplier><name>S{n}</name></supplier>" for n in range(5))
    records = "".join(
        f"<record><id>R{n}</id><name>Kamera {n}</name><still>https://c.kutim.example/{n}.jpg</still></record>"
        for n in range(3)
    )
    text = f"<doc><a>{header}</a><b><c><d><e>{records}</e></d></c></b></doc>"
    assert [c.id for c in _cams(text)] == ["R0", "R1", "R2"]


def test_multilingual_values_prefer_indonesian_then_english_then_the_first() -> None:
    def record(n: int, values: str) -> str:
        return (
            f"<rec><id>{n}</id><siteDescription><values>{values}</values></siteDescription>"
            f"<image>https://c.kutim.example/{n}.jpg</image></rec>"
        )

    text = "<list>" + "".join(
        [
            record(1, '<value lang="en">Bridge</value><value lang="id">Jembatan</value>'),
            record(2, '<value lang="fr">Pont</value><value lang="en">Bridge</value>'),
            record(3, '<value lang="de">Brücke</value><value lang="nl">Brug</value>'),
            record(4, '<value xml:lang="id">Pasar</value>'),
        ]
    )
    text += "</list>"
    assert [c.raw_name for c in _cams(text)] == ["Jembatan", "Bridge", "Brücke", "Pasar"]


# ---------------------------------------------------------------------------
# Positions: GML points in every axis order, GeoRSS
# ---------------------------------------------------------------------------

_GML3 = "http://www.opengis.net/gml/3.2"
_GML2 = "http://www.opengis.net/gml"


def _gml_feature(point: str, gml: str = _GML3) -> str:
    member = (
        "<wfs:member><k:cctv gml:id='cctv.1'><k:kode>K1</k:kode><k:nama>Simpang</k:nama>"
        f"<k:geom>{point}</k:geom><k:hls>https://s.kutim.example/k1/index.m3u8</k:hls></k:cctv></wfs:member>"
    )
    return (
        f"<wfs:FeatureCollection xmlns:wfs='http://www.opengis.net/wfs/2.0' xmlns:gml='{gml}' "
        f"xmlns:k='https://gis.kutim.example/k'>{member}{member.replace('K1', 'K2')}</wfs:FeatureCollection>"
    )


@pytest.mark.parametrize(
    ("point", "gml"),
    [
        ("<gml:Point srsName='urn:ogc:def:crs:EPSG::4326'><gml:pos>0.5 117.5</gml:pos></gml:Point>", _GML3),
        ("<gml:Point srsName='http://www.opengis.net/def/crs/EPSG/0/4326'><gml:pos>0.5 117.5</gml:pos></gml:Point>", _GML3),
        ("<gml:Point srsName='EPSG:4326'><gml:pos>117.5 0.5</gml:pos></gml:Point>", _GML3),
        ("<gml:Point srsName='urn:ogc:def:crs:OGC:1.3:CRS84'><gml:pos>117.5 0.5</gml:pos></gml:Point>", _GML3),
        ("<gml:Point><gml:pos>117.5 0.5</gml:pos></gml:Point>", _GML3),
        ("<gml:Point><gml:pos>0.5 117.5</gml:pos></gml:Point>", _GML3),
        ("<gml:Point srsName='http://www.opengis.net/gml/srs/epsg.xml#4326'><gml:coordinates>117.5,0.5</gml:coordinates></gml:Point>", _GML2),
        ("<gml:Point><gml:coordinates>117.5,0.5</gml:coordinates></gml:Point>", _GML2),
        ("<gml:Point srsName='EPSG:3857'><gml:pos>13080040.1 55660.2</gml:pos></gml:Point>", _GML3),
    ],
    ids=["urn", "http-uri", "epsg-lng-first", "crs84", "values-lng-first", "values-lat-first",
         "gml2", "gml2-plain", "web-mercator"],
)  # fmt: skip
def test_gml_points_read_in_their_axis_order(point: str, gml: str) -> None:
    cams = _cams(_gml_feature(point, gml))
    assert [c.id for c in cams] == ["K1", "K2"]
    for cam in cams:
        assert cam.latitude == pytest.approx(0.5, abs=1e-4)
        assert cam.longitude == pytest.approx(117.5, abs=1e-4)
        assert cam.stream_url is not None and cam.stream_url.endswith(".m3u8")


@pytest.mark.parametrize(
    "point",
    [
        "<gml:Point srsName='EPSG:32650'><gml:pos>554212 56301</gml:pos></gml:Point>",
        "<gml:Point><gml:pos>not numbers</gml:pos></gml:Point>",
        "<gml:Point><gml:pos>95 200</gml:pos></gml:Point>",
    ],
    ids=["projected", "text", "out-of-range"],
)
def test_gml_points_not_in_degrees_give_no_position(point: str) -> None:
    cams = _cams(_gml_feature(point))
    assert [(c.id, c.latitude, c.longitude) for c in cams] == [
        ("K1", None, None),
        ("K2", None, None),
    ]


def test_the_gml_id_of_the_encoding_is_not_the_camera_id() -> None:
    point = "<gml:Point><gml:pos>0.5 117.5</gml:pos></gml:Point>"
    assert [c.id for c in _cams(_gml_feature(point))] == ["K1", "K2"]


# ---------------------------------------------------------------------------
# Feeds and links that declare their media type
# ---------------------------------------------------------------------------


def _rss(items: str, channel: str = "") -> str:
    return (
        f"{_DECL}<rss version='2.0' xmlns:media='http://search.yahoo.com/mrss/' "
        "xmlns:georss='http://www.georss.org/georss'><channel><title>CCTV</title>"
        "<image><url>https://c.kutim.example/logo.png</url><title>CCTV</title>"
        f"<link>https://c.kutim.example/</link></image>{channel}{items}</channel></rss>"
    )


@pytest.mark.parametrize(
    "media",
    [
        "<media:content url='https://c.kutim.example/s/{n}' medium='image'/>",
        "<media:content url='https://c.kutim.example/s/{n}' type='image/jpeg' width='640'/>",
        "<enclosure url='https://c.kutim.example/s/{n}' length='0' type='image/jpeg'/>",
        "<media:thumbnail url='https://c.kutim.example/s/{n}.jpg' width='320' height='180'/>",
    ],
    ids=["media-medium", "media-type", "enclosure", "thumbnail"],
)
def test_rss_items_read_with_their_declared_media_and_category(media: str) -> None:
    items = "".join(
        f"<item><title>Kamera {n}</title><guid isPermaLink='false'>k{n}</guid>"
        f"<category>Sangatta Utara</category><georss:point>0.5{n} 117.5{n}</georss:point>"
        f"{media.format(n=n)}</item>"
        for n in range(2)
    )
    cams = _cams(_rss(items))
    assert [(c.id, c.raw_name, c.area, c.latitude, c.longitude) for c in cams] == [
        ("k0", "Kamera 0", "Sangatta Utara", 0.50, 117.50),
        ("k1", "Kamera 1", "Sangatta Utara", 0.51, 117.51),
    ]
    assert all(c.snapshot_url and "/s/" in c.snapshot_url for c in cams)


def test_atom_entries_read_their_enclosure_link_and_category_term() -> None:
    entries = "".join(
        f"<entry><title type='text'>Kamera {n}</title><id>k{n}</id>"
        f"<link rel='alternate' type='text/html' href='https://c.kutim.example/k/{n}'/>"
        f"<link rel='enclosure' type='image/jpeg' href='https://c.kutim.example/s/{n}'/>"
        f"<category term='Bengalon'/></entry>"
        for n in range(2)
    )
    text = (
        "<feed xmlns='http://www.w3.org/2005/Atom'><title>CCTV</title>"
        "<link rel='self' href='https://c.kutim.example/feed'/><logo>https://c.kutim.example/l.png</logo>"
        f"{entries}</feed>"
    )
    assert [(c.id, c.area, c.snapshot_url) for c in _cams(text)] == [
        ("k0", "Bengalon", "https://c.kutim.example/s/0"),
        ("k1", "Bengalon", "https://c.kutim.example/s/1"),
    ]


def test_a_feed_without_camera_media_is_no_list_and_its_logo_is_no_camera() -> None:
    items = "<item><title>Berita</title><link>https://c.kutim.example/berita/1</link></item>"
    with pytest.raises(PortalFormatError, match=r"XML document.*rss"):
        _parse(_rss(items))
    with pytest.raises(PortalFormatError, match="XML document"):
        _parse(_rss(""))


def test_a_record_with_a_name_and_a_typed_url_stays_a_record() -> None:
    rows = "".join(
        f"<camera><name>Kamera {n}</name><url>https://c.kutim.example/{n}.jpg</url><type>image</type></camera>"
        for n in range(3)
    )
    cams = _cams(f"<cameras>{rows}</cameras>")
    assert [(c.raw_name, c.snapshot_url) for c in cams] == [
        (f"Kamera {n}", f"https://c.kutim.example/{n}.jpg") for n in range(3)
    ]


@pytest.mark.parametrize(
    ("link", "slot"),
    [
        (
            (
                "<video><urlLinkAddress>https://c.kutim.example/live/{n}</urlLinkAddress>"
                "<urlLinkType>application/vnd.apple.mpegurl</urlLinkType></video>"
            ),
            "stream_url",
        ),
        (
            (
                "<motion><href>https://c.kutim.example/mj/{n}</href>"
                "<mime>multipart/x-mixed-replace; boundary=frame</mime></motion>"
            ),
            "mjpeg_url",
        ),
        (
            (
                "<still><urlLinkAddress>https://c.kutim.example/st?id={n}</urlLinkAddress>"
                "<urlLinkDescription><values><value lang='id'>Gambar</value></values></urlLinkDescription>"
                "<urlLinkType>image</urlLinkType></still>"
            ),
            "snapshot_url",
        ),
    ],
    ids=["stream", "mjpeg", "still"],
)
def test_links_declaring_their_media_type_fill_that_slot(link: str, slot: str) -> None:
    rows = "".join(f"<cam><id>{n}</id><name>K{n}</name>{link.format(n=n)}</cam>" for n in range(2))
    cams = _cams(f"<cams>{rows}</cams>")
    assert [c.id for c in cams] == ["0", "1"]
    assert all(
        getattr(c, slot) is not None and getattr(c, slot).startswith("https://c.kutim")
        for c in cams
    )


def test_links_of_other_types_declare_nothing() -> None:
    rows = "".join(
        f"<cam><id>{n}</id><name>K{n}</name><page><href>https://c.kutim.example/p/{n}</href>"
        "<type>text/html</type></page></cam>"
        for n in range(2)
    )
    with pytest.raises(PortalFormatError, match="XML document"):
        _parse(f"<cams>{rows}</cams>")


# ---------------------------------------------------------------------------
# What is never read as an XML list, and what is refused
# ---------------------------------------------------------------------------


def test_a_sitemap_is_no_camera_list() -> None:
    text = (
        f"{_DECL}<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
        "<url><loc>https://c.kutim.example/a.jpg</loc></url>"
        "<url><loc>https://c.kutim.example/b.jpg</loc></url></urlset>"
    )
    with pytest.raises(PortalFormatError, match="sitemap"):
        _parse(text)


@pytest.mark.parametrize(
    "text",
    [
        '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body></body></html>',
        "<div><img src='a.jpg'/></div>",
        '<kml xmlns="http://www.opengis.net/kml/2.2"></kml>',
        '{"a": "<b>"}',
        "#EXTM3U\n",
        "",
    ],
    ids=["xhtml", "fragment", "kml", "json", "playlist", "empty"],
)
def test_pages_and_other_formats_are_not_xml_lists(text: str) -> None:
    assert not looks_like_xml(text)


def test_xhtml_pages_are_still_read_as_pages() -> None:
    text = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body>'
        '<video src="https://c.kutim.example/a.m3u8" title="Simpang"></video></body></html>'
    )
    result = _parse(text)
    assert result.format is PortalFormat.HTML
    assert [c.stream_url for c in result.cameras] == ["https://c.kutim.example/a.m3u8"]


@pytest.mark.parametrize(
    "text",
    [
        (
            '<?xml version="1.0"?><!DOCTYPE list [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
            "<list><cam><name>&b;</name><url>https://c.kutim.example/a.jpg</url></cam></list>"
        ),
        '<?xml version="1.0"?><!DOCTYPE list SYSTEM "http://169.254.169.254/x.dtd"><list></list>',
        "<list><!DOCTYPE x><cam/></list>",
    ],
    ids=["entities", "external", "inner"],
)
def test_document_types_and_entities_are_refused(text: str) -> None:
    with pytest.raises(PortalFormatError, match="DOCTYPE") as info:
        _parse(text)
    assert "aaaa" not in str(info.value)


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("<list><cam><url>https://c.kutim.example/a.jpg</url></list>", "well-formed"),
        ("<list><cam><url>https://c.kutim.example/a.jpg</url></cam>", "well-formed"),
        ("<list>" + "<g>" * 200 + "</g>" * 200 + "</list>", "too large or nested too deep"),
        ("<list>" + ("<g>" + "<c/>" * 9_000 + "</g>") * 25 + "</list>", "too large or nested too deep"),
        ("<list>" + "<c/>" * 10_001 + "</list>", "too many children"),
        ("<list><u:cam/></list>", "well-formed"),
    ],
    ids=["mismatched", "cut-off", "too-deep", "too-many-elements", "too-many-children", "unbound-prefix"],
)  # fmt: skip
def test_malformed_or_huge_documents_give_a_clear_error(text: str, match: str) -> None:
    with pytest.raises(PortalFormatError, match=match):
        _parse(text)


def test_long_texts_are_bounded() -> None:
    name = "N" * 100_000
    rows = "".join(
        f"<cam><id>{n}</id><name>{name}</name><still>https://c.kutim.example/{n}.jpg</still></cam>"
        for n in range(2)
    )
    cams = _cams(f"<cams>{rows}</cams>")
    assert len(cams) == 2
    assert all(len(c.raw_name) <= 20_000 for c in cams)


def test_camera_cap_applies() -> None:
    rows = "".join(
        f"<cam><id>{n}</id><still>https://c.kutim.example/{n}.jpg</still></cam>"
        for n in range(MAX_CAMERAS + 50)
    )
    result = _parse(f"<cams>{rows}</cams>")
    assert result.capped
    assert len(result.cameras) == MAX_CAMERAS


def test_logins_are_stripped_and_other_schemes_refused() -> None:
    rows = (
        "<cam><id>1</id><name>Login</name>"
        "<stream>https://admin:RahasiaKutim1@c.kutim.example/a.m3u8</stream></cam>"
        "<cam><id>2</id><name>File</name><stream>file:///etc/passwd.m3u8</stream>"
        "<still>https://c.kutim.example/2.jpg</still></cam>"
    )
    cams = _cams(f"<cams>{rows}</cams>")
    assert len(cams) == 2
    assert "RahasiaKutim1" not in repr(cams)
    assert all(not str(c.stream_url).startswith("file") for c in cams)


def test_names_carry_no_markup() -> None:
    rows = "".join(
        f"<cam><id>{n}</id><name><![CDATA[<b onmouseover=x>Simpang</b> {n}]]></name>"
        f"<still>https://c.kutim.example/{n}.jpg</still></cam>"
        for n in range(2)
    )
    cams = _cams(f"<cams>{rows}</cams>")
    assert all("<" not in c.name and "Simpang" in c.name for c in cams)
