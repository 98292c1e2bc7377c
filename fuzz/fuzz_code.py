"""Coverage-guided fuzzing (atheris/libFuzzer) of the whole ``code`` path: ingest, every stage, the store.

    python fuzz/fuzz_code.py -max_total_time=600 -timeout=20 fuzz/corpus-code-new fuzz/corpus

Each input is read as a file (first byte: format, second: file name), coded by the default pipeline and
written to one DuckDB store (in memory) that must pass ``dotterel check``'s rules (every 50 inputs); see
:func:`fuzz.targets.check_code`. ``-timeout`` (seconds per input) turns a hang into a finding. Loading the
spaCy model takes a few seconds before the first input.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path
from typing import Any

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

with atheris.instrument_imports(include=["dotterel", "fuzz"]):
    import dotterel.stages
    from dotterel.pipeline import Pipeline
    from dotterel.store import Store
    from fuzz.targets import FORMATS, NAMES, check_code, check_ingest

    for _module in pkgutil.iter_modules(dotterel.stages.__path__, "dotterel.stages."):
        importlib.import_module(_module.name)  # the pipeline imports its stages late: instrument them now

STORE_CHECK_EVERY = 50

_STATE: dict[str, Any] = {}


def test_one_input(data: bytes) -> None:
    """Read, code and store one fuzzed file; check the ingest and code invariants."""
    if len(data) < 2:
        return
    if not _STATE:
        _STATE.update(pipeline=Pipeline.from_settings(), store=Store(":memory:"), inputs=0)
    _STATE["inputs"] += 1
    items = check_ingest(data[2:], FORMATS[data[0] % len(FORMATS)], NAMES[data[1] % len(NAMES)])
    check_code(items, _STATE["pipeline"], _STATE["store"], _STATE["inputs"] % STORE_CHECK_EVERY == 0)


def main() -> None:
    """Run libFuzzer with the command-line options."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
