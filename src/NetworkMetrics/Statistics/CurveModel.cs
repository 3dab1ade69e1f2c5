namespace NetworkMetrics.Statistics;

/// <summary>
/// A curve f(t; θ) for the least-squares fitter: its value, its gradient with respect to the
/// parameters (for the Jacobian), and for the growth models the derivative in t and the
/// inverse used by projections.
/// </summary>
internal abstract class CurveModel
{
    /// <summary>The parameter names, in the order of θ.</summary>
    public abstract IReadOnlyList<string> ParameterNames { get; }

    /// <summary>The number of parameters.</summary>
    public int ParameterCount => ParameterNames.Count;

    /// <summary>f(t; θ).</summary>
    public abstract double Value(double t, ReadOnlySpan<double> p);

    /// <summary>f(t; θ), writing ∂f/∂θⱼ into <paramref name="gradient"/>.</summary>
    public abstract double ValueAndGradient(double t, ReadOnlySpan<double> p, Span<double> gradient);

    /// <summary>∂f/∂t at t (for the delta method on a projected time).</summary>
    public virtual double TimeDerivative(double t, ReadOnlySpan<double> p) => throw new NotSupportedException();

    /// <summary>The index of the parameter that is linear in the model (f = θₖ·h(t; others)), profiled out when ranking starts; −1 if none.</summary>
    public virtual int LinearParameterIndex => -1;

    /// <summary>The index of the ceiling K for saturating curves, −1 for curves without one.</summary>
    public virtual int CeilingIndex => -1;

    /// <summary>Solves f(t; θ) = target for t, where the curve rises to it.</summary>
    public virtual GrowthProjectionStatus TryInvert(double target, ReadOnlySpan<double> p, out double time) => throw new NotSupportedException();
}
