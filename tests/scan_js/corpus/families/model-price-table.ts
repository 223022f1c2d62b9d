// Model registry with prices: names models, never calls one.
import type OpenAI from "openai";

export const MODELS = [
  { name: "GPT-4o", apiCallName: "gpt-4o", pricing: { input: 2.5, output: 10 } },
  { name: "Claude 3.5 Sonnet", apiCallName: "claude-3-5-sonnet-20241022", pricing: { input: 3, output: 15 } },
];

export function estimateCost(model: string, tokens: number) {
  const entry = MODELS.find((m) => m.apiCallName === model);
  return entry ? (entry.pricing.input * tokens) / 1e6 : 0;
}

export type Client = OpenAI;
