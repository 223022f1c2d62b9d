from django.db import models


class Conversation(models.Model):
    title = models.CharField(max_length=200)


class Message(models.Model):
    conversation = models.ForeignKey(Conversation, related_name="messages", on_delete=models.CASCADE)
    model = models.CharField(max_length=64, default="gpt-4o")
    content = models.TextField()


def log_turn(conv: Conversation, text: str) -> None:
    conv.messages.create(model="gpt-4o-mini", content=text)
    Message.objects.create(conversation=conv, model="claude-3-5-sonnet", content=text)
