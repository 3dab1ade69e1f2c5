using NetworkMetrics.Text;

namespace NetworkMetrics.Import.LinkedIn;

/// <summary>
/// Invitations.csv: 2018 <c>From,To,Sent At,Message,Direction</c>; 2024 adds
/// <c>inviterProfileUrl,inviteeProfileUrl</c>. Each row is an invitation tie and an
/// invitation interaction.
/// </summary>
internal sealed class InvitationsFormat() : LinkedInCsvFormat("linkedin.invitations", "Invitations.csv")
{
    public override CountKinds Holds => CountKinds.Invitations;

    protected override IReadOnlyList<string> HeaderColumns { get; } = ["From", "To", "Sent At", "Direction"];

    public override void Parse(Stream stream, ParseContext context)
    {
        using var table = CsvTable.Open(stream, context, HeaderWith(HeaderColumns),
            "the columns From, To, Sent At, Message, Direction (and inviterProfileUrl, inviteeProfileUrl since 2024)");
        context.Format = table.IsEmpty ? Id + ".empty" : table.Has("inviterProfileUrl") ? Id + ".2024" : Id + ".2018";
        if (table.IsEmpty)
        {
            return;
        }

        int from = table.Column("From"), to = table.Column("To"), sentAt = table.Column("Sent At"), message = table.Column("Message"),
            direction = table.Column("Direction"), inviter = table.Column("inviterProfileUrl"), invitee = table.Column("inviteeProfileUrl");
        while (table.Read())
        {
            var outgoing = table.Get(direction)?.ToUpperInvariant() switch
            {
                "OUTGOING" => true,
                "INCOMING" => false,
                _ => (bool?)null,
            };
            if (outgoing is null)
            {
                table.Skip("linkedin.bad-direction", $"'{table.Get(direction)}' in Direction is neither INCOMING nor OUTGOING");
                continue;
            }

            var dateText = table.Get(sentAt);
            if (!TryDate(dateText, out var at))
            {
                table.Skip("linkedin.bad-date", $"'{dateText}' in Sent At is not a date (expected e.g. 12/15/24, 7:47 AM)");
                continue;
            }

            var other = outgoing.Value ? Member(table.Get(invitee), table.Get(to)) : Member(table.Get(inviter), table.Get(from));
            if (other is not null)
            {
                context.Add(other);
            }

            context.Add(new Tie(Platform.LinkedIn, other?.Key, outgoing.Value ? TieKind.InvitationSent : TieKind.InvitationReceived) { Since = at });
            if (at is { } when)
            {
                var text = table.Get(message);
                context.Add(new Interaction(Platform.LinkedIn, InteractionChannel.Invitation,
                    outgoing.Value ? InteractionDirection.Outgoing : InteractionDirection.Incoming, when)
                {
                    AccountKeys = other is null ? [] : [other.Key],
                    Content = context.IncludeContent ? text : null,
                }, Fingerprint.OfContent(text));
            }

            context.Kept();
        }
    }
}

/// <summary>Endorsement_Received_Info.csv and Endorsement_Given_Info.csv: skill endorsements as interactions.</summary>
internal sealed class EndorsementsFormat(bool received) : LinkedInCsvFormat(
    received ? "linkedin.endorsements-received" : "linkedin.endorsements-given",
    received ? "Endorsement_Received_Info.csv" : "Endorsement_Given_Info.csv")
{
    private readonly string _role = received ? "Endorser" : "Endorsee";

    protected override IReadOnlyList<string> HeaderColumns { get; } = ["Endorsement Date", (received ? "Endorser" : "Endorsee") + " First Name"];

    public override void Parse(Stream stream, ParseContext context)
    {
        using var table = CsvTable.Open(stream, context, HeaderWith(HeaderColumns),
            $"the columns Endorsement Date, Skill Name, {_role} First Name, {_role} Last Name, {_role} Public Url, Endorsement Status");
        if (table.IsEmpty)
        {
            return;
        }

        int date = table.Column("Endorsement Date"), first = table.Column($"{_role} First Name"), last = table.Column($"{_role} Last Name"),
            url = table.Column($"{_role} Public Url");
        while (table.Read())
        {
            var dateText = table.Get(date);
            if (!TryDate(dateText, out var at) || at is null)
            {
                table.Skip("linkedin.bad-date", $"'{dateText}' in Endorsement Date is not a date (expected e.g. 2024/12/07 14:51:07 UTC)");
                continue;
            }

            var other = Member(table.Get(url), FullName(table.Get(first), table.Get(last)));
            if (other is not null)
            {
                context.Add(other);
            }

            context.Add(new Interaction(Platform.LinkedIn, InteractionChannel.Endorsement,
                received ? InteractionDirection.Incoming : InteractionDirection.Outgoing, at.Value)
            {
                AccountKeys = other is null ? [] : [other.Key],
            });
            context.Kept();
        }
    }
}

