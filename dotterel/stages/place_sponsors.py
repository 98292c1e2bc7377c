"""Which country words of a sentence say where things are, and which name a party from elsewhere.

A country word that modifies an attack noun names the attacker ("Turkish airstrikes kill five in the village
of …"), one that modifies a weapon or a vehicle acted on its maker or owner ("seize a Russian missile
system"); one joined by a hyphen to a participle of backing (``sponsor_participles``) names the sponsor of a
force fighting elsewhere ("Turkish-backed rebels capture the village of …", "the Saudi-led coalition",
"Iran-backed militias"). None tells the country of an unlisted village of the sentence. A participle of
holding ("Kurdish-held", "Turkish-occupied") is no sponsor's: the place is there.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import Gazetteer, PlaceWords
from dotterel.stages.doc_tables import SUBJECT_DEPS, to_doc_table
from dotterel.stages.place_names import NameCandidate
from dotterel.stages.place_uses import names_word

__all__ = [
    "find_attacker_and_sponsor_offsets",
    "find_sentence_countries",
    "is_attacker",
    "is_attacker_or_sponsor",
    "is_sponsor_word",
]

_MODIFIER_DEPS = ("amod", "compound", "nmod")
MAX_NAME_WORDS = 3  # the longest country name before a hyphen read: "the United Arab Emirates-backed"


def is_sponsor_word(token: Any, words: PlaceWords) -> bool:
    """True for a word of the name before a hyphenated participle of backing: "Turkish" of "Turkish-backed
    rebels", "Saudi" and "Arabian" of "the Saudi Arabian-led coalition" (the participle's word or lemma in
    ``sponsor_participles``)."""
    doc, end = token.doc, token.i
    while end + 1 < len(doc) and end - token.i < MAX_NAME_WORDS and token.text[:1].isupper():
        if not (doc[end].whitespace_ and doc[end + 1].text[:1].isupper()):
            break
        end += 1  # "Saudi Arabian-led", "United States-led": the name's last word before the hyphen
    if end + 2 >= len(doc) or doc[end].whitespace_:
        return False
    hyphen, participle = doc[end + 1], doc[end + 2]
    if hyphen.text != "-" or hyphen.whitespace_:
        return False
    return (
        participle.lower_ in words.sponsor_participles
        or participle.lemma_.lower() in words.sponsor_participles
    )


def is_attacker(token: Any, words: PlaceWords) -> bool:
    """True for a modifier of an attack noun ("Turkish airstrikes", "US strikes": the attacker's) or of a
    weapon or vehicle noun that is acted on (``equipment_nouns``: "seize a Russian Pantsir missile system",
    "shot down an Iranian drone": its maker's or owner's). A weapon that acts ("Russian jets bombed …") is
    left to the sentence's other country words, as before."""
    if token.dep_ not in _MODIFIER_DEPS:
        return False
    head = token.head
    while head.dep_ == "compound" and head.head.i != head.i:  # "a Russian Pantsir missile system"
        head = head.head
    if names_word(head, words.attack_nouns):
        return True
    return head.dep_ not in SUBJECT_DEPS and names_word(head, words.equipment_nouns)


def find_attacker_and_sponsor_offsets(doc: Any, words: PlaceWords) -> tuple[set[int], set[int]]:
    """Return the character offsets of the document's attackers' words (:func:`is_attacker`) and of its
    sponsors' words (:func:`is_sponsor_word`), asking only of the tokens that may be one: a modifier by its
    dependency label, a word at most ``MAX_NAME_WORDS`` + 1 tokens before a hyphen."""
    table = to_doc_table(doc)
    attackers = {
        doc[i].idx for i, dep in enumerate(table.deps) if dep in _MODIFIER_DEPS and is_attacker(doc[i], words)
    }
    hyphens = [i for i, text in enumerate(table.texts) if text == "-"]
    near = sorted({i for h in hyphens for i in range(max(h - MAX_NAME_WORDS - 1, 0), h)})
    sponsors = {doc[i].idx for i in near if is_sponsor_word(doc[i], words)}
    return attackers, sponsors


def is_attacker_or_sponsor(token: Any, words: PlaceWords) -> bool:
    """True for a modifier of an attack noun (:func:`is_attacker`) and for a sponsor's word
    (:func:`is_sponsor_word`): neither says where the sentence's places are."""
    return is_attacker(token, words) or is_sponsor_word(token, words)


def find_sentence_countries(
    doc: Any, candidate: NameCandidate, gazetteer: Gazetteer, weight: float
) -> dict[str, float]:
    """Return the countries (each with ``weight``) the name's sentence names by demonym or country name ("…
    Nigerian troops in … Borno State"): closer than the article's, which may hold a news outlet's country.
    Not the attacker's nor the sponsor's (:func:`is_attacker_or_sponsor`)."""
    countries: dict[str, float] = {}
    sentence = doc[candidate.start].sent
    for token in sentence:
        if candidate.start <= token.i < candidate.end or not token.text[:1].isupper():
            continue
        if is_attacker_or_sponsor(token, gazetteer.words):
            continue  # "Turkish airstrikes kill five in the village of …": the attacker's country
        code = gazetteer.resolve_demonym(token.text)
        for n in range(3, 0, -1):  # "North Korea", "Sri Lanka": a country name of several words
            if code or token.i + n > sentence.end:
                continue
            entry = gazetteer.resolve(doc[token.i : token.i + n].text)
            code = entry.country if entry is not None and entry.kind == "country" else None
        if code:
            countries[code] = weight
    return countries
