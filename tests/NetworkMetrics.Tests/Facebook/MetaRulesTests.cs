using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NetworkMetrics.Import;
using NetworkMetrics.Import.Facebook;
using NetworkMetrics.Text;

namespace NetworkMetrics.Tests.Facebook;

/// <summary>The rules shared by Facebook and Instagram: notices, paths, in-place mojibake repair.</summary>
public sealed class MetaRulesTests
{
    /// <summary>Notices as the platforms write them, with their senders (shared with <see cref="MayBeNoticeTests"/>).</summary>
    public static TheoryData<string, string?> Notices { get; } = new()
    {
        { "Jonas Weber named the group Study group 📚.", "Jonas Weber" },
        { "You named the group Study group.", "Lan" },
        { "Yaw Darko added Ama Boateng to the group.", "Yaw Darko" },
        { "You added Ama Boateng and Efua Owusu to the group.", "Kwame" },
        { "Ama Boateng left the group.", "Ama Boateng" },
        { "Ama Boateng removed Yaw Darko from the group.", "Ama Boateng" },
        { "Priya Raman joined the video chat.", "Priya Raman" },
        { "Đặng Thu Hà 🐉 started a video chat.", "Đặng Thu Hà 🐉" },
        { "You are now connected on Messenger", "Kwame" },
        { "You are now connected on Messenger.", null },
        { "You can now message and call each other and see info like Active Status and when you've read messages.", null },
        { "Say hi to your new Facebook friend, Ama.", null },
        { "Amélie Roussel set the nickname for Léa Fontaine to Lé.", "Amélie Roussel" },
        { "You set your nickname to Lé.", "Léa" },
        { "Ama Boateng changed the group photo.", "Ama Boateng" },
        { "You changed the theme to Love.", "Kwame" },
        { "Yaw Darko set the emoji to 🔥.", "Yaw Darko" },
        { "Liked a message", "Kaito Sato" },
        { "Reacted 😂 to your message", "Thando" },
        { "Thando Mokoena started an audio call", "Thando Mokoena" },
        { "Audio call ended", "Thando Mokoena" },
        { "Kaito Sato missed your call.", "Kaito Sato" },
    };

    [Theory]
    [MemberData(nameof(Notices))]
    public void Platform_notices_are_not_messages(string text, string? sender) =>
        Assert.True(MetaNotices.IsNotice(text, sender));

    [Theory]
    [InlineData("Jonas Weber named the group Study group.", "Trần Mai")] // someone else's name: a quote, not a notice
    [InlineData("I left the group yesterday", "Ama Boateng")]
    [InlineData("Did you see Ama left the group?", "Yaw Darko")]
    [InlineData("You are now connected on Messenger? I thought we were already", "Kwame")]
    [InlineData("You sent an attachment.", "Kwame")]
    [InlineData("Reacted", "Kwame")]
    [InlineData("You called Jane?", "Kwame")]
    [InlineData("", "Kwame")]
    [InlineData("hello everyone", null)]
    public void Ordinary_texts_are_messages(string text, string? sender) =>
        Assert.False(MetaNotices.IsNotice(text, sender));

    [Theory]
    [InlineData("messages/inbox/jane_1/message_1.json", "Either")]
    [InlineData("messages/inbox/jane_1/message.json", "Either")]
    [InlineData("messages/e2ee_cutover/jane_1/message_12.json", "Either")]
    [InlineData("your_facebook_activity/messages/inbox/jane_1/message_1.json", "Facebook")]
    [InlineData("your_activity_across_facebook/messages/archived_threads/jane_1/message_2.json", "Facebook")]
    [InlineData("your_instagram_activity/messages/inbox/jane_1/message_1.json", "Instagram")]
    [InlineData("instagram-jane-2022-03-01/messages/inbox/jane_1/message_1.json", "Instagram")]
    [InlineData("facebook-jane-2020-03-01/messages/inbox/jane_1/message_1.json", "Facebook")]
    [InlineData("messages/inbox/jane_1/message_one.json", "None")]
    [InlineData("messages/stickers_used/jane_1/message_1.json", "None")]
    [InlineData("inbox/jane_1/message_1.json", "None")]
    [InlineData("message_1.json", "None")]
    public void Thread_paths_say_which_platform_when_they_can(string path, string side) =>
        Assert.Equal(Enum.Parse<MetaSide>(side), MetaPaths.ThreadSide(path, path[(path.LastIndexOf('/') + 1)..]));

