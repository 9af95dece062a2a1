export const EXPECTED_FILE: string;
export function readmeCommands(readme?: string): string[];
export function maskTimes(output: string): string;
export function runExample(command: string): string;
