from langchain_core.prompts import ChatPromptTemplate

from tests.fakes import canned_model, fake_llm


def test_answer_uses_the_model():
    fake_llm.invoke.return_value.content = "ok"
    assert fake_llm.invoke("Hi").content == "ok"


def test_chain_runs():
    chain = ChatPromptTemplate.from_template("Say {x}") | canned_model
    assert chain.invoke({"x": "hi"}).content == "All good."
