// Building Diagnostics (model.ts): problems that travel with the document instead of failing it.
import type { Diagnostic } from './model.js';

export const diagnostic = (stage: string, level: Diagnostic['level'], message: string, where?: string): Diagnostic =>
  ({ level, stage, message, ...(where ? { where } : {}) });

/** "1 post", "3 posts". */
export const counted = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** The first few of a list of ids, for a diagnostic's message. */
export const listed = (ids: readonly string[]): string => ids.slice(0, 5).join(', ') + (ids.length > 5 ? ', …' : '');
