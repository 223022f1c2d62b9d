import { ChatAnthropic } from "@langchain/anthropic";
import { ConversationalRetrievalQAChain } from "langchain/chains";

// Look-alike: a chain is built and exported; the retriever alone is asked for documents (no model request).
const claude = new ChatAnthropic({ modelName: "claude-3-5-haiku-20241022" });
export const makeChain = (retriever) => ConversationalRetrievalQAChain.fromLLM(claude, retriever);
export const lookup = (retriever, q) => retriever.invoke(q);
