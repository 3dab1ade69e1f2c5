#!/usr/bin/env bash
# Builds the seed corpora in fuzz/corpus/<target>/ (git-ignored) from the test fixtures
# (tests/NetworkMetrics.Tests/Fixtures/**, files up to 64 KiB, each under the format the
# registry detects for it), plus the hand-made seeds of fuzz/seeds/<target>/.
# Also writes fuzz/corpus/<target>.path: the entry paths the fixtures had, most common first
# (run.sh gives the first to the parser: some parsers read the file name).
# Usage: fuzz/make-corpus.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

dotnet build fuzz/NetworkMetrics.Fuzz/NetworkMetrics.Fuzz.csproj -c Release --nologo -v quiet >/dev/null
rm -rf fuzz/corpus
dotnet fuzz/NetworkMetrics.Fuzz/bin/Release/net10.0/NetworkMetrics.Fuzz.dll --make-corpus tests/NetworkMetrics.Tests/Fixtures fuzz/corpus
for seeds in fuzz/seeds/*/; do
  target="$(basename "$seeds")"
  mkdir -p "fuzz/corpus/$target"
  cp "$seeds"* "fuzz/corpus/$target/"
done

# Every target needs at least one seed: a target without fixtures starts from a single byte.
while read -r target _; do
  if [ ! -d "fuzz/corpus/$target" ] || [ -z "$(ls -A "fuzz/corpus/$target")" ]; then
    mkdir -p "fuzz/corpus/$target"
    printf '\n' > "fuzz/corpus/$target/empty-line"
  fi
done < <(dotnet fuzz/NetworkMetrics.Fuzz/bin/Release/net10.0/NetworkMetrics.Fuzz.dll --list)

for dir in fuzz/corpus/*/; do
  printf '%-36s %3d seeds\n' "$(basename "$dir")" "$(ls -A "$dir" | wc -l)"
done
