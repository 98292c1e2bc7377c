"""CAMEO dictionaries in the PETRARCH/TABARI text format, read as a layer of the actor book.

Three kinds of file, told apart by their content (:func:`read_cameo_dictionary`):

* **actors**: a record is a primary phrase with an optional default code (``GONDOR [GON]``), synonym lines
  (``+MINAS_TIRITH``) and indented code lines, possibly date-restricted: ``[HOBGOV 19950601 - 19990815]``
  (between, both days included), ``[HOB < 950601]`` (on or before), ``[HOBREB > 990816]`` (on or after),
  ``[DOL]`` (the default). The first restriction that holds on the article date wins, else the default,
  else the null code (the phrase names no actor). Dates are YYYYMMDD or YYMMDD (00-30 is 20YY).
* **agents**: ``PHRASE {PLURAL} [~CODE]`` (or ``[CODE~]``), with substitution sets ``!PERSON! = MAN, MEN``;
  a file is an agents file when its codes carry ``~``. Agents become sector words of their code, except the
  "no actor" codes ``~NON`` and ``~JNK`` (``MONDAY [~NON]``), whose phrases become not-actor phrases.
* **discards**: phrases alone (``+`` marks a story-level discard): they become not-actor phrases, and
  :func:`load_discards` gives them to the discards stage (:mod:`dotterel.stages.discards`).

Comments (``#``, ``;``, ``<!-- … -->`` and lines starting with ``<``) are skipped. A CAMEO actor code maps to
:class:`~dotterel.model.Actor` as country = the first three letters, sector = the rest
(:func:`split_cameo_code`); ``---`` is no country. Each actor record becomes a person-kind entry of the book
(id ``person:cameo-<slug>``) whose codes :class:`~dotterel.knowledge.cameo_book.CameoActorBook` resolves
on the article date; CAMEO entries win over the packaged book for the phrases they name. A bad line raises
:class:`~dotterel.errors.KnowledgeError` naming the file and the line.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from dotterel.errors import KnowledgeError
from dotterel.model import Actor

CAMEO_SUFFIXES: tuple[str, ...] = (".txt",)
NULL_CODES: frozenset[str] = frozenset({"---", "+++", "###"})
NOT_ACTOR_AGENTS: frozenset[str] = frozenset({"NON", "JNK"})  # agent codes that mark words as no actor
NO_COUNTRY = "---"
DictionaryKind = Literal["actors", "agents", "discards"]

_XML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_CODE = re.compile(
    r"^(?P<code>---[A-Za-z0-9]*|\+\+\+|###|[A-Za-z][A-Za-z0-9]*(?:/[A-Za-z][A-Za-z0-9]*)*)\s*"
    r"(?:(?P<op>[<>])\s*(?P<date>\d+)|(?P<start>\d+)\s*-\s*(?P<end>\d+))?$"
)
_PRIMARY = re.compile(r"^(?P<phrase>[^\[]*?)\s*(?:\[(?P<code>[^\]]*)\])?\s*$")
_AGENT = re.compile(r"^(?P<phrase>[^{\[]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[(?P<code>[^\]]*)\]\s*$")
_SUBSTITUTION = re.compile(r"^(?P<marker>![A-Za-z]+!)\s*=\s*(?P<items>.+)$")
_VERB_FAMILY = re.compile(r"^\s*---\s+[^\s\-]")
_MARKER = re.compile(r"![A-Za-z]+!")
_VOWELS = frozenset("AEIOU")


@dataclass(frozen=True)
class CameoCode:
    """One code of an actor record and the days it holds (None: open end); ``code`` None is the null code."""

    code: str | None
    start: dt.date | None = None
    end: dt.date | None = None

    @property
    def is_default(self) -> bool:
        """True for a code without a date restriction."""
        return self.start is None and self.end is None

    def is_valid_on(self, on: dt.date) -> bool:
        """Return True when the restriction holds on ``on`` (both limits included)."""
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass(frozen=True)
class CameoActor:
    """An actor record: its phrases (the first is the primary one), its codes, and its line."""

    phrases: tuple[str, ...]
    codes: tuple[CameoCode, ...]
    line: int

    def resolve_code(self, on: dt.date) -> str | None:
        """Return the code valid on ``on``: the first restriction that holds, else the default, else None."""
        dated = [c for c in self.codes if not c.is_default]
        default = next((c for c in self.codes if c.is_default), None)
        chosen = next((c for c in dated if c.is_valid_on(on)), default)
        return chosen.code if chosen else None


@dataclass(frozen=True)
class CameoAgent:
    """An agent record: its phrases (plurals included), its code, whether the code goes first (``NGO~``)."""

    phrases: tuple[str, ...]
    code: str
    prefix: bool
    line: int


@dataclass(frozen=True)
class CameoDiscard:
    """A discard phrase (words joined by single spaces, as written in the file), whether it discards the whole
    story (a ``+`` entry) or only its sentence, and where it was read (``file:line``)."""

    phrase: str
    story: bool
    origin: str


@dataclass
class CameoDictionary:
    """What one dictionary file holds; only the list of its kind is filled."""

    path: Path
    kind: DictionaryKind
    actors: list[CameoActor] = field(default_factory=list)
    agents: list[CameoAgent] = field(default_factory=list)
    discards: list[CameoDiscard] = field(default_factory=list)


def is_cameo_file(path: Path | str) -> bool:
    """Return True for a file read as a CAMEO dictionary (by its suffix, ``.txt``) rather than as YAML."""
    return Path(path).suffix.lower() in CAMEO_SUFFIXES


def to_clean_lines(text: str) -> list[tuple[int, str]]:
    """Return ``(line number, content)`` of the lines left once comments and blank lines are dropped."""
    text = _XML_COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), text.replace("\r\n", "\n"))
    lines = []
    for number, raw in enumerate(text.split("\n"), start=1):
        content = re.split(r"[#;]", raw, maxsplit=1)[0].rstrip()
        if content.strip() and not content.lstrip().startswith("<"):
            lines.append((number, content))
    return lines


def to_cameo_date(text: str, path: Path, line: int) -> dt.date:
    """Return the day of a YYYYMMDD or YYMMDD date (YY 00-30 is 20YY, else 19YY)."""
    try:
        if len(text) == 8:
            return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
        if len(text) == 6:
            year = int(text[:2])
            return dt.date(year + (2000 if year <= 30 else 1900), int(text[2:4]), int(text[4:]))
    except ValueError:
        pass
    raise KnowledgeError(str(path), f"line {line}", f"not a date (YYYYMMDD or YYMMDD): {text!r}")


def to_cameo_code(text: str, path: Path, line: int) -> CameoCode:
    """Return the code and restriction of a bracket's content (``HOBGOV 19950601 - 19990815``)."""
    match = _CODE.match(text.strip())
    if match is None:
        raise KnowledgeError(str(path), f"line {line}", f"not a code with an optional date range: [{text}]")
    code = match["code"].upper().split("/")[0]  # "ELR/GAL": several actors; the first is kept
    code_or_null = None if code in NULL_CODES else code
    day = {name: to_cameo_date(match[name], path, line) for name in ("date", "start", "end") if match[name]}
    if match["op"] == "<":
        return CameoCode(code_or_null, end=day["date"])
    if match["op"] == ">":
        return CameoCode(code_or_null, start=day["date"])
    return CameoCode(code_or_null, day.get("start"), day.get("end"))


