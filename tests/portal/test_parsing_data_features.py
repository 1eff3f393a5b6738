"""Map pages: features of a map SDK's data layer (geometry, properties and id) and ArcGIS graphics."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://peta.kutim.example/cctv/"
HLS = "https://cctv.kutim.example/hls/{}/index.m3u8"
JPG = "https://cctv.kutim.example/still/{}.jpg"


def _cams(script: str) -> tuple[Camera, ...]:
    page = (
        "<!doctype html><html><head><title>Peta</title></head><body><div id='map'></div>"
        f"<script>{script}</script></body></html>"
    )
    return parse_body(page, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _summary(
    cams: tuple[Camera, ...],
) -> list[tuple[str, str, str | None, float | None, float | None]]:
    return [(c.id, c.name, c.area, c.latitude, c.longitude) for c in cams]


def _props(name: str, area: str) -> str:
    return f"{{ nama: '{name}', kecamatan: '{area}', hls: '{HLS.format(name)}', foto: '{JPG.format(name)}' }}"


@pytest.mark.parametrize(
    ("call", "want_id"),
    [
        # Azure Maps: Feature(geometry, properties, id) and Shape(geometry, id, properties).
        ("new atlas.data.Feature(new atlas.data.Point([117.5469, 0.5092]), {props}, 'c-1')", "c-1"),
        ("new atlas.Shape(new atlas.data.Point([117.5469, 0.5092]), 'c-1', {props})", "c-1"),
        # ArcGIS API 3: Graphic(Point(x, y[, sr]), symbol, attributes, infoTemplate).
        ("new Graphic(new Point(117.5469, 0.5092), simbol, {props}, tpl)", None),
        ("new esri.Graphic(new esri.geometry.Point(117.5469, 0.5092, sr), simbol, {props})", None),
        # Google Maps Data layer: Feature({geometry, id, properties}).
        (
            (
                "new google.maps.Data.Feature({geometry: new google.maps.LatLng(0.5092, 117.5469), "
                "id: 'c-1', properties: {props}})"
            ),
            "c-1",
        ),
        (
            "new google.maps.Data.Feature({geometry: {lat: 0.5092, lng: 117.5469}, properties: {props}})",
            None,
        ),
    ],
)
def test_feature_constructors(call: str, want_id: str | None) -> None:
    script = f"sumber.add({call.replace('{props}', _props('kabo', 'Sangatta Utara'))});"
    (cam,) = _cams(script)
    assert (cam.name, cam.area, cam.latitude, cam.longitude) == (
        "kabo",
        "Sangatta Utara",
        0.5092,
        117.5469,
    )
    assert cam.stream_url == HLS.format("kabo")
    assert cam.snapshot_url == JPG.format("kabo")
    if want_id is not None:
        assert cam.id == want_id


def test_feature_point_is_read_x_first_when_both_numbers_could_be_latitudes() -> None:
    # Esri and Azure points are x, y: (10.5, 45.2) is longitude 10.5, latitude 45.2.
    script = f"layer.add(new Graphic(new Point(10.5, 45.2), s, {{ID: '7', {_props('alpen', 'Tirol')[2:]}));"
    (cam,) = _cams(script)
    assert (cam.latitude, cam.longitude) == (45.2, 10.5)


def test_features_keep_their_ids_and_areas_in_order() -> None:
    script = "\n".join(
        f"ds.add(new atlas.data.Feature(new atlas.data.Point([117.5{i}, 0.5{i}]), "
        f"{{ nama: 'kam{i}', zon: 'Zon {i}', gambar: '{JPG.format(i)}' }}, 'KT-0{i}'));"
        for i in range(1, 4)
    )
    assert _summary(_cams(script)) == [
        (f"KT-0{i}", f"kam{i}", f"Zon {i}", float(f"0.5{i}"), float(f"117.5{i}"))
        for i in range(1, 4)
    ]


def test_features_without_media_or_position_are_no_cameras() -> None:
    script = (
        "ds.add(new atlas.data.Feature(new atlas.data.Polygon([[[117.1, 0.1], [117.2, 0.1], "
        "[117.2, 0.2], [117.1, 0.1]]]), { nama: 'Zon Kawalan' }, 'zon-1'));\n"
        "ds.add(new atlas.data.Feature(new atlas.data.Point([117.5, 0.5]), { nama: 'Kantor' }));\n"
        "var g = new Graphic(new Point(117.5, 0.5), s, { NAMA: 'Posko' });"
    )
    with pytest.raises(PortalFormatError):
        _cams(script)


def test_many_features_stay_bounded() -> None:
    feature = (
        "ds.add(new atlas.data.Feature(new atlas.data.Point([117.5, 0.5]), "
        "{ nama: 'x', gambar: '/cam.jpg', ket: '" + "/" * 5000 + "' }, 'id'));\n"
    )
    script = feature * 200 + "ds.add(new atlas.data.Feature(new atlas.data.Point([117.5, 0.5]), {"
    cams = _cams(script)
    # The 200 features share one id: one camera; the unclosed last call adds nothing.
    assert [(c.id, c.name, c.latitude, c.longitude) for c in cams] == [("id", "x", 0.5, 117.5)]
    # A picture field of 5,000 slashes alone is the site's root, no still: no camera at all.
    slashes = script.replace("gambar: '/cam.jpg', ket:", "gambar:")
    with pytest.raises(PortalFormatError):
        _cams(slashes)
