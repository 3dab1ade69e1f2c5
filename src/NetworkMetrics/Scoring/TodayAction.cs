namespace NetworkMetrics.Scoring;

/// <summary>One concrete thing the owner can do today to add value to the network, with its reason in numbers.</summary>
/// <param name="Kind">What to do.</param>
/// <param name="Person">The person's index in the <see cref="ContactQualityBuilder"/>.</param>
/// <param name="PersonId">The person's id, as given to <see cref="ContactQualityBuilder.AddPerson"/>.</param>
/// <param name="Name">The person's name, when known.</param>
/// <param name="Reason">Why, with the numbers behind it (invariant culture, English).</param>
public sealed record TodayAction(TodayActionKind Kind, int Person, string PersonId, string? Name, string Reason);
