namespace NetworkMetrics.Statistics;

/// <summary>How a growth-curve fit ended.</summary>
public enum GrowthFitStatus
{
    /// <summary>The least-squares optimum was reached: the numbers are the fit.</summary>
    Converged,

    /// <summary>No start led to a converged optimum; the fit carries no parameters or statistics.</summary>
    DidNotConverge,

    /// <summary>Fewer observations than parameters: the model cannot be fitted.</summary>
    TooFewObservations,
}
