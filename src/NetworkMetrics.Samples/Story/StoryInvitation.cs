namespace NetworkMetrics.Samples.Story;

/// <summary>A LinkedIn invitation (or a Facebook friend request) of the story.</summary>
/// <param name="Person">The other side.</param>
/// <param name="Ms">When it was sent (Unix ms).</param>
/// <param name="Outgoing">Sent by the owner.</param>
/// <param name="Text">An index into the invitation notes, or -1 for none.</param>
internal readonly record struct StoryInvitation(CastPerson Person, long Ms, bool Outgoing, int Text);
