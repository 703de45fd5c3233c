"""Entity types that hold on unseen briefs (session 8, issue 13): facilities by a lower-case
facility word after the name, lone names with no person evidence, bodies whose name holds a
common noun's possessive, a company's name before a model number. On spacy.blank("en"); invented
texts only, each family with cases that must stay untouched."""

from __future__ import annotations

import pytest
import spacy

from briefx.pipeline.entities.context import lone_names
from briefx.pipeline.entities.spans import merge_broken, repair
from tests.pipeline.conftest import ents_of, refined

ENGLISH = frozenset(
    {"line", "copper", "wind", "farm", "mine", "plant", "party", "worker", "farmer", "people",
     "woman", "station", "said", "senate", "crew", "board", "gold", "new", "rail", "union", "western", "apple"}
)  # fmt: skip

NLP = spacy.blank("en")

# a name before a lower-case facility word (after at most two modifiers) is a FAC
FACILITIES = [
    ("Trains on the Kestrel line stopped at noon.", [("Kestrel", "PERSON")],
     [("Kestrel", "FAC", "Kestrel line")]),
    ("Work on the Skelvane wind farm slowed.", [("Skelvane", "ORG")],
     [("Skelvane", "FAC", "Skelvane")]),
    ("Output at the Velasco copper mine fell.", [("Velasco", "PERSON")],
     [("Velasco", "FAC", "Velasco")]),
    ("Crews said the Tarnock mine would reopen.", [("Tarnock", "GPE")],
     [("Tarnock", "FAC", "Tarnock")]),
    # a name NER missed there is added
    ("Delays hit the Harbourside line on Friday.", [],
     [("Harbourside", "FAC", "Harbourside line")]),
    ("Power flowed through the Nordlys interconnector.", [],
     [("Nordlys", "FAC", "Nordlys")]),
    # untouched: a company before a facility it owns, a country or state, a place that locates
    # it, a common word, a title, a party's "line"
    ("The Toyota plant in Ohio shut.", [("Toyota", "ORG"), ("Ohio", "GPE")],
     [("Toyota", "ORG", "Toyota"), ("Ohio", "GPE", "Ohio")]),
    ("Shares of Quorvex fell. The Quorvex plant shut.", [("Quorvex", "ORG"), ("Quorvex", "ORG")],
     [("Quorvex", "ORG", "Quorvex"), ("Quorvex", "ORG", "Quorvex")]),
    ("Rain hit the Texas rail line.", [("Texas", "GPE")], [("Texas", "GPE", "Texas")]),
    ("Trains on the Western line ran late.", [], []),
    ("Labour said the party line held.", [("Labour", "ORG")], [("Labour", "ORG", "Labour")]),
    ("The Senate line on tax held.", [], []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "expected"), FACILITIES)
