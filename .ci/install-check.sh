#!/usr/bin/env bash
# Installs the packages the way a user would, from a local feed, and uses them.
#
# 1. Packs NetworkMetrics and the NetworkMetrics.Cli tool with a unique prerelease version
#    (<Version>-ci.<UTC time>.<pid>) into a temporary folder feed, so that no package cache
#    can answer for them.
# 2. Creates a new console app (`dotnet new console`) in a temporary folder, with a fresh
#    packages folder (NUGET_PACKAGES) and a nuget.config that adds the local feed to the
#    machine's usual sources (no <clear/>: the dependencies come from the normal source),
#    adds NetworkMetrics at that exact version, writes a Program.cs that writes a tiny
#    LinkedIn Connections.csv, calls ExportImporter.InspectAsync and checks the count and
#    the assembly's version; runs it on net10.0 and on net8.0 (the net8.0 asset and its
#    System.Text.Json dependency; rolled forward onto the installed runtime).
# 3. Runs the example scripts (examples/*.cs) against the packed package: .ci/examples.sh.
# 4. Installs the tool (`dotnet tool install --tool-path`) from the feed at the same version
#    and runs `netmetrics --version` and `netmetrics inspect`.
# Any failure fails the script.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
feed="$work/feed"
app="$work/app"
tools="$work/tools"
data="$work/data"
mkdir -p "$feed" "$app" "$tools" "$data"

base=$(dotnet msbuild src/NetworkMetrics/NetworkMetrics.csproj -nologo -getProperty:Version)
base=${base%%-*}
version="$base-ci.$(date -u +%Y%m%d%H%M%S).$$"
echo "install-check: packing NetworkMetrics and NetworkMetrics.Cli $version into a local feed"
for project in src/NetworkMetrics src/NetworkMetrics.Cli; do
  dotnet pack "$project" -c Release -nologo -p:Version="$version" -o "$feed" >"$work/pack.log" 2>&1 \
    || { cat "$work/pack.log"; echo "install-check: FAILED to pack $project" >&2; exit 1; }
done
for package in "NetworkMetrics.$version.nupkg" "NetworkMetrics.$version.snupkg" "NetworkMetrics.Cli.$version.nupkg"; do
  [[ -f "$feed/$package" ]] || { ls -l "$feed"; echo "install-check: FAILED: $package was not produced" >&2; exit 1; }
done

# A private packages folder: everything is restored anew, from the feed and the usual source.
export NUGET_PACKAGES="$work/packages"
cat >"$app/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="networkmetrics-ci" value="$feed" />
  </packageSources>
</configuration>
EOF

cd "$app"
echo "install-check: dotnet new console in $app"
dotnet new console -n InstallCheck -o . --no-restore >"$work/new.log" 2>&1 \
  || { cat "$work/new.log"; echo "install-check: FAILED: dotnet new console" >&2; exit 1; }
# Both target frameworks of the package; only the net10.0 runtime is installed, so the
# net8.0 build runs rolled forward onto it.
sed -i 's|<TargetFramework>[^<]*</TargetFramework>|<TargetFrameworks>net10.0;net8.0</TargetFrameworks>|' InstallCheck.csproj
grep -q '<TargetFrameworks>net10.0;net8.0</TargetFrameworks>' InstallCheck.csproj \
  || { cat InstallCheck.csproj; echo "install-check: FAILED: could not set the target frameworks" >&2; exit 1; }
dotnet add package NetworkMetrics --version "$version" >"$work/add.log" 2>&1 \
  || { cat "$work/add.log"; echo "install-check: FAILED: dotnet add package NetworkMetrics --version $version" >&2; exit 1; }
[[ -d "$NUGET_PACKAGES/networkmetrics/$version" ]] \
  || { echo "install-check: FAILED: NetworkMetrics $version was not restored into $NUGET_PACKAGES" >&2; exit 1; }

cat >Program.cs <<'EOF'
using System.Reflection;
using NetworkMetrics;

