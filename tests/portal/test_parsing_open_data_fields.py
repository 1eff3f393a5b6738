"""Open-data field classes: other languages' vocabularies, id and name columns, sub-objects."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.shapes import choose_id_key, is_geometry, is_hash_like
from custom_components.kutim_cctv.portal.values import parse_status

BASE = "https://data.kutim.example/api/cameras"
HLS = "https://live.kutim.example/hls/{}/index.m3u8"


def cameras(body: object) -> tuple[Camera, ...]:
    """Parse a JSON value as an Automatic portal answer."""
    return parse_body(json.dumps(body), profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


# --- Class 1: names, areas and states in other languages' open data ---------------------

# (name key, area key, state key, online word, offline word)
VOCABULARIES = [
    ("nom", "commune", "etat", "En service", "Hors service"),
    ("nom_camera", "nom_commune", "statut", "Fonctionnelle", "En panne"),
    ("libelle", "secteur", "etat", "Actif", "Inactif"),
    ("nombre", "municipio", "estado", "Activo", "Fuera de servicio"),
    ("denominacion", "barrio", "estado", "Operativo", "Averiada"),
    ("nome", "bairro", "situacao", "Funcionando", "Em manutenção"),
    ("nome", "comune", "stato", "attiva", "fuori servizio"),
    ("bezeichnung", "gemeinde", "betriebszustand", "in Betrieb", "außer Betrieb"),
    ("naam", "gemeente", "status", "actief", "buiten gebruik"),
    ("titulo", "distrito", "estado", "en línea", "sin señal"),
]


@pytest.mark.parametrize(("name", "area", "state", "up", "down"), VOCABULARIES)
def test_foreign_names_areas_and_states(
    name: str, area: str, state: str, up: str, down: str
) -> None:
    """Every language's name, area and state fields read like the Indonesian ones."""
    rows = [
        {"code_ref": "A1", name: "Simpang Tiga", area: "Sangatta Utara", state: up},
        {"code_ref": "A2", name: "Pasar Bengalon", area: "Bengalon", state: down},
    ]
    for number, row in enumerate(rows):
        row["url_video"] = HLS.format(number)
    found = cameras(rows)
    assert [(c.raw_name, c.area, c.online) for c in found] == [
        ("Simpang Tiga", "Sangatta Utara", True),
        ("Pasar Bengalon", "Bengalon", False),
    ]


@pytest.mark.parametrize("key", ["activo", "ativo", "attivo", "actif", "aktiv", "actief"])
@pytest.mark.parametrize("flag", [True, False])
def test_active_flags_in_other_languages(key: str, flag: bool) -> None:
    """An ``ativo``/``actif``/``aktiv`` flag gives the online state like ``aktif``."""
    found = cameras([{"id": 1, "nome": "Praça", key: flag, "stream": HLS.format(1)}])
    assert found[0].online is flag


@pytest.mark.parametrize(
    "word",
    ["En service", "en servicio", "ATIVO", "attiva", "In Betrieb", "in bedrijf", "fonctionnel"],
)
def test_foreign_online_words(word: str) -> None:
    """Online words of other languages read as online, in any case."""
    assert parse_status(word) is True


@pytest.mark.parametrize(
    "word",
    ["Hors service", "EN PANNE", "fuera_de_servicio", "inativa", "fuori servizio", "Außer Betrieb"],
)
def test_foreign_offline_words(word: str) -> None:
    """Offline words of other languages read as offline, in any case and spelling."""
    assert parse_status(word) is False


def test_foreign_name_words_are_whole_words() -> None:
    """``nomor`` (a number) is no name; a place name still names the camera."""
    found = cameras(
        [
            {"nomor_kamera": "CCTV-01", "nama_titik": "Simpang Pelangi", "link": HLS.format(1)},
            {"nomor_kamera": "CCTV-02", "nama_titik": "Bundaran Kabo", "link": HLS.format(2)},
        ]
    )
    assert [c.raw_name for c in found] == ["Simpang Pelangi", "Bundaran Kabo"]


