"use client";
// Single-key keyboard shortcuts (Gmail/Zendesk style) for the agent pages. A key only fires when
// the agent is not typing: focus in a text field, select or editable element, an open dialog,
// or a modifier (Ctrl, Alt, Meta) leaves the key to the browser and the control.
import { useEffect, useRef } from "react";

/** Keys as `KeyboardEvent.key`: "j", "k", "Enter", "x", "e", "a", "r", "n", "/", "?". */
export type ShortcutBindings = Partial<Record<string, (event: KeyboardEvent) => void>>;

/** True when a key press belongs to what has focus rather than to the page's shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target.closest("dialog[open], [role='dialog'], [role='menu'], [role='listbox']")) return true;
  const tag = target.tagName;
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  if (tag === "INPUT") {
    const type = (target as HTMLInputElement).type;
    // Checkboxes, buttons and file pickers take Space/Enter themselves but leave letters to the shortcuts.
    return !["checkbox", "radio", "button", "submit", "reset", "file"].includes(type);
  }
  return false;
}

/**
 * Calls `bindings[event.key]` on keydown anywhere on the page, unless the agent is typing.
 * "Enter" only fires when no button, link or other control has focus (they handle Enter).
 */
export function useShortcuts(bindings: ShortcutBindings, enabled = true): void {
  const latest = useRef(bindings);
  useEffect(() => {
    latest.current = bindings;
  });

  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || event.ctrlKey || event.altKey || event.metaKey) return;
      if (event.isComposing || isTypingTarget(event.target)) return;
      if (event.key === "Enter" && event.target instanceof HTMLElement && event.target.closest("a, button, input, [role='button']")) {
        return;
      }
      const handler = latest.current[event.key];
      if (!handler) return;
      event.preventDefault();
      handler(event);
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [enabled]);
}
