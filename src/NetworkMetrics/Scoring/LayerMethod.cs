namespace NetworkMetrics.Scoring;

/// <summary>How people are placed in Dunbar's layers (5, 15, 50, 150, 500, 1500).</summary>
public enum LayerMethod
{
    /// <summary>
    /// Fixed contact-frequency thresholds at the geometric midpoints between the nominal
    /// frequencies of neighbouring layers (weekly, monthly, quarterly, yearly, every three
    /// years, every ten years). The default: a person's layer depends on that person alone,
    /// so it is stable, explainable and meaningful for small networks.
    /// </summary>
    Thresholds,

    /// <summary>
    /// The research method of Dunbar, Arnaboldi, Conti &amp; Passarella (2015): optimal
    /// one-dimensional clustering (Wang &amp; Song 2011) of the active contact frequencies,
    /// the number of circles chosen by BIC, each circle labelled with the nominal size
    /// nearest on a log scale to its cumulative size.
    /// </summary>
    Clustering,
}
