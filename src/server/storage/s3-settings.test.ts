// The S3_* variables (src/env.ts): S3_BUCKET turns S3 storage on, and a combination that cannot
// work stops start-up with a message naming the variable, never the secret's value.
import { describe, expect, it } from "vitest";
import { EnvError, parseEnv, s3Settings } from "@/env";

const base = { NODE_ENV: "production" };

/** The messages parseEnv stops with for `vars`. */
function issues(vars: Record<string, string>): string[] {
  try {
    parseEnv({ ...base, ...vars });
  } catch (e) {
    if (e instanceof EnvError) return e.issues;
    throw e;
  }
  throw new Error("expected parseEnv to refuse the environment");
}

describe("S3 storage settings", () => {
  it("are off without S3_BUCKET: files stay in PostgreSQL", () => {
    expect(s3Settings(parseEnv(base))).toBeNull();
  });

  it("with only S3_BUCKET: AWS in us-east-1, virtual-hosted URLs, the SDK's default credentials, no prefix", () => {
    expect(s3Settings(parseEnv({ ...base, S3_BUCKET: "shop-files" }))).toEqual({
      bucket: "shop-files",
      region: "us-east-1",
      forcePathStyle: false,
      prefix: "",
    });
  });

  it("take an S3-compatible endpoint, path-style URLs, static keys and a prefix (given a trailing slash)", () => {
    const e = parseEnv({
      ...base,
      S3_BUCKET: "shopdesk",
      S3_REGION: "auto",
      S3_ENDPOINT: "http://minio.internal:9000",
      S3_FORCE_PATH_STYLE: "true",
      S3_ACCESS_KEY_ID: "AKIDEXAMPLE",
      S3_SECRET_ACCESS_KEY: "wJalrXUtnFEMI/K7MDENG",
      S3_PREFIX: "helpdesk/prod",
    });
    expect(s3Settings(e)).toEqual({
      bucket: "shopdesk",
      region: "auto",
      endpoint: "http://minio.internal:9000",
      forcePathStyle: true,
      credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG" },
      prefix: "helpdesk/prod/",
    });
    expect(s3Settings(parseEnv({ ...base, S3_BUCKET: "shopdesk", S3_PREFIX: "files/" }))?.prefix).toBe("files/");
  });

  it("need S3_BUCKET when another S3 variable is set, naming what was set", () => {
    expect(issues({ S3_ENDPOINT: "http://127.0.0.1:9000", S3_FORCE_PATH_STYLE: "1" })).toEqual([
      "S3_BUCKET is required when S3_ENDPOINT, S3_FORCE_PATH_STYLE are set (S3 storage is on only with a bucket)",
    ]);
    expect(issues({ S3_PREFIX: "files/" })).toEqual(["S3_BUCKET is required when S3_PREFIX is set (S3 storage is on only with a bucket)"]);
  });

  it("need both keys or neither, and never print the secret", () => {
    const secret = "a-very-secret-value-1234";
    const found = issues({ S3_BUCKET: "shopdesk", S3_SECRET_ACCESS_KEY: secret });
    expect(found).toEqual([
      "S3_ACCESS_KEY_ID is required when S3_SECRET_ACCESS_KEY is set (set both, or neither to use the AWS default credentials)",
    ]);
    expect(found.join("\n")).not.toContain(secret);
    expect(issues({ S3_BUCKET: "shopdesk", S3_ACCESS_KEY_ID: "AKIDEXAMPLE" })).toEqual([
      "S3_SECRET_ACCESS_KEY is required when S3_ACCESS_KEY_ID is set (set both, or neither to use the AWS default credentials)",
    ]);
  });

  it("refuse a malformed bucket, endpoint, region, prefix or flag, naming the variable", () => {
    expect(issues({ S3_BUCKET: "Shop_Files" })[0]).toMatch(/^S3_BUCKET must be a bucket name/);
    expect(issues({ S3_BUCKET: "shopdesk", S3_ENDPOINT: "minio:9000" })[0]).toMatch(/^S3_ENDPOINT must be an http:\/\/ or https:\/\/ URL/);
    expect(issues({ S3_BUCKET: "shopdesk", S3_ENDPOINT: "ftp://minio.internal" })[0]).toMatch(/^S3_ENDPOINT must be an http:\/\/ or https:\/\/ URL/);
    expect(issues({ S3_BUCKET: "shopdesk", S3_REGION: "EU West" })[0]).toMatch(/^S3_REGION must be a region name/);
    expect(issues({ S3_BUCKET: "shopdesk", S3_PREFIX: "/files" })[0]).toMatch(/^S3_PREFIX must be a key prefix/);
    expect(issues({ S3_BUCKET: "shopdesk", S3_PREFIX: "a//b" })[0]).toMatch(/^S3_PREFIX must be a key prefix/);
    expect(issues({ S3_BUCKET: "shopdesk", S3_FORCE_PATH_STYLE: "maybe" })[0]).toMatch(/^S3_FORCE_PATH_STYLE /);
  });
});
