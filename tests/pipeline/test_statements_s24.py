"""briefx_statements, session 24 (families from the opened held-out sets): a second reported
clause after ", and that", a named source before a relative clause set off by commas ("X, who
joined the talks, said"), a quotation that goes on after a continued one, the subject after a
participial adjunct ("Asked about ..., she laughed and said"), a role noun the tagger read as an
adjective before a cue it read as a noun ("The cooperative plans to ..."), and "that" after a
preposition, a determiner ("none of that money").

Rules are tested on ``spacy.blank("en")`` + a sentencizer + the component with the entities given
by hand where the statistical model is not the point, and through the whole pipeline where the
tagger reads part of it. Each family holds at least three new examples of the rule and cases
that must stay untouched.
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
    "Mary Major": ("PERSON", "Mary Major"),
    "Acme Bank": ("ORG", "Acme Bank"),
    "Globex": ("ORG", "Globex"),
    "Ministry of Health": ("ORG", "Ministry of Health"),
    "Harbour Relief Trust": ("ORG", "Harbour Relief Trust"),
    "Rome": ("GPE", "Rome"),
    "Paris": ("GPE", "Paris"),
    "Madrid": ("GPE", "Madrid"),
}


def _doc(nlp: spacy.language.Language, text: str) -> Doc:
    return stated(nlp, text, NAMES)


def _speakers(nlp: spacy.language.Language, text: str) -> list[tuple[object, str, str]]:
    doc = _doc(nlp, text)
    return [(s.speaker_name, s.cue, text[s.start : s.end]) for s in doc._.briefx_statements]


def _piped(run, text: str) -> list[tuple[object, str, str]]:  # type: ignore[no-untyped-def]
    brief = run(text)
    return [(s.speaker_name, s.cue, text[s.start : s.end]) for s in brief.statements]


# "X said A, and that B": the comma and "and that" open a second statement of the same cue
# and source; with no comma the two clauses are one content, and "and that" before a verb is
# a pronoun ("and that was before the strike").
AND_THAT = [
    (
        "Acme Bank said it had cut 300 jobs, and that a further 150 would go next year.",
        [
            ("Acme Bank", "say", "it had cut 300 jobs"),
            ("Acme Bank", "say", "a further 150 would go next year"),
        ],
    ),
    (
        "Jane Roe told reporters that she would run, and that the vote should be held in May.",
        [
            ("Jane Roe", "tell", "she would run"),
            ("Jane Roe", "tell", "the vote should be held in May"),
        ],
    ),
    (
        (
            "The Ministry of Health said cases had fallen, and that clinics would reopen, and "
            "that masks were no longer needed."
        ),
        [
            ("Ministry of Health", "say", "cases had fallen"),
            ("Ministry of Health", "say", "clinics would reopen"),
            ("Ministry of Health", "say", "masks were no longer needed"),
        ],
    ),
    # untouched: no comma, one content
    (
        "Jane Roe said the figures were in line and that there was no urgency to act.",
        [("Jane Roe", "say", "the figures were in line and that there was no urgency to act")],
    ),
    # untouched: "that" before its verb is a pronoun
    (
        "John Doe said prices rose 4% in May, and that was before the strike.",
        [("John Doe", "say", "prices rose 4% in May, and that was before the strike")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), AND_THAT)
def test_second_that_clause(
    sentenced: spacy.language.Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _speakers(sentenced, text) == expected


# "X, who/which/whose ..., said ...": the name before the relative clause is the source (the
# clause may hold commas of its own, and a bracketed short form may follow the name); after a
# content the attribution is inverted.
RELATIVE = [
    (
        "Globex, which runs 36 plants in Rome, Paris and Madrid, said it would cut 300 jobs.",
        [("Globex", "say", "it would cut 300 jobs")],
    ),
    (
        "Jane Roe, who joined the talks, said exports rose 18% last year.",
        [("Jane Roe", "say", "exports rose 18% last year")],
    ),
    (
        "Harbour Relief Trust (HRT), which runs 12 clinics, said it had fuel for a week.",
        [("Harbour Relief Trust", "say", "it had fuel for a week")],
    ),
    (
        "Mary Major, whose term ends in May, told reporters that she would not run again.",
        [("Mary Major", "tell", "she would not run again")],
    ),
    (
        "Prices will rise 3% next year, John Doe, who chairs the panel, said.",
        [("John Doe", "say", "Prices will rise 3% next year")],
    ),
    (
        "Food is scarce, according to Harbour Relief Trust (HRT), which said it needed $6 million.",
        [
            ("Harbour Relief Trust", "according to", "Food is scarce"),
            ("Harbour Relief Trust", "say", "it needed $6 million"),
        ],
    ),
    # untouched: a name set off by commas right before the cue is the source
    (
        "Globex, whose chief executive, Jane Roe, said the plant would close.",
        [("Jane Roe", "say", "the plant would close")],
    ),
    # untouched: the relative clause holds the cue, the main verb is no cue
    ("The plan, which was approved in May, will cost $2 billion.", []),
    # a cue inside the clause is an act of its own; the main cue keeps its source
    (
        "Globex, which said in May that it would cut jobs, warned that costs would rise.",
        [("Globex", "say", "it would cut jobs"), ("Globex", "warn", "costs would rise")],
    ),
]


# untouched: a subject coordinated after the relative clause ends it; the body before it is
# not made the source
COORDINATED_AFTER = [
    "Acme Bank, which lent $4 billion, and Globex, maker of drills, said the deal was fair.",
    "Globex, which runs 30 mines, and Jane Roe, its founder, said output would rise.",
    "Acme Bank, which opened in May, but John Doe, its rival, said rates would fall.",
]


@pytest.mark.parametrize("text", COORDINATED_AFTER)
def test_relative_clause_before_coordinated_subject(
    sentenced: spacy.language.Language, text: str
) -> None:
    first = text.split(",")[0]
    assert all(s != first for s, _, _ in _speakers(sentenced, text))


@pytest.mark.parametrize(("text", "expected"), RELATIVE)
def test_source_before_relative_clause(
    sentenced: spacy.language.Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _speakers(sentenced, text) == expected


# A quotation with no attribution after "“A,” she said." goes on with that source, also where
# an earlier quotation of the text was itself continued (the nearest one before it is meant).
CONTINUED = [
    (
        (
            "“Prices have fallen,” Jane Roe said. “Tea fetched $2 a kilo.”\n"
            "She said costs rose.\n“When you earn less, you stop,” she said. “Our young people leave.”"
        ),
        "Our young people leave.",
        "Jane Roe",
    ),
    (
        (
            "“We are ready,” John Doe said. “The trains will run.”\n"
            "Jane Roe said the strike would go on.\n“We will not move,” Roe said. “Not one inch.”"
        ),
        "Not one inch.",
        "Jane Roe",
    ),
    (
        (
            "“Sales grew,” Mary Major said. “Margins held.”\n"
            "John Doe said the plan was late.\n“It is on time,” Doe said. “Every part is built.”"
        ),
        "Every part is built.",
        "John Doe",
    ),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), CONTINUED)
def test_quotation_goes_on_after_continued_one(
    sentenced: spacy.language.Language, text: str, quote: str, speaker: str
) -> None:
    names = dict(NAMES, Roe=("PERSON", "Jane Roe"), Doe=("PERSON", "John Doe"))
    doc = stated(sentenced, text, names)
    got = {text[s.start : s.end]: s.speaker_name for s in doc._.briefx_statements}
    assert got.get(quote) == speaker


# "Asked about ..., she laughed and said ...": the subject after a participial adjunct is the
# source of a cue coordinated with its verb.
ADJUNCT = [
    (
        (
            "Farmers Wait\n\nNAIROBI, Oct 8 — Jane Roe has farmed tea for 31 years. Asked about the "
            "president, she laughed and said he should visit the farms.\n"
        ),
        "Jane Roe",
    ),
    (
        (
            "Port Strike\n\nROME, May 2 — John Doe runs the dockers' union. Pressed on the deal, he "
            "paused and said the strike would go on.\n"
        ),
        "John Doe",
    ),
    (
        (
            "Budget Vote\n\nMADRID, June 4 — Mary Major chairs the committee. Asked what she would "
            "change, she smiled and said the budget was too small.\n"
        ),
        "Mary Major",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), ADJUNCT)
def test_subject_after_participial_adjunct(run, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    got = _piped(run, text)
    assert [s for s, cue, _ in got if cue == "say"] == [speaker]


# A role noun read as an adjective ("the cooperative") is the head of its noun phrase, and a
# cue in "-s" read as a plural noun is a verb between a name or "the <noun>" and an infinitive.
ROLE_VERB = [
    (
        (
            "Tea Growers\n\nNAIROBI, Oct 8 — The Kericho Highlands Tea Cooperative has 4,200 members. "
            "The cooperative plans to open a packing plant by 2028.\n"
        ),
        ("Kericho Highlands Tea Cooperative", "plan", "open a packing plant by 2028"),
    ),
    (
        (
            "Dairy Deal\n\nWELLINGTON, May 2 — The Rift Valley Dairy Cooperative has 900 farmers. The "
            "cooperative said milk prices would rise next season.\n"
        ),
        ("Rift Valley Dairy Cooperative", "say", "milk prices would rise next season"),
    ),
    (
        (
            "Grain Sales\n\nDENVER, March 3 — The Colorado Wheat Cooperative sells grain to Asia. The "
            "cooperative expects to ship 2 million tonnes this year.\n"
        ),
        ("Colorado Wheat Cooperative", "expect", "ship 2 million tonnes this year"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_VERB)
def test_role_noun_read_as_adjective(run, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in _piped(run, text)


ROLE_VERB_UNTOUCHED = [
    (
        "Co-op Review\n\nNAIROBI, Oct 8 — The Kericho Highlands Tea Cooperative met on Monday. The "
        "cooperative's plans to expand were shelved.\n"
    ),
    (
        "Co-op Review\n\nNAIROBI, Oct 8 — The Kericho Highlands Tea Cooperative met on Monday. Its "
        "plans to expand were dropped.\n"
    ),
]


@pytest.mark.parametrize("text", ROLE_VERB_UNTOUCHED)
def test_plans_as_a_noun_stay_untouched(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [c for _, c, _ in _piped(run, text) if c == "plan"] == []


# "that" after a preposition is a determiner: the content is the whole clause.
DETERMINER = [
    (
        "Jane Roe said none of that money had reached the farms.",
        "none of that money had reached the farms",
    ),
    (
        "Globex said most of that debt would be repaid by 2027.",
        "most of that debt would be repaid by 2027",
    ),
    ("John Doe said all of that work would end in May.", "all of that work would end in May"),
    # untouched: a complementizer after a time phrase
    ("John Doe told reporters on Monday that the league would appeal.", "the league would appeal"),
]


@pytest.mark.parametrize(("text", "content"), DETERMINER)
def test_that_after_preposition(
    sentenced: spacy.language.Language, text: str, content: str
) -> None:
    assert [c for _, _, c in _speakers(sentenced, text)] == [content]


# A quotation signed off by a "Name, Title" line is the named person's; a transcript's next
# turn ("MS ROE: Minister, thank you.") is no sign-off, nor is a line after a quotation set in
# a paragraph of prose.
SIGN_OFF = [
    (
        "“Keep the gates shut.”\nJane Roe, Harbour Master\n",
        [("Jane Roe", "say", "Keep the gates shut.")],
    ),
    ("“Stay indoors.”\n— John Doe, Chief Fire Officer\n", [("John Doe", "say", "Stay indoors.")]),
    ("“Rates will hold.”\nMary Major, Governor\n", [("Mary Major", "say", "Rates will hold.")]),
    # untouched: a transcript label opens the next line
    ("DR DOE: As the rector put it, “Every school counts.”\nMS ROE: Minister, thank you.\n", []),
    ("MR DOE: We said it plainly: “No more delays.”\nMS MAJOR: Jane Roe, any reply?\n", []),
    # untouched: the quotation stands inside prose
    ("As the mayor put it, “Every bus counts.”\nJane Roe, Transport Chief\n", []),
]


@pytest.mark.parametrize(("text", "expected"), SIGN_OFF)
def test_sign_off_lines(
    sentenced: spacy.language.Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    names = dict(NAMES, ROE=("PERSON", "Jane Roe"), DOE=("PERSON", "John Doe"))
    doc = stated(sentenced, text, names)
    got = [(s.speaker_name, s.cue, text[s.start : s.end]) for s in doc._.briefx_statements]
    assert [g for g in got if g[0] is not None] == expected


# Through the whole pipeline: a bracketed short form closes a body's name ("The X Institute
# (XI) of New Zealand reported"), a participial phrase set off inside the content's subject is
# no adjunct ("the next bulletin, covering ..., would be published"), a pronoun object or a
# time phrase before "that" leaves a complementizer ("told me on Wednesday that cuts ..."),
# and a given name inside a proper run after a title's "for"/"of" opens the person's name
# ("Minister for Housing Kate Roe").
PIPED = [
    (
        (
            "Jobs Report\n\nThe National Labour Survey Office (NLSO) of New Zealand reported today "
            "that unemployment rose to 5.1%.\n"
        ),
        ("National Labour Survey Office", "report", "unemployment rose to 5.1%"),
    ),
    (
        (
            "Prices Ease\n\nThe Central Statistics Agency (CSA) of Ghana said on Monday that "
            "inflation eased to 21%.\n"
        ),
        # (the speaker's name takes the country the text gives the body, "... (CSA) of Ghana",
        # since session 45, bodies45: "Agency" after two common words is a generic title)
        ("Central Statistics Agency (Ghana)", "say", "inflation eased to 21%"),
    ),
    (
        (
            "Budget Talks\n\nThe Fiscal Planning Commission (FPC) of Kenya said the deficit would "
            "narrow to 4%.\n"
        ),
        # (the country the text gives the body, since session 45, bodies45, as above)
        ("Fiscal Planning Commission (Kenya)", "say", "the deficit would narrow to 4%"),
    ),
    (
        (
            "Jobs Report\n\nJane Roe said that the next bulletin, covering October to December, "
            "would be published on February 3.\n"
        ),
        (
            "Jane Roe",
            "say",
            "the next bulletin, covering October to December, would be published on February 3",
        ),
    ),
    (
        "Bank Fund\n\nAcme Bank said its new fund, targeting small firms, will lend $2 billion.\n",
        ("Acme Bank", "say", "its new fund, targeting small firms, will lend $2 billion"),
    ),
    (
        "Housing Plan\n\nJohn Doe said the plan, including 300 new homes, was approved.\n",
        ("John Doe", "say", "the plan, including 300 new homes, was approved"),
    ),
    (
        (
            "Power Cuts\n\nZESCO told me on Wednesday that cuts of up to 12 hours a day would "
            "continue.\n"
        ),
        ("ZESCO", "tell", "cuts of up to 12 hours a day would continue"),
    ),
    (
        "Rates Hold\n\nAcme Bank told us that rates would stay at 4%.\n",
        ("Acme Bank", "tell", "rates would stay at 4%"),
    ),
    (
        (
            "Housing Fund\n\nCANBERRA, 7 May 2025 – Minister for Housing Kate Mallory on Wednesday "
            "announced a fund to build 1,000 homes.\n"
        ),
        ("Kate Mallory", "announce", "a fund to build 1,000 homes"),
    ),
    (
        (
            "Health Plan\n\nLONDON, 3 June 2025 – Secretary of State for Health Wes Streeting said "
            "waiting lists fell.\n"
        ),
        ("Wes Streeting", "say", "waiting lists fell"),
    ),
    (
        (
            "Budget\n\nPRETORIA, 4 March 2025 – Minister of Finance Enoch Godongwana said the "
            "deficit would narrow to 4%.\n"
        ),
        ("Enoch Godongwana", "say", "the deficit would narrow to 4%"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PIPED)
def test_pipeline_families(run, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in _piped(run, text)


PIPED_UNTOUCHED = [
    # a participial adjunct after the content still ends it
    (
        "Prices Rise\n\nJohn Doe said prices rose 4%, reflecting higher fuel costs.\n",
        [("John Doe", "say", "prices rose 4%")],
    ),
    # a relative clause on a noun is no content
    ("Vote Held\n\nGlobex held a vote that was criticised by unions.\n", []),
]


@pytest.mark.parametrize(("text", "expected"), PIPED_UNTOUCHED)
def test_pipeline_untouched(run, text: str, expected: list[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _piped(run, text) == expected


# A proper run after a title's "of" that ends in a body noun is the body, a given name inside
# it notwithstanding (sentenced pipeline with no tagger: the name is given by hand as an entity-less
# run, so the rule is tested on the Finder directly).
BODY_RUNS = [
    "Director of Kings Victoria Union said the grant would rise.",
    "Governor of Northern Grace Bank said rates would hold.",
    "Chair of Western Henry Association said fees would rise.",
]


@pytest.mark.parametrize("text", BODY_RUNS)
def test_body_run_after_title_is_no_person(text: str) -> None:
    from briefx.pipeline.statements import _Finder

    nlp = spacy.blank("en")
    doc = nlp(text)
    head = [t for t in doc[2:5]]
    assert _Finder(doc)._after_portfolio(head) is None


@pytest.mark.parametrize(
    ("text", "given"),
    [
        ("Minister for Housing Kate Mallory said rents rose.", "Kate"),
        ("Secretary of Health Wes Streeting said lists fell.", "Wes"),
        ("Minister of Finance Enoch Godongwana said debt rose.", "Enoch"),
    ],
)
def test_person_after_portfolio(text: str, given: str) -> None:
    from briefx.pipeline.statements import _Finder

    nlp = spacy.blank("en")
    doc = nlp(text)
    head = list(doc[2:5])
    at = _Finder(doc)._after_portfolio(head)
    assert at is not None
    assert doc[at].text == given


# "<source> of <place>, <place>, said": the place says where the named source is based; a
# role of a place the text does not name is unnamed, not the place.
BASED = [
    (
        "Globex of San Jose, California, said it would close two plants.",
        [("Globex", "say", "it would close two plants")],
    ),
    (
        "Jane Roe of Leeds, England, said the race was fair.",
        [("Jane Roe", "say", "the race was fair")],
    ),
    (
        "Acme Bank of Toronto, Canada, said profit rose 4%.",
        [("Acme Bank of Toronto", "say", "profit rose 4%")],
    ),
    ("The mayor of Lyon, France, said buses would run.", [(None, "say", "buses would run")]),
]

BASED_NAMES = dict(
    NAMES,
    **{
        "San Jose": ("GPE", "San Jose"),
        "California": ("GPE", "California"),
        "Leeds": ("GPE", "Leeds"),
        "England": ("GPE", "England"),
        "Acme Bank of Toronto": ("ORG", "Acme Bank of Toronto"),
        "Canada": ("GPE", "Canada"),
        "Lyon": ("GPE", "Lyon"),
        "France": ("GPE", "France"),
    },
)


@pytest.mark.parametrize(("text", "expected"), BASED)
def test_source_based_in_a_place(
    sentenced: spacy.language.Language, text: str, expected: list[tuple[object, str, str]]
) -> None:
    doc = stated(sentenced, text, BASED_NAMES)
    got = [(s.speaker_name, s.cue, text[s.start : s.end]) for s in doc._.briefx_statements]
    assert got == expected


# Through the whole pipeline: a named body, then common words before a body noun ("the Interfax
# news agency") is that body; a proper name that is no place, person or nationality before a
# body noun ("The Globex mining company") names a body of its own, not the body named last; a
# nationality ("the Danish drugmaker") still describes the body named before.
NAMED_ROLE = [
    (
        (
            "Talks Stall\n\nNATO met on Monday. Jane Roe said parliament would not ratify the deal, "
            "the Interfax news agency reported.\n"
        ),
        "Interfax",
    ),
    (
        (
            "Mine Output\n\nAcme Bank cut rates on Monday. The Kestrel Copper mining company said "
            "output rose 4%.\n"
        ),
        "Kestrel Copper",
    ),
    (
        (
            "Port Deal\n\nAcme Bank cut rates on Monday. The Baltimar shipping firm said it would buy "
            "six vessels.\n"
        ),
        "Baltimar",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), NAMED_ROLE)
def test_name_before_body_noun(run, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker in [s for s, _, _ in _piped(run, text)]


NAMED_ROLE_UNTOUCHED = [
    (
        (
            "Rates Cut\n\nTORONTO, May 2 — Acme Bank cut rates on Monday. The Canadian lender said "
            "margins would narrow.\n"
        ),
        "Acme Bank",
    ),
    (
        (
            "Mine Output\n\nDENVER, May 2 — Acme Bank bought a mine on Monday. The Colorado-based "
            "company said output would rise.\n"
        ),
        "Acme Bank",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), NAMED_ROLE_UNTOUCHED)
def test_description_before_body_noun(run, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert [s for s, _, _ in _piped(run, text)] == [speaker]
