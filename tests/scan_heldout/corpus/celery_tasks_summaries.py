from celery import shared_task
from django.conf import settings
from tenacity import retry, stop_after_attempt, wait_random_exponential
import openai

from .models import Document

openai_client = openai.OpenAI(timeout=30, max_retries=0)

SUMMARY_PROMPT = """Summarise the following document for an executive audience.
Keep it under 120 words and list three key risks.

Document:
{body}
"""


@retry(wait=wait_random_exponential(min=1, max=40), stop=stop_after_attempt(6))
def _summarise(body: str) -> str:
    response = openai_client.chat.completions.create(
        model="gpt-3.5-turbo-0125",
        messages=[{"role": "user", "content": SUMMARY_PROMPT.format(body=body)}],
        max_tokens=300,
    )
    return response.choices[0].message.content


@shared_task(bind=True, acks_late=True)
def summarise_document(self, document_id: int) -> None:
    doc = Document.objects.get(pk=document_id)
    doc.summary = _summarise(doc.body[: settings.MAX_DOC_CHARS])
    doc.save(update_fields=["summary"])
