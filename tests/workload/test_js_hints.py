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
    assert first.placeholders == (("", 50, "defaults.placeholder_tokens (value not static)"),)


def test_js_structured_output_needs_json() -> None:
    head = 'import OpenAI from "openai";\nconst client = new OpenAI();\n'

    def hints(option: str) -> tuple[str, ...]:
        source = head + f'client.chat.completions.create({{ model: "gpt-4o", messages: [], {option} }});\n'
        return scan_source(source, "a.ts")[0].output_hints

    assert hints('response_format: { type: "text" }') == ()
    assert hints('response_format: { type: "json_object" }') == ("structured:response_format",)
    assert hints('response_format: zodResponseFormat(S, "x")') == ("structured:response_format",)
