import os

from twilio.rest import Client

client = Client(os.environ["TWILIO_SID"], os.environ["TWILIO_TOKEN"])


def page_oncall(number: str, text: str) -> str:
    message = client.messages.create(body=text[:1600], from_=os.environ["TWILIO_FROM"], to=number)
    return message.sid
