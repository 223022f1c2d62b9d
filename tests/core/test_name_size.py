"""Issue 10: a model the catalog does not know is priced by the size its name states (``estimator/name_size.py``)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from rice_core.estimator import estimate
from rice_core.estimator.name_size import size_from_name
from rice_core.result import Estimate, UnknownModel


@pytest.mark.parametrize(
    ("name", "total_b", "active_b"),
    [
        ("Qwen/Qwen3-Coder-480B-A35B-Instruct", 480.0, 35.0),
        ("Qwen/Qwen3-30B-A3B-Thinking-2507", 30.0, 3.0),
        ("qwen3:235b-a22b", 235.0, 22.0),
        ("qwen3:30b-a3b", 30.0, 3.0),
        ("ibm-granite/granite-3.0-3b-a800m-instruct", 3.0, 0.8),
        ("mistralai/Mistral-Small-3.2-24B-Instruct-2506", 24.0, 24.0),
        ("llama3.1:8b", 8.0, 8.0),
        ("qwen3:0.6b", 0.6, 0.6),
        ("deepseek-r1:1.5b", 1.5, 1.5),
        ("some-org/Finetune-70b-chat-v2", 70.0, 70.0),
        ("groq/llama3-8b-8192", 8.0, 8.0),
        ("Qwen/Qwen2.5-14B-Instruct-1M", 14.0, 14.0),
    ],
)
def test_sizes_the_name_states(name: str, total_b: float, active_b: float) -> None:
    found = size_from_name(name)
    assert found is not None, name
    assert (found.params_b, found.active_params_b) == (total_b, active_b)


@pytest.mark.parametrize(
    "name",
    [
        "gpt-4",
        "gpt-9-ultra",
        "b200",
        "deepseek-v3",
        "claude-3-5-sonnet-20241022",
        "mistralai/Mixtral-8x7B-Instruct-v0.1",  # 8x7B: the experts share attention, the total is not 56B
        "meta-llama/Llama-4-Maverick-17B-128E-Instruct",  # 17B is the active count, the total is not stated
        "allenai/OLMoE-1B-7B-0924",  # two sizes: which is the total?
        "mlx-community/some-model-4bit",
        "google/gemma-3n-E4B-it",  # effective size, not the parameter count
        "qwen3-a22b",  # an active count without a total
        "my-finetune",
        "",
        "x" * 400 + "-7b",  # an unbounded string is not parsed
    ],
)
def test_names_that_state_no_size_give_none(name: str) -> None:
    assert size_from_name(name) is None


def test_the_api_prices_a_hugging_face_id_by_its_stated_size() -> None:
    e = estimate("example-org/Example-Coder-480B-A35B-Instruct", prompt_tokens=800, output_tokens=300)
    assert isinstance(e, Estimate)
    assert (e.params_b, e.active_params_b) == (480.0, 35.0)
    notes = {a.name: a for a in e.assumptions}
    assert notes["params_b"].source == "model-name" and "480B-A35B" in notes["params_b"].detail
    assert "defaults" in notes["params_b"].detail
    assert notes["moe_routing"].source == "default"  # the routing prior of physics/moe_prior.py
    assert [w.code for w in e.warnings if w.code == "unknown-model"] == ["unknown-model"]
    assert e.energy_range_wh.low < e.energy_wh < e.energy_range_wh.high


def test_a_stated_size_prices_like_the_same_size_given_as_arguments() -> None:
    context = {"hardware": "h100-sxm", "batch_size": 8.0, "stack": "vllm-2025", "precision": "bf16", "pue": 1.2}
    named = estimate("acme/Acme-Chat-24B", prompt_tokens=800, output_tokens=300, **context)  # type: ignore[arg-type]
    given = estimate(params_b=24.0, prompt_tokens=800, output_tokens=300, **context)  # type: ignore[arg-type]
    assert isinstance(named, Estimate) and isinstance(given, Estimate)
    assert named.energy_wh == given.energy_wh and named.latency_s == given.latency_s


def test_the_serving_route_comes_from_the_name_as_for_catalog_open_models() -> None:
    hosted = estimate("acme/Acme-Chat-24B", prompt_tokens=800, output_tokens=300)
    local = estimate("ollama/acme-chat:24b", prompt_tokens=800, output_tokens=300)
    assert isinstance(hosted, Estimate) and isinstance(local, Estimate)
    sources = {a.name: a.source for a in hosted.assumptions}
    assert sources["hardware"] == "provider" and hosted.batch_size > 1  # hosted open weights: batched serving
    assert local.batch_size == 1.0 and local.stack == "llama.cpp"  # an Ollama route: the local profile


def test_an_active_count_argument_wins_over_the_name_and_is_checked() -> None:
    e = estimate("acme/Acme-MoE-100B", prompt_tokens=10, output_tokens=10, active_params_b=10.0)
    assert isinstance(e, Estimate) and e.active_params_b == 10.0
    from rice_core.errors import InputError

    with pytest.raises(InputError, match="must be <= the 100 B"):
        estimate("acme/Acme-MoE-100B", prompt_tokens=10, output_tokens=10, active_params_b=200.0)


def test_an_unknown_name_without_a_size_stays_unknown() -> None:
    found = estimate("gpt-9-ultra", prompt_tokens=10, output_tokens=10)
    assert isinstance(found, UnknownModel) and found.code == "unknown-model"


def test_a_catalog_name_that_states_a_size_keeps_the_catalog_entry() -> None:
    e = estimate("meta-llama/Llama-3.1-8B-Instruct", prompt_tokens=10, output_tokens=10)
    assert isinstance(e, Estimate)
    assert {a.name: a.source for a in e.assumptions}["params_b"] == "catalog"


def test_the_cli_estimates_a_hugging_face_id() -> None:
    args = [sys.executable, "-m", "rice_core", "estimate", "-m", "example-org/Example-Coder-480B-A35B-Instruct"]
    proc = subprocess.run(
        [*args, "--prompt-tokens", "800", "--output-tokens", "300", "--format", "json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert (out["params_b"], out["active_params_b"]) == (480.0, 35.0) and out["energy_wh"] > 0
    assert any(a["source"] == "model-name" for a in out["assumptions"])


def test_the_cli_still_refuses_a_name_without_a_size() -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "rice_core",
            "estimate",
            "-m",
            "gpt-9-ultra",
            "--prompt-tokens",
            "10",
            "--output-tokens",
            "10",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode != 0 and "unknown model 'gpt-9-ultra'" in proc.stdout + proc.stderr


def test_the_scanner_prices_a_call_to_a_hugging_face_id_by_its_stated_size() -> None:
    from rice_core.config import Defaults, RiceConfig
    from rice_core.scan import scan_source
    from rice_core.scan.pricing import price_calls

    source = (
        "from openai import OpenAI\n"
        "OpenAI().chat.completions.create(model='example-org/Example-Chat-70B-Instruct', messages=[], max_tokens=50)\n"
    )
    priced = price_calls(scan_source(source, "a.py"), RiceConfig(defaults=Defaults(model="gpt-4o-mini")))[0]
    assert priced.problems == ()  # not the configured default model's price
    assert priced.estimate is not None and priced.estimate.model == "example-org/Example-Chat-70B-Instruct"
    assert priced.estimate.params_b == 70.0
    assert "unknown-model" in [w.code for w in priced.estimate.warnings]  # the editor still says why
