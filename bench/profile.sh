#!/usr/bin/env bash
# Profiles one CLI run per input with JFR and summarises it (bench/PROFILE.md explains).
#   bench/profile.sh [input ...]     inputs: github (default) synthetic-5000 (default) synthetic-N
# Needs bench/run.sh to have built bench/work/postman2java-cli.jar and bench/target/benchmarks.jar
# (or run it with --build). Output: bench/work/profile/<input>.jfr and .txt.
set -euo pipefail
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
WORK="$BENCH/work"
CORPUS="${CORPUS_DIR:-$ROOT/../shared/corpus}"
if [[ "${1:-}" == --build ]]; then
  shift
  (cd "$ROOT" && mvn -B -q install -Dmaven.test.skip=true -pl generator-core -am)
  (cd "$BENCH" && mvn -B -q package -DskipTests)
  mkdir -p "$WORK" && cp "$ROOT/generator-core/target/postman2java-cli.jar" "$WORK/postman2java-cli.jar"
fi
[[ $# -gt 0 ]] || set -- github synthetic-5000
mkdir -p "$WORK/profile"
for name in "$@"; do
  case "$name" in
    github) f="$CORPUS/github-v3-rest.postman_collection.json"
      [[ -f "$f" ]] || { echo "skipping github: $f not found" >&2; continue; } ;;
    synthetic-*) n="${name#synthetic-}"; f="$WORK/collections/synthetic-$n.postman_collection.json"
      [[ -f "$f" ]] || java -cp "$BENCH/target/benchmarks.jar" io.github.postman2java.bench.SyntheticCollection "$n" "$f" ;;
    *) echo "unknown input $name" >&2; exit 2 ;;
  esac
  out="$WORK/profile/out-$name"; rm -rf "$out"
  /usr/bin/time -f "$name: %e s wall, %M KiB peak RSS" \
    java -XX:FlightRecorderOptions:stackdepth=1024 \
      -XX:StartFlightRecording=filename="$WORK/profile/$name.jfr",settings=profile \
      -jar "$WORK/postman2java-cli.jar" generate "$f" --package com.example.api --output "$out" \
      >/dev/null 2>"$WORK/profile/$name.err" || { tail -3 "$WORK/profile/$name.err"; exit 1; }
  tail -n 1 "$WORK/profile/$name.err" | tee "$WORK/profile/$name.txt"
  java -cp "$BENCH/target/benchmarks.jar" io.github.postman2java.bench.JfrTop \
    "$WORK/profile/$name.jfr" 15 | tee -a "$WORK/profile/$name.txt"
done
