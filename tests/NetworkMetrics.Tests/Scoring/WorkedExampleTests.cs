using NetworkMetrics.Scoring;

namespace NetworkMetrics.Tests.Scoring;

/// <summary>
/// The worked example of docs/scoring.md: the explanation printed there is the one this code
/// gives for Ana Lima, character for character (the test fails when either changes).
/// </summary>
public sealed class WorkedExampleTests
{
    public static readonly DateTimeOffset AsOf = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Ana: a LinkedIn connection since 15 March 2021; on Facebook, a conversation every 12 days
    /// since June 2024 (she starts one in three, the owner the rest; each answered within the hour),
    /// a call every other month, a group chat of twelve friends where she posts weekly, and the
    /// owner likes her posts now and then.
    /// </summary>
    public static (ContactQualityBuilder Builder, int Ana) Build()
    {
        var builder = new ContactQualityBuilder();
        var ana = builder.AddPerson("ana.lima", "Ana Lima");
        var other = builder.AddPerson("ben.okafor", "Ben Okafor");
        builder.AddTie(ana, Platform.LinkedIn, TieKind.Connection, new DateTimeOffset(2021, 3, 15, 0, 0, 0, TimeSpan.Zero));
        builder.AddTie(ana, Platform.Facebook, TieKind.Connection, new DateTimeOffset(2023, 9, 2, 0, 0, 0, TimeSpan.Zero));
        builder.AddTie(other, Platform.LinkedIn, TieKind.Connection, new DateTimeOffset(2024, 1, 10, 0, 0, 0, TimeSpan.Zero));

        var start = new DateTimeOffset(2024, 6, 3, 18, 0, 0, TimeSpan.Zero);
        var k = 0;
        for (var at = start; at < AsOf.AddDays(-4); at = at.AddDays(12), k++)
        {
            var first = k % 3 == 0 ? InteractionDirection.Incoming : InteractionDirection.Outgoing;
            var second = first == InteractionDirection.Incoming ? InteractionDirection.Outgoing : InteractionDirection.Incoming;
            builder.AddInteraction(ana, Direct(at, first, $"m{k}a"));
            builder.AddInteraction(ana, Direct(at.AddMinutes(25), second, $"m{k}b"));
            if (k % 5 == 0)
            {
                builder.AddInteraction(ana, new Interaction(Platform.Facebook, InteractionChannel.Call, InteractionDirection.Outgoing, at.AddDays(1))
                {
                    Visibility = InteractionVisibility.Private, Outcome = CallOutcome.Answered, Duration = TimeSpan.FromMinutes(20),
                });
            }
        }

        for (var at = start.AddDays(2); at < AsOf; at = at.AddDays(7))
        {
            builder.AddInteraction(ana, new Interaction(Platform.Facebook, InteractionChannel.GroupMessage, InteractionDirection.Incoming, at)
            {
                Visibility = InteractionVisibility.Group, Audience = 12, ConversationId = "friends",
            });
        }

        for (var at = start.AddDays(5); at < AsOf; at = at.AddDays(30))
        {
            builder.AddInteraction(ana, new Interaction(Platform.Facebook, InteractionChannel.Reaction, InteractionDirection.Outgoing, at) { Visibility = InteractionVisibility.Public });
        }

        return (builder, ana);
    }

    private static Interaction Direct(DateTimeOffset at, InteractionDirection direction, string id) =>
        new(Platform.Facebook, InteractionChannel.DirectMessage, direction, at) { Visibility = InteractionVisibility.Private, SourceId = id, ConversationId = "ana" };

    [Fact]
    public void Docs_show_the_explanation_this_code_gives()
    {
        var (builder, ana) = Build();
        var result = builder.Score(AsOf);
        var explanation = result.Explain(result.ForPerson(ana));

        var docs = File.ReadAllText(Path.Combine(Root(), "docs", "scoring.md")).ReplaceLineEndings("\n");
        const string Start = "<!-- worked-example -->\n```text\n";
        var from = docs.IndexOf(Start, StringComparison.Ordinal);
        Assert.True(from >= 0, "docs/scoring.md has no worked-example block");
        from += Start.Length;
        var shown = docs[from..docs.IndexOf("```", from, StringComparison.Ordinal)];

        Assert.Equal(explanation, shown);
    }

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NetworkMetrics.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No NetworkMetrics.sln above {AppContext.BaseDirectory}");
    }
}
