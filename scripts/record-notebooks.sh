#!/bin/sh
# Re-records the example notebooks' outputs with a real Jupyter kernel
# (CPython 3.11 + ipykernel + nbclient; on Debian 12: apt-get install
# jupyter-nbconvert python3-nbclient python3-ipykernel python3-nbformat).
# examples/notebooks/build.py writes the notebooks without outputs; nbconvert
# --execute fills them in. Usage: scripts/record-notebooks.sh [NAME...]
set -eu
cd "$(dirname "$0")/../examples/notebooks"
PY=${PYTHON:-/usr/bin/python3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# a kernel spec of our own, so that nothing needs installing system-wide
"$PY" -m ipykernel install --prefix "$tmp/k" >/dev/null 2>&1
export JUPYTER_PATH="$tmp/k/share/jupyter"
"$PY" build.py "$tmp" >/dev/null
for nb in "$tmp"/*.ipynb; do
	name=$(basename "$nb" .ipynb)
	if [ $# -gt 0 ] && ! echo " $* " | grep -q " $name "; then
		continue
	fi
	echo "recording $name"
	PYDEVD_DISABLE_FILE_VALIDATION=1 "$PY" -Xfrozen_modules=off -m jupyter nbconvert --to notebook --execute --allow-errors \
		--ExecutePreprocessor.kernel_name=python3 --ExecutePreprocessor.timeout=120 \
		--output-dir . "$nb" 2>/dev/null
done
