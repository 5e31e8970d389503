// The storage an LTI launch needs: each platform nonce used once, across every instance.
// lib/store implements it, proven by test/contracts/lti-nonce-contract.ts.

export interface LtiNoncePort {
  /**
   * Records a launch's nonce (`key`: the issuer and the nonce) until `expiresAt`. True the
   * first time; false when it was seen before and has not expired: a replayed launch.
   * Atomic: of two launches with one nonce at once, one gets true.
   */
  useLtiNonce(key: string, expiresAt: number, now: number): Promise<boolean>;
}
