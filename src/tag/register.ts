// The register a text is written in. Encyclopedic prose never says "I" or "you"; conversation does, and a
// reply is conversation by definition. The two label hedges differently: in Wikipedia prose a vague
// quantifier or frequency ("Some scholars…", "Many residents left", "often") is a weasel word that hides who
// says so, so a hedge (CoNLL-2010); in a forum post it counts things ("Many people were denied access",
// "Some spoilers below") and marks nobody's doubt (LABELLING: weak quantifiers are not hedges). Read over the
// whole post, not one sentence: "Many of those people left." is conversation when the post around it says "I".

/** The writer speaks as "I"/"we" or to "you". */
const PERSONAL = new Set(['i', 'me', 'my', 'we', 'us', 'our', 'you', 'your']);

export const speaksPersonally = (words: readonly string[]): boolean => words.some((word) => PERSONAL.has(word));

/** Is a text with these sentences (their words) conversation? `replying`: it answers another post. */
export function isConversation(sentences: readonly (readonly string[])[], replying: boolean): boolean {
  return replying || sentences.some(speaksPersonally);
}
