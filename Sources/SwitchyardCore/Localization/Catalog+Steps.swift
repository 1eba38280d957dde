// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

// The steps of a group's plan, one sentence each.

extension Catalog {
    static let steps: [MessageKey: [Language: String]] = [
        .stepStopAt: entry("{servers} at {zone}: {names}", "{zone} 的 {servers}：{names}"),
        .stepStopDROne: entry(
            "the DR-site server at {zone} that runs, because SDRS needs every server of the group shut down for a switchover: {names}",
            "{zone} 正在运行的容灾站点云服务器（SDRS 要求切换时保护组的所有云服务器均已关机）：{names}"),
        .stepStopDROther: entry(
            "{count} DR-site servers at {zone} that run, because SDRS needs every server of the group shut down for a switchover: {names}",
            "{zone} 正在运行的 {count} 台容灾站点云服务器（SDRS 要求切换时保护组的所有云服务器均已关机）：{names}"),
        .stepStopAnd: entry("; and ", "；以及"),
        .stepStop: entry("stop ({mode}) {parts}", "关机（{mode}）{parts}"),
        .stepFence: entry(
            "fence: stop ({mode}) {servers} at {zone} that ECS still reaches, so that both sites never run: {names}",
            "隔离：关机（{mode}）{zone} 上 ECS 仍能访问的 {servers}，确保两个站点不会同时运行：{names}"),
        .stepStopReprotect: entry(
            "stop ({mode}) {servers} at the other site, the old production (SDRS re-protects only with them shut down): {names}",
            "关机（{mode}）另一站点（原生产站点）的 {servers}（SDRS 仅在它们关机后才能重保护）：{names}"),
        .stepConfirmOne: entry(
            "confirm {servers} at {sites} is shut down (already SHUTOFF): {names}",
            "确认 {sites} 的 {servers} 已关机（已是 SHUTOFF）：{names}"),
        .stepConfirmOther: entry(
            "confirm {servers} at {sites} are shut down (already SHUTOFF): {names}",
            "确认 {sites} 的 {servers} 已关机（已是 SHUTOFF）：{names}"),
        .stepWaitShutdownOne: entry(
            "wait up to {timeout} until {servers} at {sites} is shut down{then}{extra}",
            "最多等待 {timeout}，直到 {sites} 的 {servers} 关机{then}{extra}"),
        .stepWaitShutdownOther: entry(
            "wait up to {timeout} until {servers} at {sites} are shut down{then}{extra}",
            "最多等待 {timeout}，直到 {sites} 的 {servers} 关机{then}{extra}"),
        .stepThenEscalate: entry(
            "; after {timeout}, force off (HARD) any still running and wait again",
            "；{timeout} 后仍在运行的云服务器将被强制关机（HARD），然后再次等待"),
        .stepThenFailOne: entry("; the group fails if it is not shut down by then", "；届时仍未关机则该保护组失败"),
        .stepThenFailOther: entry("; the group fails if they are not shut down by then", "；届时仍未全部关机则该保护组失败"),
        .stepNames: entry(": {names}", "：{names}"),
        .sitesBoth: entry("{first} and {second}", "{first} 和 {second}"),
        .theOtherSite: entry("the other site", "另一站点"),
        .stepReverse: entry(
            "reverse the protection group: priority_station {site} ({zone}) becomes production",
            "切换保护组：priority_station {site}（{zone}）成为生产站点"),
        .stepWaitInFlight: entry(
            "wait up to {timeout} for the switchover already in flight (started elsewhere) to finish with the group protected at {site}; no second switchover is sent",
            "最多等待 {timeout}，直到进行中的切换（由别处发起）完成、保护组在 {site} 处于保护状态；不会再次发起切换"),
        .stepWaitSwitch: entry(
            "wait up to {timeout} for the switchover job and for the group to be protected at {site}",
            "最多等待 {timeout}，直到切换任务完成且保护组在 {site} 处于保护状态"),
        .stepStartAfterFailover: entry(
            "start {servers} at {zone}, once no server ECS reaches at the old site runs: {names}",
            "待原站点上已无 ECS 可访问的云服务器在运行后，开机 {zone} 的 {servers}：{names}"),
        .stepStart: entry(
            "start {servers} at {zone}, once every server at the other site is shut down: {names}",
            "待另一站点的所有云服务器均已关机后，开机 {zone} 的 {servers}：{names}"),
        .stepFailover: entry(
            "FAIL OVER the protection group (failover-server-group): {site} ({zone}) becomes production without a shutdown; replication stops",
            "故障切换保护组（failover-server-group）：{site}（{zone}）无需关机即成为生产站点；复制停止"),
        .stepWaitFailover: entry(
            "wait up to {timeout} for the failover job and for the group to be failed-over at {site}; no second failover is sent",
            "最多等待 {timeout}，直到故障切换任务完成且保护组在 {site} 处于 failed-over 状态；不会再次发起故障切换"),
        .stepReprotect: entry(
            "re-protect the group (start-server-group): replication restarts from {zone} to the other site",
            "重保护保护组（start-server-group）：复制从 {zone} 重新开始，复制到另一站点"),
        .stepEnable: entry("enable protection (start-server-group)", "开启保护（start-server-group）"),
        .stepDisable: entry("disable protection (stop-server-group): replication stops", "停止保护（stop-server-group）：复制停止"),
        .stepWaitProtected: entry(
            "wait up to {timeout} for the job and for the group to be protected; no second call is sent",
            "最多等待 {timeout}，直到任务完成且保护组处于保护状态（protected）；不会再次调用"),
        .stepWaitAvailable: entry(
            "wait up to {timeout} for the job and for the group to be available (protection off); no second call is sent",
            "最多等待 {timeout}，直到任务完成且保护组处于可用状态（available，保护已停止）；不会再次调用"),
    ]
}
