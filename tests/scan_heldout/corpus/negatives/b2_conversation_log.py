"""Stores chat transcripts; makes no LLM call."""
import json

from chat.models import Conversation, UsageRecord


def log_conversation(user, msgs: list[dict], model: str = "gpt-4o") -> Conversation:
    return Conversation.objects.create(user=user, model=model, messages=json.dumps(msgs))


def record_usage(model: str, messages: list[dict], tokens: int) -> None:
    UsageRecord.objects.create(model=model, messages=len(messages), tokens=tokens)
