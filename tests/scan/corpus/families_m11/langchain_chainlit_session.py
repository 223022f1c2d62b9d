"""A Chainlit help bot on legacy LangChain: a local GGML model through CTransformers, a retrieval chain kept in the
user session when the chat starts and called with acall per message; a weather chain that writes its own API call."""

import chainlit as cl
from langchain.chains import APIChain, RetrievalQA
from langchain.chains.api import open_meteo_docs
from langchain.llms import CTransformers


def load_llm():
    return CTransformers(model="models/mistral-7b-instruct.ggmlv3.q4_0.bin", model_type="mistral", max_new_tokens=256)


@cl.on_chat_start
async def start():
    chain = RetrievalQA.from_chain_type(llm=load_llm(), chain_type="stuff", retriever=None)
    cl.user_session.set("qa", chain)
    cl.user_session.set("turns", [])


@cl.on_message
async def main(message):
    chain = cl.user_session.get("qa")
    result = await chain.acall(message.content)
    cl.user_session.get("turns").append(result)
    await cl.Message(content=result["result"]).send()


weather = APIChain.from_llm_and_api_docs(load_llm(), open_meteo_docs.OPEN_METEO_DOCS)
weather.run("Will it rain in Lyon tomorrow?")
