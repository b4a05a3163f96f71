"use client";
// The composer's part of presence: whether the agent has a draft, and of which kind. The
// composer sets it with useComposerPresence; the presence bar of the same ticket reads it and
// reports it. A module-level store, because the two are siblings owned by different files.
import { useEffect } from "react";
import type { ActiveState } from "./presence-state";

const states = new Map<number, ActiveState>();
const listeners = new Set<() => void>();

export function composerPresence(ticketNumber: number): ActiveState {
  return states.get(ticketNumber) ?? "viewing";
}

export function subscribeComposerPresence(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

function setComposerPresence(ticketNumber: number, state: ActiveState | null): void {
  if (composerPresence(ticketNumber) === (state ?? "viewing")) return;
  if (state && state !== "viewing") states.set(ticketNumber, state);
  else states.delete(ticketNumber);
  for (const listener of [...listeners]) listener();
}

/** "replying" or "noting" while there is a non-empty draft in that mode, "viewing" once it is emptied or sent. */
export function useComposerPresence(ticketNumber: number, mode: "reply" | "note", hasDraft: boolean): void {
  const state: ActiveState = !hasDraft ? "viewing" : mode === "reply" ? "replying" : "noting";
  useEffect(() => {
    setComposerPresence(ticketNumber, state);
  }, [ticketNumber, state]);
  useEffect(() => () => setComposerPresence(ticketNumber, null), [ticketNumber]);
}
