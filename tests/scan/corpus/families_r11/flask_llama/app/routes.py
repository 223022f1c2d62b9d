"""A Flask route calling the model object another module of the app loads (this file names no LLM SDK)."""

from flask import Blueprint, jsonify, request

from .weights import llm_model

bp = Blueprint("qa", __name__)


@bp.post("/answer")
def answer():
    question = request.json["question"]
    output = llm_model(f"Q: {question} A:", max_tokens=96, stop=["Q:"])
    return jsonify({"answer": output["choices"][0]["text"]})
