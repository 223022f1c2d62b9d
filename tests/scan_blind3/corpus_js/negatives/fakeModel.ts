import { FakeListChatModel } from "@langchain/core/utils/testing";
import { PromptTemplate } from "@langchain/core/prompts";

const fake = new FakeListChatModel({ responses: ["42"] });
const chain = PromptTemplate.fromTemplate("What is {q}?").pipe(fake);

export async function smoke() {
  return chain.invoke({ q: "the answer" });
}
