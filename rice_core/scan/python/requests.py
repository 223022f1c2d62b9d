"""How many LLM requests one execution of a call sends, and why: the steps of a sequential chain, ``n=`` choices,
a statically known batch of prompts (vLLM offline ``generate([...])``, ``.batch([...])``), an agent's turn limit;
and, for local runtimes, where the call runs (``extra["local"]``)."""

from __future__ import annotations

import ast
import dataclasses

from rice_core.scan.callsite import CallSite
from rice_core.scan.local_hosts import runtime_extra
from rice_core.scan.python.local import local_runtime

from rice_core.scan.python.args import argument
from rice_core.scan.python.match import Match
from rice_core.scan.python.scopes import Scope
from rice_core.scan.python.values import binding_of, dict_items, resolve_int

MAX_BATCH = 256  # vLLM's default max_num_seqs: a longer list runs in several batches of this size
_BATCH_APIS = frozenset(  # vLLM; LangChain (``chain.apply([{...}, {...}])`` runs the chain once per input)
    {"generate", "chat", "batch", "abatch", "chain.batch", "chain.abatch", "chain.apply", "chain.aapply"}
)
_TURN_KEYS = ("max_turns", "max_round", "max_rounds")


def requests_per_call(node: ast.Call, scope: Scope, match: Match) -> tuple[int, str]:
    """(requests, source); (1, "") for a plain single request."""
    count, source = 1, ""
    if match.pattern.requests > 1:
        count, source = match.pattern.requests, match.pattern.requests_why
    if match.chain is not None and match.chain.requests > 1:
        count, source = match.chain.requests, match.chain.requests_source
    prompts = _prompt_count(node, scope, match)
    if prompts > 1:
        count, source = count * prompts, _join(source, f"{prompts} prompts in one call")
    choices = _choices(node, scope, match)
    if choices > 1:
        count, source = count * choices, _join(source, f"n={choices} completions")
    steps = agent_steps(node, scope, match)
    if steps > 1:
        count, source = steps, f"agent: up to {steps} model steps (recursion_limit)"
    turns = _turns(node, scope)
    if turns > 1:
        count, source = count * turns, _join(source, f"up to {turns} turns")
    steps = loop_steps(node, scope)
    if steps > 1:
        count, source = count * steps, _join(source, f"a loop of {steps} steps")
    return count, source


def agent_steps(node: ast.Call, scope: Scope, match: Match) -> int:
    """A LangGraph agent run with ``config={"recursion_limit": N}``: the graph alternates a model step and a tool
    step, so at most (N + 1) // 2 model requests (the limit replaces ``max_iterations`` when both are given)."""
    if match.chain is None or not match.chain.agent:
        return 1
    config = argument(node, ("config", 1))
    items = dict_items(config, scope) if isinstance(config, (ast.Dict, ast.Name, ast.Call)) else None
    limit = resolve_int(items.get("recursion_limit"), scope) if items else None
    return (limit + 1) // 2 if limit is not None and 2 < limit <= 2000 else 1


def loop_steps(node: ast.Call, scope: Scope) -> int:
    """Steps of the ``for _ in range(N)`` loops (N constant) around the call in its function — an agent loop with a
    known step count. A loop that can ``break`` or ``return`` is a retry or an early exit: not counted."""
    function = _function_node(scope)
    steps = 1
    for loop in _enclosing_loops(function.body, node) if function is not None else ():
        count = _range_count(loop.iter, scope)
        if count > 1 and not any(isinstance(n, (ast.Break, ast.Return)) for n in ast.walk(loop)):
            steps *= count
    return steps if steps <= 10_000 else 1


def _enclosing_loops(body: list[ast.stmt], node: ast.Call) -> list[ast.For | ast.AsyncFor]:
    """The ``for`` statements around ``node``, outermost first: a descent through the statements that contain its
    line (not a walk of every expression of the function)."""
    loops: list[ast.For | ast.AsyncFor] = []
    statements = body
    while statements:
        holder = next((s for s in statements if s.lineno <= node.lineno <= (s.end_lineno or s.lineno)), None)
        if holder is None or isinstance(holder, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            break
        if isinstance(holder, (ast.For, ast.AsyncFor)) and _encloses(holder, node):
            loops.append(holder)
        statements = [
            s
            for name in ("body", "orelse", "finalbody", "handlers", "cases")
            for item in getattr(holder, name, ())
            for s in (item.body if isinstance(item, (ast.ExceptHandler, ast.match_case)) else [item])
            if isinstance(s, ast.stmt)
        ]
    return loops


def _function_node(scope: Scope) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
    if scope.kind != "function" or scope.parent is None:
        return None
    found = next(
        (b.value for b in scope.parent.bindings.get(scope.name, ()) if b.kind == "def" and b.scope is scope), None
    )
    return found if isinstance(found, (ast.FunctionDef, ast.AsyncFunctionDef)) else None


def _encloses(loop: ast.For | ast.AsyncFor, node: ast.Call) -> bool:
    first = loop.body[0].lineno if loop.body else loop.lineno + 1
    return first <= node.lineno <= (loop.end_lineno or loop.lineno)


def _range_count(node: ast.expr, scope: Scope) -> int:
    """``range(5)`` → 5, ``range(1, 6)`` → 5; anything else 1."""
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "range"):
        return 1
    bounds = [resolve_int(a, scope) for a in node.args]
    if len(bounds) == 1 and bounds[0] is not None:
        return bounds[0]
    if len(bounds) == 2 and None not in bounds:
        return bounds[1] - bounds[0]  # type: ignore[operator]
    return 1


