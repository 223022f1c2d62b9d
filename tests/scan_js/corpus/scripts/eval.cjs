#!/usr/bin/env node
// Offline evaluation of the answer quality on the golden set.
const OpenAI = require("openai");
const fs = require("fs");
const path = require("path");

const client = new OpenAI();
const golden = JSON.parse(fs.readFileSync(path.join(__dirname, "golden.json"), "utf8"));

async function grade(question, expected, actual) {
  const response = await client.responses.create({
    model: "o3-mini",
    instructions:
      "You grade answers. Reply PASS if the actual answer agrees with the expected answer, otherwise FAIL.",
    input: `Question: ${question}\nExpected: ${expected}\nActual: ${actual}`,
    max_output_tokens: 200,
  });
  return response.output_text.trim().startsWith("PASS");
}

async function main() {
  let passed = 0;
  for (const item of golden) {
    if (await grade(item.question, item.expected, item.actual)) passed += 1;
  }
  console.log(`${passed}/${golden.length} passed`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
