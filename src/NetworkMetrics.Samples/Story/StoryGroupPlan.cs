namespace NetworkMetrics.Samples.Story;

/// <summary>A group conversation while the story is being made.</summary>
internal sealed class StoryGroupPlan(StoryPlatform platform, string title, string folder, List<CastPerson> members)
{
    public StoryPlatform Platform { get; } = platform;

    public string Title { get; set; } = title;

    /// <summary>The thread's folder name (Facebook: <c>&lt;slug&gt;_&lt;id&gt;</c>).</summary>
    public string Folder { get; } = folder;

    public List<CastPerson> Members { get; } = members;
}
