"""Objects that cancel a pattern, vows of force, withdrawals and participles used as nouns (docs/codebook.md,
"Decisions of session 3 on objects, vows and withdrawals").

Each table pairs news-like sentences written for these tests with negatives:
- ``excludes_object``: "pressed the attack" is an ongoing attack, no appeal; hosting troops, bases or a match
  is no meeting; pulling an economy out of recession is no retreat; the same verbs with other objects code;
- a vow to fight (also through "keep" / "continue") or to answer an attack is THREATEN; "sworn in", "swore at"
  are no events; vows to cooperate stay AGREE, a vow not to cooperate is REJECT;
- withdrawing one's own peacekeepers is RETREAT/withdraw, expelling them SANCTION; withdrawing from a treaty
  or an organisation is SANCTION/withdraw, from a town RETREAT;
- "the wounded", "the injured" as nouns of people are no attack;
- the colleague's decisions: preparing an offensive is MOBILIZE, a stated readiness THREATEN, an announced
  sanction asserted, a warned one THREATEN.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from dotterel.api import code
from dotterel.errors import KnowledgeError
from dotterel.knowledge.lexicon import Pattern, load_lexicon, load_lexicon_file
from dotterel.model import Event
from dotterel.pipeline import Pipeline
from dotterel.stages.nlp import load_spacy_pipeline
from dotterel.stages.triggers import find_triggers, is_participle_noun

DATE = "2020-06-10"


def _coded(pipeline: Pipeline, sentence: str) -> list[tuple[str, str, str]]:
    events: list[Event] = code(sentence, DATE, pipeline=pipeline)
    return [(e.action.type, e.action.cameo, e.modality) for e in events]


def _types(pipeline: Pipeline, sentence: str) -> set[str]:
    return {event_type for event_type, _, _ in _coded(pipeline, sentence)}


# ---------------------------------------------------------------- objects that cancel a pattern

OBJECTS = [
    # sentence, types that must be coded, types that must not
    ("Government forces pressed their assault on the rebel-held town of Idlib.", {"ASSAULT"}, {"REQUEST"}),
    ("The militants pressed the attack on the army base for a second day.", {"ASSAULT"}, {"REQUEST"}),
    ("The opposition pressed the government to hold early elections.", {"REQUEST"}, set()),
    ("Washington pressed Seoul for a larger share of the costs.", {"REQUEST"}, set()),
    ("Prosecutors pressed charges against the former police chief.", {"ACCUSE"}, {"REQUEST"}),
    ("The Gulf state hosts some 10,000 American soldiers.", set(), {"CONSULT"}),
    ("Germany hosts a US air base at Ramstein.", set(), {"CONSULT"}),
    ("Morocco will host the African Cup of Nations next year.", set(), {"CONSULT"}),
    ("Norway hosted talks between the government and the rebels.", {"CONSULT"}, set()),
    ("The king hosted the visiting Chinese president at his palace.", {"CONSULT"}, set()),
    ("Turkey hosts 3.6 million Syrian refugees.", {"AID"}, {"CONSULT"}),
    ("The new budget pulled the country out of recession.", set(), {"RETREAT"}),
    ("Cheap loans helped pull the economy out of the crisis.", set(), {"RETREAT"}),
    ("The debt deal pulled the country out of default territory.", set(), {"RETREAT"}),
    ("The army pulled its battalions out of the disputed valley.", {"RETREAT"}, set()),
    ("Russian forces pulled back from the outskirts of the capital.", {"RETREAT"}, set()),
]


@pytest.mark.parametrize(("sentence", "wanted", "unwanted"), OBJECTS)
def test_excluded_objects(pipeline: Pipeline, sentence: str, wanted: set[str], unwanted: set[str]) -> None:
    types = _types(pipeline, sentence)
    assert wanted <= types and not unwanted & types, types
    if not wanted:
        assert not types & {"CONSULT", "RETREAT", "REQUEST"}


EXCLUDED_TRIGGERS = [
    # sentence, trigger word, pattern id that must not fire on it
    ("The rebels pressed their offensive on the capital.", "pressed", "verbs.request-appeal.v1"),
    ("The island hosts British troops and a radar station.", "hosts", "verbs.consult-host.v1"),
    ("The reforms pulled the country out of default.", "pulled", "verbs.retreat-withdraw.v1"),
]


@pytest.mark.parametrize(("sentence", "word", "pattern_id"), EXCLUDED_TRIGGERS)
def test_excluded_object_trigger(sentence: str, word: str, pattern_id: str) -> None:
    doc = load_spacy_pipeline()(sentence)
    fired = [t.pattern.id for t in find_triggers(doc, load_lexicon()) if t.token.text == word]
    assert pattern_id not in fired


def _pattern(**fields: object) -> Pattern:
    base: dict[str, object] = {"id": "verbs.consult-test.v1", "type": "CONSULT", "cameo": "043",
                               "verbs": ["host"], "examples": ["Qatar hosted the talks."]}
    return Pattern.model_validate({**base, **fields})


EXCLUSION_MATCHES = [
    # excluded phrases, object head, its modifier words, excluded?
    (["troop"], "troop", ["us"], True),
    (["air base"], "base", ["air"], True),
    (["air base"], "base", ["naval"], False),
    (["match"], "talk", [], False),
]


@pytest.mark.parametrize(("excluded", "head", "modifiers", "expected"), EXCLUSION_MATCHES)
def test_is_excluded_object(excluded: list[str], head: str, modifiers: list[str], expected: bool) -> None:
    assert _pattern(excludes_object=excluded).is_excluded_object(head, modifiers) is expected


BAD_EXCLUSIONS = [
    # extra fields, what the error names
    ({"excludes_object": ["US Troops!"]}, "excludes_object"),
    ({"excludes_object": ["troop", "troop"]}, "excludes_object"),
    ({"excludes_object": ["troop"], "requires_object": ["troop"]}, "patterns"),
    ({"excludes_object": ["troop"], "verbs": [], "nouns": ["hosting"]}, "patterns"),
]


@pytest.mark.parametrize(("fields", "key"), BAD_EXCLUSIONS)
def test_bad_exclusions_raise(tmp_path: Path, fields: dict[str, object], key: str) -> None:
    pattern = {"id": "verbs.consult-test.v1", "type": "CONSULT", "cameo": "043", "verbs": ["host"],
               "examples": ["Qatar hosted the talks."], **fields}
    path = tmp_path / "user.yaml"
    path.write_text(yaml.safe_dump({"version": 1, "patterns": [pattern]}), encoding="utf-8")
    with pytest.raises(KnowledgeError) as error:
        load_lexicon_file(path)
    assert key in str(error.value)


def test_good_exclusion_loads(tmp_path: Path) -> None:
    pattern = {"id": "verbs.consult-test.v1", "type": "CONSULT", "cameo": "043", "verbs": ["host"],
               "excludes_object": ["Football Match"], "examples": ["Qatar hosted the talks."]}
    path = tmp_path / "user.yaml"
    path.write_text(yaml.safe_dump({"version": 1, "patterns": [pattern]}), encoding="utf-8")
    assert load_lexicon_file(path).patterns[0].excludes_object == ("football match",)


# ---------------------------------------------------------------- vows

VOWS = [
    # sentence, expected (type, cameo, modality) set; None: no event at all
    ("The separatists vowed to keep fighting until independence.", ("THREATEN", "138", "threatened")),
    ("The insurgents have sworn to fight on until the last foreign soldier leaves.",
     ("THREATEN", "138", "threatened")),
    ("Tehran vowed to respond to the assassination of its general.", ("THREATEN", "138", "threatened")),
    ('Syria\'s president vowed to "respond" to Israel at the right time.', ("THREATEN", "138", "threatened")),
    ("The prime minister vowed to go to Washington next month.", ("AGREE", "030", "asserted")),
    ("The new interior minister was sworn in on Tuesday.", None),
    ("A fan swore at the referee during the match.", None),
    ("The minister vowed to keep fighting corruption in the police.", ("AGREE", "030", "asserted")),
    ("The mayor vowed to respond to the complaints of residents.", ("AGREE", "030", "asserted")),
    ("The two leaders vowed to cooperate on trade.", ("AGREE", "030", "asserted")),
    ("The government vowed not to release the opposition leader.", ("REJECT", "120", "asserted")),
]


@pytest.mark.parametrize(("sentence", "expected"), VOWS)
def test_vows(pipeline: Pipeline, sentence: str, expected: tuple[str, str, str] | None) -> None:
    coded = _coded(pipeline, sentence)
    if expected is None:
        assert coded == []
    else:
        types = {t for t, _, _ in coded}
        assert expected in coded, coded
        assert expected[0] == "AGREE" or "AGREE" not in types, coded  # a threat or refusal is no promise too


# ---------------------------------------------------------------- withdrawals

WITHDRAWALS = [
    # sentence, expected (type, cameo), type that must not be coded
    ("Pakistan withdrew a contingent of peacekeepers from Congo.", ("RETREAT", "0874"), "SANCTION"),
    ("Fiji pulled out its peacekeepers from the Golan Heights.", ("RETREAT", "0874"), "SANCTION"),
    ("The junta expelled the UN peacekeepers from the country.", ("SANCTION", "166"), "RETREAT"),
    ("Iran withdrew from the nuclear agreement in 2019.", ("SANCTION", "160"), "RETREAT"),
    ("Burundi pulled out of the International Criminal Court.", ("SANCTION", "160"), "RETREAT"),
    ("The rebels withdrew from the town after heavy shelling.", ("RETREAT", "0874"), "SANCTION"),
]


@pytest.mark.parametrize(("sentence", "expected", "unwanted"), WITHDRAWALS)
def test_withdrawals(pipeline: Pipeline, sentence: str, expected: tuple[str, str], unwanted: str) -> None:
    coded = _coded(pipeline, sentence)
    assert expected in {(t, c) for t, c, _ in coded} and unwanted not in {t for t, _, _ in coded}, coded


# ---------------------------------------------------------------- participles used as nouns

PARTICIPLE_NOUNS = [
    # sentence, word, a participle used as a noun of people?
    ("Civilians and the wounded were evacuated from the besieged district.", "wounded", True),
    ("Medics carried the wounded to a field clinic.", "wounded", True),
    ("The roadside bomb wounded four soldiers.", "wounded", False),
    ("Twelve people were wounded in the attack.", "wounded", False),
]


@pytest.mark.parametrize(("sentence", "word", "expected"), PARTICIPLE_NOUNS)
def test_participle_noun(sentence: str, word: str, expected: bool) -> None:
    doc = load_spacy_pipeline()(sentence)
    token = next(t for t in doc if t.text == word)
    assert is_participle_noun(token) is expected


WOUNDED = [
    # sentence, whether an ASSAULT is coded
    ("The truce was agreed so that civilians and the wounded could be evacuated.", False),
    ("The dead and the injured were taken to hospitals in Kabul.", False),
    ("The roadside bomb wounded four soldiers.", True),
    ("Gunmen killed three policemen in the capital.", True),
]


@pytest.mark.parametrize(("sentence", "assault"), WOUNDED)
def test_wounded_as_people(pipeline: Pipeline, sentence: str, assault: bool) -> None:
    assert ("ASSAULT" in _types(pipeline, sentence)) is assault


# ---------------------------------------------------------------- the colleague's decisions

DECISIONS = [
    # sentence, expected (type, modality)
    ("The army is preparing a new offensive on the rebel stronghold.", ("MOBILIZE", "asserted")),
    ("The navy is prepared to strike if its ships are attacked.", ("THREATEN", "conditional")),
    ("India announced it will impose tariffs on American goods.", ("SANCTION", "asserted")),
    ("Beijing warned it would impose sanctions on the arms makers.", ("THREATEN", "asserted")),
]


@pytest.mark.parametrize(("sentence", "expected"), DECISIONS)
def test_codebook_decisions(pipeline: Pipeline, sentence: str, expected: tuple[str, str]) -> None:
    assert expected in {(t, m) for t, _, m in _coded(pipeline, sentence)}
