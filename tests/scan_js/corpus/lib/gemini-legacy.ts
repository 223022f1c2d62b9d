import { GoogleGenerativeAI } from "@google/generative-ai";

const genAI = new GoogleGenerativeAI(process.env.GOOGLE_API_KEY ?? "");

const model = genAI.getGenerativeModel({
  model: "gemini-1.5-flash",
  systemInstruction: "You translate user interface strings. Keep placeholders like {name} unchanged.",
  generationConfig: { maxOutputTokens: 256, temperature: 0.1 },
});

export async function translate(text: string, target: string): Promise<string> {
  const result = await model.generateContent(`Translate into ${target}:\n${text}`);
  return result.response.text();
}
