#!/usr/bin/env bash
# Runs the example scripts (examples/*.cs, .NET file-based apps) against the freshly packed package, as a
# user would: each is copied outside the repository (so that no Directory.*.props of ours applies: the SDK's
# default settings for file-based apps, native AOT analysis included), its `#:package NetworkMetrics@…` set to
# the packed version, restored from the local feed, built (any IL2xxx/IL3xxx trimming or AOT warning fails),
# and run on small synthetic exports.
#
# Usage: .ci/examples.sh <feed folder> <version>   (called by .ci/install-check.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
feed=$1
version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export NUGET_PACKAGES="$work/packages"

cat >"$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="networkmetrics-ci" value="$feed" />
  </packageSources>
</configuration>
XML

# Inputs: an older (2021 generation) and a newer (2024 generation) LinkedIn export of partly the same people,
# and a follower count kept by hand.
mkdir -p "$work/data/Basic_LinkedInDataExport_01-10-2021" "$work/data/Basic_LinkedInDataExport_12-01-2025"
printf 'Notes:\r\n"When exporting your connection data, you may notice that some of the email addresses are missing."\r\n\r\nFirst Name,Last Name,Email Address,Company,Position,Connected On\r\nAda,Quill,,Co,Eng,02 Jan 2020\r\nBruno,Sato,bruno@example.com,Co,Eng,03 Jan 2020\r\nCleo,Marsh,,Co,Eng,04 Jan 2020\r\n' \
  >"$work/data/Basic_LinkedInDataExport_01-10-2021/Connections.csv"
printf 'Notes:\r\n"When exporting your connection data, you may notice that some of the email addresses are missing."\r\n\r\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\r\nAda,Quill,https://www.linkedin.com/in/ada-quill,,Co,Eng,02 Feb 2025\r\nBruno,Sato,https://www.linkedin.com/in/bruno-sato,bruno@example.com,Co,Eng,03 Feb 2025\r\nDara,Okon,https://www.linkedin.com/in/dara-okon,,Co,Eng,04 Feb 2025\r\n' \
  >"$work/data/Basic_LinkedInDataExport_12-01-2025/Connections.csv"
# Messages in the newer export, for the score: Bruno writes and gets answers; Dara writes once and waits.
printf 'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT,IS CONVERSATION DRAFT\r\nc-1,,Bruno Sato,https://www.linkedin.com/in/bruno-sato,Robin Vale,https://www.linkedin.com/in/robin-vale,2025-11-20 10:00:00 UTC,,hi,INBOX,No,No\r\nc-1,,Robin Vale,https://www.linkedin.com/in/robin-vale,Bruno Sato,https://www.linkedin.com/in/bruno-sato,2025-11-20 11:00:00 UTC,,hello,INBOX,No,No\r\nc-1,,Bruno Sato,https://www.linkedin.com/in/bruno-sato,Robin Vale,https://www.linkedin.com/in/robin-vale,2025-11-27 09:00:00 UTC,,lunch?,INBOX,No,No\r\nc-1,,Robin Vale,https://www.linkedin.com/in/robin-vale,Bruno Sato,https://www.linkedin.com/in/bruno-sato,2025-11-27 09:30:00 UTC,,yes,INBOX,No,No\r\nc-2,,Dara Okon,https://www.linkedin.com/in/dara-okon,Robin Vale,https://www.linkedin.com/in/robin-vale,2025-11-29 08:00:00 UTC,,a question,INBOX,No,No\r\n' \
  >"$work/data/Basic_LinkedInDataExport_12-01-2025/messages.csv"
printf 't,count\n0,0\n7,40\n14,75\n21,104\n28,128\n35,147\n42,162\n49,174\n56,183\n63,190\n70,195\n' >"$work/data/counts.csv"

declare -A arguments=(
  [who-came-back]="$work/data/Basic_LinkedInDataExport_01-10-2021 $work/data/Basic_LinkedInDataExport_12-01-2025"
  [fit-my-follower-counts]="$work/data/counts.csv 150"
  [score-my-linkedin]="$work/data/Basic_LinkedInDataExport_12-01-2025 2025-12-01"
)
declare -A expected=(
  [who-came-back]="LinkedIn: 3 before, 3 now — 2 in both, 1 left, 1 new"
  [fit-my-follower-counts]="best by AICc:"
  [score-my-linkedin]="3 contacts scored as of 2025-12-01"
)

status=0
for script in examples/*.cs; do
  name=$(basename "$script" .cs)
  [[ -n "${arguments[$name]:-}" ]] || { echo "examples: no arguments known for $script (add them to .ci/examples.sh)" >&2; status=1; continue; }
  copy="$work/$name.cs"
  sed "s|^#:package NetworkMetrics@.*$|#:package NetworkMetrics@$version|" "$script" >"$copy"
  echo "examples: $name (NetworkMetrics $version)"
  if ! (cd "$work" && dotnet build "$name.cs" -nologo >"$work/$name.build.log" 2>&1); then
    cat "$work/$name.build.log"; echo "examples: FAILED to build $name" >&2; status=1; continue
  fi
  if grep -E "warning IL[0-9]{4}" "$work/$name.build.log"; then
    echo "examples: FAILED: $name has trimming or AOT warnings" >&2; status=1; continue
  fi
  # shellcheck disable=SC2086
  if ! output=$(cd "$work" && dotnet run "$name.cs" --no-build -- ${arguments[$name]} 2>&1); then
    echo "$output"; echo "examples: FAILED: $name exited with an error" >&2; status=1; continue
  fi
  echo "$output" | sed 's/^/  | /'
  grep -qF -- "${expected[$name]}" <<<"$output" || { echo "examples: FAILED: $name did not print '${expected[$name]}'" >&2; status=1; }
done
exit $status
