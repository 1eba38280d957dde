// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import HuaweiCloudSigner
import SwitchyardCore

extension HuaweiCloudClient {
    /// Lists the items belonging to `ids` with the fewest calls: either the ID filter in chunks of
    /// `idsPerCall`, or the whole unfiltered list when that takes no more pages.
    ///
    /// The first unfiltered page tells the total (`count`); if the remaining pages cost no more than
    /// the filtered calls, they are used and the result is filtered locally by the caller.
    /// - Parameters:
    ///   - fetchFiltered: one filtered call for a chunk of IDs (all pages of it).
    ///   - fetchUnfirstPage / fetchAllUnfiltered: the unfiltered list's first page and the rest.
    func bulkList<Item: Sendable>(
        ids: [String],
        idsPerCall: Int,
        firstUnfilteredPage: @escaping @Sendable () async throws -> ListPage<Item>,
        remainingUnfiltered: @escaping @Sendable (ListPage<Item>) async throws -> [Item],
        filtered: @escaping @Sendable ([String]) async throws -> [Item]
    ) async throws -> [Item] {
        guard !ids.isEmpty else { return [] }
        let chunks = Self.chunks(ids, size: idsPerCall)
        if chunks.count <= 2 {
            return try await concurrentMap(chunks, filtered).flatMap { $0 }
        }
        let first = try await firstUnfilteredPage()
        if first.items.count < Self.pageSize { return first.items }
        if let total = first.count, total > first.items.count {
            let pages = (total + Self.pageSize - 1) / Self.pageSize
            if pages - 1 <= chunks.count {
                return try await remainingUnfiltered(first)
            }
        }
        return try await concurrentMap(chunks, filtered).flatMap { $0 }
    }
}
