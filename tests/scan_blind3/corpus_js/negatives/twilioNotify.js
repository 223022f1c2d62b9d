const twilio = require("twilio");

const client = twilio(process.env.TWILIO_SID, process.env.TWILIO_TOKEN);

async function notify(to, body) {
  const message = await client.messages.create({ body, from: process.env.TWILIO_FROM, to });
  return message.sid;
}

module.exports = { notify };