/// <summary>Recommendations_Given.csv and Recommendations_Received.csv: recommendations as interactions.</summary>
internal sealed class RecommendationsFormat(bool received) : LinkedInCsvFormat(
    received ? "linkedin.recommendations-received" : "linkedin.recommendations-given",
    received ? "Recommendations_Received.csv" : "Recommendations_Given.csv")
{
    protected override IReadOnlyList<string> HeaderColumns { get; } = ["First Name", "Last Name", "Creation Date"];

    public override void Parse(Stream stream, ParseContext context)
    {
        using var table = CsvTable.Open(stream, context, HeaderWith(HeaderColumns),
            "the columns First Name, Last Name, Company, Job Title, Text, Creation Date, Status");
        if (table.IsEmpty)
        {
            return;
        }

        int first = table.Column("First Name"), last = table.Column("Last Name"), date = table.Column("Creation Date"), text = table.Column("Text");
        while (table.Read())
        {
            var dateText = table.Get(date);
            if (!TryDate(dateText, out var at) || at is null)
            {
                table.Skip("linkedin.bad-date", $"'{dateText}' in Creation Date is not a date (expected e.g. 11/27/24, 09:51 AM)");
                continue;
            }

            var other = Member(null, FullName(table.Get(first), table.Get(last)));
            if (other is not null)
            {
                context.Add(other);
            }

            var content = table.Get(text);
            context.Add(new Interaction(Platform.LinkedIn, InteractionChannel.Recommendation,
                received ? InteractionDirection.Incoming : InteractionDirection.Outgoing, at.Value)
            {
                AccountKeys = other is null ? [] : [other.Key],
                Content = context.IncludeContent ? content : null,
            }, Fingerprint.OfContent(content));
            context.Kept();
        }
    }
}

/// <summary>Member_Follows.csv: <c>Active</c> rows are follows, <c>Unfollow</c> rows are ended follows.</summary>
internal sealed class MemberFollowsFormat() : LinkedInCsvFormat("linkedin.member-follows", "Member_Follows.csv")
{
    public override CountKinds Holds => CountKinds.Following | CountKinds.Removed;

    protected override IReadOnlyList<string> HeaderColumns { get; } = ["Date", "Status", "FullName"];

    public override void Parse(Stream stream, ParseContext context)
    {
        using var table = CsvTable.Open(stream, context, HeaderWith(HeaderColumns), "the columns Date, Status, FullName");
        if (table.IsEmpty)
        {
            return;
        }

        int date = table.Column("Date"), status = table.Column("Status"), name = table.Column("FullName");
        while (table.Read())
        {
            var kind = table.Get(status)?.ToUpperInvariant() switch
            {
                "ACTIVE" => TieKind.Following,
                "UNFOLLOW" or "UNFOLLOWED" or "INACTIVE" => TieKind.Unfollowed,
                _ => (TieKind?)null,
            };
            if (kind is null)
            {
                table.Skip("linkedin.bad-status", $"'{table.Get(status)}' in Status is neither Active nor Unfollow");
                continue;
            }

            var dateText = table.Get(date);
            if (!TryDate(dateText, out var since))
            {
                table.Skip("linkedin.bad-date", $"'{dateText}' in Date is not a date (expected e.g. 2026-04-06 14:48:23)");
                continue;
            }

            var other = Member(null, table.Get(name));
            if (other is not null)
            {
                context.Add(other);
            }

            // An Unfollow row's date is when the follow ended.
            context.Add(kind == TieKind.Unfollowed
                ? new Tie(Platform.LinkedIn, other?.Key, kind.Value) { EndedAt = since }
                : new Tie(Platform.LinkedIn, other?.Key, kind.Value) { Since = since });
            context.Kept();
        }
    }
}

