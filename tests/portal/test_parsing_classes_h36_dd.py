"""Camera cards linking the camera's own page, read after holdout 36.

A camera catalogue written by a server template (a Laravel Blade or Django loop) links
each camera's page by its number: ``<a href="/camaras/101">`` around the camera's
picture and its ``<h4>`` name, or around the picture with a caption beside the link
(``<p class="cameralist"><a href="/cameras/3"><img></a><span class="caption">…``), or
a "Ver webcam" button (``/webcams/31``) beside the picture in the card. A link whose
path ends in a camera folder word (``camera(s)``, ``camara(s)``, ``câmera(s)``,
``kamera``, ``cctv``, ``webcam(s)``, ``cam``…) and a number is that camera's page: a
picture inside it is a camera's picture, as in a card, and the number is the id of the
smallest card holding that one camera (as an Edit button's record number is).

Not read so: a link with a query (pagination ``?page=2``), a listing or category page
(``/cameras/catalogo``, ``/cameras/category/5``), a word key (``/media/cctv/lembuswana``),
an article link around a picture and a heading (``/noticias/…/obras-12``), a card
linking two camera pages, a number several cameras' cards link. A camera whose picture
is a stock picture (``sin-imagen.png``) stays unlisted.

A table column naming a city's district under its local name is the cameras' area:
``Comuna`` (Medellín's, Cali's), ``Localidad``, ``Corregimiento``, ``Colonia``,
``Alcaldía``, ``Freguesia``, ``Parroquia``, ``Bezirk``, ``Stadtbezirk``, ``Stadtteil``,
``Ortsteil``, ``Arrondissement``, ``Quartier``, ``Quartiere``, ``Wijk``, ``Stadsdeel``,
``Bydel``, ``Stadsdel``; French ``Nom`` names the camera, ``Caméra`` is a camera
column. Not so: a cell's value saying "Comuna 5" under a name column, columns of make,
model or description.

A list whose ``lokasi`` fields name the part of a site its cameras share (a port's
``Terminal Penumpang``, a campus's ``Gedung Rektorat``) places them there, as a
``location`` naming districts does, when every record also has a name of its own
(``nama_cctv``, ``nama``). Not so: a ``lokasi`` that is the record's only label, a
street address (``Jl. Ahmad Yani``), lists mixing ``location`` and ``lokasi``, a
``lokasi`` beside an area field, places each camera's name repeats.
"""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.markup import detail_link_id

BASE = "https://traffic.kutim.example/camaras/catalogo"


def parse(page: str) -> tuple[Camera, ...]:
    """Parse a page the way an Automatic portal is read."""
    return parse_body(page, profile=Profile.AUTO, base_url=BASE).cameras


def linked_card(href: str, picture: str, name: str) -> str:
    """Return a grid column whose link wraps the picture and the heading."""
    return (
        f'<div class="col-xs-6 col-sm-4"><a href="{href}"><img src="{picture}" '
        f'style="height:200px"/><h4>{name}</h4></a></div>'
    )


def page(*cards: str, after: str = "") -> str:
    """Return a page holding a row of cards."""
    return f'<html><body><div class="row">{"".join(cards)}</div>{after}</body></html>'


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("https://traffic.kutim.example/camaras/101", "101"),
        ("/camera/4/", "4"),
        ("/cameras/12", "12"),
        ("/webcams/31", "31"),
        ("/kamera/7", "7"),
        ("/cctv/44", "44"),
        ("/c%C3%A1maras/9", "9"),
        ("/câmeras/17", "17"),
    ],
)
def test_detail_link_ids(href: str, expected: str) -> None:
    assert detail_link_id(href) == expected


@pytest.mark.parametrize(
    "href",
    [
        "/camaras/catalogo",
        "/camaras/catalogo?page=2",
        "/cameras/12?page=2",
        "/cameras/category/5",
        "/media/cctv/lembuswana",
        "/media/cctv/jembatan_mahkota2",
        "/noticias/2026/12",
        "/cameras",
        "/12",
        "/cameras/" + "1" * 13,
        "/cameras/" + "x" * 400 + "/12",
    ],
)
def test_not_detail_links(href: str) -> None:
    assert detail_link_id(href) is None


