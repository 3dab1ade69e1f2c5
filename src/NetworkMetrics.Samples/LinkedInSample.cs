using System.Globalization;
using System.Text;

namespace NetworkMetrics.Samples;

/// <summary>
/// A synthetic LinkedIn export in the newest layout (2024 on): Profile.csv, Connections.csv
/// with the Notes preamble, messages.csv with conversation ids and draft flags,
/// Invitations.csv. Every person is invented; the output is the same for the same arguments.
/// </summary>
public static class LinkedInSample
{
    internal const string Preamble = "Notes:\r\n\"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261\"\r\n\r\n";

    /// <summary>Writes the export into <paramref name="directory"/> (created if needed).</summary>
    /// <param name="directory">Where to write the CSV files.</param>
    /// <param name="connections">How many connections (LinkedIn caps them at 30,000).</param>
    /// <param name="messages">How many messages, spread over conversations with the connections.</param>
    /// <param name="seed">The seed: the same seed gives the same bytes.</param>
    public static void Write(string directory, int connections, int messages, int seed = 1)
    {
        Directory.CreateDirectory(directory);
        var start = new DateTime(2015, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var random = new Random(seed);
        using (var profile = Open(directory, "Profile.csv"))
        {
            profile.Write("First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\r\n");
            profile.Write("Avery,Quill,,,,Writer,,Writing,,\"Lisbon, Portugal\",[averyquill],[https://avery.example],\r\n");
        }

        using (var csv = Open(directory, "Connections.csv"))
        {
            csv.Write(Preamble);
            csv.Write("First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n");
            for (var i = 0; i < connections; i++)
            {
                var (given, family) = SampleNames.Of(i, seed);
                var date = start.AddMinutes(random.Next(0, 10 * 365 * 24 * 60));
                var email = i % 80 == 0 ? FormattableString.Invariant($"person{i}@example.com") : string.Empty;
                csv.Write(FormattableString.Invariant($"{Quote(given)},{Quote(family)},https://www.linkedin.com/in/{SampleNames.Slug(i)},{email},\"Company {i % 997}, Ltd\",Role {i % 31},{date.ToString("dd MMM yyyy", CultureInfo.InvariantCulture)}\r\n"));
            }
        }

        using (var csv = Open(directory, "messages.csv"))
        {
            csv.Write("CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT,IS CONVERSATION DRAFT\r\n");
            var owner = ("Avery Quill", "https://www.linkedin.com/in/avery-quill");
            var at = start;
            for (var m = 0; m < messages; m++)
            {
                var person = connections == 0 ? 0 : random.Next(connections);
                var (given, family) = SampleNames.Of(person, seed);
                var other = (given + " " + family, "https://www.linkedin.com/in/" + SampleNames.Slug(person));
                var outgoing = random.Next(2) == 0;
                var (from, to) = outgoing ? (owner, other) : (other, owner);
                at = at.AddSeconds(random.Next(1, 600));
                var conversation = Convert.ToBase64String(Encoding.UTF8.GetBytes(FormattableString.Invariant($"conv-{person}")));
                var text = m % 7 == 0 ? "Thanks, that's great — talk soon! 🙌" : FormattableString.Invariant($"Message {m} about \"project {m % 101}\", with a comma");
                csv.Write(FormattableString.Invariant($"2-{conversation},,{Quote(from.Item1)},{from.Item2},{Quote(to.Item1)},{to.Item2},{at.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC,,{Quote(text)},INBOX,No,No\r\n"));
            }
        }

        using (var csv = Open(directory, "Invitations.csv"))
        {
            csv.Write("From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\r\n");
            for (var i = 0; i < Math.Min(connections, 200); i++)
            {
                var (given, family) = SampleNames.Of(connections + i, seed);
                var date = start.AddDays(random.Next(0, 3650));
                csv.Write(FormattableString.Invariant($"{Quote(given + " " + family)},Avery Quill,\"{date.ToString("M/d/yy, h:mm tt", CultureInfo.InvariantCulture)}\",,INCOMING,https://www.linkedin.com/in/{SampleNames.Slug(connections + i)},https://www.linkedin.com/in/avery-quill\r\n"));
            }
        }
    }

    private static StreamWriter Open(string directory, string name) =>
        new(Path.Combine(directory, name), append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);

    internal static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
