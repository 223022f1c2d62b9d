"""Issue 11 items 2-3: local runtimes priced on the user's hardware at batch 1 (vLLM: the batch it is given), with
the runtime's precision and stack; calls that send several requests multiply the budget projection; raw-HTTP URLs
with unknown parts; SDK modules injected without an import."""

from __future__ import annotations

import dataclasses

import pytest

from rice_core.budget.projection import project_call
from rice_core.config import RiceConfig
from rice_core.scan.pricing import price_calls
from tests.scan.conftest import only, scan

LLAMA_CPP = """
from llama_cpp import Llama
llm = Llama(model_path="models/llama-3.1-8b-instruct.Q8_0.gguf")
llm.create_chat_completion(messages=[{"role": "user", "content": "hi"}], max_tokens=64)
"""

VLLM = """
from vllm import LLM, SamplingParams
llm = LLM(model="meta-llama/Llama-3.1-8B-Instruct")
llm.generate(["one", "two", "three", "four"], SamplingParams(max_tokens=32))
"""


def _priced(code: str, config: RiceConfig | None = None):
    (priced,) = price_calls([only(code)], config or RiceConfig())
    assert priced.estimate is not None
    return priced


def test_llama_cpp_runs_on_local_default_hardware_at_batch_one():
    priced = _priced(LLAMA_CPP)
    e = priced.estimate
    assert (e.hardware, e.batch_size, e.precision, e.pue) == ("rtx-4090", 1.0, "int8", 1.0)
    assert e.stack == "llama.cpp"


def test_configured_hardware_wins_for_local_runtimes():
    config = RiceConfig()
    config = dataclasses.replace(config, defaults=dataclasses.replace(config.defaults, hardware="l4"))
    assert _priced(LLAMA_CPP, config).estimate.hardware == "l4"


def test_vllm_offline_job_is_priced_per_prompt_at_its_batch():
    call = only(VLLM)
    assert (call.requests_per_call, call.requests_source) == (4, "4 prompts in one call")
    assert call.extra["local"] == {"stack": "vllm", "batch": 4}
    e = _priced(VLLM).estimate
    assert (e.hardware, e.batch_size, e.stack) == ("h100-sxm", 4.0, "vllm-2025")


def test_hosted_calls_keep_the_provider_profile():
    e = _priced("from openai import OpenAI\nOpenAI().chat.completions.create(model='gpt-4o', messages=[])\n").estimate
    assert e.batch_size > 1 and e.hardware != "rtx-4090"


def test_projection_multiplies_by_requests_per_call():
    priced = _priced(VLLM)
    config = RiceConfig()
    single = project_call(dataclasses.replace(priced.call, requests_per_call=1), priced.estimate, config)
    several = project_call(priced.call, priced.estimate, config)
    assert several.co2e_kg == pytest.approx(4 * single.co2e_kg)
    assert several.requests_per_period == pytest.approx(4 * single.requests_per_period)


def test_hover_rows_name_the_local_runtime_and_the_requests():
    from rice_lsp.hover import runtime_rows

    priced = _priced(VLLM)
    assert runtime_rows(priced.call, priced.estimate) == [
        ("Local", "Runs on your hardware: h100-sxm (vllm, bf16, batch 4)"),
        ("Requests", "4 per call (4 prompts in one call)"),
    ]


@pytest.mark.parametrize(
    "url, model",
    [
        (
            'f"https://generativelanguage.googleapis.com/v1beta/models/{M}:generateContent?key={KEY}"',
            "gemini-2.0-flash",
        ),
        ('f"{HOST}/openai/deployments/{M}/chat/completions?api-version=2024-06-01"', "gemini-2.0-flash"),
    ],
)
def test_http_url_with_unknown_host_or_key_still_names_the_model(url, model):
    code = f"""
import os, requests
M = "gemini-2.0-flash"
HOST = os.environ["HOST"]
KEY = os.environ["KEY"]
requests.post({url}, json={{"contents": "hi", "messages": []}})
"""
    assert only(code).model == model


def test_url_with_unknown_host_needs_a_model_in_the_body():
    code = """
import requests
def relay(base, text):
    return requests.post(f"{base}/v1/chat/completions", json={"messages": [text]})
"""
    assert scan(code) == []


def test_body_built_item_by_item():
    code = """
import requests
def ask(q):
    body = {"messages": [{"role": "user", "content": q}]}
    body["model"] = "gpt-4o-mini"
    body["max_tokens"] = 99
    return requests.post("https://api.openai.com/v1/chat/completions", json=body)
"""
    call = only(code)
    assert (call.model, call.output_tokens, call.output_tokens_source) == ("gpt-4o-mini", 99, "argument")


def test_injected_module_only_when_the_name_is_unbound():
    used = "openai.ChatCompletion.create(model='gpt-4', messages=[])\n"
    assert only(used).sdk == "openai"
    assert scan("from myapp.testing import fake_llm as openai\n" + used) == []


def test_litellm_batch_completion_is_one_request_per_message_list():
    call = only(
        """
import litellm
litellm.batch_completion(model="gpt-4o-mini", messages=[[{"role": "user", "content": "a"}], [{"role": "user", "content": "b"}]])
"""
    )
    assert (call.sdk, call.requests_per_call, call.requests_source) == ("litellm", 2, "2 prompts in one call")


def test_agent_loop_with_a_known_step_count_but_not_a_retry_loop():
    calls = scan(
        """
from openai import OpenAI
client = OpenAI()
STEPS = 4
def agent(task):
    history = [{"role": "user", "content": task}]
    for _ in range(1, STEPS + 1):
        history.append(client.chat.completions.create(model="gpt-4o", messages=history))
def retry(q):
    for attempt in range(3):
        try:
            return client.chat.completions.create(model="gpt-4o", messages=[q])
        except TimeoutError:
            continue
"""
    )
    assert [(c.line, c.requests_per_call, c.requests_source) for c in calls] == [
        (8, 4, "a loop of 4 steps"),
        (12, 1, ""),
    ]


def test_body_updated_with_a_dict():
    code = """
import requests
def ask(q):
    body = {"messages": [{"role": "user", "content": q}]}
    body.update({"model": "gpt-4o-mini", "max_tokens": 50})
    return requests.post("https://api.openai.com/v1/chat/completions", json=body)
"""
    call = only(code)
    assert (call.model, call.output_tokens) == ("gpt-4o-mini", 50)


def test_openai_compatible_client_on_a_local_server_runs_locally():
    calls = scan(
        """
from openai import OpenAI
local = OpenAI(base_url="http://localhost:11434/v1", api_key="ollama")
served = OpenAI(base_url="http://127.0.0.1:8000/v1")
cloud = OpenAI(base_url="https://api.openai.com/v1")
for client in ():
    pass
local.chat.completions.create(model="llama3.1:8b", messages=[])
served.chat.completions.create(model="Qwen/Qwen2.5-7B-Instruct", messages=[])
cloud.chat.completions.create(model="gpt-4o", messages=[])
"""
    )
    assert [c.extra.get("local", {}).get("stack") for c in calls] == ["ollama", "vllm", None]
