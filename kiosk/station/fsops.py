"""The installer's file-system effects, in one small seam.

Every effect goes through :meth:`FileOps.step` first, so tests can make any
single step fail (ENOSPC, EIO) or kill the process there, and prove that the
live package survives. Production code uses :class:`FileOps` unchanged.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO


def read_small_file(path: Path, limit: int) -> bytes:
    """Up to ``limit + 1`` bytes of a *regular* file.

    A config may name a FIFO or a device (hostile or mistaken); opening one
    for reading would block or never end, so those are refused.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise IsADirectoryError(0, "not a regular file", str(path))
        chunks: list[bytes] = []
        left = limit + 1
        while left > 0 and (chunk := os.read(fd, min(left, 65536))):
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


class FileOps:
    def step(self, name: str, path: Path) -> None:
        """Called before each effect; a no-op here, a fault injector in tests."""

    def create(self, path: Path) -> BinaryIO:
        self.step("create", path)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        return os.fdopen(fd, "wb")

    def open_read(self, path: Path) -> BinaryIO:
        self.step("open", path)
        return path.open("rb")

    def read(self, f: BinaryIO, path: Path, size: int) -> bytes:
        self.step("read", path)
        return f.read(size)

    def write(self, f: BinaryIO, path: Path, data: bytes) -> None:
        self.step("write", path)
        f.write(data)

    def fsync(self, f: BinaryIO, path: Path) -> None:
        self.step("fsync", path)
        f.flush()
        os.fsync(f.fileno())

    def replace(self, src: Path, dst: Path) -> None:
        self.step("rename", dst)
        os.replace(src, dst)

    def fsync_dir(self, path: Path) -> None:
        self.step("fsync-dir", path)
        fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

    def unlink(self, path: Path) -> None:
        self.step("unlink", path)
        path.unlink(missing_ok=True)

    def mkdir(self, path: Path) -> None:
        self.step("mkdir", path)
        path.mkdir(parents=True, exist_ok=True)


def replace_file(ops: FileOps, path: Path, data: bytes) -> None:
    """Atomically replace ``path`` with ``data``: temp file, fsync, rename, fsync folder.

    After a crash the file holds the old bytes or the new ones, never half of each.
    """
    tmp = path.with_name(f".{path.name}.tmp")
    ops.unlink(tmp)
    with ops.create(tmp) as f:
        ops.write(f, tmp, data)
        ops.fsync(f, tmp)
    ops.replace(tmp, path)
    ops.fsync_dir(path.parent)
