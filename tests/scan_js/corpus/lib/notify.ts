import twilio from "twilio";

const client = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);

export async function notifyCustomer(phone: string, orderId: string) {
  const messages = [`Your order ${orderId} has shipped.`, "Reply STOP to unsubscribe."];
  await client.messages.create({
    body: messages.join(" "),
    from: process.env.TWILIO_FROM_NUMBER,
    to: phone,
  });
}
