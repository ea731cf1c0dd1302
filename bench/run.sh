#!/usr/bin/env bash
# postman2java benchmark: our CLI side by side with quicktype and postman2openapi + OpenAPI
# Generator, then JMH stage benchmarks. See bench/README.md.
#
#   bench/run.sh            full run (GitHub v3, synthetic 1,000 and 5,000; ~20 min on 2 cores)
#   bench/run.sh --quick    GitHub v3 and synthetic 100, fewer runs, short JMH (~4 min)
#
# Options: --runs N (rounds per input, default 3; quick 2), --no-jmh, --no-compare,
#          --timeout S (per step, default 300), --inputs github,synthetic-1000,...,
#          --large-from N (synthetic inputs of N+ requests run the peers in round 1 only; 5000)
# Everything it installs goes under bench/ (node_modules, tools/, work/), nothing global,
# except GNU time from Debian's packages when /usr/bin/time is missing.
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
WORK="$BENCH/work"
CORPUS="${CORPUS_DIR:-$ROOT/../shared/corpus}"
OAG_VERSION=7.25.0
OAG_JAR="$BENCH/tools/openapi-generator-cli-$OAG_VERSION.jar"
BUILT_CLI_JAR="$ROOT/generator-core/target/postman2java-cli.jar"
CLI_JAR="$BENCH/work/postman2java-cli.jar"  # a private copy: a concurrent build can't touch it
BENCH_JAR="$BENCH/target/benchmarks.jar"
PKG=com.example.api

quick=0; runs=""; jmh=1; compare=1; timeout_s=300; inputs=""; large_from=5000
while [[ $# -gt 0 ]]; do
  case "$1" in
    --quick) quick=1 ;;
    --runs) runs="$2"; shift ;;
    --no-jmh) jmh=0 ;;
    --no-compare) compare=0 ;;
    --timeout) timeout_s="$2"; shift ;;
    --inputs) inputs="$2"; shift ;;
    --large-from) large_from="$2"; shift ;;
    -h|--help) sed -n '2,12p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
if [[ $quick == 1 ]]; then
  runs="${runs:-2}"; inputs="${inputs:-github,synthetic-100}"
else
  runs="${runs:-3}"; inputs="${inputs:-github,synthetic-1000,synthetic-5000}"
fi

log() { printf '[bench] %s\n' "$*" >&2; }

# ---- prerequisites ----------------------------------------------------------------------------
peers_tools=""; [[ $compare == 1 ]] && peers_tools="node npm"
for tool in java mvn $peers_tools; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is required" >&2; exit 1; }
done
if [[ ! -x /usr/bin/time ]]; then
  log "installing GNU time (Debian package 'time') for wall time and peak RSS"
  if [[ $(id -u) == 0 ]]; then apt-get install -y -q time >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q time >/dev/null; }
  else sudo apt-get install -y -q time >/dev/null; fi
fi

log "building generator-core (mvn install, tests skipped) and the benchmark jar"
(cd "$ROOT" && mvn -B -q install -Dmaven.test.skip=true -pl generator-core -am)
(cd "$BENCH" && mvn -B -q package -DskipTests)
mkdir -p "$WORK"
cp "$BUILT_CLI_JAR" "$CLI_JAR"
if ! java -jar "$CLI_JAR" --version >/dev/null 2>&1; then
  log "the CLI jar is unreadable (a concurrent build?); building it once more"
  (cd "$ROOT" && mvn -B -q install -Dmaven.test.skip=true -pl generator-core -am)
  cp "$BUILT_CLI_JAR" "$CLI_JAR"
  java -jar "$CLI_JAR" --version >/dev/null
fi
log "measuring $(java -jar "$CLI_JAR" --version) from $(cd "$ROOT" && git rev-parse --short HEAD)$(cd "$ROOT" && git diff --quiet HEAD -- generator-core || echo ' + uncommitted changes in generator-core')"

mkdir -p "$WORK/collections" "$WORK/out" "$WORK/times"

# ---- inputs -----------------------------------------------------------------------------------
declare -a names=() files=()
IFS=, read -r -a wanted <<<"$inputs"
for name in "${wanted[@]}"; do
  case "$name" in
    github)
      f="$CORPUS/github-v3-rest.postman_collection.json"
      if [[ -f "$f" ]]; then names+=(github); files+=("$f")
      else log "skipping github: $f not found"; fi ;;
    synthetic-*)
      n="${name#synthetic-}"
      f="$WORK/collections/synthetic-$n.postman_collection.json"
      [[ -f "$f" ]] || java -cp "$BENCH_JAR" io.github.postman2java.bench.SyntheticCollection "$n" "$f" >&2
      names+=("$name"); files+=("$f") ;;
    *) echo "unknown input $name" >&2; exit 2 ;;
  esac
