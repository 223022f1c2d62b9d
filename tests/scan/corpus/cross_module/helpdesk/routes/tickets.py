"""Ticket routes: every model and client comes from another module of the package."""

from helpdesk import clients
from helpdesk.models import chat_model, make_model
from helpdesk.models.chat import summary_chain
from helpdesk.settings import LIMITS, settings

from ..clients import get_client


def answer(question: str) -> str:
    return chat_model.invoke(question).content


def summarise(ticket: str) -> str:
    return summary_chain.invoke({"ticket": ticket}).content


def escalate(ticket: str) -> str:
    senior = make_model("gpt-4.1")
    return senior.invoke(ticket).content


def draft(ticket: str) -> str:
    return make_model().invoke(ticket).content


def triage(ticket: str) -> str:
    reply = clients.anthropic_client.messages.create(
        model=LIMITS["triage_model"],
        max_tokens=512,
        messages=[{"role": "user", "content": ticket}],
    )
    return reply.content[0].text


def polish(text: str) -> str:
    reply = get_client().messages.create(
        model=settings.answer_model,
        max_tokens=300,
        messages=[{"role": "user", "content": f"Polish this reply: {text}"}],
    )
    return reply.content[0].text
