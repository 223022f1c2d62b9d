"""Provenance and meaning recorded in the local runtimes' coefficient files (``python -m rice_core.fit.local_stacks``)."""

from __future__ import annotations

# the fitted stack whose other coefficients (power model, decode FLOP/s, all-reduce) each local runtime keeps
BASE = {"llama.cpp": "vllm-2025", "hf-transformers": "megatron-2022"}

_CSV = (
    "benchmarks/local_runtimes/speeds.csv in the R-ICE repository (figures transcribed by hand, each row with its "
    "source; not shipped in the package: the sources state no licence for their tables)"
)
DATA = {
    "llama.cpp": {
        "local-speeds": f"{_CSV}: XiongjieDai/GPU-Benchmarks-on-LLM-Inference @ "
        "aa72e0ec86c356c41f8281c9733e9a13c3675800, README.md, LLaMA 3 tables (llama.cpp llama-bench on RunPod, "
        "CUDA 12.1, snapshots May 2024): Meta-Llama-3-8B Q4_K_M and F16, Meta-Llama-3-70B Q4_K_M, one GPU each "
        "(RTX 3070, 3080, 3090, 4080, 4090, L40S, A100 PCIe 80GB, A100 SXM 80GB, H100 PCIe), tg512 and tg4096 "
        "decode and pp512 prefill tokens/s; two pp512 rows marked anomalous in the CSV are not used.",
    },
    "hf-transformers": {
        "local-speeds": f"{_CSV}: fxmarty/accelerated-pytorch-transformers-generation @ "
        "2bad8934f2dc94f39519bab9996b7d18051d55d3 README.md (stock transformers generate(), LLaMA 7B fp16, A10G, "
        "prompt 1,000 + 200 new tokens: 23.15 tokens/s end to end); github.com/InternLM/lmdeploy/issues/210 "
        "(2023-08-08: transformers Llama-2-7B on one A10, about 34 ms per token); pytorch.org/blog/"
        "accelerating-generative-ai-2 (2023-11-30: eager PyTorch Llama-2-7B on A100-80GB at batch 1, 25.5 "
        "tokens/s, the gpt-fast starting point: eager per-kernel launches, not transformers itself); "
        "bitsandbytes-foundation/bitsandbytes @ 1b7b9bb4dadc5255f9edb81b4eb95457023d5880 benchmarking/README.md "
        "(optimum-benchmark, transformers 4.46.3, torch 2.5.1, 64/64 tokens, batch 1: Qwen2.5-3B on a T4, "
        "Llama-3.1-8B on an RTX 4090 and an H100 SXM, Qwen2.5-14B on the 4090, Qwen2.5-32B and Llama-3.1-70B on "
        "the H100; 16-bit, NF4 and LLM.int8 with its default outlier threshold); mit-han-lab/llm-awq @ "
        "048e19e1e7a982c8fa37aaf9ffb803dc4f1c8a62 tinychat/README.md (the Hugging Face FP16 baseline on an RTX "
        "4090: LLaMA-3-8B, LLaMA-2-7B, Vicuna-7B, MPT-7B, Falcon-7B ms per token).",
    },
}

