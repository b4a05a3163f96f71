// Loaded into the web process before Next.js (`node --import ./scripts/peer-address-hook.mjs`,
// which `npm start`, the Dockerfile and the e2e servers do). Next.js never hands the TCP peer's
// address to route handlers, and it keeps an X-Forwarded-For that the client sent, so without
// this hook no code could tell a forged header from one a proxy wrote. Every request gets
// `x-shopdesk-peer` set to the socket's remote address, replacing whatever the client sent;
// src/server/http/client-address.ts reads it (with TRUSTED_PROXIES) to find the client.
// Plain JavaScript so that it runs in any node, with or without tsx.
import http from "node:http";
import https from "node:https";

const HEADER = "x-shopdesk-peer";

function stamp(req) {
  req.headers[HEADER] = req.socket?.remoteAddress ?? "";
}

for (const Server of [http.Server, https.Server]) {
  const emit = Server.prototype.emit;
  Server.prototype.emit = function emitWithPeer(event, ...args) {
    if (event === "request" && args[0]?.headers) stamp(args[0]);
    return emit.call(this, event, ...args);
  };
}

// Tells client-address.ts that the header can be believed in this process.
globalThis[Symbol.for("shopdesk.peerAddressHook")] = HEADER;
