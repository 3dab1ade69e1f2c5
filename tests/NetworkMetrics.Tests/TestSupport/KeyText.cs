using System.Collections.Immutable;

namespace NetworkMetrics.Tests.TestSupport;

/// <summary>Records' account references in the documented string form of keys (<c>Platform:kind:value</c>), for assertions.</summary>
public static class KeyText
{
    /// <summary>The tie's account key as a string, or null for a hidden member.</summary>
    public static string? Ref(this Tie tie) => tie.AccountKey?.ToString();

    /// <summary>The interaction's account keys as strings, in order.</summary>
    public static string[] Refs(this Interaction interaction) => [.. interaction.AccountKeys.Select(k => k.ToString())];

    /// <summary>The conversation's participants as strings, in order.</summary>
    public static string[] Refs(this Conversation conversation) => [.. conversation.Participants.Select(k => k.ToString())];

    /// <summary>The account's keys as strings, in order.</summary>
    public static string[] KeyStrings(this Account account) => [.. account.Keys.Select(k => k.ToString())];

    /// <summary>The emails as the export wrote them.</summary>
    public static string[] Written(this ImmutableArray<EmailAddress> emails) => [.. emails.Select(e => e.Written)];

    /// <summary>The phones as the export wrote them.</summary>
    public static string[] Written(this ImmutableArray<PhoneNumber> phones) => [.. phones.Select(p => p.Written)];
}

/// <summary>Looking accounts up by a key's string form.</summary>
public static class KeyLookup
{
    /// <summary>The snapshot's account that carries the key (its primary key or another), or a failed assertion.</summary>
    public static Account Find(this ExportSnapshot snapshot, string key) =>
        snapshot.FindAccount(AccountKey.Parse(key)) ?? throw new Xunit.Sdk.XunitException($"no account carries {key}");
}

/// <summary>
/// Short forms of references for the platforms whose accounts are known by their own id or handle: an X id as
/// its digits and a handle-only X account as <c>@handle</c> (as X writes them), a Bluesky DID, an Instagram or
/// Mastodon handle. A key of any other kind stays in its full form, so that an assertion on a short form also
/// checks the key's kind.
/// </summary>
public static class ShortKeys
{
    public static string Short(this AccountKey key) => (key.Platform, key.Kind) switch
    {
        (Platform.Twitter, AccountKeyKind.Id) => key.Value,
        (Platform.Twitter, AccountKeyKind.Handle) => "@" + key.Value,
        (Platform.Bluesky, AccountKeyKind.Id) => key.Value,
        (Platform.Instagram or Platform.Mastodon, AccountKeyKind.Handle) => key.Value,
        _ => key.ToString(),
    };

    public static string? Id(this Tie tie) => tie.AccountKey?.Short();

    public static string[] Ids(this Interaction interaction) => [.. interaction.AccountKeys.Select(Short)];
}
