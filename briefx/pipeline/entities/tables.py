"""Names in tables typed by their column's header (session 15).

A table in a brief names what each column holds: "| Port | Country | Operator |", "Club   P  W
D  L  Pts", "Airline | Home country | Passengers (m)". A cell under a header that names a kind
of entity ("Company", "Country", "Port", "Club", "Airline", "Party", "Leader") is a name of
that type, whatever the small model read in a line of names without a sentence around them
("Noatum" a GPE, "Norwegian" a NORP, "Mazury Foods     Olsztyn" one ORG). Header words and
their types: ``models/layout_types.jsonl`` (kind ``column``); a header matches whole or by its
last word ("Terminal operator", "Home country").

Two layouts, as news copy writes them:

- pipe tables: rows of cells between "|" (Markdown, with or without the outer bars, a "|---|"
  rule under the header skipped);
- plain-text tables: a header line and rows whose cells are set apart by two or more spaces
  or a tab, each row with as many cells as the header.

A table is at least a header and two rows. A cell is typed only where it reads as a name (a
capital letter, no digits alone, no percentage); the mentions NER made across cells or around
a cell give way to the cell. The type is fixed (``Ent.fixed``): it outvotes the other mentions
of the same name in the one-type vote ("Norwegian said ..." after the table is the airline).
A cell that is a country under an organisation's header (a national side under "Team") keeps
its type.

Bodies and firms that open a line (session 36, ``opening_bodies``): a run of capitalised words
NER left untagged or cut, at a line's, a bullet's or a sentence's start, headed by a body's or
a firm's word and followed by an agenda's dash, a colon before a figure or a phrase, a comma
or a verb, is an ORG ("Public Accounts Committee — report on ...", "- Calder Arts Council:
£90,000", "* Ridgeline Defense Technologies, Huntsville, ...").

Bulleted lists: a run of bullets that each hold a name alone is typed by its majority
(``bullet_lists``); the heads of a bulleted digest before their colons ("• Washington: ...",
"• Veldhoven: ASML kept ...") share the kind most of them have (``bullet_heads``, session 25).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS

from briefx.normalize.names import (
    body_words,
    company_tails,
    form_words,
    lookup_company,
    place_kinds,
)
from briefx.pipeline.coref import Covered, Ent, country_code
from briefx.resources import read_jsonl, table_index

__all__ = [
    "LINKS",
    "bullet_lists",
    "header_type",
    "layout_types",
    "market_block",
    "market_rows",
    "opening_bodies",
    "put_typed",
    "spread",
    "table_columns",
]

LAYOUT = "layout"  # the tag of a mention the layout typed

# a rule under a pipe table's header: "|---|:--:|", "| --- | --- |"
RULE = re.compile(r"[\s|:=+-]*-[\s|:=+-]*")
# the cells of a plain-text row: runs of text set apart by two or more spaces or a tab
PLAIN_CELL = re.compile(r"\S(?:(?!  |\t).)*(?<=\S)|\S")
PLAIN_GAP = re.compile(r"\S(?: {2,}|\t)\S")
# a bulleted line that holds a name alone: "• Vestas", "- Siemens Gamesa", "* Nordex"
BULLET_NAME = re.compile(r"(?m)^[ \t]*[•\-*–·▪][ \t]+(\S[^\n]*?)[ \t]*$")
# the head of a bulleted line before its colon: "• Veldhoven: ASML kept its forecast" (session 25)
BULLET_HEAD = re.compile(r"(?m)^[ \t]*[•\-*–·▪][ \t]+([A-Z][^\n:]{0,60}?):[ \t]")
HEAD_TYPES = ("GPE", "LOC", "ORG")
# words that may stand in lower case inside a name ("Port of Tyne", "Folha de S.Paulo")
LINKS = frozenset(
    [
        "of",
        "and",
        "for",
        "the",
        "de",
        "du",
        "des",
        "la",
        "le",
        "del",
        "della",
        "di",
        "da",
        "do",
        "dos",
        "das",
        "van",
        "von",
        "der",
        "den",
        "upon",
        "&",
        "y",
        "e",
    ]
)
# a parenthetical in a header ("Passengers (m)", "TEU (m)") says the unit, not the kind
BRACKETS = re.compile(r"\s*\([^)]*\)")


@cache
def layout_types(kind: str) -> dict[str, str]:
    """Return header or label word -> entity type, for one kind (``column`` or ``field``) of
    ``models/layout_types.jsonl``."""
    return {
        str(r["word"]): str(r["type"])
        for r in read_jsonl("layout_types.jsonl")
        if r["kind"] == kind
    }


def header_type(header: str, kind: str) -> str | None:
    """Return the entity type a header (or label) names: the whole header, else its last word
    ("Terminal operator" -> ORG, "Home country" -> GPE), in the singular too ("Ports",
    "Countries", "Airlines"), else None."""
    words = BRACKETS.sub("", header).strip().lower().split()
    if not words:
        return None
    table = layout_types(kind)
    last = words[-1]
    singular = last[:-3] + "y" if last.endswith("ies") else last[:-1] if last.endswith("s") else ""
    return table.get(" ".join(words)) or table.get(last) or table.get(singular)


def looks_like_name(cell: str) -> bool:
    """True where a cell may be a name: at most six words, each with a capital letter or a digit
    ("easyJet", "Jet2") or a linking word inside ("Port of Tyne"), two letters at least, no
    percentage ("6.9", "+4%", "n/a" and a sentence's words are not)."""
    words = cell.split()
    if not words or len(words) > 6 or "%" in cell or sum(c.isalpha() for c in cell) < 2:
        return False
    if not any(c.isupper() for c in words[0]):
        return False
    return all(any(c.isupper() or c.isdigit() for c in w) or w.lower() in LINKS for w in words[1:])


def put_typed(text: str, ents: list[Ent], start: int, end: int, typ: str) -> None:
    """Make ``text[start:end]`` one mention of type ``typ``, fixed; the mentions overlapping it
    give way. Its name: the mention's own where one of the same type had this span, else the
    name of another mention with the same text, else the text."""
    s_text = text[start:end]
    name = ""
    for x in ents:
        if x.start == start and x.end == end and x.type == typ:
            # (a place named whole keeps no name of a longer one it ends: "Düsseldorf" is
            # no "Messe Düsseldorf"; "Preston, Lancashire" opens with it)
            if typ != "GPE" or x.name.startswith(s_text):
                name = x.name
            break
    if not name:
        name = next(
            (
                x.name
                for x in ents
                if text[x.start : x.end] == s_text and not (x.start < end and start < x.end)
            ),
            s_text,
        )
    ents[:] = [x for x in ents if not (x.start < end and start < x.end)]
    # a place is named whole in a cell or field: no short form of a longer name ("Düsseldorf"
    # beside "Messe Düsseldorf")
    ents.append(Ent(start, end, typ, name, fixed=True, link=typ != "GPE", tags={LAYOUT}))
    ents.sort(key=lambda x: x.start)


def spread(text: str, ents: list[Ent], english: frozenset[str]) -> None:
    """Type the other mentions of a name the layout typed alike (in place): where the text
    writes the name again, a mention NER cut inside it or missed ("Beatty" of "Balfour Beatty"
    after "Contractor: Balfour Beatty") becomes the whole name; a mention inside a longer one
    ("Kraków" of "Kraków Robotics") is left alone, and so is a common English word."""
    typed = {text[x.start : x.end]: x for x in ents if LAYOUT in x.tags}
    for cell, src in typed.items():
        if len(cell) < 3 or (" " not in cell and cell.lower() in english):
            continue
        for mt in re.finditer(rf"(?<!\w){re.escape(cell)}(?!\w)", text):
            s, e = mt.start(), mt.end()
            hits = [x for x in ents if x.start < e and s < x.end]
            if any(x.start == s and x.end == e for x in hits):
                continue
            if any(x.start < s or x.end > e for x in hits):
                continue  # inside a longer name
            ents[:] = [x for x in ents if not (x.start < e and s < x.end)]
            ents.append(Ent(s, e, src.type, src.name, fixed=True, link=src.link))
    ents.sort(key=lambda x: x.start)


def _pipe_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return the (start, end) of each cell of a pipe row, stripped; the empty cells outside
    the outer bars are left out."""
    cells: list[tuple[int, int]] = []
    pos = start
    line = text[start:end]
    parts = line.split("|")
    for i, part in enumerate(parts):
        s = pos + len(part) - len(part.lstrip())
        e = pos + len(part.rstrip())
        pos += len(part) + 1
        if (i == 0 or i == len(parts) - 1) and not part.strip():
            continue
        cells.append((s, max(s, e)))
    return cells


def _plain_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return the (start, end) of each cell of a plain-text row (cells apart by 2+ spaces or a
    tab)."""
    return [(m.start(), m.end()) for m in PLAIN_CELL.finditer(text, start, end)]


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _tables(text: str) -> list[list[list[tuple[int, int]]]]:
    """Return the tables of a text, each a list of rows (the header first), each a list of
    cells."""
    tables: list[list[list[tuple[int, int]]]] = []
    rows: list[list[tuple[int, int]]] = []
    mode = ""
    for s, e in [*_lines(text), (len(text), len(text))]:
        line = text[s:e]
        if "|" in line and line.strip():
            if RULE.fullmatch(line) and mode == "pipe":
                continue
            cells, kind = _pipe_cells(text, s, e), "pipe"
        elif PLAIN_GAP.search(line):
            cells, kind = _plain_cells(text, s, e), "plain"
        else:
            cells, kind = [], ""
        if rows and kind == mode and len(cells) == len(rows[0]):
            rows.append(cells)
            continue
        if len(rows) >= 3:
            tables.append(rows)
        rows, mode = ([cells], kind) if len(cells) >= 2 else ([], "")
    return tables


def _column_type(cell: str) -> str | None:
    """The type a header cell names; a header is a word or three, not the end of a sentence in
    prose set with two spaces ("... sold in the country")."""
    return header_type(cell, "column") if len(cell.split()) <= 3 else None


def table_columns(text: str, ents: list[Ent]) -> None:
    """Type the name cells under a header that names a kind of entity (in place)."""
    if "|" not in text and "  " not in text and "\t" not in text:
        return
    for rows in _tables(text):
        header = rows[0]
        if any(_column_type(text[hs:he]) for hs, he in header):
            # a typed header is labels, not names ("Port | Country" is no GPE, "Change" no ORG)
            hs, he = header[0][0], header[-1][1]
            ents[:] = [x for x in ents if not (x.start < he and hs < x.end)]
        for col, (hs, he) in enumerate(header):
            typ = _column_type(text[hs:he])
            if typ is None:
                continue
            for row in rows[1:]:
                s, e = row[col]
                cell = text[s:e]
                if not looks_like_name(cell):
                    continue
                if typ == "ORG" and any(
                    x.start == s and x.end == e and x.type == "GPE" and country_code(x.name)
                    for x in ents
                ):
                    continue  # a national side under "Team"
                put_typed(text, ents, s, e, typ)


def name_like(value: str, english: frozenset[str], tagged: bool) -> bool:
    """True where a value alone on its line or field reads as a name: at most eight words, each
    capitalised (or a digit, or a linking word inside), and not one common English word alone
    that NER left untagged ("Online", "Various")."""
    words = value.split()
    if not words or len(words) > 8 or not words[0][0].isupper():
        return False
    for w in words[1:]:
        if not (w[0].isupper() or w[0].isdigit() or w.lower() in LINKS):
            return False
    return tagged or not (len(words) == 1 and words[0].lower() in english)


def bullet_lists(text: str, ents: list[Ent], english: frozenset[str]) -> None:
    """Type the names of a bulleted list by its majority (in place): in a run of three or more
    bulleted lines that each hold a name alone, where most names NER typed are organisations
    (two at least), every name is an organisation ("• Vestas", "• Nordex", "• Cadeler")."""
    if "\n" not in text:
        return
    runs: list[list[tuple[int, int]]] = []
    last_end = -2
    for mt in BULLET_NAME.finditer(text):
        s, e = mt.span(1)
        if runs and text[last_end : mt.start()].strip() == "":
            runs[-1].append((s, e))
        else:
            runs.append([(s, e)])
        last_end = mt.end()
    for items in runs:
        if len(items) < 3:
            continue
        names = [(s, e) for s, e in items if name_like(text[s:e], english, True)]
        if len(names) < len(items):
            continue  # a list of sentences or phrases, not of names
        kinds = [x.type for s, e in names for x in ents if x.start == s and x.end == e]
        if kinds.count("ORG") < 2 or kinds.count("ORG") * 2 <= len(kinds):
            continue
        for s, e in names:
            tagged = any(x.start < e and s < x.end for x in ents)
            if name_like(text[s:e], english, tagged):
                put_typed(text, ents, s, e, "ORG")
    bullet_heads(text, ents)


def bullet_heads(text: str, ents: list[Ent]) -> None:
    """Type the names that head a bulleted digest by its majority (in place, session 25): in a
    run of three or more bulleted lines that each open with a head before a colon ("•
    Washington: ...", "• Beijing: ...", "• Veldhoven: ASML kept ..."), where most names of the
    heads are of one kind (places and natural places together, or bodies; two at least, more
    than half), a name of another kind among them takes it: a place typed a body or a person
    is a place (a natural place where those outnumber towns: "• North Sea and Skagerrak:"), a
    body typed a place or a person a body. A country stays a place and a listed firm a body."""
    runs: list[list[tuple[int, int]]] = []
    last_end = -2
    for mt in BULLET_HEAD.finditer(text):
        line_start = text.rfind("\n", 0, mt.start() + 1) + 1
        between = text[last_end:line_start] if last_end >= 0 else "x"
        # a bullet's line runs on to its end: the next bullet follows the line break
        if runs and "\n" not in between.strip("\n") and between.count("\n") <= 2:
            runs[-1].append(mt.span(1))
        else:
            runs.append([mt.span(1)])
        last_end = text.find("\n", mt.end())
        last_end = len(text) if last_end < 0 else last_end
    for items in runs:
        if len(items) < 3:
            continue
        heads = [x for s, e in items for x in ents if s <= x.start and x.end <= e]
        kinds = [x.type for x in heads if x.type in (*HEAD_TYPES, "PERSON", "FAC")]
        places = kinds.count("GPE") + kinds.count("LOC")  # places and natural places together
        top, count = ("ORG", kinds.count("ORG"))
        if places > count:
            top, count = max(("GPE", "LOC"), key=kinds.count), places
        if count < 2 or count * 2 <= len(kinds):
            continue
        for s, e in items:
            own = [x for x in heads if s <= x.start and x.end <= e]
            # a place of the same head gives its kind, as the document mostly types that place
            # ("North Sea and Skagerrak")
            near = top
            for y in own:
                if y.type in ("GPE", "LOC"):
                    same = [z.type for z in ents if z.name == y.name and z.type in ("GPE", "LOC")]
                    near = max(("LOC", "GPE"), key=same.count)  # a tie: the natural place
                    break
            for x in own:
                word = text[x.start : x.end]
                if top == "ORG" and x.type in ("GPE", "LOC", "PERSON"):
                    kind = "" if place_kinds().get(word) else "ORG"  # a country stays a place
                elif top != "ORG" and x.type in ("ORG", "PERSON", "FAC"):
                    kind = "" if lookup_company(word) else near  # a listed firm stays a body
                else:
                    kind = ""
                if kind:
                    x.type, x.fixed = kind, True


# Lists of a market's movers and stock tables (session 33, firms20) ---------------------------

# a row of a list of movers or a stock table: the name, then its change or price at once
# ("Harvey Norman 4.2%", "Carver Lyle +6.2%", "X -2.8%", "X 312.5p")
# a row figure is short: the bounded run keeps a long run of digits linear (each start reads at
# most 25 characters; "[\d.,]*" read a 100,000-digit text in minutes, session 33)
ROW_FIGURE = re.compile(r",? ?[+\-−–]?\d[\d.,]{0,24}\s?(?:%|p\b|pence\b|cents?\b)")
# a row's name NER left untagged: capitalised words at a line's start or after a list's ":",
# ",", ";", then the row's figure ("Top gainers: Wesfarmers 3.1%, JB Hi-Fi 2.9%")
ROW_NAME = re.compile(
    r"(?:(?<=\n)|(?<=^)|(?<=: )|(?<=, )|(?<=; ))"
    r"([A-Z][\w&'’.-]*(?: (?:[A-Z][\w&'’.-]*|&|of|and))*)(?=,? ?[+\-−–]?\d[\d.,]{0,24}\s?(?:%|p\b))"
)
BLOCK_START = re.compile(r"\n[ \t]*\n")
BLOCK_WORD = re.compile(r"[A-Za-z]+")
BLOCK_REACH = 2000


def market_block(text: str, start: int, end: int) -> bool:
    """True where the paragraph of ``text[start:end]`` (its lines up to a blank one) names
    a list of a market's movers or a stock table (``entity_forms`` kind ``market_list``:
    "gainers", "fallers", "movers") and the paragraph holds three rows' figures: a
    row among rows, not a poll's "Harris 48%, Trump 46%" nor a lone
    "X 5%" in a sentence.

    text (str): the document's text. start, end (int): the name's span.
    RETURNS (bool): the name stands in a list of movers.
    """
    # the paragraph, read at most BLOCK_REACH characters either side (no scan of a whole long
    # document per row)
    low, high = max(0, start - BLOCK_REACH), min(len(text), end + BLOCK_REACH)
    para = max((m.end() for m in BLOCK_START.finditer(text, low, start)), default=low)
    after = BLOCK_START.search(text, end, high)
    block = text[para : after.start() if after else high]
    words = form_words("market_list")
    if not any(w.lower() in words for w in BLOCK_WORD.findall(block)):
        return False
    return len(ROW_FIGURE.findall(block)) >= 3


def market_rows(text: str, ents: list[Ent], english: frozenset[str]) -> None:
    """Tag the rows' names of a list of movers that NER left untagged as organisations (in
    place): "Top gainers: Harvey Norman 4.2%, Wesfarmers 3.1%, JB Hi-Fi 2.9%" -> "Wesfarmers",
    "JB Hi-Fi" ORG. Not a name of English words only ("Gold +1.2%", "Brent crude": a
    commodity's row), nor a span any mention overlaps (the type vote weighs those:
    ``evidence.cues``)."""
    low = text.lower()
    if not any(w in low for w in form_words("market_list")) or not ROW_FIGURE.search(text):
        return  # no movers' word anywhere: no list of movers (a cheap test first)
    added = False
    for mt in ROW_NAME.finditer(text):
        start, end = mt.span(1)
        name = mt.group(1)
        if any(e.start < end and start < e.end for e in ents):
            continue
        if all(w.lower() in english or w.lower() in LINKS for w in name.split()):
            continue
        if not market_block(text, start, end):
            continue
        ents.append(Ent(start, end, "ORG", lookup_company(name) or name, tags={LAYOUT}))
        added = True
    if added:
        ents.sort(key=lambda x: x.start)


# Bodies and firms that open a line (session 36) --------------------------------------------------

# a capitalised word, and a word more with "of", "and", "for", "the" or "&" allowed before it
CAPITAL_WORD = r"[A-Z][\w'’.&-]*"
MORE_WORD = r"(?: (?:(?:of|and|for|the|&) )?[A-Z][\w'’&-]*)"
# a run of two to six capitalised words
OPEN_RUN = re.compile(r"(?<![\w'’.&-])(" + CAPITAL_WORD + MORE_WORD + r"{1,5})(?![\w'’&-])")
# what follows a body that opens a line: an agenda's dash ("— hearing on ..."), a colon before
# a figure or a lower-case phrase ("- X Foundation: £250,000", "X Holdings: profit up 8%"; not
# a telephone number), a comma ("X Technologies, Huntsville, ...", "X Rail, which manages"), or
# a verb in the present, the past or an auxiliary ("X Court upholds", "X Group cut 600 jobs")
OPEN_NEXT = re.compile(
    r"[ \t]+[—–-][ \t]|:[ \t]+(?:[£$€¥]\d|[-+−]?\d[\d.,]*(?:%| ?[A-Za-z])|[a-z])|, "
    r"| (?:[a-z]+ed|said|says|is|was|has|had|will|would|cut|won|lost|led|fell|rose|hit|held"
    r"|sent|took|got|made|gave|became|set|put|paid|sold|bought|quit|warns|urges|calls|plans"
    r"|backs|wins|faces|seeks|opens|closes)\b"
)
POSSESSIVE = re.compile(r"['’]s\b|s['’](?!\w)")
# the head words that make a run of English words a body's name alone ("Public Accounts
# Committee", "Supreme Court"): a body's head and a legal form; a body's or a sector's word
# ("Energy", "Water", "Robotics") needs a word English does not know, or three words ("Renewable
# Energy: 34%" is a row of a table of sources)
STRONG_KINDS = ("org_head",)
WEAK_KINDS = ("sector_word",)
# body heads that also name a kind of place or desk ("Customer Service Centre: open from 9am",
# "Press Office: 020 ...", "Visitor Information Centre"): weak heads here
DESK_HEADS = frozenset({"center", "centre", "office", "service", "program", "programme", "fund"})


@cache
def _opening_heads(english: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The strong and the weak head words of ``opening_bodies``, lower case: a legal form that
    is no short English word ("Holdings", "Limited", "GmbH"; not "As", "Co")."""
    forms = {t for t in company_tails() if t not in english or len(t) >= 5}
    strong = frozenset(forms).union(*(form_words(k) for k in STRONG_KINDS)) - DESK_HEADS
    weak = body_words().union(*(form_words(k) for k in WEAK_KINDS)).union(DESK_HEADS) - strong
    return strong, frozenset(weak)


def _body_run(words: list[str], english: frozenset[str]) -> bool:
    """A run of capitalised words (``words``) that is a body's or a firm's name by its head."""
    strong, weak = _opening_heads(english)
    head = words[-1].lower().rstrip(".")
    if head in strong:
        return True
    if "of" in words and words.index("of") > 0 and words[words.index("of") - 1].lower() in strong:
        return True  # "Court of Appeal", "Ministry of Health"
    if head not in weak:
        return False
    names = [w for w in words if w.lower() not in LINKS]
    coined = any(w.lower() not in english for w in names[:-1])  # "Pennant", no; "Corvane"
    return coined or (len(names) >= 3 and head not in DESK_HEADS)


def _heads_only(name: str) -> bool:
    """Every word of ``name`` is a body's or a firm's head word ("Technologies", "Group")."""
    strong, weak = _opening_heads(frozenset())
    return all(w.lower().rstrip(".") in strong or w.lower() in weak for w in name.split())


def _layout_label(run: str) -> bool:
    """A field's or a column's label of ``layout_types.jsonl`` ("Press Office", "Contact")."""
    low = run.lower()
    return bool(layout_types("field").get(low) or layout_types("column").get(low))


def _person_inside(words: list[str]) -> bool:
    """A given name (``given_names.jsonl``) before another capitalised word inside a run: a
    person's name ("Sarah Court" of "Deputy Chair Sarah Court")."""
    given = table_index("given_names.jsonl", "name")
    return any(given.get(w) and words[k + 1][:1].isupper() for k, w in enumerate(words[:-1]))


class _Index:
    """The mentions by start, for overlap and exact-span look-ups in O(log n) on long documents
    (a table of thousands of rows), and the new ORGs to add at the end in one pass."""

    def __init__(self, ents: list[Ent], size: int) -> None:
        self.taken = bytearray(size + 1)  # the characters of the ORGs added here
        self.ents = sorted(ents, key=lambda x: x.start)
        self.starts = [x.start for x in self.ents]
        self.reach = max((x.end - x.start for x in self.ents), default=0)
        self.exact = {(x.start, x.end): x for x in self.ents}
        self.added: dict[tuple[int, int], Ent] = {}
        self.gone: set[int] = set()  # ids of the mentions that give way

    def hits(self, s: int, end: int) -> list[Ent]:
        """The mentions that overlap ``s:end`` (not those that gave way); an ORG added here
        stands for itself."""
        out = list(self.added.values()) if 1 in self.taken[s:end] else []
        out = [x for x in out if x.start < end and s < x.end]
        k = bisect_left(self.starts, end) - 1
        while k >= 0 and self.starts[k] >= s - self.reach:
            x = self.ents[k]
            if x.end > s and id(x) not in self.gone:
                out.append(x)
            k -= 1
        return out

    def alone(self, s: int, end: int) -> Ent | None:
        """The mention at exactly ``s:end`` where no other overlaps it (or one added here)."""
        if (s, end) in self.added:
            return self.added[(s, end)]
        x = self.exact.get((s, end))
        return x if x is not None and len(self.hits(s, end)) == 1 else None

    def put(self, text: str, s: int, end: int, names: dict[str, str]) -> None:
        """Make ``text[s:end]`` an ORG typed by the layout; what it overlaps gives way."""
        self.gone.update(id(x) for x in self.hits(s, end))
        name = names.get(text[s:end], text[s:end])
        self.taken[s:end] = b"\x01" * (end - s)
        self.added[(s, end)] = Ent(s, end, "ORG", name, fixed=True, link=True, tags={LAYOUT})

    def apply(self, ents: list[Ent]) -> None:
        """Write the changes back into ``ents`` (in place), in text order."""
        if self.added:
            ents[:] = [x for x in ents if id(x) not in self.gone] + list(self.added.values())
            ents.sort(key=lambda x: x.start)


def opening_bodies(text: str, ents: list[Ent], english: frozenset[str]) -> None:
    """Bodies and firms that open a line or a sentence, which NER left untagged or cut (in
    place): a run of capitalised words headed by a body's or a firm's word (``_body_run``) and
    followed by ``OPEN_NEXT`` is an ORG, typed by the layout; the mentions inside it give way
    ("Technologies" of "Ridgeline Defense Technologies"). Not a field's label ("Press Office:"
    where ``layout_types.jsonl`` has it), nor a run a longer mention covers. Then the rows
    beside them (``parallel_rows``) and the party members (``opening_members``)."""
    from briefx.pipeline.entities.places import OPENING  # the line starts of session 35

    if not english:
        return
    index = _Index(ents, len(text))
    names = {text[x.start : x.end]: x.name for x in ents}  # a name the text gives elsewhere
    for mt in OPEN_RUN.finditer(text):
        s, end = mt.span(1)
        if not OPENING.search(text, max(0, s - 6), s) or not OPEN_NEXT.match(text, end):
            continue
        words = mt.group(1).split()
        if words[0].lower() in STOP_WORDS:  # "The Agency said": the determiner stays out
            s += len(words[0]) + 1
            words = words[1:]
        if len(words) < 2 or POSSESSIVE.search(mt.group(1)) or not _body_run(words, english):
            continue  # "China's Ministry of Commerce": two names
        if _layout_label(text[s:end]):
            continue
        if _person_inside(words):
            continue  # "ASIC Deputy Chair Sarah Court said"
        hits = index.hits(s, end)
        if any(x.start < s or x.end > end or x.type == "PERSON" for x in hits):
            continue  # a longer mention, or a person inside the run
        if any(x.start == s and x.end == end for x in hits):
            continue
        # a mention inside the run gives way only where it is a place ("Leeds" of "Leeds City
        # Council") or NER's cut head alone ("Technologies" of "Ridgeline Defense
        # Technologies"), not a name that common words lead ("Shares of Siemens Energy",
        # "Rival Asahi Group Holdings")
        if any(
            x.type not in ("GPE", "NORP") and not _heads_only(text[x.start : x.end]) for x in hits
        ):
            continue
        index.put(text, s, end, names)
    parallel_rows(text, index, english, names)
    index.apply(ents)
    opening_members(text, ents)


@cache
def _member_run() -> re.Pattern[str]:
    """A party's members in the plural, capitalised ("Liberals", "Greens"; ``entity_forms``
    kind ``party_member``) and followed by a lower-case word (a verb; not a table's row
    "Greens: 12", where the party is meant)."""
    plural = sorted((w for w in form_words("party_member") if w.endswith("s")), key=len)
    words = "|".join(w.capitalize() for w in reversed(plural))
    return re.compile(rf"(?<![\w'’.&-])(?:The )?({words})(?= [a-z]+\b)")


def opening_members(text: str, ents: list[Ent]) -> None:
    """A party's members in the plural that open a line or a sentence, which NER left untagged,
    are a NORP (in place): "Greens call for a tax on private jets", "Liberals said they would
    abstain" (OntoNotes NORP: political groups)."""
    from briefx.normalize.names import singular_norp
    from briefx.pipeline.entities.places import OPENING

    covered: Covered | None = None  # built once, where a member's word opens a line
    for mt in _member_run().finditer(text):
        s, end = mt.span(1)
        if not OPENING.search(text, max(0, mt.start() - 6), mt.start()):
            continue
        if covered is None:
            covered = Covered(len(text), ents)
        if covered.hit(s, end):
            continue
        ents.append(Ent(s, end, "NORP", singular_norp(mt.group(1)), fixed=True, link=False))
    if covered is not None:
        ents.sort(key=lambda x: x.start)


# the name that opens a row of a list or a table and the mark after it: "- X: £90,000",
# "* X, Leeds, for ...", "X — hearing on ..." (one word allowed: "Ryanair: 4%")
ROW_OPEN = re.compile(
    r"(?m)^[ \t]*(?:[-*•·–—>▪][ \t]+)?("
    + CAPITAL_WORD
    + MORE_WORD
    + r"{0,5})(:|,|[ \t]+[—–-])[ \t]"
)


def parallel_rows(text: str, index: _Index, english: frozenset[str], names: dict[str, str]) -> None:
    """A name that opens a row of a list or a table as its neighbours' names open theirs, with
    the same mark after it (a colon, a comma, an agenda's dash), is an ORG where a neighbouring
    row's name is one (into ``index``): "Standard Chartered: profit up 8%" / "Greater Anglia:
    4,000 trains cancelled", "• Pennant Robotics, Leeds" above "• Saltmarsh Therapeutics,
    Dundee". Not a run with a person in it, nor one English word alone ("Total: 4,000"), nor a
    field's label, nor a place the layout or the gazetteer typed."""
    rows = [(mt.start(1), mt.end(1), mt.group(2).strip()) for mt in ROW_OPEN.finditer(text)]
    if len(rows) < 2:
        return
    # the line of each row, to find neighbours: rows on consecutive lines only
    lines, last, count = [], 0, 0
    for r in rows:
        count += text.count("\n", last, r[0])
        last = r[0]
        lines.append(count)
    for _ in range(2):  # a row typed so makes its next neighbour evidence too
        changed = False
        for k, (s, end, mark) in enumerate(rows):
            if index.alone(s, end) is not None:
                continue  # typed already: an ORG, or what the model read (a place's row stays)
            words = text[s:end].split()
            if len(words) == 1 and words[0].lower() in english:
                continue
            if words[0].lower() in STOP_WORDS or POSSESSIVE.search(text, s, end):
                continue  # "The ...", "China's Ministry ..."
            if _layout_label(text[s:end]):
                continue
            hits = index.hits(s, end)
            if any(x.start < s or x.end > end or x.type == "PERSON" for x in hits):
                continue
            if any(x.fixed and x.type != "ORG" for x in hits):
                continue  # a place the layout or the gazetteer typed ("- Gauteng: 1,200")
            for j in (k - 1, k + 1):
                if not 0 <= j < len(rows) or abs(lines[j] - lines[k]) != 1 or rows[j][2] != mark:
                    continue
                other = index.alone(rows[j][0], rows[j][1])
                if other is not None and other.type == "ORG":
                    index.put(text, s, end, names)
                    changed = True
                    break
        if not changed:
            return
