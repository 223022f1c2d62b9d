/**
 * Usage:
 *   const r = await client.chat.completions.create({ model: "gpt-4o", messages });
 */
export const SNIPPET = `
const msg = await anthropic.messages.create({
  model: "claude-3-5-sonnet-latest",
  max_tokens: 1024,
  messages: [{ role: "user", content: "Hello" }],
});
`;

// await generateText({ model: openai("gpt-4o"), prompt: "hi" });

export function highlight(code: string): string {
  return `<pre><code>${code}</code></pre>`;
}
