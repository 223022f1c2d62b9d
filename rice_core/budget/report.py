"""The terminal report of ``rice check`` (rich): verdict, total against the budget as a bar, the biggest call
sites with their share, calls over the per-call ceiling, the staged delta, assumptions and problems."""

from __future__ import annotations

from collections.abc import Sequence

from rich import box
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.table import Table
from rich.text import Text

from rice_core.budget.figures import (
    assumptions,
    grams,
    kg,
    percent,
    signed_kg,
    signed_percent,
)
from rice_core.budget.lifecycle_view import report_lines as lifecycle_report_lines
from rice_core.budget.lifecycle_view import water_advice
from rice_core.budget.projection import CallProjection, Projection
from rice_core.budget.result import CheckResult
from rice_core.budget.tokens_report import token_lines
from rice_core.config.volume import format_volume
from rice_core.scan.model_label import priced_as
from rice_core.scan.report import scanned_summary
from rice_core.textfit import Column, fit, shorten_middle

BAR_WIDTH = 30
TOP_CALLS = 10


def budget_bar(share: float, width: int = BAR_WIDTH) -> Text:
    """``[██████░░░░]`` filled to ``share`` (capped at the width; red when over)."""
    filled = min(width, round(min(share, 1.0) * width))
    style = "red" if share > 1 else "yellow" if share > 0.8 else "green"
    return Text.assemble("[", ("█" * filled, style), ("░" * (width - filled), "dim"), "]")


def headline(result: CheckResult) -> list[Text]:
    p = result.projection
    range_text = f"range {kg(p.total_range_kg.low)} – {kg(p.total_range_kg.high)}"
    scanned = scanned_summary(result.files_scanned, [c.call.path for c in p.calls])
    return [
        Text.assemble("Projected: ", (f"{kg(p.total_kg)} CO2e/{p.period}", "bold"), f" ({range_text})"),
        Text(f"Scanned:   {scanned}" + (f", {p.ignored} ignored" if p.ignored else "")),
    ]


def budget_line(p: Projection, width: int = 100) -> Text:
    """The total against the budget with a bar that shrinks (down to 10 cells) to keep the line within ``width``."""
    if p.budget_kg is None:
        return Text("Budget:    none set (add budget.co2e_kg to rice.yaml)", style="dim")
    share = p.share_of_budget or 0.0
    verdict = ("✗ OVER BUDGET", "bold red") if p.over_budget else ("✓ within budget", "bold green")
    head = f"Budget:    {kg(p.compared_total_kg)} of {kg(p.budget_kg)}/{p.period} ({p.compare}{_scope_note(p)}) "
    tail = f" {percent(share)}  "
    bar = max(10, min(BAR_WIDTH, width - len(head) - len(tail) - len(verdict[0]) - 2))
    return Text.assemble(head, budget_bar(share, bar), tail, verdict)


def _scope_note(p: Projection) -> str:
    """``, life-cycle`` when the budget counts embodied CO2e too; nothing for the operational default."""
    return ", life-cycle" if p.scope == "life-cycle" else ""


def delta_line(result: CheckResult) -> Text | None:
    d = result.delta
    if d is None:
        return None
    if d.delta_kg == 0:  # e.g. only the budget changed: say so instead of "+0 mg (+0 %)"
        changed = f"{len(d.changed_files)} changed file(s)"
        return Text(f"Staged:    no change to the projected CO2e/{result.projection.period} ({changed})")
    verb = "adds" if d.delta_kg >= 0 else "removes"
    amount = signed_kg(d.delta_kg) if d.delta_kg >= 0 else kg(-d.delta_kg)
    return Text.assemble(
        "Staged:    this commit ",
        (f"{verb} {amount} CO2e/{result.projection.period}", "bold"),
        f" ({signed_percent(d.delta_share)}) in {len(d.changed_files)} changed file(s)",
    )


def superscript(number: int) -> str:
    """Footnote marker: 1 → ¹, 12 → ¹²."""
    return str(number).translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹"))


def volume_rules(calls: Sequence[CallProjection]) -> dict[str, int]:
    """Footnote number of every volume rule other than the default, in order of first use."""
    rules: dict[str, int] = {}
    for call in calls:
        if call.volume.source != "default":
            rules.setdefault(_rule_text(call), len(rules) + 1)
    return rules


def _rule_text(call: CallProjection) -> str:
    choice = call.volume
    return f"override {choice.rule}" if choice.source == "override" else choice.rule


def _model_cell(call: CallProjection) -> str:
    """The model written in the code; an unknown one with what it was priced as on a second line."""
    substitute = priced_as(call.call, call.estimate)
    written = call.call.model or call.estimate.model or "?"
    return written if substitute is None else f"{written}\n(priced as {substitute})"


def calls_table(result: CheckResult, limit: int = TOP_CALLS, width: int = 100) -> Table:
    """The biggest call sites. Below the natural width, ``per req.`` goes first, then ``Volume``, then ``Share``;
    locations shorten from the middle (the file name stays) and model ids are never cut."""
    p = result.projection
    shown = p.calls[:limit]
    rules = volume_rules(shown)
    volumes = [
        format_volume(c.volume.volume)
        + (superscript(rules[_rule_text(c)]) if c.volume.source != "default" else "")
        + (f" ×{c.call.requests_per_call}" if c.call.requests_per_call > 1 else "")
        for c in shown
    ]
    columns = [
        Column("Call site", [c.location + (" ⚠" if c.over_ceiling else "") for c in shown], min_width=16),
        Column("Model", [_model_cell(c) for c in shown]),
        Column("Volume", volumes, drop_rank=2, justify="right"),
        Column("per req.", [grams(c.co2e_per_request_g) for c in shown], drop_rank=3, justify="right"),
        Column(f"per {p.period}", [kg(c.compared_kg) for c in shown], justify="right"),
        Column("Share", [percent(p.share_of_total(c)) for c in shown], drop_rank=1, justify="right"),
    ]
    kept, sizes = fit(columns, width)
    title = f"Biggest call sites ({len(shown)} of {len(p.calls)})"
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=False)
    for column in kept:
        table.add_column(column.header, justify=column.justify, no_wrap=True)  # type: ignore[arg-type]
    for row in range(len(shown)):
        table.add_row(*(_sized(c.cells[row], sizes.get(c.header)) for c in kept))
    return table