def test_facilities(
    text: str, spans: list[tuple[str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert refined(text, spans, ENGLISH) == expected


# a one-word name typed a person that nothing shows to be a person is an organisation, or the
# gazetteer's place
LONE = [
    ("Skyjet said it would open two bases.", [("Skyjet", "PERSON")], [("Skyjet", "ORG")]),
    ("Fares rose, Vortana said on Monday.", [("Vortana", "PERSON")], [("Vortana", "ORG")]),
    ("Aid reached Bukavu and Goma.", [("Bukavu", "GPE"), ("Goma", "PERSON")],
     [("Bukavu", "GPE"), ("Goma", "GPE")]),
    ("Convoys reached Kharkiv on Friday.", [("Kharkiv", "PERSON")], [("Kharkiv", "GPE")]),
    ("Shelling hit homes in Velyka Rybytsia and in Zorvanka.",
     [("Zorvanka", "PERSON")], [("Zorvanka", "GPE")]),
    # untouched: a surname of a full name the text gives, a title, a given name, a well-known
    # person's surname, a name in capitals, a hyphenated name
    ("Ana Duvall spoke. Duvall said no.", [("Ana Duvall", "PERSON"), ("Duvall", "PERSON")],
     [("Ana Duvall", "PERSON"), ("Duvall", "PERSON")]),
    ("Mr Okonkwo said no. Okonkwo left.", [("Okonkwo", "PERSON"), ("Okonkwo", "PERSON")],
     [("Okonkwo", "PERSON"), ("Okonkwo", "PERSON")]),
    ("Later, Priya said no.", [("Priya", "PERSON")], [("Priya", "PERSON")]),
    ("Macron said talks would go on.", [("Macron", "PERSON")], [("Macron", "PERSON")]),
    ("OKAFOR WINS AGAIN", [("OKAFOR", "PERSON")], [("OKAFOR", "PERSON")]),
    ("Scores: GILL 64, ROOT 12", [("GILL", "PERSON")], [("GILL", "PERSON")]),
    # an acronym in a line of running text is an organisation (session 9)
    ("The disaster agency, BNPB, said camps were full.", [("BNPB", "PERSON")],
     [("BNPB", "ORG")]),
    ("Officials at KVTR said the line would close.", [("KVTR", "PERSON")], [("KVTR", "ORG")]),
    ("Fares rose 4%, ZELKA said on Monday.", [("ZELKA", "PERSON")], [("ZELKA", "ORG")]),
    ("Abu-Kareem took three wickets.", [("Abu-Kareem", "PERSON")], [("Abu-Kareem", "PERSON")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "expected"), LONE)
def test_lone_names(
    text: str, spans: list[tuple[str, str]], expected: list[tuple[str, str]]
) -> None:
    from briefx.pipeline.coref import link_names
    from briefx.pipeline.entities.context import by_context
    from briefx.pipeline.entities.forms import refine

    doc = NLP(text)
    ents, _ = refine(doc, ents_of(text, spans), ENGLISH)
    by_context(doc, ents, ENGLISH)
    ents = link_names(doc, ents, ENGLISH)
    for e in ents:  # the title the span repair reads before a name (titles.py)
        if text[max(0, e.start - 3) : e.start] == "Mr ":
            e.titles = ("Mr",)
    lone_names(text, ents, ENGLISH)
    assert [(text[e.start : e.end], e.type) for e in ents] == expected


def _doc(text: str, spans: list[tuple[str, str]]) -> spacy.tokens.Doc:
    doc = NLP.make_doc(text)
    ents, pos = [], 0
    for surface, label in spans:
        s = text.index(surface, pos)
        span = doc.char_span(s, s + len(surface), label=label)
        assert span is not None, surface
        ents.append(span)
        pos = s + len(surface)
    doc.ents = ents
    return doc


# a possessive of a capitalised plural common noun inside a body's name is no cut; a full stop is
POSSESSIVES = [
    ("The Farmers' Union met.", [("Farmers' Union", "ORG")], ["Farmers' Union"]),
    ("The Working People's Party won.", [("Working People's Party", "ORG")],
     ["Working People's Party"]),
    ("The Women's Rugby Association said so.", [("Women's Rugby Association", "ORG")],
     ["Women's Rugby Association"]),
    # NER broke it in two at the possessive
    ("The Workers' Party won.", [("Workers", "ORG"), ("Party", "ORG")], ["Workers' Party"]),
    # untouched: a name's possessive, a product after a company, a body with no head word
    ("Norland's Defence Ministry said so.", [("Norland's Defence Ministry", "ORG")],
     ["Norland", "Defence Ministry"]),
    ("Apple's iPhone sold.", [("Apple's iPhone", "ORG")], ["Apple", "iPhone"]),
    ("The People's Daily said so.", [("People's Daily", "ORG")], ["People", "Daily"]),
    # a sentence's full stop NER ran over ends the name
    ("Crews left Port Alder. Velmora said so.", [("Port Alder. Velmora", "ORG")],
     ["Port Alder", "Velmora"]),
    ("Work stopped at Cerro Azul! Tarvik said.", [("Cerro Azul! Tarvik", "ORG")],
     ["Cerro Azul", "Tarvik"]),
    # untouched: a stop inside an abbreviation
    ("Shares of Acme Corp. fell.", [("Acme Corp.", "ORG")], ["Acme Corp."]),
    ("Talks in Washington, D.C. ended.", [("Washington, D.C.", "GPE")], ["Washington, D.C."]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "expected"), POSSESSIVES)
def test_body_possessives(text: str, spans: list[tuple[str, str]], expected: list[str]) -> None:
    doc = _doc(text, spans)
    got = [m.text for ent in merge_broken(doc, ENGLISH) for m in repair(doc, ent, ENGLISH)]
    assert got == expected


# a company's name before a model number is one PRODUCT
MODELS = [
    ("Delays to the Boeing 777-9 kept older jets flying.", [("Boeing", "ORG")],
     [("Boeing 777-9", "PRODUCT", "Boeing 777-9")]),
    ("Airbus will deliver more Airbus 330 jets.", [("Airbus", "ORG"), ("Airbus", "ORG")],
     [("Airbus", "ORG", "Airbus"), ("Airbus 330", "PRODUCT", "Airbus 330")]),
    ("Boeing said deliveries of the Boeing 737 MAX 10 slipped.",
     [("Boeing", "ORG"), ("Boeing", "ORG")],
     [("Boeing", "ORG", "Boeing"), ("Boeing 737 MAX 10", "PRODUCT", "Boeing 737 MAX 10")]),
    # a company's name right before a designation is its brand; the company alone stays itself
    ("Carriers fly the Airbus A321neo to Rome. Airbus said so.",
     [("Airbus", "ORG"), ("Rome", "GPE"), ("Airbus", "ORG")],
     [("Airbus A321neo", "PRODUCT", "Airbus A321neo"), ("Rome", "GPE", "Rome"),
      ("Airbus", "ORG", "Airbus")]),
    ("Airbus said its A350 deliveries slowed as the A1 closed.", [("Airbus", "ORG")],
     [("Airbus", "ORG", "Airbus"), ("A350", "PRODUCT", "A350"), ("A1", "FAC", "A1")]),
    # plurals of product nouns count as the singular
    ("Buyers liked the Pixel 9 phones.", [], [("Pixel 9", "PRODUCT", "Pixel 9")]),
    # untouched: an amount, a year, a percentage after a company
    ("Regulators fined Apple 410 million euros.", [("Apple", "ORG")],
     [("Apple", "ORG", "Apple")]),
    ("Boeing 2025 results were weak.", [("Boeing", "ORG")], [("Boeing", "ORG", "Boeing")]),
    ("Boeing 12 percent of the market was lost.", [("Boeing", "ORG")],
     [("Boeing", "ORG", "Boeing")]),
    ("About 140 vessels waited at anchor.", [], []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "expected"), MODELS)
def test_brand_models(
    text: str, spans: list[tuple[str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert refined(text, spans, ENGLISH) == expected


# in sports copy an event named by its host keeps the host's name: a demonym or a country
HOST_EVENTS = [
    ("Rossi won the Belgian Grand Prix after a 2-1 battle.", [("Belgian", "NORP")],
     [("Belgian Grand Prix", "EVENT")]),
    ("Kerr beat Moss 6-3, 6-4 to reach the Danish Open final.", [("Danish", "NORP")],
     [("Danish Open", "EVENT")]),
    ("Team Velox won the Monaco Grand Prix after a 2-1 duel.",
     [("Monaco", "GPE"), ("Prix", "EVENT")], [("Monaco Grand Prix", "EVENT")]),
    # untouched: a league's demonym, a home nation's side, a headline in capitals
    ("Velmora won 2-1 in the Italian Serie A.", [("Italian", "NORP")],
     [("Italian", "NORP"), ("Serie A", "ORG")]),
    ("Hosts named their England World Cup squad after a 2-1 win.", [("England", "GPE")],
     [("England", "GPE"), ("World Cup", "EVENT")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "expected"), HOST_EVENTS)
def test_host_events(
    text: str, spans: list[tuple[str, str]], expected: list[tuple[str, str]]
) -> None:
    from briefx.pipeline.entities.sports import teams

    doc = NLP(text)
    got = [(text[e.start : e.end], e.type) for e in teams(doc, ents_of(text, spans), ENGLISH)]
    assert [g for g in got if g[1] in ("EVENT", "NORP", "GPE") or g in expected] == expected


# a word the company table lists that NER left untagged is that company
LISTED = [
    ("Regulators fined Apple on Wednesday.", [], [("Apple", "ORG", "Apple Inc.")]),
    ("After the vote Glencore said it would sell.", [], [("Glencore", "ORG", "Glencore")]),
    ("Orders rose, and Kone reports next week.", [], [("Kone", "ORG", "Kone")]),
    ("Talks with Anglo American went on.", [("Anglo American", "NORP")],
     [("Anglo American", "ORG", "Anglo American")]),
    ("Shares rose as Glencore gained.", [("Glencore", "PERSON")], [("Glencore", "ORG", "Glencore")]),
    # untouched: a group the table lists under another name, a title before a person
    ("Anglo voters stayed home.", [("Anglo", "NORP")], [("Anglo", "NORP", "Anglo")]),
    # untouched: an English word at a sentence start, inside a longer name, a month
    ("Next year prices rise.", [], []),
    ("Shell companies were closed.", [], []),
    ("Staff at Apple Valley Farms left.", [], []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "expected"), LISTED)
def test_listed_companies(
    text: str, spans: list[tuple[str, str]], expected: list[tuple[str, str, str]]
) -> None:
    from briefx.pipeline.entities.context import listed_companies

    doc = NLP(text)
    ents = ents_of(text, spans)
    listed_companies(doc, ents, ENGLISH | {"next", "shell", "company", "year", "price"})
    assert [(text[e.start : e.end], e.type, e.name) for e in ents] == expected


# a name that ends with a body's head word is an ORG, whatever NER typed it
BODY_HEADS = [
    ("Fees rose, the Harbour of Velmora Authority said.", [("Harbour of Velmora Authority", "LOC")],
     [("Harbour of Velmora Authority", "ORG")]),
    ("The Tarsk Regional Agency met.", [("Tarsk Regional Agency", "GPE")],
     [("Tarsk Regional Agency", "ORG")]),
    ("The Norland Farmers Association said so.", [("Norland Farmers Association", "FAC")],
     [("Norland Farmers Association", "ORG")]),
    # untouched: heads that also end facilities' names, a union of states
    ("Crews met at the Velmora Space Center.", [("Velmora Space Center", "FAC")],
     [("Velmora Space Center", "FAC")]),
    ("The Soviet Union fell.", [("Soviet Union", "GPE")], [("Soviet Union", "GPE")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "expected"), BODY_HEADS)
def test_body_heads(
    text: str, spans: list[tuple[str, str]], expected: list[tuple[str, str]]
) -> None:
    assert [(t, y) for t, y, _ in refined(text, spans, ENGLISH)] == expected


# a name right after a vessel's or craft's kind noun is that vessel or craft (PRODUCT)
CRAFTS = [
    ("The container ship Velmora Star lost power.", [("Velmora Star", "ORG")],
     [("Velmora Star", "PRODUCT")]),
    ("The tanker Sea Kestrel ran aground.", [("Sea Kestrel", "PERSON")],
     [("Sea Kestrel", "PRODUCT")]),
    ("A bulk carrier Tarsk Dawn was towed.", [("Tarsk Dawn", "ORG")], [("Tarsk Dawn", "PRODUCT")]),
    # untouched: an airline after "carrier", a listed company, a place
    ("The carrier Skyjet cut fares.", [("Skyjet", "ORG")], [("Skyjet", "ORG")]),
    ("The ship Glencore chartered sank.", [("Glencore", "ORG")], [("Glencore", "ORG")]),
    ("The ferry Dover left.", [("Dover", "GPE")], [("Dover", "GPE")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "expected"), CRAFTS)
def test_crafts(text: str, spans: list[tuple[str, str]], expected: list[tuple[str, str]]) -> None:
    assert [(t, y) for t, y, _ in refined(text, spans, ENGLISH)] == expected


# an appositive ", the <kind noun>" after a name gives its type
APPOSITIVES = [
    ("Output at Tarnvik, the copper mine in Peru, fell.", [("Tarnvik", "GPE"), ("Peru", "GPE")],
     [("Tarnvik", "FAC"), ("Peru", "GPE")]),
    ("Orders at Velcora, the lift maker, rose.", [("Velcora", "PERSON")], [("Velcora", "ORG")]),
    ("Rain swelled the Oskava, the river that runs south.", [("Oskava", "ORG")],
     [("Oskava", "LOC")]),
    ("Crews reached Dolna, a town near the border.", [("Dolna", "PERSON")], [("Dolna", "GPE")]),
    # untouched: a person before a company word, a country, no kind noun
    ("Ana Ruiz, the firm's founder, spoke.", [("Ana Ruiz", "PERSON")], [("Ana Ruiz", "PERSON")]),
    ("France, the host nation, won.", [("France", "GPE")], [("France", "GPE")]),
    ("Velcora, the favourite, won.", [("Velcora", "PERSON")], [("Velcora", "PERSON")]),
    ("Jets flew from Velmora Airport, the airline said.", [("Velmora Airport", "FAC")],
     [("Velmora Airport", "FAC")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "expected"), APPOSITIVES)
def test_appositives(
    text: str, spans: list[tuple[str, str]], expected: list[tuple[str, str]]
) -> None:
    assert [(t, y) for t, y, _ in refined(text, spans, ENGLISH | {"lift", "maker"})] == expected


# a metropolitan region of a city NER missed after "in" is a GPE
METRO = [
    ("In Greater Manchester, trams ran late.", [], [("Greater Manchester", "GPE")]),
    ("Rents rose in Greater Lyon last year.", [], [("Greater Lyon", "GPE")]),
    ("Buses were added in Metro Vancouver.", [], [("Metro Vancouver", "GPE")]),
    # untouched: a lead word before no city, a common word after "In"
    ("Rents rose in Greater Velmora.", [], []),
    ("In Brief, prices rose.", [], []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "expected"), METRO)
def test_metro_regions(
    text: str, spans: list[tuple[str, str]], expected: list[tuple[str, str]]
) -> None:
    assert [(t, y) for t, y, _ in refined(text, spans, ENGLISH)] == expected


# a capitalised run after "the" that ends with a law word is one LAW
LAWS = [
    ("Firms breached the Digital Fairness Act on Monday.", [("Digital Fairness", "ORG")],
     [("Digital Fairness Act", "LAW")]),
    ("The question the AI Act leaves open.", [], [("AI Act", "LAW")]),
    ("Both signed the Velmora Treaty in May.", [("Velmora", "GPE")], [("Velmora Treaty", "LAW")]),
    # untouched: a lone law word, a year after it (law_years reads it), a longer body's name
    ("The Act says so.", [], []),
    ("Under the Clean Rivers Act 1991 firms pay.", [], []),
    ("The Trade Agreement Secretariat met.", [("Trade Agreement Secretariat", "ORG")],
     [("Trade Agreement Secretariat", "ORG")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "expected"), LAWS)
def test_laws(text: str, spans: list[tuple[str, str]], expected: list[tuple[str, str]]) -> None:
    from briefx.pipeline.entities.context import laws

    ents = ents_of(text, spans)
    laws(text, ents)
    assert [
        (text[e.start : e.end], e.type) for e in sorted(ents, key=lambda e: e.start)
    ] == expected


# a name that ends with a company's line of business is an ORG, not a person or a place
SECTORS = [
    ("Skyvale Air will fly to Tirana.", [("Skyvale Air", "PERSON"), ("Tirana", "GPE")],
     [("Skyvale Air", "ORG"), ("Tirana", "GPE")]),
    ("Ostrava Capital said it would invest.", [("Ostrava Capital", "GPE")],
     [("Ostrava Capital", "ORG")]),
    ("Orders at Tarnvik Robotics rose.", [("Tarnvik Robotics", "PERSON")],
     [("Tarnvik Robotics", "ORG")]),
    # untouched: a surname that is an English word, a title before a person, a one-word name
    ("Mara Steel said so.", [("Mara Steel", "PERSON")], [("Mara Steel", "PERSON")]),
    ("Energy rose.", [], []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "expected"), SECTORS)
def test_sector_words(
    text: str, spans: list[tuple[str, str]], expected: list[tuple[str, str]]
) -> None:
    assert [(t, y) for t, y, _ in refined(text, spans, ENGLISH)] == expected


# a venue word that opens a name makes it a FAC, also outside sports copy
VENUES = [
    ("The race moves to the Circuit Pierre Laval in May.", [("Circuit Pierre Laval", "PERSON")],
     [("Circuit Pierre Laval", "FAC")]),
    ("Fans filled the Stadio Velmora on Sunday.", [("Stadio Velmora", "ORG")],
     [("Stadio Velmora", "FAC")]),
    ("Drivers tested at the Autodromo Tarsk.", [("Autodromo Tarsk", "GPE")],
     [("Autodromo Tarsk", "FAC")]),
    # untouched: a venue word that ends no name, a lone word
    ("Arena said it would hire.", [("Arena", "ORG")], [("Arena", "ORG")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "expected"), VENUES)
def test_venues(text: str, spans: list[tuple[str, str]], expected: list[tuple[str, str]]) -> None:
    assert [(t, y) for t, y, _ in refined(text, spans, ENGLISH)] == expected


# an untagged capitalised word before a reporting verb, that no person explains, is an ORG
SPEAKERS = [
    ("Shares fell after EDF said the reactor would wait.", [], [("EDF", "ORG")]),
    ("After the vote, Velmix announced a deal.", [], [("Velmix", "ORG")]),
    ("In a statement Ørsted said work would stop.", [], [("Ørsted", "ORG")]),
    # untouched: a person's surname the text gives, a given name, a plural noun, a pronoun,
    # a weekday, the end of a longer name
    ("Ana Ruiz spoke. Later Ruiz said more.", [("Ana Ruiz", "PERSON")], [("Ana Ruiz", "PERSON")]),
    ("Later Priya said no.", [], []),
    ("Officials said no and he said yes.", [], []),
    ("Monday said it all.", [], []),
    ("The Tarsk Velmix said so.", [], []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "expected"), SPEAKERS)
def test_speakers(text: str, spans: list[tuple[str, str]], expected: list[tuple[str, str]]) -> None:
    from briefx.pipeline.entities.context import speakers

    doc = NLP(text)
    ents = ents_of(text, spans)
    speakers(doc, ents, ENGLISH | {"official", "share", "statement"})
    assert [(text[e.start : e.end], e.type) for e in ents] == expected
