namespace NetworkMetrics;

/// <summary>A platform whose data export the library reads.</summary>
public enum Platform
{
    /// <summary>LinkedIn ("Get a copy of your data": CSV files in a zip).</summary>
    LinkedIn,

    /// <summary>Facebook ("Download Your Information", JSON).</summary>
    Facebook,

    /// <summary>X, formerly Twitter (the archive of <c>window.YTD</c> JavaScript files).</summary>
    Twitter,

    /// <summary>Instagram (JSON, Facebook's schema).</summary>
    Instagram,

    /// <summary>Mastodon (follows CSV and the ActivityPub archive).</summary>
    Mastodon,

    /// <summary>Bluesky (the repository CAR file).</summary>
    Bluesky,

    /// <summary>An address book: vCard files or a Google Contacts CSV.</summary>
    AddressBook,
}
