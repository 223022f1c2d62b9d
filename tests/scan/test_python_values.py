"""Model, prompt and output-token resolution."""

from __future__ import annotations

import pytest

from rice_core.config import Defaults, RiceConfig
from rice_core.tokens import count_messages, count_text

from .conftest import only

HEAD = "from openai import OpenAI\nclient = OpenAI()\n"


@pytest.mark.parametrize(
    "setup, model_expr, model, source",
    [
        ("", "'gpt-4o'", "gpt-4o", "literal"),
        ("M = 'gpt-4o'\n", "M", "gpt-4o", "constant"),
        ("FAMILY = 'gpt-4o'\n", "f'{FAMILY}-mini'", "gpt-4o-mini", "fstring"),
        ("import os\n", "os.getenv('MODEL', 'gpt-4.1')", "gpt-4.1", "env-default"),
        ("from os import environ\n", "environ.get('MODEL') or 'o3'", "o3", "env-default"),
        ("MODELS = {'fast': 'gpt-4o-mini'}\n", "MODELS['fast']", "gpt-4o-mini", "constant"),
    ],
)
def test_model_sources(setup: str, model_expr: str, model: str, source: str) -> None:
    call = only(HEAD + setup + f"client.chat.completions.create(model={model_expr}, messages=[])")
    assert (call.model, call.model_source) == (model, source)


def test_wrapper_default_and_unresolved_parameter(codes) -> None:
    wrapped = only(
        HEAD + "def ask(q, model='gpt-4o-mini'):\n    return client.chat.completions.create(model=model, messages=[])"
    )
    assert (wrapped.model, wrapped.model_source) == ("gpt-4o-mini", "wrapper-default")
    config = RiceConfig(defaults=Defaults(model="gpt-4.1-nano"))
    free = only(
        HEAD + "def ask(q, model):\n    return client.chat.completions.create(model=model, messages=[])", config=config
    )
    assert (free.model, free.model_source) == ("gpt-4.1-nano", "config-default")
    assert "unresolved-model" in codes(free)


def test_env_var_without_default_is_unresolved(codes) -> None:
    call = only(HEAD + "import os\nclient.chat.completions.create(model=os.environ['MODEL'], messages=[])")
    assert call.model_source == "config-default" and "unresolved-model" in codes(call)


def test_model_fixed_on_constructor_and_model_span() -> None:
    call = only("from langchain_openai import ChatOpenAI\nllm = ChatOpenAI(model_name='gpt-4o')\nllm.invoke('hi')")
    assert (call.model, call.model_source) == ("gpt-4o", "client")
    column = "llm = ChatOpenAI(model_name='gpt-4o')".index("'gpt-4o'")
    assert call.model_span is not None and (call.model_span.line, call.model_span.column) == (2, column)


def test_literal_model_span_columns_are_code_points() -> None:
    call = only(HEAD + "x = 'é🌸'; r = client.chat.completions.create(model='gpt-4o', messages=[])")
    line = (HEAD + "x = 'é🌸'; r = client.chat.completions.create(model='gpt-4o', messages=[])").splitlines()[2]
    assert call.span.column == line.index("client")
    assert call.model_span is not None and call.model_span.column == line.index("'gpt-4o'")
    assert call.model_span.end_column == line.index("'gpt-4o'") + len("'gpt-4o'")


def test_literal_messages_are_counted_exactly() -> None:
    call = only(
        HEAD
        + "client.chat.completions.create(model='gpt-4o', messages=[{'role': 'system', 'content': 'Be brief.'}, {'role': 'user', 'content': 'Hello there'}])"
    )
    expected = count_messages([{"content": "Be brief."}, {"content": "Hello there"}], "gpt-4o")
    assert (call.prompt_tokens, call.prompt_source, call.estimated_prompt_tokens) == (expected, "literal", 0)


