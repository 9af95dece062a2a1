// The largest request body the API takes, in one place: the server's JSON parser enforces it and the
// home page reads it to refuse a too-large file before uploading it (and to state it beside the box).
// Pure constants, no Node imports, so the page bundle can import this file too.

/** 5 MB: a pasted thread or saved page bigger than this should be given by URL. */
export const BODY_LIMIT_BYTES = 5 * 1024 * 1024;

/** The limit as people read it. */
export const BODY_LIMIT_TEXT = '5 MB';
