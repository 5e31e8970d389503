// The storage LTI needs, across every instance: each platform nonce used once, and which
// class each resource link of a course launches into. lib/store implements it, proven by
// test/contracts/lti-contract.ts.

export interface LtiPort {
  /**
   * Records a launch's nonce (`key`: the issuer and the nonce) until `expiresAt`. True the
   * first time; false when it was seen before and has not expired: a replayed launch.
   * Atomic: of two launches with one nonce at once, one gets true.
   */
  useLtiNonce(key: string, expiresAt: number, now: number): Promise<boolean>;
  /** The class code a resource link (`linkKey`, lib/lti/lti-ids.ts) launches into, if any. */
  ltiClassCode(linkKey: string): Promise<string | undefined>;
  /**
   * Points the link at `code` when it points nowhere, or still at `stale` (a class that has
   * since expired); returns the code it points at afterwards. Atomic: of two first launches
   * at once, both get the same code back.
   */
  claimLtiClass(linkKey: string, code: string, stale?: string): Promise<string>;
}
