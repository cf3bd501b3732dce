/** The version every stored record carries (see records.ts), apart so a page's first script can stamp one without the schemas. */
export const RECORD_VERSION = 2;
