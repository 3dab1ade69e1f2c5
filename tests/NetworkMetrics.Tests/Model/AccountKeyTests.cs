using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace NetworkMetrics.Tests.Model;

/// <summary>The typed key: normalisation per kind, the documented string form, ordering.</summary>
public sealed class AccountKeyTests
{
    [Theory]
    [InlineData(Platform.LinkedIn, AccountKeyKind.Url, "https://de.linkedin.com/in/Jane-Doe/?trk=x", "LinkedIn:url:linkedin.com/in/jane-doe")]
    [InlineData(Platform.Facebook, AccountKeyKind.Url, "https://m.facebook.com/profile.php?id=1000123&ref=x", "Facebook:url:facebook.com/profile.php?id=1000123")]
    [InlineData(Platform.Twitter, AccountKeyKind.Handle, "@JaneDoe", "Twitter:handle:janedoe")]
    [InlineData(Platform.Mastodon, AccountKeyKind.Handle, "@Ana@Social.Example", "Mastodon:handle:ana@social.example")]
    [InlineData(Platform.AddressBook, AccountKeyKind.Email, " mailto:Jane@Example.COM ", "AddressBook:email:jane@example.com")]
    [InlineData(Platform.AddressBook, AccountKeyKind.Phone, "+49 (151) 123-4567", "AddressBook:phone:+491511234567")]
    [InlineData(Platform.Facebook, AccountKeyKind.Name, "  Hoa\u0300ng   Văn  ", "Facebook:name:hoàng văn")]
    [InlineData(Platform.Bluesky, AccountKeyKind.Id, "did:plc:abc123", "Bluesky:id:did:plc:abc123")]
    [InlineData(Platform.LinkedIn, AccountKeyKind.Organization, "Quill  Works", "LinkedIn:org:quill works")]
    public void Create_normalises_by_kind_and_the_string_form_reads_back(Platform platform, AccountKeyKind kind, string written, string expected)
    {
        var key = AccountKey.Create(platform, kind, written);

        Assert.Equal(expected, key.ToString());
        Assert.Equal(key, AccountKey.Parse(expected));
        Assert.Equal(key, AccountKey.Parse(expected.ToUpperInvariant()[..expected.IndexOf(':', expected.IndexOf(':') + 1)] + expected[expected.IndexOf(':', expected.IndexOf(':') + 1)..]));
    }

    [Theory]
    [InlineData(Platform.AddressBook, AccountKeyKind.Email, "not an email")]
    [InlineData(Platform.AddressBook, AccountKeyKind.Phone, "030 1234567")] // national: no E.164 without a region
    [InlineData(Platform.Mastodon, AccountKeyKind.Handle, "ana")] // a Mastodon handle is user@domain
    [InlineData(Platform.LinkedIn, AccountKeyKind.Url, "https://example.com/jane")]
    [InlineData(Platform.Facebook, AccountKeyKind.Name, "   ")]
    public void Create_refuses_a_value_that_is_not_of_its_kind(Platform platform, AccountKeyKind kind, string written)
    {
        Assert.Throws<ArgumentException>(() => AccountKey.Create(platform, kind, written));
    }

    [Theory]
    [InlineData("")]
    [InlineData("LinkedIn")]
    [InlineData("LinkedIn:url")]
    [InlineData("Myspace:name:jane")]
    [InlineData("LinkedIn:nickname:jane")]
    [InlineData("1:name:jane")]
    [InlineData("AddressBook:email:nobody")]
    public void A_text_that_is_not_a_key_does_not_parse(string text)
    {
        Assert.False(AccountKey.TryParse(text, out _));
        Assert.Throws<FormatException>(() => AccountKey.Parse(text));
    }

    [Fact]
    public void Keys_order_by_platform_then_strength_then_value()
    {
        AccountKey[] keys =
        [
            AccountKey.Parse("Facebook:name:b"), AccountKey.Parse("LinkedIn:name:a"), AccountKey.Parse("LinkedIn:url:linkedin.com/in/z"),
            AccountKey.Parse("LinkedIn:email:a@b.c"), AccountKey.Parse("LinkedIn:id:urn:li:member:1"),
        ];

        Assert.Equal(["LinkedIn:id:urn:li:member:1", "LinkedIn:url:linkedin.com/in/z", "LinkedIn:email:a@b.c", "LinkedIn:name:a", "Facebook:name:b"],
            keys.Order().Select(k => k.ToString()));
    }

    public sealed record Words(string Value);

    public static class Arbs
    {
        public static Arbitrary<Words> Words() =>
            Gen.Elements("jane doe", "Ana  Sousa", "José", "Đặng Thu Hà", "a:b:c", "x y", "ŞÖĞÜ", "名前 テスト", "o'brien", "did:plc:q")
                .ToArbitrary().Convert(w => new Words(w), w => w.Value);
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(Arbs)])]
    public bool A_name_key_round_trips_through_its_string_form_and_is_idempotent(Words words, bool upper)
    {
        var key = AccountKey.Create(Platform.Facebook, AccountKeyKind.Name, upper ? words.Value.ToUpperInvariant() : words.Value);
        return AccountKey.Parse(key.ToString()) == key && AccountKey.Create(key.Platform, key.Kind, key.Value) == key;
    }
}