done

# ---- whole-process comparison -----------------------------------------------------------------
# One measured step: time_step <timesfile> <command...>; appends "wall_s<TAB>rss_kb<TAB>exit".
time_step() {
  local out="$1"; shift
  local t; t="$(mktemp)"
  local rc=0
  /usr/bin/time -f '%e	%M' -o "$t" timeout "$timeout_s" "$@" >>"$out.log" 2>&1 || rc=$?
  # GNU time prints "Command exited with non-zero status N" before the numbers on failure.
  printf '%s\t%s\n' "$(tail -n 1 "$t")" "$rc" >>"$out"
  rm -f "$t"
  return 0
}

count_java() { # files and lines of the .java files under $1
  local dir="$1"
  if [[ ! -d "$dir" ]]; then echo "0	0"; return; fi
  local nfiles nlines
  nfiles=$(find "$dir" -type f -name '*.java' | wc -l)
  nlines=$( (find "$dir" -type f -name '*.java' -print0 | xargs -0 -r cat) | wc -l)
  printf '%s\t%s\n' "$nfiles" "$nlines"
}

# run_tool <tool> <input-name> <file> <round>: one run, one result line in $RESULTS.
run_tool() {
  local tool="$1" name="$2" file="$3" round="$4"
  local out="$WORK/out/$tool-$name"
  local tf="$WORK/times/$tool-$name-$round"
  rm -rf "$out" "$tf" "$tf.log"
  local load; load="$(cut -d' ' -f1 /proc/loadavg)"   # 1-minute load before the run
  case "$tool" in
    postman2java)
      time_step "$tf" java -jar "$CLI_JAR" generate "$file" --package "$PKG" --output "$out" ;;
    floor)
      time_step "$tf" java -cp "$BENCH_JAR" io.github.postman2java.bench.Floor "$file" ;;
    quicktype)
      time_step "$tf" node "$BENCH/peers/quicktype-run.mjs" "$file" "$out" "$PKG" ;;
    openapi-generator)
      mkdir -p "$out"
      time_step "$tf" node "$BENCH/peers/postman2openapi-run.cjs" "$file" "$out/openapi.json"
      if [[ "$(tail -n 1 "$tf" | cut -f3)" == 0 ]]; then
        time_step "$tf" java -jar "$OAG_JAR" generate -g java --library native \
          -i "$out/openapi.json" -o "$out/client" --package-name "$PKG" \
          --api-package "$PKG" --model-package "$PKG.model" --invoker-package "$PKG.invoker" \
          --global-property apiTests=false,modelTests=false,apiDocs=false,modelDocs=false \
          --skip-validate-spec
      fi ;;
  esac
  # Steps add up: wall = sum, peak RSS = max, exit = first non-zero.
  local wall rss rc counts
  wall=$(awk -F'\t' '{s+=$1} END {printf "%.2f", s}' "$tf")
  rss=$(awk -F'\t' '$2>m {m=$2} END {print m+0}' "$tf")
  rc=$(awk -F'\t' '$3!=0 && r=="" {r=$3} END {print (r==""?0:r)}' "$tf")
  counts=$(count_java "$out")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$tool" "$round" "$wall" "$rss" "$rc" "$counts" \
    "$load" >>"$RESULTS"
  log "$(printf '%-16s %-18s round %s: %6ss %6s MiB exit %s (load %s)' "$name" "$tool" "$round" \
    "$wall" "$((rss / 1024))" "$rc" "$load")"
}

# --no-compare measures our CLI and the floor only (it used to skip every measurement).
tools=(postman2java)
if [[ $compare == 1 ]]; then
  log "installing peers into bench/ (npm ci; OpenAPI Generator CLI $OAG_VERSION from Maven Central)"
  (cd "$BENCH" && { [[ -d node_modules/quicktype-core && -d node_modules/postman2openapi ]] \
    || npm ci --no-audit --no-fund --loglevel=error >&2; })
  if [[ ! -f "$OAG_JAR" ]]; then
    mkdir -p "$BENCH/tools"
    mvn -B -q dependency:copy -Dartifact="org.openapitools:openapi-generator-cli:$OAG_VERSION" \
      -DoutputDirectory="$BENCH/tools"
  fi
  tools=(postman2java quicktype openapi-generator)
fi

