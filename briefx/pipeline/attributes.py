"""The English pipeline's attribute ruler, with its one-token rules read from a table.

spaCy's ``AttributeRuler`` runs a ``Matcher`` of every rule over every token: 0.41 s of the
benchmark corpus's 5.3 s in the pipeline (20,861 words; half what the parser costs), for
what is, in the English pipelines, a function of each token's tag, lower-case
form, dependency label and whether it is a space. ``CompiledAttributeRuler`` keeps spaCy's
rules, storage and order; only its ``__call__`` differs: a one-token rule is tested once per
distinct (tag, lower, dep, is_space) key (against the rules filed under its word or tag, and
those that require neither), rules of several tokens are tried only where their first token
can match, and the values are written with ``Doc.from_array``. A rule it cannot read
(another attribute, another operator) sends the whole document through spaCy's own ruler,
so the result is always the stock ruler's (``tests/pipeline/test_attributes.py`` compares
the two on every sample and on generated text).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs
from spacy.vocab import Vocab

FACTORY = "briefx_attribute_ruler"
KEY_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")  # what one-token rules may test
KEY_IDS = [TAG, LOWER, DEP, IS_SPACE]
WRITTEN = (POS, TAG, MORPH, LEMMA)  # set through Doc.from_array; others token by token
MEMO_LIMIT = 200_000  # distinct keys kept; the memo starts afresh beyond it

Test = Callable[[str | bool], bool]


@Language.factory(
    FACTORY,
    default_config={"validate": False},
    assigns=["token.pos", "token.tag", "token.morph", "token.lemma"],
)
def make_attribute_ruler(nlp: Language, name: str, validate: bool) -> CompiledAttributeRuler:
    return CompiledAttributeRuler(nlp.vocab, name, validate=validate)


class CompiledAttributeRuler(AttributeRuler):
    """``AttributeRuler`` with the same rules and results, applied by table lookup."""

    def __init__(self, vocab: Vocab, name: str = "attribute_ruler", **kwargs: Any) -> None:
        super().__init__(vocab, name, **kwargs)
        self._compiled: _Compiled | None = None

    def add(self, patterns: Any, attrs: dict[str, Any], index: int = 0) -> None:
        super().add(patterns, attrs, index)
        self._compiled = None

    def clear(self) -> None:
        super().clear()
        self._compiled = None

    def __call__(self, doc: Doc) -> Doc:
        if self._compiled is None:
            self._compiled = _Compiled.of(self)
        if not self._compiled.usable or not len(doc):
            return super().__call__(doc)
        self._compiled.apply(doc)
        return doc


class _Compiled:
    """The rules of one ruler: one-token rules filed for lookup, rules of several tokens."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.usable = True
        self.attrs: list[dict[int, Any]] = ruler.attrs
        self.indices: list[int] = ruler.indices
        # One-token rule alternatives, (rule, tests), filed under the word or tag they require
        # ("LOWER", "ai") / ("TAG", "NN"), or under None when they require neither.
        self.single: dict[tuple[str, str] | None, list[tuple[int, dict[str, Test]]]] = {}
        self.multi: list[tuple[int, list[list[dict[str, Test]]]]] = []  # (rule, alternatives)
        self.strings = ruler.vocab.strings
        self.memo: dict[tuple[int, ...], _Effect] = {}

    @classmethod
    def of(cls, ruler: AttributeRuler) -> _Compiled:
        compiled = cls(ruler)
        for rule, entry in enumerate(_rules(ruler)):
            alternatives = entry["patterns"]
            tests = [[_token_tests(token) for token in p] for p in alternatives]
            if any(t is None for p in tests for t in p):
                compiled.usable = False
                break
            clean = [[t for t in p if t is not None] for p in tests]
            if all(len(p) == 1 for p in clean):
                for pattern, alt in zip(alternatives, clean, strict=True):
                    compiled.single.setdefault(_filed_under(pattern[0]), []).append((rule, alt[0]))
            else:
                compiled.multi.append((rule, clean))
        return compiled

    def effect(self, key: tuple[int, ...]) -> _Effect:
        """What the one-token rules do to a token with this key (memoised)."""
        found = self.memo.get(key)
        if found is None:
            tag, lower, dep = (self.strings[h] if h else "" for h in key[:3])
            values: dict[str, str | bool] = {
                "TAG": tag,
                "LOWER": lower,
                "DEP": dep,
                "IS_SPACE": bool(key[3]),
            }
            candidates = (
                *self.single.get(("LOWER", lower), ()),
                *self.single.get(("TAG", tag), ()),
                *self.single.get(None, ()),
            )
            rules = sorted({rule for rule, tests in candidates if _passes(tests, values)})
            found = _Effect.of(rules, self.attrs)
            found.token = values
            found.starts = any(_passes(p[0], values) for _, alts in self.multi for p in alts)
            if len(self.memo) >= MEMO_LIMIT:
                self.memo.clear()
            self.memo[key] = found
        return found

    def apply(self, doc: Doc) -> None:
        keys = doc.to_array(KEY_IDS)
        unique, inverse = numpy.unique(keys, axis=0, return_inverse=True)
        effects = [self.effect(tuple(k)) for k in unique.tolist()]
        values = numpy.array([e.values for e in effects], dtype="uint64")
        mask = numpy.array([e.mask for e in effects], dtype=bool)
        inverse = inverse.reshape(-1)
        table = numpy.where(mask[inverse], values[inverse], doc.to_array(list(WRITTEN)))
        # Tokens that rules of several tokens reach: merge everything again, in rule order.
        extra: dict[int, list[int]] = {}
        starts = numpy.array([e.starts for e in effects], dtype=bool)
        for start in numpy.flatnonzero(starts[inverse]).tolist():
            for rule, alternatives in self.multi:
                for alt in alternatives:
                    end = start + len(alt)
                    if end <= len(doc) and all(
                        _passes(test, effects[inverse[start + k]].token)
                        for k, test in enumerate(alt)
                    ):
                        extra.setdefault(range(start, end)[self.indices[rule]], []).append(rule)
                        break
        rest: dict[int, dict[int, Any]] = {}
        for i, rules in extra.items():
            effect = _Effect.of(sorted([*effects[inverse[i]].rules, *rules]), self.attrs)
            table[i] = numpy.where(
                effect.mask, numpy.array(effect.values, dtype="uint64"), table[i]
            )
            rest[i] = effect.rest
        for i, effect in enumerate(effects):
            if effect.rest:
                for t in numpy.flatnonzero(inverse == i).tolist():
                    rest.setdefault(t, effect.rest)
        doc.from_array(list(WRITTEN), table)  # type: ignore[arg-type]
        for i, attrs in rest.items():
            if attrs:
                set_token_attrs(doc[i], attrs)


