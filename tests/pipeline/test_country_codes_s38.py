"""Session 38 (codes38, issue 13): every ISO 3166 code of a country the alias table knows gives
that country's canonical name.

``coref.countries.country_by_code`` read CLDR's English names (``models/country_codes.jsonl``)
backwards and kept a code only where CLDR's name was the alias table's canonical name, so 30
countries had no name by their code ("TR": CLDR "Türkiye", the alias table "Turkey"), and a
dateline of their cities ("ANKARA, May 3 -") gave no country. ``models/country_code_names.jsonl``
(``scripts/derive_country_code_names.py``, from countryinfo's ISO codes, the package the alias
table's country names come from) fills those codes; CLDR's exact name still wins where it is
the canonical one. The figures stage's ``country_code`` reads the canonical names too
("Turkey" -> "TR"). Invented texts; codes and names already right must stay so.
"""

from __future__ import annotations

import pytest

from briefx.normalize import figures
from briefx.normalize.names import national_body, place_kinds, title_case
from briefx.pipeline.coref.countries import (
    _country_names,
    country_by_code,
    country_code,
    document_country,
)
from briefx.pipeline.coref.ent import Ent
from briefx.resources import read_jsonl

CODES = [
    ("TR", "Turkey"),  # CLDR "Türkiye"
    ("CZ", "Czech Republic"),  # "Czechia"
    ("CI", "Ivory Coast"),  # "Côte d’Ivoire"
    ("CD", "Democratic Republic of the Congo"),  # "Congo - Kinshasa"
    ("CG", "Republic of the Congo"),  # "Congo - Brazzaville"
    ("MM", "Myanmar"),  # "Myanmar (Burma)"; the alias table also has "Burma"
    ("BA", "Bosnia and Herzegovina"),  # "&"
    ("TT", "Trinidad and Tobago"),
    ("AG", "Antigua and Barbuda"),
    ("KN", "Saint Kitts and Nevis"),  # "St. Kitts & Nevis"
    ("LC", "Saint Lucia"),
    ("VC", "Saint Vincent and the Grenadines"),
    ("ST", "São Tomé and Príncipe"),
    ("TL", "East Timor"),  # "Timor-Leste"
    ("SZ", "Swaziland"),  # "Eswatini": the alias table's canonical name
    ("GM", "The Gambia"),  # "Gambia"
    ("BS", "The Bahamas"),
    ("HK", "Hong Kong"),  # "Hong Kong SAR China"
    ("MO", "Macau"),  # "Macao SAR China"
    ("PS", "Palestine"),  # "Palestinian Territories"
    ("FM", "Federated States of Micronesia"),  # "Micronesia"
    # must stay: CLDR's name is the canonical one
    ("DE", "Germany"),
    ("GB", "United Kingdom"),  # (countryinfo also gives "Wales" GB)
    ("US", "United States"),
    ("IN", "India"),
    ("KE", "Kenya"),
    ("MK", "North Macedonia"),
    ("VA", "Vatican City"),
    ("KR", "South Korea"),
]


@pytest.mark.parametrize(("code", "name"), CODES)
def test_code_gives_canonical_name(code: str, name: str) -> None:
    assert country_by_code(code) == name
    assert country_code(name) == code
    assert figures.country_code(name) == code


@pytest.mark.parametrize("code", ["XK", "EU", "UN", "ZZ", "AQ", "CW", ""])
def test_code_without_country_stays_none(code: str) -> None:
    """Kosovo is no country of the alias table; unions, Antarctica and Curaçao are none either."""
    assert country_by_code(code) is None


@pytest.mark.parametrize("name", ["Victoria", "Georgia Power", "Wales", "Burma"])
def test_figures_country_code_stays_none(name: str) -> None:
    """No code for a town's or a body's name, nor for a canonical name whose code another
    country holds ("Wales", "Burma": GB and MM are "United Kingdom" and "Myanmar")."""
    assert figures.country_code(name) is None


def test_table_names_are_canonical_countries() -> None:
    """Every row of country_code_names.jsonl names a country of the alias table, one per code,
    and agrees with CLDR's name wherever that is the canonical one."""
    rows = list(read_jsonl("country_code_names.jsonl"))
    kinds = place_kinds()
    assert all(kinds.get(str(r["name"])) == "country" for r in rows)
    assert len({r["code"] for r in rows}) == len(rows)
    names = _country_names()
    cldr = {str(r["code"]): str(r["name"]) for r in read_jsonl("country_codes.jsonl")}
    for r in rows:
        if cldr.get(str(r["code"])) in names:
            assert cldr[str(r["code"])] == r["name"]


DATELINES = [
    ("ANKARA", "Turkey"),
    ("ISTANBUL", "Turkey"),
    ("PRAGUE", "Czech Republic"),
    ("ABIDJAN", "Ivory Coast"),
    ("KINSHASA", "Democratic Republic of the Congo"),
    ("BRAZZAVILLE", "Republic of the Congo"),
    ("YANGON", "Myanmar"),
    ("SARAJEVO", "Bosnia and Herzegovina"),
    ("BASSETERRE", "Saint Kitts and Nevis"),
    ("CASTRIES", "Saint Lucia"),
    ("KINGSTOWN", "Saint Vincent and the Grenadines"),
    ("DILI", "East Timor"),
    ("MBABANE", "Swaziland"),
    ("BANJUL", "The Gambia"),
    ("NASSAU", "The Bahamas"),
    ("RAMALLAH", "Palestine"),
    ("PALIKIR", "Federated States of Micronesia"),
    # must stay
    ("HONG KONG", "Hong Kong"),
    ("NAIROBI", "Kenya"),
    ("BERLIN", "Germany"),
    ("LONDON", "United Kingdom"),
    ("ST. JOHN'S", "Canada"),  # the larger St. John's (Newfoundland), not Antigua's
    ("PRISTINA", None),  # Kosovo: no country of the alias table
]


@pytest.mark.parametrize(("city", "country"), DATELINES)
def test_dateline_gives_country(city: str, country: str | None) -> None:
    text = f"{city}, May 3 - Officials met on Tuesday to discuss the budget."
    ent = Ent(start=0, end=len(city), type="GPE", name=title_case(city))
    assert document_country(text, [ent]) == country


@pytest.mark.parametrize(
    ("place", "code"),
    [("ANKARA", "TR"), ("TURKEY", "TR"), ("PRAGUE", "CZ"), ("ABIDJAN", "CI"), ("NAIROBI", "KE")],
)
def test_figures_dateline_country(place: str, code: str) -> None:
    assert figures.place_country(place) == code


@pytest.mark.parametrize(
    ("short", "country", "title"),
    [
        ("Senate", "The Bahamas", "Senate of the Bahamas"),
        ("Supreme Court", "The Gambia", "Supreme Court of the Gambia"),
        ("National Assembly", "The Gambia", "National Assembly (The Gambia)"),
        # must stay
        ("Senate", "Philippines", "Senate of the Philippines"),
        ("Senate", "Canada", "Senate of Canada"),
        ("Chamber of Deputies", "Czech Republic", "Chamber of Deputies (Czech Republic)"),
        ("Constitutional Court", "Turkey", "Constitutional Court of Turkey"),
    ],
)
def test_national_body_of_a_country_named_with_the(short: str, country: str, title: str) -> None:
    """A canonical name with its article ("The Bahamas", newly reached by its code) takes it in
    lower case inside a title, as English Wikipedia writes it; a bracket keeps it."""
    assert national_body(short, country) == title
