"""Parts of a place name's tokens: how far a run of name words grows, where a place noun ends it, and which
part the parse places.

Helpers of :class:`dotterel.stages.place_names.PlaceNameFinder`, pure functions of the parsed document.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import Gazetteer, GazetteerEntry
from dotterel.knowledge.place_words import PlaceWords
from dotterel.stages.doc_tables import DocTable, to_doc_table
from dotterel.stages.place_name_words import is_name_word_before
from dotterel.stages.place_uses import names_word


def follows_place_noun(
    doc: Any, start: int, end: int, nouns: frozenset[str], members: frozenset[str] = frozenset()
) -> bool:
    """True for the name at tokens ``[start, end)`` as the "of" object of a place noun of ``nouns`` ("the town
    of Kansafra", "the villages of Kafr Nabl"); not a name only a comma's known place marks ("Khurais, Saudi
    Arabia"), nor an organisation after a noun of membership (words of ``members``: "a member state of
    NATO")."""
    root = doc[start:end].root
    of_noun = root.dep_ == "pobj" and root.head.lower_ == "of" and names_word(root.head.head, nouns)
    return of_noun and not is_membership_object(doc, start, end, members)


def is_membership_object(doc: Any, start: int, end: int, membership_words: frozenset[str]) -> bool:
    """True for the name at tokens ``[start, end)`` as the "of" object (or a conjunct of it) of a membership
    noun ("a member state of NATO", "a member of the African Union", "the member states of ASEAN and the
    EU"): the name is an organisation's, not a place; not "the state of Texas"."""
    root = doc[start:end].root
    while root.dep_ == "conj" and root.head.i < root.i:  # "of NATO and the EU": the first conjunct's head
        root = root.head
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    noun = root.head.head
    return noun.lower_ in membership_words or any(
        child.lower_ in membership_words and child.i < noun.i for child in noun.children
    )


def follows_bare_place_noun(doc: Any, start: int, end: int, nouns: frozenset[str]) -> bool:
    """True for the name at tokens ``[start, end)`` right after "the" and a lower-case place noun of ``nouns``
    that modifies it, with no "of": "in the town Rann", "the village Kafr Zita"; not "a town Rann" (no
    article: rarely a name) nor "the town's Rann"."""
    if start < 2 or doc[start - 2].lower_ != "the":
        return False
    noun, root = doc[start - 1], doc[start:end].root
    modifies = noun.dep_ == "compound" and start <= noun.head.i < end  # "the town Rann" as one noun phrase
    apposed = root.dep_ == "appos" and root.head.i == noun.i  # or the name in apposition to the noun
    return bool(noun.text.islower() and noun.lower_ in nouns and (modifies or apposed))


def to_placed_part_end(doc: Any, start: int, end: int) -> int:
    """Return the end of the part of the name at tokens ``[start, end)`` that the parse places: up to a spaced
    lower-case word inside it ("in Newcastle upon Tyne": the parser hangs "upon Tyne" elsewhere, "Newcastle"
    is the object of "in"), else ``end`` ("Stratford-upon-Avon", "Maarrat al-Nu'man": a joined particle)."""
    for k in range(start + 1, end - 1):
        word = doc[k]
        if word.text.isalpha() and word.text.islower() and doc[k - 1].whitespace_ and word.whitespace_:
            return k
    return end


def to_grown_run_end(doc: Any, end: int, words: PlaceWords) -> tuple[int, bool]:
    """Return the run's end after one more name word, "-Name" or "al-Name" at ``end``, and whether it grew;
    an administrative noun ends the run ("Imam Sahib District"). Read from the document's table."""
    table = to_doc_table(doc)
    texts, lower, text = table.texts, table.lowers[end], table.texts[end]
    if lower in words.admin_suffixes:
        return end, False
    if table.tags[end] in ("NNP", "NNPS") and text[:1].isupper() and text != "-":
        return end + 1, True
    joined = end + 1 < len(texts) and not table.has_space_after(end)
    if joined and text == "-" and texts[end + 1][:1].isupper():
        return end + 2, True
    if (
        joined
        and lower in words.name_particles
        and text.islower()
        and end + 2 < len(texts)
        and texts[end + 1] == "-"
        and not table.has_space_after(end + 1)
        and texts[end + 2][:1].isupper()
    ):
        return end + 3, True
    return end, False


def ends_in_place_noun(doc: Any, i: int, end: int, words: PlaceWords) -> bool:
    """True for a name whose last word, or the lower-case singular noun it modifies right after it, is a
    place noun of ``name_head_nouns``: "the ISIL-occupied Qanus Island", "in Tel Halef village"; not a
    description ("a Dogon village", "Dogon villages": a people's villages)."""
    heads = words.name_head_nouns
    if end - i >= 2 and names_word(doc[end - 1], heads):
        return True
    if end >= len(doc):
        return False
    after, root = doc[end], doc[i:end].root
    if not (after.text.islower() and after.tag_ == "NN" and names_word(after, heads)):
        return False
    articles = words.indefinite_determiners
    indefinite = any(c.dep_ == "det" and c.lower_ in articles for c in after.children)
    return bool(root.head.i == after.i and not indefinite)


def joins_particle(doc: Any, k: int, end: int, words: PlaceWords) -> bool:
    """True when a hyphenated particle at ``k`` continues the name up to ``end``: "Bir al-Abd" is one name,
    not the known "Bir" and a tail."""
    return bool(k + 1 < end and doc[k].lower_ in words.name_particles and doc[k + 1].text == "-")


def to_direction_before(doc: Any, start: int, directions: frozenset[str]) -> str | None:
    """Return the direction words right before the name at ``start``, lower case ("north-western" of three
    tokens before "western", "southern"), or None."""
    for width in (3, 1):  # "north-western" (three tokens) before "western"
        if start - width >= 0:
            before = doc[start - width : start].text.lower()
            if before in directions or (width == 3 and before.replace("-", "") in directions):
                # "North-east England" is written as "northeast" in the list, not cut to "east England"
                return before
    return None


def is_name_direction(doc: Any, start: int) -> bool:
    """True when the one direction word before the name at ``start`` is a word of the name: a capitalised
    proper noun ("North Waziristan", "Upper Dir"), not a description ("northern Waziristan")."""
    word = doc[start - 1] if start > 0 else None
    return bool(word is not None and word.text[:1].isupper() and word.tag_ in ("NNP", "NNPS"))


def starts_longer_name(doc: Any, start: int, end: int, words: PlaceWords) -> bool:
    """True when the name at tokens ``[start, end)`` is the first part of a longer proper name: a capitalised
    proper noun it modifies follows it ("the Green Zone", "the Ferguson Police Department"), and is no
    facility, landmark, administrative noun or place noun that ends a name ("Mosul Dam", "Idlib Governorate",
    "Kabul Airport", "Qanus Island")."""
    if end >= len(doc) or not doc[end - 1].whitespace_:
        return False
    after, last = doc[end], doc[end - 1]
    nouns = words.facilities | words.admin_suffixes | words.name_head_nouns  # not "zone", "area", "centre"
    return bool(
        after.text[:1].isupper()
        and after.tag_ in ("NNP", "NNPS")
        and not after.is_sent_start
        and last.dep_ == "compound"
        and last.head.i >= after.i
        and after.lower_ not in nouns | words.landmark_nouns
    )


def is_inside_longer_name(
    span: Any, entries: list[GazetteerEntry], ents: list[Any], gazetteer: Gazetteer
) -> bool:
    """True when the known name at ``span`` is part of a longer name: a longer PERSON entity, a longer ORG
    entity for a country's name, or a capitalised proper-noun compound before it that is no place and no name
    prefix ("Okba Ibn Nafa Air Base" is not Naha). ``ents`` are the document's entities (start, end, label,
    lower-cased last word)."""
    words = gazetteer.words
    first, last = span[0], span[-1]
    for entity in ents:
        longer = entity.start <= first.i and last.i < entity.end and entity.end - entity.start > len(span)
        if entity.last_lower in words.admin_suffixes:
            continue  # "the northern Aleppo Governorate" is no person, whatever the tagger says
        if longer and (entity.label == "PERSON" or (entity.label == "ORG" and entries[0].kind == "country")):
            return True
    before = span.doc[first.i - 1] if first.i > 0 else None
    return bool(
        before is not None
        and not first.is_sent_start
        and is_name_word_before(before, gazetteer)
        and before.text[:1].isupper()
        and before.lower_ not in words.name_prefixes
        and before.ent_type_ != "DATE"  # "their June Geneva talks": a month is no word of a name
        and first.i <= before.head.i
        and not gazetteer.find_entries(before.text)
    )


def starts_with_particle(table: DocTable, i: int, words: PlaceWords) -> bool:
    """True when a lower-case particle joined by a hyphen to a capitalised word opens a name at token ``i``
    of the document of ``table``: "in al-Hasakah", "the town of al-Qaim" (written as "Al-Hasakah"
    elsewhere); not a particle inside a name ("Maarrat al-Nu'man": the capitalised word before it is the
    name's start). Read from the table, without a Token object."""
    texts = table.texts
    if not (texts[i].islower() and table.lowers[i] in words.name_particles and i + 2 < len(texts)):
        return False
    b = i - 1  # a spaced capitalised word inside the sentence before it: "Maarrat al-Nu'man"
    if b >= 0 and texts[b][:1].isupper() and table.has_space_after(b) and not table.is_sent_start(b):
        return False
    return bool(
        texts[i + 1] == "-"
        and not table.has_space_after(i)
        and not table.has_space_after(i + 1)
        and texts[i + 2][:1].isupper()
    )


def is_named_by_own_words(
    doc: Any, i: int, end: int, words: PlaceWords, feature_prefixes: frozenset[str]
) -> bool:
    """True when the name at tokens ``[i, end)`` is a place by its own words: a place noun ends it
    (:func:`ends_in_place_noun`: "Qanus Island") or a feature word of ``feature_prefixes`` opens it before
    another word ("Mount Hermon", "Mt. Elgon")."""
    first = doc[i]  # "Mt." opens a mountain's name, the capitals "MT" a tanker's ("the MT New Diamond")
    opened = end - i > 1 and first.lower_.rstrip(".") in feature_prefixes and not first.text.isupper()
    return opened or ends_in_place_noun(doc, i, end, words)


def to_name_start(token: Any) -> int:
    """Return the index of the first word of the proper name ``token`` ends: "West" of "the West Bank town",
    whose head word "Bank" alone is another place; the token's own index when no capitalised compound word
    stands right before it."""
    doc, start = token.doc, token.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].text[:1].isupper():
        if not start - 1 < doc[start - 1].head.i <= token.i:
            break
        start -= 1
    return start


