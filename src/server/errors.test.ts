// AppError is built like Error: (code, message?, options?), the options carrying fields,
// fieldIssues, retryAfter, details and cause.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, ERROR_STATUS, isAppError, type ConflictDetails, type ErrorCode } from "@/server/errors";
import { readJsonBody } from "@/server/json-body";
import { parseInput } from "@/server/validate";

describe("AppError", () => {
  it("takes its properties from the options object", () => {
    const details: ConflictDetails = { currentVersion: 3, expectedVersion: 2, changes: [] };
    const e = new AppError("CONFLICT", "name taken", {
      fields: { name: "is already taken" },
      fieldIssues: { name: { code: "taken", message: "is already taken" } },
      retryAfter: 5,
      details,
    });
    expect(e).toBeInstanceOf(Error);
    expect(isAppError(e)).toBe(true);
    expect(e.name).toBe("AppError");
    expect(e.code).toBe("CONFLICT");
    expect(e.message).toBe("name taken");
    expect(e.fields).toEqual({ name: "is already taken" });
    expect(e.fieldIssues).toEqual({ name: { code: "taken", message: "is already taken" } });
    expect(e.retryAfter).toBe(5);
    expect(e.details).toBe(details);
  });

  it("defaults the message to the code and leaves the options unset", () => {
    const e = new AppError("NOT_FOUND");
    expect(e.message).toBe("NOT_FOUND");
    expect(e.fields).toBeUndefined();
    expect(e.fieldIssues).toBeUndefined();
    expect(e.retryAfter).toBeUndefined();
    expect(e.details).toBeUndefined();
    expect("cause" in e).toBe(false);
    expect(new AppError("RATE_LIMITED", "slow down", { retryAfter: 7 })).toMatchObject({ retryAfter: 7, fields: undefined });
  });

  it("keeps the cause, like Error", () => {
    const cause = new Error("unique constraint");
    const e = new AppError("CONFLICT", "taken", { fields: { slug: "is already taken" }, cause });
    expect(e.cause).toBe(cause);
    expect(e.fields).toEqual({ slug: "is already taken" });
    expect(new AppError("BAD_REQUEST", "x", { cause: "not an Error" }).cause).toBe("not an Error");
    // An undefined cause is no cause (as when a helper forwards an optional one).
    expect("cause" in new AppError("BAD_REQUEST", "x", { cause: undefined })).toBe(false);
  });

  it("maps each code to its HTTP status", () => {
    const expected: Record<ErrorCode, number> = {
      BAD_REQUEST: 400,
      UNAUTHENTICATED: 401,
      FORBIDDEN: 403,
      NOT_FOUND: 404,
      CONFLICT: 409,
      VALIDATION: 422,
      RATE_LIMITED: 429,
    };
    expect(ERROR_STATUS).toEqual(expected);
    for (const [code, status] of Object.entries(expected)) {
      expect(new AppError(code as ErrorCode).status).toBe(status);
    }
  });
});

describe("helpers that build AppErrors", () => {
  it("parseInput puts the zod issues into fields and fieldIssues", () => {
    const schema = z.object({ name: z.string().min(2) });
    let caught: unknown;
    try {
      parseInput(schema, { name: "a" });
    } catch (e) {
      caught = e;
    }
    expect(isAppError(caught)).toBe(true);
    const e = caught as AppError;
    expect(e.code).toBe("VALIDATION");
    expect(e.message).toBe("Some fields are invalid");
    expect(Object.keys(e.fields ?? {})).toEqual(["name"]);
    expect(e.fieldIssues?.name).toMatchObject({ message: e.fields?.name });
    expect(e.retryAfter).toBeUndefined();
  });

  it("readJsonBody keeps the parse error as the cause of its BAD_REQUEST", async () => {
    const request = new Request("http://x/", { method: "POST", body: "{not json" });
    const e = await readJsonBody(request, 1024).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(e).toMatchObject({ code: "BAD_REQUEST", message: "The request body is not valid JSON" });
    expect((e as AppError).cause).toBeInstanceOf(SyntaxError);
  });
});
