// Code samples rendered on the docs site. They are strings, not calls.
export const QUICKSTART_SNIPPET = `import OpenAI from "openai";
const client = new OpenAI();
const res = await client.chat.completions.create({
  model: "gpt-4o",
  messages: [{ role: "user", content: "Hello" }],
});`;

export const ANTHROPIC_SNIPPET = `const msg = await anthropic.messages.create({ model: "claude-3-5-sonnet-latest", max_tokens: 1024, messages });`;

// Old implementation, kept for reference:
// const res = await openai.chat.completions.create({ model: "gpt-3.5-turbo", messages });

export function highlight(code: string): string {
  return code.replace(/(await|const|import)/g, "<b>$1</b>");
}
