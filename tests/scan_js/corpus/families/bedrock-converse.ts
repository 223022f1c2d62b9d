import { BedrockRuntimeClient, ConverseCommand } from "@aws-sdk/client-bedrock-runtime";

const client = new BedrockRuntimeClient({ region: "eu-west-1" });
const MODEL_ID = "anthropic.claude-3-5-sonnet-20240620-v1:0";

export async function summarise(text: string) {
  const command = new ConverseCommand({
    modelId: MODEL_ID,
    messages: [{ role: "user", content: [{ text: `Summarise:\n${text}` }] }],
    inferenceConfig: { maxTokens: 400 },
  });
  const response = await client.send(command);
  return response.output?.message?.content?.[0]?.text;
}
