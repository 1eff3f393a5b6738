"""The one test of a shop's product: a price in text, a product's field in a record's keys."""

from __future__ import annotations

from custom_components.kutim_cctv.portal.values import product_key, sells_goods, states_price


def test_states_price_reads_amounts_in_currencies() -> None:
    assert states_price("Kamera Bullet 2MP Rp 1.250.000")
    assert states_price("IDR 850.000")
    assert states_price("Rp.450.000")
    assert states_price("$19 only")
    assert states_price("€ 45")


def test_states_price_reads_a_lower_case_or_trailing_currency_and_a_price_label() -> None:
    assert states_price("850.000 IDR")
    assert states_price("Harga: 1.250.000")
    assert states_price("rp 3.000.000")
    assert states_price("45,00 €")
    assert states_price("Price: 19")
    assert not states_price("Tarif rp per km")  # still a currency name without an amount
    assert not states_price("Harga terjangkau 24 jam")
    assert not states_price("1" * 4000)  # a long number with no currency


def test_sells_goods_reads_a_shops_words() -> None:
    assert sells_goods("Kamera Bullet 2MP")
    assert sells_goods("Tambah ke Keranjang")
    assert sells_goods("Stok: 12")
    assert not sells_goods("Tarif Gol I: Rp 7.500")
    assert not sells_goods("Day pass $89")


def test_states_price_refuses_words_without_an_amount() -> None:
    assert not states_price("Simpang Beli Sangatta")
    assert not states_price("Stok Kamera Pasar Induk")
    assert not states_price("Gerbang Tol Rp Sangatta")  # a currency name, no amount
    assert not states_price("CCTV 2 Bundaran Sangatta")
    assert not states_price("")


def test_states_price_reads_only_its_bounded_slice() -> None:
    text = "Kamera Simpang Tiga " + "x" * 400 + " Rp 850.000"
    assert not states_price(text, 300)
    assert states_price(text)
    assert not states_price("a" * 5000 + " Rp 850.000")  # past the helper's own bound


def test_product_key_reads_price_stock_and_article_words() -> None:
    assert product_key("harga")
    assert product_key("sale_price")
    assert product_key("SalePrice")
    assert product_key("stok")
    assert product_key("sku")
    assert not product_key("nama_kamera")
    assert not product_key("priceless_view")  # a word, not a part of one
    assert not product_key("")


def test_product_key_price_only_leaves_stock_and_articles() -> None:
    assert product_key("harga_jual", price_only=True)
    assert not product_key("stok", price_only=True)
    assert not product_key("sku", price_only=True)


def test_product_key_reads_only_its_slice_and_words() -> None:
    long_key = "a_" * 40 + "harga"
    assert not product_key(long_key)  # past the first 64 characters
    assert product_key(long_key, limit=120)
    assert not product_key("a_b_c_harga", max_words=3)
    assert product_key("a_b_c_harga", max_words=4)
    assert not product_key("a" * 300 + "_harga", limit=1000)  # past the helper's own bound
