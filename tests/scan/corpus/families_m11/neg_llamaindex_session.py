"""Look-alike: a retriever kept on the Streamlit session is queried (no LLM), and a chat engine is built there but
never asked anything."""

import streamlit as st
from llama_index.core import VectorStoreIndex

index = VectorStoreIndex.from_documents([])
st.session_state.finder = index.as_retriever(similarity_top_k=3)
nodes = st.session_state.finder.retrieve("warranty")
st.session_state.unused = index.as_chat_engine()
st.session_state.log.append(len(nodes))
from llama_index.core.indices.query.query_transform import HyDEQueryTransform  # noqa: E402

st.session_state.hyde = HyDEQueryTransform(include_original=False)  # built for later, never run here
