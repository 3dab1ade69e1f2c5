#!/usr/bin/env bash
# Fuzzes one target with AFL++ and SharpFuzz (docs/fuzzing.md).
# Usage: fuzz/run.sh <target> [seconds]        (fuzz/run.sh --list shows the targets)
# Environment:
#   FUZZ_PATH=<entry path>   the file name the parser sees (default: first line of fuzz/corpus/<target>.path)
#   FUZZ_NO_BUILD=1          reuse the instrumented build in fuzz/out/bin
#   FUZZ_RESUME=1            continue the previous run in fuzz/out/<target> instead of starting afresh
#   FUZZ_INSTRUMENT="NetworkMetrics.dll CsvHelper.dll"   the assemblies to instrument
# Findings: fuzz/out/<target>/default/{crashes,hangs}; they are replayed at the end.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export PATH="$PATH:$HOME/.dotnet/tools"

bin="$root/fuzz/out/bin"
harness="$bin/NetworkMetrics.Fuzz.dll"
if [ "${1:-}" = "--list" ] || [ $# -lt 1 ]; then
  dotnet build fuzz/NetworkMetrics.Fuzz/NetworkMetrics.Fuzz.csproj -c Release --nologo -v quiet >/dev/null
  dotnet fuzz/NetworkMetrics.Fuzz/bin/Release/net10.0/NetworkMetrics.Fuzz.dll --list
  exit 0
fi
target="$1"
seconds="${2:-600}"

command -v afl-fuzz >/dev/null || { echo "afl-fuzz not found: apt-get install -y afl++" >&2; exit 2; }
command -v sharpfuzz >/dev/null || { echo "sharpfuzz not found: dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0" >&2; exit 2; }

if [ "${FUZZ_NO_BUILD:-}" != "1" ] || [ ! -f "$harness" ]; then
  # A fresh publish every time: sharpfuzz instruments in place and must not see an instrumented assembly twice.
  rm -rf "$bin"
  dotnet publish fuzz/NetworkMetrics.Fuzz/NetworkMetrics.Fuzz.csproj -c Release -o "$bin" --nologo -v quiet >/dev/null
  for assembly in ${FUZZ_INSTRUMENT:-NetworkMetrics.dll CsvHelper.dll System.Formats.Cbor.dll}; do
    echo "instrumenting $assembly"
    sharpfuzz "$bin/$assembly"
  done
fi

[ -d fuzz/corpus ] || fuzz/make-corpus.sh
corpus="fuzz/corpus/$target"
[ -d "$corpus" ] || { echo "no corpus for '$target' (fuzz/make-corpus.sh; fuzz/run.sh --list)" >&2; exit 2; }
path="${FUZZ_PATH:-}"
if [ -z "$path" ] && [ -f "fuzz/corpus/$target.path" ]; then
  path="$(head -n 1 "fuzz/corpus/$target.path")"
fi
args=("$target")
[ -n "$path" ] && args+=(--path "$path")

dict=""
case "$target:$path" in
  json-reader:*|*.json|*.js) dict="fuzz/dictionaries/json.dict" ;;
  *.csv) dict="fuzz/dictionaries/csv.dict" ;;
  *.vcf) dict="fuzz/dictionaries/vcard.dict" ;;
esac
dict_args=()
[ -n "$dict" ] && dict_args=(-x "$dict")

out="fuzz/out/$target"
input=(-i "$corpus")
if [ "${FUZZ_RESUME:-}" = "1" ] && [ -d "$out/default" ]; then
  input=(-i -)
else
  rm -rf "$out"
fi
mkdir -p "$out"

echo "fuzzing $target for $seconds s (entry path: ${path:-none}, dictionary: ${dict:-none})"
# .NET is not instrumented like a C binary: skip AFL's binary checks; no UI in a non-terminal;
# the machine's core_pattern may pipe cores elsewhere; dotnet needs time to start the fork server.
AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 \
AFL_FORKSRV_INIT_TMOUT=60000 AFL_NO_AFFINITY=1 AFL_SHUFFLE_QUEUE=0 \
  afl-fuzz "${input[@]}" -o "$out" -t 10000 -m none "${dict_args[@]}" -V "$seconds" -- dotnet "$harness" "${args[@]}" \
  > "$out/afl.log" 2>&1 || { tail -n 40 "$out/afl.log" >&2; exit 1; }

stats="$out/default/fuzzer_stats"
grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|corpus_found|bitmap_cvg|saved_crashes|saved_hangs|stability) ' "$stats"

status=0
for kind in crashes hangs; do
  if [ -n "$(ls -A "$out/default/$kind" 2>/dev/null | grep -v README.txt || true)" ]; then
    echo "== replaying $kind"
    dotnet "$harness" "${args[@]}" --replay "$out/default/$kind" --timeout 20 || status=1
  fi
done
exit $status
