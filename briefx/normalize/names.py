"""Entity names: canonical forms, aliases, titles. Plain functions over strings."""

from __future__ import annotations

import re
from functools import cache

from briefx.resources import read_jsonl

POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
SUFFIXES = {"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"}
INITIAL = re.compile(r"^[A-Z]\.$")


@cache
def aliases() -> dict[str, tuple[str, str]]:
    """Return alias -> (canonical name, type) from models/aliases.jsonl."""
    return {r["alias"]: (r["name"], r["type"]) for r in read_jsonl("aliases.jsonl")}


@cache
def title_words() -> tuple[frozenset[str], frozenset[str]]:
    """Return (head words, modifier words) of personal titles, lower case."""
    rows = read_jsonl("titles.jsonl")
    heads = frozenset(r["word"] for r in rows if r["kind"] == "head")
    mods = frozenset(r["word"] for r in rows if r["kind"] == "modifier")
    return heads, mods


def canonical_person(name: str) -> str:
    """Drop middle initials and generational suffixes: "Lloyd J. Austin III" -> "Lloyd Austin"."""
    parts = name.split()
    if len(parts) > 2:
        parts = [p for p in parts if p.lower() not in SUFFIXES] or parts
    if len(parts) > 2:
        parts = [parts[0]] + [p for p in parts[1:-1] if not INITIAL.match(p)] + [parts[-1]]
    return " ".join(parts)


def lookup_alias(text: str) -> tuple[str, str] | None:
    """Return (canonical name, type) for a known variant ("U.S." -> "United States")."""
    return aliases().get(text) or aliases().get(text.strip())