def test_placeholders_count_configured_tokens(codes) -> None:
    config = RiceConfig(defaults=Defaults(placeholder_tokens=7))
    call = only(
        HEAD
        + "def f(a, b):\n    client.completions.create(model='gpt-3.5-turbo-instruct', prompt='Compare {} and {}'.format(a, b))",
        config=config,
    )
    assert call.estimated_prompt_tokens == 14 and call.prompt_source == "template"
    assert call.literal_prompt_tokens == count_text("Compare  and ", "gpt-3.5-turbo-instruct")
    assert "prompt-placeholders-estimated" in codes(call)


@pytest.mark.parametrize(
    "prompt_setup, prompt_expr, literal",
    [
        ("import textwrap\nP = textwrap.dedent('''\n    Line one\n    Line two\n''')\n", "P", "\nLine one\nLine two\n"),
        ("P = ('Hello, '\n     'world')\n", "P", "Hello, world"),
        ("P = 'Say %s to %s' % ('hi', 'Bob')\n", "P", "Say hi to Bob"),
        ("P = 'Dear {name}'.format(name='Ann')\n", "P", "Dear Ann"),
        ("P = ''\nP += 'abc'\nP += 'def'\n", "P", "abcdef"),
        ("P = ', '.join(['a', 'b'])\n", "P", "a, b"),
        ("from jinja2 import Template\nP = Template('Hi {{ who }}!').render(who='Al')\n", "P", "Hi Al!"),
    ],
)
def test_prompt_text_forms(prompt_setup: str, prompt_expr: str, literal: str) -> None:
    call = only(HEAD + prompt_setup + f"client.completions.create(model='gpt-4o', prompt={prompt_expr})")
    assert call.literal_prompt_tokens == count_text(literal, "gpt-4o")
    assert call.estimated_prompt_tokens == 0


def test_prompt_file_inside_root_is_read_and_outside_refused(tmp_path) -> None:
    root = tmp_path / "repo"
    (root / "prompts").mkdir(parents=True)
    (root / "prompts" / "sys.txt").write_text("You are a careful assistant.", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("outside the repository " * 50, encoding="utf-8")
    code = HEAD + (
        "from pathlib import Path\n"
        "A = (Path(__file__).parent / 'prompts' / 'sys.txt').read_text()\n"
        "B = open('../secret.txt').read()\n"
        "client.completions.create(model='gpt-4o', prompt=A)\n"
        "client.completions.create(model='gpt-4o', prompt=B)\n"
    )
    inside, outside = only_two(code, root)
    assert inside.prompt_source == "file" and inside.literal_prompt_tokens == count_text(
        "You are a careful assistant.", "gpt-4o"
    )
    assert outside.prompt_source == "default" and outside.literal_prompt_tokens == 0


def only_two(code: str, root) -> tuple:
    from rice_core.scan import scan_source

    calls = scan_source(code, "app.py", root=str(root))
    assert len(calls) == 2
    return calls[0], calls[1]


@pytest.mark.parametrize(
    "kwargs, value, source",
    [
        ("max_tokens=123", 123, "argument"),
        ("max_completion_tokens=N", 77, "argument"),
        ("extra_body={'max_new_tokens': 9}", 9, "generation-config"),
        ("**{'max_output_tokens': 5}", 5, "argument"),
    ],
)
def test_output_tokens(kwargs: str, value: int, source: str) -> None:
    call = only(HEAD + f"N = 77\nclient.chat.completions.create(model='gpt-4o', messages=[], {kwargs})")
    assert (call.output_tokens, call.output_tokens_source) == (value, source)


def test_output_tokens_in_generation_configs() -> None:
    genai = only(
        "from google import genai\nfrom google.genai import types\ngenai.Client().models.generate_content(model='g', contents='x', config=types.GenerateContentConfig(max_output_tokens=64))"
    )
    ollama = only("import ollama\nollama.chat(model='llama3', messages=[], options={'num_predict': 32})")
    vllm = only(
        "from vllm import LLM, SamplingParams\nsp = SamplingParams(max_tokens=16)\nLLM('m').generate(['x'], sp)"
    )
    assert [(c.output_tokens, c.output_tokens_source) for c in (genai, ollama, vllm)] == [
        (64, "generation-config")
    ] * 0 + [(64, "generation-config"), (32, "generation-config"), (16, "generation-config")]


def test_default_output_tokens_flagged(codes) -> None:
    call = only(
        HEAD + "client.chat.completions.create(model='gpt-4o', messages=[])",
        config=RiceConfig(defaults=Defaults(output_tokens=222)),
    )
    assert (call.output_tokens, call.output_tokens_source) == (222, "config-default")
    assert "default-output-tokens" in codes(call)


def test_annotations_on_and_above_the_call() -> None:
    code = HEAD + (
        "def f(m):\n"
        "    # rice: volume=5000/day\n"
        "    # rice: output_tokens=800 prompt_tokens=1200\n"
        "    client.chat.completions.create(model=m, messages=[])  # rice: model=gpt-4o\n"
        "def g():\n"
        "    client.chat.completions.create(model='gpt-4o', messages=[])  # rice: ignore\n"
    )
    from rice_core.scan import scan_source

    first, second = scan_source(code, "a.py")
    assert (first.volume, first.output_tokens, first.prompt_tokens, first.model, first.model_source) == (
        "5000/day",
        800,
        1200,
        "gpt-4o",
        "annotation",
    )
    assert first.warnings == () and not first.ignored
    assert second.ignored and second.volume is None


def test_absolute_path_without_root_reads_inside_its_repository(tmp_path) -> None:
    from rice_core.scan import scan_source

    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "prompts").mkdir()
    (repo / "prompts" / "p.txt").write_text("Answer in French.", encoding="utf-8")
    (repo / "src").mkdir()
    code = HEAD + "P = open('prompts/p.txt').read()\nclient.completions.create(model='gpt-4o', prompt=P)\n"
    (call,) = scan_source(code, str(repo / "src" / "app.py"))
    assert call.prompt_source == "file" and call.literal_prompt_tokens == count_text("Answer in French.", "gpt-4o")


