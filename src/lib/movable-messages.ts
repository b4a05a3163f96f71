// Which messages of a thread the agent may move to a new ticket (the "Move to new ticket" control):
// customer messages, except the thread's first message and a ticket's only customer message, so
// the ticket is never left about nothing. The same rules as moveMessageToNewTicket, which checks
// them again on the server. Pure and browser-safe.

type Entry = { type: string; id: string; kind?: string };

export function movableMessageIds(thread: readonly Entry[]): Set<string> {
  const messages = thread.filter((e) => e.type === "message");
  const customer = messages.filter((m) => m.kind === "INBOUND");
  if (customer.length < 2) return new Set();
  const first = messages[0]?.id;
  return new Set(customer.filter((m) => m.id !== first).map((m) => m.id));
}
