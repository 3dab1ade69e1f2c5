using System.Text;
using FsCheck;
using FsCheck.Xunit;
using NetworkMetrics.Text;

namespace NetworkMetrics.Tests.Import;

/// <summary>
/// Names skip the ICU normalisation check when every character is below U+0300: that rests on
/// no such character (alone or after another) changing under NFC, which these tests check
/// against the framework.
/// </summary>
public sealed class NormalizationShortcutTests
{
    [Fact]
    public void Every_character_below_the_combining_marks_is_its_own_composition()
    {
        for (var c = '\0'; c < '\u0300'; c++)
        {
            var text = c.ToString();
            Assert.True(text.IsNormalized(NormalizationForm.FormC), $"U+{(int)c:X4}");
            Assert.True(Identifiers.IsSurelyNfc(text));
        }

        Assert.False(Identifiers.IsSurelyNfc("e\u0301")); // a combining acute: ICU decides
        Assert.False(Identifiers.IsSurelyNfc("Петрова"));
    }

    [Property(MaxTest = 2000)]
    public void Texts_the_shortcut_accepts_are_in_NFC(NonEmptyArray<ushort> codes)
    {
        var text = new string([.. codes.Get.Select(code => (char)(code % 0x300))]);

        Assert.True(Identifiers.IsSurelyNfc(text));
        Assert.True(text.IsNormalized(NormalizationForm.FormC));
    }
}
