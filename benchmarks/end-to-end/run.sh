#!/usr/bin/env bash
# End to end: `netmetrics inspect` over a ~400 MB synthetic export set, as a fresh process,
# against the plain Python script beside this file (json + csv modules), three runs each in
# one sitting; prints the medians of wall time and peak memory (GNU time's maximum RSS).
# Usage: benchmarks/end-to-end/run.sh [DIR] [scale]   (DIR defaults to a temp folder; scale 1)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
dir=${1:-${TMPDIR:-/tmp}/netmetrics-e2e}
scale=${2:-1}
cd "$root"
dotnet build src/NetworkMetrics.Cli -c Release -v q -nologo >/dev/null
if [ ! -f "$dir/.complete-$scale" ]; then
  rm -rf "$dir" && mkdir -p "$dir"
  dotnet run -c Release --project benchmarks/NetworkMetrics.Benchmarks -- generate "$dir" "$scale"
  touch "$dir/.complete-$scale"
fi
echo "export set: $(du -sh "$dir" | cut -f1) in $(find "$dir" -type f | wc -l) files"
cli="src/NetworkMetrics.Cli/bin/Release/net10.0/netmetrics.dll"
measure() { # label, command...
  local label=$1; shift
  for i in 1 2 3; do
    /usr/bin/time -f "%e %M" -o /tmp/netmetrics-e2e-time "$@" > "/tmp/netmetrics-e2e-$label.json"
    echo "$label run $i: $(cat /tmp/netmetrics-e2e-time) (seconds, peak KB)"
    cat /tmp/netmetrics-e2e-time >> "/tmp/netmetrics-e2e-$label.times"
  done
}
rm -f /tmp/netmetrics-e2e-*.times
measure netmetrics dotnet "$cli" inspect "$dir/linkedin" "$dir/facebook" "$dir/twitter" --json
measure python python3 benchmarks/end-to-end/inspect_reference.py "$dir/linkedin" "$dir/facebook" "$dir/twitter"
python3 - <<'PY'
import json, statistics
def med(label):
    rows = [tuple(map(float, l.split())) for l in open(f"/tmp/netmetrics-e2e-{label}.times")]
    return statistics.median(r[0] for r in rows), statistics.median(r[1] for r in rows) / 1024
n_t, n_m = med("netmetrics"); p_t, p_m = med("python")
print(f"median netmetrics: {n_t:.2f} s, {n_m:.0f} MB peak; python: {p_t:.2f} s, {p_m:.0f} MB peak; speed-up {p_t / n_t:.1f}x")
ours = json.load(open("/tmp/netmetrics-e2e-netmetrics.json"))["platforms"]
theirs = json.load(open("/tmp/netmetrics-e2e-python.json"))
for platform, counts in theirs.items():
    for key, value in counts.items():
        mine = ours[platform][key]
        print(f"{platform}.{key}: netmetrics {mine}, python {value}{'' if mine == value else '  <-- differs'}")
PY
