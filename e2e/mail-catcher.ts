// The launcher's mail catcher (maildev) as the e2e tests read it: what Shopdesk sent, by recipient.
export const CATCHER_WEB = `http://127.0.0.1:${process.env.E2E_CATCHER_WEB_PORT ?? 1180}`;

export type Caught = {
  id: string;
  subject: string;
  from: { address: string }[];
  to: { address: string }[];
  headers: Record<string, string | undefined>;
  attachments?: { filename?: string; contentType?: string; size?: number }[];
};

/** Every mail the catcher holds for `address`, oldest first. */
export async function caughtFor(address: string): Promise<Caught[]> {
  const res = await fetch(`${CATCHER_WEB}/api/email`);
  const all = (await res.json()) as Caught[];
  return all.filter((m) => m.to.some((t) => t.address === address));
}
