"""The standalone bundle (dist/kiosk/) works on a machine without our Python.

Builds the bundle with ``packaging/build_bundle.py`` only when
``dist/kiosk/kiosk`` is missing or ``KIOSK_REBUILD_BUNDLE=1`` asks (about a
minute on two cores); otherwise tests the one that is there. Every command
runs with an empty environment (``env -i`` with PATH=/usr/bin:/bin), so the
project venv cannot leak in through PATH, PYTHONPATH or VIRTUAL_ENV.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "kiosk"
EXE = BUNDLE / "kiosk"
DEMO = ROOT / "exhibitions" / "demo"


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """What a kiosk without our Python has: system tools only, no venv, no PYTHON*."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8",
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
           "XDG_STATE_HOME": str(home / "state"), "XDG_CACHE_HOME": str(home / "cache")}
    env.update(extra)
    return env


def run(args: list[str], home: Path, timeout: float = 180, **extra: str,
        ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(EXE), *args], env=clean_env(home, **extra), cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout, check=False)


@pytest.fixture(scope="module")
def bundle() -> Path:
    if not EXE.exists() or os.environ.get("KIOSK_REBUILD_BUNDLE") == "1":
        try:
            import PyInstaller  # noqa: F401
        except ImportError:
            pytest.skip("no dist/kiosk and PyInstaller is not installed (pip install pyinstaller)")
        built = subprocess.run([sys.executable, str(ROOT / "packaging" / "build_bundle.py")],
                               cwd=ROOT, capture_output=True, text=True, timeout=1200,
                               check=False)
        assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    assert EXE.exists()
    return BUNDLE


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("home")


