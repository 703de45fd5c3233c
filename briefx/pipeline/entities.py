"""``briefx_entities``: NER spans repaired, grouped into canonical entities, with titles.

Readable rules on top of any English pipeline's NER (the maintainers' advice for systematic
label errors, spaCy issues #2330, #10851). In order:

1. Span repair: a span is cut at a line break and at an inner possessive ("DHS's FEMA" is two);
   it loses leading determiners (unless the alias table keeps them, "The Hague"), trailing
   possessives, punctuation and function words ("Northeast of"), a trailing "Headquarters" and
   leading title words ("President Trump" -> "Trump"); a country abbreviation inside those title
   words stays a GPE mention ("U.S." of "U.S. Defense Secretary Pete Hegseth"). A PERSON span that
   starts with a middle initial takes the first name before it ("Lloyd" + "J. Austin III").
2. Acronyms defined in parentheses ("Federal Emergency Management Agency (FEMA)") give the
   expansion as one ORG span and name every mention of the acronym after it. An acronym of a
   lower-case or generic expansion ("certification products contracts (CPC)") is no entity.
3. A dateline in capitals at a line start ("CAPE CANAVERAL, Fla.,", "WASHINGTON –") is a GPE.
4. Dropped: spans without a capital letter ("mm"), spans made only of title words ("Defense"
   of "Defense Secretary"), an ORG right before a title head, offices named by title ("Federal
   Disaster Recovery Coordinator"), kinds rather than names ("a Disaster Recovery Center",
   "Disaster Survivor Assistance Teams"), holidays, diseases and "the Government", a LAW without
   a law word ("Phase 1"), a lone direction word; and, in headings, a multi-word or PERSON span
   that nothing in the body or the tables supports (title case misleads NER).
5. Names the body tagged, and countries, demonyms and aliases from the tables, are tagged where
   NER missed them (mostly in headings): one entity is tagged alike throughout a document.
6. Canonical names (text evidence first, then tables): an acronym's expansion; a person's full
   name in the text, else the people table ("President Trump" -> "Donald Trump"); a lone head
   word of one named organisation ("Commission" -> "European Commission"); aliases and places
   ("U.S." -> "United States", "Fla." -> "Florida", "Iraqis" -> "Iraqi"); a U.S. city followed by
   its state -> "City, State" unless AP style lets it stand alone; U.S. departments.
7. Types: a name after a personal title is a PERSON; a demonym is NORP, a country GPE; an ORG
   whose last word is a facility word is FAC. Then one type per entity: each mention votes
   with its label, a title adds three PERSON votes, a table entry adds three votes for its type.

Sets ``doc._.briefx_entities`` (a list of ``EntityFact``, one per mention, in text order).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from briefx.facts import EntityFact
from briefx.normalize.names import (
    ACRONYM,
    canonical_org,
    canonical_person,
    dateline_name,
    entity_words,
    gazetteer,
    is_title_word,
    lookup_alias,
    lookup_department,
    lookup_person,
    match_acronym,
    place_kinds,
    postnominals,
    singular_norp,
    standalone_us_cities,
    title_words,
    us_states,
)
from briefx.pipeline._util import Intervals, overlaps, text_of

TYPES = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "PRODUCT"}
DETERMINERS = {"the", "a", "an"}
POSSESSIVES = {"'s", "’s", "'", "’"}
# A dateline in capitals at a line start, before a comma or a dash: "CAPE CANAVERAL, Fla.,".
DATELINE = re.compile(r"(?m)^([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})(?=,| [–—-] )")
TABLE_VOTES = 3
# Camel case ("SpaceX", "BlackRock") is no person's name; "McDonald", "DeSantis" are.
CAMEL = re.compile(r"^(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)\w*[a-z][A-Z]")
ROMAN = re.compile(r"[IVX]+")
TITLE_VOTES = 3


@dataclass
class _Mention:
    start: int
    end: int
    text: str
    label: str
    titled: bool = False
    titles: list[str] = field(default_factory=list)
    in_heading: bool = False
    source: str = "ner"  # ner, acronym, dateline, propagated, gazetteer, title
    name: str | None = None  # set where the text itself fixes the name
    first_token: int = 0
    last_token: int = 0


class EntitiesComponent:
    """Repair, group and title the NER's entity spans."""

    def __call__(self, doc: Doc) -> Doc:
        taken = [(f.start, f.end) for f in (doc._.briefx_figures or [])]
        taken += [(d.start, d.end) for d in (doc._.briefx_dates or [])]
        meta = doc._.briefx_meta
        headings = list(meta.headings) if meta else []
        if meta and meta.title:
            headings.append(meta.title)
        heading_spans = Intervals(headings)
        mentions: list[_Mention] = []
        for ent in _merge_broken(doc):
            if ent.label_ in TYPES:
                mentions.extend(self._repair(doc, ent))
        acronyms, not_entities, expansions, no_regions = self._acronyms(doc, taken)
        mentions = _replace(mentions, expansions)
        mentions = _replace(mentions, self._datelines(doc))
        for m in mentions:
            m.in_heading = overlaps(m.start, m.end, heading_spans)
        blocked = Intervals(taken + no_regions)
        mentions = [
            m
            for m in mentions
            if not overlaps(m.start, m.end, blocked) and self._keep(doc, m, not_entities)
        ]
        mentions = self._heading_filter(mentions)
        mentions = self._propagate(doc, mentions, taken)
        for m in mentions:
            m.in_heading = overlaps(m.start, m.end, heading_spans)
            if m.text in not_entities:
                m.label = ""
        mentions = sorted((m for m in mentions if m.label), key=lambda m: m.start)
        doc._.briefx_entities = self._group(doc, mentions, acronyms)
        return doc

    # 1. span repair -------------------------------------------------------------------------

    def _repair(self, doc: Doc, ent: Span) -> list[_Mention]:
        """Return the mentions one NER span stands for (none, one, or a split)."""
        tokens = list(ent)
        # Cut at a line break: keep the first non-blank line's part.
        parts: list[list[Token]] = [[]]
        for t in tokens:
            if "\n" in t.text:
                parts.append([])
            elif not t.is_space:
                parts[-1].append(t)
        tokens = next((p for p in parts if p), [])
        # Cut at an inner possessive: "DHS’s Federal Emergency Management Agency".
        pieces: list[list[Token]] = [[]]
        for t in tokens:
            if t.lower_ in POSSESSIVES and pieces[-1]:
                pieces.append([])
            else:
                pieces[-1].append(t)
        out: list[_Mention] = []
        for piece in pieces:
            out.extend(self._trim(doc, piece, ent.label_))
        return out

    def _trim(self, doc: Doc, tokens: list[Token], label: str) -> list[_Mention]:
        extra: list[_Mention] = []
        whole = text_of(doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1])] if tokens else ""
        if tokens and tokens[0].lower_ in DETERMINERS and not lookup_alias(whole):
            tokens = tokens[1:]
        function = entity_words("function")
        while tokens and (
            tokens[-1].is_punct
            or tokens[-1].lower_ in POSSESSIVES
            or tokens[-1].lower_ in function
            or (label == "ORG" and tokens[-1].text.lower() in {"headquarters", "hq"})
        ):
            tokens = tokens[:-1]
        titled = False
        if label in ("PERSON", "ORG") and not lookup_department(_text(doc, tokens)):
            heads, _ = title_words()
            k = 0
            while k < len(tokens) - 1 and (
                is_title_word(tokens[k].text) or _country_abbr(tokens[k])
            ):
                k += 1
            # An ORG loses its leading words only where they hold a title head ("President
            # Trump"), not "State" of "State Department" or "U.S." of "U.S. Agency for ...".
            if k and (label == "PERSON" or any(t.lower_ in heads for t in tokens[:k])):
                extra = [
                    _mention_of(doc, [t], "GPE", source="title")
                    for t in tokens[:k]
                    if _country_abbr(t)
                ]
                tokens = tokens[k:]
                titled = True
                label = "PERSON"
        if label == "PERSON" and len(tokens) > 2 and tokens[-1].lower_ in postnominals():
            tokens = tokens[:-1]  # "Michael Gove MP"
        if label in ("PERSON", "ORG"):
            tokens, label = _after_portfolio(doc, tokens, label)
        if not tokens:
            return extra
        if all(is_title_word(t.text) for t in tokens):
            return extra  # "Defense" of "Defense Secretary", "Representatives"
        nxt = tokens[-1].i + 1
        if (
            len(tokens) > 1
            and nxt < len(doc)
            and f"{tokens[-1].lower_} {doc[nxt].lower_}" in entity_words("term")
        ):
            tokens = tokens[:-1]  # "EU State aid rules": "State aid" is a term
        if (
            len(tokens) == 2
            and tokens[1].lower_ == "government"
            and place_kinds().get(tokens[0].text) == "demonym"
        ):
            tokens, label = tokens[:1], "NORP"  # "the Scottish Government" -> NORP "Scottish"
        if label == "PERSON" and len(tokens) == 1 and CAMEL.search(tokens[0].text):
            label = "ORG"  # "SpaceX", "BlackRock": a person's name is not written in camel case
        tokens, label = _mission(doc, tokens, label)
        # "J. Austin III" after "Lloyd": a name does not start with its middle initial.
        if label == "PERSON" and re.fullmatch(r"[A-Z]\.", tokens[0].text) and tokens[0].i > 0:
            prev = doc[tokens[0].i - 1]
            if prev.is_title and prev.is_alpha and not is_title_word(prev.text):
                tokens = [prev, *tokens]
        if label in ("EVENT", "PRODUCT", "FAC") and tokens[-1].lower_ in entity_words("programme"):
            label = "ORG"  # a named programme acts like an organisation
        m = _mention_of(doc, tokens, label)
        m.titled = titled
        titles = (
            self._titles_before(doc, tokens[0].i)
            if label in ("PERSON", "ORG", "NORP", "GPE")
            else []
        )
        after = self._titles_after(doc, tokens[-1].i) if label in ("PERSON", "ORG") else []
        if after and label == "ORG" and len(tokens) > 1:
            after = []  # "Acme Corp., the maker ...": an appositive title needs a person's name
        titles += after
        if titles:
            m.titles = titles
            m.titled = True
        if (
            m.titled
            and label in ("ORG", "GPE", "NORP", "PRODUCT", "FAC")
            and not lookup_alias(m.text)
        ):
            m.label = "PERSON"
        return [*extra, m]

    @staticmethod
    def _titles_before(doc: Doc, i: int) -> list[str]:
        """Return the title written right before token ``i``: "U.S. Defense Secretary"."""
        heads, _ = title_words()
        if i == 0 or doc[i - 1].lower_ in ("of", "for", "the", "and", "in"):
            return []  # "the mayor of L'Aquila": the place holds no title
        j = i
        has_head = False
        portfolio = False  # "Minister for Housing", "Chancellor of the Exchequer"
        while j > 0:
            t = doc[j - 1]
            prev = doc[j - 2] if j > 1 else None
            if "\n" in t.text or t.is_space:
                break
            if prev is not None and (
                (t.text == "." and is_title_word(prev.text + "."))
                or (t.text in ("-", "‐") and is_title_word(prev.text))
            ):
                j -= 1  # "Brig" + "." of "Brig. Gen.", "Vice" + "-" of "Vice-President"
                continue
            if t.lower_ == "the" and prev is not None and prev.lower_ in ("of", "for"):
                j -= 1
                continue
            if t.is_punct or t.lower_ in DETERMINERS:
                break
            if t.lower_ == "for" or (t.lower_ == "of" and not has_head):
                portfolio = portfolio or not has_head
            elif is_title_word(t.text):
                has_head = has_head or t.lower_ in heads
            elif not (t.is_title or t.is_upper or _country_abbr(t)):
                break
            j -= 1
        # "... Hegseth Visits NATO": a headline's words are no title; a title ends with a title
        # word next to the name, or with the portfolio after "for"/"of" ("Minister for Housing").
        if not is_title_word(doc[i - 1].text) and not (portfolio and has_head):
            return []
        # The title ends with a head word next to the name ("Secretary of Defense Lloyd").
        if not has_head or j == i:
            return []
        while j < i and doc[j].lower_ in ("of", "the", "and", "for"):
            j += 1
        return [doc[j:i].text] if j < i else []

    @staticmethod
    def _titles_after(doc: Doc, i: int) -> list[str]:
        """Return an appositive title: "Healey, the U.K. defence secretary," -> the title."""
        heads, _ = title_words()
        k = i + 1
        if k >= len(doc) or doc[k].text != ",":
            return []
        k += 1
        if k < len(doc) and doc[k].lower_ in DETERMINERS:
            k += 1
        start = k
        while k < len(doc) and k - start < 6:
            t = doc[k]
            if t.lower_ in heads:
                end = k + 1
                if end < len(doc) and doc[end].is_punct:
                    return [doc[start:end].text]
                return []
            if t.is_punct or t.is_space or not (is_title_word(t.text) or t.is_title or t.is_upper):
                return []
            k += 1
        return []

    # 2-3. acronyms and datelines ------------------------------------------------------------

    def _acronyms(
        self, doc: Doc, taken: list[tuple[int, int]]
    ) -> tuple[dict[str, str], set[str], list[_Mention], list[tuple[int, int]]]:
        """Find "Expansion (ACR)".

        Returns acronym -> name, the acronyms (and expansions) that are no entity, the
        expansion and acronym mentions, and the char regions of expansions that are no entity.
        """
        names: dict[str, str] = {}
        not_entities: set[str] = set()
        regions: list[tuple[int, int]] = []
        found: list[_Mention] = []
        taken_spans = Intervals(taken)
        for t in doc:
            if t.text != "(" or t.i + 2 >= len(doc) or doc[t.i + 2].text != ")":
                continue
            acr = doc[t.i + 1].text
            if not ACRONYM.match(acr) or t.i == 0:
                continue
            lo = max(0, t.i - 2 * len(acr) - 2)
            words = [w.text for w in doc[lo : t.i]]
            k = match_acronym(acr, words)
            if k is None:
                continue
            exp = list(doc[lo + k : t.i])
            content = [
                w
                for w in exp
                if w.lower_ not in ("of", "for", "and", "the", "on", "in", "&", "'s", "’s")
            ]
            proper = all(w.text[:1].isupper() for w in content)
            before = doc[exp[0].i - 1].lower_ if exp[0].i > 0 else ""
            generic = (
                before in ("a", "an")
                or (acr.endswith("s") and acr[:-1].isupper())  # "DSATs": a kind, many of them
                or is_title_word(exp[-1].text)  # "... Coordinator (FDRC)": an office
            )
            start, end = exp[0].idx, doc[t.i + 2].idx + 1
            if not proper or generic or overlaps(start, end, taken_spans):
                not_entities.add(acr)  # "certification products contracts (CPC)", "(FY)"
                regions.append((start, end))
                continue
            m = _mention_of(doc, exp, "ORG", source="acronym")
            names[acr] = canonical_org(m.text)
            m.name = names[acr]
            found.append(m)
            found.append(_mention_of(doc, [doc[t.i + 1]], "ORG", source="acronym"))
        return names, not_entities, found, regions

    @staticmethod
    def _datelines(doc: Doc) -> list[_Mention]:
        out = []
        for mt in DATELINE.finditer(text_of(doc)):
            span = doc.char_span(mt.start(1), mt.end(1))
            if span is None or sum(c.isalpha() for c in mt.group(1)) < 4:
                continue
            m = _mention_of(doc, list(span), "GPE", source="dateline")
            m.name = dateline_name(m.text)
            out.append(m)
        return out

    # 4. drop rules --------------------------------------------------------------------------

    def _keep(self, doc: Doc, m: _Mention, not_entities: set[str]) -> bool:
        text = m.text
        words = text.split()
        heads, _ = title_words()
        if not any(c.isupper() for c in text):
            return False  # "mm"
        if text in not_entities or text in entity_words("not_entity"):
            return False
        if m.source == "dateline" or lookup_alias(text):
            return True
        if len(words) == 1 and text.lower() in entity_words("direction"):
            return False
        if m.label == "LAW" and not any(w.lower() in entity_words("law_word") for w in words):
            return False
        nxt = m.last_token + 1
        if m.label in ("ORG", "FAC") and m.first_token > 0:
            before = doc[m.first_token - 1].lower_
            followed_by_noun = nxt < len(doc) and doc[nxt].is_lower and doc[nxt].pos_ == "NOUN"
            if before in ("a", "an") and not followed_by_noun:
                return False  # "a Disaster Recovery Center": a kind, not a name
        if m.label != "PERSON" and len(words) > 1 and words[-1].lower() in heads:
            return False  # "Federal Disaster Recovery Coordinator": an office
        if m.label in ("ORG", "PERSON") and len(words) > 1 and _generic_plural(doc, m):
            return False  # "Assistance Teams"
        if nxt < len(doc) and doc[nxt].lower_ in heads and m.label in ("ORG", "PERSON"):
            prev = doc[m.first_token - 1] if m.first_token > 0 else None
            if len(words) == 1 and prev is not None and is_title_word(prev.text):
                # "Chief Cabinet Secretary": a word between title words is part of the title
                return bool(text.isupper() or lookup_person(text))
            last = doc[m.last_token]
            if m.label == "ORG" and (
                last.tag_ in ("JJ", "VBG", "VBN") or last.lower_.endswith("ing")
            ):
                return False  # "Federal Coordinating" of "Federal Coordinating Officer"
        # "Defense" in "Defense Secretary Pete Hegseth"
        return not (
            m.label == "ORG" and len(words) == 1 and nxt < len(doc) and doc[nxt].lower_ in heads
        )

    @staticmethod
    def _heading_filter(mentions: list[_Mention]) -> list[_Mention]:
        """Drop heading spans that title case made up: unsupported multi-word or PERSON spans."""
        body = {m.text for m in mentions if not m.in_heading}
        body |= {
            w for m in mentions if not m.in_heading and m.label == "PERSON" for w in m.text.split()
        }
        kept = []
        for m in mentions:
            supported = m.text in body or lookup_alias(m.text) or m.source != "ner"
            if m.in_heading and not supported and (m.label == "PERSON" or len(m.text.split()) > 1):
                continue
            kept.append(m)
        return kept

    # 5. propagation -------------------------------------------------------------------------

    def _propagate(
        self, doc: Doc, mentions: list[_Mention], taken: list[tuple[int, int]]
    ) -> list[_Mention]:
        """Tag, where NER missed them, names the document tagged elsewhere and table names."""
        known: dict[str, tuple[str, str | None]] = {}
        programme = entity_words("programme")
        for m in mentions:
            if m.in_heading or m.label == "" or not m.text[:1].isupper():
                continue
            known.setdefault(m.text, (m.label, m.name))
            words = m.text.split()
            if m.label == "ORG" and len(words) > 2 and words[-1].lower() in programme:
                full = m.name or m.text
                # the same name with a lower-case last word, or as a modifier without it
                known.setdefault(" ".join([*words[:-1], words[-1].lower()]), ("ORG", full))
                known.setdefault(" ".join(words[:-1]), ("ORG", full))
        for alias, (_, typ) in gazetteer().items():
            known.setdefault(alias, (typ, None))
        spans = Intervals(taken)
        added: list[_Mention] = []
        dropped: set[int] = set()
        by_start = sorted(mentions, key=lambda m: m.start)
        starts = [m.start for m in by_start]
        # Scan capitalised tokens; try the longest known name starting at each (up to 9 tokens:
        # "Department for Levelling Up, Housing and Communities").
        i = 0
        n = len(doc)
        full_text = text_of(doc)
        tok_end = [t.idx + len(t) for t in doc]  # once, not two Tokens per window
        while i < n:
            t = doc[i]
            if not (t.text[:1].isupper() or t.text[:1].isdigit()):
                i += 1
                continue
            hit = None
            for j in range(min(n, i + 9), i, -1):
                text = full_text[t.idx : tok_end[j - 1]]
                if text in known:
                    hit = (j, text)
                    break
            if hit is None:
                i += 1
                continue
            j, text = hit
            start, end = t.idx, doc[j - 1].idx + len(doc[j - 1])
            k = bisect.bisect_left(starts, end)
            inside: list[_Mention] = []
            while (
                k > 0 and len(inside) < 64
            ):  # NER spans do not overlap: walk back while they touch
                k -= 1
                if by_start[k].end > start:
                    inside.append(by_start[k])
                elif by_start[k].end <= start and by_start[k].start < start:
                    break
            # A longer known name replaces the pieces NER made of it ("Holiday Activities" of
            # "Holiday Activities and Food programme"); it never cuts into another mention.
            if overlaps(start, end, spans) or any(
                m.start < start or m.end > end or (m.start, m.end) == (start, end) for m in inside
            ):
                i += 1
                continue
            if len(text) <= 3 and text.isupper() and _in_capitals(doc, i, j):
                i = j  # "HELP US REBUILD": a short code inside a line in capitals is a word
                continue
            label, name = known[text]
            m = _mention_of(doc, list(doc[i:j]), label, source="propagated")
            m.name = name
            added.append(m)
            dropped.update(id(x) for x in inside)
            i = j
        return [m for m in mentions if id(m) not in dropped] + added

    # 6-7. names and types -------------------------------------------------------------------

    def _group(
        self, doc: Doc, mentions: list[_Mention], acronyms: dict[str, str]
    ) -> list[EntityFact]:
        names: list[str] = []
        table_type: list[str | None] = []
        us_text = False
        kinds = place_kinds()
        for m in mentions:
            alias = lookup_alias(m.text)
            typ = None
            if m.name:
                name = m.name
                typ = alias[1] if alias else None
            elif m.text in acronyms:
                name = acronyms[m.text]
            elif alias:
                name, typ = alias
            elif m.label == "NORP":
                name = singular_norp(m.text)
            else:
                name = m.text
            if m.text in kinds and kinds[m.text] == "demonym":
                typ = "NORP"
            names.append(name)
            table_type.append(typ)
            us_text = us_text or name in ("United States", "American") or name in us_states()
        # An acronym with no parentheses whose expansion the text names: "FEMA" after "the
        # Federal Emergency Management Agency".
        org_full = [
            names[n] for n, m in enumerate(mentions) if m.label == "ORG" and " " in names[n]
        ]
        expansion: dict[str, str | None] = {}  # once per acronym, not per mention
        for n, m in enumerate(mentions):
            if m.label == "ORG" and m.text not in acronyms and ACRONYM.match(m.text):
                if m.text not in expansion:
                    expansion[m.text] = next(
                        (f for f in org_full if match_acronym(m.text, f.split()) == 0), None
                    )
                names[n] = expansion[m.text] or names[n]  # the text's expansion wins
        self._places_by_context(doc, mentions, table_type)
        # Organisations: "U.S. Agency for ..." -> "United States Agency for ...", departments.
        for n, m in enumerate(mentions):
            if m.label == "ORG" and not table_type[n]:
                dept = lookup_department(m.text) if us_text else None
                names[n] = dept or canonical_org(names[n])
        # A U.S. city followed by its state: "Beaumont, Texas" (AP's standalone cities excepted).
        city_names: dict[str, str] = {}
        for n, m in enumerate(mentions[:-1]):
            nxt = mentions[n + 1]
            between = text_of(doc)[m.end : nxt.start]
            if (
                m.label == "GPE"
                and m.source != "dateline"
                and between.strip() == ","
                and names[n + 1] in us_states()
                and m.text not in standalone_us_cities()
                and names[n] == m.text
            ):
                city_names[m.text] = f"{m.text}, {names[n + 1]}"
        for n, m in enumerate(mentions):
            # every mention of the city, whatever NER called it ("Austin was ready")
            if m.text in city_names and names[n] == m.text:
                names[n] = city_names[m.text]
        # Persons: the full name in the text; else the people table for a well-known surname.
        full_names = [m.text for m in mentions if m.label == "PERSON" and len(m.text.split()) > 1]
        # Indexed once, so each mention is one lookup (linear in the mentions): the first full
        # name ending in " <words>" (lower case), and the first whose first or last word is w.
        by_tail: dict[str, str] = {}
        by_part: dict[str, str] = {}
        for full in full_names:
            low = full.lower()
            for p, ch in enumerate(low):
                if ch == " ":
                    by_tail.setdefault(low[p:], full)
            parts = canonical_person(full).split()
            by_part.setdefault(parts[0], full)
            by_part.setdefault(parts[-1], full)
        for n, m in enumerate(mentions):
            one_word = len(m.text.split()) == 1
            if m.label == "PERSON" and not one_word:
                # "Von der Leyen" -> "Ursula von der Leyen": a surname with particles
                longer = by_tail.get(" " + m.text.lower())
                if longer:
                    names[n] = longer
            if m.label in ("PERSON", "ORG") and one_word and not table_type[n]:
                named = by_part.get(m.text)
                if named is not None and named != m.text:
                    names[n] = named
                    m.label = "PERSON"
                else:
                    known = lookup_person(m.text)
                    if known:  # NER often calls a lone surname ORG ("Trump administration")
                        names[n] = known
                        table_type[n] = "PERSON"
            if m.label == "PERSON" or names[n] in full_names:
                names[n] = canonical_person(names[n])
        # A lone head word of one named organisation: "Commission" -> "European Commission".
        org_names = {names[n] for n, m in enumerate(mentions) if m.label == "ORG"}
        by_head: dict[str, set[str]] = defaultdict(set)
        for o in org_names:
            if len(o.split()) > 1:
                by_head[o.split()[-1]].add(o)
        for n, m in enumerate(mentions):
            if m.label == "ORG" and len(m.text.split()) == 1 and m.text[:1].isupper():
                cands = by_head.get(m.text, set())
                if len(cands) == 1:
                    names[n] = next(iter(cands))
        # Product with a generic noun after it: "M777 howitzers" -> "M777 howitzer".
        for n, m in enumerate(mentions):
            if m.label != "PRODUCT" or m.name:
                continue
            for k in range(m.last_token + 1, min(len(doc), m.last_token + 4)):
                if not (doc[k].is_lower and doc[k].is_alpha):
                    break
                if doc[k].pos_ == "NOUN":
                    names[n] = f"{names[n]} {doc[k].lemma_}"
                    break
        # Types: one per entity, by votes.
        fac = entity_words("fac_head")
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        for name, m, typ in zip(names, mentions, table_type, strict=True):
            label = m.label
            last = m.text.split()[-1].lower()
            if label == "ORG" and last in fac:
                label = "FAC"
            elif " " in m.text and last in entity_words("gpe_head") and label != "NORP":
                label = "GPE"  # "Iwate Prefecture", "Lafourche Parish"
            elif " " in m.text and last in entity_words("law_head") and label in ("ORG", "PRODUCT"):
                label = "LAW"  # "Cessation of Hostilities Agreement"
            votes[name][label] += 1
            if typ:
                votes[name][typ] += TABLE_VOTES
            if m.titled and not typ:
                votes[name]["PERSON"] += TITLE_VOTES
        titles: dict[str, list[str]] = defaultdict(list)
        for name, m in zip(names, mentions, strict=True):
            for t in m.titles:
                if t not in titles[name]:
                    titles[name].append(t)
        facts = []
        for name, m in zip(names, mentions, strict=True):
            label = votes[name].most_common(1)[0][0]
            facts.append(EntityFact(m.start, m.end, label, name, tuple(titles[name])))
        return facts

    @staticmethod
    def _places_by_context(
        doc: Doc, mentions: list[_Mention], table_type: list[str | None]
    ) -> None:
        """Make a one-word PERSON or ORG a GPE where its context says it is a place.

        - after "<place word> of" ("the city of Miyako", "residents of Sendai");
        - in a list with a place ("in Houma, Thibodaux and New Orleans", "Terrebonne and
          Lafourche parishes"), unless the word is part of a person's full name in the text.
        """
        context = entity_words("gpe_context")
        in_names = {
            w for m in mentions if m.label == "PERSON" and " " in m.text for w in m.text.split()
        }

        def candidate(n: int) -> bool:
            m = mentions[n]
            return (
                m.label in ("PERSON", "ORG")
                and not table_type[n]
                and not m.titled
                and " " not in m.text
                and not m.text.isupper()
                and m.text not in in_names
                and not lookup_person(m.text)
            )

        def is_place(n: int) -> bool:
            return (table_type[n] or mentions[n].label) == "GPE"

        text = text_of(doc)
        for n, m in enumerate(mentions):
            i = m.first_token
            if (
                candidate(n)
                and i > 1
                and doc[i - 1].lower_ == "of"
                and doc[i - 2].lower_ in context
            ):
                table_type[n] = "GPE"
        for order in (range(len(mentions)), range(len(mentions) - 1, -1, -1)):
            for n in order:
                if not candidate(n) or is_place(n):
                    continue
                for k in (n - 1, n + 1):
                    if not 0 <= k < len(mentions) or not is_place(k):
                        continue
                    a, b = sorted((mentions[n], mentions[k]), key=lambda x: x.start)
                    if text[a.end : b.start] in (", ", " and ", ", and ", " or "):
                        table_type[n] = "GPE"
                        break
        # one entity, one type: "Houma" of "Houma-Terrebonne" is the place named elsewhere
        places = {m.text for n, m in enumerate(mentions) if is_place(n)}
        for n, m in enumerate(mentions):
            if candidate(n) and m.text in places:
                table_type[n] = "GPE"
            if table_type[n] == "GPE" and m.label in ("PERSON", "ORG"):
                m.label = "GPE"


