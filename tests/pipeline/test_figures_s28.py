"""Which currency an amount is in, by the document's own country (issue 14, session 28, figs12).

``places.home_country`` ranks the text's evidence for its country: the body that issues it (a
country or its people's adjective inside an ORG name of the headline or lead), the dateline's
place, the country most of its places name; ``currencies.home_currency`` gives that country's
currency on the text's date (CLDR). Own invented examples (none from a gold set), written
before each rule, with cases that must stay as they are.
"""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.tokens import Doc, Span

from briefx.normalize.figures import country_named
from briefx.pipeline.figures.currencies import home_currency
from briefx.pipeline.figures.places import Home, home_country


def _money(run, text: str, day: str = "2026-03-06") -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return [(f.text, f.unit) for f in run(text, reference_date=day).figures if f.kind == "money"]


# -- the pure parts: a country named inside a body's name; the home's currency on a date ----------

NAMED = [
    ("Canada", "CA"), ("Australian", "AU"), ("U.S.", "US"), ("Britain", "GB"), ("Singapore", "SG"),
    # not a country: a province, a word of a body's name, a German word
    ("Ontario", None), ("Finance", None), ("Statistics", None), ("Deutsche", None),
]  # fmt: skip


@pytest.mark.parametrize(("words", "code"), NAMED)
def test_country_named(words: str, code: str | None) -> None:
    assert country_named(words) == code


CURRENCY = [
    (Home("DE", "dateline", "FRANKFURT"), dt.date(1996, 5, 10), "DEM"),
    (Home("DE", "dateline", "FRANKFURT"), dt.date(2026, 5, 10), "EUR"),
    (Home("FR", "issuer", "Banque de France"), dt.date(1990, 1, 2), "FRF"),
    (Home("CA", "issuer", "Statistics Canada"), dt.date(2026, 5, 10), "CAD"),
    (Home("US", "dateline", "WASHINGTON"), dt.date(2026, 5, 10), None),
    (None, dt.date(2026, 5, 10), None),
]  # fmt: skip


@pytest.mark.parametrize(("home", "day", "code"), CURRENCY)
def test_home_currency(home: Home | None, day: dt.date, code: str | None) -> None:
    found = home_currency(home, day)
    assert (found[0] if found is not None else None) == code


def _doc(words: list[str], ents: list[tuple[int, int, str]]) -> Doc:
    doc = Doc(spacy.blank("en").vocab, words=words)
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in ents]
    return doc


HOMES = [
    # the issuer's name holds the country or its people's adjective
    (["Statistics", "Canada", "said", "wages", "rose", "."], [(0, 2, "ORG")], ("CA", "issuer")),
    (["The", "Australian", "Bureau", "of", "Statistics", "said", "sales", "rose", "."],
     [(0, 5, "ORG")], ("AU", "issuer")),
    (["The", "Monetary", "Authority", "of", "Singapore", "said", "reserves", "rose", "."],
     [(0, 5, "ORG")], ("SG", "issuer")),
    # most mentions, where they outnumber the others together; none where two compete
    (["Ontario", "and", "Quebec", "sold", "more", "to", "the", "U.S.", "."],
     [(0, 1, "GPE"), (2, 3, "GPE"), (7, 8, "GPE")], ("CA", "places")),
    (["Canada", "and", "Mexico", "met", "."], [(0, 1, "GPE"), (2, 3, "GPE")], None),
    (["Sales", "rose", "."], [], None),
    # a body whose name holds no country
    (["The", "Bundesbank", "said", "rates", "held", "."], [(1, 2, "ORG")], None),
]  # fmt: skip


@pytest.mark.parametrize(("words", "ents", "home"), HOMES)
def test_home_country(
    words: list[str], ents: list[tuple[int, int, str]], home: tuple | None
) -> None:  # type: ignore[type-arg]
    found = home_country(_doc(words, ents))
    assert (None if found is None else (found.country, found.source)) == home


# -- the pipeline: a "$" in a release from a dollar country with no dateline ----------------------

