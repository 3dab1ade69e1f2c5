using NetworkMetrics.Statistics;

namespace NetworkMetrics.Tests.Statistics;

/// <summary>
/// Student's t quantile and tails against R's <c>qt(0.975, df)</c>, <c>pt(2, df, lower.tail = FALSE)</c>
/// and <c>pt(10, df, lower.tail = FALSE)</c>: the output of reference/student_t.R (rerun:
/// <c>Rscript tests/NetworkMetrics.Tests/Statistics/reference/student_t.R</c>). scipy 1.10's t.ppf is
/// only about 1e-10 accurate, so R is the reference here; the closed forms are checked too.
/// </summary>
public sealed class StudentTTests
{
    public static TheoryData<double, double, double, double> R() => new()
    {
        { 1, 12.706204736174694, 0.14758361765043321, 0.03172551743055356 },
        { 2, 4.3026527297494619, 0.091751709536136955, 0.0049262285116628462 },
        { 3, 3.1824463052837078, 0.069662984279421566, 0.0010641995292070747 },
        { 4, 2.7764451051977934, 0.058058261758407753, 0.00028100181135799556 },
        { 6, 2.4469118511449688, 0.046213155765837503, 2.8959913774768124e-05 },
        { 10, 2.2281388519862739, 0.036694017385370196, 7.9477658779820508e-07 },
        { 30, 2.0422724563012378, 0.02731252248149155, 2.2876257041148048e-11 },
        { 100, 1.9839715185235516, 0.024106089365566834, 4.9508444922970468e-17 },
        { 363, 1.9665206405684112, 0.023122452289898388, 2.9466830176929246e-21 },
        { 10000, 1.9602012398906257, 0.022763630330717734, 9.8164037143320108e-24 },
        { 2.5, 3.5746548420036919, 0.078695747878982966, 0.0022207478836537109 },
        { 7.5, 2.3330396268649736, 0.041448497649083108, 6.6829890746937286e-06 },
    };

    [Theory]
    [MemberData(nameof(R))]
    public void Quantile_and_tails_match_R(double df, double q975, double sf2, double sf10)
    {
        NistCertifiedTests.AssertRelative(q975, StudentT.Quantile(0.975, df), 1e-12, $"qt(0.975, {df})");
        NistCertifiedTests.AssertRelative(-q975, StudentT.Quantile(0.025, df), 1e-12, $"qt(0.025, {df})");
        NistCertifiedTests.AssertRelative(sf2, StudentT.UpperTail(2, df), 1e-11, $"pt(2, {df})");
        NistCertifiedTests.AssertRelative(sf10, StudentT.UpperTail(10, df), 1e-9, $"pt(10, {df})");
        NistCertifiedTests.AssertRelative(1 - sf2, StudentT.UpperTail(-2, df), 1e-12, $"pt(-2, {df})");
    }

    [Fact]
    public void Quantiles_match_the_closed_forms_for_one_and_two_degrees_of_freedom()
    {
        // df = 1 (Cauchy): tan(π(p − ½)); df = 2: (2p − 1) / √(2p(1 − p)).
        foreach (var p in (double[])[0.6, 0.9, 0.975, 0.995])
        {
            NistCertifiedTests.AssertRelative(Math.Tan(Math.PI * (p - 0.5)), StudentT.Quantile(p, 1), 1e-13, $"Cauchy quantile {p}");
            NistCertifiedTests.AssertRelative(((2 * p) - 1) / Math.Sqrt(2 * p * (1 - p)), StudentT.Quantile(p, 2), 1e-13, $"df 2 quantile {p}");
        }
    }

    [Fact]
    public void Degenerate_arguments_give_nan()
    {
        Assert.True(double.IsNaN(StudentT.Quantile(0, 5)));
        Assert.True(double.IsNaN(StudentT.Quantile(1, 5)));
        Assert.True(double.IsNaN(StudentT.Quantile(0.5, 0)));
        Assert.Equal(0, StudentT.Quantile(0.5, 5));
        Assert.Equal(0, StudentT.TwoSidedPValue(double.PositiveInfinity, 3));
    }
}
