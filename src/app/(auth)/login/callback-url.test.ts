import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./callback-url";

describe("safeCallbackUrl", () => {
  it.each([
    ["/", "/"],
    ["/acme/inbox?view=mine#t-12", "/acme/inbox?view=mine#t-12"],
    ["/acme/tickets/42", "/acme/tickets/42"],
  ])("accepts the same-site path %s", (input, expected) => {
    expect(safeCallbackUrl(input)).toBe(expected);
  });

  it.each([
    undefined,
    "",
    "inbox",
    "https://evil.example/",
    "//evil.example/",
    "/\\evil.example",
    "/\t/evil.example",
    "javascript:alert(1)",
    "/login",
    "/login?callbackUrl=/x",
    "/api/auth/signout",
    ["/a", "/b"],
  ])("rejects %s", (input) => {
    expect(safeCallbackUrl(input)).toBeUndefined();
  });
});
