"""Canonical names from the document's own text, session 21 (issue 13 names, dev set 22n), on
``spacy.blank("en")`` through ``coref.link_names`` and through the whole pipeline:
- a short name the text gives before a group's whole name is that group ("Brightwater ...
  Brightwater Utilities Group plc"; ``short_names._whole_group``, ``group_head`` of
  ``models/entity_forms.jsonl``), or before a firm's registered name introduced in apposition
  ("Norvik ... Norvik Seafood ASA, which farms salmon"; ``short_names.INTRODUCED``), where a
  short name before a unit's name stays the parent's;
- a town NER read as a place is no family name written first of a "person" NER read in a
  club's name ("Leeds" beside "Leeds United"; ``people._known_place``);
- "the Transport Ministry" is the written ministry whose list of three or more subjects holds
  the subject ("Ministry of Land, Infrastructure, Transport and Tourism";
  ``bodies._subject_opens``), not a ministry of two subjects joined by "and";
- an organisation NER tagged without the capitalised words that open its name is named with
  them ("Electoral" + "Commission", "Sveriges" + "Riksbank"; ``variants.cut_openings``, on a
  blank pipeline whose tags the test sets), a firm without its sector's word after it
  ("Kestrel" + "Maritime"; ``variants.cut_tails``), and a place before the rest of a body's name joins
  it also where the rest has "and" or the place was typed LOC ("Nova Scotia" + "Utility and
  Review Board"; ``variants.place_heads``);
- a body's name without the place inside it stands for it ("the Port Authority" of "Port of
  Rotterdam Authority"; ``parts._without_place``);
- a name written in two letter cases is one name, its first letter a capital ("easyJet" and
  "EasyJet"; ``spellings.letter_cases``);
- an acronym NER read as a person spells a run of capitalised words NER missed ("ACCC";
  ``initials.spelled_runs``); an untagged first word English knows, opening a sentence before
  its verb, is the firm it opens ("Haldane said"; ``short_names``).
Invented texts; each rule has cases that must stay untouched.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy

from briefx.pipeline.coref import Ent, link_names
from briefx.pipeline.coref.bodies import _subject_opens
from briefx.records import Brief
from tests.pipeline.conftest import by_mention, linked_marks

ENGLISH = frozenset({"said", "the", "on", "rose", "fell", "met", "shares", "its", "unit", "rival"})


def linked(text: str, marks: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """(surface, type, name) after ``coref.link_names``; marks at their next occurrence."""
    return linked_marks(text, marks, ENGLISH)


def org(name: str) -> tuple[str, str, str]:
    return (name, "ORG", name)


# short_names._whole_group: a short name before a group's whole name is that group
GROUPS = [
    ("Brightwater said profit fell. Brightwater Utilities Group plc supplies water.",
     [org("Brightwater"), ("Brightwater Utilities Group plc", "ORG", "Brightwater Utilities Group")],
     [("Brightwater", "ORG", "Brightwater Utilities Group"),
      ("Brightwater Utilities Group plc", "ORG", "Brightwater Utilities Group")]),
    ("Korvald cut jobs. Korvald Holdings owns ferries. Korvald shares fell.",
     [org("Korvald"), org("Korvald Holdings"), org("Korvald")],
     [("Korvald", "ORG", "Korvald Holdings"), org("Korvald Holdings"),
      ("Korvald", "ORG", "Korvald Holdings")]),
    ("Ferrante rose. Ferrante Gruppo makes pasta.",
     [org("Ferrante"), org("Ferrante Gruppo")],
     [("Ferrante", "ORG", "Ferrante Gruppo"), org("Ferrante Gruppo")]),
    # the group beside its unit: the short name before both is the group's
    (("Brightwater said so. Brightwater Utilities Group runs it. Brightwater Energy, its unit, "
     "rose. Brightwater shares fell."),
     [org("Brightwater"), org("Brightwater Utilities Group"), org("Brightwater Energy"),
      org("Brightwater")],
     [("Brightwater", "ORG", "Brightwater Utilities Group"), org("Brightwater Utilities Group"),
      org("Brightwater Energy"), ("Brightwater", "ORG", "Brightwater Utilities Group")]),
    # untouched: a parent named before its unit (no group's head), a group word inside a name
    ("Siemens said sales rose. Siemens owns a stake in Siemens Energy AG.",
     [org("Siemens"), org("Siemens"), ("Siemens Energy AG", "ORG", "Siemens Energy")],
     [org("Siemens"), org("Siemens"), ("Siemens Energy AG", "ORG", "Siemens Energy")]),
    ("Volvo said profit fell. Its former unit Volvo Cars gained.",
     [org("Volvo"), org("Volvo Cars")], [org("Volvo"), org("Volvo Cars")]),
    ("Corran rose. Corran Group Logistics fell.",
     [org("Corran"), org("Corran Group Logistics")],
     [org("Corran"), org("Corran Group Logistics")]),
    # a firm's registered name introduced in apposition after its short name
    ("Norvik said profit rose. Norvik Seafood ASA, which farms salmon, raised its dividend.",
     [org("Norvik"), ("Norvik Seafood ASA", "ORG", "Norvik Seafood")],
     [("Norvik", "ORG", "Norvik Seafood"), ("Norvik Seafood ASA", "ORG", "Norvik Seafood")]),
    ("Belcourt said sales fell. Belcourt Cosmetiques SA, a perfume maker, cut its outlook.",
     [org("Belcourt"), ("Belcourt Cosmetiques SA", "ORG", "Belcourt Cosmetiques")],
     [("Belcourt", "ORG", "Belcourt Cosmetiques"),
      ("Belcourt Cosmetiques SA", "ORG", "Belcourt Cosmetiques")]),
    ("Harwick cut jobs. Harwick Tools Inc, whose plant is in Ohio, said so.",
     [org("Harwick"), ("Harwick Tools Inc", "ORG", "Harwick Tools")],
     [("Harwick", "ORG", "Harwick Tools"), ("Harwick Tools Inc", "ORG", "Harwick Tools")]),
    # untouched: a firm the company table lists, no legal form, no apposition
    ("Siemens said sales rose. Siemens Energy AG, which makes turbines, fell.",
     [org("Siemens"), ("Siemens Energy AG", "ORG", "Siemens Energy")],
     [org("Siemens"), ("Siemens Energy AG", "ORG", "Siemens Energy")]),
    ("Norvik said profit rose. Norvik Seafood, which farms salmon, rose.",
     [org("Norvik"), org("Norvik Seafood")], [org("Norvik"), org("Norvik Seafood")]),
    ("Norvik said profit rose. Norvik Seafood ASA rose.",
     [org("Norvik"), ("Norvik Seafood ASA", "ORG", "Norvik Seafood")],
     [org("Norvik"), ("Norvik Seafood ASA", "ORG", "Norvik Seafood")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), GROUPS)
def test_whole_groups(
    text: str, marks: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert linked(text, marks) == expected


# people._known_place: a town is no family name written first of a club NER read as a person
TOWNS = [
    ("Fans in Leeds cheered Leeds United.",
     [("Leeds", "GPE", "Leeds"), ("Leeds United", "PERSON", "Leeds United")],
     [("Leeds", "GPE", "Leeds"), ("Leeds United", "PERSON", "Leeds United")]),
    ("Derby County lost. Shops in Derby stayed shut.",
     [("Derby County", "PERSON", "Derby County"), ("Derby", "GPE", "Derby")],
     [("Derby County", "PERSON", "Derby County"), ("Derby", "GPE", "Derby")]),
    ("Preston North End won. Preston celebrated.",
     [("Preston North End", "PERSON", "Preston North End"), ("Preston", "LOC", "Preston")],
     [("Preston North End", "PERSON", "Preston North End"), ("Preston", "LOC", "Preston")]),
    # untouched: a family name written first that no place is, a surname at a name's end
    ("Xi Jinping arrived. Xi said so.",
     [("Xi Jinping", "PERSON", "Xi Jinping"), ("Xi", "GPE", "Xi")],
     [("Xi Jinping", "PERSON", "Xi Jinping"), ("Xi", "PERSON", "Xi Jinping")]),
    ("Mary Lincoln spoke. Lincoln said so.",
     [("Mary Lincoln", "PERSON", "Mary Lincoln"), ("Lincoln", "GPE", "Lincoln")],
     [("Mary Lincoln", "PERSON", "Mary Lincoln"), ("Lincoln", "PERSON", "Mary Lincoln")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), TOWNS)
def test_towns_are_no_family_names(
    text: str, marks: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert linked(text, marks) == expected


# bodies._subject_opens: a subject opens a written ministry's title or is one of a list of three
SUBJECTS = [
    ("Energy", "Energy and Green Transition", True),
    ("Transport", "Land, Infrastructure, Transport and Tourism", True),
    ("Trade", "Economy, Trade and Industry", True),
    ("Industry", "Economy, Trade and Industry", True),
    ("Tourism", "Culture, Sports and Tourism", True),
    # untouched: two subjects joined by "and", a subject no list holds
    ("Energy", "Transport and Energy", False),
    ("Health", "Land, Infrastructure, Transport and Tourism", False),
    ("Health", "Healthcare Services", False),
]  # fmt: skip


@pytest.mark.parametrize(("subject", "rest", "fits"), SUBJECTS)
def test_subject_opens(subject: str, rest: str, fits: bool) -> None:
    assert _subject_opens(subject, rest) is fits


MINISTRIES = [
    (("Japan's Ministry of Land, Infrastructure, Transport and Tourism said so. The Transport "
     "Ministry said crashes rose."),
     [("Japan", "GPE", "Japan"),
      org("Ministry of Land, Infrastructure, Transport and Tourism"),
      ("Transport Ministry", "ORG", "Transport Ministry")],
     ("Transport Ministry", "ORG", "Ministry of Land, Infrastructure, Transport and Tourism")),
    ("The Trade Ministry said so. Japan's Ministry of Economy, Trade and Industry agreed.",
     [("Trade Ministry", "ORG", "Trade Ministry"), ("Japan", "GPE", "Japan"),
      org("Ministry of Economy, Trade and Industry")],
     ("Trade Ministry", "ORG", "Ministry of Economy, Trade and Industry")),
    ("Korea's Ministry of Culture, Sports and Tourism met. The Tourism Ministry said so.",
     [("Korea", "GPE", "Korea"), org("Ministry of Culture, Sports and Tourism"),
      ("Tourism Ministry", "ORG", "Tourism Ministry")],
     ("Tourism Ministry", "ORG", "Ministry of Culture, Sports and Tourism")),
    # a subject the table does not know names a ministry the document writes out
    ("Uganda's Ministry of Water and Environment met. The Water Ministry said so.",
     [("Uganda", "GPE", "Uganda"), org("Ministry of Water and Environment"),
      ("Water Ministry", "ORG", "Water Ministry")],
     ("Water Ministry", "ORG", "Ministry of Water and Environment (Uganda)")),
    ("The Mines Ministry said so. Brazil's Ministry of Mines and Energy agreed.",
     [("Mines Ministry", "ORG", "Mines Ministry"), ("Brazil", "GPE", "Brazil"),
      org("Ministry of Mines and Energy")],
     ("Mines Ministry", "ORG", "Ministry of Mines and Energy (Brazil)")),
    ("Ghana's Ministry of Fisheries and Aquaculture met. The Fisheries Ministry said so.",
     [("Ghana", "GPE", "Ghana"), org("Ministry of Fisheries and Aquaculture"),
      ("Fisheries Ministry", "ORG", "Fisheries Ministry")],
     ("Fisheries Ministry", "ORG", "Ministry of Fisheries and Aquaculture (Ghana)")),
    # two subjects before "Ministry" are the title reordered
    ("Brazil's Mines and Energy Ministry said so.",
     [("Brazil", "GPE", "Brazil"), ("Mines and Energy Ministry", "ORG", "Mines and Energy Ministry")],
     ("Mines and Energy Ministry", "ORG", "Ministry of Mines and Energy (Brazil)")),
    ("Kenya's Ministry of Lands and Housing met. The Lands and Housing Ministry said so.",
     [("Kenya", "GPE", "Kenya"), org("Ministry of Lands and Housing"),
      ("Lands and Housing Ministry", "ORG", "Lands and Housing Ministry")],
     ("Lands and Housing Ministry", "ORG", "Ministry of Lands and Housing (Kenya)")),
    ("The Trade and Industry Ministry said so.",
     [("Trade and Industry Ministry", "ORG", "Trade and Industry Ministry")],
     ("Trade and Industry Ministry", "ORG", "Ministry of Trade and Industry")),
    # untouched: no written ministry of that subject, a subject that is not the first of two
    ("The Water Ministry said so.",
     [("Water Ministry", "ORG", "Water Ministry")], ("Water Ministry", "ORG", "Water Ministry")),
    ("The Ministry of Environment and Water met. The Water Ministry said so.",
     [org("Ministry of Environment and Water"), ("Water Ministry", "ORG", "Water Ministry")],
     ("Water Ministry", "ORG", "Water Ministry")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), MINISTRIES)
def test_ministry_in_a_list(
    text: str, marks: list[tuple[str, str, str]], expected: tuple[str, str, str]
) -> None:
    assert [g for g in linked(text, marks) if g[0] == expected[0]][-1] == expected


_BLANK = spacy.blank("en")


def tagged(text: str, marks: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """``linked`` on a blank pipeline whose capitalised words are tagged proper nouns (NNP), as
    the statistical tagger tags a name's words, and every other word "XX"."""
    doc = _BLANK(text)
    for t in doc:
        t.tag_ = "NNP" if t.is_title else "XX"
    ents, pos = [], 0
    for surface, typ, name in marks:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, name))
        pos = s + len(surface)
    return [(text[e.start : e.end], e.type, e.name) for e in link_names(doc, ents, ENGLISH)]


