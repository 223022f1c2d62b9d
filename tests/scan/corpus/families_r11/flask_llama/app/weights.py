"""Loads a GGUF model once at import; the path is written the Windows way."""

from llama_cpp import Llama

WEIGHTS = "models\\tinyllama-1.1b-chat.Q4_K_M.gguf"
llm_model = Llama(model_path=WEIGHTS, n_ctx=2048)
