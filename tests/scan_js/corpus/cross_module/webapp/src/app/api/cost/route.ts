import { MODEL_IDS, PRICES, costOf } from "@/lib/pricing";

export async function GET() {
  const cost = costOf({ model: MODEL_IDS.fast, messages: [], outputTokens: 1000 });
  return Response.json({ cost, known: Object.keys(PRICES) });
}