def _sized(text: str, width: int | None) -> str:
    return text if width is None else shorten_middle(text, width)


def requests_lines(result: CheckResult, limit: int = TOP_CALLS) -> list[Text]:
    """One dim line per shown call that sends several requests per execution (counted in its volume)."""
    many = [c for c in result.projection.calls[:limit] if c.call.requests_per_call > 1]
    return [
        Text(f"  {c.location}: {c.call.requests_per_call} requests per call ({c.call.requests_source})", style="dim")
        for c in many
    ]


def rule_lines(result: CheckResult, limit: int = TOP_CALLS) -> list[Text]:
    rules = volume_rules(result.projection.calls[:limit])
    default = format_volume(result.config.volume.default)
    lines = [Text(f"Volume: {default} per call site (volume.default) unless marked:", style="dim")] if rules else []
    return lines + [Text(f"  {superscript(number)} {rule}", style="dim") for rule, number in rules.items()]


def ceiling_lines(p: Projection) -> list[Text]:
    if p.per_call_ceiling_g is None or not p.over_ceiling:
        return []
    lines = [
        Text(""),
        Text(f"Over the per-call ceiling of {grams(p.per_call_ceiling_g)} per request:", style="bold red"),
    ]
    lines += [
        Text(f"  {c.location}  {grams(c.co2e_per_request_g)} per request ({c.estimate.model})") for c in p.over_ceiling
    ]
    return lines


def assumption_lines(result: CheckResult) -> list[Text]:
    return [Text("Assumptions:", style="bold")] + [Text(f"  {name:<9} {value}") for name, value in assumptions(result)]


def problem_lines(result: CheckResult, limit: int = 5) -> list[Text]:
    problems = result.all_problems
    if not problems:
        return []
    lines = [Text(f"Problems ({len(problems)}):", style="bold yellow")]
    lines += [Text(f"  [{p.code}] {p.message}") for p in problems[:limit]]
    if len(problems) > limit:
        lines.append(Text(f"  … and {len(problems) - limit} more (use --format json for all)", style="dim"))
    return lines


def advice_lines(result: CheckResult) -> list[Text]:
    """When the gate fails: by how much, and where the budget is set."""
    p = result.projection
    if not p.failed:
        return []
    config = result.config
    where = config.source_path or "rice.yaml"
    key = "budget.co2e_kg" if p.over_budget else "budget.water_l" if p.over_water else "budget.per_call_co2e_g"
    line = config.key_lines.get(key)
    place = f"{where}:{line}" if line else where
    if p.over_budget and p.budget_kg is not None:
        head = f"Over the {p.scope} budget by {kg(p.compared_total_kg - p.budget_kg)} CO2e/{p.period}"
    elif p.over_water:
        head = water_advice(p)
    else:
        head = f"{len(p.over_ceiling)} call(s) over the per-call ceiling"
    return [
        Text(""),
        Text.assemble(
            (f"✗ {head}.", "bold red"),
            f" Use a smaller model or fewer tokens in the biggest call sites, or change the budget ({place}).",
        ),
    ]


def gate_lines(result: CheckResult) -> list[Text]:
    """Loud lines under the budget: the commit removes or loosens the budget; files that could not be scanned."""
    lines = [Text(f"⚠ WARNING: {note}", style="bold yellow") for note in result.notes]
    if result.blocking:
        lines.append(Text(f"✗ GATE FAILS: {len(result.blocking)} file(s) could not be scanned:", style="bold red"))
        lines += [Text(f"  [{p.code}] {p.message}") for p in result.blocking]
    return lines


class CheckReport:
    """The report as a rich renderable that lays itself out for the console's width (80 columns and up)."""

    def __init__(self, result: CheckResult) -> None:
        self.result = result

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield report_group(self.result, options.max_width)


def render_report(result: CheckResult) -> RenderableType:
    """The whole report as one rich renderable (print it to any Console; it fits the console's width)."""
    return CheckReport(result)


def report_group(result: CheckResult, width: int = 100) -> Group:
    title = Text.assemble(("R-ICE carbon budget", "bold"), f" — {result.root}")
    parts: list[RenderableType] = [title, *headline(result), budget_line(result.projection, width)]
    parts += gate_lines(result)
    parts += lifecycle_report_lines(result.projection, width)  # issue 13: operational + embodied, water, water cap
    delta = delta_line(result)
    if delta is not None:
        parts.append(delta)
    if result.projection.calls:
        parts += [Text(""), calls_table(result, width=width), *rule_lines(result), *token_lines(result.projection)]
        parts += requests_lines(result)  # issue 11: calls that send several requests
    parts += ceiling_lines(result.projection)
    parts += [Text("")] + assumption_lines(result) + problem_lines(result) + advice_lines(result)
    return Group(*parts)
