"""The main clause a parse hung under its own time clause, read as the verb above that clause.

"Eight migrants are dead, while 12 more are missing, after smugglers hijacked their boat" is a main clause
("are dead") and a time clause ("after smugglers hijacked …"). A long main clause in front can come out of
the parser upside down: the time clause's verb as the root of the sentence, still carrying its "after", and
the main clause as its clausal complement. A main clause never carries a subordinating "after", "when" or
"as", so a root that does is the time clause, and a clausal complement before that word is the clause it
hangs from. :func:`find_verb_governors` gives the verbs above a token as the sentence means them: its verb
ancestors, then that fronted main clause, so an attack in the time clause takes the toll told above it, as
it does when the parse is right ("Five people are dead after gunmen opened fire …").
"""

from __future__ import annotations

from typing import Any

from dotterel.stages.scope import is_verb

__all__ = ["find_fronted_main_clause", "find_verb_governors"]

TIME_MARKS = frozenset({"after", "when", "as"})


def find_fronted_main_clause(root: Any) -> Any | None:
    """The clausal complement in front of a sentence root that carries a time mark ("[are] dead, …, after
    smugglers hijacked": are), or None when the root carries no such mark or has no complement before it."""
    if root.dep_ != "ROOT":
        return None
    marks = [c for c in root.children if c.dep_ == "mark" and c.lower_ in TIME_MARKS and c.i < root.i]
    if not marks:
        return None
    fronted = [c for c in root.children if c.dep_ == "ccomp" and c.i < marks[0].i]
    if not fronted or any(c.dep_ == "mark" for c in fronted[0].children):
        return None
    return fronted[0]


def find_verb_governors(token: Any) -> list[Any]:
    """The verbs above ``token``, nearest first, then the main clause its sentence root was hung from."""
    governors = [g for g in token.ancestors if is_verb(g)]
    top = governors[-1] if governors else token
    fronted = find_fronted_main_clause(top)
    return [*governors, fronted] if fronted is not None else governors
