// The ThreadmapError a promise rejects with; fails the test when it resolves or throws anything else.
import { expect } from 'vitest';
import { ThreadmapError } from '../../src/errors.js';

export async function rejection(promise: Promise<unknown>): Promise<ThreadmapError> {
  const error = await promise.then(() => 'resolved instead of failing', (e: unknown) => e);
  expect(error).toBeInstanceOf(ThreadmapError);
  return error as ThreadmapError;
}
