"""briefx_statements, session 42 (stmt42): who said it.

1. "X was quoted (by Y) (on Friday) as saying ...", "Y quoted X as saying ...": X's statement
   (cue "say"); the medium that quotes is no source (``statements._quoted_as``).
2. "according to a spokesperson for X", "according to an official at X": X, as "A spokesperson
   for X said" already was; a person's spokesman speaks for the person
   (``statements._voice_for``).
3. "reaffirm" and "inform" are cues (``models/statement_cues.jsonl``); "inform" takes an
   addressee as "tell" does ("informed passengers that ...").
4. A cue the tagger read as a noun after a name set off by commas, before "that", is the verb of
   its clause ("Ruritania's oil minister, Jane Roe, forecast that ...").
5. A noun phrase after a participle inside a parenthesis set off by commas is no unnamed role
   of a place ("Jane Roe, speaking to reporters in Kyiv, said": Jane Roe;
   ``statements._participial_before``), as "The mayor of Lyon, France, said" still is.
6. A quotation that is a paragraph of its own, right after a paragraph that ends with an
   attributed quotation, goes on from that attribution ("“A,” X said.\n\n“B.”": X says B;
   ``statements._quote_paragraph``); not after a sentence of the author's, nor a quotation with
   its own attribution.
7. An unquoted content that is only a time phrase states nothing ("Barclays, which reports next
   week, is expected to ..."; ``statements._only_time``).

Tested on ``spacy.blank("en")`` + a sentencizer + the component, with the entities given by hand
(``conftest.stated``); the tagger's reading (4, 5) on the full pipeline (``@pytest.mark.model``).
Each table holds at least three examples of the rule and cases that must stay untouched.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy

from briefx.records import Brief
from tests.pipeline.conftest import stated

# name as written -> (type, canonical name); invented people and bodies of no table
NAMES: dict[str, tuple[str, str]] = {
    "Jane Roe": ("PERSON", "Jane Roe"),
    "Roe": ("PERSON", "Jane Roe"),
    "Paul Kerr": ("PERSON", "Paul Kerr"),
    "Acme Bank": ("ORG", "Acme Bank"),
    "Globex": ("ORG", "Globex"),
    "Interfax": ("ORG", "Interfax"),
    "Ministry of Ports": ("ORG", "Ministry of Ports"),
    "Ruritania": ("GPE", "Ruritania"),
}


def _found(nlp: spacy.language.Language, text: str) -> list[tuple[str, str, str]]:
    doc = stated(nlp, text, NAMES)
    return [(str(s.speaker_name), s.cue, text[s.start : s.end]) for s in doc._.briefx_statements]


QUOTED_AS_SAYING = [
    (
        "Jane Roe was quoted as saying that rates would stay high.",
        [("Jane Roe", "say", "rates would stay high")],
    ),
    (
        "Paul Kerr was quoted by Interfax as saying the talks would resume.",
        [("Paul Kerr", "say", "the talks would resume")],
    ),
    (
        "Acme Bank was quoted on Friday as saying that it would cut 500 jobs.",
        [("Acme Bank", "say", "it would cut 500 jobs")],
    ),
    (
        "Interfax quoted Jane Roe as saying that the war was over.",
        [("Jane Roe", "say", "the war was over")],
    ),
    # untouched: no "quoted" before "as", a modal passive, an unnamed person quoted, "as"
    # after a comma
    ("Jane Roe spoke as saying goes.", []),
    ("Jane Roe would be quoted as saying anything.", []),
    (
        "Interfax quoted officials as saying the talks would resume.",
        [("None", "say", "the talks would resume")],
    ),
    ("Globex was quoted at 5 dollars, as saying goes.", []),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_AS_SAYING)
def test_quoted_as_saying(
    sentenced: spacy.language.Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(sentenced, text) == expected


ACCORDING_TO_VOICE = [
    (
        "Ruritania will send two ships, according to a spokesperson for the Ministry of Ports.",
        [("Ministry of Ports", "according to", "Ruritania will send two ships")],
    ),
    (
        "According to an official at Acme Bank, the loan was repaid.",
        [("Acme Bank", "according to", "the loan was repaid")],
    ),
    (
        "Talks resumed, according to a spokesman for Prime Minister Jane Roe.",
        [("Jane Roe", "according to", "Talks resumed")],
    ),
    (
        "Prices rose, according to a senior official at Globex.",
        [("Globex", "according to", "Prices rose")],
    ),
    # untouched: a voice with no name after it, a name that does not end the phrase, a
    # document's issuer, a name in the voice's own phrase
    ("Prices rose, according to a spokesperson.", [("None", "according to", "Prices rose")]),
    (
        "Prices rose, according to a spokesperson for the ministry in Ruritania.",
        [("None", "according to", "Prices rose")],
    ),
    (
        "Prices rose, according to a report by Globex.",
        [("Globex", "according to", "Prices rose")],
    ),
    (
        "Prices rose, according to a Globex spokesperson.",
        [("Globex", "according to", "Prices rose")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ACCORDING_TO_VOICE)
def test_according_to_a_voice_for(
    sentenced: spacy.language.Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(sentenced, text) == expected


NEW_CUES = [
    (
        "Jane Roe reaffirmed that the deal would stand.",
        [("Jane Roe", "reaffirm", "the deal would stand")],
    ),
    (
        "Acme Bank informed investors on Tuesday that the sale had been completed.",
        [("Acme Bank", "inform", "the sale had been completed")],
    ),
    (
        "Globex informed the Ministry of Ports that it would close the plant.",
        [("Globex", "inform", "it would close the plant")],
    ),
    (
        "The Ministry of Ports reaffirmed that fees would not rise.",
        [("Ministry of Ports", "reaffirm", "fees would not rise")],
    ),
    # untouched: no content after the cue, a passive, "informed" as an adjective
    ("Jane Roe reaffirmed.", []),
    (
        "Acme Bank said it was informed of the decision.",
        [("Acme Bank", "say", "it was informed of the decision")],
    ),
    ("Jane Roe was informed that the plant would close.", []),
]


@pytest.mark.parametrize(("text", "expected"), NEW_CUES)
def test_reaffirm_and_inform(
    sentenced: spacy.language.Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(sentenced, text) == expected


APPOSITIVE_NOUN_CUES = [
    (
        "Ruritania's oil minister, Jane Roe, forecast that prices would ease in the third quarter.",
        [("Jane Roe", "forecast", "prices would ease in the third quarter")],
    ),
    (
        "The bank's chief economist, Paul Kerr, forecast that growth would slow next year.",
        [("Paul Kerr", "forecast", "growth would slow next year")],
    ),
    (
        "Its chairman, Jane Roe, estimate that output will rise.",
        [("Jane Roe", "estimate", "output will rise")],
    ),
    # untouched: the noun after a determiner, no "that", and "reaffirm" with no clause (the
    # tagged text: an object is no stated content, as for "reiterate")
    ("Ruritania reaffirmed its support for the plan.", []),
    ("The forecast that prices would ease proved wrong.", []),
    ("Paul Kerr, the chief economist, gave a forecast of slower growth.", []),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), APPOSITIVE_NOUN_CUES)
def test_noun_tagged_cue_after_appositive(
    run: Callable[[str], Brief], text: str, expected: list[tuple[str, str, str]]
) -> None:
    got = [(s.speaker_name, s.cue, s.text) for s in run(text).statements if s.speaker_name]
    assert got == expected


PARTICIPIAL_PARENTHESIS = [
    (
        "Jane Roe, speaking to reporters in Kyiv, said the talks would resume.",
        [("Jane Roe", "say", "the talks would resume")],
    ),
    (
        "Siemens, answering questions from analysts in Munich, said orders would rise.",
        [("Siemens", "say", "orders would rise")],
    ),
    (
        "Paul Kerr, speaking after talks with officials in Nairobi, said a deal was close.",
        [("Paul Kerr", "say", "a deal was close")],
    ),
    # untouched: a role of a place set off by commas (unnamed), a body based in a place
    ("The mayor of Lyon, France, said the metro would reopen.", []),
    (
        "Acme Microsystems of San Jose, California, said profit rose.",
        [("Acme Microsystems", "say", "profit rose")],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), PARTICIPIAL_PARENTHESIS)
def test_participial_parenthesis_before_cue(
    run: Callable[[str], Brief], text: str, expected: list[tuple[str, str, str]]
) -> None:
    got = [(s.speaker_name, s.cue, s.text) for s in run(text).statements if s.speaker_name]
    assert got == expected


QUOTE_PARAGRAPHS = [
    (
        "“Rates are high,” Jane Roe said.\n\n“We can wait for more data.”\n",
        [("Jane Roe", "say", "Rates are high"), ("Jane Roe", "say", "We can wait for more data.")],
    ),
    (
        "Acme Bank cut rates. “We acted early,” Paul Kerr told reporters.\n\n“Inflation is falling.”",
        [
            ("Paul Kerr", "tell", "We acted early"),
            ("Paul Kerr", "tell", "Inflation is falling."),
        ],
    ),
    (
        "“Prices will fall,” said Jane Roe.\n\n“Demand is weak.”\n\n“Stocks are high.”",
        [
            ("Jane Roe", "say", "Prices will fall"),
            ("Jane Roe", "say", "Demand is weak."),
            ("Jane Roe", "say", "Stocks are high."),
        ],
    ),
    # untouched: an author's sentence after the attribution, a quotation of another source, a
    # quotation inside a paragraph of prose
    (
        "“Rates are high,” Jane Roe said. Markets fell.\n\n“We can wait.”",
        [("Jane Roe", "say", "Rates are high")],
    ),
    (
        "“Rates are high,” Jane Roe said.\n\n“We can wait,” Paul Kerr said.",
        [("Jane Roe", "say", "Rates are high"), ("Paul Kerr", "say", "We can wait")],
    ),
    (
        "“Rates are high,” Jane Roe said.\n\nMarkets fell after the “surprise” move.",
        [("Jane Roe", "say", "Rates are high")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTE_PARAGRAPHS)
def test_quote_paragraph_goes_on(
    sentenced: spacy.language.Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(sentenced, text) == expected


TIME_ONLY = [
    (
        "HSBC said profit rose 10%. Barclays, which reports next week, is expected to post a loss.",
        [("HSBC", "say", "profit rose 10%")],
    ),
    ("Siemens will report on Thursday, and Bayer on Friday.", []),
    (
        "Shell, which announced in March, said the plan was on track.",
        [("Shell plc", "say", "the plan was on track")],
    ),
    # untouched: a quotation, a content with more than its time phrase
    ("“Next week,” Jane Roe said.", [("Jane Roe", "say", "Next week")]),
    (
        "Siemens said on Monday that it would report results in May.",
        [("Siemens", "say", "it would report results in May")],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), TIME_ONLY)
def test_time_phrase_is_no_content(
    run: Callable[[str], Brief], text: str, expected: list[tuple[str, str, str]]
) -> None:
    got = [(s.speaker_name, s.cue, s.text) for s in run(text).statements if s.speaker_name]
    assert got == expected
