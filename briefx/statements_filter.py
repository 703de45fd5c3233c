"""What ``--only`` and ``--types`` do with statements (used by ``briefx.filters``).

Statements point at other records by id (``speaker`` -> an entity, ``figures`` -> figures,
``dates`` -> dates). A filtered brief that keeps statements must keep what they point to, so
every id resolves; ``--types`` does not filter statements.

- ``keep_for_statements(brief)``: ``--only statements`` alone: the statements, and only the
  entities, figures and dates they point to.
- ``with_statement_refs(kept, original)``: after any other filtering of ``original`` into
  ``kept`` that kept the statements, put back (in text order, ids unchanged) the entities,
  figures and dates the statements point to and the filter dropped.
- ``narrow_statement_refs(kept)``: the other way round, for ``--types`` alone: each
  statement points only to the records ``kept`` still holds.
- ``without_statements(brief)``: ``--only`` without "statements".
"""

from __future__ import annotations

from briefx.records import Brief


def statement_refs(brief: Brief) -> tuple[set[str], set[str], set[str]]:
    """Return the ids of the entities, figures and dates that the brief's statements point to."""
    entities = {s.speaker for s in brief.statements if s.speaker}
    figures = {f for s in brief.statements for f in s.figures}
    dates = {d for s in brief.statements for d in s.dates}
    return entities, figures, dates


def with_statement_refs(kept: Brief, original: Brief) -> Brief:
    """Return ``kept`` with the records its statements point to put back from ``original``.

    kept: a filtered copy of ``original`` (its statements decide what is needed).
    original: the brief before filtering.
    RETURNS (Brief): every id in ``kept.statements`` resolves; order and ids as in ``original``.
    """
    entities, figures, dates = statement_refs(kept)
    have_e = {e.id for e in kept.entities}
    have_f = {f.id for f in kept.figures}
    have_d = {d.id for d in kept.dates}
    return kept.model_copy(
        update={
            "entities": [e for e in original.entities if e.id in have_e or e.id in entities],
            "figures": [f for f in original.figures if f.id in have_f or f.id in figures],
            "dates": [d for d in original.dates if d.id in have_d or d.id in dates],
        }
    )


def narrow_statement_refs(kept: Brief) -> Brief:
    """Return ``kept`` with each statement's ids narrowed to the records ``kept`` holds.

    A speaker whose entity was filtered out gets a null ``speaker`` (``speaker_name`` stays).
    """
    have_e = {e.id for e in kept.entities}
    have_f = {f.id for f in kept.figures}
    have_d = {d.id for d in kept.dates}
    statements = [
        s.model_copy(
            update={
                "speaker": s.speaker if s.speaker in have_e else None,
                "figures": [f for f in s.figures if f in have_f],
                "dates": [d for d in s.dates if d in have_d],
            }
        )
        for s in kept.statements
    ]
    return kept.model_copy(update={"statements": statements})


def keep_for_statements(brief: Brief) -> Brief:
    """``--only statements``: the statements and the entities, figures, dates they point to."""
    bare = brief.model_copy(update={"entities": [], "figures": [], "dates": []})
    return with_statement_refs(bare, brief)


def without_statements(brief: Brief) -> Brief:
    """``--only`` sections that leave statements out."""
    return brief.model_copy(update={"statements": []})
