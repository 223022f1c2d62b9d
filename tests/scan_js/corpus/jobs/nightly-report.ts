import { AnthropicBedrock } from "@anthropic-ai/bedrock-sdk";
import { fetchMetrics } from "./metrics";

const bedrock = new AnthropicBedrock({ awsRegion: "us-east-1" });

export async function nightlyReport(date: string): Promise<string> {
  const metrics = await fetchMetrics(date);
  const msg = await bedrock.messages.create({
    model: "anthropic.claude-3-5-sonnet-20241022-v2:0",
    max_tokens: 1500,
    system: "You write the nightly operations report. Highlight regressions first.",
    messages: [{ role: "user", content: `Metrics for ${date}:\n${JSON.stringify(metrics, null, 2)}` }],
  });
  return msg.content[0].type === "text" ? msg.content[0].text : "";
}
