// Common French and English words left out of ranking: they match almost every paragraph and say nothing of its subject.

/** Folded (lower case, no accents) forms; elided articles (`l'`, `d'`) arrive as one-letter tokens. */
const FRENCH = `a au aux avec ce ces c d dans de des du elle elles en est et eux il ils j je l la le les leur leurs lui m ma mais me meme mes moi mon n ne nos notre nous on ou par pas pour qu que qui s sa se ses son sur t ta te tes toi ton tu un une vos votre vous y ete etre sont ont a cette cet cela ceci`;
const ENGLISH = `a an and are as at be been but by for from has have he her his i in into is it its of on or our she that the their them they this to was we were which who will with you your not no`;

export const STOP_WORDS: ReadonlySet<string> = new Set([...FRENCH.split(/\s+/), ...ENGLISH.split(/\s+/)]);

export function isStopWord(folded: string): boolean {
  return STOP_WORDS.has(folded);
}
