"""Names of session 16 (issue 13 names, dev set 17n) on ``spacy.blank("en")`` and the tables:
hyphenated surnames named again alone, a state's AP abbreviation after a city, firms
coordinated with a firm's short form. Invented texts; each rule has cases that must stay
untouched.

New cases go in the table of their rule; a known miss stays as a strict xfail.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.tokens import Doc

from briefx.pipeline.coref import Ent, link_names
from briefx.pipeline.entities.linking import propagate
from briefx.pipeline.entities.mention import Mention, mention_of
from briefx.pipeline.entities.places import state_abbreviations
from briefx.pipeline.entities.spans import caps_names, reread_after_dash
from tests.pipeline.conftest import linked_marks

NLP = spacy.blank("en")
ENGLISH = frozenset(
    {"monsoon", "said", "runs", "the", "his", "daughter", "long", "term", "won", "met"}
)


def doc_with(text: str, spans: list[tuple[str, str]]) -> tuple[Doc, list[Mention]]:
    """A blank Doc and NER mentions (surface, label), each at its next occurrence."""
    doc = NLP.make_doc(text)
    mentions, pos = [], 0
    for surface, label in spans:
        s = text.index(surface, pos)
        span = doc.char_span(s, s + len(surface))
        assert span is not None, surface
        mentions.append(mention_of(doc, list(span), label))
        pos = s + len(surface)
    return doc, mentions


# spans.caps_names: a hyphenated surname alone is the person the text names in full with it;
# a part of a hyphenated name is no surname alone
HYPHENATED = [
    ("His daughter, Anne Haines-Whitfield, spoke. Haines-Whitfield runs it.",
     [("Anne Haines-Whitfield", "PERSON")],
     [("Anne Haines-Whitfield", "PERSON", "Anne Haines-Whitfield"),
      ("Haines-Whitfield", "PERSON", "Anne Haines-Whitfield")]),
    ("Minister Kofi Mensah-Bonsu spoke, and later Mensah-Bonsu said no.",
     [("Kofi Mensah-Bonsu", "PERSON")],
     [("Kofi Mensah-Bonsu", "PERSON", "Kofi Mensah-Bonsu"),
      ("Mensah-Bonsu", "PERSON", "Kofi Mensah-Bonsu")]),
    ("Lena Ortiz-Vela won. The coach, Ortiz-Vela, said so.",
     [("Lena Ortiz-Vela", "PERSON")],
     [("Lena Ortiz-Vela", "PERSON", "Lena Ortiz-Vela"),
      ("Ortiz-Vela", "PERSON", "Lena Ortiz-Vela")]),
    # a part of a hyphenated name is not the person of that surname
    ("Robert Haines died. His daughter Anne Haines-Whitfield spoke. Haines-Whitfield runs it.",
     [("Robert Haines", "PERSON"), ("Anne Haines-Whitfield", "PERSON")],
     [("Robert Haines", "PERSON", "Robert Haines"),
      ("Anne Haines-Whitfield", "PERSON", "Anne Haines-Whitfield"),
      ("Haines-Whitfield", "PERSON", "Anne Haines-Whitfield")]),
    ("Piet Vellmar met staff. The Vellmar-Ost plant won.",
     [("Piet Vellmar", "PERSON")],
     [("Piet Vellmar", "PERSON", "Piet Vellmar")]),
    # untouched: a plain surname still found; a compound nobody bears; a name in a longer one
    ("Jan Vellmar scored, then Vellmar said so.", [("Jan Vellmar", "PERSON")],
     [("Jan Vellmar", "PERSON", "Jan Vellmar"), ("Vellmar", "PERSON", "Jan Vellmar")]),
    ("Anne Haines-Whitfield spoke. Long-Term plans won.", [("Anne Haines-Whitfield", "PERSON")],
     [("Anne Haines-Whitfield", "PERSON", "Anne Haines-Whitfield")]),
    ("Anne Haines-Whitfield spoke. Mary Haines-Whitfield said no.",
     [("Anne Haines-Whitfield", "PERSON")],
     [("Anne Haines-Whitfield", "PERSON", "Anne Haines-Whitfield")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "expected"), HYPHENATED)
def test_hyphenated_surnames(
    text: str, spans: list[tuple[str, str]], expected: list[tuple[str, str, str]]
) -> None:
    doc, mentions = doc_with(text, spans)
    got = sorted(caps_names(doc, mentions, ENGLISH), key=lambda m: m.start)
    assert [(m.text, m.label, m.name or m.text) for m in got] == expected


def placed(text: str, marks: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """(surface, type, name) after ``places.state_abbreviations`` and ``coref.link_names``."""
    ents, pos = [], 0
    for surface, typ, name in marks:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, name))
        pos = s + len(surface)
    state_abbreviations(text, ents)
    out = link_names(NLP(text), sorted(ents, key=lambda e: e.start), ENGLISH)
    return [(text[e.start : e.end], e.type, e.name) for e in out]


# places.state_abbreviations: a state's AP abbreviation NER left untagged after a place and its
# comma is the state, and the city before it "City, State"
STATE_ABBREVIATIONS = [
    ("The firm is based in Cambridge, Mass. The agency said so.",
     [("Cambridge", "GPE", "Cambridge")],
     [("Cambridge", "GPE", "Cambridge, Massachusetts"), ("Mass.", "GPE", "Massachusetts")]),
    ("He was born in Macon, Ga., and moved.", [("Macon", "GPE", "Macon")],
     [("Macon", "GPE", "Macon, Georgia"), ("Ga.", "GPE", "Georgia (U.S. state)")]),
    ("Crews from Gary, Ind., helped.", [("Gary", "GPE", "Gary")],
     [("Gary", "GPE", "Gary, Indiana"), ("Ind.", "GPE", "Indiana")]),
    ("A plant in Greenville, S.C., opens.", [("Greenville", "GPE", "Greenville")],
     [("Greenville", "GPE", "Greenville, South Carolina"), ("S.C.", "GPE", "South Carolina")]),
    # untouched: no place before it, a body before it, a word that names no state
    ("Sunday Mass. The choir sang.", [], []),
    ("Calder Health, Mass. Ave. office", [("Calder Health", "ORG", "Calder Health")],
     [("Calder Health", "ORG", "Calder Health")]),
    ("In Bend, Mr. Kotek spoke.", [("Bend", "GPE", "Bend")], [("Bend", "GPE", "Bend")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), STATE_ABBREVIATIONS)
def test_state_abbreviations(
    text: str, marks: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert placed(text, marks) == expected


def fake_ner(names: dict[str, str]) -> Callable[[str], list[tuple[int, int, str]]]:
    """A stand-in for the pipeline's NER read alone: each given name where it occurs."""

    def read(text: str) -> list[tuple[int, int, str]]:
        out = []
        for name, label in names.items():
            s = text.find(name)
            if s >= 0:
                out.append((s, s + len(name), label))
        return sorted(out)

    return read


