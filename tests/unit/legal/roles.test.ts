import { describe, expect, it } from 'vitest';
import { defaultRole } from '../../../shared/legal/roles';

describe('defaultRole', () => {
  it('follows the section of a ruling', () => {
    expect(defaultRole('arguments', 'ruling')).toBe('claimant');
    expect(defaultRole('reasoning', 'ruling')).toBe('reasoning');
    expect(defaultRole('operative', 'ruling')).toBe('operative');
    expect(defaultRole('procedure', 'ruling')).toBeUndefined();
  });
  it('treats anything in an article as commentary', () => {
    expect(defaultRole('reasoning', 'article')).toBe('commentary');
  });
});
