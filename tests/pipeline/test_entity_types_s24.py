"""Entity spans and types, session 24 (issue 13, families read off the opened sets' errors): a
saint's possessive inside a site's name and a firm's own "'s" (``entities.spans``), stock
indices named without the word "index" (``context.index_names``), places after more
prepositions of place (``context.lone_bodies``, ``context.lone_names``) and untagged
subdivisions of a country the document names (``places.country_subdivisions``). On
``spacy.blank("en")`` with NER's spans set by hand and on plain mention lists. Invented texts;
each rule has three new cases of its family and cases that must stay untouched."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.context import lone_bodies, lone_names
from briefx.pipeline.entities.places import country_subdivisions
from briefx.pipeline.entities.spans import repair
from tests.pipeline.conftest import refined

NLP = spacy.blank("en")
ENGLISH = frozenset({"index", "said", "rose", "fell", "square", "park", "ontario", "punjab"})

Mark = tuple[str, str, str]  # (surface, type, name)


def doc_with(text: str, spans: list[tuple[str, str]]) -> Doc:
    """A blank Doc with NER spans (surface, label), each at its next occurrence."""
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


def _ents(text: str, marks: list[Mark]) -> list[Ent]:
    ents, pos = [], 0
    for surface, typ, name in marks:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, name))
        pos = s + len(surface)
    return ents


def _m(surface: str, typ: str, name: str = "") -> Mark:
    return (surface, typ, name or surface)


# A saint's possessive is inside the name of the site named after the saint, and a site whose
# head word is a facility's is a FAC; untouched: a country's or a firm's possessive, a saint's
# town before a title ("St. Louis' Mayor").
SAINTS = [
    ("Pilgrims crowded into St Brendan's Square at noon.", [("St Brendan's Square", "GPE")],
     [("St Brendan's Square", "FAC")]),
    ("The choir sang in St. Aidan's Cathedral on Sunday.", [("St. Aidan's Cathedral", "ORG")],
     [("St. Aidan's Cathedral", "FAC")]),
    ("Rovers lost 2-0 at St Ninian' Park.", [("St Ninian' Park", "FAC")],
     [("St Ninian' Park", "FAC")]),
    ("Crowds filled Saint Oswin's Plaza.", [("Saint Oswin's Plaza", "LOC")],
     [("Saint Oswin's Plaza", "FAC")]),
    # untouched
    ("Estonia's Defence Ministry said so.", [("Estonia's Defence Ministry", "ORG")],
     [("Estonia", "ORG"), ("Defence Ministry", "ORG")]),
    ("St. Louis' Mayor Dara Quill spoke.", [("St. Louis' Mayor Dara Quill", "PERSON")],
     [("St. Louis", "PERSON"), ("Dara Quill", "PERSON")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "want"), SAINTS)
def test_saints_sites(text: str, spans: list[tuple[str, str]], want: list[tuple[str, str]]):
    doc = doc_with(text, spans)
    assert [(m.text, m.label) for ent in doc.ents for m in repair(doc, ent)] == want


# A firm's own "'s" (auction houses, shops, brands named for their founders) stays in its name
# where it owns no noun: a preposition, a conjunction, a verb of saying or a comma follows it.
# Untouched: a possessive before a noun, a list of possessives, "in-house", a country's.
OWN_S = [
    ("The vase sold at Brantwell's on Friday.", [("Brantwell's", "ORG")], [("Brantwell's", "ORG")]),
    ("Shoppers queued outside Pellman's, the store said.", [("Pellman's", "ORG")],
     [("Pellman's", "ORG")]),
    ("The brand sits beside Crunchy and Marlo's in shops.", [("Marlo", "ORG")],
     [("Marlo's", "ORG")]),
    ("Quellmar's said sales rose.", [("Quellmar's", "ORG")], [("Quellmar's", "ORG")]),
    # untouched
    ("Brantwell's shares fell.", [("Brantwell's", "ORG")], [("Brantwell", "ORG")]),
    ("Brantwell's and Pellman's stores shut.", [("Brantwell's", "ORG"), ("Pellman's", "ORG")],
     [("Brantwell", "ORG"), ("Pellman", "ORG")]),
    ("Brantwell's in-house brand grew.", [("Brantwell's", "ORG")], [("Brantwell", "ORG")]),
    ("Troops left Estonia's in May.", [("Estonia's", "ORG")], [("Estonia", "ORG")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "want"), OWN_S)
def test_own_possessive(text: str, spans: list[tuple[str, str]], want: list[tuple[str, str]]):
    doc = doc_with(text, spans)
    assert [(m.text, m.label) for ent in doc.ents for m in repair(doc, ent)] == want


# Stock indices named without "index" before a number: right before "index", after "broader",
# with their number before a move in percent, moving to a level in points. Untouched: a firm's
# price with its currency, a name before a number with no move, a model number.
INDEXES = [
    ("The broader Varlo lost 3.1% on Monday.", [("Varlo", "ORG")], []),
    ("The MERX40 index rose 1.2% to 8,410.22.", [("MERX40", "PRODUCT")], []),
    ("Dulan's Koska fell 2.5% to 2,118.40 by the close.", [("Dulan", "GPE"), ("Koska", "ORG")],
     [("Dulan", "GPE", "Dulan")]),
    ("In Pesh, the TRX 50 ended 0.7% higher.", [("Pesh", "GPE"), ("TRX", "ORG")],
     [("Pesh", "GPE", "Pesh")]),
    # untouched
    ("Vardex fell 3% to $241.05 on Friday.", [("Vardex", "ORG")], [("Vardex", "ORG", "Vardex")]),
    ("Vardex rose to 1,204.55 pence.", [("Vardex", "ORG")], [("Vardex", "ORG", "Vardex")]),
    ("The KSX 100 rose and Kestrel 737 jets flew.", [("KSX", "ORG"), ("Kestrel", "ORG")],
     [("KSX", "ORG", "KSX"), ("Kestrel 737", "PRODUCT", "Kestrel 737")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "want"), INDEXES)
def test_index_names(text: str, spans: list[tuple[str, str]], want: list[tuple[str, str, str]]):
    assert refined(text, spans, ENGLISH) == want


# A one-word name NER typed a body, every mention after a preposition of place or a verb of
# reaching, is a place; session 24 adds "towards", "around" and "between". Untouched: a name
# that speaks, a firm's stake.
BODIES = [
    ("Fighting spread towards Korvani. Aid reached Korvani on Monday.",
     [_m("Korvani", "ORG"), _m("Korvani", "ORG")], [("Korvani", "GPE"), ("Korvani", "GPE")]),
    ("Families sheltered in camps around Dessoba.", [_m("Dessoba", "ORG")],
     [("Dessoba", "GPE")]),
    ("The road between Ulmeti and the border is cut.", [_m("Ulmeti", "ORG")],
     [("Ulmeti", "GPE")]),
    # untouched
    ("Trucks drove towards Korvani. Korvani said it had fuel.",
     [_m("Korvani", "ORG"), _m("Korvani", "ORG")], [("Korvani", "ORG"), ("Korvani", "ORG")]),
    ("Funds rotated towards Nexivo, and Nexivo's shares rose.",
     [_m("Nexivo", "ORG"), _m("Nexivo", "ORG")], [("Nexivo", "ORG"), ("Nexivo", "ORG")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), BODIES)
def test_lone_bodies(text: str, marks: list[Mark], want: list[tuple[str, str]]):
    ents = _ents(text, marks)
    lone_bodies(text, ents, frozenset({"said", "rose"}))
    assert [(text[e.start : e.end], e.type) for e in ents] == want


# A lone one-word "person" that opens a sentence after "In" and before a comma is a place.
# Untouched: "In X's view" (a possessive), a name after "In" with no comma.
FRONTED = [
    ("Rain fell all night. In Valdora, cars lay in the mud.", [_m("Valdora", "PERSON")],
     [("Valdora", "GPE")]),
    ("In Tessamo, schools shut.", [_m("Tessamo", "PERSON")], [("Tessamo", "GPE")]),
    ("Roads closed. In Mirebo, the river rose.", [_m("Mirebo", "PERSON")], [("Mirebo", "GPE")]),
    # untouched
    ("In Quorvel's view, fares will rise.", [_m("Quorvel", "PERSON")], [("Quorvel", "ORG")]),
    ("In Quorvel we trust, fans sang.", [_m("Quorvel", "PERSON")], [("Quorvel", "ORG")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), FRONTED)
def test_fronted_places(text: str, marks: list[Mark], want: list[tuple[str, str]]):
    ents = _ents(text, marks)
    lone_names(text, ents, frozenset({"said", "rose"}))
    assert [(text[e.start : e.end], e.type) for e in ents] == want


# Untagged first-level subdivisions (ISO 3166-2, the gazetteer) of a country the document names
# through a country, another subdivision or a city. Untouched: a subdivision of a country the
# document does not name, a direction word, a given name, a word inside a mention.
SUBDIVISIONS = [
    ("Jobs rose 2% in Canada. Manitoba added 4,000 and Alberta 9,000.",
     [_m("Canada", "GPE"), _m("Alberta", "GPE")], ["Canada", "Manitoba", "Alberta"]),
    ("Rainfall in Kerala beat records, while Bihar and Odisha stayed dry.",
     [_m("Kerala", "GPE")], ["Kerala", "Bihar", "Odisha"]),
    ("Prices rose most in Auckland; Southland (+3%) and Otago (+2%) followed.",
     [_m("Auckland", "GPE")], ["Auckland", "Southland", "Otago"]),
    ("Flood aid reached Pakistan. Sindh was worst hit.", [_m("Pakistan", "GPE")],
     ["Pakistan", "Sindh"]),
    # untouched
    ("Jobs rose 2% in Canada. Bihar reported no data.", [_m("Canada", "GPE")], ["Canada"]),
    ("Ghana's Central and Western votes were counted.", [_m("Ghana", "GPE")], ["Ghana"]),
    ("Victoria said Canada should act.", [_m("Canada", "GPE")], ["Canada"]),
    ("The Manitoba Hydro board met in Canada.", [_m("Manitoba Hydro", "ORG"), _m("Canada", "GPE")],
     ["Manitoba Hydro", "Canada"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), SUBDIVISIONS)
def test_country_subdivisions(text: str, marks: list[Mark], want: list[str]):
    ents = _ents(text, marks)
    country_subdivisions(text, ents, ENGLISH)
    assert [text[e.start : e.end] for e in sorted(ents, key=lambda e: e.start)] == want
    assert all(e.type == "GPE" for e in ents if e.name not in ("Manitoba Hydro",))


# Spans that name no entity (``spans.keep``): a rate named in capitals, a designation NER cut
# before its number, a lone weekday, "the Opposition". Untouched: a rate inside a body's name,
# a newspaper named after a day, a name before "No." with no number, a body's acronym.
DROPS = [
    ("The bank cut Lending Rate to 4%.", [("Lending Rate", "ORG")], []),
    ("It held the Overnight Policy Rate steady.", [("Overnight Policy Rate", "ORG")], []),
    ("Forecasters raised Wind Signal No. 3 for the coast.", [("Wind Signal No", "ORG")], []),
    ("The agency issued Bulletin No 12 on Monday.", [("Bulletin No", "ORG")], []),
    ("The ban starts on Friday.", [("Friday", "ORG")], []),
    ("The app faces a Sunday ban.", [("Sunday", "ORG")], []),
    ("The Opposition voted against it.", [("Opposition", "ORG")], []),
    # untouched
    ("The Rate Setting Board met.", [("Rate Setting Board", "ORG")], ["Rate Setting Board"]),
    ("The Sunday Courier said so.", [("Sunday Courier", "ORG")], ["Sunday Courier"]),
    ("Voters in Ayes and No backed it.", [("Ayes and No", "ORG")], ["Ayes and No"]),
    ("The Veltra Party led the Opposition Front.", [("Veltra Party", "ORG")], ["Veltra Party"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "want"), DROPS)
def test_no_entity(text: str, spans: list[tuple[str, str]], want: list[str]):
    from briefx.pipeline.entities.spans import keep

    doc = doc_with(text, spans)
    got = [m.text for ent in doc.ents for m in repair(doc, ent) if keep(doc, m, set())]
    assert got == want


# A weekday in a club's name does not stand for the club ("on Wednesday" is a day); other words
# of a club's name still do.
@pytest.mark.parametrize(
    ("club", "text", "short", "want"),
    [
        ("Torvik Wednesday", "Torvik Wednesday lost. Fixtures resume on Wednesday.", "wednesday",
         False),
        ("Ashgrove Saturday", "Ashgrove Saturday won. Ashgrove play on Saturday.", "saturday",
         False),
        ("Dunmore Friday", "Dunmore Friday drew. The next game is on Friday.", "friday", False),
        # untouched
        ("Torvik Rovers", "Torvik Rovers lost, and Rovers sacked the coach.", "rovers", True),
    ],
)  # fmt: skip
def test_weekday_short_forms(club: str, text: str, short: str, want: bool):
    from briefx.pipeline.entities.sports import short_forms

    teams = {club.lower(): club}
    short_forms(text, [], teams)
    assert (short in teams) is want


# An acronym in brackets that abbreviates a name of three or more capitalised words in its own
# way (initials in order inside it, or it opens the initials) names that body; untouched: a
# bracket whose letters the name does not give, a two-word name, an office.
ACRONYMS = [
    ("The Northern Lakes Fisheries Board (NOLAFB) met.", "NOLAFB",
     "Northern Lakes Fisheries Board"),
    ("The Ministry of Ports and Inland Shipping (MoPIS) said so.", "MoPIS",
     "Ministry of Ports and Inland Shipping"),
    ("The Joint Monitoring Committee on Grain Exports (JMC) agreed.", "JMC",
     "Joint Monitoring Committee on Grain Exports"),
    # untouched
    ("The Northern Lakes Fisheries Board (Reuters) said.", "Reuters", None),
    ("Shares of Orlin Vask (OVQZ) fell.", "OVQZ", None),
    ("The Regional Water Commissioner (RWCX) spoke.", "RWCX", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "acr", "name"), ACRONYMS)
def test_acronyms_by_initials(text: str, acr: str, name: str | None):
    from briefx.pipeline.entities.linking import find_acronyms

    names, _, _, _ = find_acronyms(NLP(text), [])
    assert names.get(acr) == name


# A name the document writes with a number at least twice and never alone is a family of
# models (PRODUCT), whatever NER made of the name; untouched: a name also written alone, one
# written with a number once, an English word before a number.
FAMILIES = [
    ("The last Kestrel 5 flew in 2023. Kestrel 6 lifted off on Monday.",
     [("Kestrel", "PERSON"), ("Kestrel", "PERSON")],
     [("Kestrel 5", "PRODUCT"), ("Kestrel 6", "PRODUCT")]),
    ("Varnix 10 users must move to Varnix 11 by June.", [("Varnix", "ORG"), ("Varnix", "ORG")],
     [("Varnix 10", "PRODUCT"), ("Varnix 11", "PRODUCT")]),
    ("Orders for the Talvo 3 doubled, and Talvo 3 deliveries start soon.",
     [("Talvo", "PERSON"), ("Talvo", "ORG")], [("Talvo 3", "PRODUCT"), ("Talvo 3", "PRODUCT")]),
    # untouched
    ("Kestrel 5 flew. Kestrel said it would fly again.", [("Kestrel", "PERSON"), ("Kestrel", "ORG")],
     [("Kestrel", "PERSON"), ("Kestrel", "PERSON")]),
    ("Marta Quell scored 3 goals; Quell 2 assists.", [("Marta Quell", "PERSON"), ("Quell", "PERSON")],
     [("Marta Quell", "PERSON"), ("Quell", "PERSON")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "want"), FAMILIES)
def test_model_families(text: str, spans: list[tuple[str, str]], want: list[tuple[str, str]]):
    assert [(s, t) for s, t, _ in refined(text, spans, ENGLISH)] == want


# A weekday is no side of a match, also after a fixture verb ("faces Sunday ban").
@pytest.mark.parametrize(
    "text",
    [
        "Rovers face Saturday deadline after 2-1 loss.",
        "The club faces Friday hearing; it lost 3-0.",
        "United meet Sunday crowd after 1-1 draw.",
    ],
)
def test_weekday_no_side(text: str):
    from briefx.pipeline.entities.sports import matches

    ents: list[Ent] = []
    matches(text, ents, {}, [], frozenset())
    assert not any(text[e.start : e.end].lower() in ("saturday", "friday", "sunday") for e in ents)


# A minister's portfolio that NER typed an ORG is part of the title; untouched: a body with a
# head word after the title, a place after a second "of".
PORTFOLIOS = [
    ("Ann Roe, Minister of Forestry, spoke.", [("Forestry", "ORG")], []),
    ("The Chancellor of the Duchy said so.", [("Duchy", "ORG")], []),
    ("Ministers for Tourism met in Rome.", [("Tourism", "ORG")], []),
    # untouched
    ("The Minister of the Valdor Council spoke.", [("Valdor Council", "ORG")], ["Valdor Council"]),
    ("The Minister of Finance of Ostravia spoke.", [("Ostravia", "GPE")], ["Ostravia"]),
    ("The Forestry Board said so.", [("Forestry Board", "ORG")], ["Forestry Board"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "want"), PORTFOLIOS)
def test_portfolios(text: str, spans: list[tuple[str, str]], want: list[str]):
    from briefx.pipeline.entities.spans import keep

    doc = doc_with(text, spans)
    got = [m.text for ent in doc.ents for m in repair(doc, ent) if keep(doc, m, set())]
    assert got == want


# A name ending with "Line" along a route or ridden on is a railway (FAC); untouched: a line
# named without a route, a FAC already.
RAIL = [
    ("Trains on the Kelso Line were cut.", [_m("Kelso Line", "ORG")], ["FAC"]),
    ("The Harwick Line between Ayr and Troon reopened.", [_m("Harwick Line", "PERSON")], ["FAC"]),
    ("Work on the Brenn Line to Linz ends in May.", [_m("Brenn Line", "ORG")], ["FAC"]),
    # untouched
    ("A Tarvo Line spokesman said the ship was late.", [_m("Tarvo Line", "ORG")], ["ORG"]),
    ("The Osk Line opened.", [_m("Osk Line", "LOC")], ["LOC"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), RAIL)
def test_rail_lines(text: str, marks: list[Mark], want: list[str]):
    from briefx.pipeline.entities.structures import rail_lines

    ents = _ents(text, marks)
    rail_lines(text, ents)
    assert [e.type for e in ents] == want


# Every mention linked to a player read off "Country's Name" is that player too (sports copy);
# untouched: a mention of another name.
def test_players_by_linked_name():
    from briefx.pipeline.entities.sports import players

    text = "Norway's Tomas Kellan beat Jon Ruud 6-4 6-3. Kellan serves next. Kellan said so."
    ents = _ents(
        text,
        [
            _m("Norway", "GPE"),
            _m("Tomas Kellan", "ORG"),
            _m("Jon Ruud", "PERSON"),
            ("Kellan", "ORG", "Tomas Kellan"),
            ("Kellan", "ORG", "Tomas Kellan"),
        ],
    )
    players(text, ents, frozenset({"beat", "serves", "said"}))
    assert [e.type for e in ents] == ["GPE", "PERSON", "PERSON", "PERSON", "PERSON"]


# A place NER joined by "and" to a town it typed a body stays a place; untouched: a place
# joined to a firm, a person joined to a firm.
TOWNS = [
    ("The road between Kessaba and Nairobi is cut.", [("Kessaba", "GPE"), ("Nairobi", "ORG")],
     "GPE"),
    ("Aid left Dorvo and Mombasa on Monday.", [("Dorvo", "GPE"), ("Mombasa", "ORG")], "GPE"),
    ("Camps near Ulbari, Kampala and Gulu filled.", [("Ulbari", "GPE"), ("Kampala", "ORG")],
     "GPE"),
    # untouched
    ("It competes with Sonorel and Bose.", [("Sonorel", "GPE"), ("Bose", "ORG")], "ORG"),
    ("Orders from Kessaba and Toyota rose.", [("Kessaba", "GPE"), ("Toyota", "ORG")], "ORG"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "want"), TOWNS)
def test_places_beside_towns(text: str, spans: list[tuple[str, str]], want: str):
    from briefx.pipeline.entities.forms import coordinated_orgs

    ents = _ents(text, [(s, t, s) for s, t in spans])
    coordinated_orgs(text, ents, ENGLISH)
    assert ents[0].type == want


# A person's name with a family name's particle before a facility word stays a person;
# untouched: a square or port named with a particle that opens with no given name.
PARTICLES = [
    ("Joost van Dam spoke.", "Joost van Dam", "PERSON"),
    ("Anna de Tower spoke.", "Anna de Tower", "PERSON"),
    ("Klaus von Bridge spoke.", "Klaus von Bridge", "PERSON"),
    # untouched
    ("Crowds filled Plaza de Tower.", "Plaza de Tower", "FAC"),
    ("Traffic crossed the Orvel Bridge.", "Orvel Bridge", "FAC"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "want"), PARTICLES)
def test_particle_names(text: str, name: str, want: str):
    from briefx.pipeline.entities.forms import by_head_word

    ents = _ents(text, [_m(name, "PERSON")])
    by_head_word(NLP(text), text, ents)
    assert ents[0].type == want


# A line of English words in capitals before a dash and a date labels a release, no place;
# untouched: a city of several words, one word of a place.
RELEASES = [
    ("PRESS RELEASE – 29 October 2024\nText.", []),
    ("NEWS RELEASE - 3 March 2025\nText.", []),
    ("MEDIA STATEMENT – 12 May 2026\nText.", []),
    # untouched
    ("SALT LAKE CITY – 12 May 2026\nText.", ["SALT LAKE CITY"]),
    ("LONDON – 12 May 2026\nText.", ["LONDON"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), RELEASES)
def test_release_labels(text: str, want: list[str]):
    from briefx.pipeline.entities.spans import datelines

    nlp = spacy.blank("en")
    nlp.add_pipe("briefx_metadata")
    english = frozenset({"press", "release", "news", "media", "statement", "salt", "lake", "city"})
    found, _ = datelines(nlp(text), english)
    assert [m.text for m in found] == want


# A continent or world region of CLDR's is a LOC named so, whatever type the vote gave it;
# untouched: a people's adjective, a longer name holding a region's, a LOC already.
REGIONS = [
    ("Kelvair, Europe's largest carrier, said so.", [("Europe", "ORG", "Europe")],
     [("LOC", "Europe")]),
    ("Africa accounts for most cases.", [("Africa", "ORG", "Africa CDC")], [("LOC", "Africa")]),
    ("Exports to Latin America rose.", [("Latin America", "GPE", "Latin America")],
     [("LOC", "Latin America")]),
    # untouched
    ("Caribbean leaders met.", [("Caribbean", "NORP", "Caribbean")], [("NORP", "Caribbean")]),
    ("The Africa Finance Fund said so.", [("Africa Finance Fund", "ORG", "Africa Finance Fund")],
     [("ORG", "Africa Finance Fund")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), REGIONS)
def test_world_regions(text: str, marks: list[Mark], want: list[tuple[str, str]]):
    from briefx.pipeline.entities.places import world_regions

    ents = _ents(text, marks)
    world_regions(text, ents)
    assert [(e.type, e.name) for e in ents] == want