{
  RESULTS="$WORK/results.tsv"
  printf 'input\ttool\tround\twall_s\trss_kb\texit\tjava_files\tjava_lines\tload1\n' >"$RESULTS"
  for i in "${!names[@]}"; do
    for ((r = 1; r <= runs; r++)); do
      # Alternate: each round starts with a different tool.
      for ((k = 0; k < ${#tools[@]}; k++)); do
        t="${tools[$(((k + r - 1) % ${#tools[@]}))]}"
        # The peers take minutes on the largest inputs: there they run in the first round only.
        if [[ $t != postman2java && $r -gt 1 && ${names[$i]} =~ ^synthetic-([0-9]+)$ ]] \
          && ((BASH_REMATCH[1] >= large_from)); then continue; fi
        run_tool "$t" "${names[$i]}" "${files[$i]}" "$r"
      done
      run_tool floor "${names[$i]}" "${files[$i]}" "$r"
    done
  done

  # ---- the table ------------------------------------------------------------------------------
  TABLE="$WORK/results.md"
  awk -F'\t' -v runs="$runs" -v timeout="$timeout_s" '
    function median(list,   n, a, i, j, t) {
      n = split(list, a, " ")
      for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
      return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    NR == 1 { next }
    {
      key = $1 SUBSEP $2
      if (!(key in seen)) { seen[key] = 1; order[++n] = key }
      if (!($1 in inseen)) { inseen[$1] = 1; inputs[++ni] = $1 }
      if ($6 == 0) { ok[key] = ok[key] " " $4; if ($5 > rss[key]) rss[key] = $5; files[key] = $7; lines[key] = $8 }
      else { fail[key] = $6; if ($4 > failwall[key]) failwall[key] = $4 }
    }
    END {
      print "| input | tool | median wall s | peak RSS MiB | .java files | .java lines | time ÷ ours |"
      print "|---|---|---:|---:|---:|---:|---:|"
      for (i = 1; i <= ni; i++) {
        in_ = inputs[i]
        ours = (in_ SUBSEP "postman2java") in ok ? median(ok[in_ SUBSEP "postman2java"]) : 0
        split("postman2java quicktype openapi-generator floor", ts, " ")
        for (k = 1; k <= 4; k++) {
          key = in_ SUBSEP ts[k]
          if (!(key in seen)) continue
          label = ts[k] == "openapi-generator" ? "postman2openapi + OpenAPI Generator" : ts[k] == "floor" ? "floor (JVM + Jackson parse)" : ts[k] == "quicktype" ? "quicktype (library, models only)" : "postman2java CLI"
          if (key in ok) {
            m = median(ok[key])
            ratio = ours > 0 ? sprintf("%.2f×", m / ours) : "-"
            note = (key in fail) ? " (some runs failed)" : ""
            nr = split(ok[key], tmp, " ")
            printf "| %s | %s | %.2f%s (n=%d) | %d | %d | %d | %s |\n", in_, label, m, note, nr, rss[key] / 1024, files[key], lines[key], ratio
          } else {
            # A timed-out run: its wall time (all steps, the last cut at --timeout) is a lower bound.
            what = fail[key] == 124 ? sprintf("timed out (> %.0f s)", failwall[key]) : "failed (exit " fail[key] ")"
            printf "| %s | %s | %s | - | - | - | %s |\n", in_, label, what, (fail[key] == 124 && ours > 0) ? sprintf("> %.0f×", failwall[key] / ours) : "-"
          }
        }
      }
    }' "$RESULTS" >"$TABLE"
  echo
  echo "Whole-process comparison ($runs alternating rounds per input, peers once on synthetic-$large_from+;"
  echo "$(nproc) cores, $(java -version 2>&1 | head -1), node $(node --version 2>/dev/null || echo -), $(date -u +%Y-%m-%d);"
  echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)):"
  echo
  cat "$TABLE"
  echo
  echo "(raw runs: $RESULTS; per-run logs: $WORK/times/)"
}

# ---- JMH stage benchmarks ---------------------------------------------------------------------
if [[ $jmh == 1 ]]; then
  jmh_inputs="$(IFS=,; echo "${names[*]}")"
  [[ $quick == 1 ]] || jmh_inputs="github,synthetic-100,synthetic-1000,synthetic-5000"
  log "JMH stage benchmarks on $jmh_inputs"
  jmh_args=(--inputs "$jmh_inputs" --json "$WORK/jmh.json")
  [[ $quick == 1 ]] && jmh_args=(--quick "${jmh_args[@]}")
  (cd "$BENCH" && java -jar "$BENCH_JAR" "${jmh_args[@]}" | tee "$WORK/jmh.txt" | grep -E '^(Benchmark|StageBenchmarks|skipping)')
fi
