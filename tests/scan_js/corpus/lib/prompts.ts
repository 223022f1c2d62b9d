// Prompt texts shared by the API routes. No model calls here.
export const GREETING = "Hi! I'm Acme's assistant. How can I help you today?";

export const REFUSAL = `I'm sorry, I can't help with that request.
If you think this is a mistake, contact support@acme.example.`;

export function buildSearchQuery(terms: string[]): string {
  return terms.map((t) => `"${t}"`).join(" OR ");
}

export const MODEL_LABELS: Record<string, string> = {
  "gpt-4o": "GPT-4o (OpenAI)",
  "claude-3-5-sonnet-latest": "Claude 3.5 Sonnet (Anthropic)",
};
