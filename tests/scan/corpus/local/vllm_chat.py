from vllm import LLM, SamplingParams


def run_batch(conversations, model_path="meta-llama/Llama-3.1-8B-Instruct"):
    engine = LLM(model_path, tensor_parallel_size=2)
    params = SamplingParams(max_tokens=512)
    return engine.chat(conversations, params)