ISSUER = [
    ("Jobless rate steady\n\nStatistics Canada said on Friday that retail sales reached $71.4 billion in March.",
     ("$71.4 billion", "CAD")),
    ("Rate held\n\nThe Reserve Bank of Australia kept its cash rate on hold; household credit grew to $3.1 trillion.",
     ("$3.1 trillion", "AUD")),
    ("Reserves rise\n\nThe Monetary Authority of Singapore said official reserves stood at $498 billion in April.",
     ("$498 billion", "SGD")),
    ("Wages\n\nThe Bank of Canada said exports to the U.S. reached US$52 billion in the quarter.",
     ("US$52 billion", "USD")),
    # untouched: a U.S. body's "$", a British body's "$", a euro anywhere, no evidence
    ("Outlays\n\nThe U.S. Department of Energy will spend $2.5 billion on grid upgrades.",
     ("$2.5 billion", "USD")),
    ("Deal\n\nThe Bank of England said a lender had raised $4 billion and £1 billion.",
     ("$4 billion", "USD")),
    ("Grant\n\nStatistics Canada said the bloc's fund reached €12 billion.", ("€12 billion", "EUR")),
    ("Funding\n\nThe firm said it raised $40 million from investors.", ("$40 million", "USD")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "money"), ISSUER)