def _after_portfolio(doc: Doc, tokens: list[Token], label: str) -> tuple[list[Token], str]:
    """Cut the portfolio off a name NER joined to it: "Commissioner for Energy Kadri Simson"
    gives "Energy Kadri Simson"; the name is the last two words (with initials and a suffix)."""
    i = tokens[0].i if tokens else 0
    heads, _ = title_words()
    if len(tokens) < 3 or i < 2 or doc[i - 1].lower_ not in ("for", "of"):
        return tokens, label
    if doc[i - 2].lower_ not in heads:
        return tokens, label
    k = len(tokens) - 1
    if tokens[k].lower_.rstrip(".") in ("jr", "sr", "ii", "iii", "iv"):
        k -= 1
    j = k - 1
    while j > 0 and re.fullmatch(r"[A-Z]\.", tokens[j].text):
        j -= 1
    name = tokens[j:]
    if j < 1 or not all(t.is_title and t.is_alpha for t in (tokens[j], tokens[k])):
        return tokens, label
    return name, "PERSON"


def _mission(doc: Doc, tokens: list[Token], label: str) -> tuple[list[Token], str]:
    """A numbered name before "mission" is a mission (EVENT): "Artemis III", "Crew-1"."""
    if not tokens or label in ("GPE", "LOC", "LAW"):
        return tokens, label
    j = tokens[-1].i + 1
    if (
        j + 1 < len(doc)
        and ROMAN.fullmatch(doc[j].text)
        and doc[j + 1].lower_ == "mission"
        and not ROMAN.fullmatch(tokens[-1].text)
    ):
        return [*tokens, doc[j]], "EVENT"  # "Artemis" + "III mission"
    last = tokens[-1].text
    numbered = any(c.isdigit() for c in last) or (len(tokens) > 1 and ROMAN.fullmatch(last))
    if numbered and j < len(doc) and doc[j].lower_ == "mission":
        return tokens, "EVENT"
    return tokens, label


