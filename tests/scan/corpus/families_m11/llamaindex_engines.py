"""A help-desk page: LlamaIndex engines kept on the Streamlit session, a citation engine, an agent given the
global LLM, and a llama.cpp model fetched by URL (``model_path=None`` means "not given")."""

import streamlit as st
from llama_index.core import Settings, VectorStoreIndex
from llama_index.core.agent.workflow import AgentWorkflow
from llama_index.core.query_engine import CitationQueryEngine
from llama_index.llms.llama_cpp import LlamaCPP
from llama_index.llms.ollama import Ollama

WEIGHTS_URL = "https://example.org/weights/tinyllama-1.1b-chat.Q4_K_M.gguf"
Settings.llm = Ollama(model="phi3.5:3.8b", request_timeout=120.0)
index = VectorStoreIndex.from_documents([])

if "desk" not in st.session_state:
    st.session_state.desk = index.as_chat_engine(chat_mode="condense_question")
answer = st.session_state.desk.chat("Which plan includes phone support?")

cited = CitationQueryEngine.from_args(index, similarity_top_k=2)
sources = cited.query("Where is the refund policy written down?")

helper = AgentWorkflow.from_tools_or_functions([], llm=Settings.llm, system_prompt="Answer in one line.")


async def ask(question: str) -> str:
    return str(await helper.run(question))


local = LlamaCPP(model_url=WEIGHTS_URL, model_path=None, max_new_tokens=256)
local.complete("Say hello in French.")
