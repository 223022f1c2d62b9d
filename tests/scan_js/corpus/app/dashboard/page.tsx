import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

async function weeklyDigest(events: string[]) {
  "use server";
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    prompt: `Write a short weekly digest of these events:\n${events.join("\n")}`,
    maxTokens: 300,
  });
  return text;
}

export default async function Dashboard() {
  const digest = await weeklyDigest(["deploy", "incident"]);
  return (
    <main>
      <h1>Dashboard</h1>
      <section className="digest">
        <p>{digest}
      </section>
      <Chart data={
    </main>
  );
}
