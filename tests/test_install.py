"""Install, rollback and clean-up: nothing a crash, full disk or bad file does bricks the kiosk."""

from __future__ import annotations

import errno
import hashlib
import random
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from station_support import CountingOps, FailingOps, make_signed, make_tiny

from kiosk.package import Package, PackageError
from kiosk.station import signing
from kiosk.station.install import Installer, InstallError
from kiosk.station.validation import no_validation
from kiosk.station.versions import VersionError, is_older, version_key

REPO = Path(__file__).resolve().parents[1]
SUPPORT = REPO / "tests" / "station_support.py"


@pytest.fixture(scope="module")
def key() -> signing.SecretKey:
    return signing.generate_key()


@pytest.fixture(scope="module")
def pkgs(tmp_path_factory: pytest.TempPathFactory, key: signing.SecretKey) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("pkgs")
    return {
        "v1": make_signed(d / "v1.exhibit", key, version="1.0"),
        "v2": make_signed(d / "v2.exhibit", key, version="1.1", text="Second"),
        "other": make_signed(d / "other.exhibit", key, uid="other", version="0.1"),
    }


def installer(data: Path, key: signing.SecretKey, **kw: object) -> Installer:
    return Installer(data, trusted_keys=[key.public], **kw)  # type: ignore[arg-type]


def copy_pkg(src: Path, dst_dir: Path) -> Path:
    dst_dir.mkdir(parents=True, exist_ok=True)
    shutil.copy(src, dst_dir / src.name)
    shutil.copy(signing.signature_path(src), dst_dir / (src.name + ".minisig"))
    return dst_dir / src.name


def assert_live_intact(inst: Installer) -> str:
    live = inst.live()
    assert live is not None
    pointer, path = live
    assert hashlib.sha256(path.read_bytes()).hexdigest() == pointer.sha256
    with Package.open(path) as p:
        assert p.info.version == pointer.version
    return pointer.version


def test_install_then_upgrade_rollback_gc(tmp_path: Path, key: signing.SecretKey,
                                          pkgs: dict[str, Path]) -> None:
    inst = installer(tmp_path / "data", key)
    r1 = inst.install(pkgs["v1"])
    assert r1.replaced is None and r1.pointer.signer == key.public.id_hex
    assert "version:1.0" in r1.pointer.trusted_comment
    r2 = inst.install(pkgs["v2"])
    assert r2.replaced == r1.pointer
    assert inst.previous() == r1.pointer and assert_live_intact(inst) == "1.1"
    assert inst.rollback() == r1.pointer
    assert assert_live_intact(inst) == "1.0" and inst.previous() == r2.pointer
    inst.install(pkgs["v2"])  # newer than live again: allowed
    inst.install(pkgs["other"])  # another exhibition: previous becomes v2, v1 is collected
    names = {p.name for p in (tmp_path / "data" / "packages").iterdir()}
    assert names == {r2.pointer.file_name, inst.current().file_name}  # type: ignore[union-attr]
    assert inst.status().staging_leftovers == 0


def test_reinstalling_the_live_package_changes_nothing(tmp_path: Path, key: signing.SecretKey,
                                                       pkgs: dict[str, Path]) -> None:
    inst = installer(tmp_path, key)
    first = inst.install(pkgs["v1"]).pointer
    again = inst.install(pkgs["v1"])
    assert again.pointer == first and inst.previous() is None


def test_older_version_refused(tmp_path: Path, key: signing.SecretKey,
                               pkgs: dict[str, Path]) -> None:
    inst = installer(tmp_path, key)
    inst.install(pkgs["v2"])
    with pytest.raises(InstallError, match=r"older than the live version 1\.1"):
        inst.install(pkgs["v1"])
    assert assert_live_intact(inst) == "1.1"


def test_unsigned_refused_unless_allowed(tmp_path: Path, key: signing.SecretKey) -> None:
    pkg = make_tiny(tmp_path / "u.exhibit")
    with pytest.raises(InstallError, match="no signature file"):
        installer(tmp_path / "a", key).install(pkg)
    result = installer(tmp_path / "b", key, allow_unsigned=True).install(pkg)
    assert result.pointer.signer == "unsigned"


def test_bad_signature_refused_even_when_unsigned_allowed(
        tmp_path: Path, key: signing.SecretKey, pkgs: dict[str, Path]) -> None:
    pkg = copy_pkg(pkgs["v1"], tmp_path / "in")
    data = bytearray(pkg.read_bytes())
    data[5000] ^= 0x10
    pkg.write_bytes(bytes(data))
    inst = installer(tmp_path / "d", key, allow_unsigned=True)
    with pytest.raises(InstallError, match="changed or damaged"):
        inst.install(pkg)
    assert inst.live() is None and inst.status().staging_leftovers == 0


