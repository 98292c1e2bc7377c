"""Convert a CAMEO/PETRARCH verb dictionary into lexicon patterns, counting what cannot be converted.

What converts (``docs/cameo-dictionaries.md`` has the full table):

* a family's verbs with its default code (or a verb's own code): bare verb patterns;
* ``- * [PARTICLE|PREPOSITION]`` -> a two-word verb ("back down", "call for");
* ``- * NOUN PHRASE`` (after an optional adverb particle) -> ``requires_object`` ("set up a committee");
* ``- * PREPOSITION +`` / ``- * NOUN PHRASE PREPOSITION +`` -> that preposition introduces the target;
* a leading ``$`` (the source is the subject: our default) and a ``+`` right after the verb (the target is
  the object: our default) change nothing; ``&SYNSET`` expands into its members.

What does not (each counted by reason): words before the verb, ``%`` compound actors, ``^`` skipped noun
phrases, a source after the verb, a noun after a preposition, verbs or adverbs after the verb (clauses),
null-code patterns, codes that are not CAMEO or have no PLOVER type, words before the conjugated word of a
multi-word verb. ``[A:B]`` keeps A and drops the reverse event B.

Verb forms become spaCy lemmas (what the events stage matches): a base form stays ("wound"), an inflected
family head is lemmatised ("said" -> "say"), and the lemmas spaCy gives the regular or ``{…}`` forms are
added when they are no other verb ("staged" -> "stag").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from dotterel.errors import KnowledgeError
from dotterel.knowledge.cameo_verb_words import (
    PatternReader,
    Shape,
    Unconvertible,
    VerbLemmatizer,
    find_alternatives,
    load_verb_lemmatizer,
)
from dotterel.knowledge.cameo_verbs import (
    NULL_CODE,
    VerbDictionary,
    VerbEntry,
    VerbFamily,
    VerbPatternLine,
    is_verb_dictionary,
    read_verb_dictionary,
)
from dotterel.knowledge.codebook import Codebook, load_codebook
from dotterel.knowledge.lexicon import PACKAGED_LEXICON, LexiconFile, Pattern, load_lexicon_file

REVERSE_DROPPED = "[A:B] code: reverse event B dropped"


@dataclass
class ConversionReport:
    """Counts of a conversion: lines converted, partly converted, and unconvertible lines by reason."""

    path: str
    families: int = 0
    verb_lines: int = 0
    verbs_converted: int = 0
    pattern_lines: int = 0
    patterns_converted: int = 0
    patterns_partial: int = 0
    patterns_made: int = 0
    reasons: Counter[str] = field(default_factory=Counter)
    lines: dict[str, list[int]] = field(default_factory=dict)

    def add(self, reason: str, line: int) -> None:
        """Count one unconvertible line (or part of one) under ``reason``."""
        self.reasons[reason] += 1
        self.lines.setdefault(reason, []).append(line)

    def to_lines(self) -> list[str]:
        """Return the report as text lines for people (reasons most frequent first, with example lines)."""
        out = [
            f"{self.path}: {self.families} families",
            f"  verb lines: {self.verbs_converted}/{self.verb_lines} converted",
            f"  pattern lines: {self.patterns_converted}/{self.pattern_lines} converted "
            f"({self.patterns_partial} of them in part); {self.patterns_made} lexicon patterns made",
        ]
        for reason, count in self.reasons.most_common():
            shown = ", ".join(str(n) for n in self.lines[reason][:5])
            out.append(f"  not converted: {reason}: {count} (lines {shown})")
        return out


@dataclass(frozen=True)
class CodeInfo:
    """A dictionary code as the lexicon takes it: the CAMEO code and PLOVER type, or why it cannot be."""

    cameo: str
    plover_type: str
    reverse: str | None = None


def to_code_info(code: str, codebook: Codebook) -> CodeInfo:
    """Return the code's CAMEO code and PLOVER type; ``A:B`` keeps A (B, the reverse event, is kept aside)."""
    first, _, reverse = code.partition(":")
    if first == NULL_CODE:
        raise Unconvertible("null code [---] (the pattern blocks an event)")
    entry = codebook.resolve(first) if re.fullmatch(r"\d{2,4}", first) else None
    if entry is None:
        raise Unconvertible("code not in the CAMEO codebook")
    if entry.plover_type is None:
        raise Unconvertible("CAMEO code without a PLOVER type")
    return CodeInfo(entry.cameo, entry.plover_type, reverse or None)


