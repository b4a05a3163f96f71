"use client";
// Once the page is shown (not during render), the member's unseen mentions on it are seen.
import { useEffect } from "react";
import { markMentionsSeenAction } from "@/server/tickets/ticket.actions";

export function MarkMentionsSeen({ slug, ticketNumber }: { slug: string; ticketNumber: number }) {
  useEffect(() => {
    void markMentionsSeenAction(slug, { ticketNumber });
  }, [slug, ticketNumber]);
  return null;
}
