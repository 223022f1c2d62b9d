import os

from slack_sdk import WebClient
from twilio.rest import Client

twilio = Client(os.environ["TWILIO_SID"], os.environ["TWILIO_TOKEN"])
slack = WebClient(token=os.environ["SLACK_BOT_TOKEN"])


def sms(to: str, body: str) -> None:
    twilio.messages.create(body=body, from_="+15550001111", to=to)


def post(channel: str, text: str, model: str = "gpt-4o") -> None:
    slack.chat_postMessage(channel=channel, text=f"[{model}] {text}")
    slack.chat_update(channel=channel, ts="1", text=text)
