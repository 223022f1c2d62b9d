import os

import litellm
from litellm import Router

router = Router(
    model_list=[
        {"model_name": "gpt-4o", "litellm_params": {"model": "azure/gpt-4o-eu", "api_base": os.getenv("AZURE_API_BASE")}},
        {"model_name": "gpt-4o", "litellm_params": {"model": "openai/gpt-4o"}},
    ],
    num_retries=2,
)

FALLBACK = os.getenv("LLM_FALLBACK_MODEL", "anthropic/claude-3-5-sonnet-20240620")


async def chat(messages: list[dict]) -> str:
    try:
        r = await router.acompletion(model="gpt-4o", messages=messages)
    except Exception:
        r = await litellm.acompletion(model=FALLBACK, messages=messages, max_tokens=512)
    return r.choices[0].message.content
