import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";
import { getWeeklyMetrics } from "@/lib/metrics";

export const revalidate = 3600;

export default async function DashboardPage() {
  const metrics = await getWeeklyMetrics();
  const { text: insight } = await generateText({
    model: openai("gpt-4o-mini"),
    prompt: `Give one sentence of insight about these metrics: ${JSON.stringify(metrics)}`,
  });
  return (
    <main>
      <h1>This week</h1>
      <p className="insight">{insight}</p>
    </main>
  );
}