def test_parameter_resolved_from_agreeing_callers_in_the_module() -> None:
    from rice_core.scan import scan_source

    code = (
        "from openai import OpenAI\n"
        "def run(client, model, text):\n"
        "    return client.chat.completions.create(model=model, messages=[{'role': 'user', 'content': text}])\n"
        "run(OpenAI(), 'gpt-4o', 'a')\n"
        "run(OpenAI(), model='gpt-4o', text='b')\n"
    )
    (call,) = scan_source(code, "a.py")
    assert (call.sdk, call.model, call.model_source) == ("openai", "gpt-4o", "constant")
    disagreeing = code + "run(OpenAI(), 'o3', 'c')\n"
    (call,) = scan_source(disagreeing, "a.py")
    assert call.model_source == "config-default" and "different models" in call.warnings[0].message


def test_scanner_bug_becomes_a_problem(monkeypatch) -> None:
    from rice_core.scan import scan_source_with_problems
    from rice_core.scan.python import front as python_front

    def boom(*args: object) -> None:
        raise RuntimeError("bug")

    monkeypatch.setattr(python_front, "collect", boom)
    calls, problems = scan_source_with_problems(HEAD + "client.chat.completions.create(model='x', messages=[])", "a.py")
    assert calls == [] and [(p.code, p.severity) for p in problems] == [("scanner-error", "error")]


def test_prompts_from_yaml_and_json_data_files(tmp_path) -> None:
    from rice_core.scan import scan_source

    (tmp_path / "prompts.yaml").write_text("summarize:\n  system: You summarize support tickets.\n", encoding="utf-8")
    (tmp_path / "few_shot.json").write_text('{"chat": [{"role": "user", "content": "Hello"}]}', encoding="utf-8")
    code = HEAD + (
        "import json, yaml\n"
        "with open('prompts.yaml') as f:\n"
        "    PROMPTS = yaml.safe_load(f)\n"
        "SHOTS = json.load(open('few_shot.json'))\n"
        "client.completions.create(model='gpt-4o', prompt=PROMPTS['summarize']['system'])\n"
        "client.chat.completions.create(model='gpt-4o', messages=SHOTS['chat'])\n"
    )
    summary, chat = scan_source(code, "app.py", root=str(tmp_path))
    assert summary.prompt_source == "file" and summary.literal_prompt_tokens == count_text(
        "You summarize support tickets.", "gpt-4o"
    )
    assert chat.prompt_source == "file" and chat.literal_prompt_tokens == count_messages(
        [{"content": "Hello"}], "gpt-4o"
    )


