namespace NetworkMetrics.Statistics;

/// <summary>
/// Nonlinear least squares by Levenberg–Marquardt with MINPACK's scaling: each step solves
/// (JᵀJ + λ·W) δ = Jᵀr, W the largest diag(JᵀJ) met so far, by Cholesky on the scaled normal equations (p ≤ 4 here, so
/// JᵀJ and Jᵀr are accumulated in one pass without storing J). A step is taken when it lowers
/// the residual sum of squares (λ ÷ 10), otherwise λ × 10 and retry; a trial point where the
/// curve is not finite, or a step that changes a parameter by more than ten times its own size,
/// is treated as a failed step.
/// </summary>
/// <remarks>
/// <para>
/// Convergence is tested at every iterate, scale-free, with the Gauss–Newton step δ (λ = 0):
/// the relative offset √(δᵀJᵀr / RSS) — the cosine between the residuals and the tangent plane,
/// Bates &amp; Watts' criterion that R's <c>nls</c> uses — at most 1e-10, or every |δⱼ| at most
/// 1e-12·|θⱼ| (the parameters have stopped moving at double precision; this also covers fits
/// with zero residuals). When no step lowers the sum any more (λ above 1e20), the point counts as
/// converged only if the offset is at most 1e-6 or the Gauss–Newton step at most 1e-8·|θⱼ|;
/// otherwise, and after <see cref="MaxIterations"/> steps, the fit is reported as not converged.
/// </para>
/// <para>
/// The covariance at the optimum is s²(JᵀJ)⁻¹ with s² = RSS/(n − p), as NIST StRD certifies and
/// R's <c>nls</c> reports; (JᵀJ)⁻¹ = R⁻¹R⁻ᵀ from a Householder QR of J with its columns scaled
/// to unit length, so that only the scaled condition number of J (not its square) costs digits.
/// </para>
/// </remarks>
internal static class LevenbergMarquardt
{
    public const int MaxIterations = 1000;

    private const double OffsetTolerance = 1e-10;
    private const double StepTolerance = 1e-12;
    private const double StallOffsetTolerance = 1e-6;
    private const double StallStepTolerance = 1e-8;
    private const double MaxLambda = 1e20;
    private const double MaxRelativeStep = 10;

    /// <summary>Fits <paramref name="model"/> to (t, y) from <paramref name="start"/>.</summary>
    public static CurveFitResult Fit(CurveModel model, ReadOnlySpan<double> t, ReadOnlySpan<double> y, ReadOnlySpan<double> start)
    {
        var p = model.ParameterCount;
        var theta = start.ToArray();
        var trial = new double[p];
        var gradient = new double[p];
        var normal = new double[p * p];
        var jtr = new double[p];
        var step = new double[p];
        var work = new double[p * p];
        var damping = new double[p];

        if (!Accumulate(model, t, y, theta, gradient, normal, jtr, out var rss))
        {
            return new CurveFitResult(theta, double.NaN, false, 0, null);
        }

        UpdateDamping(normal, damping);

        var lambda = 1e-3;
        var iterations = 0;
        while (true)
        {
            var test = Test(normal, jtr, rss, theta, step, work, damping);
            if (test.Converged)
            {
                return Finish(model, t, y, theta, rss, iterations);
            }

            if (iterations >= MaxIterations)
            {
                return new CurveFitResult(theta, rss, false, iterations, null);
            }

            var accepted = false;
            while (lambda <= MaxLambda)
            {
                if (Solve(normal, jtr, damping, lambda, step, work) && WithinBound(theta, step))
                {
                    for (var j = 0; j < p; j++)
                    {
                        trial[j] = theta[j] + step[j];
                    }

                    var trialRss = Rss(model, t, y, trial);
                    if (trialRss < rss)
                    {
                        accepted = true;
                        break;
                    }
                }

                lambda *= 10;
            }

            if (!accepted)
            {
                // Stalled: nothing lowers the sum. Converged only if already (almost) stationary.
                return test.Stalled
                    ? Finish(model, t, y, theta, rss, iterations)
                    : new CurveFitResult(theta, rss, false, iterations, null);
            }

            iterations++;
            lambda = Math.Max(lambda / 10, 1e-12);
            Array.Copy(trial, theta, p);
            if (!Accumulate(model, t, y, theta, gradient, normal, jtr, out rss))
            {
                return new CurveFitResult(theta, double.NaN, false, iterations, null);
            }

            UpdateDamping(normal, damping);
        }
    }

