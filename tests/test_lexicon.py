"""The verb/noun pattern lexicon: schema, layering, lookups, and every pattern's own example sentences.

The example checks run the events stage's own trigger finder (dotterel/stages/triggers.py) over each
sentence as spaCy parses it: each example fires its pattern at one token, and each counter-example does not
fire it. tests/test_lexicon_sentences.py runs the same sentences through the whole pipeline.
"""

from __future__ import annotations

import collections
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from dotterel.errors import KnowledgeError
from dotterel.knowledge.codebook import PLOVER_TYPES, load_codebook
from dotterel.knowledge.lexicon import (
    PACKAGED_LEXICON,
    Lexicon,
    Pattern,
    load_lexicon,
    load_lexicon_file,
    to_words,
)
from dotterel.stages.triggers import find_triggers

LEXICON = load_lexicon()
CODEBOOK = load_codebook()
PACKAGED_PATH = Path(__file__).resolve().parents[1] / "dotterel" / "knowledge" / PACKAGED_LEXICON
NOUN_POS = {"NOUN", "PROPN"}
MODIFIER_DEPS = {"compound", "amod", "nmod"}
PARTICLE_DEPS = {"prt", "prep", "advmod"}


# ---------------------------------------------------------------- the events stage's trigger finder


def _lemma(token: Any) -> str:
    return str(token.lemma_).lower()


def find_best_matches(lexicon: Lexicon, token: Any) -> list[Pattern]:
    """The pattern the trigger finder of the events stage fires at this token (at most one)."""
    return [t.pattern for t in find_triggers(token.doc, lexicon) if t.token.i == token.i]


def fires(pattern: Pattern, doc: Any) -> bool:
    """True when the trigger finder fires this pattern anywhere in the sentence."""
    return any(t.pattern.id == pattern.id for t in find_triggers(doc, LEXICON))


# ---------------------------------------------------------------- packaged file


def test_packaged_lexicon_covers_all_plover_types() -> None:
    counts = collections.Counter(pattern.type for pattern in LEXICON.patterns)
    assert set(counts) == set(PLOVER_TYPES)
    assert all(count >= 4 for count in counts.values()), counts
    words = {w for p in LEXICON.patterns for w in (*p.verbs, *p.nouns)}
    assert len(words) >= 300


def test_pattern_ids_are_unique_in_the_file() -> None:
    raw = yaml.safe_load(PACKAGED_PATH.read_text(encoding="utf-8"))
    ids = [entry["id"] for entry in raw["patterns"]]
    assert len(ids) == len(set(ids)) == len(LEXICON.patterns)


@pytest.mark.parametrize("pattern", LEXICON.patterns, ids=lambda p: p.id)
def test_pattern_agrees_with_codebook(pattern: Pattern) -> None:
    entry = CODEBOOK.resolve(pattern.cameo)
    assert entry is not None and entry.plover_type == pattern.type
    assert pattern.id.startswith(f"verbs.{pattern.type.lower()}-") and pattern.id.rsplit(".", 1)[1][0] == "v"
    assert pattern.examples
    if pattern.threat_cameo is not None:
        threat = CODEBOOK.resolve(pattern.threat_cameo)
        assert threat is not None and threat.plover_type == "THREATEN" and threat.cameo.startswith("13")


def test_word_lists_are_frozensets_with_the_core_words() -> None:
    assert isinstance(LEXICON.light_verbs, frozenset)
    assert {"carry out", "hold", "impose", "take", "deal", "wage", "wag", "stag"} <= LEXICON.light_verbs
    assert {"want", "seek", "prepare"} <= LEXICON.volition_verbs
    assert {"say", "tell", "announce"} <= LEXICON.speech_verbs
    assert "by" not in LEXICON.default_target_preps["noun"]
    assert {"against", "on", "at"} <= LEXICON.default_target_preps["verb"]


# ---------------------------------------------------------------- lookups


@pytest.mark.parametrize(
    ("lemma", "particle", "expected"),
    [
        ("withdraw", None, "verbs.retreat-withdraw.v1"),
        ("pull", "out", "verbs.retreat-withdraw.v1"),
        ("call", "on", "verbs.request-appeal.v1"),
        ("accuse", None, "verbs.accuse-generic.v1"),
        ("pull", None, None),  # only "pull out"/"pull back" are entries
        # "called Putin" is not an appeal: bare "call" is only "calls the vote a sham" (requires_predicate)
        ("call", None, "verbs.accuse-claim-fraud.v1"),
        ("withdraw", "from", None),  # exact keys: no fallback to the bare lemma
    ],
)
def test_find_verb_patterns_uses_exact_keys(lemma: str, particle: str | None, expected: str | None) -> None:
    ids = [p.id for p in LEXICON.find_verb_patterns(lemma, particle)]
    assert (expected in ids) if expected else ids == []


