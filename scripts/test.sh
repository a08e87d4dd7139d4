#!/usr/bin/env bash
# Runs every test of the project, from a fresh machine: creates the project virtualenv
# (.venv, from PyPI) when it is missing or stale, then the format and lint gates, then every
# test. `.ci/run` calls this script; so should you.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\n==> %s\n' "$*" >&2; }

ensure_venv() {
  local base=${PYEXEC_BOOTSTRAP_PYTHON:-/usr/bin/python3}
  local stamp=.venv/.requirements.sha256
  local want
  want=$(sha256sum requirements-test.txt | cut -d' ' -f1)
  if [ -x .venv/bin/python ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then
    return
  fi
  log "creating the project virtualenv (.venv) from $base"
  if ! "$base" -m venv --help >/dev/null 2>&1 || ! "$base" -c "import ensurepip" 2>/dev/null; then
    log "installing python3-venv"
    apt-get update -qq && apt-get install -y -qq python3-venv >/dev/null
  fi
  rm -rf .venv
  "$base" -m venv .venv
  .venv/bin/pip install --quiet --disable-pip-version-check -r requirements-test.txt
  echo "$want" > "$stamp"
}

# RabbitMQ and Redis, installed from Debian's packages and started when missing or stopped.
ensure_services() {
  local missing=()
  command -v rabbitmq-server >/dev/null 2>&1 || missing+=(rabbitmq-server)
  command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
  if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
    log "starting redis"
    # (In a directory that outlives this checkout: the restart test reloads from it.)
    redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no \
      --dir "${TMPDIR:-/tmp}" >/dev/null
  fi
  if ! rabbitmqctl -q status >/dev/null 2>&1; then
    log "starting rabbitmq"
    rabbitmq-server -detached >/dev/null 2>&1 || true
  fi
  # A node started with -detached registers with epmd a moment after the command returns;
  # until then await_startup fails at once ("not running at all"), so it is retried until
  # the deadline.
  local rabbit_deadline=$((SECONDS + 180))
  until rabbitmqctl -q await_startup --timeout 120 >/dev/null 2>&1; do
    if [ $SECONDS -ge $rabbit_deadline ]; then
      echo "rabbitmq did not start within 180 s" >&2
      rabbitmqctl status >&2 || true
      exit 1
    fi
    sleep 0.5
  done
  local redis_deadline=$((SECONDS + 30))
  until redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; do
    [ $SECONDS -lt $redis_deadline ] || { echo "redis did not start" >&2; exit 1; }
    sleep 0.2
  done
}

# bubblewrap, for the `bwrap` sandbox the exploit corpus (tests/exploits.rs) runs in.
ensure_bwrap() {
  if ! command -v bwrap >/dev/null 2>&1; then
    log "installing bubblewrap"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq bubblewrap >/dev/null
  fi
}

ensure_venv
ensure_services
ensure_bwrap
export PYEXEC_TEST_PYTHON="$PWD/.venv/bin/python"

log "cargo fmt --check"
cargo fmt --all -- --check

log "cargo clippy --all-targets -- -D warnings"
cargo clippy --all-targets --quiet -- -D warnings

log "cargo test"
mkdir -p target
cargo test --quiet 2>&1 | tee target/test-output.txt

log "pyexec run on the example request (the README's first command)"
cargo run --quiet -- run --request examples/request.json --json > target/example-outcome.json
.venv/bin/python - <<'PY'
import json
outcome = json.load(open("target/example-outcome.json"))
assert outcome["status"] == "completed", outcome
assert outcome["result"]["execution_result"]["results"]["value"] == 42, outcome
print("example run completed: value =", outcome["result"]["execution_result"]["results"]["value"])
PY

# One closing line for the whole suite, summed over every test binary.
awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i) ~ /^passed/) p += $(i-1); if ($(i) ~ /^failed/) f += $(i-1) } }
     END { printf "tests: %d passed, %d failed\n", p, f }' target/test-output.txt
