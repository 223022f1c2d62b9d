"""How each coefficient was fitted, written into the coefficients JSON next to the numbers."""

from __future__ import annotations

SOURCES = {
    "ml-energy-v2": "ML.ENERGY Leaderboard v2 (github.com/ml-energy/leaderboard-v2 @ c3af7f3), 314 llm_text_generation "
    "rows (chat + code; multimodal rows left out), A100-SXM4-40GB and H100-SXM 80GB, vLLM, "
    "energy per request (GPU), average batch, token throughput; shipped in rice_core/data/mlenergy",
    "helm": "HELM-Efficiency raw Megatron runtimes (stanford-crfm/helm-efficiency @ c31b8fc), A100-SXM4-80GB, batch 1, "
    "13 profiles x 27 prompt x 10 output lengths (mt_nlg counted as 3 slices on 24 GPUs); "
    "shipped in rice_core/data/helm",
}

_JOINT = (
    "One bounded least-squares fit (scipy least_squares) of all nine coefficients together, plus the 2022 Megatron "
    "stack's own launch and all-reduce costs (megatron-2022.json; issue 10), on log errors: "
    "ML.ENERGY energy per request (weight 1), ML.ENERGY device time per request = output tokens / token "
    "throughput (weight 0.5), HELM end-to-end latency (all rows together weighing as much as the ML.ENERGY "
    "energy rows). Hardware enters only through datasheet TDP, peak FLOP/s and bandwidth."
)

