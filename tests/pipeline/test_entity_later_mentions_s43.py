"""A person's later mentions, session 43 (issue 13 names, people43), on hand-made mentions and
``spacy.blank("en")``:
- ``linking._SharedSurnames``: of two people who share a surname, a courtesy title picks by
  gender ("Mrs Dole" after "Bob Dole" and "Elizabeth Dole"), an office title picks the one whose
  full name carried it ("President Biden"), and an untitled surname is the other one where the
  document gave one of a man and a woman the courtesy title;
- ``link_persons``: a first word two people share ("Prince Mohammed") is the one named last;
- ``notable._shared_surnames``: the table does not undo what the courtesy titles decided;
- ``people._surname_spans``: a surname of several words NER cut ("Obrador" of "López Obrador")
  or ran on ("Later Núñez Feijóo") takes the surname's span;
- ``names.is_title_word`` and ``names.courtesy_before``: "Mrs" without its stop is a title in
  title case only.
Invented texts about real and made-up people; each rule has cases that must stay untouched.
"""

from __future__ import annotations

import pytest

from briefx.normalize.names import courtesy_before, is_title_word
from briefx.pipeline.coref.ent import Ent
from briefx.pipeline.entities.linking import link_persons
from briefx.pipeline.entities.mention import Mention
from briefx.pipeline.entities.notable import notable_people
from tests.pipeline.conftest import linked_marks

ENGLISH = frozenset(
    {"said", "the", "on", "later", "meanwhile", "a", "of", "in", "it", "fine", "hospital"}
)


def mentions_of(text: str, marks: list[tuple[str, list[str]]]) -> list[Mention]:
    """PERSON mentions at each mark's next occurrence, with its titles."""
    out, pos = [], 0
    for surface, titles in marks:
        s = text.index(surface, pos)
        m = Mention(s, s + len(surface), surface, "PERSON", titled=bool(titles))
        m.titles = titles
        out.append(m)
        pos = s + len(surface)
    return out


def linked(text: str, marks: list[tuple[str, list[str]]]) -> list[str]:
    ms = mentions_of(text, marks)
    names = [m.text for m in ms]
    link_persons(ms, names, [None] * len(ms))
    return names


DOLES = "Bob Dole spoke after his wife, Elizabeth Dole, introduced him. {} Dole said so. Dole won."
BIDENS = "President Joe Biden pardoned his son Hunter Biden. Hunter Biden left. {} Biden spoke."

