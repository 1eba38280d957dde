#!/usr/bin/env python3
"""Renders apply reports (`switchyard apply --report FILE.html`) in headless Chromium.

For every page given (default: the golden pages in Tests/SwitchyardCoreTests/Fixtures/apply-report)
it checks that:
  * the page loads with no console output at all: no script error, no Content-Security-Policy
    violation (the page must not fetch anything), no log line;
  * the page's script ran to its last statement (`<html data-ready="true">` in the final DOM);
  * the screenshot is not blank (enough non-background pixels and colours);
  * red (the failure colour, #cf222e) shows exactly when something failed: a page with a failed
    step shows a red bar's worth of it, one reporting another failure (interrupted, refused, over
    RTO) some, and a page where everything went well none at all;
  * the REHEARSAL banner (a run against the emulator or loopback endpoints) is drawn: its own
    background colour (#ddf4ff) shows exactly when the page has the banner;
  * in the rendered DOM, every group row whose downtime is within its RTO carries the visible
    "✓ within RTO" mark and every row over its RTO says "(over RTO)", and no other row does (in a
    zh-CN page, `<html lang="zh-CN">`, the marks are "✓ 在 RTO 内" and "（超出 RTO）");
  * a zh-CN page's Chinese is drawn with real glyphs: fontconfig knows a zh-cn font (scripts/
    test-dependencies installs one), and Chromium draws two different ideographs differently with
    the page's own font stack (with no CJK font both would be the same "missing glyph" box).

Chromium comes from Debian's `chromium` package (`.ci/run` installs it); CHROMIUM overrides the
binary. Exits 1 with a message naming the page on any failure.
"""
import glob
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile

from PIL import Image

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GOLDENS = os.path.join(ROOT, "Tests/SwitchyardCoreTests/Fixtures/apply-report")
FAILURE_RED = (0xCF, 0x22, 0x2E)
REHEARSAL_BLUE = (0xDD, 0xF4, 0xFF)
ROW = re.compile(r'<tr class="result-[^"]*" data-group="([^"]*)">(.*?)</tr>', re.S)
CELL = re.compile(r'<td(?: data-sort="([^"]*)")?[^>]*>(.*?)</td>', re.S)


MARKS = {"en": ("✓ within RTO", "(over RTO)"), "zh-CN": ("✓ 在 RTO 内", "（超出 RTO）")}


def page_language(html):
    match = re.search(r'<html lang="([^"]+)"', html)
    return match.group(1) if match else "en"


def rto_problems(dom):
    """Each row's RTO mark agrees with its downtime and RTO cells (3rd and 4th columns)."""
    problems = []
    within_mark, over_mark = MARKS.get(page_language(dom), MARKS["en"])
    for group, row in ROW.findall(dom):
        cells = CELL.findall(row)
        if len(cells) < 3:
            continue
        downtime, rto = cells[1][0], cells[2][0]
        text = cells[1][1]
        within = within_mark in text
        over = over_mark in text
        try:
            # A group whose production never came back sorts last (Infinity): no downtime to judge.
            measured = downtime != "" and math.isfinite(float(downtime))
            expected_within = rto != "" and measured and float(downtime) <= float(rto)
            expected_over = rto != "" and measured and float(downtime) > float(rto)
        except ValueError:
            problems.append(f"group {group}: unreadable downtime/RTO sort keys {downtime!r}/{rto!r}")
            continue
        if within != expected_within:
            problems.append(f"group {group}: the 'within RTO' mark is {'shown' if within else 'missing'} (downtime {downtime} s, RTO {rto or 'none'})")
        if over != expected_over:
            problems.append(f"group {group}: '(over RTO)' is {'shown' if over else 'missing'} (downtime {downtime} s, RTO {rto or 'none'})")
    return problems
WINDOW = (1280, 1400)


def chromium():
    for name in [os.environ.get("CHROMIUM"), "chromium", "chromium-browser", "google-chrome"]:
        if name and shutil.which(name):
            return shutil.which(name)
    sys.exit("error: no Chromium found (install Debian's chromium package, or set CHROMIUM)")


