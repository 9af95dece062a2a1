import { describe, expect, it } from 'vitest';
import { quoteIsFrom } from '../../src/dedup/quotes.js';

describe('quoteIsFrom', () => {
  const source = "Apple has gotten worse and worse about this over the past decade. I don't agree.";

  it('finds quoted words whatever the case and punctuation', () => {
    expect(quoteIsFrom('apple has gotten WORSE and worse about this', source)).toBe(true);
  });

  it('accepts quotes that skip parts with "..." or "[…]", or join separate lines', () => {
    expect(quoteIsFrom('Apple has gotten worse... past decade', source)).toBe(true);
    expect(quoteIsFrom('I don\'t agree.\n\nApple has gotten worse', source)).toBe(true);
    expect(quoteIsFrom('Apple has gotten [...] over the past decade', source)).toBe(true);
  });

  it('matches whole words only, and never an empty quote', () => {
    expect(quoteIsFrom('pple has', source)).toBe(false);
    expect(quoteIsFrom('...', source)).toBe(false);
    expect(quoteIsFrom('Apple has gotten better', source)).toBe(false);
  });
});
