const { OpenAIClient, AzureKeyCredential } = require("@azure/openai");

const endpoint = process.env.AZURE_OPENAI_ENDPOINT;
const client = new OpenAIClient(endpoint, new AzureKeyCredential(process.env.AZURE_OPENAI_KEY));
const deploymentName = "gpt-35-turbo";

async function suggestReply(email) {
  const result = await client.getChatCompletions(
    deploymentName,
    [
      { role: "system", content: "Draft a polite reply to the customer email." },
      { role: "user", content: email },
    ],
    { maxTokens: 300 },
  );
  return result.choices[0].message.content;
}

module.exports = { suggestReply };
