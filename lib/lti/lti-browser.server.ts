import "server-only";
import { cookies } from "next/headers";
import { setClassMember } from "@/lib/classes/membership.server";
import { LTI_LOGIN_COOKIE } from "./cookie-names";
import type { LtiBrowser } from "./lti-service";

/**
 * This browser, as an LTI launch needs it (route handlers only). The login's secret comes
 * back on the LMS's cross-site form post, also inside the LMS's frame: so SameSite=None and
 * Secure (browsers accept Secure on http://localhost), Partitioned (CHIPS: a frame's cookie
 * of its own, which browsers that block third-party cookies still keep), only for /lti, for
 * the ten minutes a login state lives.
 */
export const ltiBrowser: LtiBrowser = {
  async keepLoginSecret(secret) {
    (await cookies()).set(LTI_LOGIN_COOKIE, secret, {
      httpOnly: true,
      secure: true,
      sameSite: "none",
      partitioned: true,
      path: "/lti",
      maxAge: 600,
    });
  },
  async loginSecret() {
    return (await cookies()).get(LTI_LOGIN_COOKIE)?.value;
  },
  becomeStudent: setClassMember,
};