def slug(name: str) -> str:
    """Return a family name as an id part: ``LASH OUT`` -> ``lash-out``."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "family"


def to_verb_keys(
    entry: VerbEntry, lemmatizer: VerbLemmatizer, report: ConversionReport | None = None
) -> list[tuple[str, str | None]]:
    """Return the (lemma, particle) keys of a verb line, or [] (counted) when the lexicon cannot hold it."""
    reason = None
    if entry.head > 0:
        reason = "words before the conjugated word of a multi-word verb (WIRE_+TAP)"
    elif len(entry.words) > 2:
        reason = "multi-word verb of more than two words"
    if reason is not None:
        if report is not None:
            report.add(reason, entry.line)
        return []
    forms = [form[entry.head] for form in entry.forms if len(form) > entry.head]
    particle = entry.words[1] if len(entry.words) == 2 else None
    return [(lemma, particle) for lemma in lemmatizer.verb_lemmas(entry.head_word, forms)]


def to_phrases(keys: Iterable[tuple[str, str | None]], particle: str | None) -> list[str]:
    """Return lexicon verb entries: the keys with the pattern's particle (keys with their own are dropped)."""
    phrases = []
    for lemma, own in keys:
        if own and particle:
            continue
        phrase = f"{lemma} {own or particle}" if (own or particle) else lemma
        if phrase not in phrases:
            phrases.append(phrase)
    return phrases


def to_family_raw(family: VerbFamily, keys: dict[int, list[tuple[str, str | None]]]) -> list[tuple[int, str]]:
    """Return ``(line, code)`` of each bare-verb group of a family: the default code, then own codes."""
    groups: dict[str, int] = {}
    for entry in family.verbs:
        if keys.get(entry.line):
            groups.setdefault(entry.code or family.code, entry.line if entry.code else family.line)
    return [(line, code) for code, line in groups.items()]


def find_claimed_lemmas(dictionary: VerbDictionary, reader: PatternReader) -> list[str]:
    """Return the verb lemmas a dictionary takes over from the packaged lexicon: its expressible verbs but
    the reporting verbs."""
    lemmas: list[str] = []
    for family in dictionary.families:
        for entry in family.verbs:
            for lemma, _ in to_verb_keys(entry, reader.lemmatizer):
                if lemma not in lemmas and lemma not in reader.reporting_verbs:
                    lemmas.append(lemma)
    return lemmas


def to_family_patterns(
    family: VerbFamily,
    synsets: dict[str, list[str]],
    reader: PatternReader,
    codebook: Codebook,
    report: ConversionReport,
) -> list[dict[str, Any]]:
    """Return the raw lexicon patterns (dicts of :class:`~dotterel.knowledge.lexicon.Pattern` fields) of one
    family, counting its verb and pattern lines in ``report``."""
    keys = {e.line: to_verb_keys(e, reader.lemmatizer, report) for e in family.verbs}
    report.verb_lines += len(family.verbs)
    bare = {line: [k for k in found if k[0] not in reader.reporting_verbs] for line, found in keys.items()}
    for entry in family.verbs:
        if keys[entry.line] and not bare[entry.line]:
            report.add("bare reporting verb (dotterel codes what is reported instead)", entry.line)
    out: list[dict[str, Any]] = []
    for line, code in to_family_raw(family, bare):
        entries = [e for e in family.verbs if bare[e.line] and (e.code or family.code) == code]
        try:
            info = to_code_info(code, codebook)
        except Unconvertible as why:
            for entry in entries:
                report.add(f"bare verb: {why}", entry.line)
            continue
        report.verbs_converted += len(entries)
        if info.reverse:
            report.add(REVERSE_DROPPED, line)
        verbs = to_phrases([k for e in entries for k in bare[e.line]], None)
        out.append(_raw(info, family, line, 0, verbs=verbs))
    all_keys = [k for e in family.verbs for k in keys[e.line]]
    for pattern in family.patterns:
        out.extend(_pattern_raw(pattern, family, all_keys, synsets, reader, codebook, report))
    return out


def find_shapes(
    pattern: VerbPatternLine, synsets: dict[str, list[str]], reader: PatternReader
) -> tuple[dict[Shape, list[str]], list[str]]:
    """Return the shapes of a pattern's synset alternatives with their object phrases, and the reasons of
    the alternatives that do not convert."""
    groups: dict[Shape, list[str]] = {}
    failures: list[str] = []
    for alternative in find_alternatives(pattern.after, synsets):
        try:
            shape, obj = reader.read_after(alternative)
        except Unconvertible as why:
            failures.append(str(why))
            continue
        objects = groups.setdefault(shape, [])
        if obj is not None and obj not in objects:
            objects.append(obj)
    return groups, failures


def _pattern_raw(
    pattern: VerbPatternLine,
    family: VerbFamily,
    keys: list[tuple[str, str | None]],
    synsets: dict[str, list[str]],
    reader: PatternReader,
    codebook: Codebook,
    report: ConversionReport,
) -> list[dict[str, Any]]:
    report.pattern_lines += 1
    try:
        info = to_code_info(pattern.code, codebook)
        reader.check_before(pattern.before)
        groups, failures = find_shapes(pattern, synsets, reader)
    except Unconvertible as why:
        report.add(str(why), pattern.line)
        return []
    if not groups:
        report.add(failures[0], pattern.line)
        return []
    out = []
    for number, (shape, objects) in enumerate(groups.items()):
        verbs = to_phrases(keys, shape.particle)
        if verbs:
            out.append(_raw(info, family, pattern.line, number, verbs=verbs, shape=shape, objects=objects))
    if not out:
        reason = "the pattern's particle on a multi-word verb" if keys else "no verb of the family converts"
        report.add(reason, pattern.line)
        return []
    report.patterns_converted += 1
    report.patterns_partial += bool(failures)
    if info.reverse:
        report.add(REVERSE_DROPPED, pattern.line)
    return out


