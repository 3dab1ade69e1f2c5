using System.Security.Cryptography;
using System.Text;

namespace NetworkMetrics.Samples.Story;

/// <summary>
/// The LinkedIn exports of the story: the before side in the 2021 generation (Connections.csv with the
/// Notes preamble and no URL column, ~2020 messages with DIRECTION, 2018 invitations), the after side in
/// the 2024 generation (URL column, conversation ids and draft flags, invitations with profile URLs).
/// </summary>
internal static class StoryLinkedInWriter
{
    private const string OwnerUrl = "https://www.linkedin.com/in/" + StoryWorld.OwnerSlug;

    public static (int Connections, int Messages, int Invitations) Write(StoryWorld world, string path, bool after)
    {
        var cut = after ? world.AsOfMs : world.BeforeMs;
        using var zip = new StoryZip(path, StoryWorld.At(cut));
        var connections = Connections(world, zip, after);
        Endorsements(world, zip, cut, received: true);
        Endorsements(world, zip, cut, received: false);
        var invitations = Invitations(world, zip, after);
        var messages = Messages(world, zip, cut, after);
        WriteProfile(zip);
        Recommendations(world, zip, cut, received: true);
        Recommendations(world, zip, cut, received: false);
        return (connections, messages, invitations);
    }

    private static string Q(string? value) => value is null ? string.Empty : LinkedInSample.Quote(value);

    private static string Url(CastPerson person) => "https://www.linkedin.com/in/" + person.LinkedIn!.Handle;

    private static int Connections(StoryWorld world, StoryZip zip, bool after)
    {
        var rows = world.People.Where(p => p.LinkedIn is { } a && (after ? a.InAfter : a.InBefore))
            .Select(p => (Person: p, Since: after ? p.LinkedIn!.AfterSinceMs : p.LinkedIn!.SinceMs))
            .OrderByDescending(x => StoryWorld.DayOf(x.Since)).ThenBy(x => x.Person.Number).ToList();
        using var csv = zip.Text("Connections.csv");
        csv.Write(LinkedInSample.Preamble);
        csv.WriteLine(after ? "First Name,Last Name,URL,Email Address,Company,Position,Connected On" : "First Name,Last Name,Email Address,Company,Position,Connected On");
        foreach (var (person, since) in rows)
        {
            var date = StoryWorld.Date(since, "dd MMM yyyy");
            if (person.IsHidden)
            {
                csv.WriteLine(after ? ",,,,,," + date : ",,,,," + date);
                continue;
            }

            var email = person.LinkedIn!.Emails.Count > 0 ? person.LinkedIn.Emails[0] : string.Empty;
            csv.Write(Q(person.Given));
            csv.Write(',');
            csv.Write(Q(person.Family));
            csv.Write(',');
            if (after)
            {
                csv.Write(Url(person));
                csv.Write(',');
            }

            csv.Write(Q(email));
            csv.Write(',');
            csv.Write(Q(person.Company));
            csv.Write(',');
            csv.Write(Q(person.Position));
            csv.Write(',');
            csv.WriteLine(date);
        }

        return rows.Count;
    }

    private static int Messages(StoryWorld world, StoryZip zip, long cut, bool after)
    {
        var rows = world.Events.Where(e => e.Platform == StoryPlatform.LinkedIn && e.Kind == StoryEventKind.Text && e.Ms < cut).Reverse().ToList();
        using var csv = zip.Text("messages.csv");
        if (!after)
        {
            csv.WriteLine("FROM,TO,DATE,SUBJECT,CONTENT,DIRECTION,FOLDER");
            foreach (var e in rows)
            {
                var other = world.Person(e.Person).Name;
                var (from, to) = e.Outgoing ? (StoryWorld.OwnerName, other) : (other, StoryWorld.OwnerName);
                csv.WriteLine(Q(from) + "," + Q(to) + "," + StoryWorld.Date(e.Ms, "yyyy-MM-dd'T'HH:mm:ss") + ",," + Q(Text(e)) + "," +
                    (e.Outgoing ? "OUTGOING,SENT" : "INCOMING,INBOX"));
            }

            return rows.Count;
        }

        csv.WriteLine("CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT,IS CONVERSATION DRAFT");
        var drafts = world.People.Where(p => p.LinkedIn is { InAfter: true, IsNew: false } && p.Tier == StoryTier.Quarterly).Take(2).ToList();
        foreach (var person in drafts)
        {
            // The owner started a message and never sent it: a draft, not a message.
            csv.WriteLine(Conversation(world, person) + ",," + Q(StoryWorld.OwnerName) + "," + OwnerUrl + "," + Q(person.Name) + "," + Url(person) + "," +
                StoryWorld.Date(cut - (5 * StoryWorld.Day) - (person.Number * 60_000L), "yyyy-MM-dd HH:mm:ss") + " UTC,,\"Hi, I was wondering whether\",DRAFT,Yes,Yes");
        }

        foreach (var e in rows)
        {
            var person = world.Person(e.Person);
            var (from, fromUrl, to, toUrl) = e.Outgoing
                ? (StoryWorld.OwnerName, OwnerUrl, person.Name, Url(person))
                : (person.Name, Url(person), StoryWorld.OwnerName, OwnerUrl);
            csv.WriteLine(Conversation(world, person) + ",," + Q(from) + "," + fromUrl + "," + Q(to) + "," + toUrl + "," +
                StoryWorld.Date(e.Ms, "yyyy-MM-dd HH:mm:ss") + " UTC,," + Q(Text(e)) + ",INBOX,No,No");
        }

        return rows.Count;
    }

