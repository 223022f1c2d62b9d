"""A Flask route answering through LangChain's hosted Hugging Face Hub LLM built at import time."""

from flask import Flask, request
from langchain_community.llms import HuggingFaceHub

app = Flask(__name__)

llm = HuggingFaceHub(
    repo_id="tiiuae/falcon-7b-instruct",
    model_kwargs={"temperature": 0.2, "max_new_tokens": 256},
)


@app.route("/ask", methods=["POST"])
def ask():
    question = request.json.get("question")
    return llm.predict(f"Answer in one paragraph: {question}")
