import asyncio
import os

import litellm
from litellm import Router

model_list = [
    {
        "model_name": "gpt-4o",
        "litellm_params": {"model": "azure/gpt-4o-eu", "api_key": os.getenv("AZURE_API_KEY")},
    },
    {
        "model_name": "gpt-4o",
        "litellm_params": {"model": "openai/gpt-4o", "api_key": os.getenv("OPENAI_API_KEY")},
    },
]

router = Router(model_list=model_list, routing_strategy="simple-shuffle")


async def fan_out(questions):
    tasks = [
        router.acompletion(model="gpt-4o", messages=[{"role": "user", "content": q}])
        for q in questions
    ]
    return await asyncio.gather(*tasks)


async def single(q: str):
    return await litellm.acompletion(
        model="groq/llama3-70b-8192",
        messages=[{"role": "user", "content": q}],
        max_tokens=128,
    )