    [Theory]
    [InlineData("profile_information/profile_information.json", "facebook.profile")]
    [InlineData("personal_information/profile_information/profile_information.json", "facebook.profile")]
    [InlineData("friends/friends.json", "facebook.friends")]
    [InlineData("friends_and_followers/friends.json", "facebook.friends")]
    [InlineData("connections/friends/your_friends.json", "facebook.friends")]
    [InlineData("connections/friends/removed_friends.json", "facebook.removed-friends")]
    [InlineData("friends_and_followers/friend_requests_received.json", "facebook.friend-requests")]
    [InlineData("following_and_followers/following.json", "facebook.following")]
    [InlineData("connections/followers/who_you've_followed.json", "facebook.following")]
    [InlineData("connections/followers/people_who_followed_you.json", "facebook.followers")]
    [InlineData("connections/followers_and_following/following.json", "instagram.following")]
    [InlineData("followers_and_following/followers.json", "instagram.followers")]
    [InlineData("connections/followers_and_following/followers_12.json", "instagram.followers")]
    [InlineData("connections/followers_and_following/recently_unfollowed_accounts.json", "instagram.unfollowed")]
    [InlineData("connections/followers_and_following/close_friends.json", "instagram.close-friends")]
    [InlineData("your_instagram_activity/messages/inbox/jane_1/message_3.json", "instagram.messages")]
    [InlineData("your_facebook_activity/messages/inbox/jane_1/message_3.json", "facebook.messages")]
    [InlineData("your_facebook_activity/messages/inbox/jane_1/message_3.html", "facebook.html-export")]
    [InlineData("friends/friends.html", "facebook.html-export")]
    [InlineData("connections/followers_and_following/followers_1.html", "instagram.html-export")]
    public void Paths_are_detected_as_the_right_family(string path, string id)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        var format = FormatRegistry.All.First(f => f.MatchPath(path, name) != PathMatch.No);

        Assert.Equal(id, format.Id);
        Assert.Equal(PathMatch.Yes, format.MatchPath(path, name));
    }

    [Fact]
    public void The_shared_thread_layout_is_decided_by_the_first_bytes()
    {
        var facebook = FormatRegistry.All.Single(f => f.Id == "facebook.messages");
        var instagram = FormatRegistry.All.Single(f => f.Id == "instagram.messages");
        var shared = """{"participants": [{"name": "Kaito"}], "messages": [{"sender_name": "Kaito", "timestamp_ms": 1, "content": "hi"}]}"""u8;
        var withLink = """{"participants": [{"name": "Kaito"}], "messages": [{"share": {"link": "https://www.instagram.com/p/x/"}}]}"""u8;
        var liked = """{"messages": [{"sender_name": "Kaito", "content": "Liked a message"}]}"""u8;

        Assert.True(facebook.MatchContent(shared));
        Assert.False(instagram.MatchContent(shared));
        Assert.False(facebook.MatchContent(withLink));
        Assert.True(instagram.MatchContent(withLink));
        Assert.True(instagram.MatchContent(liked));
    }

    [Fact]
    public void Bytes_0x80_to_0x9F_are_latin1_not_windows1252()
    {
        Assert.Equal("’", Mojibake.Repair("\u00e2\u0080\u0099"));
        var text = "It\u00e2\u0080\u0099s 5 \u00e2\u0082\u00ac".ToCharArray();

        var length = Mojibake.Repair(text, new byte[text.Length]);

        Assert.Equal("It’s 5 €", new string(text, 0, length));
    }

    [Property(MaxTest = 300)]
    public void In_place_repair_is_the_same_as_the_string_repair(string? text)
    {
        text ??= string.Empty;
        foreach (var input in new[] { text, Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(text)) })
        {
            var chars = input.ToCharArray();
            var length = Mojibake.Repair(chars, new byte[chars.Length]);
            Assert.Equal(Mojibake.Repair(input), new string(chars, 0, length));
        }
    }

    [Property(MaxTest = 200)]
    public void Any_text_written_as_mojibake_comes_back(NonNull<string> generated)
    {
        var text = generated.Get;
        var utf8 = Encoding.UTF8.GetBytes(text);
        if (!Encoding.UTF8.GetString(utf8).Equals(text, StringComparison.Ordinal))
        {
            return; // a lone surrogate has no UTF-8 form
        }

        Assert.Equal(text, Mojibake.Repair(Encoding.Latin1.GetString(utf8)));
    }

    [Fact]
    public void The_span_hash_is_the_string_hash()
    {
        Assert.Equal(Fingerprint.OfContent("Hẹn gặp lại nhé 😊"), Fingerprint.OfContent("Hẹn gặp lại nhé 😊".AsSpan()));
        Assert.NotEqual(Fingerprint.OfContent("a"), Fingerprint.OfContent("b".AsSpan()));
    }
}
