// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

// The drill report as people read it (text, JUnit messages, HTML page), the drill's failures and
// progress lines, the summary line and the --drill-vpc mistakes. Phase names (cleanup, create,
// check, delete), statuses, IDs, JUnit names and types, and the JSON stay English. Terms:
// docs/zh-CN/glossary.md (DR drill 容灾演练, drill server 演练云服务器, RTO, emulator 模拟器).

extension Catalog {
    static let drill: [MessageKey: [Language: String]] = [
        // Text report
        .drillHeader: entry("switchyard drill for {file}", "switchyard 容灾演练：{file}"),
        .drillTimeScale: entry(
            "emulated at time scale {scale}; durations are shown in cloud time",
            "在模拟器中以时间比例 {scale} 运行；时长按云上时间显示"),
        .drillNotDrilled: entry("not drilled: {reason}", "未演练：{reason}"),
        .drillSummary: entry("Drill: {passed} passed, {failed} failed.", "容灾演练：{passed} 个通过，{failed} 个失败。"),

        // Headline of a group
        .drillRTOSuffix: entry(" (RTO {rto})", "（RTO {rto}）"),
        .drillAvailableIn: entry("drill available in {duration}{rto}", "容灾演练在 {duration} 后可用{rto}"),
        .drillExceedsRTO: entry("{time}: exceeds the RTO", "{time}：超出 RTO"),
        .drillFailed: entry("failed: {failure}", "失败：{failure}"),
        .drillTimeThenFailed: entry("{time}; failed: {failure}", "{time}；失败：{failure}"),
        .drillPassed: entry("passed", "通过"),

        // Facts of a group
        .drillFactLeftovers: entry(
            "removed {count} drill(s) left by an earlier run: {ids}", "已删除之前的运行遗留的 {count} 个容灾演练：{ids}"),
        .drillFactDrill: entry("drill {name} ({id})", "容灾演练 {name}（{id}）"),
        .drillFactDrillInVPC: entry("drill {name} ({id}) in VPC {vpc}", "容灾演练 {name}（{id}），位于 VPC {vpc}"),
        .drillFactServers: entry("drill servers: {servers}", "演练云服务器：{servers}"),
        .drillFactServer: entry("{server} (from {instance})", "{server}（来自 {instance}）"),
        .drillFactMeasured: entry("measured from the create call: {duration}", "从创建请求起实测：{duration}"),
        .drillFactCheckExited: entry("check exited with status {status}", "检查命令退出，退出状态 {status}"),
        .drillFactDeleted: entry("drill deleted", "容灾演练已删除"),
        .drillFactLeftInPlace: entry("drill {id} left in place", "容灾演练 {id} 未删除"),
        .drillFactLeftInPlaceStatus: entry("drill {id} left in place (status {status})", "容灾演练 {id} 未删除（状态 {status}）"),

        // Why a drill failed (JSON carries the English text)
        .drillEndedInStatus: entry(
            "the drill ended in status {status} instead of available",
            "容灾演练最终处于状态 {status}，而不是 available"),
        .drillCheckFailed: entry("the check command exited with status {status}", "检查命令以退出状态 {status} 结束"),
        .drillDeleteFailed: entry("deleting the drill failed: {error}", "删除容灾演练失败：{error}"),
        .drillFailureAndMore: entry("{first}; {second}", "{first}；{second}"),
        .drillTimedOut: entry("timed out waiting for {what}", "等待超时：{what}"),
        .drillWaitLeave: entry("drill {id} to leave {status}", "容灾演练 {id} 离开状态 {status}"),
        .drillWaitDeleted: entry("drill {id} to be deleted", "容灾演练 {id} 被删除"),
        .drillWaitAvailable: entry("drill {name} to become available", "容灾演练 {name} 变为可用"),
        .drillCannotDelete: entry(
            "drill {id} is in status {status} and cannot be deleted",
            "容灾演练 {id} 处于状态 {status}，无法删除"),
        .drillDeleteEnded: entry("deleting drill {id} ended in status {status}", "容灾演练 {id} 的删除以状态 {status} 结束"),

        // Progress lines (stderr)
        .drillProgressRemoving: entry(
            "{address}: removing drill {name} ({id}) left by an earlier run",
            "{address}：正在删除之前的运行遗留的容灾演练 {name}（{id}）"),
        .drillProgressCreating: entry("{address}: creating drill {name}", "{address}：正在创建容灾演练 {name}"),
        .drillProgressAvailable: entry(
            "{address}: drill {id} available with {count} server(s)",
            "{address}：容灾演练 {id} 已可用，共 {count} 台云服务器"),
        .drillProgressKeeping: entry("{address}: keeping drill {id} (--keep)", "{address}：保留容灾演练 {id}（--keep）"),
        .drillProgressDeleting: entry("{address}: deleting drill {id}", "{address}：正在删除容灾演练 {id}"),

        // CLI
        .drillNoDrillAPI: entry("this cloud connection cannot run DR drills", "此云连接无法运行容灾演练"),
        .drillVPCMalformed: entry("--drill-vpc takes VPC or GROUP=VPC, not '{value}'", "--drill-vpc 的值应为 VPC 或 GROUP=VPC，而不是 '{value}'"),
        .drillVPCTwice: entry(
            "--drill-vpc names VPC {vpc} twice; SDRS lets one VPC hold one drill (SDRS.1921)",
            "--drill-vpc 两次指定了 VPC {vpc}；SDRS 的一个 VPC 只能容纳一个容灾演练（SDRS.1921）"),
        .drillVPCBareTwice: entry(
            "--drill-vpc without a group may be given once; name the group for each VPC: --drill-vpc GROUP=VPC",
            "不带保护组的 --drill-vpc 只能指定一次；请为每个 VPC 指明保护组：--drill-vpc GROUP=VPC"),
        .drillVPCGroupTwice: entry("--drill-vpc names group {group} twice", "--drill-vpc 两次指定了保护组 {group}"),
        .drillVPCBareNeedsOne: entry(
            "--drill-vpc without a group needs exactly one drilled group ({count} are selected); use --drill-vpc GROUP=VPC",
            "不带保护组的 --drill-vpc 要求只演练一个保护组（当前选中 {count} 个）；请使用 --drill-vpc GROUP=VPC"),
        .drillVPCGroupNotDrilled: entry(
            "--drill-vpc names group '{group}', which is not drilled",
            "--drill-vpc 指定的保护组 '{group}' 不在演练范围内"),

        // HTML page
        .drillHTMLTitle: entry("switchyard drill report — {started}", "switchyard 容灾演练报告 — {started}"),
        .drillHTMLHeading: entry("switchyard drill report", "switchyard 容灾演练报告"),
        .drillHTMLDesiredState: entry("Desired state", "期望状态"),
        .drillHTMLTimeScale: entry(
            "Emulated at time scale {scale}; durations are in cloud time.",
            "在模拟器中以时间比例 {scale} 运行；时长为云上时间。"),
        .drillHTMLDrills: entry("Drills", "容灾演练"),
        .drillHTMLTableHeader: entry(
            "<th scope=\"col\">Group</th><th scope=\"col\">Result</th><th scope=\"col\">Recovery</th><th scope=\"col\">RTO</th><th scope=\"col\">Drill servers</th><th scope=\"col\">Details</th>",
            "<th scope=\"col\">保护组</th><th scope=\"col\">结果</th><th scope=\"col\">恢复时间</th><th scope=\"col\">RTO</th><th scope=\"col\">演练云服务器</th><th scope=\"col\">详情</th>"),
        .drillHTMLFailed: entry("failed", "失败"),
        .drillHTMLNotDrilled: entry("not drilled", "未演练"),
    ]
}
