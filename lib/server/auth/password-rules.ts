// Shared by the auth server config and the sign-up/account forms (no server imports here).
// NIST 800-63B: length matters, composition rules do not; the upper bound keeps hashing cheap.
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;
