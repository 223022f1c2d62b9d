import Anthropic from "@anthropic-ai/sdk";

const ROUTER_SYSTEM = [
  "You route customer requests to a team.",
  "Teams: billing, shipping, returns, technical.",
  "Reply with the team name only.",
].join("\n");

/**
 * @param {Anthropic} client
 * @param {string} request
 */
export async function routeRequest(client, request) {
  const stream = client.messages.stream({
    model: "claude-3-haiku-20240307",
    max_tokens: 10,
    system: ROUTER_SYSTEM,
    messages: [{ role: "user", content: request }],
  });
  const message = await stream.finalMessage();
  return message.content[0].text.trim();
}

export function createRouter() {
  const client = new Anthropic({ maxRetries: 3 });
  return (request) => routeRequest(client, request);
}
