// Source-stage diagnostics: problems that travel with the thread instead of failing it.
import { diagnostic } from '../../diagnostics.js';
import type { Diagnostic } from '../../model.js';

export { counted } from '../../diagnostics.js';

export const warning = (message: string, where?: string): Diagnostic => diagnostic('source', 'warning', message, where);

export const info = (message: string, where?: string): Diagnostic => diagnostic('source', 'info', message, where);
