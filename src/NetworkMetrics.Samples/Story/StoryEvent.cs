namespace NetworkMetrics.Samples.Story;

/// <summary>One planted interaction.</summary>
/// <param name="Ms">When, in Unix milliseconds (UTC).</param>
/// <param name="Platform">Where.</param>
/// <param name="Kind">What.</param>
/// <param name="Person">The other side (the sender of an incoming group message); 0 for an outgoing group message.</param>
/// <param name="Group">The group's index + 1; 0 for one-to-one.</param>
/// <param name="Outgoing">Whether the owner did it.</param>
/// <param name="Text">An index into the phrase pools (or the skill of an endorsement).</param>
/// <param name="Seconds">The length of an answered call, in seconds.</param>
/// <param name="Video">A video call rather than an audio call.</param>
/// <param name="Reaction">A reaction to this message by the other side (in a group: by someone else): 0 none, else the reaction's index + 1.</param>
/// <param name="Photo">A message that is a photo rather than a text.</param>
internal readonly record struct StoryEvent(long Ms, StoryPlatform Platform, StoryEventKind Kind, int Person, int Group, bool Outgoing, int Text,
    int Seconds = 0, bool Video = false, int Reaction = 0, bool Photo = false);