SHARED_BY_TITLE = [
    # a courtesy title picks by gender; the untitled surname is then the other
    (DOLES.format("Mrs"), [("Bob Dole", []), ("Elizabeth Dole", []), ("Dole", ["Mrs"]),
                           ("Dole", [])],
     ["Bob Dole", "Elizabeth Dole", "Elizabeth Dole", "Bob Dole"]),
    (DOLES.format("Mr."), [("Bob Dole", []), ("Elizabeth Dole", []), ("Dole", ["Mr."]),
                           ("Dole", [])],
     ["Bob Dole", "Elizabeth Dole", "Bob Dole", "Elizabeth Dole"]),
    ("Caroline Kennedy wrote. Robert F. Kennedy Jr. denied it. Ms. Kennedy said no. Kennedy left.",
     [("Caroline Kennedy", []), ("Robert F. Kennedy Jr.", []), ("Kennedy", ["Ms."]),
      ("Kennedy", [])],
     # (the people table titles him with his middle initial, and the naming step keeps it)
     ["Caroline Kennedy", "Robert F. Kennedy Jr.", "Caroline Kennedy", "Robert F. Kennedy Jr."]),
    # an office title the full name carried
    (BIDENS.format("President"), [("Joe Biden", ["President"]), ("Hunter Biden", []),
                                  ("Hunter Biden", []), ("Biden", ["President"])],
     ["Joe Biden", "Hunter Biden", "Hunter Biden", "Joe Biden"]),
    ("Chancellor Rachel Reeves spoke. Minister Ellie Reeves agreed. Chancellor Reeves left.",
     [("Rachel Reeves", ["Chancellor"]), ("Ellie Reeves", ["Minister"]),
      ("Reeves", ["Chancellor"])],
     ["Rachel Reeves", "Ellie Reeves", "Rachel Reeves"]),
    # a first word two people share: the one named last before it
    ("Sheikh Mohammed bin Rashid Al Maktoum spoke. Mohammed bin Salman came. Prince Mohammed.",
     [("Mohammed bin Rashid Al Maktoum", []), ("Mohammed bin Salman", []),
      ("Mohammed", ["Prince"])],
     ["Mohammed bin Rashid Al Maktoum", "Mohammed bin Salman", "Mohammed bin Salman"]),
    ("Hamad bin Jassim Al Thani met Hamad bin Khalifa Al Thani. Sheikh Hamad said so.",
     [("Hamad bin Jassim Al Thani", []), ("Hamad bin Khalifa Al Thani", []),
      ("Hamad", ["Sheikh"])],
     ["Hamad bin Jassim Al Thani", "Hamad bin Khalifa Al Thani", "Hamad bin Khalifa Al Thani"]),
    # untouched: both women (the nearest before), both men, no courtesy title anywhere, an
    # office neither full name carried, an untitled surname where both were given one
    ("Rachel Reeves spoke. Her sister Ellie Reeves agreed. Ms Reeves said so.",
     [("Rachel Reeves", []), ("Ellie Reeves", []), ("Reeves", ["Ms"])],
     ["Rachel Reeves", "Ellie Reeves", "Ellie Reeves"]),
    ("Tim Scott and Rick Scott spoke. Rick Scott said so. Mr. Scott left.",
     [("Tim Scott", []), ("Rick Scott", []), ("Rick Scott", []), ("Scott", ["Mr."])],
     ["Tim Scott", "Rick Scott", "Rick Scott", "Rick Scott"]),
    (DOLES.format("Then"), [("Bob Dole", []), ("Elizabeth Dole", []), ("Dole", []), ("Dole", [])],
     ["Bob Dole", "Elizabeth Dole", "Elizabeth Dole", "Elizabeth Dole"]),
    (BIDENS.format("Senator"), [("Joe Biden", ["President"]), ("Hunter Biden", []),
                                ("Hunter Biden", []), ("Biden", ["Senator"])],
     ["Joe Biden", "Hunter Biden", "Hunter Biden", "Hunter Biden"]),
    ("Bob Dole and Elizabeth Dole came. Mrs Dole spoke, Mr Dole nodded. Dole left.",
     [("Bob Dole", []), ("Elizabeth Dole", []), ("Dole", ["Mrs"]), ("Dole", ["Mr"]),
      ("Dole", [])],
     ["Bob Dole", "Elizabeth Dole", "Elizabeth Dole", "Bob Dole", "Elizabeth Dole"]),
    # untouched: one person of that first word ("Prince Faisal")
    ("Faisal bin Farhan Al Saud attended. Prince Faisal said so.",
     [("Faisal bin Farhan Al Saud", []), ("Faisal", ["Prince"])],
     ["Faisal bin Farhan Al Saud", "Faisal bin Farhan Al Saud"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), SHARED_BY_TITLE)
def test_shared_surnames_by_title(
    text: str, marks: list[tuple[str, list[str]]], expected: list[str]
) -> None:
    assert linked(text, marks) == expected


def notable(text: str, marks: list[tuple[str, str]], year: int) -> list[str]:
    ents, pos = [], 0
    for surface, name in marks:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), "PERSON", name))
        pos = s + len(surface)
    notable_people(text, ents, year, ENGLISH)
    return [e.name for e in ents]


DOLE_1996 = (
    "Senator Bob Dole spoke after his wife Elizabeth Dole introduced him. {} said the senator "
    "would cut taxes."
)