NOTES = {
    "method": _JOINT,
    "stacks": "Two serving stacks from one fit: vllm-2024 (this file; ML.ENERGY v2 rows) and megatron-2022 "
    "(megatron-2022.json; HELM rows) share the device and power coefficients and each has its own per-layer launch "
    "and all-reduce cost (fitted vllm-2024 0.57 ms and 149 us, megatron-2022 0.72 ms and 43 us). Against one shared "
    "set: HELM latency with each profile held out MAPE 11.6 % -> 10.9 %, bias +2.1 % -> +1.1 %, HELM 19 keys "
    "10.3 % -> 9.1 %; ML.ENERGY leave-one-model-out MAPE 15.5 % -> 15.5 %, bias +2.0 % -> +2.0 %, coverage "
    "83.1 % -> 82.2 %. mfu_decode moved 0.69 -> 0.86 along its flat direction.",
    "shapes": "Each ML.ENERGY v2 row carries its model's catalog shape, as the estimate of that model and the v3 "
    "rows do (fit/mlenergy_v3.py's lookups): KV heads from catalog/attention.json (Phi-3-mini multi-head, 3x the "
    "default KV bytes; Phi-3-medium 1.25x), Gemma 2's windowed layers (4,096 tokens), MoE routing where "
    "catalog/experts.json lists it (no v2 model: Mixtral keeps the active/total draw); models the catalog does not "
    "describe (CodeLlama, StarCoder2, CodeGemma, Phi-3-small) the default shape and their config.json depth. Against "
    "the default shape on every row (issue 10): ML.ENERGY leave-one-model-out MAPE 15.5 % -> 15.3 %, bias +2.0 % -> "
    "+1.8 %, coverage 82.2 % -> 82.2 %; HELM latency with each profile held out 10.9 % -> 11.0 %.",
    "mem_bw_efficiency": "Achieved share of peak HBM bandwidth for weight and KV-cache reads; pinned mostly by HELM "
    "batch-1 per-token times of large models and ML.ENERGY small-batch throughput. Bounded at "
    "0.9 (the achievable top of HBM bandwidth in copy benchmarks); the data alone are nearly "
    "indifferent between 0.85 and 1.0 (held-out MAPE 15.8 % vs 15.6 %) and the fit sits at "
    "the bound.",
    "mfu_decode": "Achieved share of peak FLOP/s in decode steps; pinned by ML.ENERGY throughput at large batch, "
    "where the per-sequence host time dominates, so it is loosely determined (fitted 0.69; 0.29 with "
    "the earlier flat pass overhead, which absorbed part of the large-batch step time).",
    "mfu_prefill": "Achieved share of peak FLOP/s in prefill; pinned by HELM latency vs prompt length (up to 1,920).",
    "launch_s_per_layer": "Launch-bound floor of a forward pass on each device, per layer (kernel launches and "
    "synchronisation of eager Megatron-LM 2022 and vLLM 0.5 2024, no CUDA graphs); overlapped "
    "with device work as max(launch floor, roofline), so small models at batch 1 are launch-"
    "bound. Depth is the true layer count (HELM profiles' Megatron configs, ML.ENERGY models' "
    "config.json, the catalog's layers) or, where unknown, the power law of physics/shapes.py. "
    "Pinned by HELM one-GPU per-token times (about 0.7 ms per layer). It replaced a flat "
    "per-pass overhead (16.3 ms): HELM latency with each profile held out MAPE 15.0 % -> 11.6 %; "
    "ML.ENERGY leave-one-model-out MAPE 16.6 % -> 15.5 %, bias +2.4 % -> +2.0 %, coverage 83.4 % -> 83.1 %.",
    "tried_and_dropped": "Left out, each measured with HELM profiles held out (MAPE; 11.6 % with the shipped model): "
    "the per-layer launch cost added to device work instead of overlapped (25.0 % with layers "
    "from params); with layers from a parameter count instead of the true ones, the overlapped "
    "launch cost gave 20.0 % (ada 24 layers vs 13 estimated, bloom 70 vs 97), which is why true "
    "depths are now inputs. Before depths were inputs, a flat per-pass overhead (16.3 ms) with "
    "two all-reduces per estimated layer gave HELM held out 15.0 %, 19 keys 12.9 %, ML.ENERGY "
    "leave-one-model-out MAPE 16.6 %, bias +2.4 %, coverage 83.4 %. A prefill FLOP/s share "
    "rising with prompt length, mfu * p / (p + p_half) (p_half fitted 0, no change); a separate "
    "FLOP/s share for unfused full-square prefill attention (fitted at its 0.9 bound, no change); "
    "the all-reduce term on top of a per-doubling growth of the pass overhead (ten coefficients: "
    "16.5 %). Earlier, with the per-doubling overhead: a separate power level during launch "
    "overhead (fitted 0.32 vs static 0.23, no gain held out) and a smooth overlap of launch "
    "overhead with device work (exponent 1.3, in-sample HELM 14.7 % -> 13.7 %, ML.ENERGY "
    "held-out unchanged).",
    "allreduce_s_per_doubling": "Latency of one tensor-parallel all-reduce per doubling of devices (two per layer, "
    "true layers where known, else physics/shapes.py; at batch 1 the messages are a few KB, so latency, "
    "not bandwidth, sets the cost), bounded 0-200 us. Fitted about 52 us: NCCL ring/tree "
    "latency plus eager launch and synchronisation of the 2022 Megatron and 2024 vLLM "
    "stacks. Pinned by HELM 1 vs 4 vs 8 GPU profiles of different depth and ML.ENERGY "
    "TP 1-16. "
    "It replaced a per-pass overhead growing by a fitted share per doubling of devices "
    "(flat in depth): HELM latency with each profile held out MAPE 17.2 % -> 15.0 %, "
    "median 15.5 % -> 12.9 %; ML.ENERGY leave-one-model-out MAPE 15.7 % -> 16.6 %, "
    "coverage 81.8 % -> 80.6 %.",
    "seq_overhead_s": "Host time per running sequence per decode step (vLLM 0.5 scheduling, sampling, detokenising); "
    "pinned by the throughput plateau of ML.ENERGY at batch 256-2,500, the same for 2B and 70B models.",
    "static_power_frac": "Device power while stepping but not streaming or computing, x TDP; pinned by ML.ENERGY "
    "energy of small models at large batch (host-bound).",
    "memory_power_frac": "Extra power at 100 % of peak bandwidth, x TDP; pinned by ML.ENERGY energy at small batch.",
    "compute_power_frac": "Extra power at 100 % of peak FLOP/s, x TDP (power is capped at TDP); pinned by ML.ENERGY "
    "energy at large batch of large models.",
    "prompt_tokens": "ML.ENERGY records no prompt lengths: chat prompts assumed 250 tokens (ShareGPT first turns with a "
    "chat template), code prompts 150; validate --prompt-scale shows the sensitivity.",
    "band_batched": "Quantiles of log(measured / predicted) energy over ML.ENERGY rows, each predicted by a fit that "
    "left its model out (leave-one-model-out).",
    "band_batch1": "No energy is measured at batch 1: the batched band plus the same quantiles of HELM latency error "
    "under leave-one-profile-out (time and power errors added, the conservative way).",
}
