import { describe, expect, it } from "vitest";
import { parsePgUrl } from "./schema-engine";

describe("parsePgUrl", () => {
  it("splits a URL into the discrete settings the adapter needs", () => {
    expect(parsePgUrl("postgresql://app%40x:p%2Fw%3D@db.example:6543/shop%20desk?sslmode=require&schema=tenant")).toEqual({
      host: "db.example",
      port: 6543,
      user: "app@x",
      password: "p/w=",
      database: "shop desk",
      ssl: { rejectUnauthorized: false },
      schema: "tenant",
    });
  });

  it("fills in PostgreSQL's defaults and reads a socket directory", () => {
    expect(parsePgUrl("postgres:///shopdesk?host=/run/postgresql")).toMatchObject({
      host: "/run/postgresql",
      port: 5432,
      user: "postgres",
      password: undefined,
      database: "shopdesk",
      ssl: undefined,
    });
  });

  it("refuses what is not a database URL", () => {
    expect(() => parsePgUrl("mysql://x@y/z")).toThrow(/postgresql:\/\//);
    expect(() => parsePgUrl("postgresql://x@y")).toThrow(/no database/);
    expect(() => parsePgUrl("not a url")).toThrow(/not a valid URL/);
  });
});
