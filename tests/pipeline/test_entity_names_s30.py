"""Names the document writes, session 30 (issue 13 names, names17), on ``spacy.blank("en")``
through ``coref.link_names`` and ``naming``:
- ``parts.without_opening_place`` (read by ``tail_forms`` and ``bodies.national_bodies``): a
  body's name without the province, state or people it opens with, "of" inside it, is that
  body where the document gave the long name first ("the Ministry of Agriculture" after "the
  Manitoba Ministry of Agriculture"), and takes no country's title;
- ``initials._spells_by_parts``: an acronym takes a letter from each part of a hyphenated word
  or of a word joined by "&", none from a word in lower case ("RAWQA" of "Rhône-Alpes Water
  Quality Agency", "CAMI" of "Corran A&M Institute", "KMTA" of "Kompania ng Malinis na Tubig ng
  Antipolo");
- ``linking.link_persons``: a body a table names, NER read as a person, keeps the table's name
  whole ("Defra" -> "Department for Environment, Food and Rural Affairs", its comma kept).
Invented texts; each rule has cases that must stay untouched.
"""

from __future__ import annotations

import pytest

from briefx.pipeline.coref.initials import _spells_by_parts
from briefx.pipeline.coref.parts import without_opening_place
from briefx.pipeline.entities.linking import link_persons
from briefx.pipeline.entities.mention import Mention
from tests.pipeline.conftest import linked_marks

ENGLISH = frozenset({"said", "the", "on", "rose", "fell", "in", "its", "a", "of", "central"})


def org(name: str) -> tuple[str, str, str]:
    return (name, "ORG", name)


MANITOBA = "Manitoba Ministry of Agriculture"
WELSH = "Welsh Office of Water Standards"
OREGON = "Oregon State Board of Forestry"
ALBERTA = "Alberta Ministry of Agriculture"

