"""Names, session 24 (issue 13 names, from the errors of the opened held-out sets), on
``spacy.blank("en")`` through ``coref.link_names``:
- an acronym bracketed right after a body's name is that body also where its letters are not
  the English name's initials in order, as a body abbreviates its name in its own language
  ("Civil Protection Agency (APC)", Agenzia Protezione Civile) or takes letters of its words
  ("Kenya Tea Board (KETEBO)"); ``initials._defined_acronyms``. A bracketed place ("(UK)") and
  capitals that hold letters the name lacks stay as they are;
- a body a table titles by its acronym ("BMW", "ABB": the company table's own title) keeps the
  acronym where the text also writes the name out ("Bayerische Motoren Werke ... BMW");
  an acronym a table expands ("FAA") or none knows keeps the text's long name;
- a place written without a letter that Unicode does not decompose ("Wroclaw" for "Wrocław")
  takes the gazetteer's spelling, as "Malmo" takes "Malmö" (``names.accented_place``);
- a place named like its state in a sentence about a market's trading is the city ("Harwell
  shares fell 2% in New York" -> "New York City"; ``place_names.market_cities``), and a
  dateline's city then takes no state from it; the state stays where the text says so;
- a county of Ireland named bare in a story about Ireland takes English Wikipedia's title with
  the word before the name ("Donegal" -> "County Donegal"; rows of ``models/unit_titles.jsonl``
  read by ``place_names.bare_units``); a county that shares its name with a town stays bare;
- a name a state shares with a city, listed with states of one country, is the state
  ("Idaho, Washington and Montana" -> "Washington (state)", "Tasmania and Victoria" ->
  "Victoria (state)"; ``place_names._listed_with``), and a state listed after a state is no
  "Town, State" ("New South Wales, Victoria"; ``place_names._titled_in_state``).
Invented texts; each rule has cases that must stay untouched.
"""

from __future__ import annotations

import pytest

from briefx.normalize.names import accented_place
from tests.pipeline.conftest import linked_marks

ENGLISH = frozenset({"said", "the", "on", "rose", "fell", "in", "its", "a", "of"})


def org(name: str) -> tuple[str, str, str]:
    return (name, "ORG", name)


def gpe(name: str) -> tuple[str, str, str]:
    return (name, "GPE", name)


