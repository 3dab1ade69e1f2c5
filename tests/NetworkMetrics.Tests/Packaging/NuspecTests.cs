using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace NetworkMetrics.Tests.Packaging;

/// <summary>
/// NetworkMetrics.nuspec is written by hand: `dotnet pack` with a nuspec ignores the
/// project's dependencies, so a version bumped in Directory.Packages.props or a package
/// added to the csproj would not reach the package's users. These tests read the three
/// files and compare them (.ci/check-nuspec.sh compares real packages, this catches the
/// drift in the test run already).
/// </summary>
public sealed partial class NuspecTests
{
    private static readonly string Root = RepositoryRoot();

    [Fact]
    public void Dependency_groups_list_exactly_the_pinned_versions_of_the_core_package_references()
    {
        var pinned = PinnedVersions();
        var expected = CorePackageReferences().ToDictionary(
            group => group.Key,
            group => group.Value.Select(id => $"{id} {pinned[id]}").Order(StringComparer.Ordinal).ToList());

        var actual = NuspecDependencyGroups();

        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (framework, dependencies) in expected)
        {
            Assert.True(dependencies.SequenceEqual(actual[framework]),
                $"NetworkMetrics.nuspec's {framework} group is [{string.Join(", ", actual[framework])}]; " +
                $"the project references [{string.Join(", ", dependencies)}] (versions from Directory.Packages.props).");
        }
    }

    [Fact]
    public void System_Text_Json_is_a_dependency_on_net8_only()
    {
        var groups = NuspecDependencyGroups();

        Assert.Contains(groups["net8.0"], d => d.StartsWith("System.Text.Json ", StringComparison.Ordinal));
        Assert.DoesNotContain(groups["net10.0"], d => d.StartsWith("System.Text.Json ", StringComparison.Ordinal));
    }

    [Fact]
    public void Files_hold_the_assembly_docs_and_symbols_of_every_target_framework_and_the_readme()
    {
        var nuspec = XDocument.Load(Path.Combine(Root, "NetworkMetrics.nuspec"));
        var files = nuspec.Descendants().Where(e => e.Name.LocalName == "file")
            .Select(e => (Source: (string?)e.Attribute("src") ?? "", Target: (string?)e.Attribute("target") ?? ""))
            .ToList();

        foreach (var framework in CorePackageReferences().Keys)
        {
            foreach (var extension in new[] { "dll", "xml", "pdb" })
            {
                Assert.Contains(files, f => f.Target == $"lib/{framework}"
                    && f.Source.EndsWith($"{framework}/NetworkMetrics.{extension}", StringComparison.Ordinal));
            }
        }

        Assert.Contains(files, f => f.Source == "../../README.md" && f.Target.Length == 0);
        Assert.True(File.Exists(Path.Combine(Root, "README.md")), "the package readme README.md is missing at the repository root");
        var metadata = nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        Assert.Equal("README.md", metadata.Elements().Single(e => e.Name.LocalName == "readme").Value);
        var license = metadata.Elements().Single(e => e.Name.LocalName == "license");
        Assert.Equal(("expression", "MIT"), ((string?)license.Attribute("type"), license.Value));
    }

    /// <summary>PackageVersion items of Directory.Packages.props: id to version.</summary>
    private static Dictionary<string, string> PinnedVersions() =>
        XDocument.Load(Path.Combine(Root, "Directory.Packages.props")).Descendants()
            .Where(e => e.Name.LocalName == "PackageVersion")
            .ToDictionary(e => (string)e.Attribute("Include")!, e => (string)e.Attribute("Version")!, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The package references of src/NetworkMetrics that flow to the package's users (not
    /// PrivateAssets="all"), per target framework. A condition other than
    /// <c>'$(TargetFramework)' == 'x'</c> fails the test: teach it here rather than guess.
    /// </summary>
    private static Dictionary<string, List<string>> CorePackageReferences()
    {
        var project = XDocument.Load(Path.Combine(Root, "src", "NetworkMetrics", "NetworkMetrics.csproj"));
        var frameworks = project.Descendants().Single(e => e.Name.LocalName == "TargetFrameworks").Value
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var result = frameworks.ToDictionary(f => f, _ => new List<string>());
        foreach (var reference in project.Descendants().Where(e => e.Name.LocalName == "PackageReference"))
        {
            var privateAssets = (string?)reference.Attribute("PrivateAssets")
                ?? reference.Elements().FirstOrDefault(e => e.Name.LocalName == "PrivateAssets")?.Value;
            if (string.Equals(privateAssets?.Trim(), "all", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var id = (string)reference.Attribute("Include")!;
            var condition = (string?)reference.Attribute("Condition") ?? (string?)reference.Parent?.Attribute("Condition");
            foreach (var framework in frameworks.Where(f => Applies(condition, f)))
            {
                result[framework].Add(id);
            }
        }

        return result;
    }

    private static bool Applies(string? condition, string framework)
    {
        if (string.IsNullOrWhiteSpace(condition))
        {
            return true;
        }

        var match = TargetFrameworkCondition().Match(condition);
        Assert.True(match.Success, $"NuspecTests cannot read the condition {condition} in NetworkMetrics.csproj");
        return (match.Groups["op"].Value == "==") == (match.Groups["tfm"].Value == framework);
    }

    [GeneratedRegex(@"^\s*'\$\(TargetFramework\)'\s*(?<op>==|!=)\s*'(?<tfm>[^']+)'\s*$")]
    private static partial Regex TargetFrameworkCondition();

    /// <summary>The nuspec's dependency groups: target framework to "id version" sorted.</summary>
    private static Dictionary<string, List<string>> NuspecDependencyGroups() =>
        XDocument.Load(Path.Combine(Root, "NetworkMetrics.nuspec")).Descendants()
            .Where(e => e.Name.LocalName == "group")
            .ToDictionary(
                g => (string)g.Attribute("targetFramework")!,
                g => g.Elements().Where(d => d.Name.LocalName == "dependency")
                    .Select(d => $"{(string)d.Attribute("id")!} {(string)d.Attribute("version")!}")
                    .Order(StringComparer.Ordinal).ToList());

    private static string RepositoryRoot() => TestSupport.Repository.Root;
}
