"""Attacks the accident rule took for accidents, and fighting whose sides hang on the verb of its happening.

- A hazard verb with a pronoun subject ("… kills ten after [it] explodes") is read with the subject of the
  clause it hangs on: a weapon there ("a car bomb") makes it an attack; a tanker or a bus stays an accident.
- A hazard noun a weapon modifies ("killed by [mortar] fire") or exchanged in fighting ("an exchange of
  fire") is the weapons' fire, not a blaze.
- An event noun that is the subject of a happening verb ("clashes [took place] between A and B", "fighting
  [broke out] between …") takes its sides from that verb's phrases, each way.
- "Take/gain control of" a place is a capture when an armed actor takes it (not a bank, hackers, a ministry).
- Generic nouns of rulers and ministries ("the new military rulers", "the junta", "the Health Ministry") name
  the issuer of their measures.
Every table has negative rows; sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from dotterel.api import code
from dotterel.knowledge.lexicon import load_lexicon

DATE = "2020-10-14"


def _assaults(sentence: str) -> list[tuple[str, int | None]]:
    """The (trigger text, killed) of each ASSAULT event coded from the sentence."""
    return [
        (sentence[e.trigger.start : e.trigger.end], e.killed)
        for e in code(sentence, DATE)
        if e.action.type == "ASSAULT"
    ]


# sentence, whether an ASSAULT is coded, its killed count when it is
ACCIDENT_ROWS: list[tuple[str, bool, int | None]] = [
    ("A car bomb kills nine people in a market in Mogadishu after it explodes at noon.", True, 9),
    ("A roadside bomb kills three soldiers in Kandahar when it detonates under their truck.", True, 3),
    ("Four police officers are killed by mortar fire near the border town of Ceylanpinar.", True, 4),
    ("Artillery fire kills six civilians in a village near Idlib.", True, 6),
    ("Seven militants are killed in a heavy exchange of fire near Quetta.", True, 7),
    # negatives: the pronoun's clause names no weapon; a fire with no weapon
    ("A fuel tanker kills 40 people after it explodes on a highway in Nigeria.", False, None),
    ("A bus kills five pedestrians in Lima after it overturns on a bend.", False, None),
    ("A fire kills twelve workers at a garment factory in Dhaka.", False, None),
    ("Two firefighters are killed by a forest fire in Portugal.", False, None),
    ("An explosive fire at a chemical plant kills twelve workers in Tianjin.", False, None),
]


@pytest.mark.parametrize(("sentence", "coded", "killed"), ACCIDENT_ROWS)
def test_weapon_harm_is_no_accident(sentence: str, coded: bool, killed: int | None) -> None:
    """A weapon behind a pronoun or before "fire" keeps the attack; hazards stay accidents."""
    found = _assaults(sentence)
    assert bool(found) is coded, found
    if coded:
        assert killed in {k for _, k in found}, found


def _sides(sentence: str) -> set[tuple[str | None, str | None]]:
    """The (source country, target country) of each ASSAULT event coded from the sentence."""
    return {
        (e.source.country if e.source else None, e.target.country if e.target else None)
        for e in code(sentence, DATE)
        if e.action.type == "ASSAULT"
    }


# sentence, the (source, target) countries that must be coded ASSAULT
HAPPENING_ROWS: list[tuple[str, set[tuple[str | None, str | None]]]] = [
    (
        "Clashes take place between Indian troops and Chinese soldiers in the Galwan Valley.",
        {("IND", "CHN"), ("CHN", "IND")},
    ),
    (
        "Heavy fighting broke out between Armenian forces and Azerbaijani troops near Fuzuli.",
        {("ARM", "AZE"), ("AZE", "ARM")},
    ),
    (
        "Fierce clashes erupt between Turkish soldiers and the Syrian Army near Saraqib.",
        {("TUR", "SYR"), ("SYR", "TUR")},
    ),
]
# negatives: the verb tells what the fighting did, and its phrases are no sides
HAPPENING_NEGATIVE_ROWS: list[tuple[str, str]] = [
    ("The clashes between rebels and soldiers drew condemnation from Turkey and Russia.", "TUR"),
    ("Fighting near the border left two Iranian guards dead, with Pakistan blamed.", "PAK"),
]


@pytest.mark.parametrize(("sentence", "dyads"), HAPPENING_ROWS)
def test_happening_verb_lends_sides(sentence: str, dyads: set[tuple[str | None, str | None]]) -> None:
    """The sides of "between A and B" on the happening verb are coded each way."""
    assert dyads <= _sides(sentence), _sides(sentence)


@pytest.mark.parametrize(("sentence", "absent"), HAPPENING_NEGATIVE_ROWS)
def test_other_verb_lends_no_sides(sentence: str, absent: str) -> None:
    """Phrases of a verb that is no happening verb are not the fighting's sides."""
    sides = _sides(sentence)
    assert all(absent not in pair for pair in sides), sides


def test_happening_verbs_are_packaged() -> None:
    """The lexicon ships the happening verbs, two-word entries as written."""
    verbs = load_lexicon().happening_verbs
    assert {"break out", "take place", "erupt"} <= verbs
    assert "leave" not in verbs


def _coerce_sources(sentence: str) -> list[tuple[str, str | None]]:
    """The (trigger text, source sector) of each COERCE event coded from the sentence."""
    return [
        (sentence[e.trigger.start : e.trigger.end], e.source.sector if e.source else None)
        for e in code(sentence, DATE)
        if e.action.type == "COERCE"
    ]


# sentence, the trigger of the COERCE event an armed actor's taking of ground gives (None: no such event)
TAKE_CONTROL_ROWS: list[tuple[str, str | None]] = [
    ("The Syrian Army takes control of the town of Khan Shaykhun after a week of fighting.", "takes"),
    ("Rebel fighters say they have taken full control of the airport outside Tripoli.", "taken"),
    ("Government troops gained control of the main border crossing with Turkey on Friday.", "gained"),
    # negatives: no armed actor takes ground
    ("The central bank took control of the troubled lender on Friday.", None),
    ("Hackers took control of dozens of government websites in Brazil.", None),
    ("The government takes control of all private hospitals to fight the epidemic.", None),
]


@pytest.mark.parametrize(("sentence", "trigger"), TAKE_CONTROL_ROWS)
def test_take_control_by_armed_actor(sentence: str, trigger: str | None) -> None:
    """ "Take/gain control of" is a capture only when an armed actor takes it."""
    found = [word for word, _ in _coerce_sources(sentence) if word in {"takes", "taken", "took", "gained"}]
    assert found == ([trigger] if trigger else []), _coerce_sources(sentence)


# sentence, the sector of the source of its COERCE measure (None: the measure's issuer is not known)
RULER_ROWS: list[tuple[str, str | None]] = [
    ("The new military rulers impose a night-time curfew until further notice.", "MIL"),
    ("The junta bans all political gatherings for three months.", "MIL"),
    ("The Health Ministry orders all bars and nightclubs to close from Monday.", "GOV"),
    # negative: a measure nobody is named for
    ("A night-time curfew is in place until further notice.", None),
]


@pytest.mark.parametrize(("sentence", "sector"), RULER_ROWS)
def test_generic_rulers_issue_measures(sentence: str, sector: str | None) -> None:
    """Generic nouns of rulers and ministries name the measure's issuer."""
    sources = {s for _, s in _coerce_sources(sentence)}
    assert sources <= {sector}, _coerce_sources(sentence)
    if sector is not None:
        assert sources == {sector}, _coerce_sources(sentence)
