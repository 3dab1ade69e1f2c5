namespace NetworkMetrics.Samples.Story;

/// <summary>What the story's people write: short invented texts per platform, none of them one of Messenger's notices.</summary>
internal static class StoryTexts
{
    public static readonly string[] Messenger =
    [
        "Are you around tonight?", "Just landed 🛬", "Haha, yes!! 😂", "Can I call you later?", "Dinner on Sunday? 🍝", "Olá! Tudo bem?",
        "Thinking of you today ❤️", "Did you finish the chapter?", "Sending the photos now 📷", "That café near the river, 7pm?", "Ok 👍",
        "Miss you! When are you back?", "Happy birthday!!! 🎂🎉", "I’m outside", "You won’t believe what happened at work",
        "Ça va? On se voit demain?", "Trzymam kciuki! 🤞", "Coffee ☕ at 4?", "Sorry, running 10 min late", "Love that idea",
        "Did you see the match? ⚽", "Good luck tomorrow 🍀", "Thanks for today, it meant a lot", "Cheers! 🥂", "Na zdrowie! 🍻",
        "It’s 5 € at the door", "Let’s walk by the sea on Saturday 🌊", "Call me when you can", "I read your draft — it’s good. Really good.",
        "Can’t stop laughing 😆", "Take care of yourself 🙏", "Hẹn gặp lại nhé 😊",
    ];

    /// <summary>LinkedIn messages to the owner.</summary>
    public static readonly string[] LinkedInIn =
    [
        "Hi Avery, hope you are well! Would you have time for a quick call next week?",
        "Thanks for the introduction, much appreciated.",
        "Congrats on the new book! 🎉",
        "We're looking for a writer for a short series on \"slow work\", would you be interested?",
        "Great to reconnect. Let's catch up soon.",
        "Sharing the brief here, happy to discuss, anytime.",
        "Thanks, Avery — that's really helpful.",
        "I saw your post on quality over quantity. Bold move!",
    ];

    /// <summary>LinkedIn messages of the owner.</summary>
    public static readonly string[] LinkedInOut =
    [
        "Thank you for the kind words about the piece.",
        "Are you going to the festival in October?",
        "Could you send me the brief & the timeline?",
        "Lovely to meet you at the panel yesterday!",
        "Sounds good, talk then.",
        "Happy work anniversary! 🥳",
        "Do you know anyone who edits non-fiction in Portuguese?",
        "Let me check my calendar, and get back to you.",
    ];

    public static readonly string[] Dm =
    [
        "haha exactly", "Are you coming on Thursday?", "Loved your thread 👏", "Sent you the link", "omg yes", "Thank you!! 🙏",
        "Can we talk about the reading?", "Where are you these days?", "👀", "Not yet, tomorrow probably", "Best line of the year",
        "Hope the launch went well 🚀", "Ping me when you're free", "Ha! Classic 😂", "You should write that up",
    ];

    public static readonly string[] Tweets =
    [
        "Wrote 1,000 words before breakfast. Now: coffee.", "The best edits are the ones nobody notices.", "Lisbon light in the afternoon ☀️",
        "Reading old drafts is a humbling sport.", "Quality over quantity, in writing and in friendship.", "New essay out today 📝",
        "What are you reading this week?", "Libraries are the best public space we have.", "Notebook number 43 begins.",
        "Some days the sentence just won't come.", "Walk first, write later.", "A good title is half the book.",
    ];

    public static readonly string[] Mentions =
    [
        "Lovely evening at the reading with @{0} 📚", "Go and read @{0}'s new piece, it's wonderful", "Thanks @{0} for the recommendation!",
        "Congratulations @{0} 🎉", "Great conversation with @{0} today", "@{0} said it better than I could",
    ];

    public static readonly string[] Replies =
    [
        "@{0} completely agree", "@{0} this is brilliant", "@{0} ha, yes 😂", "@{0} congratulations!", "@{0} see you there",
        "@{0} thank you, that means a lot", "@{0} so true",
    ];

    public static readonly string[] Group =
    [
        "Who's bringing dessert? 🍰", "I can do 7", "Same place as last time?", "Running late, start without me", "🍷🍷🍷", "Photos!",
        "That was the best one yet", "Next Sunday is at mine", "Can't make it this week 😢", "Yesss", "Does anyone have the recipe?",
    ];

    public static readonly string[] Workshop =
    [
        "Welcome, everyone! So glad you're all here ✍️", "Thank you for organising this, Avery!", "Where do we meet tomorrow?",
        "Here are my pages from today", "The exercise with the map was great", "Can we keep this group going after the workshop?",
        "Obrigada a todos 🙏", "See you at 10 at the library", "I'll bring the printouts", "What a week. Thank you all.",
    ];

    public static readonly string[] Skills =
    [
        "Creative Writing", "Editing", "Copywriting", "Storytelling", "Content Strategy", "Journalism", "Publishing", "Public Speaking",
        "Proofreading", "Ghostwriting", "Blogging", "Research",
    ];

    /// <summary>Notes of invitations to the owner.</summary>
    public static readonly string[] InvitationNotesIn =
    [
        "Hi Avery, great to meet you at the festival. Let's stay in touch!", "Reconnecting after your post — happy to be back in your network.",
        "Hi! We met at the workshop in Porto.",
    ];

    /// <summary>Notes of the owner's invitations.</summary>
    public static readonly string[] InvitationNotesOut =
    [
        "Hi, I'm rebuilding my network slowly, one real connection at a time. It would be good to have you in it.",
        "It's been a while! I'd love to reconnect.", "Great talking to you today, let's stay in touch.",
    ];

    /// <summary>Recommendations of the owner.</summary>
    public static readonly string[] RecommendationsReceived =
    [
        "Avery is the rare writer who is both fast and careful. Every deadline met, every draft better than the brief.",
        "I worked with Avery on three books. Clear, generous, and relentless about quality.",
        "Avery's editing made our report readable — and, remarkably, enjoyable.",
    ];

    /// <summary>Recommendations the owner wrote.</summary>
    public static readonly string[] RecommendationsGiven =
    [
        "A thoughtful colleague with an unusual ear for structure.",
        "One of the best researchers I have worked with: patient, precise, and kind.",
    ];

    /// <summary>The planted unanswered message.</summary>
    public const string OwedReply = "Hi Avery! Could you read the new chapter before Friday? I'd love your eye on it 🙏";
}
