#!/bin/bash
# Builds natcap.invest 3.14.2 (the comparison peer of bench/change_bench.py) in its own venv.
# natcap.invest has no Linux wheels: it compiles against Debian's GDAL. Never in the plugin's .venv.
set -euo pipefail
VENV=${1:-bench/work/invest-venv}
if [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -c "import natcap.invest.coastal_blue_carbon.coastal_blue_carbon" 2>/dev/null; then
  exit 0
fi
/usr/bin/python3 -m venv --system-site-packages "$VENV"
# setuptools_scm: without it pygeoprocessing's sdist builds as version 0.0.0 and pip rejects it
"$VENV/bin/pip" install -q "cython<3.1" "numpy<2" "setuptools<69" wheel "setuptools_scm<8"
"$VENV/bin/pip" install -q --no-build-isolation pygeoprocessing==2.4.2
"$VENV/bin/pip" install -q --no-build-isolation natcap.invest==3.14.2
"$VENV/bin/python" -c "import natcap.invest; print('natcap.invest', natcap.invest.__version__)"
