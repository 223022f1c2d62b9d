"""``this.<field>`` models (class fields, constructor assignments, abstract fields set by subclasses) and chains or
models returned by local builder functions (blind evaluation 2 follow-up)."""

from __future__ import annotations

from .helpers import codes, only, scan

BASE = """import OpenAI from "openai";
abstract class Summariser {
  protected readonly openai = new OpenAI();
  protected abstract readonly model: string;
  async summarise(doc: string) {
    return this.openai.chat.completions.create({ model: this.model, max_tokens: 200,
      messages: [{ role: "user", content: doc }] });
  }
}
"""


def test_class_field_initialiser_is_read_as_this_model() -> None:
    site = only(
        """import OpenAI from "openai";
export class TagService {
  private readonly model = "gpt-4.1-mini";
  private readonly instructions: string;
  constructor(private readonly client: OpenAI) { this.instructions = "Return three tags as JSON."; }
  tags(text: string) {
    return this.client.chat.completions.create({ model: this.model,
      messages: [{ role: "system", content: this.instructions }, { role: "user", content: text }] });
  }
}
"""
    )
    assert (site.model, site.model_source) == ("gpt-4.1-mini", "constant")
    assert "unresolved-model" not in codes(site) and site.literal_prompt_tokens > 8  # the constructor's prompt


def test_same_field_name_in_two_classes_is_read_per_class() -> None:
    sites = scan(
        """import OpenAI from "openai";
const openai = new OpenAI();
class Fast { model = "gpt-4o-mini"; go() { return openai.responses.create({ model: this.model, input: "a" }); } }
class Smart { model = "o3"; go() { return openai.responses.create({ model: this.model, input: "b" }); } }
"""
    )
    assert [s.model for s in sites] == ["gpt-4o-mini", "o3"]


def test_abstract_field_set_by_the_only_subclass_resolves_in_the_base_class() -> None:
    site = only(BASE + 'export class Briefs extends Summariser { protected readonly model = "gpt-4o"; }\n')
    assert (site.line, site.model, site.model_source) == (6, "gpt-4o", "constant")


def test_abstract_field_set_by_a_grandchild_through_an_intermediate_class() -> None:
    code = BASE + 'class Mid extends Summariser {}\nexport class Leaf extends Mid { readonly model = "gpt-4.1"; }\n'
    assert only(code).model == "gpt-4.1"


def test_subclasses_that_disagree_leave_the_model_unresolved_with_both_values() -> None:
    site = only(
        BASE
        + 'export class Short extends Summariser { protected readonly model = "gpt-4o-mini"; }\n'
        + 'export class Long extends Summariser { protected readonly model = "gpt-4.1"; }\n'
    )
    assert site.model_source == "config-default" and "unresolved-model" in codes(site)
    message = next(w.message for w in site.warnings if w.code == "unresolved-model")
    assert '"gpt-4o-mini"' in message and '"gpt-4.1"' in message


def test_this_inside_a_plain_function_is_not_the_class() -> None:
    site = only(
        """import OpenAI from "openai";
const openai = new OpenAI();
class Job {
  model = "gpt-4o";
  run() { return function () { return openai.responses.create({ model: this.model, input: "x" }); }; }
}
"""
    )
    assert "unresolved-model" in codes(site)


CHAIN_HEAD = """import { ChatAnthropic } from "@langchain/anthropic";
import { ChatPromptTemplate } from "@langchain/core/prompts";
import { StringOutputParser } from "@langchain/core/output_parsers";
import { RunnableSequence, RunnablePassthrough } from "@langchain/core/runnables";
const chat = new ChatAnthropic({ model: "claude-3-5-haiku-latest", maxTokens: 400 });
const template = ChatPromptTemplate.fromTemplate("Answer from the excerpts only.\\n{excerpts}\\nQuestion: {question}");
"""


def test_chain_returned_by_a_builder_function_with_an_object_map_first() -> None:
    site = only(
        CHAIN_HEAD
        + """function makeAnswerer(search: (q: string) => Promise<string>) {
  return RunnableSequence.from([
    { excerpts: (q: string) => search(q), question: new RunnablePassthrough() },
    template,
    chat,
    new StringOutputParser(),
  ]);
}
export async function answer(q: string) {
  const answerer = makeAnswerer(async () => "");
  return answerer.invoke(q);
}
"""
    )
    assert (site.sdk, site.api, site.line) == ("langchain", "invoke", 17)
    assert (site.model, site.model_source, site.output_tokens) == ("claude-3-5-haiku-latest", "client", 400)
    assert site.literal_prompt_tokens > 5  # the template's text, not just placeholders


def test_model_returned_by_an_arrow_builder_and_a_class_method_builder() -> None:
    sites = scan(
        CHAIN_HEAD
        + """const makeChat = () => new ChatAnthropic({ model: "claude-sonnet-4-20250514" });
class Desk {
  private pipeline() { if (Math.random() > 2) { return null; } return template.pipe(chat); }
  reply(q: string) { return this.pipeline().invoke({ excerpts: "", question: q }); }
}
makeChat().invoke("hello");
"""
    )
    assert [(s.line, s.model) for s in sites] == [(10, "claude-3-5-haiku-latest"), (12, "claude-sonnet-4-20250514")]


def test_builder_returning_something_else_is_not_a_call() -> None:
    assert scan(CHAIN_HEAD + "function makeCache() { return new Map(); }\nmakeCache().invoke('x');\n") == []
