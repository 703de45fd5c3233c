"""Session 39 (orgs39): an organisation named by letters the document never spells out takes
the title ``models/org_acronyms.jsonl`` gives them ("ECOWAS" -> "Economic Community of West
African States"); letters several countries' bodies share take the document's country's row
("NBS" in a Nigerian or a Chinese story), a row without a country elsewhere ("IOC"). Untouched:
letters the text defines or links to a name of its own, letters no row knows, letters typed a
place, shared letters in a text of no country (``coref.acronym_titles``)."""

from __future__ import annotations

import pytest

from briefx.normalize.names import lookup_alias, lookup_company, org_acronyms
from briefx.pipeline.coref.acronym_titles import table_acronyms
from briefx.pipeline.coref.countries import _country_names
from briefx.resources import read_jsonl
from tests.pipeline.conftest import ents_of

NAMES = {"ABUJA": "Abuja", "BEIJING": "Beijing", "NEW DELHI": "New Delhi", "LONDON": "London"}


CASES = [
    # letters of one body, whatever the country
    (
        "ECOWAS leaders met in Accra and the AfDB pledged $200 million.",
        [("ECOWAS", "ORG"), ("Accra", "GPE"), ("AfDB", "ORG")],
        ["Economic Community of West African States", "Accra", "African Development Bank"],
    ),
    (
        "SEBI tightened rules, and TRAI said it would review spam calls.",
        [("SEBI", "ORG"), ("TRAI", "ORG")],
        ["Securities and Exchange Board of India", "Telecom Regulatory Authority of India"],
    ),
    (
        "The CAS upheld the ban and WADA welcomed the ruling.",
        [("CAS", "ORG"), ("WADA", "ORG")],
        ["Court of Arbitration for Sport", "World Anti-Doping Agency"],
    ),
    # shared letters: the document's country decides
    (
        "ABUJA, March 3 - The CBN held rates and the NBS said inflation eased in Nigeria.",
        [("ABUJA", "GPE"), ("CBN", "ORG"), ("NBS", "ORG"), ("Nigeria", "GPE")],
        ["Abuja", "Central Bank of Nigeria", "National Bureau of Statistics (Nigeria)", "Nigeria"],
    ),
    (
        "BEIJING, April 16 - China's economy grew 5.1 percent, the NBS said.",
        [("BEIJING", "GPE"), ("China", "GPE"), ("NBS", "ORG")],
        ["Beijing", "China", "National Bureau of Statistics of China"],
    ),
    (
        "LONDON, June 9 - The CBI urged ministers in the United Kingdom to cut rates.",
        [("LONDON", "GPE"), ("CBI", "ORG"), ("United Kingdom", "GPE")],
        ["London", "Confederation of British Industry", "United Kingdom"],
    ),
    (
        "NEW DELHI, Oct 20 - The CBI raided two brokers in India.",
        [("NEW DELHI", "GPE"), ("CBI", "ORG"), ("India", "GPE")],
        ["New Delhi", "Central Bureau of Investigation", "India"],
    ),
    # a row without a country, unless the document's country has one
    (
        "The IOC said the athlete would miss the Games in France.",
        [("IOC", "ORG"), ("France", "GPE")],
        ["International Olympic Committee", "France"],
    ),
    (
        "NEW DELHI, Oct 20 - IOC cut diesel prices in India on Tuesday.",
        [("NEW DELHI", "GPE"), ("IOC", "ORG"), ("India", "GPE")],
        ["New Delhi", "Indian Oil Corporation", "India"],
    ),
    # letters NER typed a person's: a body's title, and its type
    (
        "The ACCC cleared the merger.",
        [("ACCC", "PERSON")],
        ["Australian Competition and Consumer Commission"],
    ),
    # untouched: shared letters in a text of no country
    ("Officials of the NBS said the survey would come in November.", [("NBS", "ORG")], ["NBS"]),
    # untouched: shared letters in another country's story that has no row
    ("The NBS said prices rose in Peru.", [("NBS", "ORG"), ("Peru", "GPE")], ["NBS", "Peru"]),
    # untouched: letters the text defines in a bracket, before or after them
    (
        "The Kenya Electoral Body (IEBC) met. The IEBC said so.",
        [("IEBC", "ORG"), ("IEBC", "ORG")],
        ["IEBC", "IEBC"],
    ),
    ("IEBC (the poll body) said the register was ready.", [("IEBC", "ORG")], ["IEBC"]),
    # untouched: letters typed a place, and letters no row knows
    ("Talks in GCC ended.", [("GCC", "GPE")], ["GCC"]),
    ("KLWB said it would ration water.", [("KLWB", "ORG")], ["KLWB"]),
    # untouched: a longer mention whose name is no longer its letters
    ("The SADC summit opened.", [("SADC summit", "ORG")], ["SADC summit"]),
]


