# Blue Carbon QGIS plugin. `make demo` and `make test` each work on a fresh Debian 12 machine.
SHELL := /bin/bash
SYS_PYTHON := /usr/bin/python3
VENV := .venv
PYTHON := $(VENV)/bin/python
PLUGIN_NAME := bluecarbon
BUILD := build
PLUGIN_DIR := $(BUILD)/plugins/$(PLUGIN_NAME)
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
DIST ?= dist
ZIP := $(DIST)/$(PLUGIN_NAME)-$(VERSION).zip
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Chinese glyphs in the reports come from fonts-noto-cjk; the tests render the reports to images in QtWebKit
# (QGIS's own HTML viewer), headless Chromium and, through PDF, pdftoppm.
TEST_APT_PACKAGES := python3-pyqt5.qtwebkit chromium poppler-utils
APT_PACKAGES := qgis python3-qgis qgis-providers gdal-bin python3-gdal xvfb python3-numpy python3-pyproj \
	python3-shapely python3-scipy python3-sklearn python3-xgboost python3-rasterio python3-geopandas \
	python3-dask python3-distributed python3-jinja2 python3-matplotlib python3-venv qttools5-dev-tools zip rsync \
	fonts-noto-cjk $(TEST_APT_PACKAGES)
# What a user installs: no tests, no build, bench or data-making scripts.
PLUGIN_FILES := __init__.py metadata.txt icon.svg LICENSE README.md bluecarbon_qgis algorithms styles sample_data models
DEV_EXCLUDES := --exclude '__pycache__' --exclude '*.pyc' --exclude '*.aux.xml' --exclude '/sample_data/make_demo_data.py' \
	--exclude '/sample_data/make_hongkong_pair.py'
export QT_QPA_PLATFORM := offscreen
export QGIS_PLUGINPATH := $(CURDIR)/$(BUILD)/plugins
export XDG_RUNTIME_DIR ?= /tmp/runtime-$(shell id -u)
QGIS_PROCESS := qgis_process.bin

.PHONY: setup stage plugin demo test bench bench-setup bench-invest package clean translations

setup: $(VENV)/.installed
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

$(VENV)/.installed: requirements-dev.txt
	@dpkg-query -W -f='$${Status}' python3-venv 2>/dev/null | grep -q "install ok installed" || \
	  { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq python3-venv; }
	[ -x $(PYTHON) ] || $(SYS_PYTHON) -m venv --system-site-packages $(VENV)
	$(PYTHON) -m pip install -q -r requirements-dev.txt
	touch $@

translations: i18n/$(PLUGIN_NAME)_zh_CN.qm

# One .ts per language, kept in step with the source by scripts/i18n_strings.py; lrelease prints only warnings.
i18n/$(PLUGIN_NAME)_zh_CN.qm: i18n/$(PLUGIN_NAME)_zh_CN.ts
	lrelease -silent $< -qm $@

# Stage the plugin in build/plugins (what QGIS_PLUGINPATH points to), as it would be installed.
stage: setup translations
	@mkdir -p $(PLUGIN_DIR)
	rsync -a --delete --delete-excluded $(DEV_EXCLUDES) $(PLUGIN_FILES) $(PLUGIN_DIR)/
	mkdir -p $(PLUGIN_DIR)/i18n && cp i18n/*.qm $(PLUGIN_DIR)/i18n/
	@# compiled once here, as QGIS's Python compiles a user's plugin on its first run (where the environment
	@# says not to write bytecode, every run would compile the modules it imports again)
	$(PYTHON) -m compileall -q $(PLUGIN_DIR) >/dev/null

# Stage and enable the plugin in your QGIS profile, for qgis_process from this checkout.
plugin: stage
	@$(QGIS_PROCESS) plugins enable $(PLUGIN_NAME) >/dev/null 2>&1 || true
	@$(QGIS_PROCESS) plugins 2>/dev/null | grep -q "\* $(PLUGIN_NAME)" || \
	  { echo "qgis_process does not load the $(PLUGIN_NAME) plugin" >&2; $(QGIS_PROCESS) plugins >&2; exit 1; }

demo: plugin
	$(PYTHON) scripts/demo.py

# The tests use temporary QGIS profiles (pytest-qgis's under a temporary --rootdir, qgis_process's
# made by tests/conftest.py) and write only to temporary folders.
test: stage
	@root=$$(mktemp -d) && trap 'rm -rf "$$root"' EXIT && \
	  $(PYTHON) -m pytest tests -q --qgis_disable_gui -p no:cacheprovider --rootdir="$$root"

# exactextract is a peer in the benchmark only: built from source against the system GEOS/GDAL
# (its PyPI wheel bundles other copies of them).
bench-setup: setup
	@for p in libgeos-dev cmake; do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || \
	  { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq libgeos-dev cmake; break; }; done
	@$(PYTHON) -c "import exactextract" 2>/dev/null || $(PYTHON) -m pip install -q --no-binary exactextract exactextract==0.3.0

# natcap.invest 3.14.2 (the peer of bench/change_bench.py) builds from source in its own venv, never in .venv.
bench-invest:
	bash bench/setup_invest.sh bench/work/invest-venv

bench: plugin bench-setup bench-invest
	$(PYTHON) bench/run_bench.py
	$(PYTHON) bench/parallel_bench.py
	$(PYTHON) bench/cluster_bench.py
	$(PYTHON) bench/startup_bench.py
	$(PYTHON) bench/mapping_bench.py
	$(PYTHON) bench/change_bench.py
	$(PYTHON) bench/change_accuracy_bench.py
	$(PYTHON) bench/transition_bench.py

# DIST=folder writes the zip elsewhere (the tests use a temporary folder).
package: setup translations
	rm -rf $(BUILD)/package && mkdir -p $(BUILD)/package/$(PLUGIN_NAME) $(DIST)
	rsync -a $(DEV_EXCLUDES) $(PLUGIN_FILES) $(BUILD)/package/$(PLUGIN_NAME)/
	mkdir -p $(BUILD)/package/$(PLUGIN_NAME)/i18n && cp i18n/*.qm $(BUILD)/package/$(PLUGIN_NAME)/i18n/
	rm -f $(ZIP) && zip_path=$$(realpath $(ZIP)) && cd $(BUILD)/package && zip -qr "$$zip_path" $(PLUGIN_NAME)
	@echo "Wrote $(ZIP)"

clean:
	rm -rf $(BUILD) dist i18n/*.qm .pytest_cache