def to_phrase(text: str) -> str:
    """Return a dictionary phrase with its words separated by single spaces (``ARNOR_`` -> ``ARNOR``)."""
    return " ".join(text.replace("_", " ").split())


def find_dictionary_kind(lines: Sequence[tuple[int, str]]) -> DictionaryKind:
    """Tell an agents file (codes with ``~`` or substitution sets) from an actors file and a discard list."""
    if any(_SUBSTITUTION.match(content.strip()) or re.search(r"\[[^\]]*~", content) for _, content in lines):
        return "agents"
    return "actors" if any("[" in content for _, content in lines) else "discards"


def parse_actors(lines: Sequence[tuple[int, str]], path: Path) -> list[CameoActor]:
    """Return the actor records of an actors file's clean lines."""
    records: list[tuple[list[str], list[CameoCode], int]] = []
    for number, content in lines:
        stripped = content.strip()
        if stripped.startswith("[") and records:
            inner = stripped[1:].split("]", 1)[0]
            records[-1][1].append(to_cameo_code(inner, path, number))
        elif stripped.startswith("+") and records:
            records[-1][0].append(to_phrase(stripped[1:]))
        else:
            match = _PRIMARY.match(stripped)
            if match is None or not to_phrase(match["phrase"]) or stripped.startswith(("[", "+")):
                raise KnowledgeError(str(path), f"line {number}", f"not an actor phrase: {stripped!r}")
            codes = [to_cameo_code(match["code"], path, number)] if match["code"] is not None else []
            records.append(([to_phrase(match["phrase"])], codes, number))
    return [CameoActor(tuple(phrases), tuple(codes), number) for phrases, codes, number in records]


def to_plural(phrase: str) -> str:
    """Return the regular plural of a phrase (PETRARCH's rules: -Y -> -IES, -SS -> -SES, else -S)."""
    if phrase.upper().endswith("Y") and len(phrase) > 1 and phrase[-2].upper() not in _VOWELS:
        return phrase[:-1] + "IES"
    return phrase + ("ES" if phrase.upper().endswith("SS") else "S")


