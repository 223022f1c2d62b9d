import os

from flask import Flask, request, jsonify
from openai import OpenAI as OAI
from slack_sdk import WebClient

app = Flask(__name__)
slack = WebClient(token=os.environ["SLACK_BOT_TOKEN"])
llm = OAI()

BOT_MODEL = os.environ.get("BOT_MODEL", "gpt-4o-mini")
PERSONA = "You are Ada, a helpful engineering assistant. Keep replies under 100 words."


@app.route("/slack/events", methods=["POST"])
def slack_events():
    data = request.get_json()
    if data.get("type") == "url_verification":
        return jsonify({"challenge": data["challenge"]})
    event = data.get("event", {})
    if event.get("type") == "app_mention":
        reply = llm.chat.completions.create(
            model=BOT_MODEL,
            messages=[{"role": "system", "content": PERSONA}, {"role": "user", "content": event["text"]}],
            max_tokens=200,
        )
        slack.chat_postMessage(channel=event["channel"], text=reply.choices[0].message.content)
    return "", 200
