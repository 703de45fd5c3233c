"""briefx_statements, session 19: cues of findings and rulings, habitual adverbs, a time phrase
between the cue and its content, wire credits that are no antecedent, and role nouns that refer
back to a named source.

Rules are tested on ``spacy.blank("en")`` + a sentencizer + the component with the entities given
by hand where the statistical model is not the point; the families that need the tagger or the
dates stage (a time phrase) run the full pipeline. New cases go into the table of their family;
each family holds at least three examples and cases that must stay untouched.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from tests.pipeline.conftest import stated

# name as written -> (type, canonical name, titles)
NAMES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "Jane Roe": ("PERSON", "Jane Roe", ()),
    "John Doe": ("PERSON", "John Doe", ()),
    "Acme Corp": ("ORG", "Acme Corp", ()),
    "Globex": ("ORG", "Globex", ()),
    "Supreme Court": ("ORG", "Supreme Court", ()),
    "National Water Board": ("ORG", "National Water Board", ()),
    "Reuters": ("ORG", "Reuters", ()),
    "AP": ("ORG", "Associated Press", ()),
}


def _doc(nlp: spacy.language.Language, text: str) -> Doc:
    return stated(nlp, text, NAMES)


def _found(nlp: spacy.language.Language, text: str) -> list[tuple[object, ...]]:
    doc = _doc(nlp, text)
    return [(s.speaker_name, s.cue, text[s.start : s.end]) for s in doc._.briefx_statements]


# Findings, rulings and appeals are statements (ANNOTATION.md: an organisation's finding or a
# tribunal's ruling); "find", "rule", "conclude" and "allege" need a content opened by "that".
CUES = [
    (
        "The National Water Board found that reservoirs were 40% full.",
        [("National Water Board", "find", "reservoirs were 40% full")],
    ),
    (
        "The Supreme Court ruled that the tax was unlawful.",
        [("Supreme Court", "rule", "the tax was unlawful")],
    ),
    (
        "Acme Corp concluded that the merger would lift profits.",
        [("Acme Corp", "conclude", "the merger would lift profits")],
    ),
    (
        "Globex alleged that Acme Corp had copied its design.",
        [("Globex", "allege", "Acme Corp had copied its design")],
    ),
    (
        "Jane Roe appealed for calm after the vote.",
        [("Jane Roe", "appeal for", "calm after the vote")],
    ),
    # acts, not statements
    ("Acme Corp found a buyer for its plant.", []),
    ("The Supreme Court ruled out a delay.", []),
    ("Jane Roe appealed the verdict.", []),
    ("The ruling was welcomed by Globex.", []),
]


@pytest.mark.parametrize(("text", "expected"), CUES)
def test_finding_and_ruling_cues(sentenced, text: str, expected: list[tuple[object, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert _found(sentenced, text) == expected


# Habitual speech states nothing ("has repeatedly said", "has long argued").
HABITUAL = [
    ("Jane Roe has repeatedly said that taxes must fall.", []),
    ("Acme Corp has long argued that the rules are unfair.", []),
    ("John Doe regularly says the market is too small.", []),
    ("Globex has consistently claimed that its prices are fair.", []),
    # not habitual: a past act
    (
        "Jane Roe has previously said that taxes must fall.",
        [("Jane Roe", "say", "taxes must fall")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HABITUAL)
def test_habitual_adverbs(sentenced, text: str, expected: list[tuple[object, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert _found(sentenced, text) == expected


# A time phrase (or "in a statement") between the cue and a content without "that", or the
# particle of a cue ("appealed on Monday for"): needs the dates stage and the tagger.
TIME_PHRASES = [
    (
        "Kestrel Mining said on Monday it would cut 300 jobs at its smelter.",
        [("Kestrel Mining", "say", "it would cut 300 jobs at its smelter")],
    ),
    (
        "Prime Minister Jane Halloran pledged on Tuesday to build 80,000 homes a year.",
        [("Jane Halloran", "pledge", "build 80,000 homes a year")],
    ),
    (
        "The World Food Programme appealed on Friday for $400 million to feed refugees.",
        [("World Food Programme", "appeal for", "$400 million to feed refugees")],
    ),
    (
        "Northwind Foods said in a statement on Thursday it would close two plants.",
        [("Northwind Foods", "say", "it would close two plants")],
    ),
    # "and" inside a name between the cue and "that"
    (
        (
            "Kestrel Mining said in a filing with the Securities and Exchange Commission that it "
            "would cut 300 jobs."
        ),
        [("Kestrel Mining", "say", "it would cut 300 jobs")],
    ),
    (
        (
            "Jane Halloran told the Senate Banking and Housing Committee on Tuesday that rates "
            "would stay high."
        ),
        [("Jane Halloran", "tell", "rates would stay high")],
    ),
    # no content after the time phrase: no statement
    ("Kestrel Mining said on Monday.", []),
    (
        "Jane Halloran said prices and wages would rise.",
        [("Jane Halloran", "say", "prices and wages would rise")],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), TIME_PHRASES)
def test_time_phrase_before_content(run, text: str, expected: list[tuple[object, ...]]) -> None:  # type: ignore[no-untyped-def]
    brief = run("Markets in brief\n\n" + text)
    assert [(s.speaker_name, s.cue, s.text) for s in brief.statements] == expected


# A definite role noun refers back to the organisation that spoke last (else the latest named
# one), also with words before it or a relative clause after it; a person's role noun to the
# latest person the text gave a title. Plural, indefinite, possessed and rival nouns stay
# unnamed.
ROLE_NOUNS = [
    (
        "Globex said fares rose 5%. The airline added that it would hire 200 pilots.",
        [
            ("Globex", "say", "fares rose 5%"),
            ("Globex", "add", "it would hire 200 pilots"),
        ],
    ),
    (
        (
            "Acme Corp said it would hire 200 people. The Danish company, which is owned by the "
            "state, said it expected growth."
        ),
        [
            ("Acme Corp", "say", "it would hire 200 people"),
            ("Acme Corp", "say", "it expected growth"),
        ],
    ),
    (
        "Globex said profit fell. The club confirmed that its coach would stay.",
        [("Globex", "say", "profit fell"), ("Globex", "confirm", "its coach would stay")],
    ),
    (
        (
            "Cabinet Secretary Maria Lopez said prices had risen. The minister said more aid "
            "would come."
        ),
        [
            ("Maria Lopez", "say", "prices had risen"),
            ("Maria Lopez", "say", "more aid would come"),
        ],
    ),
    (
        "Justice Tom Reed said the fine was fair. The judge said the airline showed no remorse.",
        [
            ("Tom Reed", "say", "the fine was fair"),
            ("Tom Reed", "say", "the airline showed no remorse"),
        ],
    ),
    # must stay unnamed
    (
        "Acme Corp said profit fell. A company said it would bid.",
        [("Acme Corp", "say", "profit fell"), (None, "say", "it would bid")],
    ),
    (
        "Acme Corp said profit fell. The rival said it would cut prices.",
        [("Acme Corp", "say", "profit fell"), (None, "say", "it would cut prices")],
    ),
    (
        "Acme Corp said profit fell. The airline's pilots said they would strike.",
        [("Acme Corp", "say", "profit fell"), (None, "say", "they would strike")],
    ),
    (
        "Justice Tom Reed said the fine was fair. The spokesperson said the court was closed.",
        [("Tom Reed", "say", "the fine was fair"), (None, "say", "the court was closed")],
    ),
    (
        "Shop sales fell. The minister said more aid would come.",
        [(None, "say", "more aid would come")],
    ),
]

# A news agency credited after a dateline filed the copy: no pronoun or role noun refers to it.
CREDITS = [
    (
        (
            "LONDON, Jan 16 (Reuters) - Shop sales rose 4% in December. The company said prices "
            "would rise."
        ),
        [(None, "say", "prices would rise")],
    ),
    (
        "PARIS (AP) — Shop sales rose 4% in December. The group said it expected a better year.",
        [(None, "say", "it expected a better year")],
    ),
    (
        (
            "LONDON, Jan 16 (Reuters) - Acme Corp said sales rose 4%. The company said prices "
            "would rise."
        ),
        [("Acme Corp", "say", "sales rose 4%"), ("Acme Corp", "say", "prices would rise")],
    ),
    # named, the agency is a source like any other
    (
        "LONDON, Jan 16 (Reuters) - Shop sales rose 4%, according to a Reuters poll.",
        [("Reuters", "according to", "Shop sales rose 4%")],
    ),
]

NAMES.update(
    {
        "Maria Lopez": ("PERSON", "Maria Lopez", ("Cabinet Secretary",)),
        "Tom Reed": ("PERSON", "Tom Reed", ("Justice",)),
    }
)


@pytest.mark.parametrize(("text", "expected"), ROLE_NOUNS + CREDITS)
def test_role_nouns_and_credits(sentenced, text: str, expected: list[tuple[object, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert _found(sentenced, text) == expected


# The source's words before it: a hyphenated title between a quotation and its source
# ("“...,” WHO Director-General X told a briefing"), and a name set off by commas after a noun
# phrase ("Its national secretary, X, called for the airline's board to ..."): the noun phrase
# after the cue is the content, not an inverted source. Needs the tagger.
SOURCE_WORDS = [
    (
        "“We cannot wait,” WHO Director-General Amara Diallo told a briefing.",
        [("Amara Diallo", "tell", "We cannot wait")],
    ),
    (
        "“The case is closed,” Attorney-General Mark Dreyfus said.",
        [("Mark Dreyfus", "say", "The case is closed")],
    ),
    (
        "“We will appeal,” Acme Vice-President Jane Halloran told reporters.",
        [("Jane Halloran", "tell", "We will appeal")],
    ),
    (
        (
            "The union welcomed the ruling. Its national secretary, Michael Kaine, called for the "
            "airline's board to apologise."
        ),
        [("Michael Kaine", "call for", "the airline's board to apologise")],
    ),
    (
        "The fund's manager, Jane Halloran, urged the central bank to act.",
        [("Jane Halloran", "urge", "the central bank to act")],
    ),
    (
        "Acme's chief executive, Jane Halloran, said the company would appeal.",
        [("Jane Halloran", "say", "the company would appeal")],
    ),
]


# A hyphenated modifier before a body's role noun is no verb ("The Perth-based company said").
HYPHENATED_ROLES = [
    (
        "Rio Tinto cut its forecast. The Perth-based company said output would fall 5%.",
        [("Rio Tinto", "say", "output would fall 5%")],
    ),
    (
        "Rio Tinto cut its forecast. The London-listed miner said costs would rise.",
        [("Rio Tinto", "say", "costs would rise")],
    ),
    (
        "Rio Tinto cut its forecast. The state-owned group said it would sell a mine.",
        [("Rio Tinto", "say", "it would sell a mine")],
    ),
    (
        "Rio Tinto cut its forecast. The company's workers said they would strike.",
        [(None, "say", "they would strike")],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), SOURCE_WORDS + HYPHENATED_ROLES)
def test_source_words(run, text: str, expected: list[tuple[object, ...]]) -> None:  # type: ignore[no-untyped-def]
    brief = run("Markets in brief\n\n" + text)
    assert [(s.speaker_name, s.cue, s.text) for s in brief.statements] == expected


# A document a named body owns speaks for it: "<name>'s (adjectives) <document noun>".
DOCUMENTS = [
    (
        "The National Water Board's annual survey found that reservoirs were 40% full.",
        [("National Water Board", "find", "reservoirs were 40% full")],
    ),
    (
        "Acme Corp's latest filing showed that debt rose to $3 billion.",
        [("Acme Corp", "show", "debt rose to $3 billion")],
    ),
    (
        "Globex's survey said most buyers expected higher prices.",
        [("Globex", "say", "most buyers expected higher prices")],
    ),
    # not a document: an unnamed person of the body
    (
        "Globex's chief economist said prices would rise.",
        [(None, "say", "prices would rise")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_document_owners(sentenced, text: str, expected: list[tuple[object, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert _found(sentenced, text) == expected


# A body's short form before its head noun in lower case ("the Kanto institute") is that body
# where its canonical name holds the head, however far back it was named; another head noun
# stays unresolved by this rule.
SHORT_BEFORE_HEAD = [
    (
        "Separately, the Kanto institute forecast that exports would grow.",
        [("Kanto Economic Research Institute", "forecast", "exports would grow")],
    ),
    (
        "The Halden authority said supplies were safe.",
        [("Halden Water Authority", "say", "supplies were safe")],
    ),
    (
        "The Meridian trust said waiting lists fell by 4%.",
        [("Meridian Health Trust", "say", "waiting lists fell by 4%")],
    ),
    ("Farmers in the Kanto region said rain was scarce.", [(None, "say", "rain was scarce")]),
]

NAMES.update(
    {
        "Kanto": ("ORG", "Kanto Economic Research Institute", ()),
        "Halden": ("ORG", "Halden Water Authority", ()),
        "Meridian": ("ORG", "Meridian Health Trust", ()),
    }
)


@pytest.mark.parametrize(("text", "expected"), SHORT_BEFORE_HEAD)
def test_short_form_before_head(sentenced, text: str, expected: list[tuple[object, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert _found(sentenced, text) == expected


# "figures released by X showed" after its content: the participle is no cue of its own, and
# the document's words belong to the source, its issuer (needs the tagger).
DOCUMENTS_AFTER = [
    (
        (
            "Pay growth slowed to 5.6% in the three months to November, figures released by the "
            "Office for National Statistics showed on Tuesday."
        ),
        [
            (
                "Office for National Statistics",
                "show",
                "Pay growth slowed to 5.6% in the three months to November",
            )
        ],
    ),
    (
        "House prices fell 2% in March, data published by the Bank of England showed.",
        [("Bank of England", "show", "House prices fell 2% in March")],
    ),
    (
        "Exports rose 3% in May, figures issued by the Census Bureau showed.",
        [("Census Bureau", "show", "Exports rose 3% in May")],
    ),
    (
        "Figures released by the Office for National Statistics showed that pay growth slowed.",
        [("Office for National Statistics", "show", "pay growth slowed")],
    ),
    # an act: no statement
    ("The Bank of England released figures on Tuesday.", []),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), DOCUMENTS_AFTER)
def test_documents_after_content(run, text: str, expected: list[tuple[object, ...]]) -> None:  # type: ignore[no-untyped-def]
    brief = run("Markets in brief\n\n" + text)
    assert [(s.speaker_name, s.cue, s.text) for s in brief.statements] == expected
