import os

from litellm import Router

model_list = [
    {"model_name": "gpt-4o", "litellm_params": {"model": "azure/gpt-4o-prod", "api_key": os.getenv("AZURE_API_KEY")}},
    {"model_name": "gpt-4o", "litellm_params": {"model": "gpt-4o", "api_key": os.getenv("OPENAI_API_KEY")}},
]
router = Router(model_list=model_list, routing_strategy="simple-shuffle")


async def routed_answer(question: str) -> str:
    resp = await router.acompletion(
        model="gpt-4o",
        messages=[{"role": "user", "content": question}],
        max_tokens=500,
    )
    return resp.choices[0].message.content
