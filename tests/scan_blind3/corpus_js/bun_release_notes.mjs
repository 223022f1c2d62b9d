#!/usr/bin/env bun
import Anthropic from "@anthropic-ai/sdk";
import { $ } from "bun";

const anthropic = new Anthropic();
const log = await $`git log --oneline v1.4.0..HEAD`.text();

const stream = anthropic.messages.stream({
  model: "claude-3-5-haiku-20241022",
  max_tokens: 1200,
  messages: [{ role: "user", content: `Write release notes grouped by theme:\n${log}` }],
});

stream.on("text", (t) => process.stdout.write(t));
await stream.finalMessage();