/// <summary>Company Follows.csv: organisations the owner follows, reported apart from people.</summary>
internal sealed class CompanyFollowsFormat() : LinkedInCsvFormat("linkedin.company-follows", "Company Follows.csv", "Company_Follows.csv")
{
    public override CountKinds Holds => CountKinds.FollowingOrganizations;

    protected override IReadOnlyList<string> HeaderColumns { get; } = ["Organization", "Followed On"];

    public override void Parse(Stream stream, ParseContext context)
    {
        using var table = CsvTable.Open(stream, context, HeaderWith(HeaderColumns), "the columns Organization, Followed On");
        if (table.IsEmpty)
        {
            return;
        }

        int organization = table.Column("Organization"), followedOn = table.Column("Followed On");
        while (table.Read())
        {
            var dateText = table.Get(followedOn);
            if (!TryDate(dateText, out var since))
            {
                table.Skip("linkedin.bad-date", $"'{dateText}' in Followed On is not a date (expected e.g. Sat Dec 14 08:57:55 UTC 2024)");
                continue;
            }

            var name = Identifiers.CleanName(table.Get(organization));
            Account? org = name is null ? null
                : new Account(AccountKey.Normalized(Platform.LinkedIn, AccountKeyKind.Organization, name.ToLowerInvariant())) { Name = name, Kind = AccountKind.Organization };
            if (org is not null)
            {
                context.Add(org);
            }

            context.Add(new Tie(Platform.LinkedIn, org?.Key, TieKind.FollowingOrganization) { Since = since });
            context.Kept();
        }
    }
}

/// <summary>
/// Profile.csv: the owner (read before the other files of the export, so messages know who is
/// speaking). Its columns vary by era: most exports have <c>Headline</c> (<c>First Name, Last Name,
/// Maiden Name, Address, Birth Date, Headline, Summary, Industry, …, Twitter Handles, Websites</c>),
/// some <c>Created Date</c> and no <c>Headline</c> (<c>First Name, Last Name, Maiden Name, Created
/// Date, Address, Industry</c>). The owner is read from whatever name columns there are; any other
/// column set is an info diagnostic, not an error.
/// </summary>
internal sealed class ProfileFormat() : LinkedInCsvFormat("linkedin.profile", "Profile.csv")
{
    /// <summary>The columns that may name the owner, in the order they are tried.</summary>
    private static readonly string[] NameColumns = ["First Name", "Last Name", "Full Name", "Name"];

    /// <summary>The generations, as the column that tells each apart.</summary>
    private static readonly (string Column, string Generation)[] Eras = [("Headline", ".headline"), ("Created Date", ".created-date")];

    public override int Phase => 0;

    protected override IReadOnlyList<string> HeaderColumns { get; } = ["First Name", "Last Name", "Headline"];

    public override void Parse(Stream stream, ParseContext context)
    {
        CsvTable table;
        try
        {
            table = CsvTable.Open(stream, context, header => NameColumns.Any(c => header.Contains(c, StringComparer.OrdinalIgnoreCase)),
                "a column naming the owner (First Name, Last Name, Full Name or Name)");
        }
        catch (ExportFormatException ex) when (ex.Code == "csv.missing-header")
        {
            context.Format = Id + ".other";
            context.Report(DiagnosticSeverity.Info, "linkedin.profile-columns",
                "Profile.csv has no column naming the owner (First Name, Last Name, Full Name or Name): the owner is not known from it");
            return;
        }

        using (table)
        {
            ReadOwner(table, context);
        }
    }

    private void ReadOwner(CsvTable table, ParseContext context)
    {
        if (table.IsEmpty)
        {
            context.Format = Id + ".empty";
            return;
        }

        var era = Array.Find(Eras, e => table.Has(e.Column));
        context.Format = Id + (era.Generation ?? ".other");
        if (era.Generation is null)
        {
            context.Report(DiagnosticSeverity.Info, "linkedin.profile-columns",
                $"Profile.csv has columns of no known generation ({string.Join(", ", table.Header.Where(h => h.Length > 0))}); the owner was read from its name columns");
        }

        if (!table.Read())
        {
            return;
        }

        var name = Identifiers.CleanName(FullName(table.Get(table.Column("First Name")), table.Get(table.Column("Last Name"))))
            ?? Identifiers.CleanName(table.Get(table.Column("Full Name", "Name")));
        if (name is null)
        {
            return;
        }

        context.SetOwner(OwnerAccount(name, List(table.Get(table.Column("Websites"))), List(table.Get(table.Column("Twitter Handles")))), confidence: 100);
        context.Kept();
    }

