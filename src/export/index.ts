export { EXPORTERS, isExportFormat } from './formats.js';
export type { ExportFormat, Exporter } from './formats.js';
