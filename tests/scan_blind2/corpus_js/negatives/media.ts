import fs from "node:fs";
import OpenAI from "openai";

const openai = new OpenAI();

export async function art(prompt: string) {
  const img = await openai.images.generate({ model: "dall-e-3", prompt, size: "1024x1024" });
  const text = await openai.audio.transcriptions.create({ model: "whisper-1", file: fs.createReadStream("a.mp3") });
  const mod = await openai.moderations.create({ model: "omni-moderation-latest", input: prompt });
  return { url: img.data?.[0]?.url, text: text.text, flagged: mod.results[0].flagged };
}