def _country_abbr(t: Token) -> bool:
    """True for a country abbreviation used as a modifier in a title ("U.S.", "U.K.")."""
    alias = lookup_alias(t.text)
    return bool(alias and alias[1] == "GPE" and t.text.isupper() and len(t.text) <= 5)


def _text(doc: Doc, tokens: list[Token]) -> str:
    return text_of(doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1])] if tokens else ""


def _mention_of(doc: Doc, tokens: list[Token], label: str, source: str = "ner") -> _Mention:
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    return _Mention(
        start,
        end,
        text_of(doc)[start:end],
        label,
        source=source,
        first_token=tokens[0].i,
        last_token=tokens[-1].i,
    )


def _replace(mentions: list[_Mention], better: list[_Mention]) -> list[_Mention]:
    """Put ``better`` mentions in, dropping those they overlap."""
    spans = Intervals((b.start, b.end) for b in better)
    return [m for m in mentions if not overlaps(m.start, m.end, spans)] + better


def _in_capitals(doc: Doc, i: int, j: int) -> bool:
    """True where a neighbour of tokens i..j is a capitalised word too ("HELP US REBUILD")."""
    near = [doc[k] for k in (i - 1, j) if 0 <= k < len(doc)]
    return any(t.is_alpha and t.is_upper and len(t) > 1 for t in near)


