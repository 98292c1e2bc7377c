"""Coverage-guided fuzzing (atheris/libFuzzer) of the ingest readers: any bytes, any format, any file name.

    python fuzz/fuzz_ingest.py -max_total_time=600 fuzz/corpus-new fuzz/corpus

The first byte picks the format and the second the file name; the rest is the file. A finding (a broken
invariant of :func:`fuzz.targets.check_ingest`, or any exception) stops the run and leaves ``crash-*`` with
the input; replay it with ``python fuzz/fuzz_ingest.py crash-…``. libFuzzer options (``-runs``, ``-max_len``,
``-seed``, ``-timeout``) pass through.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

with atheris.instrument_imports(include=["dotterel", "fuzz"]):
    from fuzz.targets import FORMATS, NAMES, check_ingest


def test_one_input(data: bytes) -> None:
    """Read one fuzzed file and check the ingest invariants."""
    if len(data) < 2:
        return
    check_ingest(data[2:], FORMATS[data[0] % len(FORMATS)], NAMES[data[1] % len(NAMES)])


def main() -> None:
    """Run libFuzzer with the command-line options."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
