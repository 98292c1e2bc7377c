"""The CAMEO codebook table: Goldstein scores, QuadClasses, PLOVER types, repairs, and the PLOVER name map."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from dotterel.errors import KnowledgeError
from dotterel.knowledge.codebook import (
    CODEBOOK_COLUMNS,
    PLOVER_TYPES,
    CameoEntry,
    load_codebook,
    load_codebook_file,
    to_current_plover,
)
from dotterel.model import Action

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SHARED_CODEBOOK = SHARED_DATA / "codebook"
GOLD_DEV = SHARED_DATA / "plover-gold-dev" / "PLOVER_GSR_CAMEO.dev.json"
CODEBOOK = load_codebook()

# Codes whose PLOVER type/mode differs from the CAMEO2PLOVER table's line (see docs/codebook.md).
OVERRIDDEN = {"105", "106", "107", "175", "0831", "163", "1724"}  # docs/codebook.md, "Our decisions"


@pytest.mark.parametrize(
    ("cameo", "goldstein", "quad_class", "plover_type", "plover_mode"),
    [
        ("016", -2.0, 1, "REJECT", None),  # deny responsibility: our decision
        ("010", 0.0, 1, None, None),  # make statement: no PLOVER type
        ("018", 3.4, 1, "SUPPORT", None),
        ("0211", 3.4, 1, "REQUEST", "assist"),  # appeals: our decision
        ("026", 4.0, 1, "REQUEST", "meet"),
        ("044", 2.5, 1, "CONSULT", "third-party"),  # mojibake label repaired
        ("057", 8.0, 1, "SUPPORT", None),
        ("08", 5.0, 2, "CONCEDE", None),  # two root lines in the PLOVER table
        ("0874", 10.0, 2, "RETREAT", "disarm"),
        ("090", -2.0, 3, "ACCUSE", "investigate"),
        ("1056", -5.0, 3, "REQUEST", "yield"),  # the line that hides 106
        ("106", -5.0, 3, "REQUEST", "yield"),  # hidden inside the 1056 line upstream
        ("112", -2.0, 3, "ACCUSE", "disapprove"),
        ("1213", -4.0, 3, "REJECT", "assist"),  # not in GDELT: Goldstein of parent 121
        ("138", -7.0, 3, "THREATEN", "violence"),
        ("145", -7.5, 4, "PROTEST", "riot"),
        ("154", -7.2, 4, "MOBILIZE", "troops"),
        ("163", -8.0, 4, "SANCTION", "discontinue"),  # NGEC SANCTION, not the table's COERCE
        ("0831", 5.0, 2, "RETREAT", "resign"),  # NGEC RETREAT resign, not the table's CONCEDE
        ("175", -9.0, 4, "ASSAULT", None),  # a context in the table's mode column, dropped
        ("1712", -9.2, 4, "ASSAULT", "seize"),
        ("190", -10.0, 4, "ASSAULT", None),
        ("191", -9.5, 4, "COERCE", "restrict"),
        ("192", -9.5, 4, "COERCE", "seize"),
        ("195", -10.0, 4, "ASSAULT", "heavy-weapons"),
        ("2042", -10.0, 4, "ASSAULT", "unconventional"),
    ],
)
def test_codebook_rows(cameo: str, goldstein: float, quad_class: int, plover_type: str | None,
                       plover_mode: str | None) -> None:
    entry = CODEBOOK.resolve(cameo)
    assert entry is not None
    assert entry == CameoEntry(cameo, entry.name, goldstein, quad_class, plover_type, plover_mode)


@pytest.mark.parametrize(
    ("cameo", "name"),
    [
        ("044", "Meet at a 'third' location"),
        ("1056", "Demand de-escalation of military engagement"),
        ("106", "Demand withdrawal"),
        ("033", "Express intent to provide material aid, not specified below"),
        ("2041", "Use chemical, biological, or radiological weapons"),
        ("031", "Express intent to engage in material cooperation, not specified below"),
    ],
)
def test_upstream_label_glitches_are_repaired(cameo: str, name: str) -> None:
    entry = CODEBOOK.resolve(cameo)
    assert entry is not None and entry.name == name


@pytest.mark.parametrize(("code", "valid"), [("195", True), (" 195 ", True), ("1951", False), ("21", False),
                                             ("1", False), ("", False), ("19 5", False)])
def test_unknown_codes_resolve_to_none_and_raise(code: str, valid: bool) -> None:
    assert (CODEBOOK.resolve(code) is not None) is valid
    if not valid:
        with pytest.raises(KnowledgeError, match="unknown CAMEO code"):
            CODEBOOK.to_action(code)


ROOT_QUAD_CLASSES = [("01", 1), ("02", 1), ("03", 1), ("04", 1), ("05", 1), ("06", 2), ("07", 2), ("08", 2),
                     ("09", 3), ("10", 3), ("11", 3), ("12", 3), ("13", 3), ("14", 4), ("15", 4), ("16", 4),
                     ("17", 4), ("18", 4), ("19", 4), ("20", 4)]


@pytest.mark.parametrize(("root", "quad_class"), ROOT_QUAD_CLASSES)
def test_quad_class_of_each_root(root: str, quad_class: int) -> None:
    entry = CODEBOOK.resolve(root)
    assert entry is not None and entry.quad_class == quad_class
    assert all(e.quad_class == quad_class for e in CODEBOOK if e.cameo[:2] == root)


def test_to_action_uses_the_table_and_lets_a_mode_override() -> None:
    assert CODEBOOK.to_action("195") == Action("ASSAULT", "heavy-weapons", "195", -10.0, 4)
    assert CODEBOOK.to_action("195", "aerial") == Action("ASSAULT", "aerial", "195", -10.0, 4)
    assert CODEBOOK.to_action("016").mode is None
    with pytest.raises(KnowledgeError, match="no PLOVER type"):
        CODEBOOK.to_action("010")


def test_codes_for_type() -> None:
    assert CODEBOOK.codes_for_type("MOBILIZE") == ["15", "150", "151", "152", "153", "154"]
    assert "016" in CODEBOOK.codes_for_type("reject")
    assert CODEBOOK.codes_for_type("FIGHT") == []
    assert {e.plover_type for e in CODEBOOK} - {None} == set(PLOVER_TYPES)


def test_load_codebook_is_cached() -> None:
    assert load_codebook() is CODEBOOK
    assert len(CODEBOOK) == 313


# ---------------------------------------------------------------- agreement with the reference files


def _read_pairs(name: str, encoding: str = "utf-8") -> dict[str, str]:
    text = (SHARED_CODEBOOK / name).read_bytes().decode(encoding, errors="replace")
    rows = [line.split("\t", 1) for line in text.splitlines()[1:] if line.strip()]
    return {code.strip(): value.strip() for code, value in rows if len(code.strip()) >= 2}


def test_every_gdelt_code_is_in_the_codebook_with_its_goldstein_score() -> None:
    names = _read_pairs("GDELT_CAMEO.eventcodes.txt", "latin-1")
    scores = _read_pairs("GDELT_CAMEO.goldsteinscale.txt")
    assert set(names) | set(scores) | {"1213", "1214"} == {entry.cameo for entry in CODEBOOK}
    assert {code: float(score) for code, score in scores.items()} == {
        e.cameo: e.goldstein for e in CODEBOOK if e.cameo in scores
    }


def test_plover_types_follow_the_2021_table_except_our_decisions() -> None:
    table: dict[str, tuple[str, str]] = {}
    for line in (SHARED_CODEBOOK / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
        match = re.match(r"^(\d{2,4}):\s*([^#]*)", line)
        if match:
            fields = [f.strip() for f in match.group(2).split(",")]
            table.setdefault(match.group(1), (fields[0], fields[1] if len(fields) > 1 else ""))
    differing = {
        e.cameo for e in CODEBOOK
        if e.cameo in table and (e.plover_type or "", e.plover_mode or "") != table[e.cameo]
    }
    assert differing == OVERRIDDEN
    unmapped = {e.cameo for e in CODEBOOK if e.cameo not in table}
    assert {c[:2] for c in unmapped} == {"01", "02"}


# ---------------------------------------------------------------- PLOVER 0.5 names


@pytest.mark.parametrize(
    ("name", "current"),
    [("DEMAND", "REQUEST"), ("DISAPPROVE", "ACCUSE"), ("INVESTIGATE", "ACCUSE"), ("FIGHT", "ASSAULT"),
     ("fight", "ASSAULT"), ("ASSAULT", "ASSAULT"), ("REQUEST", "REQUEST"), (" Agree ", "AGREE")],
)
def test_to_current_plover(name: str, current: str) -> None:
    assert to_current_plover(name) == current


@pytest.mark.parametrize("name", ["DANCE", "", "DOCUMENT"])
def test_to_current_plover_rejects_unknown_names(name: str) -> None:
    with pytest.raises(KnowledgeError, match="not a PLOVER event type"):
        to_current_plover(name)


def test_every_gold_dev_event_name_maps_to_a_current_type() -> None:
    records = json.loads(GOLD_DEV.read_text(encoding="utf-8"))
    names = {r["event"] for r in records if r.get("event") not in (None, "DOCUMENT")}
    assert {"DEMAND", "DISAPPROVE", "FIGHT", "INVESTIGATE"} <= names
    assert {to_current_plover(name) for name in names} <= set(PLOVER_TYPES)


# ---------------------------------------------------------------- bad files


GOOD_ROW = ["190", "Use conventional military force", "-10.0", "4", "ASSAULT", ""]


@pytest.mark.parametrize(
    ("rows", "key_part", "reason_part"),
    [
        ([["19"] + GOOD_ROW[1:3] + ["3"] + GOOD_ROW[4:]], "19", "does not match root"),
        ([["19"] + GOOD_ROW[1:4] + ["FIGHT", ""]], "19.plover_type", "unknown PLOVER type"),
        ([["19"] + GOOD_ROW[1:2] + ["-11"] + GOOD_ROW[3:]], "19.goldstein", "greater than or equal"),
        ([["21"] + GOOD_ROW[1:]], "21.cameo", "pattern"),
        ([["19"] + GOOD_ROW[1:], GOOD_ROW, GOOD_ROW], "190", "duplicate code"),
        ([GOOD_ROW], "190", "parent code missing"),
    ],
)
def test_bad_codebook_file_raises(tmp_path: Path, rows: list[list[str]], key_part: str,
                                  reason_part: str) -> None:
    path = tmp_path / "cameo.tsv"
    path.write_text("\n".join("\t".join(r) for r in [list(CODEBOOK_COLUMNS), *rows]) + "\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_codebook_file(path)
    assert caught.value.path == str(path)
    assert key_part in caught.value.key and reason_part in caught.value.reason


def test_bad_codebook_header_raises(tmp_path: Path) -> None:
    path = tmp_path / "cameo.tsv"
    path.write_text("code\tname\n190\tFight\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="expected columns"):
        load_codebook_file(path)
