import os

from fastapi import FastAPI
from litellm import Router
from pydantic import BaseModel

model_list = [
    {"model_name": "gpt-4o-mini", "litellm_params": {"model": "azure/gpt-4o-mini", "api_base": os.getenv("AZURE_API_BASE")}},
    {"model_name": "gpt-4o-mini", "litellm_params": {"model": "openai/gpt-4o-mini"}},
]
router = Router(model_list=model_list, routing_strategy="least-busy", num_retries=2)
app = FastAPI()


class Ask(BaseModel):
    question: str


@app.post("/ask")
async def ask(body: Ask) -> dict:
    resp = await router.acompletion(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": body.question}],
    )
    return {"answer": resp.choices[0].message.content}
