"""One very long document: bounded memory, exact offsets and entities grouped across pieces.

extract_many cuts texts longer than PIECE_CHARS into pieces; this runs a text of LONG_CHARS
characters (many pieces) in a fresh process so its peak RSS is its own. The 5 MB case of
issue 6 is measured by ``benchmarks/bench.py --long-mb 5``. A long text's memory is bounded by
the pieces in flight (BATCH_CHARS), not by its length, so 1 MB already exercises it: 607 MB peak
RSS with one 100,000-character piece a batch, 393 MB with one 50,000-character piece (fresh
process, same machine).
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from briefx.sources import PIECE_CHARS

LONG_CHARS = 1_000_000
MAX_RSS_MB = 1024  # issue 16: a long document under 1 GB

PEOPLE = ["Pete Hegseth", "John Healey", "Mark Rutte", "Kaja Kallas", "Lloyd Austin"]
PLACES = ["Brussels", "Warsaw", "Berlin", "Paris", "London", "Vilnius", "Oslo"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "September"]
SENTENCES = [
    "{person} met defence ministers at NATO headquarters in {place} on {month} {day}, {year}.",
    "NATO allies pledged ${n} billion in military aid, and about {m} countries joined the group.",
    "Exports from {place} rose {p}% to ${n} million in {month}, the ministry said on Tuesday.",
    "The alliance agreed to spend {p} percent of GDP on defence by {year}, officials said.",
    "More than {m},000 troops took part in the exercise, {person} told reporters in {place}.",
    "Shares of the group fell {p} percent last week after a {n}-hour outage.",
]


def long_text(chars: int, seed: int = 6) -> str:
    """Varied news paragraphs (each mentions NATO) separated by blank lines, ~``chars`` long."""
    rng = random.Random(seed)
    paras = ["Published: 13.02.2025"]
    size = len(paras[0])
    while size < chars:
        sentences = rng.sample(SENTENCES, 3)
        if not any("NATO" in s for s in sentences):
            sentences[0] = SENTENCES[0]
        slots = {
            "person": rng.choice(PEOPLE), "place": rng.choice(PLACES),
            "month": rng.choice(MONTHS), "day": rng.randint(1, 28),
            "year": rng.randint(2019, 2030), "n": rng.randint(2, 900),
            "m": rng.randint(2, 60), "p": rng.randint(1, 40),
        }  # fmt: skip
        para = " ".join(s.format(**slots) for s in sentences)
        paras.append(para)
        size += len(para) + 2
    return "\n\n".join(paras)


CHILD = """
import json, resource, sys, time
from briefx.api import extract_many
from briefx.render.jsonout import dumps
from briefx.sources import Source
text = open(sys.argv[1], encoding="utf-8").read()
t = time.perf_counter()
brief = next(extract_many([Source(sys.argv[1], text)]))
seconds = time.perf_counter() - t
open(sys.argv[2], "w", encoding="utf-8").write(dumps(brief))
try:  # the peak of this process's own memory: VmHWM is reset by exec; ru_maxrss is not (Linux
    # keeps the parent's peak across fork and exec, so a large test session inflated it)
    status = open("/proc/self/status", encoding="ascii").read()
    rss = int(status.split("VmHWM:")[1].split()[0]) / 1024
except (OSError, IndexError, ValueError):
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"rss_mb": rss, "seconds": seconds}))
"""


def run_long(text: str, folder: Path) -> tuple[dict[str, object], dict[str, float]]:
    """Extract ``text`` in a fresh process; return the brief (as JSON data) and its stats."""
    src, out = folder / "long.txt", folder / "long.json"
    src.write_text(text, encoding="utf-8", newline="")
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(src), str(out)],
        capture_output=True, text=True, check=False, timeout=900,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    stats = json.loads(proc.stdout.strip().splitlines()[-1])
    return json.loads(out.read_text(encoding="utf-8")), stats


@pytest.mark.model
def test_long_document(tmp_path: Path) -> None:
    text = long_text(LONG_CHARS)
    assert len(text) > 8 * PIECE_CHARS  # many pieces
    brief, stats = run_long(text, tmp_path)

    assert stats["rss_mb"] < MAX_RSS_MB, stats
    assert brief["source"]["chars"] == len(text)
    spans = [m for e in brief["entities"] for m in e["mentions"]]
    spans += brief["figures"] + brief["dates"] + brief["headings"]
    assert len(spans) > 10_000
    for span in spans:
        assert text[span["start"] : span["end"]] == span["text"], span
    # "Published: 13.02.2025" opens the text: "on Tuesday" in every later piece resolves too.
    assert brief["dates"]
    assert [d for d in brief["dates"] if not d["value"]][:3] == []
    # The figures and dates of the last piece sit at their whole-text offsets, in order.
    starts = [f["start"] for f in brief["figures"]]
    assert starts == sorted(starts)
    assert starts[-1] > len(text) - PIECE_CHARS
    # One NATO entity, its mentions from the first piece to the last.
    nato = [e for e in brief["entities"] if e["name"] == "NATO"]
    assert len(nato) == 1, [e["id"] for e in nato]
    mentions = nato[0]["mentions"]
    assert len(mentions) > text.count("NATO") // 2
    assert mentions[0]["start"] < PIECE_CHARS
    assert mentions[-1]["start"] > len(text) - PIECE_CHARS
    sentences = [m["sentence"] for m in mentions]
    assert sentences == sorted(sentences)
