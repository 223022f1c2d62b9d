import json
import sys

from vllm import LLM, SamplingParams

prompts = [json.loads(line)["prompt"] for line in open(sys.argv[1])]

sampling_params = SamplingParams(temperature=0.8, top_p=0.95, max_tokens=256)
llm = LLM(model="meta-llama/Meta-Llama-3-8B-Instruct", tensor_parallel_size=1)

outputs = llm.generate(prompts, sampling_params)

with open(sys.argv[2], "w") as fh:
    for output in outputs:
        fh.write(json.dumps({"prompt": output.prompt, "text": output.outputs[0].text}) + "\n")
