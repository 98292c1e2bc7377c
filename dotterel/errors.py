"""One exception tree for the whole library.

::

    DotterelError
    ├── InputError          bad input: carries ``origin`` ("file:line") and a one-line reason
    ├── KnowledgeError      a knowledge file fails validation: carries ``path`` and ``key``
    ├── ConfigError         a bad setting value or config file
    ├── StageError          a stage failed on one article (the pipeline records it as a reject)
    ├── StoreError          the event store cannot be opened, migrated or written
    └── PipelineError       the stages cannot be chained (a stage requires what none before it assigns)

Each boundary translates once: the CLI prints ``str(error)`` as one red line and exits non-zero.
"""

from __future__ import annotations


class DotterelError(Exception):
    """Base of every error the library raises on purpose."""


class InputError(DotterelError):
    """Bad input: an article or a line that cannot be read. ``origin`` is ``file:line``."""

    def __init__(self, origin: str, reason: str) -> None:
        self.origin = origin
        self.reason = reason
        super().__init__(f"{origin}: {reason}")


class KnowledgeError(DotterelError):
    """A knowledge file (actor book, lexicon, codebook) fails validation at load time."""

    def __init__(self, path: str, key: str, reason: str) -> None:
        self.path = path
        self.key = key
        self.reason = reason
        super().__init__(f"{path}: {key}: {reason}")


class ConfigError(DotterelError):
    """A setting has a value it cannot take, or a config file cannot be read."""


class StageError(DotterelError):
    """A stage failed on one article; the pipeline records the article in ``rejects``."""

    def __init__(self, stage: str, reason: str) -> None:
        self.stage = stage
        self.reason = reason
        super().__init__(f"stage {stage}: {reason}")


class StoreError(DotterelError):
    """The event store cannot be opened, migrated or written."""


class PipelineError(DotterelError):
    """The configured stages do not chain: a stage requires a field no earlier stage assigns."""
