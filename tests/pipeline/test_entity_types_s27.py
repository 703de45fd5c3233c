"""Entity types, session 27 (issue 13, types by general evidence): a person's name the model
typed a body is a PERSON by the form of the name (a given name of ``given_names.jsonl`` and
family names no English word, firm or place word) or by a person's role before it or after "was
named" (``person_nouns.jsonl``, from WordNet's noun.person); firms named after people keep
their type. On plain mention lists (no model), in the one vote per name
(``entities.evidence.document_types``). Invented texts; each rule has three new cases of its
family and cases that must stay untouched."""

from __future__ import annotations

import pytest

from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.evidence import document_types, name_form, person_form

Mark = tuple[str, str]  # (surface, type before the vote)

# a small English word list: the common words of the texts below (the pipeline's is WordNet's)
ENGLISH = frozenset(
    {"said", "the", "driver", "studios", "studio", "food", "baker", "red", "bull", "shares",
     "connect", "line", "fong"}
)  # fmt: skip


def voted(text: str, marks: list[Mark], tags: frozenset[str] = frozenset()) -> list[str]:
    """Run the vote over mentions at the marks' next occurrences: their types."""
    ents, pos = [], 0
    for surface, typ in marks:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, surface, tags=set(tags)))
        pos = s + len(surface)
    document_types(text, ents, ENGLISH)
    return [e.type for e in ents]


PEOPLE = [
    # the form of the name: a given name and a family name no word list knows
    ("The Golden Shell went to Mexico's Emilia Quintanar for her third film.", "Emilia Quintanar"),
    ("Bolivia's Tomasz Wierzbicki finished the stage in fourth place.", "Tomasz Wierzbicki"),
    ("The award went to Ingrid Halvorsrud of the Bergen trio.", "Ingrid Halvorsrud"),
    # a person's role right before the name: no given name the table knows needed
    ("Ghana's negotiator Kwabena Oduro-Mensah rejected the draft on Friday.",
     "Kwabena Oduro-Mensah"),
    ("Turkey's delegate Zeynep Karaduman left the talks at midnight.", "Zeynep Karaduman"),
    ("The rookie Dmitri Olshansky had 24 points in the win.", "Dmitri Olshansky"),
    # a person's role after "was named", a person's verb
    ("Colombia's Yesid Arboleda was named best actor on Saturday.", "Yesid Arboleda"),
    ("Teodoro Baglioni resigned on Monday after 12 years in charge.", "Teodoro Baglioni"),
    ("Mali's Oumou Diarra Keita won best director for her debut.", "Oumou Diarra Keita"),
    ("Croatia's Žarko Miletić leads the race by 12 seconds.", "Žarko Miletić"),
    # a personal title before the name: English words allowed in it
    ("Vexa Chief Executive Lin Mei Fong will attend the summit.", "Lin Mei Fong"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_person_by_form_or_role(text: str, name: str) -> None:
    assert voted(text, [(name, "ORG")]) == ["PERSON"]


FIRMS = [
    # a listed firm, a firm's plural noun, a firm's "&", a firm's own strong cue
    ("Morgan Stanley said it would cut 2,000 jobs.", "Morgan Stanley"),
    ("Hollis Foods said its profit fell.", "Hollis Foods"),
    ("Talks between Varga & Lind and the union failed.", "Varga & Lind"),
    ("Dorian Vexley's shares fell 4% in Frankfurt.", "Dorian Vexley"),
    # a given name English also uses as a word, "the" before the name, "which" after it
    ("It was the fourth win for the Red Bull driver this year.", "Red Bull"),
    ("Walt Disney Studios said the film would open in May.", "Walt Disney Studios"),
    ("Ted Baker, which closed its shops last year, will return to Leeds.", "Ted Baker"),
    # a two-letter given name opens papers' and firms' names
    ("Le Vigilant reported the theft on Sunday.", "Le Vigilant"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), FIRMS)
def test_firms_named_like_people_stay(text: str, name: str) -> None:
    assert voted(text, [(name, "ORG")]) == ["ORG"]


SITES = [
    # a site named like a person keeps its type: no prior for a facility, no "the" against it
    ("The women's final ended at Roland Garros on Saturday.", "Roland Garros", "FAC"),
    ("Trains run on the Bergen Line between the two cities.", "Bergen Line", "FAC"),
    # a WordNet role a body shares: the name needs the strict form ("Connect" is English)
    ("Expo organiser Fira Connect said attendance rose.", "Fira Connect", "ORG"),
    # a person's name typed a site, with a person's role after "was named"
    ("Poland's Marta Wolanska was named best actress.", "Marta Wolanska", "PERSON"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "want"), SITES)
def test_sites_and_bodies(text: str, name: str, want: str) -> None:
    typ = "ORG" if name == "Fira Connect" else "FAC"
    assert voted(text, [(name, typ)]) == [want]


def test_team_stays() -> None:
    text = "Aston Villa beat the leaders 2-0 on Sunday."
    assert voted(text, [("Aston Villa", "ORG")], frozenset({"team"})) == ["ORG"]


FORMS = [
    ("Emilia Quintanar", True, True),
    ("Joaquim Ferreira Lobo", True, True),
    ("Zeynep Karaduman", True, True),
    ("Kwabena Oduro-Mensah", True, True),
    ("Hollis Foods", False, False),
    ("Emilia Quintanar Holdings", False, False),
    ("Red Bull", False, True),  # a name's form, but "Red" is an English word too
    ("Emilia", False, False),
    ("EMILIA QUINTANAR", False, False),
]


@pytest.mark.parametrize(("word", "person", "name"), FORMS)
def test_forms(word: str, person: bool, name: bool) -> None:
    e = Ent(0, len(word), "ORG", word)
    assert person_form(word, e, ENGLISH) is person
    assert name_form(word, e, ENGLISH) is name
