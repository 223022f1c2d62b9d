"""Look-alike: a model placeholder that is only ever None, and a session key holding the chat history."""

import google.generativeai as genai
import streamlit as st

genai.configure(api_key="unused")
backup = None
if backup is not None:
    backup.generate_content("never reached")
st.session_state["history"] = []
st.session_state["history"].append({"role": "user", "content": "hi"})
