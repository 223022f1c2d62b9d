import os

from twilio.rest import Client

client = Client(os.environ["TWILIO_SID"], os.environ["TWILIO_TOKEN"])


def send_sms(to: str, body: str) -> str:
    message = client.messages.create(to=to, from_="+15017122661", body=body)
    return message.sid
