namespace NetworkMetrics.Statistics;

/// <summary>
/// Automatic starting values for the growth models, derived from the data (sorted by t):
/// <list type="bullet">
/// <item>linear: ordinary least squares (the exact answer);</item>
/// <item>saturating exponential: a log-spaced grid of r·max|t| (K is linear given r);</item>
/// <item>logistic: the linearising transform ln(y/(K₀ − y)) = r·t − r·t0 for ceilings K₀ a margin
/// above max y, and a grid of (r, t0) over the observed time span;</item>
/// <item>Richards: ln((K₀/y)^ν − 1) = −r·t + r·t0 over a grid of ν and margins, the logistic grid
/// at a few ν, and the logistic optimum with ν = 1 when it is known;</item>
/// <item>Gompertz: ln(ln(K₀/y)) = ln b − c·t for the same margins, and a grid of (c, inflection).</item>
/// </list>
/// Every candidate has its ceiling K replaced by the least-squares K given the other parameters
/// (K enters linearly), the candidates are ranked by that residual sum of squares, and the best
/// few distinct ones are refined.
/// </summary>
internal static class GrowthStarts
{
    private static readonly double[] Margins = [1.001, 1.01, 1.05, 1.1, 1.25, 1.5, 2, 3, 5, 10];
    private static readonly double[] SpanRates = [0.5, 1, 2, 4, 8, 16, 32, 64];
    private static readonly double[] SpanPositions = [-0.5, -0.25, 0, 0.25, 0.5, 0.75, 1, 1.5, 2, 3];
    private static readonly double[] RichardsShapes = [0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 4, 8];
    private static readonly double[] RichardsGridShapes = [0.2, 1, 4];

    public static List<double[]> Candidates(GrowthModel model, double[] t, double[] y, List<double[]> extra)
    {
        var candidates = new List<double[]>(extra);
        var n = t.Length;
        if (n == 0)
        {
            return candidates;
        }

        double tMin = t[0], tMax = t[n - 1];
        var span = tMax - tMin;
        if (!(span > 0))
        {
            span = Math.Max(Math.Abs(tMax), 1);
        }

        var yMax = double.NegativeInfinity;
        foreach (var v in y)
        {
            yMax = Math.Max(yMax, v);
        }

        switch (model)
        {
            case GrowthModel.Linear:
                candidates.Add(LeastSquaresLine(t, y));
                break;

            case GrowthModel.SaturatingExponential:
                var reach = Math.Max(Math.Max(Math.Abs(tMin), Math.Abs(tMax)), span);
                for (var k = 0; k <= 25; k++)
                {
                    candidates.Add([1, Math.Pow(10, -3 + (k * 0.2)) / reach]);
                }

                foreach (var c in (ReadOnlySpan<double>)[-0.1, -0.3, -1, -3])
                {
                    candidates.Add([1, c / reach]);
                }

                break;

            case GrowthModel.Logistic:
                if (yMax > 0)
                {
                    foreach (var margin in Margins)
                    {
                        var k0 = yMax * margin;
                        if (TransformedLine(t, y, v => v > 0 && v < k0 ? Math.Log(v / (k0 - v)) : double.NaN) is { } line && line.Slope > 0)
                        {
                            candidates.Add([k0, line.Slope, -line.Intercept / line.Slope]);
                        }
                    }
                }

                AddGrid(candidates, tMin, span, static (r, t0) => [1, r, t0]);
                break;

            case GrowthModel.Richards:
                if (yMax > 0)
                {
                    foreach (var nu in RichardsShapes)
                    {
                        foreach (var margin in Margins)
                        {
                            var k0 = yMax * margin;
                            if (TransformedLine(t, y, v => v > 0 && v < k0 ? Math.Log(SpecialFunctions.ExpM1(nu * Math.Log(k0 / v))) : double.NaN) is { } line && line.Slope < 0)
                            {
                                var r = -line.Slope;
                                candidates.Add([k0, r, line.Intercept / r, nu]);
                            }
                        }
                    }
                }

                foreach (var nu in RichardsGridShapes)
                {
                    AddGrid(candidates, tMin, span, (r, t0) => [1, r, t0, nu]);
                }

                break;

            case GrowthModel.Gompertz:
                if (yMax > 0)
                {
                    foreach (var margin in Margins)
                    {
                        var k0 = yMax * margin;
                        if (TransformedLine(t, y, v => v > 0 && v < k0 ? Math.Log(Math.Log(k0 / v)) : double.NaN) is { } line && line.Slope < 0)
                        {
                            candidates.Add([k0, Math.Exp(line.Intercept), -line.Slope]);
                        }
                    }
                }

                // Inflection at ln(b)/c: b = e^(c·inflection).
                AddGrid(candidates, tMin, span, static (c, inflection) => [1, Math.Exp(c * inflection), c]);
                break;

            default:
                throw new ArgumentOutOfRangeException(nameof(model), model, "Not a growth model.");
        }

        return candidates;
    }