@pytest.mark.parametrize(
    ("head", "modifiers", "expected_first"),
    [
        ("raid", {"air"}, "verbs.assault-aerial.v1"),
        ("raid", {"police"}, "verbs.coerce-seize.v1"),
        ("raid", set(), "verbs.coerce-seize.v1"),
        ("attack", {"missile"}, "verbs.assault-heavy-weapons.v1"),
        ("attack", {"heart"}, "verbs.assault-generic.v1"),  # a known weakness: modifiers cannot exclude
        ("action", {"pre", "emptive", "military"}, "verbs.assault-generic.v1"),
        ("in", {"sit"}, "verbs.protest-demonstrate.v1"),  # "sit-in"
        ("action", {"legal"}, "verbs.accuse-sue.v1"),
        ("action", set(), None),  # bare "action" is no event
        ("violence", set(), None),
        ("unrest", set(), None),
    ],
)
def test_find_noun_patterns_ranks_by_modifiers(head: str, modifiers: set[str], expected_first: str | None,
                                               ) -> None:
    found = [p.id for p in LEXICON.find_noun_patterns(head, modifiers)]
    assert (found[:1] == [expected_first]) if expected_first else found == []


def test_noun_and_object_helpers() -> None:
    aerial = LEXICON.resolve_pattern("verbs.assault-aerial.v1")
    hurl = LEXICON.resolve_pattern("verbs.protest-hurl.v1")
    assert aerial is not None and hurl is not None
    assert ("air",) in aerial.noun_modifiers("raid")
    assert aerial.noun_modifiers("tank") == []
    assert to_words("pre-emptive military action") == (("pre", "emptive", "military"), "action")
    assert hurl.object_specificity("cocktail", {"molotov"}) == 1
    assert hurl.object_specificity("cocktail", {"fruit"}) is None
    assert hurl.object_specificity(None) is None
    assert aerial.object_specificity(None) == 0
    assert LEXICON.is_light_verb("carry", "out") and not LEXICON.is_light_verb("carry")
    assert LEXICON.target_preps(hurl, "verb") == LEXICON.default_target_preps["verb"]


# ---------------------------------------------------------------- bad files and user files

GOOD_PATTERN = {
    "id": "verbs.assault-test.v1",
    "type": "ASSAULT",
    "cameo": "190",
    "verbs": ["pummel"],
    "examples": ["The army pummelled the rebel town."],
}


def _write(tmp_path: Path, data: dict[str, Any], name: str = "user.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("change", "key_part", "reason_part"),
    [
        ({"colour": "red"}, "colour", "Extra inputs"),
        ({"type": "FIGHT"}, "type", "unknown PLOVER type"),
        ({"cameo": "999"}, "cameo", "pattern"),
        ({"cameo": "0211"}, "type", "REQUEST in the codebook"),  # a known code of another type
        ({"threat_cameo": "190"}, "threat_cameo", "pattern"),
        ({"id": "assault-test"}, "id", "verbs.<type>-<slug>.v<N>"),
        ({"id": "verbs.threaten-test.v1"}, "patterns[verbs.threaten-test.v1]", "does not start with"),
        ({"examples": []}, "examples", "at least 1"),
        ({"verbs": [], "nouns": []}, "patterns[verbs.assault-test.v1]", "verbs or nouns"),
        ({"verbs": ["Bomb!"]}, "verbs", "lower-case"),
        ({"requires_prep": [True]}, "requires_prep", "valid string"),  # unquoted YAML `on`
        ({"role_targets": ["Suspect!"]}, "role_targets", "lower-case"),
        ({"role_targets": ["suspect", "suspect"]}, "role_targets", "duplicate"),
        ({"requires_subject": ["Troop!"]}, "requires_subject", "lower-case"),
        ({"verbs": [], "nouns": ["raid"], "requires_subject": ["troop"]}, "patterns[verbs.assault-test.v1]",
         "requires_subject and ergative are for verb patterns"),
        ({"verbs": [], "nouns": ["raid"], "ergative": True}, "patterns[verbs.assault-test.v1]", "ergative"),
        ({"onset_verbs": ["begin"]}, "patterns[verbs.assault-test.v1]", "onset_verbs is for noun patterns"),
    ],
)
def test_bad_pattern_raises_knowledge_error(tmp_path: Path, change: dict[str, Any], key_part: str,
                                            reason_part: str) -> None:
    path = _write(tmp_path, {"version": 1, "patterns": [{**GOOD_PATTERN, **change}]})
    with pytest.raises(KnowledgeError) as caught:
        load_lexicon_file(path)
    assert caught.value.path == str(path)
    assert key_part in caught.value.key and reason_part in caught.value.reason


