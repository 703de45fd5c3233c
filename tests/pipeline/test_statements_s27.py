"""briefx_statements, session 27 (stmt12): a person's role noun finds the person whose title the
text gave in another word of the same office ("Justice Jane Roe ... The judge said"; the words
of ``models/title_synonyms.jsonl``, from WordNet), before a person named later with another
title or none on that mention.

A body's name written in full that the entity stage split or left out ("The United Nations High
Commissioner for Refugees said": a title word inside) is the entity of the document whose
canonical name it is, named elsewhere by its acronym, not a piece of it nor nobody.

Rules are tested on ``spacy.blank("en")`` + a sentencizer + the component with the entities and
their titles given by hand. Each family holds at least three new examples of the rule and cases
that must stay untouched.
"""

from __future__ import annotations

import pytest
import spacy

from tests.pipeline.conftest import stated

NAMES: dict[str, tuple[object, ...]] = {
    "Mira Castell": ("PERSON", "Mira Castell", ["Justice"]),
    "Omar Lindqvist": ("PERSON", "Omar Lindqvist", ["Attorney General"]),
    "Lindqvist": ("PERSON", "Omar Lindqvist"),
    "Tessa Grau": ("PERSON", "Tessa Grau", ["Chancellor"]),
    "Ivo Brandt": ("PERSON", "Ivo Brandt", ["Finance Minister"]),
    "Brandt": ("PERSON", "Ivo Brandt"),
    "Nadia Orsini": ("PERSON", "Nadia Orsini", ["Chairperson"]),
    "Felix Horn": ("PERSON", "Felix Horn", ["Mayor"]),
    "Horn": ("PERSON", "Felix Horn"),
    "Felix Roe": ("PERSON", "Felix Roe", ["Judge"]),
    "Ana Sol": ("PERSON", "Ana Sol", ["Prosecutor"]),
}


def _speakers(nlp: spacy.language.Language, text: str) -> list[tuple[object, str]]:
    doc = stated(nlp, text, NAMES)
    return [(s.speaker_name, text[s.start : s.end]) for s in doc._.briefx_statements]


SAME_OFFICE = [
    (
        (
            "Justice Mira Castell said the law was void. Attorney General Omar Lindqvist said the "
            "state would appeal. Lindqvist said the ruling was wrong. The judge said the levy could "
            "not be collected."
        ),
        ("Mira Castell", "the levy could not be collected"),
    ),
    (
        (
            "Chancellor Tessa Grau said the budget was balanced. Finance Minister Ivo Brandt said "
            "taxes would not rise. Brandt said debt would fall. The premier said the plan was fair."
        ),
        ("Tessa Grau", "the plan was fair"),
    ),
    (
        (
            "Chairperson Nadia Orsini said the board would meet. Mayor Felix Horn said the port "
            "needed money. Horn said jobs were at risk. The chair said the sale would go ahead."
        ),
        ("Nadia Orsini", "the sale would go ahead"),
    ),
]

