"""Short forms and acronyms of session 40 (orglink40, issue 13 names) on ``spacy.blank("en")``
and the tables, and through the whole pipeline for the statements' speakers: a body's head word
or last words written before the body's full name ("The Commission said ... The European
Commission"), an acronym of a native name with elided articles ("BCEAO" of "Banque Centrale
des Etats de l'Afrique de l'Ouest"). Invented texts; each rule has cases that must stay
untouched.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy

from briefx.pipeline.coref.initials import _bare, _initials_in_order, _spells_by_parts
from briefx.pipeline.entities.linking import find_acronyms
from briefx.pipeline.entities.spans import _short_in_body
from briefx.records import Brief
from tests.pipeline.conftest import linked_marks as linked

Mark = tuple[str, str, str]  # (surface, type, name before linking)


def org(name: str) -> Mark:
    return (name, "ORG", name)


# coref.head_nouns: "the <head>" NER left untagged, written before any body, is the one body of
# the document whose name ends with it, where the head is a body's kind word
HEADS_FIRST = [
    (("The Commission said on Monday it would fine the firm. The Northern Trade Commission has "
     "opened 12 cases."), [org("Northern Trade Commission")], "Commission", "Northern Trade Commission"),
    ("The Fund said it would send a mission. The Caspian Monetary Fund has lent $3 billion.",
     [org("Caspian Monetary Fund")], "Fund", "Caspian Monetary Fund"),
    ("The Agency said oil demand would peak, in a report from the Polar Energy Agency.",
     [org("Polar Energy Agency")], "Agency", "Polar Energy Agency"),
    ("The Council said 30% of the homes would be affordable. Marlow City Council met.",
     [org("Marlow City Council")], "Council", "Marlow City Council"),
]  # fmt: skip

# untouched: two bodies end with the head, a head that is no body's kind word ("Bank"), no
# "the" before it, the head before "of" in the long name, a lower-case head
HEADS_FIRST_STAY = [
    ("The Commission said so. The Northern Trade Commission met the Southern Water Commission.",
     [org("Northern Trade Commission"), org("Southern Water Commission")], "Commission"),
    ("The Bank said it would lend more. The Caspian Savings Bank has 40 branches.",
     [org("Caspian Savings Bank")], "Bank"),
    ("Commission staff met. The Northern Trade Commission said so.",
     [org("Northern Trade Commission")], "Commission"),
    ("The Ministry said so. The Ministry of Roads met.", [org("Ministry of Roads")], "Ministry"),
    ("The agency said so. The Polar Energy Agency met.", [org("Polar Energy Agency")], "agency"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "head", "name"), HEADS_FIRST)
def test_head_noun_before_its_body(text: str, marks: list[Mark], head: str, name: str) -> None:
    got = {s: n for s, _, n in linked(text, marks)}
    assert got[head] == name


@pytest.mark.parametrize(("text", "marks", "head"), HEADS_FIRST_STAY)
def test_head_noun_before_stays(text: str, marks: list[Mark], head: str) -> None:
    got = {s for s, _, _ in linked(text, marks)}
    assert head not in got


def test_head_noun_after_its_body_still_nearest() -> None:
    """After the bodies, the nearest one named before with that head, as before."""
    text = "The Polar Energy Agency met. The Baltic Water Agency said so; the Agency named two."
    got = linked(text, [org("Polar Energy Agency"), org("Baltic Water Agency")])
    assert got[-1] == ("Agency", "ORG", "Baltic Water Agency")


# coref.tail_forms: a tail NER tagged before any long name, ending with a body's head word, is the
# one long name of the document it ends
TAILS_FIRST = [
    (("The Monetary Authority said the peg was safe. The Harbour Isles Monetary Authority sold "
     "HK$2 billion."), ["Monetary Authority", "Harbour Isles Monetary Authority"],
     "Harbour Isles Monetary Authority"),
    ("The Weather Service issued a watch. The Northern Weather Service said so.",
     ["Weather Service", "Northern Weather Service"], "Northern Weather Service"),
    ("The Statistical Office said exports fell. The Federal Statistical Office met.",
     ["Statistical Office", "Federal Statistical Office"], "Federal Statistical Office"),
]  # fmt: skip

# untouched: a tail of no body's head word (a name of its own), a tail of two long names, the part
# before "of" or the name without its place
TAILS_FIRST_STAY = [
    ("Red Cross volunteers came on Monday. The American Red Cross said more would follow.",
     ["Red Cross", "American Red Cross"]),
    (("The Weather Service met. The Northern Weather Service and the Southern Weather Service "
     "said so."), ["Weather Service", "Northern Weather Service", "Southern Weather Service"]),
    ("The Port Authority met. The Maritime and Port Authority of Singapore said so.",
     ["Port Authority", "Maritime and Port Authority of Singapore"]),
    ("The Port Authority met. The Port of Rotterdam Authority said so.",
     ["Port Authority", "Port of Rotterdam Authority"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surfaces", "name"), TAILS_FIRST)
def test_tail_before_its_body(text: str, surfaces: list[str], name: str) -> None:
    got = linked(text, [org(s) for s in surfaces])
    assert got[0] == (surfaces[0], "ORG", name)


@pytest.mark.parametrize(("text", "surfaces"), TAILS_FIRST_STAY)
def test_tail_before_stays(text: str, surfaces: list[str]) -> None:
    got = linked(text, [org(s) for s in surfaces])
    assert got[0] == (surfaces[0], "ORG", surfaces[0])


# coref.initials: an elided article gives no letter; the word after it gives its initial
ELIDED = [
    ("l'Afrique", "Afrique"),
    ("d'Ivoire", "Ivoire"),
    ("dell'Economia", "Economia"),
    # untouched: no capital after the apostrophe, a name's own apostrophe
    ("l'eau", "l'eau"),
    ("O'Neill", "O'Neill"),
    ("People's", "People's"),
]


@pytest.mark.parametrize(("word", "want"), ELIDED)
def test_bare(word: str, want: str) -> None:
    assert _bare(word) == want


NATIVE = [
    ("BCEAO", "Banque Centrale des Etats de l'Afrique de l'Ouest", True),
    ("MEF", "Ministero dell'Economia e delle Finanze", True),
    ("INSEE", "Institut National de la Statistique et des Etudes Economiques", True),
    # untouched: letters the name does not give, in order
    ("BCAO", "Banque Centrale des Etats de l'Afrique de l'Ouest", False),
    ("BEAC", "Banque Centrale des Etats de l'Afrique de l'Ouest", False),
]


@pytest.mark.parametrize(("acronym", "name", "want"), NATIVE)
def test_native_acronyms(acronym: str, name: str, want: bool) -> None:
    got = _spells_by_parts(acronym, name.split()) or (
        _initials_in_order(acronym, name)
        and len(acronym) == len([w for w in map(_bare, name.split()) if w[:1].isupper()])
    )
    assert got is want


def test_native_acronym_defined_links() -> None:
    text = (
        "The Banque Centrale des Etats de l'Afrique de l'Ouest (BCEAO) left its rate at 3.5%. "
        "The BCEAO said prices rose."
    )
    name = "Banque Centrale des Etats de l'Afrique de l'Ouest"
    got = linked(text, [org(name), org("BCEAO"), org("BCEAO")])
    assert [n for _, _, n in got] == [name, name, name]


# the statements' speakers follow the linked names (the whole pipeline)
SPEAKERS = [
    (("BRUSSELS, March 12 - The Commission said on Thursday it would fine the carmaker 400 million "
     "euros. The European Commission has opened 12 such cases this year.\n"),
     "European Commission"),
    (("NAIROBI, Sept 9 - The Fund said on Wednesday it would send a mission to Kenya next month. The "
     "International Monetary Fund has lent Kenya $3.6 billion since 2021.\n"),
     "International Monetary Fund"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "speaker"), SPEAKERS)
def test_speaker_follows_head_before_body(
    run: Callable[..., Brief], text: str, speaker: str
) -> None:
    brief = run(text, reference_date="2026-06-01")
    names = {e.id: e.name for e in brief.entities}
    assert [names.get(s.speaker) for s in brief.statements][:1] == [speaker]


# entities.spans.heading_filter: a heading's ORG whose head, a body's kind word, the text after
# it writes as "the <head>" is kept (a "From:" line, a headline)
SHORT_IN_BODY = [
    ("Ministry of Agriculture and Rural Development", "The Ministry said so.", True),
    ("Kenya Ports Authority", "Fees rise, the Authority said.", True),
    ("Office for Budget Responsibility", "The Office said so.", True),
    # untouched: no "the <head>" after it, a head that is no body's kind word, a longer name
    ("Ministry of Agriculture", "Farmers said so.", False),
    ("Farmers Face", "The Face said so.", False),
    ("Ministry of Agriculture", "The Ministry of Finance said so.", False),
    ("Kenya Ports Authority", "The Authority Board met.", False),
]


@pytest.mark.parametrize(("name", "after", "want"), SHORT_IN_BODY)
def test_short_in_body(name: str, after: str, want: bool) -> None:
    text = f"From: {name}\n\n{after}\n"
    assert _short_in_body(name.split(), text, 6 + len(name)) is want


def test_from_line_body_named(run: Callable[..., Brief]) -> None:
    text = (
        "From: Ministry of Agriculture and Rural Development\n\nNew seed subsidy opens\n\n"
        "The Ministry said on Tuesday that 120,000 farmers had registered for the subsidy.\n"
    )
    brief = run(text, reference_date="2026-07-21")
    name = "Ministry of Agriculture and Rural Development"
    names = {e.id: e.name for e in brief.entities}
    assert {m.text: e.name for e in brief.entities for m in e.mentions}.get("Ministry") == name
    assert [names.get(s.speaker) for s in brief.statements] == [name]


# entities.linking.find_acronyms: a name a hard line break runs across is read on, a hyphen inside a
# word is no word of it; a blank line ends it
BROKEN = [
    ("The Northern Rivers Water\nAuthority (NRWA) said so.", "NRWA",
     "Northern Rivers Water Authority"),
    ("The Caspian Freight\nCorporation (CFC) said so.", "CFC", "Caspian Freight Corporation"),
    ("The Northern Rivers Water Authority (NRWA) said so.", "NRWA",
     "Northern Rivers Water Authority"),
    # a hyphen inside a word: each part gives its letter
    ("The Anti-Money Laundering Authority (AMLA) began work.", "AMLA",
     "Anti-Money Laundering Authority"),
    ("The Franco-German Energy Office (FGEO) met.", "FGEO", "Franco-German Energy Office"),
    # untouched: an acronym of the words after the hyphenated one
    ("The Anti-Money Laundering Authority (MLA) began work.", "MLA",
     "Money Laundering Authority"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "acronym", "name"), BROKEN)
def test_expansion_across_line_break(text: str, acronym: str, name: str) -> None:
    names, _, found, _ = find_acronyms(spacy.blank("en")(text), [])
    assert names.get(acronym) == name
    assert any(" ".join(m.text.split()) == name for m in found)


def test_blank_line_ends_expansion() -> None:
    text = "Northern Rivers Water\n\nAuthority (NRWA) said so."
    names, _, _, _ = find_acronyms(spacy.blank("en")(text), [])
    assert names.get("NRWA") != "Northern Rivers Water Authority"
