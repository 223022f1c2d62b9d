import { GoogleGenerativeAI } from "@google/generative-ai";

const genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY!);
const model = genAI.getGenerativeModel({ model: "gemini-1.5-pro", systemInstruction: "You are a travel agent." });

export async function plan(turns: string[]) {
  const chat = model.startChat({ history: [] });
  let last = "";
  for (const turn of turns) {
    const result = await chat.sendMessage(turn);
    last = result.response.text();
  }
  return last;
}
