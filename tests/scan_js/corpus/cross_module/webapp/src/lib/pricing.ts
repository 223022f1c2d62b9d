// Model ids and prices for the usage page; nothing here sends a request.
export const MODEL_IDS = { fast: "gpt-4o-mini", smart: "claude-3-7-sonnet-20250219" } as const;

export const PRICES: Record<string, { input: number; output: number }> = {
  "gpt-4o-mini": { input: 0.15, output: 0.6 },
  "claude-3-7-sonnet-20250219": { input: 3, output: 15 },
};

export function costOf(usage: { model: string; messages: unknown[]; outputTokens: number }): number {
  return (PRICES[usage.model]?.output ?? 0) * usage.outputTokens / 1e6;
}