// args: the expected package version, the folder to write the export into.
var expectedVersion = args[0];
var csv = Path.Combine(args[1], "Connections.csv");
File.WriteAllText(csv, """
    Notes:
    "When exporting your connection data, you may notice that some of the email addresses are missing."

    First Name,Last Name,URL,Email Address,Company,Position,Connected On
    Ada,Quill,https://www.linkedin.com/in/ada-quill-01,,Quill Works,Engineer,02 Jan 2025
    Bruno,Sato,https://www.linkedin.com/in/bruno-sato,bruno.sato@example.com,"Sato, Lda",Founder,16 Dec 2024
    Chiara,Vos,https://www.linkedin.com/in/chiara-vos-7,,,,10 Feb 2025
    """);

var summary = await ExportImporter.InspectAsync([csv]);
var linkedIn = summary.Platforms.SingleOrDefault(p => p.Platform == Platform.LinkedIn);
var version = typeof(ExportImporter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "";
var framework = typeof(ExportImporter).Assembly.GetCustomAttribute<System.Runtime.Versioning.TargetFrameworkAttribute>()?.FrameworkName;
Console.WriteLine($"install-check: NetworkMetrics {version} ({framework}) on .NET {Environment.Version}: " +
    $"{linkedIn?.Counts.Connections} connections, {summary.Diagnostics.Length} diagnostics");

var failures = new List<string>();
if (linkedIn?.Counts.Connections != 3)
{
    failures.Add($"expected 3 LinkedIn connections, got {linkedIn?.Counts.Connections}");
}
if (summary.Diagnostics.Length != 0)
{
    failures.AddRange(summary.Diagnostics.Select(d => $"unexpected diagnostic: {d}"));
}
if (version != expectedVersion && !version.StartsWith(expectedVersion + "+", StringComparison.Ordinal))
{
    failures.Add($"expected NetworkMetrics {expectedVersion}, loaded {version}");
}
foreach (var failure in failures)
{
    Console.Error.WriteLine($"install-check: FAILED: {failure}");
}
return failures.Count == 0 ? 0 : 1;
EOF

for framework in net10.0 net8.0; do
  echo "install-check: building and running the consumer on $framework"
  dotnet build -c Release -f "$framework" -nologo >"$work/build.log" 2>&1 \
    || { cat "$work/build.log"; echo "install-check: FAILED: building the consumer on $framework" >&2; exit 1; }
  DOTNET_ROLL_FORWARD=Major dotnet "bin/Release/$framework/InstallCheck.dll" "$version" "$data"
done

echo "install-check: the example scripts (examples/*.cs) against the packed package"
(cd "$repo" && bash .ci/examples.sh "$feed" "$version") || { echo "install-check: FAILED: the example scripts" >&2; exit 1; }

echo "install-check: dotnet tool install NetworkMetrics.Cli $version"
dotnet tool install --tool-path "$tools" --add-source "$feed" NetworkMetrics.Cli --version "$version" >"$work/tool.log" 2>&1 \
  || { cat "$work/tool.log"; echo "install-check: FAILED: dotnet tool install NetworkMetrics.Cli --version $version" >&2; exit 1; }
tool_version=$("$tools/netmetrics" --version)
echo "install-check: netmetrics --version: $tool_version"
[[ "$tool_version" == "$version" || "$tool_version" == "$version+"* ]] \
  || { echo "install-check: FAILED: netmetrics --version printed '$tool_version', expected $version" >&2; exit 1; }
inspect=$("$tools/netmetrics" inspect "$data/Connections.csv" --json)
connections=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["platforms"]["LinkedIn"]["connections"])' <<<"$inspect")
[[ "$connections" == 3 ]] \
  || { echo "$inspect"; echo "install-check: FAILED: netmetrics inspect counted $connections connections, expected 3" >&2; exit 1; }
echo "install-check: netmetrics inspect: $connections connections"

cd "$repo"
echo "install-check: OK: NetworkMetrics $version and the netmetrics tool install from a local feed and run"
