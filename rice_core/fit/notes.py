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

_JOINT = ("One bounded least-squares fit (scipy least_squares) of all nine coefficients together, on log errors: "
          "ML.ENERGY energy per request (weight 1), ML.ENERGY device time per request = output tokens / token "
          "throughput (weight 0.5), HELM end-to-end latency (all rows together weighing as much as the ML.ENERGY "
          "energy rows). Hardware enters only through datasheet TDP, peak FLOP/s and bandwidth.")

NOTES = {
    "method": _JOINT,
    "mem_bw_efficiency": "Achieved share of peak HBM bandwidth for weight and KV-cache reads; pinned mostly by HELM "
                         "batch-1 per-token times of large models and ML.ENERGY small-batch throughput. Bounded at "
                         "0.9 (the achievable top of HBM bandwidth in copy benchmarks); the data alone are nearly "
                         "indifferent between 0.85 and 1.0 (held-out MAPE 15.8 % vs 15.6 %) and the fit sits at "
                         "the bound.",
    "mfu_decode": "Achieved share of peak FLOP/s in decode steps; pinned by ML.ENERGY throughput at large batch.",
    "mfu_prefill": "Achieved share of peak FLOP/s in prefill; pinned by HELM latency vs prompt length (up to 1,920).",
    "pass_overhead_s": "Fixed wall time per forward pass on one device (launch, sync, sampling); pinned by HELM "
                       "small models at batch 1 (Megatron-LM, 2022: no CUDA graphs) and ML.ENERGY small batches.",
    "tried_and_dropped": "A per-layer launch overhead (fitted to zero: HELM's batch-1 overhead is flat in depth), a "
                         "separate power level during launch overhead (fitted 0.32 vs static 0.23, no gain held out) "
                         "and a smooth overlap of launch overhead with device work (exponent 1.3, HELM MAPE 14.7 % -> "
                         "13.7 %, ML.ENERGY held-out unchanged) were left out to keep nine coefficients.",
    "tp_overhead_per_doubling": "Relative growth of the pass overhead per doubling of devices (all-reduce "
                                "latency); pinned by HELM 1 vs 4 vs 8 GPU profiles and ML.ENERGY TP 1-16.",
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
