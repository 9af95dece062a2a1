/** A pasted thread of `paragraphs` paragraphs (30% repeats, 20% quoting replies), the same for the same seed. */
export function syntheticThread(paragraphs: number, seed?: number): string;
