"""sd_notify datagrams on a real socket, and the memory ceiling."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.station.watchdog import Notifier, check_memory, sd_notify, watchdog_interval_s


@pytest.fixture
def listener(tmp_path: Path) -> Iterator[tuple[socket.socket, str]]:
    path = str(tmp_path / "notify")
    s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    s.bind(path)
    s.settimeout(5)
    yield s, path
    s.close()


def test_ready_watchdog_status(listener: tuple[socket.socket, str],
                               monkeypatch: pytest.MonkeyPatch) -> None:
    s, path = listener
    monkeypatch.setenv("NOTIFY_SOCKET", path)
    n = Notifier()
    assert n.ready("Showing Harbour")
    assert s.recv(4096) == b"READY=1\nSTATUS=Showing Harbour"
    assert n.ping()
    assert s.recv(4096) == b"WATCHDOG=1"
    assert n.status("installing\nnew package")
    assert s.recv(4096) == b"STATUS=installing new package"


def test_abstract_socket() -> None:
    name = f"kiosk-test-{os.getpid()}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as s:
        s.bind("\0" + name)
        s.settimeout(5)
        assert sd_notify("WATCHDOG=1", socket_path="@" + name)
        assert s.recv(64) == b"WATCHDOG=1"


def test_no_socket_is_a_no_op(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("NOTIFY_SOCKET", raising=False)
    assert not Notifier().ready()
    assert not sd_notify("READY=1", socket_path=str(tmp_path / "nobody"))
    with pytest.raises(ValueError):
        sd_notify("A=1\nB=2", socket_path=str(tmp_path / "nobody"))


def test_watchdog_interval(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WATCHDOG_PID", raising=False)
    monkeypatch.setenv("WATCHDOG_USEC", "30000000")
    assert watchdog_interval_s() == 15.0
    monkeypatch.setenv("WATCHDOG_PID", "1")
    assert watchdog_interval_s() is None
    monkeypatch.setenv("WATCHDOG_PID", str(os.getpid()))
    monkeypatch.setenv("WATCHDOG_USEC", "junk")
    assert watchdog_interval_s() is None


def test_memory_ceiling() -> None:
    low = check_memory(1)
    assert low.rss_mb > 1 and low.restart_wanted
    assert not check_memory(1_000_000).restart_wanted


def test_service_unit() -> None:
    unit = (Path(__file__).resolve().parents[1] / "packaging" / "kiosk.service").read_text()
    for line in ("Type=notify", "WatchdogSec=30", "Restart=always", "MemoryMax=",
                 "NoNewPrivileges=yes", "ProtectSystem=strict"):
        assert line in unit


# -- logs (running unattended) -------------------------------------------------------
def test_staff_log_is_one_line_per_event_and_rotates(tmp_path: Path) -> None:
    import logging

    from kiosk.station.logs import DEBUG_LOG, recent, setup_logging

    handlers = setup_logging(tmp_path, max_bytes=2000, backups=2)
    log = logging.getLogger("kiosk.install")
    try:
        log.info("Installed harbour version 2.\nSecond line")
        try:
            raise ValueError("bad\nthing")
        except ValueError:
            log.exception("inbox failed")
        log.debug("only for developers")
        for i in range(100):
            log.info("event %d", i)
    finally:
        for h in handlers:
            logging.getLogger("kiosk").removeHandler(h)
            h.close()
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files[:3] == ["debug.log", "debug.log.1", "debug.log.2"]
    assert "kiosk.log.1" in files and "kiosk.log.3" not in files
    lines = recent(tmp_path, 5)
    assert lines[-1].endswith("INFO install: event 99") and len(lines) == 5
    everything = "".join((tmp_path / n).read_text() for n in files if n.startswith("kiosk.log"))
    assert "only for developers" not in everything
    assert "Traceback" not in everything
    assert "Traceback" in "".join((tmp_path / n).read_text() for n in files
                                  if n.startswith(DEBUG_LOG))


def test_unwritable_log_dir_falls_back(tmp_path: Path) -> None:
    import logging

    from kiosk.station.logs import setup_logging

    blocker = tmp_path / "file"
    blocker.write_text("")
    handlers = setup_logging(blocker / "logs")
    for h in handlers:
        logging.getLogger("kiosk").removeHandler(h)
    assert len(handlers) == 1 and isinstance(handlers[0], logging.StreamHandler)