@pytest.fixture(scope="module")
def demo(bundle: Path, home: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo exhibition, built by the bundle itself (its Pillow, its process pool)."""
    if shutil.which("ffmpeg", path="/usr/bin:/bin") is None:
        pytest.skip("ffmpeg is not installed (the demo's testimonies need it to build)")
    out = tmp_path_factory.mktemp("pkg") / "demo.exhibit"
    done = run(["build", str(DEMO), "-o", str(out), "--quiet", "-j", "2"], home)
    assert done.returncode == 0, done.stderr
    assert out.stat().st_size > 100_000
    return out


def test_version_without_python(bundle: Path, home: Path) -> None:
    done = run(["--version"], home)
    assert done.returncode == 0, done.stderr
    from kiosk import __version__

    assert done.stdout.strip() == f"kiosk {__version__}"


def test_bundle_is_self_contained(bundle: Path) -> None:
    """Everything the app finds by path is in the bundle, laid out as in the source tree."""
    internal = bundle / "_internal"
    assert sorted(p.name for p in (internal / "assets" / "fonts").glob("*.ttf"))
    assert (internal / "kiosk" / "ui" / "qml" / "qmldir").is_file()
    assert (internal / "kiosk" / "station" / "migrations" / "env.py").is_file()
    qt = internal / "PySide6" / "Qt"
    for plugin in ("platforms/libqoffscreen.so", "platforms/libqxcb.so",
                   "platforms/libqwayland.so", "platforms/libqeglfs.so",
                   "multimedia/libffmpegmediaplugin.so", "imageformats/libqjpeg.so"):
        assert (qt / "plugins" / plugin).is_file(), plugin
    for module in ("QtQuick", "QtQuick/Window", "QtMultimedia", "QtQuick/Controls/Basic"):
        assert (qt / "qml" / module / "qmldir").is_file(), module
    assert (internal / "PySide6" / "QtWidgets.abi3.so").is_file()  # qasync imports it
    if (ROOT / "kiosk" / "ui" / "i18n").is_dir():
        ours = {p.name for p in (ROOT / "kiosk" / "ui" / "i18n").glob("*.qm")}
        assert ours <= {p.name for p in (internal / "kiosk" / "ui" / "i18n").glob("*.qm")}
    # Lean: none of the big Qt modules we never use.
    libs = {p.name for p in (qt / "lib").iterdir()}
    for unused in ("libQt6Quick3D.so.6", "libQt6WebEngineCore.so.6", "libQt6Charts.so.6",
                   "libQt6Pdf.so.6", "libQt6Graphs.so.6"):
        assert unused not in libs, unused


def test_every_library_resolves(bundle: Path) -> None:
    """No shared library of the bundle needs something that is neither bundled nor here.

    Catches a plugin whose Qt library the spec's trimming dropped.
    """
    internal = bundle / "_internal"
    lib_dirs = [internal, internal / "PySide6" / "Qt" / "lib", internal / "PySide6"]
    env = {"PATH": "/usr/bin:/bin", "LD_LIBRARY_PATH": ":".join(map(str, lib_dirs))}
    qt = internal / "PySide6" / "Qt"
    files = [*sorted((qt / "plugins").rglob("*.so")), *sorted((qt / "qml").rglob("*.so")),
             *sorted(internal.glob("PySide6/*.so"))]
    missing = {}
    for f in files:
        out = subprocess.run(["ldd", str(f)], env=env, capture_output=True, text=True,
                             check=False).stdout
        gone = [line.split()[0] for line in out.splitlines() if "not found" in line]
        # xcb, wayland and EGL come from the host (Debian packages), not the bundle.
        gone = [g for g in gone if not g.startswith(("libxcb", "libxkbcommon", "libwayland",
                                                     "libEGL", "libGL", "libgbm", "libdrm",
                                                     "libinput", "libmtdev", "libts",
                                                     "libX11", "libpulse", "libva",
                                                     "libvdpau", "libudev", "libgtk",
                                                     "libgdk", "libfontconfig",
                                                     "libfreetype"))]
        if gone:
            missing[str(f.relative_to(internal))] = gone
    assert not missing


def test_validate_a_package_the_bundle_built(demo: Path, home: Path) -> None:
    done = run(["validate", str(demo)], home)
    assert done.returncode == 0, done.stdout + done.stderr
    info = run(["info", str(demo), "--json"], home)
    assert info.returncode == 0, info.stderr
    assert '"languages"' in info.stdout


def test_sign_install_status(demo: Path, home: Path, tmp_path: Path) -> None:
    """nacl (cffi), SQLAlchemy's sqlite dialect and the Alembic migrations, from the bundle."""
    key = tmp_path / "curators.key"
    assert run(["keygen", "--out", str(key)], home).returncode == 0
    signed = run(["sign", str(demo), "--key", str(key)], home)
    assert signed.returncode == 0, signed.stderr
    config = tmp_path / "kiosk.toml"
    config.write_text(f'trusted_keys = ["{key}.pub"]\ndata_dir = "{tmp_path / "data"}"\n'
                      f'log_dir = "{tmp_path / "log"}"\n', encoding="utf-8")
    installed = run(["install", str(demo), "--config", str(config)], home)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    status = run(["status", "--json", "--config", str(config)], home)
    assert status.returncode == 0, status.stderr
    assert "looking-closer" in status.stdout
    stats = run(["stats", "--config", str(config)], home)  # runs the Alembic migration
    assert stats.returncode == 0, stats.stdout + stats.stderr
    assert (tmp_path / "data" / "analytics.sqlite3").is_file()


def test_preview_one_screen_offscreen(demo: Path, home: Path, tmp_path: Path) -> None:
    """QML, fonts and the image pipeline, rendered offscreen by the bundle's own Qt."""
    helped = run(["preview", "--help"], home)
    if helped.returncode != 0:
        pytest.skip("this build of the UI has no `kiosk preview` yet")
    out = tmp_path / "preview"
    done = run(["preview", str(demo), "--size", "640x360", "--out", str(out)], home,
               QT_QPA_PLATFORM="offscreen")
    assert done.returncode == 0, done.stdout + done.stderr
    pngs = sorted(out.glob("*.png"))
    assert pngs, done.stdout + done.stderr
    assert "is not installed" not in done.stderr, done.stderr  # a QML module left out
    from PIL import Image

    with Image.open(pngs[0]) as shot:
        assert shot.size == (640, 360)
        # Not one flat colour: the QML and the photo both drew something.
        colours = shot.convert("RGB").getcolors(maxcolors=1_000_000)
        assert colours is None or len(colours) > 50
