"""A person no actor book knows, acting in a company's or a sports club's affairs, is no political doer.

"Boeing CEO Dennis Muilenburg defends the company's safety record", "Bob Iger steps down as CEO of The
Walt Disney Company", "James Murdoch resigns from the board of News Corporation": the bare name of an unknown
person is taken as the source of his act (stages/named_doers.py) so that a political act with no other actor
is kept ("Andrew Sabisky resigns"). When the person's own description or the act's object names a post or body
of business or sport (``business_post_words``: a CEO, a company, a board of directors, a club), the act is the
company's or the club's affair, not a political event, and the name is not given as its source. A political
object keeps it: "Businessman Samir Khatib withdraws his candidacy for the Prime Minister position" names no
such post ("businessman" describes him, the candidacy is political).
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.wordlists import load_role_words

__all__ = ["is_business_act"]

OBJECT_DEPS = frozenset({"dobj", "obj", "prep", "attr", "dative"})
MAX_WORDS = 2
CLAUSE_DEPS = frozenset({"relcl", "acl", "ccomp", "advcl"})  # a clause in the phrase tells its own


def is_business_act(verb: Any, subject: Any) -> bool:
    """True when the subject's phrase (its title, compounds, apposition) or the verb's object and
    prepositional phrases name a ``business_post_words`` post or body ("Boeing CEO X", "as CEO of …"), not
    in a clause of their own (:func:`to_phrase_words`)."""
    posts = load_role_words()["business_post_words"]  # cached
    phrases = [subject, *(child for child in verb.children if child.dep_ in OBJECT_DEPS)]
    return any(_names_post(to_phrase_words(phrase), posts) for phrase in phrases)


def to_phrase_words(phrase: Any) -> list[Any]:
    """The phrase's words in text order, less the clauses hanging in it (``CLAUSE_DEPS``): "a settlement in a
    lawsuit [that claimed the company's marketing …]" is about a lawsuit, whatever its clause tells."""
    words, stack = [], [phrase]
    while stack:
        token = stack.pop()
        words.append(token)
        stack += [child for child in token.children if child.dep_ not in CLAUSE_DEPS]
    return sorted(words, key=lambda token: token.i)


def _names_post(tokens: list[Any], posts: frozenset[str]) -> bool:
    """True when one word, or two in a row, of the phrase is a listed post ("ceo", "football club")."""
    words = [str(token.lemma_).lower() for token in tokens]
    spans = (" ".join(words[i : i + n]) for n in range(1, MAX_WORDS + 1) for i in range(len(words)))
    return any(span in posts for span in spans)