# initials._defined_acronyms: letters of the name, not its initials in order
DEFINED = [
    ("The Civil Protection Agency (APC) said on Monday that the APC would open shelters.",
     [org("Civil Protection Agency"), org("APC"), org("APC")],
     ["Civil Protection Agency"] * 3),
    ("The Kenya Tea Board (KETEBO) set a floor price; KETEBO said buyers agreed.",
     [org("Kenya Tea Board"), org("KETEBO"), org("KETEBO")],
     ["Kenya Tea Board"] * 3),
    ("The Federal Roads Institute (IFR) said on Tuesday that bridges were safe.",
     [org("Federal Roads Institute"), org("IFR")],
     ["Federal Roads Institute"] * 2),
    # untouched: a place in brackets, capitals with a letter the name lacks
    ("Halden Energy (UK) said on Monday it would hire.",
     [org("Halden Energy"), gpe("UK")],
     ["Halden Energy", "UK"]),
    ("The Water Resources Agency (XYZ) said rationing would end.",
     [org("Water Resources Agency"), org("XYZ")],
     ["Water Resources Agency", "XYZ"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), DEFINED)
def test_defined_acronyms(
    text: str, marks: list[tuple[str, str, str]], expected: list[str]
) -> None:
    assert [name for _, _, name in linked_marks(text, marks, ENGLISH)] == expected


# names.accented_place: letters NFKD keeps whole ("ł") fold to their plain form too
PLAIN_LETTERS = [
    ("Wroclaw", "Wrocław"),
    ("Bialystok", "Białystok"),
    ("Kosice", "Košice"),
    # untouched: an English exonym, a name already written with its letter, no gazetteer row
    ("Warsaw", "Warsaw"),
    ("Wrocław", "Wrocław"),
    ("Kestrelton", "Kestrelton"),
]


@pytest.mark.parametrize(("text", "name"), PLAIN_LETTERS)
def test_plain_letters_take_their_accents(text: str, name: str) -> None:
    assert accented_place(text) == name


# place_names.market_cities: a state's name in a sentence about trading is its city
MARKETS = [
    ("Harwell Foods shares fell 2% in New York on Tuesday.",
     [org("Harwell Foods"), gpe("New York")], ["Harwell Foods", "New York City"]),
    ("Coffee futures in New York rose 4% to a record.",
     [gpe("New York")], ["New York City"]),
    ("Silver slipped from Monday's New York close, dealers said.",
     [gpe("New York")], ["New York City"]),
    ("OSLO, May 2 - Brennvik shares rose in New York premarket trading.",
     [gpe("OSLO"), org("Brennvik"), gpe("New York")], ["OSLO", "Brennvik", "New York City"]),
    # untouched: no trading in the sentence, the state said, the state's office
    ("Floods closed roads across New York on Tuesday.",
     [gpe("New York")], ["New York"]),
    ("Harwell Foods shares fell in New York state after the ruling.",
     [org("Harwell Foods"), gpe("New York")], ["Harwell Foods", "New York"]),
    ("New York Governor Ann Reyes said trading rules would change.",
     [gpe("New York")], ["New York"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), MARKETS)
def test_market_cities(text: str, marks: list[tuple[str, str, str]], expected: list[str]) -> None:
    assert [name for _, _, name in linked_marks(text, marks, ENGLISH)] == expected


# place_names.bare_units: Irish counties are titled "County <name>"
COUNTIES = [
    ("DUBLIN - Ireland said floods closed roads in Donegal and Leitrim.",
     [gpe("DUBLIN"), gpe("Ireland"), gpe("Donegal"), gpe("Leitrim")],
     ["DUBLIN", "Ireland", "County Donegal", "County Leitrim"]),
    ("Ireland's weather service said gusts hit Offaly on Monday.",
     [gpe("Ireland"), gpe("Offaly")], ["Ireland", "County Offaly"]),
    # untouched: a county named like its town, a story about another country
    ("Ireland said buses in Sligo would run again.",
     [gpe("Ireland"), gpe("Sligo")], ["Ireland", "Sligo"]),
    ("Australia said bushfires reached Clare on Monday.",
     [gpe("Australia"), gpe("Clare")], ["Australia", "Clare"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), COUNTIES)
def test_irish_counties(text: str, marks: list[tuple[str, str, str]], expected: list[str]) -> None:
    assert [name for _, _, name in linked_marks(text, marks, ENGLISH)] == expected


# initials.acronyms: the text's long name takes the acronym a table titles the body by
OWN_TITLES = [
    ("Bayerische Motoren Werke said on Monday that BMW would cut prices.",
     [org("Bayerische Motoren Werke"), org("BMW")], ["BMW", "BMW"]),
    ("Asea Brown Boveri (ABB) won a grid contract; ABB said it would hire.",
     [org("Asea Brown Boveri"), org("ABB"), org("ABB")], ["ABB"] * 3),
    ("Louis Vuitton Moet Hennessy (LVMH) said sales rose.",
     [org("Louis Vuitton Moet Hennessy"), org("LVMH")], ["LVMH", "LVMH"]),
    # untouched: an acronym a table expands, one no table knows
    ("The Federal Aviation Administration (FAA) said on Monday it would act.",
     [org("Federal Aviation Administration"), org("FAA")],
     ["Federal Aviation Administration"] * 2),
    ("The Harbour Pilots Association (HPA) said on Monday it would strike.",
     [org("Harbour Pilots Association"), org("HPA")], ["Harbour Pilots Association"] * 2),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), OWN_TITLES)
def test_own_titles(text: str, marks: list[tuple[str, str, str]], expected: list[str]) -> None:
    assert [name for _, _, name in linked_marks(text, marks, ENGLISH)] == expected


# place_names.subdivision_titles: a name listed with states is a state
LISTED = [
    ("Governors of Idaho, Washington and Montana met on Monday.",
     [gpe("Idaho"), ("Washington", "GPE", "Washington, D.C."), gpe("Montana")],
     ["Idaho", "Washington (state)", "Montana"]),
    ("Floods hit Tasmania and Victoria, the bureau said.",
     [gpe("Tasmania"), gpe("Victoria")], ["Tasmania", "Victoria (state)"]),
    ("Queensland, New South Wales and Victoria will share the funds.",
     [gpe("Queensland"), gpe("New South Wales"), gpe("Victoria")],
     ["Queensland", "New South Wales", "Victoria (state)"]),
    ("South Australia, Victoria and Tasmania signed the deal.",
     [gpe("South Australia"), gpe("Victoria"), gpe("Tasmania")],
     ["South Australia", "Victoria (state)", "Tasmania"]),
    # untouched: the capital alone, a city listed with cities, a city listed with a country
    ("Officials in Washington said the talks went well.",
     [("Washington", "GPE", "Washington, D.C.")], ["Washington, D.C."]),
    ("Flights from Vancouver, Victoria and Calgary were cut.",
     [gpe("Vancouver"), gpe("Victoria"), gpe("Calgary")], ["Vancouver", "Victoria", "Calgary"]),
    ("Talks in Washington and Canada went well.",
     [("Washington", "GPE", "Washington, D.C."), gpe("Canada")], ["Washington, D.C.", "Canada"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), LISTED)
def test_listed_states(text: str, marks: list[tuple[str, str, str]], expected: list[str]) -> None:
    assert [name for _, _, name in linked_marks(text, marks, ENGLISH)] == expected
