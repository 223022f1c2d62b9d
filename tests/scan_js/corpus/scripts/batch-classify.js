import OpenAI from "openai";
import { readFile, writeFile } from "node:fs/promises";

const CONFIG = {
  model: "gpt-4o-mini",
  maxTokens: 3,
  labels: ["positive", "negative", "neutral"],
};

const openai = new OpenAI();

async function classify(review) {
  const completion = await openai.chat.completions.create({
    model: CONFIG.model,
    max_tokens: CONFIG.maxTokens,
    messages: [
      {
        role: "system",
        content: `Classify the sentiment of the review as one of: ${CONFIG.labels.join(", ")}.`,
      },
      { role: "user", content: review },
    ],
  });
  return completion.choices[0].message.content.trim();
}

const reviews = JSON.parse(await readFile(process.argv[2], "utf8"));
const results = [];
for (const review of reviews) {
  results.push({ review, label: await classify(review) });
}
await writeFile("labels.json", JSON.stringify(results, null, 2));
