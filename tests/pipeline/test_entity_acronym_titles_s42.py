"""Session 42 (acro42): letters several countries' bodies share take the country the text gives
them ("Pakistan's PTI", "the Indian CBI"), then the dateline's ("JAKARTA - BPS said exports to
India and China rose": Indonesia's office, though India is named first), then the document's;
an ORG written as one capitalised word that is no English word ("Cosatu", "Sebi", "Nato": the
house style of British, South African and Indian papers) is read as its letters in capitals;
the acronym table's session-42 rows (met services, statistics offices, central banks, parties,
unions, news agencies) and "PTI" keyed by country. Untouched: the default row where nothing
points at a keyed country, a capitalised English word, a short word, a capitalised word typed
a person's, letters the text brackets (``coref.acronym_titles``)."""

from __future__ import annotations

import pytest

from briefx.normalize.names import lookup_alias, org_acronyms
from briefx.pipeline.coref.acronym_titles import table_acronyms
from briefx.pipeline.coref.bodies import national_bodies
from briefx.pipeline.coref.ent import Ent
from tests.pipeline.conftest import ents_of

NAMES = {
    "JAKARTA": "Jakarta",
    "DAR ES SALAAM": "Dar es Salaam",
    "ISLAMABAD": "Islamabad",
    "LONDON": "London",
    "NEW DELHI": "New Delhi",
    "SYDNEY": "Sydney",
    "KATHMANDU": "Kathmandu",
    "Indian": "Indian",
}
ENGLISH = frozenset({"arena", "pace", "said"})


CASES = [
    # the dateline's country before the country the story names most (or first)
    (
        "JAKARTA, Sept 17 - BPS said exports to India and China rose.",
        [("JAKARTA", "GPE"), ("BPS", "ORG"), ("India", "GPE"), ("China", "GPE")],
        ["Jakarta", "Statistics Indonesia", "India", "China"],
    ),
    (
        "DAR ES SALAAM, May 3 - The BOT held rates as exports to Kenya rose.",
        [("DAR ES SALAAM", "GPE"), ("BOT", "ORG"), ("Kenya", "GPE")],
        ["Dar es Salaam", "Bank of Tanzania", "Kenya"],
    ),
    (
        "ISLAMABAD, May 5 - PTI lawmakers walked out as talks with India stalled.",
        [("ISLAMABAD", "GPE"), ("PTI", "ORG"), ("India", "GPE")],
        ["Islamabad", "Pakistan Tehreek-e-Insaf", "India"],
    ),
    # the country the text gives the letters, before the dateline's
    (
        "LONDON, June 9 - India's CBI arrested two bankers.",
        [("LONDON", "GPE"), ("India", "GPE"), ("CBI", "ORG")],
        ["London", "India", "Central Bureau of Investigation"],
    ),
    (
        "NEW DELHI, June 9 - Pakistan's PTI called the talks a failure.",
        [("NEW DELHI", "GPE"), ("Pakistan", "GPE"), ("PTI", "ORG")],
        ["New Delhi", "Pakistan", "Pakistan Tehreek-e-Insaf"],
    ),
    (
        "The Indian CBI raided two brokers in London.",
        [("Indian", "NORP"), ("CBI", "ORG"), ("London", "GPE")],
        ["Indian", "Central Bureau of Investigation", "London"],
    ),
    # letters keyed by country: the country's row, or the default
    (
        "NEW DELHI, June 6 - The AAP said prices were too high.",
        [("NEW DELHI", "GPE"), ("AAP", "ORG")],
        ["New Delhi", "Aam Aadmi Party"],
    ),
    (
        "SYDNEY, June 6 - Shares rose, AAP reported.",
        [("SYDNEY", "GPE"), ("AAP", "ORG")],
        ["Sydney", "Australian Associated Press"],
    ),
    (
        "KATHMANDU, June 6 - Floods hit the plains, PTI reported.",
        [("KATHMANDU", "GPE"), ("PTI", "ORG")],
        ["Kathmandu", "Press Trust of India"],
    ),
    # untouched: the British body where nothing points elsewhere (session 39's reading)
    (
        "LONDON, June 9 - The CBI urged ministers to cut rates.",
        [("LONDON", "GPE"), ("CBI", "ORG")],
        ["London", "Confederation of British Industry"],
    ),
    # untouched: keyed letters of no default in a story of another country
    (
        "KATHMANDU, June 6 - The AAP said prices were too high.",
        [("KATHMANDU", "GPE"), ("AAP", "ORG")],
        ["Kathmandu", "AAP"],
    ),
    # a capitalised word that is the letters of a body (session 42)
    (
        "Cosatu and Numsa said the strike would go on.",
        [("Cosatu", "ORG"), ("Numsa", "ORG")],
        [
            "Congress of South African Trade Unions",
            "National Union of Metalworkers of South Africa",
        ],
    ),
    (
        "Sebi tightened rules for brokers.",
        [("Sebi", "ORG")],
        ["Securities and Exchange Board of India"],
    ),
    ("Nato allies met in Brussels.", [("Nato", "ORG"), ("Brussels", "GPE")], ["NATO", "Brussels"]),
    # untouched: an English word, a short word, a person's name, a bracketed word, unknown letters
    ("The Arena hosted the final.", [("Arena", "ORG")], ["Arena"]),
    ("Pace said the talks were over.", [("Pace", "ORG")], ["Pace"]),
    ("Pas said it would back the bill.", [("Pas", "ORG")], ["Pas"]),
    ("Sebi Ndlovu said the strike was over.", [("Sebi", "PERSON")], ["Sebi"]),
    (
        "The South African Boxing Union (Cosatu) met. Cosatu said so.",
        [("Cosatu", "ORG"), ("Cosatu", "ORG")],
        ["Cosatu", "Cosatu"],
    ),
    ("Klwb said it would ration water.", [("Klwb", "ORG")], ["Klwb"]),
]


