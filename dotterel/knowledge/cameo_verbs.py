"""CAMEO verb dictionaries in the PETRARCH/TABARI text format: reading a file into synsets and verb families.

The format (``docs/cameo-dictionaries.md``), as read here:

* ``&NAME`` starts a synset; its members are the following ``+WORDS`` lines (``_`` and spaces both join
  words; a member may be another synset, ``+&OTHER``).
* ``--- NAME [CODE] ---`` starts a verb family (no code: the null code ``---``, "the verb alone is no
  event"). The family's verb lines follow: ``ABANDON``, ``DOWNPLAY [014]`` (a verb with its own code),
  ``BAN {BANS BANNED}`` (irregular forms), ``+BREAK_DOWN`` / ``WIRE_+TAP`` (a multi-word verb, ``+`` on the
  conjugated word).
* ``- WORDS * WORDS [CODE]`` is a pattern of the family: ``*`` the verb, ``+`` the target, ``$`` the
  source, ``%`` a compound actor, ``^`` a skipped noun phrase, ``&NAME`` any member of a synset; ``_`` joins
  adjacent words (a space allows words in between). ``[A:B]`` codes A from source to target and B back.
* Comments: ``#`` (and the legacy ``;``) to the end of the line, ``<!-- … -->`` blocks, lines starting
  with ``<``.

:func:`read_verb_dictionary` only reads; :mod:`dotterel.knowledge.cameo_verb_patterns` converts what the
lexicon can express. A line that fits none of these forms raises :class:`~dotterel.errors.KnowledgeError`
naming the file and the line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from dotterel.errors import KnowledgeError

NULL_CODE = "---"
_FAMILY = re.compile(r"^---\s+(?P<body>.*?)\s*(?:---)?\s*$")
_FAMILY_SNIFF = re.compile(r"^\s*---\s+[^\s\-]")
_SYNSET = re.compile(r"^&(?P<name>[A-Za-z0-9_]+)\s*$")
_BRACKET = re.compile(r"\[(?P<code>[^\]]*)\]")
_FORMS = re.compile(r"\{(?P<forms>[^}]*)\}")
_MARKERS = frozenset({"*", "+", "$", "%", "^"})
_XML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


@dataclass(frozen=True)
class VerbEntry:
    """A verb line of a family: its words (lower case), which one is conjugated, irregular forms, code."""

    words: tuple[str, ...]
    head: int
    forms: tuple[tuple[str, ...], ...]
    code: str | None
    line: int

    @property
    def head_word(self) -> str:
        """The conjugated word ("break" of "break down", "tap" of "wire tap")."""
        return self.words[self.head]


@dataclass(frozen=True)
class VerbPatternLine:
    """A pattern line: the tokens before and after ``*`` (lower case; markers and ``&SYNSET`` kept)."""

    before: tuple[str, ...]
    after: tuple[str, ...]
    code: str
    line: int
    text: str


@dataclass
class VerbFamily:
    """A ``--- NAME [CODE] ---`` block: its default code, verb lines and patterns."""

    name: str
    code: str
    line: int
    verbs: list[VerbEntry] = field(default_factory=list)
    patterns: list[VerbPatternLine] = field(default_factory=list)


@dataclass
class VerbDictionary:
    """What a verb dictionary holds: synsets (name with ``&``, lower case -> member phrases) and families.

    ``skipped`` counts the pattern lines PETRARCH itself skips (TABARI ``{…}`` disjunctions), by line.
    """

    path: Path
    synsets: dict[str, list[str]] = field(default_factory=dict)
    families: list[VerbFamily] = field(default_factory=list)
    skipped: dict[int, str] = field(default_factory=dict)


def is_verb_dictionary(path: Path | str) -> bool:
    """Return True when a text file holds a ``--- NAME [CODE] ---`` family line: a verb dictionary."""
    try:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return any(_FAMILY_SNIFF.match(content) for _, content in to_clean_lines(text))


def to_clean_lines(text: str) -> list[tuple[int, str]]:
    """Return ``(line number, content)`` of the lines left once comments and blank lines are dropped.

    ``#`` and ``;`` start a comment outside brackets only: ``[###]`` and ``[+++]`` are codes.
    """
    text = _XML_COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), text.replace("\r\n", "\n"))
    lines = []
    for number, raw in enumerate(text.split("\n"), start=1):
        depth, end = 0, len(raw)
        for index, char in enumerate(raw):
            depth += {"[": 1, "]": -1}.get(char, 0)
            if char in "#;" and depth <= 0:
                end = index
                break
        content = raw[:end].rstrip()
        if content.strip() and not content.lstrip().startswith("<"):
            lines.append((number, content))
    return lines


def to_pattern_tokens(text: str) -> tuple[str, ...]:
    """Split pattern words on spaces and ``_`` (lower case): ``SAID *_UP`` -> ``("said", "*", "up")``."""
    return tuple(word.lower() for word in re.split(r"[\s_]+", text.replace("*", " * ")) if word)


def _error(path: Path, line: int, reason: str) -> KnowledgeError:
    return KnowledgeError(str(path), f"line {line}", reason)


def _read_code(text: str, path: Path, line: int) -> str:
    match = _BRACKET.search(text)
    if match is None:
        raise _error(path, line, f"a pattern needs a [CODE]: {text.strip()!r}")
    code = match["code"].strip().upper()
    if not code or " " in code:
        raise _error(path, line, f"not a code: [{match['code']}]")
    return code


def to_family(content: str, path: Path, line: int) -> VerbFamily:
    """Return the family a ``--- NAME [CODE] ---`` line opens (the first bracket is the code)."""
    match = _FAMILY.match(content.strip())
    body = match["body"] if match else ""
    name = _BRACKET.split(body, maxsplit=1)[0].strip(" _")
    if not name:
        raise _error(path, line, f"a family line needs a name: {content.strip()!r}")
    code = _BRACKET.search(body)
    return VerbFamily(name, (code["code"].strip().upper() or NULL_CODE) if code else NULL_CODE, line)


def to_verb_entry(content: str, path: Path, line: int) -> VerbEntry:
    """Return a verb line: ``BAN {BANS BANNED} [191]``, ``+CORDON_OFF``, ``WIRE_+TAP``, ``LASH OUT``."""
    text = content.strip()
    if text.count("{") != text.count("}") or text.count("{") > 1:
        raise _error(path, line, f"unbalanced {{…}} in a verb line: {text!r}")
    code = _BRACKET.search(text)
    forms = _FORMS.search(text)
    phrase = _FORMS.sub(" ", _BRACKET.sub(" ", text)).strip()
    words, head = _to_verb_words(phrase, path, line)
    form_words = tuple(
        _to_verb_words(form, path, line)[0] for form in (forms["forms"].split() if forms else ())
    )
    own = code["code"].strip().upper() if code else None
    return VerbEntry(words, head, form_words, own or None, line)


def _to_verb_words(phrase: str, path: Path, line: int) -> tuple[tuple[str, ...], int]:
    words = [w for w in re.split(r"[\s_]+", phrase.lower()) if w]
    if not words or any(not re.fullmatch(r"\+?[a-z][a-z0-9'.\-]*", w) for w in words):
        raise _error(path, line, f"not a verb phrase: {phrase!r}")
    marked = [i for i, w in enumerate(words) if w.startswith("+")]
    if len(marked) > 1:
        raise _error(path, line, f"more than one '+' in a verb phrase: {phrase!r}")
    return tuple(w.lstrip("+") for w in words), (marked[0] if marked else 0)


def to_pattern_line(content: str, path: Path, line: int) -> VerbPatternLine:
    """Return a ``- WORDS * WORDS [CODE]`` pattern line; it needs exactly one ``*`` and a code."""
    text = content.strip()[1:]
    code = _read_code(text, path, line)
    words = _BRACKET.split(text, maxsplit=1)[0]
    tokens = to_pattern_tokens(words.replace("_ ", " "))
    if tokens.count("*") != 1:
        raise _error(path, line, f"a pattern needs exactly one '*' (the verb): {content.strip()!r}")
    star = tokens.index("*")
    for token in tokens:
        if token not in _MARKERS and not re.fullmatch(r"&?[a-z0-9'.\-]+", token):
            raise _error(path, line, f"unexpected {token!r} in a pattern: {content.strip()!r}")
    return VerbPatternLine(tokens[:star], tokens[star + 1 :], code, line, content.strip())


def read_verb_dictionary(path: Path) -> VerbDictionary:
    """Read a verb dictionary into synsets and families (nothing is converted yet)."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as error:
        raise KnowledgeError(str(path), "(file)", error.strerror or str(error)) from error
    dictionary = VerbDictionary(path)
    synset: list[str] | None = None
    family: VerbFamily | None = None
    for number, content in to_clean_lines(text):
        stripped = content.strip()
        if stripped.startswith("---"):
            family, synset = to_family(stripped, path, number), None
            dictionary.families.append(family)
        elif stripped.startswith("&"):
            match = _SYNSET.match(stripped)
            if match is None:
                raise _error(path, number, f"not a synset name: {stripped!r}")
            synset, family = [], None
            dictionary.synsets["&" + match["name"].lower().rstrip("_")] = synset
        elif stripped.startswith("+") and synset is not None:
            synset.append(" ".join(to_pattern_tokens(stripped[1:])))
        elif family is None:
            raise _error(path, number, f"outside a '--- NAME [CODE] ---' family or a synset: {stripped!r}")
        elif stripped.startswith("-"):
            if "{" in stripped:  # TABARI disjunctive sets: PETRARCH skips them too
                dictionary.skipped[number] = "TABARI {…} disjunction (PETRARCH skips it too)"
                continue
            family.patterns.append(to_pattern_line(stripped, path, number))
        else:
            family.verbs.append(to_verb_entry(stripped, path, number))
    return dictionary
