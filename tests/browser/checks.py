"""What every page must pass in the browser: axe-core finds no accessibility violation, and
nothing is wider than the window (a phone at 390 px scrolls down, never sideways).

axe-core comes from the npm registry, pinned in tests/browser/package.json and its lock file:
`npm ci --prefix tests/browser` (.ci/run does it) puts it in tests/browser/node_modules."""

import json
from pathlib import Path

import pytest

AXE = Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"
PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1280, "height": 860}


def axe_source() -> str:
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `npm ci --prefix tests/browser` (.ci/run does)")
    return AXE.read_text(encoding="utf-8")


def axe_violations(page) -> list[str]:
    """axe-core's violations on the page as it is now, one line each (rule, impact, where)."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        # From the local file; evaluated by the browser's debugger protocol, so the page's
        # strict Content-Security-Policy (no inline scripts) stays on for everything else.
        page.evaluate(axe_source() + "\n;undefined")
    results = page.evaluate(
        """() => axe.run(document, {resultTypes: ["violations"]}).then(r => r.violations.map(v => ({
            id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.slice(0, 4).map(n => n.target.join(" ") + " " +
                (n.any.concat(n.all)[0] || {message: ""}).message)})))"""
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']}; " + json.dumps(v["nodes"], ensure_ascii=False)
        for v in results
    ]


def overflow(page) -> str | None:
    """None when the page fits the window's width; else how wide it is and the widest parts."""
    found = page.evaluate(
        """() => {
            const width = document.documentElement.clientWidth;
            if (document.documentElement.scrollWidth <= width) return null;
            const wide = [];
            for (const el of document.querySelectorAll("body *")) {
                const box = el.getBoundingClientRect();
                if (box.right > width + 1 && box.width > 0) {
                    wide.push(el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") +
                        (el.className && typeof el.className === "string" ? "." + el.className.split(" ").join(".") : "") +
                        " " + Math.round(box.right));
                }
            }
            return document.documentElement.scrollWidth + "px wide: " + wide.slice(0, 6).join(", ");
        }"""
    )
    return found


def page_problems(page, label: str) -> list[str]:
    """Every violation and overflow of the page, each prefixed with `label`."""
    problems = [f"{label}: {v}" for v in axe_violations(page)]
    wide = overflow(page)
    if wide:
        problems.append(f"{label}: {wide}")
    return problems
