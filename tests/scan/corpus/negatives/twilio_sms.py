"""SMS notifications: `messages.create` here is Twilio, not Anthropic."""
import os

from twilio.rest import Client

twilio = Client(os.environ["TWILIO_SID"], os.environ["TWILIO_TOKEN"])


def notify(phone: str, text: str) -> None:
    twilio.messages.create(to=phone, from_="+15550100", body=text)
