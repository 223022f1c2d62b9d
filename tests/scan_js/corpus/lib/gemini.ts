import { GoogleGenAI } from "@google/genai";

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY! });

const GEMINI_MODEL = "gemini-2.0-flash";

export async function describeProduct(name: string, features: string[]): Promise<string> {
  const response = await ai.models.generateContent({
    model: GEMINI_MODEL,
    contents: `Write a two-sentence product description for "${name}" with these features: ${features.join(", ")}.`,
    config: {
      systemInstruction: "You are a copywriter for an outdoor gear shop. No superlatives.",
      maxOutputTokens: 150,
      temperature: 0.7,
    },
  });
  return response.text ?? "";
}

export async function* streamFaq(question: string) {
  const stream = await ai.models.generateContentStream({
    model: "gemini-2.0-flash-lite",
    contents: [{ role: "user", parts: [{ text: question }] }],
  });
  for await (const chunk of stream) {
    yield chunk.text;
  }
}