class _Effect:
    """The merged result of rules on one token: WRITTEN values (where mask) and the rest."""

    __slots__ = ("mask", "rest", "rules", "starts", "token", "values")

    def __init__(self, rules: tuple[int, ...], values: list[int], mask: list[bool]) -> None:
        self.rules = rules
        self.values = values
        self.mask = mask
        self.rest: dict[int, Any] = {}
        self.token: dict[str, str | bool] = {}  # the key's values, by attribute name
        self.starts = False  # whether a rule of several tokens may start here

    @classmethod
    def of(cls, rules: list[int], attrs: list[dict[int, Any]]) -> _Effect:
        effect = cls(tuple(rules), [0] * len(WRITTEN), [False] * len(WRITTEN))
        for rule in rules:
            for attr, value in attrs[rule].items():
                if attr in WRITTEN:
                    effect.values[WRITTEN.index(attr)] = value
                    effect.mask[WRITTEN.index(attr)] = True
                else:
                    effect.rest[attr] = value
        return effect


def _filed_under(pattern: dict[str, Any]) -> tuple[str, str] | None:
    """The exact word, else the exact tag, a one-token pattern requires (None: neither)."""
    for attr in ("LOWER", "TAG"):
        if isinstance(pattern.get(attr), str):
            return attr, pattern[attr]
    return None


def _passes(tests: dict[str, Test], token: dict[str, str | bool]) -> bool:
    return all(test(token[attr]) for attr, test in tests.items())


def _rules(ruler: AttributeRuler) -> list[dict[str, Any]]:
    """The ruler's rules in rule order (its ``patterns`` property merges nothing: one each)."""
    return [
        {"patterns": ruler.matcher.get(str(n))[1], "index": ruler.indices[n]}
        for n in range(len(ruler.attrs))
    ]


def _token_tests(pattern: dict[str, Any]) -> dict[str, Test] | None:
    """Tests for one token pattern, or None when it tests what the lookup does not know."""
    tests: dict[str, Test] = {}
    for attr, want in pattern.items():
        if attr not in KEY_ATTRS:
            return None
        test = _test(want)
        if test is None:
            return None
        tests[attr] = test
    return tests


def _test(want: Any) -> Test | None:
    if isinstance(want, str | bool):
        return lambda value: value == want
    if not isinstance(want, dict) or len(want) != 1:
        return None
    ((op, arg),) = want.items()
    if op == "IN":
        allowed = frozenset(arg)
        return lambda value: value in allowed
    if op == "NOT_IN":
        barred = frozenset(arg)
        return lambda value: value not in barred
    if op == "REGEX":
        regex = re.compile(arg)
        return lambda value: isinstance(value, str) and regex.search(value) is not None
    return None
