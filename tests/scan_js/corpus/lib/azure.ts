import { AzureOpenAI } from "openai";
import { DefaultAzureCredential, getBearerTokenProvider } from "@azure/identity";

const deployment = "gpt-4o";
const apiVersion = "2024-10-21";

const credential = new DefaultAzureCredential();
const azureADTokenProvider = getBearerTokenProvider(credential, "https://cognitiveservices.azure.com/.default");

const client = new AzureOpenAI({ azureADTokenProvider, deployment, apiVersion });

export async function answerPolicyQuestion(question: string, policyText: string) {
  const result = await client.chat.completions.create({
    model: deployment,
    messages: [
      { role: "system", content: "Answer strictly from the HR policy provided." },
      { role: "user", content: `Policy:\n${policyText}\n\nQuestion: ${question}` },
    ],
    max_tokens: 500,
  });
  return result.choices[0].message.content;
}