def batch_size(node: ast.Call, scope: Scope, match: Match) -> int:
    """The batch a local offline job runs its prompts at (vLLM: all of them, up to ``max_num_seqs``)."""
    return max(1, min(_prompt_count(node, scope, match), MAX_BATCH))


def _join(left: str, right: str) -> str:
    return f"{left}; {right}" if left else right


def _prompt_count(node: ast.Call, scope: Scope, match: Match) -> int:
    """Length of a list literal (or a name bound to one) passed as the prompts of a batch API."""
    api = match.pattern.api
    batch = api in _BATCH_APIS and (match.pattern.sdk == "vllm" or api.endswith(("batch", "apply")))
    if match.http or not (batch or api == "batch_completion"):
        return 1
    arg = argument(node, (0, "prompts", "inputs", "messages"))
    if isinstance(arg, ast.Name):
        binding = binding_of(arg, scope)
        arg = binding.value if binding is not None and binding.kind == "assign" else None  # type: ignore[assignment]
    if not isinstance(arg, (ast.List, ast.Tuple)) or len(arg.elts) < 2:
        return 1
    if api in ("chat", "batch_completion") and any(isinstance(e, ast.Dict) for e in arg.elts):
        return 1  # one conversation (a list of message dicts), not a batch
    return len(arg.elts)


def _choices(node: ast.Call, scope: Scope, match: Match) -> int:
    """``n=3`` on the call, or ``SamplingParams(n=3)`` passed to it (vLLM)."""
    found = next((k.value for k in node.keywords if k.arg in ("n", "num_return_sequences")), None)
    value = resolve_int(found, scope) if found is not None else None
    if value is None:
        for arg in (*node.args, *(k.value for k in node.keywords if k.arg == "sampling_params")):
            items = dict_items(arg, scope) if isinstance(arg, (ast.Call, ast.Name)) else None
            if items and "n" in items:
                value = resolve_int(items["n"], scope)
    return value if value is not None and 1 < value <= 1000 else 1


def _turns(node: ast.Call, scope: Scope) -> int:
    found = next((k.value for k in node.keywords if k.arg in _TURN_KEYS), None)
    value = resolve_int(found, scope) if found is not None else None
    return value if value is not None and 1 < value <= 1000 else 1


def with_requests(call: CallSite, node: ast.Call, scope: Scope, match: Match) -> CallSite:
    """The built call with its requests-per-call multiplier and, for a local runtime, ``extra["local"]``."""
    count, source = requests_per_call(node, scope, match)
    local = local_runtime(match.pattern.sdk, match.inst, call.model) or (
        runtime_extra(match.http_local) if match.http_local else None
    )
    if count == 1 and local is None:
        return call
    extra = {**call.extra, "local": {**local, "batch": batch_size(node, scope, match)}} if local else call.extra
    prompts = _prompt_count(node, scope, match)  # a list of prompts: each request carries one of them
    literal, estimated = call.literal_prompt_tokens // prompts, call.estimated_prompt_tokens // prompts
    return dataclasses.replace(
        call,
        requests_per_call=count,
        requests_source=source,
        extra=extra,
        prompt_tokens=max(1, literal + estimated) if prompts > 1 else call.prompt_tokens,
        literal_prompt_tokens=literal,
        estimated_prompt_tokens=estimated,
    )


def no_request(node: ast.Call, match: Match) -> bool:
    """A call that sends nothing to generate: ``ollama.generate(model=m)`` with no or an empty prompt (it loads the
    model into memory); mem0 ``memory.add(msgs, infer=False)`` (stored as given); a mem0 ``search`` on a memory
    without a graph store (only the embedder runs)."""
    pattern = match.pattern
    if any(
        isinstance(k.value, ast.Constant) and k.value.value is False
        for k in node.keywords
        if k.arg in pattern.off_when_false
    ):
        return True
    if pattern.needs_setting and not _has_setting(match, pattern.needs_setting):
        return True
    if not match.pattern.require_prompt or any(k.arg is None for k in node.keywords):
        return False  # ``client.generate(**req.model_dump())``: a forwarded request carries its prompt
    given = [argument(node, (spec,)) for spec in match.pattern.prompt]
    present = [g for g in given if g is not None]
    return not present or all(isinstance(g, ast.Constant) and g.value in ("", None) for g in present)


def _has_setting(match: Match, keys: tuple[str, ...]) -> bool:
    """Whether a settings dict given where the instance was made (``Memory.from_config(config)``) holds a key."""
    for origin in match.inst.origins if match.inst is not None else ():
        for arg in (*origin.call.args, *(k.value for k in origin.call.keywords)):
            items = dict_items(arg, origin.scope)
            if items and any(key in items for key in keys):
                return True
    return False
