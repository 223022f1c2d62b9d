"""The JS/TS scanner's expected-token hints: reasoning effort, streaming, stop sequences, # rice: kind=."""

from __future__ import annotations

from rice_core.scan import scan_source

SOURCE = """import OpenAI from "openai";
const client = new OpenAI();
export async function a(q: string) {
  return client.chat.completions.create({ model: "o3", messages: [{ role: "user", content: q }], reasoning_effort: "high" });
}
export async function b(q: string) {
  // rice: kind=extraction
  return client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: q }], stream: true, stop: ["\\n"] });
}
"""


def test_js_hints() -> None:
    first, second = scan_source(SOURCE, "app.ts")
    assert (first.reasoning_effort, first.output_hints) == ("high", ())
    assert second.output_hints == ("stream", "stop:stop", "kind:extraction")
    assert second.placeholders == (("", 50, "defaults.placeholder_tokens (value not static)"),)  # content: q


def test_js_structured_output_needs_json() -> None:
    head = 'import OpenAI from "openai";\nconst client = new OpenAI();\n'

    def hints(option: str) -> tuple[str, ...]:
        source = head + f'client.chat.completions.create({{ model: "gpt-4o", messages: [], {option} }});\n'
        return scan_source(source, "a.ts")[0].output_hints

    assert hints('response_format: { type: "text" }') == ()
    assert hints('response_format: { type: "json_object" }') == ("structured:response_format",)
    assert hints('response_format: zodResponseFormat(S, "x")') == ("structured:response_format",)


def test_js_placeholders_by_name_and_history_slice() -> None:
    source = """import OpenAI from "openai";
const client = new OpenAI();
export async function answer(question: string, history: any[], docs: string[]) {
  const context = docs.join("\\n\\n");
  return client.chat.completions.create({
    model: "gpt-4o",
    messages: [...history.slice(-6), { role: "user", content: `Context:\\n${context}\\n\\nQ: ${question}` }],
  });
}
"""
    (call,) = scan_source(source, "answer.ts")
    assert call.placeholders == (
        ("history", 6 * 142, "6 chat messages × 142 (history.slice(-6))"),
        ("context", 4 * 250, "retrieved passages: 4 × 250"),
        ("question", 70, "a user message"),
    )
    assert call.estimated_prompt_tokens == 852 + 1000 + 70
