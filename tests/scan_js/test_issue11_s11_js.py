"""Issue 11 JS/TS patterns seen on the b34–b38 real-code batches (S11): a popup's fetch whose JSON body is a
parameter of the helper, filled by the file's caller with ``JSON.stringify(payload)``; an ``axios(config)`` request
config carrying URL, method and body; and the look-alikes: Express routes named like model endpoints, a GET of the
model list, a form upload; clients kept in an object literal (``export default { openai, claude }``) and
reached as ``providers.openai.chat.completions.create``; Vercel AI registry aliases
(``registry.languageModel("anthropic:writer")`` → the model its ``customProvider`` maps ``writer`` to). The fixtures were written for these tests from the APIs' documented shapes."""

from __future__ import annotations

import pytest


from .helpers import fixture_sites

# file → [(line, sdk, api, model, model_source)]
EXPECTED = {
    "families/popup-fetch-body-param.ts": [(6, "http-openai", "chat.completions", "gpt-4.1-mini", "literal")],
    "families/axios-config-stream.js": [(13, "http-openai", "chat.completions", "gpt-4o", "wrapper-default")],
    "negatives/express-openai-shaped-routes.js": [],
    # clients handed out in a default-exported object of another module, and kept in a local object
    "families/clients-object-app/app/summary.ts": [
        (4, "openai", "chat.completions.create", "gpt-4.1-nano", "literal"),
        (10, "anthropic", "messages.create", "claude-3-5-haiku-latest", "literal"),
    ],
    "families/clients-object-app/lib/providers.ts": [],
    # registry aliases mapped by customProvider in another module; an id that is no alias goes to the fallback
    "families/provider-registry-app/route.ts": [
        (6, "vercel-ai", "generateText", "claude-3-7-sonnet-20250219", "constant"),
        (7, "vercel-ai", "generateText", "gpt-4.1-nano", "constant"),
        (9, "vercel-ai", "streamText", "gpt-4o", "literal"),
    ],
    "families/provider-registry-app/models.ts": [],
}


@pytest.mark.parametrize("rel", sorted(EXPECTED))
def test_fixture_calls(rel):
    assert fixture_sites(rel) == EXPECTED[rel]
