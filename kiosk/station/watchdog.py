"""systemd's notify protocol and a memory ceiling, without a dependency.

``sd_notify`` sends one datagram to ``$NOTIFY_SOCKET`` (a path, or an
abstract socket when it starts with ``@``). Outside systemd the variable is
unset and every call is a cheap no-op, so the app calls it unconditionally.

Ping from the GUI thread's event loop (a QTimer), not a worker: if the loop
hangs, the pings stop and systemd restarts the kiosk, which is the point.
"""

from __future__ import annotations

import logging
import os
import socket
from dataclasses import dataclass

log = logging.getLogger("kiosk.watchdog")


def sd_notify(*fields: str, socket_path: str | None = None) -> bool:
    """Send ``fields`` (e.g. ``"READY=1"``) as one datagram; False if nobody listens."""
    path = socket_path if socket_path is not None else os.environ.get("NOTIFY_SOCKET", "")
    if not path or not fields:
        return False
    if any("\n" in f for f in fields):
        raise ValueError("sd_notify fields must be single lines")
    address = "\0" + path[1:] if path.startswith("@") else path
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as s:
            s.connect(address)
            s.sendall("\n".join(fields).encode())
    except OSError as e:
        log.warning("systemd notify socket %s: %s", path, e)
        return False
    return True


def watchdog_interval_s() -> float | None:
    """How often to ping: half of WatchdogSec, or None when no watchdog is armed."""
    usec = os.environ.get("WATCHDOG_USEC", "")
    pid = os.environ.get("WATCHDOG_PID", "")
    if pid and pid != str(os.getpid()):
        return None  # the watchdog is meant for another process (e.g. our parent)
    try:
        value = int(usec)
    except ValueError:
        return None
    return value / 2_000_000 if value > 0 else None


class Notifier:
    """The calls the app makes; each returns whether systemd got it."""

    def __init__(self, socket_path: str | None = None) -> None:
        self.socket_path = socket_path

    def ready(self, status: str = "Showing the exhibition") -> bool:
        return sd_notify("READY=1", f"STATUS={status}", socket_path=self.socket_path)

    def ping(self) -> bool:
        return sd_notify("WATCHDOG=1", socket_path=self.socket_path)

    def status(self, text: str) -> bool:
        return sd_notify(f"STATUS={' '.join(text.split())}", socket_path=self.socket_path)

    def stopping(self) -> bool:
        return sd_notify("STOPPING=1", socket_path=self.socket_path)


@dataclass(frozen=True, slots=True)
class MemoryCheck:
    rss_mb: float
    ceiling_mb: int

    @property
    def restart_wanted(self) -> bool:
        return self.rss_mb > self.ceiling_mb


def check_memory(ceiling_mb: int, pid: int | None = None) -> MemoryCheck:
    """RSS of this process against the configured ceiling.

    When :attr:`MemoryCheck.restart_wanted`, the app should return to the
    attract screen, log it, and exit non-zero; systemd (Restart=always)
    starts it fresh. Better a two-second restart than a black screen later.
    """
    import psutil  # ~25 ms to import: here, on a worker, not during start-up

    rss = psutil.Process(pid).memory_info().rss
    return MemoryCheck(rss / (1024 * 1024), ceiling_mb)
