"""Issue 11 JS/TS pattern missed on the b39-b43 real-code batches (T11): a Vercel AI model given as an AI-gateway
string that is a parameter's default (``{ model = "anthropic/claude-…" }`` destructured or plain), passed on as
``streamText({ model })``; the look-alike has no default and no caller, so the model stays unknown. The gateway
prefix is dropped on purpose (the catalog names models without it). Fixtures written for these tests."""

from __future__ import annotations

import pytest

from .helpers import fixture_sites

# file → [(line, sdk, api, model, model_source)]
EXPECTED = {
    "families/gateway-param-defaults.ts": [
        (11, "vercel-ai", "streamText", "claude-sonnet-4", "wrapper-default"),
        (15, "vercel-ai", "generateText", "gpt-4.1-mini", "wrapper-default"),
    ],
    "families/gateway-param-no-default.ts": [(5, "vercel-ai", "streamText", "gpt-4o-mini", "config-default")],
}


@pytest.mark.parametrize("rel", sorted(EXPECTED))
def test_fixture_sites(rel):
    assert fixture_sites(rel) == EXPECTED[rel]
