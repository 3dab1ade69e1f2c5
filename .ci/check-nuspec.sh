#!/usr/bin/env bash
# Checks the hand-written NetworkMetrics.nuspec against the project.
#
# A nuspec used by `dotnet pack` replaces the metadata and the dependencies the SDK would
# generate from the project, so they can drift apart silently. This packs the library twice:
# once as the SDK would (-p:UseNuspec=false) and once through the nuspec, and compares the
# two packages: dependency groups per target framework (id, version, include/exclude),
# metadata, the files in the .nupkg and in the .snupkg, and the repository commit. It also
# checks that the package holds lib/net8.0 and lib/net10.0 (dll + XML docs), README.md and
# the MIT license expression. Any difference fails with a diff.
#
# Usage: .ci/check-nuspec.sh [configuration]   (Release by default)
set -euo pipefail
cd "$(dirname "$0")/.."
configuration=${1:-Release}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "check-nuspec: packing src/NetworkMetrics as the SDK generates it (-p:UseNuspec=false)"
dotnet pack src/NetworkMetrics -c "$configuration" -nologo -p:UseNuspec=false -o "$work/generated" >"$work/generated.log" 2>&1 \
  || { cat "$work/generated.log"; echo "check-nuspec: FAILED to pack without the nuspec" >&2; exit 1; }
echo "check-nuspec: packing src/NetworkMetrics through NetworkMetrics.nuspec"
dotnet pack src/NetworkMetrics -c "$configuration" -nologo -o "$work/nuspec" >"$work/nuspec.log" 2>&1 \
  || { cat "$work/nuspec.log"; echo "check-nuspec: FAILED to pack with the nuspec" >&2; exit 1; }

head_commit=$(git rev-parse HEAD 2>/dev/null || true)

python3 - "$work/generated" "$work/nuspec" "$head_commit" <<'PY'
import difflib, glob, os, sys, zipfile
import xml.etree.ElementTree as ET

generated_dir, nuspec_dir, head_commit = sys.argv[1], sys.argv[2], sys.argv[3]
problems = []

def one(folder, pattern):
    found = sorted(glob.glob(os.path.join(folder, pattern)))
    if len(found) != 1:
        sys.exit(f"check-nuspec: expected one {pattern} in {folder}, found {[os.path.basename(f) for f in found]}")
    return found[0]

def local(tag):
    return tag.rsplit('}', 1)[-1]

def child(element, name):
    for c in element:
        if local(c.tag) == name:
            return c
    return None

def manifest(package):
    with zipfile.ZipFile(package) as z:
        names = [n for n in z.namelist() if n.endswith('.nuspec') and '/' not in n]
        if len(names) != 1:
            sys.exit(f"check-nuspec: {package} holds {len(names)} root .nuspec files")
        return ET.fromstring(z.read(names[0])).find('./*')  # <metadata>

def content(package):
    # The package's own files, without the OPC plumbing every package has.
    with zipfile.ZipFile(package) as z:
        return sorted(n for n in z.namelist()
                      if not (n.startswith('_rels/') or n.startswith('package/') or n == '[Content_Types].xml'
                              or (n.endswith('.nuspec') and '/' not in n)))

def dependency_groups(metadata):
    groups = {}
    dependencies = child(metadata, 'dependencies')
    if dependencies is None:
        return groups
    for group in dependencies:
        if local(group.tag) != 'group':
            problems.append(f"<dependencies> holds a <{local(group.tag)}> outside any <group>")
            continue
        tfm = (group.get('targetFramework') or '(any)').lower()
        groups[tfm] = sorted(
            f"{d.get('id')} {d.get('version')}"
            + (f" include={d.get('include')}" if d.get('include') else '')
            + (f" exclude={d.get('exclude')}" if d.get('exclude') else '')
            for d in group if local(d.tag) == 'dependency')
    return groups

def render_groups(groups):
    lines = []
    for tfm in sorted(groups):
        lines.append(f"[{tfm}]")
        lines.extend(f"  {d}" for d in groups[tfm])
    return lines

def diff(title, expected, actual, expected_name, actual_name):
    if expected != actual:
        text = '\n'.join(difflib.unified_diff(expected, actual, expected_name, actual_name, lineterm=''))
        problems.append(f"{title} differ:\n{text}")

