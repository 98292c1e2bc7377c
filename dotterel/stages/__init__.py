"""The coding stages. ``DEFAULT_STAGES`` is the pipeline order, written once."""

DEFAULT_STAGES: tuple[str, ...] = (
    "nlp",
    "actors",
    "events",
    "discards",
    "modality",
    "dates",
    "places",
    "casualties",
    "attribution",
    "locals",
    "merge",
    "informative",
)

__all__ = ["DEFAULT_STAGES"]
