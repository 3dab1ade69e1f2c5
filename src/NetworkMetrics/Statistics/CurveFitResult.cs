namespace NetworkMetrics.Statistics;

/// <summary>What the least-squares fitter found from one start.</summary>
/// <param name="Parameters">θ at the end (the optimum when <paramref name="Converged"/>).</param>
/// <param name="Rss">The residual sum of squares at <paramref name="Parameters"/>.</param>
/// <param name="Converged">Whether the convergence test passed (see <see cref="LevenbergMarquardt"/>).</param>
/// <param name="Iterations">Accepted Levenberg–Marquardt steps.</param>
/// <param name="Covariance">s²(JᵀJ)⁻¹ row-major (p × p) when converged, df &gt; 0 and J has full rank; otherwise null.</param>
internal sealed record CurveFitResult(double[] Parameters, double Rss, bool Converged, int Iterations, double[]? Covariance);
