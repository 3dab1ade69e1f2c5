using System.Collections.Immutable;

namespace NetworkMetrics.Samples.Story;

/// <summary>A group conversation of the story (besides the owner).</summary>
/// <param name="Platform">The platform.</param>
/// <param name="Title">The conversation's title as the platform shows it.</param>
/// <param name="ConversationId">The thread's folder name in lower case (Facebook), the conversation id elsewhere.</param>
/// <param name="Members">The person numbers of the members other than the owner.</param>
/// <param name="MessagesBefore">Messages in it before the reset.</param>
/// <param name="MessagesAfter">Messages in it from the before export to the as-of date.</param>
public sealed record StoryGroup(StoryPlatform Platform, string Title, string ConversationId, ImmutableArray<int> Members, int MessagesBefore, int MessagesAfter);
