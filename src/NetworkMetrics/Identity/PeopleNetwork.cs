using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using NetworkMetrics.Import;

namespace NetworkMetrics.Identity;

/// <summary>
/// The accounts of an import resolved into people (<see cref="PeopleResolver.Resolve"/>): the owner apart, every
/// other account in exactly one person, the evidence of every merge, the evidence that did not merge, and the
/// diagnostics (overrides that could not be applied, shared emails and phones, ambiguous names).
/// </summary>
public sealed class PeopleNetwork
{
    private readonly Func<AccountKey, Person?> _find;

    /// <param name="owner">The owner.</param>
    /// <param name="people">The contacts, in id order.</param>
    /// <param name="candidates">The evidence that did not merge.</param>
    /// <param name="diagnostics">The diagnostics.</param>
    /// <param name="find">The person of a key; <see langword="null"/>: an index of every key of every account is built.</param>
    internal PeopleNetwork(Person? owner, ImmutableArray<Person> people, ImmutableArray<IdentityEvidence> candidates,
        ImmutableArray<ImportDiagnostic> diagnostics, Func<AccountKey, Person?>? find)
    {
        Owner = owner;
        People = people;
        Candidates = candidates;
        Diagnostics = diagnostics;
        _find = find ?? Index(owner, people).GetValueOrDefault;
    }

    private static Dictionary<AccountKey, Person> Index(Person? owner, ImmutableArray<Person> people)
    {
        var byKey = new Dictionary<AccountKey, Person>();
        var shared = new HashSet<AccountKey>();
        foreach (var person in owner is null ? people : people.Prepend(owner))
        {
            foreach (var account in person.Accounts)
            {
                foreach (var key in account.Keys)
                {
                    if (!byKey.TryAdd(key, person) && !ReferenceEquals(byKey[key], person))
                    {
                        shared.Add(key);
                    }
                }
            }
        }

        foreach (var key in shared)
        {
            byKey.Remove(key);
        }

        return byKey;
    }

    /// <summary>The owner of the exports, with their accounts on every platform (and any contact account strong evidence showed to be theirs); <see langword="null"/> when no export names one.</summary>
    public Person? Owner { get; }

    /// <summary>The contacts: every account of <see cref="ImportResult.Accounts"/> not the owner's, each in exactly one person; in <see cref="Person.Id"/> order.</summary>
    public ImmutableArray<Person> People { get; }

    /// <summary>
    /// Evidence found between accounts of different people that did not merge them: below
    /// <see cref="IdentityOptions.MinimumConfidence"/>, weak evidence without <see cref="IdentityOptions.MergeWeakEvidence"/>,
    /// or refused (an override <c>different</c>, two accounts of one platform, a name that would join the owner). For review.
    /// </summary>
    public ImmutableArray<IdentityEvidence> Candidates { get; }

    /// <summary>What resolution met: overrides that could not be applied, shared emails and phones, ambiguous names, refused merges.</summary>
    public ImmutableArray<ImportDiagnostic> Diagnostics { get; }

    /// <summary>The person an account key names: any key of any account (O(1)), or a key of any snapshot's records.</summary>
    /// <param name="key">A key.</param>
    /// <returns>The person (the <see cref="Owner"/> for the owner's keys), or <see langword="null"/> when no account carries the key or accounts of several people do.</returns>
    public Person? Find(AccountKey key) => _find(key);

    /// <summary>
    /// The same network pseudonymised as <see cref="Pseudonymizer"/> does (docs/model.md): accounts through
    /// <see cref="Pseudonymizer.Apply(Account)"/>, names dropped, evidence keys pseudonymised and details replaced by
    /// the kind's fixed description, diagnostics by their code's description, person ids derived anew from the
    /// pseudonymised keys (so that no id is an unkeyed hash of an email or a name).
    /// </summary>
    /// <param name="pseudonymizer">The pseudonymizer.</param>
    /// <returns>The pseudonymised network.</returns>
    public PeopleNetwork Pseudonymize(Pseudonymizer pseudonymizer)
    {
        ArgumentNullException.ThrowIfNull(pseudonymizer);
        IdentityEvidence Evidence(IdentityEvidence e)
        {
            var (a, b) = (pseudonymizer.Pseudonymize(e.A), pseudonymizer.Pseudonymize(e.B));
            return new IdentityEvidence(e.Kind, a < b ? a : b, a < b ? b : a, IdentityEvidence.Describe(e.Kind), e.Confidence);
        }

        Person Apply(Person p)
        {
            var key = pseudonymizer.Pseudonymize(p.IdKey);
            return new Person(IdOf(key))
            {
                IsOwner = p.IsOwner,
                IdKey = key,
                Accounts = [.. p.Accounts.Select(pseudonymizer.Apply).OrderBy(a => a.Key)],
                Evidence = [.. p.Evidence.Select(Evidence)],
            };
        }

        var diagnostics = Diagnostics.Select(d => new ImportDiagnostic(d.Severity, d.Code, DiagnosticCatalog.Describe(d.Code))
        {
            File = d.File is null ? null : pseudonymizer.PseudonymizePath(null, d.File),
            Line = d.Line,
            Record = d.Record,
            Offset = d.Offset,
        });
        return new PeopleNetwork(Owner is null ? null : Apply(Owner), [.. People.Select(Apply).OrderBy(p => p.Id, StringComparer.Ordinal)],
            [.. Candidates.Select(Evidence)], [.. diagnostics], null);
    }

    /// <summary>The id of a person whose strongest, smallest key is <paramref name="key"/>: <c>p-</c> and 12 hex digits of SHA-256 over its string form.</summary>
    internal static string IdOf(AccountKey key)
    {
        // The UTF-8 of the key's string form, without building the string (one id per person).
        var platform = key.Platform.ToString();
        var kind = AccountKey.KindName(key.Kind);
        var length = platform.Length + kind.Length + 2 + Encoding.UTF8.GetMaxByteCount(key.Value.Length);
        var rented = length > 512 ? System.Buffers.ArrayPool<byte>.Shared.Rent(length) : null;
        var buffer = rented is null ? stackalloc byte[512] : rented;
        var n = Encoding.UTF8.GetBytes(platform, buffer);
        buffer[n++] = (byte)':';
        n += Encoding.UTF8.GetBytes(kind, buffer[n..]);
        buffer[n++] = (byte)':';
        n += Encoding.UTF8.GetBytes(key.Value, buffer[n..]);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(buffer[..n], hash);
        if (rented is not null)
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        }

        return string.Create(14, hash[..6].ToArray(), static (chars, bytes) =>
        {
            chars[0] = 'p';
            chars[1] = '-';
            for (var i = 0; i < bytes.Length; i++)
            {
                chars[2 + (2 * i)] = "0123456789abcdef"[bytes[i] >> 4];
                chars[3 + (2 * i)] = "0123456789abcdef"[bytes[i] & 0xF];
            }
        });
    }
}
