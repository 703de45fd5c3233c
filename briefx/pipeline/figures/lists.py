"""Lists that share a noun or a unit: counts listed with one modifier each share the noun at the
list's end, or the noun of the count the list breaks down ("seven gold, two silver and two
bronze medals", "nine medals were one gold, ..."); the bare numbers of a list take the unit of
its last item ("doses of 5, 10 and 15 mg"). Tables: ``models/counted_nouns.jsonl`` through
``words``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from spacy.tokens import Doc

from briefx.facts import FigureFact
from briefx.pipeline._util import sentences
from briefx.pipeline.figures.words import counted_nouns, plural_noun

LIST_GLUE = {",", "and", "or"}  # what parts the members of a list of counts
# words between a count and the list that breaks it down: "nine medals were one gold, ...",
# "16 medals, including eight gold", "26 medals: 16 gold, ..."
ELABORATION = {"were", "was", "are", "is", ":", "including", "includes", "included", "(", "—",
               "–", "-", ","}  # fmt: skip


def _list_member(doc: Doc, f: FigureFact, starts: list[int], last: bool = False) -> int | None:
    """The index of the token after the one word a listed count gives, where that word is a
    singular modifier of the noun left out ("seven gold, " "two silver and"): followed by a
    comma or "and" (or, ``last``, by no further noun: "... and five bronze.")."""
    if f.kind != "count" or f.group is not None:
        return None
    i = bisect_left(starts, f.end)
    if i >= len(doc):
        return None
    word = doc[i]
    glue = doc[i + 1] if i + 1 < len(doc) else None
    if (
        word.idx != f.end + 1
        or not word.is_alpha
        or not word.is_lower
        or word.tag_ not in ("NN", "JJ")
        or plural_noun(word, after_number=True)
        or word.lower_ in counted_nouns()
    ):
        return None
    if glue is not None and glue.lower_ in LIST_GLUE:
        return i + 1
    if last and (glue is None or glue.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")):
        return i + 1
    return None


def list_head(doc: Doc, facts: list[FigureFact], starts: list[int]) -> list[FigureFact]:
    """Counts listed with a modifier each and one noun at the end share that noun ("seven gold,
    two silver and two bronze medals" -> medal, also the last: "bronze medal" is only what kind);
    a list with no noun of its own counts the noun of the count it breaks down ("nine medals
    were one gold, three silver and five bronze") or of a list of the same sentence before it
    ("... two bronze medals, and Jamaica took three gold and four silver"). A list member is a
    count whose number is followed by one singular word and a comma or "and"; a number above one
    before a singular word is what shows the noun left out ("seven gold"), so a list of plurals
    ("12 lions, 4 tigers and 2 bears") or of a noun after each number stays as it is."""
    sent_starts = [s.start_char for s in sentences(doc)]
    out = list(facts)
    shared: dict[int, tuple[int, str]] = {}  # fact index -> (sentence, the list's noun)

    def follows(after: int, k: int) -> bool:
        """The fact k stands right after the list's glue that ends at token ``after``."""
        while after < len(doc) and doc[after].lower_ in LIST_GLUE:
            after += 1
        return k < len(out) and after < len(doc) and doc[after].idx == out[k].start

    n = 0
    while n < len(out):
        run: list[int] = []
        k = n
        while k < len(out) and (after := _list_member(doc, out[k], starts)) is not None:
            run.append(k)
            k += 1
            if not follows(after, k):
                break
        if run and (k >= len(out) or not follows(_list_member(doc, out[k - 1], starts) or 0, k)):
            # a list has two members or more and goes on to its last; where the next count
            # does not follow, the last member closes it ("nine gold, 12 silver and eight
            # bronze, and France seven gold")
            if len(run) >= 3:
                k = run.pop()
            else:
                run = []
        sent = bisect_right(sent_starts, out[run[0]].start) if run else -1
        head: str | None = None
        if run:
            i = bisect_left(starts, out[k].end)
            closing = out[k]
            if (
                closing.kind == "count"
                and closing.unit
                and i + 1 < len(doc)
                and doc[i].is_lower
                and doc[i].tag_ in ("NN", "JJ")
                and plural_noun(doc[i + 1], after_number=True)
                and doc[i + 1].is_lower
            ):
                head = closing.unit.split()[-1]  # "... and two bronze medals"
                run.append(k)
            elif _list_member(doc, closing, starts, last=True) is not None:
                run.append(k)  # "... and five bronze.": the list gives no noun
        if run and not any(out[r].value > 1 for r in run):
            run = []
        if run and head is None:
            prev = run[0] - 1
            if prev >= 0 and out[prev].kind == "count" and out[prev].unit:
                same = bisect_right(sent_starts, out[prev].start) == sent
                p = bisect_left(starts, out[prev].end)
                gap = [t.lower_ for t in doc[p + 1 : bisect_left(starts, out[run[0]].start)]]
                if same and prev in shared and shared[prev][0] == sent:
                    head = shared[prev][1]  # a list of the same sentence before it
                elif (
                    same
                    and p < len(doc)
                    and plural_noun(doc[p], after_number=True)
                    and 0 < len(gap) <= 2
                    and all(w in ELABORATION for w in gap)
                ):
                    head = str(out[prev].unit).split()[-1]  # "nine medals were one gold, ..."
            if (
                head is None
                and len(run) >= 2  # a list, not "It operates 189 aircraft, 22 of them leased"
                and (prev < 0 or bisect_right(sent_starts, out[prev].start) != sent)
            ):
                head = _sentence_before_head(doc, out, prev, sent, sent_starts, starts)
        if run and head is not None:
            for r in run:
                out[r] = replace(out[r], kind="count", unit=head)
                shared[r] = (sent, head)
        n = max(k + 1 if run else k, n + 1)
    return out


def _sentence_before_head(
    doc: Doc,
    out: list[FigureFact],
    prev: int,
    sent: int,
    sent_starts: list[int],
    starts: list[int],
) -> str | None:
    """A list opening its sentence's counts with no noun of its own counts the plural noun of
    the last count of the sentence before that writes one ("... with 64 medals, 36 of them
    gold, ahead of Germany on 41. Italy won nine gold, 12 silver and eight bronze" -> medal)."""
    for j in range(prev, -1, -1):
        f = out[j]
        if bisect_right(sent_starts, f.start) < sent - 1:
            return None
        if f.kind != "count" or not f.unit:
            continue
        p = bisect_left(starts, f.end)
        if p < len(doc) and plural_noun(doc[p], after_number=True) and doc[p].is_lower:
            return str(f.unit).split()[-1]
    return None


# "5, 10 and 15 mg": the gaps of a list of amounts
LIST_COMMA = re.compile(r",[ \t]*")
LIST_LAST = re.compile(r",?[ \t]+(?:and|or)[ \t]+")
SCALE_WORD = re.compile(r"\b(?:thousand|million|billion|trillion)\b", re.IGNORECASE)


def carry_list_unit(text: str, facts: list[FigureFact], scores: set[int]) -> list[FigureFact]:
    """The bare numbers of a list whose last item has a unit take that unit, as the first end of
    a range does ("doses of 5, 10 and 15 mg" -> 5 mg, 10 mg; "12, 14 and 16 children"). Not before a scaled
    last item ("5, 10 and 15 million tonnes" leaves the scale in doubt), nor in score lines."""
    out = list(facts)
    for i in range(len(out) - 1, 0, -1):
        last = out[i]
        if (
            last.kind not in ("quantity", "percent", "count")
            or last.group is not None
            or SCALE_WORD.search(text, last.start, last.end)
        ):
            continue
        j, gap, items = i - 1, LIST_LAST, []
        while j >= 0:
            f = out[j]
            same = f.kind == last.kind and f.unit == last.unit  # "14 and 16 children" is read
            if (
                (f.kind != "number" and not same)
                or f.group is not None
                or f.start in scores
                or not isinstance(f.value, (int, float))
                or gap.fullmatch(text, f.end, out[j + 1].start) is None
            ):
                break
            items.append(j)
            j, gap = j - 1, LIST_COMMA
        if len(items) >= 2:  # a list, not "magnitude 4.1 and 10 km" (a range is scan's)
            for j in items:
                out[j] = replace(out[j], kind=last.kind, unit=last.unit)
    return out