def parse_agents(lines: Sequence[tuple[int, str]], path: Path) -> list[CameoAgent]:
    """Return the agent records of an agents file's clean lines, substitution sets expanded."""
    substitutions: dict[str, list[str]] = {}
    agents: list[CameoAgent] = []
    for number, content in lines:
        stripped = content.strip()
        if sub := _SUBSTITUTION.match(stripped):
            substitutions[sub["marker"].upper()] = [item.strip() for item in sub["items"].split(",")]
            continue
        match = _AGENT.match(stripped)
        code = (match["code"] if match else "").replace(" ", "").upper()
        if match is None or code.count("~") != 1 or not code.strip("~"):
            raise KnowledgeError(str(path), f"line {number}", f"not an agent [~CODE] line: {stripped!r}")
        phrases = _expand(match["phrase"], substitutions, path, number)
        if match["plural"] is not None:
            phrases += [to_phrase(p) for p in match["plural"].split(",") if p.strip()]
        elif not _MARKER.search(match["phrase"]):
            phrases += [to_plural(p) for p in phrases]
        agents.append(CameoAgent(tuple(phrases), code.strip("~"), code.endswith("~"), number))
    return agents


def _expand(phrase: str, substitutions: Mapping[str, list[str]], path: Path, line: int) -> list[str]:
    marker = _MARKER.search(phrase)
    if marker is None:
        return [to_phrase(phrase)]
    items = substitutions.get(marker.group(0).upper())
    if items is None:
        raise KnowledgeError(str(path), f"line {line}", f"undefined substitution set {marker.group(0)}")
    return [
        p
        for item in items
        for p in _expand(phrase.replace(marker.group(0), item, 1), substitutions, path, line)
    ]


def parse_discards(lines: Sequence[tuple[int, str]], path: Path) -> list[CameoDiscard]:
    """Return the discard phrases of a discard list's clean lines (``+PHRASE``: a story-level discard)."""
    discards = []
    for number, content in lines:
        stripped = content.strip()
        phrase = to_phrase(stripped.lstrip("+"))
        if phrase:
            discards.append(CameoDiscard(phrase, stripped.startswith("+"), f"{path.name}:{number}"))
    return discards


def _read_clean_lines(path: Path) -> list[tuple[int, str]]:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as error:
        raise KnowledgeError(str(path), "<file>", error.strerror or str(error)) from error
    return to_clean_lines(text)


def load_discards(paths: Sequence[Path | str]) -> tuple[CameoDiscard, ...]:
    """Return the discard phrases of the CAMEO discard lists among ``paths``, in order (other kinds: none)."""
    found: list[CameoDiscard] = []
    for path in (Path(p) for p in paths if is_cameo_file(p)):
        lines = _read_clean_lines(path)
        if find_dictionary_kind(lines) == "discards":  # a verb file's families carry [CODE]s: not discards
            found.extend(parse_discards(lines, path))
    return tuple(found)


def read_cameo_dictionary(path: Path) -> CameoDictionary:
    """Read one dictionary file; its kind (actors, agents, discards) is recognised from its content."""
    lines = _read_clean_lines(path)
    family = next((number for number, content in lines if _VERB_FAMILY.match(content)), None)
    if family is not None:
        raise KnowledgeError(
            str(path),
            f"line {family}",
            "a verb dictionary ('--- NAME [CODE] ---' families): give it to --lexicon",
        )
    kind = find_dictionary_kind(lines)
    if kind == "agents":
        return CameoDictionary(path, kind, agents=parse_agents(lines, path))
    if kind == "actors":
        return CameoDictionary(path, kind, actors=parse_actors(lines, path))
    return CameoDictionary(path, kind, discards=parse_discards(lines, path))


def split_cameo_code(
    code: str | None, countries: Iterable[str] = (), sectors: Iterable[str] = ()
) -> tuple[str | None, str | None]:
    """Return ``(country, sector)`` of a CAMEO actor code: ``HOBGOV`` -> ``("HOB", "GOV")``.

    The first three letters are the country unless they are a sector (agent) code and not a country
    (``GOVMED`` -> ``(None, "GOVMED")``); ``---`` means no country; the rest, if any, is the sector.
    """
    if code is None or code in NULL_CODES:
        return None, None
    if code.startswith(NO_COUNTRY):
        return None, code[3:] or None
    head, rest = code[:3], code[3:]
    if len(code) < 3 or (head in set(sectors) and head not in set(countries)):
        return None, code
    return head, rest or None


def to_actor_code(actor: Mapping[str, Any] | Actor | None) -> str:
    """Return the CAMEO code of an actor (record or Actor): country (``---`` when none) then sector."""
    if actor is None:
        return NO_COUNTRY
    values = actor.to_dict() if isinstance(actor, Actor) else actor
    return (values.get("country") or NO_COUNTRY) + (values.get("sector") or "")
