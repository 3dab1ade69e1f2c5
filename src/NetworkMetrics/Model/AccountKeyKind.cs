namespace NetworkMetrics;

/// <summary>
/// What an <see cref="AccountKey"/> is made from, strongest first: the order is also the order in
/// which an account's primary key is chosen (<see cref="Account.Key"/>). Its name in the key's string
/// form is given with each member.
/// </summary>
public enum AccountKeyKind
{
    /// <summary>
    /// <c>id</c>: the platform's own identifier: an X account id, a Bluesky DID, a LinkedIn member URN
    /// (<c>urn:li:member:…</c>), an address-book card's identity (its name and first address).
    /// </summary>
    Id,

    /// <summary>
    /// <c>handle</c>: a username, lower case and without <c>@</c>: an X screen name, an Instagram username,
    /// a Mastodon address <c>user@domain</c>, a Bluesky handle.
    /// </summary>
    Handle,

    /// <summary>
    /// <c>url</c>: a profile URL normalised for its platform, without scheme, <c>www.</c>, query or
    /// trailing slash: <c>linkedin.com/in/jane-doe</c>, <c>facebook.com/jane.doe</c>.
    /// </summary>
    Url,

    /// <summary><c>email</c>: an email address, case-folded.</summary>
    Email,

    /// <summary><c>phone</c>: a phone number in E.164 (<c>+4915112345678</c>).</summary>
    Phone,

    /// <summary>
    /// <c>name</c>: a person's full name, Unicode NFC, inner whitespace collapsed, lower case. The
    /// weakest key: two people may carry it (<see cref="Account.IsAmbiguous"/>).
    /// </summary>
    Name,

    /// <summary><c>org</c>: the name of an organisation or company page, normalised as names are.</summary>
    Organization,
}