@pytest.mark.parametrize(
    "setup, model_expr, model",
    [
        ("from enum import Enum\nclass M(str, Enum):\n    FAST = 'gpt-4o-mini'\n", "M.FAST.value", "gpt-4o-mini"),
        ("from enum import Enum\nclass M(str, Enum):\n    FAST = 'gpt-4o-mini'\n", "M.FAST", "gpt-4o-mini"),
        (
            "import argparse\np = argparse.ArgumentParser()\np.add_argument('-m', '--model-name', default='o3')\nargs = p.parse_args()\n",
            "args.model_name",
            "o3",
        ),
        ("CONFIG = {'llm': {'model': 'gpt-4.1'}}\n", "CONFIG['llm']['model']", "gpt-4.1"),
        (
            "from pydantic import BaseModel, Field\nclass S(BaseModel):\n    model: str = Field(default='gpt-4o')\ns = S()\n",
            "s.model",
            "gpt-4o",
        ),
    ],
)
def test_config_shaped_models(setup: str, model_expr: str, model: str) -> None:
    call = only(HEAD + setup + f"client.chat.completions.create(model={model_expr}, messages=[])")
    assert call.model == model and call.model_source != "config-default"


def test_nested_config_spread_and_base_class_model() -> None:
    spread = only(
        HEAD + "CONFIG = {'chat': {'model': 'gpt-4o-mini', 'max_tokens': 64}}\n"
        "client.chat.completions.create(messages=[], **CONFIG['chat'])"
    )
    assert (spread.model, spread.output_tokens) == ("gpt-4o-mini", 64)
    code = HEAD + (
        "class Base:\n"
        "    def __init__(self, model='gpt-4o'):\n"
        "        self.model = model\n"
        "class Cheap(Base):\n"
        "    def __init__(self):\n"
        "        super().__init__(model='gpt-4o-mini')\n"
        "    def run(self):\n"
        "        return client.chat.completions.create(model=self.model, messages=[])\n"
        "class Plain(Base):\n"
        "    def run(self):\n"
        "        return client.chat.completions.create(model=self.model, messages=[])\n"
    )
    from rice_core.scan import scan_source

    cheap, plain = scan_source(code, "a.py")
    assert (cheap.model, plain.model) == ("gpt-4o-mini", "gpt-4o")


def test_pytest_fixture_receiver_is_not_a_call() -> None:
    from rice_core.scan import scan_source

    code = "import openai\ndef test_reply(mock_client):\n    mock_client.chat.completions.create(model='gpt-4o', messages=[])\n"
    assert scan_source(code, "test_app.py") == []


def test_constants_imported_from_repository_modules(tmp_path) -> None:
    from rice_core.scan import scan_paths

    app = tmp_path / "app"
    app.mkdir()
    (app / "__init__.py").write_text("", encoding="utf-8")
    (app / "config.py").write_text(
        "import os\nMODEL = 'gpt-4o'\nclass Settings:\n    chat_model: str = os.getenv('CHAT_MODEL', 'gpt-4.1-mini')\n"
        "settings = Settings()\n",
        encoding="utf-8",
    )
    (app / "main.py").write_text(
        HEAD
        + (
            "from .config import MODEL, settings\n"
            "import app.config as cfg\n"
            "client.chat.completions.create(model=MODEL, messages=[])\n"
            "client.chat.completions.create(model=settings.chat_model, messages=[])\n"
            "client.chat.completions.create(model=cfg.MODEL, messages=[])\n"
            "client.chat.completions.create(model=cfg.MISSING, messages=[])\n"
        ),
        encoding="utf-8",
    )
    result = scan_paths([str(tmp_path)], use_cache=False)
    assert [(c.model, c.model_source) for c in result.calls] == [
        ("gpt-4o", "constant"),
        ("gpt-4.1-mini", "env-default"),
        ("gpt-4o", "constant"),
        ("gpt-4o-mini", "config-default"),
    ]