def test_wrong_key_refused(tmp_path: Path, pkgs: dict[str, Path]) -> None:
    with pytest.raises(InstallError, match="does not trust"):
        installer(tmp_path, signing.generate_key()).install(pkgs["v1"])


def test_edited_trusted_comment_refused(tmp_path: Path, key: signing.SecretKey,
                                        pkgs: dict[str, Path]) -> None:
    pkg = copy_pkg(pkgs["v1"], tmp_path / "in")
    sig = signing.signature_path(pkg)
    sig.write_text(sig.read_text().replace("version:1.0", "version:9.0"))
    with pytest.raises(InstallError, match="comment was altered"):
        installer(tmp_path / "d", key).install(pkg)


def test_signed_comment_must_match_package(tmp_path: Path, key: signing.SecretKey) -> None:
    """A valid signature whose comment claims another version is refused."""
    pkg = make_tiny(tmp_path / "p.exhibit", version="1")
    sig = signing.sign_prehash(key, signing.file_prehash(pkg), "uid:demo\tversion:7")
    signing.signature_path(pkg).write_text(sig.to_file_text())
    with pytest.raises(InstallError, match="vouches for exhibition 'demo' version '7'"):
        installer(tmp_path / "d", key).install(pkg)


@pytest.mark.parametrize("cut", [50, 4096, -100])
def test_truncated_package_refused(tmp_path: Path, key: signing.SecretKey,
                                   pkgs: dict[str, Path], cut: int) -> None:
    pkg = copy_pkg(pkgs["v1"], tmp_path / "in")
    pkg.write_bytes(pkg.read_bytes()[:cut])
    with pytest.raises(InstallError, match="changed or damaged"):
        installer(tmp_path / "d", key).install(pkg)
    # signed after truncation: the signature is fine, the package is not
    sig = signing.sign_prehash(key, signing.file_prehash(pkg), "uid:demo\tversion:1.0")
    signing.signature_path(pkg).write_text(sig.to_file_text())
    with pytest.raises(InstallError, match=r"Not installed: v1\.exhibit: "):
        installer(tmp_path / "d", key).install(pkg)


def test_validator_failure_keeps_old_live(tmp_path: Path, key: signing.SecretKey,
                                          pkgs: dict[str, Path]) -> None:
    inst = installer(tmp_path, key)
    inst.install(pkgs["v1"])

    def refuse(_path: Path) -> None:
        raise PackageError("blob 3 does not match its hash")

    inst.validator = refuse
    with pytest.raises(InstallError, match="blob 3 does not match"):
        inst.install(pkgs["v2"])
    assert assert_live_intact(inst) == "1.0"
    assert len(list((tmp_path / "packages").iterdir())) == 1


def test_not_enough_space(tmp_path: Path, key: signing.SecretKey, pkgs: dict[str, Path],
                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: shutil._ntuple_diskusage(1, 1, 1000))
    with pytest.raises(InstallError, match=r"needs .* free, but the kiosk has 0 MB"):
        installer(tmp_path, key).install(pkgs["v1"])


def test_one_install_at_a_time(tmp_path: Path, key: signing.SecretKey,
                               pkgs: dict[str, Path]) -> None:
    outer = installer(tmp_path, key)
    inner = installer(tmp_path, key)

    def nested(_path: Path) -> None:
        with pytest.raises(InstallError, match="Another install is running"):
            inner.install(pkgs["v2"])

    outer.validator = nested
    outer.install(pkgs["v1"])


def test_rollback_without_previous(tmp_path: Path, key: signing.SecretKey,
                                   pkgs: dict[str, Path]) -> None:
    inst = installer(tmp_path, key)
    with pytest.raises(InstallError, match="no previous"):
        inst.rollback()
    inst.install(pkgs["v1"])
    with pytest.raises(InstallError, match="no previous"):
        inst.rollback()


def test_missing_current_file_falls_back_to_previous(tmp_path: Path, key: signing.SecretKey,
                                                     pkgs: dict[str, Path]) -> None:
    inst = installer(tmp_path, key)
    inst.install(pkgs["v1"])
    inst.install(pkgs["v2"])
    inst.path_of(inst.current()).unlink()  # type: ignore[arg-type]
    assert assert_live_intact(inst) == "1.0"
    (tmp_path / "current").write_bytes(b"\x00garbage")
    assert assert_live_intact(inst) == "1.0"


