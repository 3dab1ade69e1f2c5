using System.Collections.Immutable;

namespace NetworkMetrics.Samples.Story;

/// <summary>The exports of one side of the reset, as full paths.</summary>
/// <param name="Directory">The folder holding them (<c>before/</c> or <c>after/</c>).</param>
/// <param name="LinkedIn">The LinkedIn zip, <c>Basic_LinkedInDataExport_MM-DD-YYYY.zip</c>.</param>
/// <param name="Facebook">The Facebook zip, <c>facebook-&lt;user&gt;-YYYY-MM-DD-&lt;id&gt;.zip</c>.</param>
/// <param name="Twitter">The X archive zip, <c>twitter-YYYY-MM-DD-&lt;hash&gt;.zip</c>.</param>
/// <param name="AddressBook">The vCard file.</param>
public sealed record StoryExports(string Directory, string LinkedIn, string Facebook, string Twitter, string AddressBook)
{
    /// <summary>Every export file of this side, in <see cref="StoryPlatform"/> order.</summary>
    public ImmutableArray<string> All => [LinkedIn, Facebook, Twitter, AddressBook];

    /// <summary>The export of one platform.</summary>
    /// <param name="platform">The platform.</param>
    /// <returns>Its path.</returns>
    public string Of(StoryPlatform platform) => platform switch
    {
        StoryPlatform.LinkedIn => LinkedIn,
        StoryPlatform.Facebook => Facebook,
        StoryPlatform.Twitter => Twitter,
        _ => AddressBook,
    };
}
