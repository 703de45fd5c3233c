"""Fixtures for rule tests without a statistical model: ``spacy.blank("en")`` + briefx stages."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from briefx.pipeline.coref import Ent
from briefx.records import Brief


@pytest.fixture(scope="session")
def blank() -> Language:
    """A blank English pipeline with the metadata and dates stages (no tagger, no NER)."""
    nlp = spacy.blank("en")
    nlp.add_pipe("briefx_metadata")
    nlp.add_pipe("briefx_dates")
    return nlp


@pytest.fixture(scope="session")
def blank_doc(blank: Language) -> Callable[..., Doc]:
    """Run the blank pipeline on text: blank_doc(text, reference_date="2025-02-13")."""

    def _run(text: str, reference_date: str | None = None) -> Doc:
        doc = blank.make_doc(text)
        if reference_date:
            doc._.briefx_reference_date = dt.date.fromisoformat(reference_date)
        for _, proc in blank.pipeline:
            doc = proc(doc)
        return doc

    return _run


def date_pairs(doc: Doc) -> list[tuple[str, str | None]]:
    """The (text, value) of each date the dates stage found."""
    return [(doc.text[d.start : d.end], d.value) for d in doc._.briefx_dates]


def ents_of(
    text: str, spans: list[tuple[str, str]], names: Mapping[str, str] | None = None
) -> list[Ent]:
    """Build mentions from (surface, type) pairs, each at its next occurrence, named by
    ``names`` where it names the surface (a table's title), else by the surface."""
    out, pos = [], 0
    for surface, typ in spans:
        s = text.index(surface, pos)
        out.append(Ent(s, s + len(surface), typ, (names or {}).get(surface, surface)))
        pos = s + len(surface)
    return out


def refined(
    text: str, spans: list[tuple[str, str]], english: frozenset[str]
) -> list[tuple[str, str, str]]:
    """(surface, type, name) of the mentions after the forms and context rules and name linking, on
    ``spacy.blank("en")``, with ``english`` as the English word list."""
    from briefx.pipeline.coref import link_names
    from briefx.pipeline.entities.context import by_context
    from briefx.pipeline.entities.forms import refine

    doc = _BLANK(text)
    ents, _ = refine(doc, ents_of(text, spans), english)
    by_context(doc, ents, english)
    ents = link_names(doc, ents, english)
    return [(text[e.start : e.end], e.type, e.name) for e in ents]


_BLANK = spacy.blank("en")


def linked_marks(
    text: str,
    marks: list[tuple[str, str, str]],
    english: frozenset[str] = frozenset({"said", "rose"}),
) -> list[tuple[str, str, str]]:
    """(surface, type, name) of each mention after ``link_names`` on ``spacy.blank("en")``; marks
    are (surface, type, name before linking), each at its next occurrence."""
    from briefx.pipeline.coref import link_names

    ents, pos = [], 0
    for surface, typ, name in marks:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, name))
        pos = s + len(surface)
    out = link_names(_BLANK(text), ents, english)
    return [(text[e.start : e.end], e.type, e.name) for e in out]


def by_mention(brief: Brief, field: str) -> dict[str, str]:
    """Each mention's text -> its entity's ``field`` ("type" or "name"), over a whole brief."""
    return {m.text: getattr(e, field) for e in brief.entities for m in e.mentions}


def stated(nlp: Language, text: str, names: Mapping[str, tuple[object, ...]]) -> Doc:
    """The statements stage run on ``nlp(text)`` with the entities given by hand: ``names`` maps a
    name as written to (type, canonical name[, titles]); every occurrence that no word character
    touches is marked, longest names first, none inside another ("Harbour City F.C." too)."""
    from briefx.facts import EntityFact
    from briefx.pipeline.statements import StatementsComponent

    doc = nlp(text)
    facts: list[EntityFact] = []
    for written, fields in sorted(names.items(), key=lambda kv: -len(kv[0])):
        for m in re.finditer(rf"(?<!\w){re.escape(written)}(?!\w)", text):
            if any(f.start <= m.start() < f.end for f in facts):
                continue
            facts.append(EntityFact(m.start(), m.end(), *fields))  # type: ignore[arg-type]
    doc._.briefx_entities = sorted(facts, key=lambda f: f.start)
    return StatementsComponent()(doc)


@pytest.fixture(scope="session")
def sentenced() -> Language:
    """A blank English pipeline with only a sentencizer: the statement rules' tests add the
    entities themselves (``stated``)."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp
