"""INIT"""

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
