"""Session 40 (kinds40): an organisation named bare whose English Wikipedia title carries its kind
in brackets takes that title where the document shows the kind ("Mapei" in 1996 cycling copy ->
"Mapei (cycling team)", "Morena" in election news -> "Morena (political party)", "Emirates" in a
story of flights -> "Emirates (airline)"). Untouched: the same words as places ("in Morena", "the
northern Emirates"), a person's name typed a person's, a sponsor's name outside its years, a
form that is also a word or a place far from the kind's words, two kinds shown at once, and
documents that show no kind (``coref.kind_names``, ``models/kind_titles.jsonl``)."""

from __future__ import annotations

import re

import pytest

from briefx.normalize.names import kind_titles as kind_table
from briefx.pipeline.coref.ent import Ent
from briefx.pipeline.coref.kind_names import kind_titles
from briefx.resources import read_jsonl


def _ents(text: str, spans: list[tuple[str, str]]) -> list[Ent]:
    ents, pos = [], 0
    for surface, typ in spans:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, surface))
        pos = s + len(surface)
    return ents


FAR = " The weather was mild." * 20  # more than NEAR characters of words of no kind

CASES = [
    # cycling copy of the team's years: the sponsor's name is the team
    (
        "Tony Rominger of Mapei won the stage, and Festina lost time on the descent.",
        1996,
        [("Mapei", "ORG"), ("Festina", "ORG")],
        ["Mapei (cycling team)", "Festina (cycling team)"],
    ),
    (
        (
            "Leading results of the fifth stage:\n1. Laurent Jalabert (France) ONCE\n2. Tony "
            "Rominger (Switzerland) Mapei"
        ),
        1996,
        [("ONCE", "ORG"), ("Mapei", "GPE")],
        ["ONCE (cycling team)", "Mapei (cycling team)"],
    ),
    (
        "Erik Dekker of Rabobank won the third stage after a long breakaway.",
        1996,
        [("Rabobank", "ORG")],
        ["Rabobank (cycling team)"],
    ),
    (
        "Chris Boardman of GAN was second in the prologue time trial.",
        1996,
        [("GAN", "ORG")],
        ["Crédit Agricole (cycling team)"],
    ),
    # election news: the party
    (
        "Morena won 24 of the 31 state congresses in Sunday's election.",
        2026,
        [("Morena", "GPE")],
        ["Morena (political party)"],
    ),
    (
        "André Ventura of Chega came second in the presidential election.",
        2026,
        [("Chega", "PERSON")],
        ["Chega (political party)"],
    ),
    # an airline, a firm, a union, a band, a newspaper by their words
    (
        "Emirates posted a record profit as passengers filled its flights.",
        2026,
        [("Emirates", "ORG")],
        ["Emirates (airline)"],
    ),
    (
        "Vale said iron ore output rose, and the miner kept its target.",
        2026,
        [("Vale", "ORG")],
        ["Vale (company)"],
    ),
    (
        "Members of Unison voted to strike over pay, the union said.",
        2026,
        [("Unison", "ORG")],
        ["Unison (trade union)"],
    ),
    (
        "Oasis added two concerts, and the band's guitarist said an album would follow.",
        2026,
        [("Oasis", "ORG")],
        ["Oasis (band)"],
    ),
    (
        "Petrol prices will fall, the newspaper Dawn reported on Thursday.",
        2026,
        [("Dawn", "ORG")],
        ["Dawn (newspaper)"],
    ),
    # one form, two kinds: the one the document shows
    (
        "Mango said it would add flights to Durban as passengers returned.",
        2026,
        [("Mango", "ORG")],
        ["Mango (airline)"],
    ),
    (
        "Mango said it would open 40 stores as the retailer's sales rose.",
        2026,
        [("Mango", "ORG")],
        ["Mango (retailer)"],
    ),
    # the document's later mentions follow the first, also far from the kind's words
    (
        "Emirates added flights to Lagos." + FAR + " Emirates also said it would hire.",
        2026,
        [("Emirates", "ORG"), ("Emirates", "ORG")],
        ["Emirates (airline)", "Emirates (airline)"],
    ),
    # ... but not a place named as a place
    (
        "Emirates added flights to Dubai. Storms hit the northern Emirates.",
        2026,
        [("Emirates", "ORG"), ("Emirates", "GPE")],
        ["Emirates (airline)", "Emirates"],
    ),
    # untouched: no kind shown (a bank's own name in finance copy, a firm in no cycling copy)
    (
        "Rabobank said its net profit rose 9 percent as lending margins widened.",
        2026,
        [("Rabobank", "ORG")],
        ["Rabobank"],
    ),
    (
        "Motorola said it would cut 2,000 jobs in its chip unit.",
        1996,
        [("Motorola", "ORG")],
        ["Motorola"],
    ),
    # untouched: a sponsor's name outside its years
    (
        "Motorola riders led the peloton on the final stage.",
        2021,
        [("Motorola", "ORG")],
        ["Motorola"],
    ),
    (
        "A GAN rider won the stage.",
        2005,
        [("GAN", "ORG")],
        ["GAN"],
    ),
    # untouched: places named as places
    (
        "Police in Morena arrested six men days before the election.",
        2026,
        [("Morena", "GPE")],
        ["Morena"],
    ),
    (
        "Rain flooded roads across the northern Emirates, and flights were delayed.",
        2026,
        [("Emirates", "GPE")],
        ["Emirates"],
    ),
    (
        "A winter storm closed schools in Halifax on Wednesday.",
        2026,
        [("Halifax", "GPE")],
        ["Halifax"],
    ),
    # untouched: a person's name typed a person's
    (
        "Zara said the stores would reopen on Monday.",
        2026,
        [("Zara", "PERSON")],
        ["Zara"],
    ),
    # untouched: a form that is also a word far from the kind's words
    (
        "Shares of the company rose." + FAR + " Vale said it was happy.",
        2026,
        [("Vale", "ORG")],
        ["Vale"],
    ),
    # untouched: two kinds shown at once
    (
        "Mango said its stores and its flights were busy.",
        2026,
        [("Mango", "ORG")],
        ["Mango"],
    ),
    # untouched: a name the table does not know
    (
        "Telekom rider Erik Zabel won the stage.",
        1996,
        [("Telekom", "ORG")],
        ["Telekom"],
    ),
]


