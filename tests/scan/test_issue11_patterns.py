"""Issue 11 patterns found in real code (each a whole family, written anew here): instructor's from_provider and
aliases, DSPy LMs on objects and re-configured LMs, semantic-kernel's old and new APIs, Gemini Live sessions,
LlamaIndex programs, LangChain MultiQueryRetriever and ChatHuggingFace, Streamlit text-input defaults — and the
look-alikes that send nothing (embedding models through invoke_model, Ollama model loads)."""

from __future__ import annotations

from tests.scan.conftest import only, scan


def test_instructor_from_provider_fixes_sdk_and_bare_model():
    calls = scan(
        """
import instructor
a = instructor.from_provider("anthropic/claude-3-5-haiku-latest")
a.chat.completions.create(response_model=User, messages=[{"role": "user", "content": "x"}], max_tokens=99)
g = instructor.from_provider("google/gemini-2.0-flash")
g.chat.completions.create(response_model=User, messages=[])
"""
    )
    assert [(c.sdk, c.model, c.model_source) for c in calls] == [
        ("anthropic", "claude-3-5-haiku-latest", "client"),
        ("google-genai", "gemini-2.0-flash", "client"),
    ]


def test_instructor_aliases_and_patched_client_parameter():
    calls = scan(
        """
import instructor
from openai import OpenAI
client = instructor.from_openai(OpenAI())
client.create(model="gpt-4o-mini", response_model=U, messages=[])
client.completions.chat.create(model="gpt-4o", response_model=U, messages=[])
def structured(patched, schema, text):
    params = {"response_model": schema, "messages": [{"role": "user", "content": text}]}
    return patched.chat.completions.create(**params)
"""
    )
    assert [(c.line, c.api, c.model_source) for c in calls] == [
        (5, "create", "literal"),
        (6, "completions.chat.create", "literal"),
        (9, "chat.completions.create", "config-default"),
    ]


def test_dspy_lm_on_an_object_and_the_latest_configure_wins():
    calls = scan(
        """
import dspy
class Handle:
    def __init__(self):
        self.lm = dspy.LM("openai/gpt-4o-mini")
handle = Handle()
handle.lm("Say hi")
qa = dspy.Predict("question -> answer")
dspy.configure(lm=dspy.LM("openai/gpt-4o"))
qa(question="first")
dspy.configure(lm=dspy.LM("anthropic/claude-3-5-haiku-latest"))
qa(question="second")
"""
    )
    assert [(c.line, c.model) for c in calls] == [
        (7, "openai/gpt-4o-mini"),
        (10, "openai/gpt-4o"),
        (12, "anthropic/claude-3-5-haiku-latest"),
    ]


def test_semantic_kernel_old_api_and_two_services():
    calls = scan(
        """
import semantic_kernel as sk
from semantic_kernel.connectors.ai.open_ai import OpenAIChatCompletion
kernel = sk.Kernel()
kernel.add_chat_service("chat", OpenAIChatCompletion("gpt-3.5-turbo", key, org))
fn = kernel.create_semantic_function("Summarise {{$input}}")
async def main():
    await kernel.run_async(fn, input_str="text")
    both = sk.Kernel()
    both.add_service(OpenAIChatCompletion(ai_model_id="gpt-4o", service_id="a"))
    both.add_service(OpenAIChatCompletion(ai_model_id="gpt-4o-mini", service_id="b"))
    await both.invoke(fn)
    lonely = sk.Kernel()
    await lonely.invoke(fn)
"""
    )
    assert [(c.line, c.api, c.model, c.model_source) for c in calls] == [
        (8, "run_async", "gpt-3.5-turbo", "client"),
        (12, "invoke", "gpt-4o-mini", "config-default"),  # two services: chosen at run time
    ]


def test_gemini_live_session_send():
    call = only(
        """
from google import genai
class Bot:
    def __init__(self):
        self.client = genai.Client()
    async def start(self):
        self.session = await self.client.aio.live.connect(model="gemini-2.0-flash-live-001", config={})
    async def say(self, text):
        await self.session.send(input=text, end_of_turn=True)
"""
    )
    assert (call.line, call.sdk, call.api, call.model) == (9, "google-genai", "send", "gemini-2.0-flash-live-001")


def test_llama_index_program_and_chat_repl():
    calls = scan(
        """
from llama_index.core import Settings
from llama_index.core.chat_engine import ContextChatEngine
from llama_index.core.program import LLMTextCompletionProgram
from llama_index.llms.ollama import Ollama
Settings.llm = Ollama(model="qwen2.5:7b")
program = LLMTextCompletionProgram.from_defaults(output_cls=Album, prompt_template_str="Albums of {artist}")
program(artist="Bowie")
engine = ContextChatEngine.from_defaults(retriever=retriever)
engine.chat_repl()
"""
    )
    assert [(c.line, c.api, c.model) for c in calls] == [
        (8, "chain.__call__", "qwen2.5:7b"),
        (10, "chain.chat_repl", "qwen2.5:7b"),
    ]