# Lower-case particles inside personal names ("Ursula von der Leyen", "Charles de Gaulle").
NAME_PARTICLES = {"von", "van", "der", "den", "de", "da", "di", "del", "della", "du", "dos",
                  "das", "le", "la", "bin", "ibn", "al", "ter", "ten", "zu"}  # fmt: skip


def _merge_broken(doc: Doc) -> list[Span]:
    """Join entity spans NER broke in two.

    - a span that ends with "and"/"of"/"for" and the same-type span right after it ("the
      Holiday Activities and" + "Food Programme");
    - a PERSON that ends with, or is followed by, name particles and the capitalised word
      after them ("Ursula von der" + "Leyen", which the small model calls GPE).
    """
    out: list[Span] = []
    for ent in doc.ents:
        prev = out[-1] if out else None
        gap = doc[prev.end : ent.start] if prev is not None else None
        if (
            prev is not None
            and prev.end == ent.start
            and prev.label_ == ent.label_
            and prev[-1].lower_ in ("and", "of", "for", "&")
        ):
            out[-1] = Span(doc, prev.start, ent.end, label=ent.label_)
        elif (
            prev is not None
            and gap is not None
            and prev.label_ == "PERSON"
            and len(gap) <= 3
            and (
                prev[-1].lower_ in NAME_PARTICLES or (len(gap) and gap[0].lower_ in NAME_PARTICLES)
            )
            and all(t.lower_ in NAME_PARTICLES for t in gap)
            and ent[0].is_title
            and len(ent) <= 2
        ):
            out[-1] = Span(doc, prev.start, ent.end, label="PERSON")
        else:
            out.append(_extend_particles(doc, ent))
    return out


