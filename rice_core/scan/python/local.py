"""Local inference (vLLM offline, transformers, llama.cpp, mlx-lm): which runtime runs the call and at what weight
precision, read from the model's constructor — so pricing can put it on the user's hardware at batch 1.

The precision comes from, in order: an explicit dtype/quantisation argument (``torch_dtype=torch.float16``,
``load_in_4bit=True``, ``quantization="awq"``, ``BitsAndBytesConfig(load_in_4bit=True)``), a quantisation tag in the
model name or file (``…Q4_K_M.gguf``, ``-AWQ``, ``-4bit``), then the runtime's own default (llama.cpp and mlx
community builds are 4-bit; transformers and vLLM load the released weights: the catalog's native precision).
"""

from __future__ import annotations

import ast
import re

from rice_core.errors import InputError
from rice_core.precision import canonical_precision
from rice_core.scan.local_hosts import RUNTIME_DEFAULT_PRECISION, url_runtime
from rice_core.scan.python.args import argument
from rice_core.scan.python.infer import Inst
from rice_core.scan.python.scopes import Scope
from rice_core.scan.python.sdk_table import load_table
from rice_core.scan.python.values import dict_items, resolve_str

_DTYPE_KEYS = ("torch_dtype", "dtype", "quantization")
_TAG = re.compile(
    r"(?:^|[-_.:/*])(q\d(?:_k)?(?:_[a-z0-9]+)?|f16|fp16|bf16|awq|gptq|fp8|int[48]|[48]bit|nf4)(?=$|[-_./])"
)


def _canonical(text: str | None) -> str | None:
    if not text:
        return None
    spelled = text.rsplit(".", 1)[-1]  # torch.float16 → float16
    for candidate in (spelled, spelled.replace("_", "")[:4]):  # q4_k_m → q4km; q8_0 → q80
        try:
            return canonical_precision(candidate)
        except InputError:
            continue
    return None


def name_precision(model: str | None) -> str | None:
    """A quantisation tag in a model id or weights file: ``llama-2-7b.Q4_K_M.gguf`` → int4, ``…-AWQ`` → int4."""
    if not model:
        return None
    found = _TAG.search(model.lower())
    return _canonical(found.group(1)) if found else None


def _argument_precision(call: ast.Call, scope: Scope) -> str | None:
    keywords = {k.arg: k.value for k in call.keywords if k.arg}
    if _is_true(keywords.get("load_in_4bit")):
        return "int4"
    if _is_true(keywords.get("load_in_8bit")):
        return "int8"
    quant = dict_items(keywords.get("quantization_config"), scope) or {}
    if _is_true(quant.get("load_in_4bit")):
        return "int4"
    if _is_true(quant.get("load_in_8bit")):
        return "int8"
    for key in _DTYPE_KEYS:
        if key in keywords:
            value = keywords[key]
            text = ast.unparse(value) if isinstance(value, ast.Attribute) else resolve_str(value, scope).value
            found = _canonical(text)
            if found is not None:
                return found
    return None


def _is_true(node: ast.expr | None) -> bool:
    return isinstance(node, ast.Constant) and node.value is True


def local_runtime(sdk: str, inst: Inst | None, model: str | None) -> dict[str, str] | None:
    """``{"stack": "llama.cpp", "precision": "int4", "precision_source": "model name"}`` for a call to a local
    runtime; None for hosted SDKs. ``precision`` is absent when the released weights' precision applies."""
    spec = inst.spec if inst is not None else load_table().spec_by_class(sdk, "")
    served = local_server(inst)
    if served is not None:
        stack = served
    elif spec is None or not spec.local:
        return None
    else:
        stack = spec.local
    out = {"stack": stack}
    for origin in inst.origins if inst is not None else ():
        found = _argument_precision(origin.call, origin.scope)
        if found is not None:
            return {**out, "precision": found, "precision_source": "argument"}
    path = _model_path(inst) if inst is not None else None
    tagged = name_precision(path) or name_precision(model)
    if tagged is not None:
        return {**out, "precision": tagged, "precision_source": "model name"}
    default = RUNTIME_DEFAULT_PRECISION.get(stack)
    return {**out, "precision": default, "precision_source": "runtime default"} if default else out


_OLLAMA_WRAPPERS = frozenset({"ChatOllama", "OllamaLLM", "Ollama", "OllamaFunctions"})
# Framework classes that run a local runtime in-process (LangChain community, LlamaIndex): the runtime they wrap.
FRAMEWORK_RUNTIMES = {
    "LlamaCpp": "llama.cpp",
    "ChatLlamaCpp": "llama.cpp",
    "ChatMLX": "mlx",
    "LlamaCPP": "llama.cpp",
    "GPT4All": "llama.cpp",
    "Llamafile": "llama.cpp",
    "CTransformers": "llama.cpp",
    "VLLM": "vllm",
    "Vllm": "vllm",
    "HuggingFacePipeline": "hf-transformers",
    "HuggingFaceLLM": "hf-transformers",
    "MLXPipeline": "mlx",
    "MLXLLM": "mlx",
    "OllamaLocal": "ollama",  # DSPy < 2.5
    "HFModel": "hf-transformers",
}
_FRAMEWORKS = frozenset({"langchain", "llama_index", "dspy"})


def local_server(inst: Inst | None) -> str | None:
    """The runtime behind an SDK client pointed at a local server (``base_url``), or None. Ollama wrappers of the
    frameworks (LangChain ``ChatOllama``, LlamaIndex ``Ollama``) talk to a local Ollama unless told otherwise."""
    if inst is not None and inst.cls in _OLLAMA_WRAPPERS:
        return "ollama"
    if inst is not None and inst.spec.sdk in _FRAMEWORKS and inst.cls in FRAMEWORK_RUNTIMES:
        return FRAMEWORK_RUNTIMES[inst.cls]
    inner = wrapped_llm(inst)  # ChatHuggingFace(llm=HuggingFacePipeline(...)): where the wrapped LLM runs
    if inner is not None:
        return local_server(inner) or inner.spec.local or None
    for origin in inst.origins if inst is not None else ():
        found = argument(origin.call, ("base_url", "api_base", "host", "base_url"))
        url = resolve_str(found, origin.scope).value if found is not None else None
        stack = url_runtime(url)
        if stack:
            return stack
    return None


def wrapped_llm(inst: Inst | None) -> Inst | None:
    """The LLM object a framework chat wrapper is built around (its ``llm=`` argument), when it is one."""
    from rice_core.scan.python.infer import infer

    if inst is None or inst.spec.sdk not in _FRAMEWORKS:
        return None
    for origin in inst.origins:
        found = argument(origin.call, ("llm",))
        inner = infer(found, origin.scope) if found is not None else None
        if isinstance(inner, Inst) and inner is not inst:
            return inner
    return None


def _model_path(inst: Inst) -> str | None:
    """The weights file a llama.cpp model loads (``Llama(model_path=…)``, ``from_pretrained(filename=…)``)."""
    for origin in inst.origins:
        found = argument(origin.call, ("model_path", "filename"))
        value = resolve_str(found, origin.scope).value if found is not None else None
        if value:
            return value
    return None
