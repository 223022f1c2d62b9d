from fastapi import APIRouter, Request
from transformers import AutoModelForCausalLM, AutoTokenizer

CHECKPOINT = "HuggingFaceTB/SmolLM2-360M-Instruct"
router = APIRouter()


def load_chat_model():
    return AutoModelForCausalLM.from_pretrained(CHECKPOINT), AutoTokenizer.from_pretrained(CHECKPOINT)


@router.post("/reply")
async def reply(request: Request, text: str):
    lm, tok = request.app.state.chat_lm, request.app.state.chat_tok
    inputs = tok(text, return_tensors="pt")
    output = lm.generate(**inputs, max_new_tokens=120)
    return {"reply": tok.decode(output[0], skip_special_tokens=True)}