def run_browser(browser, profile, arguments):
    command = [
        browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
        "--disable-extensions", "--enable-logging=stderr", "--v=0", f"--user-data-dir={profile}",
        f"--window-size={WINDOW[0]},{WINDOW[1]}",
    ] + arguments
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


def console_lines(stderr):
    return [line for line in stderr.splitlines() if ":CONSOLE" in line or "Uncaught" in line]


def glyph_problems(browser, work, stylesheet):
    """Chinese text is drawn with real glyphs in the page's font stack: two different ideographs
    look different. Without a CJK font Chromium draws the same box (or nothing) for both."""
    if not subprocess.run(["fc-list", ":lang=zh-cn"], capture_output=True, text=True).stdout.strip():
        return ["no Simplified-Chinese font is installed (fontconfig knows none for zh-cn); run scripts/test-dependencies"]
    shots = []
    for text in ["保保保保", "组组组组"]:
        page = os.path.join(work, f"glyph-{len(shots)}.html")
        with open(page, "w", encoding="utf-8") as handle:
            handle.write(f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>{stylesheet}'
                         f' body {{ font-size: 96px; }}</style></head><body><main>{text}</main></body></html>')
        shot = page + ".png"
        run_browser(browser, tempfile.mkdtemp(dir=work), [f"--screenshot={shot}", "file://" + page])
        if not os.path.exists(shot):
            return ["no screenshot of the glyph test page"]
        shots.append(Image.open(shot).convert("L"))
    first, second = shots
    inked = sum(1 for value in first.getdata() if value < 128)
    differing = sum(1 for a, b in zip(first.getdata(), second.getdata()) if abs(a - b) > 64)
    if inked < 2000:
        return [f"Chinese text draws almost nothing ({inked} dark pixels): no glyphs"]
    if differing < 0.1 * inked:
        return [f"two different ideographs render alike ({differing} differing pixels of {inked} drawn): missing-glyph boxes"]
    print(f"glyphs: Chinese drawn with real glyphs ({inked} dark pixels, {differing} differ between two ideographs)")
    return []


def check(page, browser, work):
    problems = []
    url = "file://" + os.path.abspath(page)
    with open(page, encoding="utf-8") as handle:
        html = handle.read()
    failed_step = re.search(r'class="bar [^"]*\bfailed\b', html) is not None
    anything_bad = failed_step or re.search(r'class="[^"]*\b(failed|bad)\b', html) is not None

    profile = tempfile.mkdtemp(dir=work)
    dom = run_browser(browser, profile, ["--dump-dom", url])
    problems += [f"console output while loading: {line.strip()}" for line in console_lines(dom.stderr)]
    if dom.returncode != 0:
        problems.append(f"chromium --dump-dom exited {dom.returncode}")
    if not re.search(r'<html[^>]*data-ready="true"', dom.stdout):
        problems.append("the page's script did not run to its end (no data-ready=\"true\" on <html>)")
    problems += rto_problems(dom.stdout)
    banner = 'class="banner rehearsal"' in dom.stdout
    if banner and "REHEARSAL" not in dom.stdout:
        problems.append("the rehearsal banner does not say REHEARSAL")

    shot = os.path.join(work, os.path.basename(os.path.dirname(os.path.abspath(page))) + "-" + os.path.basename(page) + ".png")
    profile = tempfile.mkdtemp(dir=work)
    screenshot = run_browser(browser, profile, [f"--screenshot={shot}", url])
    problems += [f"console output while rendering: {line.strip()}" for line in console_lines(screenshot.stderr)]
    if screenshot.returncode != 0 or not os.path.exists(shot):
        problems.append(f"no screenshot (chromium exited {screenshot.returncode})")
        return problems

    image = Image.open(shot).convert("RGB")
    counts = image.getcolors(maxcolors=image.width * image.height)
    total = image.width * image.height
    background = max(counts)[1]
    ink = sum(count for count, pixel in counts if sum(abs(a - b) for a, b in zip(pixel, background)) > 60)
    colours = len(counts)
    red = sum(count for count, pixel in counts if all(abs(a - b) <= 24 for a, b in zip(pixel, FAILURE_RED)))
    if ink < 0.0025 * total or colours < 16:
        problems.append(f"the screenshot looks blank ({ink} drawn pixels of {total}, {colours} colours)")
    if failed_step and red < 1000:
        problems.append(f"a failed step is reported but the screenshot shows only {red} red pixels")
    if anything_bad and red < 100:
        problems.append(f"a failure is reported but the screenshot shows only {red} red pixels")
    if not anything_bad and red > 0:
        problems.append(f"nothing failed but the screenshot shows {red} red pixels")
    blue = sum(count for count, pixel in counts if all(abs(a - b) <= 6 for a, b in zip(pixel, REHEARSAL_BLUE)))
    if banner and blue < 2000:
        problems.append(f"the page has the rehearsal banner but the screenshot shows only {blue} pixels of its background")
    if not banner and blue > 0:
        problems.append(f"the page has no rehearsal banner but the screenshot shows {blue} pixels of its background")
    print(f"{page}: {image.width}x{image.height}, {colours} colours, {ink} drawn pixels, {red} red pixels"
          f"{' (a failed step is reported)' if failed_step else ' (a failure is reported)' if anything_bad else ''}")
    return problems