def test_link_wrapping_picture_and_heading_is_a_camera() -> None:
    cameras = parse(
        page(
            linked_card(
                "/camaras/101", "/storage/camaras/boyaca-80.jpg", "Av. Boyacá con Calle 80"
            ),
            linked_card("/camaras/102", "/storage/camaras/autonorte.jpg", "Autopista Norte"),
            linked_card("/camaras/108", "/img/camaras/sin-imagen.png", "Portal Usme"),
        )
    )
    assert [(c.id, c.name, c.snapshot_url) for c in cameras] == [
        (
            "101",
            "Av. Boyacá con Calle 80",
            "https://traffic.kutim.example/storage/camaras/boyaca-80.jpg",
        ),
        ("102", "Autopista Norte", "https://traffic.kutim.example/storage/camaras/autonorte.jpg"),
    ]


def test_caption_beside_the_link_and_id_from_it() -> None:
    cards = "".join(
        f'<p class="cameralist"><a href="/cameras/{n}" class="work-box">'
        f'<img src="https://img.kutim.example/latest/{n}.jpg"></img></a>'
        f'<span class="caption">{name}</span></p>'
        for n, name in ((3, "大通公園"), (7, "すすきの交差点"))
    )
    cameras = parse(f'<html><body><div id="nav">{cards}</div></body></html>')
    assert [(c.id, c.name) for c in cameras] == [("3", "大通公園"), ("7", "すすきの交差点")]


def test_button_beside_the_picture_gives_the_id() -> None:
    def card(n: int, name: str, extra: str = "") -> str:
        return (
            f'<div class="webcam-item"><img src="/w/{name}.jpg" alt="{name}"><h3>{name}</h3>'
            f'<a class="btn" href="/webcams/{n}">Ver webcam</a>{extra}</div>'
        )

    cameras = parse(
        page(
            card(31, "Playa"),
            card(32, "Puerto"),
            card(35, "Faro", '<a class="btn" href="/webcams/36">Otra vista</a>'),
        )
    )
    assert [c.name for c in cameras] == ["Playa", "Puerto", "Faro"]
    assert [c.id for c in cameras][:2] == ["31", "32"]
    assert cameras[2].id.startswith("k-")  # two camera pages linked: neither is its id


def test_same_detail_link_on_every_card_is_no_id() -> None:
    cards = "".join(
        f'<div class="card"><img src="/s/{n}.jpg" alt="Cam {n}">'
        f'<a href="/cameras/1">Featured camera</a></div>'
        for n in (4, 5)
    )
    cameras = parse(page(cards))
    assert [c.name for c in cameras] == ["Cam 4", "Cam 5"]
    assert all(c.id.startswith("k-") for c in cameras)


def test_link_holding_several_pictures_gives_no_id() -> None:
    cameras = parse(
        page(
            '<div class="card"><a href="/cameras/9"><img src="/s/a.jpg" alt="North">'
            '<img src="/s/b.jpg" alt="South"></a></div>'
        )
    )
    assert [c.name for c in cameras] == ["North", "South"]
    assert all(c.id != "9" for c in cameras)


@pytest.mark.parametrize(
    "href",
    [
        "/noticias/2026/obras-12",
        "/camaras/catalogo",
        "/camaras/catalogo?page=2",
        "/cameras/category/5",
    ],
)
def test_other_links_around_a_picture_and_heading_are_no_camera(href: str) -> None:
    with pytest.raises(PortalFormatError):
        parse(
            page(
                linked_card(href, "/uploads/noticias/obras.jpg", "Obras na ponte"),
                linked_card(href.replace("12", "13"), "/uploads/noticias/feira.jpg", "Feira"),
            )
        )


def table(header: tuple[str, str, str], rows: list[tuple[str, str, str]]) -> str:
    """Return a page holding one table: a header row, then a row per camera."""
    head = "".join(f"<th>{cell}</th>" for cell in header)
    body = "".join(
        f'<tr><td>{a}</td><td>{b}</td><td><img src="/capturas/{c}.jpg"></td></tr>'
        for a, b, c in rows
    )
    return f"<html><body><table><tr>{head}</tr>{body}</table></body></html>"


@pytest.mark.parametrize(
    "word",
    [
        "Comuna",
        "Localidad",
        "Corregimiento",
        "Colonia",
        "Alcaldía",
        "Freguesia",
        "Parroquia",
        "Bezirk",
        "Stadtbezirk",
        "Stadtteil",
        "Ortsteil",
        "Arrondissement",
        "Quartier",
        "Quartiere",
        "Wijk",
        "Stadsdeel",
        "Bydel",
        "Stadsdel",
    ],
)
def test_district_column_is_the_area(word: str) -> None:
    cameras = parse(
        table(
            ("Nombre", word, "Imagen"),
            [("Glorieta Bulerías", "Laureles-Estadio", "a"), ("Parque Poblado", "El Poblado", "b")],
        )
    )
    assert [(c.name, c.area) for c in cameras] == [
        ("Glorieta Bulerías", "Laureles-Estadio"),
        ("Parque Poblado", "El Poblado"),
    ]


