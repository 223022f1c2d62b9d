import { GoogleGenerativeAI } from "@google/generative-ai";

const key = import.meta.env.VITE_GEMINI_KEY || "";
const genAI = key ? new GoogleGenerativeAI(key) : null;
const offline = key ? null : undefined;

export async function suggestTitle(topic: string): Promise<string> {
  if (!genAI) return "";
  const model = genAI.getGenerativeModel({ model: "gemini-1.5-flash" });
  const result = await model.generateContent(`A short title for a talk about ${topic}`);
  return result.response.text() + String(offline);
}
