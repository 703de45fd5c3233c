"""Session 38 (qualify38): a body whose name many countries share takes its country. The
country the document names more often than any other (its dateline counting) where no one
country is named twice as often; the country its owner's own name holds ("the Central Bank of
Kenya's Monetary Policy Committee"); the title one mention took, for the same name's other
mentions, and for the acronyms and short forms linked to the bare name later
(``qualified_forms``); lower chambers by their pattern rows ("Chamber of Deputies (Italy)").
Untouched: two countries named alike, an owner whose name holds no country, the Bank of
England's committee (titled bare), two countries' titles of one name (``coref.bodies``)."""

from __future__ import annotations

import pytest

from briefx.normalize.names import national_body
from briefx.pipeline.coref.bodies import _name_country, national_bodies, qualified_forms
from briefx.pipeline.coref.countries import _country_names
from briefx.pipeline.coref.ent import Ent
from tests.pipeline.conftest import ents_of

ENGLISH = frozenset(
    {"labour", "conservative", "liberal", "monetary", "policy", "committee", "socialist", "party"}
    | {"international", "cricket", "olympic", "world", "heritage", "national", "security"}
)

NAMES = {"OSLO": "Oslo", "MANILA": "Manila", "Britain": "United Kingdom", "NAIROBI": "Nairobi"}


