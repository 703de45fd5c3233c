"""``briefx_statements``: who said, announced, pledged or called for what (ANNOTATION.md).

A statement is a cue (a reporting or commitment verb or phrase from
``models/statement_cues.jsonl``), its source and its content. Found, sentence by sentence:

1. Quotations with their source on either side: "“...,” said X", "“...,” X said",
   "X said: “...”", a quotation broken by its attribution ("“A,” she said, “B.”" gives two), and
   a quotation paragraph signed off by a "Name, Title" line (cue "say").
2. Reported speech: source + cue + content ("X said (that) ...", "X called for ...",
   "X has pledged to ..."), the content running to the end of the sentence, cut before an
   embedded attribution (", he said"), before a participial adjunct (", reflecting ..."; not
   "including"), and for cues that take a noun phrase ("call for", "express") at the first comma.
3. Inverted attributions after the content: "Prices will rise, the bank said." and participial
   cues that share the clause's source ("..., citing concerns over ...").
4. "according to X": the rest of the clause is the content (also with no comma: "According to
   the Survey (USGS) a quake struck ..."); a document speaks for the organisation named after
   "by/from/of" ("the survey published by X", "data from the brokerage X").
5. An unquoted statement body after "X said:" at the end of its line: the next paragraph, and
   those after it while they speak in the first person.

The package is split by job; each module documents its own rules and the sessions that added
them, and can be read alone:

- ``cues``: the driver (``_Finder``): finds the cues sentence by sentence and assembles the
  statements; quotation paragraphs that go on, sign-off lines, and the outer source winning.
- ``subjects``: where the source stands: the cue's subject by the parse or by position, the
  noun phrase before or after the cue, appositions and relative clauses around a name.
- ``sources``: what a source expression refers to: a name, a pronoun or role noun (through
  ``briefx.pipeline.coref`` and ``briefx.pipeline.speakers``), a body's document or voice.
- ``content``: where the content begins and ends, and whether it states anything.
- ``quotes``: quotation marks paired into spans (plain functions over the text).
- ``grammar``: the word sets and the source record the modules share.
- ``base``: the per-document state and the token tests the modules share.

The finder is one class built of these layers (``_Base`` <- ``_Sources`` <- ``_Subjects`` <-
``_Contents`` <- ``_Finder``), each a module: a layer calls only its own methods and those of
the layers below it, so mypy checks every call without declarations.

Sets ``doc._.briefx_statements`` (a list of ``StatementFact`` in text order).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from briefx.pipeline._util import set_extension
from briefx.pipeline.statements.cues import SENTENCE_WINDOW, _Containers, _Finder, _windows
from briefx.pipeline.statements.quotes import _quotations

set_extension("briefx_statements")


class StatementsComponent:
    """Find statements: cue, source and content, with the entities already on the doc."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.briefx_statements = _Finder(doc).run()
        return doc


@Language.factory(
    "briefx_statements",
    assigns=["doc._.briefx_statements"],
    requires=["doc._.briefx_entities"],
    default_config={},
)
def make_statements(nlp: Language, name: str) -> StatementsComponent:
    """Create the statements component.

    nlp (Language): the pipeline.
    name (str): the component name.
    RETURNS (StatementsComponent): sets doc._.briefx_statements.
    """
    return StatementsComponent()


__all__ = [
    "SENTENCE_WINDOW",
    "StatementsComponent",
    "_Containers",
    "_Finder",
    "_quotations",
    "_windows",
    "make_statements",
]