    private static string Text(StoryEvent e)
    {
        var pool = e.Outgoing ? StoryTexts.LinkedInOut : StoryTexts.LinkedInIn;
        return pool[e.Text % pool.Length];
    }

    /// <summary>A conversation id in LinkedIn's shape (<c>2-</c> and base64), stable per person.</summary>
    private static string Conversation(StoryWorld world, CastPerson person)
    {
        var bytes = SHA256.HashData(Encoding.ASCII.GetBytes(FormattableString.Invariant($"{world.Seed}/{person.Number}")));
        return "2-" + Convert.ToBase64String(bytes.AsSpan(0, 27)) + "==";
    }

    private static int Invitations(StoryWorld world, StoryZip zip, bool after)
    {
        var rows = after
            ? world.InvitationsAfter.Concat(world.InvitationsBefore.Where(i => i.Outgoing && !i.Person.LinkedIn!.InAfter)).OrderByDescending(i => i.Ms).ToList()
            : world.InvitationsBefore.OrderByDescending(i => i.Ms).ToList();
        using var csv = zip.Text("Invitations.csv");
        csv.WriteLine(after ? "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl" : "From,To,Sent At,Message,Direction");
        foreach (var invitation in rows)
        {
            var person = invitation.Person;
            var (from, to) = invitation.Outgoing ? (StoryWorld.OwnerName, person.Name) : (person.Name, StoryWorld.OwnerName);
            var notes = invitation.Outgoing ? StoryTexts.InvitationNotesOut : StoryTexts.InvitationNotesIn;
            var note = invitation.Text >= 0 ? notes[invitation.Text % notes.Length] : string.Empty;
            csv.Write(Q(from) + "," + Q(to) + ",\"" + StoryWorld.Date(invitation.Ms, "M/d/yy, h:mm tt") + "\"," + Q(note) + "," + (invitation.Outgoing ? "OUTGOING" : "INCOMING"));
            csv.WriteLine(after ? "," + (invitation.Outgoing ? OwnerUrl + "," + Url(person) : Url(person) + "," + OwnerUrl) : string.Empty);
        }

        return rows.Count;
    }

    private static void Endorsements(StoryWorld world, StoryZip zip, long cut, bool received)
    {
        var role = received ? "Endorser" : "Endorsee";
        using var csv = zip.Text(received ? "Endorsement_Received_Info.csv" : "Endorsement_Given_Info.csv");
        csv.WriteLine($"Endorsement Date,Skill Name,{role} First Name,{role} Last Name,{role} Public Url,Endorsement Status");
        foreach (var e in world.Events.Where(e => e.Kind == StoryEventKind.Endorsement && e.Outgoing != received && e.Ms < cut).Reverse())
        {
            var person = world.Person(e.Person);
            csv.WriteLine(StoryWorld.Date(e.Ms, "yyyy/MM/dd HH:mm:ss") + " UTC," + Q(StoryTexts.Skills[e.Text]) + "," + Q(person.Given) + "," + Q(person.Family) +
                ",www.linkedin.com/in/" + person.LinkedIn!.Handle + ",ACCEPTED");
        }
    }

    private static void Recommendations(StoryWorld world, StoryZip zip, long cut, bool received)
    {
        using var csv = zip.Text(received ? "Recommendations_Received.csv" : "Recommendations_Given.csv");
        csv.WriteLine("First Name,Last Name,Company,Job Title,Text,Creation Date,Status");
        foreach (var e in world.Events.Where(e => e.Kind == StoryEventKind.Recommendation && e.Outgoing != received && e.Ms < cut).Reverse())
        {
            var person = world.Person(e.Person);
            csv.WriteLine(Q(person.Given) + "," + Q(person.Family) + "," + Q(person.Company) + "," + Q(person.Position) + "," +
                Q(received ? StoryTexts.RecommendationsReceived[e.Text % StoryTexts.RecommendationsReceived.Length] : StoryTexts.RecommendationsGiven[e.Text % StoryTexts.RecommendationsGiven.Length]) + ",\"" + StoryWorld.Date(e.Ms, "MM/dd/yy, hh:mm tt") + "\",VISIBLE");
        }
    }

    private static void WriteProfile(StoryZip zip)
    {
        using var csv = zip.Text("Profile.csv");
        csv.WriteLine("First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers");
        csv.WriteLine(StoryWorld.OwnerGiven + "," + StoryWorld.OwnerFamily + ",,,,\"Writer. Quality over quantity.\",\"Essays, books and the occasional newsletter.\",Writing and Editing,,\"Lisbon, Portugal\",[" +
            StoryWorld.OwnerHandle + "],[https://averyquill.example],");
    }
}
