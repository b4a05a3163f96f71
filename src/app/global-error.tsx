"use client";
// Replaces the root layout when it fails, so no messages, fonts or styles are available:
// plain English, inline styles, nothing that could fail again.
import { useEffect } from "react";

export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest =
    typeof error === "object" && error !== null && "digest" in error && typeof error.digest === "string"
      ? error.digest
      : undefined;

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <html lang="en" dir="ltr">
      <body
        style={{
          margin: 0,
          minHeight: "100vh",
          display: "grid",
          placeItems: "center",
          fontFamily: "system-ui, sans-serif",
          color: "#1f2937",
          background: "#f9fafb",
        }}
      >
        <title>Shopdesk</title>
        <main style={{ maxWidth: "28rem", padding: "2rem", textAlign: "center" }}>
          <h1 style={{ fontSize: "1.5rem", margin: 0 }}>Something went wrong</h1>
          <p style={{ color: "#4b5563" }}>Please try again. If the problem persists, contact your administrator.</p>
          {digest && <p style={{ color: "#6b7280", fontSize: "0.875rem" }}>Reference: {digest}</p>}
          <button
            type="button"
            onClick={() => retry()}
            style={{
              marginTop: "1rem",
              padding: "0.625rem 1rem",
              border: 0,
              borderRadius: "0.375rem",
              background: "#4338ca",
              color: "#fff",
              font: "inherit",
              cursor: "pointer",
            }}
          >
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