@pytest.mark.parametrize(("text", "spans", "names"), CASES)
def test_table_acronyms(text: str, spans: list[tuple[str, str]], names: list[str]) -> None:
    ents = ents_of(text, spans, NAMES)
    table_acronyms(text, ents)
    assert [e.name for e in ents] == names


def test_person_typed_letters_become_a_body() -> None:
    text = "The AIIB approved a loan."
    ents = ents_of(text, [("AIIB", "PERSON")], NAMES)
    table_acronyms(text, ents)
    assert (ents[0].type, ents[0].name) == ("ORG", "Asian Infrastructure Investment Bank")


def test_letters_linked_elsewhere_follow_the_text() -> None:
    """A mention of the same letters the text linked to a name of its own: the text decides."""
    text = "The Nigerian Broadcasting Service said so. NBS also said the NBS would grow in Nigeria."
    ents = ents_of(text, [("NBS", "ORG"), ("NBS", "ORG"), ("Nigeria", "GPE")], NAMES)
    ents[0].name = "Nigerian Broadcasting Service"
    table_acronyms(text, ents)
    assert [e.name for e in ents] == ["Nigerian Broadcasting Service", "NBS", "Nigeria"]


def test_table_rows() -> None:
    """Every row's country is a country the alias table names, its title no copy of its letters,
    and its letters no name the alias, organisation or company tables give (those win)."""
    countries = _country_names()
    rows = list(read_jsonl("org_acronyms.jsonl"))
    assert len(rows) >= 250
    for r in rows:
        assert r.get("country") is None or r["country"] in countries, r
        assert r["name"] != r["acronym"], r
        assert not lookup_alias(r["acronym"]), r
        assert not lookup_company(r["acronym"]), r
    assert org_acronyms()["NBS"]["Nigeria"] == "National Bureau of Statistics (Nigeria)"
    assert None not in org_acronyms()["NBS"]  # (shared letters: no default)


PIPELINE = [
    # the pipeline: letters never spelled out take their title, the text's own links win
    (
        (
            "ABUJA, March 3 - The CBN held its policy rate at 27.5 percent on Tuesday, while NNPC said "
            "crude output rose. ECOWAS leaders met in Accra."
        ),
        {"CBN": "Central Bank of Nigeria", "NNPC": "NNPC Limited"},
    ),
    (
        (
            "SYDNEY, Feb 25 - The ABS said wages rose 3.4 percent in the year, and ASIC sued a lender. "
            "The ACCC cleared the merger."
        ),
        {
            "ABS": "Australian Bureau of Statistics",
            "ASIC": "Australian Securities and Investments Commission",
            "ACCC": "Australian Competition and Consumer Commission",
        },
    ),
    # untouched: the text's own expansion, another body than the table's
    (
        (
            "REYKJAVIK, March 9 - The Icelandic Meteorological Office (IMO) warned of an eruption. The "
            "IMO said magma was rising near Grindavik."
        ),
        {"IMO": "Icelandic Meteorological Office"},
    ),
    (
        (
            "ABUJA, May 2 - The Nigerian Boxing Society (NBS) banned two fighters. The NBS said the "
            "bouts in Nigeria were fixed."
        ),
        {"NBS": "Nigerian Boxing Society"},
    ),
]


@pytest.mark.parametrize(("text", "names"), PIPELINE)
def test_pipeline(run, text: str, names: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    got = {m.text: e.name for e in run(text).entities for m in e.mentions}
    for letters, name in names.items():
        assert got.get(letters) == name, (letters, got)
