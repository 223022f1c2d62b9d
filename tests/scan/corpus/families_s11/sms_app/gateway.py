"""Makes the SMS client."""

from twilio.rest import Client


def make_client(sid: str, token: str) -> Client:
    return Client(sid, token)
