"""Celery worker that drafts answers to support tickets."""
from celery import Celery

from .config import settings
from .deps import make_client

app = Celery("tickets", broker="redis://localhost:6379/0")
claude = make_client()


@app.task(bind=True, autoretry_for=(Exception,), retry_backoff=True, max_retries=5)
def draft_answer(self, ticket_id: int, body: str) -> str:
    response = claude.messages.create(
        model=settings.llm_model,
        max_tokens=settings.llm_max_tokens,
        system="You are a support engineer. Draft a reply.",
        messages=[{"role": "user", "content": body}],
    )
    return response.content[0].text


@app.task
def triage(body: str) -> str:
    response = claude.messages.create(
        model=settings.triage_model,
        max_tokens=10,
        messages=[{"role": "user", "content": f"Priority (P1-P4) for: {body}"}],
    )
    return response.content[0].text.strip()
