"""XML documents listing camera groups of several kinds side by side (``<pasar>``, ``<rth>``)."""

from __future__ import annotations

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cctv.kutimkab.example/api/lokasi.xml"


def parse(text: str) -> dict[str, tuple[str | None, str | None]]:
    result = parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False)
    return {camera.id: (camera.name, camera.area) for camera in result.cameras}


def camera(code: str, name: str) -> str:
    return (
        f'<kamera kode="{code}"><nama>{name}</nama>'
        f"<hls>https://cctv.kutimkab.example/live/{code.lower()}/index.m3u8</hls></kamera>"
    )


def group(tag: str, name: str, district: str, *cameras: str) -> str:
    return f'<{tag} nama="{name}" kecamatan="{district}">{"".join(cameras)}</{tag}>'


def document(*parts: str) -> str:
    return f'<?xml version="1.0"?><daftar instansi="Diskominfo">{"".join(parts)}</daftar>'


def test_every_sibling_group_list_is_read() -> None:
    text = document(
        group("pasar", "Pasar Induk", "Sangatta Utara", camera("P1", "Pasar Induk Pintu Utara")),
        group("pasar", "Pasar Kabo", "Sangatta Selatan", camera("P2", "Pasar Kabo Parkiran")),
        group("rth", "Taman Bersemi", "Sangatta Utara", camera("R1", "Taman Bersemi Panggung")),
        group("rth", "Taman Polder", "Sangatta Utara", camera("R2", "Taman Polder Jogging")),
    )
    cameras = parse(text)
    assert sorted(cameras) == ["P1", "P2", "R1", "R2"]
    assert cameras["R1"] == ("Taman Bersemi Panggung", "Sangatta Utara")
    assert cameras["P2"] == ("Pasar Kabo Parkiran", "Sangatta Selatan")


def test_a_lone_sibling_group_is_read() -> None:
    text = document(
        group("simpang", "Simpang Tiga", "Sangatta Utara", camera("S1", "Simpang Tiga Utara")),
        group("simpang", "Simpang Kabo", "Sangatta Selatan", camera("S2", "Simpang Kabo Barat")),
        group("jembatan", "Jembatan Pinang", "Sangatta Utara", camera("J1", "Jembatan Pinang")),
    )
    cameras = parse(text)
    assert sorted(cameras) == ["J1", "S1", "S2"]
    assert cameras["J1"] == ("Jembatan Pinang", "Sangatta Utara")


def test_sibling_announcements_with_pictures_are_not_cameras() -> None:
    notice = (
        "<pengumuman><judul>Pemeliharaan jaringan</judul>"
        "<gambar>https://cctv.kutimkab.example/uploads/pemeliharaan.jpg</gambar></pengumuman>"
    )
    text = document(
        group("pasar", "Pasar Induk", "Sangatta Utara", camera("P1", "Pasar Induk Pintu")),
        group("pasar", "Pasar Kabo", "Sangatta Selatan", camera("P2", "Pasar Kabo Parkiran")),
        group("pasar", "Pasar Bengalon", "Bengalon", camera("P3", "Pasar Bengalon Los")),
        notice,
        notice.replace("pemeliharaan.jpg", "peresmian.jpg"),
    )
    assert sorted(parse(text)) == ["P1", "P2", "P3"]


def test_siblings_holding_other_records_are_not_read() -> None:
    # The chosen groups hold ``kamera``; a sibling kind holding ``sensor`` records with
    # pictures is another list.
    sensor = (
        '<pos nama="Pos Duga Air" kecamatan="Bengalon"><sensor kode="X1"><nama>Sensor</nama>'
        "<gambar>https://cctv.kutimkab.example/grafik/x1.png</gambar></sensor>"
        '<sensor kode="X2"><nama>Sensor 2</nama>'
        "<gambar>https://cctv.kutimkab.example/grafik/x2.png</gambar></sensor></pos>"
    )
    text = document(
        group("pasar", "Pasar Induk", "Sangatta Utara", camera("P1", "Pasar Induk Pintu")),
        group("pasar", "Pasar Kabo", "Sangatta Selatan", camera("P2", "Pasar Kabo Parkiran")),
        group("pasar", "Pasar Bengalon", "Bengalon", camera("P3", "Pasar Bengalon Los")),
        sensor,
    )
    assert sorted(parse(text)) == ["P1", "P2", "P3"]


def test_plain_record_lists_are_unchanged() -> None:
    text = document(camera("K1", "Simpang Tiga"), camera("K2", "Simpang Kabo"))
    assert sorted(parse(text)) == ["K1", "K2"]


def test_a_shop_catalogue_of_priced_camera_records_is_no_camera_list() -> None:
    # A CCTV shop's catalogue lists its products under <camera> in sibling groups: the
    # records carry a price (``harga``), so they are goods, neither merged nor read.
    def product(code: str, name: str) -> str:
        return (
            f'<camera kode="{code}"><nama>{name}</nama><harga>Rp 1.250.000</harga>'
            f"<gambar>https://tokocctv.example.id/img/{code}.jpg</gambar></camera>"
        )

    def shelf(tag: str, name: str, *products: str) -> str:
        return f'<{tag} nama="{name}">{"".join(products)}</{tag}>'

    text = (
        '<?xml version="1.0"?><katalog>'
        + shelf(
            "indoor",
            "Kamera Indoor",
            product("H1", "Hikvision DS-2CE76D0T"),
            product("H2", "Dahua HAC-T1A21"),
        )
        + shelf(
            "indoor",
            "Kamera Dome",
            product("H3", "Ezviz C6N 1080p"),
            product("H4", "Imou Ranger 2"),
        )
        + shelf(
            "outdoor",
            "Kamera Outdoor",
            product("O1", "Hikvision DS-2CE16D0T"),
            product("O2", "Dahua HFW1200"),
        )
        + shelf(
            "outdoor",
            "Kamera Bullet",
            product("O3", "Ezviz C3TN"),
            product("O4", "TP-Link Tapo C310"),
        )
        + "</katalog>"
    )
    try:
        result = parse_body(
            text,
            profile=Profile.AUTO,
            base_url="https://tokocctv.example.id/api/katalog.xml",
            prettify=False,
        )
    except PortalFormatError:
        return
    assert not result.cameras
