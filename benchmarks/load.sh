#!/usr/bin/env bash
# The load benchmark, one command: builds the server and benchmark jars if needed, installs wrk and
# h2load if missing (Debian), then runs every scenario against the server and the limit reference on
# loopback and prints the table (also written to benchmarks/results/latest.md).
#   benchmarks/load.sh                 # full run: 30 s of each scenario first (C2 settles slowly
#                                      # on 2 cores), then 20 s warm-up and 15 s measured each
#   benchmarks/load.sh --quick         # 5 s of each scenario first, 2 s warm-up, 5 s per measurement
#   benchmarks/load.sh --soak 300      # adds 5 minutes of AssumeRole at 64 connections, RSS sampled
#   benchmarks/load.sh --postgres      # adds (a)-(c) on the PostgreSQL store (embedded PostgreSQL)
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -f server/target/sts-server.jar || ! -f benchmarks/target/benchmarks.jar || "${REBUILD:-}" == 1 ]]; then
  mvn -B -q -Pbenchmarks -DskipTests package
fi
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v h2load >/dev/null || missing+=(nghttp2-client)
if (( ${#missing[@]} )); then
  if [[ $(id -u) == 0 ]]; then apt-get install -y -q "${missing[@]}" >/dev/null; else sudo apt-get install -y -q "${missing[@]}" >/dev/null; fi
fi
exec python3 benchmarks/load/run_load.py "$@"
