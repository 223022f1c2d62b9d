import { GoogleGenAI } from "@google/genai";

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });

export async function describe(topic: string) {
  const response = await ai.models.generateContent({
    model: "gemini-2.5-flash",
    contents: `Explain ${topic} to a 10 year old.`,
    config: { maxOutputTokens: 300 },
  });
  return response.text;
}