TABLE_AND_COURTESY = [
    # the document's courtesy title told the man and the woman apart: the table keeps off
    (DOLE_1996.format("Mrs Dole"),
     [("Bob Dole", "Bob Dole"), ("Elizabeth Dole", "Elizabeth Dole"), ("Dole", "Elizabeth Dole")],
     ["Bob Dole", "Elizabeth Dole", "Elizabeth Dole"]),
    # untouched: no courtesy title, the table's active person of the named role (session 41)
    (DOLE_1996.format("Dole"),
     [("Bob Dole", "Bob Dole"), ("Elizabeth Dole", "Elizabeth Dole"), ("Dole", "Elizabeth Dole")],
     ["Bob Dole", "Elizabeth Dole", "Bob Dole"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), TABLE_AND_COURTESY)
def test_table_leaves_courtesy_split(
    text: str, marks: list[tuple[str, str]], expected: list[str]
) -> None:
    assert notable(text, marks, 1996) == expected


AMLO = "Andrés Manuel López Obrador"
FEIJOO = "Alberto Núñez Feijóo"
RAMIREZ = "Rogelio Ramírez de la O"

SURNAME_SPANS = [
    # cut: the words before the surname's last word complete it
    (f"{AMLO} spoke. López Obrador left.", [(AMLO, "PERSON", AMLO), ("Obrador", "PERSON", AMLO)],
     [(AMLO, "PERSON", AMLO), ("López Obrador", "PERSON", AMLO)]),
    (f"{RAMIREZ} spoke. Ramírez de la O said it was fine.",
     [(RAMIREZ, "PERSON", RAMIREZ), ("O", "ORG", "O")],
     [(RAMIREZ, "PERSON", RAMIREZ), ("Ramírez de la O", "PERSON", RAMIREZ)]),
    # run on: English words before the surname leave the span
    (f"{FEIJOO} spoke. Later Núñez Feijóo said no.",
     [(FEIJOO, "PERSON", FEIJOO), ("Later Núñez Feijóo", "ORG", "Later Núñez Feijóo")],
     [(FEIJOO, "PERSON", FEIJOO), ("Núñez Feijóo", "PERSON", FEIJOO)]),
    # untouched: the word before is another mention; no surname of several words; a full name
    # the document writes; a longer span whose first word is a name, no English word
    (f"{AMLO} spoke. In Mexico, López Obrador left.",
     [(AMLO, "PERSON", AMLO), ("López", "ORG", "López"), ("Obrador", "PERSON", AMLO)],
     [(AMLO, "PERSON", AMLO), ("López", "ORG", "López"), ("Obrador", "PERSON", AMLO)]),
    ("Claudia Sheinbaum spoke. Mexico Sheinbaum is a slogan.",
     [("Claudia Sheinbaum", "PERSON", "Claudia Sheinbaum"), ("Sheinbaum", "PERSON", "Sheinbaum")],
     [("Claudia Sheinbaum", "PERSON", "Claudia Sheinbaum"),
      ("Sheinbaum", "PERSON", "Claudia Sheinbaum")]),
    ("Jean-Marie Le Pen died. Marine Le Pen spoke.",
     [("Jean-Marie Le Pen", "PERSON", "Jean-Marie Le Pen"),
      ("Marine Le Pen", "PERSON", "Marine Le Pen")],
     [("Jean-Marie Le Pen", "PERSON", "Jean-Marie Le Pen"),
      ("Marine Le Pen", "PERSON", "Marine Le Pen")]),
    (f"{FEIJOO} spoke. The Hospital Núñez Feijóo opened.",
     [(FEIJOO, "PERSON", FEIJOO), ("Hospital Núñez Feijóo", "FAC", "Hospital Núñez Feijóo")],
     [(FEIJOO, "PERSON", FEIJOO), ("Hospital Núñez Feijóo", "FAC", "Hospital Núñez Feijóo")]),
    (f"{FEIJOO} spoke. Pablo Núñez Feijóo said no.",
     [(FEIJOO, "PERSON", FEIJOO), ("Pablo Núñez Feijóo", "PERSON", "Pablo Núñez Feijóo")],
     [(FEIJOO, "PERSON", FEIJOO), ("Pablo Núñez Feijóo", "PERSON", "Pablo Núñez Feijóo")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), SURNAME_SPANS)
def test_surname_spans(
    text: str, marks: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert linked_marks(text, marks, ENGLISH) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Mrs", True), ("Mr", True), ("Ms", True), ("Mrs.", True), ("MR.", True),
     # untouched: letters in capitals, a word that is no title
     ("MS", False), ("MRS", False), ("Mist", False)],
)  # fmt: skip
def test_courtesy_title_word(word: str, expected: bool) -> None:
    assert is_title_word(word) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Mrs Dole", "f"), ("Mr. Carney", "m"), ("said Ms Reeves", "f"),
     # untouched: no courtesy title, letters in capitals, a title that says no gender
     ("Dole", None), ("MS Dole", None), ("Dr Dole", None), ("Senator Dole", None)],
)  # fmt: skip
def test_courtesy_before(text: str, expected: str | None) -> None:
    assert courtesy_before(text, text.rfind(" ") + 1) == expected


