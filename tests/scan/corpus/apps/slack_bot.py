import os

from anthropic import Anthropic
from slack_bolt import App

app = App(token=os.environ["SLACK_BOT_TOKEN"])
claude = Anthropic()
BOT_MODEL = "claude-3-5-sonnet-latest"


@app.event("app_mention")
def on_mention(event, say):
    thread = event.get("thread_ts") or event["ts"]
    reply = claude.messages.create(  # rice: volume=2000/day
        model=BOT_MODEL,
        max_tokens=800,
        system="You are a helpful Slack bot for the platform team. Keep answers short and use Slack markdown.",
        messages=[{"role": "user", "content": event["text"]}],
    )
    say(text=reply.content[0].text, thread_ts=thread)
