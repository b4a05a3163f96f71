// How a reply reaches the customer for a ticket that came in on `channel`: contact forms, phone
// calls and API-created tickets are answered by email; the portal, chat and social channels
// answer where the customer wrote.
import type { Channel } from "@/generated/prisma/enums";

const REPLY_CHANNEL: Record<Channel, Channel> = {
  EMAIL: "EMAIL",
  FORM: "EMAIL",
  PORTAL: "PORTAL",
  PHONE: "EMAIL",
  CHAT: "CHAT",
  API: "EMAIL",
  SOCIAL: "SOCIAL",
};

export function replyChannel(ticketChannel: Channel): Channel {
  return REPLY_CHANNEL[ticketChannel];
}