def _extend_particles(doc: Doc, ent: Span) -> Span:
    """Extend a PERSON over trailing particles and the name word after them ("Ursula von" +
    "der Leyen" when NER tagged nothing after it)."""
    if ent.label_ != "PERSON":
        return ent
    j = ent.end
    while j < len(doc) and doc[j].lower_ in NAME_PARTICLES and j - ent.end < 3:
        j += 1
    trailing = ent[-1].lower_ in NAME_PARTICLES
    if (j > ent.end or trailing) and j < len(doc) and doc[j].is_title and not doc[j].ent_type_:
        return Span(doc, ent.start, j + 1, label="PERSON")
    return ent


def _generic_plural(doc: Doc, m: _Mention) -> bool:
    """A plural common noun ends the span: "Assistance Teams" names a kind, not one body."""
    last = doc[m.last_token]
    return (
        last.tag_ in ("NNS", "NNPS")
        and last.lemma_.lower()
        in {
            "team",
            "center",
            "centre",
            "office",
            "unit",
            "force",
            "group",
            "committee",
        }
        and not lookup_alias(m.text)
    )


@Language.factory(
    "briefx_entities",
    assigns=["doc._.briefx_entities"],
    requires=["doc.ents", "doc._.briefx_figures", "doc._.briefx_dates", "doc._.briefx_meta"],
    default_config={},
)
def make_entities(nlp: Language, name: str) -> EntitiesComponent:
    """Create the entities component.

    RETURNS (EntitiesComponent): sets doc._.briefx_entities.
    """
    return EntitiesComponent()
