"""A shop assistant on google.generativeai: the model is made in a try whose except sets it to None, and a chat
session is kept under a key of the Streamlit session and handed to a helper."""

import google.generativeai as genai
import streamlit as st

try:
    genai.configure(api_key=st.secrets["GEMINI_KEY"])
    assistant = genai.GenerativeModel("gemini-1.5-flash-8b")
except KeyError:
    assistant = None


def reply(question: str) -> str:
    if assistant is None:
        return "The assistant is offline."
    return assistant.generate_content(f"Answer for a plant shop: {question}").text


if "talk" not in st.session_state:
    st.session_state["talk"] = genai.GenerativeModel("gemini-2.0-flash-lite").start_chat()


def stream_reply(session, text):
    for chunk in session.send_message(text, stream=True):
        yield chunk.text


if prompt := st.chat_input("Ask the shop"):
    st.write_stream(stream_reply(st.session_state["talk"], prompt))
