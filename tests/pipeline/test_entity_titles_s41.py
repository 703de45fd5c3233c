"""Session 41 (events41): events and products named by their English Wikipedia titles.

- Storms (``entities.storms``, ``models/storm_titles.jsonl``): the class words a basin's centre
  writes ("Very Severe Cyclonic Storm Biparjoy", "Super Typhoon Ragasa") give way to the
  article's title, a name used in several seasons takes its year ("Hurricane Debby (2024)"),
  a Philippine local name and a bare name cued as a storm's take the storm's title.
- Product designations (``entities.product_titles``, ``models/product_titles.jsonl``): a
  variant is named by its family's article ("787-10" -> "Boeing 787 Dreamliner"), a model by
  its maker ("the Civic" -> "Honda Civic"), a shared name by its bracketed title ("Galileo").
- Numbered summits (``families.summits``, the "summit" rows of ``event_editions.jsonl``).
Each family has cases that must stay: a storm out of its season or with no date, a class word
that fixes nothing, a one-word person in a storm's text; a star, a mountain, a number, a model
whose maker the document does not name; a summit spoken of in general.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path

import pytest

from briefx.pipeline.coref.ent import Ent
from briefx.pipeline.entities.families import (
    _Sentences,
    series_editions,
    summits,
    untagged_series,
)
from briefx.pipeline.entities.product_titles import product_titles
from briefx.pipeline.entities.storms import storm_titles
from briefx.resources import read_jsonl


def _ents(text: str, spans: list[tuple[str, str]]) -> list[Ent]:
    ents, pos = [], 0
    for surface, typ in spans:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, surface))
        pos = s + len(surface)
    return ents


def _named(text: str, ents: list[Ent]) -> dict[str, tuple[str, str]]:
    return {text[e.start : e.end]: (e.type, e.name) for e in ents}


# (text, reference date, the mentions NER gave, the mentions expected: text -> (type, name))
STORMS = [
    # class words of the north Indian Ocean, Australia and the western Pacific
    (
        "Very Severe Cyclonic Storm Biparjoy made landfall in Gujarat.",
        "2023-06-16",
        [("Very Severe Cyclonic Storm Biparjoy", "EVENT"), ("Gujarat", "GPE")],
        {"Very Severe Cyclonic Storm Biparjoy": ("EVENT", "Cyclone Biparjoy")},
    ),
    (
        "Tropical Cyclone Jasper crossed the coast north of Cairns.",
        "2023-12-13",
        [("Tropical Cyclone Jasper", "EVENT"), ("Cairns", "GPE")],
        {"Tropical Cyclone Jasper": ("EVENT", "Cyclone Jasper")},
    ),
    # a storm the table lacks: the class words alone fix the title's class
    (
        "Severe Tropical Cyclone Tam brushed the North Island.",
        "2025-04-15",
        [("Severe Tropical Cyclone Tam", "EVENT"), ("North Island", "LOC")],
        {"Severe Tropical Cyclone Tam": ("EVENT", "Cyclone Tam")},
    ),
    # a local name cued ("known locally as") and a bare name after the titled storm
    (
        "Super Typhoon Ragasa, known locally as Nando, hit Calayan. Ragasa then turned west.",
        "2025-09-22",
        [("Super Typhoon Ragasa", "EVENT"), ("Calayan", "GPE"), ("Ragasa", "PERSON")],
        {
            "Super Typhoon Ragasa": ("EVENT", "Typhoon Ragasa"),
            "Nando": ("EVENT", "Typhoon Ragasa"),
            "Ragasa": ("EVENT", "Typhoon Ragasa"),
        },
    ),
    # a name of several seasons takes its year; the title keeps the storm's peak class
    (
        "Hurricane Debby made landfall in Florida's Big Bend.",
        "2024-08-05",
        [("Hurricane Debby", "EVENT"), ("Florida", "GPE")],
        {"Hurricane Debby": ("EVENT", "Hurricane Debby (2024)")},
    ),
    (
        "Tropical Storm Milton formed in the Gulf of Mexico on Saturday.",
        "2024-10-05",
        [("Tropical Storm Milton", "EVENT"), ("Gulf of Mexico", "LOC")],
        {"Tropical Storm Milton": ("EVENT", "Hurricane Milton")},
    ),
    # a windstorm written without its accent; a bare name after an apposition to "storm"
    (
        "Storm Ciaran closed schools in Cornwall.",
        "2023-11-02",
        [("Storm Ciaran", "EVENT"), ("Cornwall", "GPE")],
        {"Storm Ciaran": ("EVENT", "Storm Ciarán")},
    ),
    (
        "Forecasters said another storm, Leon, could form next week.",
        "2024-10-26",
        [("Leon", "GPE")],
        {"Leon": ("EVENT", "Typhoon Kong-rey (2024)")},
    ),
    # a bare name of the season NER typed a place, in a sentence of storms; one typed an EVENT
    (
        "Residents fled as Milton made landfall near Siesta Key.",
        "2024-10-10",
        [("Milton", "GPE"), ("Siesta Key", "GPE")],
        {"Milton": ("EVENT", "Hurricane Milton")},
    ),
    (
        "Chido left Mayotte without water.",
        "2024-12-16",
        [("Chido", "EVENT"), ("Mayotte", "GPE")],
        {"Chido": ("EVENT", "Cyclone Chido")},
    ),
    # must stay: a bare name in a sentence of no storm, a longer name beside a titled storm
    (
        "Milton said the council would meet on Friday.",
        "2024-10-10",
        [("Milton", "PERSON")],
        {"Milton": ("PERSON", "Milton")},
    ),
    (
        "Hurricane Milton hit Florida. Shoppers in Milton Keynes donated food.",
        "2024-10-12",
        [("Hurricane Milton", "EVENT"), ("Florida", "GPE")],
        {"Hurricane Milton": ("EVENT", "Hurricane Milton"), "Florida": ("GPE", "Florida")},
    ),
    # must stay: out of the storm's season, no date, a class word that fixes nothing
    (
        "Hurricane Debby's remnants flooded the town.",
        "2027-08-05",
        [("Hurricane Debby", "EVENT")],
        {"Hurricane Debby": ("EVENT", "Hurricane Debby")},
    ),
    (
        "Hurricane Erin passed offshore.",
        None,
        [("Hurricane Erin", "EVENT")],
        {"Hurricane Erin": ("EVENT", "Hurricane Erin")},
    ),
    (
        "Post-Tropical Cyclone Idris moved out to sea.",
        "2026-10-01",
        [("Post-Tropical Cyclone Idris", "EVENT")],
        {"Post-Tropical Cyclone Idris": ("EVENT", "Post-Tropical Cyclone Idris")},
    ),
    # must stay: a one-word person in the text of another storm, with no cue
    (
        "Severe Tropical Storm Kristine flooded Naga. Leon said the river rose fast.",
        "2024-10-24",
        [("Severe Tropical Storm Kristine", "EVENT"), ("Naga", "GPE"), ("Leon", "PERSON")],
        {
            "Severe Tropical Storm Kristine": ("EVENT", "Tropical Storm Trami (2024)"),
            "Leon": ("PERSON", "Leon"),
        },
    ),
]


@pytest.mark.parametrize(("text", "ref", "spans", "expected"), STORMS)
def test_storm_titles(
    text: str, ref: str | None, spans: list[tuple[str, str]], expected: dict[str, tuple[str, str]]
) -> None:
    ents = _ents(text, spans)
    storm_titles(text, ents, dt.date.fromisoformat(ref) if ref else None)
    got = _named(text, ents)
    assert set(got) == {s for s, _ in spans} | set(expected), got
    for surface, want in expected.items():
        assert got.get(surface) == want, (surface, got)


PRODUCTS = [
    # a variant NER left untagged, named by its family, where the sentence speaks of aircraft
    (
        "United said it would take 50 more 787-10 jets next year.",
        2026,
        [("United", "ORG")],
        {"787-10": ("PRODUCT", "Boeing 787 Dreamliner")},
    ),
    (
        "Delta flies the Airbus A330-900 to Lagos.",
        2026,
        [("Delta", "ORG"), ("Airbus A330-900", "PRODUCT"), ("Lagos", "GPE")],
        {"Airbus A330-900": ("PRODUCT", "Airbus A330neo")},
    ),
    # a variant with an article of its own keeps it
    (
        "Lufthansa retired its last Boeing 747-400 in March.",
        2026,
        [("Lufthansa", "ORG"), ("Boeing 747-400", "PRODUCT")],
        {"Boeing 747-400": ("PRODUCT", "Boeing 747-400")},
    ),
    (
        "A Cessna 208B crashed near the airstrip, the airline said.",
        2026,
        [("Cessna 208B", "PRODUCT")],
        {"Cessna 208B": ("PRODUCT", "Cessna 208 Caravan")},
    ),
    (
        "Poland's air force will buy 32 more F-16s from the United States.",
        2026,
        [("Poland", "GPE"), ("F-16s", "ORG"), ("United States", "GPE")],
        {"F-16s": ("PRODUCT", "General Dynamics F-16 Fighting Falcon")},
    ),
    # a numbered form whose title repeats the number
    (
        "The Shenzhou-20 crew returned to Earth.",
        2025,
        [("Shenzhou-20", "PRODUCT"), ("Earth", "LOC")],
        {"Shenzhou-20": ("PRODUCT", "Shenzhou 20")},
    ),
    # a shared name by the document's year and a noun of its kind
    (
        "The Galileo probe sent back images of Io.",
        1996,
        [("Galileo", "PERSON"), ("Io", "LOC")],
        {"Galileo": ("PRODUCT", "Galileo (spacecraft)")},
    ),
    (
        "Two more Galileo satellites reached orbit.",
        2024,
        [("Galileo", "ORG")],
        {"Galileo": ("PRODUCT", "Galileo (satellite navigation)")},
    ),
    # a model whose maker the document names
    (
        "Honda said sales of the Civic rose 8 percent.",
        2026,
        [("Honda", "ORG"), ("Civic", "PRODUCT")],
        {"Civic": ("PRODUCT", "Honda Civic")},
    ),
    # must stay: a star, a mountain, a number, a model whose maker the document does not name
    (
        "The star Vega is 25 light years away.",
        2026,
        [("Vega", "PERSON")],
        {"Vega": ("PERSON", "Vega")},
    ),
    (
        "Climbers on K2 turned back in the wind.",
        2026,
        [("K2", "LOC")],
        {"K2": ("LOC", "K2")},
    ),
    (
        "Officials counted 757 votes in the ward.",
        2026,
        [],
        {},
    ),
    (
        "Sales of the Corolla rose in March.",
        2026,
        [("Corolla", "PRODUCT")],
        {"Corolla": ("PRODUCT", "Corolla")},
    ),
    (
        "Turkey wants 40 Eurofighter Typhoon jets.",
        2026,
        [("Turkey", "GPE"), ("Eurofighter Typhoon", "PRODUCT")],
        {"Eurofighter Typhoon": ("PRODUCT", "Eurofighter Typhoon")},
    ),
]


@pytest.mark.parametrize(("text", "year", "spans", "expected"), PRODUCTS)
def test_product_titles(
    text: str, year: int, spans: list[tuple[str, str]], expected: dict[str, tuple[str, str]]
) -> None:
    ents = _ents(text, spans)
    product_titles(text, ents, year)
    got = _named(text, ents)
    assert set(got) == {s for s, _ in spans} | set(expected), got
    for surface, want in expected.items():
        assert got.get(surface) == want, (surface, got)


VERSIONS = [
    # a short name after its numbered version is that version
    (
        "Nintendo sold 5.8 million Switch 2 consoles. Demand for the Switch stayed strong.",
        "Nintendo Switch 2",
    ),
    (
        "Sony said sales of the PS5 and the PlayStation 4 rose; the PlayStation brand grew.",
        "PlayStation 4",
    ),
    # must stay: the version before
    ("Nintendo sold 5.8 million Switch 2 consoles. The older Switch sold 153 million.", "Switch"),
]


@pytest.mark.parametrize(("text", "name"), VERSIONS)
def test_versions(text: str, name: str) -> None:
    first = "Switch 2" if "Switch 2" in text else "PlayStation 4"
    short = "Switch" if "Switch 2" in text else "PlayStation"
    s = text.index(first)
    t = text.index(short + " ", s + len(first))
    ents = [Ent(s, s + len(first), "PRODUCT", first), Ent(t, t + len(short), "PRODUCT", short)]
    product_titles(text, ents, 2025)
    assert ents[1].name == name


def test_product_titles_frees_the_numbers() -> None:
    text = "Ryanair took delivery of its last 737-800 in May."
    ents = _ents(text, [("Ryanair", "ORG")])
    assert product_titles(text, ents, 2024) == [(text.index("737"), text.index(" in"))]


SUMMITS = [
    ("Leaders met for the G7 summit on Sunday.", "2025-06-15", "G7 summit", "51st G7 summit"),
    ("the 1996 G7 summit in Lyon", "1996-03-01", "1996 G7 summit", "22nd G7 summit"),
    ("at the G8 summit at Gleneagles", "2005-07-06", "G8 summit", "31st G8 summit"),
    ("the BRICS summit in Johannesburg", "2023-08-22", "BRICS summit", "15th BRICS summit"),
    ("Leaders meet at every G7 summit.", "2025-06-15", None, None),
    ("Leaders met for the G7 summit on Sunday.", None, None, None),
]


@pytest.mark.parametrize(("text", "ref", "span", "name"), SUMMITS)
def test_summits(text: str, ref: str | None, span: str | None, name: str | None) -> None:
    g = text.find("G7") if "G7" in text else text.find("G8") if "G8" in text else text.find("BRICS")
    word = text[g:].split(" ")[0]
    ents = [Ent(g, g + len(word), "GPE", word)]
    summits(text, ents, dt.date.fromisoformat(ref) if ref else None)
    events = [(text[e.start : e.end], e.name) for e in ents if e.type == "EVENT"]
    assert events == ([(span, name)] if span else [])


HELD = [
    # a title held is the series' (the winner of some edition)
    ("Former Wimbledon champion Michael Stich lost in straight sets.", "Wimbledon Championships"),
    ("The defending Tour de France winner crashed on the descent.", "Tour de France"),
    # must stay: the edition the text reports
    ("Stich won the Wimbledon title in straight sets.", "1996 Wimbledon Championships"),
    ("The Wimbledon champion will play the top seed.", "1996 Wimbledon Championships"),
]


@pytest.mark.parametrize(("text", "name"), HELD)
def test_titles_held_are_the_series(text: str, name: str) -> None:
    word = "Wimbledon" if "Wimbledon" in text else "Tour de France"
    s = text.index(word)
    ents = [Ent(s, s + len(word), "EVENT", word)]
    series_editions(text, ents, dt.date(1996, 7, 8), _Sentences(text))
    assert ents[0].name == name


UNTAGGED = [
    # a series' own name NER missed, split or typed a place
    ("Rominger won the fifth stage of the Tour of Spain.", [("Spain", "GPE")], ["Tour of Spain"]),
    (
        "Argentina reached the Copa America final.",
        [("Argentina", "GPE"), ("Copa America", "LOC")],
        ["Copa America"],
    ),
    (
        "England topped the table at the Commonwealth Games.",
        [("England", "GPE")],
        ["Commonwealth Games"],
    ),
    # must stay: a name several series share or that needs a cue, a longer name
    ("She won three golds at the European Championships.", [], []),
    ("France won the World Cup.", [("France", "GPE")], []),
    ("The Tour de France Femmes starts in July.", [], []),
    ("The ICC Women's World Cup starts in October.", [("ICC", "ORG")], []),
]


@pytest.mark.parametrize(("text", "spans", "events"), UNTAGGED)
def test_untagged_series(text: str, spans: list[tuple[str, str]], events: list[str]) -> None:
    ents = _ents(text, spans)
    untagged_series(text, ents)
    assert [text[e.start : e.end] for e in ents if e.type == "EVENT"] == events


def test_tables() -> None:
    storms = [r for r in read_jsonl("storm_titles.jsonl") if "name" in r]
    assert len(storms) > 80
    assert all(r["basin"] in {"AL", "EP", "WP", "NI", "SI", "AU", "SP", "EU"} for r in storms)
    assert all(r["title"].split(" ")[0] in {"Hurricane", "Typhoon", "Cyclone", "Tropical", "Storm"}
               for r in storms)  # fmt: skip
    rows = [r for r in read_jsonl("product_titles.jsonl") if "title" in r]
    assert len(rows) > 250
    forms = [f for r in rows for f in r["forms"]]
    assert "737-800" in forms
    assert "Sentinel-2C" in forms


@pytest.mark.parametrize(
    ("script", "table"),
    [
        ("write_storm_titles.py", "storm_titles.jsonl"),
        ("write_product_titles.py", "product_titles.jsonl"),
    ],
)
def test_tables_match_their_scripts(script: str, table: str) -> None:
    """The committed tables are what their scripts write (as dateparser checks its data)."""
    path = Path(__file__).resolve().parents[2] / "scripts" / script
    spec = importlib.util.spec_from_file_location(script.removesuffix(".py"), path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert list(read_jsonl(table)) == module.rows()


PIPELINE = [
    (
        (
            "XICHANG, China 1996-02-15\n\nA Long March 3B rocket carrying an Intelsat satellite "
            "veered off course and crashed into a village seconds after lift-off on Thursday."
        ),
        "1996-02-15",
        {"Long March 3B": "Long March 3B"},
    ),
    (
        (
            "KOLKATA, May 27 - Severe Cyclonic Storm Remal crossed the coast overnight. Bangladesh "
            "moved 800,000 people to shelters before Remal arrived."
        ),
        "2024-05-27",
        {"Severe Cyclonic Storm Remal": "Cyclone Remal", "Remal": "Cyclone Remal"},
    ),
    (
        (
            "DUBLIN, June 12 - Ryanair said it had taken delivery of its last 737-800 and expects "
            "its first 737 MAX 10 in 2027."
        ),
        "2024-06-12",
        {"737-800": "Boeing 737 Next Generation", "737 MAX 10": "Boeing 737 MAX"},
    ),
]


@pytest.mark.parametrize(("text", "ref", "names"), PIPELINE)
def test_pipeline(run, text: str, ref: str, names: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    brief = run(text, reference_date=ref)
    got = {m.text: e.name for e in brief.entities for m in e.mentions}
    for surface, name in names.items():
        assert got.get(surface) == name, (surface, got)


def test_pipeline_frees_designation_numbers(run) -> None:  # type: ignore[no-untyped-def]
    brief = run("Qantas flies the 787-9 from Perth to London.", reference_date="2024-08-29")
    assert not [f for f in brief.figures if f.text in ("787", "9")]
