using System.Collections.Immutable;

namespace NetworkMetrics.Tests.Model;

/// <summary>Records compare their arrays by value (docs/model.md, "Equality"): equal contents are equal records, whatever the array instances.</summary>
public sealed class ModelEqualityTests
{
    private static readonly AccountKey Jane = AccountKey.Parse("LinkedIn:url:linkedin.com/in/jane");
    private static readonly AccountKey JaneName = AccountKey.Parse("LinkedIn:name:jane doe");

    private static Account NewJane() => new(Jane)
    {
        Keys = [Jane, JaneName],
        Name = "Jane Doe",
        Emails = [new EmailAddress("jane@example.com", "Jane@Example.com")],
        Phones = [new PhoneNumber("+49 151 1234567") { E164 = "+491511234567", Region = "DE" }],
        Links = [AccountKey.Parse("Twitter:handle:jane")],
        Websites = ["https://jane.example"],
    };

    [Fact]
    public void Accounts_with_equal_arrays_are_equal_and_a_different_item_makes_them_differ()
    {
        var a = NewJane();
        var b = NewJane();

        Assert.NotSame(a, b);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { Emails = [new EmailAddress("jane@other.example", "jane@other.example")] });
        Assert.NotEqual(a, b with { Links = [] });
        Assert.NotEqual(a, b with { Websites = ["https://other.example"] });
        Assert.NotEqual(a, b with { Keys = [Jane] });
        Assert.NotEqual(a, b with { Kind = AccountKind.Organization });
        Assert.NotEqual(a, b with { IsAmbiguous = true });
    }

    [Fact]
    public void The_primary_key_always_leads_the_keys()
    {
        var account = new Account(Jane) { Keys = [JaneName, Jane] };

        Assert.Equal([Jane, JaneName], account.Keys.AsEnumerable());
        Assert.Equal([Jane], new Account(Jane).Keys.AsEnumerable());
        Assert.Equal("linkedin.com/in/jane", account.Id);
    }

    [Fact]
    public void Interactions_and_conversations_compare_their_arrays_by_value()
    {
        var at = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);
        Interaction New() => new(Platform.LinkedIn, InteractionChannel.Call, InteractionDirection.Incoming, at)
        {
            AccountKeys = [.. new[] { Jane }],
            Duration = TimeSpan.FromSeconds(61),
            Outcome = CallOutcome.Answered,
        };

        Assert.Equal(New(), New());
        Assert.NotEqual(New(), New() with { AccountKeys = [JaneName] });
        Assert.NotEqual(New(), New() with { Duration = TimeSpan.FromSeconds(60) });
        Assert.NotEqual(New(), New() with { Visibility = InteractionVisibility.Group });
        Assert.NotEqual(New(), New() with { DirectionInferred = true });
        Assert.Equal(InteractionVisibility.Private, New().Visibility); // a call's default

        var c1 = new Conversation(Platform.Facebook, "thread_1") { Participants = [.. new[] { Jane }] };
        var c2 = new Conversation(Platform.Facebook, "thread_1") { Participants = [.. new[] { Jane }] };
        Assert.Equal(c1, c2);
        Assert.NotEqual(c1, c2 with { Participants = [] });
    }

    [Fact]
    public void Snapshots_and_imports_compare_by_value()
    {
        var path = Fixtures.Path("LinkedIn/2024");

        var first = Run.Import(path);
        var second = Run.Import(path);

        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.Latest(Platform.LinkedIn), second.Latest(Platform.LinkedIn));
        Assert.NotEqual(first, second with { Accounts = ImmutableArray<Account>.Empty });
        Assert.Equal(Run.Inspect(path), Run.Inspect(path));
    }

    [Fact]
    public void A_default_array_equals_an_empty_one()
    {
        Assert.Equal(new Conversation(Platform.Twitter, "1") { Participants = default }, new Conversation(Platform.Twitter, "1") { Participants = [] });
    }
}