    /// <summary>
    /// Whether a step keeps every nonzero parameter within a factor of <see cref="MaxRelativeStep"/>
    /// of itself: a longer step is treated as failed (λ grows), which stops a far-off start from
    /// leaping to where the curve no longer depends on a parameter (BoxBOD from (1, 1) sends r to
    /// 1e47 otherwise, where ∂f/∂r vanishes).
    /// </summary>
    private static bool WithinBound(double[] theta, double[] step)
    {
        for (var j = 0; j < theta.Length; j++)
        {
            if (theta[j] != 0 && Math.Abs(step[j]) > MaxRelativeStep * Math.Abs(theta[j]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The residual sum of squares at θ (NaN or ∞ when the curve is not finite there).</summary>
    public static double Rss(CurveModel model, ReadOnlySpan<double> t, ReadOnlySpan<double> y, ReadOnlySpan<double> theta)
    {
        var sum = 0.0;
        for (var i = 0; i < t.Length; i++)
        {
            var r = y[i] - model.Value(t[i], theta);
            sum += r * r;
        }

        return double.IsFinite(sum) ? sum : double.PositiveInfinity;
    }

    private readonly record struct TestResult(bool Converged, bool Stalled);

    /// <summary>The convergence test at θ from the Gauss–Newton step (written into <paramref name="step"/>).</summary>
    private static TestResult Test(double[] normal, double[] jtr, double rss, double[] theta, double[] step, double[] work, double[] damping)
    {
        var p = theta.Length;
        if (rss == 0)
        {
            return new TestResult(true, true);
        }

        if (!Solve(normal, jtr, damping, 0, step, work))
        {
            return new TestResult(false, false);
        }

        var projected = 0.0;
        var maxRelative = 0.0;
        for (var j = 0; j < p; j++)
        {
            projected += step[j] * jtr[j];
            var scale = Math.Abs(theta[j]);
            var relative = scale > 0 ? Math.Abs(step[j]) / scale : (step[j] == 0 ? 0 : double.PositiveInfinity);
            maxRelative = Math.Max(maxRelative, relative);
        }

        var offset = Math.Sqrt(Math.Max(projected, 0) / rss);
        return new TestResult(
            offset <= OffsetTolerance || maxRelative <= StepTolerance,
            offset <= StallOffsetTolerance || maxRelative <= StallStepTolerance);
    }

    /// <summary>RSS, JᵀJ and Jᵀr at θ in one pass; false when the curve or its gradient is not finite.</summary>
    private static bool Accumulate(CurveModel model, ReadOnlySpan<double> t, ReadOnlySpan<double> y, double[] theta, double[] gradient, double[] normal, double[] jtr, out double rss)
    {
        var p = theta.Length;
        Array.Clear(normal);
        Array.Clear(jtr);
        rss = 0;
        for (var i = 0; i < t.Length; i++)
        {
            var r = y[i] - model.ValueAndGradient(t[i], theta, gradient);
            rss += r * r;
            for (var a = 0; a < p; a++)
            {
                var ga = gradient[a];
                jtr[a] += ga * r;
                for (var b = 0; b <= a; b++)
                {
                    normal[(a * p) + b] += ga * gradient[b];
                }
            }
        }

        for (var a = 0; a < p; a++)
        {
            for (var b = 0; b < a; b++)
            {
                normal[(b * p) + a] = normal[(a * p) + b];
            }
        }

        if (!double.IsFinite(rss))
        {
            return false;
        }

        for (var k = 0; k < normal.Length; k++)
        {
            if (!double.IsFinite(normal[k]))
            {
                return false;
            }
        }

        for (var k = 0; k < p; k++)
        {
            if (!double.IsFinite(jtr[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// MINPACK's scaling: each parameter's damping weight is the largest diag(JᵀJ) seen so far, so
    /// a parameter whose column fades (a rate driven where the curve is flat) is not set free.
    /// </summary>
    private static void UpdateDamping(double[] normal, double[] damping)
    {
        var p = damping.Length;
        for (var j = 0; j < p; j++)
        {
            damping[j] = Math.Max(damping[j], normal[(j * p) + j]);
        }
    }

    /// <summary>
    /// Solves (A + λ·W) δ = g, W = diag(<paramref name="damping"/>), through the scaled system
    /// (D⁻¹AD⁻¹ + λI)(Dδ) = D⁻¹g with D = √W, by Cholesky. False when it is not positive definite.
    /// </summary>
    private static bool Solve(double[] normal, double[] jtr, double[] damping, double lambda, double[] step, double[] work)
    {
        var p = damping.Length;
        Span<double> scale = stackalloc double[p];
        for (var j = 0; j < p; j++)
        {
            var d = damping[j];
            if (!(d > 0))
            {
                return false;
            }

            scale[j] = Math.Sqrt(d);
        }

        for (var a = 0; a < p; a++)
        {
            for (var b = 0; b < p; b++)
            {
                work[(a * p) + b] = normal[(a * p) + b] / (scale[a] * scale[b]);
            }

            work[(a * p) + a] += lambda;
        }

        // Cholesky: work = L Lᵀ, L stored in the lower triangle.
        for (var j = 0; j < p; j++)
        {
            var sum = work[(j * p) + j];
            for (var k = 0; k < j; k++)
            {
                sum -= work[(j * p) + k] * work[(j * p) + k];
            }

            if (!(sum > 1e-14 * (work[(j * p) + j] + lambda + 1e-300) && sum > 1e-300))
            {
                return false;
            }

            var pivot = Math.Sqrt(sum);
            work[(j * p) + j] = pivot;
            for (var i = j + 1; i < p; i++)
            {
                var s = work[(i * p) + j];
                for (var k = 0; k < j; k++)
                {
                    s -= work[(i * p) + k] * work[(j * p) + k];
                }

                work[(i * p) + j] = s / pivot;
            }
        }

        // Forward then back substitution on the scaled right-hand side.
        for (var i = 0; i < p; i++)
        {
            var s = jtr[i] / scale[i];
            for (var k = 0; k < i; k++)
            {
                s -= work[(i * p) + k] * step[k];
            }

            step[i] = s / work[(i * p) + i];
        }

        for (var i = p - 1; i >= 0; i--)
        {
            var s = step[i];
            for (var k = i + 1; k < p; k++)
            {
                s -= work[(k * p) + i] * step[k];
            }

            step[i] = s / work[(i * p) + i];
        }

        for (var j = 0; j < p; j++)
        {
            step[j] /= scale[j];
            if (!double.IsFinite(step[j]))
            {
                return false;
            }
        }

        return true;
    }

    private static CurveFitResult Finish(CurveModel model, ReadOnlySpan<double> t, ReadOnlySpan<double> y, double[] theta, double rss, int iterations)
    {
        var n = t.Length;
        var p = theta.Length;
        var finalRss = Rss(model, t, y, theta);
        double[]? covariance = null;
        if (n > p)
        {
            covariance = InverseNormal(model, t, theta);
            if (covariance is not null)
            {
                var s2 = finalRss / (n - p);
                for (var k = 0; k < covariance.Length; k++)
                {
                    covariance[k] *= s2;
                }
            }
        }

        return new CurveFitResult(theta, double.IsFinite(finalRss) ? finalRss : rss, true, iterations, covariance);
    }

    /// <summary>(JᵀJ)⁻¹ by Householder QR of the column-scaled Jacobian; null when J is rank-deficient.</summary>
    internal static double[]? InverseNormal(CurveModel model, ReadOnlySpan<double> t, double[] theta)
    {
        var n = t.Length;
        var p = theta.Length;
        var j = new double[n * p];
        var gradient = new double[p];
        for (var i = 0; i < n; i++)
        {
            model.ValueAndGradient(t[i], theta, gradient);
            for (var c = 0; c < p; c++)
            {
                j[(i * p) + c] = gradient[c];
            }
        }

        var columnNorm = new double[p];
        for (var c = 0; c < p; c++)
        {
            var s = 0.0;
            for (var i = 0; i < n; i++)
            {
                s += j[(i * p) + c] * j[(i * p) + c];
            }

            columnNorm[c] = Math.Sqrt(s);
            if (!(columnNorm[c] > 0) || !double.IsFinite(columnNorm[c]))
            {
                return null;
            }

            for (var i = 0; i < n; i++)
            {
                j[(i * p) + c] /= columnNorm[c];
            }
        }

        // Householder QR in place; R ends up in the upper triangle of the first p rows.
        var v = new double[n];
        for (var c = 0; c < p; c++)
        {
            var norm = 0.0;
            for (var i = c; i < n; i++)
            {
                norm += j[(i * p) + c] * j[(i * p) + c];
            }

            norm = Math.Sqrt(norm);
            if (norm < 1e-13)
            {
                return null;
            }

            var alpha = j[(c * p) + c] > 0 ? -norm : norm;
            for (var i = c; i < n; i++)
            {
                v[i] = j[(i * p) + c];
            }

            v[c] -= alpha;
            var vv = 0.0;
            for (var i = c; i < n; i++)
            {
                vv += v[i] * v[i];
            }

            for (var k = c; k < p; k++)
            {
                var dot = 0.0;
                for (var i = c; i < n; i++)
                {
                    dot += v[i] * j[(i * p) + k];
                }

                var f = 2 * dot / vv;
                for (var i = c; i < n; i++)
                {
                    j[(i * p) + k] -= f * v[i];
                }
            }
        }

        // R⁻¹ (upper triangular), then (JsᵀJs)⁻¹ = R⁻¹R⁻ᵀ, then undo the column scaling.
        var rInv = new double[p * p];
        for (var c = p - 1; c >= 0; c--)
        {
            var diagonal = j[(c * p) + c];
            if (Math.Abs(diagonal) < 1e-13)
            {
                return null;
            }

            rInv[(c * p) + c] = 1 / diagonal;
            for (var k = c + 1; k < p; k++)
            {
                var s = 0.0;
                for (var m = c + 1; m <= k; m++)
                {
                    s += j[(c * p) + m] * rInv[(m * p) + k];
                }

                rInv[(c * p) + k] = -s / diagonal;
            }
        }

        var result = new double[p * p];
        for (var a = 0; a < p; a++)
        {
            for (var b = 0; b < p; b++)
            {
                var s = 0.0;
                for (var k = Math.Max(a, b); k < p; k++)
                {
                    s += rInv[(a * p) + k] * rInv[(b * p) + k];
                }

                result[(a * p) + b] = s / (columnNorm[a] * columnNorm[b]);
            }
        }

        return result;
    }
}
