// A sentence that denies in so many words ("not", "never", "isn't", "wrong"…), read on its plain text: the
// verdict reading (verdict.ts) and the argument stage (src/argument) both ask it, so it is defined once here.
const NEGATION = /\b(not|no|never|cannot|can't|don't|doesn't|isn't|aren't|won't|wasn't|wrong|nothing|nobody)\b/;

export const negates = (text: string): boolean => NEGATION.test(text.toLowerCase().replace(/[’]/g, "'"));
