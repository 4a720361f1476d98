"""Installing a package so that no crash, full disk or bad file can brick the kiosk.

Layout of ``data_dir``::

    packages/<sha256>.exhibit   content-addressed, never modified once there
    current, previous           pointers (see :mod:`kiosk.station.pointers`)
    staging/                    copies in progress; emptied on every start
    install.lock                one installer at a time

An install copies the file into ``staging`` (hashing it on the way), checks
the signature against that hash before SQLite reads a byte, checks the
version is not older than the live one, validates every byte, renames the
copy into ``packages``, and only then switches ``current`` with one atomic
rename. ``kill -9`` at any moment leaves the old or the new package live.

Blocking I/O throughout: call from a worker thread or executor, never the
GUI thread.
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import logging
import os
import shutil
import stat
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.package.errors import PackageError
from kiosk.station import signing, trust
from kiosk.station.fsops import FileOps
from kiosk.station.pointers import Pointer, read_pointer, write_pointer
from kiosk.station.signing import PublicKey, SignatureError
from kiosk.station.validation import Validator, validate_package
from kiosk.station.versions import VersionError, version_key

if TYPE_CHECKING:
    from kiosk.station.config import Config

log = logging.getLogger("kiosk.install")
_CHUNK = 1024 * 1024
#: Room kept free beyond the package itself (pointers, logs, analytics).
SPARE_BYTES = 32 * 1024 * 1024
UNSIGNED = "unsigned"


class InstallError(Exception):
    """Nothing changed on the kiosk; ``str(e)`` says why, for staff."""


@dataclass(frozen=True, slots=True)
class InstallResult:
    pointer: Pointer
    replaced: Pointer | None
    path: Path


@dataclass(frozen=True, slots=True)
class Status:
    current: Pointer | None
    previous: Pointer | None
    live_path: Path | None
    packages: tuple[Path, ...]
    staging_leftovers: int


def _utc_now() -> datetime:
    return datetime.now(UTC)


class Installer:
    def __init__(self, data_dir: Path, *, trusted_keys: Sequence[PublicKey] = (),
                 allow_unsigned: bool = False, validator: Validator = validate_package,
                 ops: FileOps | None = None,
                 clock: Callable[[], datetime] = _utc_now) -> None:
        self.data_dir = Path(data_dir)
        self.packages = self.data_dir / "packages"
        self.staging = self.data_dir / "staging"
        self.current_file = self.data_dir / "current"
        self.previous_file = self.data_dir / "previous"
        self.trusted_keys = tuple(trusted_keys)
        self.allow_unsigned = allow_unsigned
        self.validator = validator
        self.ops = ops or FileOps()
        self.clock = clock

    @classmethod
    def from_config(cls, config: Config, **kw: object) -> Installer:
        """The installer for this kiosk: its data folder, keys and unsigned policy."""
        return cls(config.data_dir, trusted_keys=config.trusted_keys,
                   allow_unsigned=config.allow_unsigned, **kw)  # type: ignore[arg-type]

    # -- reading state ---------------------------------------------------------
    def current(self) -> Pointer | None:
        return read_pointer(self.current_file)

    def previous(self) -> Pointer | None:
        return read_pointer(self.previous_file)

    def path_of(self, pointer: Pointer) -> Path:
        return self.packages / pointer.file_name

    def live(self) -> tuple[Pointer, Path] | None:
        """The package to show: ``current``, else ``previous`` if current's file is gone."""
        for pointer in (self.current(), self.previous()):
            if pointer is not None and self.path_of(pointer).is_file():
                return pointer, self.path_of(pointer)
        return None

    def status(self) -> Status:
        live = self.live()
        packages = tuple(sorted(self.packages.glob("*.exhibit"))) if self.packages.is_dir() \
            else ()
        leftovers = len(list(self.staging.iterdir())) if self.staging.is_dir() else 0
        return Status(self.current(), self.previous(), live[1] if live else None, packages,
                      leftovers)

    # -- start-up ----------------------------------------------------------------
    def recover(self) -> None:
        """Throw away whatever a crashed install left in ``staging``. Call at start."""
        with self._locked():
            self._clean_staging()

    def _clean_staging(self) -> None:
        if not self.staging.is_dir():
            return
        for leftover in self.staging.iterdir():
            try:
                if leftover.is_dir() and not leftover.is_symlink():
                    shutil.rmtree(leftover)
                else:
                    self.ops.unlink(leftover)
            except OSError as e:
                log.warning("could not remove %s from staging: %s", leftover, e.strerror)
        for stray in (self.data_dir / ".current.tmp", self.data_dir / ".previous.tmp"):
            with suppress(OSError):
                self.ops.unlink(stray)

    @contextmanager
    def _locked(self) -> Iterator[None]:
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.data_dir / "install.lock", os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as e:
            raise InstallError(
                f"The kiosk's data folder {self.data_dir} cannot be used ({e.strerror}).") \
                from None
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise InstallError("Another install is running; try again when it is done.") \
                    from None
            yield
        finally:
            os.close(fd)  # closing releases the lock, also after kill -9

    # -- install ---------------------------------------------------------------
    def install(self, src: Path, sig: Path | None = None) -> InstallResult:
        """Verify, validate and switch to ``src``. Raises :class:`InstallError`."""
        src = Path(src)
        with self._locked():
            self._clean_staging()
            try:
                return self._install(src, sig or signing.signature_path(src))
            except InstallError:
                raise
            except OSError as e:
                raise InstallError(f"Not installed: {_os_reason(e)}. The kiosk still shows "
                                   "the exhibition it showed before.") from None
            except Exception as e:  # a bug, not the file: say so, keep the traceback
                log.exception("install of %s failed unexpectedly", src)
                raise InstallError(f"Not installed: an unexpected error ({type(e).__name__}); "
                                   "the details are in the debug log.") from e
            finally:
                self._clean_staging()

    def _install(self, src: Path, sig_path: Path) -> InstallResult:
        name = src.name
        signature = self._load_signature(sig_path, name)
        self._check_space(src)
        staged, sha256, prehash = self._copy_in(src)
        verified = self._verify(signature, prehash, name)
        uid, version = self._read_identity(staged, name)
        if verified is not None:
            try:
                trust.check_fields(verified, uid, version, name)
            except SignatureError as e:
                raise InstallError(f"Not installed: {e}") from None
        old = self.current()
        self._check_rollback(name, uid, version, old)
        try:
            self.validator(staged)
        except PackageError as e:
            raise InstallError(f"Not installed: {name}: {e}") from None
        final = self.packages / f"{sha256}.exhibit"
        if final.is_file():
            self.ops.unlink(staged)  # the same bytes are already here
        else:
            self.ops.mkdir(self.packages)
            self.ops.replace(staged, final)
            self.ops.fsync_dir(self.packages)
        pointer = Pointer(
            sha256=sha256, uid=uid, version=version,
            signer=verified.key.id_hex if verified else UNSIGNED,
            installed_at=self.clock().astimezone(UTC).replace(microsecond=0).isoformat(),
            trusted_comment=verified.trusted_comment if verified else "",
        )
        if old is not None and old.sha256 == sha256:
            log.info("%s (%s %s) is already live; nothing to switch", name, uid, version)
            return InstallResult(old, old, final)
        self._switch(pointer, old)
        log.info("installed %s: %s version %s, signed by %s", name, uid, version,
                 pointer.signer)
        self.gc()
        return InstallResult(pointer, old, final)

    def _load_signature(self, sig_path: Path, name: str) -> signing.Signature | None:
        try:
            return signing.load_signature(sig_path)
        except SignatureError as e:
            if self.allow_unsigned and not sig_path.exists():
                log.warning("UNSIGNED package %s accepted because allow_unsigned is on", name)
                return None
            raise InstallError(f"Not installed: {e}") from None

    def _verify(self, signature: signing.Signature | None, prehash: bytes,
                name: str) -> signing.Verified | None:
        if signature is None:
            return None
        try:
            return signing.verify_prehash(signature, prehash, self.trusted_keys, name)
        except SignatureError as e:
            raise InstallError(f"Not installed: {e}") from None

    def _check_space(self, src: Path) -> None:
        try:
            st = src.stat()
        except FileNotFoundError:
            raise InstallError(f"Not installed: {src}: no such file.") from None
        if not stat.S_ISREG(st.st_mode):
            raise InstallError(f"Not installed: {src}: not a package file (a folder, pipe "
                               "or device).")
        size = st.st_size
        self.ops.mkdir(self.staging)
        free = shutil.disk_usage(self.staging).free
        if size + SPARE_BYTES > free:
            raise InstallError(
                f"Not installed: {src.name} needs {_mb(size + SPARE_BYTES)} free, but the "
                f"kiosk has {_mb(free)}. Remove old files or use a larger disk.")

    def _copy_in(self, src: Path) -> tuple[Path, str, bytes]:
        """Stream ``src`` into staging; the hashes are of exactly the bytes written."""
        staged = self.staging / f"{os.getpid()}-{os.urandom(4).hex()}.exhibit.part"
        sha, b2 = hashlib.sha256(), hashlib.blake2b(digest_size=64)
        with self.ops.open_read(src) as inp, self.ops.create(staged) as out:
            while chunk := self.ops.read(inp, src, _CHUNK):
                sha.update(chunk)
                b2.update(chunk)
                self.ops.write(out, staged, chunk)
            self.ops.fsync(out, staged)
        return staged, sha.hexdigest(), b2.digest()

    @staticmethod
    def _read_identity(staged: Path, name: str) -> tuple[str, str]:
        from kiosk.package.reader import Package  # SQLAlchemy: not at start-up

        try:
            with Package.open(staged) as p:
                return p.info.uid, p.info.version
        except PackageError as e:
            reason = str(e).removeprefix(f"{staged}: ").removeprefix(f"{staged.resolve()}: ")
            raise InstallError(f"Not installed: {name}: {reason}") from None

    @staticmethod
    def _check_rollback(name: str, uid: str, version: str, old: Pointer | None) -> None:
        if old is None or old.uid != uid or version.strip() == old.version.strip():
            return
        try:
            candidate = version_key(version)
        except VersionError as e:
            raise InstallError(f"Not installed: {name}: {e}.") from None
        try:
            live = version_key(old.version)
        except VersionError:
            # The live version predates comparable numbering; refusing would leave
            # staff no way forward, so a comparable version may replace it.
            log.warning("live version %r cannot be compared; accepting %r", old.version,
                        version)
            return
        if candidate < live:
            raise InstallError(
                f"Not installed: {name} is version {version} of {uid!r}, older than the "
                f"live version {old.version}. To go back on purpose, use rollback.")

    def _switch(self, pointer: Pointer, old: Pointer | None) -> None:
        """``previous`` := old, then ``current`` := new; undone if anything fails."""
        old_previous = self.previous()
        try:
            if old is not None:
                write_pointer(self.ops, self.previous_file, old)
            write_pointer(self.ops, self.current_file, pointer)
        except OSError:
            self._restore(old, old_previous)
            raise

    def _restore(self, current: Pointer | None, previous: Pointer | None) -> None:
        try:
            write_pointer(self.ops, self.current_file, current)
            write_pointer(self.ops, self.previous_file, previous)
        except OSError as e:
            log.error("could not restore the pointers after a failed switch: %s", e)

    # -- rollback and clean-up ------------------------------------------------------
    def rollback(self) -> Pointer:
        """Make ``previous`` live again (and the current one ``previous``)."""
        with self._locked():
            current, previous = self.current(), self.previous()
            if previous is None or not self.path_of(previous).is_file():
                raise InstallError("There is no previous exhibition to go back to.")
            try:
                write_pointer(self.ops, self.current_file, previous)
                write_pointer(self.ops, self.previous_file, current)
            except OSError as e:
                self._restore(current, previous)
                raise InstallError(f"Rollback failed: {_os_reason(e)}. Nothing changed.") \
                    from None
            log.info("rolled back to %s version %s", previous.uid, previous.version)
            return previous

    def gc(self) -> list[Path]:
        """Delete packages that are neither current nor previous; returns them."""
        keep = {p.file_name for p in (self.current(), self.previous()) if p is not None}
        removed: list[Path] = []
        if not self.packages.is_dir():
            return removed
        for path in self.packages.iterdir():
            if path.name in keep:
                continue
            try:
                self.ops.unlink(path)
                removed.append(path)
            except OSError as e:
                log.warning("could not remove old package %s: %s", path.name, e.strerror)
        return removed


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.0f} MB"


def _os_reason(e: OSError) -> str:
    if e.errno == errno.ENOSPC:
        return "the disk is full"
    if e.errno == errno.EIO:
        return "the disk reported a read/write error (EIO); check the storage"
    if e.errno in (errno.EACCES, errno.EPERM):
        return f"permission denied on {e.filename or 'a file'}"
    if e.errno == errno.EROFS:
        return "the kiosk's disk is read-only"
    where = f" ({e.filename})" if e.filename else ""
    return f"{e.strerror or e}{where}"
