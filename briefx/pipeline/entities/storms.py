"""Named storms by their article titles (session 41, issue 13 entity names).

Copy writes a storm with its warning centre's class words ("Tropical Cyclone Alfred", "Severe
Cyclonic Storm Remal", "Super Typhoon Yagi"), by a class it held on the day ("Tropical Storm
Milton") or by its Philippine local name ("Kristine"); English Wikipedia titles it by its peak
class in its basin's terms and, where the name was used in several seasons, by its year
("Cyclone Alfred", "Typhoon Yagi", "Hurricane Erin (2025)", "Tropical Storm Trami (2024)").
The table is ``models/storm_titles.jsonl`` (``scripts/write_storm_titles.py``). In order:

1. A storm's mention written with class words (forms.storms tagged it; its name is still the
   text) takes the title of the table's storm of that name, or local name, formed within the
   year before the reference date (or the month after it), of a basin whose centres write its
   head word ("Hurricane" names no typhoon); where none or several fit, class words that fix
   the title's class alone rename it ("Tropical Cyclone Alfred" -> "Cyclone Alfred"); else it
   stays as written.
2. The bare name or local name of a storm so titled, of a table storm of the season that a
   storm's cue stands right before ("another storm, Leon", "international name: Trami"), and
   of one that NER typed an EVENT, or typed otherwise in a sentence of storms' words ("as
   Milton made landfall"), takes the title wherever the document writes it: a one-word
   mention of any type is retyped an EVENT, an untagged one is tagged ("Yagi, known in the
   Philippines as Enteng") unless a capitalised word stands beside it ("Milton Keynes").
No reference date, no table row: the table is read only against the document's season.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import Any

from briefx.pipeline.coref import Covered, Ent
from briefx.pipeline.entities.forms import form_words
from briefx.resources import fold_accents, read_jsonl

__all__ = ["storm_titles"]

BEFORE = 1  # months before a storm formed in which copy may name it (a forecast)
AFTER = 12  # months after it formed in which copy names it without its year
LOOK_BACK = 40  # characters before a bare name in which a cue is read
NAME = re.compile(r"[A-ZÀ-Þ][\w'’-]*\Z")
# a capitalised word (a possessive "'s" left out: "Yagi's")
ONE_WORD = re.compile(r"(?<![\w'’-])[A-ZÀ-Þ][\w-]*")


@cache
def _table() -> tuple[dict[str, list[dict[str, Any]]], dict[str, str], dict[str, list[str]], Any]:
    """The storms by folded name and local name, the class words' titles, the head words'
    basins, the pattern of the cues before a bare name."""
    storms: dict[str, list[dict[str, Any]]] = {}
    classes: dict[str, str] = {}
    basins: dict[str, list[str]] = {}
    cues: list[str] = []
    for r in read_jsonl("storm_titles.jsonl"):
        if "classes" in r:
            classes = r["classes"]
        elif "basins" in r:
            basins = r["basins"]
        elif "cues" in r:
            cues = r["cues"]
        elif "name" in r:
            for n in [r["name"], *r.get("local", ())]:
                storms.setdefault(_key(n), []).append(r)
    cue = re.compile(rf"(?:{'|'.join(cues)})\s*\Z", re.IGNORECASE) if cues else None
    return storms, classes, basins, cue


def _key(name: str) -> str:
    return name.lower() if name.isascii() else fold_accents(name).lower()


def _split(word: str) -> tuple[str, str, str] | None:
    """A storm's written name as (class words in lower case, head word, name): "Super Typhoon
    Yagi" -> ("super typhoon", "typhoon", "Yagi"); None where no head word leads a name."""
    heads = form_words("event_head")
    words = word.split(" ")
    for i in range(len(words) - 2, -1, -1):
        head = words[i].lower().rsplit("-", 1)[-1]
        if head in heads:
            name = " ".join(words[i + 1 :])
            if " " in name or not NAME.match(name):
                return None
            return " ".join(words[: i + 1]).lower(), head, name
    return None


def _in_season(r: dict[str, Any], ref: dt.date) -> bool:
    formed = r["year"] * 12 + r["month"] - 1
    at = ref.year * 12 + ref.month - 1
    return formed - BEFORE <= at <= formed + AFTER


def _row(name: str, head: str, ref: dt.date | None) -> dict[str, Any] | None:
    """The table's one storm of that name or local name in the document's season and a basin
    of the head word; None where none or several fit."""
    if ref is None:
        return None
    storms, _, basins, _ = _table()
    found = [r for r in storms.get(_key(name), ()) if _in_season(r, ref)]
    if len(found) > 1 and head in basins:
        found = [r for r in found if r["basin"] in basins[head]]
    return found[0] if len(found) == 1 else None