def to_container_noun(doc: Any, start: int, end: int, gazetteer: Gazetteer) -> Any | None:
    """Return the place noun that the name at tokens ``[start, end)`` modifies when the noun's "of" object is
    a known country or first-level division that holds the place: "the Loralai area of Pakistan", "the Swat
    valley of Khyber Pakhtunkhwa" (the name is the place; the noun's use decides whether it is a location).
    None for "the Berber city of Zuwarah" (the "of" object is the place itself, the modifier describes it)."""
    root = doc[start:end].root
    noun = root.head
    if root.dep_ not in ("compound", "nmod", "amod") or noun.i != end or noun.tag_ != "NN":
        return None
    if not names_word(noun, gazetteer.words.geo_nouns):
        return None
    objects = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    for obj in objects:
        first = to_name_start(obj)
        entries = gazetteer.find_entries(doc[first : obj.i + 1].text, alternates=False)
        if obj.dep_ == "pobj" and any(e.kind in ("country", "admin1") for e in entries):
            return noun
    return None


def is_direction_division(doc: Any, i: int, end: int, gazetteer: Gazetteer) -> bool:
    """True for a name of capitalised direction words only, right before a capitalised administrative noun:
    "Northwest Region, Cameroon", "the Eastern Province of Saudi Arabia", "North-West Province" (a division
    named by its direction, whose country the text names around it); not "northern Borno State" (lower
    case: a description), "North Waziristan" (a name word follows) nor "the Eastern District of Virginia"
    (of a place that is no country: a court's district)."""
    words = gazetteer.words
    if end >= len(doc) or doc[end].lower_ not in words.admin_suffixes or not doc[end].text[:1].isupper():
        return False
    first = end + 2  # "of Saudi Arabia", "of Virginia"
    if first < len(doc) and doc[end + 1].lower_ == "of":
        for n in range(min(gazetteer.max_tokens, len(doc) - first), 0, -1):
            entry = gazetteer.resolve(doc[first : first + n].text)
            if entry is not None:
                return entry.kind == "country"
    parts = [t for t in doc[i:end] if t.text != "-"]
    return bool(parts) and all(t.text[:1].isupper() and t.lower_ in words.directions for t in parts)


