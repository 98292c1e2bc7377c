"""Attribution word lists (``attribution.yaml``): responsibility claims, means named as agents, collective
actions that stand for their participants, and repression done at home."""

from __future__ import annotations

from dataclasses import dataclass, fields

from dotterel.knowledge.wordlists import load_packaged_word_lists

PACKAGED_ATTRIBUTION = "attribution.yaml"


@dataclass(frozen=True)
class AttributionWords:
    """The lists of ``attribution.yaml`` as frozensets of lower-case words (see the file for each)."""

    claim_verbs: frozenset[str]
    bare_claim_verbs: frozenset[str]
    culprit_preps: frozenset[str]
    denial_verbs: frozenset[str]
    means_nouns: frozenset[str]
    protest_nouns: frozenset[str]
    coup_nouns: frozenset[str]
    rebellion_nouns: frozenset[str]
    condition_types: frozenset[str]
    condition_marks: frozenset[str]
    repression_codes: frozenset[str]
    state_act_codes: frozenset[str]
    home_target_sectors: frozenset[str]
    repressor_sectors: frozenset[str]

    def resolve_action_sector(self, words: list[str]) -> str | None:
        """Return the sector of the people taking part in a collective action named by one of ``words``
        ("protests" -> PROT, "coup d'état" -> MIL), else None."""
        for sector, nouns in (
            ("PROT", self.protest_nouns),
            ("MIL", self.coup_nouns),
            ("REB", self.rebellion_nouns),
        ):
            if any(word.lower() in nouns for word in words):
                return sector
        return None


ATTRIBUTION_LISTS = tuple(field.name for field in fields(AttributionWords))


def load_attribution_words() -> AttributionWords:
    """Load the packaged attribution word lists (cached)."""
    return AttributionWords(**load_packaged_word_lists(PACKAGED_ATTRIBUTION, ATTRIBUTION_LISTS))
