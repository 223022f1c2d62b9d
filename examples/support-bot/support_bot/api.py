"""HTTP endpoints of the support bot (FastAPI)."""
from __future__ import annotations

from fastapi import FastAPI
from pydantic import BaseModel

from support_bot.chat.answer import answer
from support_bot.chat.router import needs_human
from support_bot.classify import classify_ticket
from support_bot.summarise import summarise_conversation

app = FastAPI(title="Acme support bot")


class ChatIn(BaseModel):
    message: str
    history: list[dict[str, str]] = []


class TicketIn(BaseModel):
    subject: str
    body: str


@app.post("/chat")
def chat(body: ChatIn) -> dict[str, str]:
    if needs_human(body.message):
        transcript = "\n".join(turn["content"] for turn in body.history) + "\n" + body.message
        return {"handoff": "human", "summary": summarise_conversation(transcript)}
    return {"reply": answer(body.message, body.history)}


@app.post("/tickets")
def new_ticket(ticket: TicketIn) -> dict[str, str]:
    return {"queue": classify_ticket(ticket.subject, ticket.body)}
