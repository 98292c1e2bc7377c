"""A verb the tagger took for a proper name: "Thousands of mourners [march] through Baghdad".

The small tagger reads "march" (a month when capitalised) as a proper noun even in lowercase, and then
parses it as the root of its sentence with a subject of its own. A proper name is written with a capital; a
lowercase word tagged as one that heads the sentence and has a nominal subject is the sentence's verb. The
capitalised month ("in March") and real names are never lowercase, so they stay names.
"""

from __future__ import annotations

from typing import Any

LOWERCASE_NAME_TAGS = frozenset({"NNP", "NNPS"})
SUBJECT_DEPS = frozenset({"nsubj"})


def is_lowercase_name_verb(token: Any) -> bool:
    """True for a lowercase word tagged a proper noun that is its sentence's root with a nominal subject."""
    if token.tag_ not in LOWERCASE_NAME_TAGS or not token.text[:1].islower() or token.dep_ != "ROOT":
        return False
    return any(child.dep_ in SUBJECT_DEPS for child in token.children)
