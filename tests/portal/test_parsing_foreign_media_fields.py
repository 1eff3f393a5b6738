"""Media fields named ``*Uri`` or with another language's stream word, site answers."""

from __future__ import annotations

import json
from urllib.parse import urlsplit

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.policy import is_public_host
from custom_components.kutim_cctv.portal.values import norm_key

BASE = "https://cams.kutimkab.example/api/cameras"


def _parse(data: object, base: str = BASE) -> tuple[Camera, ...]:
    text = json.dumps(data)
    return tuple(parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras)


@pytest.mark.parametrize(
    ("key", "field"),
    [
        ("imageUri", "image_url"),
        ("SnapshotUri", "snapshot_url"),
        ("StreamUri", "stream_url"),
        ("URL_FLUX_DONNEE", "stream_url"),
        ("url_flux", "stream_url"),
        ("lien_flux_video", "stream_url"),
        ("url_flujo", "stream_url"),
        ("flux_url", "stream_url"),
        ("link_fluxo", "stream_url"),
    ],
)
def test_media_field_spellings(key: str, field: str) -> None:
    assert norm_key(key) == field


@pytest.mark.parametrize(
    "key",
    ["uri", "schemaUri", "profile_uri", "url_flux_rss", "url_flujo_noticias", "flux", "flux_rss"],
)
def test_other_fields_keep_their_names(key: str) -> None:
    canonical = norm_key(key)
    assert canonical not in ("stream_url", "snapshot_url", "image_url")


def test_uri_named_grab_endpoint_is_the_still() -> None:
    cameras = _parse(
        {
            "cameras": [
                {
                    "id": "a",
                    "name": "Pasar Induk",
                    "snapshotUri": "https://media.cams.kutimkab.example/onvif/media2?cmd=grab&p=a",
                },
                {
                    "id": "b",
                    "name": "Dermaga",
                    "snapshotUri": "https://media.cams.kutimkab.example/onvif/media2?cmd=grab&p=b",
                },
            ]
        }
    )
    assert [(c.id, c.snapshot_url) for c in cameras] == [
        ("a", "https://media.cams.kutimkab.example/onvif/media2?cmd=grab&p=a"),
        ("b", "https://media.cams.kutimkab.example/onvif/media2?cmd=grab&p=b"),
    ]


def test_uri_named_lan_address_is_never_public_media() -> None:
    """A LAN snapshot URI is read like any still field: the public-host policy refuses it."""
    data = {
        "cameras": [
            {"id": "a", "name": "Gudang", "snapshotUri": "http://192.168.10.23/onvif/snap"},
            {"id": "b", "name": "Kantor", "snapshotUri": "http://10.0.0.5/onvif/snap"},
        ]
    }
    try:
        cameras = _parse(data)
    except PortalFormatError:
        return
    for camera in cameras:
        for url in (camera.stream_url, camera.snapshot_url, camera.mjpeg_url):
            if url is not None:
                assert not is_public_host(urlsplit(url).hostname or "")


def test_credentials_never_copied_from_uri_field() -> None:
    cameras = _parse(
        {
            "cameras": [
                {
                    "id": "a",
                    "name": "Pelabuhan",
                    "streamUri": "https://u:p@cdn.kutimkab.example/a.m3u8",
                },
                {"id": "b", "name": "Pasar", "streamUri": "https://cdn.kutimkab.example/b.m3u8"},
            ]
        }
    )
    for camera in cameras:
        for url in (camera.stream_url, camera.snapshot_url):
            assert url is None or "u:p@" not in url


def _feature(ident: int, props: dict[str, object], lng: float, lat: float) -> dict[str, object]:
    return {
        "type": "Feature",
        "properties": {"IDEcamera": ident, **props},
        "geometry": {"type": "Point", "coordinates": [lng, lat]},
    }


def test_french_layer_flux_description_and_broadcast_region() -> None:
    page = "https://www.trafic.kutimkab.example/fenetres/video.html?id="
    features = [
        _feature(
            1,
            {
                "DescriptionLocalisationFr": "Carrefour Simpang Tiga",
                "NomRegionDiffusion": "Sangatta Utara",
                "URL_FLUX_DONNEE": page + "1",
            },
            117.5231,
            0.50233,
        ),
        _feature(
            2,
            {
                "DescriptionLocalisationFr": "Pont de Bengalon",
                "NomRegionDiffusion": "Bengalon",
                "URL_FLUX_DONNEE": None,
            },
            117.7601,
            0.7443,
        ),
        _feature(
            3,
            {
                "DescriptionLocalisationFr": "Port de Kenyamukan",
                "NomRegionDiffusion": "Sangatta Selatan",
                "URL_FLUX_DONNEE": page + "3",
            },
            117.5831,
            0.4588,
        ),
    ]
    cameras = _parse({"type": "FeatureCollection", "features": features})
    assert [(c.id, c.name, c.area, c.stream_url) for c in cameras] == [
        ("1", "Carrefour Simpang Tiga", "Sangatta Utara", page + "1"),
        ("3", "Port de Kenyamukan", "Sangatta Selatan", page + "3"),
    ]
    assert cameras[0].latitude == pytest.approx(0.50233)


