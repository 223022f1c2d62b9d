// Browser-side helper: talks to our own API route, which calls OpenAI on the server.
export interface ChatTurn {
  role: "user" | "assistant";
  content: string;
}

export async function sendChat(messages: ChatTurn[], model = "gpt-4o-mini"): Promise<string> {
  const res = await fetch("/api/chat", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ model, messages }),
  });
  if (!res.ok) throw new Error(`chat failed: ${res.status}`);
  return res.text();
}
