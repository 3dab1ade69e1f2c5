using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NetworkMetrics.Samples.Story;

/// <summary>
/// The Facebook exports of the story in the 2023+ JSON layout: profile information, friends, removed
/// friends, friend requests, and Messenger threads under <c>your_facebook_activity/messages/inbox/</c>
/// with calls, photos and reactions. Every string in Meta's mojibake, written with escapes as Facebook does.
/// </summary>
internal static class StoryFacebookWriter
{
    private static readonly string[] ReactionEmoji = ["❤", "😆", "👍"];

    public static (int Friends, int Removed, int Messages, int Calls) Write(StoryWorld world, string path, bool after)
    {
        var cut = after ? world.AsOfMs : world.BeforeMs;
        using var zip = new StoryZip(path, StoryWorld.At(cut));
        var friends = world.People.Where(p => p.Facebook is { } a && (after ? a.InAfter : a.InBefore))
            .Select(p => (p.Facebook!.Name ?? p.Name, after ? p.Facebook!.AfterSinceMs : p.Facebook!.SinceMs))
            .OrderByDescending(x => x.Item2).ToList();
        People(zip, "connections/friends/your_friends.json", "friends_v2", friends);

        var removed = new List<(string, long)>();
        if (after)
        {
            // The reset: every friend removed in one sitting on the reset day, newest first as Facebook lists them.
            var baseline = world.People.Where(p => p.Facebook is { InBefore: true }).ToList();
            var spacing = 6 * 3_600_000L / Math.Max(1, baseline.Count);
            for (var i = 0; i < baseline.Count; i++)
            {
                removed.Add((baseline[i].Facebook!.Name ?? baseline[i].Name, world.ResetMs + (i * spacing) + (Chance.Mix(world.Seed, 31, i) % 20_000)));
            }

            removed.Reverse();
        }

        People(zip, "connections/friends/removed_friends.json", "deleted_friends_v2", removed);
        People(zip, "connections/friends/received_friend_requests.json", "received_requests_v2", []);
        People(zip, "connections/friends/sent_friend_requests.json", "sent_requests_v2",
            after ? [.. world.PendingFriendRequests.Select(r => (r.Person.Facebook!.Name ?? r.Person.Name, r.Ms))] : []);
        Profile(world, zip);
        var (messages, calls) = Threads(world, zip, cut);
        return (friends.Count, removed.Count, messages, calls);
    }

