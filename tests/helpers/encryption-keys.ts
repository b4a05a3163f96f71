// Fixed AES-256 keys of the test runs (tests only; never used by an installation).
/** What the test processes seal mailbox passwords with. */
export const TEST_ENCRYPTION_KEY = "dGVzdC1rZXktb25lLS0tLS0tLS0tLS0tLS0tLS0tLS0=";
/**
 * The key the `secrets:rotate` test rotates to. Every test process accepts it as an old key, so
 * files running beside that test still read the passwords it re-sealed.
 */
export const ROTATED_ENCRYPTION_KEY = "0f1e2d3c4b5a69788796a5b4c3d2e1f00112233445566778899aabbccddeeff0";
