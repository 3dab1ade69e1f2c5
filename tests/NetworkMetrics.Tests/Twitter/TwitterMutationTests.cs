using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace NetworkMetrics.Tests.Twitter;

/// <summary>
/// Any single value of a real-shaped file replaced by a value of another kind (an object, a list,
/// a number, null, an odd string): the import never crashes, never loses its place in the file,
/// and whatever is lost is counted in diagnostics.
/// </summary>
public sealed class TwitterMutationTests
{
    private static readonly string[] Files =
        ["account.js", "follower.js", "direct-messages.js", "direct-messages-group.js", "tweets.js", "tweets-part1.js", "note-tweet.js", "manifest.js"];

    private static readonly string[] Replacements = ["{ \"x\" : [ 1, { } ] }", "[ \"a\", [ ] ]", "42", "null", "\"\"", "\"-1\"", "true", "\"Mon Xyz 99\""];

    [Property(MaxTest = 150, Arbitrary = [typeof(Arbitraries)])]
    public void A_value_of_the_wrong_kind_never_crashes_the_import(Mutation mutation)
    {
        using var dir = new TempDir();
        var source = Fixtures.Path("Twitter/2023/data");
        foreach (var file in Directory.EnumerateFiles(source))
        {
            dir.WriteBytes(Path.Combine("data", Path.GetFileName(file)), File.ReadAllBytes(file));
        }

        var target = Path.Combine(dir.Path, "data", Files[mutation.File % Files.Length]);
        var bytes = File.ReadAllBytes(target);
        var values = ScalarPositions(bytes);
        var (start, length) = values[mutation.Value % values.Count];
        var replacement = Encoding.UTF8.GetBytes(Replacements[mutation.Replacement % Replacements.Length]);
        File.WriteAllBytes(target, [.. bytes[..start], .. replacement, .. bytes[(start + length)..]]);

        var result = Run.Import(dir.Path);

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var counts = result.Latest(Platform.Twitter)!.Counts;
        Assert.InRange(counts.Followers!.Value, 5, 6);
        Assert.InRange(counts.Messages!.Value, 14, 17);
    }

    /// <summary>Start and length of every scalar value (not property names) of the JSON after the wrapper.</summary>
    private static List<(int Start, int Length)> ScalarPositions(byte[] file)
    {
        var offset = Array.IndexOf(file, (byte)'=') + 1;
        var reader = new Utf8JsonReader(file.AsSpan(offset));
        var positions = new List<(int, int)>();
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null)
            {
                var start = (int)reader.TokenStartIndex;
                var end = (int)reader.BytesConsumed;
                positions.Add((offset + start, end - start));
            }
        }

        return positions;
    }

    public sealed record Mutation(int File, int Value, int Replacement);

    public static class Arbitraries
    {
        public static Arbitrary<Mutation> Mutations() =>
            (from file in Gen.Choose(0, 1000)
             from value in Gen.Choose(0, 100_000)
             from replacement in Gen.Choose(0, 1000)
             select new Mutation(file, value, replacement)).ToArbitrary();
    }
}
