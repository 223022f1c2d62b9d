"""R-ICE beside the providers' own per-request disclosures, each side's boundary stated (docs/lifecycle.md).

Nothing here is tuned to the published figures: the requests are chosen from what the disclosures say (a median
Gemini Apps text prompt; a 400-token Mistral Large 2 reply) and estimated with the provider's default profile.
``python -m rice_core.lifecycle.disclosures`` prints the Markdown table of docs/lifecycle.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from rice_core.result import Estimate


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
    source: str


@dataclass(frozen=True)
class Case:
    """A request as the disclosure describes it; what it leaves open is stated in ``assumed``."""

    name: str
    model: str
    prompt_tokens: int
    output_tokens: int
    assumed: str


GOOGLE = "Google, 'Measuring the environmental impact of delivering AI at Google scale' (Aug 2025)"
MISTRAL = "Mistral AI with Carbone 4 and ADEME, life-cycle analysis of Mistral Large 2 (Jul 2025)"
CASES = (
    Case(
        "gemini-median",
        "gemini-2.5-flash",
        100,
        300,
        "Google publishes no token counts or model for its median Gemini Apps text prompt: 100 prompt and 300 "
        "output tokens on gemini-2.5-flash (a Gemini Apps default in May 2025) are assumed",
    ),
    Case(
        "mistral-400",
        "mistral-large-2",
        100,
        400,
        "Mistral states a 400-token reply; the prompt length is not given: 100 tokens assumed",
    ),
)
DISCLOSURES = (
    Disclosure(
        case="gemini-median",
        quantity="energy",
        published=0.24,
        unit="Wh",
        field="energy_wh",
        their_boundary="TPUs + host CPU/DRAM + idle reserve + data-centre overhead",
        our_boundary="accelerators x PUE (no host, no idle); h100-sxm stand-in for TPUs",
        boundaries_match=True,
        source=GOOGLE,
    ),
    Disclosure(
        case="gemini-median",
        quantity="on-site water",
        published=0.26,
        unit="mL",
        field="water_onsite_ml",
        their_boundary="on-site cooling water only",
        our_boundary="IT energy x Google fleet WUE (on-site only)",
        boundaries_match=True,
        source=GOOGLE,
    ),
    Disclosure(
        case="gemini-median",
        quantity="CO2e",
        published=0.03,
        unit="g",
        field="co2e_g",
        their_boundary="market-based (renewable purchases), operational",
        our_boundary="location-based US grid, operational",
        boundaries_match=False,
        source=GOOGLE,
    ),
    Disclosure(
        case="mistral-400",
        quantity="CO2e",
        published=1.14,
        unit="g",
        field="lifecycle_co2e_g",
        their_boundary="life cycle: inference energy + hardware manufacturing and infrastructure (marginal per reply)",
        our_boundary="operational + embodied (accelerators and server share), Swedish grid",
        boundaries_match=False,
        source=MISTRAL,
    ),
    Disclosure(
        case="mistral-400",
        quantity="water",
        published=45.0,
        unit="mL",
        field="water_ml",
        their_boundary="life cycle: on-site, electricity and manufacturing water",
        our_boundary="on-site + off-site (electricity); no manufacturing water",
        boundaries_match=False,
        source=MISTRAL,
    ),
)


def estimate_case(case: Case) -> Estimate:
    from rice_core.estimator import estimate

    result = estimate(case.model, prompt_tokens=case.prompt_tokens, output_tokens=case.output_tokens)
    if not isinstance(result, Estimate):
        raise LookupError(f"{case.model} is not in the catalog")
    return result


def comparison_rows() -> list[tuple[Disclosure, float]]:
    """(disclosure, R-ICE's figure) for every published figure."""
    estimates = {case.name: estimate_case(case) for case in CASES}
    return [(d, float(getattr(estimates[d.case], d.field))) for d in DISCLOSURES]


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
