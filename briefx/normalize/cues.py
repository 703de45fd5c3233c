"""The statement cue table (``models/statement_cues.jsonl``): one loader, plain functions.

Reporting and commitment verbs, "according to", hedging modals and the small word classes the
statements component and the coreference helper need. See the table's header for provenance.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from briefx.resources import read_jsonl


@dataclass(frozen=True, slots=True)
class Cue:
    """A reporting or commitment verb (or verb + particle)."""

    lemma: str
    forms: frozenset[str]
    particle: str | None
    content: str  # "clause", "object", "any", "quote", "that", "as" or "quoted"
    negative: bool = False


@cache
def cues() -> dict[str, list[Cue]]:
    """Return verb form (lower case) -> the cues it can start ("called" -> call for, call on)."""
    out: dict[str, list[Cue]] = {}
    for r in read_jsonl("statement_cues.jsonl"):
        if r["kind"] != "cue":
            continue
        cue = Cue(
            r["lemma"],
            frozenset(r["forms"]),
            r.get("particle"),
            r["content"],
            bool(r.get("negative")),
        )
        for form in cue.forms:
            out.setdefault(form, []).append(cue)
    # a verb + particle first: "called for" before a bare "call"
    for forms in out.values():
        forms.sort(key=lambda c: c.particle is None)
    return out


@cache
def as_cues() -> dict[str, list[Cue]]:
    """Return verb form (lower case) -> the cues that report only in a clause opened by "As"
    ("As Jane Roe put it, ..."): ``as_cue`` rows, kept out of ``cues()`` so that the word is
    no reporting verb anywhere else."""
    out: dict[str, list[Cue]] = {}
    for r in read_jsonl("statement_cues.jsonl"):
        if r["kind"] == "as_cue":
            cue = Cue(r["lemma"], frozenset(r["forms"]), r.get("particle"), "as_clause")
            for form in cue.forms:
                out.setdefault(form, []).append(cue)
    return out


@cache
def words(kind: str) -> frozenset[str]:
    """Return the words of one kind: modal, participle_preposition, habitual, source_noun,
    document_noun."""
    return frozenset(r["word"] for r in read_jsonl("statement_cues.jsonl") if r["kind"] == kind)


@cache
def addressees() -> dict[str, bool]:
    """Return the lemmas of cues that take an addressee ("told Reuters that") -> whether the cue
    can stand before its own subject ("“...,” warned the IMF") (``addressee`` rows)."""
    return {
        r["word"]: bool(r["inverts"])
        for r in read_jsonl("statement_cues.jsonl")
        if r["kind"] == "addressee"
    }


@cache
def gender_words() -> dict[str, str]:
    """Lower-case pronouns and honorifics -> "m" or "f" (``gender_word`` rows)."""
    return {
        r["word"]: r["gender"]
        for r in read_jsonl("statement_cues.jsonl")
        if r["kind"] == "gender_word"
    }


@cache
def prepositions() -> dict[tuple[str, ...], str]:
    """Return the word sequences of prepositional cues -> lemma: ("according", "to")."""
    return {
        tuple(r["words"]): r["lemma"]
        for r in read_jsonl("statement_cues.jsonl")
        if r["kind"] == "preposition"
    }


@cache
def demonym_countries() -> dict[str, str]:
    """Return demonym -> country ("Chilean" -> "Chile"), models/demonym_countries.jsonl."""
    return {r["demonym"]: r["country"] for r in read_jsonl("demonym_countries.jsonl")}


MAKER_OF = "maker of "  # the kind of a body described as "<noun> maker" ("maker of battery")


@dataclass(frozen=True, slots=True)
class BodyKinds:
    """The kinds of organisation of ``models/body_kinds.jsonl``."""

    roles: dict[str, str]  # role noun -> kind ("lender" -> "bank")
    names: dict[str, str]  # word of a body's name -> kind ("airlines" -> "airline")
    parents: dict[str, str]  # kind -> the kind it is a part of ("bank" -> "firm")
    legal_forms: frozenset[str]  # legal-form words of a firm's name ("plc", "ag")
    default: str  # the kind of a body the text gives none ("firm")
    bare: frozenset[str] = frozenset()  # role nouns of their kind only bare ("the force")

    def lineage(self, kind: str) -> tuple[str, ...]:
        """The kind and the kinds it is a part of, nearest first ("carmaker", "manufacturer",
        "firm")."""
        out = [kind]
        while len(out) < 8:
            last = out[-1]
            parent = self.parents.get(last)
            if parent is None and last.startswith(MAKER_OF):
                parent = self.parents.get("carmaker")  # a maker of one thing, as a carmaker is
            if parent is None:
                break
            out.append(parent)
        return tuple(out)


@cache
def body_kinds() -> BodyKinds:
    """Return the role nouns, name words and parents of ``models/body_kinds.jsonl``, with the
    legal forms of ``models/legal_forms.jsonl``."""
    rows = read_jsonl("body_kinds.jsonl")
    return BodyKinds(
        {r["word"]: r["body"] for r in rows if r["kind"] in ("role", "bare_role")},
        {r["word"]: r["body"] for r in rows if r["kind"] == "name"},
        {r["body"]: r["parent"] for r in rows if r["kind"] == "parent"},
        frozenset(r["form"] for r in read_jsonl("legal_forms.jsonl")),
        next(r["body"] for r in rows if r["kind"] == "default"),
        frozenset(r["word"] for r in rows if r["kind"] == "bare_role"),
    )


@cache
def given_genders() -> dict[str, str]:
    """Return given name -> "m" or "f" for names that name only men or only women
    (``models/given_genders.jsonl``, derived from faker's first-name lists)."""
    return {r["name"]: r["gender"] for r in read_jsonl("given_genders.jsonl")}