@pytest.mark.parametrize(("text", "spans", "names"), CASES)
def test_table_acronyms_s42(text: str, spans: list[tuple[str, str]], names: list[str]) -> None:
    ents = ents_of(text, spans, NAMES)
    table_acronyms(text, ents, ENGLISH)
    assert [e.name for e in ents] == names


def test_title_case_word_typed_a_people_stays() -> None:
    text = "Cosatu marched."
    ents = ents_of(text, [("Cosatu", "NORP")], NAMES)
    table_acronyms(text, ents, ENGLISH)
    assert (ents[0].type, ents[0].name) == ("NORP", "Cosatu")  # (a people's type: not read)


def test_session_42_rows() -> None:
    """The PTI rows, read from the acronym table by country (no longer an alias); a few of the
    session's rows."""
    table = org_acronyms()
    assert lookup_alias("PTI") is None
    assert table["PTI"] == {None: "Press Trust of India", "Pakistan": "Pakistan Tehreek-e-Insaf"}
    assert table["PAGASA"][None].startswith("Philippine Atmospheric")
    assert table["KCTU"][None] == "Korean Confederation of Trade Unions"
    assert table["ASEAN"][None] == "Association of Southeast Asian Nations"
    assert None not in table["AAP"]


PIPELINE = [
    (
        (
            "ISLAMABAD, May 5, 2025 - The SBP cut its policy rate to 11 percent on Monday. PTI "
            "lawmakers walked out of the session, the APP said."
        ),
        {"SBP": "State Bank of Pakistan", "PTI": "Pakistan Tehreek-e-Insaf"},
    ),
    (
        (
            "MANILA, Aug 28, 2025 - PAGASA warned that a tropical storm could bring heavy rain to "
            "Luzon next week."
        ),
        {"PAGASA": "Philippine Atmospheric, Geophysical and Astronomical Services Administration"},
    ),
]


@pytest.mark.parametrize(("text", "names"), PIPELINE)
def test_pipeline_s42(run, text: str, names: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    got = {m.text: e.name for e in run(text).entities for m in e.mentions}
    for letters, name in names.items():
        assert got.get(letters) == name, (letters, got)


BODY_NAMES = {"KYIV": "Kyiv", "TEHRAN": "Tehran", "VIENNA": "Vienna", "BERLIN": "Berlin"}

BODIES = [
    # a legislature by the short form of its own-language title, in its country's story
    (
        "KYIV, June 12 - The Rada voted to extend martial law.",
        [("KYIV", "GPE"), ("Rada", "ORG")],
        "Verkhovna Rada",
    ),
    (
        "TEHRAN, June 12 - The Majlis approved the budget.",
        [("TEHRAN", "GPE"), ("Majlis", "ORG")],
        "Islamic Consultative Assembly",
    ),
    (
        "BERLIN, June 12 - The Bundesrat approved the reform.",
        [("BERLIN", "GPE"), ("Bundesrat", "ORG")],
        "Bundesrat of Germany",
    ),
    (
        "VIENNA, June 12 - The Bundesrat approved the reform.",
        [("VIENNA", "GPE"), ("Bundesrat", "ORG")],
        "Federal Council (Austria)",
    ),
    # untouched: no country, or a country with no such row
    ("The Rada voted to extend martial law.", [("Rada", "ORG")], "Rada"),
    (
        "VIENNA, June 12 - The Majlis approved the budget.",
        [("VIENNA", "GPE"), ("Majlis", "ORG")],
        "Majlis",
    ),
]


@pytest.mark.parametrize(("text", "spans", "name"), BODIES)
def test_legislature_short_forms(text: str, spans: list[tuple[str, str]], name: str) -> None:
    ents, pos = [], 0
    for surface, typ in spans:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, BODY_NAMES.get(surface, surface)))
        pos = s + len(surface)
    national_bodies(text, ents)
    assert ents[-1].name == name
