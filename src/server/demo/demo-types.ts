// The shape of the demo content: plain data, written by hand, turned into rows by seed-demo.ts.
import type { Channel, TicketPriority, TicketStatus } from "@/generated/prisma/enums";
import type { DefaultProblemAreaKey } from "@/lib/problem-areas";
import type { Locale } from "@/lib/validation";

/** Demo members, by first name; which ones exist depends on the workspace. */
export type DemoAgentKey = "anna" | "alex" | "lena" | "kristjan" | "mari";

export type DemoCustomer = {
  name: string;
  email: string;
  locale: Locale;
  phone?: string;
};

export type DemoMessage = {
  kind: "INBOUND" | "REPLY" | "NOTE";
  /** Author of a REPLY or NOTE. */
  by?: DemoAgentKey;
  /** Minutes after the ticket was opened. */
  after: number;
  text: string;
};

export type DemoTicket = {
  /** Email of one of the workspace's demo customers. */
  customer: string;
  subject: string;
  area: DefaultProblemAreaKey;
  channel: Channel;
  status: TicketStatus;
  priority: TicketPriority;
  assignee?: DemoAgentKey;
  tags?: string[];
  /** When the ticket was opened, in days before the seed runs. */
  daysAgo: number;
  messages: DemoMessage[];
};
