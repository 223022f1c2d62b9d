"""Default MoE routing for a mixture of experts known only by its total and active parameter counts.

``timing.experts_read_fraction`` reads (1 − s) + s · (1 − (1 − k/E)^n) of the weights in a pass over n tokens when
the routing shape is known (routed share s, draw k/E: ``catalog/experts.json``). A model without one used to fall
back to drawing every weight with probability active/total (the "legacy" rule), which treats attention,
embeddings and shared experts as if they were routed: at batch B it reads 1 − (1 − a/t)^B, too little at small
batch for a model with a sizeable dense part and saturating too soon for a sparse one.

Decision (taken from the published configs and the identity below, before any energy score was looked at):

* **s** = the median routed share over the catalog's MoE configs (``catalog.attention.moe_prior``: one vote per
  distinct architecture, so DeepSeek V3 and R1 count once). Median, not mean: the eight configs of issue 10
  span 0.89 (Llama 4 Scout, whose shared expert is large) to 0.98 (gpt-oss-120b), few enough that one unusual
  design would move a mean; the median is ≈ 0.966.
* **k/E** from the identity every MoE obeys, active = (1 − s) · total + s · total · (k/E), i.e.
  k/E = (a/t − (1 − s)) / s: the stated counts fix the draw once s is assumed. On the configs themselves this
  recovers the published k/E within a factor 2 for 6 of 7 architectures (gpt-oss-120b: 0.010 for 0.031),
  better than assuming a median k/E and solving for s (a factor 8 off for Llama 4 Maverick), because s varies
  far less across designs (±5 %) than k/E (1/128 to 1/8).
* k/E is clamped below at the sparsest published draw (``min_draw``, 1/128 today): no config routes a token to
  a smaller share of its experts. It is at most 1 by construction (a ≤ t).
* Where a/t ≤ 1 − s the dense part alone would exceed the active count, so the assumed s cannot hold for the
  model: the legacy rule stays (``routing_prior`` gives None).

Models whose routing the catalog gives keep it; catalog models without one keep the legacy rule (their shipped
estimates do not move). The prior applies to sizes read from a model's name or given as arguments.
"""

from __future__ import annotations


def routing_prior(
    params_b: float, active_params_b: float, routed_share: float, min_draw: float
) -> tuple[float, float] | None:
    """(routed share, experts per token / experts) of an MoE of these sizes, or None (dense, or legacy rule)."""
    if not (0 < active_params_b < params_b and 0 < routed_share < 1 and 0 < min_draw <= 1):
        return None
    dense_share = 1.0 - routed_share
    active_share = active_params_b / params_b
    if active_share <= dense_share:
        return None
    draw = (active_share - dense_share) / routed_share
    return routed_share, min(max(draw, min_draw), 1.0)


__all__ = ["routing_prior"]