def test_issuer_dollar(run, text: str, money: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert money in _money(run, text)


# -- a province's or state's body, with the country named besides; a dateline city several --------
# -- countries have, read by the places the text names ---------------------------------------------

REGIONS = [
    ("Grant\n\nThe Government of Alberta will give $250 million to towns, the premier said in Edmonton.",
     ("$250 million", "CAD")),
    ("Budget\n\nThe Queensland Government will spend $1.4 billion on hospitals, the premier said in Brisbane.",
     ("$1.4 billion", "AUD")),
    ("Broadband\n\nThe Ontario Government will spend $75 million on rural broadband, the minister said in Toronto.",
     ("$75 million", "CAD")),
    ("The Hong Kong Monetary Authority said on Monday that deposits rose to $16.2 trillion.",
     ("$16.2 trillion", "HKD")),
    ("VICTORIA - The province will add $450 million to hospitals in Vancouver and Kelowna, the finance minister said.",
     ("$450 million", "CAD")),
    ("HAMILTON - The regional council will spend $2.1 billion on roads between Auckland and Tauranga.",
     ("$2.1 billion", "NZD")),
    # untouched: a region's name inside a name of something else; a small namesake town
    ("Oil\n\nWest Texas Intermediate rose, and the refiner said it spent $300 million on repairs.",
     ("$300 million", "USD")),
    ("PARIS - TotalEnergies will pay $1.1 billion for a gas plant in Texas and a terminal in Louisiana.",
     ("$1.1 billion", "USD")),
    ("PERTH - The miner's shares rose to $31.20 and it sold gas at $11 per million British thermal units.",
     ("$31.20", "AUD")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "money"), REGIONS)
def test_region_dollar(run, text: str, money: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert money in _money(run, text)


# -- a currency's name several countries' currencies share, with no country in its sentence: the ---
# -- one of the text's countries whose currency CLDR names so ---------------------------------------

WORDS = [
    ("Remittances\n\nRemittances to Mexico from workers in Texas and California rose. The average transfer was 6,200 pesos.",
     ("6,200 pesos", "MXN")),
    ("Copper\n\nOutput rose in Chile, while Peru's fell, and Argentina's was flat in dollars. In the south, Codelco paid 900 billion pesos in taxes.",
     ("900 billion pesos", "CLP")),
    ("Manila\n\nThe Philippines and Japan signed a deal in Tokyo. Each worker will get 20,000 pesos.",
     ("20,000 pesos", "PHP")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "money"), WORDS)
def test_named_elsewhere(run, text: str, money: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert money in _money(run, text)


KEEP_WORDS = [
    # no country whose currency the word names: the number stays a count
    ("The court fined the firm 500,000 pesos, the judge said.", ("500,000", 500000, "count", "peso")),
    ("In Germany, the pupils scored 45 marks out of 50 on average.", ("45", 45, "count", "mark")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), KEEP_WORDS)
def test_named_elsewhere_keeps(run, text: str, figure: tuple) -> None:  # type: ignore[no-untyped-def, type-arg]
    found = [
        (f.text, f.value, f.kind, f.unit) for f in run(text, reference_date="2026-03-06").figures
    ]
    assert figure in found


NAMED_CURRENCIES = [
    ("marks", dt.date(1996, 5, 10), {"DEM", "BAM"}),
    ("marks", dt.date(2026, 5, 10), {"BAM"}),
    ("Rials", dt.date(2026, 5, 10), {"IRR", "OMR", "YER"}),
    ("yen", None, {"JPY"}),
    ("widgets", None, set()),
]  # fmt: skip


@pytest.mark.parametrize(("word", "day", "codes"), NAMED_CURRENCIES)
def test_currencies_named(word: str, day: dt.date | None, codes: set[str]) -> None:
    from briefx.normalize.figures import currencies_named

    assert set(currencies_named(word, day)) == codes


# -- a currency's letters in title case ("Dm") in a text whose currency of the day they write -------

LETTERS = [
    ("FRANKFURT, May 10 (Reuters) - Daimler closed at 72.40 Dm, up 1.50 Dm.", "1996-05-10",
     ("72.40 Dm", "DEM")),
    ("BONN, March 3 (Reuters) - The coalition will cut pensions by 4.5 billion Dm next year.", "1997-03-03",
     ("4.5 billion Dm", "DEM")),
    ("GERMANY: Bayer profit up.\n\nLEVERKUSEN 1996-08-22\n\nBayer said its pre-tax profit rose to 2.1 billion Dm.", "1996-08-22",
     ("2.1 billion Dm", "DEM")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "day", "money"), LETTERS)
def test_title_case_letters(run, text: str, day: str, money: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert money in _money(run, text, day)


def test_title_case_letters_keep(run) -> None:  # type: ignore[no-untyped-def]
    # today's Frankfurt writes euros: "Dm" stays a measure
    found = run("FRANKFURT - The panel is 12 Dm wide.", reference_date="2026-03-06").figures
    assert all(f.kind != "money" for f in found)


DATELINES = [
    # a city several countries have: the one whose places the text names
    ("VICTORIA - The province will fund crews in Kamloops .", ("Kamloops", "GPE"), "CA"),
    ("HAMILTON - The board will build a wing in Rotorua .", ("Rotorua", "GPE"), "NZ"),
    ("LONDON - The council will extend the line to Toronto .", ("Toronto", "GPE"), "CA"),
    # untouched: a place the pick's country has too, a people, a small namesake town
    ("VANCOUVER - The city will build a bridge to Richmond .", ("Richmond", "GPE"), "CA"),
    ("PERTH - Gas sold at 11 per million British thermal units .", ("British", "NORP"), "AU"),
    ("PARIS - The group will buy a plant in Texas .", ("Texas", "GPE"), "FR"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ent", "country"), DATELINES)
def test_dateline_city(text: str, ent: tuple[str, str], country: str) -> None:
    words = text.split(" ")
    at = words.index(ent[0])
    found = home_country(_doc(words, [(at, at + 1, ent[1])]))
    assert found is not None
    assert (found.country, found.source) == (country, "dateline")


# -- a lead that makes the country an actor: its one mention is enough for a bare "$" ----------------

ACTOR = [
    ("Trade outlook\n\nSingapore's Ministry of Trade and Industry said on Tuesday that exports reached $58 billion in the quarter.",
     ("$58 billion", "SGD")),
    ("Flood defences\n\nThe Singapore government will spend $3 billion on coastal defences, the national water agency said.",
     ("$3 billion", "SGD")),
    ("Budget 2026\n\nSingapore's finance minister said the government would spend $1.5 billion on skills grants.",
     ("$1.5 billion", "SGD")),
    # untouched: the country named only as where something is; no country at all
    ("Gas project\n\nChevron said its Gorgon project in Australia has cost $54 billion.", ("$54 billion", "USD")),
    ("Chip plant\n\nThe chipmaker will spend $2 billion on a plant, its chief executive said.", ("$2 billion", "USD")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "money"), ACTOR)
def test_actor_country(run, text: str, money: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert money in _money(run, text)
