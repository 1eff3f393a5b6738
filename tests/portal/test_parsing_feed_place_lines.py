"""Feed entries placed by the labelled place line of their post's markup."""

from __future__ import annotations

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.feedplaces import description_place

BASE = "https://blog.kutim.example/tags/kamera/index.xml"
FRAME = '<iframe src="https://cctv.kutimkab.example/embed/{}" allowfullscreen></iframe>'


def feed(*items: tuple[str, str]) -> str:
    entries = "".join(
        f"<item><title>{title}</title><link>https://blog.kutim.example/k/{n}/</link>"
        f"<description><![CDATA[{markup}]]></description></item>"
        for n, (title, markup) in enumerate(items)
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Kamera</title>'
        f"<link>https://blog.kutim.example/</link>{entries}</channel></rss>"
    )


def read(*items: tuple[str, str]) -> tuple[Camera, ...]:
    return parse_body(feed(*items), profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def test_a_labelled_place_line_is_the_entrys_area() -> None:
    cams = read(
        ("Simpang Tiga", f"<p>Kecamatan: Sangatta Utara</p>{FRAME.format('s3')}"),
        ("Dermaga Kaubun", f"<p><b>Wilayah</b>: Kaubun</p>{FRAME.format('kaubun')}"),
    )
    assert [(c.raw_name, c.area) for c in cams] == [
        ("Simpang Tiga", "Sangatta Utara"),
        ("Dermaga Kaubun", "Kaubun"),
    ]


def test_the_place_line_beats_the_entrys_category() -> None:
    body = feed(("Simpang Tiga", f"<p>Kecamatan: Sangatta Utara</p>{FRAME.format('s3')}"))
    body = body.replace("</title><link>", "</title><category>Lalu Lintas</category><link>", 1)
    cams = parse_body(body, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras
    assert [c.area for c in cams] == ["Sangatta Utara"]


def test_sentences_addresses_and_counts_place_nothing() -> None:
    assert description_place("<p>Kamera warga Kecamatan Kaliorang: semoga bermanfaat.</p>") is None
    assert description_place("<p>Alamat: Jl. Yos Sudarso No. 12</p>") is None
    assert description_place("<p>Kecamatan: 2 titik di kawasan perkantoran</p>") is None
    assert description_place("<p>Kecamatan: Sangatta Utara, Kutai Timur, Kalimantan</p>") is None
    assert description_place("<p>Status: Online</p>") is None


def test_place_lines_are_found_in_escaped_and_inline_markup() -> None:
    assert description_place("<p><em>Kecamatan:</em> Kaliorang<br>Menghadap pasar.</p>") == (
        "Kaliorang"
    )
    assert description_place("<div>District: Kaubun</div>") == "Kaubun"
    assert description_place("Kec.: Bengalon") is None  # a dotted abbreviation is no label


def test_hostile_markup_is_read_within_bounds() -> None:
    assert description_place("<" * 100_000) is None
    assert description_place("<p>" + "Kecamatan: " * 20_000 + "</p>") is None
    assert description_place("<a" + " x" * 50_000 + ">Kecamatan: Kabo") is None


def _with_category(body: str, *categories: str) -> str:
    first, *rest = body.split("</title><link>")
    parts = [first, *(f"<category>{c}</category>" for c in categories)]
    assert len(rest) == len(categories) + 1  # the channel's own title first
    head = first + "</title><link>" + rest[0]
    return head + "".join(f"</title>{parts[i + 1]}<link>{part}" for i, part in enumerate(rest[1:]))


def test_a_place_line_naming_nothing_gives_way_to_the_category() -> None:
    body = _with_category(
        feed(
            ("Simpang Tiga", f"<p>Kecamatan: -</p>{FRAME.format('s3')}"),
            ("Taman Bersemi", f"<p>Wilayah: Semua</p>{FRAME.format('tb')}"),
            ("Dermaga Bengalon", f"<p><b>Area</b>: Parkir Belakang</p>{FRAME.format('db')}"),
        ),
        "Sangatta Utara",
        "Sangatta Selatan",
        "Bengalon",
    )
    cams = parse_body(body, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras
    assert [(c.raw_name, c.area) for c in cams] == [
        ("Simpang Tiga", "Sangatta Utara"),
        ("Taman Bersemi", "Sangatta Selatan"),
        ("Dermaga Bengalon", "Bengalon"),
    ]


def test_placeholders_and_every_place_words_place_nothing() -> None:
    for value in ("-", "—", "Semua", "Semua Kecamatan", "All", "Tidak ada", "N/A", "Kecamatan"):
        assert description_place(f"<p>Kecamatan: {value}</p>") is None, value
    # A later line naming a place still reads.
    assert description_place("<p>Wilayah: -</p><p>Kecamatan: Kaliorang</p>") == "Kaliorang"


def test_a_generic_area_line_reads_only_without_a_category() -> None:
    markup = "<p><b>Area</b>: Pelabuhan Maloy</p>"
    assert description_place(markup) == "Pelabuhan Maloy"
    assert description_place(markup, generic=False) is None
    cams = read(("Dermaga Maloy", f"{markup}{FRAME.format('dm')}"))
    assert [c.area for c in cams] == ["Pelabuhan Maloy"]
