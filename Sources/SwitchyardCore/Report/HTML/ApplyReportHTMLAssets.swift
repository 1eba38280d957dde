// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The apply report page's inline stylesheet and script.
///
/// The script is progressive enhancement only (sortable table columns, a hover highlight shared
/// by a group's timeline row and table row); the page is complete without it. Its last statement
/// marks the document `data-ready="true"`, which the browser test uses to prove it ran to the end.
enum ApplyReportHTMLAssets {
    static let stylesheet = """
        :root { --stop: #9a6700; --stop-hard: #6e4c00; --reverse: #0969da; --start: #1a7f37; --restart: #6e7781; --failed: #cf222e; --downtime: #fff1c2; --rto: #8250df; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; color: var(--ink); background: #fff; }
        main { max-width: 1100px; margin: 0 auto; padding: 24px; }
        h1 { font-size: 22px; margin: 0 0 12px; }
        h2 { font-size: 17px; margin: 28px 0 10px; }
        code { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
        .facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0; }
        .facts dt { color: var(--muted); }
        .facts dd { margin: 0; }
        header.run { border-left: 6px solid var(--start); padding: 4px 0 4px 16px; }
        header.run.failed { border-left-color: var(--failed); }
        .banner { padding: 8px 12px; border-radius: 6px; background: #ffebe9; }
        .banner.rehearsal { background: #ddf4ff; border: 2px dashed #0969da; }
        .bad { color: var(--failed); }
        .good { color: var(--start); font-weight: 600; white-space: nowrap; }
        tbody th[scope="row"] { white-space: nowrap; }
        .empty { color: var(--muted); }
        .legend { list-style: none; padding: 0; margin: 0 0 8px; display: flex; flex-wrap: wrap; gap: 4px 16px; color: var(--muted); }
        .swatch { display: inline-block; width: 14px; height: 10px; margin-right: 6px; vertical-align: middle; border-radius: 2px; }
        .swatch.step-stop { background: var(--stop); } .swatch.step-stop-hard { background: var(--stop-hard); }
        .swatch.step-reverse { background: var(--reverse); } .swatch.step-start { background: var(--start); }
        .swatch.step-restart-original { background: var(--restart); } .swatch.failed { background: var(--failed); }
        .swatch.unfinished { background: repeating-linear-gradient(45deg, var(--muted) 0 3px, transparent 3px 6px); border: 1px dashed var(--muted); }
        .swatch.downtime { background: var(--downtime); border: 1px solid #e5c76b; }
        .swatch.rto { width: 3px; background: var(--rto); }
        svg.timeline { width: 100%; height: auto; display: block; }
        svg.timeline text { font: 12px system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; fill: var(--ink); }
        .axis text { fill: var(--muted); font-size: 11px; }
        .axis .grid { stroke: var(--line); stroke-width: 1; }
        .row-bg { fill: transparent; }
        .row.highlight .row-bg { fill: #f6f8fa; }
        .row.failed .label { fill: var(--failed); font-weight: 600; }
        .row .note { fill: var(--failed); }
        .downtime { fill: var(--downtime); stroke: #e5c76b; stroke-width: 1; }
        .bar { stroke: rgba(0, 0, 0, .25); stroke-width: .5; }
        .bar.step-stop { fill: var(--stop); } .bar.step-stop-hard { fill: var(--stop-hard); }
        .bar.step-reverse { fill: var(--reverse); } .bar.step-start { fill: var(--start); }
        .bar.step-restart-original { fill: var(--restart); }
        .bar.step-failover, .bar.step-wait-for-failover, .swatch.step-failover, .swatch.step-wait-for-failover { fill: #953800; background: #953800; }
        .bar.step-reprotect, .bar.step-enable-protection, .bar.step-disable-protection, .bar.step-wait-for-protection, .swatch.step-reprotect, .swatch.step-enable-protection, .swatch.step-disable-protection, .swatch.step-wait-for-protection { fill: #0550ae; background: #0550ae; }
        .bar.step-wait-for-switch, .swatch.step-wait-for-switch { fill: var(--reverse); background: var(--reverse); }
        .bar.unfinished { fill-opacity: .45; stroke: var(--ink); stroke-dasharray: 3 2; }
        .bar.failed { fill: var(--failed); fill-opacity: 1; }
        .rto line { stroke: var(--rto); stroke-width: 2; stroke-dasharray: 4 2; }
        .rto.off-scale text { fill: var(--rto); font-weight: 600; }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
        thead th { cursor: pointer; user-select: none; white-space: nowrap; background: #f6f8fa; }
        thead th[aria-sort="ascending"]::after { content: " ▲"; } thead th[aria-sort="descending"]::after { content: " ▼"; }
        td code, td .step { white-space: nowrap; }
        tbody tr.failed { background: #ffebe9; } tbody tr.failed th { color: var(--failed); }
        tbody tr.highlight { outline: 2px solid var(--reverse); }
        @media print { thead th { cursor: auto; } tbody tr.highlight { outline: none; } }

        """

    static let script = """
        (function () {
          "use strict";
          var table = document.getElementById("summary");
          function sortBy(index, header) {
            var body = table.tBodies[0];
            var rows = Array.prototype.slice.call(body.rows);
            var ascending = header.getAttribute("aria-sort") !== "ascending";
            function key(row) {
              var cell = row.cells[index];
              return cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent;
            }
            rows.sort(function (a, b) {
              var x = key(a), y = key(b), nx = parseFloat(x), ny = parseFloat(y);
              var order = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : (isNaN(nx) === isNaN(ny) ? x.localeCompare(y) : (isNaN(nx) ? 1 : -1));
              return ascending ? order : -order;
            });
            Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) { cell.removeAttribute("aria-sort"); });
            header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
            rows.forEach(function (row) { body.appendChild(row); });
          }
          if (table) {
            Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header, index) {
              header.tabIndex = 0;
              header.addEventListener("click", function () { sortBy(index, header); });
              header.addEventListener("keydown", function (event) {
                if (event.key === "Enter" || event.key === " ") { event.preventDefault(); sortBy(index, header); }
              });
            });
          }
          var members = document.querySelectorAll("[data-group]");
          function highlight(group, on) {
            Array.prototype.forEach.call(members, function (element) {
              if (element.getAttribute("data-group") === group) { element.classList.toggle("highlight", on); }
            });
          }
          Array.prototype.forEach.call(members, function (element) {
            var group = element.getAttribute("data-group");
            element.addEventListener("mouseenter", function () { highlight(group, true); });
            element.addEventListener("mouseleave", function () { highlight(group, false); });
          });
          document.documentElement.setAttribute("data-ready", "true");
        })();

        """
}
