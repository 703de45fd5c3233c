"""briefx_statements, session 22: role nouns that agree in kind with the body they refer back
to, a body's pronoun going on after its statement, a person named again by the noun of an
appositive, progressive cues and a relative "that" after a cue's object.

Rules are tested on ``spacy.blank("en")`` + a sentencizer + the component with the entities given
by hand where the statistical model is not the point, and again through the whole pipeline
where the parse could change the reading. Each family's table holds at least three new examples
of the rule and cases that must stay untouched.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from briefx.facts import EntityFact
from briefx.pipeline import speakers
from briefx.pipeline.statements import _quotations
from tests.pipeline.conftest import stated

# name as written -> (type, canonical name)
NAMES: dict[str, tuple[str, str]] = {
    "Jane Roe": ("PERSON", "Jane Roe"),
    "John Doe": ("PERSON", "John Doe"),
    "Mary Major": ("PERSON", "Mary Major"),
    "Andrea Costa": ("PERSON", "Andrea Costa"),
    "Acme Bank": ("ORG", "Acme Bank"),
    "Globex": ("ORG", "Globex"),
    "Globex Group": ("ORG", "Globex Group"),
    "Initech": ("ORG", "Initech"),
    "Initech Corp": ("ORG", "Initech Corp"),
    "Skyline Airways": ("ORG", "Skyline Airways"),
    "Civil Aviation Authority": ("ORG", "Civil Aviation Authority"),
    "Ministry of Transport": ("ORG", "Ministry of Transport"),
    "Rail Workers Union": ("ORG", "Rail Workers Union"),
    "Pilots' Association": ("ORG", "Pilots' Association"),
    "Northwind Motors": ("ORG", "Northwind Motors"),
    "Voltara": ("ORG", "Voltara"),
    "Harbour City F.C.": ("ORG", "Harbour City F.C."),
    "National League": ("ORG", "National League"),
    "Supreme Court": ("ORG", "Supreme Court"),
    "Ruritania": ("GPE", "Ruritania"),
}


def _doc(nlp: spacy.language.Language, text: str) -> Doc:
    return stated(nlp, text, NAMES)


def _speakers(nlp: spacy.language.Language, text: str) -> list[tuple[object, str, str]]:
    doc = _doc(nlp, text)
    return [(s.speaker_name, s.cue, text[s.start : s.end]) for s in doc._.briefx_statements]


def _piped(run, text: str) -> list[tuple[object, str, str]]:  # type: ignore[no-untyped-def]
    brief = run(text)
    return [(s.speaker_name, s.cue, text[s.start : s.end]) for s in brief.statements]


# A definite role noun refers back only to a body of its kind (models/body_kinds.jsonl): the
# kind comes from the body's name ("Bank", "Airways", "Union", "Authority", "Ministry", "F.C.")
# or the text's description of it; a body of another kind is passed over, however lately it
# spoke. (text, the speaker of the last statement)
KINDS = [
    # the lender after a union spoke: the bank
    (
        (
            "Acme Bank said it had paid $10 million to customers. The Rail Workers Union said "
            "staff had been cut. The lender said it did not expect the case to affect its dividend."
        ),
        "Acme Bank",
    ),
    # the carrier after the aviation authority spoke: the airline
    (
        (
            "Skyline Airways cancelled 120 flights. The Civil Aviation Authority said it was "
            "monitoring the schedules. The carrier said it would cancel 80 more flights."
        ),
        "Skyline Airways",
    ),
    # the regulator after a ministry spoke: the agency
    (
        (
            "The Civil Aviation Authority said fares had risen. The Ministry of Transport said it "
            "would review the rules. The regulator said it would publish a report in July."
        ),
        "Civil Aviation Authority",
    ),
    # the union after the employer spoke: a body named "... Association" may be a union
    (
        (
            "The Pilots' Association said members wanted a rise of 24%. Globex said the demand "
            "was unaffordable. The union said it would strike on Friday."
        ),
        "Pilots' Association",
    ),
    # the club after its league spoke: the club
    (
        (
            "Harbour City F.C. was fined. The National League said the club had broken its rules. "
            "The club said it would appeal."
        ),
        "Harbour City F.C.",
    ),
    # the carmaker: not the body the text describes as a battery maker
    (
        (
            "Northwind Motors and Voltara will build a plant. Voltara, the largest battery maker, "
            "said it would own half of it. The carmaker said production would start in 2026."
        ),
        "Northwind Motors",
    ),
    # the company after a union spoke: a body of no kind, never the union
    (
        (
            "Workers at Initech walked out on Friday. The Rail Workers Union said talks had "
            "failed. The company said it had offered 11.5%."
        ),
        "Initech",
    ),
    # the regulator named far back: the agency, not the bodies of other kinds since
    (
        (
            "The Civil Aviation Authority said fares would rise. Skyline Airways said it would "
            "cut routes. Acme Bank said it had lent $5 million. The Rail Workers Union said staff "
            "were tired. Globex said costs rose. Initech said sales fell. "
            "The regulator said it would act."
        ),
        "Civil Aviation Authority",
    ),
    # the agency may be a department (a public body), never the contractor
    (
        (
            "The Ministry of Transport today awarded a contract to Initech Corp to rebuild 14 "
            "bridges, the agency said."
        ),
        "Ministry of Transport",
    ),
    # the drugmaker: not the body the text described as an investment firm
    (
        (
            "Initech said sales of its obesity drug doubled. Globex, the investment firm that "
            "controls Initech, said it would add capacity. The firm said it had paid $16.5 "
            "billion. Sales in Ruritania rose 50%, the drugmaker said."
        ),
        "Initech",
    ),
    # a body known only as a firm is less likely the airline than one of no kind
    (
        (
            "Globex Group said it expected no cancellations. Initech, which flies 140 of the "
            "jets, said 15 could be grounded. The airline added that passengers would be rebooked."
        ),
        "Initech",
    ),
    # the body that spoke in the noun's own sentence, though known only as a firm
    (
        (
            "Globex Group cancelled 600 flights. Initech, the airport operator, said queues "
            "were long. Globex Group said passengers could rebook, and the airline added that "
            "it was open to talks."
        ),
        "Globex Group",
    ),
    # untouched: a role noun whose kind agrees with the body that spoke last
    (
        "Skyline Airways said it had grown. The carrier said it would add routes.",
        "Skyline Airways",
    ),
    # untouched: a noun of no one kind ("the group") keeps the latest body that spoke
    (
        "Acme Bank said costs rose. Globex said sales fell. The group said it would cut jobs.",
        "Globex",
    ),
    # untouched: a body whose name holds the noun ("the court")
    (
        (
            "The Supreme Court said it would rule in May. Globex said it would comply. "
            "The court said the hearing would be public."
        ),
        "Supreme Court",
    ),
]


@pytest.mark.parametrize(("text", "expected"), KINDS)
def test_role_nouns_agree_in_kind(
    sentenced: spacy.language.Language, text: str, expected: str
) -> None:
    assert _speakers(sentenced, text)[-1][0] == expected


# No body of the noun's kind: the statement stays unnamed rather than going to another kind.
@pytest.mark.parametrize(
    "text",
    [
        "The Rail Workers Union said talks failed. The regulator said it would act.",
        "Skyline Airways said fares rose. The union said members would strike.",
        "The Ministry of Transport said rules would change. The lender said it was ready.",
    ],
)
def test_role_noun_of_no_body_is_unnamed(sentenced: spacy.language.Language, text: str) -> None:
    assert _speakers(sentenced, text)[-1][0] is None


@pytest.mark.parametrize(
    ("text", "name", "kinds"),
    [
        ("Acme Bank said it was ready.", "Acme Bank", {"bank"}),
        ("The Rail Workers Union said", "Rail Workers Union", {"association"}),
        ("The Ministry of Transport said", "Ministry of Transport", {"ministry"}),
        ("Globex, the country's largest lender, said it was ready.", "Globex", {"bank"}),
        ("the energy regulator Globex said", "Globex", {"agency"}),
        ("The Initech union said", "Initech", {"association"}),
        ("Voltara, the largest battery maker, said", "Voltara", {"maker of battery"}),
        ("Voltara, the world's biggest chip maker, said", "Voltara", {"chipmaker"}),
        ("Globex said it was ready.", "Globex", None),
    ],
)
def test_body_kinds_of(
    sentenced: spacy.language.Language, text: str, name: str, kinds: set[str] | None
) -> None:
    doc = _doc(sentenced, text)
    got = speakers.body_kinds_of(doc, doc._.briefx_entities)
    assert got.get(name) == (frozenset(kinds) if kinds is not None else None)


# "it" as the source in the sentence of a body's statement or the next is that body going on,
# not the latest body named in subject position; a body named in the pronoun's own sentence
# before it keeps its reading.
GOES_ON = [
    (
        (
            "Workers at Initech walked out. The Rail Workers Union said members wanted 24%. The "
            "corporation said it had offered 11.5%. It said the strike would disrupt deliveries."
        ),
        "Initech",
    ),
    (
        "Globex said sales rose. Initech, its rival, said costs fell. It said prices would rise.",
        "Initech",
    ),
    (
        (
            "The Rail Workers Union said talks failed. Acme Bank, the lender, said it had paid. "
            "It said it would not appeal."
        ),
        "Acme Bank",
    ),
    # untouched: a body named in the pronoun's own sentence before it
    (
        "Globex said sales rose. Shares in Initech fell after it said costs rose.",
        "Initech",
    ),
]


@pytest.mark.parametrize(("text", "expected"), GOES_ON)
def test_body_goes_on(sentenced: spacy.language.Language, text: str, expected: str | None) -> None:
    got = _speakers(sentenced, text)
    assert got[-1][0] == expected
    assert got[-1][1] == "say"


# A person named again by the noun the text described them by (an appositive's head, a noun
# before the name), also where the description is sentences back on another mention.
DESCRIBED = [
    (
        (
            "Jane Roe, the opposition candidate for mayor, said taxes would fall. John Doe said "
            "she was wrong. The candidate told reporters that she would win."
        ),
        "Jane Roe",
    ),
    (
        (
            "Mary Major, the union's chief negotiator, said talks had failed. Globex said it "
            "would wait. The negotiator said members would strike."
        ),
        "Mary Major",
    ),
    (
        (
            "John Doe, the club's head coach, said the team was tired. Jane Roe said the season "
            "was long. Globex said it would pay. Initech said it would not. Acme Bank said costs "
            "rose. John Doe, who joined in May, was quiet. The coach said the players were ready."
        ),
        "John Doe",
    ),
    # untouched: a title the text gave is read as before ("the minister")
    (
        "Transport Minister Jane Roe said fares would rise. The minister said buses would run.",
        "Jane Roe",
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        # a noun no one was described by, a spokesperson, a body's role noun: no described person
        "Jane Roe, the club's coach, said it rained. The candidate said it was cold.",
        "Jane Roe, the company's spokesperson, said sales rose. The spokesperson said costs fell.",
        "Jane Roe, the bank's lender of last resort, said rates rose. The lender said so.",
    ],
)
def test_no_described_person(sentenced: spacy.language.Language, text: str) -> None:
    doc = sentenced(text)
    people = [EntityFact(0, 8, "PERSON", "Jane Roe")]
    start = next(t.i for t in doc if t.lower_ == "the" and t.i > 8 and t.sent.start > 0)
    assert speakers.described_person(doc, start, start + 2, people) is None


@pytest.mark.parametrize(("text", "expected"), DESCRIBED)
def test_described_person(
    sentenced: spacy.language.Language, text: str, expected: str | None
) -> None:
    assert _speakers(sentenced, text)[-1][0] == expected


# A progressive cue is a finite act ("is demanding", "has been urging"); a "that" right before a
# verb after the cue's object opens a relative clause ("found a buyer that would pay"). Untouched:
# a participle with no "be" ("after announcing"), no cue ("held talks").
CUES = [
    (
        "The Rail Workers Union is demanding a pay rise of 24% over two years.",
        [("Rail Workers Union", "demand", "a pay rise of 24% over two years")],
    ),
    (
        "Jane Roe was warning that prices would rise.",
        [("Jane Roe", "warn", "prices would rise")],
    ),
    (
        "Globex has been urging customers to switch suppliers.",
        [("Globex", "urge", "customers to switch suppliers")],
    ),
    ("Globex held talks with Initech on Monday.", []),
    ("Shares rose after announcing a dividend.", []),
    (
        "The Supreme Court found that dealers did not owe a duty of loyalty.",
        [("Supreme Court", "find", "dealers did not owe a duty of loyalty")],
    ),
    ("Globex found a buyer that would pay more for the plant.", []),
]


@pytest.mark.parametrize(("text", "expected"), CUES)
def test_progressive_and_holding(
    sentenced: spacy.language.Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _speakers(sentenced, text) == expected


# A pronoun passes over a person whose given name names the other gender only, where the text
# gives no mark (models/given_genders.jsonl); an honorific or the text's own pronoun still wins,
# a lone surname or a name of both genders ("Andrea") gives no gender.
GIVEN = [
    ("John Doe met Jane Roe on Monday. He said the talks had been useful.", "John Doe"),
    ("John Doe spoke after Jane Roe said rates would rise. He said they would not.", "John Doe"),
    (
        "Mary Major welcomed John Doe, who said the visit was historic. She said it was late.",
        "Mary Major",
    ),
    # untouched: no given name of one gender - the latest person
    ("John Doe met Andrea Costa on Monday. He said talks were useful.", "Andrea Costa"),
    # untouched: the text's own mark wins over the table ("Mr")
    ("John Doe met Mr Jane Roe on Monday. He said talks were useful.", "Jane Roe"),
]


@pytest.mark.parametrize(("text", "expected"), GIVEN)
def test_given_name_gender(sentenced: spacy.language.Language, text: str, expected: str) -> None:
    assert _speakers(sentenced, text)[-1][0] == expected


# British single quotation marks are quotations where they pair in a paragraph; an apostrophe
# ("workers’ rights", "don’t") closes none, and a mark left open gives no quotation.
@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ("‘We will not give up,’ she said.", ["We will not give up,"]),
        ("‘The workers’ rights come first,’ he said.", ["The workers’ rights come first,"]),
        ("She said: ‘We don’t accept it.’", ["We don’t accept it."]),
        ("It called the plan ‘a disaster’.", ["a disaster"]),
        # untouched: a scare quote running on, and apostrophes alone
        ("It called the plan ‘a disaster’ for staff.", []),
        ("The workers’ union didn’t say.", []),
    ],
)
def test_single_quotations(text: str, inner: list[str]) -> None:
    assert [text[s:e] for s, e in _quotations(text)] == inner


SINGLE = [
    (
        "Jane Roe spoke on Monday. ‘We will not give up,’ she said. ‘The offer is too low.’",
        [
            ("Jane Roe", "say", "We will not give up"),
            ("Jane Roe", "say", "The offer is too low."),
        ],
    ),
    (
        "‘Prices will fall by 2%,’ said John Doe.",
        [("John Doe", "say", "Prices will fall by 2%")],
    ),
    (
        "Globex said: ‘We expect sales to rise.’",
        [("Globex", "say", "We expect sales to rise.")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SINGLE)
def test_single_quoted_statements(
    sentenced: spacy.language.Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _speakers(sentenced, text) == expected


# A body's role noun capitalised before its name ("Carmaker X", "Regulator X", "Broadcaster X")
# is no part of the speaker's name where NER took only the name (whole pipeline: the tagger's
# proper nouns decide); a name's own first word ("Greater Manchester Police") stays.
def test_role_noun_before_a_name(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Carmakers Face New Duties\n\nBRUSSELS, Oct 29 — Carmaker Voltaro said it would build "
        "a second plant in Hungary. Regulator Ofwex said customers would not pay for the loan. "
        "Broadcaster Telvana said it would cut 200 jobs.\n"
    )
    assert [g[0] for g in _piped(run, text)] == ["Voltaro", "Ofwex", "Telvana"]


@pytest.mark.parametrize("word", ["carmaker", "regulator", "broadcaster", "lender", "watchdog"])
def test_role_words(word: str) -> None:
    assert word in speakers.role_words()


@pytest.mark.parametrize("word", ["bank", "union", "court", "greater", "national"])
def test_not_role_words(word: str) -> None:
    assert word not in speakers.role_words()


# An adjunct before the source is no content where the cue has a clause after it, also where a
# clause inside the adjunct has a finite verb ("after a meeting that ran ...") or the adjunct
# is itself a subordinate clause ("After the talks broke down, ..."); whole pipeline (tags).
ADJUNCTS = [
    (
        (
            "Speaking to reporters after a meeting with business leaders that ran for two hours, "
            "Jane Roe said the plan would cut the deficit."
        ),
        [("Jane Roe", "say", "the plan would cut the deficit")],
    ),
    (
        "After the talks broke down on Friday, John Doe said the union would strike.",
        [("John Doe", "say", "the union would strike")],
    ),
    (
        "Because costs rose sharply last year, Jane Roe said prices would go up.",
        [("Jane Roe", "say", "prices would go up")],
    ),
    # untouched: a content before the source with no clause after the cue
    (
        "Prices will rise in the spring, John Doe said.",
        [("John Doe", "say", "Prices will rise in the spring")],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), ADJUNCTS)
def test_adjunct_before_source(run, sentence: str, expected: list[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    text = f"Budget Talks Go On\n\nLONDON, June 2 — {sentence}\n"
    assert _piped(run, text) == expected
