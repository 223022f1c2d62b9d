import { ChatAnthropic } from "@langchain/anthropic";
import { ChatGoogleGenerativeAI } from "@langchain/google-genai";
import { ChatPromptTemplate, PromptTemplate } from "@langchain/core/prompts";
import { ConversationalRetrievalQAChain, LLMChain, loadQAStuffChain } from "langchain/chains";
import { createStuffDocumentsChain } from "langchain/chains/combine_documents";
import { createRetrievalChain } from "langchain/chains/retrieval";

const gemini = new ChatGoogleGenerativeAI({ model: "gemini-1.5-flash", maxOutputTokens: 512 });
const claude = new ChatAnthropic({ modelName: "claude-3-5-haiku-20241022" });

export async function answer(retriever, question) {
  const qa = ConversationalRetrievalQAChain.fromLLM(gemini, retriever, { returnSourceDocuments: false });
  const first = await qa.invoke({ question, chat_history: "" });
  const title = new LLMChain({ llm: claude, prompt: PromptTemplate.fromTemplate("A title for: {text}") });
  const named = await title.call({ text: first.text });
  const stuff = loadQAStuffChain(claude);
  const short = await stuff.invoke({ input_documents: [], question });
  const prompt = ChatPromptTemplate.fromTemplate("Answer from {context}: {input}");
  const combine = await createStuffDocumentsChain({ llm: gemini, prompt });
  const rag = await createRetrievalChain({ retriever, combineDocsChain: combine });
  return [named, short, await rag.invoke({ input: question })];
}