def test_langchain_multiquery_and_chat_huggingface():
    calls = scan(
        """
from langchain.retrievers.multi_query import MultiQueryRetriever
from langchain_huggingface import ChatHuggingFace, HuggingFaceEndpoint
chat = ChatHuggingFace(llm=HuggingFaceEndpoint(repo_id="HuggingFaceH4/zephyr-7b-beta", task="text-generation"))
retriever = MultiQueryRetriever.from_llm(retriever=store.as_retriever(), llm=chat)
retriever.invoke("what is rice?")
chat.invoke("hello")
"""
    )
    assert [(c.line, c.api, c.model) for c in calls] == [
        (6, "chain.invoke", "HuggingFaceH4/zephyr-7b-beta"),
        (7, "invoke", "HuggingFaceH4/zephyr-7b-beta"),
    ]


def test_streamlit_text_input_default_is_the_model_but_a_selectbox_is_a_choice():
    calls = scan(
        """
import ollama
import streamlit as st
typed = st.text_input("Model", "llama3.2")
picked = st.sidebar.selectbox("Model", ["mistral", "llama3.1"])
ollama.chat(model=typed, messages=[{"role": "user", "content": "hi"}])
ollama.chat(model=picked, messages=[{"role": "user", "content": "hi"}])
"""
    )
    assert [(c.model, c.model_source) for c in calls] == [
        ("llama3.2", "wrapper-default"),
        ("gpt-4o-mini", "config-default"),
    ]


def test_look_alikes_that_send_nothing():
    assert (
        scan(
            """
import boto3, json, ollama
runtime = boto3.client("bedrock-runtime")
runtime.invoke_model(modelId="amazon.titan-embed-text-v2:0", body=json.dumps({"inputText": "x"}))
ollama.generate(model="llama3")
ollama.generate(model="llama3", prompt="")
"""
        )
        == []
    )


def test_calling_an_sdk_module_makes_no_chat_model():
    code = """
from langchain_community.llms import ollama
llm = ollama(model="llama2")
llm.invoke("hi")
"""
    assert scan(code) == []
    assert only(code.replace("import ollama", "import Ollama").replace("= ollama(", "= Ollama(")).model == "llama2"


def test_haystack_templates_with_a_generator_and_llm_judges():
    calls = scan(
        """
from haystack import Pipeline, PredefinedPipeline
from haystack.components.evaluators import FaithfulnessEvaluator
indexing = Pipeline.from_template(PredefinedPipeline.INDEXING)
indexing.run(data={"sources": ["a.txt"]})
rag = Pipeline.from_template(PredefinedPipeline.RAG)
rag.run(data={"prompt_builder": {"query": "q"}})
FaithfulnessEvaluator().run(questions=["q"], contexts=[["c"]], predicted_answers=["a"])
"""
    )
    assert [(c.line, c.sdk, c.api) for c in calls] == [(7, "haystack", "run"), (8, "haystack", "run")]


def test_model_object_stored_on_a_shared_object():
    call = only(
        """
from langchain_core.prompts import ChatPromptTemplate
from langchain_ollama import OllamaLLM
class State: ...
state = State()
def startup():
    state.model = OllamaLLM(model="llama3.2")
def answer(q):
    chain = ChatPromptTemplate.from_template("Q: {q}") | state.model
    return chain.invoke({"q": q})
"""
    )
    assert (call.line, call.model, call.model_source) == (10, "llama3.2", "client")


def test_objects_made_in_a_sibling_module(tmp_path):
    from rice_core.scan import scan_paths

    (tmp_path / ".git").mkdir()
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "__init__.py").write_text("")
    (tmp_path / "app" / "llm.py").write_text(
        "from langchain_openai import ChatOpenAI\n"
        "chat_model = ChatOpenAI(model='gpt-4o-mini', max_tokens=200)\n"
        "helpers = {'invoke': print}\n"
    )
    (tmp_path / "app" / "service.py").write_text(
        "from .llm import chat_model, helpers\ndef answer(q):\n    helpers.invoke(q)\n    return chat_model.invoke(q)\n"
    )
    result = scan_paths([str(tmp_path)], root=str(tmp_path), use_cache=False, workers=1)
    assert [(c.path, c.line, c.model, c.model_source, c.output_tokens) for c in result.calls] == [
        ("app/service.py", 4, "gpt-4o-mini", "client", 200)
    ]


def test_crew_agents_from_a_sibling_module(tmp_path):
    from rice_core.scan import scan_paths

    (tmp_path / ".git").mkdir()
    (tmp_path / "agents.py").write_text(
        "from crewai import LLM, Agent\n"
        "writer = Agent(role='Writer', goal='g', backstory='b', llm=LLM(model='ollama/llama3.1'))\n"
    )
    (tmp_path / "main.py").write_text(
        "from crewai import Crew, Task\n"
        "from agents import writer\n"
        "task = Task(description='Write.', expected_output='Text', agent=writer)\n"
        "Crew(agents=[writer], tasks=[task]).kickoff()\n"
    )
    result = scan_paths([str(tmp_path)], root=str(tmp_path), use_cache=False, workers=1)
    assert [(c.path, c.line, c.sdk, c.model) for c in result.calls] == [("main.py", 4, "crewai", "ollama/llama3.1")]
