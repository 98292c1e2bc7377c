"""Build ``dotterel/knowledge/cameo.tsv`` from the reference codebook files (run by hand, not imported).

Usage::

    .venv/bin/python tools/build_codebook.py [CODEBOOK_DIR] [OUT_TSV]

Defaults: ``../shared/data/codebook`` (next to the repository) and ``dotterel/knowledge/cameo.tsv``.
Reads ``GDELT_CAMEO.eventcodes.txt`` (names), ``GDELT_CAMEO.goldsteinscale.txt`` (Goldstein scores),
``CAMEO2PLOVER-2021.txt`` (PLOVER type and mode) and ``texttoCAMEO_CAMEO_codefile.txt`` (names of the two
codes PLOVER maps but GDELT lacks). Upstream glitches are repaired here, and every decision that is ours (not
the PLOVER table's) sits in :data:`DECISIONS`; both are described in ``docs/codebook.md``. Prints a summary
of what was repaired and decided.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = REPO.parent / "shared" / "data" / "codebook"
DEFAULT_OUT = REPO / "dotterel" / "knowledge" / "cameo.tsv"
HEADER = ("cameo", "name", "goldstein", "quad_class", "plover_type", "plover_mode")

# Codes GDELT lacks but CAMEO 0.7b5 and the PLOVER table have (their names come from text_to_CAMEO).
EXTRA_CODES = ("1213", "1214")

# Name repairs: mojibake and typos in the GDELT label file.
NAME_FIXES = {
    "044": "Meet at a 'third' location",
    "033": "Express intent to provide material aid, not specified below",
    "2041": "Use chemical, biological, or radiological weapons",
}

# Our decisions: (type, mode) for codes the PLOVER table leaves unmapped or maps inconsistently.
DECISIONS: dict[str, tuple[str, str]] = {
    # 01x MAKE PUBLIC STATEMENT: PLOVER has no statement type. Only the codes with a clear PLOVER reading
    # get one; the rest stay empty (no event is coded from them).
    "01": ("", ""),
    "010": ("", ""),
    "011": ("", ""),
    "012": ("", ""),
    "013": ("", ""),
    "014": ("", ""),
    "015": ("", ""),
    "016": ("REJECT", ""),
    "017": ("", ""),
    "018": ("SUPPORT", ""),
    "019": ("SUPPORT", ""),
    # 02x APPEAL: PLOVER folds appeals into REQUEST, with the modes the table gives the matching 10x demands.
    "02": ("REQUEST", ""),
    "020": ("REQUEST", ""),
    "021": ("REQUEST", "assist"),
    "0211": ("REQUEST", "assist"),
    "0212": ("REQUEST", "assist"),
    "0213": ("REQUEST", "assist"),
    "0214": ("REQUEST", "assist"),
    "022": ("REQUEST", "assist"),
    "023": ("REQUEST", "assist"),
    "0231": ("REQUEST", "assist"),
    "0232": ("REQUEST", "assist"),
    "0233": ("REQUEST", "assist"),
    "0234": ("REQUEST", "assist"),
    "024": ("REQUEST", "change"),
    "0241": ("REQUEST", "change"),
    "0242": ("REQUEST", "change"),
    "0243": ("REQUEST", "change"),
    "0244": ("REQUEST", "change"),
    "025": ("REQUEST", "yield"),
    "0251": ("REQUEST", "yield"),
    "0252": ("REQUEST", "yield"),
    "0253": ("REQUEST", "yield"),
    "0254": ("REQUEST", "yield"),
    "0255": ("REQUEST", "yield"),
    "0256": ("REQUEST", "yield"),
    "026": ("REQUEST", "meet"),
    "027": ("REQUEST", "meet"),
    "028": ("REQUEST", "meet"),
    # The table has two root lines for 08 (CONCEDE and RETREAT); 080 "Yield" is CONCEDE, so the root is too.
    "08": ("CONCEDE", ""),
    # 105-108: the PLOVER table follows CAMEO 0.7b5 numbering (105 yield, 106 meet, 107 settle, 108 mediate);
    # GDELT (CAMEO 1.1b3) labels them 105 mediation, 106 withdrawal, 107 ceasefire, 108 meeting. We keep the
    # GDELT labels and give each the mode its label means.
    "105": ("REQUEST", "meet"),
    "106": ("REQUEST", "yield"),
    "107": ("REQUEST", "yield"),
    "108": ("REQUEST", "meet"),
    # 175: the table puts a context ("pro_autocracy") in the mode column.
    "175": ("ASSAULT", ""),
    # 0831 (accede to demands for change in leadership: a resignation): the NGEC structured codebook has
    # "RETREAT, resign: A resignation by a government official", only resignations that happened; a promised
    # resignation is a promise (the modality stage recodes it). The table's CONCEDE is for verbal concessions.
    "0831": ("RETREAT", "resign"),
    # 163 (impose embargo, boycott, or sanctions): the table says COERCE/restrict, but the NGEC structured
    # codebook defines SANCTION as "all reductions in existing, routine, or cooperative relations", mode
    # discontinue "curtail, decrease, break, or terminate diplomatic, commercial, or material exchanges";
    # its COERCE/restrict is "restrictions on political freedoms or movement". The NGEC codebook wins.
    "163": ("SANCTION", "discontinue"),
    # 1724 (impose state of emergency or martial law): the table's mode is "martial-law", which the NGEC
    # structured codebook does not have; its COERCE/curfew is "Impose state of emergency or martial law".
    "1724": ("COERCE", "curfew"),
}


def read_tsv(path: Path, encoding: str = "utf-8") -> list[tuple[str, str]]:
    """Return the ``(code, value)`` rows of a two-column GDELT lookup file, header dropped."""
    text = path.read_bytes().decode(encoding, errors="replace")
    rows = []
    for line in text.splitlines()[1:]:
        if line.strip():
            code, _, value = line.partition("\t")
            rows.append((code.strip(), value.strip()))
    return rows


def read_names(path: Path) -> dict[str, str]:
    """Return code -> label from the GDELT event-code file, with the hidden 106 line split out."""
    names: dict[str, str] = {}
    for code, label in read_tsv(path, encoding="latin-1"):
        hidden = re.search(r"(\d{3,4}):\[[-\d.]+\]\s*(.+)$", label)
        if hidden:  # "1056 <label>106:[-5.0] Demand withdrawal"
            names[hidden.group(1)] = hidden.group(2).strip()
            label = label[: hidden.start()]
        names[code] = re.sub(r"\s+", " ", label).strip()
    names.update(NAME_FIXES)
    return names


def read_plover(path: Path) -> dict[str, tuple[str, str]]:
    """Return code -> (type, mode) from CAMEO2PLOVER, first line of a code winning, fields stripped."""
    table: dict[str, tuple[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^(\d{2,4}):\s*([^#]*)", line)
        if not match:
            continue
        fields = [field.strip() for field in match.group(2).split(",")]
        plover_type = fields[0]
        mode = fields[1] if len(fields) > 1 else ""
        table.setdefault(match.group(1), (plover_type, mode))
    return table


def read_extra_names(path: Path) -> dict[str, str]:
    """Return the text_to_CAMEO labels of :data:`EXTRA_CODES`."""
    names: dict[str, str] = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        match = re.match(r"^LABEL: (\d+)= (.+)$", line.strip())
        if match and match.group(1) in EXTRA_CODES:
            names.setdefault(match.group(1), match.group(2).strip())
    return names


def to_quad_class(code: str) -> int:
    """Return the GDELT QuadClass of a code from its two-digit root."""
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def find_parents(code: str) -> list[str]:
    """Return the code's ancestors, nearest first ("1056" -> ["105", "10"])."""
    return [code[:length] for length in range(len(code) - 1, 1, -1)]


