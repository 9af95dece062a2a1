export const HOSTILE_SHAPES: Record<string, (bytes: number) => string>;
