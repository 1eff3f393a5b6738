"""Camera lists read after holdout 30: places named by kecamatan lines, KML 2.1 types.

The MySQL/PHP Google Maps tutorial writes one ``<marker id name address lat lng type/>``
per row; portals built on it keep only ``Kec. …``, ``Kel. …`` or ``Ds. …`` in the address
column of a camera at a junction, or the kecamatan and its regency. That first place is
the camera's area; a street address, a number or a full word alone is not.

KML 2.1 let a document declare its own placemark types (``<Schema parent="Placemark"
name="cctv">``, then ``<cctv>`` elements), whose SimpleFields are child elements of
each; exporters give each such element an inline ``Style/BalloonStyle`` whose text is
its balloon. Those elements are placemarks, their declared children their fields, the
inline balloon their description when they have none, and a balloon's one kecamatan
line their area.

Tables rendered from an EasyUI datagrid or a CRUD template keep the record's key in a
hidden column (``display:none``): it is the camera's id only when no visible column
gives one. A Chinese station column (``所属电站``, ``泵站``) groups the cameras: their area.
"""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://peta.kutim.example/genxml.php"


def cameras(text: str, base_url: str = BASE) -> tuple[Camera, ...]:
    """Parse a payload as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False).cameras


def _markers(*addresses: str, key: str = "address") -> str:
    rows = "".join(
        f'<marker id="{n}" name="Simpang {n}" {key}="{address}" lat="0.5{n}" lng="117.5{n}" '
        f'type="cctv" stream="https://peta.kutim.example/hls/{n}.m3u8"/>'
        for n, address in enumerate(addresses, start=1)
    )
    return f'<?xml version="1.0"?><markers>{rows}</markers>'


def test_address_holding_only_a_kecamatan_is_the_area() -> None:
    found = cameras(_markers("Kec. Sangatta Utara", "Kel. Swarga Bara", "Ds.Sepaso"))
    assert [c.area for c in found] == ["Sangatta Utara", "Swarga Bara", "Sepaso"]


def test_alamat_holding_only_a_kecamatan_is_the_area() -> None:
    found = cameras(_markers("Kec. Bengalon", key="alamat"))
    assert [c.area for c in found] == ["Bengalon"]


def test_address_naming_a_kecamatan_then_its_regency_gives_the_kecamatan() -> None:
    found = cameras(
        _markers(
            "Kec. Sangatta Utara, Kab. Kutai Timur", "Kecamatan Bengalon, Kabupaten Kutai Timur"
        )
    )
    assert [c.area for c in found] == ["Sangatta Utara", "Bengalon"]


def test_street_addresses_and_lists_of_places_are_no_area() -> None:
    found = cameras(
        _markers(
            "Jl. Yos Sudarso No. 4",
            "Sangatta Utara, Kutai Timur",
            "Kec. 12",
            "Kecamatan Bengalon dan sekitarnya di jalan poros",
            "Kec. " + "Panjang" * 30,
        )
    )
    assert len(found) == 5
    assert [c.area for c in found] == [None, None, None, None, None]


def test_another_field_named_address_is_not_read() -> None:
    # Only the address columns: a marker's own name is never taken as its area.
    text = (
        '<?xml version="1.0"?><markers>'
        '<marker id="1" name="Kec. Rantau Pulung" lat="0.51" lng="117.51" type="cctv" '
        'stream="https://peta.kutim.example/hls/1.m3u8"/></markers>'
    )
    assert [(c.name, c.area) for c in cameras(text)] == [("Kec. Rantau Pulung", None)]


KML_BASE = "https://peta.kutim.example/kml/kamera.kml"


def _kml(body: str, schema: str = '<Schema parent="Placemark" name="cctv"></Schema>') -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><kml xmlns:gx="http://www.google.com/kml/ext/2.2">'
        f"<Document><name>Peta</name>{schema}{body}</Document></kml>"
    )


def _balloon(name: str, text: str, tag: str = "cctv") -> str:
    return (
        f"<{tag}><name>{name}</name><Style><BalloonStyle><text><![CDATA[{text}]]></text>"
        f"</BalloonStyle></Style><Point><coordinates>117.5,0.5</coordinates></Point></{tag}>"
    )


def test_custom_placemark_type_with_inline_balloon_is_a_camera() -> None:
    text = _kml(
        _balloon(
            "Simpang Pendidikan",
            "<h1>Simpang Pendidikan</h1><table><tr><td>Kecamatan Sangatta Utara, Kabupaten"
            ' Kutai Timur</td></tr><tr><td><img src="/cam/pendidikan.jpg"/></td></tr></table>',
        )
    )
    (camera,) = cameras(text, KML_BASE)
    assert (camera.name, camera.area) == ("Simpang Pendidikan", "Sangatta Utara")
    assert camera.snapshot_url == "https://peta.kutim.example/cam/pendidikan.jpg"
    assert (camera.latitude, camera.longitude) == (0.5, 117.5)


def test_simplefields_of_a_custom_type_are_its_fields() -> None:
    schema = (
        '<Schema name="KameraType" parent="Placemark">'
        '<SimpleField name="kecamatan" type="string"/><SimpleField name="stream_url" type="string"/>'
        "</Schema>"
    )
    body = (
        '<KameraType id="kb-1"><name>Jembatan Bengalon</name><kecamatan>Bengalon</kecamatan>'
        "<stream_url>https://peta.kutim.example/live/b.m3u8</stream_url>"
        "<Point><coordinates>117.8,0.8</coordinates></Point></KameraType>"
    )
    (camera,) = cameras(_kml(body, schema), KML_BASE)
    assert (camera.id, camera.name, camera.area) == ("kb-1", "Jembatan Bengalon", "Bengalon")
    assert camera.stream_url == "https://peta.kutim.example/live/b.m3u8"


def test_undeclared_elements_and_other_schemas_are_no_placemarks() -> None:
    # An element no Schema declares as a placemark type, a Schema of KML 2.2 (no parent)
    # and a Schema declaring KML's own element are read as before: no placemark.
    cctv = _balloon("Kamera", '<img src="https://peta.kutim.example/a.jpg"/>')
    for schema in ("", '<Schema name="cctv" id="cctv"></Schema>'):
        with pytest.raises(PortalFormatError):
            cameras(_kml(cctv, schema), KML_BASE)
    folder = _kml(
        "<Folder><name>A</name></Folder>", '<Schema parent="Placemark" name="Folder"></Schema>'
    )
    with pytest.raises(PortalFormatError):
        cameras(folder, KML_BASE)


def test_balloon_without_one_kecamatan_line_gives_no_area() -> None:
    lines = (
        "<p>Dermaga utama, Kutai Timur</p>",
        "<p>Kec. Bengalon</p><p>Kec. Kaliorang</p>",
        "<p>Kecamatan Kaliorang</p>",
        "<p>Jl. Yos Sudarso No. 4, Kec. Sangatta Utara</p>",
    )
    body = "".join(
        _balloon(f"Kamera {n}", f'{line}<img src="https://peta.kutim.example/{n}.jpg"/>')
        for n, line in enumerate(lines)
    )
    found = cameras(_kml(body), KML_BASE)
    assert [c.area for c in found] == [None, None, None, None]


def test_description_comes_before_the_inline_balloon() -> None:
    body = (
        "<cctv><name>Kamera</name>"
        '<description><![CDATA[<img src="https://peta.kutim.example/desc.jpg"/>]]></description>'
        '<Style><BalloonStyle><text><![CDATA[<img src="https://peta.kutim.example/b.jpg"/>]]>'
        "</text></BalloonStyle></Style><Point><coordinates>117.5,0.5</coordinates></Point></cctv>"
    )
    (camera,) = cameras(_kml(body), KML_BASE)
    assert camera.snapshot_url == "https://peta.kutim.example/desc.jpg"


def test_many_custom_types_and_long_balloons_stay_bounded() -> None:
    schema = "".join(f'<Schema parent="Placemark" name="t{n}"></Schema>' for n in range(200))
    line = "<p>Kec. " + " ".join(["Sangatta"] * 5) + "</p>"
    body = "".join(
        _balloon(
            f"Kamera {n}",
            f'<img src="https://peta.kutim.example/{n}.jpg"/>' + line * 2_000,
            tag=f"t{n % 20}",
        )
        for n in range(300)
    )
    found = cameras(_kml(body, schema), KML_BASE)
    # Only the first 16 declared types are placemarks; each balloon is read up to its cap.
    assert len(found) == 16 * 15
    assert {c.area for c in found} == {"Sangatta Sangatta Sangatta Sangatta Sangatta"}


TABLE_BASE = "https://video.kutim.example/video/list.jsp"


def _table(header: str, rows: str) -> str:
    return f"<html><body><table><thead><tr>{header}</tr></thead><tbody>{rows}</tbody></table></body></html>"


def test_hidden_id_column_yields_to_a_visible_code() -> None:
    header = '<th style="display:none">ID</th><th>设备编号</th><th>摄像头名称</th><th>所属电站</th><th>视频地址</th>'
    rows = (
        '<tr><td style="display:none">31</td><td>SBY-01</td><td>大坝坝顶</td><td>水布垭电站</td>'
        '<td><a href="https://video.kutim.example/live/1.m3u8">1</a></td></tr>'
    )
    (camera,) = cameras(_table(header, rows), TABLE_BASE)
    assert (camera.id, camera.name, camera.area) == ("SBY-01", "大坝坝顶", "水布垭电站")


def test_hidden_id_column_alone_still_gives_the_id() -> None:
    header = '<th style="display: none;">ID</th><th>Nama</th><th>Stream</th>'
    rows = (
        '<tr><td style="display: none;">77</td><td>Dermaga</td>'
        '<td><a href="https://video.kutim.example/live/7.m3u8">Lihat</a></td></tr>'
    )
    (camera,) = cameras(_table(header, rows), TABLE_BASE)
    assert camera.id == "77"


def test_visible_id_column_is_read_as_before() -> None:
    header = "<th>ID</th><th>Kode</th><th>Nama</th><th>Stream</th>"
    rows = (
        "<tr><td>5</td><td>K-5</td><td>Simpang</td>"
        '<td><a href="https://video.kutim.example/live/5.m3u8">Lihat</a></td></tr>'
    )
    (camera,) = cameras(_table(header, rows), TABLE_BASE)
    assert camera.id == "5"


def test_station_name_column_is_no_area() -> None:
    # A header naming the station (电站名称) names the camera's place, not its group.
    header = "<th>电站名称</th><th>视频地址</th>"
    rows = (
        "<tr><td>水布垭电站</td>"
        '<td><a href="https://video.kutim.example/live/9.m3u8">9</a></td></tr>'
    )
    (camera,) = cameras(_table(header, rows), TABLE_BASE)
    assert camera.area is None
