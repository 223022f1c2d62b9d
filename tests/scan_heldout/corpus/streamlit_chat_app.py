import streamlit as st
from openai import OpenAI

st.set_page_config(page_title="Chat with GPT")
st.title("💬 Chatbot")

with st.sidebar:
    openai_api_key = st.text_input("OpenAI API Key", type="password")
    model_choice = st.selectbox("Model", ["gpt-4o-mini", "gpt-4o", "o1-mini"])

if "messages" not in st.session_state:
    st.session_state["messages"] = [{"role": "assistant", "content": "How can I help you?"}]

for msg in st.session_state.messages:
    st.chat_message(msg["role"]).write(msg["content"])

if prompt := st.chat_input():
    if not openai_api_key:
        st.info("Please add your OpenAI API key to continue.")
        st.stop()
    client = OpenAI(api_key=openai_api_key)
    st.session_state.messages.append({"role": "user", "content": prompt})
    st.chat_message("user").write(prompt)
    stream = client.chat.completions.create(
        model=model_choice, messages=st.session_state.messages, stream=True
    )
    with st.chat_message("assistant"):
        response = st.write_stream(stream)
    st.session_state.messages.append({"role": "assistant", "content": response})
