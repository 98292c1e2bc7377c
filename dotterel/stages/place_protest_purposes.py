"""A protest told by its aim: "demonstrators storm the embassy in Baghdad to protest a meeting in Bahrain".

The to-infinitive "to protest X" says what the crowd's act (gathering, marching, storming) was against; X and
the places the parser hangs on the protest verb after it are what is protested, not where the protest was,
when the act of the main clause has a place phrase of its own ("in Baghdad", "outside the US embassy in
Manila"): that one is where it happened. Only a protest verb (``protest_purpose_verbs``) that is a purpose
clause of another verb counts; "Thousands protest the election result in Minsk", a protest verb of its own
clause, and "gather to protest in Hong Kong", with no place on the main verb, keep their places.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords


def find_protested_ids(token: Any, words: PlaceWords) -> set[int]:
    """Return the tokens of the purpose clause at ``token`` but the trigger (its object and its phrases) when
    it is a protest purpose (:func:`is_protest_purpose`) and the main verb has a locative phrase of its own;
    otherwise none."""
    if not is_protest_purpose(token, words):
        return set()
    main = token.head
    placed = any(
        c.dep_ == "prep" and c.lower_ in words.locative_preps and any(o.dep_ == "pobj" for o in c.children)
        for c in main.children
    )
    return {t.i for t in token.subtree} - {token.i} if placed else set()


def is_protest_purpose(token: Any, words: PlaceWords) -> bool:
    """True for a protest verb (``protest_purpose_verbs``) that is the to-infinitive purpose clause of
    another verb ("march in London to protest a deal signed in Washington")."""
    return bool(
        token.lemma_.lower() in words.protest_purpose_verbs
        and token.dep_ in ("xcomp", "advcl")
        and token.head.i != token.i
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in token.children)
    )
