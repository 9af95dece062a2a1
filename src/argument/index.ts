export { analyzeArgument, type ArgumentResult } from './analyze.js';
