using System.Collections.Immutable;

namespace NetworkMetrics.Samples.Story;

/// <summary>One planted identity trap: which people it involves and what a resolver should conclude.</summary>
/// <param name="Kind">The kind of trap.</param>
/// <param name="People">The person numbers involved (accounts of different numbers are different people).</param>
/// <param name="Description">What is planted and the expected outcome, in a sentence.</param>
public sealed record StoryHardCase(StoryHardCaseKind Kind, ImmutableArray<int> People, string Description);