    /// <summary>
    /// The owner as Profile.csv states them: the name, the web sites (profiles on other platforms among
    /// them become links), and the "Twitter Handles" column, which holds X handles, not URLs.
    /// </summary>
    internal static Account OwnerAccount(string name, IReadOnlyList<string> websites, IReadOnlyList<string> twitterHandles)
    {
        var links = new List<AccountKey>();
        var sites = new List<string>();
        foreach (var site in websites)
        {
            if (AccountKeys.ProfileLink(site) is { } link)
            {
                links.Add(link);
            }
            else
            {
                sites.Add(site);
            }
        }

        foreach (var handle in twitterHandles)
        {
            if (AccountKeys.HandleOrProfile(Platform.Twitter, handle) is { } link)
            {
                links.Add(link);
            }
        }

        return new Account(AccountKeys.Name(Platform.LinkedIn, name)!.Value)
        {
            Name = name,
            Links = [.. links.Distinct()],
            Websites = [.. sites.Distinct(StringComparer.Ordinal)],
        };
    }

    /// <summary>A list column as LinkedIn writes it: <c>[a,b]</c> or <c>a; b</c>.</summary>
    private static List<string> List(string? value) =>
        value is null ? [] : [.. value.Trim('[', ']').Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}

/// <summary>
/// Email Addresses.csv (<c>Email Address,Confirmed,Primary,Updated On</c>) and PhoneNumbers.csv
/// (<c>Extension,Number,Type</c>; <c>Phone Numbers.csv</c> in 2018): the owner's own addresses and numbers,
/// stated like the profile (phase 0), so that the owner is recognised on other platforms by them.
/// </summary>
internal sealed class OwnerContactsFormat(bool phones) : LinkedInCsvFormat(
    phones ? "linkedin.phone-numbers" : "linkedin.email-addresses",
    phones ? ["PhoneNumbers.csv", "Phone Numbers.csv"] : ["Email Addresses.csv", "Email_Addresses.csv"])
{
    public override int Phase => 0;

    protected override IReadOnlyList<string> HeaderColumns { get; } = phones ? ["Extension", "Number", "Type"] : ["Email Address", "Confirmed", "Primary"];

    public override void Parse(Stream stream, ParseContext context)
    {
        var column = phones ? "Number" : "Email Address";
        using var table = CsvTable.Open(stream, context, HeaderWith(HeaderColumns), phones ? "the columns Extension, Number, Type" : "the columns Email Address, Confirmed, Primary, Updated On");
        if (table.IsEmpty)
        {
            return;
        }

        var index = table.Column(column);
        var emails = new List<EmailAddress>();
        var numbers = new List<PhoneNumber>();
        while (table.Read())
        {
            var value = table.Get(index);
            if (phones && Phones.Written(value) is { } written)
            {
                numbers.Add(new PhoneNumber(written));
            }
            else if (!phones && Identifiers.CleanEmail(value) is { } email)
            {
                emails.Add(new EmailAddress(email, value!));
            }
            else
            {
                table.Skip(phones ? "linkedin.bad-phone" : "linkedin.bad-email", $"'{value}' in {column} is not {(phones ? "a phone number" : "an email address")}");
                continue;
            }

            context.Kept();
        }

        context.AddOwnerDetails([.. emails], [.. numbers]);
    }
}

/// <summary>coach_messages.csv: conversations with LinkedIn's AI assistant. Recognised, and deliberately not counted: not a person.</summary>
internal sealed class CoachMessagesFormat() : LinkedInCsvFormat("linkedin.coach-messages", "coach_messages.csv")
{
    public override void Parse(Stream stream, ParseContext context) =>
        context.Report(DiagnosticSeverity.Info, "linkedin.coach-messages",
            "conversations with LinkedIn's AI assistant are not messages between people; not counted");
}
