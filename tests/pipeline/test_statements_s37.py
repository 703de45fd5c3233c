"""briefx_statements, session 37 (speakers37): which body a description names.

1. A police force is a kind of body of its own: "the force said" refers back to a body whose
   name says it is police ("... Police", "Police Scotland", "... Constabulary"); "the air
   force", "the task force" are no police force (``models/body_kinds.jsonl``, bare_role).
2. Where bodies of more than one name within the window hold the role noun in their names,
   "the bank", "the ministry" is the one that spoke or was the subject, never a name that
   only modifies a noun ("Zenith Bank and Access Bank shares fell"), and where the noun has
   modifiers ("the central bank") one whose name holds them too (``speakers.head_holder``).

Rules without the tagger's part are tested on ``spacy.blank("en")`` + a sentencizer + the
component, with the entities given by hand (``conftest.stated``); the modifier test reads the
tagger's tags and runs on the default pipeline with the same hand-given entities. Each table
holds at least three examples of the rule and cases that must stay untouched.
"""

from __future__ import annotations

import pytest
import spacy

from briefx.pipeline import speakers
from tests.pipeline.conftest import stated

# name as written -> (type, canonical name); invented bodies and people of no table
NAMES: dict[str, tuple[str, str]] = {
    "Harbour Valley Police": ("ORG", "Harbour Valley Police"),
    "Police Ruritania": ("ORG", "Police Ruritania"),
    "Ruritania Police Service": ("ORG", "Ruritania Police Service"),
    "Northshire Constabulary": ("ORG", "Northshire Constabulary"),
    "Globex": ("ORG", "Globex"),
    "Volvo": ("ORG", "Volvo"),  # a listed company (models/companies.jsonl): a firm
    "Harbour City Council": ("ORG", "Harbour City Council"),
    "Central Bank of Ruritania": ("ORG", "Central Bank of Ruritania"),
    "Reserve Bank of Ruritania": ("ORG", "Reserve Bank of Ruritania"),
    "Zenobank": ("ORG", "Zenobank"),
    "Acme Bank": ("ORG", "Acme Bank"),
    "Kestrel Bank": ("ORG", "Kestrel Bank"),
    "Ministry of Finance": ("ORG", "Ministry of Finance"),
    "Ministry of Energy": ("ORG", "Ministry of Energy"),
    "Ministry of Health": ("ORG", "Ministry of Health"),
    "Mark Olsen": ("PERSON", "Mark Olsen"),
    "Ruritania": ("GPE", "Ruritania"),
    "NATO": ("ORG", "NATO"),
}


def _last_speaker(nlp: spacy.language.Language, text: str) -> object:
    doc = stated(nlp, text, NAMES)
    return doc._.briefx_statements[-1].speaker_name


FORCE = [
    (
        "Harbour Valley Police said two men were arrested. The force said a third was sought.",
        "Harbour Valley Police",
    ),
    (
        (
            "Police Ruritania said the road was closed. Mark Olsen said he saw the crash. The force "
            "added that no one was hurt."
        ),
        "Police Ruritania",
    ),
    (
        (
            "Globex said its store was robbed. Ruritania Police Service said it had made two arrests. "
            "The force said the men would appear in court."
        ),
        "Ruritania Police Service",
    ),
    (
        (
            "Northshire Constabulary said the victim was in hospital. The police force said patrols "
            "would increase."
        ),
        "Northshire Constabulary",
    ),
    # untouched: another force than the police, a firm or a council is no police force
    (
        "Harbour Valley Police said the road was closed. The air force said it shot down drones.",
        None,
    ),
    (
        "Harbour Valley Police said the road was closed. The task force said it would report in May.",
        None,
    ),
    ("Volvo said its profit rose. The force said it would hire more staff.", None),
    ("Harbour City Council said the park would close. The force said it would patrol it.", None),
]


@pytest.mark.parametrize(("text", "expected"), FORCE)
def test_the_force_is_police(
    sentenced: spacy.language.Language, text: str, expected: str | None
) -> None:
    assert _last_speaker(sentenced, text) == expected


HOLDERS = [
    # the ministry that spoke, not the one named since in a passive or object
    (
        (
            "The Ministry of Finance said the deficit narrowed. Fuel prices were raised by the Ministry "
            "of Energy. The ministry said revenue rose."
        ),
        "Ministry of Finance",
    ),
    (
        (
            "The Ministry of Health said 30 people had died. Mark Olsen met officials of the Ministry "
            "of Finance. The ministry said vaccines had arrived."
        ),
        "Ministry of Health",
    ),
    # a modifier the name holds too
    (
        (
            "The Central Bank of Ruritania raised rates. Lending by Acme Bank fell. The central bank "
            "said inflation must fall."
        ),
        "Central Bank of Ruritania",
    ),
    (
        (
            "Acme Bank cut its rates. The Central Bank of Ruritania warned lenders. Kestrel Bank "
            "followed. The central bank said it was watching."
        ),
        "Central Bank of Ruritania",
    ),
    # untouched: the body of the noun's own sentence, the latest that spoke, one name only
    (
        (
            "The Ministry of Finance said the deficit narrowed. The Ministry of Energy said prices "
            "rose. The ministry said more rises were coming."
        ),
        "Ministry of Energy",
    ),
    (
        "Acme Bank said profit rose. Shares in Kestrel Bank fell after the bank said its costs rose.",
        "Kestrel Bank",
    ),
    ("Acme Bank said profit rose. The bank said costs fell.", "Acme Bank"),
]


