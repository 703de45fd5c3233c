"""Organisation names of session 17 (issue 13 names, dev set 18n) on ``spacy.blank("en")`` and
the tables, and through the whole pipeline: national courts, chambers, electoral bodies and
parties named without their country take the title of the one country the text is about
(``models/national_bodies.jsonl``, ``coref.national_bodies``). Invented texts; each rule has
cases that must stay untouched.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy

from briefx.normalize.names import lookup_department, national_body
from briefx.pipeline.coref import Ent, sole_country
from briefx.records import Brief
from tests.pipeline.conftest import by_mention, linked_marks

NLP = spacy.blank("en")
ENGLISH = frozenset({"said", "the", "on", "ruled", "met", "voted"})


def linked(text: str, marks: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """(surface, type, name) after ``coref.link_names``; marks at their next occurrence."""
    return linked_marks(text, marks, ENGLISH)


# names.national_body: the table's title of a country's body, its pattern, "the", no body
NATIONAL_BODY = [
    ("Supreme Court", "Ghana", "Supreme Court of Ghana"),
    ("Supreme Court", "Netherlands", "Supreme Court of the Netherlands"),
    ("Constitutional Court", "Colombia", "Constitutional Court of Colombia"),
    ("Constitutional Court", "Germany", "Federal Constitutional Court"),
    ("Senate", "Chile", "Senate of Chile"),
    ("Senate", "Australia", "Australian Senate"),
    ("Senate", "United States", "United States Senate"),
    ("House of Commons", "United Kingdom", "House of Commons of the United Kingdom"),
    # (session 38: Zambia's is titled "National Assembly of Zambia", a title row; Kenya's
    # follows the pattern)
    ("National Assembly", "Kenya", "National Assembly (Kenya)"),
    ("National Assembly", "Zambia", "National Assembly of Zambia"),
    ("National Assembly", "Pakistan", "National Assembly of Pakistan"),
    ("National Disaster Management Authority", "India", "National Disaster Management Authority (India)"),
    ("Labour", "Ireland", "Labour Party (Ireland)"),
    ("Liberal Party", "Australia", "Liberal Party of Australia"),
    # untouched: a country with no national body of the name, a party the table has no row for
    ("High Court", "India", None),
    ("Supreme Court", "France", None),
    ("Labour", "Chile", None),
    ("Conservative Party", "Norway", None),
]  # fmt: skip


@pytest.mark.parametrize(("short", "country", "name"), NATIONAL_BODY)
def test_national_body(short: str, country: str, name: str | None) -> None:
    assert national_body(short, country) == name


# names.lookup_department reads the U.S. rows of the same table (session 7's us_bodies)
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Senate", "United States Senate"),
        ("Capitol", "United States Capitol"),
        ("U.S. House of Representatives", "United States House of Representatives"),
        ("Constitutional Court", None),  # no U.S. row: stays
        ("Labour", None),
    ],
)
def test_us_rows(text: str, name: str | None) -> None:
    assert lookup_department(text) == name


# coref.sole_country: the one country a text is about, none where two compete or a union is named
SOLE_COUNTRY = [
    ("ACCRA, May 8 - The court met.", [("ACCRA", "GPE", "Accra")], "Ghana"),
    ("Chile said so. Chile and Peru met. Chile voted.",
     [("Chile", "GPE", "Chile"), ("Chile", "GPE", "Chile"), ("Peru", "GPE", "Peru"),
      ("Chile", "GPE", "Chile")], "Chile"),
    ("The Norwegian minister said Norway would vote.",
     [("Norwegian", "NORP", "Norwegian"), ("Norway", "GPE", "Norway")], "Norway"),
    # untouched: two countries as often, a union of countries, no country
    ("Chile and Peru met.", [("Chile", "GPE", "Chile"), ("Peru", "GPE", "Peru")], None),
    ("LIMA, Jan 5 - Chile said so. Chile voted.",
     [("LIMA", "GPE", "Lima"), ("Chile", "GPE", "Chile"), ("Chile", "GPE", "Chile")], None),
    ("Spain and the EU met.", [("Spain", "GPE", "Spain"), ("EU", "ORG", "European Union")], None),
    ("The court met.", [], None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "country"), SOLE_COUNTRY)
def test_sole_country(text: str, marks: list[tuple[str, str, str]], country: str | None) -> None:
    ents, pos = [], 0
    for surface, typ, name in marks:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, name))
        pos = s + len(surface)
    assert sole_country(text, ents) == country


# coref.national_bodies: a body by its short name takes its country's title
NATIONAL_BODIES = [
    ("ACCRA, May 8 - The Supreme Court ruled on Thursday. Parliament met.",
     [("ACCRA", "GPE", "Accra"), ("Supreme Court", "ORG", "Supreme Court"),
      ("Parliament", "ORG", "Parliament")],
     [("ACCRA", "GPE", "Accra"), ("Supreme Court", "ORG", "Supreme Court of Ghana"),
      ("Parliament", "ORG", "Parliament of Ghana")]),
    ("Chile's Senate voted. The Constitutional Court ruled.",
     [("Chile", "GPE", "Chile"), ("Senate", "ORG", "Senate"),
      ("Constitutional Court", "ORG", "Constitutional Court")],
     [("Chile", "GPE", "Chile"), ("Senate", "ORG", "Senate of Chile"),
      ("Constitutional Court", "ORG", "Constitutional Court of Chile")]),
    ("Labour won in Ireland. Labour said so.",
     [("Labour", "ORG", "Labour"), ("Ireland", "GPE", "Ireland"), ("Labour", "ORG", "Labour")],
     [("Labour", "ORG", "Labour Party (Ireland)"), ("Ireland", "GPE", "Ireland"),
      ("Labour", "ORG", "Labour Party (Ireland)")]),
    ("The Election Commission met in Thailand.",
     [("Election Commission", "ORG", "Election Commission"), ("Thailand", "GPE", "Thailand")],
     [("Election Commission", "ORG", "Election Commission of Thailand"),
      ("Thailand", "GPE", "Thailand")]),
    # the country the text gives the body wins over the document's
    ("KAMPALA, May 2 - Uganda's High Court ruled. Kenya's High Court did not. Uganda voted.",
     [("KAMPALA", "GPE", "Kampala"), ("Uganda", "GPE", "Uganda"),
      ("High Court", "ORG", "High Court"), ("Kenya", "GPE", "Kenya"),
      ("High Court", "ORG", "High Court"), ("Uganda", "GPE", "Uganda")],
     [("KAMPALA", "GPE", "Kampala"), ("Uganda", "GPE", "Uganda"),
      ("High Court", "ORG", "High Court of Uganda"), ("Kenya", "GPE", "Kenya"),
      ("High Court", "ORG", "High Court of Kenya"), ("Uganda", "GPE", "Uganda")]),
    # untouched: two countries compete, a state's court, an international court, a longer name
    ("Chile and Peru met. The Senate voted.",
     [("Chile", "GPE", "Chile"), ("Peru", "GPE", "Peru"), ("Senate", "ORG", "Senate")],
     [("Chile", "GPE", "Chile"), ("Peru", "GPE", "Peru"), ("Senate", "ORG", "Senate")]),
    # (session 41: the state in a story about Australia takes its title, "Victoria (state)")
    ("Victoria's Supreme Court ruled in Australia.",
     [("Victoria", "GPE", "Victoria"), ("Supreme Court", "ORG", "Supreme Court"),
      ("Australia", "GPE", "Australia")],
     [("Victoria", "GPE", "Victoria (state)"), ("Supreme Court", "ORG", "Supreme Court"),
      ("Australia", "GPE", "Australia")]),
    ("The International Court of Justice ruled on Chile.",
     [("International Court of Justice", "ORG", "International Court of Justice"),
      ("Chile", "GPE", "Chile")],
     [("International Court of Justice", "ORG", "International Court of Justice"),
      ("Chile", "GPE", "Chile")]),
    ("The Senate Finance Committee met in Chile.",
     [("Senate Finance Committee", "ORG", "Senate Finance Committee"), ("Chile", "GPE", "Chile")],
     [("Senate Finance Committee", "ORG", "Senate Finance Committee"),
      ("Chile", "GPE", "Chile")]),
    ("Parliament met in Brussels. The EU said so. Belgium voted.",
     [("Parliament", "ORG", "Parliament"), ("Brussels", "GPE", "Brussels"),
      ("EU", "ORG", "European Union"), ("Belgium", "GPE", "Belgium")],
     [("Parliament", "ORG", "Parliament"), ("Brussels", "GPE", "Brussels"),
      ("EU", "ORG", "European Union"), ("Belgium", "GPE", "Belgium")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), NATIONAL_BODIES)
def test_national_bodies(
    text: str, marks: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert linked(text, marks) == expected


# the entities component (the whole pipeline): the same texts as a news brief
PIPELINE = [
    (("OTTAWA, June 3 - The Supreme Court ruled on Tuesday that the ban was lawful. Canada "
      "will appeal nothing, the minister said."), "Supreme Court", "Supreme Court of Canada"),
    (("WELLINGTON, Oct 2 - The budget passed Parliament on Thursday after a long debate in "
      "New Zealand."), "Parliament", "New Zealand Parliament"),
    (("ISLAMABAD, Aug 20 - The National Disaster Management Authority said on Tuesday that "
      "floods had hit Pakistan's north."), "National Disaster Management Authority",
     "National Disaster Management Authority (Pakistan)"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "name"), PIPELINE)
def test_pipeline(run: Callable[..., Brief], text: str, surface: str, name: str) -> None:
    brief = run(text, reference_date="2025-06-03")
    assert by_mention(brief, "name").get(surface) == name


def test_pipeline_two_countries(run: Callable[..., Brief]) -> None:
    text = (
        "OTTAWA, June 3 - Canada and Mexico met on Tuesday. Mexico said the Senate would vote. "
        "Canada agreed, and Mexico too."
    )
    brief = run(text, reference_date="2025-06-03")
    assert by_mention(brief, "name").get("Senate") in (None, "Senate")


# models/companies.jsonl (scripts/derive_companies.short_forms): a listed firm's first word alone
# where the rest only describes its business; untouched where it could name something else
COMPANY_SHORT_FORMS = [
    ("Meta", "Meta Platforms"),
    ("Astellas", "Astellas Pharma"),
    ("Alnylam", "Alnylam Pharmaceuticals"),
    ("Heineken", None),  # "Heineken International": the source's title, not the firm's
    ("Regeneron", "Regeneron Pharmaceuticals"),
    # untouched: an English word, a place, a name shared by two firms, a partner's name, an
    # acronym, a firm named after its home town
    ("General", None),
    ("Texas", None),
    ("Deutsche", None),
    ("Dassault", None),
    ("Goldman", None),
    ("CMS", None),
    ("Shizuoka", None),
]


@pytest.mark.parametrize(("text", "name"), COMPANY_SHORT_FORMS)
def test_company_short_forms(text: str, name: str | None) -> None:
    from briefx.normalize.names import lookup_company

    assert lookup_company(text) == name
