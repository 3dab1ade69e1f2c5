namespace NetworkMetrics.Statistics;

/// <summary>
/// One row of a Kaplan–Meier table, at a time when at least one event happened; the columns of
/// R's <c>summary(survfit(...))</c>.
/// </summary>
/// <param name="Time">The event time.</param>
/// <param name="AtRisk">Subjects still at risk just before <paramref name="Time"/> (time ≥ this one).</param>
/// <param name="Events">Events at <paramref name="Time"/>.</param>
/// <param name="Censored">
/// Subjects censored since the previous row, up to and including <paramref name="Time"/>
/// (R's <c>n.censor</c> in <c>summary</c>; a censored time equal to an event time is counted at risk at it).
/// </param>
/// <param name="Survival">The Kaplan–Meier estimate S(t) just after <paramref name="Time"/>.</param>
/// <param name="StandardError">
/// The standard error of S(t), S·σ with σ² the Greenwood sum Σ d / (n(n − d)), as
/// <c>summary(survfit)</c> prints it (not σ, the standard error of −log S that the fit object
/// stores); <see langword="null"/> once S(t) = 0.
/// </param>
/// <param name="Lower">The lower end of the 95% log-type interval, S·exp(−1.96σ); <see langword="null"/> once S(t) = 0.</param>
/// <param name="Upper">The upper end, min(1, S·exp(1.96σ)); <see langword="null"/> once S(t) = 0.</param>
public sealed record SurvivalRow(
    double Time,
    int AtRisk,
    int Events,
    int Censored,
    double Survival,
    double? StandardError,
    double? Lower,
    double? Upper);
