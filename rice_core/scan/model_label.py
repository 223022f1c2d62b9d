"""How a call's model is labelled: always the name written in the code, and for a model the catalog does not know,
the model it was priced as instead (``rice check``, ``rice scan`` and the hover share these words)."""

from __future__ import annotations

from rice_core.result import Estimate
from rice_core.scan.callsite import CallSite


def priced_as(call: CallSite, estimate: Estimate | None) -> str | None:
    """The model an unknown model was priced as (the configured default), or ``None`` when the written model (or
    its name without a provider prefix) was priced itself."""
    if estimate is None or not call.model or estimate.model in (None, call.model):
        return None
    from rice_core.catalog.models import lookup_model
    from rice_core.scan.pricing import model_variants

    if lookup_model(call.model) is not None or any(lookup_model(v) for v in model_variants(call.model)[:1]):
        return None
    return estimate.model


def priced_as_note(model: str) -> str:
    return f"priced as {model} (unknown model; set defaults.model)"


def model_label(call: CallSite, estimate: Estimate | None) -> str:
    """``my-private-model, priced as gpt-4o-mini (unknown model; set defaults.model)`` or the written name."""
    written = call.model or (estimate.model if estimate is not None else None) or "?"
    substitute = priced_as(call, estimate)
    return written if substitute is None else f"{written}, {priced_as_note(substitute)}"
