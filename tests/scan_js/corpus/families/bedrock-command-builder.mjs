import { BedrockRuntimeClient, ConverseCommand, InvokeModelCommand } from "@aws-sdk/client-bedrock-runtime";

const runtime = new BedrockRuntimeClient({ region: "us-west-2" });

function buildSummary(text) {
  return new InvokeModelCommand({
    modelId: "anthropic.claude-3-haiku-20240307-v1:0",
    body: JSON.stringify({ anthropic_version: "bedrock-2023-05-31", max_tokens: 200, messages: [{ role: "user", content: text }] }),
  });
}

export async function summarize(text) {
  const command = buildSummary(text);
  return runtime.send(command);
}

export function createTutor(region) {
  const client = new BedrockRuntimeClient({ region });
  async function prepare(messages) {
    return new ConverseCommand({ modelId: "amazon.nova-lite-v1:0", messages, inferenceConfig: { maxTokens: 300 } });
  }
  return {
    async answer(messages) {
      const command = await prepare(messages);
      return client.send(command);
    },
  };
}
