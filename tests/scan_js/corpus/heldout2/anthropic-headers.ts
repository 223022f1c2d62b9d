import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();

export async function reviewContract(contract: string) {
  const message = await client.messages.create(
    {
      model: "claude-3-5-sonnet-20241022",
      max_tokens: 2048,
      system: [
        { type: "text", text: "You review contracts for risky clauses." },
        { type: "text", text: contract, cache_control: { type: "ephemeral" } },
      ],
      messages: [{ role: "user", content: "List the three riskiest clauses." }],
    },
    { headers: { "anthropic-beta": "prompt-caching-2024-07-31" } },
  );
  return message.content;
}
