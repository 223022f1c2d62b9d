"""What the stack coefficient files say about their data, each coefficient and each derived stack."""

from __future__ import annotations

V3_SOURCE = (
    "ML.ENERGY Leaderboard v3 (github.com/ml-energy/leaderboard @ 0cd52dab897c5d91a45f4d413038f3b8b4251b0f, "
    "public/data/tasks/{lm-arena-chat,gpqa}.json), part of the release: 306 configurations of 13 models on H100 80GB "
    "and B200, 2025 vLLM (CUDA graphs, FlashAttention 3, chunked prefill), GPU energy per request, median "
    "inter-token latency, output throughput. The release states no licence: the rows are read from the user's copy "
    "and not shipped; only these fitted coefficients are."
)

V3_NOTES = {
    "method": "One bounded least-squares fit (scipy least_squares) of the same nine coefficients as the 2022-2024 "
    "stack, on log errors of v3 energy per request (weight 1), device time per request = output tokens / server "
    "throughput (weight 0.5) and median inter-token latency against the decode step time (weight 1). Hardware "
    "enters only through datasheet TDP, peak FLOP/s (fp8 where the weights are fp8) and bandwidth.",
    "launch_overlapped": "false: CUDA graphs remove the per-kernel launches, and what is left per layer (kernel "
    "tails, synchronisation) adds to the roofline instead of hiding under it. Held out, the overlapped form of the "
    "2022-2024 stack gave energy MAPE 24.7 %, time per token 26.5 %; the additive one 22.2 %, 23.5 %.",
    "mem_bw_efficiency": "Achieved share of peak HBM bandwidth in decode (weights + KV cache).",
    "mfu_decode": "Achieved share of peak FLOP/s of decode matmuls at large batch.",
    "mfu_prefill": "Achieved share of peak FLOP/s in (chunked) prefill; loosely pinned (prompts are not recorded).",
    "launch_s_per_layer": "Per-layer cost of a pass that CUDA graphs do not remove, added to the roofline.",
    "allreduce_s_per_doubling": "Latency of one tensor- or expert-parallel collective per doubling of devices.",
    "seq_overhead_s": "Host time per running sequence per decode step (scheduling, sampling, detokenising).",
    "fp8_weight_read_share": "Achieved bandwidth of fp8 weight reads as a share of the other weights' (2025 stack "
    "only; 1 in the older files, which hold no fp8 data). Fitted on the two fp8 checkpoints in v3 (Qwen3-235B-A22B "
    "FP8, DeepSeek-R1; both block-scaled fp8 MoE): held out, each is predicted from the other (share 0.37 from DeepSeek-R1 alone, 0.46 from Qwen3 FP8 alone; held-out errors of their rows -35 % -> -9 % and -25 % -> -8 %). "
    "Below 0.5, fp8 decodes no faster than bf16 per parameter: block-scaled fp8 GEMMs dequantise weights and "
    "quantise activations on the way; public reports of 2025 stacks agree (vllm-project/vllm#48035: an official FP8 "
    "checkpoint 18 % slower than FP16 at batch 1; sgl-project/sglang#11045: 8.4 vs 7.5 ms per token).",
    "static_power_frac": "Device power while stepping but not streaming or computing, x TDP.",
    "memory_power_frac": "Extra power at 100 % of peak bandwidth, x TDP.",
    "compute_power_frac": "Extra power at 100 % of peak FLOP/s, x TDP (power is capped at TDP).",
    "model_shapes": "Architecture shapes from the models' published configs enter the physics, no coefficient of "
    "their own (catalog/attention.json, catalog/experts.json): KV cache only in full-attention layers, windowed "
    "layers hold min(context, window) tokens (gpt-oss 128, Gemma 3 1,024), the hybrid Nemotron Nano 9B v2 keeps "
    "KV in 4 of its 56 layers and a float32 Mamba-2 state of 142 MB per sequence read and written every decode "
    "step, and an MoE reads its dense part always and each routed expert with probability 1 - (1 - k/E)^B.",
    "prompt_tokens": "v3 records no input lengths: 250 tokens assumed for both tasks (LMArena first turns with a "
    "chat template; GPQA question, four options and instructions).",
    "band_batched": "Quantiles of log(measured / predicted) energy over the v3 rows, each predicted by a fit that "
    "left its model out (leave-one-model-out).",
    "band_by_hardware": "The same quantiles over the v3 rows measured on this GPU only (leave-one-model-out): the "
    "band of batched estimates on this GPU generation; other GPUs use the pooled batched band.",
    "band_batch1": "No batch-1 energy is measured on 2025 stacks: the batched band widened by the HELM latency "
    "component of the 2022-2024 batch-1 band (time and power errors added, the conservative way).",
}

UNSHAPED_NOTES = {
    "how": "Band of an estimate whose shapes are defaults: a model the catalog does not describe, known by the size "
    "its name states or by params_b (default depth and attention, no windowed layers or recurrent state, the MoE "
    "routing prior of physics/moe_prior.py). Its v3 rows, each predicted by a fit that left its model out, stripped "
    "of that model's catalog shapes (the routing prior from the other models' configs), give the residuals; catalog-"
    "shaped estimates keep the bands above. Per GPU generation, as the shaped band: on models held out of the band "
    "too (nested), per-GPU bands hold about as many rows as one pooled band with narrower ranges (figures in "
    "'nested'); the B200 rows alone fall short of 80 % either way (12 models, gpt-oss-20b's rows far below the "
    "no-shape prediction).",
    "batched": "Quantiles of log(measured / predicted) energy over every v3 row, predicted held out and without "
    "its model's catalog shapes: GPUs v3 did not measure.",
    "hardware": "The same quantiles over this GPU's rows only: unshaped batched estimates on this GPU generation.",
    "batch1": "The unshaped batched band widened by the same HELM latency component as the shaped batch-1 band "
    "(no batch-1 energy is measured on 2025 stacks).",
    "nested": "Coverage on unseen models: each model's rows against a band built from the other models' no-shape "
    "residuals only (per GPU, or pooled), and the median high/low of those bands.",
}