# -- injected faults ------------------------------------------------------------
def _steps(tmp_path: Path, key: signing.SecretKey, pkgs: dict[str, Path]) -> int:
    ops = CountingOps()
    inst = installer(tmp_path / "count", key, validator=no_validation)
    inst.install(pkgs["v1"])
    inst.ops = ops
    inst.install(pkgs["v2"])
    return len(ops.steps)


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EIO], ids=["ENOSPC", "EIO"])
def test_fault_at_every_step(tmp_path: Path, key: signing.SecretKey, pkgs: dict[str, Path],
                             code: int) -> None:
    total = _steps(tmp_path, key, pkgs)
    assert total > 15
    for n in range(1, total + 1):
        data = tmp_path / f"d{n}"
        inst = installer(data, key, validator=no_validation)
        old = inst.install(pkgs["v1"]).pointer
        ops = FailingOps(n, code)
        inst.ops = ops
        try:
            inst.install(pkgs["v2"])
        except InstallError as e:
            reason = "disk is full" if code == errno.ENOSPC else "EIO"
            assert reason in str(e), (n, ops.failed, str(e))
            assert inst.current() == old, (n, ops.failed)
            assert inst.previous() is None, (n, ops.failed)
        else:  # the fault hit a clean-up step after the switch: new package live
            now = inst.current()
            assert now is not None and now.version == "1.1", ops.failed
        assert_live_intact(inst)
        assert not list((data / "staging").iterdir()), (n, ops.failed)
        shutil.rmtree(data)


# -- kill -9 ----------------------------------------------------------------------
def _run_killed(data: Path, pkg: Path, pub: Path, kill_at: int) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, str(SUPPORT), "install-killed", str(kill_at), str(data), str(pkg),
         str(pub)], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _check_after_crash(data: Path, key: signing.SecretKey, where: object) -> str:
    inst = installer(data, key)
    version = assert_live_intact(inst)
    assert version in ("1.0", "1.1"), where
    inst.recover()
    assert not list((data / "staging").iterdir()), where
    inst.gc()
    kept = {p.name for p in (data / "packages").iterdir()}
    assert inst.current().file_name in kept  # type: ignore[union-attr]
    return version


@pytest.mark.slow
def test_kill_9_at_every_step(tmp_path: Path, key: signing.SecretKey,
                              pkgs: dict[str, Path]) -> None:
    pub = tmp_path / "k.pub"
    pub.write_text(key.public.to_file_text())
    template = tmp_path / "template"
    installer(template, key).install(pkgs["v1"])
    # the subprocess validates too, so count its steps with the real validator
    ops = CountingOps()
    probe = installer(tmp_path / "probe", key)
    shutil.copytree(template, tmp_path / "probe", dirs_exist_ok=True)
    probe.ops = ops
    probe.install(pkgs["v2"])
    total = len(ops.steps)

    def kill_at(n: int) -> str:
        data = tmp_path / f"k{n}"
        shutil.copytree(template, data)
        proc = _run_killed(data, pkgs["v2"], pub, n)
        _, err = proc.communicate(timeout=60)
        where = (n, ops.steps[min(n, total) - 1], err.decode()[-500:])
        assert proc.returncode == (-9 if n <= total else 0), where
        version = _check_after_crash(data, key, where)
        shutil.rmtree(data)
        return version

    # total + 1: never killed, the install completes
    with ThreadPoolExecutor(max_workers=4) as pool:
        seen = set(pool.map(kill_at, range(1, total + 2)))
    assert seen == {"1.0", "1.1"}  # some kills landed before the switch, some after

    # and a few at random moments, not step boundaries
    rng = random.Random(1234)
    start = time.monotonic()
    proc = _run_killed(template.with_name("timing"), pkgs["v2"], pub, 0)
    proc.communicate(timeout=60)
    duration = time.monotonic() - start
    for i in range(5):
        data = tmp_path / f"r{i}"
        shutil.copytree(template, data)
        proc = _run_killed(data, pkgs["v2"], pub, 0)
        try:
            proc.wait(timeout=rng.uniform(0.2, 1.0) * duration)
        except subprocess.TimeoutExpired:
            proc.kill()
        proc.communicate()
        _check_after_crash(data, key, f"random kill {i}")


# -- versions ---------------------------------------------------------------------
@pytest.mark.parametrize(("older", "newer"), [
    ("1", "2"), ("1.9", "1.10"), ("1.0", "1.0.1"), ("2026.3", "2026.11"),
    ("2026-03-01", "2026-03-02"), ("1.0rc1", "1.0"), ("1.0-beta.2", "1.0rc1"),
    ("1.0.dev1", "1.0a1"), ("1.0", "1.0.post1"), ("v2", "v3"),
])
def test_version_order(older: str, newer: str) -> None:
    assert is_older(older, newer) and not is_older(newer, older)


