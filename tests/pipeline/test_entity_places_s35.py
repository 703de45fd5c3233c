"""Places that open a line or a sentence, session 35 (linestart22, issue 13 items 5 and 7), on
spacy.blank("en") and the tables: a gazetteer place NER left untagged that opens a sentence, a
table row or a bullet, and that a verb, a figure, a colon or a list's joint follows, is a GPE
(``places.untagged_places``, ``_opener``); an English word WordNet writes in lower case
(``models/lower_place_words.jsonl``), a given name, a surname that is no large town, a club's
town before a match's side or score, and the first word of a longer name stay untagged.
Invented texts."""

from __future__ import annotations

import pytest

from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.places import place_context
from briefx.resources import table_index

# the English words these texts need (the pipeline reads WordNet's, capitalised lemmas too)
ENGLISH = frozenset({"lahore", "punjab", "cebu", "nice", "mobile", "bath", "reading", "northern"})


def apply(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    ents, pos = [], 0
    for surface, typ in spans:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, surface))
        pos = s + len(surface)
    place_context(text, ents, ENGLISH)
    return [(text[e.start : e.end], e.type) for e in sorted(ents, key=lambda e: e.start)]


OPENERS = [
    # a sentence's first word, a verb after
    ("It was hot. Lahore recorded 45 degrees on Monday.", [], [("Lahore", "GPE")]),
    ("Punjab recorded 12 mm of rain.", [], [("Punjab", "GPE")]),
    ("Floods closed roads.\n\nKelantan was worst hit.", [], [("Kelantan", "GPE")]),
    ("Olive harvests fell. Jaén picked 1.1 million tonnes.", [], [("Jaén", "GPE")]),
    # a table row: a figure after
    (
        "Rainfall by province:\nPunjab 12.5 mm\nSindh 3.1 mm",
        [("Sindh", "GPE")],
        [("Punjab", "GPE"), ("Sindh", "GPE")],
    ),
    ("Seats by state:\nAssam 14\nTripura 2", [], [("Assam", "GPE"), ("Tripura", "GPE")]),
    # a bullet: a colon after
    (
        "- Gauteng: 1,200 cases\n- Limpopo: 300 cases",
        [],
        [("Gauteng", "GPE"), ("Limpopo", "GPE")],
    ),
    ("Cases:\n• Kedah: 2,400", [], [("Kedah", "GPE")]),
    # a list's joint after
    (
        "Power is back. Cebu and Bohol still had outages.",
        [("Bohol", "GPE")],
        [("Cebu", "GPE"), ("Bohol", "GPE")],
    ),
    # untouched: an English word WordNet writes in lower case
    ("Nice weather returned. Mobile phone networks were back.", [], []),
    ("Bath water limits stay. Reading recorded 12 mm.", [], []),
    ("Results:\nNorthern: 12", [], []),
    # untouched: a given name, a surname that is no large town, a country-less person
    ("Victoria said she would step down.", [], []),
    ("The match ended late. Jackson scored twice.", [], []),
    ("Chelsea recorded a loss.", [], []),
    # untouched: a club named by its town before a side, a score or "the"
    ("Leeds hosted Hull on Saturday.", [], []),
    ("It rained. Bolton won 2-1 at home.", [], []),
    ("Derby lost the final.", [], []),
    # untouched: mid-sentence with no preposition, a noun or a speech verb after, a longer name
    ("The report said Lahore recorded 45 degrees.", [], []),
    ("Punjab farmers protested.", [], []),
    ("Kelantan said roads were shut.", [], []),
    ("Lahore Qalandars recorded a win.", [], []),
    # untouched: a name in capitals
    ("LAHORE recorded 45 degrees.", [], []),
]


@pytest.mark.parametrize(("text", "spans", "want"), OPENERS)
def test_places_that_open_a_line(
    text: str, spans: list[tuple[str, str]], want: list[tuple[str, str]]
) -> None:
    assert apply(text, spans) == want


LOWER = [("nice", True), ("reading", True), ("bath", True), ("lahore", False), ("punjab", False)]


@pytest.mark.parametrize(("word", "lower"), LOWER)
def test_lower_place_words_table(word: str, lower: bool) -> None:
    # WordNet's lower-case words among the gazetteer's names; capitalised-only lemmas are not
    assert bool(table_index("lower_place_words.jsonl", "word").get(word)) is lower


def test_a_surname_the_document_gives_a_person_stays() -> None:
    # "Salamanca" a large town and a surname: the person the text names keeps it
    text = "Pablo Salamanca played on. Salamanca scored twice."
    assert apply(text, [("Pablo Salamanca", "PERSON")]) == [("Pablo Salamanca", "PERSON")]
    assert apply("Rain fell. Salamanca recorded 12 mm.", []) == [("Salamanca", "GPE")]