CASES = [
    # the country named more often than any other, the dateline counting
    ("OSLO, Sept 9 - Norway's Labour Party won. The Conservative Party lost. Sweden said so.",
     [("OSLO", "GPE"), ("Norway", "GPE"), ("Labour Party", "ORG"), ("Conservative Party", "ORG"),
      ("Sweden", "GPE")],
     ["Labour Party (Norway)", "Conservative Party (Norway)"]),
    (("MANILA, May 2 - The Liberal Party will field a candidate. The Philippines votes in 2028, "
     "and Indonesia is watching."),
     [("MANILA", "GPE"), ("Liberal Party", "ORG"), ("Philippines", "GPE"), ("Indonesia", "GPE")],
     ["Liberal Party (Philippines)"]),
    ("The Socialist Party won in Portugal, Portugal's rivals in Spain said.",
     [("Socialist Party", "ORG"), ("Portugal", "GPE"), ("Portugal", "GPE"), ("Spain", "GPE")],
     ["Socialist Party (Portugal)"]),
    # untouched: the country named most is not the one the story opens with
    (
        "The Socialist Party won in Portugal. Rivals in Spain and Spain's press said so.",
        [("Socialist Party", "ORG"), ("Portugal", "GPE"), ("Spain", "GPE"), ("Spain", "GPE")],
        ["Socialist Party"],
    ),
    # untouched: the country named most first named after the opening paragraph
    (
        ("ABIDJAN/ACCRA, Oct 1 - Prices rose.\n\nThe regulator, the Liberal Party, agreed.\n\n"
        "In Ghana, Ghana's board and Togo said so."),
        [("ABIDJAN", "GPE"), ("Liberal Party", "ORG"), ("Ghana", "GPE"), ("Ghana", "GPE"),
         ("Togo", "GPE")],
        ["Liberal Party"],
    ),
    # the owner's own name holds the country
    ("The Central Bank of Kenya's Monetary Policy Committee held rates.",
     [("Central Bank of Kenya", "ORG"), ("Monetary Policy Committee", "ORG")],
     ["Monetary Policy Committee (Kenya)"]),
    ("The Reserve Bank of India's Monetary Policy Committee held rates.",
     [("Reserve Bank of India", "ORG"), ("Monetary Policy Committee", "ORG")],
     ["Monetary Policy Committee (India)"]),
    ("The South African Reserve Bank's Monetary Policy Committee held rates.",
     [("South African Reserve Bank", "ORG"), ("Monetary Policy Committee", "ORG")],
     ["Monetary Policy Committee (South Africa)"]),
    # the chain: one mention placed by its sentence's towns, the other by the first
    (("Kenya and Uganda held talks. The Labour Party rallied in Mombasa and Kisumu. "
     "The Labour Party lost."),
     [("Kenya", "GPE"), ("Uganda", "GPE"), ("Labour Party", "ORG"), ("Mombasa", "GPE"),
      ("Kisumu", "GPE"), ("Labour Party", "ORG")],
     ["Labour Party (Kenya)", "Labour Party (Kenya)"]),
    # untouched: two countries named alike; an owner whose name holds no country; the Bank of
    # England's committee, whose title is the bare name
    ("The Liberal Party is trailing in Canada and Australia.",
     [("Liberal Party", "ORG"), ("Canada", "GPE"), ("Australia", "GPE")], ["Liberal Party"]),
    ("The Liberal Party is trailing in Canada and Australia; in Canada and in Australia.",
     [("Liberal Party", "ORG"), ("Canada", "GPE"), ("Australia", "GPE"), ("Canada", "GPE"),
      ("Australia", "GPE")], ["Liberal Party"]),
    ("The Authority's Monetary Policy Committee met in Kenya.",
     [("Authority", "ORG"), ("Monetary Policy Committee", "ORG"), ("Kenya", "GPE")],
     ["Monetary Policy Committee"]),
    ("The Bank of England's Monetary Policy Committee cut rates.",
     [("Bank of England", "ORG"), ("Monetary Policy Committee", "ORG")],
     ["Monetary Policy Committee"]),
    # untouched: a body whose words make it the world's, in a story led by one country
    # (session 38: the leading country gave "International Cricket Council (India)")
    ("NAIROBI, May 2 - Kenya's board met the International Cricket Council. Kenya won; Uganda lost.",
     [("NAIROBI", "GPE"), ("Kenya", "GPE"), ("International Cricket Council", "ORG"),
      ("Kenya", "GPE"), ("Uganda", "GPE")],
     ["International Cricket Council"]),
    ("OSLO, Sept 9 - Norway's bid reached the International Olympic Committee. Sweden said so.",
     [("OSLO", "GPE"), ("Norway", "GPE"), ("International Olympic Committee", "ORG"),
      ("Sweden", "GPE")],
     ["International Olympic Committee"]),
    ("OSLO, Sept 9 - Norway asked the World Heritage Committee to act. Sweden said so.",
     [("OSLO", "GPE"), ("Norway", "GPE"), ("World Heritage Committee", "ORG"), ("Sweden", "GPE")],
     ["World Heritage Committee"]),
    # ... while a national body of the same head takes the leading country
    ("OSLO, Sept 9 - Norway's National Security Council met. Sweden said so.",
     [("OSLO", "GPE"), ("Norway", "GPE"), ("National Security Council", "ORG"), ("Sweden", "GPE")],
     ["National Security Council (Norway)"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "want"), CASES)
def test_shared_bodies_take_country(
    text: str, spans: list[tuple[str, str]], want: list[str]
) -> None:
    ents = ents_of(text, spans, NAMES)
    owners = {"Central Bank of Kenya", "Reserve Bank of India", "South African Reserve Bank"}
    owners |= {"Bank of England", "Authority"}
    national_bodies(text, ents, ENGLISH)
    got = [e.name for e in ents if e.type == "ORG" and text[e.start : e.end] not in owners]
    assert got == want


OWNERS = [
    ("Central Bank of Kenya", "Kenya"),
    ("Reserve Bank of India", "India"),
    ("Bank of England", "United Kingdom"),  # (a country's first-level subdivision)
    ("South African Reserve Bank", "South Africa"),
    ("Bank of the Philippines", "Philippines"),
    ("Authority", None),
    ("Federal Reserve", None),
    ("Bank of Lagos", None),  # (a city: no country's name)
]


@pytest.mark.parametrize(("name", "want"), OWNERS)
def test_name_country(name: str, want: str | None) -> None:
    assert _name_country(name, _country_names()) == want


FORMS = [
    # an acronym linked to the bare name takes the title its written-out mention took
    ("The Socialist Party (PS) lost. The PS said so.",
     [("Socialist Party (Portugal)", "Socialist Party"), ("Socialist Party", "PS"),
      ("Socialist Party", "PS")],
     ["Socialist Party (Portugal)"] * 3),
    ("The MPC met. The Monetary Policy Committee (Kenya) held rates.",
     [("Monetary Policy Committee", "MPC"),
      ("Monetary Policy Committee (Kenya)", "Monetary Policy Committee")],
     ["Monetary Policy Committee (Kenya)"] * 2),
    # untouched: a mention whose own text is the bare name; two countries' titles; a bracket
    # that is no country
    ("The Socialist Party (Portugal) and the Socialist Party met.",
     [("Socialist Party (Portugal)", "Socialist Party (Portugal)"),
      ("Socialist Party", "Socialist Party")],
     ["Socialist Party (Portugal)", "Socialist Party"]),
    ("The Socialist Party (Portugal) and the Socialist Party (Spain) met. The PS said so.",
     [("Socialist Party (Portugal)", "Socialist Party (Portugal)"),
      ("Socialist Party (Spain)", "Socialist Party (Spain)"), ("Socialist Party", "PS")],
     ["Socialist Party (Portugal)", "Socialist Party (Spain)", "Socialist Party"]),
    ("The Labour Party (UK) said so. Labour agreed.",
     [("Labour Party (UK)", "Labour Party (UK)"), ("Labour Party", "Labour")],
     ["Labour Party (UK)", "Labour Party"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "want"), FORMS)
def test_qualified_forms(text: str, spans: list[tuple[str, str]], want: list[str]) -> None:
    ents, pos = [], 0
    for name, surface in spans:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), "ORG", name))
        pos = s + len(surface)
    qualified_forms(text, ents)
    assert [e.name for e in ents] == want


CHAMBERS = [
    ("Chamber of Deputies", "Italy", "Chamber of Deputies (Italy)"),
    ("Chamber of Deputies", "Czech Republic", "Chamber of Deputies (Czech Republic)"),  # no "the"
    ("Chamber of Deputies", "Chile", "Chamber of Deputies of Chile"),
    ("Chamber of Deputies", "Argentina", "Argentine Chamber of Deputies"),
    ("House of Representatives", "Netherlands", "House of Representatives (Netherlands)"),
    ("House of Representatives", "Egypt", "House of Representatives (Egypt)"),
    ("House of Representatives", "Indonesia", "People's Representative Council"),
    ("House of Representatives", "United States", "United States House of Representatives"),
    ("House of Representatives", "Philippines", "House of Representatives of the Philippines"),
    ("House of Representatives", "Belgium", None),
    ("National Assembly", "Zambia", "National Assembly of Zambia"),
    ("National Assembly", "Kenya", "National Assembly (Kenya)"),
    ("Supreme Court", "Philippines", "Supreme Court of the Philippines"),  # ("the" kept)
]


@pytest.mark.parametrize(("short", "country", "want"), CHAMBERS)
def test_chamber_titles(short: str, country: str, want: str | None) -> None:
    assert national_body(short, country) == want
