// Source-stage diagnostics: problems that travel with the thread instead of failing it.
import type { Diagnostic } from '../../model.js';

export const warning = (message: string, where?: string): Diagnostic =>
  ({ level: 'warning', stage: 'source', message, ...(where ? { where } : {}) });

export const info = (message: string, where?: string): Diagnostic =>
  ({ level: 'info', stage: 'source', message, ...(where ? { where } : {}) });

/** "1 post", "3 posts". */
export const counted = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
