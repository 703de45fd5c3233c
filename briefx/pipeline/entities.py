"""``briefx_entities``: NER spans repaired, grouped into canonical entities, with titles.

Rules on top of any English pipeline's NER (the maintainers' advice for systematic label
errors, spaCy issues #2330, #10851):
- spans lose leading determiners and a trailing possessive;
- a span made only of title words ("Defense" of "U.S. Defense Secretary") is dropped;
- a name right after a personal title is a PERSON;
- a PERSON found only in a heading, with no support elsewhere, is dropped (title case misleads NER);
- one type per entity: the mentions vote, a title counts as strong PERSON evidence;
- a one-word PERSON mention joins the full name that ends or starts with it.
Sets ``doc._.briefx_entities`` (a list of ``EntityFact``, one per mention, in text order).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span

from briefx.facts import EntityFact
from briefx.normalize.names import POSSESSIVE, canonical_person, lookup_alias, title_words
from briefx.pipeline._util import overlaps

TYPES = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "PRODUCT"}
DETERMINERS = {"the", "a", "an"}


@dataclass
class _Mention:
    start: int
    end: int
    text: str
    label: str
    titled: bool = False
    titles: list[str] = field(default_factory=list)
    in_heading: bool = False


class EntitiesComponent:
    """Repair, group and title the NER's entity spans."""

    def __call__(self, doc: Doc) -> Doc:
        taken = [(f.start, f.end) for f in (doc._.briefx_figures or [])]
        taken += [(d.start, d.end) for d in (doc._.briefx_dates or [])]
        meta = doc._.briefx_meta
        headings = list(meta.headings) if meta else []
        if meta and meta.title:
            headings.append(meta.title)
        mentions = []
        for ent in doc.ents:
            if ent.label_ not in TYPES:
                continue
            m = self._mention(doc, ent)
            if m is None or overlaps(m.start, m.end, taken):
                continue
            m.in_heading = overlaps(m.start, m.end, headings)
            mentions.append(m)
        doc._.briefx_entities = self._group(mentions)
        return doc

    def _mention(self, doc: Doc, ent: Span) -> _Mention | None:
        heads, mods = title_words()
        tokens = list(ent)
        # "the Ukraine Defense Contact Group" -> without "the", unless the alias table keeps it
        # ("The Hague").
        if tokens and tokens[0].lower_ in DETERMINERS and not lookup_alias(ent.text):
            tokens = tokens[1:]
        while tokens and (
            tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].lower_ in ("'s", "’s")
        ):
            tokens = tokens[:-1]
        label = ent.label_
        # Title words inside a PERSON span go out ("President Trump" -> "Trump").
        titled = False
        while len(tokens) > 1 and tokens[0].lower_ in heads | mods and label in ("PERSON", "ORG"):
            tokens = tokens[1:]
            titled = True
        if not tokens:
            return None
        if all(t.lower_ in heads | mods for t in tokens):
            return None  # "Defense" of "Defense Secretary"
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        text = doc.text[start:end]
        stripped = POSSESSIVE.sub("", text) if text.endswith(("'s", "’s")) else text
        end = start + len(stripped)
        text = stripped
        if not text.strip():
            return None
        # A span right before a title word ("Defense" in "Defense Secretary Pete Hegseth").
        nxt = tokens[-1].i + 1
        if label == "ORG" and nxt < len(doc) and doc[nxt].lower_ in heads and len(tokens) == 1:
            return None
        titles = (
            self._titles_before(doc, tokens[0].i)
            if label in ("PERSON", "ORG", "NORP", "GPE")
            else []
        )
        if titles or titled:
            titled = True
            if label in ("ORG", "GPE", "NORP", "PRODUCT", "FAC") and not lookup_alias(text):
                label = "PERSON"
        return _Mention(start, end, text, label, titled, titles)

    @staticmethod
    def _titles_before(doc: Doc, i: int) -> list[str]:
        """Return the title written right before token ``i``: "U.S. Defense Secretary"."""
        heads, mods = title_words()
        if i == 0 or doc[i - 1].lower_ not in heads:
            return []
        j = i
        has_head = False
        while j > 0:
            t = doc[j - 1]
            low = t.lower_
            if low in heads:
                has_head = True
            elif low in mods or ((t.is_title or t.is_upper) and not t.is_punct and not t.is_space):
                if low in ("the",):
                    break
            else:
                break
            if t.is_space or "\n" in t.text:
                break
            j -= 1
        if not has_head or j == i:
            return []
        # The title is the run up to and including its last head word before the name.
        span = doc[j:i]
        return [span.text]

    def _group(self, mentions: list[_Mention]) -> list[EntityFact]:
        # Canonical names: alias table first, then person-name folding.
        names: list[str] = []
        for m in mentions:
            alias = lookup_alias(m.text)
            if alias:
                names.append(alias[0])
                m.label = alias[1] if m.label != "NORP" else m.label
            else:
                names.append(m.text)
        # Persons: a one-word mention joins the longest full name containing it.
        full_names = [m.text for m in mentions if m.label == "PERSON" and len(m.text.split()) > 1]
        for n, m in enumerate(mentions):
            if m.label in ("PERSON", "ORG") and len(m.text.split()) == 1:
                for full in full_names:
                    parts = full.split()
                    if m.text in (parts[-1], parts[0]):
                        names[n] = full
                        break
            if m.label == "PERSON" or names[n] in full_names:
                names[n] = canonical_person(names[n])
        # One type per entity: mentions vote; a title is worth three votes for PERSON.
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        for name, m in zip(names, mentions, strict=True):
            votes[name][m.label] += 1
            if m.titled:
                votes[name]["PERSON"] += 3
        titles: dict[str, list[str]] = defaultdict(list)
        for name, m in zip(names, mentions, strict=True):
            for t in m.titles:
                if t not in titles[name]:
                    titles[name].append(t)
        facts = []
        for name, m in zip(names, mentions, strict=True):
            label = votes[name].most_common(1)[0][0]
            if (
                label == "PERSON"
                and m.in_heading
                and not any(
                    not o.in_heading for nm, o in zip(names, mentions, strict=True) if nm == name
                )
            ):
                continue  # heading words in title case, not a person
            facts.append(EntityFact(m.start, m.end, label, name, tuple(titles[name])))
        return facts


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
