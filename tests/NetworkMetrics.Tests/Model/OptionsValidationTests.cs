namespace NetworkMetrics.Tests.Model;

/// <summary>Options validate themselves when set: an out-of-range value is an ArgumentOutOfRangeException naming the option.</summary>
public sealed class OptionsValidationTests
{
    [Fact]
    public void Out_of_range_limits_name_the_limit()
    {
        Assert.Equal("MaxEntries", Assert.Throws<ArgumentOutOfRangeException>(() => ImportLimits.Default with { MaxEntries = -1 }).ParamName);
        Assert.Equal("MaxEntrySize", Assert.Throws<ArgumentOutOfRangeException>(() => ImportLimits.Default with { MaxEntrySize = 0 }).ParamName);
        Assert.Equal("MaxCompressionRatio", Assert.Throws<ArgumentOutOfRangeException>(() => ImportLimits.Default with { MaxCompressionRatio = 0 }).ParamName);
        Assert.Equal("MaxCompressionRatio", Assert.Throws<ArgumentOutOfRangeException>(() => ImportLimits.Default with { MaxCompressionRatio = double.NaN }).ParamName);
        Assert.Equal("MaxNestedArchiveSize", Assert.Throws<ArgumentOutOfRangeException>(() => ImportLimits.Default with { MaxNestedArchiveSize = -5 }).ParamName);
        Assert.Equal("MaxJsonDepth", Assert.Throws<ArgumentOutOfRangeException>(() => ImportLimits.Default with { MaxJsonDepth = 0 }).ParamName);
        Assert.Equal("MaxStringLength", Assert.Throws<ArgumentOutOfRangeException>(() => ImportLimits.Default with { MaxStringLength = -1 }).ParamName);
        Assert.Equal("MaxCsvRecordSize", Assert.Throws<ArgumentOutOfRangeException>(() => ImportLimits.Default with { MaxCsvRecordSize = 0 }).ParamName);
    }

    [Fact]
    public void Out_of_range_import_options_name_the_option()
    {
        Assert.Equal("MaxDegreeOfParallelism", Assert.Throws<ArgumentOutOfRangeException>(() => ImportOptions.Default with { MaxDegreeOfParallelism = -1 }).ParamName);
        Assert.Equal("DefaultPhoneRegion", Assert.Throws<ArgumentOutOfRangeException>(() => ImportOptions.Default with { DefaultPhoneRegion = "XX" }).ParamName);
        Assert.Equal("DefaultPhoneRegion", Assert.Throws<ArgumentOutOfRangeException>(() => ImportOptions.Default with { DefaultPhoneRegion = "Germany" }).ParamName);
        Assert.Throws<ArgumentNullException>(() => ImportOptions.Default with { Limits = null! });
    }

    [Fact]
    public void Valid_values_are_kept()
    {
        Assert.Equal("DE", (ImportOptions.Default with { DefaultPhoneRegion = "de" }).DefaultPhoneRegion);
        Assert.Equal(0, (ImportLimits.Default with { MaxNestedArchiveSize = 0 }).MaxNestedArchiveSize);
        Assert.Equal(2, (ImportOptions.Default with { MaxDegreeOfParallelism = 2 }).MaxDegreeOfParallelism);
    }
}
