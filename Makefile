# Two commands set up everything on a fresh Debian machine:
#   make run    build the demo exhibition (if needed) and start the kiosk on it
#   make test   lint, type-check, check the layer contracts, run the tests
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV    ?= .venv
PY      := $(VENV)/bin/python
DEMO    := build/demo.exhibit
# PySide6 6.12 needs CPython >= 3.12 (see README, "Known traps").
PYTHON3 ?= $(shell for c in python3.12 python3.13 \
             $$(ls -d $$(pyenv root 2>/dev/null)/versions/3.1[23]*/bin/python3 2>/dev/null) \
             /root/.pyenv/versions/3.12*/bin/python3; do \
             command -v $$c >/dev/null 2>&1 && "$$c" -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null \
             && { echo $$c; break; }; done)

# Debian packages: Qt's xcb and multimedia runtime libraries, ffmpeg (audio
# decoding and loudness at build time), espeak-ng (demo testimony voices),
# libvips-tools (reference tiler for the benchmark), xvfb (real-window tests),
# minisign (interoperability tests of our signatures), binutils (PyInstaller),
# libturbojpeg0 (the build decodes JPEGs into planes with it).
SYSTEM_PACKAGES := libpulse0 libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3 \
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 \
  ffmpeg espeak-ng libvips-tools xvfb minisign binutils libturbojpeg0

.PHONY: help run test bench demo system venv clean lint translations bundle deb bench-bundle

help:
	@echo "make run    - build the demo exhibition and start the kiosk (windowed: make run ARGS='--windowed')"
	@echo "make test   - ruff, mypy, import contracts and the test suite"
	@echo "make bench  - run the benchmarks and update docs/benchmarks.md"
	@echo "make translations - refresh the interface catalogues (kiosk/ui/i18n)"
	@echo "make bundle - a standalone one-folder build in dist/kiosk (PyInstaller)"
	@echo "make deb    - a Debian package that boots into the kiosk (cage + systemd)"

system: build/.system-stamp
build/.system-stamp: Makefile
	@mkdir -p build
	@missing=$$(for p in $(SYSTEM_PACKAGES); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing system packages: $$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi
	@touch $@

venv: $(VENV)/.stamp
$(VENV)/.stamp: pyproject.toml build/.system-stamp
	@if [ -z "$(PYTHON3)" ]; then echo "error: Python 3.12 or newer is needed (PySide6 6.12 aborts on 3.11). Install python3.12 or pyenv 3.12."; exit 1; fi
	@test -x $(PY) || $(PYTHON3) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	@touch $@

demo: $(DEMO)
$(DEMO): $(VENV)/.stamp $(shell find exhibitions/demo -type f 2>/dev/null)
	$(VENV)/bin/kiosk build exhibitions/demo -o $(DEMO)

run: $(DEMO)
	$(VENV)/bin/kiosk run $(DEMO) $(ARGS)

lint: $(VENV)/.stamp
	$(VENV)/bin/ruff check kiosk tests bench tools
	$(PY) tools/update_translations.py --check
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

test: lint $(DEMO)
	# timeout: a hang at interpreter exit must fail the run, not stall CI for 90 minutes.
	QT_QPA_PLATFORM=offscreen timeout --kill-after=30 1500 $(PY) -m pytest -q

bench: $(DEMO)
	QT_QPA_PLATFORM=offscreen $(PY) bench/run_all.py

translations: $(VENV)/.stamp
	$(PY) tools/update_translations.py

bundle: $(VENV)/.stamp
	$(PY) packaging/build_bundle.py

deb: bundle
	packaging/build_deb.sh

bench-bundle: bundle
	QT_QPA_PLATFORM=offscreen $(PY) bench/bench_bundle.py

clean:
	rm -rf build dist $(VENV)
