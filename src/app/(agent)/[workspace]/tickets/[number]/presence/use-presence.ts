"use client";
// This tab's presence on a ticket: reports it (at once, then every PRESENCE_HEARTBEAT_MS and on
// every state change; "left" when the page goes away) and collects the other members' signals
// that LiveUpdates hands over as window events. Nothing is polled: signals travel through
// PostgreSQL NOTIFY to every web process and out on the workspace's live stream.
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { composerPresence, subscribeComposerPresence } from "./composer-presence";
import { LIVE_RESYNC_EVENT, PRESENCE_EVENT } from "./presence-events";
import {
  applyPresence,
  expirePresence,
  parsePresenceEvent,
  PRESENCE_HEARTBEAT_MS,
  presentMembers,
  sameMembers,
  startedWriting,
  type ActiveState,
  type PresenceMap,
  type PresentMember,
} from "./presence-state";

/** A newcomer is answered after a short random delay, so several joins (or several answering tabs) coalesce. */
const ANSWER_MIN_MS = 150;
const ANSWER_SPREAD_MS = 450;
const EXPIRY_CHECK_MS = 2_000;

function newTabId(): string {
  return crypto.randomUUID().replaceAll("-", "");
}

export function usePresence(workspace: string, ticketNumber: number): { members: PresentMember[]; started: PresentMember[] } {
  const own = useSyncExternalStore(
    subscribeComposerPresence,
    () => composerPresence(ticketNumber),
    (): ActiveState => "viewing",
  );
  const [members, setMembers] = useState<PresentMember[]>([]);
  const [started, setStarted] = useState<PresentMember[]>([]);
  const ownRef = useRef(own);
  const beatRef = useRef<(() => void) | null>(null);

  // Declared before the lifecycle effect: on mount beatRef is still empty and the first beat comes from there.
  useEffect(() => {
    ownRef.current = own;
    beatRef.current?.();
  }, [own]);

  useEffect(() => {
    const url = `/api/live/${encodeURIComponent(workspace)}/presence`;
    let tab = newTabId();
    let map: PresenceMap = new Map();
    let shown: PresentMember[] = [];
    let heartbeat: ReturnType<typeof setInterval> | undefined;
    let answer: ReturnType<typeof setTimeout> | undefined;

    const post = (state: ActiveState | "left", keepalive = false) => {
      // keepalive lets the goodbye outlive the page; the server refuses anything but same-origin JSON.
      fetch(url, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ ticketNumber, state, tab }),
        credentials: "same-origin",
        keepalive,
      }).catch(() => undefined); // offline or rate-limited: the next heartbeat tries again
    };
    const beat = () => {
      clearTimeout(answer);
      answer = undefined;
      post(ownRef.current);
      clearInterval(heartbeat);
      heartbeat = setInterval(() => post(ownRef.current), PRESENCE_HEARTBEAT_MS);
    };
    let announced: PresentMember[] = [];
    const render = () => {
      const next = presentMembers(map);
      if (sameMembers(shown, next)) return;
      const writing = startedWriting(shown, next);
      shown = next;
      setMembers(next);
      if (writing.length > 0) announced = writing;
      // Once they stopped writing (or left), the live region must not go on saying they write.
      else announced = announced.filter((m) => next.some((n) => n.memberId === m.memberId && n.state === m.state));
      setStarted(announced);
    };
    const onPresence = (e: Event) => {
      const event = parsePresenceEvent((e as CustomEvent<unknown>).detail);
      if (!event || event.number !== ticketNumber) return;
      const result = applyPresence(map, event, Date.now());
      map = result.map;
      if (result.joined) answer ??= setTimeout(beat, ANSWER_MIN_MS + Math.random() * ANSWER_SPREAD_MS);
      render();
    };
    /** Signals may have been missed (stream (re)opened): come back as a new tab, which everyone answers. */
    const rejoin = () => {
      post("left");
      tab = newTabId();
      beat();
    };
    const onPageHide = () => post("left", true);
    const onPageShow = (e: PageTransitionEvent) => e.persisted && rejoin();
    const expiry = setInterval(() => {
      map = expirePresence(map, Date.now());
      render();
    }, EXPIRY_CHECK_MS);

    window.addEventListener(PRESENCE_EVENT, onPresence);
    window.addEventListener(LIVE_RESYNC_EVENT, rejoin);
    window.addEventListener("pagehide", onPageHide);
    window.addEventListener("pageshow", onPageShow);
    beatRef.current = beat;
    beat();
    return () => {
      beatRef.current = null;
      window.removeEventListener(PRESENCE_EVENT, onPresence);
      window.removeEventListener(LIVE_RESYNC_EVENT, rejoin);
      window.removeEventListener("pagehide", onPageHide);
      window.removeEventListener("pageshow", onPageShow);
      clearInterval(heartbeat);
      clearInterval(expiry);
      clearTimeout(answer);
      // Leaving the ticket within the app (no pagehide): say goodbye too.
      post("left", true);
      setMembers([]);
    };
  }, [workspace, ticketNumber]);

  return { members, started };
}
