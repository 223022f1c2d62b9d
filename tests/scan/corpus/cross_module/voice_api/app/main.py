from fastapi import FastAPI

from app.routes.chat import load_chat_model, router

app = FastAPI(title="Voice tutor")
app.state.chat_lm, app.state.chat_tok = load_chat_model()
app.include_router(router)
