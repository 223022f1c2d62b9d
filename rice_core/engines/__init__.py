"""Runtime/energy engines. Each engine module exposes ``NAME`` and ``run(EngineInput) -> EngineOutput``.

``rice-paper``: the paper's three regressors and #GPUs × TDP × 0.26 (``engines/paper.py``).
``calibrated``: the default; batched serving, fitted power, MoE, memory-based devices (``engines/calibrated.py``).
"""
