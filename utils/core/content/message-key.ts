import type messages from '../../../assets/public/_locales/en/messages.json';

/** The name of a user-facing message in `_locales`; the core names text, the shell's `t()` renders it. */
export type MessageKey = keyof typeof messages;
