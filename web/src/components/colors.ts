// Colours shared by the shell and the sign-in page (kept apart so the sign-in page does not load the shell).
export const HEADER_BACKGROUND = '#0b2a55';
