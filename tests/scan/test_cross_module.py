"""Cross-module resolution in the Python scanner (issue 11, X11): LLM objects, chains, factories and settings made in
another module of the same project — imported through package ``__init__`` re-exports, relative imports, sibling
script imports and module attributes — are followed into that module (read, never run; only inside the root), and
the call site's model resolves to the other module's literal. Fixtures in ``corpus/cross_module/`` were written for
these tests from the patterns seen in real code (also a model put on ``app.state`` where the FastAPI app is built
and read in a router, and ``self.llm`` set by a base class in another module from a ``Settings.llm`` configured in a
third; a DSPy module configured by the script that imports it, a LlamaIndex ``Settings.llm`` set by a setup module
that the app imports next to the engine's module; a constructor argument passed by the module that imports the
class; a file naming no SDK that runs a chain from another module, which the byte pre-filter lets through); ``neg_lookalikes/`` holds look-alikes (a model-name registry and
price table, a project module named like an SDK, mocks and fake models imported from a test-fixtures module)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from rice_core.scan import scan_paths, scan_source
from rice_core.scan.prefilter import may_call_llm

CORPUS = Path(__file__).parent / "corpus"
PROJECTS = CORPUS / "cross_module"

# file, line, sdk, api, model, model_source, output tokens, output_tokens_source, requests per call
EXPECTED = [
    ("helpdesk/routes/faq.py", 5, "langchain", "invoke", "gpt-4o-mini", "env-default", 350, "argument", 1),
    ("helpdesk/routes/tickets.py", 12, "langchain", "invoke", "gpt-4o-mini", "env-default", 350, "argument", 1),
    ("helpdesk/routes/tickets.py", 16, "langchain", "chain.invoke", "gpt-4o-mini", "env-default", 350, "argument", 1),
    ("helpdesk/routes/tickets.py", 21, "langchain", "invoke", "gpt-4.1", "client", 300, "config-default", 1),
    ("helpdesk/routes/tickets.py", 25, "langchain", "invoke", "gpt-4o", "wrapper-default", 300, "config-default", 1),
    ("helpdesk/routes/tickets.py", 29, "anthropic", "messages.create", "claude-3-5-haiku-latest", "env-default", 512,
     "argument", 1),
    ("helpdesk/routes/tickets.py", 38, "anthropic", "messages.create", "gpt-4.1-mini", "constant", 300, "argument", 1),
    ("crew_app/run_crew.py", 12, "crewai", "chain.kickoff", "ollama/qwen2.5:7b", "client", 300, "config-default", 2),
    ("rag_llamaindex/app.py", 10, "llama_index", "chain.query", "mistral:7b", "client", 300, "config-default", 1),
    ("slackbot/completion_client.py", 10, "openai", "chat.completions.create", "gpt-4o-mini", "constant", 200,
     "argument", 1),
    ("dash_chat/pages/chat/callbacks.py", 12, "langchain", "chain.predict", "gpt-4o-mini", "client", 300,
     "config-default", 1),
    ("dspy_app/program.py", 17, "dspy", "__call__", "openai/gpt-4o-mini", "client", 300, "config-default", 1),
    ("li_setup/search.py", 5, "llama_index", "chain.query", "llama3.2:3b", "client", 300, "config-default", 1),
    ("trainer/writers/quiz.py", 15, "llama_index", "chain.__call__", "qwen2.5:7b", "client", 300, "config-default",
     1),
    ("voice_api/app/routes/chat.py", 16, "transformers", "generate", "HuggingFaceTB/SmolLM2-360M-Instruct", "client",
     120, "argument", 1),
]  # fmt: skip


def _calls(target: Path, root: Path) -> dict[tuple[str, int], object]:
    result = scan_paths([str(target)], root=str(root), use_cache=False, workers=1)
    prefix = target.relative_to(root).as_posix()
    return {(os.path.relpath(root / c.path, root / prefix).replace(os.sep, "/"), c.line): c for c in result.calls}


@pytest.fixture(scope="module")
def found():
    return _calls(PROJECTS, CORPUS)  # as the quality benchmark scans the fixture corpus


@pytest.mark.parametrize("row", EXPECTED, ids=[f"{r[0]}:{r[1]}" for r in EXPECTED])
def test_call_site_and_model_from_another_module(found, row):
    path, line, sdk, api, model, model_source, output_tokens, output_source, requests = row
    call = found[(path, line)]
    assert (call.sdk, call.api, call.model, call.model_source) == (sdk, api, model, model_source)
    assert (call.output_tokens, call.output_tokens_source, call.requests_per_call) == (
        output_tokens,
        output_source,
        requests,
    )


def test_no_other_calls_and_look_alikes_stay_silent(found):
    assert sorted(found) == sorted((r[0], r[1]) for r in EXPECTED)


@pytest.mark.parametrize(
    "project", ["crew_app", "rag_llamaindex", "trainer", "voice_api", "dspy_app", "li_setup", "slackbot"]
)
def test_each_project_scanned_from_its_own_root(project):
    rows = sorted((r[0].split("/", 1)[1], r[1], r[4]) for r in EXPECTED if r[0].startswith(project + "/"))
    calls = _calls(PROJECTS / project, PROJECTS / project)
    assert sorted((path, line, call.model) for (path, line), call in calls.items()) == rows


def test_environment_default_in_another_module_warns(found):
    triage = found[("helpdesk/routes/tickets.py", 29)]
    assert [w.code for w in triage.warnings if w.code.startswith("model")] == ["model-from-env"]


def test_modules_read_are_cache_dependencies_through_reexports(found):
    deps = {
        Path(p).relative_to(PROJECTS.resolve()).as_posix()
        for p in found[("helpdesk/routes/tickets.py", 12)].extra["depends_on"]
    }
    assert {"helpdesk/models/__init__.py", "helpdesk/models/chat.py", "helpdesk/settings.py"} <= deps


def test_language_server_style_single_document_scan_uses_the_root():
    path = "helpdesk/routes/tickets.py"
    text = (PROJECTS / path).read_text(encoding="utf-8")
    calls = scan_source(text, path, root=str(PROJECTS))
    assert [(c.line, c.model) for c in calls] == [(r[1], r[4]) for r in EXPECTED if r[0] == path]
    assert [c.model_source for c in scan_source(text, path)][:1] == ["config-default"]  # no root, no file: nothing read


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")


def test_editing_the_other_module_invalidates_the_cached_result(tmp_path):
    _write(
        tmp_path,
        {
            "llm.py": "from langchain_openai import ChatOpenAI\nllm = ChatOpenAI(model='gpt-4o')\n",
            "app.py": "from llm import llm\n\n\ndef ask(q):\n    return llm.invoke(q)\n",
        },
    )
    assert [c.model for c in scan_paths([str(tmp_path)]).calls] == ["gpt-4o"]
    (tmp_path / "llm.py").write_text(
        "from langchain_openai import ChatOpenAI\nllm = ChatOpenAI(model='gpt-4.1-nano')  # changed\n", encoding="utf-8"
    )
    assert [c.model for c in scan_paths([str(tmp_path)]).calls] == ["gpt-4.1-nano"]


def test_import_cycles_end(tmp_path):
    _write(
        tmp_path,
        {
            "a.py": "from b import llm\n",
            "b.py": "from a import llm\n",
            "app.py": "from langchain_openai import ChatOpenAI\nfrom a import llm\n\nllm.invoke('hi')\n",
        },
    )
    calls = scan_paths([str(tmp_path)], use_cache=False, workers=1).calls  # ends; ``llm`` stays unknown
    assert [(c.line, c.model_source) for c in calls] == [(4, "config-default")]


def test_modules_outside_the_root_are_not_read(tmp_path):
    _write(
        tmp_path,
        {
            "shared/models.py": "from langchain_openai import ChatOpenAI\nllm = ChatOpenAI(model='gpt-4o')\n",
            "svc/app.py": "from langchain_openai import ChatOpenAI\nfrom shared.models import llm\n\nllm.invoke('hi')\n",
        },
    )
    inside = scan_paths([str(tmp_path / "svc")], root=str(tmp_path), use_cache=False, workers=1).calls
    outside = scan_paths([str(tmp_path / "svc")], root=str(tmp_path / "svc"), use_cache=False, workers=1).calls
    assert [c.model for c in inside] == ["gpt-4o"]
    assert [c.model_source for c in outside] in ([], ["config-default"])


def test_a_file_without_calls_is_rescanned_when_its_import_becomes_a_model(tmp_path):
    _write(
        tmp_path,
        {
            "llm.py": "from unittest.mock import MagicMock\nllm = MagicMock()\n",
            "app.py": "from llm import llm\n\n\ndef ask(q):\n    return llm.invoke(q)\n",
        },
    )
    assert scan_paths([str(tmp_path)]).calls == []
    (tmp_path / "llm.py").write_text("from langchain_openai import ChatOpenAI\nllm = ChatOpenAI(model='gpt-4o')\n")
    assert [c.model for c in scan_paths([str(tmp_path)]).calls] == ["gpt-4o"]


PROGRAM = "import dspy\n\n\nclass QA(dspy.Module):\n    def __init__(self):\n        super().__init__()\n" + (
    "        self.respond = dspy.Predict('question -> answer')\n\n    def forward(self, question):\n"
    "        return self.respond(question=question)\n"
)


def test_a_global_llm_set_elsewhere_counts_only_when_every_setter_agrees(tmp_path):
    runner = "import dspy\nfrom program import QA\n\ndspy.configure(lm=dspy.LM({model!r}))\n"
    _write(tmp_path, {"program.py": PROGRAM, "a.py": runner.format(model="openai/gpt-4o-mini")})
    assert [c.model for c in scan_paths([str(tmp_path)], use_cache=False, workers=1).calls] == ["openai/gpt-4o-mini"]
    _write(tmp_path, {"b.py": runner.format(model="anthropic/claude-3-5-haiku-latest")})
    calls = scan_paths([str(tmp_path)], use_cache=False, workers=1).calls
    assert [c.model_source for c in calls] == ["config-default"]


def test_a_setter_that_never_runs_with_the_file_is_ignored(tmp_path):
    unrelated = "import dspy\n\ndspy.configure(lm=dspy.LM('openai/gpt-4o'))\n"  # imports nothing of ours
    _write(tmp_path, {"program.py": PROGRAM, "other_tool.py": unrelated})
    assert [c.model_source for c in scan_paths([str(tmp_path)], use_cache=False, workers=1).calls] == ["config-default"]


CLIENT = "from openai import OpenAI\n\n\nclass Bot:\n    def __init__(self, model):\n        self.model = model\n\n" + (
    "    def ask(self, q):\n        return OpenAI().chat.completions.create(model=self.model, messages=[q])\n"
)


def test_constructor_arguments_from_importing_modules_must_agree(tmp_path):
    _write(tmp_path, {"bot.py": CLIENT, "a.py": "from bot import Bot\n\nBot('gpt-4o')\n"})
    assert [c.model for c in scan_paths([str(tmp_path)], use_cache=False, workers=1).calls] == ["gpt-4o"]
    _write(tmp_path, {"b.py": "from bot import Bot\n\nBot(model='gpt-4.1')\n"})
    assert [c.model_source for c in scan_paths([str(tmp_path)], use_cache=False, workers=1).calls] == ["config-default"]


def test_a_literal_in_another_module_gives_no_span_in_this_file(found):
    assert found[("crew_app/run_crew.py", 12)].model_span is None  # "ollama/qwen2.5:7b" sits in config.py
    assert found[("rag_llamaindex/app.py", 10)].model_span is None
    escalate = found[("helpdesk/routes/tickets.py", 21)]  # make_model("gpt-4.1"): the literal is here
    line = (
        (PROJECTS / "helpdesk/routes/tickets.py").read_text(encoding="utf-8").splitlines()[escalate.model_span.line - 1]
    )
    assert line[escalate.model_span.column : escalate.model_span.end_column] == '"gpt-4.1"'


def test_a_file_naming_no_sdk_is_parsed_when_an_imported_module_names_one(tmp_path):
    from rice_core.scan.prefilter import PY_TRIGGERS
    from rice_core.scan.python.import_hints import CALL_HINTS

    hint = next(h for h in CALL_HINTS if not any(t in h or h in t for t in PY_TRIGGERS))  # not a trigger itself
    method = hint.decode().strip(".(")
    page = f"from chains import conversation\n\n\ndef reply(q):\n    return conversation.{method}(q)\n"
    assert not may_call_llm(page.encode(), "python")
    _write(tmp_path, {"chains.py": "conversation = None  # built at start-up\n", "page.py": page})
    assert scan_paths([str(tmp_path)]).calls == []  # cached: rejected before parsing, chains.py is a dependency
    (tmp_path / "chains.py").write_text(
        "from langchain.chains import ConversationChain\nfrom langchain_openai import ChatOpenAI\n\n"
        "conversation = ConversationChain(llm=ChatOpenAI(model='gpt-4o'))\n",
        encoding="utf-8",
    )
    assert [(c.path, c.model) for c in scan_paths([str(tmp_path)]).calls] == [("page.py", "gpt-4o")]
