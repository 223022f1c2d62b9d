import { GoogleGenAI } from "@google/genai";

const ai = new GoogleGenAI({});
const TUTOR_MODEL = "gemini-2.5-flash";

export async function tutorSession(questions: string[]): Promise<string[]> {
  const chat = ai.chats.create({ model: TUTOR_MODEL, config: { systemInstruction: "You are a patient maths tutor." } });
  const answers: string[] = [];
  for (const q of questions) {
    const r = await chat.sendMessage({ message: q });
    answers.push(r.text ?? "");
  }
  return answers;
}

export async function* explain(topic: string) {
  const stream = await ai.models.generateContentStream({ model: "gemini-2.5-pro", contents: `Explain ${topic}` });
  for await (const chunk of stream) yield chunk.text;
}
