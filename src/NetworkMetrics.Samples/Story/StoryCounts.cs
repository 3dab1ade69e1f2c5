namespace NetworkMetrics.Samples.Story;

/// <summary>The headline numbers of one side's exports, as an importer should count them.</summary>
/// <param name="LinkedInConnections">Rows of <c>Connections.csv</c> (hidden members included).</param>
/// <param name="LinkedInMessages">Rows of <c>messages.csv</c> that are messages (drafts excluded).</param>
/// <param name="LinkedInInvitations">Rows of <c>Invitations.csv</c>.</param>
/// <param name="FacebookFriends">Items of <c>your_friends.json</c>.</param>
/// <param name="FacebookRemoved">Items of <c>removed_friends.json</c>.</param>
/// <param name="FacebookMessages">Messages in the Messenger threads (calls and notices excluded).</param>
/// <param name="FacebookCalls">Call entries (<c>call_duration</c>) in the threads.</param>
/// <param name="TwitterFollowing">Records of <c>following.js</c>.</param>
/// <param name="TwitterFollowers">Records of <c>follower.js</c>.</param>
/// <param name="TwitterDirectMessages">Distinct direct messages.</param>
/// <param name="TwitterTweets">Tweets in <c>tweets.js</c>.</param>
/// <param name="AddressBookContacts">Cards of the vCard file.</param>
public sealed record StoryCounts(
    int LinkedInConnections, int LinkedInMessages, int LinkedInInvitations,
    int FacebookFriends, int FacebookRemoved, int FacebookMessages, int FacebookCalls,
    int TwitterFollowing, int TwitterFollowers, int TwitterDirectMessages, int TwitterTweets,
    int AddressBookContacts);
