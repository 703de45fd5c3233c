"""Session 42 (firms42): firms and universities written by a short form whose English Wikipedia
title is longer, where the document never writes the long form. Forms that are no English word,
place or common name are company rows of ``models/org_titles.jsonl`` ("Lloyds" -> "Lloyds
Banking Group", "Kansai Electric", "Sun Life", "Ping An"); forms that are ("Delta", "Alaska",
"Southern", "Oxford", "Duke") take their title only where the text names the sector
(``models/firm_short_forms.jsonl``, ``entities.naming._sector_firms``): anywhere in the document
for a mention NER typed ORG, in the mention's own sentence for one NER typed a place or a
person, never after a place preposition ("flights across Alaska"), as an adjective ("American
carriers"), in capitals (a dateline), as a word of a person's full name, or where the document
writes a longer name that opens with it ("Delta Air Lines": the document's own form wins)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from briefx.normalize.names import firm_short_forms, lookup_company, sector_words
from briefx.pipeline.entities.mention import Mention
from briefx.pipeline.entities.naming import _sector_firms

NLP = spacy.blank("en")


def _doc(text: str, adjectives: tuple[str, ...] = ()) -> Doc:
    """A blank doc of ``text``'s space-separated words, sentences ending at " . "; the words in
    ``adjectives`` carry the tag the tagger gives an adjective (JJ)."""
    words = text.split()
    starts = [i == 0 or words[i - 1] == "." for i in range(len(words))]
    doc = Doc(NLP.vocab, words=words, sent_starts=starts)
    for t in doc:
        if t.text in adjectives:
            t.tag_ = "JJ"
    return doc


def _run(text: str, spans: list[tuple[str, str]], adjectives: tuple[str, ...] = ()) -> list[str]:
    """Each span's name after ``_sector_firms`` (spans as (surface, label), in order)."""
    doc = _doc(text, adjectives)
    mentions, pos = [], 0
    for surface, label in spans:
        n = len(surface.split())
        i = next(t.i for t in doc if t.i >= pos and doc[t.i : t.i + n].text == surface)
        span = doc[i : i + n]
        mentions.append(
            Mention(
                span.start_char,
                span.end_char,
                surface,
                label,
                source="dateline" if surface.isupper() else "ner",
                first_token=span.start,
                last_token=span.end - 1,
            )
        )
        pos = i + n
    names = [m.text for m in mentions]
    table_type: list[str | None] = [None] * len(mentions)
    _sector_firms(doc, mentions, names, table_type)
    return names


CHANGE = [
    # a body NER found: a sector word anywhere in the document
    ("Delta said its profit rose . Demand for flights stayed strong .", [("Delta", "ORG")],
     ["Delta Air Lines"]),
    ("Southern raised its spending plans to serve electricity demand .", [("Southern", "ORG")],
     ["Southern Company"]),
    ("Warner said streaming subscribers rose .", [("Warner", "ORG")],
     ["Warner Bros. Discovery"]),
    ("Duke will spend more on its grid .", [("Duke", "ORG")], ["Duke Energy"]),
    # a place or a person by NER: a sector word in its own sentence
    ("Alaska halted all flights for three hours .", [("Alaska", "GPE")], ["Alaska Airlines"]),
    ("Researchers at Oxford said the vaccine worked .", [("Oxford", "GPE")],
     ["University of Oxford"]),
    ("Students at Duke protested the cuts .", [("Duke", "PERSON")], ["Duke University"]),
    ("Mercedes cut its outlook as car sales fell .", [("Mercedes", "GPE")],
     ["Mercedes-Benz Group"]),
    ("Coal miner Whitehaven beat forecasts .", [("Whitehaven", "ORG")], ["Whitehaven Coal"]),
]  # fmt: skip

