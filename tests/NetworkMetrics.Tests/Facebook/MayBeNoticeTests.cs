using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NetworkMetrics.Import;
using NetworkMetrics.Import.Facebook;
using NetworkMetrics.Text;

namespace NetworkMetrics.Tests.Facebook;

/// <summary>
/// The counting path decodes a thread's text only when <see cref="MetaNotices.MayBeNotice"/> says
/// it could be a notice: a "no" must never hide a notice, however the text is written (Meta's
/// one escape per byte, plain UTF-8, other escapes) and whoever sends it.
/// </summary>
public sealed class MayBeNoticeTests
{
    private static readonly string?[] Senders =
        [null, "", "Lan", "Đặng Thu Hà 🐉", "Amélie Roussel", "\u212Aelvin", "🐉 Drache", " Ama", "ſam", "Ünal", "ıspanak", "\u00A0Nbsp", "\\Back"];

    private static readonly string[] Pieces =
    [
        "You", "You ", "you ", "Y", " ", "\u00A0", "\u0085", "\t", "\n", "left the group", "named the group ", "Study", ".", "!", "Đặng Thu Hà 🐉",
        "Amélie Roussel", "Lan", "\u212A", "\u212Aelvin", "ſ", "ı", "🐉", "é", "Reacted ", "😂", " to your message", "Liked a message",
        "Call ended", "Say hi to your new Facebook friend", "started a video chat", "Ünal", "\\", "\"", "\ud83d", "Hello", "Ama",
    ];

    [Theory]
    [MemberData(nameof(MetaRulesTests.Notices), MemberType = typeof(MetaRulesTests))]
    [InlineData("\u212Aelvin left the group", "\u212Aelvin")]
    [InlineData(" You left the group", "Lan")]
    [InlineData("\u00A0You left the group", "Lan")]
    [InlineData("\u0085You left the group", "Lan")]
    [InlineData("🐉 Drache left the group", "🐉 Drache")]
    [InlineData("Ünal left the group", "Ünal")]
    [InlineData("liked a message", "Lan")]
    [InlineData("Reacted 😂 to your message", null)]
    public void Every_notice_may_be_one(string text, string? sender)
    {
        Assert.True(MetaNotices.IsNotice(text, sender));
        foreach (var raw in Written(text))
        {
            Assert.True(MayBeNotice(raw, sender), $"{Encoding.UTF8.GetString(raw)} from {sender}");
        }
    }

    [Theory]
    [InlineData("It’s 5 € … okay 👍", "Lan")]
    [InlineData("Добрий вечір", "Amélie Roussel")]
    [InlineData("好久不见", "Đặng Thu Hà 🐉")]
    [InlineData("I left the group yesterday", "Ama Boateng")]
    public void Ordinary_texts_need_no_decoding(string text, string? sender)
    {
        Assert.False(MayBeNotice(Meta(text), sender));
    }

    [Fact]
    public void The_ascii_lookalikes_are_all_the_chars_that_equal_an_ascii_letter_ignoring_case()
    {
        var found = new List<char>();
        for (var c = '\u0080'; c < char.MaxValue; c++)
        {
            var text = c.ToString();
            if (char.ToUpperInvariant(c) < 0x80 || char.ToLowerInvariant(c) < 0x80
                || "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".Any(a => string.Equals(text, a.ToString(), StringComparison.OrdinalIgnoreCase)))
            {
                found.Add(c);
            }
        }

        Assert.Subset(MetaNotices.AsciiLookalikes.ToHashSet(), found.ToHashSet());
    }

    [Property(MaxTest = 2000, Arbitrary = [typeof(Arbitraries)])]
    public void A_no_never_hides_a_notice(Text text)
    {
        foreach (var raw in Written(text.Value))
        {
            var decoded = Decode(raw, out var wellFormed);
            if (MetaNotices.IsNotice(decoded, text.Sender))
            {
                Assert.True(MetaNotices.MayBeNotice(raw, wellFormed, text.Sender), $"{Encoding.UTF8.GetString(raw)} from {text.Sender}");
            }
        }
    }

    /// <summary>A text and its sender, built from pieces that look like notices.</summary>
    public sealed record Text(string Value, string? Sender);

    public static class Arbitraries
    {
        public static Arbitrary<Text> Texts() =>
            (from sender in Gen.Elements(Senders)
             from withSender in Gen.Elements(true, false)
             from pieces in Gen.ListOf(Gen.Elements(Pieces))
             select new Text((withSender && sender is not null ? sender + " " : string.Empty) + string.Concat(pieces), sender)).ToArbitrary();
    }

    private static bool MayBeNotice(byte[] raw, string? sender)
    {
        Decode(raw, out var wellFormed);
        return MetaNotices.MayBeNotice(raw, wellFormed, sender);
    }

    /// <summary>The ways a file may write a text: Meta's escape per byte, plain UTF-8, JSON's default escaping.</summary>
    private static IEnumerable<byte[]> Written(string text)
    {
        yield return Meta(text);
        var json = JsonSerializer.Serialize(text);
        yield return Encoding.UTF8.GetBytes(json[1..^1]);
        var plain = new StringBuilder();
        foreach (var c in text)
        {
            plain.Append(c switch { '"' => "\\\"", '\\' => "\\\\", < ' ' => $"\\u{(int)c:x4}", _ => c.ToString() });
        }

        yield return Encoding.UTF8.GetBytes(plain.ToString());
    }

    /// <summary>As Meta writes text: ASCII as it is, every byte of anything else as <c>\u00XX</c>.</summary>
    private static byte[] Meta(string text)
    {
        var builder = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            builder.Append(b is >= 0x20 and < 0x80 and not (byte)'"' and not (byte)'\\' ? ((char)b).ToString() : $"\\u00{b:X2}");
        }

        return Encoding.ASCII.GetBytes(builder.ToString());
    }

    /// <summary>What the record path reads: the string unescaped (invalid input replaced), then repaired.</summary>
    private static string Decode(byte[] raw, out bool wellFormed)
    {
        var quoted = new byte[raw.Length + 2];
        quoted[0] = quoted[^1] = (byte)'"';
        raw.CopyTo(quoted, 1);
        var reader = new Utf8JsonReader(quoted);
        reader.Read();
        string text;
        try
        {
            text = reader.GetString()!;
            wellFormed = true;
        }
        catch (InvalidOperationException)
        {
            text = Encoding.UTF8.GetString(reader.ValueSpan);
            wellFormed = false;
        }

        return Mojibake.Repair(text);
    }
}
