"""Session-wide test set-up: Qt runs offscreen, never on a real display."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The kiosk's default data, config and log folders come from these (platformdirs):
# a test that forgets to pass its own folder must not touch the developer's home.
_home = tempfile.mkdtemp(prefix="kiosk-tests-")
for _var in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = os.path.join(_home, _var.lower())
os.environ.setdefault("QT_QUICK_BACKEND", "software")
