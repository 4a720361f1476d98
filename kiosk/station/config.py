"""The kiosk's one configuration file (TOML), read so that it can never stop a start.

Where it is: ``--path`` if given, else ``$KIOSK_CONFIG``, else the site file
(``/etc/xdg/kiosk/kiosk.toml``) overlaid by the user file
(``~/.config/kiosk/kiosk.toml``), per platformdirs. Then the staff settings file
(``DATA_DIR/staff-settings.toml``, written by the staff panel) overrides the few
keys staff may change on the floor (:data:`STAFF_KEYS`). A bad value is reported
(key, file, line) and replaced by its safe default; a file that is not TOML
at all is reported and ignored. :func:`load_config` never raises.
"""

from __future__ import annotations

import difflib
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import platformdirs

from kiosk.station import config_values as cv
from kiosk.station.fsops import FileOps, read_small_file, replace_file
from kiosk.station.hours import WeekSchedule
from kiosk.station.signing import PublicKey

APP = "kiosk"
FILE_NAME = "kiosk.toml"
ENV = "KIOSK_CONFIG"
MAX_FILE = 1024 * 1024
#: Written by the staff panel in the data folder; it may set only these keys.
STAFF_FILE_NAME = "staff-settings.toml"
STAFF_KEYS = ("volume", "idle_seconds", "open_hours")

ClosedBehaviour = Literal["dark", "card"]


@dataclass(frozen=True, slots=True)
class ConfigProblem:
    key: str
    message: str
    file: Path | None = None
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.file}" if self.file else "configuration"
        if self.line:
            where += f", line {self.line}"
        return f"{where}: {self.key}: {self.message}"


@dataclass(frozen=True)
class Config:
    trusted_keys: tuple[PublicKey, ...] = ()
    allow_unsigned: bool = False
    idle_seconds: int = 90
    idle_warning_seconds: int = 30
    max_volume: float = 0.8
    #: The staff panel's volume (0..max_volume); None means max_volume.
    volume: float | None = None
    open_hours: WeekSchedule = field(default_factory=WeekSchedule.always_open)
    closed_behaviour: ClosedBehaviour = "card"
    inbox: Path | None = None
    data_dir: Path = field(default_factory=lambda: Path(platformdirs.user_data_dir(APP)))
    log_dir: Path = field(default_factory=lambda: Path(platformdirs.user_log_dir(APP)))
    rss_ceiling_mb: int = 400
    analytics_retention_days: int = 90
    analytics_max_rows: int = 200_000
    staff_pin_hash: str = ""
    #: key -> where the value came from: "default" or "FILE:LINE".
    sources: dict[str, str] = field(default_factory=dict, compare=False)
    problems: tuple[ConfigProblem, ...] = ()
    files: tuple[Path, ...] = ()


    @property
    def effective_volume(self) -> float:
        """What the player is capped at: the staff's choice, never above max_volume."""
        return self.max_volume if self.volume is None else min(self.volume, self.max_volume)


KEYS = tuple(k for k in Config.__dataclass_fields__ if k not in ("sources", "problems", "files"))


def site_config_file() -> Path:
    return Path(platformdirs.site_config_dir(APP)) / FILE_NAME


def user_config_file() -> Path:
    return Path(platformdirs.user_config_dir(APP)) / FILE_NAME


def config_files(path: Path | None = None) -> tuple[Path, ...]:
    """The files read, lowest precedence first."""
    if path is not None:
        return (Path(path),)
    env = os.environ.get(ENV)
    if env:
        return (Path(env),)
    return (site_config_file(), user_config_file())


def write_target(path: Path | None = None) -> Path:
    """The file ``kiosk set-pin`` and the staff panel write to."""
    return config_files(path)[-1]


def staff_settings_file(data_dir: Path) -> Path:
    """The file the staff panel keeps its choices in (inside the kiosk's data folder)."""
    return Path(data_dir) / STAFF_FILE_NAME


def load_config(path: Path | None = None) -> Config:
    explicit = path is not None or bool(os.environ.get(ENV))
    problems: list[ConfigProblem] = []
    values: dict[str, Any] = {}
    sources: dict[str, str] = {k: "default" for k in KEYS}
    files: list[Path] = []
    for file in config_files(path):
        doc = _read(file, explicit, problems)
        if doc is not None:
            files.append(file)
            _apply(file, *doc, KEYS, values, sources, problems)
    staff_file = staff_settings_file(values.get("data_dir", _default("data_dir")))
    doc = _read(staff_file, False, problems)
    if doc is not None:
        files.append(staff_file)
        _apply(staff_file, *doc, STAFF_KEYS, values, sources, problems)
    config = Config(**values, sources=sources, problems=tuple(problems), files=tuple(files))
    return _cross_checks(config)


