/** The LTI login's browser secret (lib/lti/lti-browser.server.ts; /privacy lists it). */
export const LTI_LOGIN_COOKIE = "bq_lti_login";
