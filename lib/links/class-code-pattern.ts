// Class codes: 6 characters without 0/O or 1/I/L, so a code read off a projector or a phone
// is typed right the first time. Kept apart from code generation (node:crypto), because the
// quiz form's schema, which runs in the browser, checks codes too.
export const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const CODE_PATTERN = /^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/;
