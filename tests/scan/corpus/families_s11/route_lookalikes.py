"""Look-alikes: an app serving OpenAI- and Ollama-shaped routes that sends no request of its own, and a helper
annotated with a non-client type."""

from flask import Flask
from fastapi import APIRouter, FastAPI

app = FastAPI()
router = APIRouter()
web = Flask(__name__)


@app.post("/api/chat")
async def chat(body: dict) -> dict:
    return {"message": {"role": "assistant", "content": body["messages"][-1]["content"]}}


@router.post("/v1/chat/completions", response_model=None)
async def completions(body: dict) -> dict:
    return {"choices": []}


def echo():
    return "ok"


def fetch_history(user: str) -> dict:
    return {"user": user}


web.add_url_rule("/api/generate", view_func=echo, methods=["POST"])
router.post("/v1/completions", lambda body: body)
history = fetch_history("me")
history.chat("not a model call")