def _raw(
    info: CodeInfo,
    family: VerbFamily,
    line: int,
    number: int,
    verbs: list[str],
    shape: Shape | None = None,
    objects: Sequence[str] = (),
) -> dict[str, Any]:
    suffix = f"-{number}" if number else ""
    raw: dict[str, Any] = {
        "id": f"verbs.{info.plover_type.lower()}-cameo-{slug(family.name)}-l{line}{suffix}.v1",
        "type": info.plover_type,
        "cameo": info.cameo,
        "verbs": verbs,
    }
    if shape is not None:
        if objects:
            raw["requires_object"] = list(objects)
            raw["loose_object"] = True
        if shape.requires_prep:
            raw["requires_prep"] = [shape.requires_prep]
        if shape.target_prep:
            raw["target_preps"] = [shape.target_prep]
    return raw


def to_raw_patterns(
    dictionary: VerbDictionary, reader: PatternReader, codebook: Codebook | None = None
) -> tuple[list[dict[str, Any]], ConversionReport]:
    """Convert a read dictionary: the raw lexicon patterns and the conversion report."""
    codebook = codebook or load_codebook()
    report = ConversionReport(str(dictionary.path), families=len(dictionary.families))
    for line, reason in dictionary.skipped.items():
        report.pattern_lines += 1
        report.add(reason, line)
    raw: list[dict[str, Any]] = []
    for family in dictionary.families:
        raw.extend(to_family_patterns(family, dictionary.synsets, reader, codebook, report))
    report.patterns_made = len(raw)
    return raw, report


@dataclass(frozen=True)
class VerbLayer:
    """A converted verb dictionary: the lexicon file it makes and the conversion report."""

    lexicon_file: LexiconFile
    report: ConversionReport


def to_patterns(raw: Sequence[dict[str, Any]], report: ConversionReport) -> list[Pattern]:
    """Validate raw patterns as imported lexicon patterns (no example sentences needed); a pattern whose
    words the lexicon cannot hold (a digit first, more than two verb words) is counted, not fatal."""
    patterns = []
    for item in raw:
        try:
            patterns.append(Pattern.model_validate(item, context={"imported": True}))
        except ValidationError as error:
            line = int(re.search(r"-l(\d+)", item["id"]).group(1))  # type: ignore[union-attr]
            report.add(f"words the lexicon cannot hold: {error.errors()[0]['msg']}", line)
    report.patterns_made = len(patterns)
    return patterns


def to_verb_layer(
    dictionary: VerbDictionary,
    codebook: Codebook | None = None,
    lemmatizer: VerbLemmatizer | None = None,
    reporting_verbs: Iterable[str] | None = None,
) -> VerbLayer:
    """Convert a read dictionary into a lexicon file whose ``replaces_verbs`` are the verbs it lists.

    Args:
        dictionary: the read dictionary.
        codebook: the CAMEO codebook (the packaged one by default).
        lemmatizer: spaCy's lemmatizer tables (loaded from the default model by default).
        reporting_verbs: verbs whose bare code is not imported (the packaged lexicon's speech verbs by
            default): dotterel codes "X said Y did Z" as Y's event, reported by X.
    """
    if reporting_verbs is None:
        reporting_verbs = load_packaged_speech_verbs()
    reader = PatternReader(lemmatizer or load_verb_lemmatizer(), reporting_verbs)
    raw, report = to_raw_patterns(dictionary, reader, codebook)
    data = LexiconFile.model_validate(
        {
            "version": 1,
            "replaces_verbs": find_claimed_lemmas(dictionary, reader),
            "patterns": to_patterns(raw, report),
        },
        context={"imported": True},
    )
    return VerbLayer(data, report)


@lru_cache(maxsize=1)
def load_packaged_speech_verbs() -> frozenset[str]:
    """Return the packaged lexicon's speech verbs."""
    packaged = Path(str(files("dotterel.knowledge") / PACKAGED_LEXICON))
    return frozenset(load_lexicon_file(packaged).speech_verbs)


def load_verb_dictionary(path: Path, codebook: Codebook | None = None) -> VerbLayer:
    """Read and convert one verb dictionary file (a bad line raises KnowledgeError naming file and line).

    The file must exist and hold a ``--- NAME [CODE] ---`` line (:func:`is_verb_dictionary`).
    """
    if not path.is_file():
        raise KnowledgeError(str(path), "(file)", "no such file")
    if not is_verb_dictionary(path):
        reason = "not a CAMEO verb dictionary (no '--- NAME [CODE] ---' line); lexicon YAML ends in .yaml"
        raise KnowledgeError(str(path), "(file)", reason)
    return to_verb_layer(read_verb_dictionary(path), codebook)
