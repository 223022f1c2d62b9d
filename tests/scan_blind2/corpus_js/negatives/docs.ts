// Example:
//   const r = await openai.chat.completions.create({ model: "gpt-4o", messages });
export const SNIPPET = `
import OpenAI from "openai";
const openai = new OpenAI();
await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] });
`;

/**
 * await anthropic.messages.create({ model: "claude-3-opus-20240229", max_tokens: 100, messages })
 */
export function renderSnippet(): string {
  return SNIPPET.trim();
}
