"""Generic heads that refer back to the one body of their kind (session 41).

A release or a statement calls the body it comes from, or that body's organ, by a capitalised
generic head: "the Company", "the Group", "the Committee". ``parts.head_nouns`` links such a head
to a body whose name ends with it ("the Board" after "the Cocoa Board"); these two families read
the heads no written name ends with.

- ``organ_heads``: "the Committee", "the Council" (capitalised, alone), or the organ's letters
  ("MPC", "FOMC"), in a document that writes no body of that head, is the organ of the one body
  the document names whose organ ``models/national_bodies.jsonl`` gives (kind "organ": a central
  bank's rate-setting committee), titled as the table titles that country's body of that name
  ("Monetary Policy Committee (Nigeria)" by the pattern, the Bank of England's "Monetary Policy
  Committee" by its title row); the owner may be named only on a line the heading filter left
  out ("Bank of England" over "Monetary Policy Summary"). Not where two owners' organs of that
  head fit, nor where the document names another body of that head ("the Treasury Committee").
- ``kind_heads``: "the Company", "the Corporation", "the Group" (the words the body kinds table
  names firms by), where no name of the document ends with that word, is the firm the document
  comes from: its letterhead (the whole first line), its "From:" line, or the one firm its
  first sentence names; else the one firm the document names before it. Not where two firms fit
  and none is the issuer ("Sibanye-Stillwater and Impala Platinum said ... the Company"). A firm
  is a name written with a legal form ("Safaricom PLC"), a listed company, or a name whose words
  give a firm's kind (``body_kinds.jsonl``: "Tohoku Electric Power": a utility); a news agency
  credited after a dateline is none.

The linked mention is an ORG; an untagged "the Committee" or "The Company" is tagged (as
``head_nouns`` tags "the Board"). The document's own names always win: a head a written name
ends with, or that the text linked already, is left as it stands.

Tables: ``models/national_bodies.jsonl`` (kinds "organ", "pattern", "title":
``names.national_body_organs``, ``names.national_body``), ``models/body_kinds.jsonl`` (the name
words and their kinds), ``models/legal_forms.jsonl``, the company table and
``models/news_agencies.jsonl``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefx.normalize.cues import body_kinds
from briefx.normalize.names import (
    body_words,
    legal_form_words,
    listed_company_titles,
    lookup_company,
    national_body,
    national_body_organs,
    place_pop,
    without_legal_form,
)
from briefx.pipeline._util import agencies
from briefx.pipeline.coref.ent import Covered, Ent, _words

# the types NER may give a lone head that stands for a body ("Committee" opening a sentence
# tagged PERSON or GPE; session 11's list for ``parts.head_nouns``)
HEAD_TYPES = ("ORG", "GPE", "FAC", "PERSON", "LOC")
# an untagged capitalised head after "the" ("The Company said", "the Committee noted"), not the
# opening of a longer name ("the Committee of Ministers", "the Company Secretary")
THE_HEAD = re.compile(r"\b[Tt]he ([A-Z][a-z]+)\b(?! of\b| for\b| on\b| [A-Z])")
LETTERS = re.compile(r"[A-Z]{2,5}")  # an organ's letters ("MPC", "FOMC")
FIRM = "firm"
FROM_LINE = re.compile(r"(?m)^From:[ \t]*")
ISSUER_REACH = 400  # characters from the text's start a letterhead or a From: line lies within
SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")


def body_form(words: list[str]) -> bool:
    """Whether capitalised words name a body by their form: the head (the word before "of",
    else the last) is a body's word (``names.body_words``: "Bank", "Committee", "Authority",
    "Party"), or they are "City of <place>" (a city's government: "City of Sydney"); every word
    capitalised but "of", "the", "and", "for"."""
    if len(words) < 2 or not all(
        (w[:1].isupper() and w[-1:].isalnum()) or w in ("of", "the", "and", "for") for w in words
    ):
        return False  # ("From: Ministry of ...": a label, not the body's name)
    cut = next((k for k, w in enumerate(words) if w in ("of", "for") and k), len(words))
    if words[:cut] == ["City"] and cut < len(words):
        return place_pop(" ".join(words[cut + 1 :]).removeprefix("the ")) >= 0
    return words[cut - 1].lower() in body_words()


LETTERHEAD_WORDS = 8  # words of a letterhead's line


def letterheads(text: str, ents: list[Ent]) -> list[Ent]:
    """A body named alone on the text's first line, a letterhead NER left untagged or tagged
    only in part ("City of Sydney", "Sydney" tagged a place), where the text calls it by its
    head later ("The City will spend ..."): an ORG mention over the line, the parts inside it
    dropped; ``ents`` as it stands otherwise (session 41)."""
    opened = len(text) - len(text.lstrip())
    end = text.find("\n", opened)
    line = text[opened : len(text) if end < 0 else end].rstrip()
    words = line.split()
    if not 2 <= len(words) <= LETTERHEAD_WORDS or not body_form(words):
        return ents
    close = opened + len(line)
    if any(e.start == opened and e.end == close and e.type == "ORG" for e in ents):
        return ents
    cut = next((k for k, w in enumerate(words) if w in ("of", "for") and k), len(words))
    head = words[cut - 1]
    if re.search(rf"\b[Tt]he {re.escape(head)}\b(?! of\b| [A-Z])", text[close:]) is None:
        return ents
    kept = [e for e in ents if e.end <= opened or e.start >= close]
    kept.append(Ent(opened, close, "ORG", line, tags={"letterhead"}))
    kept.sort(key=lambda e: e.start)
    return kept


def organ_heads(text: str, ents: list[Ent]) -> None:
    """Name "the Committee" and an organ's letters by the owner's organ (see the module)."""
    table = national_body_organs()
    heads = {organ.rsplit(" ", 1)[-1] for organs in table.values() for organ, _ in organs}
    cands = _candidates(text, ents, heads)
    letters = [e for e in ents if _bare(text, e) and LETTERS.fullmatch(e.name)]
    if not cands and not letters:
        return
    owners = {e.name for e in ents if e.type == "ORG" and e.name in table}
    # (an owner named only where no mention stands: a letterhead the heading filter dropped)
    owners |= {owner for owner in table if owner not in owners and owner in text}
    by_head: dict[str, set[str]] = {}
    by_letters: dict[str, set[str]] = {}
    for owner in owners:
        for organ, country in table[owner]:
            title = national_body(organ, country) or organ
            by_head.setdefault(organ.rsplit(" ", 1)[-1], set()).add(title)
            by_letters.setdefault(_initials(organ), set()).add(title)
    if not by_head:
        return
    titles = {t for found in by_head.values() for t in found}
    # another body of that head the document names ("the Public Accounts Committee"): two fit
    named = {_head(e.name) for e in ents if e.type == "ORG" and " " in e.name}
    named -= {_head(t) for t in titles}
    for e, word in cands:
        found = by_head.get(word, set())
        if len(found) == 1 and word not in named:
            _name(ents, e, next(iter(found)))
    for e in letters:
        found = by_letters.get(e.name, set())
        if len(found) == 1:
            e.name, e.type = next(iter(found)), "ORG"
    ents.sort(key=lambda x: x.start)


def kind_heads(text: str, ents: list[Ent]) -> None:
    """Name "the Company", "the Group" by the firm the document comes from (see the module)."""
    kinds = body_kinds()
    words = {w.title() for w, kind in kinds.names.items() if kind == FIRM and w.isalpha()}
    cands = _candidates(text, ents, words)
    if not cands:
        return
    ended = {_words(e.name)[-1] for e in ents if e.type == "ORG" and " " in e.name}
    agency_names = set(agencies().values())
    firms = sorted(
        (e for e in ents if e.type == "ORG" and e.name not in agency_names and _firm(text, e)),
        key=lambda e: e.start,
    )
    if not firms:
        return
    issuer = _issuer(text, ents, {e.name for e in firms})
    for e, word in cands:
        if word in ended:
            continue  # a name ends with it ("BHP Group"): ``head_nouns`` reads it
        before = {f.name for f in firms if f.end <= e.start}
        target = issuer or (next(iter(before)) if len(before) == 1 else None)
        if target is not None and target in before:
            _name(ents, e, target)
    ents.sort(key=lambda x: x.start)


def _candidates(text: str, ents: list[Ent], words: Iterable[str]) -> list[tuple[Ent, str]]:
    """The lone capitalised heads of ``words`` still named as written: mentions ("Committee"
    tagged ORG, or PERSON where it opens a sentence) and untagged "the <head>" (as new ORG
    mentions, not yet in ``ents``), with the head word."""
    wanted = frozenset(words)
    out = [
        (e, text[e.start : e.end])
        for e in ents
        if e.type in HEAD_TYPES and _bare(text, e) and text[e.start : e.end] in wanted
    ]
    if not any(w in text for w in wanted):
        return out
    covered = Covered(len(text), ents)
    for mt in THE_HEAD.finditer(text):
        word = mt.group(1)
        if word in wanted and not covered.hit(mt.start(1), mt.end(1)):
            out.append((Ent(mt.start(1), mt.end(1), "ORG", word, tags={"head"}), word))
    return out


def _bare(text: str, e: Ent) -> bool:
    """A mention the text and the linking left as written ("Committee" named "Committee")."""
    return e.name == text[e.start : e.end] and "short" not in e.tags


def _name(ents: list[Ent], e: Ent, name: str) -> None:
    """Give a head its body's name (an untagged head joins the mentions)."""
    if not any(x is e for x in ents):
        ents.append(e)
    e.name, e.type = name, "ORG"
    e.tags.add("head")


def _head(name: str) -> str:
    """A body's head word: the word before "of"/"for", else its last ("Committee" of "Monetary
    Policy Committee (Nigeria)")."""
    words = _words(name.split(" (")[0])
    cut = next((k for k, w in enumerate(words) if w in ("of", "for") and k), len(words))
    return words[cut - 1]


def _initials(name: str) -> str:
    """The letters of a body's capitalised words ("Federal Open Market Committee" -> "FOMC")."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _firm(text: str, e: Ent) -> bool:
    """Whether a mention names a firm: its text writes a legal form ("Safaricom PLC", "Toyota
    Motor Corporation"), the company table lists it, or a word of its name gives a kind that is
    a firm's ("Tohoku Electric Power": a utility; ``body_kinds.jsonl``)."""
    written = text[e.start : e.end]
    last = written.rsplit(" ", 1)[-1].lower().rstrip(".,")
    if " " in written and (without_legal_form(written) != written or last in legal_form_words()):
        return True
    if lookup_company(written) or e.name in listed_company_titles():
        return True
    kinds = body_kinds()
    return any(
        FIRM in kinds.lineage(kind)
        for w in e.name.lower().split()[1:]
        if (kind := kinds.names.get(w)) is not None
    )


def letterhead_body(text: str, ents: list[Ent]) -> Ent | None:
    """The body a document is issued by, where its layout says so: the ORG mention that is its
    whole first line (a letterhead), else the one right after "From:" on a line near its top;
    None for a story (a news agency credited after a dateline is no issuer)."""
    agency_names = set(agencies().values())
    opened = len(text) - len(text.lstrip())
    line_end = text.find("\n", opened)
    line_end = len(text) if line_end < 0 else line_end
    froms = {mt.end() for mt in FROM_LINE.finditer(text, 0, ISSUER_REACH)}
    for e in ents:
        if e.type != "ORG" or e.name in agency_names:
            continue
        if (e.start == opened and text[e.end : line_end].strip(" ,.") == "") or e.start in froms:
            return e
    return None


def _issuer(text: str, ents: list[Ent], firms: set[str]) -> str | None:
    """The firm a document comes from: its letterhead or its "From:" line
    (``letterhead_body``), else the one firm its first sentence names, where that sentence
    opens with it."""
    head = letterhead_body(text, ents)
    if head is not None:
        return head.name if head.name in firms else None
    agency_names = set(agencies().values())
    orgs = sorted(
        (e for e in ents if e.type == "ORG" and e.name not in agency_names), key=lambda e: e.start
    )
    if not orgs:
        return None
    first = orgs[0]
    stop = SENTENCE_END.search(text, first.end)
    end = stop.start() if stop else len(text)
    named = {e.name for e in orgs if e.end <= end and e.name in firms}
    return next(iter(named)) if len(named) == 1 and first.name in named else None
