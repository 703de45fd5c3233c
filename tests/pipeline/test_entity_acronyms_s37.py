"""Session 37 (acronyms37): acronyms the document uses as common nouns are no entities
(``entities.acronyms``): spelled out in lower-case words ("liquefied natural gas (LNG)", "LNG
(liquefied natural gas)"), written with a plural's "s" ("SMEs"), or the head of a noun phrase
after "a"/"an" ("an SME pays"); bodies' acronyms of the same shapes stay."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from briefx.pipeline.entities.acronyms import (
    body_acronyms,
    concept_acronyms,
    defined_in_lower_case,
    used_as_count_noun,
)
from tests.pipeline.conftest import ents_of

BLANK = spacy.blank("en")


def _doc(text: str, parse: dict[str, str]) -> Doc:
    """A blank Doc whose tokens carry the part of speech given by word (the rest untagged):
    the pipeline tags and does not parse."""
    doc = BLANK.make_doc(text)
    for t in doc:
        t.pos_ = parse.get(t.text, "")
    return doc


Spans = list[tuple[str, str] | str]  # a bare string is an acronym NER typed ORG


def _spans(spans: Spans) -> list[tuple[str, str]]:
    return [s if isinstance(s, tuple) else (s, "ORG") for s in spans]


def _kept(
    text: str,
    spans: Spans,
    parse: dict[str, str],
    defined: frozenset[str] = frozenset(),
) -> list[str]:
    ents = concept_acronyms(_doc(text, parse), ents_of(text, _spans(spans)), set(defined))
    return [text[e.start : e.end] for e in ents]


CASES = [
    # defined by lower-case words, before or after, singular or plural
    (
        "Imports of liquefied natural gas (LNG) rose. LNG prices fell.",
        ["LNG", "LNG"],
        {},
        [],
    ),
    (
        "The purchasing managers' index (PMI) rose to 51. Growth resumed, S&P Global said.",
        ["PMI", ("S&P Global", "ORG")],
        {},
        ["S&P Global"],
    ),
    (
        "Non-performing loans (NPLs) fell. The NPL ratio of small banks rose.",
        ["NPL"],
        {},
        [],
    ),
    (
        "LNG (liquefied natural gas) exports rose 5%, Petronas said.",
        ["LNG", ("Petronas", "ORG")],
        {},
        ["Petronas"],
    ),
    (
        "Environmental, social and governance (ESG) rules start in 2027. ESG reports must be audited.",
        ["ESG", "ESG"],
        {},
        [],
    ),
    # the linking's own reading of a lower-case definition covers the other form
    (
        "Non-performing loans rose. The NPL ratio was 5%.",
        ["NPL"],
        {},
        [],
        frozenset({"NPLs"}),
    ),
    # a plural elsewhere in the document
    ("SMEs borrowed more. The average SME loan was $12,000.", ["SME"], {}, []),
    ("EV sales rose 20%. Three EVs were recalled.", [("EV", "PRODUCT")], {}, []),
    # the head of a noun phrase after "a"/"an"
    (
        "An SME pays twice the prime rate.",
        ["SME"],
        {"SME": "PROPN", "pays": "VERB"},
        [],
    ),
    (
        "A PMI above 50 signals growth.",
        ["PMI"],
        {"PMI": "PROPN", "above": "ADP"},
        [],
    ),
    (
        "The works follow an EIA that found no risk.",
        ["EIA"],
        {"EIA": "PROPN", "that": "PRON"},
        [],
    ),
    # a currency's code
    ("Prices were quoted in UGX and KES.", ["UGX", "KES"], {}, []),
    ("AMD said profit rose; UGX fell.", ["AMD", "UGX"], {}, ["AMD"]),
    # untouched: bodies named by acronyms, defined by capitalised words, modifying a noun
    # after "a"/"an", speaking, known to the tables, or with no evidence in the text
    (
        "The Philippine Statistics Authority (PSA) said GDP grew. The PSA board met.",
        [("Philippine Statistics Authority", "ORG"), "PSA", "PSA"],
        {},
        ["Philippine Statistics Authority", "PSA", "PSA"],
    ),
    (
        "Poland is a NATO member. An IMF loan was agreed.",
        [("Poland", "GPE"), "NATO", "IMF"],
        {
            "NATO": "PROPN",
            "member": "NOUN",
            "IMF": "PROPN",
            "loan": "NOUN",
        },
        ["Poland", "NATO", "IMF"],
    ),
    (
        "A KPLC engineer fixed the line.",
        ["KPLC"],
        {"KPLC": "PROPN", "engineer": "NOUN"},
        ["KPLC"],
    ),
    (
        "SMEs want credit, ESG Partners said. SME lenders agree.",
        ["ESG", "SME"],
        {},
        ["ESG"],
    ),
    (
        "NNPC said output rose. KNBS said inflation eased.",
        ["NNPC", "KNBS"],
        {},
        ["NNPC", "KNBS"],
    ),
    (
        "ZESCO reported a loss. The ZESCO board met in Lusaka.",
        ["ZESCO", "ZESCO", ("Lusaka", "GPE")],
        {},
        ["ZESCO", "ZESCO", "Lusaka"],
    ),
    (
        "Kenya Power (KPLC) said the fault was fixed.",
        [("Kenya Power", "ORG"), "KPLC"],
        {},
        ["Kenya Power", "KPLC"],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0][:40] for c in CASES])
def test_concept_acronyms(case: tuple) -> None:  # type: ignore[type-arg]
    text, spans, parse, kept = case[:4]
    defined = case[4] if len(case) > 4 else frozenset()
    assert _kept(text, spans, parse, defined) == kept


@pytest.mark.parametrize(
    ("text", "acronym", "expected"),
    [
        ("Imports of liquefied natural gas (LNG) rose.", "LNG", True),
        ("Lending to small and medium-sized enterprises (SMEs) grew.", "SME", True),
        ("LNG (liquefied natural gas) exports rose.", "LNG", True),
        ("Foreign direct investment (FDI) rose.", "FDI", True),
        ("The Philippine Statistics Authority (PSA) said so.", "PSA", False),
        ("Kenya Power (KPLC) said so.", "KPLC", False),
        ("Scatec (SSO) shares rose 4%.", "SSO", False),
        ("KPLC (the utility) said so.", "KPLC", False),
        ("It met the Kenya National Bureau of Statistics (KNBS).", "KNBS", False),
    ],
)
def test_defined_in_lower_case(text: str, acronym: str, expected: bool) -> None:
    assert defined_in_lower_case(text, acronym) is expected


@pytest.mark.parametrize(
    ("text", "acronym", "parse", "expected"),
    [
        ("Three SMEs closed.", "SME", {}, True),
        ("The IMF's loan was agreed.", "IMF", {}, False),
        ("Bank of Ghana lent to SMEsector firms.", "SME", {}, False),
        ("An EV costs less.", "EV", {"EV": "PROPN", "costs": "VERB"}, True),
        (
            "An EU official said so.",
            "EU",
            {"EU": "PROPN", "official": "NOUN"},
            False,
        ),
        ("A NATO summit opened.", "NATO", {"NATO": "PROPN", "summit": "NOUN"}, False),
        ("NHS waiting lists grew.", "NHS", {}, False),
    ],
)
def test_used_as_count_noun(text: str, acronym: str, parse: dict[str, str], expected: bool) -> None:
    assert used_as_count_noun(_doc(text, parse), text, acronym) is expected


def _added(text: str, spans: Spans, defined: frozenset[str] = frozenset()) -> list[str]:
    ents = body_acronyms(BLANK.make_doc(text), ents_of(text, _spans(spans)), [], set(defined))
    return [f"{text[e.start : e.end]}/{e.type}" for e in ents]


BODY_CASES = [
    # untagged letters the text shows to be a body: an officer or the board after them, an
    # apposition that calls them a body, a speech verb, "according to"
    ("The PSA board met on Friday.", [], ["PSA/ORG"]),
    ("The NCA chairman resigned on Monday.", [], ["NCA/ORG"]),
    ("The figures come from UBOS, the statistics office.", [], ["UBOS/ORG"]),
    ("Inflation fell to 3%, according to ZIMSTAT.", [], ["ZIMSTAT/ORG"]),
    ("PAC said the audit was late.", [], ["PAC/ORG"]),
    # a name NER tagged is left as it is
    ("KRA said revenue rose.", ["KRA"], ["KRA/ORG"]),
    # untouched: no body's evidence, a concept the text defines or counts, codes, units,
    # headings, tickers in brackets, roman numerals
    ("UBOS data showed inflation at 3.2%.", [], []),
    ("ESG analysts said funds fell.", [], []),
    (
        "Small and medium-sized enterprises (SMEs) said credit was scarce. SME lenders agree.",
        [],
        [],
    ),
    ("Three SMEs said credit was scarce.", [], []),
    ("Investors paid in USD, the bank said.", [], []),
    ("The line carries 220 KV, the utility said.", [], []),
    ("MARKET WRAP: KPLC SAID PROFIT ROSE\nShares rose.", [], []),
    ("Scatec (SSO) said profit rose.", [("Scatec", "ORG")], ["Scatec/ORG"]),
    ("Phase II said nothing; Louis XIV said more.", [], []),
    ("Buyers from KE said prices rose.", [], []),
    # a heading's capitals before a capitalised word, a speaker label
    ("PRESS RELEASE : Commission proposes support.", [], []),
    ("THE CHAIR: We will hear from the ministry.", [], []),
    ("The NCA CHAIRMAN resigned.", [], []),
]


@pytest.mark.parametrize(
    ("text", "spans", "expected"), BODY_CASES, ids=[c[0][:40] for c in BODY_CASES]
)
def test_body_acronyms(text: str, spans: Spans, expected: list[str]) -> None:
    assert _added(text, spans) == expected


@pytest.mark.parametrize(
    ("text", "parse", "expected"),
    [
        # people of a body before its letters, no noun after them
        ("Officials at KNBS revised the series.", {"revised": "VERB"}, ["KNBS/ORG"]),
        ("Economists at ZIMSTAT expect a rise.", {"expect": "VERB"}, ["ZIMSTAT/ORG"]),
        ("A spokeswoman for KPLC declined to comment.", {"declined": "VERB"}, ["KPLC/ORG"]),
        # untouched: a noun after the letters, a word that is no person before "at", a
        # speaker-less "for"
        ("Engineers at LNG terminals went on strike.", {"terminals": "NOUN"}, []),
        ("Prices at CPI level rose.", {"level": "NOUN"}, []),
        ("Demand for LNG rose.", {"rose": "VERB"}, []),
        ("Buyers for LNG are scarce.", {"are": "AUX"}, []),
    ],
)
def test_staff_before_acronyms(text: str, parse: dict[str, str], expected: list[str]) -> None:
    ents = body_acronyms(_doc(text, parse), [], [], set())
    assert [f"{text[e.start : e.end]}/{e.type}" for e in ents] == expected
