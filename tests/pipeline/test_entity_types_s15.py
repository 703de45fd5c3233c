"""Entity types, session 15 (issue 13: types the document's layout gives): table columns typed
by their header, labelled fields typed by their label, photo credits, and the same names again
in the text. On plain mention lists (no model) and through the component. Invented texts; each
rule has three new cases of its family and cases that must stay untouched.

New cases go in the table of their rule; a known miss stays in its table as a strict xfail."""

from __future__ import annotations

import pytest

from briefx.normalize.names import fac_heads
from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.credits import photo_credits
from briefx.pipeline.entities.facilities import possessive_parts, speaking_bodies
from briefx.pipeline.entities.fields import labelled_fields
from briefx.pipeline.entities.tables import bullet_lists, header_type, spread, table_columns
from tests.pipeline.conftest import by_mention, ents_of

# the English words these texts need (the pipeline reads WordNet's)
ENGLISH = frozenset({"online", "various", "change", "beatty", "sector", "food"})


def typed(text: str, ents: list[Ent]) -> dict[str, str]:
    return {text[e.start : e.end]: e.type for e in ents}


HEADERS = [
    ("Company", "column", "ORG"),
    ("Terminal operator", "column", "ORG"),
    ("Home country", "column", "GPE"),
    ("Passengers (m)", "column", None),
    ("Port", "column", "GPE"),
    ("Leader", "column", "PERSON"),
    ("Host city", "field", "GPE"),
    ("Issued by", "field", "ORG"),
    ("Media contact", "field", "PERSON"),
    ("Value", "field", None),
    ("Name", "column", None),
    ("Ports", "column", "GPE"),
    ("Host countries", "column", "GPE"),
    ("Airlines", "column", "ORG"),
    ("Sectors", "column", None),
]


@pytest.mark.parametrize(("header", "kind", "want"), HEADERS)
def test_header_types(header: str, kind: str, want: str | None) -> None:
    assert header_type(header, kind) == want


