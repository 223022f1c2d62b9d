// A service class that keeps the provider module's model in a field declared as a null placeholder and set in
// the constructor.
import chatModel from "../providers/chatModel";
import { generateText, type LanguageModel } from "ai";

export class Advisor {
  private model: LanguageModel | null = null;

  constructor() {
    this.model = chatModel;
  }

  async advise(question: string) {
    if (!this.model) throw new Error("no model");
    const { text } = await generateText({ model: this.model, system: "You advise farmers.", prompt: question });
    return text;
  }
}
