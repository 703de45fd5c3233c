"""Derive models/unit_names.jsonl: names, plurals, spellings and symbols of units of measure.

Source: the unit registry of ``pint`` (BSD-3-Clause; a dev-group dependency used only by this
script and its freshness test: the runtime reads the JSONL). For each unit chosen below,
pint gives its English name, spelling variants ("metre", "litre", "tonne"), symbol, SI
prefixes and size; this script adds English plurals ("kilometres", "feet", "inches",
"degrees Celsius"), square and cubic forms of lengths ("square kilometres", "km²", "km2") and
per-hour speeds. Each row names the symbol briefx reports (the symbols of ANNOTATION.md), the
dimension and the size in SI base units, so that two units of one dimension can be summed
("5 feet 2 inches" -> 5.1667 ft).

models/units.jsonl (edited by hand) wins where both name the same text. A test rebuilds this
table in memory and compares it with the committed copy (tests/normalize/test_derived_tables.py).

Run from the project root: ``.venv/bin/python scripts/derive_units.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pint

OUT = Path(__file__).resolve().parent.parent / "models" / "unit_names.jsonl"
HEADER = (
    "// Units of measure: names, plurals, spellings, symbols -> briefx symbol, dimension, size in\n"
    "// SI base units. Derived by scripts/derive_units.py from the pint unit registry\n"
    "// (BSD-3-Clause). Do not edit by hand: rerun the script. units.jsonl wins over these.\n"
)
# The units news text measures things in (pint name, SI prefixes it takes, symbol briefx
# reports where it differs from pint's). Prefixes are limited to those in use: "megametre" no.
UNITS: list[tuple[str, tuple[str, ...], str | None]] = [
    ("meter", ("kilo", "centi", "milli", "micro", "nano", "deci"), None),
    ("inch", (), None),
    ("foot", (), None),
    ("yard", (), None),
    ("mile", (), None),
    ("nautical_mile", (), None),
    ("light_year", (), None),
    ("gram", ("kilo", "milli", "micro"), None),
    ("metric_ton", (), None),
    ("pound", (), None),
    ("ounce", (), None),
    ("ton", (), None),
    ("liter", ("milli", "centi", "deci", "hecto"), None),
    ("gallon", (), None),
    ("quart", (), None),
    ("pint", (), None),
    ("fluid_ounce", (), "fl oz"),
    ("oil_barrel", (), "bbl"),
    ("cup", (), "cup"),
    ("tablespoon", (), None),
    ("teaspoon", (), None),
    ("hectare", (), None),
    ("acre", (), None),
    ("knot", (), None),
    ("mile_per_hour", (), None),
    ("watt", ("kilo", "mega", "giga", "tera"), None),
    ("watt_hour", ("kilo", "mega", "giga", "tera"), None),
    ("degree_Celsius", (), None),
    ("degree_Fahrenheit", (), None),
    ("horsepower", (), None),
    ("volt", ("kilo",), None),  # no "mV"/"mA": "MV Sea Star", "an MA" read as units
    ("ampere", (), None),
    ("hertz", ("kilo", "mega", "giga"), None),
    ("bushel", (), None),
    ("joule", ("kilo", "mega", "giga", "tera", "peta"), None),
    ("calorie", ("kilo",), None),
    ("decibel", (), None),
    ("pound_force_per_square_inch", (), "psi"),
    ("pascal", ("hecto", "kilo"), None),  # weather maps: "950 hPa", "hectopascals"
    ("bar", ("milli",), None),  # "938 millibars" (only prefixed: PREFIXED_ONLY)
    ("newton", ("kilo", "mega"), None),  # rocket thrust: "7,600 kilonewtons"
    ("ampere_hour", ("milli",), None),
    ("byte", ("kilo", "mega", "giga", "tera"), None),
    ("bit", ("kilo", "mega", "giga"), None),
]
# Units whose bare name or symbol is a common word or initials: only their prefixed forms are
# listed ("millibars", not "three bars"; "kilonewtons", not "N"; "hectopascals", not "PA").
PREFIXED_ONLY = {"bar", "newton"}
# Symbols left out as words of their own: "PA" (Pennsylvania), "kn" (knots, also "kN"), "mn"
# (million, "3mn"): these units are read by their names.
SYMBOL_SKIP = {"Pa", "kN", "MN"}
# Lengths that also make areas and volumes ("square miles", "cubic metres").
POWERS = ["meter", "kilometer", "centimeter", "foot", "yard", "mile", "inch"]
SKIP_ALIAS_WORDS = {
    "international",
    "avdp",
    "avoirdupois",
    "us",
    "uk",
    "liquid",
    "knot",
    "th",
    "thermochemical",
}
IRREGULAR = {"foot": "feet"}
INVARIANT = ("hertz",)  # "5 kilohertz", not "kilohertzs"
# Symbols that news text also writes with a plural "s" ("5 kgs", "10 kms", "3 yds"); not
# those whose plural spells a word ("pts", "has", "ins").
INFORMAL_PLURALS = ["km", "kg", "cm", "mm", "mg", "yd", "lb", "oz", "gal", "qt", "tbsp", "tsp"]


def plural(name: str) -> str:
    """English plural of a unit name: the head noun takes it ("degrees Celsius", "feet")."""
    words = name.split(" ")
    k = words.index("per") - 1 if "per" in words else len(words) - 1
    if words[0] == "degree":
        k = 0
    w = words[k]
    if w.endswith(INVARIANT):
        return name
    if w in IRREGULAR:
        w = IRREGULAR[w]
    elif w.endswith(("s", "x", "ch", "sh")):
        w += "es"
    else:
        w += "s"
    return " ".join([*words[:k], w, *words[k + 1 :]])


def _countable(name: str, dim: str) -> bool:
    """A singular name that takes a plural: not "feet", "inches", nor a bare "celsius"."""
    if name.endswith("s") or name in IRREGULAR.values():
        return False
    return dim != "temperature" or name.startswith("degree")


def _names(defn: pint.util.UnitDefinition) -> set[str]:  # type: ignore[name-defined]
    out = {defn.name.replace("_", " ").lower()}
    for alias in defn.aliases:
        words = alias.replace("_", " ").split()
        plain = alias.isascii() and alias.replace("_", "").isalpha() and alias.islower()
        if plain and not SKIP_ALIAS_WORDS & set(words):
            out.add(" ".join(words))
    return out


def _size(ureg: pint.UnitRegistry, name: str) -> tuple[str, str]:
    q = ureg.Quantity(1, name)
    dim = str(q.dimensionality).replace("[", "").replace("]", "")
    if "temperature" in dim:
        return dim, ""
    return dim, f"{q.to_base_units().magnitude:.12g}"


def rows() -> list[dict[str, str]]:
    """Build the table rows (sorted, so the file is stable)."""
    ureg = pint.UnitRegistry()
    out: dict[str, dict[str, str]] = {}
    clash: set[str] = set()

    def add(match: str, symbol: str, dim: str, size: str) -> None:
        key = match if len(match) == 1 or not match.isascii() else match.lower()
        row = {"match": key, "symbol": symbol, "dimension": dim, "factor": size}
        if key in out and out[key]["symbol"] != symbol:
            clash.add(key)  # "Mm"/"mm": a case-blind key that names two units is left out
        out.setdefault(key, row)

    for name, prefixes, ours in UNITS:
        defn = ureg._units[name]
        symbol = ours or defn.symbol
        dim, size = _size(ureg, name)
        names = _names(defn)
        bare = name not in PREFIXED_ONLY
        for n in names if bare else ():
            add(n, symbol, dim, size)
            if _countable(n, dim):
                add(plural(n), symbol, dim, size)
        if ours is not None:
            add(ours, symbol, dim, size)  # "fl oz": the symbol briefx reports is a spelling too
        one_capital = len(defn.symbol) == 1 and defn.symbol.isupper()
        if (
            bare
            and (defn.symbol.replace(" ", "").isalpha() or not defn.symbol.isascii())
            and not one_capital
            and defn.symbol not in SYMBOL_SKIP
        ):
            add(defn.symbol, symbol, dim, size)  # not "W": a capital alone is an initial
        for alias in defn.aliases if bare else ():
            if len(alias) <= 2 and not alias.islower():
                add(alias, symbol, dim, size)  # "L" for litres: a symbol whose case counts
        for p in prefixes:
            pre = ureg._prefixes[p]
            pdim, psize = _size(ureg, p + name)
            psym = pre.symbol + defn.symbol
            for n in names:
                add(p + n, psym, pdim, psize)
                add(plural(p + n), psym, pdim, psize)
            if psym not in SYMBOL_SKIP:
                add(psym, psym, pdim, psize)
            for alias in pre.aliases:
                if alias in ("u", "mc"):
                    add(alias + defn.symbol, psym, pdim, psize)  # "um", "mcg" for "µm", "µg"
    for name in POWERS:
        base = ureg.get_symbol(name)
        words = (
            sorted(n for n in _names(ureg._units[name]) if " " not in n)
            if name in ureg._units
            else []
        )
        if not words:
            words = [n for n in (name, name.replace("meter", "metre"))]
        words = sorted(set(words) | {name.replace("meter", "metre")})
        for power, word, sup in ((2, "square", "²"), (3, "cubic", "³")):
            dim, size = _size(ureg, f"{name} ** {power}")
            symbol = f"{base}{power}"
            for w in words:
                add(f"{word} {w}", symbol, dim, size)
                if _countable(w, dim):
                    add(f"{word} {plural(w)}", symbol, dim, size)
            add(f"{word} {base}", symbol, dim, size)
            add(f"sq {base}" if power == 2 else f"cu {base}", symbol, dim, size)
            add(f"{base}{sup}", symbol, dim, size)
            add(f"{base}^{power}", symbol, dim, size)  # "m^2", "ft^3"
            add(symbol, symbol, dim, size)
            powered = f"cubic_{name}" if power == 3 else f"square_{name}"
            if powered in ureg._units and ureg._units[powered].symbol.isalpha():
                add(ureg._units[powered].symbol, symbol, dim, size)  # "cc" for cm3
    dim, size = _size(ureg, "kilometer / hour")
    for km in ("kilometer", "kilometre"):
        for per in ("per hour", "an hour", "a hour"):
            add(f"{km}s {per}", "km/h", dim, size)
            add(f"{km} {per}", "km/h", dim, size)
    for per in ("per hour", "an hour"):
        add(f"km {per}", "km/h", dim, size)  # "90 km an hour": the symbol before the rate words
    add("km/h", "km/h", dim, size)
    dim, size = _size(ureg, "mile / hour")
    for per in ("per hour", "an hour"):
        add(f"miles {per}", "mph", dim, size)
    dim, size = _size(ureg, "meter / second")
    for m in ("meter", "metre"):
        for per in ("per second", "a second"):
            add(f"{m}s {per}", "m/s", dim, size)
            add(f"{m} {per}", "m/s", dim, size)
    add("m/s", "m/s", dim, size)  # not "mps": "50 MPs" are members of parliament
    for pre, psym in (("kilo", "k"), ("mega", "M"), ("giga", "G")):
        dim, size = _size(ureg, f"{pre}bit / second")
        for per in ("per second", "a second"):
            add(f"{pre}bits {per}", f"{psym}bit/s", dim, size)
        add(f"{psym.lower()}bps", f"{psym}bit/s", dim, size)  # "10 Mbps", "1 Gbps"
        add(f"{psym}bit/s", f"{psym}bit/s", dim, size)
    for sym in INFORMAL_PLURALS:  # "kgs", "lbs": symbols written with a plural "s"
        row = out.get(sym)
        if row is not None:
            add(sym + "s", row["symbol"], row["dimension"], row["factor"])
    for key in clash:
        del out[key]
    return [out[k] for k in sorted(out)]


def render() -> str:
    """Return the file text."""
    return HEADER + "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows())


def main() -> None:
    text = render()
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(text.splitlines()) - HEADER.count(chr(10))} rows -> {OUT}")


if __name__ == "__main__":
    main()