ORTEGA = "Daniel Ortega Saavedra"
TEDROS = "Tedros Adhanom Ghebreyesus"

INNER_NAMES = [
    # a lone PERSON that is an inner word of one full name, no given name
    (f"President {ORTEGA} spoke. Ortega said the vote was fair.",
     [(ORTEGA, "PERSON", ORTEGA), ("Ortega", "PERSON", "Ortega")],
     [(ORTEGA, "PERSON", ORTEGA), ("Ortega", "PERSON", ORTEGA)]),
    (f"{TEDROS} spoke. Adhanom said it was fine.",
     [(TEDROS, "PERSON", TEDROS), ("Adhanom", "PERSON", "Adhanom")],
     [(TEDROS, "PERSON", TEDROS), ("Adhanom", "PERSON", TEDROS)]),
    ("Aníbal Cavaco Silva spoke. Cavaco said it was fine.",
     [("Aníbal Cavaco Silva", "PERSON", "Aníbal Cavaco Silva"), ("Cavaco", "PERSON", "Cavaco")],
     [("Aníbal Cavaco Silva", "PERSON", "Aníbal Cavaco Silva"),
      ("Cavaco", "PERSON", "Aníbal Cavaco Silva")]),
    # untouched: a given name inside the name, a word two full names hold, a place NER typed
    ("George Walker Bush spoke. Walker said it was fine.",
     [("George Walker Bush", "PERSON", "George Walker Bush"), ("Walker", "PERSON", "Walker")],
     [("George Walker Bush", "PERSON", "George Walker Bush"), ("Walker", "PERSON", "Walker")]),
    (f"{ORTEGA} met Humberto Ortega Saavedra. Ortega said it was fine.",
     [(ORTEGA, "PERSON", ORTEGA), ("Humberto Ortega Saavedra", "PERSON", "Humberto Ortega Saavedra"),
      ("Ortega", "PERSON", "Ortega")],
     [(ORTEGA, "PERSON", ORTEGA), ("Humberto Ortega Saavedra", "PERSON", "Humberto Ortega Saavedra"),
      ("Ortega", "PERSON", "Ortega")]),
    (f"{TEDROS} spoke in Adhanom.",
     [(TEDROS, "PERSON", TEDROS), ("Adhanom", "GPE", "Adhanom")],
     [(TEDROS, "PERSON", TEDROS), ("Adhanom", "GPE", "Adhanom")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), INNER_NAMES)
def test_inner_names(
    text: str, marks: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert linked_marks(text, marks, ENGLISH) == expected


LULA = "Luiz Inácio Lula da Silva"

WRITTEN_TABLED = [
    # the table's surname of a person the document writes in full, no role in the sentence
    (f"{LULA} spoke on Monday. Lula said markets had overreacted.",
     [(LULA, LULA), ("Lula", "Lula")], [LULA, LULA]),
    ("Luiz Inacio Lula da Silva spoke on Monday. Lula said markets had overreacted.",
     [("Luiz Inacio Lula da Silva", "Luiz Inacio Lula da Silva"), ("Lula", "Lula")],
     ["Luiz Inácio Lula da Silva", LULA]),
    # untouched: the full name not written and no role named (the context rules decide)
    ("Lula said markets had overreacted.", [("Lula", "Lula")], ["Lula"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), WRITTEN_TABLED)
def test_written_tabled_surname(
    text: str, marks: list[tuple[str, str]], expected: list[str]
) -> None:
    assert notable(text, marks, 2025) == expected
