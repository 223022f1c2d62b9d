import { Client } from "intercom-client";

const intercom = new Client({ tokenAuth: { token: process.env.INTERCOM_TOKEN! } });

export async function sendEmail(userId: string, body: string) {
  return intercom.messages.create({
    messageType: "email",
    subject: "Your ticket",
    body,
    from: { type: "admin", id: "123" },
    to: { type: "user", id: userId },
  });
}
