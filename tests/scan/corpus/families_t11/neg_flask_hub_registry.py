"""Look-alike: the app's own model-registry class that happens to be called HuggingFaceHub (no LangChain)."""

from flask import Flask, request

app = Flask(__name__)


class HuggingFaceHub:
    def __init__(self, repo_id: str):
        self.repo_id = repo_id

    def predict(self, text: str) -> str:
        return f"{self.repo_id}: {len(text)} characters"


hub = HuggingFaceHub(repo_id="tiiuae/falcon-7b-instruct")


@app.route("/size", methods=["POST"])
def size():
    return hub.predict(request.json.get("text"))
