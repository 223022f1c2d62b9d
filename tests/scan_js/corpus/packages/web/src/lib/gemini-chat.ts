import { GoogleGenAI } from "@google/genai";

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });

export async function tutorSession(questions: string[]): Promise<string[]> {
  const chat = ai.chats.create({
    model: "gemini-2.5-flash",
    config: { systemInstruction: "You are a patient maths tutor.", maxOutputTokens: 400 },
  });
  const answers: string[] = [];
  for (const question of questions) {
    const response = await chat.sendMessage({ message: question });
    answers.push(response.text ?? "");
  }
  return answers;
}