@pytest.mark.parametrize(
    "header", [("Nom", "Arrondissement", "Image"), ("Caméra", "Quartier", "Image")]
)
def test_french_name_and_camera_columns(header: tuple[str, str, str]) -> None:
    cameras = parse(table(header, [("Pont Lafayette", "3e", "a"), ("Bellecour", "2e", "b")]))
    assert [(c.name, c.area) for c in cameras] == [("Pont Lafayette", "3e"), ("Bellecour", "2e")]


def test_comuna_in_a_name_cell_and_other_columns_are_no_area() -> None:
    cameras = parse(
        table(
            ("Nombre", "Descripción", "Imagen"),
            [("Comuna 5 Castilla", "Vista norte", "a"), ("Comuna 7 Robledo", "Vista sur", "b")],
        )
    )
    assert [(c.name, c.area) for c in cameras] == [
        ("Comuna 5 Castilla", None),
        ("Comuna 7 Robledo", None),
    ]
    cameras = parse(
        table(
            ("Nombre", "Marca", "Imagen"), [("Glorieta", "Hikvision", "a"), ("Parque", "Axis", "b")]
        )
    )
    assert [c.area for c in cameras] == [None, None]


PORT = "http://10.203.1.5/app-cctv/api/list_cctv.php"
PORT_ROWS = [
    ("HIKVISION Gerbang Utama", "Gerbang Utama"),
    ("Loket Tiket 1", "Terminal Penumpang"),
    ("Loket Tiket 2", "Terminal Penumpang"),
    ("Dermaga Kapal Pelni", "Dermaga Peti Kemas"),
]


def parse_rows(rows: list[dict[str, str]]) -> tuple[Camera, ...]:
    """Parse a JSON list of records the way an Automatic portal is read."""
    return parse_body(json.dumps(rows), profile=Profile.AUTO, base_url=PORT).cameras


def port_rows(name_key: str = "nama_cctv", place_key: str = "lokasi") -> list[dict[str, str]]:
    """Return a port's camera rows: a name, an RTSP address with its login, a place."""
    return [
        {
            name_key: name,
            "link": f"rtsp://service:RahasiaKutim1@10.203.2.{n}/?inst=2",
            "id": str(n),
            place_key: place,
        }
        for n, (name, place) in enumerate(PORT_ROWS, start=10)
    ]


@pytest.mark.parametrize("name_key", ["nama_cctv", "nama", "name"])
def test_lokasi_shared_by_cameras_is_their_area(name_key: str) -> None:
    cameras = parse_rows(port_rows(name_key))
    assert [(c.name, c.area) for c in cameras] == list(PORT_ROWS)
    assert all("RahasiaKutim1" not in (c.stream_url or "") for c in cameras)


def test_lokasi_as_the_only_label_names_the_camera() -> None:
    rows = [{k: v for k, v in row.items() if k != "nama_cctv"} for row in port_rows()]
    cameras = parse_rows(rows)
    assert all(c.area is None for c in cameras)
    assert [c.name for c in cameras] == [place for _name, place in PORT_ROWS]


def test_lokasi_street_addresses_are_no_area() -> None:
    rows = port_rows()
    rows[0]["lokasi"] = "Jl. Ahmad Yani"
    rows[1]["lokasi"] = "Jl. Ahmad Yani"
    assert all(c.area is None for c in parse_rows(rows))


def test_mixed_location_fields_are_no_area() -> None:
    rows = port_rows()
    rows[0]["location"] = rows[0].pop("lokasi")
    assert all(c.area is None for c in parse_rows(rows))


def test_lokasi_beside_an_area_field_yields_to_it() -> None:
    rows = port_rows()
    for row in rows:
        row["kecamatan"] = "Sangatta Utara"
    assert {c.area for c in parse_rows(rows)} == {"Sangatta Utara"}


def test_lokasi_each_camera_named_after_is_no_area() -> None:
    rows = [
        {
            "nama_cctv": f"CCTV {place}",
            "link": f"rtsp://10.1.1.{n}/live",
            "id": str(n),
            "lokasi": place,
        }
        for n, place in enumerate(("Simpang Lembuswana", "Pasar Pagi", "Taman Samarendah"), 1)
    ]
    assert all(c.area is None for c in parse_rows(rows))
