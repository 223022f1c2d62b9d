// Look-alike: the same runner shape with no default for the model, and no caller in the file: model unknown.
import { streamText } from "ai";

export async function runAnalyst({ question, model }: { question: string; model: string }) {
  return streamText({ model, system: "You are a careful data analyst.", prompt: question });
}
