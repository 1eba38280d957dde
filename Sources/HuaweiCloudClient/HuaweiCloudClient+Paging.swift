// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import HuaweiCloudSigner
import SwitchyardCore

/// One page of a list call: its items and the `count` the service reported.
struct ListPage<Item: Sendable>: Sendable {
    var items: [Item]
    var count: Int?
}

extension HuaweiCloudClient {
    /// The page size for every list call: the documented maximum, so a project needs the fewest calls.
    static let pageSize = 1000
    /// SDRS accepts at most 30 IDs in `server_group_ids` / `protected_instance_ids`.
    static let sdrsIDsPerCall = 30
    /// ECS documents `server_id` filters of up to 100 IDs.
    static let ecsIDsPerCall = 100

    /// Fetches every page of an SDRS list (`offset` = item offset).
    ///
    /// When the first page is full and `count` exceeds its length, `count` is taken as the total
    /// (the docs do not say which it is) and the remaining pages are fetched concurrently; otherwise
    /// pages are fetched one after the other until a short page.
    func allSDRSPages<Item: Sendable>(
        firstPage: ListPage<Item>? = nil,
        fetch: @escaping @Sendable (_ offset: Int, _ limit: Int) async throws -> ListPage<Item>
    ) async throws -> [Item] {
        let first: ListPage<Item>
        if let firstPage { first = firstPage } else { first = try await fetch(0, Self.pageSize) }
        guard first.items.count == Self.pageSize else { return first.items }
        var items = first.items
        var offset = Self.pageSize
        var lastCount = Self.pageSize
        if let total = first.count, total > Self.pageSize {
            let offsets = Array(stride(from: Self.pageSize, to: total, by: Self.pageSize))
            let rest = try await concurrentMap(offsets) { try await fetch($0, Self.pageSize).items }
            items += rest.flatMap { $0 }
            offset = offsets[offsets.count - 1] + Self.pageSize
            lastCount = rest[rest.count - 1].count
        }
        // Sequential until a short page (also covers a total that grew while paging).
        while lastCount == Self.pageSize {
            let page = try await fetch(offset, Self.pageSize)
            items += page.items
            lastCount = page.items.count
            offset += Self.pageSize
        }
        return items
    }

    /// Fetches every page of an ECS list (`offset` = 1-based page number, `count` = total).
    func allECSPages<Item: Sendable>(
        firstPage: ListPage<Item>? = nil,
        fetch: @escaping @Sendable (_ page: Int, _ limit: Int) async throws -> ListPage<Item>
    ) async throws -> [Item] {
        let first: ListPage<Item>
        if let firstPage { first = firstPage } else { first = try await fetch(1, Self.pageSize) }
        guard first.items.count == Self.pageSize else { return first.items }
        let total = max(first.count ?? 0, Self.pageSize + 1)
        let pages = Array(2...((total + Self.pageSize - 1) / Self.pageSize))
        let rest = try await concurrentMap(pages) { try await fetch($0, Self.pageSize).items }
        var items = first.items + rest.flatMap { $0 }
        var page = (pages.last ?? 1) + 1
        var lastCount = rest.last?.count ?? Self.pageSize
        while lastCount == Self.pageSize {
            let next = try await fetch(page, Self.pageSize)
            items += next.items
            lastCount = next.items.count
            page += 1
        }
        return items
    }

    /// Runs `transform` over `inputs` with at most `listConcurrency` in flight; results keep input order.
    func concurrentMap<Input: Sendable, Output: Sendable>(
        _ inputs: [Input],
        _ transform: @escaping @Sendable (Input) async throws -> Output
    ) async throws -> [Output] {
        guard !inputs.isEmpty else { return [] }
        return try await withThrowingTaskGroup(of: (Int, Output).self) { group in
            var results = [Output?](repeating: nil, count: inputs.count)
            var next = 0
            while next < min(listConcurrency, inputs.count) {
                let index = next
                group.addTask { (index, try await transform(inputs[index])) }
                next += 1
            }
            while let (index, output) = try await group.next() {
                results[index] = output
                if next < inputs.count {
                    let index = next
                    group.addTask { (index, try await transform(inputs[index])) }
                    next += 1
                }
            }
            return results.map { $0! }
        }
    }

    /// SDRS's literal list syntax for ID filters: `['id1','id2']`.
    static func sdrsIDList(_ ids: [String]) -> String {
        "[" + ids.map { "'\($0)'" }.joined(separator: ",") + "]"
    }

    /// Splits IDs into chunks of at most `size`.
    static func chunks(_ ids: [String], size: Int) -> [[String]] {
        stride(from: 0, to: ids.count, by: size).map { Array(ids[$0..<min($0 + size, ids.count)]) }
    }
}
