# qaf developer entry points. `make demo` and `make test` install whatever is missing first.
SHELL := /bin/bash
.DEFAULT_GOAL := test

VENV ?= .venv
PYTHON := $(VENV)/bin/python
CMAKE := $(VENV)/bin/cmake
CTEST := $(VENV)/bin/ctest
JOBS ?= 2
SANITIZE ?= 0

ifeq ($(SANITIZE),1)
BUILD_DIR ?= build/sanitize
CMAKE_FLAGS += -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQAF_SANITIZE=ON -DQAF_BUILD_PYTHON=OFF \
               -DQAF_BUILD_BENCHMARKS=OFF
else
BUILD_DIR ?= build/release
CMAKE_FLAGS += -DCMAKE_BUILD_TYPE=Release
endif
CMAKE_FLAGS += -DQAF_WERROR=ON

DEB_PACKAGES := g++ make pkg-config binutils libboost-date-time-dev libboost-serialization-dev \
                libeigen3-dev libyaml-cpp-dev libgtest-dev libgmock-dev libbenchmark-dev clang-format
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
VENV_STAMP := $(VENV)/.qaf-requirements-installed
STAGED_PYTHON := PYTHONPATH=$(CURDIR)/$(BUILD_DIR)/python

.PHONY: deps debian-packages build test demo bench format format-check install-check clean

## deps: Debian packages (as root, or with sudo) and the .venv with the Python tools. Idempotent.
deps: debian-packages $(VENV_STAMP)

debian-packages:
	@missing=$$(for p in $(DEB_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	python3 -c 'import ensurepip' 2>/dev/null || missing="$$missing python3-venv"; \
	python3 -c 'import os, sys, sysconfig; sys.exit(not os.path.exists(os.path.join(sysconfig.get_paths()["include"], "Python.h")))' \
	  || missing="$$missing python3-dev"; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends $$missing; \
	fi

$(VENV_STAMP): requirements-dev.txt
	@[ -x $(PYTHON) ] || python3 -m venv $(VENV)
	$(PYTHON) -m pip install -q --upgrade pip
	$(PYTHON) -m pip install -q -r requirements-dev.txt
	@touch $@

$(BUILD_DIR)/CMakeCache.txt: | deps
	$(CMAKE) -S . -B $(BUILD_DIR) -G Ninja -DPython_EXECUTABLE=$(abspath $(PYTHON)) $(CMAKE_FLAGS)

## build: configure and compile every layer.
build: deps $(BUILD_DIR)/CMakeCache.txt
	$(CMAKE) --build $(BUILD_DIR) -j $(JOBS)

## test: the C++ and C tests (ctest), then the Python tests (pytest). SANITIZE=1: ASan + UBSan.
test: build
	$(CTEST) --test-dir $(BUILD_DIR) --output-on-failure
ifneq ($(SANITIZE),1)
	$(STAGED_PYTHON) $(PYTHON) -m pytest -q
endif

## demo: the main job on the bundled sample partnership (for now: the calendar and frameworks).
demo: build
	@$(STAGED_PYTHON) $(PYTHON) -m qaf calendar holidays $$(date +%Y)
	@echo
	@$(STAGED_PYTHON) $(PYTHON) -m qaf calendar quarters
	@echo
	@$(STAGED_PYTHON) $(PYTHON) -m qaf framework list

## bench: the C++ benchmarks and the Python side-by-side comparisons.
bench: build
	@for b in $(BUILD_DIR)/benchmarks/*_bench; do echo "== $$b"; $$b; done
	@for b in benchmarks/python/*.py; do echo "== $$b"; $(STAGED_PYTHON) $(PYTHON) $$b; done

## install-check: `pip install .` into the .venv, then use the installed package and CLI.
install-check: deps
	$(PYTHON) -m pip install -q --no-build-isolation .
	cd /tmp && $(CURDIR)/$(VENV)/bin/qaf calendar holidays 2024 >/dev/null
	cd /tmp && $(CURDIR)/$(PYTHON) -c 'import qaf, sys; print("installed qaf", qaf.__version__)'

FORMATTED := $(shell git ls-files '*.cpp' '*.hpp' '*.h' '*.c' 2>/dev/null)
## format: apply .clang-format to every C and C++ file; format-check: fail if one differs.
format:
	clang-format -i $(FORMATTED)
format-check:
	clang-format --dry-run --Werror $(FORMATTED)

clean:
	rm -rf build
