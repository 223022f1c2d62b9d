"""Local models held on ``app.state`` (set in a FastAPI lifespan) and on a class through ``cls = self.__class__``."""

from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from transformers import AutoModelForCausalLM, AutoTokenizer

CHECKPOINT = "HuggingFaceTB/SmolLM2-1.7B-Instruct"


@asynccontextmanager
async def lifespan(app: FastAPI):
    app.state.lm = AutoModelForCausalLM.from_pretrained(CHECKPOINT)
    app.state.tok = AutoTokenizer.from_pretrained(CHECKPOINT)
    yield


app = FastAPI(lifespan=lifespan)


@app.post("/complete")
async def complete(request: Request, text: str):
    tok = request.app.state.tok
    inputs = tok(text, return_tensors="pt")
    output = request.app.state.lm.generate(**inputs, max_new_tokens=80)
    return {"text": tok.decode(output[0])}


class SharedModel:
    model = None

    def __init__(self):
        cls = self.__class__
        if cls.model is None:
            cls.model = AutoModelForCausalLM.from_pretrained("Qwen/Qwen2.5-1.5B-Instruct")

    def continue_text(self, inputs):
        return self.model.generate(**inputs, max_new_tokens=40)
