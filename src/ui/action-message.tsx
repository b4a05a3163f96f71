// The line under a control that says how its last action went: "status" for a success (read
// out politely), "alert" for an error (read out at once). Always rendered, empty until the first
// action, so screen readers already know the live region when a message arrives.

export type ActionMessageValue = { tone: "ok" | "error"; text: string } | null;

export function ActionMessage({ message }: { message: ActionMessageValue }) {
  return (
    <p role={message?.tone === "error" ? "alert" : "status"} className={message?.tone === "error" ? "text-sm text-danger-700" : "text-sm text-success-800"}>
      {message?.text}
    </p>
  );
}
