import OpenAI from "openai";

const client = new OpenAI();

export async function research(q) {
  const response = await client.responses.create({
    model: "gpt-4.1",
    instructions: "Answer with citations.",
    input: q,
  });
  return response.output_text;
}
