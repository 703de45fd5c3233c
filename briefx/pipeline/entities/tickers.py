"""Stock tickers in brackets after a company's name are designations, not names (session 10).

Two forms, as wires and press releases write them:

- a Reuters instrument code, a symbol and an exchange suffix after a full stop: "Kestrel
  Biosciences Inc (KSTB.O)", "ASML Holding NV (ASML.AS)";
- an exchange and a symbol joined by a colon: "Corvane Systems Inc. (NASDAQ: CRVN)",
  "(LSE: ABC; TSX: ABC)".

The symbol is no entity (ANNOTATION.md: names inside designations are not tagged; a ticker is
a designation, like a model number); the exchange before the colon is an organisation, cut out
of whatever span NER made of "NASDAQ: CRVN". An acronym alone in brackets ("(EBA)") is left to
the acronym rules.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from briefx.pipeline._util import Intervals
from briefx.pipeline.coref import Ent

# "(KSTB.O)", "(7203.T)", "(BRKb.N)": a symbol of 1-6 letters or digits, a full stop, an
# exchange suffix of 1-3 letters, alone in its brackets
RIC = re.compile(r"\(([A-Z0-9][A-Za-z0-9]{0,5}\.[A-Z]{1,3})\)")
# "(NASDAQ: CRVN)", "(NYSE:KO)", "(TSX: ABC; NYSE: ABC)": an exchange in capitals or title
# case, a colon and a symbol in capitals (a full stop or hyphen inside: "BRK.B", "RDS-A")
LISTING = re.compile(
    r"(?<=[(;,])\s*([A-Z][A-Za-z]{1,9}(?: [A-Z][A-Za-z]{1,9})?)\s?:\s?"
    r"([A-Z0-9]{1,6}(?:[.-][A-Z0-9]{1,3})?)(?=\s*[);,])"
)


def tickers(text: str, ents: list[Ent]) -> None:
    """Drop mentions of ticker symbols in brackets and cut the exchange out of a mention that
    runs on over the symbol (in place)."""
    symbols: list[tuple[int, int]] = []
    exchanges: list[tuple[int, int]] = []
    for mt in RIC.finditer(text):
        symbols.append(mt.span(1))
    for mt in LISTING.finditer(text):
        opening = text.rfind("(", 0, mt.start(1))
        if opening < 0 or ")" in text[opening : mt.start(1)]:
            continue  # only inside brackets
        symbols.append(mt.span(2))
        exchanges.append(mt.span(1))
    if not symbols:
        return
    symbols.sort()
    sym_starts = [s for s, _ in symbols]
    ex_starts = [s for s, _ in exchanges]  # in text order, as found
    keep = []
    for e in ents:  # bisect, not a scan of the symbols per mention
        k = bisect_right(sym_starts, e.start) - 1
        if k >= 0 and e.end <= symbols[k][1]:
            continue  # the symbol alone
        k = bisect_left(ex_starts, e.start)
        if k < len(exchanges) and exchanges[k][0] < e.end and e.end > exchanges[k][1]:
            e.start, e.end = exchanges[k]
            e.type, e.name = "ORG", text[e.start : e.end]
        keep.append(e)
    taken = Intervals((e.start, e.end) for e in keep)
    for s, t in exchanges:  # an exchange NER left untagged
        if not taken.overlaps(s, t):
            keep.append(Ent(s, t, "ORG", text[s:t]))
    ents[:] = keep