OPENINGS = [
    ("Fines rose. The Electoral Commission fined Labour.",
     [org("Commission"), org("Labour")],
     [org("Electoral Commission"), org("Labour")]),
    ("Sveriges Riksbank kept rates on hold.",
     [org("Riksbank")], [org("Sveriges Riksbank")]),
    ("Regulators at the Nova Scotia Utility and Review Board met.",
     [org("Review Board")], [org("Nova Scotia Utility and Review Board")]),
    ("Fines rose after Britain's Electoral Commission met.",
     [("Britain", "GPE", "United Kingdom"), org("Commission")],
     [("Britain", "GPE", "United Kingdom"),
      ("Electoral Commission", "ORG", "Electoral Commission (United Kingdom)")]),
    # untouched: an English word opening a sentence, a word another mention covers, a title,
    # a lower-case word, a name the tables gave
    ("Rival Eli Lilly said so.", [org("Eli Lilly")], [org("Eli Lilly")]),
    ("Shares of Danish Tryg rose.",
     [("Danish", "NORP", "Danish"), org("Tryg")], [("Danish", "NORP", "Danish"), org("Tryg")]),
    ("Talks with Chairman Acme Holdings failed.",
     [org("Acme Holdings")], [org("Acme Holdings")]),
    ("Shares of Danish insurer Tryg rose.", [org("Tryg")], [org("Tryg")]),
    ("Talks with Kestrel Shipping and Doran Holdings failed.",
     [org("Kestrel"), org("Doran Holdings")], [org("Kestrel Shipping"), org("Doran Holdings")]),
    ("Talks with Kestrel and Doran Holdings failed.",
     [org("Kestrel"), org("Doran Holdings")], [org("Kestrel"), org("Doran Holdings")]),
    ("Regulators at Review Board met.",
     [("Review Board", "ORG", "Review Board of Nova Scotia")],
     [("Review Board", "ORG", "Review Board of Nova Scotia")]),
    # a place grows only to a name the gazetteer or the alias table knows
    ("Floods cut off Lismore, New South Wales, on Saturday.",
     [("Lismore", "GPE", "Lismore"), ("Wales", "GPE", "Wales")],
     [("Lismore", "GPE", "Lismore, New South Wales"),
      ("New South Wales", "GPE", "New South Wales")]),
    ("Rain fell on North Carolina towns.",
     [("Carolina", "GPE", "Carolina")], [("North Carolina", "GPE", "North Carolina")]),
    ("Aid reached Northern Ireland.",
     [("Ireland", "GPE", "Ireland")], [("Northern Ireland", "GPE", "Northern Ireland")]),
    # untouched: a run the gazetteer does not know
    ("Fans of Western Wales cheered.",
     [("Wales", "GPE", "Wales")], [("Wales", "GPE", "Wales")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), OPENINGS)
def test_cut_openings(
    text: str, marks: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert tagged(text, marks) == expected


TAILS = [
    ("Bids came from Kestrel Maritime and Doran.",
     [org("Kestrel"), org("Doran")], [org("Kestrel Maritime"), org("Doran")]),
    ("Shares in Norvik Foods rose.", [org("Norvik")], [org("Norvik Foods")]),
    ("Ashby Motors cut jobs. Ashby said so.",
     [org("Ashby"), org("Ashby")], [org("Ashby Motors"), ("Ashby", "ORG", "Ashby Motors")]),
    # untouched: a word that ends no firm's name, a lower-case word, a name the tables gave
    ("Tesla Model Y sold well.", [org("Tesla")], [org("Tesla")]),
    ("Kestrel maritime staff met.", [org("Kestrel")], [org("Kestrel")]),
    ("Kestrel Maritime rose.",
     [("Kestrel", "ORG", "Kestrel Group")], [("Kestrel", "ORG", "Kestrel Group")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), TAILS)
def test_cut_tails(
    text: str, marks: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert tagged(text, marks) == expected


PLACE_HEADS = [
    ("The Nova Scotia Utility and Review Board met.",
     [("Nova Scotia", "LOC", "Nova Scotia"), org("Utility and Review Board")],
     [org("Nova Scotia Utility and Review Board")]),
    ("The Lagos Waste and Sanitation Authority met.",
     [("Lagos", "GPE", "Lagos"), org("Waste and Sanitation Authority")],
     [org("Lagos Waste and Sanitation Authority")]),
    ("The Lake Victoria Basin Commission met.",
     [("Lake Victoria", "LOC", "Lake Victoria"), org("Basin Commission")],
     [org("Lake Victoria Basin Commission")]),
    # untouched: a country before a body's name, a lower-case word other than "and"
    ("The U.S. Grain and Feed Inspection Board met.",
     [("U.S.", "GPE", "United States"), org("Grain and Feed Inspection Board")],
     [("U.S.", "GPE", "United States"), org("Grain and Feed Inspection Board")]),
    ("The Ohio Board of Elections met.",
     [("Ohio", "GPE", "Ohio"), org("Board of Elections")],
     [("Ohio", "GPE", "Ohio"), org("Board of Elections")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), PLACE_HEADS)
def test_place_heads_with_and(
    text: str, marks: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert linked(text, marks) == expected


INNER_PLACES = [
    ("The Port of Rotterdam Authority met. The Port Authority said so.",
     [org("Port of Rotterdam Authority"), org("Port Authority")],
     [org("Port of Rotterdam Authority"), ("Port Authority", "ORG", "Port of Rotterdam Authority")]),
    ("The Port of Singapore Authority met. The Port Authority said so.",
     [org("Port of Singapore Authority"), org("Port Authority")],
     [org("Port of Singapore Authority"), ("Port Authority", "ORG", "Port of Singapore Authority")]),
    ("The Port of Mombasa Authority met. Port Authority staff said so.",
     [org("Port of Mombasa Authority"), org("Port Authority")],
     [org("Port of Mombasa Authority"), ("Port Authority", "ORG", "Port of Mombasa Authority")]),
    # untouched: no place after "of", no head word after the place, the short name first
    ("The Bank of Canada met. The Bank said so.",
     [org("Bank of Canada"), ("Bank", "ORG", "Bank")],
     [org("Bank of Canada"), ("Bank", "ORG", "Bank of Canada")]),
    ("The Port of Rotterdam Company met. The Port Company said so.",
     [org("Port of Rotterdam Company"), org("Port Company")],
     [org("Port of Rotterdam Company"), org("Port Company")]),
    ("The Port Authority met. The Port of Rotterdam Authority said so.",
     [org("Port Authority"), org("Port of Rotterdam Authority")],
     [org("Port Authority"), org("Port of Rotterdam Authority")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), INNER_PLACES)
def test_inner_places(
    text: str, marks: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert linked(text, marks) == expected


CASES = [
    ("easyJet rose. EasyJet shares fell.",
     [org("easyJet"), org("EasyJet")], [("easyJet", "ORG", "EasyJet"), org("EasyJet")]),
    ("UniCredit bid. Unicredit staff met.",
     [org("UniCredit"), org("Unicredit")], [org("UniCredit"), ("Unicredit", "ORG", "UniCredit")]),
    ("Shares of Mcdonald Group fell. McDonald Group said so.",
     [org("Mcdonald Group"), org("McDonald Group")],
     [("Mcdonald Group", "ORG", "McDonald Group"), org("McDonald Group")]),
    # a headline in capitals is no second spelling; since session 43 it takes the body's name
    # by its letters (``short_names._same_letters``)
    ("VOLTA RISES. Volta said so.", [org("VOLTA"), org("Volta")],
     [("VOLTA", "ORG", "Volta"), org("Volta")]),
    ("easyJet rose.", [org("easyJet")], [org("easyJet")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), CASES)
def test_letter_cases(
    text: str, marks: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert linked(text, marks) == expected


# initials.spelled_runs: an acronym NER read as a person spells a run NER missed
RUNS_OF_PEOPLE = [
    ("The Australian Competition and Consumer Commission sued. The ACCC said so.",
     [("Australian", "NORP", "Australian"), ("ACCC", "PERSON", "ACCC")],
     [("Australian Competition and Consumer Commission", "ORG",
       "Australian Competition and Consumer Commission"),
      ("ACCC", "ORG", "Australian Competition and Consumer Commission")]),
    ("The Ghana Water Supply Authority met. GWSA said so.",
     [("Ghana", "GPE", "Ghana"), ("GWSA", "PERSON", "GWSA")],
     [("Ghana Water Supply Authority", "ORG", "Ghana Water Supply Authority"),
      ("GWSA", "ORG", "Ghana Water Supply Authority")]),
    ("Harlow Kent Dairy Group rose. HKDG said so.",
     [("HKDG", "PERSON", "HKDG")],
     [("HKDG", "ORG", "Harlow Kent Dairy Group"),
      ("Harlow Kent Dairy Group", "ORG", "Harlow Kent Dairy Group")]),
    # untouched: a person's initials that spell no run, a name in lower case
    ("Talks ended. JFK said so.", [("JFK", "PERSON", "JFK")], [("JFK", "PERSON", "JFK")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), RUNS_OF_PEOPLE)
def test_runs_of_people(
    text: str, marks: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert sorted(linked(text, marks)) == sorted(expected)


# short_names: an untagged first word English knows, opening a sentence before its verb, is the
# firm it opens where the text never writes the word in lower case (tags set by the test)
SUBJECTS_UNTAGGED = [
    ("Haldane Shipping Group won. Haldane said so.",
     [org("Haldane Shipping Group")],
     [org("Haldane Shipping Group"), ("Haldane", "ORG", "Haldane Shipping Group")]),
    ("Caldera Mining Corporation won. Caldera will appeal.",
     [org("Caldera Mining Corporation")],
     [org("Caldera Mining Corporation"), ("Caldera", "ORG", "Caldera Mining Corporation")]),
    ("Harbour Bridge Holdings rose. Harbour expects more.",
     [org("Harbour Bridge Holdings")],
     [org("Harbour Bridge Holdings"), ("Harbour", "ORG", "Harbour Bridge Holdings")]),
    # untouched: no verb after it, the word in lower case elsewhere
    ("Haldane Shipping Group won. Haldane staff met.",
     [org("Haldane Shipping Group")], [org("Haldane Shipping Group")]),
    ("Caldera Mining Corporation won. Caldera said a caldera formed.",
     [org("Caldera Mining Corporation")], [org("Caldera Mining Corporation")]),
]  # fmt: skip

VERB_TAGS = {"said": "VBD", "will": "MD", "expects": "VBZ"}


@pytest.mark.parametrize(("text", "marks", "expected"), SUBJECTS_UNTAGGED)
def test_subjects_untagged(
    text: str, marks: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]
) -> None:
    doc = _BLANK(text)
    for t in doc:
        t.tag_ = VERB_TAGS.get(t.text, "NNP" if t.is_title else "XX")
    ents = []
    for surface, typ, name in marks:
        s = text.index(surface)
        ents.append(Ent(s, s + len(surface), typ, name))
    english = ENGLISH | {"haldane", "caldera", "harbour"}
    got = link_names(doc, ents, english)
    assert [(text[e.start : e.end], e.type, e.name) for e in got] == expected


# the whole pipeline: the same mechanisms in a news brief
PIPELINE = [
    (("LONDON, Feb 26 - Brightwater said on Wednesday that profit fell 18%. Brightwater "
      "Utilities Group plc, which supplies water to 2.3 million homes, blamed repairs."),
     "Brightwater", "Brightwater Utilities Group"),
    (("TOKYO, Nov 12 - Japan's Ministry of Land, Infrastructure, Transport and Tourism said on "
      "Wednesday that a carmaker would recall vans. The Transport Ministry said the fault had "
      "caused 14 crashes."), "Transport Ministry",
     "Ministry of Land, Infrastructure, Transport and Tourism"),
    (("STOCKHOLM -- Sveriges Riksbank kept its policy rate at 2.25% on Thursday. Governor Erik "
      "Thedeen said the Riksbank could cut again in the autumn."), "Riksbank", "Sveriges Riksbank"),
    (("HALIFAX - The Nova Scotia Utility and Review Board on Tuesday approved a rise in power "
      "rates for Nova Scotia Power. The Board said customers had faced outages."), "Board",
     "Nova Scotia Utility and Review Board"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "name"), PIPELINE)
def test_pipeline(run: Callable[..., Brief], text: str, surface: str, name: str) -> None:
    brief = run(text, reference_date="2025-06-03")
    assert by_mention(brief, "name").get(surface) == name