# spans.reread_after_dash: a date NER ran across a dateline's spaced dash into a name, or a
# name NER left untagged right after the dash, is re-read by NER alone
REREAD = [
    ("LONDON, April 10 - The Competition Authority fined Brayford Ltd on Monday.",
     [("LONDON", "GPE"), ("April 10 - The Competition Authority", "DATE"),
      ("Brayford Ltd", "ORG"), ("Monday", "DATE")],
     {"The Competition Authority": "ORG", "Brayford Ltd": "ORG"},
     [("LONDON", "GPE"), ("April 10", "DATE"), ("The Competition Authority", "ORG"),
      ("Brayford Ltd", "ORG"), ("Monday", "DATE")]),
    ("NEW YORK, Jan 5 - Corvane Inc. said on Monday it would buy back shares.",
     [("NEW YORK", "GPE"), ("Jan 5 - Corvane Inc.", "DATE"), ("Monday", "DATE")],
     {"Corvane Inc.": "ORG"},
     [("NEW YORK", "GPE"), ("Jan 5", "DATE"), ("Corvane Inc.", "ORG"), ("Monday", "DATE")]),
    ("WASHINGTON, June 19 - The Drug Administration approved it on Thursday.",
     [("WASHINGTON", "GPE"), ("June 19", "DATE"), ("Thursday", "DATE")],
     {"The Drug Administration": "ORG"},
     [("WASHINGTON", "GPE"), ("June 19", "DATE"), ("The Drug Administration", "ORG"),
      ("Thursday", "DATE")]),
    ("TOKYO, Feb 5 – Kestle Motors raised its forecast.",
     [("TOKYO", "GPE"), ("Feb 5 – Kestle Motors", "DATE")], {"Kestle Motors": "ORG"},
     [("TOKYO", "GPE"), ("Feb 5", "DATE"), ("Kestle Motors", "ORG")]),
    ("BOSTON, June 18 - The Celtics beat the Cavaliers 112-104 on Tuesday.",
     [("BOSTON", "GPE"), ("June 18", "DATE"), ("112", "CARDINAL"), ("Tuesday", "DATE")],
     {"The Celtics": "ORG", "Cavaliers": "ORG", "Tuesday": "DATE"},
     [("BOSTON", "GPE"), ("June 18", "DATE"), ("The Celtics", "ORG"), ("Cavaliers", "ORG"),
      ("112", "CARDINAL"), ("Tuesday", "DATE")]),
    # untouched: no dash, a lower-case word after it, a name's span, a word NER tagged, a name
    # past NER's next span
    ("LONDON, April 10 Tesco said so.", [("April 10", "DATE")], {"Tesco": "ORG"},
     [("April 10", "DATE")]),
    ("On April 10 - and again - prices fell.", [("April 10", "DATE")], {"Tesco": "ORG"},
     [("April 10", "DATE")]),
    ("Tottenham Hotspur - Arsenal drew.", [("Tottenham Hotspur - Arsenal", "ORG")],
     {"Arsenal": "ORG"}, [("Tottenham Hotspur - Arsenal", "ORG")]),
    ("Leading scorers: 9 - Ange-Yoan Bonny (Parma), Moise Kean (Fiorentina).",
     [("9", "CARDINAL"), ("Moise Kean", "PERSON"), ("Fiorentina", "ORG")],
     {"Ange-Yoan Bonny": "ORG", "Parma": "ORG"},
     [("9", "CARDINAL"), ("Moise Kean", "PERSON"), ("Fiorentina", "ORG")]),
    ("ISLAMABAD, Aug 20 - Monsoon rains killed 320 people.",
     [("ISLAMABAD", "GPE"), ("Aug 20", "DATE"), ("320", "CARDINAL")], {"Monsoon": "GPE"},
     [("ISLAMABAD", "GPE"), ("Aug 20", "DATE"), ("320", "CARDINAL")]),
    ("LONDON, April 10 - Tesco said so.", [("April 10", "DATE"), ("Tesco", "ORG")],
     {"Tesco": "ORG"}, [("April 10", "DATE"), ("Tesco", "ORG")]),
    ("On April 10 - Prices fell 5% at Tesco.", [("April 10", "DATE"), ("5%", "PERCENT")],
     {"Tesco": "ORG"}, [("April 10", "DATE"), ("5%", "PERCENT")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "names", "expected"), REREAD)
def test_reread_after_dash(
    text: str,
    spans: list[tuple[str, str]],
    names: dict[str, str],
    expected: list[tuple[str, str]],
) -> None:
    doc = NLP.make_doc(text)
    ents, pos = [], 0
    for surface, label in spans:
        s = text.index(surface, pos)
        span = doc.char_span(s, s + len(surface), label=label)
        assert span is not None, surface
        ents.append(span)
        pos = s + len(surface)
    got = reread_after_dash(doc, ents, fake_ner(names), ENGLISH)
    assert [(e.text, e.label_) for e in got] == expected
    assert reread_after_dash(doc, ents, None) == ents  # a blank pipeline: nothing changes


def linked(text: str, marks: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """(surface, type, name) after ``coref.link_names``; marks at their next occurrence."""
    return linked_marks(text, marks, ENGLISH)


# coref.coordinated_firms: an ORG span "X and Y plc" where X is an organisation the text names
# alone is two firms
COORDINATED_FIRMS = [
    ("Brayford Logistics Ltd was fined. Brayford and Kestle Freight Group plc swapped bids. "
     + "Brayford will appeal.",
     [("Brayford Logistics Ltd", "ORG", "Brayford Logistics"),
      ("Brayford and Kestle Freight Group plc", "ORG", "Brayford and Kestle Freight Group"),
      ("Brayford", "ORG", "Brayford")],
     [("Brayford Logistics Ltd", "ORG", "Brayford Logistics"),
      ("Brayford", "ORG", "Brayford Logistics"),
      ("Kestle Freight Group plc", "ORG", "Kestle Freight Group"),
      ("Brayford", "ORG", "Brayford Logistics")]),
    ("Corvane and Hallmark Foods Ltd agreed. Corvane said so.",
     [("Corvane and Hallmark Foods Ltd", "ORG", "Corvane and Hallmark Foods"),
      ("Corvane", "ORG", "Corvane")],
     [("Corvane", "ORG", "Corvane"), ("Hallmark Foods Ltd", "ORG", "Hallmark Foods"),
      ("Corvane", "ORG", "Corvane")]),
    ("Talon & Reed Marine Inc. won. Later, Talon said no.",
     [("Talon & Reed Marine Inc.", "ORG", "Talon & Reed Marine"), ("Talon", "ORG", "Talon")],
     [("Talon", "ORG", "Talon"), ("Reed Marine Inc.", "ORG", "Reed Marine"),
      ("Talon", "ORG", "Talon")]),
    ("Orsk and Velta Mining met. Orsk said no, and Velta Mining said so.",
     [("Orsk and Velta Mining", "ORG", "Orsk and Velta Mining"), ("Orsk", "ORG", "Orsk"),
      ("Velta Mining", "ORG", "Velta Mining")],
     [("Orsk", "ORG", "Orsk"), ("Velta Mining", "ORG", "Velta Mining"), ("Orsk", "ORG", "Orsk"),
      ("Velta Mining", "ORG", "Velta Mining")]),
    # untouched: partners nobody names alone, a second part with no form nobody names alone
    ("Slaughter and May advised. Slaughter and May Ltd said so.",
     [("Slaughter and May", "ORG", "Slaughter and May"),
      ("Slaughter and May Ltd", "ORG", "Slaughter and May")],
     [("Slaughter and May", "ORG", "Slaughter and May"),
      ("Slaughter and May Ltd", "ORG", "Slaughter and May")]),
    ("Orsk and Velta Mining met. Orsk said no.",
     [("Orsk and Velta Mining", "ORG", "Orsk and Velta Mining"), ("Orsk", "ORG", "Orsk")],
     [("Orsk and Velta Mining", "ORG", "Orsk and Velta Mining"),
      ("Orsk", "ORG", "Orsk and Velta Mining")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), COORDINATED_FIRMS)
def test_coordinated_firms(
    text: str, marks: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert linked(text, marks) == expected


# linking.propagate: a name the text tags elsewhere is not tagged again where it is part of a
# hyphenated name of a person the text names ("Haines" of "Haines-Whitfield")
PROPAGATE_HYPHENATED = [
    ("Robert Haines spoke. Mr. Haines left. Anne Haines-Whitfield spoke. The Haines-Whitfield "
     + "fund won.",
     [("Robert Haines", "PERSON"), ("Haines", "PERSON"), ("Anne Haines-Whitfield", "PERSON")],
     ["Robert Haines", "Haines", "Anne Haines-Whitfield"]),
    ("Kofi Mensah spoke. Ama Mensah-Bonsu spoke. The Mensah-Bonsu plan won.",
     [("Kofi Mensah", "PERSON"), ("Ama Mensah-Bonsu", "PERSON")],
     ["Kofi Mensah", "Ama Mensah-Bonsu"]),
    # untouched: a name before a hyphen no person bears ("Orsk" of "Orsk-Velta"), a plain
    # repeat
    ("Orsk Mining grew. The Orsk Mining-Velta deal won.", [("Orsk Mining", "ORG")],
     ["Orsk Mining", "Orsk Mining"]),
    ("Ama Mensah-Bonsu spoke. Later Ama Mensah-Bonsu left.", [("Ama Mensah-Bonsu", "PERSON")],
     ["Ama Mensah-Bonsu", "Ama Mensah-Bonsu"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "expected"), PROPAGATE_HYPHENATED)
def test_propagate_hyphenated(text: str, spans: list[tuple[str, str]], expected: list[str]) -> None:
    doc, mentions = doc_with(text, spans)
    got = sorted(propagate(doc, mentions, [], ENGLISH), key=lambda m: m.start)
    assert [m.text for m in got] == expected