OPENING_PLACE = [
    # the long name, then the name without its province, people or state
    (f"The {MANITOBA} cut grants. The Ministry of Agriculture said farms would adapt.",
     [org(MANITOBA), org("Ministry of Agriculture")],
     [MANITOBA] * 2),
    (f"The {WELSH} fined a supplier. The Office of Water Standards said leaks rose.",
     [org(WELSH), org("Office of Water Standards")],
     [WELSH] * 2),
    (f"The {OREGON} voted on Monday. Board of Forestry members said logging would stop.",
     [org(OREGON), org("Board of Forestry")],
     [OREGON] * 2),
    # untouched: two long names fit, the short form comes first, a word that is no place
    # ("Central", a direction; "National"), a short form of two words
    (f"The {MANITOBA} and the {ALBERTA} met. The Ministry of Agriculture said little.",
     [org(MANITOBA), org(ALBERTA), org("Ministry of Agriculture")],
     [MANITOBA, ALBERTA, "Ministry of Agriculture"]),
    (f"The Ministry of Agriculture said on Monday that the {MANITOBA} cut grants.",
     [org("Ministry of Agriculture"), org(MANITOBA)],
     ["Ministry of Agriculture", MANITOBA]),
    ("The Central Bank of Ireland fined a lender. Bank of Ireland shares rose.",
     [org("Central Bank of Ireland"), org("Bank of Ireland")],
     ["Central Bank of Ireland", "Bank of Ireland"]),
    # a country's people open the long name: the national body's title, as before (since
    # session 31 the people's name is cut off as a NORP: ``bodies.country_led_bodies``)
    ("The Kenyan Ministry of Health opened clinics in Nairobi and Mombasa. Ministry of Health staff.",
     [org("Kenyan Ministry of Health"), ("Nairobi", "GPE", "Nairobi"),
      ("Mombasa", "GPE", "Mombasa"), org("Ministry of Health")],
     ["Kenyan", "Ministry of Health (Kenya)", "Nairobi", "Mombasa", "Ministry of Health (Kenya)"]),
    ("The National Bank of Canada said profit rose. The Bank of Canada said rates held.",
     [org("National Bank of Canada"), org("Bank of Canada")],
     ["National Bank of Canada", "Bank of Canada"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), OPENING_PLACE)
def test_opening_place(text: str, marks: list[tuple[str, str, str]], expected: list[str]) -> None:
    assert [name for _, _, name in linked_marks(text, marks, ENGLISH)] == expected


WITHOUT_PLACE = [
    ("Manitoba Ministry of Agriculture", "Ministry of Agriculture"),
    ("Washington State Department of Health", "Department of Health"),
    ("European Court of Human Rights", "Court of Human Rights"),
    ("Queensland Office of Fair Rents", "Office of Fair Rents"),
    # none: no place, a direction, a rest of two words, no "of"/"for" in the rest
    ("National Bank of Canada", None),
    ("Central Bank of Ireland", None),
    ("South Board of Rail Safety", None),
    ("Ontario Power Generation", None),
    ("Kenya Revenue Authority", None),
]


@pytest.mark.parametrize(("name", "expected"), WITHOUT_PLACE)
def test_without_opening_place(name: str, expected: str | None) -> None:
    assert without_opening_place(name.split()) == expected


RAWQA = "Rhône-Alpes Water Quality Agency"
CAMI = "Corran A&M Institute"
KMTA = "Kompania ng Malinis na Tubig ng Antipolo"

BY_PARTS = [
    (f"The {RAWQA} ordered checks. RAWQA inspectors found bacteria.",
     [org(RAWQA), org("RAWQA")],
     [RAWQA] * 2),
    (f"{CAMI} opened a station. CAMI said 25 scientists would work there.",
     [org(CAMI), org("CAMI")],
     [CAMI] * 2),
    # a word in capitals gives all its letters
    ("The UK Rail Safety Board said faults rose. UKRSB said the risk was low.",
     [org("UK Rail Safety Board"), org("UKRSB")],
     ["UK Rail Safety Board"] * 2),
    ("The EU Maritime Safety Office met. EUMSO staff said ports were safe.",
     [org("EU Maritime Safety Office"), org("EUMSO")],
     ["EU Maritime Safety Office"] * 2),
    # the acronym first, little words of another language
    (f"KMTA raised tariffs. The {KMTA} said pipes were old.",
     [org("KMTA"), org(KMTA)],
     [KMTA] * 2),
    # untouched: letters that fit two names, letters that leave a part out
    (f"The {RAWQA} and the Royal Automobile Workers Quality Association met. RAWQA said little.",
     [org(RAWQA), org("Royal Automobile Workers Quality Association"), org("RAWQA")],
     [RAWQA, "Royal Automobile Workers Quality Association", "RAWQA"]),
    (f"The {RAWQA} ordered checks. RAQA inspectors found bacteria.",
     [org(RAWQA), org("RAQA")],
     [RAWQA, "RAQA"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), BY_PARTS)
def test_acronyms_by_parts(
    text: str, marks: list[tuple[str, str, str]], expected: list[str]
) -> None:
    assert [name for _, _, name in linked_marks(text, marks, ENGLISH)] == expected


SPELLS = [
    ("PSG", "Paris Saint-Germain", True),
    ("TAMU", "Texas A&M University", True),
    ("BSP", "Bangko Sentral ng Pilipinas", True),
    ("INVS", "Instituto Nacional de Vivienda y Suelo", True),
    ("UKHSA", "UK Health Security Agency", True),
    ("NHSE", "NHS England", True),
    ("KNHRC", "KN Human Rights Commission", True),
    # no: one letter a word where no part or little word is read otherwise (the plain rule's),
    # a part left out, a lower-case first word, two letters
    ("NWA", "National Water Agency", False),
    ("PS", "Paris Saint-Germain", False),
    ("PG", "Paris Saint-Germain", False),
    ("SP", "ng Sentral Pilipinas", False),
    ("UKSA", "UK Health Security Agency", False),
    ("NHS", "NHS England", False),
]


@pytest.mark.parametrize(("acronym", "name", "expected"), SPELLS)
def test_spells_by_parts(acronym: str, name: str, expected: bool) -> None:
    assert _spells_by_parts(acronym, name.split()) is expected


DEFRA = "Department for Environment, Food and Rural Affairs"
FCDO = "Foreign, Commonwealth and Development Office"


@pytest.mark.parametrize(
    ("text", "table_type", "name", "expected"),
    [
        ("Defra", "ORG", DEFRA, DEFRA),
        ("FCDO", "ORG", FCDO, FCDO),
        ("Dsit", "ORG", "Department for Science, Innovation and Technology",
         "Department for Science, Innovation and Technology"),
        # untouched: a person keeps the person's canonical form
        ("Lloyd J. Austin III", None, "Lloyd J. Austin III", "Lloyd Austin"),
        ("Austin", "PERSON", "Lloyd J. Austin III", "Lloyd Austin"),
    ],
)  # fmt: skip
def test_person_label_keeps_table_body(
    text: str, table_type: str | None, name: str, expected: str
) -> None:
    m = Mention(0, len(text), text, "PERSON")
    names, types = [name], [table_type]
    link_persons([m], names, types)
    assert names == [expected]


def person_mentions(text: str, surfaces: list[str]) -> list[Mention]:
    out, pos = [], 0
    for surface in surfaces:
        s = text.index(surface, pos)
        out.append(Mention(s, s + len(surface), surface, "PERSON"))
        pos = s + len(surface)
    return out


# linking._latest_before: a surname two people share is the one the text named last before it
SHARED_SURNAME = [
    ("Jane Smith and her brother John Smith founded it. Smith said it would grow.",
     ["Jane Smith", "John Smith", "Smith"],
     ["Jane Smith", "John Smith", "John Smith"]),
    ("Coach Maria Lopez watched her son Diego Lopez score. Lopez said it was a surprise.",
     ["Maria Lopez", "Diego Lopez", "Lopez"],
     ["Maria Lopez", "Diego Lopez", "Diego Lopez"]),
    ("Judge Ann Park ruled. Her husband Tom Park said little. Ann Park left. Park smiled.",
     ["Ann Park", "Tom Park", "Ann Park", "Park"],
     ["Ann Park", "Tom Park", "Ann Park", "Ann Park"]),
    # untouched: one person named longer and shorter, the surname before both full names
    ("Sultan Al Jaber spoke. Al Jaber said talks went on. Jaber added more.",
     ["Sultan Al Jaber", "Al Jaber", "Jaber"],
     ["Sultan Al Jaber", "Sultan Al Jaber", "Sultan Al Jaber"]),
    ("Smith spoke first. Jane Smith and John Smith then took questions.",
     ["Smith", "Jane Smith", "John Smith"],
     ["Jane Smith", "Jane Smith", "John Smith"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surfaces", "expected"), SHARED_SURNAME)
def test_shared_surname(text: str, surfaces: list[str], expected: list[str]) -> None:
    mentions = person_mentions(text, surfaces)
    names = [m.text for m in mentions]
    link_persons(mentions, names, [None] * len(mentions))
    assert names == expected
