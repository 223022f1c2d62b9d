import { GoogleGenerativeAI } from "@google/generative-ai";

// Look-alike: the client is built only to list the key's state; both branches of the guard make no model request.
const key = import.meta.env.VITE_GEMINI_KEY;
const client = key ? new GoogleGenerativeAI(key) : null;
export const geminiReady = (): boolean => client !== null;
