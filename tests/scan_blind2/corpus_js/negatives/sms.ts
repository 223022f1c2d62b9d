import twilio from "twilio";

const client = twilio(process.env.TWILIO_SID, process.env.TWILIO_TOKEN);

export async function notify(to: string, body: string) {
  return client.messages.create({ body, from: "+15550001111", to });
}
