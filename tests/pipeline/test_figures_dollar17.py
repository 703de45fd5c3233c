"""Which dollar a bare "$" is (issue 14, session 30, dollar17).

The text's own statement of its currency wins over its home ("All figures are in U.S.
dollars", "(USD million)", "(All figures in Canadian dollars)": ``currencies.stated_currency``);
a government body of a city, province or state issues the text and makes its place the home
(``places.body_country`` with ``models/government_body_words.jsonl``); a peso country's
government body writes "$" for its pesos; a dateline region abbreviated as the gazetteer's
cities of that name give theirs ("SURREY, B.C."); a bare "$" after "US$" in one clause is the
U.S. dollar; a government acting in the lead on the one city or region a text names writes
from there; wire copy filed abroad keeps "$" the U.S. dollar next to "C$". Own invented
examples (none from a gold set), written before each rule, with cases that must stay.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from briefx.normalize.figures import place_country
from briefx.pipeline.figures.currencies import stated_currency, stated_dollar
from briefx.pipeline.figures.places import home_country


def _money(run, text: str, day: str = "2026-11-20") -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return [(f.text, f.unit) for f in run(text, reference_date=day).figures if f.kind == "money"]


# -- the pure parts -------------------------------------------------------------------------------

STATED = [
    ("Revenue rose. All figures are in U.S. dollars.", "USD"),
    ("Net income rose (figures in US dollars).", "USD"),
    ("Results for the year (USD million): revenue $1,020", "USD"),
    ("The company reports its results in US$. Sales rose.", "USD"),
    ("Amounts are expressed in U.S. dollars unless noted.", "USD"),
    ("Sales rose. (All figures in Canadian dollars unless noted.)", "CAD"),
    ("Profit rose (in A$).", "AUD"),
    ("(All amounts in NZ$ million)", "NZD"),
    # no statement: an amount in a currency, a good priced in one, the currency as a subject
    ("Revenue rose to US$4.2 billion and profit to $300 million.", None),
    ("Wheat is priced in U.S. dollars the world over.", None),
    ("The Canadian dollar fell against the U.S. dollar.", None),
    ("The bonds, denominated in U.S. dollars, mature in 2030.", None),
    ("It paid $5 million in U.S. dollars and the rest in euros.", None),
    # two statements that disagree say nothing
    ("Prices are in U.S. dollars. Amounts are in Canadian dollars.", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "code"), STATED)
def test_stated_currency(text: str, code: str | None) -> None:
    assert stated_currency(text) == code


CAD = ("CAD", frozenset({"CA$", "$", "dollar", "dollars"}))
STATED_LOCAL = [
    (CAD, None, CAD),  # no statement
    (CAD, "USD", ("CAD", frozenset({"CA$"}))),  # "$" is the stated U.S. dollar
    (None, "USD", None),
    (None, "CAD", ("CAD", frozenset({"$", "dollar", "dollars"}))),
    (("SGD", frozenset({"$", "S$"})), "SGD", ("SGD", frozenset({"$", "S$"}))),
    (CAD, "EUR", CAD),  # "(in euros)": no dollar stated
]  # fmt: skip


@pytest.mark.parametrize(("local", "stated", "out"), STATED_LOCAL)
def test_stated_dollar(local, stated, out) -> None:  # type: ignore[no-untyped-def]
    assert stated_dollar(local, stated) == out


REGIONS = [
    (("SURREY", "B.C."), "CA"),  # not the English county
    (("LONDON", "Ont."), "CA"),
    (("HAMILTON", "Ont."), "CA"),
    (("HALIFAX", "N.S."), "CA"),
    (("SURREY", None), "GB"),  # untouched without a region
    (("SALEM", "Ore."), "US"),
    (("SPRINGFIELD", "Ill."), "US"),
]  # fmt: skip


@pytest.mark.parametrize(("place", "country"), REGIONS)
def test_region_abbreviation(place: tuple[str, str | None], country: str) -> None:
    assert place_country(*place) == country


def _doc(words: list[str], ents: list[tuple[int, int, str]]) -> Doc:
    doc = Doc(spacy.blank("en").vocab, words=words)
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in ents]
    return doc


HOMES = [
    # a government body of a city of one country, typed ORG or GPE or not typed at all
    (["Laval", "City", "Council", "approved", "a", "budget", "."], [(0, 3, "ORG")], "CA"),
    (["The", "City", "of", "Geelong", "will", "spend", "more", "."], [(0, 4, "GPE")], "AU"),
    (["The", "City", "of", "Tauranga", "will", "spend", "more", "."], [], "NZ"),
    # a province's government needs no other place
    (["The", "Government", "of", "Saskatchewan", "will", "lend", "more", "."], [], "CA"),
    # a possessor country before a ministry
    (["Colombia", "'s", "Ministry", "of", "Finance", "said", "so", "."], [(2, 5, "ORG")], "CO"),
    # untouched: a firm named after a city, a city that is only a place, no body at all
    (["Wellington", "Partners", "raised", "a", "fund", "."], [(0, 2, "ORG")], None),
    (["Kansas", "City", "grew", "."], [(0, 2, "GPE")], "US"),
    (["The", "council", "met", "."], [], None),
]  # fmt: skip


@pytest.mark.parametrize(("words", "ents", "country"), HOMES)
def test_government_body_home(
    words: list[str], ents: list[tuple[int, int, str]], country: str | None
) -> None:
    found = home_country(_doc(words, ents))
    assert (None if found is None else found.country) == country


# -- the pipeline ----------------------------------------------------------------------------------

DOLLARS = [
    # a city's, province's or state's government body issues the text
    ("Budget approved\n\nMarkham City Council approved a $610 million operating budget on Monday.",
     ("$610 million", "CAD")),
    ("Parks\n\nThe City of Gold Coast will spend $58 million on beach parks, the mayor said.",
     ("$58 million", "AUD")),
    ("Pipes\n\nTauranga City Council has agreed to borrow $120 million for water pipes.",
     ("$120 million", "NZD")),
    ("Schools\n\nThe Government of Prince Edward Island will spend $45 million on schools.",
     ("$45 million", "CAD")),
    ("BURLINGTON, Ont. - The city will spend $14 million on a pier, council said.",
     ("$14 million", "CAD")),
    # the text states its currency
    ("TAIPEI - Hsinmao Optics reported revenue of $2.7 billion for the quarter. All figures are in U.S. dollars.",
     ("$2.7 billion", "USD")),
    ("CALGARY - Prairie Sulphur said its loss narrowed to $31 million (figures in US dollars).",
     ("$31 million", "USD")),
    ("LONDON (Reuters) - Ashgrove Mines said revenue rose to $820 million. (All figures in Canadian dollars.)",
     ("$820 million", "CAD")),
    # a peso country's government body writes "$" for its pesos; a firm there writes U.S. dollars
    ("Highways\n\nChile's Ministry of Public Works said the highway will cost $900 billion.",
     ("$900 billion", "CLP")),
    ("Transfers\n\nThe Colombian Ministry of Finance will transfer $1.8 trillion to the regions.",
     ("$1.8 trillion", "COP")),
    ("SANTIAGO - The lithium producer will spend $400 million on a plant, its chief said.",
     ("$400 million", "USD")),
    ("BOGOTA - Colombia's Finance Ministry sold $2 billion of bonds abroad, it said.",
     ("$2 billion", "USD")),
    # a bare "$" after "US$" in the same clause; after ", and" the text's own
    ("HONG KONG - The casino group reported revenue of US$3.1 billion and a profit of $450 million.",
     ("$450 million", "USD")),
    ("PERTH - Nickel traded at US$16,000 a tonne, and the state's budget surplus reached $3.2 billion.",
     ("$3.2 billion", "AUD")),
    # wire copy filed abroad: "$" next to "C$" is the U.S. dollar; a release's is the marked one
    ("TORONTO (Reuters) - Redwater Energy paid C$70 million for the field and $30 million for a rig.",
     ("$30 million", "USD")),
    ("Deal\n\nThe Canadian miner paid C$70 million for the claim and $30 million for the mill.",
     ("$30 million", "CAD")),
    # a city's government body named past the lead, in a text that names no other country
    ("Budget 2027\n\nCouncil approved the budget on Tuesday. Operating spending is $960 million. Mayor Kim Osei said the City of Regina would freeze fees and set aside $20 million for roads.",
     ("$20 million", "CAD")),
    # a government acts on the one city it names
    ("Hospital\n\nThe provincial government will spend $40 million on a hospital wing in Kitchener, the minister said.",
     ("$40 million", "CAD")),
    ("Stadium\n\nThe state government will put $65 million into a stadium in Townsville.",
     ("$65 million", "AUD")),
    ("Library\n\nThe city will spend $12 million on a library in Nanaimo, officials said.",
     ("$12 million", "CAD")),
    # ... not on a country it names; a U.S. body speaks
    ("Jets\n\nThe government will buy $3 billion of jets from Canada, the minister said.",
     ("$3 billion", "USD")),
    ("Grant\n\nThe government will give $4 million to a school in Toronto, the U.S. embassy said.",
     ("$4 million", "USD")),
    # untouched: a firm after its country's possessive, in a text about two countries
    ("Australia's Wattle Bank will buy a U.S. insurer for $2 billion.", ("$2 billion", "USD")),
    # untouched: a U.S. city's council, "Mexico City" as a dateline, a world price
    ("Budget\n\nThe Phoenix City Council approved a $2.1 billion budget on Tuesday.",
     ("$2.1 billion", "USD")),
    ("MEXICO CITY - Car exports reached $4.4 billion in June, the statistics office said.",
     ("$4.4 billion", "USD")),
    ("Assumptions\n\nThe Government of Newfoundland and Labrador assumes oil at $72 a barrel.",
     ("$72", "USD")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "money"), DOLLARS)
def test_which_dollar(run, text: str, money: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert money in _money(run, text)
