namespace NetworkMetrics.Statistics;

/// <summary>Numerically stable pieces of the logistic function s(z) = 1 / (1 + e^(−z)).</summary>
internal static class Logistic
{
    /// <summary>s(z).</summary>
    public static double Sigmoid(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));

    /// <summary>ln s(z) = −ln(1 + e^(−z)).</summary>
    public static double LogSigmoid(double z) => z >= 0 ? -SpecialFunctions.Log1P(Math.Exp(-z)) : z - SpecialFunctions.Log1P(Math.Exp(z));
}
