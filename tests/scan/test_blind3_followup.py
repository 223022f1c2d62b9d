"""Blind evaluation 3 follow-up (Python): LangChain fake models are no call sites; argparse defaults reached
through a helper's return value; click/typer option defaults bound to the decorated function's parameters."""

from __future__ import annotations

from .conftest import only, scan

FAKE_PIPE = """
from langchain_core.prompts import PromptTemplate
from langchain_core.output_parsers import StrOutputParser
from langchain_community.llms.fake import {cls}
double = {cls}(responses=["ok"])
pipeline = PromptTemplate.from_template("Rate {{item}}") | double | StrOutputParser()
def check():
    return pipeline.invoke({{"item": "soup"}})
"""


def test_a_pipe_around_any_fake_model_is_no_call_site() -> None:
    for cls in (
        "FakeListLLM",
        "FakeListChatModel",
        "GenericFakeChatModel",
        "ParrotFakeChatModel",
        "FakeChatModel",
        "FakeMessagesListChatModel",
    ):
        assert scan(FAKE_PIPE.format(cls=cls)) == [], cls


def test_the_same_pipe_around_a_real_model_stays_a_call_site() -> None:
    real = FAKE_PIPE.format(cls="FakeListLLM").replace('FakeListLLM(responses=["ok"])', 'ChatOpenAI(model="gpt-4o")')
    real = real.replace(
        "from langchain_community.llms.fake import FakeListLLM", "from langchain_openai import ChatOpenAI"
    )
    call = only(real)
    assert (call.line, call.model) == (8, "gpt-4o")


def test_direct_invoke_pipe_method_and_legacy_chain_on_a_fake_are_no_call_sites() -> None:
    direct = """
    from langchain_core.language_models import GenericFakeChatModel
    llm = GenericFakeChatModel(messages=iter(["hi"]))
    print(llm.invoke("hello"))
    """
    piped = """
    from langchain_core.prompts import ChatPromptTemplate
    from langchain_core.language_models.fake_chat_models import FakeListChatModel
    flow = ChatPromptTemplate.from_template("{q}").pipe(FakeListChatModel(responses=["a"]))
    flow.invoke({"q": "x"})
    """
    legacy = """
    from langchain.chains import LLMChain
    from langchain_core.prompts import PromptTemplate
    from langchain_community.llms.fake import FakeListLLM
    stub = FakeListLLM(responses=["a"])
    qa_chain = LLMChain(llm=stub, prompt=PromptTemplate.from_template("{q}"))
    qa_chain.run(q="x")
    """
    assert scan(direct) == [] and scan(piped) == [] and scan(legacy) == []


HELPER_ARGS = """
import argparse
from openai import OpenAI
def get_options():
    parser = argparse.ArgumentParser()
    parser.add_argument("-m", "--llm-model", default="gpt-4.1-mini")
    parser.add_argument("--max-new", type=int, default=64)
    return parser.parse_args()
def run():
    opts = get_options()
    OpenAI().chat.completions.create(model=opts.llm_model, max_tokens=opts.max_new, messages=[])
"""


def test_argparse_default_through_a_helpers_return_value() -> None:
    call = only(HELPER_ARGS)
    assert (call.model, call.output_tokens) == ("gpt-4.1-mini", 64)


def test_a_helper_that_returns_something_else_is_not_taken_for_parsed_args(codes) -> None:
    code = HELPER_ARGS.replace("return parser.parse_args()", "return {'llm_model': 'x'}")
    call = only(code)
    assert call.model_source == "config-default" and "unresolved-model" in codes(call)


CLICK = """
import click
from anthropic import Anthropic
@click.command()
@click.option("-m", "--model-name", default="claude-3-5-haiku-latest")
@click.option("--budget", "limit", default=123, type=int)
def cli(model_name: str, limit: int) -> None:
    Anthropic().messages.create(model=model_name, max_tokens=limit, messages=[{"role": "user", "content": "hi"}])
"""


def test_click_option_defaults_bind_to_the_decorated_function_parameters() -> None:
    call = only(CLICK)
    assert (call.model, call.output_tokens) == ("claude-3-5-haiku-latest", 123)


def test_click_option_for_another_parameter_does_not_leak(codes) -> None:
    call = only(CLICK.replace('"--model-name"', '"--other"'))
    assert call.model_source == "config-default" and "unresolved-model" in codes(call)


def test_typer_option_defaults_in_the_signature() -> None:
    code = """
    import typer
    from openai import OpenAI
    app = typer.Typer()
    @app.command()
    def main(model: str = typer.Option("gpt-4o-mini-2024-07-18", "--model"), max_tokens: int = typer.Option(77)):
        OpenAI().chat.completions.create(model=model, max_tokens=max_tokens, messages=[])
    """
    call = only(code)
    assert (call.model, call.output_tokens) == ("gpt-4o-mini-2024-07-18", 77)