@pytest.mark.parametrize(("text", "expected"), HOLDERS)
def test_holder_that_spoke(
    sentenced: spacy.language.Language, text: str, expected: str | None
) -> None:
    assert _last_speaker(sentenced, text) == expected


MODIFIERS = [
    (
        (
            "The Central Bank of Ruritania raised rates. Zenobank and Acme Bank shares fell. The bank "
            "said inflation must come down."
        ),
        "Central Bank of Ruritania",
    ),
    (
        (
            "The Reserve Bank of Ruritania kept rates unchanged. Acme Bank and Kestrel Bank shares "
            "rose. The central bank said inflation would ease."
        ),
        "Reserve Bank of Ruritania",
    ),
    (
        (
            "The Reserve Bank of Ruritania cut rates. Kestrel Bank shares jumped 4%. The bank said "
            "growth was weak."
        ),
        "Reserve Bank of Ruritania",
    ),
    # untouched: a name that is the subject of its clause, and one that spoke
    (
        (
            "The Reserve Bank of Ruritania cut rates. Kestrel Bank raised its forecast. The bank said "
            "growth was strong."
        ),
        "Kestrel Bank",
    ),
    (
        "Acme Bank said profit rose. Kestrel Bank shares fell. The bank said costs were down.",
        "Acme Bank",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MODIFIERS)
def test_name_modifying_a_noun_is_no_subject(
    nlp: spacy.language.Language, text: str, expected: str | None
) -> None:
    assert _last_speaker(nlp, text) == expected


def test_head_holder_leaves_one_name_and_titles(sentenced: spacy.language.Language) -> None:
    doc = sentenced("Acme Bank said profit rose. The bank said costs fell.")
    known = stated(sentenced, doc.text, NAMES)._.briefx_entities
    assert speakers.head_holder(doc, 6, 8, known, []) is None  # one name: coref's short form
    doc = sentenced("The Ministry of Finance met the Ministry of Energy. The minister said no.")
    known = stated(sentenced, doc.text, NAMES)._.briefx_entities
    assert speakers.head_holder(doc, 10, 12, known, []) is None  # a person's title


# 3. A person named between commas after a role noun phrase is the speaker also where titles
#    stand before the name ("Permanent Secretary", "Dr."), and after an inverted cue whose
#    source is a post ("said the head of research at X, Jane Roe").
PEOPLE: dict[str, tuple[str, str]] = {
    "Chris Kiptoo": ("PERSON", "Chris Kiptoo"),
    "Jane Roe": ("PERSON", "Jane Roe"),
    "Mark Olsen": ("PERSON", "Mark Olsen"),
    "Jim Reid": ("PERSON", "Jim Reid"),
    "Acme Bank": ("ORG", "Acme Bank"),
    "Acme Corp": ("ORG", "Acme Corp"),
    "Treasury": ("ORG", "Treasury"),
}

APPOSITIVES = [
    (
        (
            "The Treasury's top official, Permanent Secretary Chris Kiptoo, told reporters the "
            "deficit would narrow."
        ),
        "Chris Kiptoo",
    ),
    ("The bank's chief economist, Dr. Jane Roe, said growth would slow.", "Jane Roe"),
    (
        "Its most senior official, Deputy Governor Mark Olsen, said rates would stay high.",
        "Mark Olsen",
    ),
    ("“We see no recession,” said the head of research at Acme Bank, Jim Reid.", "Jim Reid"),
    (
        "Growth will slow, said the chief economist of Acme Bank, Mark Wall, on Tuesday.",
        "Mark Wall",
    ),
    ("“Prices will rise,” said the bank's chief economist, Jane Roe.", "Jane Roe"),
    # untouched: no name after the post, a body after a body's noun, the name before its post
    ("“Prices will rise,” said the head of research at Acme Bank.", None),
    ("“We will appeal,” said the company, Acme Corp.", None),
    ("“We lost,” said Mark Olsen, the club's manager.", "Mark Olsen"),
    ("The bank's chief economist, Jane Roe, said growth would slow.", "Jane Roe"),
    ("The Treasury's top official said the deficit would narrow.", None),
]


@pytest.mark.parametrize(("text", "expected"), APPOSITIVES)
def test_person_after_a_post(
    sentenced: spacy.language.Language, text: str, expected: str | None
) -> None:
    names = {**PEOPLE, "Mark Wall": ("PERSON", "Mark Wall")}
    doc = stated(sentenced, text, names)
    assert doc._.briefx_statements[-1].speaker_name == expected


# 4. A person's title as the source names the holder of that office: a deputy's, a former
#    holder's or a shadow's office is another one where a holder of the bare title is named
#    (``other_office`` of the cue table), and a qualifier of the title may stand in the words
#    the text wrote right before the name ("Labour leader X"). The words before a name are read
#    by the tagger's tags: the default pipeline, the entities given by hand.
OFFICES = [
    (
        (
            "Governor Jane Roe said rates would stay. Deputy Governor Mark Olsen disagreed. "
            "The governor said inflation was high."
        ),
        "Jane Roe",
    ),
    (
        (
            "Health Secretary Jane Roe said waiting lists fell. Shadow health secretary Mark Olsen "
            "said they were still too long. The health secretary said more money would come."
        ),
        "Jane Roe",
    ),
    (
        (
            "President Jane Roe defended the plan. Former president Mark Olsen criticised it. "
            "The president said the plan would create jobs."
        ),
        "Jane Roe",
    ),
    (
        (
            "Labour leader Jane Roe met Conservative leader Mark Olsen. The Labour leader said "
            "the talks were useful."
        ),
        "Jane Roe",
    ),
    (
        (
            "Green Party leader Jane Roe met Liberal leader Mark Olsen. The Liberal leader said "
            "the talks had failed."
        ),
        "Mark Olsen",
    ),
    # untouched: the deputy named as such, the deputy alone, the latest holder of the title
    (
        (
            "Governor Jane Roe said rates would stay. Deputy Governor Mark Olsen disagreed. "
            "The deputy governor said inflation was high."
        ),
        "Mark Olsen",
    ),
    (
        (
            "Deputy Governor Mark Olsen said rates would stay. The governor added that inflation "
            "was high."
        ),
        "Mark Olsen",
    ),
    (
        (
            "Governor Jane Roe met Governor Mark Olsen of the northern province. The governor said "
            "roads would be repaired."
        ),
        "Mark Olsen",
    ),
]


@pytest.mark.parametrize(("text", "expected"), OFFICES)
def test_holder_of_the_office(
    nlp: spacy.language.Language, text: str, expected: str | None
) -> None:
    doc = stated(nlp, text, PEOPLE)
    assert doc._.briefx_statements[-1].speaker_name == expected


# 5. A description set off before a person's name ("The company's chief executive, Jane Roe,
#    said") describes that person as the appositive after a name does: "the chief executive
#    said" later is that person, not one named since under another post (tagger's tags).
LEADS = [
    (
        (
            "The company's chief executive, Jane Roe, said sales rose. Its finance director, Mark "
            "Olsen, said margins fell. The chief executive said the outlook was good."
        ),
        "Jane Roe",
    ),
    (
        (
            "The union's general secretary, Jane Roe, said talks had failed. Acme's chief executive "
            "Mark Olsen said the offer was fair. The general secretary said members would strike."
        ),
        "Jane Roe",
    ),
    (
        (
            "Its finance director, Mark Olsen, said margins fell. The chief executive, Jane Roe, "
            "said sales rose. The director said costs would be cut."
        ),
        "Mark Olsen",
    ),
    # untouched: a body's own noun, a clause before the name, no comma after the name
    (
        (
            "Acme Bank said profit rose. Its chief executive, Jane Roe, said costs fell. The bank "
            "said it would pay a dividend."
        ),
        "Acme Bank",
    ),
    # a person the text never described so: "the chief executive" stays an unnamed voice
    ("Jane Roe said costs fell. The chief executive said the outlook was good.", None),
    ("Prices rose, the chief executive, Jane Roe, said on Monday.", "Jane Roe"),
]


@pytest.mark.parametrize(("text", "expected"), LEADS)
def test_description_before_the_name(
    nlp: spacy.language.Language, text: str, expected: str | None
) -> None:
    doc = stated(nlp, text, PEOPLE)
    assert doc._.briefx_statements[-1].speaker_name == expected


def test_description_before_needs_tags(sentenced: spacy.language.Language) -> None:
    doc = sentenced("The company's chief executive, Jane Roe, said sales rose.")
    assert speakers._description_before(doc, 7, 9) is None  # untagged: no noun known


# 6. "it" as the source passes over a body named only as the employer of commentators
#    ("analysts at X") where another body is named, as "the company" does (session 33).
IT_EMPLOYERS = [
    (
        (
            "Globex said profit fell. Analysts at Acme Bank cut their target. It said it would buy "
            "back shares."
        ),
        "Globex",
    ),
    (
        (
            "Globex fell 5%. Strategists at Acme Bank lowered their targets. It said it would review "
            "costs."
        ),
        "Globex",
    ),
    (
        (
            "Harbour City Council approved the plan. Analysts from Kestrel Bank doubted it. It said "
            "work would start in May."
        ),
        "Harbour City Council",
    ),
    # untouched: the employer alone, a body named otherwise
    ("Analysts at Acme Bank cut their target. It said rates would fall.", "Acme Bank"),
    ("Globex said profit fell. Acme Bank cut its target. It said rates would fall.", "Acme Bank"),
]


@pytest.mark.parametrize(("text", "expected"), IT_EMPLOYERS)
def test_it_passes_over_an_employer(
    sentenced: spacy.language.Language, text: str, expected: str | None
) -> None:
    assert _last_speaker(sentenced, text) == expected
