// Strings of one feature, under its own top-level keys; merged into the app's messages.
export const messages = { en: {}, ko: {} };