def test_duplicate_id_raises(tmp_path: Path) -> None:
    path = _write(tmp_path, {"version": 1, "patterns": [GOOD_PATTERN, GOOD_PATTERN]})
    with pytest.raises(KnowledgeError, match=r"patterns\[verbs.assault-test.v1\]: duplicate id"):
        load_lexicon_file(path)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("version: 2\n", "version"),
        ("version: 1\nspeech_verbs: [say, 3]\n", "speech_verbs.1"),
        ("version: 1\ndefault_target_preps: {verb: [\"on\"]}\n", "default_target_preps.noun"),
        ("version: 1\ndefault_target_preps: {verb: [on], noun: [\"on\"]}\n", "default_target_preps.verb.0"),
        ("version: 1\npatterns: [\n", "(file)"),
    ],
)
def test_bad_top_level_raises(tmp_path: Path, text: str, key: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_lexicon_file(path)
    assert caught.value.key == key and str(path) in str(caught.value)


def test_user_file_overrides_by_id_and_extends_lists(tmp_path: Path) -> None:
    override = {**GOOD_PATTERN, "id": "verbs.assault-aerial.v1", "cameo": "195", "verbs": ["napalm"]}
    data = {"version": 1, "light_verbs": ["perpetrate"], "patterns": [override, GOOD_PATTERN]}
    path = _write(tmp_path, data)
    merged = load_lexicon([path])
    assert merged.resolve_pattern("verbs.assault-aerial.v1") is not None
    assert [p.id for p in merged.find_verb_patterns("napalm")] == ["verbs.assault-aerial.v1"]
    assert merged.find_verb_patterns("bomb") == []  # our verbs of that id are replaced, not merged
    assert [p.id for p in merged.find_verb_patterns("pummel")] == ["verbs.assault-test.v1"]
    assert "perpetrate" in merged.light_verbs and "carry out" in merged.light_verbs
    assert len(merged.patterns) == len(LEXICON.patterns) + 1
    assert [p.id for p in LEXICON.find_verb_patterns("bomb")] == ["verbs.assault-aerial.v1"]  # ours untouched


def test_user_file_with_a_bad_pattern_names_the_user_file(tmp_path: Path) -> None:
    path = _write(tmp_path, {"version": 1, "patterns": [{**GOOD_PATTERN, "cameo": "2099"}]}, "mine.yaml")
    with pytest.raises(KnowledgeError, match="mine.yaml: patterns.verbs.assault-test.v1..cameo"):
        load_lexicon([path])


# ---------------------------------------------------------------- sentences (spaCy)

EXAMPLES = [(p, s) for p in LEXICON.patterns for s in p.examples]
COUNTER_EXAMPLES = [(p, s) for p in LEXICON.patterns for s in p.counter_examples]


@pytest.mark.parametrize(("pattern", "sentence"), EXAMPLES, ids=[f"{p.id}:{s[:30]}" for p, s in EXAMPLES])
def test_example_fires_as_the_most_specific_pattern(nlp: Any, pattern: Pattern, sentence: str) -> None:
    doc = nlp(sentence)
    winners = [find_best_matches(LEXICON, token) for token in doc]
    assert any(found == [pattern] for found in winners), [(t.text, [p.id for p in w]) for t, w in
                                                           zip(doc, winners, strict=True) if w]


@pytest.mark.parametrize(("pattern", "sentence"), COUNTER_EXAMPLES,
                         ids=[f"{p.id}:{s[:30]}" for p, s in COUNTER_EXAMPLES])
def test_counter_example_is_blocked(nlp: Any, pattern: Pattern, sentence: str) -> None:
    assert not fires(pattern, nlp(sentence))


SEED = [  # clauses of the acceptance article -> the pattern expected at the trigger word (None: no event)
    ("the US is prepared to take pre-emptive military action", "action", "verbs.assault-generic.v1"),
    ("others who hurled rocks at the US embassy", "hurled", "verbs.protest-hurl.v1"),
    ("Supporters withdrew on Wednesday after Washington dispatched extra troops.", "withdrew",
     "verbs.retreat-withdraw.v1"),
    ("Supporters withdrew on Wednesday after Washington dispatched extra troops.", "dispatched",
     "verbs.mobilize-troops.v1"),
    ("President Trump accused Iran of orchestrating the violence.", "accused", "verbs.accuse-generic.v1"),
    ("President Trump accused Iran of orchestrating the violence.", "violence", None),
    ("He threatened on Tuesday to retaliate against Iran.", "threatened", "verbs.threaten-generic.v1"),
    ("He threatened on Tuesday to retaliate against Iran.", "retaliate", "verbs.assault-retaliate.v1"),
    ("He said later he did not want war.", "war", None),
    ("The unrest outside the US embassy followed US air raids on Sunday against bases.", "raids",
     "verbs.assault-aerial.v1"),
    ("The unrest outside the US embassy followed US air raids on Sunday against bases.", "unrest", None),
    ("they were in retaliation for missile attacks that killed a US contractor", "attacks",
     "verbs.assault-heavy-weapons.v1"),
    ("they were in retaliation for missile attacks that killed a US contractor", "retaliation", None),
    ("The protests marked a new turn in the shadow war between Washington and Tehran.", "protests",
     "verbs.protest-demonstrate.v1"),
    ("The protests marked a new turn in the shadow war between Washington and Tehran.", "war", None),
    ("Trump, who faces a re-election campaign in 2020, spoke.", "campaign", None),
    ("For its part, Iran has denied allegations it is behind the protests.", "denied",
     "verbs.reject-deny.v1"),
    ("For its part, Iran has denied allegations it is behind the protests.", "allegations", None),
    ("we shall not hesitate to intervene and deal a blow to any party", "intervene",
     "verbs.assault-retaliate.v1"),
    ("we shall not hesitate to intervene and deal a blow to any party", "deal", "verbs.assault-blow.v1"),
    ("we shall not hesitate to deal a blow to any party who attempts to pose a threat to the country",
     "threat", None),
    ("Riot police fired tear gas at the crowd.", "Riot", None),
    ("Iran or groups it supports may be planning further attacks on United States interests", "attacks",
     "verbs.assault-generic.v1"),
]


@pytest.mark.parametrize(("sentence", "word", "expected"), SEED)
def test_seed_article_triggers(nlp: Any, sentence: str, word: str, expected: str | None) -> None:
    token = next(t for t in nlp(sentence) if t.text == word)
    assert [p.id for p in find_best_matches(LEXICON, token)] == ([expected] if expected else [])


LIGHT_VERB_SENTENCES = [  # the past tense as spaCy lemmatises it must be a light verb
    ("The rebels staged an attack on the garrison.", "staged"),
    ("Russia waged war against Ukraine.", "waged"),
    ("The navy carried out strikes on the port.", "carried"),
    ("The two sides held talks in Doha.", "held"),
    ("Brussels imposed sanctions on Minsk.", "imposed"),
    ("The army mounted an offensive in the north.", "mounted"),
    ("The militants stepped up attacks on convoys.", "stepped"),
    ("Russia laid siege to the city.", "laid"),
]


@pytest.mark.parametrize(("sentence", "word"), LIGHT_VERB_SENTENCES)
def test_light_verb_lemmas(nlp: Any, sentence: str, word: str) -> None:
    token = next(t for t in nlp(sentence) if t.text == word)
    particle = next((c.lower_ for c in token.children if c.dep_ == "prt"), None)
    assert LEXICON.is_light_verb(_lemma(token), particle)
    assert not LEXICON.is_light_verb("attack")


def test_trigger_finder_negative(nlp: Any, parse: Callable[..., Any]) -> None:
    """The trigger finder finds nothing in a sentence without political events."""
    doc = parse("The weather in Baghdad was mild and sunny on Thursday.").doc
    assert not any(find_best_matches(LEXICON, token) for token in doc)
    assert nlp is not None
