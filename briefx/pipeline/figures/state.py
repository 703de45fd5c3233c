"""The per-document state of the figures stage (``DocFigures``): one instance per call.

It holds what several families read about one Doc: the token start offsets every pass bisects,
the dates' and the scanned candidates' spans, the dateline's currency, the starts of scores and
table cells (``briefx.normalize.scores``), counts whose noun the text leaves out, and which
sentence lines are running text. It decides nothing itself; the component fills it in and the
family modules read it. No tables.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Token

from briefx.pipeline._util import Intervals


class DocFigures:
    """The figures of one Doc: the per-document indexes live here, one instance per call."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.starts = [t.idx for t in doc]  # token start offsets, for bisect
        self.running: dict[int, bool] = {}  # sentence start -> has lower-case running text
        self.spans = Intervals(())  # every scanned candidate (set by the component)
        self.taken = Intervals(())  # the dates (set by the component)
        self.elided: set[int] = set()  # starts of counts whose noun the text leaves out
        self.local: tuple[str, frozenset[str]] | None = None  # the dateline's currency
        self.scores: set[int] = set()  # starts of scores and table cells (normalize.scores)

    def token_after(self, doc: Doc, char: int) -> Token | None:
        """The first token that is no space and starts at or after ``char``."""
        i = bisect_right(self.starts, char - 1)
        while i < len(doc) and doc[i].is_space:
            i += 1
        return doc[i] if i < len(doc) and doc[i].idx >= char else None

    def token_before(self, doc: Doc, char: int) -> Token | None:
        """The last token that is no space and ends at or before ``char``."""
        i = bisect_right(self.starts, char - 1) - 1
        while i >= 0 and (doc[i].is_space or doc[i].idx + len(doc[i]) > char):
            i -= 1
        return doc[i] if i >= 0 else None
