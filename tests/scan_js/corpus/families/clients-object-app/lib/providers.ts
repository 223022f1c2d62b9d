// Both provider clients made once and handed out in one default-exported object.
import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
const claude = new Anthropic();

export default { openai, claude, region: "eu" };