def test_rss_flux_is_no_stream() -> None:
    data = {
        "items": [
            {"id": 1, "titre": "Actualités", "url_flux_rss": "https://www.kutimkab.example/a.rss"},
            {"id": 2, "titre": "Travaux", "url_flux_rss": "https://www.kutimkab.example/b.rss"},
        ]
    }
    try:
        cameras = _parse(data)
    except PortalFormatError:
        return
    assert all(c.stream_url is None for c in cameras)


def _site(cameras: list[dict[str, object]]) -> dict[str, object]:
    return {
        "success": True,
        "payload": {
            "site": {
                "siteId": 7,
                "siteName": "Tanjung Bara",
                "state": "KT",
                "latitude": 0.5433,
                "longitude": 117.6412,
                "cameras": cameras,
                "relatedSites": [{"siteId": 8, "siteName": "Sangatta"}],
            }
        },
        "message": None,
    }


def test_site_answer_places_its_direction_views() -> None:
    images = "https://images.kutimkab.example/7/"
    cameras = _parse(
        _site(
            [
                {
                    "cameraId": 71,
                    "cameraName": "North",
                    "currentImages": [
                        {"imageUri": images + "71-new.jpg"},
                        {"imageUri": images + "71-old.jpg"},
                    ],
                },
                {"cameraId": 72, "cameraName": "East", "currentImages": []},
                {
                    "cameraId": 73,
                    "cameraName": "West",
                    "currentImages": [{"imageUri": images + "73.jpg"}],
                },
            ]
        )
    )
    assert [(c.id, c.name, c.area, c.snapshot_url) for c in cameras] == [
        ("71", "North", "Tanjung Bara", images + "71-new.jpg"),
        ("73", "West", "Tanjung Bara", images + "73.jpg"),
    ]
    assert all(c.latitude == pytest.approx(0.5433) for c in cameras)


def test_site_answer_without_cameras_is_no_list() -> None:
    data = _site([])
    data["payload"]["site"].pop("cameras")  # type: ignore[index,union-attr]
    with pytest.raises(PortalFormatError):
        _parse(data)


@pytest.mark.parametrize(
    ("words", "taken"),
    [
        (["nom", "region", "diffusion"], True),
        (["nombre", "distrito", "policial"], True),
        (["nom", "commune", "code"], False),
        (["nom", "ville", "principale"], False),
        (["nom", "region"], False),
        (["label", "region", "diffusion"], False),
    ],
)
def test_romance_qualified_division(words: list[str], taken: bool) -> None:
    from custom_components.kutim_cctv.portal.normalise import _romance_qualified

    assert _romance_qualified(words) is taken


_DATA_BASE = "https://data.example.fr/api/records"


@pytest.mark.parametrize(
    "records",
    [
        [
            {
                "nom": f"Réseau {n}",
                "url_flux_donnees": f"https://transport.example.fr/api/gtfs-rt/{n}",
                "lat": 43.6 + n / 100,
                "lon": 1.44,
            }
            for n in range(3)
        ],
        [
            {
                "nom": f"Vélo {n}",
                "url_flux_donnee": f"https://velo.example.fr/gbfs/{n}/gbfs.json",
                "latitude": 43.6 + n / 100,
                "longitude": 1.44,
            }
            for n in range(3)
        ],
        [
            {"nom": f"Radio {n}", "url_flux": f"https://radio.example.fr/stream/{n}.mp3"}
            for n in range(3)
        ],
        [
            {"nom": f"Station {n}", "url_flux_direct": f"https://icecast.example.fr/live{n}"}
            for n in range(3)
        ],
        [
            {"titre": f"Podcast {n}", "url_flux": f"https://podcast.example.fr/feed/{n}.xml"}
            for n in range(3)
        ],
    ],
)
def test_foreign_feed_of_data_radio_or_podcast_is_no_stream(records: list[object]) -> None:
    """``flux``/``flujo`` is any feed: a data feed, radio or podcast shows no video."""
    with pytest.raises(PortalFormatError):
        _parse(records, _DATA_BASE)


def test_foreign_stream_field_of_video_is_still_a_stream() -> None:
    cameras = _parse(
        [
            {"nom": f"Carrefour {n}", "url_flux": f"https://trafic.example.fr/hls/{n}/index.m3u8"}
            for n in range(3)
        ],
        _DATA_BASE,
    )
    assert [c.stream_url for c in cameras] == [
        f"https://trafic.example.fr/hls/{n}/index.m3u8" for n in range(3)
    ]


def test_a_remark_in_a_spot_description_field_names_no_camera() -> None:
    remark = (
        "Camera was installed in 2019 by PT Contractor and faces north towards the harbour"
        " entrance near the old market"
    )
    cameras = _parse(
        [
            {
                "id": n,
                "description_location": remark,
                "snapshot": f"https://cctv.example/s/{n}.jpg",
                "nama_wilayah": "Sangatta",
            }
            for n in range(3)
        ],
        "https://cctv.example/api",
    )
    assert len(cameras) == 3
    assert all(c.name != remark and "installed" not in (c.name or "") for c in cameras)
