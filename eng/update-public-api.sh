#!/usr/bin/env bash
# Adds every public symbol the PublicApiAnalyzers reports as undeclared (RS0016) to
# src/NetworkMetrics/PublicAPI.Unshipped.txt, and removes the ones it reports as gone
# (RS0017). Review the diff: each line is a promise to the package's users.
set -euo pipefail
cd "$(dirname "$0")/.."
api=src/NetworkMetrics/PublicAPI.Unshipped.txt
log=$(mktemp)
dotnet build src/NetworkMetrics/NetworkMetrics.csproj -c Release -f net10.0 -p:TreatWarningsAsErrors=false >"$log" 2>&1 || true
python3 - "$log" "$api" <<'PY'
import re, sys
log, api = sys.argv[1], sys.argv[2]
text = open(log, encoding='utf-8').read()
add = set(re.findall(r"RS0016: Symbol '(.+?)' is not part of the declared public API", text))
remove = set(re.findall(r"RS0017: Symbol '(.+?)' is part of the declared API, but is either not public or could not be found", text))
lines = [l.rstrip('\n') for l in open(api, encoding='utf-8')]
header = [l for l in lines if l.startswith('#')] or ['#nullable enable']
body = {l for l in lines if l and not l.startswith('#')}
body = (body | add) - remove
open(api, 'w', encoding='utf-8').write('\n'.join(header + sorted(body)) + '\n')
print(f"added {len(add)}, removed {len(remove)}")
PY
rm -f "$log"
