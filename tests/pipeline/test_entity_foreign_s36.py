"""Names in other languages, session 36 (foreign23; issue 13 items 2 and 5). Invented texts.

- Styles of other languages before a person's name stay outside the span and the name
  (``models/person_styles.jsonl`` widened by ``scripts/derive_person_styles.py``;
  ``names.style_words``, ``spans.style_lead``, ``spans.lone_style``): one word ("Alhaji",
  "Bapak", "Shri"), two ("Tan Sri", "Datuk Seri"), elided ("Dato'") or dotted ("H.E."). Untouched:
  a given name after a one-word style that is itself a given name ("Sri Wahyuni"), a body's
  name ("Shri Ram College"), "Tan" as a surname.
- Mentions parted by a lower-case connector of another language are one name
  (``models/name_connectors.jsonl`` by ``scripts/derive_name_connectors.py``;
  ``connectors.connected_names``). Untouched: English joints ("and", "of"), a comma, a person
  before a body.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.tokens import Span

from briefx.normalize.names import person_styles, style_key, style_words
from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.connectors import connected_names, connectors
from briefx.pipeline.entities.spans import repair
from briefx.records import Brief

NLP = spacy.blank("en")
ENGLISH = frozenset({"college", "said", "opened", "tan"})


def repaired(text: str, surface: str, label: str) -> list[tuple[str, str, tuple[str, ...]]]:
    doc = NLP(text)
    start = text.index(surface)
    span = doc.char_span(start, start + len(surface), label=label)
    assert isinstance(span, Span)
    return [(m.text, m.label, tuple(m.titles or ())) for m in repair(doc, span, ENGLISH)]


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("alhaji", "style"), ("hajiya", "style"), ("bapak", "style"), ("shri", "style"),
        ("smt", "style"), ("shrimati", "style"), ("datuk", "style"), ("dato'", "style"),
        ("tan sri", "style"), ("datuk seri", "style"), ("toh puan", "style"), ("h.e", "style"),
        ("encik", "style"), ("mallam", "style"),
    ],
)  # fmt: skip
def test_styles_table_holds(word: str, kind: str) -> None:
    assert word in person_styles(kind)


@pytest.mark.parametrize("word", ["sri", "tan", "hang", "cut", "acm", "de", "le"])
def test_styles_table_leaves_out(word: str) -> None:
    assert word not in person_styles("style")


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Tan", "Sri", "Rahim"], 2), (["Datuk", "Seri", "Faizal"], 2), (["Dato'", "Aziz"], 1),
        (["Dato’", "Aziz"], 1), (["H.E.", "Amara"], 1), (["Datuk", "Lim"], 1),
        (["Alhaji", "Musa"], 1), (["Tan", "Wei"], 0), (["datuk", "Lim"], 0), (["Sri", "Wahyuni"], 0),
        ([], 0),
    ],
)  # fmt: skip
def test_style_words(words: list[str], expected: int) -> None:
    assert style_words(words) == expected


def test_style_key() -> None:
    assert [style_key(w) for w in ("H.E.", "Dato’", "Ms.")] == ["h.e", "dato'", "ms"]


CASES = [
    ("Alhaji Musa Danladi said prices rose.", "Alhaji Musa Danladi", "PERSON",
     [("Musa Danladi", "PERSON", ("Alhaji",))]),
    ("The plan was backed by Tan Sri Rahim Osman on Monday.", "Tan Sri Rahim Osman", "PERSON",
     [("Rahim Osman", "PERSON", ("Tan Sri",))]),
    ("Datuk Seri Faizal Ismail said profits rose.", "Datuk Seri Faizal Ismail", "PERSON",
     [("Faizal Ismail", "PERSON", ("Datuk Seri",))]),
    # the apostrophe parts the span first (a possessive's place): "Dato" alone is dropped as a
    # lone style, so the person keeps no title
    ("It was signed by Dato' Aziz Harun on Friday.", "Dato' Aziz Harun", "PERSON",
     [("Aziz Harun", "PERSON", ())]),
    ("They met H.E. Amara Conteh in Freetown.", "H.E. Amara Conteh", "PERSON",
     [("Amara Conteh", "PERSON", ("H.E.",))]),
    ("Bapak Joko Santoso said harvests fell.", "Bapak Joko Santoso", "PERSON",
     [("Joko Santoso", "PERSON", ("Bapak",))]),
    # untouched: a given name that opens a style ("Sri"), "Tan" as a surname, a body's word
    ("Sri Wahyuni ran the survey.", "Sri Wahyuni", "PERSON", [("Sri Wahyuni", "PERSON", ())]),
    ("Tan Wei Ming opened the shop.", "Tan Wei Ming", "PERSON",
     [("Tan Wei Ming", "PERSON", ())]),
    ("Students of Shri Ram College said so.", "Shri Ram College", "ORG",
     [("Shri Ram College", "ORG", ())]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "label", "expected"), CASES)
def test_foreign_style_lead(text: str, surface: str, label: str, expected: list[tuple]) -> None:
    assert repaired(text, surface, label) == expected


@pytest.mark.parametrize(
    ("text", "surface", "label"),
    [
        ("Datuk Seri and Anwar Ibrahim", "Datuk Seri", "PERSON"),
        ("Dato' Aziz Harun signed.", "Dato", "ORG"),
    ],
)
def test_lone_style_dropped(text: str, surface: str, label: str) -> None:
    assert repaired(text.replace(" and", ""), surface, label) == []


def test_lone_style_before_lower_case_kept() -> None:
    # no name after it: "Datuk" alone is left to the other rules
    assert [r[0] for r in repaired("The Datuk left early.", "Datuk", "PERSON")] == ["Datuk"]


@pytest.mark.parametrize("word", ["für", "voor", "des", "et", "dan", "och", "og", "da", "bin", "y"])
def test_connectors_hold(word: str) -> None:
    assert word in connectors()


@pytest.mark.parametrize("word", ["and", "of", "for", "the", "in", "car", "die"])
def test_connectors_leave_english(word: str) -> None:
    assert word not in connectors()


def _joined(text: str, pieces: list[tuple[str, str]]) -> list[tuple[str, str]]:
    ents = [Ent(text.index(s), text.index(s) + len(s), t, s) for s, t in pieces]
    return [(text[e.start : e.end], e.type) for e in connected_names(text, ents)]


JOINS = [
    ("The Deutsche Gesellschaft für Internationale Zusammenarbeit will pay.",
     [("Deutsche Gesellschaft", "ORG"), ("Internationale Zusammenarbeit", "ORG")],
     [("Deutsche Gesellschaft für Internationale Zusammenarbeit", "ORG")]),
    ("The Caisse des Dépôts et Consignations will lend.",
     [("Caisse", "ORG"), ("Dépôts", "ORG"), ("Consignations", "ORG")],
     [("Caisse des Dépôts et Consignations", "ORG")]),
    ("The Instituut voor Milieuvraagstukken said so.",
     [("Instituut", "ORG"), ("Milieuvraagstukken", "PERSON")],
     [("Instituut voor Milieuvraagstukken", "ORG")]),
    ("Ricardo Mendes da Costa said so.", [("Ricardo Mendes", "PERSON"), ("Costa", "PERSON")],
     [("Ricardo Mendes da Costa", "PERSON")]),
    # untouched: English joints, a comma, a person before a body, two places
    ("Siemens and Bosch will build it.", [("Siemens", "ORG"), ("Bosch", "ORG")],
     [("Siemens", "ORG"), ("Bosch", "ORG")]),
    ("Siemens, de Bosch said.", [("Siemens", "ORG"), ("Bosch", "ORG")],
     [("Siemens", "ORG"), ("Bosch", "ORG")]),
    ("Jana Roe von Acme said.", [("Jana Roe", "PERSON"), ("Acme", "ORG")],
     [("Jana Roe", "PERSON"), ("Acme", "ORG")]),
    ("Paris et Lyon voted.", [("Paris", "GPE"), ("Lyon", "GPE")],
     [("Paris", "GPE"), ("Lyon", "GPE")]),
    ("Acme Corp said Globex would pay.", [("Acme Corp", "ORG"), ("Globex", "ORG")],
     [("Acme Corp", "ORG"), ("Globex", "ORG")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "pieces", "expected"), JOINS)
def test_connected_names(text: str, pieces: list, expected: list) -> None:
    assert _joined(text, pieces) == expected


PIPELINE = [
    ("Shri Narendra Modi met H.E. Cyril Ramaphosa and Datuk Seri Anwar Ibrahim.",
     {"Narendra Modi", "Cyril Ramaphosa", "Anwar Ibrahim"}),
    (("The Deutsche Gesellschaft für Internationale Zusammenarbeit, known as GIZ, will fund 12 "
      "projects. GIZ said the money would arrive in May."),
     {"Deutsche Gesellschaft für Internationale Zusammenarbeit"}),
    ("The Agence Nationale de l'Aviation Civile (ANAC) said traffic rose. ANAC expects more.",
     {"Agence Nationale de l'Aviation Civile"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), PIPELINE)
def test_foreign_names_pipeline(run: Callable[..., Brief], text: str, names: set[str]) -> None:
    assert {e.name for e in run(text).entities} == names
