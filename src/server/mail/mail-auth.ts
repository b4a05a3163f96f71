// The SPF, DKIM, DMARC and ARC verdict of a message that reached the forwarding listener, from
// mailauth, reduced to what Shopdesk keeps (InboundMail.authResults) and shows: each check's
// result and domain, the DMARC policy (suspending mail that fails a `reject` policy reads it), and
// the Authentication-Results text. DNS lookups are bounded; a check that cannot finish is
// recorded as `temperror`, never a reason to refuse or lose the mail.
import { promises as dns } from "node:dns";
import { authenticate, type DNSResolver } from "mailauth";

export type DnsResolver = DNSResolver;

export type MailAuthVerdict = {
  spf: { result: string; domain: string | null };
  dkim: { result: string; domain: string | null; aligned: boolean }[];
  dmarc: { result: string; domain: string | null; policy: string | null };
  arc: { result: string };
  /** The Authentication-Results header mailauth wrote (RFC 8601), for agents who look. */
  header: string;
};

export type MailAuthInput = {
  /** The SMTP client's address, its HELO name and the MAIL FROM address ("" for bounces). */
  ip: string;
  helo: string;
  sender: string;
  /** Our host name, the authserv-id of the results. */
  mta: string;
  resolver?: DnsResolver;
  timeoutMs?: number;
};

const DEFAULT_TIMEOUT_MS = 20_000;

/** A resolver that gives up after 3 s per query (two tries), so an unreachable DNS cannot hold a message. */
export function boundedResolver(): DnsResolver {
  const resolver = new dns.Resolver({ timeout: 3_000, tries: 2 });
  return (name, rrtype) => resolver.resolve(name, rrtype) as Promise<string[][] | string[]>;
}

type Status = { result?: string };
type Raw = {
  spf?: { domain?: string; status?: Status } | false;
  dkim?: { results?: { signingDomain?: string; status?: Status & { aligned?: string | false } }[] };
  dmarc?: { domain?: string; policy?: string; p?: string; status?: Status } | false;
  arc?: { status?: Status };
  headers?: string;
};

function summarise(res: Raw): MailAuthVerdict {
  const dmarc = res.dmarc || undefined;
  const dmarcDomain = dmarc?.domain ?? null;
  return {
    spf: { result: (res.spf && res.spf.status?.result) || "none", domain: (res.spf && res.spf.domain) || null },
    dkim: (res.dkim?.results ?? [])
      .filter((r) => r.status?.result && r.status.result !== "none")
      .map((r) => ({
        result: r.status!.result!,
        domain: r.signingDomain ?? null,
        aligned: Boolean(r.status?.aligned) || (r.signingDomain !== undefined && r.signingDomain === dmarcDomain),
      })),
    dmarc: { result: dmarc?.status?.result ?? "none", domain: dmarcDomain, policy: dmarc?.policy ?? dmarc?.p ?? null },
    arc: { result: res.arc?.status?.result ?? "none" },
    header: (res.headers ?? "").trim(),
  };
}

function failedVerdict(reason: string): MailAuthVerdict {
  return {
    spf: { result: "temperror", domain: null },
    dkim: [],
    dmarc: { result: "temperror", domain: null, policy: null },
    arc: { result: "none" },
    header: `authentication checks not completed: ${reason}`,
  };
}

/** Checks the message; never throws (a failure of the checks themselves is a `temperror` verdict). */
export async function checkMailAuth(raw: Buffer, input: MailAuthInput): Promise<MailAuthVerdict> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), input.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    timer.unref();
  });
  try {
    const result = await Promise.race([
      authenticate(raw, {
        ip: input.ip,
        helo: input.helo,
        sender: input.sender,
        mta: input.mta,
        resolver: input.resolver ?? boundedResolver(),
        // BIMI fetches logos over HTTPS: nothing Shopdesk shows, and not a request to make per message.
        disableBimi: true,
      }) as Promise<Raw>,
      timeout,
    ]);
    return result === "timeout" ? failedVerdict("timed out") : summarise(result);
  } catch (e) {
    return failedVerdict(e instanceof Error ? e.message.slice(0, 200) : "failed");
  } finally {
    clearTimeout(timer);
  }
}