MEANING = {
    "mem_bw_efficiency": "achieved / datasheet memory bandwidth of fp16 weight and KV reads at batch 1",
    "quant_weight_read_share": "achieved bandwidth of int4/int8 (GGUF) weight reads as a share of the fp16 one, "
    "in the engine's bytes (int4 = 4.5 bits; Ollama's default Q4_K_M is 4.9 bits, so the share also carries the "
    "extra 9 %)",
    "launch_s_per_layer": "per-layer cost of a forward pass: added to the roofline for llama.cpp (CUDA graphs, "
    "kernel tails), a launch floor max(launch, roofline) for eager transformers (Python launches every kernel)",
    "int4_launch_factor": "launch floor of a layer with int4 weights (bitsandbytes NF4) as a multiple of a 16-bit "
    "layer's: each quantised linear layer launches its own dequantising kernels, so 4-bit costs more host time",
    "int8_launch_factor": "launch floor of a layer with int8 weights (bitsandbytes LLM.int8 at its default outlier "
    "threshold 6.0) as a multiple of a 16-bit layer's: activations quantised, outliers split off and multiplied apart",
    "mfu_prefill": "achieved / datasheet dense FP16 tensor FLOP/s of the prefill matmuls",
    "mem_bw_ceiling_gbps": "most bandwidth one device reaches in llama.cpp's single-stream kernels, GB/s, whatever "
    "the memory behind it (HBM GPUs decode no faster than ~1.2 TB/s)",
    "prefill_tflops_ceiling": "most prefill FLOP/s one device reaches in llama.cpp, TFLOP/s (its matmul kernels do "
    "not use Hopper's wgmma or the datacentre parts' full-rate paths)",
}

NOTES = {
    "llama.cpp": {
        "what": "llama.cpp (Ollama, llama-cpp-python) at batch 1, one GPU: each decode step reads the weights at "
        "min(datasheet x efficiency, ceiling), quantised weights at their own share of it, plus a per-layer cost; "
        "prefill runs at min(datasheet FLOP/s x mfu_prefill, ceiling). Power: vllm-2025's fitted model.",
        "precision": "GGUF quantisations map to the engine's precisions (Q4_0, Q4_K_M -> int4; Q8_0 -> int8; F16 -> "
        "fp16); a llama.cpp call without a known precision is priced as Ollama's default tag, Q4_K_M (int4). The "
        "data hold Q4_K_M and F16 only: Q8_0 (int8) uses the same quantised share, untested.",
        "not_known": "the rows are llama.cpp of May 2024 on RunPod machines; later releases (CUDA-graph decode, "
        "flash attention by default) are likely faster on the same GPU. No Apple Silicon or CPU rows (not in the "
        "hardware catalog). Multi-GPU rows (layer split, not tensor parallel) are not used: the engine prices a "
        "model too large for one GPU as tensor parallel, which llama.cpp does not do. No energy of llama.cpp is "
        "measured here: the energy band is vllm-2025's batch-1 band, kept: it holds every held-out time row "
        "(residuals.batch1_band), and these rows (one source, one release, one cloud) cannot show how far hosts and "
        "releases spread, so they do not narrow it.",
    },
    "hf-transformers": {
        "what": "eager PyTorch generate() at batch 1: each decode step takes max(launch floor, roofline), the "
        "launch floor being the Python/CPU time to launch a layer's kernels (launch_s_per_layer, times "
        "int4_launch_factor or int8_launch_factor for bitsandbytes weights: more kernels per quantised layer); "
        "bandwidth, FLOP/s and power are megatron-2022's fitted ones.",
        "host": "the floor is the host CPU's, which an estimate does not know: the fit gives each measuring machine "
        "(source and GPU) its own floor around the shared one (residuals.host_floor_by_machine), so the shared "
        "floor is a typical host's, each machine one vote, and the quantised factors come from within-machine "
        "contrasts. Measured machines span x0.43 (a desktop RTX 4090 host) to x1.7 (a 2023 A100 machine) of it.",
        "not_known": "int4 is one factor for bitsandbytes NF4 and GPTQ (exllama) alike, fitted on both (GPTQ "
        "launches fewer kernels); no AWQ rows, none for A100/L4 with 2024-25 transformers, none for TGI. torch.compile with a static cache is several "
        "times faster: use stack='vllm-2025' for a compiled generate() (gpt-fast rows within ~14 % of it). No "
        "energy of transformers is measured here: the batch-1 energy band is megatron-2022's batched band (the "
        "power error) plus this stack's own time error on unseen machines (residuals.batch1_band): the host's "
        "spread makes it wide (x0.28 to x2.1 of the estimate).",
    },
}
