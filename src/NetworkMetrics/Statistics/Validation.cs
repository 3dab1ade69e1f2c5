namespace NetworkMetrics.Statistics;

/// <summary>Argument checks shared by the statistics entry points.</summary>
internal static class Validation
{
    public static void SameLength(int expected, int actual, string parameterName, string firstName)
    {
        if (actual != expected)
        {
            throw new ArgumentException(
                FormattableString.Invariant($"'{parameterName}' has {actual} values but '{firstName}' has {expected}: they must be the same length."),
                parameterName);
        }
    }

    public static void Finite(ReadOnlySpan<double> values, string parameterName)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentException(
                    FormattableString.Invariant($"'{parameterName}'[{i}] is {values[i]}: every value must be a finite number."),
                    parameterName);
            }
        }
    }
}
