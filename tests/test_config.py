"""The config file: typed values, where each came from, and no way to stop a start."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.station import signing
from kiosk.station.config import Config, load_config, write_target
from kiosk.station.pin import verify_pin


def write(tmp_path: Path, text: str | bytes) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_bytes(text if isinstance(text, bytes) else text.encode())
    return path


def test_defaults_when_nothing_exists(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "none"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "none2"))
    monkeypatch.delenv("KIOSK_CONFIG", raising=False)
    c = load_config()
    assert c.idle_seconds == 90 and c.idle_warning_seconds == 30
    assert c.files == () and set(c.sources.values()) == {"default"}
    assert [p.key for p in c.problems] == ["trusted_keys"]  # none trusted: said loudly


def test_full_file(tmp_path: Path) -> None:
    key = signing.generate_key()
    signing.write_key_pair(key, tmp_path / "curators")
    inline = signing.generate_key().public
    path = write(tmp_path, f"""
# a comment
trusted_keys = ["curators.pub", "{inline.to_base64()}"]
idle_seconds = 120
idle_warning_seconds = 25
max_volume = 0.5
closed_behaviour = "dark"
inbox = "/media/usb"
data_dir = "data"
rss_ceiling_mb = 500
analytics_retention_days = 30

[open_hours]
mon = "closed"
tue = "09:00-17:00"
wednesday = "10:00-13:00, 14:00-18:00"
""")
    c = load_config(path)
    assert c.trusted_keys == (key.public, inline)
    assert (c.idle_seconds, c.idle_warning_seconds, c.max_volume) == (120, 25, 0.5)
    assert c.closed_behaviour == "dark" and c.inbox == Path("/media/usb")
    assert c.data_dir == tmp_path / "data"
    assert c.open_hours.days[0] == () and c.open_hours.days[1] == ((540, 1020),)
    assert c.open_hours.days[2] == ((600, 780), (840, 1080))
    assert c.sources["idle_seconds"] == f"{path}:4"
    assert c.sources["open_hours"] == f"{path}:13"
    assert c.sources["log_dir"] == "default"
    assert not c.problems


@pytest.mark.parametrize(("text", "key", "line"), [
    ("idle_seconds = 5", "idle_seconds", 1),
    ("x = 1\nidle_seconds = \"ninety\"", "idle_seconds", 2),
    ("idle_warning_seconds = 10", "idle_warning_seconds", 1),
    ("idle_seconds = true", "idle_seconds", 1),
    ("max_volume = 1.5", "max_volume", 1),
    ("max_volume = nan", "max_volume", 1),
    ("closed_behaviour = \"off\"", "closed_behaviour", 1),
    ("rss_ceiling_mb = 99999999999999999999", "rss_ceiling_mb", 1),
    ("rss_ceiling_mb = 9223372036854775807", "rss_ceiling_mb", 1),
    ("allow_unsigned = \"yes\"", "allow_unsigned", 1),
    ("staff_pin_hash = \"scrypt$ln=40,r=8,p=1$AAAAAAAAAAA=$AAAAAAAAAAAAAAAAAAAAAA==\"",
     "staff_pin_hash", 1),
    ("data_dir = 7", "data_dir", 1),
    ("open_hours = \"always\"", "open_hours", 1),
    ("[open_hours]\nmon = \"17:00-09:00\"", "open_hours.mon", 2),
    ("[open_hours]\nfunday = \"open\"", "open_hours", 1),
    ("trusted_keys = [1, {a = 2}]", "trusted_keys", 1),
    ("idle_secs = 100", "idle_secs", 1),
])
def test_bad_value_names_key_and_line(tmp_path: Path, text: str, key: str,
                                      line: int | None) -> None:
    c = load_config(write(tmp_path, text))
    problems = [p for p in c.problems if p.key == key]
    assert problems, c.problems
    assert problems[0].line == line
    assert str(problems[0]).startswith(str(tmp_path / "kiosk.toml"))
    default = Config()
    assert c.idle_seconds == default.idle_seconds and c.max_volume == default.max_volume


def test_unknown_key_suggests(tmp_path: Path) -> None:
    c = load_config(write(tmp_path, "idle_second = 100"))
    assert "did you mean 'idle_seconds'" in str(c.problems[0])


@pytest.mark.parametrize("content", [
    b"\x00\xff\xfe garbage \x89PNG\r\n",
    bytes(range(256)) * 40,
    b"a = " + b"[" * 5000 + b"]" * 5000,
    b"a = " + b"{b = " * 3000 + b"1" + b"}" * 3000,
    b"idle_seconds = 1" + b"0" * 5000,
    b"[open_hours]\n" + b"mon = \"09:00-17:00\"\n" * 3,
    b"x" * (2 * 1024 * 1024),
    "idle_seconds = 100\nmax_volume = \"\u202e\ufeff\"\n".encode(),
    b"trusted_keys = [" + b"\"k.pub\"," * 500 + b"]",
    b"[open_hours]\n" + b"".join(b"d%d = \"open\"\n" % i for i in range(500)),
])
def test_hostile_file_never_crashes(tmp_path: Path, content: bytes) -> None:
    c = load_config(write(tmp_path, content))
    assert isinstance(c, Config)
    assert c.problems
    for p in c.problems:
        assert len(str(p)) < 1000


def test_env_var_and_explicit_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    env_file = tmp_path / "env.toml"
    env_file.write_text("idle_seconds = 200\n")
    monkeypatch.setenv("KIOSK_CONFIG", str(env_file))
    assert load_config().idle_seconds == 200
    assert write_target() == env_file
    other = write(tmp_path, "idle_seconds = 300\n")
    assert load_config(other).idle_seconds == 300
    missing = load_config(tmp_path / "missing.toml")
    assert missing.problems[0].key == "(file)" and "not found" in missing.problems[0].message


def test_site_then_user_overlay(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KIOSK_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "etc"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home"))
    (tmp_path / "etc" / "kiosk").mkdir(parents=True)
    (tmp_path / "home" / "kiosk").mkdir(parents=True)
    (tmp_path / "etc" / "kiosk" / "kiosk.toml").write_text("idle_seconds = 100\nmax_volume = 0.3\n")
    (tmp_path / "home" / "kiosk" / "kiosk.toml").write_text("idle_seconds = 150\n")
    c = load_config()
    assert (c.idle_seconds, c.max_volume) == (150, 0.3)
    assert c.sources["idle_seconds"].startswith(str(tmp_path / "home"))
    assert c.sources["max_volume"].startswith(str(tmp_path / "etc"))


def test_cli_config_and_set_pin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "idle_seconds = 120\n\n[open_hours]\nmon = \"closed\"\n")
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("4711\n"))
    monkeypatch.setattr("kiosk.station.pin.LOG2_N", 10)
    assert main(["set-pin", "--config", str(path)]) == 0
    c = load_config(path)
    assert verify_pin("4711", c.staff_pin_hash) and c.idle_seconds == 120
    assert c.open_hours.days[0] == ()  # the table survived the edit
    monkeypatch.setattr("sys.stdin", io.StringIO("12\n"))
    assert main(["set-pin", "--config", str(path)]) == 1
    assert main(["config", "--path", str(path)]) == 0
    out = capsys.readouterr().out
    assert "idle_seconds" in out and f"[{path}:1]" in out and "(set)" in out


def test_fifo_and_folder_never_block(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "pipe.pub"
    os.mkfifo(fifo)
    path = write(tmp_path, f'trusted_keys = ["{fifo}", "{tmp_path}"]\n')
    c = load_config(path)
    assert c.trusted_keys == ()
    assert sum("skipped" in p.message for p in c.problems) == 2
    c = load_config(fifo)
    assert "not a regular file" in c.problems[0].message


def staff_file(config_path: Path, data_dir: Path, text: str) -> Path:
    target = data_dir / "staff-settings.toml"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return target


def test_staff_settings_override_the_config_file_for_their_keys_only(tmp_path: Path) -> None:
    data = tmp_path / "data"
    path = write(tmp_path, f'data_dir = "{data}"\nidle_seconds = 120\nmax_volume = 0.6\n')
    target = staff_file(path, data, "volume = 0.4\nidle_seconds = 45\nallow_unsigned = true\n"
                                    "volumme = 1\n")
    c = load_config(path)
    assert c.idle_seconds == 45 and c.volume == 0.4 and c.effective_volume == 0.4
    assert c.allow_unsigned is False  # only volume and idle_seconds may come from staff
    assert c.sources["idle_seconds"] == f"{target}:2"
    assert c.files == (path, target)
    said = {(p.key, p.line): p.message for p in c.problems if p.file == target}
    assert "only volume, idle_seconds, open_hours may be set" in said[("allow_unsigned", 3)]
    assert "did you mean 'volume'" in said[("volumme", 4)]


def test_a_staff_volume_never_exceeds_the_configured_ceiling(tmp_path: Path) -> None:
    data = tmp_path / "data"
    path = write(tmp_path, f'data_dir = "{data}"\nmax_volume = 0.5\n')
    staff_file(path, data, "volume = 0.9\n")
    assert load_config(path).effective_volume == 0.5
    assert Config(max_volume=0.7).effective_volume == 0.7  # no staff choice: the ceiling


def test_a_bad_staff_value_keeps_the_config_files_value(tmp_path: Path) -> None:
    data = tmp_path / "data"
    path = write(tmp_path, f'data_dir = "{data}"\nidle_seconds = 120\n')
    target = staff_file(path, data, "idle_seconds = 5\n")
    c = load_config(path)
    assert c.idle_seconds == 120
    [problem] = [p for p in c.problems if p.file == target]
    assert problem.key == "idle_seconds" and "using 120" in problem.message


def test_saved_staff_settings_are_read_back_and_replace_the_old_file(tmp_path: Path) -> None:
    from kiosk.station.config import save_staff_settings

    data = tmp_path / "data"
    path = write(tmp_path, f'data_dir = "{data}"\n')
    config = load_config(path)
    save_staff_settings(config, volume=0.35, idle_seconds=60)
    target = save_staff_settings(config, volume=0.3, idle_seconds=75)
    assert sorted(p.name for p in data.iterdir()) == ["staff-settings.toml"]  # no temp left
    again = load_config(path)
    assert (again.volume, again.idle_seconds) == (0.3, 75)
    assert again.sources["volume"] == f"{target}:3"
    with pytest.raises(ValueError):
        save_staff_settings(config, volume=1.5, idle_seconds=75)
    assert load_config(path).volume == 0.3  # a refused value changes nothing


def test_an_unwritable_data_folder_is_an_os_error(tmp_path: Path) -> None:
    from kiosk.station.config import save_staff_settings

    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OSError):
        save_staff_settings(Config(data_dir=blocker / "data"), volume=0.5, idle_seconds=60)


TUESDAY_TO_SATURDAY = """
[open_hours]
mon = "closed"
tue = "09:00-17:00"
wed = "09:00-17:00"
thu = "09:00-20:00"
fri = "09:00-17:00"
sat = "10:00-13:00, 14:00-18:00"
sun = "closed"
"""


def test_staff_open_hours_are_written_in_the_config_syntax_and_read_back(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from kiosk.station.config import save_staff_settings

    data = tmp_path / "data"
    path = write(tmp_path, f'data_dir = "{data}"\n' + TUESDAY_TO_SATURDAY)
    config = load_config(path)
    chosen = config.open_hours.with_day(0, ((600, 960),)).with_day(6, ())
    target = save_staff_settings(config, volume=0.5, idle_seconds=90, open_hours=chosen)
    text = target.read_text()
    assert '[open_hours]\nmon = "10:00-16:00"\ntue = "09:00-17:00"' in text
    assert 'sat = "10:00-13:00, 14:00-18:00"\nsun = "closed"\n' in text
    again = load_config(path)
    assert again.open_hours == chosen
    assert again.sources["open_hours"] == f"{target}:6"
    assert [p for p in again.problems if p.file == target] == []
    assert main(["config", "--path", str(path)]) == 0
    row = next(line for line in capsys.readouterr().out.splitlines()
               if line.startswith("open_hours"))
    assert "mon 10:00-16:00; tue 09:00-17:00;" in row and row.endswith(f"[{target}:6]")

    # Without open_hours the file leaves the hours to kiosk.toml.
    save_staff_settings(config, volume=0.5, idle_seconds=90)
    assert "open_hours" not in target.read_text()
    assert load_config(path).sources["open_hours"] == f"{path}:3"
    save_staff_settings(config, volume=0.5, idle_seconds=90,
                        open_hours=Config().open_hours)  # always open, said in full
    assert load_config(path).open_hours.is_always_open


@pytest.mark.parametrize(("table", "said"), [
    ('open_hours = "always"', "expected a table"),
    ('open_hours = 5', "expected a table"),
    ("[open_hours]\nmon = \"banana\"", "mon: 'banana' is not a time range"),
    ("[open_hours]\nmon = \"17:00-09:00\"", "ends before it starts"),
    ("[open_hours]\nmon = 9", "mon: expected text in quotes, got 9"),
    ("[open_hours]\nfunday = \"open\"", "'funday' is not a weekday"),
    ("[open_hours]\nmon = \"open\"\nmonday = \"closed\"", "mon is listed twice"),
    ("[open_hours]\nmon = \"open\"", "tue, wed, thu, fri, sat, sun missing"),
    ("[open_hours]", "mon, tue, wed, thu, fri, sat, sun missing"),
    ("[open_hours.mon]\nfrom = \"09:00\"", "mon: expected text in quotes"),
    ("[open_hours]\nmon = \"" + "09:00-10:00," * 40 + "\"", "too long"),
])
def test_a_bad_staff_open_hours_keeps_kiosk_toml_hours_and_says_why(
        tmp_path: Path, table: str, said: str) -> None:
    """The staff file is the kiosk's own: anything it would not write is refused whole."""
    data = tmp_path / "data"
    path = write(tmp_path, f'data_dir = "{data}"\n' + TUESDAY_TO_SATURDAY)
    target = staff_file(path, data, "volume = 0.4\n" + table + "\n")
    c = load_config(path)
    assert c.open_hours == load_config(path).open_hours  # stable
    assert c.open_hours.days[0] == () and c.open_hours.days[1] == ((540, 1020),)
    assert c.sources["open_hours"] == f"{path}:3"
    assert c.volume == 0.4  # the rest of the staff file still counts
    [problem] = [p for p in c.problems if p.file == target]
    assert problem.key == "open_hours" and problem.line == 2
    assert said in problem.message, problem.message
    assert problem.message.endswith("; using mon closed; tue 09:00-17:00; wed 09:00-17:00; "
                                    "thu 09:00-20:00; fri 09:00-17:00; sat 10:00-13:00, "
                                    "14:00-18:00; sun closed")


def test_saving_refuses_hours_the_loader_would_refuse(tmp_path: Path) -> None:
    from kiosk.station.config import save_staff_settings
    from kiosk.station.hours import WeekSchedule

    config = Config(data_dir=tmp_path / "data")
    crossed = WeekSchedule(((((600, 900), (800, 1000))),) + (((0, 1440),),) * 6)
    with pytest.raises(ValueError, match="overlapping"):
        save_staff_settings(config, volume=0.5, idle_seconds=90, open_hours=crossed)
    assert not (tmp_path / "data" / "staff-settings.toml").exists()