def test_municipality_fields_never_name_a_camera() -> None:
    """A ``nom_commune`` is the area; the camera's own ``nom`` names it."""
    found = cameras(
        [{"nom_commune": "Sangatta Utara", "nom": "Pont Sangatta", "url_image": "/s/1.jpg"}]
    )
    assert (found[0].raw_name, found[0].area) == ("Pont Sangatta", "Sangatta Utara")


# --- Class 2: which column is the id, which is the name ---------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "8b4c2f1e",
        "5f2c9a7e0d1b44e3a9c6b8f2e1d07a93",
        "0B7F3C2D9E41A6F58C0D2B7E4A91F36C5D8E2A10",
        "6919666d761c271ad5224cbe",
        "5d1102f8-dcb3-4ac9-bc9d-ec896f4c6c79",
        "{6A1F3E2B-1C2D-4E5F-8A9B-0C1D2E3F4A5B}",
        "recA1b2C3d4E5f6G7",
        "-Nq3xYz8AbCdEfGh1jK",
    ],
)
def test_hash_like_identifiers(value: str) -> None:
    """Digests, UUIDs, ObjectIds and random record tokens read as row hashes."""
    assert is_hash_like(value)


@pytest.mark.parametrize(
    "value",
    ["101", "12345678", "CAM-SGT-07", "KT-014", "simpang-tiga", "deadbeef", "cafe", "SGT11A"],
)
def test_codes_people_write_are_not_hashes(value: str) -> None:
    """Numbers, codes, slugs and hex-looking words without digits are no row hashes."""
    assert not is_hash_like(value)


@pytest.mark.parametrize("camera_key", ["camera_id", "cameraid", "cam_id", "idcamara", "id_cctv"])
@pytest.mark.parametrize(
    ("hash_key", "hashes"),
    [
        ("id", ["8b4c2f1e", "3e9a7d02"]),
        ("_id", ["6919666d761c271ad5224cbe", "6919666d761c271ad5224cbf"]),
        ("uid", ["d41d8cd98f00b204e9800998ecf8427e", "0cc175b9c0f1b6a831c399e269772661"]),
        ("recordid", ["0b7f3c2d9e41a6f58c0d2b7e4a91f36c", "9a1e6b4f2c7d03e8b5f1a2c4d6e8f0a1"]),
        ("id", ["recA1b2C3d4E5f6G7", "recZ9y8X7w6V5u4T3"]),
    ],
)
def test_row_hash_yields_to_camera_id(camera_key: str, hash_key: str, hashes: list[str]) -> None:
    """A column of row hashes never beats a column named as the camera's id."""
    rows = [{hash_key: hashes[0], camera_key: "101"}, {hash_key: hashes[1], camera_key: "117"}]
    assert choose_id_key(rows) == camera_key


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # A plain id still beats a camera id: the existing precedence stays.
        ([{"id": 3, "camera_id": "C3"}, {"id": 4, "camera_id": "C4"}], "id"),
        ([{"id": "cam-a", "cam_id": "9"}, {"id": "cam-b", "cam_id": "10"}], "id"),
        # A hashed id still beats codes and slugs, which are not named for the camera.
        ([{"id": "8b4c2f1e", "slug": "a"}, {"id": "3e9a7d02", "slug": "b"}], "id"),
        ([{"id": "8b4c2f1e", "kode": "K1"}, {"id": "3e9a7d02", "kode": "K2"}], "id"),
        # Other languages' id and code words.
        ([{"identifiant": "WC-01"}, {"identifiant": "WC-02"}], "identifiant"),
        ([{"kennung": "WK-01", "slug": "a"}, {"kennung": "WK-02", "slug": "b"}], "kennung"),
        ([{"codigo": "CAM-021"}, {"codigo": "CAM-022"}], "codigo"),
    ],
)
def test_identifier_precedence(rows: list[dict[str, object]], expected: str) -> None:
    """Ids named generically, for the camera, by hash and in other languages rank in order."""
    assert choose_id_key(rows) == expected


