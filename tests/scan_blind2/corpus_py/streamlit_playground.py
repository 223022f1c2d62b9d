import streamlit as st
from openai import OpenAI

st.title("Model playground")
model = st.sidebar.selectbox("Model", ["gpt-4o", "gpt-4o-mini", "o3-mini"])
client = OpenAI(api_key=st.secrets["OPENAI_API_KEY"])

if prompt := st.chat_input("Say something"):
    with st.chat_message("assistant"):
        stream = client.chat.completions.create(
            model=model,
            messages=[{"role": "user", "content": prompt}],
            stream=True,
        )
        st.write_stream(stream)