generated = one(generated_dir, 'NetworkMetrics.*.nupkg')
ours = one(nuspec_dir, 'NetworkMetrics.*.nupkg')
generated_symbols = one(generated_dir, 'NetworkMetrics.*.snupkg')
our_symbols = glob.glob(os.path.join(nuspec_dir, 'NetworkMetrics.*.snupkg'))
g, o = manifest(generated), manifest(ours)

# 1. Dependency groups, per target framework.
diff("dependency groups (SDK-generated from the project vs NetworkMetrics.nuspec)",
     render_groups(dependency_groups(g)), render_groups(dependency_groups(o)),
     'generated-from-project', 'NetworkMetrics.nuspec')

# 2. Metadata the project states and the nuspec repeats.
def text(metadata, name):
    c = child(metadata, name)
    return None if c is None else (c.text or '').strip()

for name in ['id', 'version', 'authors', 'description', 'copyright', 'tags', 'readme', 'licenseUrl', 'projectUrl', 'icon']:
    if text(g, name) != text(o, name):
        problems.append(f"<{name}> differs: project gives {text(g, name)!r}, NetworkMetrics.nuspec gives {text(o, name)!r}")
gl, ol = child(g, 'license'), child(o, 'license')
if ol is None or ol.get('type') != 'expression' or (ol.text or '').strip() != 'MIT':
    problems.append(f"license is not the MIT expression: {None if ol is None else (ol.get('type'), ol.text)}")
license_text = lambda l: None if l is None else (l.get('type'), (l.text or '').strip())
if license_text(gl) != license_text(ol):
    problems.append(f"license differs: project {license_text(gl)}, NetworkMetrics.nuspec {license_text(ol)}")

# 3. The repository element carries the commit being packed.
repository = child(o, 'repository')
if head_commit:
    if repository is None:
        problems.append(f"<repository> is missing: expected commit {head_commit}")
    elif repository.get('commit') != head_commit:
        problems.append(f"<repository commit> is {repository.get('commit')!r}, HEAD is {head_commit}")
    elif repository.get('type') != 'git' or not repository.get('url'):
        problems.append(f"<repository> lacks type git or a url: {repository.attrib}")
gr = child(g, 'repository')
if gr is not None and gr.get('commit') and repository is not None and gr.get('commit') != repository.get('commit'):
    problems.append(f"commit differs: project {gr.get('commit')}, nuspec {repository.get('commit')}")
if gr is not None and gr.get('url') and repository is not None and gr.get('url') != repository.get('url'):
    problems.append(f"repository url differs: project {gr.get('url')}, nuspec {repository.get('url')}")

# 4. Files: the same as the SDK would pack, and the ones the package must have.
diff("files in the .nupkg", content(generated), content(ours), 'generated-from-project', 'NetworkMetrics.nuspec')
required = ['README.md',
            'lib/net8.0/NetworkMetrics.dll', 'lib/net8.0/NetworkMetrics.xml',
            'lib/net10.0/NetworkMetrics.dll', 'lib/net10.0/NetworkMetrics.xml']
missing = [f for f in required if f not in content(ours)]
if missing:
    problems.append(f"the package lacks {missing}")
pdbs = [f for f in content(ours) if f.endswith('.pdb')]
if pdbs:
    problems.append(f"the .nupkg holds symbols (they belong in the .snupkg): {pdbs}")

# 5. The symbols package.
if len(our_symbols) != 1:
    problems.append(f"expected one NetworkMetrics .snupkg from the nuspec pack, found {len(our_symbols)}")
else:
    diff("files in the .snupkg", content(generated_symbols), content(our_symbols[0]), 'generated-from-project', 'NetworkMetrics.nuspec')
    for tfm in ['net8.0', 'net10.0']:
        if f'lib/{tfm}/NetworkMetrics.pdb' not in content(our_symbols[0]):
            problems.append(f"the .snupkg lacks lib/{tfm}/NetworkMetrics.pdb")

if problems:
    print("check-nuspec: FAILED: NetworkMetrics.nuspec does not match the project.", file=sys.stderr)
    for p in problems:
        print(f"- {p}", file=sys.stderr)
    print("Fix NetworkMetrics.nuspec (the dependency groups are written by hand) or the project.", file=sys.stderr)
    sys.exit(1)

groups = dependency_groups(o)
print(f"check-nuspec: OK: {os.path.basename(ours)} and its .snupkg match the project "
      f"({', '.join(f'{t}: {len(d)} dependencies' for t, d in sorted(groups.items()))}; "
      f"commit {repository.get('commit') if repository is not None else 'none'})")
PY
