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
        "tokens/s, the gpt-fast starting point: eager per-kernel launches, not transformers itself).",
    },
}

MEANING = {
    "mem_bw_efficiency": "achieved / datasheet memory bandwidth of fp16 weight and KV reads at batch 1",
    "quant_weight_read_share": "achieved bandwidth of int4/int8 (GGUF) weight reads as a share of the fp16 one, "
    "in the engine's bytes (int4 = 4.5 bits; Ollama's default Q4_K_M is 4.9 bits, so the share also carries the "
    "extra 9 %)",
    "launch_s_per_layer": "per-layer cost of a forward pass: added to the roofline for llama.cpp (CUDA graphs, "
    "kernel tails), a launch floor max(launch, roofline) for eager transformers (Python launches every kernel)",
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
        "measured here: the energy band is vllm-2025's batch-1 band.",
    },
    "hf-transformers": {
        "what": "eager PyTorch generate() at batch 1: each decode step takes max(launch floor, roofline), the "
        "launch floor being the Python/CPU time to launch a layer's kernels; bandwidth, FLOP/s and power are "
        "megatron-2022's fitted ones.",
        "not_known": "three rows, all 7B models in 16-bit on A10/A10G/A100 (2023): the launch floor is CPU-bound, so "
        "a faster or slower host CPU moves it; no rows for H100, consumer GPUs, bitsandbytes/GPTQ weights or "
        "static cache + torch.compile (several times faster: use stack='vllm-2025' for a compiled generate()). "
        "No energy of transformers is measured here: the energy band is megatron-2022's batch-1 band.",
    },
}