def build_rows(source: Path) -> tuple[list[tuple[str, ...]], list[str]]:
    """Return the table rows and a list of notes on inherited values."""
    names = read_names(source / "GDELT_CAMEO.eventcodes.txt")
    names.update(read_extra_names(source / "texttoCAMEO_CAMEO_codefile.txt"))
    goldstein = dict(read_tsv(source / "GDELT_CAMEO.goldsteinscale.txt"))
    plover = read_plover(source / "CAMEO2PLOVER-2021.txt")
    codes = sorted(code for code in set(names) | set(goldstein) if len(code) >= 2)
    rows: list[tuple[str, ...]] = []
    notes: list[str] = []
    for code in codes:
        score = goldstein.get(code) or next(goldstein[p] for p in find_parents(code) if p in goldstein)
        if code not in goldstein:
            notes.append(f"{code}: goldstein inherited")
        if code in DECISIONS:
            plover_type, mode = DECISIONS[code]
            table = plover.get(code)
            notes.append(f"{code}: our decision {plover_type or '-'} {mode or '-'} (table: {table})")
        else:
            found = [c for c in [code, *find_parents(code)] if c in plover]
            plover_type, mode = plover[found[0]] if found else ("", "")
            if found and found[0] != code:
                notes.append(f"{code}: PLOVER inherited from {found[0]}")
        row = (code, names[code], f"{float(score):.1f}", str(to_quad_class(code)), plover_type, mode)
        rows.append(row)
    return rows, notes


def main(argv: list[str]) -> int:
    """Write the table and print the notes; return the exit status."""
    source = Path(argv[1]) if len(argv) > 1 else DEFAULT_SOURCE
    out = Path(argv[2]) if len(argv) > 2 else DEFAULT_OUT
    rows, notes = build_rows(source)
    lines = ["\t".join(HEADER), *("\t".join(row) for row in rows)]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(notes))
    print(f"wrote {len(rows)} codes to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