def follows_objectless_preposition(doc: Any, start: int, preps: frozenset[str]) -> bool:
    """True when a locative preposition stands right before the name at ``start`` (or before its "the") and
    the parser gave that preposition no object: "a convoy carrying the minister in Ma'rib Governorate strikes
    a landmine", parsed with "Ma'rib" as punctuation and "Governorate" as the subject; the words' order says
    the name is where the preposition places things."""
    k = start - 1
    if k > 0 and doc[k].lower_ == "the":
        k -= 1
    if k < 0 or doc[k].lower_ not in preps or doc[k].dep_ != "prep":
        return False
    return not any(c.dep_ == "pobj" for c in doc[k].children)


def is_placed_by_noun(doc: Any, i: int, prep: Any | None, words: PlaceWords) -> bool:
    """True for a name at ``i`` that is the object of ``prep``, a preposition of ``unlisted_preps`` on a
    facility or place noun: "at an Iranian paramilitary base in Nik Shahr", "a mosque in Sheikh Othman" (the
    noun places it, whatever the tagger calls it); the name right after the preposition, not the tail of a
    longer name ("Shahr" of "Nik Shahr") nor a man named after more words ("the consulate in Hong Kong
    employee Simon Cheng")."""
    if prep is None or prep.lower_ not in words.unlisted_preps or prep.head.tag_ not in ("NN", "NNS"):
        return False
    if prep.i != i - 1:
        return False
    return names_word(prep.head, words.facilities) or names_word(prep.head, words.geo_nouns)