@pytest.mark.parametrize(("text", "year", "spans", "names"), CASES)
def test_kind_titles(text: str, year: int, spans: list[tuple[str, str]], names: list[str]) -> None:
    ents = _ents(text, spans)
    kind_titles(text, ents, year)
    assert [e.name for e in ents] == names
    for e, (_, typ), name in zip(ents, spans, names, strict=True):
        titled = name.endswith(")")
        assert e.type == ("ORG" if titled else typ), (e, name)
        assert ("kind_title" in e.tags) == titled, (e, name)


def test_linked_name_stays() -> None:
    """A mention the document linked to a name of its own ("Mapei" after "Mapei-GB" read as a
    longer name elsewhere) is no longer bare: the text's name wins."""
    text = "Mapei won the stage."
    ents = [Ent(0, 5, "ORG", "Mapei Group")]
    kind_titles(text, ents, 1996)
    assert ents[0].name == "Mapei Group"


def test_linked_short_form_follows() -> None:
    """A short form the text linked to a titled form follows it ("Emirates" after "Emirates
    Airline")."""
    text = "Emirates Airline added flights to Lagos. Emirates said passengers rose."
    ents = [Ent(0, 16, "ORG", "Emirates Airline"), Ent(41, 49, "ORG", "Emirates Airline")]
    kind_titles(text, ents, 2026)
    assert [e.name for e in ents] == ["Emirates (airline)", "Emirates (airline)"]


def test_table_rows() -> None:
    forms, words = kind_table()
    rows = [r for r in read_jsonl("kind_titles.jsonl") if "title" in r]
    assert len(rows) > 200
    assert set(words) == {r["kind"] for r in rows}
    for r in rows:
        assert re.fullmatch(r".+ \([^()]+\)", r["title"]), r
        assert r["forms"], r
        for form in r["forms"]:
            assert r in forms[form.casefold()], r
        assert set(r.get("plain", ())) <= set(r["forms"]), r
        assert set(r.get("person", ())) <= set(r["forms"]), r
        if "years" in r:
            start, end = r["years"]
            assert 1900 < start <= end <= 2026, r
    for kind, ws in words.items():
        assert ws, kind
        assert all(w == w.lower() for w in ws), kind


PIPELINE = [
    (
        (
            "CYCLING - ROMINGER SECOND IN SPAIN.\nSALAMANCA, Spain 1996-09-10\nLeading results of "
            "the fifth stage of the Tour of Spain:\n1. Laurent Jalabert (France) ONCE 4 hours 21 "
            "minutes\n2. Tony Rominger (Switzerland) Mapei same time\n"
        ),
        "1996-09-10",
        {"ONCE": "ONCE (cycling team)", "Mapei": "Mapei (cycling team)"},
    ),
    (
        (
            "MEXICO CITY, June 2 - Morena won 24 of the 31 state congresses in Sunday's election, "
            "the electoral institute said."
        ),
        "2026-06-02",
        {"Morena": "Morena (political party)"},
    ),
    (
        (
            "BHOPAL, May 14 - Police in Morena, a town in Madhya Pradesh, arrested six men over "
            "illegal sand mining on Thursday."
        ),
        "2026-05-14",
        {"Morena": "Morena"},
    ),
    (
        (
            "AMSTERDAM, March 18 - Rabobank said on Wednesday its net profit rose 9 percent to "
            "3.2 billion euros as higher interest rates lifted lending margins."
        ),
        "2026-03-18",
        {"Rabobank": "Rabobank"},
    ),
]


@pytest.mark.parametrize(("text", "ref", "names"), PIPELINE)
def test_pipeline(run, text: str, ref: str, names: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    got = {m.text: e.name for e in run(text, reference_date=ref).entities for m in e.mentions}
    for surface, name in names.items():
        assert got.get(surface) == name, (surface, got)
