export { analyzeArgument, type ArgumentOptions, type ArgumentResult } from './analyze.js';
