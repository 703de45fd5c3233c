"""A name in capitals that opens a line before a comma is a dateline only where a region, a
date or a dash follows the comma ("LIMA, Peru", "LIMA, March 4"); before a lower-case word it
opens a sentence ("MMG, which operates the mine, said"). Invented texts."""

from __future__ import annotations

import pytest

WIRE = "LIMA, March 4 (Reuters) - Copper output in Peru fell 4% in January.\n\n"


@pytest.mark.parametrize(
    ("text", "word", "typ"),
    [
        (WIRE + "MMG, which operates the Las Bambas mine, said shipments resumed.", "MMG", "ORG"),
        (WIRE + "BHP, the world's biggest miner, kept its guidance.", "BHP", "ORG"),
        (WIRE + "KGHM, which owns mines in Chile, gave no forecast.", "KGHM", "ORG"),
        # must stay datelines
        (WIRE, "LIMA", "GPE"),
        ("LIMA, Peru, March 4 (Reuters) - Copper output fell 4%.", "LIMA", "GPE"),
        ("SALEM, Ore. - The state's wildfires grew overnight.", "SALEM", "GPE"),
        ("NAIROBI, Kenya - The ministry said the road was open.", "NAIROBI", "GPE"),
    ],
)
def test_caps_name_before_a_comma(run, text: str, word: str, typ: str) -> None:  # type: ignore[no-untyped-def]
    got = {
        m.text: e.type for e in run(text, reference_date="2025-03-04").entities for m in e.mentions
    }
    assert got.get(word) == typ