@pytest.mark.parametrize(
    "org_key",
    [
        "owner",
        "operator",
        "agency_name",
        "jurisdiction_label",
        "camera_mfg",
        "vendor",
        "pengelola",
        "nama_instansi",
        "funding",
    ],
)
def test_organisation_columns_never_name_a_camera(org_key: str) -> None:
    """Who runs, owns or supplies a camera never names it while a place column does."""
    found = cameras(
        [
            {org_key: "DISHUB KUTIM", "intersection": "Jl. Yos Sudarso", "img": "/a.jpg"},
            {org_key: "DISHUB KUTIM", "intersection": "Jl. Pendidikan", "img": "/b.jpg"},
        ]
    )
    assert [c.raw_name for c in found] == ["Jl. Yos Sudarso", "Jl. Pendidikan"]


def test_organisation_names_a_camera_only_as_a_last_resort() -> None:
    """With nothing else naming it, the operator's name is better than none."""
    found = cameras([{"operator": "Dinas Perhubungan", "stream": HLS.format(7)}])
    assert found[0].raw_name == "Dinas Perhubungan"


def test_location_name_names_a_camera_beside_a_jurisdiction() -> None:
    """Socrata rows: ``location_name`` names the camera, the jurisdiction nothing."""
    found = cameras(
        [
            {
                "camera_id": "101",
                "location_name": "JL YOS SUDARSO / JL PENDIDIKAN",
                "jurisdiction_label": "KUTAI TIMUR FULL PURPOSE",
                "id": "8b4c2f1e",
                "screenshot_address": "https://cctv.kutim.example/image/101.jpg",
            },
            {
                "camera_id": "117",
                "location_name": "POROS BENGALON",
                "jurisdiction_label": "KUTAI TIMUR FULL PURPOSE",
                "id": "3e9a7d02",
                "screenshot_address": "https://cctv.kutim.example/image/117.jpg",
            },
        ]
    )
    assert [(c.id, c.raw_name, c.area) for c in found] == [
        ("101", "JL YOS SUDARSO / JL PENDIDIKAN", None),
        ("117", "POROS BENGALON", None),
    ]


def test_data_portal_system_fields_never_name_a_camera() -> None:
    """Socrata's ``:id`` row ids and computed regions are no names."""
    found = cameras(
        [
            {":id": "row-9k2m~ab7d.x4f7", ":@computed_region_x": "3", "url": HLS.format(1)},
            {":id": "row-3hq8_wz2c.pm5e", ":@computed_region_x": "5", "url": HLS.format(2)},
        ]
    )
    assert all(not c.raw_name.startswith("row-") for c in found)


# --- Class 3: position, state and media each in a sub-object ----------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ({"type": "Point", "coordinates": [117.5, 0.5]}, True),
        ({"type": "point", "coordinates": [117.5, 0.5]}, True),
        ({"type": "GeometryCollection", "geometries": []}, True),
        ({"type": "Jalan", "coordinates": {"lat": 0.5, "lng": 117.5}}, False),
        ({"type": "intersection", "coordinates": [117.5, 0.5]}, False),
        ({"type": "Point"}, False),
    ],
)
def test_geometry_needs_a_geometry_type(value: dict[str, object], expected: bool) -> None:
    """Only a GeoJSON geometry type makes an object with coordinates a geometry."""
    assert is_geometry(value) is expected


@pytest.mark.parametrize(
    ("container", "position"),
    [
        ("location", {"type": "Jalan", "coordinates": {"lat": 0.5091, "lng": 117.5468}}),
        (
            "geo",
            {"type": "persimpangan", "coordinates": {"latitude": 0.5091, "longitude": 117.5468}},
        ),
        ("position", {"kind": "tiang", "coordinates": [117.5468, 0.5091]}),
        ("lokasi", {"jenis": "Jalan", "titik": {"lat": "0.5091", "lon": "117.5468"}}),
        ("location", {"type": "Point", "coordinates": [117.5468, 0.5091]}),
    ],
)
def test_position_state_and_media_sub_objects_in_groups(
    container: str, position: dict[str, object]
) -> None:
    """Grouped items whose position, state and media sit in sub-objects read whole."""
    body = {
        "summary": {"total": 2, "online": 1},
        "districts": [
            {
                "name": "Sangatta Utara",
                "cameras": [
                    {
                        "id": f"cam-{number}",
                        "name": f"Simpang {number}",
                        "status": {"code": number, "label": label, "is_online": online},
                        "stream": {"host": "10.0.2.10", "hls": HLS.format(number)},
                        container: position,
                    }
                    for number, label, online in ((1, "Online", True), (2, "Offline", False))
                ],
            }
        ],
    }
    found = cameras(body)
    assert [(c.id, c.area, c.online, c.stream_url) for c in found] == [
        ("cam-1", "Sangatta Utara", True, HLS.format(1)),
        ("cam-2", "Sangatta Utara", False, HLS.format(2)),
    ]
    assert all((c.latitude, c.longitude) == (0.5091, 117.5468) for c in found)


