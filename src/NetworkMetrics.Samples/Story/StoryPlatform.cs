namespace NetworkMetrics.Samples.Story;

/// <summary>
/// The platforms of the story. The member names are those of <c>NetworkMetrics.Platform</c>, so
/// <c>Enum.Parse&lt;Platform&gt;(storyPlatform.ToString())</c> maps one to the other.
/// </summary>
public enum StoryPlatform
{
    /// <summary>LinkedIn: connections, messages, invitations, endorsements, recommendations.</summary>
    LinkedIn,

    /// <summary>Facebook: friends, removed friends, Messenger threads with calls and reactions.</summary>
    Facebook,

    /// <summary>X / Twitter: followings, followers, direct messages, tweets with mentions and replies.</summary>
    Twitter,

    /// <summary>The owner's phone address book (a vCard file): never reset.</summary>
    AddressBook,
}
