// Types for the plain-Node pre-script (it runs before TypeScript is installed).
type LockPackages = { packages?: Record<string, { version?: string; optional?: boolean; link?: boolean; [key: string]: unknown }> };
export function dependencyDrift(lock: LockPackages | undefined, installed: LockPackages | undefined): string | null;
export const SCHEMA_STAMP: string;
export function schemaHash(dir?: string): string | undefined;