def _apply(file: Path, text: str, table: dict[str, Any], allowed: tuple[str, ...],
           values: dict[str, Any], sources: dict[str, str],
           problems: list[ConfigProblem]) -> None:
    """Parse one file's keys into ``values``; every bad key becomes a problem."""
    for key, raw in table.items():
        line = cv.line_of(text, key)
        if key not in allowed:
            if allowed is STAFF_KEYS and key in KEYS:
                problems.append(ConfigProblem(key, "only " + ", ".join(STAFF_KEYS) + " may be "
                                              "set in the staff settings file; ignored",
                                              file, line))
                continue
            hint = difflib.get_close_matches(key, allowed, n=1)
            tip = f" (did you mean {hint[0]!r}?)" if hint else ""
            problems.append(ConfigProblem(key, f"unknown key, ignored{tip}", file, line))
            continue
        ctx = cv.Context(file, text, line, problems, strict=allowed is STAFF_KEYS)
        try:
            values[key] = cv.PARSERS[key](raw, ctx)
        except cv.BadValue as e:
            kept = values.get(key, _default(key))
            problems.append(ConfigProblem(key, f"{e}; using {cv.show(kept)}", file, line))
            continue
        sources[key] = f"{file}:{line}" if line else str(file)


def save_staff_settings(config: Config, *, volume: float, idle_seconds: int,
                        open_hours: WeekSchedule | None = None) -> Path:
    """Keep the staff panel's choices across restarts. Any thread but the GUI's.

    The main configuration file stays read-only to the kiosk (it holds the
    trusted keys and the PIN hash); this small file in the data folder is
    written whole to a temporary file, fsync'd and renamed over the old one.
    ``open_hours`` None leaves the hours to kiosk.toml. Raises ``ValueError``
    for a value the loader would refuse, ``OSError`` when the data folder
    cannot be written.
    """
    volume = round(float(volume), 2)
    check = cv.Context(Path(), "", None, [], strict=True)  # the same checks as reading
    cv.PARSERS["volume"](volume, check)
    cv.PARSERS["idle_seconds"](idle_seconds, check)
    text = ("# Written by the kiosk's staff panel; it overrides kiosk.toml for these keys.\n"
            "# Delete this file to go back to the values in kiosk.toml.\n"
            f"volume = {volume}\nidle_seconds = {int(idle_seconds)}\n")
    if open_hours is not None:
        table = open_hours.describe()
        cv.PARSERS["open_hours"](table, check)
        text += "\n[open_hours]\n" + "".join(f'{day} = "{hours}"\n'
                                              for day, hours in table.items())
    target = staff_settings_file(config.data_dir)
    ops = FileOps()
    ops.mkdir(target.parent)
    replace_file(ops, target, text.encode("utf-8"))
    return target


def _default(key: str) -> Any:
    return getattr(Config(), key)


def _read(file: Path, explicit: bool,
          problems: list[ConfigProblem]) -> tuple[str, dict[str, Any]] | None:
    try:
        data = read_small_file(file, MAX_FILE)
    except FileNotFoundError:
        if explicit:
            problems.append(ConfigProblem("(file)", "not found; using defaults", file))
        return None
    except OSError as e:
        problems.append(ConfigProblem("(file)", f"cannot be read ({e.strerror}); "
                                      "using defaults", file))
        return None
    if len(data) > MAX_FILE:
        problems.append(ConfigProblem("(file)", f"larger than {MAX_FILE} bytes, so not a "
                                      "kiosk configuration; ignored", file))
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data[:e.start].count(b"\n") + 1
        problems.append(ConfigProblem("(file)", "not UTF-8 text; the whole file is ignored",
                                      file, line))
        return None
    try:
        return text, tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        problems.append(ConfigProblem("(file)", f"not valid TOML ({e}); the whole file is "
                                      "ignored", file, getattr(e, "lineno", None)))
    except Exception as e:  # RecursionError on deep nesting, ValueError on huge ints
        reason = "nested too deeply" if isinstance(e, RecursionError) else str(e)[:120]
        problems.append(ConfigProblem("(file)", f"cannot be parsed ({reason}); the whole "
                                      "file is ignored", file))
    return None


def _cross_checks(config: Config) -> Config:
    problems = list(config.problems)
    if config.allow_unsigned:
        problems.append(ConfigProblem(
            "allow_unsigned", "UNSIGNED PACKAGES ARE ACCEPTED. Anyone with a USB stick can "
            "put any content on this kiosk. Turn this off outside development."))
    if not config.trusted_keys and not config.allow_unsigned:
        problems.append(ConfigProblem(
            "trusted_keys", "no trusted keys: every package will be refused until the "
                            "curators' public key is added"))
    return Config(**{k: getattr(config, k) for k in KEYS}, sources=config.sources,
                  problems=tuple(problems), files=config.files)


def describe(config: Config) -> list[tuple[str, str, str]]:
    """(key, value as shown to staff, source) for ``kiosk config`` and the staff panel."""
    rows: list[tuple[str, str, str]] = []
    for key in KEYS:
        value = getattr(config, key)
        if key == "trusted_keys":
            shown = ", ".join(k.id_hex for k in value) or "(none)"
        elif key == "open_hours":
            shown = str(value)
        elif key == "staff_pin_hash":
            shown = "(set)" if value else "(not set: staff mode stays closed; run `kiosk set-pin`)"
        elif isinstance(value, bool):
            shown = "true" if value else "false"
            if key == "allow_unsigned" and value:
                shown += "  (UNSIGNED PACKAGES ACCEPTED)"
        elif key == "volume" and value is None:
            shown = "(same as max_volume)"
        elif value is None:
            shown = "(off)"
        elif isinstance(value, str | Path):
            shown = str(value)
        else:
            shown = cv.show(value)
        rows.append((key, shown, config.sources.get(key, "default")))
    return rows
