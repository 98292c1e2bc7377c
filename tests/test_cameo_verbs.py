"""CAMEO/PETRARCH verb dictionaries: reading, conversion into lexicon patterns, layering, real sentences."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dotterel.errors import KnowledgeError
from dotterel.knowledge.cameo_verb_patterns import load_verb_dictionary
from dotterel.knowledge.cameo_verbs import is_verb_dictionary, read_verb_dictionary, to_clean_lines
from dotterel.knowledge.lexicon import Lexicon, load_lexicon
from dotterel.stages.triggers import find_triggers

# Written for these tests: the verbs, codes and comments are ours.
DICTIONARY = """\
<!-- dotterel test verbs dictionary
     a block comment over two lines -->
# a comment line
&RELATIONS_
+TIES
+RELATIONS

&AIDWORDS
+FOOD AID
+MEDICAL_SUPPLIES
+&RELIEF

&RELIEF
+RELIEF_GOODS

--- RESTORE [064] ---
RESTORE   # restore ties
REESTABLISH
- * DIPLOMATIC &RELATIONS [064]
- NOT * [112]
- * &RELATIONS WITH + [064]

--- SEND [---] ---
SEND {SENDS SENT SENDING}
- * &AIDWORDS [073]
- * AID TO + [073]
- % * TROOPS [190]
- * BACK [0874]

--- CALL [---] ---
CALL
- * FOR [100]
- * FOR CEASEFIRE [107]
- *_ON + [020]

--- CONDEMN [111] ---
CONDEMN {CONDEMNS CONDEMNED CONDEMNING}
DENOUNCE
DECRY [1717]

