import { ChatOpenAI } from "@langchain/openai";
import { PromptTemplate } from "@langchain/core/prompts";
import { RunnableSequence } from "@langchain/core/runnables";
import { StringOutputParser } from "@langchain/core/output_parsers";

const template = PromptTemplate.fromTemplate(
  "You are a release-notes writer.\nTurn these commit messages into user-facing release notes:\n{commits}",
);

const model = new ChatOpenAI({ modelName: "gpt-4o-mini", temperature: 0.3 });

export const releaseNotes = RunnableSequence.from([template, model, new StringOutputParser()]);

export async function writeReleaseNotes(commits: string[]): Promise<string> {
  return releaseNotes.invoke({ commits: commits.join("\n") });
}
