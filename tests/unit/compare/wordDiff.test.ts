// The word diff on French text: elisions, apostrophes, numbers, and parts that rebuild both sides.
import { describe, expect, it } from 'vitest';
import { countWords, wordDiff, wordTokens, type DiffPart } from '../../../shared/compare';

const side = (parts: DiffPart[], op: 'insert' | 'delete') => parts.filter((p) => p.op !== op).map((p) => p.text).join('');
const changes = (parts: DiffPart[]) => parts.filter((p) => p.op !== 'equal');

describe('wordTokens', () => {
  it('splits an elided article from its word, with either apostrophe', () => {
    expect(wordTokens("l'autorisation d’héberger")).toEqual(["l'", 'autorisation', ' ', 'd’', 'héberger']);
  });
  it('keeps aujourd’hui and numbers whole, and rebuilds the text', () => {
    const text = "Aujourd'hui, l'article L. 521-1 du code, 25 avril 2025.";
    expect(wordTokens(text)).toContain("Aujourd'hui");
    expect(wordTokens(text).join('')).toBe(text);
  });
  it('counts words as the diff does', () => {
    expect(countWords("l'autorisation est accordée")).toBe(4);
  });
});

describe('wordDiff', () => {
  it('marks only the noun when the elided article stays', () => {
    const parts = wordDiff("Il annule l'autorisation accordée.", "Il annule l'habilitation accordée.");
    expect(changes(parts)).toEqual([
      { op: 'delete', text: 'autorisation' },
      { op: 'insert', text: 'habilitation' },
    ]);
  });

  it('reads a run of replaced words as one deletion then one insertion', () => {
    const before = 'La société est susceptible de recevoir des demandes.';
    const after = 'La société est tenue de satisfaire des demandes.';
    const parts = wordDiff(before, after);
    expect(changes(parts)).toEqual([
      { op: 'delete', text: 'susceptible de recevoir' },
      { op: 'insert', text: 'tenue de satisfaire' },
    ]);
    expect(side(parts, 'insert')).toBe(before);
    expect(side(parts, 'delete')).toBe(after);
  });

  it('sees a changed date and number', () => {
    const parts = wordDiff('Lecture du vendredi 25 avril 2025, n° 503163.', 'Lecture du lundi 12 mai 2025, n° 503164.');
    expect(changes(parts).map((p) => `${p.op}:${p.text}`)).toEqual(['delete:vendredi 25 avril', 'insert:lundi 12 mai', 'delete:503163', 'insert:503164']);
  });

  it('returns one equal part for identical text and rebuilds both sides otherwise', () => {
    expect(wordDiff('même texte', 'même texte')).toEqual([{ op: 'equal', text: 'même texte' }]);
    const before = "Eu égard aux garanties, la condition d'urgence n'est pas remplie.";
    const after = "Eu égard aux seules garanties, la condition d'urgence est remplie.";
    const parts = wordDiff(before, after);
    expect(side(parts, 'insert')).toBe(before);
    expect(side(parts, 'delete')).toBe(after);
    expect(changes(parts).map((p) => `${p.op}:${p.text.trim()}`)).toEqual(['insert:seules', "delete:n'", 'delete:pas']);
  });
});
