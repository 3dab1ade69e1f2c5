using System.Collections.Immutable;

namespace NetworkMetrics.Import.AddressBook;

/// <summary>The AddressBook file families the library reads, in detection order.</summary>
internal static class AddressBookFormats
{
    public static ImmutableArray<ExportFormat> All { get; } =
    [
        new GoogleContactsFormat(),
        new VCardFormat(),
    ];
}
