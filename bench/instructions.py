"""Instructions per ownership XML, file to N-Quads, counted by callgrind.

Wall time on a shared VM varies by tens of percent from run to run; an
instruction count does not. Run as ``make bench-instructions`` (needs
valgrind): the script runs itself under callgrind, once doing only the
imports and a warm-up, then also reading ``ROUNDS`` copies of the corpus's
ownership XMLs (extracting them; writing them as N-Quads; only parsing them
with bare lxml), and prints the difference per document.

Instructions are a proxy for time, not a measure of it: valgrind's CPU has no
SHA extensions, so the two SHA-256 digests per document (file hash, fact
IRIs) count several times what they cost on the host.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "form4"
ROUNDS = 2


def _files() -> list[Path]:
    from kg.pipeline import extract_paths

    folder = CORPUS if CORPUS.is_dir() else REPO / "tests" / "data" / "form4_xml"
    paths = sorted(folder.rglob("*.xml"))
    return [p for p in paths if extract_paths([p]).items[0][1].kind == "form4_xml"]


def child(mode: str) -> None:
    from kg.pipeline import extract_paths, write

    files = _files()
    out = Path(tempfile.mkdtemp()) / "out.nq"
    write(extract_paths(files[:1]), out)  # imports and caches outside the count
    if mode == "lxml":
        _bare_lxml(files * ROUNDS)
    elif mode != "none":
        extracted = extract_paths(files * ROUNDS)
        if mode == "all":
            write(extracted, out)
    print(len(files) * ROUNDS)


def _bare_lxml(files: list[Path]) -> None:
    """The reference the target is set against: read and parse, nothing else."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    for path in files:
        data = path.read_bytes()
        etree.fromstring(data[data.find(b"<") :], parser)


def _count(mode: str) -> tuple[int, int]:
    run = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
         sys.executable, __file__, "--child", mode],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    collected = re.search(r"Collected\s*:\s*(\d+)", run.stderr)
    assert collected, run.stderr[-2000:]
    return int(collected.group(1)), int(run.stdout.split()[-1])


def main() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        child(sys.argv[2])
        return 0
    base, docs = _count("none")
    extract, _ = _count("extract")
    whole, _ = _count("all")
    lxml, _ = _count("lxml")
    from run import build_kind

    print(f"{docs} ownership XMLs ({build_kind()}); instructions per document:")
    print(f"  extract          {(extract - base) / docs / 1e6:6.2f} M")
    print(f"  build and write  {(whole - extract) / docs / 1e6:6.2f} M")
    print(f"  file to N-Quads  {(whole - base) / docs / 1e6:6.2f} M")
    print(f"  bare lxml parse  {(lxml - base) / docs / 1e6:6.2f} M (reference)")
    # The target, 1,000 docs/s where bare lxml does 7,600/s, is 7.6 bare parses per document.
    ratio = (whole - base) / (lxml - base)
    print(f"file to N-Quads costs {ratio:.1f} bare parses; the target is at most 7.6")
    return 0


if __name__ == "__main__":
    sys.exit(main())
