"""Spanish and Portuguese position lists (``posicion: [lat, lng]``) and camera address columns."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://vigilancia.kutim.example/api/camaras"
HLS = "https://vigilancia.kutim.example/hls/{}/index.m3u8"


def _cams(data: object) -> tuple[Camera, ...]:
    return parse_body(json.dumps(data), profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _record(ident: int, **fields: object) -> dict[str, object]:
    return {"id": ident, "nombre": f"Camara {ident}", "link": HLS.format(ident), **fields}


@pytest.mark.parametrize("key", ["posicion", "posición", "posicao", "posição", "posicionCamara"])
@pytest.mark.parametrize("value", [[0.5129, 117.5587], "0.5129, 117.5587", [117.5587, 0.5129]])
def test_position_words_hold_the_pair(key: str, value: object) -> None:
    """A list or text pair under the position word places the camera (either order)."""
    cameras = _cams([_record(1, **{key: value}), _record(2, **{key: [0.4968, 117.5521]})])
    assert [(c.latitude, c.longitude) for c in cameras] == [
        (0.5129, 117.5587),
        (0.4968, 117.5521),
    ]


@pytest.mark.parametrize("value", [3, "3", [0, 0], "primera", None])
def test_a_rank_an_origin_or_a_word_is_no_position(value: object) -> None:
    """Near miss: a list order number, ``[0, 0]`` and a word place no camera."""
    cameras = _cams([_record(1, posicion=value), _record(2, posicion=value)])
    assert [(c.latitude, c.longitude) for c in cameras] == [(None, None), (None, None)]


@pytest.mark.parametrize("key", ["linkCamara", "link_camara", "url_camara", "camaraUrl"])
def test_camera_address_column_drops_the_login(key: str) -> None:
    """A Spanish camera address column's public RTSP address is the stream, login removed."""
    cameras = _cams(
        [
            {"id": 1, "nombre": "Simpang", key: "rtsp://admin:k2024@cam1.kutim.example:554/h264"},
            {"id": 2, "nombre": "Pasar", key: HLS.format(2)},
        ]
    )
    assert [(c.id, c.stream_url) for c in cameras] == [
        ("1", "rtsp://cam1.kutim.example:554/h264"),
        ("2", HLS.format(2)),
    ]


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("linkCamara", "rtsp://admin:k2024@10.10.2.7:554/h264"),  # a LAN host
        ("link_camara_backup", "rtsp://admin:k2024@cam1.kutim.example:554/h264"),
        ("camara_user", "rtsp://admin:k2024@cam1.kutim.example:554/h264"),
    ],
)
def test_near_miss_address_columns_give_no_stream(key: str, value: str) -> None:
    """Near miss: a LAN address, a backup column and a login column are never the stream."""
    cameras = _cams(
        [
            {"id": 1, "nombre": "Simpang", key: value},
            {"id": 2, "nombre": "Pasar", "link_camara": HLS.format(2)},
        ]
    )
    assert [(c.id, c.stream_url) for c in cameras] == [("2", HLS.format(2))]