# the title in the role noun's own word still wins; a person named with a title of another
# office is no antecedent by that synonym
UNTOUCHED = [
    (
        (
            "Judge Felix Roe said the case was closed. Justice Mira Castell said it was not. The "
            "judge said the file would be sealed."
        ),
        ("Felix Roe", "the file would be sealed"),
    ),
    (
        (
            "Mayor Felix Horn said the bridge would reopen. Prosecutor Ana Sol said costs had "
            "doubled. The mayor said the contract was fair."
        ),
        ("Felix Horn", "the contract was fair"),
    ),
    (
        "Justice Mira Castell said the law was void. The prosecutor said the state would appeal.",
        (None, "the state would appeal"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SAME_OFFICE + UNTOUCHED)
def test_role_noun_of_the_same_office(
    sentenced: spacy.language.Language, text: str, expected: tuple[object, str]
) -> None:
    assert _speakers(sentenced, text)[-1] == expected


def test_title_synonyms_table() -> None:
    from briefx.pipeline.coref.referents import title_synonyms

    table = title_synonyms()
    assert "justice" in table["judge"]
    assert "judge" in table["justice"]
    assert "queen" not in table.get("king", frozenset())
    assert "spokesperson" not in table


FULL_NAMES: dict[str, tuple[object, ...]] = {
    "United Nations": ("ORG", "United Nations"),
    "UNHCR": ("ORG", "United Nations High Commissioner for Refugees"),
    "EDPS": ("ORG", "European Data Protection Supervisor"),
    "PHSO": ("ORG", "Parliamentary and Health Service Ombudsman"),
    "Jane Roe": ("PERSON", "Jane Roe"),
    "Acme Corp": ("ORG", "Acme Corp"),
    "Acme Bank": ("ORG", "Acme Bank"),
}

WRITTEN_IN_FULL = [
    (
        (
            "The United Nations High Commissioner for Refugees said 2 million people had fled. "
            "UNHCR's envoy visited the camps."
        ),
        [("United Nations High Commissioner for Refugees", "2 million people had fled")],
    ),
    (
        (
            "The European Data Protection Supervisor said the rules were unlawful. The EDPS "
            "opened an inquiry."
        ),
        [("European Data Protection Supervisor", "the rules were unlawful")],
    ),
    (
        (
            "The Parliamentary and Health Service Ombudsman found that the hospital had failed "
            "its patients. The PHSO opened an inquiry."
        ),
        [("Parliamentary and Health Service Ombudsman", "the hospital had failed its patients")],
    ),
    # untouched: a person of a body, and a name an entity already spans
    (
        "Jane Roe of Acme Corp said the plant would close.",
        [("Jane Roe", "the plant would close")],
    ),
    (
        "The Acme Bank said profit rose 5%. The United Nations said aid would rise.",
        [("Acme Bank", "profit rose 5%"), ("United Nations", "aid would rise")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), WRITTEN_IN_FULL)
def test_body_named_in_full(
    sentenced: spacy.language.Language, text: str, expected: list[tuple[object, str]]
) -> None:
    doc = stated(sentenced, text, FULL_NAMES)
    got = [(s.speaker_name, text[s.start : s.end]) for s in doc._.briefx_statements]
    assert got == expected


QUALIFIED: dict[str, tuple[object, ...]] = {
    "Lars Berg": ("PERSON", "Lars Berg", ["Finance Minister"]),
    "Eva Holm": ("PERSON", "Eva Holm", ["Foreign Minister"]),
    "Ruth Ames": ("PERSON", "Ruth Ames", ["Health Secretary"]),
    "Owen Tate": ("PERSON", "Owen Tate", ["Home Secretary"]),
    "Ida Kohl": ("PERSON", "Ida Kohl", ["Deputy Governor"]),
    "Max Brun": ("PERSON", "Max Brun", ["Governor"]),
}

# "the finance minister" after a finance and a foreign minister spoke: the person whose title
# holds the words before the role noun too; with none, the latest holder of the role noun
WITH_QUALIFIER = [
    (
        (
            "Finance Minister Lars Berg said taxes would fall. Foreign Minister Eva Holm said talks "
            "would resume. The finance minister added that the budget would balance."
        ),
        ("Lars Berg", "the budget would balance"),
    ),
    (
        (
            "Health Secretary Ruth Ames said clinics would open. Home Secretary Owen Tate said "
            "crime had fallen. The health secretary said nurses would get a rise."
        ),
        ("Ruth Ames", "nurses would get a rise"),
    ),
    (
        (
            "Deputy Governor Ida Kohl said rates could fall. Governor Max Brun said inflation was "
            "sticky. The deputy governor said the bank would wait."
        ),
        ("Ida Kohl", "the bank would wait"),
    ),
    (
        (
            "Finance Minister Lars Berg said taxes would fall. Foreign Minister Eva Holm said talks "
            "would resume. The minister added that the summit would go ahead."
        ),
        ("Eva Holm", "the summit would go ahead"),
    ),
    (
        (
            "Health Secretary Ruth Ames said clinics would open. Home Secretary Owen Tate said "
            "crime had fallen. The new secretary said the police would hire more staff."
        ),
        ("Owen Tate", "the police would hire more staff"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), WITH_QUALIFIER)
def test_role_noun_with_its_qualifier(
    sentenced: spacy.language.Language, text: str, expected: tuple[object, str]
) -> None:
    doc = stated(sentenced, text, QUALIFIED)
    got = [(s.speaker_name, text[s.start : s.end]) for s in doc._.briefx_statements]
    assert got[-1] == expected


HOLDERS: dict[str, tuple[object, ...]] = {
    "Acme Corp": ("ORG", "Acme Corp"),
    "Globex": ("ORG", "Globex"),
    "Jane Roe": ("PERSON", "Jane Roe", ["Chief executive"]),
    "Tom Fry": ("PERSON", "Tom Fry", ["Analyst"]),
    "Omar Diaz": ("PERSON", "Omar Diaz", ["Chief economist"]),
    "Ama Berg": ("PERSON", "Ama Berg", ["Finance Minister"]),
    "Dan Cole": ("PERSON", "Dan Cole", ["spokesman"]),
}

# "its chief executive", "the company's chief economist": the person named before with a title
# that holds those words, not the body; a body with no such person named, and "its
# spokesman" (somebody else than a person named before), stay as they were
TITLE_OF_A_BODY = [
    (
        (
            "Chief executive Jane Roe said sales rose 5%. Analyst Tom Fry said the shares were "
            "cheap. The company's chief executive added that prices would rise."
        ),
        ("Jane Roe", "prices would rise"),
    ),
    (
        (
            "Acme Corp said sales rose 5%. Chief executive Jane Roe said demand was strong. Its "
            "chief executive added that prices would rise."
        ),
        ("Jane Roe", "prices would rise"),
    ),
    (
        (
            "Globex said costs rose. Chief economist Omar Diaz said wages were rising. Finance "
            "Minister Ama Berg said taxes would not change. Globex's chief economist added that "
            "hiring had slowed."
        ),
        ("Omar Diaz", "hiring had slowed"),
    ),
    (
        (
            "Acme Corp said sales rose 5%. Analyst Tom Fry said the shares were cheap. Its chief "
            "executive added that prices would rise."
        ),
        ("Acme Corp", "prices would rise"),
    ),
    (
        (
            "Acme Corp said sales rose 5%. Acme spokesman Dan Cole said demand was strong. Its "
            "spokesman added that prices would rise."
        ),
        ("Acme Corp", "prices would rise"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLE_OF_A_BODY)
def test_title_of_a_body(
    sentenced: spacy.language.Language, text: str, expected: tuple[object, str]
) -> None:
    doc = stated(sentenced, text, HOLDERS)
    got = [(s.speaker_name, text[s.start : s.end]) for s in doc._.briefx_statements]
    assert got[-1] == expected


COUNTERPARTS: dict[str, tuple[object, ...]] = {
    "Jan Nowak": ("PERSON", "Jan Nowak"),
    "Eva Roth": ("PERSON", "Eva Roth"),
    "Mario Soto": ("PERSON", "Mario Soto"),
    "Ana Ruiz": ("PERSON", "Ana Ruiz"),
    "Tom Oduya": ("PERSON", "Tom Oduya"),
    "Paul Okello": ("PERSON", "Paul Okello"),
    "Poland": ("GPE", "Poland"),
    "Chile": ("GPE", "Chile"),
    "Peru": ("GPE", "Peru"),
    "Kenya": ("GPE", "Kenya"),
    "Uganda": ("GPE", "Uganda"),
}

# "the Polish minister" after a Polish and a German minister spoke: the person whose name the
# words before it tie to the demonym's country, not the latest person
DEMONYM_QUALIFIER = [
    (
        (
            "Poland's foreign minister, Jan Nowak, said Europe must spend more. His German "
            "counterpart, Eva Roth, said Berlin agreed. The Polish minister said the bloc should "
            "borrow."
        ),
        ("Jan Nowak", "the bloc should borrow"),
    ),
    (
        (
            "Chile's finance minister, Mario Soto, said copper prices would rise. Peru's finance "
            "minister, Ana Ruiz, said mines were expanding. The Chilean minister added that taxes "
            "would stay."
        ),
        ("Mario Soto", "taxes would stay"),
    ),
    (
        (
            "Kenya's trade minister, Tom Oduya, said tariffs would fall. Uganda's trade minister, "
            "Paul Okello, said talks had stalled. The Kenyan minister said a deal was close."
        ),
        ("Tom Oduya", "a deal was close"),
    ),
    (
        (
            "Poland's foreign minister, Jan Nowak, said Europe must spend more. His German "
            "counterpart, Eva Roth, said Berlin agreed. The minister said the bloc should borrow."
        ),
        ("Eva Roth", "the bloc should borrow"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), DEMONYM_QUALIFIER)
def test_role_noun_of_a_country(
    sentenced: spacy.language.Language, text: str, expected: tuple[object, str]
) -> None:
    doc = stated(sentenced, text, COUNTERPARTS)
    got = [(s.speaker_name, text[s.start : s.end]) for s in doc._.briefx_statements]
    assert got[-1] == expected
