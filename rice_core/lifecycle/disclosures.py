"""R-ICE beside the providers' own per-request disclosures, each side's boundary stated (docs/lifecycle.md).

Nothing here is tuned to the published figures: the requests are chosen from what the disclosures say (a median
Gemini Apps text prompt; a 400-token Mistral Large 2 reply) and estimated with the provider's default profile.
The cases and figures are data (``rice_core/data/catalog/disclosures.json``), read on first use and checked: a
failure raises ``CatalogError`` naming the file, the entry and the field.
``python -m rice_core.lifecycle.disclosures`` prints the Markdown table of docs/lifecycle.md.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cache
from typing import Any

from rice_core.catalog._load import EntryReader, entries, read_catalog
from rice_core.result import Estimate

DISCLOSURES = "disclosures.json"
# The Estimate fields a published figure can be compared with: its numbers.
COMPARABLE_FIELDS = tuple(f.name for f in fields(Estimate) if f.type in ("float", "int"))


@dataclass(frozen=True)
class Disclosure:
    """One published figure and how R-ICE's comparable figure is read from an estimate."""

    case: str
    quantity: str
    published: float
    unit: str
    field: str  # the Estimate field compared
    their_boundary: str
    our_boundary: str
    boundaries_match: bool  # True: the 0.5-2x check applies
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Case:
    """A request as the disclosure describes it; what it leaves open is stated in ``assumed``."""

    name: str
    model: str
    prompt_tokens: int
    output_tokens: int
    assumed: str
    sources: tuple[str, ...]


def _case(reader: EntryReader) -> Case:
    return Case(
        name=reader.id,
        model=reader.text("model"),
        prompt_tokens=reader.integer("prompt_tokens"),
        output_tokens=reader.integer("output_tokens"),
        assumed=reader.text("assumed"),
        sources=reader.sources(),
    )


def _disclosure(reader: EntryReader, case_names: tuple[str, ...]) -> Disclosure:
    return Disclosure(
        case=reader.choice("case", case_names),
        quantity=reader.text("quantity"),
        published=reader.number("published"),
        unit=reader.text("unit"),
        field=reader.choice("field", COMPARABLE_FIELDS),
        their_boundary=reader.text("their_boundary"),
        our_boundary=reader.text("our_boundary"),
        boundaries_match=reader.boolean("boundaries_match"),
        sources=reader.sources(),
    )


def parse_disclosures(data: dict[str, Any]) -> tuple[dict[str, Case], tuple[Disclosure, ...]]:
    """(case name → case, the published figures in file order); every figure names a case."""
    cases = {case.name: case for case in map(_case, entries(DISCLOSURES, data, "cases"))}
    names = tuple(cases)
    return cases, tuple(_disclosure(reader, names) for reader in entries(DISCLOSURES, data, "disclosures"))


@cache
def disclosure_catalog() -> tuple[dict[str, Case], tuple[Disclosure, ...]]:
    return parse_disclosures(read_catalog(DISCLOSURES))


def estimate_case(case: Case) -> Estimate:
    from rice_core.estimator import estimate

    result = estimate(case.model, prompt_tokens=case.prompt_tokens, output_tokens=case.output_tokens)
    if not isinstance(result, Estimate):
        raise LookupError(f"{case.model} is not in the catalog")
    return result


def comparison_rows() -> list[tuple[Disclosure, float]]:
    """(disclosure, R-ICE's figure) for every published figure."""
    cases, disclosures = disclosure_catalog()
    estimates = {name: estimate_case(case) for name, case in cases.items()}
    return [(d, float(getattr(estimates[d.case], d.field))) for d in disclosures]


def markdown_table() -> str:
    lines = [
        "| case | quantity | published | R-ICE | ratio | their boundary | our boundary | comparable |",
        "|---|---|--:|--:|--:|---|---|---|",
    ]
    for d, ours in comparison_rows():
        lines.append(
            f"| {d.case} | {d.quantity} | {d.published:g} {d.unit} | {ours:.3g} {d.unit} | {ours / d.published:.2g}x "
            f"| {d.their_boundary} | {d.our_boundary} | {'yes' if d.boundaries_match else 'no'} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    print(markdown_table())
