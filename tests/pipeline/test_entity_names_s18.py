"""Names linked inside a document, session 18 (issue 13 names, dev set 19n), on
``spacy.blank("en")`` through ``coref.link_names`` and through the whole pipeline:
- a body named with its title's words reordered (``coref.reordered_names``);
- the head noun of a name with "of" whose last word is a body's head ("the Authority" of "Port
  of Rotterdam Authority", ``coref._heads``), a head noun after a shorter form of the name
  (``tail_forms`` before ``head_nouns``) or before a holder's title ("Commission
  spokesperson");
- a name in a headline in capitals (``coref._uncapped``), a name with some words written as
  their initials (``coref.initialled_forms``);
- untagged first words of a long name (``coref._openings``), a first word of two nested names
  of one firm (``coref._longest_nesting``), untagged tails and acronyms of a long name given
  before (``coref._untagged``, ``coref._untagged_acronyms``);
- a demonym and a body's head word NER tagged apart (``coref.demonym_heads``);
- a dateline's city in capitals with its state or province (``coref.places``);
- a body named by its remit an ORG whatever its last word, and a state before a national
  body's short name (``entities.forms``).
Invented texts; each rule has cases that must stay untouched.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefx.pipeline.coref.initials import _expands
from briefx.pipeline.coref.parts import _heads
from briefx.pipeline.coref.short_names import _uncapped
from briefx.records import Brief
from tests.pipeline.conftest import by_mention, linked_marks

ENGLISH = frozenset({"said", "the", "on", "ruled", "rose", "fell", "met"})


def linked(text: str, marks: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """(surface, type, name) after ``coref.link_names``; marks at their next occurrence."""
    return linked_marks(text, marks, ENGLISH)


# coref.reordered_names: the same capitalised words as a title with "of"/"for", in any order
REORDERED = [
    ("The Supreme Court of Ohio ruled. The Ohio Supreme Court said more.",
     [("Supreme Court of Ohio", "ORG", "Supreme Court of Ohio"),
      ("Ohio Supreme Court", "ORG", "Ohio Supreme Court")],
     [("Supreme Court of Ohio", "ORG", "Supreme Court of Ohio"),
      ("Ohio Supreme Court", "ORG", "Supreme Court of Ohio")]),
    # the reordered form first (a headline), the title later
    ("Otago University fees rise. The University of Otago said fees rose.",
     [("Otago University", "ORG", "Otago University"),
      ("University of Otago", "ORG", "University of Otago")],
     [("Otago University", "ORG", "University of Otago"),
      ("University of Otago", "ORG", "University of Otago")]),
    ("The Ministry of Fisheries and Oceans met. The Fisheries and Oceans Ministry said so.",
     [("Ministry of Fisheries and Oceans", "ORG", "Ministry of Fisheries and Oceans"),
      ("Fisheries and Oceans Ministry", "ORG", "Fisheries and Oceans Ministry")],
     [("Ministry of Fisheries and Oceans", "ORG", "Ministry of Fisheries and Oceans"),
      ("Fisheries and Oceans Ministry", "ORG", "Ministry of Fisheries and Oceans")]),
    ("The Council for Harbour Safety met. The Harbour Safety Council said so.",
     [("Council for Harbour Safety", "ORG", "Council for Harbour Safety"),
      ("Harbour Safety Council", "ORG", "Harbour Safety Council")],
     [("Council for Harbour Safety", "ORG", "Council for Harbour Safety"),
      ("Harbour Safety Council", "ORG", "Council for Harbour Safety")]),
    # untouched: other words ("Ohio Court of Appeals" is another court), two titles share the
    # words, a body with no title in the text
    ("The Supreme Court of Ohio ruled. The Ohio Court of Claims said more.",
     [("Supreme Court of Ohio", "ORG", "Supreme Court of Ohio"),
      ("Ohio Court of Claims", "ORG", "Ohio Court of Claims")],
     [("Supreme Court of Ohio", "ORG", "Supreme Court of Ohio"),
      ("Ohio Court of Claims", "ORG", "Ohio Court of Claims")]),
    ("The Bank of Korea Trust met. The Trust Bank of Korea met. The Korea Trust Bank said so.",
     [("Bank of Korea Trust", "ORG", "Bank of Korea Trust"),
      ("Trust Bank of Korea", "ORG", "Trust Bank of Korea"),
      ("Korea Trust Bank", "ORG", "Korea Trust Bank")],
     [("Bank of Korea Trust", "ORG", "Bank of Korea Trust"),
      ("Trust Bank of Korea", "ORG", "Trust Bank of Korea"),
      ("Korea Trust Bank", "ORG", "Korea Trust Bank")]),
    ("The Harbour Safety Council said so.",
     [("Harbour Safety Council", "ORG", "Harbour Safety Council")],
     [("Harbour Safety Council", "ORG", "Harbour Safety Council")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), REORDERED)
def test_reordered_names(
    text: str, marks: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert linked(text, marks) == expected


# coref._heads: the word before "of", and a body's head word that ends the name after "of"
HEADS = [
    ("Port of Rotterdam Authority", ["Port", "Authority"]),
    ("Bank of Ghana", ["Bank"]),
    ("Office of Rail and Road", ["Office"]),
    ("Institute of Marine Research Council", ["Institute", "Council"]),
    ("Ghana Cocoa Board", ["Board"]),
    ("National Assembly (South Korea)", ["Assembly"]),
    # untouched: a place after "of", a head word right after "of", one word
    ("University of Otago", ["University"]),
    ("Court of Justice", ["Court"]),
    ("Ofwat", []),
]  # fmt: skip


@pytest.mark.parametrize(("name", "heads"), HEADS)
def test_heads(name: str, heads: list[str]) -> None:
    assert _heads(name) == heads


# head_nouns: the Authority of a name with "of"; the Board after a shorter form of the name
HEAD_NOUNS = [
    ("The Port of Rotterdam Authority said so. The Authority picked a firm.",
     [("Port of Rotterdam Authority", "ORG", "Port of Rotterdam Authority"),
      ("Authority", "ORG", "Authority")],
     [("Port of Rotterdam Authority", "ORG", "Port of Rotterdam Authority"),
      ("Authority", "ORG", "Port of Rotterdam Authority")]),
    ("The Office of Marine Safety Council met. The Council said so.",
     [("Office of Marine Safety Council", "ORG", "Office of Marine Safety Council"),
      ("Council", "ORG", "Council")],
     [("Office of Marine Safety Council", "ORG", "Office of Marine Safety Council"),
      ("Council", "ORG", "Office of Marine Safety Council")]),
    ("The Ghana Cocoa Board met. The Cocoa Board said so. The Board rose.",
     [("Ghana Cocoa Board", "ORG", "Ghana Cocoa Board"), ("Cocoa Board", "ORG", "Cocoa Board"),
      ("Board", "ORG", "Board")],
     [("Ghana Cocoa Board", "ORG", "Ghana Cocoa Board"),
      ("Cocoa Board", "ORG", "Ghana Cocoa Board"), ("Board", "ORG", "Ghana Cocoa Board")]),
    (("The Kenya Meat Marketing Commission met. The Marketing Commission said so. The "
     "Commission fell."),
     [("Kenya Meat Marketing Commission", "ORG", "Kenya Meat Marketing Commission"),
      ("Marketing Commission", "ORG", "Marketing Commission"),
      ("Commission", "ORG", "Commission")],
     [("Kenya Meat Marketing Commission", "ORG", "Kenya Meat Marketing Commission"),
      ("Marketing Commission", "ORG", "Kenya Meat Marketing Commission"),
      ("Commission", "ORG", "Kenya Meat Marketing Commission")]),
    # untouched: the nearer of two bodies with the head; a place after "of" is no head
    (("The Port of Rotterdam Authority met. The Dutch Competition Authority said so. The "
     "Authority fell."),
     [("Port of Rotterdam Authority", "ORG", "Port of Rotterdam Authority"),
      ("Dutch Competition Authority", "ORG", "Dutch Competition Authority"),
      ("Authority", "ORG", "Authority")],
     [("Port of Rotterdam Authority", "ORG", "Port of Rotterdam Authority"),
      ("Dutch Competition Authority", "ORG", "Dutch Competition Authority"),
      ("Authority", "ORG", "Dutch Competition Authority")]),
    ("The University of Otago met. Otago said so.",
     [("University of Otago", "ORG", "University of Otago"), ("Otago", "GPE", "Otago")],
     [("University of Otago", "ORG", "University of Otago"), ("Otago", "GPE", "Otago")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), HEAD_NOUNS)
def test_head_nouns(
    text: str, marks: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert linked(text, marks) == expected


# head_nouns: an untagged head noun before a holder's title ("Commission spokesperson X")
ROLE_HEADS = [
    ("The European Commission met. Commission spokesperson Anna Holm said so.",
     [("European Commission", "ORG", "European Commission"), ("Anna Holm", "PERSON", "Anna Holm")],
     [("European Commission", "ORG", "European Commission"),
      ("Commission", "ORG", "European Commission"), ("Anna Holm", "PERSON", "Anna Holm")]),
    ("The Energy Regulation Board met. Board chairman Reuben Mbewe said so.",
     [("Energy Regulation Board", "ORG", "Energy Regulation Board"),
      ("Reuben Mbewe", "PERSON", "Reuben Mbewe")],
     [("Energy Regulation Board", "ORG", "Energy Regulation Board"),
      ("Board", "ORG", "Energy Regulation Board"), ("Reuben Mbewe", "PERSON", "Reuben Mbewe")]),
    ("The Food Standards Agency met, said Agency administrator Ian Roe.",
     [("Food Standards Agency", "ORG", "Food Standards Agency"), ("Ian Roe", "PERSON", "Ian Roe")],
     [("Food Standards Agency", "ORG", "Food Standards Agency"),
      ("Agency", "ORG", "Food Standards Agency"), ("Ian Roe", "PERSON", "Ian Roe")]),
    # untouched: no body of that head before, a head inside a longer name, no title after it
    ("Commission spokesperson Anna Holm said so. The European Commission met.",
     [("Anna Holm", "PERSON", "Anna Holm"), ("European Commission", "ORG", "European Commission")],
     [("Anna Holm", "PERSON", "Anna Holm"),
      ("European Commission", "ORG", "European Commission")]),
    ("The European Commission met. Trade Commission spokesperson Anna Holm said so.",
     [("European Commission", "ORG", "European Commission"), ("Anna Holm", "PERSON", "Anna Holm")],
     [("European Commission", "ORG", "European Commission"),
      ("Anna Holm", "PERSON", "Anna Holm")]),
    ("Lundin Mining rose. Mining minister Ana Roe said so.",
     [("Lundin Mining", "ORG", "Lundin Mining"), ("Ana Roe", "PERSON", "Ana Roe")],
     [("Lundin Mining", "ORG", "Lundin Mining"), ("Ana Roe", "PERSON", "Ana Roe")]),
    ("The European Commission met. Commission rules said so.",
     [("European Commission", "ORG", "European Commission")],
     [("European Commission", "ORG", "European Commission")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), ROLE_HEADS)
def test_role_heads(
    text: str, marks: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert sorted(linked(text, marks)) == sorted(expected)


# coref._uncapped: a name in capitals in title case; acronyms and short words as written
UNCAPPED = [
    ("BRANNOCK", "Brannock"),
    ("KESTREL MARITIME", "Kestrel Maritime"),
    ("ROTTERDAM", "Rotterdam"),
    ("Brannock", "Brannock"),
    # untouched: an acronym, a run with a short word
    ("BLG", "BLG"),
    ("NS POWER", "NS POWER"),
]  # fmt: skip


@pytest.mark.parametrize(("written", "titled"), UNCAPPED)
def test_uncapped(written: str, titled: str) -> None:
    assert _uncapped(written) == titled


# short_forms: a headline's name in capitals opens the body's full name
CAPITALS = [
    ("BRANNOCK WINS\nBrannock Logistics Group won. Brannock said so.",
     [("BRANNOCK", "ORG", "BRANNOCK"), ("Brannock Logistics Group", "ORG",
       "Brannock Logistics Group"), ("Brannock", "ORG", "Brannock")],
     [("BRANNOCK", "ORG", "Brannock Logistics Group"),
      ("Brannock Logistics Group", "ORG", "Brannock Logistics Group"),
      ("Brannock", "ORG", "Brannock Logistics Group")]),
    ("VELDORA PROFIT FALLS\nVeldora Foods Holdings said so. Veldora fell.",
     [("VELDORA", "ORG", "VELDORA"), ("Veldora Foods Holdings", "ORG", "Veldora Foods Holdings"),
      ("Veldora", "ORG", "Veldora")],
     [("VELDORA", "ORG", "Veldora Foods Holdings"),
      ("Veldora Foods Holdings", "ORG", "Veldora Foods Holdings"),
      ("Veldora", "ORG", "Veldora Foods Holdings")]),
    ("ORMSBY TELECOM CUTS JOBS\nOrmsby Telecom Group said so. Ormsby Telecom fell.",
     [("ORMSBY TELECOM", "ORG", "ORMSBY TELECOM"),
      ("Ormsby Telecom Group", "ORG", "Ormsby Telecom Group"),
      ("Ormsby Telecom", "ORG", "Ormsby Telecom")],
     [("ORMSBY TELECOM", "ORG", "Ormsby Telecom Group"),
      ("Ormsby Telecom Group", "ORG", "Ormsby Telecom Group"),
      ("Ormsby Telecom", "ORG", "Ormsby Telecom Group")]),
    # untouched: an acronym in capitals, a place in capitals
    ("BLG RISES\nBrannock Logistics Group said so.",
     [("BLG", "ORG", "BLG"), ("Brannock Logistics Group", "ORG", "Brannock Logistics Group")],
     [("BLG", "ORG", "Brannock Logistics Group"),
      ("Brannock Logistics Group", "ORG", "Brannock Logistics Group")]),
    ("ROTTERDAM\nRotterdam Port Services said so. Rotterdam Port Services rose.",
     [("ROTTERDAM", "GPE", "Rotterdam"), ("Rotterdam Port Services", "ORG",
       "Rotterdam Port Services")],
     [("ROTTERDAM", "GPE", "Rotterdam"),
      ("Rotterdam Port Services", "ORG", "Rotterdam Port Services")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), CAPITALS)
def test_capitals(
    text: str, marks: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert linked(text, marks) == expected


# coref._expands: runs of words written as their initials, the other words as they are
EXPANDS = [
    ("NS Power", "Nova Scotia Power", True),
    ("NZ Post", "New Zealand Post", True),
    ("WA Water Corporation", "Western Australia Water Corporation", True),
    ("Hydro NB", "Hydro New Brunswick", True),
    # untouched: no initials, initials of lower-case words, words left over, wrong letters
    ("Nova Scotia Power", "Nova Scotia Power", False),
    ("NS Power", "Nova Scotia Power Holdings", False),
    ("NB Power", "Nova Scotia Power", False),
    ("AO Power", "Authority of Power", False),
]  # fmt: skip


@pytest.mark.parametrize(("short", "long", "fits"), EXPANDS)
def test_expands(short: str, long: str, fits: bool) -> None:
    assert _expands(short.split(), long.split()) is fits


# coref.initialled_forms: the one long name of the document such a short name fits
INITIALLED = [
    ("New Brunswick Power raised rates. NB Power said so.",
     [("New Brunswick Power", "ORG", "New Brunswick Power"), ("NB Power", "ORG", "NB Power")],
     [("New Brunswick Power", "ORG", "New Brunswick Power"),
      ("NB Power", "ORG", "New Brunswick Power")]),
    ("NZ Post cut jobs. New Zealand Post said so.",
     [("NZ Post", "ORG", "NZ Post"), ("New Zealand Post", "ORG", "New Zealand Post")],
     [("NZ Post", "ORG", "New Zealand Post"), ("New Zealand Post", "ORG", "New Zealand Post")]),
    ("The Western Australia Water Corporation met. WA Water Corporation said so.",
     [("Western Australia Water Corporation", "ORG", "Western Australia Water Corporation"),
      ("WA Water Corporation", "ORG", "WA Water Corporation")],
     [("Western Australia Water Corporation", "ORG", "Western Australia Water Corporation"),
      ("WA Water Corporation", "ORG", "Western Australia Water Corporation")]),
    # untouched: two long names fit, a name the text gave already
    ("New South Wales Post met. North South Wales Post met. NS Wales Post said so.",
     [("New South Wales Post", "ORG", "New South Wales Post"),
      ("North South Wales Post", "ORG", "North South Wales Post"),
      ("NS Wales Post", "ORG", "NS Wales Post")],
     [("New South Wales Post", "ORG", "New South Wales Post"),
      ("North South Wales Post", "ORG", "North South Wales Post"),
      ("NS Wales Post", "ORG", "NS Wales Post")]),
    ("New Brunswick Power met. NB Power said so.",
     [("New Brunswick Power", "ORG", "New Brunswick Power"), ("NB Power", "ORG", "Emera")],
     [("New Brunswick Power", "ORG", "New Brunswick Power"), ("NB Power", "ORG", "Emera")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), INITIALLED)
def test_initialled_forms(
    text: str, marks: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert linked(text, marks) == expected


# short_forms: untagged first words of a long name (two or three words; one English word only
# before a possessive)
OPENINGS_ENGLISH = ENGLISH | {"beacon", "summit", "caldera", "pay", "chief"}
OPENINGS = [
    ("Severn Vale Water Services was fined. Severn Vale said it would pay.",
     [("Severn Vale Water Services", "ORG", "Severn Vale Water Services")],
     [("Severn Vale Water Services", "ORG", "Severn Vale Water Services"),
      ("Severn Vale", "ORG", "Severn Vale Water Services")]),
    ("Tamsin Road Freight Holdings rose. Shares in Tamsin Road Freight fell.",
     [("Tamsin Road Freight Holdings", "ORG", "Tamsin Road Freight Holdings")],
     [("Tamsin Road Freight Holdings", "ORG", "Tamsin Road Freight Holdings"),
      ("Tamsin Road Freight", "ORG", "Tamsin Road Freight Holdings")]),
    ("Caldera Mining Corporation will shut a mine. Caldera's chief said so.",
     [("Caldera Mining Corporation", "ORG", "Caldera Mining Corporation")],
     [("Caldera Mining Corporation", "ORG", "Caldera Mining Corporation"),
      ("Caldera", "ORG", "Caldera Mining Corporation")]),
    ("Beacon Freight Holdings met. Beacon’s chief said so.",
     [("Beacon Freight Holdings", "ORG", "Beacon Freight Holdings")],
     [("Beacon Freight Holdings", "ORG", "Beacon Freight Holdings"),
      ("Beacon", "ORG", "Beacon Freight Holdings")]),
    # untouched: an English word without a possessive, an opening before a capitalised word
    # (another name), inside another name, a place that opens the name
    ("Summit Harbour Logistics met. The summit ended. Summit's chief said so.",
     [("Summit Harbour Logistics", "ORG", "Summit Harbour Logistics")],
     [("Summit Harbour Logistics", "ORG", "Summit Harbour Logistics")]),
    ("Summit Harbour Logistics met. The summit said so. Summit rose.",
     [("Summit Harbour Logistics", "ORG", "Summit Harbour Logistics")],
     [("Summit Harbour Logistics", "ORG", "Summit Harbour Logistics")]),
    ("Severn Vale Water Services met. Severn Vale Railways said so.",
     [("Severn Vale Water Services", "ORG", "Severn Vale Water Services")],
     [("Severn Vale Water Services", "ORG", "Severn Vale Water Services")]),
    ("Severn Vale Water Services met. Upper Severn Vale said so.",
     [("Severn Vale Water Services", "ORG", "Severn Vale Water Services")],
     [("Severn Vale Water Services", "ORG", "Severn Vale Water Services")]),
    ("New Zealand Shipping Group met. New Zealand said so.",
     [("New Zealand Shipping Group", "ORG", "New Zealand Shipping Group")],
     [("New Zealand Shipping Group", "ORG", "New Zealand Shipping Group")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), OPENINGS)
def test_openings(
    text: str, marks: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert sorted(linked_marks(text, marks, OPENINGS_ENGLISH)) == sorted(expected)


# coref.demonym_heads: a demonym and a body's head word NER tagged apart are one body
DEMONYM_HEADS = [
    ("The European Commission fined a firm. The Commission said so.",
     [("European", "NORP", "European"), ("Commission", "ORG", "Commission"),
      ("Commission", "ORG", "Commission")],
     [("European Commission", "ORG", "European Commission"),
      ("Commission", "ORG", "European Commission")]),
    ("The British Council opened an office.",
     [("British", "NORP", "British"), ("Council", "ORG", "Council")],
     [("British Council", "ORG", "British Council")]),
    ("The Nordic Council met. The Council said so.",
     [("Nordic", "NORP", "Nordic"), ("Council", "ORG", "Council"), ("Council", "ORG", "Council")],
     [("Nordic Council", "ORG", "Nordic Council"), ("Council", "ORG", "Nordic Council")]),
    # untouched: a national institution the tables title by country, a word that is no body's
    # head, a gap, a head NER did not tag
    ("The Kenyan Parliament met.",
     [("Kenyan", "NORP", "Kenyan"), ("Parliament", "ORG", "Parliament")],
     [("Kenyan", "NORP", "Kenyan"), ("Parliament", "ORG", "Parliament of Kenya")]),
    ("The French Government met.",
     [("French", "NORP", "French"), ("Government", "ORG", "Government")],
     [("French", "NORP", "French"), ("Government", "ORG", "Government")]),
    ("European, Commission said.",
     [("European", "NORP", "European"), ("Commission", "ORG", "Commission")],
     [("European", "NORP", "European"), ("Commission", "ORG", "Commission")]),
    ("The European commission met.",
     [("European", "NORP", "European")],
     [("European", "NORP", "European")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), DEMONYM_HEADS)
def test_demonym_heads(
    text: str, marks: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert linked(text, marks) == expected


# coref.tail_forms and coref.acronyms: untagged uses of a tail or an acronym of one long name
# given before
UNTAGGED = [
    ("Metro Vancouver Transit Police said so. Transit Police officers found a knife.",
     [("Metro Vancouver Transit Police", "ORG", "Metro Vancouver Transit Police")],
     [("Metro Vancouver Transit Police", "ORG", "Metro Vancouver Transit Police"),
      ("Transit Police", "ORG", "Metro Vancouver Transit Police")]),
    ("The National Weather Service warned of snow. The Weather Service said so.",
     [("National Weather Service", "ORG", "National Weather Service")],
     [("National Weather Service", "ORG", "National Weather Service"),
      ("Weather Service", "ORG", "National Weather Service")]),
    ("The Nigerian Ports Authority said so. NPA managing director Ade Ola spoke.",
     [("Nigerian Ports Authority", "ORG", "Nigerian Ports Authority")],
     [("Nigerian Ports Authority", "ORG", "Nigerian Ports Authority"),
      ("NPA", "ORG", "Nigerian Ports Authority")]),
    ("The Kansas Department of Health and Environment met. KDHE staff said so.",
     [("Kansas Department of Health and Environment", "ORG",
       "Kansas Department of Health and Environment")],
     [("Kansas Department of Health and Environment", "ORG",
       "Kansas Department of Health and Environment"),
      ("KDHE", "ORG", "Kansas Department of Health and Environment")]),
    # untouched: before the long name, inside a longer name, a line in capitals, letters that
    # spell nothing the text names
    ("Weather Service staff met. The National Weather Service said so.",
     [("National Weather Service", "ORG", "National Weather Service")],
     [("National Weather Service", "ORG", "National Weather Service")]),
    ("The National Weather Service met. The Pacific Weather Service Office said so.",
     [("National Weather Service", "ORG", "National Weather Service")],
     [("National Weather Service", "ORG", "National Weather Service")]),
    ("The Nigerian Ports Authority met.\nNPA CHIEF QUITS",
     [("Nigerian Ports Authority", "ORG", "Nigerian Ports Authority")],
     [("Nigerian Ports Authority", "ORG", "Nigerian Ports Authority")]),
    ("The Nigerian Ports Authority met. NBA staff said so.",
     [("Nigerian Ports Authority", "ORG", "Nigerian Ports Authority")],
     [("Nigerian Ports Authority", "ORG", "Nigerian Ports Authority")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), UNTAGGED)
def test_untagged_short_forms(
    text: str, marks: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert linked(text, marks) == expected


# short_forms: a first word that opens two nested names of one firm is that firm
NESTED = [
    ("Brannock Logistics Group rose. Brannock Logistics said so. Brannock fell.",
     [("Brannock Logistics Group", "ORG", "Brannock Logistics Group"),
      ("Brannock Logistics", "ORG", "Brannock Logistics"), ("Brannock", "ORG", "Brannock")],
     [("Brannock Logistics Group", "ORG", "Brannock Logistics Group"),
      ("Brannock Logistics", "ORG", "Brannock Logistics Group"),
      ("Brannock", "ORG", "Brannock Logistics Group")]),
    ("Halvorsen Offshore Drilling fell. Halvorsen Offshore said so. Halvorsen rose.",
     [("Halvorsen Offshore Drilling", "ORG", "Halvorsen Offshore Drilling"),
      ("Halvorsen Offshore", "ORG", "Halvorsen Offshore"), ("Halvorsen", "ORG", "Halvorsen")],
     [("Halvorsen Offshore Drilling", "ORG", "Halvorsen Offshore Drilling"),
      ("Halvorsen Offshore", "ORG", "Halvorsen Offshore Drilling"),
      ("Halvorsen", "ORG", "Halvorsen Offshore Drilling")]),
    ("Meridian Grain Trading Company met. Meridian Grain said so. Meridian rose.",
     [("Meridian Grain Trading Company", "ORG", "Meridian Grain Trading Company"),
      ("Meridian Grain", "ORG", "Meridian Grain"), ("Meridian", "ORG", "Meridian")],
     [("Meridian Grain Trading Company", "ORG", "Meridian Grain Trading Company"),
      ("Meridian Grain", "ORG", "Meridian Grain Trading Company"),
      ("Meridian", "ORG", "Meridian Grain Trading Company")]),
    # untouched: the shorter name is a firm of its own (given first), two names not nested
    ("Okavo Motor said so. Okavo Motor North America rose. Okavo fell.",
     [("Okavo Motor", "ORG", "Okavo Motor"),
      ("Okavo Motor North America", "ORG", "Okavo Motor North America"),
      ("Okavo", "ORG", "Okavo")],
     [("Okavo Motor", "ORG", "Okavo Motor"),
      ("Okavo Motor North America", "ORG", "Okavo Motor North America"),
      ("Okavo", "ORG", "Okavo")]),
    ("Okavo Motor rose. Okavo Bank fell. Okavo said so.",
     [("Okavo Motor", "ORG", "Okavo Motor"), ("Okavo Bank", "ORG", "Okavo Bank"),
      ("Okavo", "ORG", "Okavo")],
     [("Okavo Motor", "ORG", "Okavo Motor"), ("Okavo Bank", "ORG", "Okavo Bank"),
      ("Okavo", "ORG", "Okavo")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), NESTED)
def test_nested_names(
    text: str, marks: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert linked(text, marks) == expected


# the whole pipeline: the same mechanisms in a news brief
PIPELINE = [
    (("COLUMBUS, Ohio (AP) - The Supreme Court of Ohio on Thursday upheld the law. The Ohio "
     "Supreme Court ruled 5-2."), "Ohio Supreme Court", "Supreme Court of Ohio"),
    ("Judges of the Texas Supreme Court said on Monday that the law stood in Austin, Texas.",
     "Texas Supreme Court", "Texas Supreme Court"),
    (("ACCRA, Sept 2 - The Ghana Cocoa Board raised prices on Tuesday. The Cocoa Board said "
     "smuggling would fall, and the Board will buy more."), "Board", "Ghana Cocoa Board"),
    ("HALIFAX - Nova Scotia Power raised rates on Tuesday. NS Power said it would comply.",
     "NS Power", "Nova Scotia Power"),
    (("The Office of Rail and Road fined the operator on Monday. ORR said the fine was the "
     "largest."), "ORR", "Office of Rail and Road"),
    (("BRUSSELS, Nov 4 - The European Commission on Tuesday fined Aurenz Pharma GmbH 212 million "
     "euros. The Commission said the firm had paid rivals."), "Commission", "European Commission"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "name"), PIPELINE)
def test_pipeline(run: Callable[..., Brief], text: str, surface: str, name: str) -> None:
    brief = run(text, reference_date="2025-06-03")
    assert by_mention(brief, "name").get(surface) == name


# coref.places: a dateline's city in capitals takes its state or province as the body's would
DATELINES = [
    ("HALIFAX - The board approved a rise on Tuesday. Families in Nova Scotia could not pay.",
     "HALIFAX", "Halifax, Nova Scotia"),
    ("BOISE - The governor of Idaho signed the bill on Tuesday.", "BOISE", "Boise, Idaho"),
    ("LIMA - The mayor said on Tuesday that Ohio would pay for the road.", "LIMA", "Lima, Ohio"),
    # untouched: a city AP lets stand alone, a text that names no state or province
    ("DENVER - The governor of Colorado signed the bill on Tuesday.", "DENVER", "Denver"),
    ("LIMA - The president of Peru signed the bill on Tuesday.", "LIMA", "Lima"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "name"), DATELINES)
def test_dateline_regions(run: Callable[..., Brief], text: str, surface: str, name: str) -> None:
    brief = run(text, reference_date="2025-06-03")
    assert by_mention(brief, "name").get(surface) == name


# entities.forms: a body named by its remit keeps the type ORG whatever its last word ("Road",
# "Bridges", "Airports"), so that its acronym and head noun link to it
BODIES_BY_REMIT = [
    (("The Office of Rail and Road fined the operator on Monday. ORR said the fine was the "
     "largest."), "Office of Rail and Road", "ORG"),
    ("The Department of Highways and Bridges said on Monday the crossing would reopen.",
     "Department of Highways and Bridges", "ORG"),
    ("The Authority for Ports and Airports said on Monday that fees would rise.",
     "Authority for Ports and Airports", "ORG"),
    # untouched: a facility's name
    ("Trains stopped at Clapham Junction Road on Monday, the operator said.",
     "Clapham Junction Road", "FAC"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "typ"), BODIES_BY_REMIT)
def test_bodies_by_remit(run: Callable[..., Brief], text: str, surface: str, typ: str) -> None:
    brief = run(text, reference_date="2025-06-03")
    types = by_mention(brief, "type")
    assert types.get(surface) == typ


# short_forms: a headline's first word English knows is the body's long name where the text
# never writes the word in lower case
HEADLINES = [
    (("Caldera to shut nickel mine\nPERTH, Aug 6 - Caldera Mining Corporation will shut its "
     "nickel mine by October, it said on Wednesday."), "Caldera", "Caldera Mining Corporation"),
    (("Beacon cuts 300 jobs\nOSLO, Aug 6 - Beacon Freight Holdings ASA will cut 300 jobs, the "
     "company said on Wednesday."), "Beacon", "Beacon Freight Holdings"),
    (("Harbour raises forecast\nLONDON, Aug 6 - Harbour Energy Partners plc raised its forecast on "
     "Wednesday."), "Harbour", "Harbour Energy Partners"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "name"), HEADLINES)
def test_headline_first_words(
    run: Callable[..., Brief], text: str, surface: str, name: str
) -> None:
    brief = run(text, reference_date="2025-08-06")
    assert by_mention(brief, "name").get(surface) == name


def test_headline_common_word(run: Callable[..., Brief]) -> None:
    """Untouched: the text writes the word in lower case too."""
    text = (
        "Summit ends without a deal\nGENEVA, Aug 6 - Talks at the summit ended on Wednesday. "
        "Summit Harbour Logistics said it would wait."
    )
    brief = run(text, reference_date="2025-08-06")
    assert "Summit" not in by_mention(brief, "name")


def test_pipeline_us_supreme_court(run: Callable[..., Brief]) -> None:
    """A country's abbreviation before "Supreme Court" stays the federal court (untouched)."""
    text = "WASHINGTON (AP) - The U.S. Supreme Court on Monday agreed to hear the case."
    brief = run(text, reference_date="2025-06-03")
    assert "Supreme Court of the United States" in by_mention(brief, "name").values()
