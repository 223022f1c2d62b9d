"""Look-alike: a client posting to a URL handed to its constructor, but the URL is the app's own webhook."""

import requests


class Settings:
    webhook_url = "https://hooks.example.com/notify"


settings = Settings()


class Notifier:
    def __init__(self, channel: str, endpoint: str):
        self.channel = channel
        self.endpoint = endpoint

    def send(self, text: str) -> None:
        requests.post(self.endpoint, json={"model": self.channel, "text": text}, timeout=5)


def build() -> Notifier:
    return Notifier("alerts", settings.webhook_url)
