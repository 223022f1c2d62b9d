from celery import shared_task
from django.conf import settings
from openai import OpenAI

from .models import Article


@shared_task
def tag_article(article_id: int) -> None:
    article = Article.objects.get(pk=article_id)
    client = OpenAI(api_key=settings.OPENAI_API_KEY)
    response = client.chat.completions.create(
        model=settings.TAGGING_MODEL,
        messages=[
            {"role": "system", "content": "Return up to five lowercase tags, comma separated."},
            {"role": "user", "content": article.body[:8000]},
        ],
        max_tokens=30,
    )
    article.tags = [t.strip() for t in response.choices[0].message.content.split(",")]
    article.save(update_fields=["tags"])
