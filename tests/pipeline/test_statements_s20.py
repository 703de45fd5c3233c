"""briefx_statements, session 20: the precision of the speaker.

Rules are tested on ``spacy.blank("en")`` + a sentencizer + the component with the entities given
by hand where the statistical model is not the point, and again through the whole pipeline
where the parse could change the reading. New cases go into the table of their family; each
family holds at least three examples and cases that must stay untouched.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from briefx.facts import EntityFact
from briefx.pipeline import speakers
from tests.pipeline.conftest import stated

# name as written -> (type, canonical name)
NAMES: dict[str, tuple[str, str]] = {
    "Jane Roe": ("PERSON", "Jane Roe"),
    "John Doe": ("PERSON", "John Doe"),
    "Mary Major": ("PERSON", "Mary Major"),
    "Roe": ("PERSON", "Jane Roe"),
    "Doe": ("PERSON", "John Doe"),
    "Major": ("PERSON", "Mary Major"),
    "Acme Corp": ("ORG", "Acme Corp"),
    "Globex": ("ORG", "Globex"),
    "BBC": ("ORG", "BBC"),
    "Kent County Water Board": ("ORG", "Kent County Water Board"),
    "Texas": ("GPE", "Texas"),
    "Spaniard": ("NORP", "Spaniard"),
    "Dane": ("NORP", "Dane"),
    "French": ("NORP", "French"),
    "Danish": ("NORP", "Danish"),
}


def _doc(nlp: spacy.language.Language, text: str) -> Doc:
    return stated(nlp, text, NAMES)


def _speakers(nlp: spacy.language.Language, text: str) -> list[tuple[object, str]]:
    doc = _doc(nlp, text)
    return [(s.speaker_name, text[s.start : s.end]) for s in doc._.briefx_statements]


# A person's pronoun right after a named person's statement is that speaker going on, not the
# latest person named (who may stand inside the content, or have spoken two sentences back).
SPEAKER_GOES_ON = [
    (
        (
            "John Doe said the review relied on higher taxes. He told the BBC that Jane Roe had "
            "broken her promises. He added that businesses were cutting jobs."
        ),
        [
            ("John Doe", "the review relied on higher taxes"),
            ("John Doe", "Jane Roe had broken her promises"),
            ("John Doe", "businesses were cutting jobs"),
        ],
    ),
    (
        (
            "Jane Roe told analysts that John Doe would join the board. She said the two companies "
            "had held talks for a year."
        ),
        [
            ("Jane Roe", "John Doe would join the board"),
            ("Jane Roe", "the two companies had held talks for a year"),
        ],
    ),
    (
        (
            "Mary Major, a spokesperson for the airline, said 70,000 passengers were affected. Its "
            "chairman, John Doe, told reporters that the airline had refused to talk. He said the "
            "strike would go on."
        ),
        [
            ("Mary Major", "70,000 passengers were affected"),
            ("John Doe", "the airline had refused to talk"),
            ("John Doe", "the strike would go on"),
        ],
    ),
    (
        (
            "Mary Major told reporters that the outbreak was slowing, adding that Jane Roe had asked "
            "for help. She said schools would reopen."
        ),
        [
            ("Mary Major", "the outbreak was slowing"),
            ("Mary Major", "Jane Roe had asked for help"),
            ("Mary Major", "schools would reopen"),
        ],
    ),
    # untouched: a sentence without the person's statement stands between them
    (
        (
            "John Doe said prices would rise. Jane Roe took office on Monday. She said she would "
            "cut costs."
        ),
        [("John Doe", "prices would rise"), ("Jane Roe", "she would cut costs")],
    ),
    # untouched: the latest statement is a body's, so the pronoun is left to coref
    (
        (
            "Jane Roe founded the shop in 1990. Acme Corp said sales rose. She said the shop would "
            "stay open."
        ),
        [("Acme Corp", "sales rose"), ("Jane Roe", "the shop would stay open")],
    ),
    # untouched: a name, not a pronoun, after the statement
    (
        "John Doe said prices would rise. Jane Roe said they would fall.",
        [("John Doe", "prices would rise"), ("Jane Roe", "they would fall")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKER_GOES_ON)
def test_speaker_goes_on(sentenced, text: str, expected: list[tuple[object, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(sentenced, text) == expected


@pytest.mark.parametrize(("text", "expected"), SPEAKER_GOES_ON[:4])
def test_speaker_goes_on_pipeline(run, text: str, expected: list[tuple[object, str]]) -> None:  # type: ignore[no-untyped-def]
    brief = run(text)
    got = [(s.speaker_name, text[s.start : s.end]) for s in brief.statements]
    assert [g for g in got if g[0] is not None] == expected


PERSON = EntityFact(0, 8, "PERSON", "Jane Roe")


@pytest.mark.parametrize(
    ("lowers", "sent_no", "last", "expected"),
    [
        (["he"], 3, (3, PERSON), PERSON),
        (["she"], 4, (3, PERSON), PERSON),
        (["him"], 4, (3, PERSON), PERSON),
        (["she"], 5, (3, PERSON), None),  # two sentences on
        (["it"], 4, (3, PERSON), None),  # a body's pronoun
        (["the", "minister"], 4, (3, PERSON), None),
        (["he"], 4, None, None),
    ],
)
def test_speaker_goes_on_helper(
    lowers: list[str], sent_no: int, last: tuple[int, EntityFact] | None, expected: object
) -> None:
    assert speakers.speaker_goes_on(lowers, sent_no, last) == expected


# A named organisation right before a noun of the people who speak for a body is the source
# ("a spokesperson for X" is X; ANNOTATION.md: the outer named source wins); the noun alone
# stays an unnamed source, and other nouns after a name are left as they were.
VOICE_NOUNS = [
    (
        "A Globex spokesperson said the company would appeal.",
        [("Globex", "the company would appeal")],
    ),
    (
        "Acme Corp officials told reporters that deliveries would rise.",
        [("Acme Corp", "deliveries would rise")],
    ),
    ("Globex's spokesman said the plant would close.", [("Globex", "the plant would close")]),
    ("An Acme Corp executive said sales rose 5%.", [("Acme Corp", "sales rose 5%")]),
    # untouched: no name, another noun
    ("A spokesperson said prices would rise.", [(None, "prices would rise")]),
    ("Officials said the bridge would reopen.", [(None, "the bridge would reopen")]),
    # session 21: a person's spokesman speaks for the person (the outer named source wins)
    ("Jane Roe's spokesman said she would resign.", [("Jane Roe", "she would resign")]),
    ("Globex shareholders said the bid was too low.", [(None, "the bid was too low")]),
]


@pytest.mark.parametrize(("text", "expected"), VOICE_NOUNS)
def test_voice_nouns(sentenced, text: str, expected: list[tuple[object, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(sentenced, text) == expected


VOICE_NOUNS_PIPELINE = [
    (
        "A Shell spokesperson said the company would appeal.",
        [("Shell plc", "the company would appeal")],
    ),
    (
        "Airbus officials told reporters that deliveries would rise.",
        [("Airbus", "deliveries would rise")],
    ),
    ("Boeing's spokesman said the plant would close.", [("Boeing", "the plant would close")]),
    ("A Microsoft executive said sales rose 5%.", [("Microsoft", "sales rose 5%")]),
]


@pytest.mark.parametrize(("text", "expected"), VOICE_NOUNS_PIPELINE)
def test_voice_nouns_pipeline(run, text: str, expected: list[tuple[object, str]]) -> None:  # type: ignore[no-untyped-def]
    got = [(s.speaker_name, text[s.start : s.end]) for s in run(text).statements]
    assert got == expected


# A person's pronoun passes over a person the text marks as of the other gender: an honorific
# before the name, or the pronoun opening the content of the person's own statement. Without
# such a mark nothing changes.
GENDER = [
    (
        "Ms Roe chaired the meeting. Mr Doe said prices would rise. She said wages would follow.",
        [("John Doe", "prices would rise"), ("Jane Roe", "wages would follow")],
    ),
    (
        (
            "John Doe chaired the review. Mary Major said she would stay on. He said the review "
            "would end in May."
        ),
        [("Mary Major", "she would stay on"), ("John Doe", "the review would end in May")],
    ),
    (
        (
            "Sir John Doe opened the plant. Mrs Major said sales had doubled. He said the plant "
            "would hire 200 people."
        ),
        [("Mary Major", "sales had doubled"), ("John Doe", "the plant would hire 200 people")],
    ),
    (
        (
            "Jane Roe told reporters that she would resign. Mr Doe said the board agreed. She "
            "added that a successor would be named."
        ),
        [
            ("Jane Roe", "she would resign"),
            ("John Doe", "the board agreed"),
            ("Jane Roe", "a successor would be named"),
        ],
    ),
    # untouched: the mark agrees with the pronoun
    (
        "Mr Doe said prices would rise. He added that wages would follow.",
        [("John Doe", "prices would rise"), ("John Doe", "wages would follow")],
    ),
    # untouched: a content that opens with another person's name gives no mark
    (
        (
            "Jane Roe chaired the review. Mary Major said John Doe would stay on. She said the "
            "review would end in May."
        ),
        [("Mary Major", "John Doe would stay on"), ("Mary Major", "the review would end in May")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), GENDER)
def test_gender_marks(sentenced, text: str, expected: list[tuple[object, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(sentenced, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ms Roe and Mr. Doe met.", {"Jane Roe": "f", "John Doe": "m"}),
        ("Dame Mary Major spoke.", {"Mary Major": "f"}),
        ("Jane Roe met John Doe.", {}),
        ("Ms Roe met Mr Roe.", {}),  # marked both ways: no evidence
    ],
)
def test_honorific_genders(sentenced, text: str, expected: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(sentenced, text)
    assert speakers.honorific_genders(doc, doc._.briefx_entities) == expected


# A nationality word as the head after "the" is a person (the last who spoke, else the latest
# named), never a name of its own; nationality adjectives that name a whole people ("the
# French") and body nouns after a nationality ("the Danish company") stay as they were.
NATIONAL_PERSON = [
    (
        "Jane Roe won the final in Paris. The Spaniard said the wind had been strong.",
        [("Jane Roe", "the wind had been strong")],
    ),
    (
        "John Doe scored twice on Sunday. The Dane told reporters that the team had improved.",
        [("John Doe", "the team had improved")],
    ),
    (
        (
            "Jane Roe lost to Mary Major. Mary Major said the wind was strong. The Chilean added "
            "that the crowd had helped."
        ),
        [("Mary Major", "the wind was strong"), ("Mary Major", "the crowd had helped")],
    ),
    # untouched
    (
        "John Doe met the envoys. The French said they would veto the deal.",
        [(None, "they would veto the deal")],
    ),
    (
        "Acme Corp said sales rose. The Danish company added that costs fell.",
        [("Acme Corp", "sales rose"), ("Acme Corp", "costs fell")],
    ),
    (
        "The Spaniard said the wind had been strong.",
        [(None, "the wind had been strong")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NATIONAL_PERSON)
def test_national_person(sentenced, text: str, expected: list[tuple[object, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(sentenced, text) == expected


def test_national_person_pipeline(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tennis News\n\nCarlos Alcaraz won the final in Paris on Sunday. The Spaniard told "
        "reporters that the wind had been strong."
    )
    got = [(s.speaker_name, text[s.start : s.end]) for s in run(text).statements]
    assert got == [("Carlos Alcaraz", "the wind had been strong")]


# "according to" a phrase that ends with a person's name: the person speaks, not the body
# before the name ("Acme's Jane Roe", "Acme economist Jane Roe", "fire brigade spokesman Jane
# Roe"); a body's people ("Acme analysts", "a Globex spokesperson") are the body, and an
# analyst's note speaks for its issuer. A name after "of" is no speaker of its own.
ACCORDING = [
    ("Rates will fall, according to Acme Corp's Jane Roe.", [("Jane Roe", "Rates will fall")]),
    (
        "According to Acme Corp economist Jane Roe, rates will fall.",
        [("Jane Roe", "rates will fall")],
    ),
    (
        "The fire was contained, according to fire brigade spokesman John Doe.",
        [("John Doe", "The fire was contained")],
    ),
    ("Rates will fall, according to Acme Corp analysts.", [("Acme Corp", "Rates will fall")]),
    ("Rates will fall, according to a Globex spokesperson.", [("Globex", "Rates will fall")]),
    ("Rates will fall, according to a note from Globex.", [("Globex", "Rates will fall")]),
    # untouched
    ("Rates will fall, according to Acme Corp.", [("Acme Corp", "Rates will fall")]),
    ("Rates will fall, according to Jane Roe.", [("Jane Roe", "Rates will fall")]),
    ("Rates will fall, according to analysts.", [(None, "Rates will fall")]),
]


@pytest.mark.parametrize(("text", "expected"), ACCORDING)
def test_according_to_people(sentenced, text: str, expected: list[tuple[object, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(sentenced, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Markets\n\nRates will fall, according to Goldman Sachs analysts.", "Goldman Sachs"),
        ("Markets\n\nRates will fall, according to a Boeing spokesperson.", "Boeing"),
        (
            (
                "Markets\n\nThe fire was contained, according to fire brigade spokesman Yiannis "
                "Artopios."
            ),
            "Yiannis Artopios",
        ),
    ],
)
def test_according_to_people_pipeline(run, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert [s.speaker_name for s in run(text).statements] == [expected]


# A body's role noun with a word of a level of government below the nation refers back only to
# a body whose name holds that word; "state-owned" is no such word.
LEVELS = [
    (
        (
            "Acme Corp said cases rose. Most were in Texas, where the state health department said "
            "702 people were ill."
        ),
        [("Acme Corp", "cases rose"), (None, "702 people were ill")],
    ),
    (
        "Globex said sales fell. The provincial agency said prices had doubled.",
        [("Globex", "sales fell"), (None, "prices had doubled")],
    ),
    (
        "Acme Corp said the road would close. The city council said it would reopen in May.",
        [("Acme Corp", "the road would close"), (None, "it would reopen in May")],
    ),
    # untouched: the name holds the word; a hyphenated modifier; no level word
    (
        "The Kent County Water Board said levels fell. The county agency added that rain was due.",
        [("Kent County Water Board", "levels fell"), ("Kent County Water Board", "rain was due")],
    ),
    (
        "Acme Corp said sales rose. The state-owned company added that costs fell.",
        [("Acme Corp", "sales rose"), ("Acme Corp", "costs fell")],
    ),
    (
        "Globex said sales fell. The mining company added that costs rose.",
        [("Globex", "sales fell"), ("Globex", "costs rose")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEVELS)
def test_level_words(sentenced, text: str, expected: list[tuple[object, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(sentenced, text) == expected


# An age as the head after "the" is a person, as a nationality word is; the dates stage reads
# "37-year-old" as a duration, which is no time phrase before the cue here.
AGES = [
    (
        (
            "Football\n\nLionel Messi scored twice for Inter Miami on Saturday. “It was a special "
            "night,” the 37-year-old said."
        ),
        [("Lionel Messi", "It was a special night")],
    ),
    (
        (
            "Tennis\n\nEmma Raducanu won in straight sets on Tuesday. The 22-year-old told "
            "reporters that the crowd had helped."
        ),
        [("Emma Raducanu", "the crowd had helped")],
    ),
    (
        (
            "Golf\n\nRory McIlroy won the Masters on Sunday. Rory McIlroy said the win meant "
            "everything. The 35-year-old added that he would rest."
        ),
        [("Rory McIlroy", "the win meant everything"), ("Rory McIlroy", "he would rest")],
    ),
    # untouched: indefinite, and a plain date before the cue
    (
        (
            "Football\n\nLionel Messi scored twice for Inter Miami on Saturday. A 37-year-old fan "
            "said it was a special night."
        ),
        [(None, "it was a special night")],
    ),
    (
        "Football\n\nInter Miami on Saturday said Lionel Messi would play.",
        [("Inter Miami", "Lionel Messi would play")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), AGES)
def test_ages(run, text: str, expected: list[tuple[object, str]]) -> None:  # type: ignore[no-untyped-def]
    got = [(s.speaker_name, text[s.start : s.end]) for s in run(text).statements]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "index", "expected"),
    [("the 37-year-old said", 5, 1), ("a 22-years-old", 5, 1), ("the old man", 1, None)],
)
def test_age_start(sentenced, text: str, index: int, expected: int | None) -> None:  # type: ignore[no-untyped-def]
    assert speakers.age_start(sentenced(text), index) == expected
