import OpenAI from "openai";

export interface Env {
  OPENAI_API_KEY: string;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const { prompt } = (await request.json()) as { prompt: string };
    const openai = new OpenAI({ apiKey: env.OPENAI_API_KEY });
    const chatCompletion = await openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: prompt }],
    });
    return Response.json(chatCompletion.choices[0].message);
  },
} satisfies ExportedHandler<Env>;
