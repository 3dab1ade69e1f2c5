#!/usr/bin/env bash
# Fuzzes several targets one after the other (one afl-fuzz at a time), and appends one line
# per target to fuzz/out/summary.tsv with the numbers of its fuzzer_stats.
# Usage: fuzz/run-all.sh <seconds per target> [target[:seconds]...]     (no target: every target but selftest)
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
seconds="${1:-300}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  mapfile -t targets < <(fuzz/run.sh --list | awk '$1 != "selftest" { print $1 }')
fi

fuzz/make-corpus.sh >/dev/null
built=0
summary=fuzz/out/summary.tsv
mkdir -p fuzz/out
[ -f "$summary" ] || printf 'target\tseconds\texecs_done\texecs_per_sec\tcorpus_count\tcorpus_found\tedges_found\tbitmap_cvg\tsaved_crashes\tsaved_hangs\n' > "$summary"
for spec in "${targets[@]}"; do
  target="${spec%%:*}"
  run_seconds="$seconds"
  [ "$spec" != "$target" ] && run_seconds="${spec#*:}"
  if [ $built -eq 1 ]; then export FUZZ_NO_BUILD=1; fi
  fuzz/run.sh "$target" "$run_seconds" > "fuzz/out/$target.run.log" 2>&1
  status=$?
  built=1
  stats="fuzz/out/$target/default/fuzzer_stats"
  if [ -f "$stats" ]; then
    get() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats"; }
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$target" "$(get run_time)" "$(get execs_done)" "$(get execs_per_sec)" \
      "$(get corpus_count)" "$(get corpus_found)" "$(get edges_found)" "$(get bitmap_cvg)" "$(get saved_crashes)" "$(get saved_hangs)" >> "$summary"
  fi
  echo "$target: exit $status ($(tail -n 1 "fuzz/out/$target.run.log"))"
done