@pytest.mark.parametrize(
    "place_key",
    ["emplacement", "ubicacion", "localizacao", "ubicazione", "standort", "locatie", "adresse"],
)
def test_place_texts_name_a_camera_without_a_name(place_key: str) -> None:
    """Where a camera stands names it when it has no name; beside a name it does not."""
    found = cameras(
        [
            {"numero": "12", place_key: "Rond-point Bukit Pelangi", "url_image": "/w/12.jpg"},
            {
                "numero": "13",
                place_key: "Pont Sangatta",
                "nom": "Webcam Pont",
                "url_image": "/13.jpg",
            },
        ]
    )
    assert [(c.id, c.raw_name) for c in found] == [
        ("12", "Rond-point Bukit Pelangi"),
        ("13", "Webcam Pont"),
    ]


@pytest.mark.parametrize(
    ("key", "up", "down"),
    [
        ("en_service", "oui", "non"),
        ("operativa", "Sí", "No"),
        ("in_betrieb", "ja", "nein"),
        ("funcionando", "sim", "não"),
        ("status", "In service", "Out of service"),
    ],
)
def test_yes_no_states(key: str, up: str, down: str) -> None:
    """Yes and no under a state field, in other languages too, give the online state."""
    found = cameras(
        [
            {"id": 1, "nombre": "Puente", key: up, "imagen": "/1.jpg"},
            {"id": 2, "nombre": "Plaza", key: down, "imagen": "/2.jpg"},
        ]
    )
    assert [c.online for c in found] == [True, False]


@pytest.mark.parametrize(
    "attribute_key", ["jenis", "camera_type", "tipo", "model", "kategori", "kode_cctv", "uid"]
)
def test_kind_model_and_code_columns_name_only_as_a_last_resort(attribute_key: str) -> None:
    """A camera's kind, model or code never names it while a road or place column does."""
    found = cameras(
        [
            {attribute_key: "PTZ-1", "ruas": "Jl. Yos Sudarso", "url_hls": HLS.format(1)},
            {attribute_key: "PTZ-2", "ruas": "Jl. Pendidikan", "url_hls": HLS.format(2)},
        ]
    )
    assert [c.raw_name for c in found] == ["Jl. Yos Sudarso", "Jl. Pendidikan"]
    alone = cameras([{attribute_key: "Fixed Dome", "url_hls": HLS.format(3)}])
    assert alone[0].raw_name == "Fixed Dome"


@pytest.mark.parametrize("coordinates", ["0.5091,117.5468", {"lat": 0.5091, "lon": 117.5468}])
def test_placement_objects_typed_by_mount(coordinates: object) -> None:
    """A placement typed by its mount (``type: "pole"``) gives its coordinates."""
    found = cameras(
        [
            {
                "id": 301,
                "label": "Simpang Tiga",
                "placement": {"type": "pole", "height_m": 6, "coordinates": coordinates},
                "health": {"status": "down"},
                "outputs": {"hls": {"url": HLS.format(301)}, "jpeg": {"url": "/o/301.jpg"}},
            }
        ]
    )
    camera = found[0]
    assert (camera.latitude, camera.longitude, camera.online) == (0.5091, 117.5468, False)
    assert (camera.stream_url, camera.snapshot_url) == (
        HLS.format(301),
        "https://data.kutim.example/o/301.jpg",
    )
