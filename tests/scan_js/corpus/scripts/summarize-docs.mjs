import OpenAI from "openai";
import { readFile, readdir } from "node:fs/promises";
import { readFileSync } from "node:fs";

const openai = new OpenAI();
const instructions = readFileSync(new URL("../prompts/summary.md", import.meta.url), "utf8");

const dir = process.argv[2] ?? "docs";
for (const name of await readdir(dir)) {
  if (!name.endsWith(".md")) continue;
  const body = await readFile(`${dir}/${name}`, "utf8");
  const response = await openai.responses.create({
    model: "gpt-4.1-mini",
    instructions,
    input: body,
    max_output_tokens: 400,
  });
  console.log(`## ${name}\n\n${response.output_text}\n`);
}