    /// <summary>
    /// Profiles the linear parameter of each candidate, ranks them by residual sum of squares and
    /// returns the best <paramref name="count"/> that differ from each other.
    /// </summary>
    public static List<double[]> Rank(CurveModel model, double[] t, double[] y, List<double[]> candidates, int count)
    {
        var scored = new List<(double Rss, double[] Start)>(candidates.Count);
        foreach (var candidate in candidates)
        {
            var start = (double[])candidate.Clone();
            if (!Array.TrueForAll(start, double.IsFinite))
            {
                continue;
            }

            if (model.LinearParameterIndex >= 0)
            {
                Profile(model, t, y, start);
            }

            var rss = LevenbergMarquardt.Rss(model, t, y, start);
            if (double.IsFinite(rss))
            {
                scored.Add((rss, start));
            }
        }

        scored.Sort(static (a, b) => a.Rss.CompareTo(b.Rss));
        var chosen = new List<double[]>(count);
        foreach (var (_, start) in scored)
        {
            if (chosen.Count == count)
            {
                break;
            }

            if (!chosen.Exists(c => Close(c, start)))
            {
                chosen.Add(start);
            }
        }

        return chosen;
    }

    /// <summary>Sets the linear parameter to its least-squares value given the others.</summary>
    private static void Profile(CurveModel model, double[] t, double[] y, double[] start)
    {
        var k = model.LinearParameterIndex;
        start[k] = 1;
        double hy = 0, hh = 0;
        for (var i = 0; i < t.Length; i++)
        {
            var h = model.Value(t[i], start);
            hy += h * y[i];
            hh += h * h;
        }

        start[k] = hh > 0 && double.IsFinite(hh) && double.IsFinite(hy) ? hy / hh : double.NaN;
    }

    private static bool Close(double[] a, double[] b)
    {
        for (var j = 0; j < a.Length; j++)
        {
            if (Math.Abs(a[j] - b[j]) > 1e-3 * Math.Max(Math.Abs(a[j]), Math.Abs(b[j])))
            {
                return false;
            }
        }

        return true;
    }

    private static void AddGrid(List<double[]> candidates, double tMin, double span, Func<double, double, double[]> make)
    {
        foreach (var rate in SpanRates)
        {
            foreach (var position in SpanPositions)
            {
                candidates.Add(make(rate / span, tMin + (position * span)));
            }
        }
    }

    private static double[] LeastSquaresLine(double[] t, double[] y)
    {
        var line = FitLine(t, y, static v => v);
        return line is { } l ? [l.Slope, l.Intercept] : [0, y.Length > 0 ? y.Average() : 0];
    }

    private readonly record struct Line(double Slope, double Intercept);

    private static Line? TransformedLine(double[] t, double[] y, Func<double, double> transform) => FitLine(t, y, transform);

    /// <summary>Least-squares line through (tᵢ, transform(yᵢ)) over the points where the transform is finite.</summary>
    private static Line? FitLine(double[] t, double[] y, Func<double, double> transform)
    {
        double st = 0, sz = 0;
        var count = 0;
        for (var i = 0; i < t.Length; i++)
        {
            var z = transform(y[i]);
            if (double.IsFinite(z))
            {
                st += t[i];
                sz += z;
                count++;
            }
        }

        if (count < 2)
        {
            return null;
        }

        double meanT = st / count, meanZ = sz / count, stt = 0, stz = 0;
        for (var i = 0; i < t.Length; i++)
        {
            var z = transform(y[i]);
            if (double.IsFinite(z))
            {
                stt += (t[i] - meanT) * (t[i] - meanT);
                stz += (t[i] - meanT) * (z - meanZ);
            }
        }

        if (!(stt > 0))
        {
            return null;
        }

        var slope = stz / stt;
        return new Line(slope, meanZ - (slope * meanT));
    }
}
