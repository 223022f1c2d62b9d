from slack_sdk import WebClient


class Messages:
    def __init__(self, store):
        self.store = store

    def create(self, model: str, content: str):
        return self.store.insert({"model": model, "content": content})


class Outbox:
    def __init__(self, store, token: str):
        self.messages = Messages(store)
        self.slack = WebClient(token=token)

    def post_digest(self, channel: str, lines: list[str]) -> None:
        self.messages.create(model="digest", content="\n".join(lines))
        self.slack.chat_postMessage(channel=channel, text="\n".join(lines))
