"""Issue 11 patterns seen on the b34–b38 real-code batches (S11): a web app's own routes named like model endpoints
(``@app.post("/api/chat")``, ``add_url_rule``/``router.post`` with a handler) are not raw-HTTP requests, and an
Ollama client handed out by a helper that says so only in its return annotation is followed, and an Anthropic
client kept on a discord cog (made in a sibling module) is called with ``**params``; a chat model given to a
class by the script importing it (``CareerAdvisor(create_model())``) is that class's model; LangChain's
``GoogleGenerativeAI`` is an LLM class (CrewAI agents running it); a ``@CrewBase`` crew's ``self.agents`` are its
``@agent`` methods' agents; a defaulted model parameter that every call in the importing modules overrides
with one constant takes that constant. Fixtures in
``corpus/families_s11/`` were written for these tests from the libraries' documented patterns."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.scan.conftest import calls_by_site


FIXTURES = Path(__file__).parent / "corpus" / "families_s11"

# file, line, sdk, api, model, model_source
EXPECTED = [
    ("ollama_proxy_routes.py", 25, "ollama", "chat", "qwen2.5:7b", "literal"),
    ("ollama_proxy_routes.py", 31, "ollama", "generate", "llama3.2:3b", "literal"),
    # a request forwarded with ``**body`` carries its prompt; ``generate(model=...)`` alone only loads the model
    ("ollama_proxy_routes.py", 37, "ollama", "generate", "gpt-4o-mini", "config-default"),
    # a cog's client made in a sibling module; options passed as **params (unknown keys) or as a dict built here
    ("discord_bot/cogs/assistant/chat.py", 10, "anthropic", "messages.create", "gpt-4o-mini", "config-default"),
    ("discord_bot/cogs/assistant/state.py", 10, "anthropic", "messages.parse", "claude-3-5-haiku-latest", "constant"),
    # a chat model the importing script builds (in a factory module) and passes to the service class's __init__
    ("career_app/services/advisor.py", 14, "langchain", "invoke", "gpt-4.1", "client"),
    ("career_app/services/advisor.py", 17, "langchain", "chain.invoke", "gpt-4.1", "client"),
    # the same class name in a module nobody imports keeps the default
    ("career_app/services/legacy_advisor.py", 12, "langchain", "invoke", "gpt-4o-mini", "config-default"),
    # CrewAI agents of a sibling module running LangChain's GoogleGenerativeAI (its embeddings class is no LLM)
    ("support_crew/main.py", 7, "crewai", "chain.kickoff", "gemini-1.5-flash", "client"),
    # a @CrewBase class: Crew(agents=self.agents) runs the @agent methods' agents (their LLM, set in __init__)
    ("crewbase_app/research/main.py", 5, "crewai", "chain.kickoff", "llama-3.1-8b-instant", "client"),
    # agents naming no LLM keep CrewAI's default; a method without @agent is not one of the crew's agents
    ("crewbase_app/research/plain_crew.py", 22, "crewai", "chain.kickoff", "gpt-4o-mini", "config-default"),
    # a wrapper's defaulted model id that the app, its only caller, overrides; kept when one call leaves the default
    ("rag_wrapper/model/gemini.py", 12, "google-genai", "models.generate_content", "gemini-2.5-flash", "constant"),
    ("rag_wrapper2/model/gemini_client.py", 12, "google-genai", "models.generate_content", "gemini-2.0-flash",
     "wrapper-default"),
]  # fmt: skip


@pytest.fixture(scope="module")
def found():
    return calls_by_site(FIXTURES)


@pytest.mark.parametrize("row", EXPECTED, ids=[f"{r[0]}:{r[1]}" for r in EXPECTED])
def test_call_site(found, row):
    path, line, sdk, api, model, model_source = row
    call = found[(path, line)]
    assert (call.sdk, call.api, call.model, call.model_source) == (sdk, api, model, model_source)


def test_routes_are_not_requests(found):
    """Route decorators and registrations with a handler, ``.chat`` on a helper's dict, and an SMS client's
    ``messages.create(**params)`` with no LLM SDK imported next to it give no call."""
    assert sorted(found) == sorted((r[0], r[1]) for r in EXPECTED)
