import OpenAI from "openai";
import { MAX_OUTPUT_TOKENS, MODEL, SYSTEM_INSTRUCTIONS } from "./config";

const client = new OpenAI();

export async function answerReleaseQuestion(question: string, previousResponseId?: string) {
  const response = await client.responses.create({
    model: MODEL,
    instructions: SYSTEM_INSTRUCTIONS,
    input: question,
    previous_response_id: previousResponseId,
    max_output_tokens: MAX_OUTPUT_TOKENS,
  });
  return { text: response.output_text, id: response.id };
}