    /// <summary>
    /// Writes a string property as Facebook does: every UTF-8 byte above ASCII as its own lower-case
    /// <c>\u00xx</c> escape (Meta's mojibake), ASCII as it is.
    /// </summary>
    private static void Meta(Utf8JsonWriter json, string property, string text)
    {
        json.WritePropertyName(property);
        var bytes = Encoding.UTF8.GetBytes(text);
        var builder = new StringBuilder(bytes.Length + 8);
        builder.Append('"');
        foreach (var b in bytes)
        {
            switch (b)
            {
                case (byte)'"':
                    builder.Append("\\\"");
                    break;
                case (byte)'\\':
                    builder.Append("\\\\");
                    break;
                case (byte)'\n':
                    builder.Append("\\n");
                    break;
                case < 0x20 or >= 0x7F:
                    builder.Append("\\u00").Append(b.ToString("x2", CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append((char)b);
                    break;
            }
        }

        builder.Append('"');
        json.WriteRawValue(builder.ToString(), skipInputValidation: true);
    }

    private static Utf8JsonWriter Json(Stream stream) => new(stream, new JsonWriterOptions { Indented = true });

    private static void People(StoryZip zip, string entry, string key, List<(string Name, long Ms)> people)
    {
        using var stream = zip.Entry(entry);
        using var json = Json(stream);
        json.WriteStartObject();
        json.WriteStartArray(key);
        foreach (var (name, ms) in people)
        {
            json.WriteStartObject();
            Meta(json, "name", name);
            json.WriteNumber("timestamp", ms / 1000);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Profile(StoryWorld world, StoryZip zip)
    {
        using var stream = zip.Entry("personal_information/profile_information/profile_information.json");
        using var json = Json(stream);
        json.WriteStartObject();
        json.WriteStartObject("profile_v2");
        json.WriteStartObject("name");
        json.WriteString("full_name", StoryWorld.OwnerName);
        json.WriteString("first_name", StoryWorld.OwnerGiven);
        json.WriteString("middle_name", string.Empty);
        json.WriteString("last_name", StoryWorld.OwnerFamily);
        json.WriteEndObject();
        json.WriteStartObject("emails");
        json.WriteStartArray("emails");
        json.WriteStringValue(StoryWorld.OwnerEmail);
        json.WriteEndArray();
        json.WriteStartArray("previous_emails");
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject("current_city");
        json.WriteString("name", "Lisbon, Portugal");
        json.WriteNumber("timestamp", 0);
        json.WriteEndObject();
        json.WriteString("username", StoryWorld.OwnerFacebookUser);
        json.WriteString("profile_uri", "https://www.facebook.com/" + StoryWorld.OwnerFacebookUser);
        json.WriteNumber("registration_timestamp", world.EarliestTieMs / 1000 - (400 * 86_400));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static (int Messages, int Calls) Threads(StoryWorld world, StoryZip zip, long cut)
    {
        var threads = new SortedDictionary<(int Group, int Person), List<StoryEvent>>();
        foreach (var e in world.Events)
        {
            if (e.Platform == StoryPlatform.Facebook && e.Ms < cut && e.Kind is StoryEventKind.Text or StoryEventKind.Call or StoryEventKind.MissedCall)
            {
                var key = e.Group != 0 ? (e.Group, 0) : (0, e.Person);
                if (!threads.TryGetValue(key, out var list))
                {
                    threads.Add(key, list = []);
                }

                list.Add(e);
            }
        }

        int messages = 0, calls = 0;
        foreach (var ((group, number), events) in threads)
        {
            var plan = group != 0 ? world.Groups[group - 1] : null;
            var person = number != 0 ? world.Person(number) : null;
            var folder = plan?.Folder ?? Folder(world, person!);
            var title = plan?.Title ?? person!.Facebook!.Name ?? person.Name;
            var others = plan?.Members ?? [person!];
            if (events.Count > FacebookSample.MessagesPerFile)
            {
                throw new InvalidOperationException("a thread longer than one Facebook part: split it");
            }

            using var stream = zip.Entry("your_facebook_activity/messages/inbox/" + folder + "/message_1.json");
            using var json = Json(stream);
            json.WriteStartObject();
            json.WriteStartArray("participants");
            foreach (var other in others)
            {
                json.WriteStartObject();
                Meta(json, "name", other.Facebook!.Name ?? other.Name);
                json.WriteEndObject();
            }

            json.WriteStartObject();
            json.WriteString("name", StoryWorld.OwnerName);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartArray("messages");
            for (var i = events.Count - 1; i >= 0; i--)
            {
                var e = events[i];
                var counterpart = e.Group != 0 ? (e.Outgoing ? null : world.Person(e.Person)) : person!;
                var sender = e.Outgoing ? StoryWorld.OwnerName : counterpart!.Facebook!.Name!;
                json.WriteStartObject();
                Meta(json, "sender_name", sender);
                json.WriteNumber("timestamp_ms", e.Ms);
                if (e.Kind == StoryEventKind.Text)
                {
                    messages++;
                    WriteText(json, world, e, folder, others, i);
                }
                else
                {
                    calls++;
                    var name = counterpart!.Facebook!.Name!;
                    var text = (e.Kind, e.Outgoing, e.Video) switch
                    {
                        (StoryEventKind.Call, false, true) => name + " started a video chat.",
                        (StoryEventKind.Call, false, false) => name + " called you.",
                        (StoryEventKind.Call, true, true) => "You started a video chat.",
                        (StoryEventKind.Call, true, false) => "You called " + name + ".",
                        (_, false, true) => "You missed a video chat with " + name + ".",
                        (_, false, false) => "You missed a call from " + name + ".",
                        (_, true, true) => name + " missed your video chat.",
                        _ => name + " missed your call.",
                    };
                    Meta(json, "content", text);
                    json.WriteNumber("call_duration", e.Kind == StoryEventKind.Call ? e.Seconds : 0);
                }

                json.WriteBoolean("is_geoblocked_for_viewer", false);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            Meta(json, "title", title);
            json.WriteBoolean("is_still_participant", true);
            json.WriteString("thread_path", "inbox/" + folder);
            json.WriteStartArray("magic_words");
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return (messages, calls);
    }

    private static void WriteText(Utf8JsonWriter json, StoryWorld world, StoryEvent e, string folder, List<CastPerson> others, int index)
    {
        if (e.Photo)
        {
            json.WriteStartArray("photos");
            json.WriteStartObject();
            json.WriteString("uri", "your_facebook_activity/messages/inbox/" + folder + "/photos/" + (e.Ms / 7).ToString(CultureInfo.InvariantCulture) + "_n.jpg");
            json.WriteNumber("creation_timestamp", e.Ms / 1000);
            json.WriteEndObject();
            json.WriteEndArray();
        }
        else
        {
            var text = e.Text < 0 ? StoryTexts.OwedReply
                : e.Group == 1 ? StoryTexts.Group[e.Text % StoryTexts.Group.Length]
                : e.Group > 1 ? StoryTexts.Workshop[e.Text % StoryTexts.Workshop.Length]
                : StoryTexts.Messenger[e.Text % StoryTexts.Messenger.Length];
            Meta(json, "content", text);
        }

        if (e.Reaction > 0)
        {
            // The other side reacts: to the owner's message one of the others, to theirs the owner.
            var actor = e.Outgoing ? others[index % others.Count].Facebook!.Name! : StoryWorld.OwnerName;
            json.WriteStartArray("reactions");
            json.WriteStartObject();
            Meta(json, "reaction", ReactionEmoji[(e.Reaction - 1) % ReactionEmoji.Length]);
            Meta(json, "actor", actor);
            json.WriteEndObject();
            json.WriteEndArray();
        }
    }

    /// <summary>The thread's folder: the other person's name as lower-case ASCII and a number, as Facebook names them.</summary>
    private static string Folder(StoryWorld world, CastPerson person) =>
        MetaNames.Slug(person.Facebook!.Name ?? person.Name) + "_" + (10_150_000_000_000_000L + (Chance.Mix(world.Seed, 32, person.Number) * 977L)).ToString(CultureInfo.InvariantCulture);
}
