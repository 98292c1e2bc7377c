"""Negation through the subject (dotterel/stages/modality.py, modality.yaml ``negative_subjects``), on real
sentences: "neither rocket was intercepted" and "none of the protesters were arrested" tell that the act did
not happen; the same acts told with a counted or plain subject, and a negative word elsewhere in the sentence,
stay asserted. An act in the to-infinitive of "unable" or a negated "able" did not happen either.
"""

from __future__ import annotations

import pytest

from dotterel.api import code

DATE = "2019-03-14"

MODALITIES: list[tuple[str, str, str]] = [
    # sentence, PLOVER type, modality of every event of that type
    (
        "Militants fired two rockets at Ashkelon; neither rocket was intercepted by the Israeli army.",
        "ASSAULT",
        "mixed",
    ),
    ("No rockets were intercepted by Israeli air defenses overnight.", "ASSAULT", "negated"),
    ("None of the protesters were arrested by police in Hong Kong on Sunday.", "COERCE", "negated"),
    ("Nobody was detained by the police after the march in Minsk.", "COERCE", "negated"),
    ("Neither side attacked the other's positions in Idlib on Monday.", "ASSAULT", "negated"),
    # an act its doers were unable (or not able) to do did not happen
    ("Finland's coalition parties were unable to agree on a healthcare reform package.", "AGREE", "negated"),
    ("Israel and Hamas were not able to agree on a ceasefire in Cairo.", "AGREE", "negated"),
    # negatives: a counted or plain subject, a negative word elsewhere
    ("Both rockets were intercepted by the Israeli army over Ashkelon.", "ASSAULT", "asserted"),
    ("Three protesters were arrested by police in Hong Kong on Sunday.", "COERCE", "asserted"),
    ("Police arrested 12 protesters in Minsk, and no one was hurt.", "COERCE", "asserted"),
    ("Israeli air defenses intercepted a rocket that caused no damage.", "ASSAULT", "asserted"),
    ("Nobody was hurt in the attack on the police station in Kano.", "ASSAULT", "asserted"),
    ("Israel and Hamas were able to agree on a ceasefire in Cairo.", "AGREE", "asserted"),
]


@pytest.mark.parametrize(("sentence", "plover_type", "modality"), MODALITIES)
def test_negation_through_the_subject(sentence: str, plover_type: str, modality: str) -> None:
    events = [e for e in code(sentence, DATE) if e.action.type == plover_type]
    assert events, f"no {plover_type} event in {sentence!r}"
    found = {e.modality for e in events}
    if modality == "mixed":
        assert found == {"asserted", "negated"}, found
    else:
        assert found == {modality}, [(e.action.trigger, e.modality) for e in events]