def self_test(browser, work):
    """Proves the checks can fail: broken variants of a golden page must each be flagged."""
    with open(os.path.join(GOLDENS, "mixed-results", "report.html"), encoding="utf-8") as handle:
        good = handle.read()
    variants = {
        "script error": (good.replace('"use strict";', '"use strict"; undefinedFunction();'), "console output"),
        "script cut short": (good.replace('document.documentElement.setAttribute("data-ready", "true");', ""), "did not run to its end"),
        "external fetch": (good.replace("</main>", '<img src="https://example.com/x.png"></main>'), "console output"),
        "blank page": (re.sub(r"<main>.*</main>", "<main></main>", good, flags=re.S), "looks blank"),
        "failure not red": (good.replace("--failed: #cf222e", "--failed: #777777"), "red pixels"),
        "banner not drawn": (good.replace(".banner.rehearsal { background: #ddf4ff;", ".banner.rehearsal { display: none; background: #ddf4ff;"), "rehearsal banner"),
        "RTO mark missing": (good.replace(' <span class="good">✓ within RTO</span>', ""), "'within RTO' mark is missing"),
    }
    # A zh-CN golden page with its marks removed is flagged in its own language.
    with open(os.path.join(GOLDENS, "mixed-results", "report.zh-CN.html"), encoding="utf-8") as handle:
        chinese = handle.read()
    variants["zh-CN RTO mark missing"] = (chinese.replace(' <span class="good">✓ 在 RTO 内</span>', ""), "'within RTO' mark is missing")
    for name, (html, expected) in variants.items():
        page = os.path.join(work, name.replace(" ", "-") + ".html")
        with open(page, "w", encoding="utf-8") as handle:
            handle.write(html)
        problems = check(page, browser, work)
        if not any(expected in problem for problem in problems):
            sys.exit(f"error: self-test: the '{name}' page was not flagged with '{expected}' (got {problems})")
    print(f"self-test: {len(variants)} broken pages are each flagged")


def main():
    pages = sys.argv[1:] or sorted(glob.glob(os.path.join(GOLDENS, "*", "report*.html")))
    if not pages:
        sys.exit("error: no apply report pages to check")
    browser = chromium()
    failed = False
    with tempfile.TemporaryDirectory() as work:
        if not sys.argv[1:]:
            self_test(browser, work)
        chinese = [page for page in pages if page_language(open(page, encoding="utf-8").read()) == "zh-CN"]
        if chinese:
            stylesheet = re.search(r"<style>(.*?)</style>", open(chinese[0], encoding="utf-8").read(), re.S).group(1)
            for problem in glyph_problems(browser, work, stylesheet):
                failed = True
                print(f"error: {chinese[0]}: {problem}", file=sys.stderr)
        for page in pages:
            for problem in check(page, browser, work):
                failed = True
                print(f"error: {page}: {problem}", file=sys.stderr)
    if failed:
        sys.exit(1)
    print(f"apply report: {len(pages)} page(s) render in {os.path.basename(browser)} with no script errors")


if __name__ == "__main__":
    main()
