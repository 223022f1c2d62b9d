import { BedrockRuntimeClient, ConverseCommand, InvokeModelCommand } from "@aws-sdk/client-bedrock-runtime";

const client = new BedrockRuntimeClient({ region: "us-west-2" });

// Image models through InvokeModel: no text generation (a look-alike of the Converse call below).
export async function poster(prompt: string) {
  const command = new InvokeModelCommand({
    modelId: "stability.stable-diffusion-xl-v1",
    body: JSON.stringify({ text_prompts: [{ text: prompt }], steps: 30 }),
    contentType: "application/json",
  });
  return client.send(command);
}

export const api = {
  generateImage: async (modelId: string, params: object) => {
    const command = new InvokeModelCommand({ modelId, body: buildImageBody(modelId, params) });
    return client.send(command);
  },
  caption: async (text: string) => {
    const command = new ConverseCommand({
      modelId: "amazon.nova-lite-v1:0",
      messages: [{ role: "user", content: [{ text: `Write alt text for: ${text}` }] }],
    });
    return client.send(command);
  },
};

function buildImageBody(modelId: string, params: object): string {
  return JSON.stringify({ modelId, ...params });
}