STAY = [
    # no sector word
    ("Delta said its profit rose .", [("Delta", "ORG")], ["Delta"]),
    ("Alaska said its budget rose . Flights were full .", [("Alaska", "GPE")], ["Alaska"]),
    # a place preposition before it, an adjective, capitals
    ("About 150 flights were cancelled across Alaska .", [("Alaska", "GPE")], ["Alaska"]),
    ("American carriers raised fares .", [("American", "NORP")], ["American"]),
    ("OXFORD - Researchers said the vaccine worked .", [("OXFORD", "GPE")], ["OXFORD"]),
    # the document's own longer name, a person's full name
    ("Delta Air Lines said Delta flights were full .",
     [("Delta Air Lines", "ORG"), ("Delta", "ORG")], ["Delta Air Lines", "Delta"]),
    ("Pauline Hanson said Hanson wants group profits taxed .",
     [("Pauline Hanson", "PERSON"), ("Hanson", "PERSON")], ["Pauline Hanson", "Hanson"]),
    # a form no row knows
    ("Acme said its flights were full .", [("Acme", "ORG")], ["Acme"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "names"), CHANGE + STAY)
def test_sector_firms(text: str, spans: list[tuple[str, str]], names: list[str]) -> None:
    assert _run(text, spans, adjectives=("American",)) == names


def test_sector_titles_are_bodies() -> None:
    doc = _doc("Alaska halted all flights .")
    m = Mention(0, 6, "Alaska", "GPE", first_token=0, last_token=0)
    names, table_type = ["Alaska"], [None]
    _sector_firms(doc, [m], names, table_type)  # type: ignore[arg-type]
    assert table_type == ["ORG"]


COMPANY_ROWS = [
    ("Lloyds", "Lloyds Banking Group"),
    ("Kansai Electric", "Kansai Electric Power Company"),
    ("Sun Life", "Sun Life Financial"),
    ("Ping An", "Ping An Insurance"),
    ("Bradesco", "Banco Bradesco"),
    ("Itau", "Itaú Unibanco"),
    ("Airtel", None),  # (Bharti Airtel in India, Airtel Africa's units elsewhere)
    ("Daiwa", "Daiwa Securities Group"),
    ("Harvard", "Harvard University"),
    ("Disney", "The Walt Disney Company"),
    # must stay: the listing's own titles, and forms that are words, places or names
    ("Barclays", "Barclays"),
    ("Delta", None),
    ("Alaska", None),
    ("Oxford", None),
    ("Southern", None),
]


@pytest.mark.parametrize(("form", "title"), COMPANY_ROWS)
def test_company_rows_s42(form: str, title: str | None) -> None:
    assert lookup_company(form) == title


def test_firm_short_form_table() -> None:
    table = firm_short_forms()
    assert dict(table["Duke"]) == {"utility": "Duke Energy", "university": "Duke University"}
    assert table["Delta"] == (("airline", "Delta Air Lines"),)
    assert {"flights", "carrier"} <= sector_words("airline")
    assert sector_words("nothing") == frozenset()
    # every form is one the company tables leave alone (else it would be titled everywhere)
    assert not [f for f in table if lookup_company(f)]


PIPELINE = [
    (
        (
            "SEATTLE, July 21, 2025 - Alaska halted all flights for three hours on Sunday after an "
            "outage, the carrier said. About 150 flights were cancelled across Alaska and Oregon."
        ),
        [("Alaska", "ORG", "Alaska Airlines"), ("Alaska", "GPE", "Alaska")],
    ),
    (
        (
            "BOSTON, May 13, 2025 - Harvard said on Tuesday that research grants had been cut, "
            "adding to cuts at Stanford and Yale."
        ),
        [
            ("Harvard", "ORG", "Harvard University"),
            ("Stanford", "ORG", "Stanford University"),
            ("Yale", "ORG", "Yale University"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "want"), PIPELINE)
def test_pipeline_firms_s42(run, text: str, want: list[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    got = sorted(
        ((m.start, m.text, e.type, e.name) for e in run(text).entities for m in e.mentions),
    )
    found = [(t, typ, name) for _, t, typ, name in got if t in {w[0] for w in want}]
    assert found == want, got
