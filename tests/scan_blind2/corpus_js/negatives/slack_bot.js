const { App } = require("@slack/bolt");

const app = new App({ token: process.env.SLACK_BOT_TOKEN, signingSecret: process.env.SLACK_SIGNING_SECRET });

app.message("hello", async ({ message, client }) => {
  await client.chat.postMessage({ channel: message.channel, text: `Hi <@${message.user}>! model: gpt-4o` });
});

(async () => {
  await app.start(3000);
})();
