"""Entity types, session 16 (issue 13: types the kind of name gives): natural places from
WordNet, laws cited by a part or found by their head, designations in mixed case. On plain
mention lists (no model) and through the component. Invented texts; each rule has three new
cases of its family and cases that must stay untouched.

New cases go in the table of their rule; a known miss stays in its table as a strict xfail."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.context import gatherings
from briefx.pipeline.entities.kinds import (
    camel_products,
    law_parts,
    natural_places,
    religious_groups,
)
from briefx.resources import table_index
from tests.pipeline.conftest import by_mention, ents_of


def typed(text: str, ents: list[Ent]) -> dict[str, str]:
    return {text[e.start : e.end]: e.type for e in ents}


# models/natural_places.jsonl (scripts/derive_natural_places.py, WordNet): named seas, rivers,
# ranges, peninsulas and deserts in; names another synset also holds (a country, a state, a
# person, a company) out
NATURAL_TABLE = [
    ("Tigris", True),
    ("Adriatic", True),
    ("Peloponnese", True),
    ("Pyrenees", True),
    ("Kalahari", True),
    ("Jordan", False),  # a country
    ("Ohio", False),  # a state
    ("Amazon", False),  # also a woman warrior of myth
    ("Georgia", False),
]


@pytest.mark.parametrize(("name", "known"), NATURAL_TABLE)
def test_natural_table(name: str, known: bool) -> None:
    assert (name in table_index("natural_places.jsonl", "name")) == known


NATURAL = [
    # NER's body, nationality or nothing after "the" -> LOC
    ("Barges on the Danube carried less grain.", [("Danube", "ORG")], {"Danube": "LOC"}),
    ("Boats left the Aegean ports as the Aegean warmed.", [("Aegean", "NORP")],
     {"Aegean": "LOC"}),
    ("Water from the Tigris and Euphrates fell.", [("Tigris", "ORG")],
     {"Tigris": "LOC", "Euphrates": "LOC"}),
    ("Heat gripped the Iberian Peninsula on Monday.", [("Iberian", "NORP")],
     {"Iberian Peninsula": "LOC"}),
    ("Snow fell across the Carpathians overnight.", [], {"Carpathians": "LOC"}),
    # must stay: a longer capitalised name, a plural noun after it, no "the", a company's name
    ("Bills rose at the Thames Water utility.", [("Thames Water", "ORG")],
     {"Thames Water": "ORG"}),
    ("Ships of the Baltic states met.", [("Baltic", "GPE")], {"Baltic": "GPE"}),
    ("Danube Logistics said profit rose.", [("Danube Logistics", "ORG")],
     {"Danube Logistics": "ORG"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "want"), NATURAL)
def test_natural_places(text: str, spans: list[tuple[str, str]], want: dict[str, str]) -> None:
    ents = ents_of(text, spans)
    natural_places(text, ents)
    got = typed(text, ents)
    assert {k: got.get(k) for k in want} == want


RELIGIOUS = [
    ("Sunni and Kurdish parties agreed on Monday.", [("Kurdish", "NORP")],
     {"Sunni": "NORP", "Kurdish": "NORP"}, "Sunni"),
    ("Copts and Protestants marched in Cairo.", [("Cairo", "GPE")],
     {"Copts": "NORP", "Protestants": "NORP"}, "Copt"),
    ("India's Hindus voted in the first phase.", [("India", "GPE")], {"Hindus": "NORP"},
     "Hindu"),
    ("Methodists met in Leeds.", [("Methodists", "ORG")], {"Methodists": "NORP"}, "Methodist"),
    # must stay: part of a longer name, a given name, NER's NORP
    ("the Southern Baptist Convention voted.", [("Southern Baptist Convention", "ORG")],
     {"Southern Baptist Convention": "ORG"}, None),
    ("Christian Horner said the car was fast.", [("Christian Horner", "PERSON")],
     {"Christian Horner": "PERSON"}, None),
    ("Catholic University staff struck.", [], {"Catholic": None}, None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "want", "name"), RELIGIOUS)
def test_religious_groups(
    text: str, spans: list[tuple[str, str]], want: dict[str, str | None], name: str | None
) -> None:
    ents = ents_of(text, spans)
    religious_groups(text, ents)
    got = typed(text, ents)
    assert {k: got.get(k) for k in want} == want
    if name:
        assert name in {e.name for e in ents if e.type == "NORP"}


LAWS = [
    # a part cited before the law: the law alone
    ("Allies invoked Article 4 of the North Atlantic Treaty on Monday.",
     [("Article 4 of the North Atlantic Treaty", "LAW")], {"North Atlantic Treaty": "LAW"}),
    ("Duties under Section 301 of the Trade Act of 1974 rose.",
     [("Section 301 of the Trade Act of 1974", "LAW")], {"Trade Act of 1974": "LAW"}),
    ("Firms breached Article 102 of the Treaty on the Functioning of the European Union.",
     [("Article 102 of the Treaty", "LAW")],
     {"Treaty on the Functioning of the European Union": "LAW"}),
    # two laws NER joined
    ("It cited the Clean Water Act and the Safe Drinking Water Act.",
     [("Clean Water Act and the Safe Drinking Water Act", "LAW")],
     {"Clean Water Act": "LAW", "Safe Drinking Water Act": "LAW"}),
    # laws by their head after "the", names inside giving way
    ("Parliament amended the Treaty of Nice in 2001.", [("Nice", "GPE")],
     {"Treaty of Nice": "LAW"}),
    ("Platforms must follow the Online Safety Act from March.", [("Online Safety", "ORG")],
     {"Online Safety Act": "LAW"}),
    ("The Kyoto Protocol expired.", [("Kyoto", "GPE")], {"Kyoto Protocol": "LAW"}),
    # must stay: a body whose name goes on after the head word, a head word alone, a country
    ("the Prudential Regulation Authority said", [("Prudential Regulation Authority", "ORG")],
     {"Prudential Regulation Authority": "ORG"}),
    ("the Act took effect in Spain.", [("Spain", "GPE")], {"Spain": "GPE", "Act": None}),
    ("the Office for Nuclear Regulation said", [("Office for Nuclear Regulation", "ORG")],
     {"Office for Nuclear Regulation": "ORG"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "want"), LAWS)
def test_law_parts(text: str, spans: list[tuple[str, str]], want: dict[str, str | None]) -> None:
    ents = ents_of(text, spans)
    law_parts(text, ents)
    got = typed(text, ents)
    assert {k: got.get(k) for k in want} == want


def test_law_years_are_no_dates() -> None:
    """A law found by its head keeps its year; the year is no date (ANNOTATION.md)."""
    text = "Tariffs rose under the Trade Expansion Act of 1962 and the Jones Act."
    ents = ents_of(text, [])
    freed = law_parts(text, ents)
    assert typed(text, ents) == {"Trade Expansion Act of 1962": "LAW", "Jones Act": "LAW"}
    assert [text[s:e] for s, e in freed] == ["1962"]


CAMEL = [
    ("Apple cut the price of the iPhone 15 by $50.", [("Apple", "ORG")],
     {"iPhone 15": "PRODUCT"}, ["15"]),
    ("Updates to iPadOS 18 reached tablets.", [], {"iPadOS 18": "PRODUCT"}, ["18"]),
    ("The iPad Pro 13 sold out.", [("iPad Pro", "ORG")], {"iPad Pro 13": "PRODUCT"}, ["13"]),
    # must stay: no number after it (a firm's name), a year after it
    ("Shares of eBay rose 4%.", [("eBay", "ORG")], {"eBay": "ORG"}, []),
    ("Sales at eBay 2024 were flat.", [("eBay", "ORG")], {"eBay": "ORG"}, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "want", "numbers"), CAMEL)
def test_camel_products(
    text: str, spans: list[tuple[str, str]], want: dict[str, str], numbers: list[str]
) -> None:
    ents = ents_of(text, spans)
    freed = camel_products(text, ents)
    got = typed(text, ents)
    assert {k: got.get(k) for k in want} == want
    assert [text[s:e] for s, e in freed] == numbers


GATHERINGS = [
    # "Fair" and "Week" end meetings' names where the text says they take place
    ("Organisers of the Hong Kong Book Fair said 900 publishers came.",
     [("Hong Kong Book Fair", "ORG")], {"Hong Kong Book Fair": "EVENT"}),
    ("London Tech Week opens on Monday at Olympia.", [("London Tech Week", "ORG")],
     {"London Tech Week": "EVENT"}),
    ("The Asia Energy Forum closed on Friday in Manila.", [("Asia Energy Forum", "ORG")],
     {"Asia Energy Forum": "EVENT"}),
    # must stay: a body that opens what it owns, a magazine, no cue at all
    ("The World Trade Forum opened its annual meeting in Geneva.",
     [("World Trade Forum", "ORG")], {"World Trade Forum": "ORG"}),
    ("Vanity Fair said the party was cancelled.", [("Vanity Fair", "ORG")],
     {"Vanity Fair": "ORG"}),
    ("Delegates praised the Nordic Climate Week report.", [("Nordic Climate Week", "ORG")],
     {"Nordic Climate Week": "ORG"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "want"), GATHERINGS)
def test_gatherings(text: str, spans: list[tuple[str, str]], want: dict[str, str]) -> None:
    ents = ents_of(text, spans)
    gatherings(text, ents)
    got = typed(text, ents)
    assert {k: got.get(k) for k in want} == want


COMPONENT = [
    ("Cargo ships waited in the Adriatic on Monday as barges on the Danube ran aground.",
     {"Adriatic": "LOC", "Danube": "LOC"}),
    (("BRUSSELS -- Member states invoked Article 42.7 of the Treaty on European Union, and "
      "lawyers cited the Digital Markets Act and the Data Governance Act."),
     {"Treaty on European Union": "LAW", "Digital Markets Act": "LAW",
      "Data Governance Act": "LAW"}),
    ("Apple said the iPhone 16 would get iOS 19 in the autumn.",
     {"iPhone 16": "PRODUCT", "iOS 19": "PRODUCT"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), COMPONENT)
def test_component(run, text: str, want: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    """The component: the kinds of name over what the model read."""
    brief = run(text, reference_date="2025-05-12")
    got = by_mention(brief, "type")
    assert {k: got.get(k) for k in want} == want


# -- _natural_matches reads what one regular expression of every name would ----------------------
# (the lookup replaced a 949-name alternation that cost about 70 ms to compile per process)


def _natural_regex():  # type: ignore[no-untyped-def]
    import re

    from briefx.pipeline.entities.kinds import _natural_names

    alt = "|".join(re.escape(n) for n in sorted(_natural_names(), key=len, reverse=True))
    return re.compile(
        rf"(?:\b(the|and)|(?:^|(?<=[.!?] )|(?<=\n)|(?<=-- )|(?<=[—–] ))The) ({alt})(?![\w'’-])(?! [A-Z])"
        r"(?! (?!(?:was|is|has|does)\b)[a-z]+s\b)"
    )


_NAMES = sorted(table_index("natural_places.jsonl", "name"))
_REGEX = []


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(_NAMES),
            st.sampled_from(
                [
                    "the",
                    "and",
                    "the the",
                    "said",
                    "States",
                    "states",
                    "-",
                    "'s",
                    ",",
                    "\n",
                    "The",
                    "--",
                    ".",
                    "was",
                    "has",
                ]
            ),
            st.text(alphabet="abcXYZ -'", max_size=6),
        ),
        max_size=12,
    )
)
def test_natural_matches_as_one_regex(parts: list[str]) -> None:
    from briefx.pipeline.entities.kinds import _natural_matches

    if not _REGEX:
        _REGEX.append(_natural_regex())
    text = " ".join(parts)
    want = [(m.group(1) or "the", m.start(2), m.end(2)) for m in _REGEX[0].finditer(text)]
    assert _natural_matches(text) == want