def storm_titles(text: str, ents: list[Ent], ref: dt.date | None) -> None:
    """Name the document's storms by their article titles (see the module docstring)."""
    storms, classes, _, cue = _table()
    titles: dict[str, str] = {}  # a bare name or local name (folded) -> the storm's title
    for e in ents:
        word = text[e.start : e.end]
        if e.type != "EVENT" or e.name != word:
            continue
        parts = _split(word)
        if parts is None:
            continue
        written, head, name = parts
        r = _row(name, head, ref)
        if r is not None:
            e.name = r["title"]
            for n in [r["name"], *r.get("local", ())]:
                titles[_key(n)] = r["title"]
        elif written in classes:
            e.name = f"{classes[written]} {name}"
            titles.setdefault(_key(name), e.name)
    if ref is not None and cue is not None:
        _cued(text, ref, storms, cue, titles)
    if ref is not None:
        _season_names(text, ents, ref, storms, titles)
    if titles:
        _bare_names(text, ents, titles)


def _cued(
    text: str,
    ref: dt.date,
    storms: dict[str, list[dict[str, Any]]],
    cue: Any,
    titles: dict[str, str],
) -> None:
    """Add the storms of the season whose bare name a storm's cue stands right before."""
    for mt in ONE_WORD.finditer(text):
        key = _key(mt.group())
        if key in titles or key not in storms:
            continue
        if not cue.search(text, max(0, mt.start() - LOOK_BACK), mt.start()):
            continue
        found = [r for r in storms[key] if _in_season(r, ref)]
        if len(found) == 1:
            titles[key] = found[0]["title"]


def _season_names(
    text: str,
    ents: list[Ent],
    ref: dt.date,
    storms: dict[str, list[dict[str, Any]]],
    titles: dict[str, str],
) -> None:
    """Add the storms of the season whose bare name is a one-word mention NER typed an EVENT,
    or typed otherwise in a sentence that speaks of storms ("as Milton made landfall")."""
    words = _storm_words()
    for e in ents:
        word = text[e.start : e.end]
        key = _key(word)
        if " " in word or key in titles or key not in storms or e.name != word or e.titles:
            continue
        if e.fixed and e.type != "EVENT":
            continue
        found = [r for r in storms[key] if _in_season(r, ref)]
        if len(found) != 1:
            continue
        if e.type != "EVENT":
            left = max(text.rfind(". ", 0, e.start), text.rfind("\n", 0, e.start)) + 1
            ends = [x for x in (text.find(". ", e.end), text.find("\n", e.end)) if x >= 0]
            sentence = text[left : min(ends, default=len(text))].lower()
            if not any(w in sentence for w in words):
                continue
        titles[key] = found[0]["title"]


@cache
def _storm_words() -> tuple[str, ...]:
    """The words of a sentence that speaks of storms (the table's "words" row)."""
    for r in read_jsonl("storm_titles.jsonl"):
        if "words" in r:
            return tuple(r["words"])
    return ()


# a capitalised word right before or after a bare name: a longer name ("Milton Keynes")
NAME_BEFORE = re.compile(r"[A-Z][\w'’-]* \Z")
NAME_AFTER = re.compile(r" [A-Z]")


def _bare_names(text: str, ents: list[Ent], titles: dict[str, str]) -> None:
    """Every one-word mention or untagged word that is a titled storm's bare name takes the
    title, an EVENT."""
    for e in ents:
        word = text[e.start : e.end]
        if " " in word or e.titles:
            continue
        title = titles.get(_key(word))
        if title and (e.type != "EVENT" or e.name in (word, title) or e.name.endswith(" " + word)):
            e.type, e.name, e.fixed = "EVENT", title, True
    covered = Covered(len(text), ents)
    added = False
    for mt in ONE_WORD.finditer(text):
        title = titles.get(_key(mt.group()))
        if (
            title
            and not covered.hit(mt.start(), mt.end())
            and not NAME_AFTER.match(text, mt.end())
            and not NAME_BEFORE.search(text, max(0, mt.start() - 30), mt.start())
        ):
            ents.append(Ent(mt.start(), mt.end(), "EVENT", title, fixed=True))
            covered.add(mt.start(), mt.end())
            added = True
    if added:
        ents.sort(key=lambda e: e.start)
