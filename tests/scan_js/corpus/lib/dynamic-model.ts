import OpenAI from "openai";

const client = new OpenAI();

export interface PlaygroundRequest {
  model: string;
  system: string;
  user: string;
  maxTokens?: number;
}

// The playground lets users pick any model; nothing here is statically known.
export async function runPlayground(req: PlaygroundRequest) {
  const res = await client.chat.completions.create({
    model: req.model,
    messages: [
      { role: "system", content: req.system },
      { role: "user", content: req.user },
    ],
    max_tokens: req.maxTokens ?? 512,
  });
  return res.choices[0].message;
}
