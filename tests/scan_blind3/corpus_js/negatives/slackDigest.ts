import { WebClient } from "@slack/web-api";

const slack = new WebClient(process.env.SLACK_TOKEN);

export async function postDigest(channel: string, lines: string[]) {
  await slack.chat.postMessage({ channel, text: lines.join("\n") });
  await slack.chat.update({ channel, ts: "0", text: "updated" });
}