def test_version_equalities_and_errors() -> None:
    assert version_key("1.0") == version_key("1") == version_key("1.0.0+build7")
    assert not is_older("spring", "spring")
    with pytest.raises(VersionError, match="cannot be compared"):
        version_key("spring edition")


# -- inbox ------------------------------------------------------------------------------
def test_inbox_waits_for_complete_pairs(tmp_path: Path, key: signing.SecretKey,
                                        pkgs: dict[str, Path]) -> None:
    from kiosk.station.inbox import Inbox, scan

    box = tmp_path / "inbox"
    box.mkdir()
    inst = installer(tmp_path / "data", key)
    inbox = Inbox(box, inst)
    # transfer temporaries are never taken
    (box / ".syncthing.v1.exhibit.tmp").write_bytes(b"x")
    (box / ".v1.exhibit.Ab12Cd").write_bytes(b"x")
    (box / "~syncthing~v1.exhibit.tmp").write_bytes(b"x")
    assert scan(box) == {}
    # a file still growing is not taken
    part = box / "v1.exhibit"
    part.write_bytes(pkgs["v1"].read_bytes()[:1000])
    assert inbox.poll() == []
    shutil.copy(pkgs["v1"], part)
    assert inbox.poll() == []  # changed since the last scan
    shutil.copy(signing.signature_path(pkgs["v1"]), box / "v1.exhibit.minisig")
    assert inbox.poll() == []  # the signature just arrived
    (outcome,) = inbox.poll()
    assert outcome.installed and outcome.pointer is not None
    assert inst.current() == outcome.pointer
    assert (box / "processed" / "v1.exhibit").is_file()
    assert (box / "processed" / "v1.exhibit.minisig").is_file()
    assert "Installed demo version 1.0" in (box / "processed" / "v1.exhibit.reason.txt").read_text()
    assert inbox.poll() == []


def test_inbox_refuses_with_reason(tmp_path: Path, key: signing.SecretKey,
                                   pkgs: dict[str, Path]) -> None:
    from kiosk.station.inbox import UNSIGNED_PATIENCE, Inbox

    box = tmp_path / "inbox"
    box.mkdir()
    inst = installer(tmp_path / "data", key)
    inst.install(pkgs["v2"])
    inbox = Inbox(box, inst)
    copy_pkg(pkgs["v1"], box)  # older than live
    shutil.copy(pkgs["other"], box / "nosig.exhibit")
    inbox.poll()
    (older,) = inbox.poll()
    assert not older.installed and "older than the live version" in older.message
    assert "older" in (box / "refused" / "v1.exhibit.reason.txt").read_text()
    outcomes = [o for _ in range(UNSIGNED_PATIENCE) for o in inbox.poll()]
    (unsigned,) = outcomes
    assert not unsigned.installed and "no signature file" in unsigned.message
    assert (box / "refused" / "nosig.exhibit").is_file()
    assert assert_live_intact(inst) == "1.1"


def test_cli_install_status_rollback(tmp_path: Path, key: signing.SecretKey,
                                     pkgs: dict[str, Path],
                                     capsys: pytest.CaptureFixture[str]) -> None:
    from kiosk.cli import main

    cfg = tmp_path / "kiosk.toml"
    cfg.write_text(f'data_dir = "data"\ntrusted_keys = ["{key.public.to_base64()}"]\n')
    assert main(["status", "--config", str(cfg)]) == 0
    assert "No exhibition is installed" in capsys.readouterr().out
    assert main(["install", str(pkgs["v1"]), "--config", str(cfg)]) == 0
    assert main(["install", str(pkgs["v2"]), "--config", str(cfg)]) == 0
    assert "Installed demo version 1.1" in capsys.readouterr().out
    assert main(["install", str(pkgs["v1"]), "--config", str(cfg)]) == 1
    assert "older than the live version" in capsys.readouterr().err
    assert main(["rollback", "--config", str(cfg)]) == 0
    assert main(["status", "--json", "--config", str(cfg)]) == 0
    out = capsys.readouterr().out
    status = __import__("json").loads(out[out.index("{"):])
    assert status["current"]["version"] == "1.0" and status["previous"]["version"] == "1.1"


def test_uncomparable_versions(tmp_path: Path, key: signing.SecretKey) -> None:
    inst = installer(tmp_path / "d", key, validator=no_validation)
    inst.install(make_signed(tmp_path / "a.exhibit", key, version="spring"))
    with pytest.raises(InstallError, match="'summer' cannot be compared"):
        inst.install(make_signed(tmp_path / "b.exhibit", key, version="summer"))
    assert inst.install(make_signed(tmp_path / "c.exhibit", key, version="2")).pointer.version \
        == "2"
