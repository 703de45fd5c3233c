"""briefx_statements, session 21: bodies among several, agreements that are no statements, and
the recall of plain reported speech.

Rules are tested on ``spacy.blank("en")`` + a sentencizer + the component with the entities given
by hand where the statistical model is not the point, and again through the whole pipeline
where the parse could change the reading. Each family's table holds at least three new examples
of the rule and cases that must stay untouched.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from tests.pipeline.conftest import stated

# name as written -> (type, canonical name)
NAMES: dict[str, tuple[str, str]] = {
    "Jane Roe": ("PERSON", "Jane Roe"),
    "John Doe": ("PERSON", "John Doe"),
    "Acme Corp": ("ORG", "Acme Corp"),
    "Globex": ("ORG", "Globex"),
    "Initech": ("ORG", "Initech"),
    "Umbrella Holdings": ("ORG", "Umbrella Holdings"),
    "Northwind": ("ORG", "Northwind"),
    "Ruritania": ("GPE", "Ruritania"),
    "World Health Organization": ("ORG", "World Health Organization"),
}


def _doc(nlp: spacy.language.Language, text: str) -> Doc:
    return stated(nlp, text, NAMES)


def _speakers(nlp: spacy.language.Language, text: str) -> list[tuple[object, str, str]]:
    doc = _doc(nlp, text)
    return [(s.speaker_name, s.cue, text[s.start : s.end]) for s in doc._.briefx_statements]


def _piped(run, text: str) -> list[tuple[object, str, str]]:  # type: ignore[no-untyped-def]
    brief = run(text)
    return [(s.speaker_name, s.cue, text[s.start : s.end]) for s in brief.statements]


# An agreement to act ("agreed to buy", "agreed in December to cut", "agreed on") is a deal
# between parties, no stated content; "agreed that ...", "agreed with X that ..." state.
AGREE = [
    ("Acme Corp agreed to buy Globex for $2 billion.", []),
    ("Acme Corp and Globex agreed in December to cut 3,500 jobs by 2030.", []),
    ("Initech agreed to raise wages by 38% over four years and to restore a bonus.", []),
    ("Ruritania agreed on a ceasefire with its neighbour on Monday.", []),
    (
        "Acme Corp agreed that the merger would need approval from regulators.",
        [("Acme Corp", "agree", "the merger would need approval from regulators")],
    ),
    (
        "Jane Roe agreed with analysts that prices would fall.",
        [("Jane Roe", "agree", "prices would fall")],
    ),
    # untouched: a pledge or promise to act is a commitment, a statement
    (
        "Globex pledged to cut emissions by 40% by 2030.",
        [("Globex", "pledge", "cut emissions by 40% by 2030")],
    ),
    (
        "Initech agreed to sell the unit, and it said the sale would close in May.",
        [("Initech", "say", "the sale would close in May")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), AGREE)
def test_agree_to_act(sentenced, text: str, expected: list[tuple[object, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(sentenced, text) == expected


@pytest.mark.parametrize(("text", "expected"), AGREE[:3] + AGREE[4:6])
def test_agree_to_act_pipeline(run, text: str, expected: list[tuple[object, str, str]]) -> None:  # type: ignore[no-untyped-def]
    got = _piped(run, text)
    # the entities stage names the source in its own way ("Acme" for "Acme Corp")
    assert [g[1:] for g in got if g[1] == "agree" and g[0]] == [
        e[1:] for e in expected if e[1] == "agree"
    ]


# A body's name right before one body noun is that body ("the IG Metall union"), not the body
# that spoke last; nor is a role noun the body named inside another's description.
BODY_NOUN_AFTER_NAME = [
    (
        (
            "Acme Corp said it would cut jobs. A spokesperson for the Globex union said the union "
            "would resist."
        ),
        [
            ("Acme Corp", "say", "it would cut jobs"),
            ("Globex", "say", "the union would resist"),
        ],
    ),
    (
        "Acme Corp said sales fell. The Initech group said its own sales rose.",
        [("Acme Corp", "say", "sales fell"), ("Initech", "say", "its own sales rose")],
    ),
    (
        "Globex said talks had failed. Officials at the Northwind agency said the ban would stay.",
        [("Globex", "say", "talks had failed"), ("Northwind", "say", "the ban would stay")],
    ),
    # untouched: the role noun alone is still the body that spoke last
    (
        "Acme Corp said it would cut jobs. The company said the cuts would fall in Ruritania.",
        [
            ("Acme Corp", "say", "it would cut jobs"),
            ("Acme Corp", "say", "the cuts would fall in Ruritania"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BODY_NOUN_AFTER_NAME)
def test_body_noun_after_name(
    sentenced, text: str, expected: list[tuple[object, str, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(sentenced, text) == expected


# A role noun names the body the text described by that noun (an appositive's head after the
# name, a common noun before it), not the latest body named or the one that spoke last.
DESCRIBED = [
    (
        (
            "Initech, the group's software division, said orders rose. Globex said prices fell. "
            "The division said it would hire staff."
        ),
        [
            ("Initech", "say", "orders rose"),
            ("Globex", "say", "prices fell"),
            ("Initech", "say", "it would hire staff"),
        ],
    ),
    (
        (
            "Umbrella Holdings, the investment firm that controls Acme Corp, said it had bought "
            "Globex. The firm said it had paid $16 billion for Globex."
        ),
        [
            ("Umbrella Holdings", "say", "it had bought Globex"),
            ("Umbrella Holdings", "say", "it had paid $16 billion for Globex"),
        ],
    ),
    (
        (
            "Carmaker Northwind will build a plant. Acme Corp said it would supply batteries. "
            "The carmaker said the plant would open in 2027."
        ),
        [
            ("Acme Corp", "say", "it would supply batteries"),
            ("Northwind", "say", "the plant would open in 2027"),
        ],
    ),
    # untouched: no body described by the noun; a plural noun stays unnamed
    (
        "Globex, the software maker, said sales rose. The company said prices would rise.",
        [("Globex", "say", "sales rose"), ("Globex", "say", "prices would rise")],
    ),
    (
        "Initech, a software firm, said sales rose. The firms said prices would rise.",
        [("Initech", "say", "sales rose"), (None, "say", "prices would rise")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIBED)
def test_described_body(sentenced, text: str, expected: list[tuple[object, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(sentenced, text) == expected


def test_described_body_pipeline(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Airbus Helicopters, the group's helicopter division, said orders rose 10% to 450 "
        "aircraft. Boeing said deliveries fell. The division said it would raise production."
    )
    got = _piped(run, text)
    assert ("Airbus Helicopters", "say", "it would raise production") in got


# "according to": a person named between commas after a role noun ("according to its
# chairman, X"), a document a role noun owns ("the corporation's data"); an unnamed document
# after a named source's statement does not swallow it.
ACCORDING = [
    (
        "Acme Corp plans to raise output by 2030, according to its chairman, John Doe.",
        [("John Doe", "according to", "Acme Corp plans to raise output by 2030")],
    ),
    (
        "Sales rose 5% in May, according to the company's chief executive, Jane Roe.",
        [("Jane Roe", "according to", "Sales rose 5% in May")],
    ),
    (
        "Globex said it had cut prices. Stocks fell 3%, according to the company's data.",
        [
            ("Globex", "say", "it had cut prices"),
            ("Globex", "according to", "Stocks fell 3%"),
        ],
    ),
    (
        "Northwind said it was investigating the fire, according to a filing with regulators.",
        [("Northwind", "say", "it was investigating the fire")],
    ),
    # untouched: an unnamed source stays unnamed; a named body after "according to"
    (
        "Acme Corp will cut 500 jobs, according to people familiar with its plans.",
        [(None, "according to", "Acme Corp will cut 500 jobs")],
    ),
    (
        "Prices rose 2%, according to Globex.",
        [("Globex", "according to", "Prices rose 2%")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ACCORDING)
def test_according_sources(sentenced, text: str, expected: list[tuple[object, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(sentenced, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Markets now price one more cut this year, according to LSEG data.", "LSEG"),
        (
            "The strike cost Boeing about $5 billion, according to an estimate by S&P Global.",
            "S&P Global",
        ),
        ("Copper output fell 4% in May, according to Kpler figures.", "Kpler"),
    ],
)
def test_according_untagged_names_pipeline(run, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    got = _piped(run, text)
    assert [g[0] for g in got if g[1] == "according to"] == [expected]


# Plain reported speech in shapes that gave no statement: a cue in a relative clause after a
# name, a prepositional phrase set off by commas before "that", and ", and <role>, <name>,
# <cue>" after another source's content (the content ends before it).
RECALL = [
    (
        "The plan was backed by John Doe, who said last week that rates should not fall.",
        [("John Doe", "say", "rates should not fall")],
    ),
    (
        "Shares rose after a report by Globex, which said on Monday that sales had doubled.",
        [("Globex", "say", "sales had doubled")],
    ),
    (
        (
            "Acme Corp said pay had fallen. The company said, in a statement issued after the talks, "
            "that it was ready to talk."
        ),
        [("Acme Corp", "say", "pay had fallen"), ("Acme Corp", "say", "it was ready to talk")],
    ),
    (
        "Jane Roe said, at a news conference in Ruritania, that prices would rise.",
        [("Jane Roe", "say", "prices would rise")],
    ),
    (
        (
            "Globex said hospitals would stay open, and its medical director, Jane Roe, warned that "
            "some operations would be postponed."
        ),
        [
            ("Globex", "say", "hospitals would stay open"),
            ("Jane Roe", "warn", "some operations would be postponed"),
        ],
    ),
    # untouched: a relative clause with no cue; an inverted attribution after a comma
    (
        "John Doe, who voted against the cut, said inflation was too high.",
        [("John Doe", "say", "inflation was too high")],
    ),
    (
        "Prices will rise, and wages will fall, Jane Roe said.",
        [("Jane Roe", "say", "Prices will rise, and wages will fall")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RECALL)
def test_recall_shapes(sentenced, text: str, expected: list[tuple[object, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(sentenced, text) == expected


@pytest.mark.parametrize(("text", "expected"), [RECALL[0], RECALL[2], RECALL[4]])
def test_recall_shapes_pipeline(run, text: str, expected: list[tuple[object, str, str]]) -> None:  # type: ignore[no-untyped-def]
    got = _piped(run, text)
    assert [g[1:] for g in got if g[0]] == [e[1:] for e in expected]


# After an inverted cue, a body's name, role words and a person's name: the person speaks
# ("..., said Capital Economics economist Paul Dales"), as titles alone already gave.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices will keep rising, warned Bank of England chief economist Huw Pill.", "Huw Pill"),
        ("Inflation is still too high, said Capital Economics economist Paul Dales.", "Paul Dales"),
        ("Costs will fall, said Acme chief executive Jane Roe.", "Jane Roe"),
        ("The plant will close, said Acme Corp's chief executive, Jane Roe.", "Jane Roe"),
        (
            "Rates will stay high, said the Bank of England's governor, Andrew Bailey.",
            "Andrew Bailey",
        ),
        # untouched: a body alone, a body and a title, two bodies
        ("Rates will stay high, said the Bank of England.", "Bank of England"),
        ("Costs will rise, said FEMA Administrator Deanne Criswell.", "Deanne Criswell"),
        ("Output will fall, said Goldman Sachs and Morgan Stanley.", "Goldman Sachs"),
        ("The plant will close, said Acme Corp's chief executive.", "Acme"),
    ],
)
def test_inverted_role_person_pipeline(run, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert [g[0] for g in _piped(run, text)] == [expected]


# "its economists", "its spokesperson", "its latest survey": the body "its" points back to (the
# latest that spoke, else the latest in subject position), as "a spokesperson for X" is X's.
ITS_PEOPLE = [
    (
        "Globex said oil would rise. Its economists said prices would fall.",
        [("Globex", "say", "oil would rise"), ("Globex", "say", "prices would fall")],
    ),
    (
        "Acme Corp will close a plant in Ruritania, its spokesperson said.",
        [("Acme Corp", "say", "Acme Corp will close a plant in Ruritania")],
    ),
    (
        "Initech said sales rose. Its latest survey said costs would fall.",
        [("Initech", "say", "sales rose"), ("Initech", "say", "costs would fall")],
    ),
    # untouched: "their" and a possessive pronoun with no voice noun stay as they were
    (
        "Globex said oil would rise. Their economists said prices would fall.",
        [("Globex", "say", "oil would rise"), (None, "say", "prices would fall")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ITS_PEOPLE)
def test_its_people(sentenced, text: str, expected: list[tuple[object, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(sentenced, text) == expected


def test_its_people_pipeline(run) -> None:  # type: ignore[no-untyped-def]
    text = "Goldman Sachs now expects two rate cuts this year, its economists said in a note."
    assert [g[0] for g in _piped(run, text)] == ["Goldman Sachs"]


# "warn against", "caution against" and "advise" report a stated content (the cue table).
CUES = [
    (
        "The World Health Organization warned against travel restrictions.",
        [("World Health Organization", "warn against", "travel restrictions")],
    ),
    (
        "Jane Roe cautioned against raising rates too early.",
        [("Jane Roe", "caution against", "raising rates too early")],
    ),
    (
        "The World Health Organization advised countries to stockpile vaccines.",
        [("World Health Organization", "advise", "countries to stockpile vaccines")],
    ),
    # untouched: "warned that" stays "warn"; a passive "was advised" is no statement
    (
        "The World Health Organization warned that cases would rise.",
        [("World Health Organization", "warn", "cases would rise")],
    ),
    ("Jane Roe was advised by lawyers to settle.", []),
]


@pytest.mark.parametrize(("text", "expected"), CUES)
def test_new_cues(sentenced, text: str, expected: list[tuple[object, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(sentenced, text) == expected


# A person's people speak for the person, as a body's people do for the body ("Keir Starmer's
# spokesman said" is Starmer's statement; the outer named source wins).
PERSON_VOICE = [
    (
        "Jane Roe's spokesman said she would appeal the ruling.",
        [("Jane Roe", "say", "she would appeal the ruling")],
    ),
    (
        "The plan is dead, John Doe's spokeswoman told reporters.",
        [("John Doe", "tell", "The plan is dead")],
    ),
    (
        "Jane Roe's representatives said the talks had failed.",
        [("Jane Roe", "say", "the talks had failed")],
    ),
    # untouched: a person's name before a voice noun without a possessive is no owner
    (
        "Acme Corp spokesman John Doe said the plant would close.",
        [("John Doe", "say", "the plant would close")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PERSON_VOICE)
def test_person_voice(sentenced, text: str, expected: list[tuple[object, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(sentenced, text) == expected


# A parenthesis set off by dashes between a name and its cue, as one set off by commas.
DASHED = [
    (
        "Prices fell. Jane Roe — who was re-elected in May — said taxes would rise.",
        [("Jane Roe", "say", "taxes would rise")],
    ),
    (
        "Prices fell. Acme Corp - the largest retailer in Ruritania - said prices would fall.",
        [("Acme Corp", "say", "prices would fall")],
    ),
    (
        "Prices fell. John Doe – the two-time winner – told reporters he would retire.",
        [("John Doe", "tell", "reporters he would retire")],
    ),
    # untouched: no name before the dashes; a hyphen inside a word is no dash
    (
        "Officials — who asked not to be named — said taxes would rise.",
        [(None, "say", "taxes would rise")],
    ),
    (
        "Prices fell. The re-elected Jane Roe said taxes would rise.",
        [("Jane Roe", "say", "taxes would rise")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DASHED)
def test_dashed_parenthesis(sentenced, text: str, expected: list[tuple[object, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(sentenced, text) == expected


# A document's finding may follow "showed"/"found" without "that" ("Data from X showed wages
# rose 5%"): a subject and a finite verb; a body's "showed a profit" stays an act.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Data from the Office for National Statistics showed wages rose 5% in the year to March.",
            [("Office for National Statistics", "show", "wages rose 5% in the year to March")],
        ),
        (
            "Figures released by Eurostat on Monday showed inflation slowed to 2.2%.",
            [("Eurostat", "show", "inflation slowed to 2.2%")],
        ),
        (
            "A survey by the Confederation of British Industry found orders had fallen again.",
            [("Confederation of British Industry", "find", "orders had fallen again")],
        ),
        # untouched: no clause, a body's act, a participle
        ("The figures showed a rise in wages.", []),
        ("Acme Corp showed a profit of 5%.", []),
        ("The report showed the economy shrinking.", []),
    ],
)
def test_document_bare_clause_pipeline(
    run, sentence: str, expected: list[tuple[object, str, str]]
) -> None:  # type: ignore[no-untyped-def]
    text = "Prices Rise\n\nLONDON, May 2 — " + sentence + "\n"
    got = [(g[0], g[1], g[2]) for g in _piped(run, text)]
    assert got == expected


# "Jane Roe of Acme Corp said": the person is the source, the body her affiliation; a
# past-participle clause opening the sentence ("Asked whether ..., X said ...") is no content.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Growth will slow, Jane Roe of Acme Corp said.",
            [("Jane Roe", "say", "Growth will slow")],
        ),
        (
            "In an interview, John Doe at Goldman Sachs said costs would rise.",
            [("John Doe", "say", "costs would rise")],
        ),
        (
            "Asked whether rates would fall, Jane Roe said the bank was not committing.",
            [("Jane Roe", "say", "the bank was not committing")],
        ),
        (
            "Pressed on the timing, John Doe said a deal was close.",
            [("John Doe", "say", "a deal was close")],
        ),
        # untouched: a body alone; an inverted content that opens with a participle
        ("Globex said costs would rise.", [("Globex", "say", "costs would rise")]),
        (
            "Hit by storms, output fell 5%, Globex said.",
            [("Globex", "say", "Hit by storms, output fell 5%")],
        ),
    ],
)
def test_person_of_body_pipeline(
    run, sentence: str, expected: list[tuple[object, str, str]]
) -> None:  # type: ignore[no-untyped-def]
    text = "Prices Rise\n\nLONDON, May 2 — Prices rose on Monday. " + sentence + "\n"
    assert _piped(run, text) == expected


# A role noun or "its" whose own sentence names a body, none of which spoke in it, is that
# sentence's first body, not a body that spoke sentences back.
OWN_SENTENCE = [
    (
        (
            "Globex said profit rose. Shares in Northwind, which is owned by Initech, fell 5% after "
            "the carmaker said sales slumped."
        ),
        [("Globex", "say", "profit rose"), ("Northwind", "say", "sales slumped")],
    ),
    (
        (
            "Globex said profit rose. Acme Corp will close a plant bought from Initech, its "
            "spokesperson said."
        ),
        [
            ("Globex", "say", "profit rose"),
            ("Acme Corp", "say", "Acme Corp will close a plant bought from Initech"),
        ],
    ),
    (
        "Globex said profit rose. Northwind shares fell after the company said costs had doubled.",
        [("Globex", "say", "profit rose"), ("Northwind", "say", "costs had doubled")],
    ),
    # untouched: no body in the sentence
    (
        "Globex said profit rose. Shares fell after the company said costs had doubled.",
        [("Globex", "say", "profit rose"), ("Globex", "say", "costs had doubled")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWN_SENTENCE)
def test_body_of_own_sentence(
    sentenced, text: str, expected: list[tuple[object, str, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(sentenced, text) == expected


def test_body_of_own_sentence_pipeline(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Deal Off\n\nLONDON, May 2 — Google owner Alphabet said profit rose. Shares in Volvo Cars "
        "fell 5% after the carmaker said sales slumped.\n"
    )
    got = [(g[0], g[2]) for g in _piped(run, text)]
    # the entities stage names the carmaker "Volvo"; before, the speaker was Alphabet
    assert [g for g in got if g[1] == "sales slumped"] == [("Volvo", "sales slumped")]