def to_named_facility(
    doc: Any, start: int, end: int, words: PlaceWords, feature_prefixes: frozenset[str]
) -> Any | None:
    """Return the facility noun right after the unknown name at tokens ``[start, end)`` when the name is a
    place by its own words ("the Camp Taji base", "the Qayyarah Airfield West airbase"): the facility stands
    where the place is, and the noun's use decides whether the name is a location; else None."""
    root = doc[start:end].root
    noun = root.head
    if root.dep_ != "compound" or noun.i != end or not names_word(noun, words.facilities):
        return None
    return noun if is_named_by_own_words(doc, start, end, words, feature_prefixes) else None


def starts_tagged_name(span: Any, ents: list[Any], gazetteer: Gazetteer) -> bool:
    """True when the known name at ``span`` begins a longer GPE/LOC entity of ``ents`` (start, end, label,
    lower-cased last word) that the gazetteer does not know, whose other words are plain proper nouns: "in
    Tell Abyad" is not the town "Tell" (At Tall) and a town "Abyad"; not "Raqqa Governorate", "Kabul
    Province" (an administrative or place noun follows) nor "North East Delhi" (the known name ends it)."""
    entity = next((e for e in ents if e.start == span.start and e.end > span.end), None)
    if entity is None or entity.label not in ("GPE", "LOC"):
        return False
    words = gazetteer.words
    rest = span.doc[span.end : entity.end]
    nouns = words.admin_suffixes | words.geo_nouns | words.name_head_nouns
    return all(
        t.tag_ in ("NNP", "NNPS") and t.text[:1].isupper() and t.lower_ not in nouns for t in rest
    ) and not any(gazetteer.find_entries(rest[k:].text) for k in range(len(rest)))


def to_marked_run_end(doc: Any, start: int, end: int, gazetteer: Gazetteer) -> int | None:
    """Return the end of the longer run of name words that a known name at ``[start, end)`` only begins,
    where the text marks the whole run as one place: the "of" object of a place noun ("the village of Pobé
    Mengao" is not Pobé, Benin) or, when the name is only another place's alternate name, a name after a
    country's possessive ("in Syria's Tell Abyad countryside" is not At Tall, whose alternate name "Tell"
    is); the run's words modify one another ("Tell" → "Abyad").
    None when no such run follows, or the text does not mark it."""
    words = gazetteer.words
    common = words.admin_suffixes | words.geo_nouns | words.facilities | words.directions  # once a run
    run = end
    while run < len(doc) and _continues_name(doc, run, gazetteer, common) and doc[run - 1].head.i == run:
        run += 1
    if run == end or doc[run - 1].dep_ == "compound" and doc[run - 1].head.tag_ in ("NNP", "NNPS"):
        return None
    if follows_place_noun(doc, start, run, gazetteer.words.geo_nouns):
        return run
    if gazetteer.find_entries(doc[start:end].text, alternates=False):
        return None  # a known name of its own: "Pakistan's Karachi Stock Exchange" is in Karachi
    possessor = doc[start - 2] if start >= 2 and doc[start - 1].tag_ == "POS" else None
    owner = gazetteer.resolve(possessor.text) if possessor is not None else None
    return run if owner is not None and owner.kind == "country" else None


def _continues_name(doc: Any, i: int, gazetteer: Gazetteer, common: frozenset[str]) -> bool:
    """True for a proper noun that may go on a place name: capitalised, no administrative or other common
    noun of ``common`` ("Province"), no demonym, date or known name of its own."""
    token = doc[i]
    return (
        token.tag_ in ("NNP", "NNPS")
        and token.text[:1].isupper()
        and not token.is_sent_start
        and token.lower_ not in common
        and token.ent_type_ != "DATE"
        and gazetteer.resolve_demonym(token.text) is None
        and not gazetteer.find_entries(token.text, alternates=False)
    )
