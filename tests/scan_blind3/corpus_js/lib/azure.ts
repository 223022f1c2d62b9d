import { AzureOpenAI } from "openai";

const deployment = "gpt-4o-eu";
const apiVersion = "2024-10-21";

const azure = new AzureOpenAI({ deployment, apiVersion, endpoint: process.env.AZURE_OPENAI_ENDPOINT });

export async function redact(text: string): Promise<string> {
  const result = await azure.chat.completions.create({
    model: deployment,
    messages: [{ role: "user", content: `Replace personal data with [REDACTED]:\n${text}` }],
    max_tokens: 2000,
  });
  return result.choices[0].message.content ?? text;
}
