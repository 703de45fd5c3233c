"""Speed and memory of briefx against bare spaCy (issue 6). A script, not a test.

    python benchmarks/bench.py [--words 100000] [--reps 3] [--out benchmarks/results/latest.md]

Every measured run is its own subprocess (``--child CONFIG``): it loads its pipeline, runs the
corpus once and prints one JSON line with its words/s and its peak RSS (``ru_maxrss`` is a
high-water mark, so each configuration needs a fresh process). Repetitions are alternated
(stock, bare, briefx, jobs=2, then the next round in rotated order) and medians are reported.
See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
EVAL = ROOT.parent / "shared" / "eval" / "briefs-dev.jsonl"
SAMPLE = SAMPLES / "hegseth-nato.txt"
BIN = Path(sys.executable).parent
CONFIGS = ("stock", "bare", "briefx", "jobs2")
LABELS = {
    "stock": "spaCy, full small pipeline as shipped",
    "bare": "spaCy, only the components briefx loads",
    "briefx": "briefx end to end (extract_many)",
    "jobs2": "briefx, run(jobs=2)",
}
HELP = "briefx --help"
IMPORT = 'python -c "import spacy"'
ONE = "briefx extract samples/hegseth-nato.txt"
LOAD_ONE = "python: import spacy; spacy.load(model); nlp(sample)"
SPACY_STAGES = {"tok2vec", "tagger", "attribute_ruler", "lemmatizer", "ner", "senter", "parser"}

# Targets of issue 6.
MIN_SPEED_RATIO = 1.0  # briefx words/s over full stock spaCy
MAX_OWN_SHARE = 0.20  # briefx's own stages over spaCy's time
MAX_HELP_RATIO = 0.35  # `briefx --help` over `python -c "import spacy"`
MAX_ONE_BRIEF_RATIO = 1.2  # `briefx extract` over import + load + one doc
MAX_MEM_GROWTH = 1.2  # peak RSS on a 10x larger corpus
MAX_LONG_RSS_MB = 1536  # one 5 MB document


# --- corpus -------------------------------------------------------------------------------


def corpus_texts() -> tuple[list[str], str]:
    """The texts to cycle: samples/*.txt and the dev briefs (when present), and a note."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    note = f"{len(texts)} sample(s)"
    if EVAL.is_file():
        with EVAL.open(encoding="utf-8") as f:
            dev = [json.loads(line)["text"] for line in f if line.strip()]
        texts += dev
        note += f" + {len(dev)} briefs of {EVAL.name}"
    else:
        note += f" ({EVAL} absent: skipped)"
    return texts, note


def corpus(words: int) -> list[str]:
    """Cycle the texts until they hold at least ``words`` words (whitespace-separated)."""
    texts, _ = corpus_texts()
    out: list[str] = []
    total = 0
    while total < words:
        for text in texts:
            out.append(text)
            total += len(text.split())
            if total >= words:
                break
    return out


def count_words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


# --- children: one configuration, one process ----------------------------------------------


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # KiB on Linux


def model_name() -> str:
    from briefx.nlp import default_model

    return default_model()


class _Timed:
    """Stands in for a pipeline component and adds the time spent in it to ``clock``.

    The stages of ``nlp.pipe`` are chained generators: the time spent in ``next()`` of stage
    k includes stages 0..k-1, so each stage's own time is the difference with the previous.
    """

    def __init__(self, name: str, proc: Any, clock: dict[str, float], first: bool) -> None:
        self.name, self.proc, self.clock, self.first = name, proc, clock, first

    def __call__(self, doc: Any) -> Any:
        return self.proc(doc)

    def __getattr__(self, attr: str) -> Any:
        return getattr(self.proc, attr)

    def pipe(self, docs: Any, **kwargs: Any) -> Iterator[Any]:
        if self.first:
            docs = _timed(docs, self.clock, "<input>")
        if hasattr(self.proc, "pipe"):
            inner = self.proc.pipe(docs, **kwargs)
        else:
            inner = (self.proc(doc) for doc in docs)
        return _timed(inner, self.clock, self.name)


def _timed(gen: Any, clock: dict[str, float], key: str) -> Iterator[Any]:
    it = iter(gen)
    clock.setdefault(key, 0.0)
    while True:
        t = time.perf_counter()
        try:
            item = next(it)
        except StopIteration:
            clock[key] += time.perf_counter() - t
            return
        clock[key] += time.perf_counter() - t
        yield item


def child(config: str, words: int) -> dict[str, Any]:
    """Run one configuration over the corpus in this process; return its measurements.

    For "long", ``words`` is the length in characters of the one long document.
    """
    if config == "long":
        sys.path.insert(0, str(ROOT))
        from tests.test_long_docs import long_text

        texts = [long_text(words)]
    else:
        texts = corpus(words)
    n_words = count_words(texts)
    t0 = time.perf_counter()
    result: dict[str, Any] = {"config": config, "words": n_words, "docs": len(texts)}
    if config in ("stock", "bare"):
        import spacy

        name = model_name()
        if config == "stock":
            nlp = spacy.load(name)
        else:
            nlp = spacy.load(name, exclude=["parser"])
            if "senter" in nlp.disabled:
                nlp.enable_pipe("senter")
        result["pipeline"] = nlp.pipe_names
        t1 = time.perf_counter()
        for _doc in nlp.pipe(texts):
            pass
    elif config == "briefx":
        import briefx.pipeline._util as util
        from briefx.api import extract_many
        from briefx.nlp import load
        from briefx.sources import Source

        nlp = load(None, "MDY")  # the cache key extract_many uses
        result["pipeline"] = nlp.pipe_names
        clock: dict[str, float] = {}
        nlp._components = [  # type: ignore[attr-defined]
            (name, _Timed(name, proc, clock, n == 0))
            for n, (name, proc) in enumerate(nlp._components)  # type: ignore[attr-defined]
        ]
        make_doc = util.make_doc

        def timed_make_doc(nlp_: Any, text: str) -> Any:
            t = time.perf_counter()
            doc = make_doc(nlp_, text)
            clock["<tokenizer>"] = clock.get("<tokenizer>", 0.0) + time.perf_counter() - t
            return doc

        util.make_doc = timed_make_doc  # type: ignore[assignment]
        sources = [Source(f"doc{n}.txt", t) for n, t in enumerate(texts)]
        t1 = time.perf_counter()
        for _brief in extract_many(sources):
            pass
        total = time.perf_counter() - t1
        names = [name for name, _ in nlp._components]  # type: ignore[attr-defined]
        own: dict[str, float] = {"<tokenizer>": clock.get("<tokenizer>", 0.0)}
        own["<input>"] = clock.get("<input>", 0.0) - own["<tokenizer>"]
        prev = clock.get("<input>", 0.0)
        for name in names:
            own[name] = clock[name] - prev
            prev = clock[name]
        own["<build>"] = total - prev  # facts_from_doc + build_brief, after the last stage
        result["stages"] = own
    elif config == "long":
        from briefx.api import extract_many
        from briefx.nlp import load
        from briefx.sources import Source

        load(None, "MDY")
        result["chars"] = len(texts[0])
        t1 = time.perf_counter()
        for _brief in extract_many([Source("long.txt", texts[0])]):
            pass
    elif config == "jobs2":
        from briefx.options import Options
        from briefx.runner import run
        from briefx.sources import Source

        sources = [Source(f"doc{n}.txt", t) for n, t in enumerate(texts)]
        t1 = t0  # includes starting the pool and loading the pipeline in each worker
        for _brief in run(sources, Options(jobs=2)):
            pass
        result["worker_rss_mb"] = peak_rss_mb(resource.RUSAGE_CHILDREN)
    else:
        raise SystemExit(f"unknown config {config!r}")
    t2 = time.perf_counter()
    result["load_s"] = t1 - t0
    result["proc_s"] = t2 - t1
    result["wps"] = n_words / (t2 - t1)
    result["wps_with_load"] = n_words / (t2 - t0)
    result["rss_mb"] = peak_rss_mb()
    return result


def spawn(config: str, words: int) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--child", config, "--words", str(words)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False, cwd=ROOT)
    if proc.returncode != 0:
        sys.exit(f"bench: child {config} failed:\n{proc.stderr}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


# --- cold starts --------------------------------------------------------------------------


def cold_commands(model: str) -> dict[str, list[str]]:
    py = sys.executable
    one_doc = f"import spacy; nlp=spacy.load({model!r}); nlp(open({str(SAMPLE)!r}).read())"
    return {
        HELP: [str(BIN / "briefx"), "--help"],
        IMPORT: [py, "-c", "import spacy"],
        ONE: [str(BIN / "briefx"), "extract", str(SAMPLE), "--format", "json"],
        LOAD_ONE: [py, "-c", one_doc],
    }


def help_imports_spacy() -> bool:
    code = (
        "import sys\nsys.argv = ['briefx', '--help']\nfrom briefx.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('SPACY' if 'spacy' in sys.modules else 'NOSPACY', file=sys.stderr)"
    )
    cmd = [sys.executable, "-c", code]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False, cwd=ROOT)
    return "NOSPACY" not in proc.stderr


def cold_starts(model: str, runs: int) -> dict[str, list[float]]:
    cmds = cold_commands(model)
    times: dict[str, list[float]] = {k: [] for k in cmds}
    for rnd in range(runs + 1):  # round 0 warms the page cache and is not counted
        for key, cmd in cmds.items():
            t = time.perf_counter()
            subprocess.run(cmd, capture_output=True, check=True, cwd=ROOT)
            if rnd:
                times[key].append(time.perf_counter() - t)
    return times


# --- report -------------------------------------------------------------------------------


def machine() -> str:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import spacy

    from briefx.__about__ import __version__

    return (
        f"{os.cpu_count()} CPU(s) (nproc {len(os.sched_getaffinity(0))}), {cpu}; "
        f"Python {platform.python_version()}; spaCy {spacy.__version__}; "
        f"briefx {__version__}; model {model_name()}"
    )


def row(*cells: str) -> str:
    return "| " + " | ".join(cells) + " |"


def yes(ok: bool) -> str:
    return "met" if ok else "**not met**"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=100_000, help="corpus size (words)")
    parser.add_argument("--reps", type=int, default=3, help="alternated repetitions")
    parser.add_argument("--cold-runs", type=int, default=5, help="runs of each cold start")
    parser.add_argument(
        "--mem-words",
        type=int,
        default=None,
        help="small corpus of the memory check, against 10x it (default: --words / 10, so the "
        "10x corpus is the timed one and costs no extra run)",
    )
    parser.add_argument(
        "--long-mb", type=float, default=0, help="also time one document of this many MB"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks/results/latest.md")
    parser.add_argument("--child", choices=[*CONFIGS, "long"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.words)))
        return

    started = time.perf_counter()

    def log(msg: str) -> None:
        print(f"[{time.perf_counter() - started:6.0f}s] {msg}", file=sys.stderr, flush=True)

    model = model_name()
    _, note = corpus_texts()
    runs: dict[str, list[dict[str, Any]]] = {c: [] for c in CONFIGS}
    for rep in range(args.reps):
        order = CONFIGS[rep % len(CONFIGS) :] + CONFIGS[: rep % len(CONFIGS)]
        for config in order:
            res = spawn(config, args.words)
            runs[config].append(res)
            log(f"rep {rep + 1} {config}: {res['wps']:.0f} words/s, {res['rss_mb']:.0f} MB")
    mem_small = args.mem_words or args.words // 10
    mem_big = mem_small * 10
    small = spawn("briefx", mem_small)
    log(f"memory: briefx on {small['words']} words: {small['rss_mb']:.0f} MB")
    if mem_big == args.words:
        big_rss = max(r["rss_mb"] for r in runs["briefx"])
        big_words = runs["briefx"][0]["words"]
    else:
        big = spawn("briefx", mem_big)
        big_rss, big_words = big["rss_mb"], big["words"]
        log(f"memory: briefx on {big_words} words: {big_rss:.0f} MB")
    long = None
    if args.long_mb:
        long = spawn("long", int(args.long_mb * 1_000_000))
        log(f"long document: {long['proc_s']:.0f} s, {long['rss_mb']:.0f} MB")
    cold = cold_starts(model, args.cold_runs)
    no_spacy = not help_imports_spacy()
    log("cold starts done")

    med = {c: statistics.median(r["wps"] for r in runs[c]) for c in CONFIGS}
    rss = {c: max(r["rss_mb"] for r in runs[c]) for c in CONFIGS}
    stock = med["stock"]
    loads = " ".join(f"{x:.2f}" for x in os.getloadavg())
    first = runs["stock"][0]
    lines = [
        "# briefx benchmark",
        "",
        f"Machine: {machine()}. Load average at the end of the run: {loads}.",
        "",
        (
            f"Corpus: {note}, cycled to {first['words']:,} words ({first['docs']} documents). "
            f"{args.reps} alternated repetitions, medians; each run is a fresh process. "
            f"Took {time.perf_counter() - started:.0f} s."
        ),
        "",
        "## Throughput and memory",
        "",
        row("configuration", "pipeline", "words/s (median)", "runs", "x full stock", "peak RSS"),
        "|---|---|---:|---|---:|---:|",
    ]
    for c in CONFIGS:
        each = ", ".join(f"{r['wps']:.0f}" for r in runs[c])
        pipe = " ".join(runs[c][0].get("pipeline", [])) or "briefx, 2 worker processes"
        peak = f"{rss[c]:.0f} MB"
        if c == "jobs2":
            peak += f" (+ workers {max(r['worker_rss_mb'] for r in runs[c]):.0f} MB each)"
        lines.append(row(LABELS[c], pipe, f"{med[c]:,.0f}", each, f"{med[c] / stock:.2f}", peak))
    jobs1 = statistics.median(r["wps_with_load"] for r in runs["briefx"])
    jobs_ratio = med["jobs2"] / jobs1
    lines += [
        "",
        (
            "jobs=2 is timed from the call to run() to the last brief, so it includes starting "
            "the pool and loading the pipeline in each worker; jobs=1 counted the same way "
            f"(load included) does {jobs1:,.0f} words/s, so jobs=2 is {jobs_ratio:.2f}x jobs=1."
        ),
        "",
    ]
    # Stage shares, from the briefx runs (median of each stage).
    stage_names = list(runs["briefx"][0]["stages"])
    stage = {s: statistics.median(r["stages"][s] for r in runs["briefx"]) for s in stage_names}
    whose = {s: "spaCy" if s in SPACY_STAGES or s == "<tokenizer>" else "briefx" for s in stage}
    spacy_s = sum(v for s, v in stage.items() if whose[s] == "spaCy")
    own_s = sum(v for s, v in stage.items() if whose[s] == "briefx")
    total_s = spacy_s + own_s
    lines += [
        "## Where briefx's time goes (briefx runs, median seconds per stage)",
        "",
        row("stage", "whose", "seconds", "share of total"),
        "|---|---|---:|---:|",
    ]
    for s in stage_names:
        lines.append(row(s, whose[s], f"{stage[s]:.2f}", f"{stage[s] / total_s:.1%}"))
    lines += [
        row("**spaCy**", "", f"{spacy_s:.2f}", f"{spacy_s / total_s:.1%}"),
        row("**briefx's own**", "", f"{own_s:.2f}", f"{own_s / total_s:.1%}"),
        "",
        (
            "`<tokenizer>`: `make_doc`; `<input>`: splitting texts into pieces and setting up "
            "each Doc; `<build>`: `facts_from_doc` + `build_brief` (the Brief records). Each "
            "stage is timed by wrapping its generator in `nlp.pipe` (the overhead is two clock "
            "reads per document and stage)."
        ),
        "",
        "## Cold starts (median of fresh processes, alternated; one uncounted warm-up round)",
        "",
        row("command", "median s", "runs"),
        "|---|---:|---|",
    ]
    cmed = {k: statistics.median(v) for k, v in cold.items()}
    for k, v in cold.items():
        lines.append(row(f"`{k}`", f"{cmed[k]:.2f}", ", ".join(f"{x:.2f}" for x in v)))
    if long is not None:
        lines += [
            "",
            "## One long document (extract_many, fresh process)",
            "",
            row("size", "words", "seconds", "words/s", "peak RSS"),
            "|---|---:|---:|---:|---:|",
            row(
                f"{long['chars'] / 1e6:.1f} M characters",
                f"{long['words']:,}",
                f"{long['proc_s']:.0f}",
                f"{long['wps']:,.0f}",
                f"{long['rss_mb']:.0f} MB",
            ),
        ]
    help_ratio = cmed[HELP] / cmed[IMPORT]
    one_ratio = cmed[ONE] / cmed[LOAD_ONE]
    mem_ratio = big_rss / small["rss_mb"]
    speed_ratio = med["briefx"] / stock
    own_share = own_s / spacy_s
    targets = [
        (
            f"briefx end to end >= {MIN_SPEED_RATIO:.1f}x full stock words/s",
            f"{speed_ratio:.2f}x ({med['briefx']:,.0f} vs {stock:,.0f})",
            yes(speed_ratio >= MIN_SPEED_RATIO),
        ),
        (
            f"briefx's own stages < {MAX_OWN_SHARE:.0%} of spaCy's time",
            f"{own_share:.1%} ({own_s:.2f} s vs {spacy_s:.2f} s)",
            yes(own_share < MAX_OWN_SHARE),
        ),
        (
            f'`briefx --help` <= {MAX_HELP_RATIO}x `python -c "import spacy"`, imports no spaCy',
            (
                f"{help_ratio:.2f}x ({cmed[HELP]:.2f} s vs {cmed[IMPORT]:.2f} s); "
                f"spaCy imported: {'no' if no_spacy else 'yes'}"
            ),
            yes(help_ratio <= MAX_HELP_RATIO and no_spacy),
        ),
        (
            f"one brief <= {MAX_ONE_BRIEF_RATIO}x import + load + one doc",
            f"{one_ratio:.2f}x ({cmed[ONE]:.2f} s vs {cmed[LOAD_ONE]:.2f} s)",
            yes(one_ratio <= MAX_ONE_BRIEF_RATIO),
        ),
        (
            f"10x corpus within {MAX_MEM_GROWTH}x peak RSS",
            (
                f"{mem_ratio:.2f}x ({small['rss_mb']:.0f} MB on {small['words']:,} words, "
                f"{big_rss:.0f} MB on {big_words:,})"
            ),
            yes(mem_ratio <= MAX_MEM_GROWTH),
        ),
    ]
    if long is not None:
        targets.append(
            (
                f"one {long['chars'] / 1e6:.1f} MB document: peak RSS < {MAX_LONG_RSS_MB} MB",
                f"{long['rss_mb']:.0f} MB",
                yes(long["rss_mb"] < MAX_LONG_RSS_MB),
            )
        )
    targets.append(
        (
            "--jobs 2 pays on this machine (> 1.1x jobs=1; information, not a target)",
            f"{jobs_ratio:.2f}x jobs=1",
            "yes" if jobs_ratio > 1.1 else "no",
        )
    )
    lines += ["", "## Targets", "", row("target", "measured", ""), "|---|---|---|"]
    lines += [row(*t) for t in targets]
    lines.append("")
    report = "\n".join(lines)
    print(report)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report, encoding="utf-8")
    log(f"written to {args.out}")


if __name__ == "__main__":
    main()
