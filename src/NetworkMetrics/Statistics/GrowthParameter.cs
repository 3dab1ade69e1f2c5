namespace NetworkMetrics.Statistics;

/// <summary>One fitted parameter of a growth curve.</summary>
/// <param name="Name">The parameter's name as in the model's formula (<c>K</c>, <c>r</c>, <c>t0</c>, <c>nu</c>, <c>b</c>, <c>c</c>, <c>slope</c>, <c>intercept</c>).</param>
/// <param name="Value">The least-squares estimate.</param>
/// <param name="StandardError">
/// √ of the diagonal of s²(JᵀJ)⁻¹ at the optimum (s² = RSS/(n − p)), as NIST StRD and R's
/// <c>nls</c> report it; <see langword="null"/> when there are no residual degrees of freedom or
/// the Jacobian is rank-deficient.
/// </param>
public readonly record struct GrowthParameter(string Name, double Value, double? StandardError);
