"""briefx_statements, session 44 (stmt44): the speaker is the head of the subject phrase.

1. A name inside a person's or body's apposition, before a place it is attached to, is no
   source: "Jane Roe, a professor at Acme University in Leeds, said", "Paul Kerr, chair of
   Acme Bank, Ruritania, said", "Globex, the carmaker based in Leeds, Ruritania, said" give
   the head (``statements._apposed_to``, read by ``_based_in``), as "Acme Bank of Leeds,
   Ruritania, said" and "The mayor of Leeds, Ruritania, said" (no head) still do not; "Jane
   Roe of Acme Bank in Leeds said" is the person, not the place (``_np_before``).
2. "Jane Roe of the Greens said": the person also where the entities stage typed the party as
   its members (NORP) or as a person (``_np_before``).
3. "Ruritanian Prime Minister Jane Roe met Paul Kerr ... and said": the person the people's or
   country's name and the titles stand before (``_titled_after``, read by
   ``_clause_source``).
4. "Acme Motor Co, the Leeds, Ruritania-based carmaker, said": the head before the
   apposition, not the place that opens it (``_subject_before``).
5. "According to Jane Roe, chief executive of Acme Bank, costs will fall": the content
   follows the apposition (``_apposition_end``; the tagger tells a clause from an apposition,
   so on the full pipeline); likewise "told Ruritania's minister, Jane Roe, that ..."
   (``_past_apposition``).

Tested on ``spacy.blank("en")`` + a sentencizer + the component, with the entities given by
hand (``conftest.stated``); what needs the tagger on the full pipeline (``@pytest.mark.model``). Each table
holds at least three examples of the rule and cases that must stay untouched.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy

from briefx.records import Brief
from tests.pipeline.conftest import stated

# name as written -> (type, canonical name); invented people, bodies and places of no table
NAMES: dict[str, tuple[str, str]] = {
    "Jane Roe": ("PERSON", "Jane Roe"),
    "Paul Kerr": ("PERSON", "Paul Kerr"),
    "Ann Lee": ("PERSON", "Ann Lee"),
    "Acme University": ("ORG", "Acme University"),
    "Acme Bank": ("ORG", "Acme Bank"),
    "Acme Motor Co": ("ORG", "Acme Motor Company"),
    "Globex": ("ORG", "Globex"),
    "Centre for Tide Studies": ("ORG", "Centre for Tide Studies"),
    "Labour Party": ("ORG", "Labour Party"),
    "Greens": ("NORP", "Green"),
    "Christian Democrats": ("PERSON", "Christian Democrats"),
    "Ruritanian": ("NORP", "Ruritanian"),
    "Leeds": ("GPE", "Leeds"),
    "Ruritania": ("GPE", "Ruritania"),
}


def _found(nlp: spacy.language.Language, text: str) -> list[tuple[str, str, str]]:
    doc = stated(nlp, text, NAMES)
    return [(str(s.speaker_name), s.cue, text[s.start : s.end]) for s in doc._.briefx_statements]


APPOSITION_BEFORE_PLACE = [
    (
        "Paul Kerr, chair of Acme Bank, Ruritania, said rates would fall.",
        [("Paul Kerr", "say", "rates would fall")],
    ),
    (
        (
            "Ann Lee, director of the Centre for Tide Studies at Acme University, Leeds, said rates "
            "would fall."
        ),
        [("Ann Lee", "say", "rates would fall")],
    ),
    (
        "Globex, the carmaker based in Leeds, Ruritania, said it would cut jobs.",
        [("Globex", "say", "it would cut jobs")],
    ),
    (
        "Paul Kerr of Acme Bank in Leeds said rates would fall.",
        [("Paul Kerr", "say", "rates would fall")],
    ),
    # untouched: the body's own city, a role of a place the text does not name, a list of
    # names before the place, a person's own city
    (
        "Acme Bank of Leeds, Ruritania, said rates would fall.",
        [("Acme Bank", "say", "rates would fall")],
    ),
    (
        "The mayor of Leeds, Ruritania, said rates would fall.",
        [("None", "say", "rates would fall")],
    ),
    (
        "Jane Roe of Leeds, Ruritania, said rates would fall.",
        [("Jane Roe", "say", "rates would fall")],
    ),
    (
        "Acme Bank of Leeds said rates would fall.",
        [("Acme Bank", "say", "rates would fall")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), APPOSITION_BEFORE_PLACE)
def test_apposition_before_a_place(
    sentenced: spacy.language.Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(sentenced, text) == expected


# the tagged text: real names the statistical NER finds, the role noun tagged a noun
APPOSITION_BEFORE_PLACE_TAGGED = [
    (
        (
            "Hannah Cloke, a professor at the University of Reading in England, said the floods "
            "were getting worse."
        ),
        [("Hannah Cloke", "say", "the floods were getting worse")],
    ),
    (
        (
            "Michael Osterholm, director of the Center for Infectious Disease Research and Policy "
            "at the University of Minnesota in Minneapolis, said the outbreak could last for months."
        ),
        [("Michael Osterholm", "say", "the outbreak could last for months")],
    ),
    (
        (
            "Ben Broadbent, deputy governor of the Bank of England, London, said inflation was too "
            "high."
        ),
        [("Ben Broadbent", "say", "inflation was too high")],
    ),
    (
        "Jerome Powell of the Federal Reserve in Washington said rates would stay on hold.",
        [("Jerome Powell", "say", "rates would stay on hold")],
    ),
    (
        "Olaf Scholz, after meeting Emmanuel Macron in Paris, said Europe must act.",
        [("Olaf Scholz", "say", "Europe must act")],
    ),
    # untouched: a role of a place, a participial parenthesis, a person's own town
    ("The mayor of Lyon, France, said the festival would go ahead.", []),
    (
        "Hannah Cloke, speaking to reporters in Reading, said the floods were getting worse.",
        [("Hannah Cloke", "say", "the floods were getting worse")],
    ),
    (
        "Hannah Cloke of Reading, England, said the floods were getting worse.",
        [("Hannah Cloke", "say", "the floods were getting worse")],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), APPOSITION_BEFORE_PLACE_TAGGED)
def test_apposition_before_a_place_tagged(
    run: Callable[[str], Brief], text: str, expected: list[tuple[str, str, str]]
) -> None:
    got = [(s.speaker_name, s.cue, s.text) for s in run(text).statements if s.speaker_name]
    assert got == expected


PERSON_OF_PARTY = [
    (
        "Jane Roe of the Greens said the plan would fail.",
        [("Jane Roe", "say", "the plan would fail")],
    ),
    (
        "Paul Kerr of the Christian Democrats said the plan would fail.",
        [("Paul Kerr", "say", "the plan would fail")],
    ),
    (
        "Ann Lee of the Labour Party warned that the plan would fail.",
        [("Ann Lee", "warn", "the plan would fail")],
    ),
    # untouched: the party alone, the party as a person's object
    ("The Greens said the plan would fail.", [("None", "say", "the plan would fail")]),
    (
        "The Labour Party said the plan would fail.",
        [("Labour Party", "say", "the plan would fail")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PERSON_OF_PARTY)
def test_person_of_a_party(
    sentenced: spacy.language.Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(sentenced, text) == expected


TITLED_AFTER_COUNTRY = [
    (
        "Ruritanian Prime Minister Jane Roe met Paul Kerr in Leeds and said the talks went well.",
        [("Jane Roe", "say", "the talks went well")],
    ),
    (
        "Ruritania Finance Minister Ann Lee visited Leeds on Monday and said taxes would fall.",
        [("Ann Lee", "say", "taxes would fall")],
    ),
    (
        "Ruritanian President Paul Kerr spoke with Jane Roe by phone and said trade would grow.",
        [("Paul Kerr", "say", "trade would grow")],
    ),
    # untouched: a people's name before no title, the country itself
    (
        "Ruritanian officials met Globex in Leeds and said the talks went well.",
        [("None", "say", "the talks went well")],
    ),
    (
        "Ruritania met its creditors in Leeds and said the talks went well.",
        [("Ruritania", "say", "the talks went well")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLED_AFTER_COUNTRY)
def test_titled_person_after_a_country(
    sentenced: spacy.language.Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(sentenced, text) == expected


PLACE_OPENS_APPOSITION = [
    (
        "Acme Motor Co, the Leeds, Ruritania-based carmaker, said it would recall cars.",
        [("Acme Motor Company", "say", "it would recall cars")],
    ),
    (
        "Globex, a Leeds, Ruritania-based retailer, said sales fell.",
        [("Globex", "say", "sales fell")],
    ),
    (
        "Jane Roe, the Leeds, Ruritania-born economist, said rates would fall.",
        [("Jane Roe", "say", "rates would fall")],
    ),
    # untouched: a content before a place that speaks, a role of a place
    ("Sales rose at Globex, Ruritania said.", [("Ruritania", "say", "Sales rose at Globex")]),
    ("The mayor of Leeds, Ruritania, said sales fell.", [("None", "say", "sales fell")]),
]


@pytest.mark.parametrize(("text", "expected"), PLACE_OPENS_APPOSITION)
def test_place_opening_an_apposition(
    sentenced: spacy.language.Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(sentenced, text) == expected


ACCORDING_TO_APPOSITION = [
    (
        "According to Lucrezia Reichlin, a professor at London Business School, growth will slow.",
        [("Lucrezia Reichlin", "according to", "growth will slow")],
    ),
    (
        "According to Jane Fraser, chief executive of Citigroup in New York, costs would fall.",
        [("Jane Fraser", "according to", "costs would fall")],
    ),
    (
        "According to Siemens, Germany's largest engineering company, orders rose 5%.",
        [("Siemens", "according to", "orders rose 5%")],
    ),
    # untouched: a clause after the comma, a time phrase, a content after the phrase
    (
        "According to Siemens, orders rose 5%, and profits fell.",
        [("Siemens", "according to", "orders rose 5%, and profits fell")],
    ),
    (
        "According to the International Monetary Fund, in 2024, growth slowed.",
        [("International Monetary Fund", "according to", "in 2024, growth slowed")],
    ),
    (
        "Growth will slow, according to Lucrezia Reichlin, a professor at London Business School.",
        [("Lucrezia Reichlin", "according to", "Growth will slow")],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), ACCORDING_TO_APPOSITION)
def test_according_to_an_apposition(
    run: Callable[[str], Brief], text: str, expected: list[tuple[str, str, str]]
) -> None:
    got = [(s.speaker_name, s.cue, s.text) for s in run(text).statements if s.speaker_name]
    assert got == expected


TOLD_PAST_APPOSITION = [
    (
        "Yevgeny Primakov told Israel's foreign minister, David Levy, that Moscow wanted peace.",
        [("Yevgeny Primakov", "tell", "Moscow wanted peace")],
    ),
    (
        "Keir Starmer told Volodymyr Zelenskyy, the Ukrainian president, that Britain would help.",
        [("Keir Starmer", "tell", "Britain would help")],
    ),
    (
        "Tim Cook told Donald Trump, the U.S. president, that Apple would invest more.",
        [("Tim Cook", "tell", "Apple would invest more")],
    ),
    # untouched: a relative clause after the addressee, no "that" after the second comma
    (
        "Keir Starmer told reporters, who had gathered in Kyiv, that Britain would help.",
        [("Keir Starmer", "tell", "reporters, who had gathered in Kyiv, that Britain would help")],
    ),
    (
        "Keir Starmer told Volodymyr Zelenskyy, Britain would help, and left.",
        [("Keir Starmer", "tell", "Volodymyr Zelenskyy, Britain would help, and left")],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), TOLD_PAST_APPOSITION)
def test_told_past_the_addressees_apposition(
    run: Callable[[str], Brief], text: str, expected: list[tuple[str, str, str]]
) -> None:
    got = [(s.speaker_name, s.cue, s.text) for s in run(text).statements if s.speaker_name]
    assert got == expected
