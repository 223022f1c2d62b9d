import os

from completion_client import CompletionClient
from slack_bolt import App

app = App(token=os.environ["SLACK_BOT_TOKEN"])
bot = CompletionClient(os.environ["OPENAI_API_KEY"], "gpt-4o-mini")


@app.message("")
def on_message(message, say):
    say(bot.reply(message["text"]))
