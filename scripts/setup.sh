#!/usr/bin/env bash
# Installs what argmap needs (Debian packages), configures and builds it in build/.
# As root, missing packages are installed with apt-get; otherwise the exact
# install line is printed and the script stops. Sourced by examples.sh and test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(cmake g++ make pkg-config libboost-graph-dev libre2-dev nlohmann-json3-dev doctest-dev liblinear-dev
          libxml2-dev libcld2-dev libicu-dev libqpdf-dev libcsv-dev libxlsxwriter-dev
          graphviz python3)
# Test-only: python3-networkx reads the GraphML export back (tests/graphml_test.cc).
packages+=(python3-networkx)
# The Python module (python/, docs/python.md): pybind11 and the headers to build it.
packages+=(pybind11-dev python3-dev)
# Test-only: openpyxl reads back the workbook of compare --format xlsx (tests/compare_cli_test.cc).
packages+=(python3-openpyxl)
# Test-only: pytest runs the module's tests (python/tests); pandas is what Comparison.matrix() returns.
packages+=(python3-pytest python3-pandas)
# Test-only: jupyter nbconvert runs examples/notebook.ipynb in a python3 kernel (python/tests/test_notebook.py).
packages+=(jupyter-nbconvert python3-ipykernel)
# Test-only: npm installs @argdown/cli, which parses the Argdown export (scripts/test-tools.sh);
# Debian's npm only when no npm is on the PATH.
command -v npm >/dev/null 2>&1 || packages+=(npm)
# Test-only: headless chromium clicks through the HTML viewer (tests/html_viewer_test.cc);
# a CJK font so PNG, PDF and screenshots draw CJK titles (docs/rendering.md).
packages+=(chromium fonts-wqy-microhei)
# scripts/fuzz.sh: `setup.sh --fuzz` installs clang and its libFuzzer runtime too, and builds nothing.
fuzz=0
if [ "${1:-}" = --fuzz ]; then
  fuzz=1
  packages+=(clang libclang-rt-14-dev)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  if [ "$(id -u)" = 0 ]; then
    echo "argmap: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "argmap: missing packages; install them with:"
    echo "  sudo apt-get install -y ${missing[*]}"
    exit 1
  fi
fi

if ((fuzz)); then exit 0; fi

jobs=$(nproc 2>/dev/null || echo 2)
# The Python module is built for Debian's interpreter, the one the packages above
# (pybind11-dev, python3-pytest, python3-pandas) serve, even when another python3
# (pyenv, a virtualenv) comes first on the PATH; pip builds it for any other
# interpreter (docs/python.md).
python=()
[ -x /usr/bin/python3 ] && python=(-DPython3_EXECUTABLE=/usr/bin/python3)
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo "${python[@]}" >/dev/null
cmake --build build -j "$jobs"
