#!/usr/bin/env bash
# Runs `pyexec bench` against a local Jupyter Kernel Gateway: starts the gateway from the
# project virtualenv (.venv, see scripts/test.sh) with the shipped deploy/jupyter
# configuration on a free loopback port, waits until it answers, runs the bench with
# PYEXEC_JUPYTER_URL pointing at it, and stops the gateway (and its kernels) at the end.
# Extra arguments go to `pyexec bench` (e.g. --runs 50).
set -euo pipefail
cd "$(dirname "$0")/.."

venv=${PYEXEC_VENV:-.venv}
gateway="$venv/bin/jupyter-kernelgateway"
if [ ! -x "$gateway" ]; then
  echo "$gateway not found: create the virtualenv with scripts/test.sh (or pip install -r requirements-test.txt)" >&2
  exit 1
fi

work=$(mktemp -d)
port=$("$venv/bin/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# A copy of the shipped config: jupyter_core writes a `migrated` marker into its config dir.
mkdir -p "$work/config"
cp deploy/jupyter/jupyter_kernel_gateway_config.py "$work/config/"
JUPYTER_CONFIG_DIR="$work/config" JUPYTER_RUNTIME_DIR="$work/runtime" \
  setsid "$gateway" --ip=127.0.0.1 --port="$port" >"$work/gateway.log" 2>&1 &
gateway_pid=$!
stop() {
  kill -TERM -- "-$gateway_pid" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$gateway_pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL -- "-$gateway_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap stop EXIT

url="http://127.0.0.1:$port"
deadline=$((SECONDS + 60))
until "$venv/bin/python" -c "import urllib.request, sys; urllib.request.urlopen(sys.argv[1] + '/api/kernels', timeout=2)" "$url" 2>/dev/null; do
  if [ $SECONDS -ge $deadline ]; then
    echo "the gateway did not answer within 60 s:" >&2
    cat "$work/gateway.log" >&2
    exit 1
  fi
  sleep 0.1
done

export PYEXEC_JUPYTER_URL="$url"
export PYEXEC_PYTHON="${PYEXEC_PYTHON:-$PWD/$venv/bin/python}"
export PYEXEC_DATA_DIR="${PYEXEC_DATA_DIR:-$work/data}"
cargo run --release --quiet -- bench "$@"
