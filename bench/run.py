"""`make bench`: documents/s and triples/s by document kind, and peak memory.

End to end per kind, as `kg build -o out.nq` does it: read the files, extract,
resolve, build, write N-Quads to a temporary file. Runs over ../shared/corpus when present
(plus the bundled samples), otherwise over the samples and tests/data. Ownership XMLs
are timed over about 500 distinct copies of the corpus's (``variants``; marked * in the
files column).
Each kind is measured in fresh child processes (best of ROUNDS) that read each file
once, so that no document is helped by its own earlier pass and peak memory is the kind's own.
"""

from __future__ import annotations

import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ROUNDS = 5
CORPUS = REPO.parent / "shared" / "corpus"


def machine() -> str:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{platform.system()} {platform.machine()}, {model or 'unknown CPU'}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}, {build_kind()}"
    )


def build_kind() -> str:
    """Whether the ownership-XML path runs compiled (``make native``) or as pure Python."""
    import kg.graph.build

    compiled = (kg.graph.build.__file__ or "").endswith(".so")
    return "ownership-XML path compiled with mypyc" if compiled else "pure Python"


def inputs() -> list[Path]:
    from kg.ingest import expand_inputs
    from kg.pipeline import sample_paths

    folders = [CORPUS] if CORPUS.is_dir() else [REPO / "tests" / "data"]
    return sample_paths() + list(expand_inputs(folders))


def group_by_kind(paths: list[Path]) -> dict[str, list[str]]:
    """Kind of each file, from a first extraction pass (not timed)."""
    from kg.pipeline import extract_paths

    groups: dict[str, list[str]] = defaultdict(list)
    for path in paths:
        extracted = extract_paths([path])
        if extracted.failures:
            groups["(failed)"].append(str(path))
            continue
        kinds = sorted({e.kind for _, e in extracted.items} - {"sec_header"})
        key = "fullsub" if any(e.kind == "sec_header" for _, e in extracted.items) else kinds[0]
        groups[key].append(str(path))
    return dict(groups)


def measure(paths: list[str], warm: list[str], reference: bool) -> dict[str, float]:
    """Runs in a fresh child process: time the whole path once over ``paths``.

    Each file is read once per process, so no document finds its own values, names
    or IRIs cached by an earlier pass: the rate is that of new filings. ``warm`` (other
    files) runs first, untimed: imports, spaCy and the code paths of the kind. With
    ``reference``, bare lxml parses the same files just before, in the same process:
    the VM's speed drifts within minutes, so the two are set against each other here."""
    from kg.pipeline import extract_paths, sample_paths, write

    files = [Path(p) for p in paths]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.nq"
        write(extract_paths([*sample_paths(), *map(Path, warm)]), out)
        bare = _bare_parse_seconds(files) if reference else 0.0
        started = time.perf_counter()
        extracted = extract_paths(files)
        statements = write(extracted, out)  # what `kg build -o out.nq` does
        elapsed = time.perf_counter() - started
        bare = min(bare, _bare_parse_seconds(files)) if reference else 0.0  # before and after
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "documents": len(extracted.items),
        "files": len(files),
        "triples": statements,
        "seconds": elapsed,
        "bare_seconds": bare,
        "peak_mib": peak_kib / 1024,
    }


def _bare_parse_seconds(files: list[Path]) -> float:
    """Reading and parsing ``files`` with bare lxml and nothing else: the reference the
    ownership-XML target is set against (1,000 docs/s where lxml did about 7,600/s)."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    started = time.perf_counter()
    for path in files:
        data = path.read_bytes()
        etree.fromstring(data[data.find(b"<") :], parser)
    return time.perf_counter() - started


def best_of_rounds(paths: list[str], warm: list[str], reference: bool) -> dict[str, float]:
    """``measure`` in ROUNDS fresh processes; the least disturbed run (as timeit does),
    and the median of the runs' shares of a bare parse."""
    runs = []
    for _ in range(ROUNDS):
        child = subprocess.run(
            [sys.executable, __file__, "--child"],
            input=json.dumps([paths, warm, reference]), capture_output=True, text=True,
            check=True,
        )  # fmt: skip
        runs.append(json.loads(child.stdout.strip().splitlines()[-1]))
    best = min(runs, key=lambda m: m["seconds"])
    shares = sorted(m["bare_seconds"] / m["seconds"] for m in runs)
    return {
        **best,
        "peak_mib": max(m["peak_mib"] for m in runs),
        "bare_seconds": min(m["bare_seconds"] for m in runs),  # best of ROUNDS, as the row
        "shares": shares,
    }


def _distinct(kind: str, paths: list[str], folder: Path) -> tuple[list[str], list[str]]:
    """(files to time, files to warm up on). Ownership XMLs: about 500 distinct copies of
    the corpus's few dozen (``variants``), and one more copy to warm up on."""
    if kind != "form4_xml":
        return paths, []
    from variants import distinct_copies

    copies = max(1, 500 // len(paths))
    made = distinct_copies([Path(p) for p in paths], copies + 1, folder)
    timed, warm = made[: copies * len(paths)], made[copies * len(paths) :]
    return [str(p) for p in timed], [str(p) for p in warm[:5]]


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        print(json.dumps(measure(*json.loads(sys.stdin.read()))))
        return 0
    print(f"machine: {machine()}; best of {ROUNDS} fresh processes per kind")
    groups = group_by_kind(inputs())
    print(f"{'kind':<14}{'files':>7}{'docs/s':>10}{'triples/s':>12}{'peak MiB':>10}")
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        for kind, paths in sorted(groups.items()):
            _report(kind, paths, Path(tmp))
    return 0


def _report(kind: str, paths: list[str], folder: Path) -> None:
    """Print one kind's row (and for ownership XML, its share of a bare lxml parse)."""
    if kind == "(failed)":
        print(f"{kind:<14}{len(paths):>7}")
        return
    timed, warm = _distinct(kind, paths, folder)
    m = best_of_rounds(timed, warm, reference=kind == "form4_xml")
    docs_s, triples_s = m["files"] / m["seconds"], m["triples"] / m["seconds"]
    shown = f"{len(paths)}" if len(timed) == len(paths) else f"{len(timed)}*"
    print(f"{kind:<14}{shown:>7}{docs_s:>10.1f}{triples_s:>12.0f}{m['peak_mib']:>10.0f}")
    if kind == "form4_xml":
        bare = m["files"] / m["bare_seconds"]
        print(f"  reference: bare lxml, same files, same processes: {bare:.0f} docs/s")
        # The target: 1,000 docs/s on one core, set where bare lxml parsed 7,600/s; as a share
        # of a bare parse timed beside it (fair on a faster or slower machine), 13.2 %.
        print(f"  target: at least 1,000 docs/s on one core: {docs_s:,.0f} here")
        low, high = (100 * x for x in (m["shares"][0], m["shares"][-1]))
        print(
            f"  file to N-Quads at {100 * docs_s / bare:.1f} % of a bare parse, best against"
            f" best (each process: {low:.1f} - {high:.1f} %); target 13.2 %"
        )


if __name__ == "__main__":
    sys.exit(main())