TABLES = [
    # pipe tables with and without outer bars, a rule under the header
    (
        ("Box volumes\n| Port | Country | Operator | TEU |\n|---|---|---|---|\n"
        "| Koper | Slovenia | Luka Koper | 1.1 |\n| Gdynia | Poland | Baltic Dock Co | 0.9 |\n"),
        [("Port | Country", "GPE"), ("Koper", "PERSON"), ("Slovenia", "GPE"),
         ("Luka Koper", "GPE"), ("Gdynia", "GPE"), ("Baltic Dock Co", "PERSON")],
        {"Koper": "GPE", "Luka Koper": "ORG", "Baltic Dock Co": "ORG", "Gdynia": "GPE"},
    ),
    (
        "Airline | Home country | Seats (m)\nAirBaltic | Latvia | 5.1\nNordica | Estonia | 1.2\n",
        [("AirBaltic", "GPE"), ("Latvia", "GPE"), ("Nordica", "NORP"), ("Estonia", "GPE")],
        {"AirBaltic": "ORG", "Nordica": "ORG", "Estonia": "GPE"},
    ),
    # a plain-text table: cells set apart by two or more spaces; NER ran two cells together
    (
        ("Company          City          Sector\nVistula Paper    Kielce        paper\n"
        "Oder Foods       Opole         food\n"),
        [("Vistula Paper    Kielce", "ORG"), ("Oder Foods", "PERSON"), ("Opole", "ORG")],
        {"Vistula Paper": "ORG", "Kielce": "GPE", "Oder Foods": "ORG", "Opole": "GPE"},
    ),
    (
        "Party | Leader | Seats\nGreen Union | Mara Lindqvist | 12\nRural Front | Ode Hansen | 9\n",
        [("Green Union", "PERSON"), ("Mara Lindqvist", "ORG"), ("Ode Hansen", "GPE")],
        {"Green Union": "ORG", "Mara Lindqvist": "PERSON", "Rural Front": "ORG",
         "Ode Hansen": "PERSON"},
    ),
    # untouched: a header that names no type, a table of one row, figures, a country under
    # "Team", a byline with a bar
    (
        "Name | Sector\nOder Foods | food\nVistula Paper | paper\n",
        [("Oder Foods", "PERSON"), ("Vistula Paper", "GPE")],
        {"Oder Foods": "PERSON", "Vistula Paper": "GPE"},
    ),
    (
        "Company | City\nOder Foods | Opole\nThe firm grew.\n",
        [("Oder Foods", "PERSON"), ("Opole", "ORG")],
        {"Oder Foods": "PERSON", "Opole": "ORG"},
    ),
    (
        "Team | Points\nBrazil | 9\nFerrol Athletic | 7\n",
        [("Brazil", "GPE"), ("Ferrol Athletic", "GPE")],
        {"Brazil": "GPE", "Ferrol Athletic": "ORG"},
    ),
    (
        "By Jane Roe | 3 March 2025\nOder Foods said on Monday it would grow.\n",
        [("Jane Roe", "PERSON"), ("Oder Foods", "PERSON")],
        {"Jane Roe": "PERSON", "Oder Foods": "PERSON"},
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ner", "want"), TABLES)
def test_table_columns(text: str, ner: list[tuple[str, str]], want: dict[str, str]) -> None:
    ents = ents_of(text, ner)
    table_columns(text, ents)
    got = typed(text, ents)
    assert {k: got.get(k) for k in want} == want
    if "|---|" in text or "Home country" in text:
        assert "Port | Country" not in got  # a typed header is no name


FIELDS = [
    (
        ("CONTRACT NOTICE\nIssued by: Tees Valley Combined Authority\nContractor: Orwell "
        "Civils\nLocation: Darlington, County Durham\nContact: Ruth Almond, buyer\n"),
        [("Tees Valley Combined Authority", "GPE"), ("Orwell", "PERSON"),
         ("Darlington", "GPE"), ("Ruth Almond", "ORG")],
        {"Tees Valley Combined Authority": "ORG", "Orwell Civils": "ORG",
         "Darlington": "GPE", "County Durham": "GPE", "Ruth Almond": "PERSON"},
    ),
    (
        "Venue: Halle Munsterland\nHost city: Munster\nOrganiser: Baltic Grid Forum\n",
        [("Venue: Halle Munsterland", "PERSON"), ("Munster", "PERSON")],
        {"Halle Munsterland": "FAC", "Munster": "GPE", "Baltic Grid Forum": "ORG"},
    ),
    (
        "Operator: Vantor Energi\nSite: Kalmar Quay\nMedia contact: Pia Strand (press)\n",
        [("Vantor Energi", "PERSON"), ("Kalmar Quay", "ORG")],
        {"Vantor Energi": "ORG", "Kalmar Quay": "FAC", "Pia Strand": "PERSON"},
    ),
    # untouched: a label no table knows, a value that is no name, a lower-case value, a title
    # after a person's name, a colon inside a sentence
    (
        ("Value: Twelve Million\nVenue: Online\nLocation: various sites\n"
        "Contact: Ruth Almond, Head of Press\nThe reason: Oder Foods said so.\n"),
        [("Twelve Million", "ORG"), ("Oder Foods", "PERSON")],
        {"Twelve Million": "ORG", "Online": None, "various sites": None, "Ruth Almond": "PERSON",
         "Head of Press": None, "Oder Foods": "PERSON"},
    ),
    (
        "Location: Gate 5, Terminal 2\nLocation: Harbour Office\n",
        [],
        {"Gate 5": None, "Terminal 2": None, "Harbour Office": None},
    ),
    # the value's name ends before a lower-case word ("on 12 May", "from 3 June")
    (
        ("Issued by: Wessex Water Services on 12 May 2025\nContact: Ruth Almond on 0161 496 0000\n"
        "Venue: Halle Munsterland from 3 June\n"),
        [("Wessex Water Services on 12 May", "ORG")],
        {"Wessex Water Services": "ORG", "Ruth Almond": "PERSON", "Halle Munsterland": "FAC"},
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ner", "want"), FIELDS)
def test_labelled_fields(text: str, ner: list[tuple[str, str]], want: dict[str, str]) -> None:
    ents = ents_of(text, ner)
    labelled_fields(text, ents, ENGLISH)
    got = typed(text, ents)
    assert {k: got.get(k) for k in want} == want


CREDITS = [
    (
        "Crews clear snow in Oslo. Photo: Ingrid Solberg/Reuters\n",
        [("Ingrid Solberg/Reuters", "ORG")],
        {"Ingrid Solberg": "PERSON", "Reuters": "ORG"},
        {"Reuters": "Reuters"},
    ),
    (
        "A ferry leaves Split. (Photo by Ivo Marić for Jutarnji List)\n",
        [("Ivo Marić", "ORG")],
        {"Ivo Marić": "PERSON", "Jutarnji List": "ORG"},
        {},
    ),
    (
        "Photograph: Chloé Martin/AFP via Getty Images\n",
        [("Chloé Martin/AFP", "PERSON"), ("Getty Images", "PERSON")],
        {"Chloé Martin": "PERSON", "AFP": "ORG", "Getty Images": "ORG"},
        {"AFP": "Agence France-Presse"},
    ),
    (
        "Rescuers at work (Photo: AP)\n",
        [],
        {"AP": "ORG"},
        {"AP": "Associated Press"},
    ),
    # untouched: a caption that is a sentence, a name after "photo" in running text
    (
        "Photo: Traders at the Oslo Bors on Monday.\nShe showed a photo by the river.\n",
        [("Oslo Bors", "ORG")],
        {"Oslo Bors": "ORG", "Traders": None},
        {},
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ner", "want", "names"), CREDITS)
def test_photo_credits(
    text: str, ner: list[tuple[str, str]], want: dict[str, str], names: dict[str, str]
) -> None:
    ents = ents_of(text, ner)
    photo_credits(text, ents)
    got = typed(text, ents)
    assert {k: got.get(k) for k in want} == want
    named = {text[e.start : e.end]: e.name for e in ents}
    assert {k: named.get(k) for k in names} == names


SPREAD = [
    # a name the layout typed, written again where NER cut it or missed it
    (
        "Contractor: Orwell Civils\nOrwell Civils will start in May.\n",
        [("Orwell Civils", "ORG"), ("Civils", "GPE")],
        ["Orwell Civils", "Orwell Civils"],
    ),
    (
        "Operator: Vantor Energi\nVantor Energi runs the plant.\n",
        [("Vantor Energi", "PERSON")],
        ["Vantor Energi", "Vantor Energi"],
    ),
    (
        "Company | City\nOder Foods | Opole\nVistula Paper | Kielce\nOder Foods raised money.\n",
        [],
        ["Oder Foods", "Opole", "Vistula Paper", "Kielce", "Oder Foods"],
    ),
    # untouched: a typed name inside a longer one
    (
        "Company | City\nOpole Robotics | Opole\nVistula Paper | Kielce\n",
        [],
        ["Opole Robotics", "Opole", "Vistula Paper", "Kielce"],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ner", "want"), SPREAD)
def test_spread(text: str, ner: list[tuple[str, str]], want: list[str]) -> None:
    ents = ents_of(text, ner)
    table_columns(text, ents)
    labelled_fields(text, ents, ENGLISH)
    spread(text, ents, ENGLISH)
    assert [text[e.start : e.end] for e in sorted(ents, key=lambda e: e.start)] == want
    first = {text[e.start : e.end]: e.type for e in ents}
    assert all(e.type == first[text[e.start : e.end]] for e in ents)


COMPONENT = [
    (
        ("Low-cost carriers grow\nAirline | Home country | Passengers (m)\n"
        "Norwegian | Norway | 14.3\nWizz Air | Hungary | 38.1\nFlyr | Norway | 3.2\n"
        "Norwegian said it would add routes from Bergen.\n"),
        {"Norwegian": "ORG", "Norway": "GPE", "Wizz Air": "ORG", "Bergen": "GPE"},
    ),
    (
        ("PUBLIC NOTICE\nIssued by: Wiltshire Council\nContractor: Marlow Surfacing Ltd\n"
        "Location: Chippenham\nContact: Edwin Harcourt\nWork starts on Monday.\n"),
        {"Wiltshire Council": "ORG", "Marlow Surfacing Ltd": "ORG", "Chippenham": "GPE",
         "Edwin Harcourt": "PERSON"},
    ),
    (
        ("Floods in Valencia\nA street in Paiporta. Photo: Lucía Moreno/EFE\n"
        "Photograph: Pau Serra/AFP via Getty Images\n"),
        {"Lucía Moreno": "PERSON", "EFE": "ORG", "Pau Serra": "PERSON", "AFP": "ORG",
         "Getty Images": "ORG"},
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), COMPONENT)
def test_component(run, text: str, want: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    """The component: the layout's types over what the model read."""
    brief = run(text, reference_date="2025-05-12")
    got = by_mention(brief, "type")
    assert {k: got.get(k) for k in want} == want


# models/fac_heads.jsonl (scripts/derive_fac_heads.py, WordNet): facility heads in, words
# whose first sense is no structure or that end organisations' names out
FAC_HEADS = [
    ("viaduct", True),
    ("flyover", True),
    ("roundabout", True),
    ("substation", True),
    ("steelworks", True),
    ("station", True),  # the older tables
    ("line", False),
    ("network", False),
    ("grid", False),
    ("water", False),
    ("treasury", False),
    ("court", False),
    ("carrefour", False),
]


@pytest.mark.parametrize(("word", "want"), FAC_HEADS)
def test_fac_heads(word: str, want: bool) -> None:
    assert (word in fac_heads()) is want


POSSESSIVE_PARTS = [
    (
        "Queues grew at Stansted's Terminal 2 on Friday.",
        [("Stansted", "PERSON"), ("Terminal 2", "ORG")],
        {"Stansted": "FAC", "Terminal 2": "FAC"},
        {"Terminal 2": "Stansted Terminal 2"},
    ),
    (
        "Changi's Terminal 5 will open in 2030.",
        [("Changi's Terminal", "FAC")],
        {"Changi": "FAC", "Terminal 5": "FAC"},
        {"Terminal 5": "Changi Terminal 5"},
    ),
    (
        "Flights moved to Dublin Airport's Pier C after the fire.",
        [("Dublin Airport", "FAC")],
        {"Dublin Airport": "FAC", "Pier C": "FAC"},
        {"Pier C": "Dublin Airport Pier C"},
    ),
    (
        "Ships wait at Antwerp's Europa Terminal.",
        [("Antwerp", "GPE"), ("Europa Terminal", "ORG")],
        {"Antwerp": "FAC", "Europa Terminal": "FAC"},
        {},
    ),
    # untouched: no designator, a person's name, a lower-case part
    (
        "Heathrow's Terminal was busy.",
        [("Heathrow", "ORG")],
        {"Heathrow": "ORG"},
        {},
    ),
    (
        "Mayor Anne Holt's Gate 4 plan failed.",
        [("Anne Holt", "PERSON")],
        {"Anne Holt": "PERSON", "Gate 4": None},
        {},
    ),
    (
        "Stansted's terminal 2 reopened.",
        [("Stansted", "GPE")],
        {"Stansted": "GPE"},
        {},
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ner", "want", "names"), POSSESSIVE_PARTS)
def test_possessive_parts(
    text: str, ner: list[tuple[str, str]], want: dict[str, str], names: dict[str, str]
) -> None:
    ents = ents_of(text, ner)
    if ents and "Anne Holt" in text:
        ents[0].name = "Anne Holt"
        ents[0].titles = ("Mayor",)
    possessive_parts(text, ents)
    got = typed(text, ents)
    assert {k: got.get(k) for k in want} == want
    named = {text[e.start : e.end]: e.name for e in ents}
    assert {k: named.get(k) for k in names} == names


SPEAKING = [
    ("Alder Hey Hospital said two children were treated.", "Alder Hey Hospital", "ORG"),
    ("The Natural History Museum announced a new wing.", "Natural History Museum", "ORG"),
    ("Leeds Beckett University has warned of cuts.", "Leeds Beckett University", "ORG"),
    ("Kyoto University Hospital confirmed the trial.", "Kyoto University Hospital", "ORG"),
    # untouched: a hospital patients are taken to, a station that "said" nothing, one word
    ("Patients were taken to Alder Hey Hospital on Monday.", "Alder Hey Hospital", "FAC"),
    ("Lime Street Station said nothing unusual happened.", "Lime Street Station", "FAC"),
    ("Museum said it would close.", "Museum", "FAC"),
]


@pytest.mark.parametrize(("text", "surface", "want"), SPEAKING)
def test_speaking_bodies(text: str, surface: str, want: str) -> None:
    ents = ents_of(text, [(surface, "FAC")])
    speaking_bodies(text, ents)
    assert ents[0].type == want


COMPONENT_FORMS = [
    (
        (
            "Traffic was diverted from the Thelwall Viaduct on Monday. Lorries queued at the "
            "Kessock Flyover, and police closed the Castlegate Roundabout."
        ),
        {"Thelwall Viaduct": "FAC", "Kessock Flyover": "FAC", "Castlegate Roundabout": "FAC"},
    ),
    (
        (
            "Carrefour said sales rose. National Grid said power was back. The Rotary Club said "
            "it would help."
        ),
        {"Carrefour": "ORG", "National Grid": "ORG", "Rotary Club": "ORG"},
    ),
    (
        (
            "LONDON, Sept 1 - Stansted's Terminal 2 reopened, and Alder Hey Hospital said it had "
            "treated 12 children."
        ),
        {"Stansted": "FAC", "Terminal 2": "FAC", "Alder Hey Hospital": "ORG"},
    ),
]


@pytest.mark.parametrize(("text", "want"), COMPONENT_FORMS)
def test_component_forms(run, text: str, want: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    """The component: facility heads, possessive parts and speaking bodies."""
    brief = run(text, reference_date="2025-09-01")
    got = by_mention(brief, "type")
    assert {k: got.get(k) for k in want} == want


BULLETS = [
    (
        "Signatories:\n• Vestland Kraft\n• Nordlys Offshore\n• Halvorsen Marine\n• Bremer\n",
        [("Vestland Kraft", "ORG"), ("Nordlys Offshore", "ORG"), ("Halvorsen Marine", "PERSON")],
        {"Vestland Kraft": "ORG", "Halvorsen Marine": "ORG", "Bremer": "ORG"},
    ),
    (
        "Backers:\n- Quillon Data\n- Marrow Bank\n- Tessaly\n",
        [("Quillon Data", "ORG"), ("Marrow Bank", "ORG"), ("Tessaly", "GPE")],
        {"Tessaly": "ORG"},
    ),
    (
        "The firms:\n* Ostberg Capital\n* Kessel Robotics\n* Ardent Fields\n",
        [("Ostberg Capital", "ORG"), ("Kessel Robotics", "ORG"), ("Ardent Fields", "LOC")],
        {"Ardent Fields": "ORG"},
    ),
    # untouched: a list of people, a list of sentences, two items
    (
        "Speakers:\n• Anna Berg\n• Tom Ek\n• Vestland Kraft\n",
        [("Anna Berg", "PERSON"), ("Tom Ek", "PERSON"), ("Vestland Kraft", "ORG")],
        {"Anna Berg": "PERSON", "Tom Ek": "PERSON"},
    ),
    (
        "• Vestland Kraft said sales rose\n• Nordlys Offshore cut jobs\n• Halvorsen left\n",
        [("Vestland Kraft", "ORG"), ("Nordlys Offshore", "ORG"), ("Halvorsen", "PERSON")],
        {"Halvorsen": "PERSON"},
    ),
    (
        "• Vestland Kraft\n• Halvorsen Marine\n",
        [("Vestland Kraft", "ORG"), ("Halvorsen Marine", "PERSON")],
        {"Halvorsen Marine": "PERSON"},
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ner", "want"), BULLETS)
def test_bullet_lists(text: str, ner: list[tuple[str, str]], want: dict[str, str]) -> None:
    ents = ents_of(text, ner)
    bullet_lists(text, ents, ENGLISH)
    got = typed(text, ents)
    assert {k: got.get(k) for k in want} == want


WIRE_PHOTO = [
    # a wire's own caption credit: the agency (by its credit's name) and the photographer
    ("Crowds gather in Lima. (AP Photo/Rosa Quispe)", "AP", "Associated Press", "Rosa Quispe"),
    ("Rescuers dig in Gaziantep. REUTERS/Emre Aydin", "REUTERS", "Reuters", "Emre Aydin"),
    ("Snow in Sapporo. Credit: Kyodo/Aki Mori", "Kyodo", "Kyodo News", "Aki Mori"),
    # untouched: a word that is no agency's credit, a credit in lower case
    ("Buses run on the Tata/Ashok Leyland routes.", "Tata", None, None),
    ("Costs rose at ap/Rosa Quispe.", "ap", None, None),
]


@pytest.mark.parametrize(("text", "agency", "name", "person"), WIRE_PHOTO)
def test_wire_photo_credits(text: str, agency: str, name: str | None, person: str | None) -> None:
    ents: list[Ent] = []
    photo_credits(text, ents)
    named = {text[e.start : e.end]: (e.type, e.name) for e in ents}
    if name is None:
        assert agency not in named
    else:
        assert named[agency] == ("ORG", name)
        assert person is not None
        assert named[person][0] == "PERSON"


def test_prose_with_two_spaces_is_no_table() -> None:
    """Prose set with two spaces after a full stop is no table: no cell typed, no header."""
    text = (
        "Traffic rose at the port  Analysts in Oslo said so.\n"
        "Prices rose at Oder Foods.  Brokers in Opole agreed.\n"
        "Costs rose at Vistula Paper.  Traders in Kielce left.\n"
    )
    ents = ents_of(text, [("Oslo", "GPE"), ("Oder Foods", "PERSON"), ("Vistula Paper", "GPE")])
    table_columns(text, ents)
    assert typed(text, ents) == {"Oslo": "GPE", "Oder Foods": "PERSON", "Vistula Paper": "GPE"}
    assert len(ents) == 3
