// Bidirectional override and isolate controls (U+202A–202E, U+2066–2069) reorder the characters
// after them on screen: a title or author name holding one can show text that reads differently from
// what it is ("‮txt.exe" shows as "exe.txt"), and the reordering runs on into what follows it.
// Names and titles never need them, so they are removed there; post text keeps what the author wrote.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

export function withoutBidiControls(text: string): string;
export function withoutBidiControls(text: string | null): string | null;
export function withoutBidiControls(text: string | null): string | null {
  return text === null ? null : text.replace(BIDI_CONTROLS, '');
}
