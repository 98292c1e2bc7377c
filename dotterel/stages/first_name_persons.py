"""A book person's first name that starts another's full name: "Isaías Rodríguez" is not Isaias Afwerki.

Some people of the book are known by their first name alone ("Isaias", "Abiy", "Saddam"). Such a one-word
alias hit right before a capitalised name that is none of the person's own names (its full name and aliases)
is the first name of someone else, whose surname differs: the hit is dropped, so that the full name is read
as an unknown person (with its title's country, if it has one). A run of names that goes on to one of the
person's own names is that person ("Tuilaepa Aiono Sailele Malielegaoi"); "Isaias Afwerki" matches whole.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from dotterel.knowledge.actor_book import ActorBook, normalise_name
from dotterel.stages.actor_names import Hit

NAME_RUN = 4  # how many capitalised names after the first name are read for one of the person's own names
NOT_SURNAME_ENTS = frozenset({"DATE", "TIME", "GPE", "LOC", "NORP"})


def _own_names(book: ActorBook, hit: Hit, word: str) -> set[str] | None:
    """The folded words of the hit person's names, when ``word`` is that person's first name, else None."""
    if hit.kind != "person":
        return None
    person = book.person(hit.targets[0].key)
    if person is None or len(person.name.split()) < 2 or normalise_name(person.name.split()[0]) != word:
        return None
    return {part for name in (person.name, *person.aliases) for part in normalise_name(name).split()}


def is_other_surname_hit(hit: Hit, tokens: Sequence[Any], hit_starts: set[int], book: ActorBook) -> bool:
    """True when a one-word hit is a book person's first name and the capitalised unknown name after it
    (and the names that follow it) are none of that person's own names.

    ``hit_starts`` are the first tokens of every alias hit.
    """
    if hit.end - hit.start != 1 or hit.end >= len(tokens):
        return False
    word, after = tokens[hit.start], tokens[hit.end]
    own = _own_names(book, hit, normalise_name(word.text))
    if own is None or not word.whitespace_ or after.sent.start != word.sent.start:
        return False
    if not (after.text[:1].isupper() and after.pos_ == "PROPN") or after.ent_type_ in NOT_SURNAME_ENTS:
        return False
    if after.i in hit_starts or book.is_title_word(after.text):
        return False
    run = []
    for tok in tokens[hit.end : min(hit.end + NAME_RUN, after.sent.end)]:
        if not (tok.text[:1].isupper() and tok.pos_ == "PROPN"):
            break
        run.append(normalise_name(tok.text))
    return not own.intersection(run)