--- BLOCKADE [---] ---
BLOCKADE
- * PORT [191]
- * HARBOUR [###]

--- CUT [162] ---
+CUT_OFF {+CUTS_OFF +CUT_OFF +CUTTING_OFF}
WIRE_+TAP [1711]
- * AID [162]

--- MEET [031:031] ---
MEET {MEETS MET MEETING}

--- SAY [023] ---
SAY {SAYS SAID SAYING}
"""


@pytest.fixture(scope="module")
def dictionary_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cameo") / "test.verbs.txt"
    path.write_text(DICTIONARY, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def layered(dictionary_path: Path) -> Lexicon:
    return load_lexicon([dictionary_path])


@pytest.fixture(scope="module")
def replaced(dictionary_path: Path) -> Lexicon:
    return load_lexicon([dictionary_path], replace_packaged=True)


def _write(tmp_path: Path, text: str, name: str = "user.verbs.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_reading_keeps_synsets_families_forms_and_skips_comments(dictionary_path: Path) -> None:
    dictionary = read_verb_dictionary(dictionary_path)
    assert dictionary.synsets["&relations"] == ["ties", "relations"]
    assert dictionary.synsets["&aidwords"] == ["food aid", "medical supplies", "&relief"]
    names = [f.name for f in dictionary.families]
    assert names == ["RESTORE", "SEND", "CALL", "CONDEMN", "BLOCKADE", "CUT", "MEET", "SAY"]
    send = dictionary.families[1]
    assert send.code == "---" and send.verbs[0].forms == (("sends",), ("sent",), ("sending",))
    cut = dictionary.families[5]
    assert [(v.words, v.head) for v in cut.verbs] == [(("cut", "off"), 0), (("wire", "tap"), 1)]
    assert dictionary.families[4].patterns[1].code == "###"  # '#' inside brackets is a code
    assert all("comment" not in content for _, content in to_clean_lines(DICTIONARY))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("--- RESTORE [064] ---\nRESTORE\n", True),
        ("--- LASH OUT ---\nLASH OUT\n", True),
        ("GONDOR [GON]\n+MINAS_TIRITH\n", False),  # an actors file
        ("---STOP---\n", False),
        ("<!-- --- RESTORE [064] --- -->\nRESTORE\n", False),  # only in a comment
    ],
)
def test_a_verb_dictionary_is_recognised_by_its_family_lines(
    tmp_path: Path, text: str, expected: bool
) -> None:
    assert is_verb_dictionary(_write(tmp_path, text)) is expected


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("--- RESTORE [064] ---\nRESTORE\n- * TIES\n", 3, "needs a [CODE]"),
        ("--- RESTORE [064] ---\nRESTORE\n- TIES [064]\n", 3, "exactly one '*'"),
        ("--- RESTORE [064] ---\nRESTORE\n- * TIES * [064]\n", 3, "exactly one '*'"),
        ("--- RESTORE [064] ---\nRESTORE\n- * TIES [] \n", 3, "not a code"),
        ("--- RESTORE [064] ---\nRESTORE\n- * TIES! [064]\n", 3, "unexpected"),
        ("# header\nRESTORE\n--- RESTORE [064] ---\n", 2, "outside"),
        ("+TIES\n--- RESTORE [064] ---\nRESTORE\n", 1, "outside"),
        ("--- RESTORE [064] ---\nRESTORE {RESTORED\n", 2, "unbalanced"),
        ("--- RESTORE [064] ---\n+RE_+STORE\n", 2, "more than one '+'"),
        ("--- [064] ---\nRESTORE\n", 1, "needs a name"),
        ("&BAD NAME\n+TIES\n--- RESTORE [064] ---\nRESTORE\n", 1, "not a synset name"),
    ],
)
def test_malformed_lines_fail_naming_file_and_line(
    tmp_path: Path, text: str, line: int, fragment: str
) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(KnowledgeError) as caught:
        load_verb_dictionary(path)
    assert caught.value.path == str(path)
    assert caught.value.key == f"line {line}"
    assert fragment in caught.value.reason


def test_a_txt_lexicon_that_is_no_verb_dictionary_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "GONDOR [GON]\n+MINAS_TIRITH\n", "actors.txt")
    with pytest.raises(KnowledgeError, match="not a CAMEO verb dictionary"):
        load_lexicon([path])


def _by_id_part(lexicon: Lexicon, part: str) -> list[Any]:
    return [p for p in lexicon.patterns if part in p.id]


@pytest.mark.parametrize(
    ("id_part", "cameo", "verbs", "objects", "target_preps"),
    [
        ("restore-l16.", "064", ("restore", "reestablish"), (), ()),
        ("restore-l19.", "064", ("restore", "reestablish"), ("diplomatic tie", "diplomatic relation"), ()),
        ("restore-l21.", "064", ("restore", "reestablish"), ("tie", "relation"), ("with",)),
        ("send-l25.", "073", ("send",), ("food aid", "medical supply", "relief good"), ()),
        ("send-l26.", "073", ("send",), ("aid",), ("to",)),
        ("send-l28.", "0874", ("send back",), (), ()),
        ("call-l32.", "100", ("call for",), (), ()),
        ("call-l34.", "020", ("call on",), (), ("on",)),
        ("condemn-l36.", "111", ("condemn", "denounce"), (), ()),
        ("blockade-l43.", "191", ("blockade",), ("port",), ()),
        ("cut-l46.", "162", ("cut off",), (), ()),
        ("cut-l49.", "162", ("cut off",), ("aid",), ()),
        ("meet-l51.", "031", ("meet",), (), ()),
    ],
)
def test_convertible_lines_become_patterns(
    layered: Lexicon,
    id_part: str,
    cameo: str,
    verbs: tuple[str, ...],
    objects: tuple[str, ...],
    target_preps: tuple[str, ...],
) -> None:
    (pattern,) = _by_id_part(layered, id_part)
    assert (pattern.cameo, pattern.verbs, pattern.requires_object) == (cameo, verbs, objects)
    assert pattern.target_preps == target_preps
    assert pattern.examples == ()


@pytest.mark.parametrize(
    ("reason", "lines"),
    [
        ("words before the verb (context, negation, auxiliaries)", [20]),
        ("compound actor (%)", [27]),
        ("noun after a preposition (verb + preposition + noun)", [33]),
        ("bare verb: code not in the CAMEO codebook", [39]),
        ("code not in the CAMEO codebook", [44]),  # [###]
        ("bare verb: null code [---] (the pattern blocks an event)", [24, 31, 42]),
        ("words before the conjugated word of a multi-word verb (WIRE_+TAP)", [48]),
        ("[A:B] code: reverse event B dropped", [51]),
        ("bare reporting verb (dotterel codes what is reported instead)", [55]),
    ],
)
def test_what_cannot_be_converted_is_counted_by_reason(
    dictionary_path: Path, reason: str, lines: list[int]
) -> None:
    report = load_verb_dictionary(dictionary_path).report
    assert report.lines.get(reason) == lines
    assert any(reason in text for text in report.to_lines())


def test_report_totals(dictionary_path: Path) -> None:
    report = load_verb_dictionary(dictionary_path).report
    assert (report.families, report.verb_lines, report.pattern_lines) == (8, 12, 13)
    assert report.patterns_converted == 9 and report.patterns_made == 13


def test_the_dictionary_takes_over_its_verbs_and_keeps_ours_for_the_rest(layered: Lexicon) -> None:
    ours = load_lexicon()
    assert any("cameo" not in p.id for p in ours.find_verb_patterns("restore"))
    assert all("-cameo-" in p.id for p in layered.find_verb_patterns("restore"))
    assert layered.find_verb_patterns("decry") == []  # its code is no CAMEO code: no event, not ours either
    assert ours.is_light_verb("send") and not layered.is_light_verb("send")
    assert layered.find_verb_patterns("shell") == ours.find_verb_patterns("shell") != []
    assert not any(p.id.startswith("verbs.request-cameo-say") for p in layered.patterns)


def test_replacement_keeps_only_the_dictionary_patterns(replaced: Lexicon) -> None:
    assert replaced.patterns and all("-cameo-" in p.id for p in replaced.patterns)
    assert replaced.find_verb_patterns("shell") == [] and replaced.find_noun_patterns("airstrike") == []
    assert replaced.speech_verbs == load_lexicon().speech_verbs


@pytest.mark.parametrize(
    ("sentence", "trigger", "cameo"),
    [
        ("Serbia restored diplomatic ties with Montenegro on Monday.", "restored", "064"),
        ("Lebanon reestablished relations with Syria after a decade.", "reestablished", "064"),
        ("Japan sent food aid to the flooded provinces of Pakistan.", "sent", "073"),
        ("Germany has sent two planeloads of medical supplies to Gaza.", "sent", "073"),
        ("The African Union called for calm in Mogadishu.", "called", "100"),
        ("The envoy called on the junta to release the detained ministers.", "called", "020"),
        ("France condemned the coup in Niger.", "condemned", "111"),
        ("Kenya denounced the cross-border raid by the militia.", "denounced", "111"),
        ("The navy blockaded the port of Hodeidah for a week.", "blockaded", "191"),
        ("The donors cut off aid to the rebel-held enclave.", "cut", "162"),
        ("The two foreign ministers met in Geneva on Tuesday.", "met", "031"),
        # negatives: a verb the dictionary codes with a non-CAMEO or a null code, and a reporting verb
        ("Ghana decried the decision of the electoral commission.", None, None),
        ("Turkey blockaded the island for a week.", None, None),
        ("The minister said the talks with the rebels were over.", None, None),
    ],
)
def test_real_sentences_are_coded_with_the_dictionary_codes(
    parse: Any, layered: Lexicon, sentence: str, trigger: str | None, cameo: str | None
) -> None:
    doc = parse(sentence).doc
    found = [
        (t.token.text, t.pattern.cameo) for t in find_triggers(doc[:], layered) if "-cameo-" in t.pattern.id
    ]
    assert found == ([(trigger, cameo)] if trigger else [])


def test_object_words_may_be_modifiers_of_the_object(parse: Any, tmp_path: Path) -> None:
    path = _write(tmp_path, "--- FIRE [---] ---\nFIRE\n- * ARTILLERY AT + [194]\n")
    lexicon = load_lexicon([path])
    hit = parse("North Korea fired two artillery shells at the island on Thursday.").doc
    miss = parse("The company fired two senior managers on Thursday.").doc
    assert [t.pattern.cameo for t in find_triggers(hit[:], lexicon)] == ["194"]
    assert [t.pattern.cameo for t in find_triggers(miss[:], lexicon) if "-cameo-" in t.pattern.id] == []


def test_our_verbs_yaml_still_needs_examples(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "version: 1\npatterns:\n  - id: verbs.reject-test.v1\n    type: REJECT\n    cameo: '120'\n"
        "    verbs: [spurn]\n",
        "user.yaml",
    )
    with pytest.raises(KnowledgeError, match="at least 1 example"):
        load_lexicon([path])
